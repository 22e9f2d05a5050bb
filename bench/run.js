#!/usr/bin/env node
'use strict';
/**
 * The benchmark (`npm run bench` = `npm run build && node bench/run.js`).
 *
 *   node bench/run.js [--runs 5] [--corpus npm,generated] [--tasks read,parse,...] [--files 1000] [--seed N]
 *                     [--no-fetch] [--out bench/results/latest.json]
 *
 * Makes sure both corpora exist (bench/fetch-corpus.js, bench/generate.js), then runs every measurement R times,
 * each in a fresh `node bench/task.js <task> <corpus>` process, interleaving tasks run by run so that a slow
 * phase of the machine does not land on one task only. Prints medians, lines/s, peak RSS and the target ratios
 * with PASS/FAIL, and writes all samples to bench/results/latest.json. See docs/performance.md.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { ROOT, NPM_CORPUS_DIR, GENERATED_CORPUS_DIR, MONOREPO_CORPUS_DIR } = require('./corpora');
const { STRESS_CORPUS_DIR, generateStress } = require('./stress');

const TASK_SCRIPT = path.join(__dirname, 'task.js');
const CLI_MAIN = path.join(ROOT, 'cli', 'dist', 'main.js');

const CORPORA = {
  npm: { dir: NPM_CORPUS_DIR, label: 'npm packages (real TypeScript, no types)', tasks: ['read', 'parse', 'cli-notypes', 'eslint'] },
  generated: {
    dir: GENERATED_CORPUS_DIR,
    label: 'generated application (typed corpus)',
    tasks: ['read', 'parse', 'cli-notypes', 'cli-types', 'cli-types-cached', 'tsc', 'eslint'],
  },
  monorepo: {
    dir: MONOREPO_CORPUS_DIR,
    label: 'two generated applications as two TypeScript projects (packages/a, packages/b), linted on one thread, with --concurrency auto and with 2 threads',
    tasks: ['cli-types', 'cli-types-concurrent', 'cli-types-2-threads'],
  },
  stress: {
    dir: STRESS_CORPUS_DIR,
    label: 'stress inputs (bench/stress.js): 16,000 findings, 16,000 suppressed findings, a 40-star host glob, 300,000 host globs',
    tasks: ['format-json', 'format-sarif', 'format-json-longline', 'format-sarif-longline', 'suppress-parse', 'suppress-apply', 'host-plain', 'host-backtrack', 'config-json-parse', 'config-300k'],
  },
};

/** The targets of issue 2. `a`/`b` name tasks; `metric` is ms or rss; pass when ratio `op` limit. */
const TARGETS = [
  { id: 'notypes-vs-parse', a: 'cli-notypes', b: 'parse', metric: 'ms', op: '<=', limit: 2, text: 'CLI without types ≤ 2× the parse floor (time)' },
  { id: 'eslint-vs-notypes', a: 'eslint', b: 'cli-notypes', metric: 'ms', op: '>=', limit: 5, text: 'ESLint baseline ≥ 5× the CLI without types (time)' },
  { id: 'types-vs-tsc', a: 'cli-types', b: 'tsc', metric: 'ms', op: '<=', limit: 0.8, text: 'CLI with types ≤ 0.8× tsc --noEmit (time)' },
  { id: 'rss-notypes-vs-parse', a: 'cli-notypes', b: 'parse', metric: 'rss', op: '<=', limit: 2, text: 'CLI without types ≤ 2× the parse floor (peak RSS)' },
  { id: 'cache-vs-types', a: 'cli-types-cached', b: 'cli-types', metric: 'ms', op: '<=', limit: 0.1, text: 'rerun with --cache, nothing changed ≤ 0.1× the CLI with types (time)' },
  // Issue 10: on 2 cores, --concurrency auto ≥ 1.6× faster than one thread on a repository of several projects.
  { id: 'concurrent-vs-types', a: 'cli-types-concurrent', b: 'cli-types', metric: 'ms', op: '<=', limit: 0.625, text: '--concurrency auto ≤ 0.625× one thread, two projects (time)' },
  // Hardening: nothing quadratic. Each is linear work against a linear baseline on the same input, so the limits
  // are loose; the quadratic code was 20× to several hundred times over them (docs/performance.md).
  { id: 'sarif-vs-json', a: 'format-sarif', b: 'format-json', metric: 'ms', op: '<=', limit: 10, text: 'SARIF ≤ 10× JSON, 16,000 findings (time)' },
  { id: 'sarif-vs-json-longline', a: 'format-sarif-longline', b: 'format-json-longline', metric: 'ms', op: '<=', limit: 10, text: 'SARIF ≤ 10× JSON, 16,000 findings on one 1 MB line (time)' },
  { id: 'suppress-apply-vs-parse', a: 'suppress-apply', b: 'suppress-parse', metric: 'ms', op: '<=', limit: 5, text: 'applying ≤ 5× parsing 16,000 suppressions (time)' },
  { id: 'host-backtrack-vs-plain', a: 'host-backtrack', b: 'host-plain', metric: 'ms', op: '<=', limit: 10, text: '40-star host glob ≤ 10× "*.example.internal" (time)' },
  { id: 'config-300k-vs-json-parse', a: 'config-300k', b: 'config-json-parse', metric: 'ms', op: '<=', limit: 40, text: '300k host globs: load+classify ≤ 40× JSON.parse (time)' },
];

