/**
 * `--cache`: the last run's results are reused only when nothing that decides them changed — the linted files, the
 * files they import from outside the linted paths, the TypeScript project, configs, options, packages. Flows cross
 * files, so any change lints the whole run again.
 *
 * A cache hit is told apart from a fresh lint by a marker: the test rewrites a message inside the cache file (key and
 * inputs untouched); a run that prints the marker took its results from the cache.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tempDir } from './helpers/temp';

const bin = path.join(path.resolve(__dirname, '..', '..'), 'cli', 'bin', 'privacy-lint.js');
const MARKER = 'FROM-THE-CACHE';

function cli(dir: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir, env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C' }, encoding: 'utf8', timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function project(files: Record<string, string>): string {
  const dir = tempDir('privacy-lint-cache-');
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** Replaces every English message in the cache file by the marker (the key and inputs stay valid). */
function markCache(file: string): void {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { results: Array<{ findings: Array<{ message: { en: string } }> }> };
  let marked = 0;
  for (const result of data.results) for (const finding of result.findings) { finding.message.en = MARKER; marked++; }
  assert.ok(marked > 0, 'the cached run has findings to mark');
  fs.writeFileSync(file, JSON.stringify(data));
}

const fromCache = (run: { stdout: string }): boolean => run.stdout.includes(MARKER);

/** `app.ts` hands an e-mail address to a helper in another file that logs it: the finding is at the call in app.ts. */
const CROSS_FILE = {
  'src/app.ts': "import { audit } from './audit';\nexport function signUp(user: { id: string; email: string }) {\n  audit(user.email);\n}\n",
  'src/audit.ts': 'export function audit(value: string) {\n  console.log(value);\n}\n',
};

