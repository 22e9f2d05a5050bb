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
import { lintFiles, MAX_FILE_BYTES, resolveConfig, type FileResult } from '@privacy-lint/engine';
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
});
