'use strict';
/**
 * Shared constants of the benchmark: where the corpora live and which npm packages make up the
 * real-TypeScript corpus. Versions are pinned so every run measures the same files.
 */
const path = require('node:path');

const BENCH_DIR = __dirname;
const ROOT = path.resolve(BENCH_DIR, '..');
const CORPUS_DIR = path.join(BENCH_DIR, '.corpus');
const NPM_CORPUS_DIR = path.join(CORPUS_DIR, 'npm');
const GENERATED_CORPUS_DIR = path.join(CORPUS_DIR, 'generated');
/** Two generated applications as two TypeScript projects of one repository (the `--concurrency` measurement). */
const MONOREPO_CORPUS_DIR = path.join(CORPUS_DIR, 'monorepo');
const TARBALL_DIR = path.join(CORPUS_DIR, 'tarballs');

/**
 * npm packages that ship their TypeScript sources. `dir` is the folder inside the tarball that holds them
 * (checked with `npm pack <pkg>@<ver> --dry-run --json`). Only `.ts`/`.tsx`/`.mts`/`.cts` files that are not
 * declaration files are kept.
 */
const NPM_PACKAGES = [
  { name: 'rxjs', version: '7.8.2', dir: 'src' },
  { name: 'zod', version: '4.6.7', dir: 'src' },
  { name: '@reduxjs/toolkit', version: '2.15.0', dir: 'src' },
  { name: '@tanstack/query-core', version: '5.108.4', dir: 'src' },
  { name: '@trpc/server', version: '11.25.2', dir: 'src' },
  { name: 'mobx', version: '7.1.3', dir: 'src' },
];

/** The extensions the linter analyses (keep in sync with the CLI's file discovery). */
const LINT_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

module.exports = {
  BENCH_DIR, ROOT, CORPUS_DIR, NPM_CORPUS_DIR, GENERATED_CORPUS_DIR, MONOREPO_CORPUS_DIR, TARBALL_DIR, NPM_PACKAGES, LINT_EXTENSIONS,
};
