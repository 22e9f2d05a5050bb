'use strict';
/**
 * Bundles the ESLint plugin for its npm package (run by `npm pack` through `prepack`, after `npm run build`):
 * eslint-plugin/bundle/index.js holds the plugin, the engine, the rules and their dependencies (ajv, jsonc-parser,
 * picomatch), like the CLI's bundle. TypeScript and @typescript-eslint/parser stay `require`s of the peers the
 * project installs: the engine must use the TypeScript whose program typescript-eslint hands it (and TypeScript
 * finds its lib.*.d.ts next to itself, see client/esbuild.js).
 */
const path = require('node:path');
const { bundlePackage } = require('../scripts/bundle-package');

bundlePackage({
  entry: path.join(__dirname, 'dist', 'index.js'),
  outfile: path.join(__dirname, 'bundle', 'index.js'),
  sourcefile: 'eslint-plugin-privacy-lint-entry.js',
  external: ['typescript', '@typescript-eslint/parser', 'eslint'],
});