function parseArgs(argv) {
  const opts = { runs: 5, corpora: ['npm', 'generated', 'monorepo', 'stress'], tasks: undefined, files: undefined, seed: undefined, fetch: true, out: path.join(__dirname, 'results', 'latest.json') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--runs') opts.runs = Number(value());
    else if (a === '--corpus' || a === '--corpora') opts.corpora = value().split(',').filter(Boolean);
    else if (a === '--tasks') opts.tasks = value().split(',').filter(Boolean);
    else if (a === '--files') opts.files = Number(value());
    else if (a === '--seed') opts.seed = Number(value());
    else if (a === '--no-fetch') opts.fetch = false;
    else if (a === '--out') opts.out = path.resolve(value());
    else if (a === '--help' || a === '-h') {
      console.log('usage: node bench/run.js [--runs 5] [--corpus npm,generated,monorepo,stress] [--tasks read,parse,cli-notypes,cli-types,tsc,eslint] [--files 1000] [--seed N] [--no-fetch] [--out FILE]');
      process.exit(0);
    } else throw new Error(`unknown option ${a} (see --help)`);
  }
  if (!Number.isInteger(opts.runs) || opts.runs < 1) throw new Error('--runs must be a positive integer');
  for (const c of opts.corpora) if (!CORPORA[c]) throw new Error(`unknown corpus ${c} (npm, generated, monorepo, stress)`);
  return opts;
}

