#!/usr/bin/env node
'use strict';
/**
 * Downloads the real-TypeScript corpus: pinned npm packages that ship their `.ts` sources.
 *
 *   node bench/fetch-corpus.js            # fetch what is missing
 *   node bench/fetch-corpus.js --force    # fetch again
 *
 * Each package is fetched with `npm pack <name>@<version> --pack-destination bench/.corpus/tarballs`,
 * extracted with `tar`, and only its TypeScript sources (no `.d.ts`, no compiled output, no configs) are kept in
 * `bench/.corpus/npm/<name>@<version>/`. A `.complete` marker makes the next run skip it. Nothing here is
 * committed (`bench/.corpus/` is gitignored).
 */
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { NPM_CORPUS_DIR, TARBALL_DIR, NPM_PACKAGES } = require('./corpora');

const SOURCE_RE = /\.(ts|tsx|mts|cts)$/;
const DECLARATION_RE = /\.d\.(ts|mts|cts)$|\.d\.[^/]*\.ts$/;

function safeName(pkg) {
  return `${pkg.name.replace(/^@/, '').replace(/\//g, '__')}@${pkg.version}`;
}

function walk(dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

function countLines(text) {
  if (text.length === 0) return 0;
  let n = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return text.charCodeAt(text.length - 1) === 10 ? n - 1 : n;
}

function fetchPackage(pkg, force) {
  const target = path.join(NPM_CORPUS_DIR, safeName(pkg));
  const marker = path.join(target, '.complete');
  if (!force && fs.existsSync(marker)) {
    const stats = JSON.parse(fs.readFileSync(marker, 'utf8'));
    console.log(`  ${pkg.name}@${pkg.version}: present (${stats.files} files, ${stats.lines} lines)`);
    return stats;
  }
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(TARBALL_DIR, { recursive: true });

  const spec = `${pkg.name}@${pkg.version}`;
  process.stdout.write(`  ${spec}: npm pack ... `);
  const packOut = execFileSync('npm', ['pack', spec, '--pack-destination', TARBALL_DIR, '--json', '--silent'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const info = JSON.parse(packOut)[0];
  const tarball = path.join(TARBALL_DIR, info.filename);

  const tmp = fs.mkdtempSync(path.join(NPM_CORPUS_DIR, '.extract-'));
  try {
    execFileSync('tar', ['-xzf', tarball, '-C', tmp], { stdio: 'inherit' });
    const srcRoot = path.join(tmp, 'package', pkg.dir);
    if (!fs.existsSync(srcRoot)) throw new Error(`${spec} has no ${pkg.dir}/ folder`);
    let files = 0;
    let lines = 0;
    for (const file of walk(srcRoot)) {
      const rel = path.relative(srcRoot, file);
      if (!SOURCE_RE.test(rel) || DECLARATION_RE.test(rel)) continue;
      const dest = path.join(target, rel);
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      fs.copyFileSync(file, dest);
      files++;
      lines += countLines(fs.readFileSync(file, 'utf8'));
    }
    const stats = { name: pkg.name, version: pkg.version, integrity: info.integrity, files, lines };
    fs.writeFileSync(marker, JSON.stringify(stats, null, 2) + '\n');
    console.log(`${files} files, ${lines} lines`);
    return stats;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function main(argv) {
  const force = argv.includes('--force');
  fs.mkdirSync(NPM_CORPUS_DIR, { recursive: true });
  console.log(`npm corpus in ${path.relative(process.cwd(), NPM_CORPUS_DIR) || '.'}:`);
  const all = NPM_PACKAGES.map((pkg) => fetchPackage(pkg, force));
  // The corpus is linted with the built-in defaults, whatever privacy-lint.json exists further up.
  fs.writeFileSync(
    path.join(NPM_CORPUS_DIR, 'privacy-lint.json'),
    '// Benchmark corpus: built-in defaults only.\n{ "extends": "recommended" }\n',
  );
  const files = all.reduce((a, s) => a + s.files, 0);
  const lines = all.reduce((a, s) => a + s.lines, 0);
  console.log(`  total: ${files} files, ${lines} lines`);
  return { packages: all, files, lines };
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (err) {
    console.error(`fetch-corpus: ${err && err.message ? err.message : err}`);
    process.exitCode = 1;
  }
}

module.exports = { main, safeName, countLines, walk };
