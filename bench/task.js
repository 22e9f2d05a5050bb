#!/usr/bin/env node
'use strict';
/**
 * One measurement, in a fresh process: `node bench/task.js <task> <corpus-dir>`.
 *
 * Prints one line `BENCH_RESULT {"task", "ms", "loadMs", "maxRssKb", "files", "lines", ...}`:
 * - `ms`: wall time of the work itself (`performance.now()` around it), after the task's modules are loaded;
 * - `loadMs`: time to load those modules (typescript, the CLI, ESLint), reported separately;
 * - `maxRssKb`: the process's peak resident set size (`process.resourceUsage().maxRSS`, kilobytes on Linux),
 *   which includes loading the modules;
 * - `files`, `lines`: the corpus as the linter sees it (same discovery rules as the CLI).
 *
 * Tasks:
 * - `read`         read every file (utf8);
 * - `parse`        read + `ts.createSourceFile(..., setParentNodes: true)` on every file, one at a time, trees
 *                  dropped after each file — the parse floor of a streaming linter;
 * - `cli-notypes`  `main([dir, '--config', dir/privacy-lint.json, '--no-type-info', '--format', 'json',
 *                  '--output-file', tmp])` of cli/dist/main.js, in this process;
 * - `cli-types`    the same with type information (the corpus must have a tsconfig.json);
 * - `cli-types-cached`  `cli-types` with `--cache` run again with nothing changed (the first, cold run that fills
 *                  the cache is untimed, in load);
 * - `cli-types-concurrent`  `cli-types` with `--concurrency auto` (worker threads, one TypeScript project each);
 * - `cli-types-2-threads`   `cli-types` with `--concurrency 2` (two worker threads whatever the cores: auto takes half);
 * - `tsc`          `tsc --noEmit -p <dir>` through the API: `ts.createProgram` + `ts.getPreEmitDiagnostics`;
 * - `eslint`       ESLint 9 (`ESLint` class, `overrideConfigFile: true`) with @typescript-eslint/parser and the
 *                  rules no-console, no-debugger, eqeqeq, no-var, on the same files.
 * On the stress corpus (bench/stress.js), each task against a baseline on the same input, in the same run:
 * - `format-json` / `format-sarif`  the JSON / SARIF formatter on the 16,000 findings of findings/ (linted untimed);
 * - `format-json-longline` / `format-sarif-longline`  the same on longline/: 16,000 findings on one line of ≈ 1 MB;
 * - `suppress-parse` / `suppress-apply`  `parseSuppressions` / `applySuppressions` on suppressed/ (16,000 suppressed
 *                  findings; the findings are linted untimed);
 * - `host-plain` / `host-backtrack`  1,000 × `hostMatches('*.example.internal', h)` / `hostMatches('*.*.…x', h)`
 *                  (40 stars) on an 81-character host;
 * - `config-json-parse` / `config-300k`  `JSON.parse` of hosts/privacy-lint.json (300,000 host globs, ≈ 12 MB) /
 *                  `loadConfigFile` + `resolveConfig` + classifying 10,000 URLs under it.
 * Exit code 0 on success; 3 with a message on stderr when the task cannot run (e.g. the CLI is not built).
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { ROOT, LINT_EXTENSIONS } = require('./corpora');

const CLI_MAIN = path.join(ROOT, 'cli', 'dist', 'main.js');

class TaskError extends Error {}

/** The files the CLI would lint: lintable extensions, no declaration files, no node_modules or .git. */
function listFiles(dir) {
  const out = [];
  const walk = (folder) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== '.git') walk(full);
      } else if (entry.isFile() && LINT_EXTENSIONS.includes(path.extname(entry.name)) && !/\.d\.[cm]?ts$/.test(entry.name)) {
        out.push(full);
      }
    }
  };
  walk(dir);
  return out.sort();
}

function countLines(text) {
  if (text.length === 0) return 0;
  let n = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return text.charCodeAt(text.length - 1) === 10 ? n - 1 : n;
}

function corpusStats(files) {
  let lines = 0;
  for (const f of files) lines += countLines(fs.readFileSync(f, 'utf8'));
  return { files: files.length, lines };
}

function scriptKind(ts, file) {
  switch (path.extname(file)) {
    case '.tsx': return ts.ScriptKind.TSX;
    case '.js': case '.mjs': case '.cjs': return ts.ScriptKind.JS;
    case '.jsx': return ts.ScriptKind.JSX;
    default: return ts.ScriptKind.TS;
  }
}

