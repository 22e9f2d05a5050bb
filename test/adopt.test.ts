/**
 * Adopting the linter in a real repository: test code skipped by the flow rules, baselines, the CI formats
 * (GitHub annotations, JUnit, GitLab Code Quality), SARIF suppressions and fixes, JSON suggestion edits, `--stdin`
 * and `--changed-since`. Each test builds a small project in a temporary folder and runs the built CLI on it.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { tempDir } from './helpers/temp';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { escapeData, escapeProperty } from 'privacy-lint/dist/formatters/github';
import { escapeXml } from 'privacy-lint/dist/formatters/junit';
import { LspTestClient } from './helpers/lsp-client';

const repoRoot = path.resolve(__dirname, '..', '..');
const bin = path.join(repoRoot, 'cli', 'bin', 'privacy-lint.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(dir: string, args: string[], input?: string, env: NodeJS.ProcessEnv = {}): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C', ...env },
    encoding: 'utf8',
    input: input ?? '',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A project in a fresh temporary folder with these files (path → text). */
function project(files: Record<string, string>): string {
  const dir = tempDir('privacy-lint-adopt-');
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const LOGS_EMAIL = 'export function greet(user: { id: string; email: string }): void {\n  console.log(user.email);\n}\n';
const MY_NUMBER = 'export function load(row: { id: string; myNumber: string }): string {\n  return row.myNumber;\n}\n';
const DIAGNOSIS = 'export function chart(patient: { id: string; diagnosis: string }): string {\n  return patient.diagnosis;\n}\n';

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string; line: number; suggestions?: Array<{ desc: string; kind: string; fix?: { range: [number, number]; text: string } }> }>;
  suppressedMessages: Array<{ ruleId: string; line: number; suppressions: Array<{ kind: string; justification: string }> }>;
}

function jsonRun(dir: string, args: string[] = [], input?: string): { run: Run; byFile: Map<string, string[]> } {
  const run = cli(dir, ['-f', 'json', ...args], input);
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  const results = JSON.parse(run.stdout) as JsonResult[];
  const byFile = new Map(
    results.map((r) => [path.relative(dir, r.filePath).split(path.sep).join('/'), r.messages.map((m) => `${m.line}:${m.ruleId}`)]),
  );
  return { run, byFile };
}

describe('adoption: test code', () => {
  const files = {
    'src/app.ts': LOGS_EMAIL,
    'src/app.test.ts': LOGS_EMAIL + MY_NUMBER.replace('load', 'load2') + DIAGNOSIS,
    'src/chart.ts': DIAGNOSIS,
    'test/helpers.ts': LOGS_EMAIL,
    'src/__mocks__/mailer.ts': LOGS_EMAIL,
    'db/migrations/0001.ts': LOGS_EMAIL,
  };

  it('skips the log, transfer and sensitive-data rules on tests, mocks and fixtures by default; the My Number rule still runs', () => {
    const dir = project(files);
    const { byFile } = jsonRun(dir);
    assert.deepEqual(byFile.get('src/app.ts'), ['2:no-personal-data-in-logs']);
    assert.deepEqual(byFile.get('db/migrations/0001.ts'), ['2:no-personal-data-in-logs'], 'migrations run on production data');
    assert.deepEqual(byFile.get('src/app.test.ts'), ['5:my-number-outside-permitted-module']);
    assert.deepEqual(byFile.get('src/chart.ts'), ['2:no-sensitive-personal-data'], 'outside test code the field is reported');
    assert.deepEqual(byFile.get('test/helpers.ts'), []);
    assert.deepEqual(byFile.get('src/__mocks__/mailer.ts'), []);
  });

  it('lints test code with every rule under --include-tests, or "testFiles": { "lint": true }', () => {
    const dir = project(files);
    const expected = ['2:no-personal-data-in-logs', '5:my-number-outside-permitted-module', '8:no-sensitive-personal-data'];
    assert.deepEqual(jsonRun(dir, ['--include-tests']).byFile.get('src/app.test.ts'), expected);
    assert.deepEqual(jsonRun(dir, ['--include-tests']).byFile.get('test/helpers.ts'), ['2:no-personal-data-in-logs']);
    fs.writeFileSync(path.join(dir, 'privacy-lint.json'), '{ "testFiles": { "lint": true } }');
    assert.deepEqual(jsonRun(dir).byFile.get('src/app.test.ts'), expected);
  });

  it('takes the project\'s own patterns, which replace the defaults', () => {
    const dir = project({ ...files, 'privacy-lint.json': '{ "testFiles": { "patterns": ["db/migrations/**"] } }' });
    const { byFile } = jsonRun(dir);
    assert.deepEqual(byFile.get('db/migrations/0001.ts'), []);
    assert.deepEqual(byFile.get('test/helpers.ts'), ['2:no-personal-data-in-logs']);
  });

  it('--print-config shows the patterns and whether test code is linted', () => {
    const dir = project(files);
    const printed = (args: string[]) => JSON.parse(cli(dir, ['--print-config', 'src/app.test.ts', ...args]).stdout) as { testFiles: { patterns: string[]; lint: boolean } };
    assert.equal(printed([]).testFiles.lint, false);
    assert.ok(printed([]).testFiles.patterns.includes('**/*.test.*'));
    assert.equal(printed(['--include-tests']).testFiles.lint, true);
  });

  it('the language server applies the same test-code config as the CLI', async () => {
    const dir = project({ 'src/app.ts': LOGS_EMAIL, 'src/app.test.ts': LOGS_EMAIL });
    const codes = async (lsp: LspTestClient, file: string) => (await lsp.open(path.join(dir, file), LOGS_EMAIL)).map((d) => d.code);
    let lsp = await LspTestClient.start({ folders: [dir] });
    try {
      assert.deepEqual(await codes(lsp, 'src/app.ts'), ['no-personal-data-in-logs']);
      assert.deepEqual(await codes(lsp, 'src/app.test.ts'), []);
    } finally {
      await lsp.stop();
    }
    fs.writeFileSync(path.join(dir, 'privacy-lint.json'), '{ "testFiles": { "lint": true } }');
    lsp = await LspTestClient.start({ folders: [dir] });
    try {
      assert.deepEqual(await codes(lsp, 'src/app.test.ts'), ['no-personal-data-in-logs']);
    } finally {
      await lsp.stop();
    }
  });

  it('does not call a suppression in test code unused when the rule it names did not run there', () => {
    const suppressed = LOGS_EMAIL.replace('  console.log', '  // privacy-lint-disable-next-line no-personal-data-in-logs -- fake data\n  console.log');
    const dir = project({ 'src/a.test.ts': suppressed });
    assert.deepEqual(jsonRun(dir).byFile.get('src/a.test.ts'), []);
    const included = jsonRun(dir, ['--include-tests']);
    assert.deepEqual(included.byFile.get('src/a.test.ts'), []);
  });
});

