/**
 * `--fix` and `--fix-dry-run`: only the rules' fixes (never the suggestions) are applied, without overlapping edits,
 * in repeated passes; files are written atomically, only regular UTF-8 files inside the folders being linted.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '@privacy-lint/engine';
import { applyFixes, fixableFile, fixRoots, FixWriteError, writeFixedFile } from 'privacy-lint/dist/fix';
import { tempDir } from './helpers/temp';

const repoRoot = path.resolve(__dirname, '..', '..');
const bin = path.join(repoRoot, 'cli', 'bin', 'privacy-lint.js');

function cli(dir: string, args: string[], input = ''): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C' },
    encoding: 'utf8',
    input,
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function project(files: Record<string, string | Buffer>): string {
  const dir = tempDir('privacy-lint-fix-');
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const LOG_EMAIL = 'export function greet(user: { id: string; email: string }): void {\n  console.log(user.email);\n}\n';
/** An unused suppression above a line that logs nothing personal, then a real finding (a suggestion only). */
const UNUSED = [
  'export function greet(user: { id: string; email: string }): void {',
  '  // privacy-lint-disable-next-line no-personal-data-in-logs -- legacy',
  "  console.log('hello');",
  '  console.log(user.email);',
  '}',
  '',
].join('\n');
const UNUSED_FIXED = UNUSED.replace('  // privacy-lint-disable-next-line no-personal-data-in-logs -- legacy\n', '');

interface JsonResult {
  filePath: string;
  output?: string;
  fixableErrorCount: number;
  fixableWarningCount: number;
  messages: Array<{ ruleId: string; line: number; fix?: { range: [number, number]; text: string }; suggestions?: Array<{ kind: string }> }>;
}

function finding(start: number, end: number, text: string, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'unused-suppression', messageId: 'unused', message: { en: 'x', ja: 'x' }, severity: 'warning', file: '/p/a.ts',
    range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, startOffset: start, endOffset: end,
    fix: { kind: 'remove-unused-suppression', title: { en: 't', ja: 't' }, edits: [{ file: '/p/a.ts', start, end, text }] },
    ...extra,
  };
}

describe('--fix: applying fixes', () => {
  it('applies non-overlapping fixes in one pass and leaves overlapping or touching ones for the next', () => {
    const text = 'abcdefghij';
    const pass = applyFixes(text, [finding(6, 8, 'X'), finding(0, 2, ''), finding(1, 3, 'Y'), finding(2, 4, 'Z')]);
    // [0,2) applied; [1,3) overlaps it and [2,4) touches it (ESLint skips both); [6,8) applied.
    assert.deepEqual(pass, { output: 'cdefXij', fixed: 2 });
  });

  it('never applies suggestions, nor a fix that edits privacy-lint.json or another file', () => {
    const text = 'console.log(a);';
    const suggestionOnly = { ...finding(0, 0, ''), fix: undefined, suggestions: [{ kind: 'mask', title: { en: 'm', ja: 'm' }, edits: [{ file: '/p/a.ts', start: 12, end: 13, text: 'mask(a)' }] }] };
    const configFix = finding(0, 7, '');
    configFix.fix!.configEdit = { file: '/p/privacy-lint.json', path: ['transfers', 'internalHosts'], value: 'x' };
    const otherFile = finding(0, 7, '');
    otherFile.fix!.edits[0]!.file = '/p/b.ts';
    assert.deepEqual(applyFixes(text, [suggestionOnly, configFix, otherFile]), { output: text, fixed: 0 });
  });

  it('writes atomically, keeps the mode, follows a link inside the project and refuses one that leads out', () => {
    const dir = project({ 'a.ts': 'old\n', 'outside/b.ts': 'old\n' });
    const inner = path.join(dir, 'project');
    fs.mkdirSync(inner);
    fs.renameSync(path.join(dir, 'a.ts'), path.join(inner, 'a.ts'));
    fs.chmodSync(path.join(inner, 'a.ts'), 0o640);
    fs.symlinkSync('a.ts', path.join(inner, 'link.ts'));
    fs.symlinkSync(path.join(dir, 'outside', 'b.ts'), path.join(inner, 'out.ts'));
    const roots = fixRoots(inner, ['.']);

    const link = fixableFile(path.join(inner, 'link.ts'), 'old\n', roots);
    assert.ok(!('reason' in link));
    writeFixedFile(path.join(inner, 'link.ts'), link, 'new\n', roots);
    assert.ok(fs.lstatSync(path.join(inner, 'link.ts')).isSymbolicLink(), 'the link stays a link');
    assert.equal(fs.readFileSync(path.join(inner, 'a.ts'), 'utf8'), 'new\n');
    assert.equal(fs.statSync(path.join(inner, 'a.ts')).mode & 0o777, 0o640);
    assert.deepEqual(fs.readdirSync(inner).sort(), ['a.ts', 'link.ts', 'out.ts'], 'no temporary file left');

    assert.deepEqual(fixableFile(path.join(inner, 'out.ts'), 'old\n', roots), { reason: 'outside' });
    const bytes = { bytes: Buffer.from('old\n'), bom: false };
    assert.throws(() => writeFixedFile(path.join(inner, 'out.ts'), bytes, 'new\n', roots), (e: FixWriteError) => e.reason === 'outside');
    assert.equal(fs.readFileSync(path.join(dir, 'outside', 'b.ts'), 'utf8'), 'old\n');
  });

  it('does not write a file that changed after it was linted', () => {
    const dir = project({ 'a.ts': 'old\n' });
    const roots = fixRoots(dir, ['.']);
    const read = fixableFile(path.join(dir, 'a.ts'), 'old\n', roots);
    assert.ok(!('reason' in read));
    fs.writeFileSync(path.join(dir, 'a.ts'), 'edited meanwhile\n');
    assert.throws(() => writeFixedFile(path.join(dir, 'a.ts'), read, 'new\n', roots), (e: FixWriteError) => e.reason === 'changed');
    assert.equal(fs.readFileSync(path.join(dir, 'a.ts'), 'utf8'), 'edited meanwhile\n');
  });

  it('reads a Shift_JIS file for linting but does not fix it', () => {
    // 「顧客」 in Shift_JIS inside a comment: not UTF-8.
    const dir = project({ 'a.ts': Buffer.concat([Buffer.from('// '), Buffer.from([0x8c, 0xda, 0x8b, 0x71]), Buffer.from('\n')]) });
    assert.deepEqual(fixableFile(path.join(dir, 'a.ts'), '// 顧客\n', fixRoots(dir, ['.'])), { reason: 'encoding' });
  });
});