function median(values) {
  if (values.length === 0) return undefined;
  const s = [...values].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function runTask(task, dir) {
  const child = spawnSync(process.execPath, [TASK_SCRIPT, task, dir], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const line = (child.stdout || '').split('\n').find((l) => l.startsWith('BENCH_RESULT '));
  if (child.status !== 0 || !line) {
    const stderr = (child.stderr || '').trim();
    const failure = stderr.split('\n').find((l) => l.startsWith('bench task failed: '));
    // The task's own reason first, then what the tool said (e.g. the CLI's message for its exit code 2).
    const said = stderr.split('\n').filter((l) => l.trim() && !l.startsWith('bench task failed: ') && !/^\s+at /.test(l));
    const why = failure
      ? [failure.slice('bench task failed: '.length), ...said.slice(0, 2)].join(' — ')
      : said.slice(-3).join(' — ') || `exit code ${child.status}${child.signal ? `, signal ${child.signal}` : ''}`;
    return { error: why };
  }
  return JSON.parse(line.slice('BENCH_RESULT '.length));
}

function prepareCorpora(opts) {
  const prepared = {};
  if (opts.corpora.includes('npm')) {
    try {
      if (opts.fetch) require('./fetch-corpus').main([]);
      if (!fs.existsSync(NPM_CORPUS_DIR)) throw new Error(`${NPM_CORPUS_DIR} is missing (run without --no-fetch)`);
      prepared.npm = readNpmCorpusInfo();
    } catch (err) {
      console.error(`npm corpus unavailable, skipped: ${err.message}`);
    }
  }
  if (opts.corpora.includes('generated')) {
    const { generate } = require('./generate');
    const genOpts = {};
    if (opts.files !== undefined) genOpts.files = opts.files;
    if (opts.seed !== undefined) genOpts.seed = opts.seed;
    const stats = generate(genOpts);
    console.log(`generated corpus: ${stats.sourceFiles} files, ${stats.lines} lines (seed ${stats.seed}, generator v${stats.generatorVersion})`);
    prepared.generated = { generator: stats };
  }
  if (opts.corpora.includes('monorepo')) {
    const { generate } = require('./generate');
    const files = Math.max(10, Math.round((opts.files ?? 1000) / 2));
    const seed = opts.seed ?? 20240401;
    const stats = ['a', 'b'].map((name, i) => generate({ files, seed: seed + i, out: path.join(MONOREPO_CORPUS_DIR, 'packages', name) }));
    // A solution-style root tsconfig naming both projects, as a monorepo's is; each package keeps its own config.
    fs.writeFileSync(path.join(MONOREPO_CORPUS_DIR, 'tsconfig.json'),
      JSON.stringify({ files: [], references: [{ path: 'packages/a' }, { path: 'packages/b' }] }, null, 2) + '\n');
    // The repository's own privacy-lint.json ignores bench/.corpus/**: the corpus needs one at its root (the tasks pass it
    // with --config), the generated application's.
    fs.copyFileSync(path.join(MONOREPO_CORPUS_DIR, 'packages', 'a', 'privacy-lint.json'), path.join(MONOREPO_CORPUS_DIR, 'privacy-lint.json'));
    console.log(`monorepo corpus: 2 projects, ${stats[0].sourceFiles + stats[1].sourceFiles} files, ${stats[0].lines + stats[1].lines} lines`);
    prepared.monorepo = { generator: stats };
  }
  if (opts.corpora.includes('stress')) {
    generateStress();
    prepared.stress = { generator: 'bench/stress.js' };
  }
  return prepared;
}

function readNpmCorpusInfo() {
  const packages = [];
  for (const entry of fs.readdirSync(NPM_CORPUS_DIR, { withFileTypes: true })) {
    const marker = path.join(NPM_CORPUS_DIR, entry.name, '.complete');
    if (entry.isDirectory() && fs.existsSync(marker)) packages.push(JSON.parse(fs.readFileSync(marker, 'utf8')));
  }
  return { packages };
}

function fmtMs(ms) {
  return ms === undefined ? '-' : ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}
function fmtInt(n) {
  return n === undefined ? '-' : Math.round(n).toLocaleString('en-US');
}
function pad(s, n, right = false) {
  s = String(s);
  return right ? s.padStart(n) : s.padEnd(n);
}

function printTable(rows) {
  const headers = ['corpus', 'task', 'files', 'lines', 'median', 'CPU', 'min–max', 'lines/s', 'peak RSS', 'runs', 'notes'];
  const cells = rows.map((r) => [
    r.corpus,
    r.task,
    fmtInt(r.files),
    fmtInt(r.lines),
    fmtMs(r.medianMs),
    fmtMs(r.medianCpuMs),
    r.minMs === undefined ? '-' : `${fmtMs(r.minMs)}–${fmtMs(r.maxMs)}`,
    fmtInt(r.linesPerSecond),
    r.medianRssKb === undefined ? '-' : `${Math.round(r.medianRssKb / 1024)} MB`,
    `${r.runs}`,
    r.error ? `ERROR: ${r.error.split('\n')[0]}` : r.notes || '',
  ]);
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => String(c[i]).length)));
  const right = [false, false, true, true, true, true, true, true, true, true, false];
  const line = (c) => c.map((v, i) => pad(v, i === c.length - 1 ? 0 : widths[i], right[i])).join('  ').trimEnd();
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}