describe('adoption: baselines', () => {
  it('hides recorded findings, survives moved lines, reports new ones and counts fixed ones, keeps reason and owner', () => {
    const dir = project({ 'src/a.ts': LOGS_EMAIL, 'src/b.ts': LOGS_EMAIL.replace('greet', 'hello') });
    const written = cli(dir, ['--write-baseline', 'privacy-lint-baseline.json']);
    assert.equal(written.status, 0, written.stderr);
    assert.match(written.stderr, /recorded 2 findings \(2 added, 0 removed\)/);
    const baselineFile = path.join(dir, 'privacy-lint-baseline.json');
    const baseline = JSON.parse(fs.readFileSync(baselineFile, 'utf8')) as { version: number; fingerprint: string; findings: Array<Record<string, unknown>> };
    assert.equal(baseline.version, 1);
    assert.equal(baseline.fingerprint, 'privacyLint/v1');
    assert.deepEqual(baseline.findings.map((e) => [e.file, e.line, e.ruleId]), [
      ['src/a.ts', 2, 'no-personal-data-in-logs'],
      ['src/b.ts', 2, 'no-personal-data-in-logs'],
    ]);
    assert.ok(!fs.readFileSync(baselineFile, 'utf8').includes('user.email'), 'no code or values in the baseline');

    // Clean against the baseline.
    let run = cli(dir, ['--baseline', 'privacy-lint-baseline.json']);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /2 known findings not reported\./);

    // A lead documents one entry.
    baseline.findings[0]!.reason = 'audit log, replaced in PRIV-12';
    baseline.findings[0]!.owner = '@payments';
    fs.writeFileSync(baselineFile, JSON.stringify(baseline, null, 2));

    // Lines move above the recorded finding, a new one appears, the other recorded one is fixed.
    fs.writeFileSync(path.join(dir, 'src/a.ts'), `// header\n\n${LOGS_EMAIL}export const f = (c: { email: string }) => console.info(c.email);\n`);
    fs.writeFileSync(path.join(dir, 'src/b.ts'), 'export const b = 1;\n');
    run = cli(dir, ['--baseline', 'privacy-lint-baseline.json', '-f', 'json']);
    assert.equal(run.status, 1, run.stderr);
    const results = JSON.parse(run.stdout) as JsonResult[];
    assert.deepEqual(results.flatMap((r) => r.messages.map((m) => `${path.basename(r.filePath)}:${m.line}`)), ['a.ts:6']);
    assert.match(run.stderr, /1 known finding not reported; 1 baseline entry is fixed \(run --write-baseline privacy-lint-baseline\.json to remove it\)/);
    const ja = cli(dir, ['--baseline', 'privacy-lint-baseline.json', '--locale', 'ja']);
    // Two sentences, not a comma splice.
    assert.match(ja.stderr, /既知の指摘 1 件を除外しました。ベースラインの 1 件は解消済みです（--write-baseline privacy-lint-baseline\.json で削除してください）。\n$/);
    // In GitHub's format the summary of fixed entries is a notice in the report (an annotation in the run's summary).
    const annotated = cli(dir, ['--baseline', 'privacy-lint-baseline.json', '-f', 'github']);
    assert.deepEqual(annotated.stdout.split('\n').filter((line) => !line.startsWith('::error ')), [
      '::notice title=privacy-lint baseline::baseline privacy-lint-baseline.json: 1 known finding not reported; 1 baseline entry is fixed (run --write-baseline privacy-lint-baseline.json to remove it).',
      '',
    ]);

    // Rewriting keeps what the lead wrote and drops the fixed entry.
    run = cli(dir, ['--write-baseline', 'privacy-lint-baseline.json']);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /recorded 2 findings \(1 added, 1 removed\)/);
    const rewritten = JSON.parse(fs.readFileSync(baselineFile, 'utf8')) as typeof baseline;
    assert.deepEqual(rewritten.findings.map((e) => [e.file, e.line, e.reason, e.owner]), [
      ['src/a.ts', 4, 'audit log, replaced in PRIV-12', '@payments'],
      ['src/a.ts', 6, undefined, undefined],
    ]);
  });

  it('keeps the entries of files a partial run did not lint, and only calls entries of linted files fixed', () => {
    const dir = project({ 'src/a.ts': LOGS_EMAIL, 'lib/b.ts': LOGS_EMAIL });
    assert.equal(cli(dir, ['--write-baseline', 'base.json']).status, 0);
    fs.writeFileSync(path.join(dir, 'src/a.ts'), 'export const a = 1;\n');
    const run = cli(dir, ['--baseline', 'base.json', 'src']);
    assert.equal(run.status, 0);
    assert.match(run.stderr, /0 known findings not reported; 1 baseline entry is fixed/);
    assert.equal(cli(dir, ['--write-baseline', 'base.json', 'src']).status, 0);
    const entries = (JSON.parse(fs.readFileSync(path.join(dir, 'base.json'), 'utf8')) as { findings: Array<{ file: string }> }).findings;
    assert.deepEqual(entries.map((e) => e.file), ['lib/b.ts']);
  });

  it('never records a parse error, and stops with exit code 2 on a missing or broken baseline', () => {
    const dir = project({ 'src/a.ts': LOGS_EMAIL, 'src/broken.ts': 'export const = ;\n' });
    const run = cli(dir, ['--write-baseline', 'base.json']);
    assert.equal(run.status, 1, 'the parse error is still reported');
    assert.match(run.stdout, /parse-error/);
    assert.doesNotMatch(run.stdout, /no-personal-data-in-logs/);
    const missing = cli(dir, ['--baseline', 'nope.json']);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /baseline .*nope\.json does not exist \(create it with --write-baseline/);
    assert.match(cli(dir, ['--baseline', 'nope.json', '--locale', 'ja']).stderr, /ベースライン .*nope\.json がありません/);
    fs.writeFileSync(path.join(dir, 'bad.json'), '{ "findings": 1 }');
    assert.equal(cli(dir, ['--baseline', 'bad.json']).status, 2);
  });
});

