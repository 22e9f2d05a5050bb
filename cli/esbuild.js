'use strict';
/**
 * Bundles the CLI for the npm package (run by `npm pack` through `prepack`, after `npm run build`):
 * cli/bundle/privacy-lint.js holds the CLI, the engine, the rules and their dependencies (ajv, jsonc-parser,
 * picomatch), so `privacy-lint` installs with `typescript` as its only dependency; the workspace packages
 * `@privacy-lint/engine` and `@privacy-lint/rules` are private and never published. TypeScript stays a normal
 * `require('typescript')`: it must find its lib.*.d.ts files next to itself (see client/esbuild.js).
 */
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');
const entry = path.join(__dirname, 'dist', 'main.js');
const outfile = path.join(__dirname, 'bundle', 'privacy-lint.js');

if (!fs.existsSync(entry)) {
  console.error('cli/esbuild.js: cli/dist/main.js is missing — run `npm run build` (tsc -b) first');
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
      sourcefile: 'privacy-lint-cli-entry.js',
      loader: 'js',
    },
    external: ['typescript'],
    outfile,
  })
  .then(() => console.log(`cli/bundle/privacy-lint.js  ${(fs.statSync(outfile).size / 1024).toFixed(0)} KiB`))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
