#!/usr/bin/env node
'use strict';
/**
 * The language-server benchmark (`npm run bench:server`): the real server (server/bin/privacy-lint-server.js)
 * over stdio, driven by the test client (test/dist/helpers/lsp-client.js, built by `npm run build`).
 *
 *   node bench/server.js [--runs 3] [--edits 21] [--warmup 3] [--clients push,pull] [--mem-runs 5] [--open 5]
 *                        [--project-files 200] [--workspace-files 2000] [--seed N] [--settle 2000] [--only latency|memory]
 *                        [--no-large] [--profile] [--out bench/results/server-latest.json]
 *
 * 1. Corpora (bench/server/corpus.js, in bench/.corpus/server/): a project of bench/generate.js (200 files +
 *    tsconfig.json) with a 3,000-line file src/app/customer-orders.ts, the same file in the 2,000-file application
 *    (supplementary with-types latency; `--no-large` skips it), and a 2,000-file workspace.
 * 2. Latency: per session, start the server on the project (settings typeInfo 'off' or 'auto'), open the 3,000-line
 *    file and wait for its diagnostics, make `--warmup` unmeasured edits, then `--edits` measured ones: each
 *    alternately inserts and deletes the line `console.log(customer.email);` in a function body (the findings
 *    change by one each time). Latency = wall time from sending `didChange` to receiving the diagnostics of that
 *    version (push: publishDiagnostics; pull: the answer of the `textDocument/diagnostic` request sent right after
 *    the change), minus DEBOUNCE_MS exported by server/dist/server.js (the deliberate quiet time). Sessions are
 *    interleaved (run 1 of every mode, then run 2 …). Medians and p90 over all measured edits of a mode, and the
 *    server's CPU time per edit from /proc (main thread, and all threads). `--profile` adds one session per mode
 *    under `node --cpu-prof` and summarizes where the measured edits spent their time.
 * 3. Memory: start the server (under bench/server/server-wrapper.js, which adds a GC-on-SIGUSR2 hook) on the
 *    workspace, open `--open` files one after the other (waiting for each one's diagnostics), wait, read VmRSS
 *    and VmHWM from /proc/<pid>/status, force a full GC, read VmRSS again. Baseline in the same run: a separate
 *    node process with a plain TypeScript LanguageService over the same tsconfig (bench/server/ts-service.js)
 *    that asks the syntactic and semantic diagnostics of the same files, measured the same way.
 * 4. Prints a table with PASS/FAIL against the targets and writes every sample to `--out`.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { performance } = require('node:perf_hooks');
const { ROOT } = require('./corpora');
const corpus = require('./server/corpus');

const CLIENT_JS = path.join(ROOT, 'test', 'dist', 'helpers', 'lsp-client.js');
const SERVER_DIST = path.join(ROOT, 'server', 'dist', 'server.js');
const WRAPPER = path.join(__dirname, 'server', 'server-wrapper.js');
const TS_SERVICE = path.join(__dirname, 'server', 'ts-service.js');
const INSERTED = '  console.log(customer.email);\n';

const TARGETS = {
  latencyOff: 50,
  latencyAuto: 300,
  memoryRatio: 1.5,
  debounceMax: 150,
};

function parseArgs(argv) {
  const opts = {
    runs: 3, edits: 21, warmup: 3, clients: ['push', 'pull'], memRuns: 5, open: 5, projectFiles: 200, workspaceFiles: 2000,
    seed: 20240401, only: undefined, profile: false, large: true, settleMs: 2000, out: path.join(__dirname, 'results', 'server-latest.json'),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    const int = (min) => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < min) throw new Error(`${a} must be an integer >= ${min}`);
      return n;
    };
    if (a === '--runs') opts.runs = int(1);
    else if (a === '--edits') opts.edits = int(1);
    else if (a === '--warmup') opts.warmup = int(0);
    else if (a === '--clients') opts.clients = value().split(',').filter(Boolean);
    else if (a === '--mem-runs') opts.memRuns = int(1);
    else if (a === '--open') opts.open = int(1);
    else if (a === '--project-files') opts.projectFiles = int(10);
    else if (a === '--workspace-files') opts.workspaceFiles = int(10);
    else if (a === '--seed') opts.seed = int(0);
    else if (a === '--settle') opts.settleMs = int(0);
    else if (a === '--only') opts.only = value();
    else if (a === '--profile') opts.profile = true;
    else if (a === '--no-large') opts.large = false;
    else if (a === '--out') opts.out = path.resolve(value());
    else if (a === '--help' || a === '-h') {
      console.log('usage: node bench/server.js [--runs 3] [--edits 21] [--warmup 3] [--clients push,pull] [--mem-runs 5] [--open 5] '
        + '[--project-files 200] [--workspace-files 2000] [--seed N] [--settle 2000] [--only latency|memory] [--no-large] [--profile] [--out FILE]');
      process.exit(0);
    } else throw new Error(`unknown option ${a} (see --help)`);
  }
  for (const c of opts.clients) if (c !== 'push' && c !== 'pull') throw new Error(`unknown client ${c} (push, pull)`);
  if (opts.only && opts.only !== 'latency' && opts.only !== 'memory') throw new Error('--only latency|memory');
  return opts;
}

// ── statistics and formatting ────────────────────────────────────────────────────────────────────────────────

function median(values) {
  if (!values.length) return undefined;
  const s = [...values].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function percentile(values, p) {
  if (!values.length) return undefined;
  const s = [...values].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
const fmtMs = (ms) => (ms === undefined ? '-' : `${ms.toFixed(ms < 100 ? 1 : 0)} ms`);
const fmtMb = (kb) => (kb === undefined ? '-' : `${Math.round(kb / 1024)} MB`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function printTable(headers, rows, right) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (c) => c.map((v, i) => (right[i] ? String(v).padStart(widths[i]) : String(v).padEnd(i === c.length - 1 ? 0 : widths[i]))).join('  ').trimEnd();
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

const CLK_TCK = 100; // USER_HZ: /proc CPU times are in 1/100 s on Linux

/** CPU time (user + system, ms) of a process's main thread and of all its threads (Linux). */
function procCpuMs(pid) {
  const ticks = (statFile) => {
    const fields = fs.readFileSync(statFile, 'utf8').split(') ').pop().split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of stat)
  };
  return { mainMs: (ticks(`/proc/${pid}/task/${pid}/stat`) * 1000) / CLK_TCK, allMs: (ticks(`/proc/${pid}/stat`) * 1000) / CLK_TCK };
}