describe('adoption: CI formats', () => {
  it('escapes GitHub workflow command data and properties', () => {
    assert.equal(escapeData('50% a\r\nb'), '50%25 a%0D%0Ab');
    assert.equal(escapeProperty('a,b:c%\n'), 'a%2Cb%3Ac%25%0A');
    assert.equal(escapeXml('<a href="x">&\'\u0001</a>'), '&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
  });

  it('--format github prints one annotation per finding, paths relative and escaped', () => {
    const dir = project({ 'src/odd,name:1.ts': LOGS_EMAIL, 'src/clean.ts': 'export const a = 1;\n' });
    const run = cli(dir, ['-f', 'github']);
    assert.equal(run.status, 1);
    const lines = run.stdout.trimEnd().split('\n');
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /^::error file=src\/odd%2Cname%3A1\.ts,line=2,col=15,endLine=2,endColumn=25,title=no-personal-data-in-logs \(§4\(1\)\)::Personal data written to a log/);
    assert.equal(cli(dir, ['-f', 'github', 'src/clean.ts']).stdout, '');
  });

  it('--format junit gives one testsuite per file and a failure per finding', () => {
    const dir = project({ 'src/a.ts': LOGS_EMAIL + LOGS_EMAIL.replace('greet', 'again'), 'src/clean.ts': 'export const a = 1;\n' });
    const run = cli(dir, ['-f', 'junit']);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="privacy-lint" tests="3" failures="2"/);
    assert.equal(run.stdout.match(/<testsuite /g)?.length, 2);
    assert.equal(run.stdout.match(/<failure /g)?.length, 2);
    assert.match(run.stdout, /<testsuite name="src\/clean.ts" tests="1" failures="0"/);
    assert.match(run.stdout, /<failure type="no-personal-data-in-logs" message="Personal data written to a log by `console.log`: `user.email` is contact data/);
  });

  it('--format gitlab gives Code Quality issues with the SARIF fingerprints', () => {
    const dir = project({ 'src/a.ts': LOGS_EMAIL });
    const issues = JSON.parse(cli(dir, ['-f', 'gitlab']).stdout) as Array<Record<string, unknown>>;
    const sarifLog = JSON.parse(cli(dir, ['-f', 'sarif']).stdout) as { runs: Array<{ results: Array<{ partialFingerprints: Record<string, string> }> }> };
    assert.equal(issues.length, 1);
    assert.deepEqual(Object.keys(issues[0]!).sort(), ['check_name', 'description', 'fingerprint', 'location', 'severity']);
    assert.equal(issues[0]!.check_name, 'no-personal-data-in-logs');
    assert.equal(issues[0]!.severity, 'major');
    assert.deepEqual(issues[0]!.location, { path: 'src/a.ts', lines: { begin: 2, end: 2 } });
    assert.equal(issues[0]!.fingerprint, sarifLog.runs[0]!.results[0]!.partialFingerprints['privacyLint/v1']);
  });
});

