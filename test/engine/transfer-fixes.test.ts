/**
 * The transfer and My Number rules' suggestions, applied: the text after a consent-guard suggestion, and the
 * config after a register-processor or permit-module suggestion. Each applied suggestion is linted again: the
 * finding it was offered for must be gone (the guard is recognised, the policy now allows it).
 */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import type { ConfigEdit, ConfigFileContents, Finding, FixSuggestion, TextEdit } from '@privacy-lint/engine';
import { configTextChange, parseConfigText } from '@privacy-lint/engine';
import { ruleCatalog } from '@privacy-lint/rules';
import { lintSource, TEST_CONFIG, type SourceCase } from '../helpers/lint-source';

const UNGUARDED = 'no-unguarded-external-transfer';
const FOREIGN = 'no-foreign-transfer-without-consent';
const TRANSFER_RULES = [UNGUARDED, FOREIGN, 'no-my-number-transfer'];
const PERMIT = 'my-number-outside-permitted-module';
const MODES = [false, true];
const modeName = (typeInfo: boolean): string => (typeInfo ? 'with types' : 'without types');

function apply(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  for (const e of sorted) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return text;
}

function findingOf(c: SourceCase, ruleId: string): Finding {
  const findings = lintSource(c).filter((f) => f.ruleId === ruleId);
  assert.equal(findings.length, 1, `expected one ${ruleId} finding, got ${findings.length}`);
  return findings[0];
}

function suggestion(finding: Finding, kind: string): FixSuggestion | undefined {
  return finding.suggestions?.find((s) => s.kind === kind);
}

const transfersOf = (c: SourceCase): Finding[] => lintSource(c).filter((f) => TRANSFER_RULES.includes(f.ruleId));

/** The shared test config with the transfers section replaced by `transfers` (merged over it). */
function withTransfers(transfers: ConfigFileContents['transfers']): ConfigFileContents {
  return { transfers: { ...TEST_CONFIG.transfers, ...transfers } };
}

/** The shared test config as a privacy-lint.json text, changed by a suggestion's config edit, and read back. */
function configAfter(edit: ConfigEdit, base: ConfigFileContents = TEST_CONFIG): ConfigFileContents {
  const text = `// the team's config\n${JSON.stringify(base, null, 2)}\n`;
  const changed = configTextChange(text, edit).text;
  const { contents, errors } = parseConfigText(edit.file, changed, ruleCatalog);
  assert.deepEqual(errors, []);
  assert.ok(contents);
  return contents;
}

interface GuardCase {
  name: string;
  code: string;
  files?: Record<string, string>;
  config?: ConfigFileContents;
  /** The rule whose finding carries the suggestion (default no-unguarded-external-transfer). */
  rule?: string;
  /** The text after applying the suggestion; undefined when none may be offered; per mode when they differ. */
  expected: string | undefined | { withoutTypes: string | undefined; withTypes: string | undefined };
}

const OTHER = `'https://api.other.example.com/x'`;
/** A boolean guard: its consent-guard suggestion is offered anywhere. */
const GUARD = 'declare function hasConsent(c: unknown): boolean;\n';