/** VmRSS / VmHWM of a process, in kB (Linux). */
function procMemory(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => Number((status.match(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm')) || [])[1]);
  return { rssKb: kb('VmRSS'), hwmKb: kb('VmHWM') };
}

// ── latency ─────────────────────────────────────────────────────────────────────────────────────────────────

/** One server session: open the big file, warm up, measure `edits` edits. */
async function latencySession({ LspTestClient, debounceMs, project, typeInfo, client, opts, profileDir }) {
  const file = project.bigFile.file;
  const text = fs.readFileSync(file, 'utf8');
  const pull = client === 'pull';
  const command = profileDir
    ? { file: process.execPath, args: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, path.join(ROOT, 'server', 'bin', 'privacy-lint-server.js'), '--stdio'] }
    : undefined;
  const startedAt = performance.now();
  const lsp = await LspTestClient.start({ folders: [project.dir], pull, settings: { typeInfo }, ...(command ? { command } : {}) });
  const uri = lsp.uri(file);
  try {
    // Open and wait for the first diagnostics (with a long timeout: with types this builds the program).
    const t0 = performance.now();
    let first;
    if (pull) {
      lsp.openNoWait(file, text);
      first = await lsp.pull(file);
    } else {
      const wait = lsp.nextDiagnostics(uri, 1, 120000);
      lsp.openNoWait(file, text);
      first = (await wait).diagnostics;
    }
    const openMs = performance.now() - t0;
    const baseFindings = first.length;
    const samples = [];
    const findings = [];
    const line = project.bigFile.editLine;
    let inserted = false;
    let windowStartUs;
    let cpuStart;
    for (let i = 0; i < opts.warmup + opts.edits; i++) {
      if (i === opts.warmup) {
        windowStartUs = Number(process.hrtime.bigint() / 1000n);
        cpuStart = procCpuMs(lsp.process.pid);
      }
      const change = inserted
        ? { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, text: '' }
        : { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: INSERTED };
      inserted = !inserted;
      let diagnostics;
      const start = performance.now();
      const version = lsp.change(file, [change]);
      if (pull) {
        diagnostics = await lsp.pull(file);
      } else {
        diagnostics = (await lsp.nextDiagnostics(uri, version, 60000)).diagnostics;
      }
      const ms = performance.now() - start;
      const expected = baseFindings + (inserted ? 1 : 0);
      if (diagnostics.length !== expected) {
        throw new Error(`edit ${i + 1} (${typeInfo}, ${client}): expected ${expected} diagnostics, got ${diagnostics.length}`);
      }
      if (i >= opts.warmup) {
        samples.push(ms);
        findings.push(diagnostics.length);
      }
      await sleep(50); // a pause between keystroke bursts; not measured
    }
    const windowEndUs = Number(process.hrtime.bigint() / 1000n);
    const cpuEnd = procCpuMs(lsp.process.pid);
    // Server CPU per measured edit (the 50 ms pauses are idle): main thread = the JavaScript; all = with GC helpers.
    const cpuMsPerEdit = { main: (cpuEnd.mainMs - cpuStart.mainMs) / opts.edits, all: (cpuEnd.allMs - cpuStart.allMs) / opts.edits };
    const rss = procMemory(lsp.process.pid);
    return { window: [windowStartUs, windowEndUs], cpuMsPerEdit, typeInfo, client, openMs, startMs: t0 - startedAt, baseFindings, rawMs: samples, ms: samples.map((x) => x - debounceMs), findings, serverRssKb: rss.rssKb };
  } finally {
    if (profileDir) {
      // Let the server exit by itself: --cpu-prof writes the profile on exit (stop() would kill it first).
      await lsp.connection.sendRequest('shutdown').catch(() => undefined);
      lsp.connection.sendNotification('exit');
      await waitExit(lsp.process, 30000);
    }
    await lsp.stop();
    await waitExit(lsp.process, 5000);
  }
}

function waitExit(child, ms) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    child.once('exit', () => { clearTimeout(timer); resolve(); });
  });
}

