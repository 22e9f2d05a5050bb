/**
 * Special files never hang the CLI or fill its memory: a FIFO or device named on the command line, found in a
 * folder, given as `--config`, or reached through a tsconfig's `extends` or `files` is never read. Each run has a
 * time limit, so a regression fails the test instead of hanging the suite. Devices are made with mknod in a
 * temporary folder (the suite runs as root), never the machine's own.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..');
const bin = path.join(repoRoot, 'cli', 'bin', 'privacy-lint.js');
const LEAK = 'declare const c: { email: string };\nconsole.log(c.email);\n';

interface JsonResult { filePath: string; messages: Array<{ ruleId: string; message: string }> }

function cli(cwd: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C' }, encoding: 'utf8', timeout: 15_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  assert.equal(run.error, undefined, 'the CLI did not finish in time (it read a special file?)');
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** `file: ruleId message` per finding of a JSON report, paths relative to `dir`. */
function findings(dir: string, stdout: string): string[] {
  return (JSON.parse(stdout) as JsonResult[]).flatMap((r) =>
    r.messages.map((m) => `${path.relative(dir, r.filePath)}: ${m.ruleId} ${m.message}`));
}

const LOGGED = 'good.ts: no-personal-data-in-logs Personal data written to a log by `console.log`: `c.email` is contact data. Logs must not contain personal data (policy §4(1)); log an id or mask the value.';
const NOT_REGULAR = 'parse-error File skipped: it is not a regular file (a FIFO, device or socket).';

function mknod(file: string, major: number, minor: number): void {
  assert.equal(spawnSync('mknod', [file, 'c', String(major), String(minor)]).status, 0, 'mknod (needs root)');
}

describe('CLI input: special files', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lint-input-'));
    fs.writeFileSync(path.join(dir, 'good.ts'), LEAK);
  });
  afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

  it('reports a FIFO and a /dev/zero named like source files in a folder, without reading them', () => {
    assert.equal(spawnSync('mkfifo', [path.join(dir, 'pipe.ts')]).status, 0);
    mknod(path.join(dir, 'zero.js'), 1, 5);
    const run = cli(dir, ['--no-type-info', '-f', 'json', '.']);
    assert.equal(run.status, 1);
    assert.deepEqual(findings(dir, run.stdout), [LOGGED, `pipe.ts: ${NOT_REGULAR}`, `zero.js: ${NOT_REGULAR}`]);
  });

  it('reports a FIFO, a device and /dev/stdin named on the command line', () => {
    assert.equal(spawnSync('mkfifo', [path.join(dir, 'pipe')]).status, 0);
    mknod(path.join(dir, 'zero'), 1, 5);
    fs.symlinkSync('/proc/self/fd/0', path.join(dir, 'stdin')); // what /dev/stdin is
    const run = cli(dir, ['--no-type-info', '-f', 'json', 'good.ts', 'pipe', 'zero', 'stdin']);
    assert.equal(run.status, 1);
    assert.deepEqual(findings(dir, run.stdout), [LOGGED, `pipe: ${NOT_REGULAR}`, `stdin: ${NOT_REGULAR}`, `zero: ${NOT_REGULAR}`]);
  });

  it('--stdin reads at most the size limit: endless input (/dev/zero) is refused as too large, not read to the end', () => {
    mknod(path.join(dir, 'zero'), 1, 5);
    const fd = fs.openSync(path.join(dir, 'zero'), 'r');
    try {
      const run = spawnSync(process.execPath, [bin, '--no-type-info', '--stdin', '--stdin-filename', 'input.ts'], {
        cwd: dir, env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C' }, encoding: 'utf8', timeout: 15_000,
        stdio: [fd, 'pipe', 'pipe'],
      });
      assert.equal(run.error, undefined, 'the CLI did not finish in time (it read standard input to its end?)');
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, /standard input: .*larger than 4 MiB/);
    } finally {
      fs.closeSync(fd);
    }
  });

  it('stops with exit 2 naming the file when --config is a FIFO or a device', () => {
    assert.equal(spawnSync('mkfifo', [path.join(dir, 'config.json')]).status, 0);
    mknod(path.join(dir, 'zero.json'), 1, 5);
    for (const config of ['config.json', 'zero.json']) {
      const run = cli(dir, ['--no-type-info', '--config', config, 'good.ts']);
      assert.deepEqual(run, { status: 2, stdout: '',
        stderr: `${config}:1:1: cannot read the config file: it is not a regular file (a FIFO, device or socket)\n` });
    }
    // /dev/stdin (a link to /proc/self/fd/0) when standard input is a pipe: the link's target has no path to
    // resolve ("pipe:[…]"), which is no reason to say the file does not exist.
    fs.symlinkSync('/proc/self/fd/0', path.join(dir, 'stdin.json'));
    const run = spawnSync(process.execPath, [bin, '--no-type-info', '--config', 'stdin.json', 'good.ts'], {
      cwd: dir, env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C' }, encoding: 'utf8', timeout: 15_000,
      input: '{ "rules": {} }',
    });
    assert.equal(run.error, undefined, 'the CLI did not finish in time (it read standard input?)');
    assert.deepEqual({ status: run.status, stdout: run.stdout, stderr: run.stderr }, { status: 2, stdout: '',
      stderr: 'stdin.json:1:1: cannot read the config file: it is not a regular file (a FIFO, device or socket)\n' });
  });

  it('never reads a FIFO or device that a tsconfig names in extends or files, or a tsconfig.json that is one', function () {
    this.timeout(60_000); // four runs with types
    const project = (name: string, tsconfig: string | undefined, special: Record<string, 'fifo' | 'zero'>): string => {
      const root = path.join(dir, name);
      fs.mkdirSync(root);
      fs.writeFileSync(path.join(root, 'good.ts'), LEAK);
      if (tsconfig !== undefined) fs.writeFileSync(path.join(root, 'tsconfig.json'), tsconfig);
      for (const [file, kind] of Object.entries(special)) {
        if (kind === 'fifo') assert.equal(spawnSync('mkfifo', [path.join(root, file)]).status, 0);
        else mknod(path.join(root, file), 1, 5);
      }
      return root;
    };
    const roots = [
      project('extends-fifo', '{ "extends": "./base.json" }', { 'base.json': 'fifo' }),
      project('extends-zero', '{ "extends": "./base.json" }', { 'base.json': 'zero' }),
      project('files-fifo', '{ "files": ["good.ts", "types.d.ts"] }', { 'types.d.ts': 'fifo' }),
      project('tsconfig-fifo', undefined, { 'tsconfig.json': 'fifo' }),
    ];
    for (const root of roots) {
      const run = cli(root, ['-f', 'json', '.']);
      assert.equal(run.status, 1, root);
      assert.deepEqual(findings(root, run.stdout), [LOGGED], root);
    }
  });

  it('reports a source file whose name is not valid UTF-8 and lints the others', () => {
    fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/a`), Buffer.from([0xff]), Buffer.from('.ts')]), LEAK);
    const run = cli(dir, ['--no-type-info', '-f', 'json', '.']);
    assert.equal(run.status, 1);
    assert.deepEqual(findings(dir, run.stdout), [
      'a\\xFF.ts: parse-error File skipped: its name is not valid UTF-8 (invalid bytes shown as \\xNN). Rename it.',
      LOGGED,
    ]);
  });
});
