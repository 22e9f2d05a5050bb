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
import { lintFiles, MAX_FILE_BYTES, readRegularFile, resolveConfig, type FileResult } from '@privacy-lint/engine';
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

});