const guardCases: GuardCase[] = [
  {
    name: 'wraps an awaited call in `if (await …)` and re-indents it, for a guard declared `async` here',
    code: `declare const c: { email: string };
async function hasConsent(c: unknown) { return c !== undefined; }
async function share() {
  await fetch(${OTHER}, {
    method: 'POST',
    body: c.email,
  });
}
`,
    expected: `declare const c: { email: string };
async function hasConsent(c: unknown) { return c !== undefined; }
async function share() {
  if (await hasConsent(c)) {
    await fetch(${OTHER}, {
      method: 'POST',
      body: c.email,
    });
  }
}
`,
  },
  {
    name: 'awaits a guard declared to return Promise<boolean>',
    code: `declare const c: { email: string };
declare function hasConsent(c: unknown): Promise<boolean>;
async function share() {
  await fetch(${OTHER}, { method: 'POST', body: c.email });
}
`,
    expected: `declare const c: { email: string };
declare function hasConsent(c: unknown): Promise<boolean>;
async function share() {
  if (await hasConsent(c)) {
    await fetch(${OTHER}, { method: 'POST', body: c.email });
  }
}
`,
  },
  {
    name: 'awaits an imported async guard (followed through the project without types)',
    code: `import { hasConsent } from './consent';
declare const c: { email: string };
export async function share() {
  await fetch(${OTHER}, { method: 'POST', body: c.email });
}
`,
    files: { 'src/consent.ts': `export async function hasConsent(c: unknown): Promise<boolean> {\n  return c !== undefined;\n}\n` },
    expected: `import { hasConsent } from './consent';
declare const c: { email: string };
export async function share() {
  if (await hasConsent(c)) {
    await fetch(${OTHER}, { method: 'POST', body: c.email });
  }
}
`,
  },
  {
    name: 'awaits an imported arrow guard under another name',
    code: `import { checkConsent as hasConsent } from './consent';
declare const c: { email: string };
export async function share() {
  await fetch(${OTHER}, { method: 'POST', body: c.email });
}
`,
    files: { 'src/consent.ts': `export const checkConsent = async (c: unknown) => c !== undefined;\n` },
    expected: `import { checkConsent as hasConsent } from './consent';
declare const c: { email: string };
export async function share() {
  if (await hasConsent(c)) {
    await fetch(${OTHER}, { method: 'POST', body: c.email });
  }
}
`,
  },
  {
    name: 'does not await a boolean guard (the enclosing function need not be async)',
    code: `declare const c: { email: string };
declare function hasConsent(c: unknown): boolean;
function share() {
  fetch(${OTHER}, { method: 'POST', body: c.email });
}
`,
    expected: `declare const c: { email: string };
declare function hasConsent(c: unknown): boolean;
function share() {
  if (hasConsent(c)) {
    fetch(${OTHER}, { method: 'POST', body: c.email });
  }
}
`,
  },
  {
    name: 'does not await an imported boolean guard inside an async function',
    code: `import { hasConsent } from './consent';
declare const c: { email: string };
export async function share() {
  await fetch(${OTHER}, { method: 'POST', body: c.email });
}
`,
    files: { 'src/consent.ts': `export function hasConsent(c: unknown): boolean {\n  return c !== undefined;\n}\n` },
    expected: `import { hasConsent } from './consent';
declare const c: { email: string };
export async function share() {
  if (hasConsent(c)) {
    await fetch(${OTHER}, { method: 'POST', body: c.email });
  }
}
`,
  },
  {
    name: 'returns early before a declaration whose name is used after it',
    code: `declare const c: { email: string };
declare function hasConsent(c: unknown): Promise<boolean>;
async function share() {
  const res = await fetch(${OTHER}, { method: 'POST', body: c.email });
  return res.ok;
}
`,
    expected: `declare const c: { email: string };
declare function hasConsent(c: unknown): Promise<boolean>;
async function share() {
  if (!(await hasConsent(c))) return;
  const res = await fetch(${OTHER}, { method: 'POST', body: c.email });
  return res.ok;
}
`,
  },
  {
    name: 'returns early without parentheses for a boolean guard',
    code: `declare const c: { email: string };
declare function hasConsent(c: unknown): boolean;
function share() {
  return fetch(${OTHER}, { method: 'POST', body: c.email });
}
`,
    expected: `declare const c: { email: string };
declare function hasConsent(c: unknown): boolean;
function share() {
  if (!hasConsent(c)) return;
  return fetch(${OTHER}, { method: 'POST', body: c.email });
}
`,
  },
  {
    name: 'continues inside a loop',
    code: `declare const customers: Array<{ email: string }>;
declare function hasConsent(c: unknown): Promise<boolean>;
async function shareAll() {
  for (const c of customers) {
    const res = await fetch(${OTHER}, { method: 'POST', body: c.email });
    console.log(res.status);
  }
}
`,
    expected: `declare const customers: Array<{ email: string }>;
declare function hasConsent(c: unknown): Promise<boolean>;
async function shareAll() {
  for (const c of customers) {
    if (!(await hasConsent(c))) continue;
    const res = await fetch(${OTHER}, { method: 'POST', body: c.email });
    console.log(res.status);
  }
}
`,
  },
  {
    name: 'offers nothing for a promise guard in a function that is not async',
    code: `declare const c: { email: string };
declare function hasConsent(c: unknown): Promise<boolean>;
function share() {
  fetch(${OTHER}, { method: 'POST', body: c.email });
}
`,
    expected: undefined,
  },
  {
    name: 'offers nothing for a concise arrow body',
    code: `declare const c: { email: string };
declare function hasConsent(c: unknown): boolean;
export const share = () => fetch(${OTHER}, { method: 'POST', body: c.email });
`,
    expected: undefined,
  },
  {
    name: 'offers nothing for a declaration at the top level (nothing to return from)',
    code: `declare const c: { email: string };
declare function hasConsent(c: unknown): boolean;
export const sent = fetch(${OTHER}, { method: 'POST', body: c.email });
`,
    expected: undefined,
  },
  {
    name: 'wraps a top-level statement in a boolean guard',
    code: `declare const c: { email: string };
declare function hasConsent(c: unknown): boolean;
fetch(${OTHER}, { method: 'POST', body: c.email });
`,
    expected: `declare const c: { email: string };
declare function hasConsent(c: unknown): boolean;
if (hasConsent(c)) {
  fetch(${OTHER}, { method: 'POST', body: c.email });
}
`,
  },
  {
    name: 'uses a dotted guard (`consent.isGranted`) and awaits it when its method returns a promise',
    code: `declare const consent: { isGranted(c: unknown): Promise<boolean> };
declare const c: { email: string };
async function share() {
  await fetch(${OTHER}, { method: 'POST', body: c.email });
}
`,
    config: withTransfers({ consentGuards: ['consent.isGranted'] }),
    expected: `declare const consent: { isGranted(c: unknown): Promise<boolean> };
declare const c: { email: string };
async function share() {
  if (await consent.isGranted(c)) {
    await fetch(${OTHER}, { method: 'POST', body: c.email });
  }
}
`,
  },
  {
    name: 'does not await a dotted guard whose method returns a boolean',
    code: `declare const consent: { isGranted(c: unknown): boolean };
declare const c: { email: string };
async function share() {
  await fetch(${OTHER}, { method: 'POST', body: c.email });
}
`,
    config: withTransfers({ consentGuards: ['consent.isGranted'] }),
    expected: `declare const consent: { isGranted(c: unknown): boolean };
declare const c: { email: string };
async function share() {
  if (consent.isGranted(c)) {
    await fetch(${OTHER}, { method: 'POST', body: c.email });
  }
}
`,
  },
  {
    name: 'awaits a dotted guard from a namespace import of an async function',
    code: `import * as consent from './consent';
declare const c: { email: string };
export async function share() {
  await fetch(${OTHER}, { method: 'POST', body: c.email });
}
`,
    files: { 'src/consent.ts': `export async function isGranted(c: unknown) { return c !== undefined; }\n` },
    config: withTransfers({ consentGuards: ['consent.isGranted'] }),
    expected: `import * as consent from './consent';
declare const c: { email: string };
export async function share() {
  if (await consent.isGranted(c)) {
    await fetch(${OTHER}, { method: 'POST', body: c.email });
  }
}
`,
  },
  {
    name: 'offers nothing for a guard the file does not import or declare (the call would not compile)',
    code: `declare const c: { email: string };
async function share() {
  await fetch(${OTHER}, { method: 'POST', body: c.email });
}
`,
    expected: undefined,
  },
  {
    name: 'passes the person when the guard takes one more, optional, argument',
    code: `declare function hasConsent(subject: { email: string }, purpose?: string): boolean;
declare const c: { email: string };
function share() {
  fetch(${OTHER}, { method: 'POST', body: c.email });
}
`,
    expected: `declare function hasConsent(subject: { email: string }, purpose?: string): boolean;
declare const c: { email: string };
function share() {
  if (hasConsent(c)) {
    fetch(${OTHER}, { method: 'POST', body: c.email });
  }
}
`,
  },
  {
    name: 'offers nothing for a guard it cannot see in a function that is not async (it may return a promise)',
    code: `declare const c: { email: string };
function share() {
  fetch(${OTHER}, { method: 'POST', body: c.email });
}
`,
    expected: undefined,
  },
  {
    name: 'lets the checker decide what the declarations cannot tell (a guard typed through an alias)',
    code: `type Check = (c: unknown) => boolean;
declare const hasConsent: Check;
declare const c: { email: string };
function share() {
  fetch(${OTHER}, { method: 'POST', body: c.email });
}
`,
    expected: {
      withoutTypes: undefined,
      withTypes: `type Check = (c: unknown) => boolean;
declare const hasConsent: Check;
declare const c: { email: string };
function share() {
  if (hasConsent(c)) {
    fetch(${OTHER}, { method: 'POST', body: c.email });
  }
}
`,
    },
  },
  {
    name: 'lets the checker see a promise returned through an alias',
    code: `type Check = (c: unknown) => Promise<boolean>;
declare const hasConsent: Check;
declare const c: { email: string };
async function share() {
  await fetch(${OTHER}, { method: 'POST', body: c.email });
}
`,
    expected: `type Check = (c: unknown) => Promise<boolean>;
declare const hasConsent: Check;
declare const c: { email: string };
async function share() {
  if (await hasConsent(c)) {
    await fetch(${OTHER}, { method: 'POST', body: c.email });
  }
}
`,
  },
  {
    name: 'guards a send to a processor abroad (no-foreign-transfer-without-consent)',
    code: `declare const c: { email: string };
declare function hasConsent(c: unknown): Promise<boolean>;
async function sync() {
  await fetch('https://api.crm.example.com/contacts', { method: 'POST', body: c.email });
}
`,
    rule: FOREIGN,
    expected: `declare const c: { email: string };
declare function hasConsent(c: unknown): Promise<boolean>;
async function sync() {
  if (await hasConsent(c)) {
    await fetch('https://api.crm.example.com/contacts', { method: 'POST', body: c.email });
  }
}
`,
  },
  {
    name: 'keeps CRLF line ends and tab indentation',
    code: `declare const c: { email: string };\r\ndeclare function hasConsent(c: unknown): Promise<boolean>;\r\nasync function share() {\r\n\tawait fetch(${OTHER}, {\r\n\t\tbody: c.email,\r\n\t});\r\n}\r\n`,
    expected: `declare const c: { email: string };\r\ndeclare function hasConsent(c: unknown): Promise<boolean>;\r\nasync function share() {\r\n\tif (await hasConsent(c)) {\r\n\t\tawait fetch(${OTHER}, {\r\n\t\t\tbody: c.email,\r\n\t\t});\r\n\t}\r\n}\r\n`,
  },
  {
    name: 'does not indent the lines of a multi-line template literal (that would change the text sent)',
    code: `declare const c: { email: string };
declare function hasConsent(c: unknown): boolean;
async function share() {
  await fetch(${OTHER}, {
    body: \`to:
\${c.email}
end\`,
  });
}
`,
    expected: `declare const c: { email: string };
declare function hasConsent(c: unknown): boolean;
async function share() {
  if (hasConsent(c)) {
    await fetch(${OTHER}, {
      body: \`to:
\${c.email}
end\`,
    });
  }
}
`,
  },
  {
    name: 'asks about nobody when the value is not a person\'s field',
    code: `declare const email: string;
declare function hasConsent(c?: unknown): boolean;
function share() {
  fetch(${OTHER}, { method: 'POST', body: email });
}
`,
    expected: `declare const email: string;
declare function hasConsent(c?: unknown): boolean;
function share() {
  if (hasConsent()) {
    fetch(${OTHER}, { method: 'POST', body: email });
  }
}
`,
  },
  {
    name: 'guards the call of a local helper that sends, at the call',
    code: `declare const customer: { email: string };
declare function hasConsent(c: unknown): Promise<boolean>;
function post(data: string) {
  return fetch(${OTHER}, { method: 'POST', body: data });
}
async function go() {
  const res = await post(customer.email);
  return res.ok;
}
`,
    expected: `declare const customer: { email: string };
declare function hasConsent(c: unknown): Promise<boolean>;
function post(data: string) {
  return fetch(${OTHER}, { method: 'POST', body: data });
}
async function go() {
  if (!(await hasConsent(customer))) return;
  const res = await post(customer.email);
  return res.ok;
}
`,
  },
];

