#!/usr/bin/env node
'use strict';
/**
 * Starts the real language server (server/bin/privacy-lint-server.js, same arguments) with one addition for the
 * memory benchmark: on SIGUSR2 it runs a full GC (start node with `--expose-gc`) and writes
 * `BENCH_MEM {...}` (process.memoryUsage()) to stderr. stdout stays the LSP channel. Nothing else changes.
 *
 *   node --expose-gc bench/server/server-wrapper.js --stdio
 */
const path = require('node:path');

process.on('SIGUSR2', () => {
  if (global.gc) global.gc();
  process.stderr.write(`BENCH_MEM ${JSON.stringify(process.memoryUsage())}\n`);
});
require(path.join(__dirname, '..', '..', 'server', 'bin', 'privacy-lint-server.js'));
