/**
 * Where the CLI's report goes: `-o` into device files, FIFOs and through symbolic links without ever replacing
 * them, and stdout closed early by its reader (`privacy-lint | head`). The CLI runs as a child process, as users
 * run it; every special file is made in a temporary folder (never the machine's own /dev). And what the reports say
 * beyond the findings: each flow's path (JSON `paths`, SARIF `codeFlows`) and what the run could not see (the
 * stylish summary, JSON `blindSpots` and `json-with-metadata`, SARIF run properties and notifications).
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { tempDir } from './helpers/temp';

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

  it('ends quietly whatever it prints when the reader is gone before it writes (--help | true, --list-rules | head -1)', function () {
    this.timeout(120_000); // nineteen runs of the CLI, one after another
    // A pipe whose reader has already closed its end, as in `privacy-lint --help | true`: every write fails with
    // EPIPE, without racing the reader. Its read end is opened without waiting for a writer, then closed.
    const fifo = path.join(dir, 'closed-pipe');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
    const readEnd = fs.openSync(fifo, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    const writeEnd = fs.openSync(fifo, 'w');
    fs.closeSync(readEnd);
    const cwd = project(dir);
    try {
      const cases: Array<[args: string[], status: number]> = [
        [['--help'], 0], [['--version'], 0], [['--list-rules'], 0], [['--list-sinks'], 0],
        [['--print-config', 'file0.ts'], 0], [['init', '--help'], 0], [['report', '--help'], 0],
        [['report', '--no-type-info', '.'], 0], [['--no-type-info', '.'], 1],
      ];
      for (const [args, status] of cases) {
        const run = spawnSync(process.execPath, [bin, ...args], { cwd, env, encoding: 'utf8', timeout: 60_000, stdio: ['ignore', writeEnd, 'pipe'] });
        assert.deepEqual({ status: run.status, stderr: run.stderr }, { status, stderr: '' }, args.join(' '));
      }
      // stderr into the same closed pipe too (`2>&1 | true`): what it says is lost, the exit code is not (an
      // unhandled EPIPE would end the process with 1, its stack trace written nowhere).
      for (const [args, status] of [...cases, [['--no-such-option'], 2]] as Array<[string[], number]>) {
        const both = spawnSync(process.execPath, [bin, ...args], { cwd, env, encoding: 'utf8', timeout: 60_000, stdio: ['ignore', writeEnd, writeEnd] });
        assert.equal(both.status, status, `${args.join(' ')} 2>&1`);
      }
    } finally {
      fs.closeSync(writeEnd);
    }
  });
});

/** A device that reads as endless zeros, like /dev/zero (made with mknod in `dir` as root). */
function zeroDevice(dir: string): string {
  if (process.getuid?.() !== 0) return '/dev/zero';
  const device = path.join(dir, 'zero');
  assert.equal(spawnSync('mknod', [device, 'c', '1', '5']).status, 0);
  return device;
}

/** The CLI, stopped after 20 s: reading a FIFO nobody writes, or /dev/zero, would never end. */
function bounded(cwd: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [bin, '--no-type-info', ...args], { cwd, env, encoding: 'utf8', timeout: 20_000 });
  assert.equal(run.signal, null, `killed after 20 s (it hung): ${args.join(' ')}`);
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('CLI files besides the report: the baseline and the cache', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lint-files-')); });
  afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

  /** What is at `file` now: its kind and (for a device) its numbers, to see it was not replaced. */
  const kindOf = (file: string) => {
    const stat = fs.lstatSync(file);
    return { link: stat.isSymbolicLink(), fifo: stat.isFIFO(), device: stat.isCharacterDevice(), rdev: stat.rdev, ino: stat.ino };
  };
  const fifoIn = (name: string) => {
    const fifo = path.join(dir, name);
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
    return fifo;
  };
  const noTemporaries = () => assert.deepEqual(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp')), []);

  it('--baseline that is a FIFO or a device is refused with exit 2, without reading it', () => {
    const cwd = project(dir);
    for (const special of [fifoIn('baseline.fifo'), zeroDevice(dir)]) {
      const run = bounded(cwd, ['--baseline', special]);
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, /not a regular file/);
    }
  });

  it('--write-baseline never replaces a FIFO or a device, and writes through a link, which stays a link', () => {
    const cwd = project(dir);
    for (const special of [fifoIn('baseline.fifo'), zeroDevice(dir)]) {
      const before = kindOf(special);
      const run = bounded(cwd, ['--write-baseline', special]);
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, /not a regular file/);
      assert.deepEqual(kindOf(special), before, `${special} was replaced`);
    }
    fs.mkdirSync(path.join(dir, 'shared'));
    const link = path.join(dir, 'baseline.json');
    fs.symlinkSync(path.join('shared', 'privacy-baseline.json'), link);
    for (let i = 0; i < 2; i++) { // creating the link's target, then updating it
      assert.equal(bounded(cwd, ['--write-baseline', link]).status, 0);
      assert.ok(kindOf(link).link, 'the link was replaced by a file');
      assert.equal((JSON.parse(fs.readFileSync(path.join(dir, 'shared', 'privacy-baseline.json'), 'utf8')) as { findings: unknown[] }).findings.length, 1);
    }
    noTemporaries();
  });

  it('--cache-location never replaces a FIFO or a device (the run goes on and says so), and writes through a link', () => {
    const cwd = project(dir);
    for (const special of [fifoIn('cache.fifo'), zeroDevice(dir)]) {
      const before = kindOf(special);
      const run = bounded(cwd, ['--cache', '--cache-location', special]);
      assert.equal(run.status, 1, 'the findings decide the exit code');
      assert.match(run.stdout, /file0\.ts/);
      assert.match(run.stderr, /the cache .* is not a regular file/);
      assert.deepEqual(kindOf(special), before, `${special} was replaced`);
    }
    fs.mkdirSync(path.join(dir, 'caches'));
    const link = path.join(dir, 'cache-link');
    fs.symlinkSync(path.join('caches', 'privacy'), link);
    for (let i = 0; i < 2; i++) {
      assert.equal(bounded(cwd, ['--cache', '--cache-location', link]).status, 1);
      assert.ok(kindOf(link).link, 'the link was replaced by a file');
      assert.equal((JSON.parse(fs.readFileSync(path.join(dir, 'caches', 'privacy'), 'utf8')) as { format: number }).format, 1);
    }
    noTemporaries();
  });
});

