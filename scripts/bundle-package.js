'use strict';
/**
 * Bundles one of the npm packages made in this repository (the CLI and the ESLint plugin, through their
 * esbuild.js at `npm pack`'s prepack, after `npm run build`): the compiled entry with the engine, the rules and
 * their dependencies (ajv, jsonc-parser, picomatch) in one CommonJS file for Node 20; what `external` names stays
 * a `require` of the installed package (TypeScript must find its lib.*.d.ts next to itself, see client/esbuild.js).
 */
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');

/**
 * @param {{ entry: string, outfile: string, sourcefile: string, external: string[] }} bundle absolute paths of the
 *   compiled entry and the bundle, the name the entry has in esbuild's messages, the packages left as requires
 */
function bundlePackage({ entry, outfile, sourcefile, external }) {
  const shown = (file) => path.relative(root, file).split(path.sep).join('/');
  if (!fs.existsSync(entry)) {
    console.error(`${shown(path.join(path.dirname(outfile), '..', 'esbuild.js'))}: ${shown(entry)} is missing — run \`npm run build\` (tsc -b) first`);
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
        sourcefile,
        loader: 'js',
      },
      external,
      outfile,
    })
    .then(() => console.log(`${shown(outfile)}  ${(fs.statSync(outfile).size / 1024).toFixed(0)} KiB`))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}

module.exports = { bundlePackage };
