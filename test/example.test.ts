/**
 * End-to-end check of the example application: the built CLI must report exactly the findings a careful
 * reviewer expects (examples/shop-app/EXPECTED.md) — no more, no less — and exit with code 1.
 *
 * Lines are not hard-coded: each expected finding names a code snippet that occurs exactly once in its file,
 * and the expected line is the line of that snippet. Editing the example therefore either keeps the test right
 * or fails the "snippets" test loudly; it never silently moves an expectation to another line.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

interface ExpectedFinding {
  /** Path relative to examples/shop-app, with forward slashes. */
  file: string;
  ruleId: string;
  /** Text that occurs exactly once in the file, on the line the finding is reported on. */
  snippet: string;
}

/** Keep in the same order as the table in examples/shop-app/EXPECTED.md. */
const EXPECTED: ExpectedFinding[] = [
  { file: 'src/customers/service.ts', ruleId: 'no-personal-data-in-logs', snippet: "logger.debug({ record }, 'customer loaded');" },
  { file: 'src/customers/service.ts', ruleId: 'no-unguarded-external-transfer', snippet: 'await notifyOps(`New corporate customer:' },
  { file: 'src/customers/service.ts', ruleId: 'no-personal-data-in-logs', snippet: 'logger.warn(`SMS delivery to ${customer.denwaBango}' },
  { file: 'src/customers/routes.ts', ruleId: 'no-personal-data-in-logs', snippet: "req.log.info({ email }, 'sign-up requested');" },
  { file: 'src/customers/members.ts', ruleId: 'no-personal-data-in-logs', snippet: "logger.debug({ member: updated }, 'points added');" },
  { file: 'src/customers/members.ts', ruleId: 'no-unguarded-external-transfer', snippet: 'await postJson(`${REFERRAL_NETWORK_URL}/referrals`' },
  { file: 'src/orders/service.ts', ruleId: 'no-personal-data-in-logs', snippet: "logger.info({ order }, 'order placed');" },
  { file: 'src/orders/shipping.ts', ruleId: 'no-unguarded-external-transfer', snippet: '/shipments`, shipment);' },
  { file: 'src/orders/contractors.ts', ruleId: 'my-number-outside-permitted-module', snippet: "payeeNumber: row['my_number']," },
  { file: 'src/reports/withholding-slips.ts', ruleId: 'my-number-outside-permitted-module', snippet: 'e.shimei, e.kojinBango, e.annualIncomeYen' },
  { file: 'src/payroll/etax.ts', ruleId: 'no-my-number-transfer', snippet: 'await axios.post(PAYROLL_ALERTS_WEBHOOK,' },
  { file: 'src/integrations/crm.ts', ruleId: 'no-foreign-transfer-without-consent', snippet: "await crmClient.post('/deals', { contact: customer," },
  { file: 'src/integrations/analytics.ts', ruleId: 'no-unguarded-external-transfer', snippet: 'traits: { email: customer.email, createdAt: customer.createdAt }' },
  { file: 'src/integrations/sentry.ts', ruleId: 'no-unguarded-external-transfer', snippet: 'Sentry.setUser({ id: customer.id, email: customer.email });' },
  { file: 'src/integrations/partner-points.ts', ruleId: 'no-unguarded-external-transfer', snippet: "partnerPoints.post<{ partnerId: string }>('/accounts'," },
  { file: 'src/scripts/backfill-furigana.ts', ruleId: 'no-personal-data-in-logs', snippet: 'console.log(`no reading found for ${c.shimei}`);' },
  { file: 'src/customers/routes.ts', ruleId: 'no-personal-data-in-cookies', snippet: "res.cookie('last_login_email', customer.email," },
  { file: 'src/reports/supplement-leads.ts', ruleId: 'no-sensitive-personal-data', snippet: "c.byoreki?.includes('高血圧')" },
  { file: 'src/marketing/campaigns.ts', ruleId: 'marketing-requires-opt-out-check', snippet: "await sendCampaignMail(customer, 'spring-sale-2026');" },
  { file: 'src/support/routes.ts', ruleId: 'no-foreign-transfer-without-consent', snippet: 'const draft = await draftReply(question);' },
  { file: 'src/orders/checkout.ts', ruleId: 'no-foreign-transfer-without-consent', snippet: 'customer_email: customer.email,' },
  { file: 'src/customers/routes.ts', ruleId: 'no-personal-data-in-logs', snippet: "await recordAudit('customer.signed-in'," },
];

/** The repository root: the nearest folder above `start` holding the example and the CLI. */
function findRepoRoot(...starts: string[]): string {
  for (const start of starts) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      if (fs.existsSync(path.join(dir, 'examples', 'shop-app', 'privacy-lint.json')) && fs.existsSync(path.join(dir, 'cli'))) {
        return dir;
      }
      if (path.dirname(dir) === dir) break;
    }
  }
  throw new Error(`repository root not found above ${starts.join(' or ')}`);
}

const ROOT = findRepoRoot(__dirname, process.cwd());
const EXAMPLE_DIR = path.join(ROOT, 'examples', 'shop-app');
const CLI = path.join(ROOT, 'cli', 'bin', 'privacy-lint.js');