/** A project with a helper chain across files, an unresolved alias import and a broken relative one. */
function flowProject(): string {
  const root = tempDir('privacy-lint-flows-');
  const files: Record<string, string> = {
    'privacy-lint.json': '{}',
    'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, baseUrl: '.', paths: { '@app/*': ['src/*'] } }, include: ['src'] }),
    'src/app.ts': "import { audit } from './audit';\nimport { format } from '@app/missing';\ndeclare const c: { email: string; phone: string };\naudit(c.email, c.phone);\nexport const f = format;\n",
    'src/audit.ts': "import { write } from './write';\nexport function audit(a: string, b: string) {\n  write(a, b);\n}\n",
    'src/write.ts': "export function write(x: string, y: string) {\n  console.log('audit', x, y);\n}\n",
    'src/clean.ts': "import { gone } from './gone';\nexport const g = gone;\n",
  };
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

function run(cwd: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, env, encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonStep { filePath: string; line: number; column: number; message: string }
interface JsonMessageOut { ruleId: string; line: number; column: number; endColumn: number; message: string; paths?: JsonStep[][] }
interface JsonFileOut { filePath: string; messages: JsonMessageOut[]; blindSpots?: Array<{ kind: string; line?: number; detail?: string }> }

describe('CLI reports: flow paths and blind spots', function () {
  // Several typed CLI runs a test: 14–35 s on a busy shared machine, over mocha's default 20 s.
  this.timeout(90_000);
  for (const typeInfo of [true, false]) {
    const mode = typeInfo ? 'with types' : 'without types';
    const flags = typeInfo ? [] : ['--no-type-info'];

    it(`JSON: one message for the helper call naming both fields, with a path per value (${mode})`, () => {
      const root = flowProject();
      const out = run(root, [...flags, '-f', 'json', 'src']);
      assert.equal(out.status, 1, out.stderr);
      const files = JSON.parse(out.stdout) as JsonFileOut[];
      assert.ok(Array.isArray(files), 'the json format stays an array of file results');
      const app = files.find((f) => f.filePath.endsWith('app.ts'))!;
      assert.equal(app.messages.length, 1);
      const [m] = app.messages;
      assert.equal(m!.ruleId, 'no-personal-data-in-logs');
      assert.deepEqual([m!.line, m!.column, m!.endColumn], [4, 7, 23]);
      assert.match(m!.message, /`c\.email` is contact data\. `c\.phone` is contact data\./);
      assert.deepEqual(m!.paths!.map((p) => p.map((s) => `${path.basename(s.filePath)}:${s.line}:${s.column} ${s.message}`)), [
        ['app.ts:4:7 the data comes from `c.email`', 'audit.ts:3:9 flows into `a` in `audit`', 'write.ts:2:24 flows into `x` in `write`',
          'write.ts:2:3 reaches the sink `console.log`'],
        ['app.ts:4:16 the data comes from `c.phone`', 'audit.ts:3:12 flows into `b` in `audit`', 'write.ts:2:27 flows into `y` in `write`',
          'write.ts:2:3 reaches the sink `console.log`'],
      ]);
      // No finding in the helpers themselves: the flow is reported once, where the data is handed in.
      assert.deepEqual(files.filter((f) => f.messages.length).map((f) => path.basename(f.filePath)), ['app.ts']);
      // Blind spots per file, where they are.
      assert.deepEqual(app.blindSpots, [{ kind: 'unresolvedImport', line: 2, column: 24, endLine: 2, endColumn: 38, detail: '@app/missing' }]);
      assert.deepEqual(files.find((f) => f.filePath.endsWith('clean.ts'))!.blindSpots!.map((b) => b.detail), ['./gone']);
      assert.equal(files.find((f) => f.filePath.endsWith('audit.ts'))!.blindSpots, undefined);
    });

    it(`json-with-metadata: the results under "results", the run's blind spots with their hints under "metadata" (${mode})`, () => {
      const root = flowProject();
      const out = run(root, [...flags, '-f', 'json-with-metadata', 'src']);
      assert.equal(out.status, 1, out.stderr);
      const value = JSON.parse(out.stdout) as {
        results: JsonFileOut[];
        metadata: { cwd: string; rulesMeta: Record<string, { docs: { url?: string } }>; blindSpots: Record<string, { count: number; hint: string; examples: Array<{ filePath: string; line?: number; detail?: string }> }> };
      };
      assert.deepEqual(value.results, JSON.parse(run(root, [...flags, '-f', 'json', 'src']).stdout), 'the same results as json');
      assert.equal(value.metadata.cwd, fs.realpathSync(root));
      assert.match(value.metadata.rulesMeta['no-personal-data-in-logs']!.docs.url!, /no-personal-data-in-logs\.md$/);
      const blind = value.metadata.blindSpots;
      assert.deepEqual(Object.keys(blind), ['untypedFile', 'unresolvedImport', 'unknownReceiver', 'depthLimit']);
      assert.equal(blind.unresolvedImport!.count, 2);
      assert.deepEqual(blind.unresolvedImport!.examples.map((e) => `${path.basename(e.filePath)}:${e.line} ${e.detail}`), ['app.ts:2 @app/missing', 'clean.ts:1 ./gone']);
      assert.match(blind.unresolvedImport!.hint, /`compilerOptions\.paths`/);
      assert.equal(blind.untypedFile!.count, 0);
      assert.equal(blind.depthLimit!.count, 0);
    });
  }

  it('stylish: the summary says what the run could not see and how to fix it, also after a clean run', () => {
    const root = flowProject();
    const out = run(root, ['src']);
    assert.equal(out.status, 1);
    assert.match(out.stdout, /✖ 1 problem \(1 error, 0 warnings\)\n\nNot seen by the analysis \(a clean result there is not proof\):\n {2}2 imports of project code resolved to no file \(`@app\/missing` in src\/app\.ts:2, `\.\/gone` in src\/clean\.ts:1\): .*`compilerOptions\.paths`/);
    const clean = run(root, ['src/clean.ts']);
    assert.equal(clean.status, 0, 'blind spots never fail a run');
    assert.match(clean.stdout, /^\nNot seen by the analysis .*\n {2}1 import of project code resolved to no file \(`\.\/gone` in src\/clean\.ts:1\)/);
    const ja = run(root, ['src/clean.ts', '--locale', 'ja']);
    assert.match(ja.stdout, /解析で見えなかった箇所.*\n {2}解決できなかったプロジェクト内の import 1 件（src\/clean\.ts:1 の `\.\/gone`）: /);
    fs.writeFileSync(path.join(root, 'src', 'clean.ts'), 'export const g = 1;\n');
    assert.equal(run(root, ['src/clean.ts']).stdout, '', 'a clean run that saw everything prints nothing');
  });

  it('SARIF: code flows for the path, and the blind spots as run properties and tool notifications', () => {
    const root = flowProject();
    const out = run(root, ['-f', 'sarif', 'src']);
    assert.equal(out.status, 1, out.stderr);
    const log = JSON.parse(out.stdout) as { runs: Array<{
      results: Array<{ ruleId: string; codeFlows?: Array<{ threadFlows: Array<{ locations: Array<{ location: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }; message: { text: string } } }> }> }> }>;
      invocations: Array<{ toolExecutionNotifications?: Array<{ descriptor: { id: string }; message: { text: string }; locations: unknown[] }> }>;
      properties: { blindSpots: Record<string, number> };
    }> };
    const [r] = log.runs[0]!.results;
    assert.equal(log.runs[0]!.results.length, 1);
    assert.equal(r!.codeFlows!.length, 2);
    assert.deepEqual(r!.codeFlows![1]!.threadFlows[0]!.locations.map((l) => `${l.location.physicalLocation.artifactLocation.uri}:${l.location.physicalLocation.region.startLine} ${l.location.message.text}`), [
      'src/app.ts:4 the data comes from `c.phone`', 'src/audit.ts:3 flows into `b` in `audit`', 'src/write.ts:2 flows into `y` in `write`',
      'src/write.ts:2 reaches the sink `console.log`',
    ]);
    assert.deepEqual(log.runs[0]!.properties.blindSpots, { untypedFile: 0, unresolvedImport: 2, unknownReceiver: 0, depthLimit: 0 });
    const notes = log.runs[0]!.invocations[0]!.toolExecutionNotifications!;
    assert.deepEqual(notes.map((n) => n.descriptor.id), ['unresolved-import']);
    assert.equal(notes[0]!.locations.length, 2);
  });
});