describe('adoption: suppressions and fixes in the reports', () => {
  let validateSarif: ValidateFunction;
  before(() => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    validateSarif = ajv.compile(JSON.parse(fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'sarif-2.1.0.schema.json'), 'utf8')) as object);
  });

  const source = [
    'export function greet(user: { id: string; email: string }): void {',
    '  console.log(user.email);',
    '  // privacy-lint-disable-next-line no-personal-data-in-logs -- audit log, restricted bucket',
    '  console.warn(user.email);',
    '}',
    '',
  ].join('\n');

  it('SARIF keeps suppressed findings with their justification and carries the suggestions\' edits as fixes', () => {
    const dir = project({ 'src/a.ts': source });
    const run = cli(dir, ['-f', 'sarif']);
    assert.equal(run.status, 1);
    const log = JSON.parse(run.stdout) as { runs: Array<{ results: Array<Record<string, any>> }> };
    assert.ok(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2));
    const [reported, suppressed] = log.runs[0]!.results;
    assert.equal(reported!.suppressions, undefined);
    assert.equal(reported!.locations[0].physicalLocation.region.startLine, 2);
    assert.deepEqual(suppressed!.suppressions, [{ kind: 'inSource', justification: 'audit log, restricted bucket' }]);
    assert.equal(suppressed!.locations[0].physicalLocation.region.startLine, 4);
    const fix = reported!.fixes[0];
    assert.match(fix.description.text, /^Mask `user.email`/);
    const replacement = fix.artifactChanges[0].replacements[0];
    assert.equal(fix.artifactChanges[0].artifactLocation.uri, 'src/a.ts');
    assert.deepEqual(
      { ...replacement.deletedRegion, text: replacement.insertedContent.text },
      { startLine: 2, startColumn: 15, endLine: 2, endColumn: 25, charOffset: source.indexOf('user.email'), charLength: 10, text: 'mask(user.email)' },
    );
    // Suppressed findings are data, not problems: the stylish report neither shows nor counts them.
    const stylish = cli(dir, []);
    assert.match(stylish.stdout, /1 problem \(1 error/);
    assert.doesNotMatch(stylish.stdout, /^\s+4:/m);
  });

  it('the JSON report lists suppressed messages and gives each suggestion its edit, which applies cleanly', () => {
    const dir = project({ 'src/a.ts': source, 'privacy-lint.json': '{ "fixes": { "maskFunction": { "name": "mask", "import": "@corezo/privacy" } } }' });
    const [result] = JSON.parse(cli(dir, ['-f', 'json']).stdout) as JsonResult[];
    assert.deepEqual(result!.suppressedMessages.map((m) => [m.line, m.suppressions]), [[4, [{ kind: 'directive', justification: 'audit log, restricted bucket' }]]]);
    const mask = result!.messages[0]!.suggestions!.find((s) => s.kind === 'mask')!;
    assert.ok(mask.fix, 'the mask suggestion carries its edit');
    const fixed = source.slice(0, mask.fix.range[0]) + mask.fix.text + source.slice(mask.fix.range[1]);
    assert.match(fixed, /^import \{ mask \} from '@corezo\/privacy';\n/);
    assert.match(fixed, /console\.log\(mask\(user\.email\)\);/);
    fs.writeFileSync(path.join(dir, 'src/a.ts'), fixed);
    const after = JSON.parse(cli(dir, ['-f', 'json']).stdout) as JsonResult[];
    assert.deepEqual(after[0]!.messages, [], 'the fixed file is clean');
  });
});