async function runLatency(ctx) {
  const { opts, info } = ctx;
  const modes = [];
  for (const typeInfo of ['off', 'auto']) for (const client of opts.clients) modes.push({ typeInfo, client, project: info.project, sessions: [] });
  // Supplementary: the same file and edits with types in the 2,000-file project (push only).
  if (info.largeProject) modes.push({ typeInfo: 'auto', client: opts.clients[0], project: info.largeProject, sessions: [] });
  for (let run = 1; run <= opts.runs; run++) {
    const t = Date.now();
    for (const m of modes) {
      const s = await latencySession({ ...ctx, project: m.project, typeInfo: m.typeInfo, client: m.client });
      m.sessions.push(s);
    }
    console.log(`latency run ${run}/${opts.runs} done in ${Math.round((Date.now() - t) / 1000)} s`);
  }
  return modes.map((m) => {
    const all = m.sessions.flatMap((s) => s.ms);
    const raw = m.sessions.flatMap((s) => s.rawMs);
    const target = m.typeInfo === 'off' ? TARGETS.latencyOff : TARGETS.latencyAuto;
    const med = median(all);
    return {
      typeInfo: m.typeInfo,
      client: m.client,
      projectFiles: m.project.files,
      supplementary: m.project !== info.project,
      edits: all.length,
      medianMs: med,
      p90Ms: percentile(all, 90),
      minMs: Math.min(...all),
      maxMs: Math.max(...all),
      medianRawMs: median(raw),
      sessionMedians: m.sessions.map((s) => median(s.ms)),
      cpuMsPerEdit: { main: median(m.sessions.map((s) => s.cpuMsPerEdit.main)), all: median(m.sessions.map((s) => s.cpuMsPerEdit.all)) },
      medianOpenMs: median(m.sessions.map((s) => s.openMs)),
      findings: `${m.sessions[0].baseFindings}/${m.sessions[0].baseFindings + 1}`,
      target,
      pass: med <= target,
      sessions: m.sessions,
    };
  });
}

// ── memory ──────────────────────────────────────────────────────────────────────────────────────────────────

function filesToOpen(workspaceDir, n) {
  const src = path.join(workspaceDir, 'src');
  const services = fs.readdirSync(src, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(src, d.name, 'service.ts')))
    .map((d) => path.join(src, d.name, 'service.ts'))
    .sort();
  const picked = [];
  for (let i = 0; i < n && i < services.length; i++) picked.push(services[Math.floor((i * services.length) / n)]);
  return picked;
}