describe('consent-guard suggestions, applied and linted again', () => {
  for (const c of guardCases) {
    for (const typeInfo of MODES) {
      it(`${c.name} (${modeName(typeInfo)})`, () => {
        const rule = c.rule ?? UNGUARDED;
        const source: SourceCase = { code: c.code, files: c.files, config: c.config, typeInfo };
        const finding = findingOf(source, rule);
        const expected = typeof c.expected === 'object' ? (typeInfo ? c.expected.withTypes : c.expected.withoutTypes) : c.expected;
        const guard = suggestion(finding, 'consent-guard');
        if (expected === undefined) {
          assert.equal(guard, undefined, `no consent-guard suggestion expected, got ${JSON.stringify(guard?.edits)}`);
          return;
        }
        assert.ok(guard, 'expected a consent-guard suggestion');
        const first = (c.config?.transfers?.consentGuards ?? TEST_CONFIG.transfers!.consentGuards!)[0];
        assert.deepEqual(guard.title, { en: `Wrap in a consent check (\`${first}\`)`, ja: `同意確認（\`${first}\`）で囲む` });
        assert.equal(guard.configEdit, undefined);
        assert.ok(guard.edits.every((e) => e.file === finding.file));
        const after = apply(c.code, guard.edits);
        assert.equal(after, expected);
        // The point of the suggestion: the guard it writes is one the rules recognise.
        assert.deepEqual(transfersOf({ ...source, code: after }).map((f) => `${f.ruleId}:${f.range.start.line}`), []);
      });
    }
  }

  for (const typeInfo of MODES) {
    it(`a guard that takes more than the person (\`hasConsent(c, purpose)\`) is offered with a placeholder that must be filled in (${modeName(typeInfo)})`, () => {
      const code = `declare function hasConsent(subject: { email: string }, purpose: string, at?: Date): boolean;
declare const c: { email: string };
function share() {
  fetch(${OTHER}, { method: 'POST', body: c.email });
}
`;
      const guard = suggestion(findingOf({ code, typeInfo }, UNGUARDED), 'consent-guard');
      assert.ok(guard, 'a consent-guard suggestion');
      assert.deepEqual(guard.title, {
        en: 'Wrap in a consent check (`hasConsent`; then fill in `<purpose>`)',
        ja: '同意確認（`hasConsent`）で囲む（`<purpose>` を記入してください）',
      });
      const after = apply(code, guard.edits);
      assert.match(after, /^  if \(hasConsent\(c, <purpose>\)\) \{$/m);
      // Until it is filled in, the file does not compile: a parse error, not a silenced rule.
      assert.deepEqual(lintSource({ code: after, typeInfo }).map((f) => f.ruleId), ['parse-error']);
      const filled = after.replace('<purpose>', "'order-mail'");
      assert.deepEqual(lintSource({ code: filled, typeInfo }).map((f) => f.ruleId), []);
    });
  }

  it('offers nothing when no consent guard is configured', () => {
    const code = `declare const c: { email: string };\nfetch(${OTHER}, { method: 'POST', body: c.email });\n`;
    const finding = findingOf({ code, config: withTransfers({ consentGuards: [] }) }, UNGUARDED);
    assert.deepEqual(finding.suggestions?.map((s) => s.kind), ['register-processor']);
  });

  it('uses the first configured guard', () => {
    const code = `declare const c: { email: string };\ndeclare function allowed(c: unknown): boolean;\nfetch(${OTHER}, { method: 'POST', body: c.email });\n`;
    const config = withTransfers({ consentGuards: ['allowed', 'hasConsent'] });
    const guard = suggestion(findingOf({ code, config }, UNGUARDED), 'consent-guard');
    assert.ok(guard);
    assert.equal(apply(code, guard.edits), `declare const c: { email: string };\ndeclare function allowed(c: unknown): boolean;\nif (allowed(c)) {\n  fetch(${OTHER}, { method: 'POST', body: c.email });\n}\n`);
  });
});

describe('register-processor suggestions', () => {
  const send = (url: string): string => `declare const c: { email: string };\n${GUARD}fetch('${url}', { method: 'POST', body: c.email });\n`;
  const hosts: Array<{ url: string; host: string; name: string }> = [
    { url: 'https://api.partner.example.co.jp/v1', host: 'api.partner.example.co.jp', name: 'example.co.jp' },
    { url: 'https://api.partner.example.jp/v1', host: 'api.partner.example.jp', name: 'example.jp' },
    { url: 'https://api.partner.example.co.uk/v1', host: 'api.partner.example.co.uk', name: 'example.co.uk' },
    { url: 'https://api.partner.example.de:8443/v1', host: 'api.partner.example.de', name: 'example.de' },
    { url: 'https://api.partner.example.com/v1', host: 'api.partner.example.com', name: 'example.com' },
    { url: 'https://api.partner.example.io/v1', host: 'api.partner.example.io', name: 'example.io' },
  ];

  for (const typeInfo of MODES) {
    for (const h of hosts) {
      it(`registers ${h.host} with the vendor's name and the country left to the lead (${modeName(typeInfo)})`, () => {
        const finding = findingOf({ code: send(h.url), typeInfo }, UNGUARDED);
        assert.deepEqual(finding.suggestions?.map((s) => s.kind), ['consent-guard', 'register-processor']);
        const register = suggestion(finding, 'register-processor')!;
        assert.deepEqual(register.edits, []);
        // Entrustment (委託) instead of provision to a third party is the lead's legal decision: the title says so.
        assert.deepEqual(register.title, {
          en: `Register \`${h.host}\` as a processor (entrustment) in privacy-lint.json — a legal decision for the lead, not a code fix; then set its country`,
          ja: `\`${h.host}\` を委託先として privacy-lint.json に登録する（コードの修正ではなく責任者が判断する法的な決定です。登録後に国を設定してください）`,
        });
        // The config in force: privacy-lint.json in the project folder (the file is src/app.ts). A country-code
        // domain proves nothing about where the data is handled: the country is always the placeholder.
        const expected: ConfigEdit = {
          file: path.join(path.dirname(path.dirname(finding.file)), 'privacy-lint.json'),
          path: ['transfers', 'processors'],
          value: { host: h.host, name: h.name, country: 'XX' },
          placeholder: 'XX',
        };
        assert.deepEqual(register.configEdit, expected);
      });
    }

    it(`after registering, the send still needs consent until the lead sets the country; in Japan, nothing is reported (${modeName(typeInfo)})`, () => {
      const code = send('https://api.partner.example.co.jp/v1');
      const register = suggestion(findingOf({ code, typeInfo }, UNGUARDED), 'register-processor')!;
      const config = configAfter(register.configEdit!);
      assert.deepEqual(config.transfers?.processors?.at(-1), { host: 'api.partner.example.co.jp', name: 'example.co.jp', country: 'XX' });
      assert.deepEqual(transfersOf({ code, typeInfo, config }).map((f) => f.ruleId), [FOREIGN]);
      const decided = { ...config, transfers: { ...config.transfers, processors: config.transfers!.processors!.map((p) => ({ ...p, country: 'JP' })) } };
      assert.deepEqual(transfersOf({ code, typeInfo, config: decided }), []);
    });

    it(`after registering a host in an undecided country (XX), the send is a foreign transfer (${modeName(typeInfo)})`, () => {
      const code = send('https://api.partner.example.com/v1');
      const register = suggestion(findingOf({ code, typeInfo }, UNGUARDED), 'register-processor')!;
      const config = configAfter(register.configEdit!);
      // Until the lead picks the country, the processor counts as abroad: consent is still required.
      const after = transfersOf({ code, typeInfo, config });
      assert.deepEqual(after.map((f) => [f.ruleId, f.range.start.line]), [[FOREIGN, 3]]);
      assert.deepEqual(after[0].suggestions?.map((s) => s.kind), ['consent-guard']);
    });

    it(`registers a host whose URL is a constant elsewhere in the file (${modeName(typeInfo)})`, () => {
      const code = `const ENDPOINT = 'https://hooks.partner.example.co.jp/in';\n${GUARD}declare const c: { email: string };\nfetch(ENDPOINT, { method: 'POST', body: c.email });\n`;
      const register = suggestion(findingOf({ code, typeInfo }, UNGUARDED), 'register-processor')!;
      assert.deepEqual(register.configEdit?.value, { host: 'hooks.partner.example.co.jp', name: 'example.co.jp', country: 'XX' });
      assert.deepEqual(transfersOf({ code, typeInfo, config: configAfter(register.configEdit!) }).map((f) => f.ruleId), [FOREIGN]);
    });
  }

  const notOffered: Array<{ name: string; code: string; config?: ConfigFileContents; rule: string }> = [
    {
      name: 'an unknown destination (reported with reportUnknownDestinations)',
      code: `declare const c: { email: string };\n${GUARD}export function share(url: string) {\n  fetch(url, { method: 'POST', body: c.email });\n}\n`,
      config: { rules: { [UNGUARDED]: ['error', { reportUnknownDestinations: true }] } },
      rule: UNGUARDED,
    },
    {
      name: 'an SDK that sends to its vendor (Sentry), whatever host it uses',
      code: `import * as Sentry from '@sentry/node';\ndeclare const c: { email: string };\n${GUARD}Sentry.setUser({ email: c.email });\n`,
      rule: UNGUARDED,
    },
    {
      name: 'a registered processor abroad (it is registered already)',
      code: `declare const c: { email: string };\n${GUARD}fetch('https://api.crm.example.com/x', { method: 'POST', body: c.email });\n`,
      rule: FOREIGN,
    },
  ];
  for (const c of notOffered) {
    it(`is not offered for ${c.name}`, () => {
      const finding = findingOf({ code: c.code, config: c.config }, c.rule);
      assert.equal(suggestion(finding, 'register-processor'), undefined);
      assert.deepEqual(finding.suggestions?.map((s) => s.kind), ['consent-guard']);
    });
  }
});

describe('permit-module suggestions', () => {
  const code = `declare const employee: { id: string; myNumber: string };\nexport const n = employee.myNumber;\n`;
  const files = ['src/app.ts', 'src/hr/export.ts', 'src/app/[id]/page.ts', 'lib/(group)/report.ts'];

  for (const filename of files) {
    for (const typeInfo of MODES) {
      it(`allows ${filename} and is clean afterwards (${modeName(typeInfo)})`, () => {
        const finding = findingOf({ code, filename, typeInfo }, PERMIT);
        assert.deepEqual(finding.suggestions?.map((s) => s.kind), ['permit-module']);
        const permit = finding.suggestions![0];
        assert.deepEqual(permit.edits, []);
        assert.deepEqual(permit.title, {
          en: `Allow \`${filename}\` to handle My Number in privacy-lint.json`,
          ja: `\`${filename}\` での個人番号の取扱いを privacy-lint.json で許可する`,
        });
        const projectDir = finding.file.slice(0, -filename.length - 1);
        assert.deepEqual(permit.configEdit, {
          file: path.join(projectDir, 'privacy-lint.json'), path: ['myNumber', 'permittedModules'], value: filename,
        });
        const config = configAfter(permit.configEdit!);
        assert.deepEqual(config.myNumber?.permittedModules, [...TEST_CONFIG.myNumber!.permittedModules!, filename]);
        assert.deepEqual(lintSource({ code, filename, typeInfo, config }).filter((f) => f.ruleId === PERMIT), []);
      });
    }
  }

  it('creates myNumber.permittedModules when the config has no myNumber section', () => {
    const base: ConfigFileContents = { transfers: TEST_CONFIG.transfers };
    const finding = findingOf({ code, config: { myNumber: undefined } }, PERMIT);
    const config = configAfter(finding.suggestions![0].configEdit!, base);
    assert.deepEqual(config.myNumber, { permittedModules: ['src/app.ts'] });
    assert.deepEqual(lintSource({ code, config }).filter((f) => f.ruleId === PERMIT), []);
  });
});

describe('declare-function suggestions', () => {
  const files = {
    'src/notify.ts': `export async function notifySlack(text: string): Promise<void> {
  await fetch(process.env.OPS_HOOK!, { method: 'POST', body: JSON.stringify({ text }) });
}
export const notifyTeams = async (text: string): Promise<void> => {
  await fetch(process.env.TEAMS_HOOK!, { method: 'POST', body: text });
};
`,
  };
  const code = `import { notifySlack, notifyTeams } from './notify';\ndeclare const c: { id: string; email: string };\nnotifySlack(c.email);\n`;

  for (const typeInfo of MODES) {
    it(`declares the wrapper as a transfer, its destination left to the lead (${modeName(typeInfo)})`, () => {
      const finding = findingOf({ code, files, typeInfo }, UNGUARDED);
      assert.equal(finding.messageId, 'unknownNamedDestination');
      const declare = suggestion(finding, 'declare-function');
      assert.ok(declare, `suggestions: ${finding.suggestions?.map((s) => s.kind).join(', ')}`);
      assert.deepEqual(declare.edits, []);
      assert.deepEqual(declare.title, {
        en: 'Declare `notifySlack` (src/notify) as a transfer in privacy-lint.json; then set where it sends',
        ja: '`notifySlack`（src/notify）を送信関数として privacy-lint.json に宣言する（宣言後に送信先を設定してください）',
      });
      assert.deepEqual(declare.configEdit, {
        file: path.join(path.dirname(path.dirname(finding.file)), 'privacy-lint.json'),
        path: ['functions'],
        value: { module: './src/notify', export: 'notifySlack', kind: 'transfer', destination: 'destination.invalid' },
        placeholder: 'destination.invalid',
      });
      // Accepted as is, the placeholder is a third party: nothing is silenced until the lead says where it sends.
      const config = configAfter(declare.configEdit!);
      assert.deepEqual(transfersOf({ code, files, typeInfo, config }).map((f) => [f.ruleId, f.messageId, f.range.start.line]),
        [[UNGUARDED, 'externalTransfer', 3]]);
      const decided = { ...config, functions: config.functions!.map((f) => ({ ...f, destination: 'internal' })) };
      assert.deepEqual(transfersOf({ code, files, typeInfo, config: decided }), []);
    });
  }

  it('names an arrow function by its constant', () => {
    const finding = findingOf({ code: code.replace('notifySlack(c.email)', 'notifyTeams(c.email)'), files }, UNGUARDED);
    assert.deepEqual(suggestion(finding, 'declare-function')?.configEdit?.value,
      { module: './src/notify', export: 'notifyTeams', kind: 'transfer', destination: 'destination.invalid' });
  });

  it('is not offered where the send is not in a wrapper, nor for a known destination', () => {
    const direct = `declare const c: { email: string };\nexport async function share() { await fetch(process.env.PARTNER_URL!, { method: 'POST', body: c.email }); }\n`;
    assert.equal(suggestion(findingOf({ code: direct }, UNGUARDED), 'declare-function'), undefined);
    const known = { 'src/notify.ts': "export async function notifySlack(text: string) { await fetch('https://api.other.example.com/x', { method: 'POST', body: text }); }\n" };
    assert.equal(suggestion(findingOf({ code: "import { notifySlack } from './notify';\ndeclare const c: { email: string };\nnotifySlack(c.email);\n", files: known }, UNGUARDED), 'declare-function'), undefined);
  });
});
