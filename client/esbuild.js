'use strict';
/**
 * Builds what the VS Code extension ships, into client/dist (run from anywhere, after `npm run build`):
 *
 *   extension.js             the extension (client/src), `vscode` left to the editor
 *   server.js                the language server (server/dist, compiled by tsc -b), started with --node-ipc or --stdio
 *   cli.js                   the `privacy-lint` CLI, runnable as `node client/dist/cli.js`
 *   typescript/lib/…         TypeScript, shared by server.js and cli.js, with its lib.*.d.ts
 *   privacy-lint.schema.json the config schema for completion and hovers only (contributes.jsonValidation)
 *   docs/*.md                the rule docs
 *
 * TypeScript is not bundled into server.js and cli.js: it finds its default library (lib.es2022.d.ts …) next to
 * the file it runs from, so inside a bundle the type checker would lose every global type (Array, Promise …)
 * and the engine's lib-file cache (keyed on `typescript/lib/lib.*.d.ts`) would never hit. Keeping it as its own
 * file under dist/typescript/lib/ also ships its 9 MB once instead of twice.
 */
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');
const dist = path.join(__dirname, 'dist');
const typescriptDir = path.dirname(require.resolve('typescript/package.json', { paths: [root] }));

/** `require('typescript')` in the engine becomes a require of the copy shipped next to the bundles. */
const typescriptNextToBundle = {
  name: 'typescript-next-to-bundle',
  setup(build) {
    build.onResolve({ filter: /^typescript$/ }, () => ({ path: './typescript/lib/typescript.js', external: true }));
  },
};

/** @type {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  // jsonc-parser's `main` is a UMD build whose inner requires esbuild cannot follow; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  logLevel: 'warning',
};

/** Keywords that only validate: VS Code's JSON language features would report their errors beside the server's. */
const VALIDATION_ONLY = new Set(['type', 'required', 'additionalProperties', 'pattern', 'minLength', 'maxLength', 'minItems',
  'maxItems', 'uniqueItems', 'minimum', 'maximum', 'errorMessage', 'format', 'not', 'propertyNames']);

/**
 * The schema VS Code gets through `contributes.jsonValidation`, for completion and hovers only: the CLI's schema
 * with every validating keyword removed (`enum` and `const` become `examples`, still offered as completions;
 * `oneOf` becomes `anyOf` of schemas that accept anything). Mistakes in privacy-lint.json are reported once, by the
 * server, with the CLI's messages in English or Japanese and its did-you-mean; VS Code's own check would repeat
 * each in English. Comments and trailing commas are allowed, as the CLI allows them.
 */
function completionSchema(node, top = true) {
  if (Array.isArray(node)) return node.map((n) => completionSchema(n, false));
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (VALIDATION_ONLY.has(key)) {
      // A map's value schema (`rules`) still gives completion inside: keep it when it is a schema.
      if (key === 'additionalProperties' && value && typeof value === 'object') out[key] = completionSchema(value, false);
      continue;
    }
    if (key === 'enum') out.examples = value;
    else if (key === 'const') out.examples = [value];
    else if (key === 'oneOf' || key === 'allOf') out.anyOf = completionSchema(value, false);
    else if (key === 'properties' || key === 'definitions') out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, completionSchema(v, false)]));
    else out[key] = completionSchema(value, false);
  }
  if (top) Object.assign(out, { allowComments: true, allowTrailingCommas: true });
  return out;
}

function requireBuilt(file, hint) {
  if (!fs.existsSync(file)) {
    console.error(`client/esbuild.js: ${path.relative(root, file)} is missing — ${hint}`);
    process.exit(1);
  }
}

async function main() {
  const serverEntry = path.join(root, 'server', 'dist', 'server.js');
  const cliEntry = path.join(root, 'cli', 'dist', 'main.js');
  const schema = path.join(root, 'schemas', 'privacy-lint.schema.json');
  requireBuilt(serverEntry, 'run `npm run build` (tsc -b) first');
  requireBuilt(path.join(root, 'cli', 'dist', 'main.js'), 'run `npm run build` (tsc -b) first');
  requireBuilt(schema, 'run `npm run build` (it writes the schema) first');

  // dist/ is generated only: start clean so nothing stale is packaged.
  fs.rmSync(dist, { recursive: true, force: true });

  await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: [path.join(__dirname, 'src', 'extension.ts')],
      outfile: path.join(dist, 'extension.js'),
      external: ['vscode'],
      tsconfig: path.join(__dirname, 'tsconfig.json'),
    }),
    esbuild.build({
      ...common,
      stdin: {
        contents: `require(${JSON.stringify(serverEntry)}).startServer();\n`,
        resolveDir: root,
        sourcefile: 'privacy-lint-server-entry.js',
        loader: 'js',
      },
      outfile: path.join(dist, 'server.js'),
      plugins: [typescriptNextToBundle],
    }),
    esbuild.build({
      ...common,
      // The same start as cli/bin/privacy-lint.js, on the compiled CLI (the bin picks its entry at run time).
      stdin: {
        // A lint worker (--concurrency) loads this same file: it serves lint requests and must not run the CLI again.
        contents: `const cli = require(${JSON.stringify(cliEntry)});\nif (require('node:worker_threads').isMainThread) cli.main(process.argv.slice(2)).then((code) => { process.exitCode = code; });\n`,
        resolveDir: root,
        sourcefile: 'privacy-lint-cli-entry.js',
        loader: 'js',
      },
      banner: { js: '#!/usr/bin/env node' },
      outfile: path.join(dist, 'cli.js'),
      plugins: [typescriptNextToBundle],
    }),
  ]);
  fs.chmodSync(path.join(dist, 'cli.js'), 0o755);

  copyTypeScript(path.join(dist, 'typescript'));
  fs.writeFileSync(path.join(dist, 'privacy-lint.schema.json'), JSON.stringify(completionSchema(JSON.parse(fs.readFileSync(schema, 'utf8'))), null, 2) + '\n');
  const docs = path.join(root, 'rules', 'docs');
  fs.mkdirSync(path.join(dist, 'docs'), { recursive: true });
  for (const name of fs.readdirSync(docs).filter((n) => n.endsWith('.md'))) {
    fs.copyFileSync(path.join(docs, name), path.join(dist, 'docs', name));
  }

  for (const name of ['extension.js', 'server.js', 'cli.js', 'typescript/lib/typescript.js']) {
    const size = fs.statSync(path.join(dist, name)).size;
    console.log(`client/dist/${name}  ${(size / 1024).toFixed(0)} KiB`);
  }
}

/** The compiler API, its default library and its license: all a bundle that requires it needs at run time. */
function copyTypeScript(target) {
  const lib = path.join(target, 'lib');
  fs.mkdirSync(lib, { recursive: true });
  for (const name of fs.readdirSync(path.join(typescriptDir, 'lib'))) {
    if (name === 'typescript.js' || /^lib\..*\.d\.ts$/.test(name)) {
      fs.copyFileSync(path.join(typescriptDir, 'lib', name), path.join(lib, name));
    }
  }
  for (const name of ['LICENSE.txt', 'ThirdPartyNoticeText.txt']) {
    if (fs.existsSync(path.join(typescriptDir, name))) fs.copyFileSync(path.join(typescriptDir, name), path.join(target, name));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