async function serverMemory({ LspTestClient, info, typeInfo, files, opts }) {
  const lsp = await LspTestClient.start({
    folders: [info.workspace.dir],
    settings: { typeInfo },
    command: { file: process.execPath, args: ['--expose-gc', WRAPPER, '--stdio'] },
  });
  try {
    const t0 = performance.now();
    for (const f of files) {
      const wait = lsp.nextDiagnostics(lsp.uri(f), 1, 300000);
      lsp.openNoWait(f, fs.readFileSync(f, 'utf8'));
      await wait;
    }
    const ms = performance.now() - t0;
    await sleep(opts.settleMs);
    const settled = procMemory(lsp.process.pid);
    const heap = await gcAndReport(lsp.process, () => lsp.stderr, 'BENCH_MEM ');
    await sleep(500);
    const afterGc = procMemory(lsp.process.pid);
    return { who: `server (typeInfo ${typeInfo})`, typeInfo, ms, rssKb: settled.rssKb, rssAfterGcKb: afterGc.rssKb, hwmKb: afterGc.hwmKb, heap };
  } finally {
    await lsp.stop();
    await waitExit(lsp.process, 5000);
  }
}

/** Sends SIGUSR2 and waits for the `prefix {json}` line the process writes after its GC. */
function gcAndReport(child, readOutput, prefix) {
  const before = readOutput().length;
  child.kill('SIGUSR2');
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 10000;
    const poll = () => {
      const text = readOutput().slice(before);
      const line = text.split('\n').find((l) => l.startsWith(prefix));
      if (line && text.includes('\n', text.indexOf(line))) return resolve(JSON.parse(line.slice(prefix.length)));
      if (Date.now() > deadline) return reject(new Error(`no ${prefix.trim()} line after SIGUSR2`));
      setTimeout(poll, 20);
    };
    poll();
  });
}