describe('adoption: --stdin and --changed-since', () => {
  it('lints standard input as the named file, with that file\'s config', () => {
    const dir = project({ 'src/a.ts': 'export const a = 1;\n', 'privacy-lint.json': '{ "rules": { "no-personal-data-in-logs": "warn" } }' });
    let run = cli(dir, ['--stdin', '--stdin-filename', 'src/a.ts', '-f', 'json'], LOGS_EMAIL);
    assert.equal(run.status, 0, 'a warning by the config found from src/a.ts');
    const [result] = JSON.parse(run.stdout) as Array<JsonResult & { warningCount: number }>;
    assert.equal(result!.filePath, path.join(dir, 'src', 'a.ts'));
    assert.equal(result!.warningCount, 1);
    run = cli(dir, ['--stdin', '--stdin-filename', 'src/a.test.ts'], LOGS_EMAIL);
    assert.equal(run.status, 0, 'test code by its name');
    run = cli(dir, ['--stdin', '--stdin-filename', 'README.md'], LOGS_EMAIL);
    assert.equal(run.status, 0);
    assert.match(run.stderr, /standard input not linted: README.md is not a JavaScript or TypeScript source file/);
    assert.equal(cli(dir, ['--stdin'], LOGS_EMAIL).status, 2);
    assert.equal(cli(dir, ['--stdin', '--stdin-filename', 'a.ts', 'src'], LOGS_EMAIL).status, 2);
  });

  it('--changed-since reports only files changed since the ref (and untracked ones), analysing the whole project', () => {
    const dir = project({
      'src/old.ts': LOGS_EMAIL,
      'src/telemetry.ts': 'function audit(value: unknown) {\n  console.log(value);\n}\nexport function track(v: unknown) {\n  audit(v);\n}\n',
      'src/caller.ts': "import { track } from './telemetry';\nexport function go(c: { id: string }): void {\n  track(c.id);\n}\n",
    });
    const git = (...args: string[]) => {
      const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
      assert.equal(r.status, 0, r.stderr);
    };
    assert.equal(cli(dir, ['--changed-since', 'main']).status, 2, 'not a git repository');
    assert.match(cli(dir, ['--changed-since', 'main']).stderr, /--changed-since needs a git repository/);
    assert.match(cli(dir, ['--changed-since', 'main', '--locale', 'ja']).stderr, /git リポジトリが必要です/);
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    git('checkout', '-q', '-b', 'feature');
    // Changed: the caller now hands an e-mail address to a helper that logs it in an unchanged file.
    fs.writeFileSync(path.join(dir, 'src/caller.ts'), "import { track } from './telemetry';\nexport function go(c: { email: string }): void {\n  track(c.email);\n}\n");
    fs.writeFileSync(path.join(dir, 'src/new.ts'), LOGS_EMAIL); // untracked
    const { run, byFile } = jsonRun(dir, ['--changed-since', 'main']);
    assert.equal(run.status, 1);
    assert.deepEqual([...byFile.keys()].sort(), ['src/caller.ts', 'src/new.ts'], 'src/old.ts has a finding but did not change');
    assert.deepEqual(byFile.get('src/caller.ts'), ['3:no-personal-data-in-logs'], 'found through the unchanged helper');
    git('add', 'src/new.ts');
    git('commit', '-q', '-am', 'feature');
    assert.deepEqual([...jsonRun(dir, ['--changed-since', 'main']).byFile.keys()].sort(), ['src/caller.ts', 'src/new.ts'], 'committed changes too');
    const unknown = cli(dir, ['--changed-since', 'nope']);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown git ref 'nope'/);
  });
});
