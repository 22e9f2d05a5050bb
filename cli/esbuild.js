'use strict';
/**
 * Bundles the CLI for the npm package (run by `npm pack` through `prepack`, after `npm run build`):
 * cli/bundle/privacy-lint.js holds the CLI, the engine, the rules and their dependencies (ajv, jsonc-parser,
 * picomatch), so `privacy-lint` installs with `typescript` as its only dependency; the workspace packages
 * `@privacy-lint/engine` and `@privacy-lint/rules` are private and never published. TypeScript stays a normal
 * `require('typescript')`: it must find its lib.*.d.ts files next to itself (see client/esbuild.js).
 */
const path = require('node:path');
const { bundlePackage } = require('../scripts/bundle-package');

bundlePackage({
  entry: path.join(__dirname, 'dist', 'main.js'),
  outfile: path.join(__dirname, 'bundle', 'privacy-lint.js'),
  sourcefile: 'privacy-lint-cli-entry.js',
  external: ['typescript'],
});
