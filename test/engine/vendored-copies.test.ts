/**
 * Copies of third-party libraries kept in a repository are not linted: discovery leaves out minified files and
 * JavaScript files that open with a library's version banner, says how many it left out, and lints one named on the
 * command line anyway. The team's own files — with a copyright header, or in TypeScript — are linted.
 */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { discoverFiles, isIgnored, isVendoredCopy, resolveConfig } from '@privacy-lint/engine';
import { ruleCatalog } from '@privacy-lint/rules';
import { tempProject } from '../helpers/temp';

const LEAK = 'export function f(c) {\n  console.log(c.email);\n}\n';

function discovery(dir: string, paths: string[] = [dir]) {
  const d = discoverFiles(paths, dir, { configFor: (f) => resolveConfig(undefined, f, ruleCatalog, dir), isIgnored }, true);
  return { files: d.files.map((f) => path.relative(dir, f).split(path.sep).join('/')), notes: d.notes };
}

describe('copies of third-party libraries', () => {
  const files = {
    'public/vendor/jquery.min.js': LEAK,
    'public/tinymce_7.9.3/tinymce/models/dom/model.js': `/**\n * TinyMCE version 7.9.3 (TBD)\n */\n${LEAK}`,
    'packages/fontawesome/js/all.js': `/*!\n * Font Awesome Free 6.5.1 by @fontawesome - https://fontawesome.com\n */\n${LEAK}`,
    'static/bundle.js': `${'var a=1;'.repeat(400)}\n${LEAK}`,
    'src/helpers.js': `/**\n * Invoice Ninja (https://invoiceninja.com).\n * @license https://www.elastic.co/licensing/elastic-license\n */\n${LEAK}`,
    'src/api.ts': `/*! Acme API client 2.1.0, license MIT */\n${LEAK}`,
    'src/changelog.js': `// version 1.2.3 of our own module\n${LEAK}`,
    'src/long-comment.js': `// ${'x'.repeat(3000)}\n${LEAK}`,
    // A bundle opened by a one-line licence comment (webpack's), and a generated body below readable lines
    // (Emscripten's): both minified.
    'pkg/redoc/redoc.standalone.js': `/*! For license information please see redoc.standalone.js.LICENSE.txt */\n${'!function(e,t){e(t)};'.repeat(200)}\n${LEAK}`,
    'public/pyodide/pyodide.asm.js': `"use strict";\n\nvar create = (() => {\n  return (\nfunction(moduleArg = {}) {\n${'var a=Object.assign({},b);'.repeat(12000)}\n${LEAK}})\n})();\n`,
    // A large file of the team's, formatted: linted.
    'src/big-table.js': `${'export const row = { id: 1, label: "x" };\n'.repeat(7000)}${LEAK}`,
  };

  it('leaves them out of a walk and says how many, with one of them', () => {
    const dir = tempProject('privacy-lint-vendored-', files);
    const d = discovery(dir);
    assert.deepEqual(d.files, ['src/api.ts', 'src/big-table.js', 'src/changelog.js', 'src/helpers.js', 'src/long-comment.js']);
    assert.equal(d.notes.length, 1);
    assert.match(d.notes[0], /^skipped 6 files that are copies of a third-party library .*such as packages[/\\]fontawesome[/\\]js[/\\]all\.js; name a file to lint it$/);
  });

  it('lints a copy named on the command line', () => {
    const dir = tempProject('privacy-lint-vendored-', files);
    assert.deepEqual(discovery(dir, ['public/vendor/jquery.min.js']).files, ['public/vendor/jquery.min.js']);
  });

  it('tells a copy by its name, its banner or its dense first line, and only in JavaScript', () => {
    const dir = tempProject('privacy-lint-vendored-', files);
    const at = (f: string) => isVendoredCopy(path.join(dir, f));
    assert.equal(at('public/vendor/jquery.min.js'), true);
    assert.equal(at('public/tinymce_7.9.3/tinymce/models/dom/model.js'), true);
    assert.equal(at('packages/fontawesome/js/all.js'), true);
    assert.equal(at('static/bundle.js'), true);
    assert.equal(at('src/helpers.js'), false);
    assert.equal(at('src/api.ts'), false);
    assert.equal(at('src/changelog.js'), false);
    assert.equal(at('src/long-comment.js'), false);
    assert.equal(at('src/missing.js'), false);
    assert.equal(at('pkg/redoc/redoc.standalone.js'), true);
    assert.equal(at('public/pyodide/pyodide.asm.js'), true);
    assert.equal(at('src/big-table.js'), false);
  });
});