async function baselineMemory({ info, files, opts }) {
  const child = spawn(process.execPath, ['--expose-gc', TS_SERVICE, path.join(info.workspace.dir, 'tsconfig.json'), ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { err += d; });
  try {
    const ready = await new Promise((resolve, reject) => {
      const onExit = (code) => reject(new Error(`ts-service exited with ${code}: ${err.trim()}`));
      child.once('exit', onExit);
      const poll = () => {
        const line = out.split('\n').find((l) => l.startsWith('READY '));
        if (line) { child.off('exit', onExit); resolve(JSON.parse(line.slice(6))); } else setTimeout(poll, 20);
      };
      poll();
    });
    await sleep(opts.settleMs);
    const settled = procMemory(child.pid);
    const heap = await gcAndReport(child, () => out, 'MEM ');
    await sleep(500);
    const afterGc = procMemory(child.pid);
    return { who: 'TypeScript LanguageService', ms: ready.ms, sourceFiles: ready.sourceFiles, tsDiagnostics: ready.diagnostics, rssKb: settled.rssKb, rssAfterGcKb: afterGc.rssKb, hwmKb: afterGc.hwmKb, heap };
  } finally {
    if (child.exitCode === null) child.kill('SIGTERM');
    await waitExit(child, 5000);
  }
}

async function runMemory(ctx) {
  const { opts, info } = ctx;
  const files = filesToOpen(info.workspace.dir, opts.open);
  const kinds = { auto: [], baseline: [], off: [] };
  for (let run = 1; run <= opts.memRuns; run++) {
    const t = Date.now();
    kinds.auto.push(await serverMemory({ ...ctx, typeInfo: 'auto', files }));
    kinds.baseline.push(await baselineMemory({ ...ctx, files }));
    kinds.off.push(await serverMemory({ ...ctx, typeInfo: 'off', files }));
    console.log(`memory run ${run}/${opts.memRuns} done in ${Math.round((Date.now() - t) / 1000)} s`);
  }
  const summary = (samples) => ({
    who: samples[0].who,
    runs: samples.length,
    medianMs: median(samples.map((s) => s.ms)),
    medianRssKb: median(samples.map((s) => s.rssKb)),
    medianRssAfterGcKb: median(samples.map((s) => s.rssAfterGcKb)),
    medianHwmKb: median(samples.map((s) => s.hwmKb)),
    medianHeapUsedKb: median(samples.map((s) => s.heap.heapUsed / 1024)),
    samples,
  });
  const rows = { auto: summary(kinds.auto), baseline: summary(kinds.baseline), off: summary(kinds.off) };
  const ratio = (key) => rows.auto[key] / rows.baseline[key];
  const ratios = {
    rssSettled: ratio('medianRssKb'),
    rssAfterGc: ratio('medianRssAfterGcKb'),
    peak: ratio('medianHwmKb'),
    heapUsed: ratio('medianHeapUsedKb'),
  };
  return { files: files.map((f) => path.relative(info.workspace.dir, f)), rows, ratios, target: TARGETS.memoryRatio, pass: ratios.rssSettled <= TARGETS.memoryRatio && ratios.rssAfterGc <= TARGETS.memoryRatio };
}

// ── CPU profile summary (--profile) ─────────────────────────────────────────────────────────────────────────

/** TypeScript checker entry points the model and rules call (a sample under one of them is checker work). */
const CHECKER_API = /^(getTypeAtLocation|getTypeOfSymbol|getTypeOfSymbolAtLocation|getSymbolAtLocation|getResolvedSignature|getContextualType|getApparentType|getPropertiesOfType|getPropertyOfType|getSignaturesOfType|getDeclaredTypeOfSymbol|getAliasedSymbol|getBaseTypes|getNonNullableType|typeToString|isTypeAssignableTo|getTypeArguments|getReturnTypeOfSignature|getShorthandAssignmentValueSymbol|getExportSymbolOfSymbol|getImmediateAliasedSymbol)$/;

/** Where the server's busy time went, from a .cpuprofile: phases by the frames on each sample's stack. */
function summarizeProfile(file, window) {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
  // Sample times are CLOCK_MONOTONIC µs, like process.hrtime in this process: keep the measured edits only.
  const times = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) times.push((t += d));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const frameOf = (n) => ({ name: n.callFrame.functionName || '(anonymous)', url: n.callFrame.url || '' });
  const phaseCache = new Map();
  const phaseOf = (id) => {
    if (phaseCache.has(id)) return phaseCache.get(id);
    const stack = [];
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) stack.push(frameOf(byId.get(cur)));
    stack.reverse(); // root → leaf
    const leaf = stack[stack.length - 1];
    const has = (pred) => stack.some(pred);
    const inTs = (f) => /node_modules[\\/]typescript[\\/]/.test(f.url);
    const inEngine = (f) => /engine[\\/]dist[\\/]/.test(f.url);
    const inRules = (f) => /rules[\\/]dist[\\/]/.test(f.url);
    const checkerApi = (f) => inTs(f) && CHECKER_API.test(f.name);
    let phase;
    if (leaf.name === '(idle)' || leaf.name === '(program)' || leaf.name === '(root)') phase = leaf.name;
    else if (leaf.name === '(garbage collector)') phase = 'garbage collection';
    else if (has((f) => /^(createTypeChecker|initializeTypeChecker)$/.test(f.name))) phase = 'checker creation (bind the edited file, globals)';
    else if (has((f) => f.name === 'synchronizeHostData')) {
      if (has((f) => f.name === 'getScriptSnapshot')) phase = 'program update: read + decode files (getScriptSnapshot)';
      else if (has((f) => /^(createSourceFile|updateSourceFile|parseSourceFile|updateLanguageServiceSourceFile|createLanguageServiceSourceFile)$/.test(f.name))) phase = 'program update: parse the edited file';
      else phase = 'program update: other (structure reuse, module formats)';
    }
    else if (has((f) => inEngine(f) && f.name === 'parseSource')) phase = 'linter: parse (the file and its imports)';
    else if (has(inRules)) phase = has(checkerApi) ? 'rules: checker queries' : 'rules';
    else if (has((f) => /engine[\\/]dist[\\/]suppressions/.test(f.url))) phase = 'suppressions';
    else if (has((f) => /engine[\\/]dist[\\/]model[\\/]/.test(f.url))) {
      phase = has(checkerApi) ? 'model: checker queries' : inTs(leaf) ? 'model: TypeScript helpers (getStart, forEachChild, …)' : 'model: own code';
    } else if (has(inEngine)) phase = 'engine: other (lintFiles, config, findings)';
    else if (has((f) => /server[\\/]dist[\\/]/.test(f.url))) phase = 'server (diagnostics, records)';
    else if (has((f) => /vscode-(jsonrpc|languageserver)/.test(f.url))) phase = 'JSON-RPC / LSP library';
    else phase = 'other';
    phaseCache.set(id, phase);
    return phase;
  };
  const phases = new Map();
  const self = new Map();
  const deltas = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    if (window && (times[i] < window[0] || times[i] > window[1])) continue;
    const dt = (deltas[i + 1] ?? 0) / 1000; // ms until the next sample
    const id = profile.samples[i];
    const phase = phaseOf(id);
    phases.set(phase, (phases.get(phase) || 0) + dt);
    if (!phase.startsWith('(')) {
      const f = frameOf(byId.get(id));
      const key = `${f.name} ${path.basename(f.url)}`;
      self.set(key, (self.get(key) || 0) + dt);
    }
  }
  const busy = [...phases].filter(([p]) => !p.startsWith('(')).reduce((n, [, v]) => n + v, 0);
  return {
    busyMs: busy,
    phases: [...phases].sort((a, b) => b[1] - a[1]).map(([phase, ms]) => ({ phase, ms })),
    topSelf: [...self].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([fn, ms]) => ({ fn, ms })),
  };
}

