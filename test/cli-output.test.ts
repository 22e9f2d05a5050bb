/**
 * Where the CLI's report goes: `-o` into device files, FIFOs and through symbolic links without ever replacing
 * them, and stdout closed early by its reader (`privacy-lint | head`). The CLI runs as a child process, as users
 * run it; every special file is made in a temporary folder (never the machine's own /dev).
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..');
const bin = path.join(repoRoot, 'cli', 'bin', 'privacy-lint.js');
const env = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C' };
const LEAK = 'declare const c: { email: string };\nconsole.log(c.email);\n';

/** A project of `count` files with a finding each, in a new temporary folder. */
function project(dir: string, count = 1): string {
  const src = path.join(dir, 'project');
  fs.mkdirSync(src, { recursive: true });
  for (let i = 0; i < count; i++) fs.writeFileSync(path.join(src, `file${i}.ts`), LEAK);
  return src;
}

function cli(cwd: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [bin, '--no-type-info', ...args], { cwd, env, encoding: 'utf8', timeout: 60_000 });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Resolves with a child's exit code and output. */
function finished(child: ChildProcess): Promise<{ status: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => { stdout += d.toString(); });
  child.stderr?.on('data', (d: Buffer) => { stderr += d.toString(); });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/**
 * A character device like /dev/null: made with mknod in `dir` as root (the suite's usual case), else the
 * machine's own /dev/null, which a non-root run cannot replace anyway.
 */
function charDevice(dir: string): string {
  if (process.getuid?.() !== 0) return '/dev/null';
  const device = path.join(dir, 'null');
  assert.equal(spawnSync('mknod', [device, 'c', '1', '3']).status, 0);
  return device;
}

describe('CLI output', () => {
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lint-output-')); });
  afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

  it('writes into a character device and leaves it a device (-o /dev/null)', () => {
    const device = charDevice(dir);
    const before = fs.lstatSync(device);
    const run = cli(project(dir), ['-o', device]);
    assert.deepEqual(run, { status: 1, stdout: '', stderr: '' });
    const after = fs.lstatSync(device);
    assert.ok(after.isCharacterDevice(), 'the device node was replaced');
    assert.equal(after.rdev, before.rdev);
    assert.equal(after.ino, before.ino);
    assert.ok(!fs.readdirSync(path.dirname(device)).some((name) => name.endsWith('.tmp')), 'a temporary file was left');
  });

  it('writes into a FIFO for its reader and leaves it a FIFO', async () => {
    const fifo = path.join(dir, 'report.fifo');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
    const reader = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'pipe'] });
    const writer = spawn(process.execPath, [bin, '--no-type-info', '-f', 'json', '-o', fifo], { cwd: project(dir), env });
    try {
      const [read, wrote] = await Promise.all([finished(reader), finished(writer)]);
      assert.deepEqual(wrote, { status: 1, stdout: '', stderr: '' });
      const report = JSON.parse(read.stdout) as Array<{ filePath: string; errorCount: number }>;
      assert.deepEqual(report.map((r) => [path.basename(r.filePath), r.errorCount]), [['file0.ts', 1]]);
      assert.ok(fs.lstatSync(fifo).isFIFO(), 'the FIFO was replaced');
    } finally {
      reader.kill();
      writer.kill();
    }
  });

  it('follows a symbolic link to a regular file: the target gets the report, the link stays a link', () => {
    const target = path.join(dir, 'reports', 'privacy.txt');
    fs.mkdirSync(path.dirname(target));
    fs.writeFileSync(target, 'old report\n');
    const link = path.join(dir, 'latest.txt');
    fs.symlinkSync(path.join('reports', 'privacy.txt'), link);
    const run = cli(project(dir), ['-o', link]);
    assert.equal(run.status, 1);
    assert.ok(fs.lstatSync(link).isSymbolicLink(), 'the link was replaced by a file');
    assert.equal(fs.readlinkSync(link), path.join('reports', 'privacy.txt'));
    assert.match(fs.readFileSync(target, 'utf8'), /file0\.ts\n {2}2:13 {2}error /);
    // Written atomically next to the target: no temporary file left in either folder.
    assert.deepEqual(fs.readdirSync(path.dirname(target)), ['privacy.txt']);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['latest.txt', 'project', 'reports']);
  });

  it('creates the missing target of a dangling link and keeps the link', () => {
    const link = path.join(dir, 'latest.json');
    fs.symlinkSync('new.json', link);
    assert.equal(cli(project(dir), ['-f', 'json', '-o', link]).status, 1);
    assert.ok(fs.lstatSync(link).isSymbolicLink());
    assert.equal((JSON.parse(fs.readFileSync(path.join(dir, 'new.json'), 'utf8')) as unknown[]).length, 1);
  });

  it('writes through a link to a device without replacing the link or the device', () => {
    const device = charDevice(dir);
    const link = path.join(dir, 'out');
    fs.symlinkSync(device, link);
    assert.deepEqual(cli(project(dir), ['-o', link]), { status: 1, stdout: '', stderr: '' });
    assert.ok(fs.lstatSync(link).isSymbolicLink());
    assert.ok(fs.lstatSync(device).isCharacterDevice());
  });

  it('writes through a link to /proc/self/fd/1 into the pipe it names (-o /dev/stdout)', () => {
    const link = path.join(dir, 'stdout');
    fs.symlinkSync('/proc/self/fd/1', link);
    const run = cli(project(dir), ['-o', link]);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /file0\.ts\n {2}2:13 {2}error /);
    assert.ok(fs.lstatSync(link).isSymbolicLink(), 'the link was replaced by a file');
  });

  it('ends quietly when the reader of stdout closes the pipe early (privacy-lint | head)', async () => {
    // A real pipe (Node's own child pipes are sockets), as a shell makes it: a FIFO whose reader, like `head -c 100`,
    // stops after a few bytes. The report is far larger than a pipe's buffer, so the CLI is still writing then.
    const fifo = path.join(dir, 'pipe');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
    const cwd = project(dir, 400);
    const reader = spawn('head', ['-c', '100', fifo], { stdio: ['ignore', 'pipe', 'pipe'] });
    const fd = fs.openSync(fifo, 'w'); // returns once the reader has opened its end
    let cli: ChildProcess | undefined;
    try {
      cli = spawn(process.execPath, [bin, '--no-type-info', '.'], { cwd, env, stdio: ['ignore', fd, 'pipe'] });
      fs.closeSync(fd);
      const [read, run] = await Promise.all([finished(reader), finished(cli)]);
      assert.equal(read.stdout.length, 100);
      assert.equal(run.stderr, '');
      // The findings decide the exit code, as when the whole report is read.
      assert.equal(run.status, 1);
    } finally {
      reader.kill();
      cli?.kill();
    }
  });
});