function notesFor(samples) {
  const extra = samples.find((s) => s.extra)?.extra || {};
  const bits = [];
  if (extra.findings !== undefined) bits.push(`${extra.findings} findings`);
  if (extra.diagnostics !== undefined) bits.push(`${extra.diagnostics} diagnostics`);
  if (extra.eslintMessages !== undefined) bits.push(`${extra.eslintMessages} messages`);
  const load = median(samples.map((s) => s.loadMs));
  if (load !== undefined && load >= 1) bits.push(`load ${Math.round(load)} ms`);
  return bits.join(', ');
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = new Date();
  const loadStart = os.loadavg();
  const cpus = os.cpus();
  console.log(`Privacy Lint benchmark — ${cpus.length} × ${cpus[0] ? cpus[0].model : 'cpu'}, Node ${process.version}, ${opts.runs} run(s) per measurement`);
  if (loadStart[0] > cpus.length * 0.5) {
    console.log(`warning: the machine is busy (load average ${loadStart[0].toFixed(2)} on ${cpus.length} cores); timings will be noisy`);
  }

  const cliBuilt = fs.existsSync(CLI_MAIN);
  if (!cliBuilt) {
    console.log(`note: ${path.relative(ROOT, CLI_MAIN)} is missing — the CLI tasks will report an error. Run \`npm run build\` (or \`npm run bench\`).`);
  }

  const corpusInfo = prepareCorpora(opts);
  const plan = [];
  for (const name of opts.corpora) {
    if (!corpusInfo[name]) continue;
    const tasks = CORPORA[name].tasks.filter((t) => !opts.tasks || opts.tasks.includes(t));
    for (const task of tasks) plan.push({ corpus: name, task, dir: CORPORA[name].dir, samples: [], error: undefined });
  }
  if (plan.length === 0) throw new Error('nothing to measure');

  // Warm the page cache so the first measured `read` does not pay for the disk.
  for (const name of Object.keys(corpusInfo)) runTask('read', CORPORA[name].dir);

  const total = plan.length * opts.runs;
  const tty = Boolean(process.stdout.isTTY);
  let done = 0;
  for (let run = 1; run <= opts.runs; run++) {
    const runStart = Date.now();
    for (const m of plan) {
      done++;
      if (m.error) continue;
      if (tty) process.stdout.write(`\r[${done}/${total}] run ${run}/${opts.runs}: ${m.corpus} ${m.task}`.padEnd(60));
      let r = runTask(m.task, m.dir);
      if (r.error) r = runTask(m.task, m.dir); // one retry: a rebuild of cli/dist may have been in progress
      if (r.error) m.error = r.error;
      else m.samples.push(r);
    }
    if (tty) process.stdout.write('\r' + ' '.repeat(60) + '\r');
    console.log(`run ${run}/${opts.runs} done in ${Math.round((Date.now() - runStart) / 1000)} s`);
  }

  const rows = plan.map((m) => {
    const s = m.samples;
    const medianMs = median(s.map((x) => x.ms));
    const lines = s[0]?.lines;
    return {
      corpus: m.corpus,
      task: m.task,
      files: s[0]?.files,
      lines,
      runs: s.length,
      medianMs,
      // User + system CPU of the process over the same section (all its threads: the JIT compiler and GC helpers too):
      // moves far less than wall time when other processes load the machine.
      medianCpuMs: median(s.map((x) => x.cpuMs)),
      minMs: s.length ? Math.min(...s.map((x) => x.ms)) : undefined,
      maxMs: s.length ? Math.max(...s.map((x) => x.ms)) : undefined,
      medianLoadMs: median(s.map((x) => x.loadMs)),
      linesPerSecond: medianMs && lines ? (lines / medianMs) * 1000 : undefined,
      medianRssKb: median(s.map((x) => x.maxRssKb)),
      error: m.error,
      notes: notesFor(s),
      samples: s.map(({ ms, cpuMs, loadMs, maxRssKb, extra }) => ({ ms, cpuMs, loadMs, maxRssKb, extra })),
    };
  });

  console.log('');
  printTable(rows);

  const ratios = [];
  for (const name of Object.keys(corpusInfo)) {
    for (const t of TARGETS) {
      const a = rows.find((r) => r.corpus === name && r.task === t.a);
      const b = rows.find((r) => r.corpus === name && r.task === t.b);
      if (!a || !b) continue;
      const av = t.metric === 'ms' ? a.medianMs : a.medianRssKb;
      const bv = t.metric === 'ms' ? b.medianMs : b.medianRssKb;
      const ratio = av !== undefined && bv ? av / bv : undefined;
      const pass = ratio === undefined ? undefined : t.op === '<=' ? ratio <= t.limit : ratio >= t.limit;
      const cpuRatio = t.metric === 'ms' && a.medianCpuMs !== undefined && b.medianCpuMs ? a.medianCpuMs / b.medianCpuMs : undefined;
      const cpuPass = cpuRatio === undefined ? undefined : t.op === '<=' ? cpuRatio <= t.limit : cpuRatio >= t.limit;
      const missing = [a, b].filter((r) => r.error).map((r) => r.task);
      ratios.push({ corpus: name, id: t.id, text: t.text, ratio, cpuRatio, target: `${t.op} ${t.limit}`, pass, cpuPass,
        unavailable: missing.length ? `${missing.join(', ')} failed` : undefined });
    }
  }

  console.log('');
  console.log('Targets (ratios of medians; for times, also of CPU time, which a busy machine disturbs less):');
  for (const r of ratios) {
    const verdict = r.pass === undefined ? `n/a (${r.unavailable || 'no data'})` : r.pass ? 'PASS' : 'FAIL';
    const value = r.ratio === undefined ? '-' : `${r.ratio.toFixed(2)}×`;
    const cpu = r.cpuRatio === undefined ? '' : `   CPU ${r.cpuRatio.toFixed(2)}× ${r.cpuPass ? 'PASS' : 'FAIL'}`;
    console.log(`  ${pad(r.corpus, 10)} ${pad(r.text, 52)} ${pad(value, 8, true)}  target ${pad(r.target, 5)}  ${verdict}${cpu}`);
  }

  const loadEnd = os.loadavg();
  const result = {
    date: started.toISOString(),
    durationSeconds: Math.round((Date.now() - started.getTime()) / 1000),
    machine: {
      cpus: cpus.length,
      model: cpus[0] ? cpus[0].model : undefined,
      totalMemoryMb: Math.round(os.totalmem() / 1024 / 1024),
      platform: `${os.platform()} ${os.release()}`,
      loadAverageStart: loadStart,
      loadAverageEnd: loadEnd,
    },
    versions: {
      node: process.version,
      typescript: safeVersion('typescript'),
      eslint: safeVersion('eslint'),
      '@typescript-eslint/parser': safeVersion('@typescript-eslint/parser'),
    },
    options: { runs: opts.runs, corpora: opts.corpora, tasks: opts.tasks },
    corpora: corpusInfo,
    measurements: rows,
    targets: ratios,
  };
  fs.mkdirSync(path.dirname(opts.out), { recursive: true });
  fs.writeFileSync(opts.out, JSON.stringify(result, null, 2) + '\n');
  console.log('');
  console.log(`wrote ${path.relative(process.cwd(), opts.out)} (${result.durationSeconds} s; load average ${loadStart[0].toFixed(2)} → ${loadEnd[0].toFixed(2)})`);
  if (rows.some((r) => r.error) || ratios.some((r) => r.pass === undefined)) process.exitCode = 1;
}

function safeVersion(pkg) {
  try {
    return require(path.join(ROOT, 'node_modules', pkg, 'package.json')).version;
  } catch {
    return undefined;
  }
}

try {
  main();
} catch (err) {
  console.error(`bench: ${err && err.message ? err.message : err}`);
  process.exitCode = 2;
}
