/**
 * eslint-plugin-privacy-lint under ESLint's own `RuleTester` (ESLint 9, flat config): each rule's table runs twice,
 * on @typescript-eslint/parser without a project (names and flows only) and with `project` (types from
 * typescript-eslint's program). Cases live in a temporary project with a privacy-lint.json (the rule tables' shared
 * config), a tsconfig.json and the modules some cases import, so flows cross files as in a real repository.
 *
 * Rows marked `typed` or `untyped` hold in that mode only: what only types can tell (a generic's type argument), and
 * what the untyped run misses for it.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Linter, RuleTester, type Rule } from 'eslint';
import tsParser = require('@typescript-eslint/parser');
import plugin = require('eslint-plugin-privacy-lint');
import { allRules } from '@privacy-lint/rules';
import { engineDiagnostics } from '@privacy-lint/engine';
import { TEST_CONFIG } from '../helpers/lint-source';
import { tempDir } from '../helpers/temp';

const fixture = tempDir('privacy-lint-eslint-');

/** Writes a file of the fixture project (folders created). */
function write(rel: string, text: string): string {
  const file = path.join(fixture, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

write('privacy-lint.json', JSON.stringify(TEST_CONFIG));
write('tsconfig.json', JSON.stringify({
  compilerOptions: { strict: true, target: 'ES2022', module: 'commonjs', lib: ['ES2022', 'DOM'], types: [], skipLibCheck: true, noEmit: true },
  include: ['src/**/*'],
}));
write('src/lib/log.ts', 'export function audit(entry: unknown): void {\n  console.log(entry);\n}\n');
write('src/types.ts', 'export interface Customer {\n  id: string;\n  email: string;\n}\n');
// A second config for the `configFile` setting: the partner is internal there, generated code is ignored, and the
// e-mail check of no-hardcoded-personal-data is on.
const otherConfig = write('config/other-privacy-lint.json', JSON.stringify({
  ...TEST_CONFIG,
  ignores: ['src/generated/**'],
  rules: { 'no-hardcoded-personal-data': ['error', { emails: true }] },
  transfers: { ...TEST_CONFIG.transfers, internalHosts: ['api.partner.example.net'] },
}));

/** The path of a case's file. It exists on disk (empty), as typescript-eslint's `project` needs it. */
const known = new Set<string>();
function at(rel: string): string {
  const file = path.join(fixture, rel);
  if (!known.has(file) && !fs.existsSync(file)) write(rel, '');
  known.add(file);
  return file;
}

const APP = at('src/app.ts');
// The typed-only case has a file of its own that holds its code on disk too: typescript-eslint's program then has the
// case's text whether or not it re-reads the file, as when ESLint lints files from disk (a program holding another
// text for the file is linted without types, which found nothing here on a CI machine).
const GENERIC_LOOKUP = "import type { Customer } from './types';\ndeclare class Repository<T> { find(id: string): T }\ndeclare const store: Repository<Customer>;\nconst record = store.find('1');\nconsole.log(record);\n";
const LOOKUP = write('src/lookup.ts', GENERIC_LOOKUP);
const EN = { 'privacy-lint': { locale: 'en' } };
// typescript-eslint's `project` with a program per tsconfig. The tables lint the same file many times, as an editor
// does; in a single run (inferred from CI=true or the `eslint` binary) typescript-eslint builds the program once from
// disk and parses a file linted again on its own, without the project's other files. These tests are not that run.
const TYPED = { project: './tsconfig.json', tsconfigRootDir: fixture, disallowAutomaticSingleRunInference: true };

const untyped = new RuleTester({ languageOptions: { parser: tsParser as unknown as Linter.Parser }, settings: EN });
const typed = new RuleTester({
  languageOptions: { parser: tsParser as unknown as Linter.Parser, parserOptions: TYPED },
  settings: EN,
});

type Mode = 'typed' | 'untyped';
type Valid = string | (RuleTester.ValidTestCase & { mode?: Mode });
type Invalid = RuleTester.InvalidTestCase & { mode?: Mode };

/** Runs one rule's table in both modes (rows with a `mode` only in theirs); every case's file defaults to src/app.ts. */
function table(ruleId: string, tests: { valid: Valid[]; invalid: Invalid[] }): void {
  const rule = plugin.rules[ruleId];
  assert.ok(rule, `the plugin has ${ruleId}`);
  for (const [mode, tester] of [['untyped', untyped], ['typed', typed]] as const) {
    const pick = <T extends { mode?: Mode; code: string }>(rows: Array<string | T>) => rows
      .map((r) => (typeof r === 'string' ? { code: r } as T : r))
      .filter((r) => !r.mode || r.mode === mode)
      .map(({ mode: _mode, ...row }) => ({ filename: APP, ...row }));
    tester.run(`${ruleId} (${mode})`, rule, { valid: pick(tests.valid), invalid: pick(tests.invalid) });
  }
}

const CONSENT = 'declare function hasConsent(c: unknown): boolean;\n';

table('no-personal-data-in-logs', {
  valid: [
    { code: 'declare const c: { fileName: string; hostname: string; id: string };\nconsole.log(c.fileName, c.hostname, c.id);\n' },
    { code: "import { audit } from './lib/log';\ndeclare const c: { id: string; email: string };\naudit(c.id);\n" },
    { code: 'declare const c: { id: string; email: string };\nconsole.log(c.email);\n', filename: at('src/app.test.ts'), name: 'test code: the flow rules skip it' },
    {
      code: GENERIC_LOOKUP, filename: LOOKUP,
      mode: 'untyped', name: 'by names alone, what a generic returns is unknown',
    },
  ],
  invalid: [
    {
      code: 'declare const c: { id: string; email: string };\nconsole.log(c.email);\n',
      errors: [{
        messageId: 'personalDataInLog', line: 2, column: 13, endLine: 2, endColumn: 20,
        suggestions: [{ desc: 'Mask `c.email` with `mask()`', output: 'declare const c: { id: string; email: string };\nconsole.log(mask(c.email));\n' }],
      }],
    },
    {
      code: "import { audit } from './lib/log';\ndeclare const c: { id: string; email: string };\naudit({ id: c.id, mail: c.email });\n",
      name: 'a flow into a helper of another file, reported at the call that hands the data in',
      errors: [{
        messageId: 'personalDataInLog', line: 3, column: 25, endLine: 3, endColumn: 32,
        suggestions: [{ desc: 'Mask `c.email` with `mask()`', output: "import { audit } from './lib/log';\ndeclare const c: { id: string; email: string };\naudit({ id: c.id, mail: mask(c.email) });\n" }],
      }],
    },
    {
      code: GENERIC_LOOKUP, filename: LOOKUP,
      mode: 'typed', name: 'found through the type Customer (typescript-eslint\'s program)',
      errors: [{
        messageId: 'personalDataInLog', line: 5, column: 13, endLine: 5, endColumn: 19,
        suggestions: [{ desc: 'Log only `record.id`', output: "import type { Customer } from './types';\ndeclare class Repository<T> { find(id: string): T }\ndeclare const store: Repository<Customer>;\nconst record = store.find('1');\nconsole.log(record.id);\n" }],
      }],
    },
    {
      code: 'declare const c: { id: string; email: string };\nconsole.log(c.email);\n',
      settings: { 'privacy-lint': { locale: 'ja' } }, name: 'the message in Japanese by the locale setting',
      errors: [{
        message: '`console.log` でログに個人データを出力しています: `c.email` は連絡先です。ログに個人データを含めてはいけません（方針 §4(1)）。ID を出力するか、値をマスクしてください。',
        suggestions: [{ desc: '`c.email` を `mask()` でマスクする', output: 'declare const c: { id: string; email: string };\nconsole.log(mask(c.email));\n' }],
      }],
    },
  ],
});

table('my-number-outside-permitted-module', {
  valid: [
    { code: 'declare const e: { id: string; myNumber: string };\nexport const n = e.myNumber;\n', filename: at('src/payroll/app.ts') },
    { code: 'declare const e: { id: string; employeeNumber: string };\nexport const n = e.employeeNumber;\n' },
  ],
  invalid: [
    {
      code: 'declare const e: { id: string; myNumber: string };\nexport const n = e.myNumber;\n',
      errors: [{ messageId: 'outsidePermittedModule', line: 2, column: 20, endLine: 2, endColumn: 28 }],
    },
  ],
});

const PARTNER_SEND = "declare const c: { id: string; email: string };\nexport async function send() {\n  await fetch('https://api.partner.example.net/x', { method: 'POST', body: JSON.stringify({ email: c.email }) });\n}\n";

table('no-unguarded-external-transfer', {
  valid: [
    { code: `${CONSENT}declare const c: { id: string; email: string };\nexport async function send() {\n  if (!hasConsent(c)) return;\n  await fetch('https://api.partner.example.net/x', { method: 'POST', body: JSON.stringify({ email: c.email }) });\n}\n` },
    { code: "declare const c: { id: string; email: string };\nexport async function send() {\n  await fetch('https://api.partner.example.net/x', { method: 'POST', body: JSON.stringify({ id: c.id }) });\n}\n" },
    { code: PARTNER_SEND, settings: { 'privacy-lint': { locale: 'en', configFile: otherConfig } }, name: 'the configFile setting: the partner is internal there' },
    { code: PARTNER_SEND, filename: at('src/generated/client.ts'), settings: { 'privacy-lint': { configFile: otherConfig } }, name: 'the config\'s ignores' },
  ],
  invalid: [
    {
      code: `${CONSENT}${PARTNER_SEND}`,
      errors: [{
        messageId: 'externalTransfer', line: 4, column: 100, endLine: 4, endColumn: 107,
        suggestions: [{
          desc: 'Wrap in a consent check (`hasConsent`)',
          output: `${CONSENT}declare const c: { id: string; email: string };\nexport async function send() {\n  if (hasConsent(c)) {\n    await fetch('https://api.partner.example.net/x', { method: 'POST', body: JSON.stringify({ email: c.email }) });\n  }\n}\n`,
        }],
      }],
    },
  ],
});

table('no-foreign-transfer-without-consent', {
  valid: [
    { code: `${CONSENT}declare const c: { id: string; email: string };\nexport async function send() {\n  if (hasConsent(c)) await fetch('https://api.crm.example.com/contacts', { method: 'POST', body: JSON.stringify({ email: c.email }) });\n}\n` },
    { code: "declare const c: { id: string; email: string };\nexport async function send() {\n  await fetch('https://mailer.example.jp/send', { method: 'POST', body: JSON.stringify({ email: c.email }) });\n}\n", name: 'a processor in Japan' },
  ],
  invalid: [
    {
      code: `${CONSENT}declare const c: { id: string; email: string };\nexport async function send() {\n  await fetch('https://api.crm.example.com/contacts', { method: 'POST', body: JSON.stringify({ email: c.email }) });\n}\n`,
      errors: [{
        messageId: 'foreignProcessor', line: 4, column: 103, endLine: 4, endColumn: 110,
        suggestions: [{
          desc: 'Wrap in a consent check (`hasConsent`)',
          output: `${CONSENT}declare const c: { id: string; email: string };\nexport async function send() {\n  if (hasConsent(c)) {\n    await fetch('https://api.crm.example.com/contacts', { method: 'POST', body: JSON.stringify({ email: c.email }) });\n  }\n}\n`,
        }],
      }],
    },
  ],
});

table('no-my-number-transfer', {
  valid: [
    {
      code: "declare const e: { id: string; myNumber: string };\nexport async function file() {\n  await fetch('https://api.etax.example.go.jp/v1', { method: 'POST', body: JSON.stringify({ n: e.myNumber }) });\n}\n",
      filename: at('src/payroll/etax.ts'), name: 'the destination the law requires',
    },
  ],
  invalid: [
    {
      code: "declare const e: { id: string; myNumber: string };\nexport async function send() {\n  await fetch('https://api.partner.example.net/x', { method: 'POST', body: JSON.stringify({ n: e.myNumber }) });\n}\n",
      filename: at('src/payroll/send.ts'),
      errors: [{ messageId: 'myNumberTransfer', line: 3, column: 96, endLine: 3, endColumn: 106 }],
    },
  ],
});

const COOKIE_RES = 'declare const res: { cookie(name: string, value: string): void };\n';

table('no-personal-data-in-cookies', {
  valid: [
    { code: `${COOKIE_RES}declare const session: { id: string };\nres.cookie('sid', session.id);\n` },
    { code: "declare const c: { id: string; email: string };\nlocalStorage.setItem('email', c.email);\n", options: [{ storage: 'off' }], name: 'web storage turned off by option' },
  ],
  invalid: [
    {
      code: `${COOKIE_RES}declare const user: { id: string; email: string };\nres.cookie('email', user.email);\n`, mode: 'untyped',
      errors: [{ messageId: 'personalDataInCookie', line: 3, column: 21, endLine: 3, endColumn: 31 }],
    },
    {
      code: `${COOKIE_RES}declare const user: { id: string; email: string };\nres.cookie('email', user.email);\n`, mode: 'typed',
      name: 'with types, the suggestion to store the id',
      errors: [{
        messageId: 'personalDataInCookie', line: 3, column: 21, endLine: 3, endColumn: 31,
        suggestions: [{ desc: 'Store only `user.id`', output: `${COOKIE_RES}declare const user: { id: string; email: string };\nres.cookie('email', user.id);\n` }],
      }],
    },
    {
      code: "declare const c: { id: string; email: string };\nlocalStorage.setItem('email', c.email);\n", mode: 'untyped',
      errors: [{ messageId: 'personalDataInStorage', line: 2, column: 31, endLine: 2, endColumn: 38 }],
    },
    {
      code: "declare const c: { id: string; email: string };\nlocalStorage.setItem('email', c.email);\n", mode: 'typed',
      errors: [{
        messageId: 'personalDataInStorage', line: 2, column: 31, endLine: 2, endColumn: 38,
        suggestions: [{ desc: 'Store only `c.id`', output: "declare const c: { id: string; email: string };\nlocalStorage.setItem('email', c.id);\n" }],
      }],
    },
  ],
});

table('no-sensitive-personal-data', {
  valid: [
    { code: 'declare const patient: { id: string; byoreki: string };\nexport const h = patient.byoreki;\n', filename: at('src/health/app.ts') },
  ],
  invalid: [
    {
      code: 'declare const patient: { id: string; byoreki: string };\nexport const h = patient.byoreki;\n',
      errors: [{ messageId: 'outsidePermittedModule', line: 2, column: 26, endLine: 2, endColumn: 33 }],
    },
  ],
});

table('no-hardcoded-personal-data', {
  valid: [
    "export const n = '123456789012';\n",
    "const contact = 'taro.yamada@gmail.com';\nexport { contact };\n",
  ],
  invalid: [
    {
      code: "export const n = '123456789018';\n", filename: at('src/app.test.ts'), name: 'a My Number in test code too',
      errors: [{ messageId: 'hardcodedMyNumber', line: 1, column: 18, endLine: 1, endColumn: 32 }],
    },
    {
      code: "const contact = 'taro.yamada@gmail.com';\nexport { contact };\n", options: [{ emails: true }],
      errors: [{ messageId: 'hardcodedEmail', line: 1, column: 17, endLine: 1, endColumn: 40 }],
    },
    {
      code: "const contact = 'taro.yamada@gmail.com';\nexport { contact };\n", settings: { 'privacy-lint': { locale: 'en', configFile: otherConfig } },
      name: 'options from privacy-lint.json when ESLint gives none',
      errors: [{ messageId: 'hardcodedEmail', line: 1, column: 17, endLine: 1, endColumn: 40 }],
    },
  ],
});

const NEWSLETTER = 'declare function isOptedOut(c: unknown): boolean;\ndeclare function sendNewsletter(to: unknown): void;\ndeclare const customer: { id: string; email: string };\n';

table('marketing-requires-opt-out-check', {
  valid: [
    { code: `${NEWSLETTER}export function run() {\n  if (isOptedOut(customer)) return;\n  sendNewsletter(customer);\n}\n` },
  ],
  invalid: [
    {
      code: `${NEWSLETTER}export function run() {\n  sendNewsletter(customer);\n}\n`,
      errors: [{
        messageId: 'noOptOutCheck', line: 5, column: 18, endLine: 5, endColumn: 26,
        suggestions: [{ desc: 'Wrap in an opt-out check (`isOptedOut`)', output: `${NEWSLETTER}export function run() {\n  if (!isOptedOut(customer)) {\n    sendNewsletter(customer);\n  }\n}\n` }],
      }],
    },
  ],
});

table('invalid-suppression', {
  valid: [
    'declare const c: { id: string; email: string };\n// privacy-lint-disable-next-line no-personal-data-in-logs -- legacy, removed in ticket 123\nconsole.log(c.email);\n',
  ],
  invalid: [
    {
      code: 'declare const c: { id: string; email: string };\n// privacy-lint-disable-next-line no-personal-data-in-logs\nconsole.log(c.email);\n',
      errors: [{ messageId: 'missingReason', line: 2, column: 1, endLine: 2, endColumn: 59 }],
    },
  ],
});

table('unused-suppression', {
  valid: ["console.log('ok');\n"],
  invalid: [
    {
      code: "// privacy-lint-disable-next-line no-personal-data-in-logs -- legacy\nconsole.log('ok');\n",
      output: "console.log('ok');\n",
      errors: [{ messageId: 'unused', line: 1, column: 35, endLine: 1, endColumn: 59 }],
    },
    {
      code: "// privacy-lint-disable-next-line no-personal-data-in-logs -- legacy\nconsole.log('ok');\n",
      output: "console.log('ok');\n",
      settings: { 'privacy-lint': { locale: 'ja' } },
      errors: [{ message: '不要な抑制コメントです。`privacy-lint-disable-next-line no-personal-data-in-logs` はここでは効果がありません。削除してください。' }],
    },
  ],
});

table('parse-error', {
  valid: ["console.log('ok');\n"],
  invalid: [
    {
      // Larger than the engine's limit (4 MiB): skipped with a finding that says so, as the CLI skips it.
      code: `/*${'x'.repeat(4 * 1024 * 1024)}*/\n`, name: 'a file too large to analyse',
      errors: [{ messageId: 'parseError', line: 1, column: 1 }],
    },
  ],
});

// No input makes the engine fail on purpose: the rule is tested for staying quiet on what it analyses.
table('internal-error', {
  valid: ["console.log('ok');\n", 'declare const c: { id: string; email: string };\nconsole.log(c.email);\n'],
  invalid: [],
});

describe('eslint-plugin-privacy-lint', () => {
  it('has an ESLint rule for every rule and every engine diagnostic, and nothing else', () => {
    assert.deepEqual(Object.keys(plugin.rules).sort(), [...allRules.map((r) => r.meta.id), ...engineDiagnostics.map((d) => d.id)].sort());
  });

  it('mirrors the CLI presets: recommended at the default severities, strict with its options', () => {
    const rec = plugin.configs.recommended.rules!;
    const strict = plugin.configs.strict.rules!;
    for (const rule of allRules) {
      assert.equal(rec[`privacy-lint/${rule.meta.id}`], rule.meta.defaultSeverity === 'warning' ? 'warn' : 'error');
    }
    assert.deepEqual(strict['privacy-lint/no-unguarded-external-transfer'], ['error', { reportUnknownDestinations: true, unknownDestinationsAsErrors: true }]);
    assert.deepEqual(strict['privacy-lint/no-hardcoded-personal-data'], ['error', { emails: true, phones: true }]);
    assert.deepEqual(strict['privacy-lint/no-personal-data-in-cookies'], ['error', { storage: 'error' }]);
    assert.equal(rec['privacy-lint/unused-suppression'], 'warn');
    assert.equal(strict['privacy-lint/invalid-suppression'], 'error');
    assert.equal(plugin.configs.recommended.plugins!['privacy-lint'], plugin);
  });

  it('says what is wrong with its settings', () => {
    const linter = new Linter({ cwd: fixture });
    const config = (settings: unknown): Linter.Config[] => [{ ...plugin.configs.recommended, settings: { 'privacy-lint': settings } as Linter.Config['settings'] }];
    assert.throws(() => linter.verify("console.log('ok');\n", config({ locale: 'fr' }), APP), /locale must be "ja" or "en"/);
    assert.throws(() => linter.verify("console.log('ok');\n", config({ lang: 'ja' }), APP), /unknown setting "lang"/);
  });

  it('the typed fixture: typescript-eslint\'s program holds the case\'s text, and `record` is a Customer there', () => {
    // What the typed-only row needs of its environment, checked on its own so a failure there says which part broke.
    let seen: { text?: string; type?: string } = {};
    const probe: Rule.RuleModule = {
      create(context) {
        const services = context.sourceCode.parserServices as { program?: import('typescript').Program | null };
        const program = services.program ?? undefined;
        const sf = program?.getSourceFile(LOOKUP);
        const decl = sf?.statements[3] as import('typescript').VariableStatement | undefined;
        const name = decl?.declarationList.declarations[0]?.name;
        seen = { text: sf?.text, type: program && name ? program.getTypeChecker().typeToString(program.getTypeChecker().getTypeAtLocation(name)) : undefined };
        return {};
      },
    };
    const linter = new Linter({ cwd: fixture });
    const messages = linter.verify(GENERIC_LOOKUP, [{
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser as unknown as Linter.Parser, parserOptions: TYPED },
      plugins: { probe: { rules: { probe } } },
      rules: { 'probe/probe': 'error' },
    }], LOOKUP);
    assert.deepEqual(messages, []);
    assert.equal(seen.text === GENERIC_LOOKUP, true, `the program's text of src/lookup.ts: ${JSON.stringify(seen.text)}`);
    assert.equal(seen.type, 'Customer');
  });

  it('in a single run (CI), a file linted twice gets typescript-eslint\'s program of that file alone: no throw, the names still found', () => {
    // typescript-eslint's single-run mode parses a file linted again without the project (its fix passes do that);
    // its checker then cannot resolve the imports. The rules must go on without the types there.
    const single = tempDir('privacy-lint-single-run-');
    fs.copyFileSync(path.join(fixture, 'tsconfig.json'), path.join(single, 'tsconfig.json'));
    fs.copyFileSync(path.join(fixture, 'privacy-lint.json'), path.join(single, 'privacy-lint.json'));
    fs.mkdirSync(path.join(single, 'src'));
    fs.copyFileSync(path.join(fixture, 'src', 'types.ts'), path.join(single, 'src', 'types.ts'));
    const code = `${GENERIC_LOOKUP}declare const c: { id: string; email: string };\nconsole.log(c.email);\n`;
    const file = path.join(single, 'src', 'lookup.ts');
    fs.writeFileSync(file, code);
    const linter = new Linter({ cwd: single });
    const config: Linter.Config[] = [{ ...plugin.configs.recommended, files: ['**/*.ts'], settings: EN,
      languageOptions: { parser: tsParser as unknown as Linter.Parser, parserOptions: { project: './tsconfig.json', tsconfigRootDir: single } } }];
    const before = process.env.TSESTREE_SINGLE_RUN;
    process.env.TSESTREE_SINGLE_RUN = 'true';
    try {
      const lines = (): number[] => linter.verify(code, config, file).filter((m) => m.ruleId === 'privacy-lint/no-personal-data-in-logs').map((m) => m.line);
      assert.deepEqual(lines(), [5, 7], 'the first lint has the project: the Customer and the e-mail');
      assert.deepEqual(lines(), [7], 'linted again on its own: the e-mail by its name, and no error');
    } finally {
      if (before === undefined) delete process.env.TSESTREE_SINGLE_RUN; else process.env.TSESTREE_SINGLE_RUN = before;
    }
  });

  it('stops on a privacy-lint.json with errors, as the CLI does', () => {
    const broken = write('broken/privacy-lint.json', '{ "rules": { "no-such-rule": "error" } }');
    const linter = new Linter({ cwd: path.dirname(broken) });
    assert.throws(() => linter.verify("console.log('ok');\n", [plugin.configs.recommended], path.join(path.dirname(broken), 'src', 'app.ts')),
      /invalid configuration:[\s\S]*privacy-lint\.json:1:/);
  });
});
