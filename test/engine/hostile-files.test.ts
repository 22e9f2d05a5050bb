/**
 * One file never aborts the run: large files, huge (sparse) files, link loops, links the linter may not follow, and
 * names TypeScript rewrites. Each bad file gets one finding saying why and the other files are still linted.
 * (FIFOs and devices, which would hang an in-process test on failure, are tested through the CLI in
 * `test/cli-input.test.ts`.)
 */
import { strict as assert } from 'node:assert';
import fsModule = require('node:fs');
import * as os from 'node:os';
import * as path from 'node:path';
import { discoverFiles, isIgnored, lintFiles, MAX_FILE_BYTES, readRegularFile, resolveConfig, type FileResult } from '@privacy-lint/engine';
import { allRules, ruleCatalog } from '@privacy-lint/rules';

const fs = fsModule;
const LEAK = 'declare const c: { email: string };\nconsole.log(c.email);\n';

function lint(dir: string, files: string[], typeInfo = false): Map<string, FileResult> {
  const results = lintFiles({
    files: files.map((f) => path.resolve(dir, f)),
    rules: allRules,
    configFor: (f) => resolveConfig(undefined, f, ruleCatalog, dir),
    typeInfo,
  });
  return new Map(results.map((r) => [path.relative(dir, r.file), r]));
}

function discover(dir: string): string[] {
  const discovery = discoverFiles([dir], dir, { configFor: (f) => resolveConfig(undefined, f, ruleCatalog, dir), isIgnored }, true);
  return discovery.files.map((f) => path.relative(dir, f));
}

