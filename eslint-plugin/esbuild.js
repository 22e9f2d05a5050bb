'use strict';
/**
 * Bundles the ESLint plugin for its npm package (run by `npm pack` through `prepack`, after `npm run build`):
 * eslint-plugin/bundle/index.js holds the plugin, the engine, the rules and their dependencies (ajv, jsonc-parser,
 * picomatch), like the CLI's bundle. TypeScript and @typescript-eslint/parser stay `require`s of the peers the
 * project installs: the engine must use the TypeScript whose program typescript-eslint hands it (and TypeScript
 * finds its lib.*.d.ts next to itself, see client/esbuild.js).
 */
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');
const entry = path.join(__dirname, 'dist', 'index.js');
const outfile = path.join(__dirname, 'bundle', 'index.js');

if (!fs.existsSync(entry)) {
  console.error('eslint-plugin/esbuild.js: eslint-plugin/dist/index.js is missing — run `npm run build` (tsc -b) first');
  process.exit(1);
}

esbuild
  .build({
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // jsonc-parser's `main` is a UMD build whose inner requires esbuild cannot follow; its ESM build bundles cleanly.
    mainFields: ['module', 'main'],
    logLevel: 'warning',
    stdin: {
      contents: `module.exports = require(${JSON.stringify(entry)});\n`,
      resolveDir: root,
      sourcefile: 'eslint-plugin-privacy-lint-entry.js',
      loader: 'js',
    },
    external: ['typescript', '@typescript-eslint/parser', 'eslint'],
    outfile,
  })
  .then(() => console.log(`eslint-plugin/bundle/index.js  ${(fs.statSync(outfile).size / 1024).toFixed(0)} KiB`))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