/** 1-based line of the only occurrence of `snippet` in the file; throws if it occurs 0 or 2+ times. */
function lineOfSnippet(file: string, snippet: string): number {
  const text = fs.readFileSync(path.join(EXAMPLE_DIR, file), 'utf8');
  const first = text.indexOf(snippet);
  if (first < 0) throw new Error(`snippet not found in ${file}: ${snippet}`);
  if (text.indexOf(snippet, first + 1) >= 0) throw new Error(`snippet occurs more than once in ${file}: ${snippet}`);
  if (snippet.includes('\n')) throw new Error(`snippet spans lines in ${file}: ${snippet}`);
  return text.slice(0, first).split('\n').length;
}

function key(file: string, line: number, ruleId: string): string {
  return `${file}:${line} ${ruleId}`;
}

function expectedKeys(): string[] {
  return [...new Set(EXPECTED.map((e) => key(e.file, lineOfSnippet(e.file, e.snippet), e.ruleId)))].sort();
}

interface Reported {
  file: string;
  line: number;
  ruleId: string;
}

/** Path of a reported file relative to the example, with forward slashes. */
function relativeToExample(file: string): string {
  const absolute = path.isAbsolute(file) ? file : path.resolve(ROOT, file);
  return path.relative(EXAMPLE_DIR, absolute).split(path.sep).join('/');
}

function lineOf(finding: Record<string, unknown>): number | undefined {
  const range = finding.range as { start?: { line?: unknown } } | undefined;
  const candidates = [range?.start?.line, finding.line, finding.startLine];
  for (const c of candidates) if (typeof c === 'number') return c;
  return undefined;
}

/**
 * Collects findings from the CLI's JSON output. Accepts the shapes a JSON formatter plausibly has: a list of
 * per-file results (`{ file | filePath, findings | messages: [...] }`), a flat list of findings (each with
 * `file`), or either of those under a top-level `results` / `files` / `findings` key.
 */
function collectFindings(json: unknown, out: Reported[] = [], fileHint?: string): Reported[] {
  if (Array.isArray(json)) {
    for (const item of json) collectFindings(item, out, fileHint);
    return out;
  }
  if (json === null || typeof json !== 'object') return out;
  const obj = json as Record<string, unknown>;
  const ownFile = [obj.file, obj.filePath, obj.path].find((v): v is string => typeof v === 'string') ?? fileHint;
  if (typeof obj.ruleId === 'string') {
    const line = lineOf(obj);
    if (ownFile === undefined || line === undefined) {
      throw new Error(`finding without file or line in the JSON output: ${JSON.stringify(obj).slice(0, 300)}`);
    }
    out.push({ file: relativeToExample(ownFile), line, ruleId: obj.ruleId });
    return out;
  }
  for (const k of ['results', 'files', 'findings', 'messages']) {
    if (Array.isArray(obj[k])) collectFindings(obj[k], out, ownFile);
  }
  return out;
}

describe('example application (examples/shop-app)', function () {
  this.timeout(120_000);

  it('has every expected snippet exactly once in its file', () => {
    for (const e of EXPECTED) lineOfSnippet(e.file, e.snippet);
    assert.equal(expectedKeys().length, EXPECTED.length, 'two expectations resolve to the same file, line and rule');
  });

  it('says how many findings there are, in EXPECTED.md and the README, as this test expects', () => {
    const expected = fs.readFileSync(path.join(EXAMPLE_DIR, 'EXPECTED.md'), 'utf8');
    assert.equal(/^## Findings \((\d+)\)$/m.exec(expected)?.[1], String(EXPECTED.length), 'the "Findings (N)" heading of EXPECTED.md');
    const readme = fs.readFileSync(path.join(EXAMPLE_DIR, 'README.md'), 'utf8');
    assert.equal(/npx privacy-lint examples\/shop-app +# its (\d+) findings/.exec(readme)?.[1], String(EXPECTED.length), 'examples/shop-app/README.md');
  });

  it('lists the same findings in EXPECTED.md as in this test', () => {
    const markdown = fs.readFileSync(path.join(EXAMPLE_DIR, 'EXPECTED.md'), 'utf8');
    const documented = [...markdown.matchAll(/^\| \d+ \| `([^`]+)` \| (\d+) \| `([a-z-]+)` \|/gm)].map((m) => key(m[1]!, Number(m[2]), m[3]!));
    assert.deepEqual([...new Set(documented)].sort(), expectedKeys());
  });

  it('gets exactly the expected findings from the CLI, and exit code 1', () => {
    assert.ok(fs.existsSync(CLI), `${CLI} is missing`);
    const run = spawnSync(process.execPath, [CLI, 'examples/shop-app', '--format', 'json'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      maxBuffer: 64 * 1024 * 1024,
    });
    const context = `exit code ${run.status}\nstderr:\n${run.stderr}`;
    let json: unknown;
    try {
      json = JSON.parse(run.stdout);
    } catch {
      assert.fail(`the CLI did not print JSON (${context})\nstdout:\n${run.stdout.slice(0, 2000)}`);
    }

    const actual = [...new Set(collectFindings(json).map((f) => key(f.file, f.line, f.ruleId)))].sort();
    const expected = expectedKeys();
    const missing = expected.filter((k) => !actual.includes(k));
    const unexpected = actual.filter((k) => !expected.includes(k));
    assert.deepEqual(
      { missing, unexpected },
      { missing: [], unexpected: [] },
      `findings differ from examples/shop-app/EXPECTED.md\n  missing:\n    ${missing.join('\n    ') || '-'}\n` +
        `  unexpected:\n    ${unexpected.join('\n    ') || '-'}`,
    );
    assert.equal(run.status, 1, context);
  });
});