const summary = (r: FileResult | undefined) => r?.findings.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.ruleId}`);

/** Replaces `fs[name]` for the duration of `body` (the engine reads the module's live properties). */
function withStub<K extends 'statSync' | 'readFileSync' | 'readSync'>(name: K, stub: (typeof fs)[K], body: () => void): void {
  const original = fs[name];
  (fs as Record<K, unknown>)[name] = stub;
  try {
    body();
  } finally {
    (fs as Record<K, unknown>)[name] = original;
  }
}

describe('hostile files', () => {
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lint-hostile-')); });
  afterEach(() => { fs.rmSync(dir, { recursive: true, force: true }); });

  it('lints a file between 2,000,000 characters and the 4 MiB limit (it aborted untyped runs)', () => {
    const big = '// ' + 'x'.repeat(2_500_000) + '\n' + LEAK;
    assert.ok(big.length < MAX_FILE_BYTES);
    fs.writeFileSync(path.join(dir, 'big.js'), big);
    fs.writeFileSync(path.join(dir, 'good.ts'), LEAK);
    const results = lint(dir, ['big.js', 'good.ts']);
    assert.deepEqual(summary(results.get('big.js')), ['3:13 no-personal-data-in-logs']);
    assert.deepEqual(summary(results.get('good.ts')), ['2:13 no-personal-data-in-logs']);
  });

  it('refuses a file over the limit by its size, without reading it (a sparse 1.5 GB file)', () => {
    const huge = path.join(dir, 'dump.js');
    fs.closeSync(fs.openSync(huge, 'w'));
    fs.truncateSync(huge, 1.5 * 1024 ** 3); // sparse: no disk, no memory
    fs.writeFileSync(path.join(dir, 'good.ts'), LEAK);
    let bytesAsked = 0;
    const realReadSync = fs.readSync;
    const realReadFileSync = fs.readFileSync;
    withStub('readFileSync', ((file: fsModule.PathOrFileDescriptor, ...rest: unknown[]) => {
      if (file === huge) throw new Error('the whole file was read');
      return (realReadFileSync as (...args: unknown[]) => unknown)(file, ...rest);
    }) as typeof fs.readFileSync, () => {
      withStub('readSync', ((fd: number, buffer: NodeJS.ArrayBufferView, ...rest: unknown[]) => {
        bytesAsked += typeof rest[1] === 'number' ? rest[1] : buffer.byteLength;
        return (realReadSync as (...args: unknown[]) => number)(fd, buffer, ...rest);
      }) as typeof fs.readSync, () => {
        const results = lint(dir, ['dump.js', 'good.ts']);
        assert.deepEqual(summary(results.get('dump.js')), ['1:1 parse-error']);
        assert.match(results.get('dump.js')!.findings[0].message.en, /larger than 4 MiB/);
        assert.deepEqual(summary(results.get('good.ts')), ['2:13 no-personal-data-in-logs']);
      });
    });
    assert.ok(bytesAsked < 1024 * 1024, `read ${bytesAsked} bytes`);
  });

  it('reads only regular files of at most the size asked, and says why not', () => {
    fs.writeFileSync(path.join(dir, 'a.ts'), 'abc');
    assert.equal(readRegularFile(path.join(dir, 'a.ts'), 3).bytes?.toString(), 'abc');
    assert.deepEqual(readRegularFile(path.join(dir, 'a.ts'), 2), { problem: 'too-large' });
    assert.deepEqual(readRegularFile(dir, 100), { problem: 'not-a-regular-file' });
    assert.deepEqual(readRegularFile(path.join(dir, 'missing.ts'), 100), { problem: 'error', code: 'ENOENT' });
  });

  it('reports a link loop found in a folder instead of aborting discovery, and lints the rest', () => {
    fs.writeFileSync(path.join(dir, 'good.ts'), LEAK);
    fs.symlinkSync('loop.ts', path.join(dir, 'loop.ts')); // a link to itself
    fs.symlinkSync('b.ts', path.join(dir, 'a.ts'));
    fs.symlinkSync('a.ts', path.join(dir, 'b.ts'));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.symlinkSync('..', path.join(dir, 'sub', 'up')); // a folder loop: links to folders are not followed
    fs.symlinkSync('missing.ts', path.join(dir, 'dangling.ts')); // nothing to lint: skipped as before
    const files = discover(dir);
    assert.deepEqual(files, ['a.ts', 'b.ts', 'good.ts', 'loop.ts']);
    const results = lint(dir, files);
    for (const loop of ['a.ts', 'b.ts', 'loop.ts']) {
      assert.deepEqual(summary(results.get(loop)), ['1:1 parse-error'], loop);
      assert.equal(results.get(loop)!.findings[0].message.en, 'Cannot read the file (ELOOP).');
      assert.equal(results.get(loop)!.findings[0].message.ja, 'ファイルを読めません（ELOOP）。');
    }
    assert.deepEqual(summary(results.get('good.ts')), ['2:13 no-personal-data-in-logs']);
  });

  it('reports a link into a folder it may not enter (EACCES) instead of aborting discovery', () => {
    // As root every folder can be entered: the refusal is simulated where discovery and the read meet it.
    fs.writeFileSync(path.join(dir, 'good.ts'), LEAK);
    const link = path.join(dir, 'secret.ts');
    fs.symlinkSync('/root/private/secret.ts', link);
    const realStatSync = fs.statSync;
    const denied = ((file: fsModule.PathLike, options?: fsModule.StatSyncOptions) => {
      if (file === link) throw Object.assign(new Error(`EACCES: permission denied, stat '${link}'`), { code: 'EACCES' });
      return realStatSync(file, options);
    }) as typeof fs.statSync;
    withStub('statSync', denied, () => {
      const files = discover(dir);
      assert.deepEqual(files, ['good.ts', 'secret.ts']);
      const results = lint(dir, files);
      assert.equal(results.get('secret.ts')!.findings[0].message.en, 'Cannot read the file (EACCES).');
      assert.deepEqual(summary(results.get('good.ts')), ['2:13 no-personal-data-in-logs']);
    });
  });

  for (const typeInfo of [false, true]) {
    it(`lints a file whose name has a backslash under its own name (${typeInfo ? 'with' : 'without'} types)`, () => {
      // TypeScript reads `log\util.ts` as `log/util.ts`: here that is another, clean file, which must not stand in.
      fs.writeFileSync(path.join(dir, 'log\\util.ts'), LEAK);
      fs.mkdirSync(path.join(dir, 'log'));
      fs.writeFileSync(path.join(dir, 'log', 'util.ts'), 'export const level = 1;\n');
      fs.writeFileSync(path.join(dir, 'tsconfig.json'), '{ "compilerOptions": { "strict": true } }\n');
      const files = discover(dir);
      assert.deepEqual(files, ['log/util.ts', 'log\\util.ts']);
      const results = lint(dir, files, typeInfo);
      assert.deepEqual(summary(results.get('log\\util.ts')), ['2:13 no-personal-data-in-logs']);
      assert.equal(results.get('log\\util.ts')!.findings[0].file, path.join(dir, 'log\\util.ts'));
      assert.deepEqual(summary(results.get(path.join('log', 'util.ts'))), []);
    });
  }

  it('reports a file whose name is not valid UTF-8, and never lets it pass for another file', () => {
    const invalid = Buffer.concat([Buffer.from(`${dir}/a`), Buffer.from([0xff]), Buffer.from('.ts')]);
    fs.writeFileSync(invalid, LEAK);
    fs.writeFileSync(path.join(dir, 'a\ufffd.ts'), 'export const clean = 1;\n'); // the name the bytes would decode to
    const folder = Buffer.concat([Buffer.from(`${dir}/src`), Buffer.from([0xe9, 0x41])]);
    fs.mkdirSync(folder);
    fs.writeFileSync(Buffer.concat([folder, Buffer.from('/hidden.ts')]), LEAK);
    fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/notes`), Buffer.from([0xfe]), Buffer.from('.txt')]), 'x');
    const discovery = discoverFiles([dir], dir, { configFor: (f) => resolveConfig(undefined, f, ruleCatalog, dir), isIgnored }, true);
    assert.deepEqual(discovery.files.map((f) => path.relative(dir, f)), ['a\ufffd.ts']);
    assert.deepEqual(discovery.problems.map((p) => [path.relative(dir, p.file), summary(p)]).sort(),
      [['a\\xFF.ts', ['1:1 parse-error']], ['src\\xE9A', ['1:1 parse-error']]]);
    const file = discovery.problems.find((p) => p.file.endsWith('.ts'))!.findings[0].message;
    assert.equal(file.en, 'File skipped: its name is not valid UTF-8 (invalid bytes shown as \\xNN). Rename it.');
    assert.match(file.ja, /UTF-8/);
  });
});