function loadCli() {
  if (!fs.existsSync(CLI_MAIN)) {
    throw new TaskError(`${path.relative(ROOT, CLI_MAIN)} is missing: build the CLI first (npm run build)`);
  }
  const cli = require(CLI_MAIN);
  if (typeof cli.main !== 'function') throw new TaskError(`${path.relative(ROOT, CLI_MAIN)} does not export main()`);
  return cli;
}

/** Each task: `load()` (untimed, reported as loadMs) returns the state `run(state)` needs; run returns extras. */
const TASKS = {
  read: {
    load: () => ({}),
    async run(_state, files) {
      let chars = 0;
      for (const f of files) chars += fs.readFileSync(f, 'utf8').length;
      return { chars };
    },
  },

  parse: {
    load: () => ({ ts: require('typescript') }),
    async run({ ts }, files) {
      let statements = 0;
      for (const f of files) {
        const text = fs.readFileSync(f, 'utf8');
        const sf = ts.createSourceFile(f, text, ts.ScriptTarget.Latest, true, scriptKind(ts, f));
        statements += sf.statements.length;
      }
      return { statements };
    },
  },

  'cli-notypes': {
    load: loadCli,
    run: (cli, _files, dir) => runCli(cli, dir, ['--no-type-info']),
  },

  'cli-types': {
    load(dir) {
      if (!fs.existsSync(path.join(dir, 'tsconfig.json'))) throw new TaskError(`${dir} has no tsconfig.json`);
      return loadCli();
    },
    run: (cli, _files, dir) => runCli(cli, dir, []),
  },

  'cli-types-concurrent': {
    load(dir) {
      if (!fs.existsSync(path.join(dir, 'tsconfig.json'))) throw new TaskError(`${dir} has no tsconfig.json`);
      return loadCli();
    },
    run: (cli, _files, dir) => runCli(cli, dir, ['--concurrency', 'auto']),
  },

  'cli-types-2-threads': {
    load(dir) {
      if (!fs.existsSync(path.join(dir, 'tsconfig.json'))) throw new TaskError(`${dir} has no tsconfig.json`);
      return loadCli();
    },
    run: (cli, _files, dir) => runCli(cli, dir, ['--concurrency', '2']),
  },

  // The rerun of `cli-types` with --cache and nothing changed; the cold run that fills the cache is part of load.
  'cli-types-cached': {
    async load(dir) {
      if (!fs.existsSync(path.join(dir, 'tsconfig.json'))) throw new TaskError(`${dir} has no tsconfig.json`);
      const cli = loadCli();
      const cacheFile = path.join(os.tmpdir(), `privacy-lint-bench-cache-${process.pid}`);
      process.on('exit', () => fs.rmSync(cacheFile, { force: true }));
      const cacheArgs = ['--cache', '--cache-location', cacheFile];
      await runCli(cli, dir, cacheArgs);
      return { cli, cacheArgs };
    },
    run: ({ cli, cacheArgs }, _files, dir) => runCli(cli, dir, cacheArgs),
  },

  tsc: {
    load(dir) {
      const configPath = path.join(dir, 'tsconfig.json');
      if (!fs.existsSync(configPath)) throw new TaskError(`${dir} has no tsconfig.json`);
      return { ts: require('typescript'), configPath };
    },
    async run({ ts, configPath }) {
      const host = {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new TaskError(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
        },
      };
      const parsed = ts.getParsedCommandLineOfConfigFile(configPath, { noEmit: true }, host);
      const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options, projectReferences: parsed.projectReferences });
      const diagnostics = ts.getPreEmitDiagnostics(program);
      return { diagnostics: diagnostics.length, programFiles: program.getSourceFiles().length };
    },
  },

  eslint: {
    load: () => ({
      ESLint: require('eslint').ESLint,
      parser: require('@typescript-eslint/parser'),
    }),
    async run({ ESLint, parser }, files, dir) {
      const eslint = new ESLint({
        cwd: dir,
        overrideConfigFile: true,
        cache: false,
        overrideConfig: [
          {
            files: ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'],
            languageOptions: { parser, ecmaVersion: 'latest', sourceType: 'module' },
            linterOptions: { reportUnusedDisableDirectives: 'off' },
            rules: { 'no-console': 'error', 'no-debugger': 'error', eqeqeq: 'error', 'no-var': 'error' },
          },
        ],
      });
      const results = await eslint.lintFiles(files);
      let messages = 0;
      let fatal = 0;
      for (const r of results) {
        messages += r.messages.length;
        fatal += r.fatalErrorCount;
      }
      if (results.length !== files.length) throw new TaskError(`ESLint linted ${results.length} of ${files.length} files`);
      return { eslintMessages: messages, eslintFatal: fatal };
    },
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Stress tasks (bench/stress.js): quadratic guards, each with its baseline on the same input

function loadEngine() {
  const engineMain = path.join(ROOT, 'engine', 'dist', 'index.js');
  if (!fs.existsSync(engineMain)) throw new TaskError('engine/dist is missing: build first (npm run build)');
  return { engine: require(engineMain), rules: require(path.join(ROOT, 'rules', 'dist', 'index.js')) };
}

/** Lints one file of the stress corpus without types (untimed: part of `load`). */
function lintStress(dir, relative) {
  const { engine, rules } = loadEngine();
  const file = path.join(dir, relative);
  const config = engine.defaultConfig(rules.ruleCatalog, path.dirname(file));
  const [result] = engine.lintFiles({ files: [file], rules: [...rules.allRules], configFor: () => config, typeInfo: false });
  return { engine, rules, file, text: fs.readFileSync(file, 'utf8'), result };
}

function formatterTask(name, rel = 'findings/customers.ts') {
  return {
    load(dir) {
      const state = lintStress(dir, rel);
      const { formatters } = require(path.join(ROOT, 'cli', 'dist', 'formatters', 'index.js'));
      const rules = [...state.rules.allRules.map((r) => r.meta), ...state.engine.engineDiagnostics];
      const ctx = {
        cwd: dir, locale: 'en', rules, toolVersion: '0.0.0', informationUri: 'https://example.com', color: false,
        sourceText: (f) => (f === state.file ? state.text : undefined),
      };
      return { ...state, format: formatters[name], ctx };
    },
    async run({ format, ctx, result }) {
      if (result.findings.length !== 16_000) throw new TaskError(`${rel}: ${result.findings.length} findings, not the 16,000 the measurement is about`);
      const report = format([result], ctx);
      return { findings: result.findings.length, reportChars: report.length };
    },
  };
}

/** Suppressed findings: the findings of findings/ placed on the lines of suppressed/ (each under its comment). */
function suppressionState(dir) {
  const { engine, result } = lintStress(dir, 'findings/customers.ts');
  const file = path.join(dir, 'suppressed', 'customers.ts');
  const text = fs.readFileSync(file, 'utf8');
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  // Line n of findings/ (n ≥ 2) is line 2n - 1 of suppressed/, right under its comment.
  const findings = result.findings.map((f) => {
    const line = f.range.start.line * 2 - 1;
    const startOffset = starts[line - 1] + f.range.start.column - 1;
    return { ...f, file, range: { start: { line, column: f.range.start.column }, end: { line, column: f.range.end.column } },
      startOffset, endOffset: startOffset + (f.endOffset - f.startOffset), statementLine: line };
  });
  return { engine, file, text, findings };
}

const HOST_81 = Array(41).fill('a').join('.');

const STRESS_TASKS = {
  'format-json': formatterTask('json'),
  'format-sarif': formatterTask('sarif'),
  'format-json-longline': formatterTask('json', 'longline/customers.ts'),
  'format-sarif-longline': formatterTask('sarif', 'longline/customers.ts'),

  'suppress-parse': {
    load: suppressionState,
    async run({ engine, text }) {
      return { directives: engine.parseSuppressions(text).length };
    },
  },
  'suppress-apply': {
    load: suppressionState,
    async run({ engine, file, text, findings }) {
      const directives = engine.parseSuppressions(text);
      const out = engine.applySuppressions({ file, text, findings, knownRuleIds: new Set(['no-personal-data-in-logs']), today: new Date(), directives });
      if (out.length !== 0) throw new TaskError(`${out.length} findings left unsuppressed`);
      return { findings: findings.length };
    },
  },

  'host-plain': {
    load: () => loadEngine(),
    async run({ engine }) {
      let matched = 0;
      for (let i = 0; i < 1000; i++) if (engine.hostMatches('*.example.internal', HOST_81)) matched++;
      return { matched };
    },
  },
  'host-backtrack': {
    load: () => loadEngine(),
    async run({ engine }) {
      const pattern = `${'*.'.repeat(40)}x`;
      let matched = 0;
      for (let i = 0; i < 1000; i++) if (engine.hostMatches(pattern, HOST_81)) matched++;
      return { matched };
    },
  },

  'config-json-parse': {
    load: (dir) => ({ file: path.join(dir, 'hosts', 'privacy-lint.json') }),
    async run({ file }) {
      return { hosts: JSON.parse(fs.readFileSync(file, 'utf8')).transfers.internalHosts.length };
    },
  },
  'config-300k': {
    load: (dir) => ({ ...loadEngine(), file: path.join(dir, 'hosts', 'privacy-lint.json') }),
    async run({ engine, rules, file }) {
      const { config, errors } = engine.loadConfigFile(file, rules.ruleCatalog);
      if (!config) throw new TaskError(`the config has ${errors.length} errors`);
      const resolved = engine.resolveConfig(config, path.join(path.dirname(file), 'src', 'send.ts'), rules.ruleCatalog, path.dirname(file));
      let internal = 0;
      for (let i = 0; i < 10_000; i++) {
        const d = engine.classifyUrl({ text: `https://h.tenant${i}.example-${i % 97}.internal/x`, complete: true }, resolved);
        if (d.kind === 'internal') internal++;
      }
      return { internal };
    },
  },
};
Object.assign(TASKS, STRESS_TASKS);

async function runCli(cli, dir, extraArgs) {
  const outFile = path.join(os.tmpdir(), `privacy-lint-bench-${process.pid}.json`);
  // The corpus's own config, explicitly: the repository's privacy-lint.json ignores bench/.corpus/**.
  const config = path.join(dir, 'privacy-lint.json');
  const configArgs = fs.existsSync(config) ? ['--config', config] : [];
  const code = await cli.main([dir, ...configArgs, ...extraArgs, '--format', 'json', '--output-file', outFile]);
  if (code !== 0 && code !== 1) throw new TaskError(`the CLI exited with code ${code}`);
  return { exitCode: code, outFile };
}

/** Counts findings in the CLI's JSON output (outside the timed section). */
function summarizeCliOutput(outFile) {
  try {
    const json = JSON.parse(fs.readFileSync(outFile, 'utf8'));
    let findings = 0;
    let filesReported = 0;
    const visit = (node) => {
      if (Array.isArray(node)) return node.forEach(visit);
      if (!node || typeof node !== 'object') return;
      if (typeof node.ruleId === 'string') return void findings++;
      if (node.filePath || node.file) filesReported++;
      for (const k of ['results', 'files', 'findings', 'messages']) if (Array.isArray(node[k])) visit(node[k]);
    };
    visit(json);
    return { findings, filesReported };
  } catch (err) {
    return { outputError: String(err && err.message) };
  } finally {
    fs.rmSync(outFile, { force: true });
  }
}

async function main() {
  const [taskName, corpusArg] = process.argv.slice(2);
  const task = TASKS[taskName];
  if (!task || !corpusArg) {
    throw new TaskError(`usage: node bench/task.js <${Object.keys(TASKS).join('|')}> <corpus-dir>`);
  }
  const dir = path.resolve(corpusArg);
  if (!fs.existsSync(dir)) throw new TaskError(`corpus ${dir} does not exist`);
  const files = listFiles(dir);
  if (files.length === 0) throw new TaskError(`corpus ${dir} has no files to lint`);

  const l0 = performance.now();
  const state = await task.load(dir);
  const loadMs = performance.now() - l0;

  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let extra = await task.run(state, files, dir);
  const ms = performance.now() - t0;
  // CPU time of the process (user + system) over the same section: on a loaded machine it moves less than `ms`.
  const cpu = process.cpuUsage(c0);
  const cpuMs = (cpu.user + cpu.system) / 1000;

  const maxRssKb = process.resourceUsage().maxRSS;
  if (extra && extra.outFile) {
    const { outFile, ...rest } = extra;
    extra = { ...rest, ...summarizeCliOutput(outFile) };
  }
  const stats = corpusStats(files);
  const result = { task: taskName, corpus: dir, ms, cpuMs, loadMs, maxRssKb, ...stats, extra };
  process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`);
}

main().then(
  () => {
    process.exitCode = 0;
  },
  (err) => {
    const message = err && err.message ? err.message.split('\n')[0] : String(err);
    const stack = !(err instanceof TaskError) && err && err.stack ? `\n${err.stack}` : '';
    process.stderr.write(`bench task failed: ${message}${stack}\n`);
    process.exitCode = 3;
  },
);
