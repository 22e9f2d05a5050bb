/**
 * Build output is not linted: discovery does not walk into the `outDir` or `declarationDir` of a tsconfig.json it
 * meets (following relative `extends` inside the linted tree), unless the folder holds sources (`outDir: "."`, an
 * `include`d folder) — and a build folder named on the command line is linted anyway.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { discoverFiles, isIgnored, resolveConfig } from '@privacy-lint/engine';
import { ruleCatalog } from '@privacy-lint/rules';
import { tempProject } from '../helpers/temp';

const bin = path.join(path.resolve(__dirname, '..', '..', '..'), 'cli', 'bin', 'privacy-lint.js');
const LEAK = 'export function f(c: { email: string }) {\n  console.log(c.email);\n}\n';

const project = (files: Record<string, string>): string => tempProject('privacy-lint-build-output-', files);

/** The files discovery lists for `paths` (default: the whole project), relative, with `/`. */
function discovered(dir: string, paths: string[] = [dir]): string[] {
  const discovery = discoverFiles(paths, dir, { configFor: (f) => resolveConfig(undefined, f, ruleCatalog, dir), isIgnored }, true);
  return discovery.files.map((f) => path.relative(dir, f).split(path.sep).join('/'));
}

describe('build output of a tsconfig.json', () => {
  it('skips outDir and declarationDir, with tsconfig.json read as JSON with comments', () => {
    const dir = project({
      'tsconfig.json': '{\n  // emitted by tsc\n  "compilerOptions": { "outDir": "dist", "declarationDir": "types/out", },\n  "include": ["src"]\n}\n',
      'src/a.ts': LEAK,
      'dist/a.js': LEAK,
      'types/out/a.d.ts': 'export {};\n',
      'types/out/helper.js': LEAK,
      'types/own.ts': LEAK,
      'build/a.js': LEAK, // no tsconfig names it: linted (`ignores` is for such folders)
    });
    assert.deepEqual(discovered(dir), ['build/a.js', 'src/a.ts', 'types/own.ts']);
  });

  it('lints a build folder named on the command line, and a file in it', () => {
    const dir = project({ 'tsconfig.json': '{ "compilerOptions": { "outDir": "dist" } }', 'src/a.ts': LEAK, 'dist/a.js': LEAK, 'dist/b.js': LEAK });
    assert.deepEqual(discovered(dir, ['dist']), ['dist/a.js', 'dist/b.js']);
    assert.deepEqual(discovered(dir, ['dist/b.js', 'src']), ['dist/b.js', 'src/a.ts']);
    assert.deepEqual(discovered(dir, ['.']), ['src/a.ts']);
  });

  it('follows relative extends inside the linted tree, in each package of a workspace', () => {
    const dir = project({
      // Relative to the config that extends it, through ${configDir}; a plain path is the base's own (root/types).
      'tsconfig.base.json': '{ "compilerOptions": { "outDir": "${configDir}/lib", "declarationDir": "types" } }',
      'packages/app/tsconfig.json': '{ "extends": "../../tsconfig.base.json", "compilerOptions": { "rootDir": "src" } }',
      'packages/app/src/a.ts': LEAK,
      'packages/app/lib/a.js': LEAK,
      'packages/app/types/a.js': LEAK,
      'packages/web/tsconfig.json': '{ "extends": ["../../tsconfig.base"], "compilerOptions": { "outDir": "out" } }',
      'packages/web/src/a.ts': LEAK,
      'packages/web/out/a.js': LEAK,
      'packages/web/lib/a.js': LEAK, // the base's outDir, overridden here: not web's output
      'packages/api/tsconfig.json': '{ "extends": "@tsconfig/node20/tsconfig.json" }', // a package: not read
      'packages/api/lib/a.js': LEAK,
    });
    assert.deepEqual(discovered(dir), ['packages/api/lib/a.js', 'packages/app/src/a.ts', 'packages/app/types/a.js', 'packages/web/lib/a.js', 'packages/web/src/a.ts']);
    // Linting one package: the base config above it is outside the linted tree and not read.
    assert.deepEqual(discovered(dir, ['packages/app']), ['packages/app/lib/a.js', 'packages/app/src/a.ts', 'packages/app/types/a.js']);
  });

  it('keeps an outDir that holds sources: ".", the project folder itself, or one containing rootDir or an include', () => {
    const dir = project({
      'a/tsconfig.json': '{ "compilerOptions": { "outDir": "." } }',
      'a/x.ts': LEAK,
      'b/tsconfig.json': '{ "compilerOptions": { "outDir": "code", "rootDir": "code/src" } }',
      'b/code/src/x.ts': LEAK,
      'c/tsconfig.json': '{ "compilerOptions": { "outDir": "js" }, "include": ["js/**/*.ts"] }',
      'c/js/x.ts': LEAK,
      'd/tsconfig.json': '{ "compilerOptions": { "outDir": "../shared-out" } }', // outside its folder: not skipped
      'd/x.ts': LEAK,
      'shared-out/x.js': LEAK,
      'e/tsconfig.json': '{ "compilerOptions": { "outDir": 42 } ', // broken: nothing skipped, nothing thrown
      'e/dist/x.js': LEAK,
    });
    assert.deepEqual(discovered(dir), ['a/x.ts', 'b/code/src/x.ts', 'c/js/x.ts', 'd/x.ts', 'e/dist/x.js', 'shared-out/x.js']);
  });

  it('a CLI run after tsc reports the sources once, not their compiled copies', function () {
    this.timeout(60_000);
    const dir = project({
      'tsconfig.json': '{ "compilerOptions": { "outDir": "dist", "rootDir": "." }, "include": ["src"] }',
      'src/a.ts': LEAK,
      'dist/src/a.js': '"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nexports.f = f;\nfunction f(c) {\n    console.log(c.email);\n}\n',
    });
    const run = spawnSync(process.execPath, [bin, '-f', 'json', '--no-type-info'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'C' } });
    assert.equal(run.status, 1, run.stderr);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: unknown[] }>;
    assert.deepEqual(results.map((r) => `${path.relative(dir, r.filePath)} ${r.messages.length}`), [`${path.join('src', 'a.ts')} 1`]);
  });
});
