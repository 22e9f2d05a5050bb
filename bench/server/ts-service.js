#!/usr/bin/env node
'use strict';
/**
 * The memory baseline of the language-server benchmark: a plain TypeScript LanguageService, nothing else.
 *
 *   node --expose-gc bench/server/ts-service.js <tsconfig.json> <file>...
 *
 * Reads the tsconfig (ts.getParsedCommandLineOfConfigFile), creates `ts.createLanguageService` with a host over
 * its files (every file version "0", snapshots from the disk, the default document registry), then for each
 * <file> in turn — the files the benchmark opens in the language server — calls `getSyntacticDiagnostics` and
 * `getSemanticDiagnostics` (the first call builds the program of the whole project and its checker). That is
 * what tsserver does for a project with those files open. It then prints `READY {...}` and waits. On SIGUSR2 it
 * runs a full GC (`--expose-gc`) and prints `MEM {...}` (process.memoryUsage()); the benchmark reads the RSS
 * from /proc/<pid>/status itself, the same way for the language server. SIGTERM ends it.
 */
const path = require('node:path');
const { performance } = require('node:perf_hooks');

const started = performance.now();
const ts = require(path.join(__dirname, '..', '..', 'node_modules', 'typescript'));
const [tsconfig, ...files] = process.argv.slice(2);
if (!tsconfig || files.length === 0) {
  console.error('usage: node --expose-gc bench/server/ts-service.js <tsconfig.json> <file>...');
  process.exit(2);
}

const parsed = ts.getParsedCommandLineOfConfigFile(path.resolve(tsconfig), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
if (!parsed) throw new Error(`cannot read ${tsconfig}`);
const roots = new Set(parsed.fileNames.map((f) => path.resolve(f)));
for (const f of files) roots.add(path.resolve(f));

const host = {
  getCompilationSettings: () => parsed.options,
  getProjectReferences: () => parsed.projectReferences,
  getScriptFileNames: () => Array.from(roots),
  getScriptVersion: () => '0',
  getScriptSnapshot: (f) => {
    const text = ts.sys.readFile(f);
    return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
  },
  getCurrentDirectory: () => path.dirname(path.resolve(tsconfig)),
  getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
  fileExists: ts.sys.fileExists,
  readFile: ts.sys.readFile,
  readDirectory: ts.sys.readDirectory,
  directoryExists: ts.sys.directoryExists,
  getDirectories: ts.sys.getDirectories,
  realpath: ts.sys.realpath,
  useCaseSensitiveFileNames: () => ts.sys.useCaseSensitiveFileNames,
};
const service = ts.createLanguageService(host, ts.createDocumentRegistry());
const loadMs = performance.now() - started;

const t0 = performance.now();
let diagnostics = 0;
for (const f of files) {
  diagnostics += service.getSyntacticDiagnostics(path.resolve(f)).length;
  diagnostics += service.getSemanticDiagnostics(path.resolve(f)).length;
}
const ms = performance.now() - t0;
const program = service.getProgram();
console.log(`READY ${JSON.stringify({ ms, loadMs, diagnostics, sourceFiles: program.getSourceFiles().length, roots: roots.size })}`);

process.on('SIGUSR2', () => {
  if (global.gc) global.gc();
  console.log(`MEM ${JSON.stringify(process.memoryUsage())}`);
});
process.on('SIGTERM', () => process.exit(0));
// Keep the service (and so the program) alive until the benchmark has measured.
setInterval(() => service.getProgram(), 1 << 30);