describe('--fix and --fix-dry-run from the command line', function () {
  this.timeout(120_000);

  it('--fix removes an unused suppression, leaves the suggestion alone and reports what remains', () => {
    const dir = project({ 'src/a.ts': UNUSED, 'src/b.ts': LOG_EMAIL });
    fs.chmodSync(path.join(dir, 'src/a.ts'), 0o600);
    const before = cli(dir, ['-f', 'json']);
    const [a] = (JSON.parse(before.stdout) as JsonResult[]).filter((r) => r.filePath.endsWith('a.ts'));
    assert.deepEqual(a!.messages.map((m) => `${m.line}:${m.ruleId}:${m.fix ? 'fix' : '-'}`), ['2:unused-suppression:fix', '4:no-personal-data-in-logs:-']);
    assert.equal(a!.fixableWarningCount, 1);
    assert.match(cli(dir, []).stdout, /0 errors and 1 warning potentially fixable with the `--fix` option\./);

    const run = cli(dir, ['--fix', '-f', 'json']);
    assert.equal(run.status, 1, run.stderr);
    assert.equal(run.stderr, 'privacy-lint: fixed 1 problem in 1 file.\n');
    assert.equal(fs.readFileSync(path.join(dir, 'src/a.ts'), 'utf8'), UNUSED_FIXED);
    assert.equal(fs.readFileSync(path.join(dir, 'src/b.ts'), 'utf8'), LOG_EMAIL, 'a suggestion is never applied');
    assert.equal(fs.statSync(path.join(dir, 'src/a.ts')).mode & 0o777, 0o600);
    const after = JSON.parse(run.stdout) as JsonResult[];
    assert.deepEqual(after.map((r) => [path.basename(r.filePath), r.messages.map((m) => `${m.line}:${m.ruleId}`), r.output !== undefined]), [
      ['a.ts', ['3:no-personal-data-in-logs'], true],
      ['b.ts', ['2:no-personal-data-in-logs'], false],
    ]);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'src')).sort(), ['a.ts', 'b.ts']);
    // Nothing left to fix: a second run changes nothing.
    assert.equal(cli(dir, ['--fix']).stderr, 'privacy-lint: fixed 0 problems in 0 files.\n');
  });

  it('repeats passes until no fix applies (fixes that touch are applied one pass after the other)', () => {
    const text = [
      'export function greet(user: { id: string; email: string }): void {',
      '  // privacy-lint-disable-next-line no-my-number-transfer, no-sensitive-personal-data, no-personal-data-in-logs -- legacy',
      '  console.log(user.email);',
      '}',
      '',
    ].join('\n');
    const dir = project({ 'a.ts': text });
    const run = cli(dir, ['--fix']);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, 'privacy-lint: fixed 2 problems in 1 file.\n');
    assert.equal(fs.readFileSync(path.join(dir, 'a.ts'), 'utf8'),
      text.replace('no-my-number-transfer, no-sensitive-personal-data, ', ''));
  });

  it('--fix-dry-run writes nothing and puts the fixed text in the JSON report as "output"', () => {
    const crlf = `\uFEFF${UNUSED.replace(/\n/g, '\r\n')}`;
    const dir = project({ 'src/a.ts': crlf });
    const run = cli(dir, ['--fix-dry-run', '-f', 'json']);
    assert.equal(run.status, 1);
    assert.equal(run.stderr, 'privacy-lint: would fix 1 problem in 1 file (nothing written).\n');
    const [result] = JSON.parse(run.stdout) as JsonResult[];
    assert.equal(result!.output, UNUSED_FIXED.replace(/\n/g, '\r\n'), 'line endings kept; the output is the text as linted');
    assert.deepEqual(result!.messages.map((m) => m.ruleId), ['no-personal-data-in-logs']);
    assert.equal(fs.readFileSync(path.join(dir, 'src/a.ts'), 'utf8'), crlf);

    // --fix keeps the byte order mark and the line endings.
    cli(dir, ['--fix']);
    assert.equal(fs.readFileSync(path.join(dir, 'src/a.ts'), 'utf8'), `\uFEFF${UNUSED_FIXED.replace(/\n/g, '\r\n')}`);
  });

  it('--fix-dry-run --stdin fixes the text on standard input', () => {
    const dir = project({});
    const run = cli(dir, ['--fix-dry-run', '--stdin', '--stdin-filename', 'src/a.ts', '-f', 'json'], UNUSED);
    const [result] = JSON.parse(run.stdout) as JsonResult[];
    assert.equal(result!.output, UNUSED_FIXED);
    assert.deepEqual(fs.readdirSync(dir), []);
  });

  it('fixes only what is reported: not what a baseline accepted, not warnings under --quiet', () => {
    const dir = project({ 'a.ts': UNUSED });
    assert.equal(cli(dir, ['--write-baseline', 'baseline.json']).status, 0);
    assert.equal(cli(dir, ['--fix', '--baseline', 'baseline.json']).stderr.split('\n')[0], 'privacy-lint: fixed 0 problems in 0 files.');
    assert.equal(cli(dir, ['--fix', '--quiet']).stderr, 'privacy-lint: fixed 0 problems in 0 files.\n');
    assert.equal(fs.readFileSync(path.join(dir, 'a.ts'), 'utf8'), UNUSED);
  });

  it('does not fix a file reached through a link that leads out of the folders being linted', () => {
    const outside = project({ 'shared.ts': UNUSED });
    const dir = project({});
    fs.symlinkSync(path.join(outside, 'shared.ts'), path.join(dir, 'shared.ts'));
    const run = cli(dir, ['--fix', '-f', 'json']);
    assert.equal(run.stderr, 'privacy-lint: shared.ts not fixed: it leads (through a symbolic link) outside the folders being linted.\n'
      + 'privacy-lint: fixed 0 problems in 0 files.\n');
    assert.equal(fs.readFileSync(path.join(outside, 'shared.ts'), 'utf8'), UNUSED);
    const [result] = JSON.parse(run.stdout) as JsonResult[];
    assert.deepEqual(result!.messages.map((m) => m.ruleId), ['unused-suppression', 'no-personal-data-in-logs'], 'what was not fixed is still reported');
  });

  it('rejects options that cannot go with --fix', () => {
    const dir = project({});
    for (const [args, message] of [
      [['--fix', '--fix-dry-run'], '--fix and --fix-dry-run cannot be used together'],
      [['--fix', '--stdin', '--stdin-filename', 'a.ts'], '--fix cannot write standard input; use --fix-dry-run with -f json (the fixed text is its "output")'],
      [['--fix', '--no-type-info'], '--fix needs type information: a suppression that looks unused without types may be needed with them'],
      [['--fix-dry-run', '--write-baseline', 'b.json'], '--fix-dry-run cannot be used with --write-baseline (fix first, then record what remains)'],
    ] as const) {
      const run = cli(dir, [...args]);
      assert.equal(run.status, 2);
      assert.equal(run.stderr, `privacy-lint: ${message}\nRun 'privacy-lint --help' to see the options.\n`);
    }
  });
});