describe('--cache', function () {
  this.timeout(120_000);

  it('reuses the results when nothing changed, and writes them atomically at .privacy-lint-cache', () => {
    const dir = project(CROSS_FILE);
    const cold = cli(dir, ['--cache']);
    assert.equal(cold.status, 1);
    assert.equal(cold.stderr, '');
    const cacheFile = path.join(dir, '.privacy-lint-cache');
    assert.ok(fs.existsSync(cacheFile));
    assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
    const warm = cli(dir, ['--cache']);
    assert.deepEqual(warm, cold, 'the same report from the cache');
    markCache(cacheFile);
    assert.ok(fromCache(cli(dir, ['--cache'])), 'the second run took the cached results');
    assert.ok(!fromCache(cli(dir, [])), 'without --cache the cache is not read');
  });

  it('lints the whole run again when a file another file imports changes (flows cross files)', () => {
    const dir = project(CROSS_FILE);
    cli(dir, ['--cache']);
    markCache(path.join(dir, '.privacy-lint-cache'));
    // The helper stops logging: the finding in app.ts, whose text did not change, must go.
    fs.writeFileSync(path.join(dir, 'src/audit.ts'), 'export function audit(value: string) {\n  return value.length;\n}\n');
    const run = cli(dir, ['--cache', '-f', 'json']);
    assert.ok(!fromCache(run));
    assert.deepEqual((JSON.parse(run.stdout) as Array<{ messages: unknown[] }>).map((r) => r.messages.length), [0, 0]);
  });

  it('is invalidated by a file imported from outside the linted paths', () => {
    const dir = project(CROSS_FILE);
    cli(dir, ['--cache', 'src/app.ts']);
    markCache(path.join(dir, '.privacy-lint-cache'));
    assert.ok(fromCache(cli(dir, ['--cache', 'src/app.ts'])));
    fs.appendFileSync(path.join(dir, 'src/audit.ts'), '// changed\n');
    assert.ok(!fromCache(cli(dir, ['--cache', 'src/app.ts'])));
  });

  it('is invalidated by the config, the options, the TypeScript project and the lockfile', () => {
    const dir = project({ ...CROSS_FILE, 'tsconfig.json': '{ "include": ["src", "types"] }\n', 'types/extra.d.ts': 'declare const x: number;\n', 'package-lock.json': '{}\n' });
    const cacheFile = path.join(dir, '.privacy-lint-cache');
    const changes: Array<[string, () => string[]]> = [
      ['privacy-lint.json', () => { fs.writeFileSync(path.join(dir, 'privacy-lint.json'), '{ "extends": "strict" }\n'); return []; }],
      ['--no-type-info', () => ['--no-type-info']],
      ['--include-tests', () => ['--include-tests']],
      ['a declaration file of the project', () => { fs.appendFileSync(path.join(dir, 'types/extra.d.ts'), 'declare const y: number;\n'); return []; }],
      ['tsconfig.json', () => { fs.writeFileSync(path.join(dir, 'tsconfig.json'), '{ "include": ["src", "types"], "compilerOptions": { "strict": true } }\n'); return []; }],
      ['package-lock.json', () => { fs.writeFileSync(path.join(dir, 'package-lock.json'), '{ "lockfileVersion": 3 }\n'); return []; }],
    ];
    for (const [what, change] of changes) {
      cli(dir, ['--cache']);
      markCache(cacheFile);
      assert.ok(fromCache(cli(dir, ['--cache'])), `hit before changing ${what}`);
      const args = change();
      assert.ok(!fromCache(cli(dir, ['--cache', ...args])), `a change of ${what} invalidates the cache`);
    }
  });

  it('ignores a corrupt cache with a warning and replaces it', () => {
    const dir = project(CROSS_FILE);
    const cacheFile = path.join(dir, '.privacy-lint-cache');
    const expected = cli(dir, []);
    for (const corrupt of ['{"format":1,"key":', '{"format":999,"key":"x","inputs":{},"results":[]}']) {
      fs.writeFileSync(cacheFile, corrupt);
      const run = cli(dir, ['--cache']);
      assert.match(run.stderr, /^privacy-lint: ignoring the cache \.privacy-lint-cache: .*; it will be rewritten\n$/);
      assert.equal(run.stdout, expected.stdout);
      assert.equal(run.status, expected.status);
      assert.equal((JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as { format: number }).format, 1);
    }
  });

  it('--cache-location names the file, or a folder to put it in', () => {
    const dir = project(CROSS_FILE);
    fs.mkdirSync(path.join(dir, 'tmp'));
    cli(dir, ['--cache', '--cache-location', 'tmp']);
    assert.ok(fs.existsSync(path.join(dir, 'tmp', '.privacy-lint-cache')));
    cli(dir, ['--cache', '--cache-location', 'caches/']);
    assert.ok(fs.existsSync(path.join(dir, 'caches', '.privacy-lint-cache')));
    cli(dir, ['--cache', '--cache-location', 'my.cache']);
    assert.ok(fs.existsSync(path.join(dir, 'my.cache')));
    assert.ok(!fs.existsSync(path.join(dir, '.privacy-lint-cache')));
    markCache(path.join(dir, 'my.cache'));
    assert.ok(fromCache(cli(dir, ['--cache', '--cache-location', 'my.cache'])));
  });

  it('after --fix, caches the files as written', () => {
    const dir = project({ 'a.ts': "// privacy-lint-disable-next-line no-personal-data-in-logs -- legacy\nconsole.log('hello');\n" });
    assert.equal(cli(dir, ['--cache', '--fix']).stderr, 'privacy-lint: fixed 1 problem in 1 file.\n');
    assert.equal(fs.readFileSync(path.join(dir, 'a.ts'), 'utf8'), "console.log('hello');\n");
    // Clean now, and the cache says so for the fixed text (a hit prints the same empty report).
    const data = JSON.parse(fs.readFileSync(path.join(dir, '.privacy-lint-cache'), 'utf8')) as { results: Array<{ findings: unknown[] }> };
    assert.deepEqual(data.results.map((r) => r.findings.length), [0]);
    assert.deepEqual(cli(dir, ['--cache']), { status: 0, stdout: '', stderr: '' });
  });

  it('rejects --cache-location without --cache, and --cache with --stdin', () => {
    const dir = project({});
    assert.equal(cli(dir, ['--cache-location', 'x']).status, 2);
    assert.equal(cli(dir, ['--cache', '--stdin', '--stdin-filename', 'a.ts']).status, 2);
  });
});