async function runProfiles(ctx) {
  const out = [];
  const dir = path.join(path.dirname(ctx.opts.out), 'server-profiles');
  fs.rmSync(dir, { recursive: true, force: true });
  for (const typeInfo of ['off', 'auto']) {
    const profileDir = path.join(dir, typeInfo);
    fs.mkdirSync(profileDir, { recursive: true });
    const s = await latencySession({ ...ctx, project: ctx.info.project, typeInfo, client: 'push', profileDir });
    const files = fs.readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile'));
    if (!files.length) { console.log(`profile (${typeInfo}): no .cpuprofile written`); continue; }
    const summary = summarizeProfile(path.join(profileDir, files[0]), s.window);
    out.push({ typeInfo, file: path.relative(ROOT, path.join(profileDir, files[0])), window: s.window, medianMs: median(s.ms), edits: s.ms.length, ...summary });
  }
  return out;
}

// ── main ────────────────────────────────────────────────────────────────────────────────────────────────────

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  for (const f of [CLIENT_JS, SERVER_DIST]) {
    if (!fs.existsSync(f)) throw new Error(`${path.relative(ROOT, f)} is missing: run \`npm run build\` first`);
  }
  const { LspTestClient } = require(CLIENT_JS);
  const { DEBOUNCE_MS: debounceMs } = require(SERVER_DIST);
  if (typeof debounceMs !== 'number') throw new Error('server/dist/server.js does not export DEBOUNCE_MS');

  const started = new Date();
  const cpus = os.cpus();
  const loadStart = os.loadavg();
  console.log(`Privacy Lint language-server benchmark — ${cpus.length} × ${cpus[0] ? cpus[0].model : 'cpu'}, Node ${process.version}`);
  if (loadStart[0] > cpus.length * 0.5) console.log(`warning: the machine is busy (load average ${loadStart[0].toFixed(2)} on ${cpus.length} cores); timings will be noisy`);
  const info = corpus.prepare({ projectFiles: opts.projectFiles, workspaceFiles: opts.workspaceFiles, seed: opts.seed, large: opts.large && opts.only !== 'memory' });
  const big = info.project.bigFile;
  console.log(`project: ${info.project.files} files, ${info.project.lines.toLocaleString('en-US')} lines; edited file ${path.relative(info.project.dir, big.file)} (${big.lines} lines, ${Math.round(big.bytes / 1024)} KB, edit at line ${big.editLine + 1})`);
  if (info.largeProject) console.log(`large project (supplementary, with types): ${info.largeProject.files} files, ${info.largeProject.lines.toLocaleString('en-US')} lines, same edited file`);
  console.log(`workspace: ${info.workspace.files} files, ${info.workspace.lines.toLocaleString('en-US')} lines (${path.relative(ROOT, info.workspace.dir)})`);
  console.log(`debounce: DEBOUNCE_MS = ${debounceMs} ms (subtracted from every latency; target ≤ ${TARGETS.debounceMax} ms: ${debounceMs <= TARGETS.debounceMax ? 'PASS' : 'FAIL'})`);
  const ctx = { LspTestClient, debounceMs, info, opts };

  const result = {
    date: started.toISOString(),
    machine: { cpus: cpus.length, model: cpus[0] ? cpus[0].model : undefined, totalMemoryMb: Math.round(os.totalmem() / 1048576), platform: `${os.platform()} ${os.release()}`, loadAverageStart: loadStart },
    versions: { node: process.version, typescript: require(path.join(ROOT, 'node_modules', 'typescript', 'package.json')).version },
    options: opts,
    corpus: info,
    debounceMs,
    targets: TARGETS,
  };

  if (opts.only !== 'memory') result.latency = await runLatency(ctx);
  if (opts.only !== 'latency') result.memory = await runMemory(ctx);
  if (opts.profile) result.profiles = await runProfiles(ctx);
  result.machine.loadAverageEnd = os.loadavg();
  result.durationSeconds = Math.round((Date.now() - started.getTime()) / 1000);

  if (result.latency) {
    console.log('');
    console.log(`Latency from didChange to its diagnostics, minus the ${debounceMs} ms debounce (${opts.runs} session(s) × ${opts.edits} edits per row):`);
    printTable(['types', 'client', 'project', 'edits', 'median', 'p90', 'min–max', 'raw median', 'session medians', 'server CPU/edit', 'open', 'findings', 'target', 'result'],
      result.latency.map((r) => [r.typeInfo, r.client, `${r.projectFiles} files${r.supplementary ? ' *' : ''}`, r.edits, fmtMs(r.medianMs), fmtMs(r.p90Ms), `${fmtMs(r.minMs)}–${fmtMs(r.maxMs)}`, fmtMs(r.medianRawMs),
        r.sessionMedians.map((m) => Math.round(m)).join(', '), `${Math.round(r.cpuMsPerEdit.main)} (${Math.round(r.cpuMsPerEdit.all)}) ms`, fmtMs(r.medianOpenMs), r.findings, `≤ ${r.target} ms`, r.pass ? 'PASS' : 'FAIL']),
      [false, false, false, true, true, true, true, true, false, true, true, false, false, false]);
    if (result.latency.some((r) => r.supplementary)) console.log('* supplementary: the same 3,000-line file and edits in the bigger application (the targets are about the first rows).');
    console.log('server CPU/edit: CPU time of the server\'s main thread (all threads, with GC helpers) per measured edit, from /proc.');
  }
  if (result.memory) {
    const m = result.memory;
    console.log('');
    console.log(`Memory after opening ${m.files.length} files of the ${info.workspace.files}-file workspace (medians of ${opts.memRuns}):`);
    printTable(['process', 'time to diagnostics', 'RSS settled', 'RSS after GC', 'peak RSS', 'heap used'],
      [m.rows.auto, m.rows.baseline, m.rows.off].map((r) => [r.who, fmtMs(r.medianMs), fmtMb(r.medianRssKb), fmtMb(r.medianRssAfterGcKb), fmtMb(r.medianHwmKb), fmtMb(r.medianHeapUsedKb)]),
      [false, true, true, true, true, true]);
    console.log(`server (types) / LanguageService: RSS settled ${m.ratios.rssSettled.toFixed(2)}×, after GC ${m.ratios.rssAfterGc.toFixed(2)}×, peak ${m.ratios.peak.toFixed(2)}×, heap ${m.ratios.heapUsed.toFixed(2)}× — target ≤ ${m.target}×: ${m.pass ? 'PASS' : 'FAIL'}`);
  }
  if (result.profiles) {
    for (const p of result.profiles) {
      console.log('');
      console.log(`CPU profile, typeInfo ${p.typeInfo} (${p.file}; ${p.edits} edits, busy ${Math.round(p.busyMs)} ms during the ${p.edits} measured edits, i.e. ${Math.round(p.busyMs / p.edits)} ms per edit):`);
      for (const ph of p.phases) console.log(`  ${ph.phase.padEnd(52)} ${Math.round(ph.ms).toString().padStart(7)} ms`);
      console.log('  top self time:');
      for (const t of p.topSelf.slice(0, 12)) console.log(`    ${t.fn.padEnd(60)} ${Math.round(t.ms).toString().padStart(7)} ms`);
    }
  }
  fs.mkdirSync(path.dirname(opts.out), { recursive: true });
  fs.writeFileSync(opts.out, JSON.stringify(result, null, 2) + '\n');
  console.log('');
  console.log(`wrote ${path.relative(process.cwd(), opts.out)} (${result.durationSeconds} s; load average ${loadStart[0].toFixed(2)} → ${result.machine.loadAverageEnd[0].toFixed(2)})`);
}

main().catch((err) => {
  console.error(`bench:server: ${err && err.stack ? err.stack : err}`);
  process.exitCode = 1;
});
