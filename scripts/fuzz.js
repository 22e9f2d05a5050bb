#!/usr/bin/env node
'use strict';
/**
 * `npm run fuzz`: a seeded mutation fuzzer for the engine (not part of `npm test`).
 *
 * It mutates the files of the example app (`examples/shop-app`) and of a generated bench corpus
 * (`bench/generate.js`) — truncations, token edits, deep nesting, long lines, long helper chains, odd encodings
 * (UTF-16, Shift_JIS, invalid bytes, NULs) — writes them into a copy of their project in a temporary folder and
 * lints them through the built engine's `lintFiles`, as the CLI does: each file alone without types (timed), each
 * round's files together with types (one program, as `privacy-lint <folder>` makes; the limit is per file on
 * average), and in every fourth round each file alone with types through the editor's incremental `TypeProjects`
 * (timed, the program built before the clock starts).
 *
 * It reports aborted runs (`lintFiles` threw, or the round's process died or hung), files over the time limit and
 * `internal-error` findings, each with the seed, round and mutation to reproduce it, and exits with 1 on any.
 * Everything is decided by `--seed`: the same seed mutates the same files the same way.
 *
 *   node scripts/fuzz.js [--seed N] [--files N] [--per-round N] [--time-limit MS] [--round R] [--jobs N]
 *                       [--editor-every N] [--keep] [--quiet]
 *
 * Each round runs in a child process, so a hang or a crash of the process is caught and reported too; `--jobs`
 * runs that many rounds at once (the results do not depend on it).
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
const SHOP_APP = path.join(ROOT, 'examples', 'shop-app');

// ─────────────────────────────── options ───────────────────────────────

function parseArgs(argv) {
  const opts = { seed: 1, files: 10000, perRound: 100, timeLimit: 2000, round: undefined, keep: false, quiet: false, worker: false,
    work: undefined, jobs: 1, editorEvery: 4 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = () => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 0) throw new Error(`${a} needs a non-negative integer`);
      return v;
    };
    if (a === '--seed') opts.seed = num();
    else if (a === '--files') opts.files = num();
    else if (a === '--per-round') opts.perRound = Math.max(1, num());
    else if (a === '--time-limit') opts.timeLimit = num();
    else if (a === '--round') opts.round = num();
    else if (a === '--jobs') opts.jobs = Math.max(1, num());
    else if (a === '--editor-every') opts.editorEvery = Math.max(1, num());
    else if (a === '--keep') opts.keep = true;
    else if (a === '--quiet') opts.quiet = true;
    else if (a === '--worker') opts.worker = true;
    else if (a === '--work') opts.work = argv[++i];
    else throw new Error(`unknown option ${a} (see the comment at the top of scripts/fuzz.js)`);
  }
  return opts;
}

// ─────────────────────────────── randomness ───────────────────────────────

// The benchmark generator's seeded PRNG, so every corpus and fuzz round is reproducible the same way.
const { mulberry32 } = require('../bench/generate');

class Rng {
  constructor(seed) { this.next = mulberry32(seed); }
  int(n) { return Math.floor(this.next() * n); }
  pick(list) { return list[this.int(list.length)]; }
  chance(p) { return this.next() < p; }
}

/** One generator per (seed, round): a round can be replayed alone with `--round`. */
const roundSeed = (seed, round) => (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(round + 1, 0xc2b2ae35)) >>> 0;

// ─────────────────────────────── mutations ───────────────────────────────

const TOKENS = ['(', ')', '{', '}', '[', ']', '<', '>', '=>', '?.', '...', '`', '${', "'", '"', '/*', '*/', '//', '\n', ';',
  ',', ':', '?', '!', '=', '+', '@', '#', '\\', 'if', 'else', 'function', 'class', 'async', 'await', 'yield', 'new', 'typeof',
  'as', 'satisfies', 'enum', 'declare', 'import', 'export', 'return', 'const', 'let', '<div>', '</div>', 'email', 'myNumber',
  'console.log(', 'fetch(', 'c.email', 'customer', '個人番号', '\u2028', '\r', '\t', '0x', '1e', '/re/g', '//#', '#!'];

const DEPTHS = [10, 17, 100, 300, 301, 600, 1000, 2000, 5000];

/** Deeply nested code, `n` levels, around `inner` (an expression) — for every construct TypeScript recurses on. */
const NESTERS = {
  parens: (n, inner) => `${'('.repeat(n)}${inner}${')'.repeat(n)}`,
  arrays: (n, inner) => `${'['.repeat(n)}${inner}${']'.repeat(n)}`,
  objects: (n, inner) => `${'{ a: '.repeat(n)}${inner}${' }'.repeat(n)}`,
  calls: (n, inner) => `${'f('.repeat(n)}${inner}${')'.repeat(n)}`,
  templates: (n, inner) => `${'`${'.repeat(n)}${inner}${'}`'.repeat(n)}`,
  ternaries: (n, inner) => `${'a ? b : '.repeat(n)}${inner}`,
  unary: (n, inner) => `${'!'.repeat(n)}${inner}`,
  arrows: (n, inner) => `${'() => '.repeat(n)}${inner}`,
  members: (n, inner) => `${inner}${'.a'.repeat(n)}`,
  callChain: (n, inner) => `${inner}${'.a()'.repeat(n)}`,
  plus: (n, inner) => `${inner}${" + 'x'".repeat(n)}`,
  plusRight: (n, inner) => `${"'x' + (".repeat(n)}${inner}${')'.repeat(n)}`,
  and: (n, inner) => `${'a && '.repeat(n)}${inner}`,
  assign: (n, inner) => `${'x = '.repeat(n)}${inner}`,
  generics: (n) => `(null as unknown as ${'A<'.repeat(n)}string${'>'.repeat(n)})`,
  jsx: (n, inner) => `${'<div>'.repeat(n)}{${inner}}${'</div>'.repeat(n)}`,
};

const STATEMENT_NESTERS = {
  ifs: (n, inner) => `${'if (a) {\n'.repeat(n)}${inner}\n${'}\n'.repeat(n)}`,
  elseIfs: (n, inner) => `if (a) {}\n${'else if (a) {}\n'.repeat(n)}else { ${inner} }\n`,
  blocks: (n, inner) => `${'{'.repeat(n)}${inner}${'}'.repeat(n)}\n`,
  functions: (n, inner) => `${'function f() {\n'.repeat(n)}${inner}\n${'}\n'.repeat(n)}`,
  loops: (n, inner) => `${'for (;;) '.repeat(n)}${inner}\n`,
  labels: (n, inner) => `${Array.from({ length: n }, (_, i) => `l${i}: `).join('')}${inner}\n`,
};

function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** Text mutations: each returns [new text, description]. */
const TEXT_MUTATIONS = {
  truncate(rng, text) {
    const at = rng.int(text.length + 1);
    return [text.slice(0, at), `truncate@${at}`];
  },
  tokenEdits(rng, text) {
    const parts = text.split(/(\s+|[A-Za-z_$][\w$]*|\d+|[^\sA-Za-z_$\d])/).filter((p) => p !== '');
    const edits = 1 + rng.int(6);
    const done = [];
    for (let e = 0; e < edits && parts.length; e++) {
      const i = rng.int(parts.length);
      const kind = rng.int(4);
      if (kind === 0) { parts.splice(i, 1); done.push(`del${i}`); }
      else if (kind === 1) { parts.splice(i, 0, parts[i]); done.push(`dup${i}`); }
      else if (kind === 2) { const j = rng.int(parts.length); [parts[i], parts[j]] = [parts[j], parts[i]]; done.push(`swap${i},${j}`); }
      else { const t = rng.pick(TOKENS); parts.splice(i, 0, t); done.push(`ins${i}:${JSON.stringify(t)}`); }
    }
    return [parts.join(''), `tokens[${done.join(' ')}]`];
  },
  deepExpression(rng, text) {
    const name = rng.pick(Object.keys(NESTERS));
    const n = rng.pick(DEPTHS);
    const inner = rng.pick(['c.email', 'customer', '1', 'x']);
    const expr = NESTERS[name](n, inner);
    // Into a log call (so the analysis follows it) or a declaration, at a line start.
    const starts = lineStarts(text);
    const at = starts[rng.int(starts.length)];
    const statement = rng.chance(0.5) ? `console.log(${expr});\n` : `const deep${rng.int(1000)} = ${expr};\n`;
    return [text.slice(0, at) + statement + text.slice(at), `deep:${name}x${n}`];
  },
  deepStatement(rng, text) {
    const name = rng.pick(Object.keys(STATEMENT_NESTERS));
    const n = rng.pick(DEPTHS);
    const block = STATEMENT_NESTERS[name](n, 'console.log(c.email);');
    const starts = lineStarts(text);
    const at = starts[rng.int(starts.length)];
    return [text.slice(0, at) + block + text.slice(at), `deep:${name}x${n}`];
  },
  longLine(rng, text) {
    const size = rng.pick([10_000, 50_000, 200_000, 500_000]);
    const kind = rng.int(4);
    let line;
    if (kind === 0) line = `const long = '${'x'.repeat(size)}';`;
    else if (kind === 1) line = `const long = [${'1,'.repeat(size / 2)}];`;
    else if (kind === 2) line = `const long = ${"'ab' + ".repeat(size / 7)}c.email;`;
    else line = `// ${'あ'.repeat(size / 3)}`;
    const starts = lineStarts(text);
    const at = starts[rng.int(starts.length)];
    return [text.slice(0, at) + line + '\n' + text.slice(at), `longLine:${kind}x${size}`];
  },
  helperChain(rng, text) {
    // A long chain of helpers, each also called with personal data (generated code, codecs, state machines): the
    // analysis asks at each call whether the chain sends past its depth limit, which must not walk the chain again.
    const n = rng.pick([5, 50, 500, 2000, 5000]);
    const end = rng.pick(['console.log(v);', 'return v;', "fetch('https://api.example.com/x', { method: 'POST', body: v });"]);
    const p = `h${rng.int(1000)}_`;
    const fns = Array.from({ length: n }, (_, i) => `function ${p}${i}(v: any): any { ${i === n - 1 ? end : `return ${p}${i + 1}(v);`} }`);
    const calls = Array.from({ length: n }, (_, i) => `${p}${i}(c.email);`);
    return [`${text}\ndeclare const c: { email: string };\n${fns.join('\n')}\n${calls.join('\n')}\n`, `helperChain:${n}`];
  },
  oneLine(rng, text) {
    return [text.replace(/\r?\n/g, rng.chance(0.5) ? ' ' : ''), 'oneLine'];
  },
  lineEndings(rng, text) {
    const eol = rng.pick(['\r\n', '\r', '\u2028', '\u2029']);
    return [text.replace(/\n/g, eol), `eol:${JSON.stringify(eol)}`];
  },
};

/** Encodings, applied last: each returns [bytes, description]. */
const ENCODINGS = {
  utf8: (rng, text) => [Buffer.from(text, 'utf8'), 'utf8'],
  utf8Bom: (rng, text) => [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'utf8-bom'],
  utf16le: (rng, text) => [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'utf16le-bom'],
  utf16be: (rng, text) => {
    const le = Buffer.from(text, 'utf16le');
    for (let i = 0; i + 1 < le.length; i += 2) { const t = le[i]; le[i] = le[i + 1]; le[i + 1] = t; }
    return [Buffer.concat([Buffer.from([0xfe, 0xff]), le]), 'utf16be-bom'];
  },
  utf16NoBom: (rng, text) => [Buffer.from(text, 'utf16le'), 'utf16le-no-bom'],
  loneSurrogates: (rng, text) => {
    const at = rng.int(text.length + 1);
    return [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.slice(0, at) + '\ud800x\udc00' + text.slice(at), 'utf16le')]), `utf16-lone-surrogates@${at}`];
  },
  shiftJis: (rng, text) => {
    // ASCII stays ASCII in Shift_JIS; Japanese in a comment and a string as real Shift_JIS bytes (あいう, 個人番号).
    const ascii = Buffer.from(text.replace(/[^\x00-\x7f]/g, '?'), 'latin1');
    const comment = Buffer.concat([Buffer.from('// '), Buffer.from([0x82, 0xa0, 0x82, 0xa2, 0x82, 0xa4]), Buffer.from('\n')]);
    const str = Buffer.concat([Buffer.from("const kojin = '"), Buffer.from([0x8c, 0xc2, 0x90, 0x6c, 0x94, 0xd4, 0x8d, 0x86]), Buffer.from("';\n")]);
    return [Buffer.concat([comment, str, ascii]), 'shift_jis'];
  },
  invalidBytes: (rng, text) => {
    const buf = Buffer.from(text, 'utf8');
    const out = [];
    let last = 0;
    const count = 1 + rng.int(5);
    const spots = Array.from({ length: count }, () => rng.int(buf.length + 1)).sort((a, b) => a - b);
    for (const s of spots) { out.push(buf.subarray(last, s), Buffer.from([0x80 + rng.int(0x80)])); last = s; }
    out.push(buf.subarray(last));
    return [Buffer.concat(out), `invalid-bytes:${spots.join(',')}`];
  },
  nuls: (rng, text) => {
    const buf = Buffer.from(text, 'utf8');
    // Early (the binary check looks at the first 8 KiB) or late (past it).
    const at = rng.chance(0.5) ? rng.int(Math.min(buf.length, 8192) + 1) : Math.min(buf.length, 8192 + rng.int(1024));
    return [Buffer.concat([buf.subarray(0, at), Buffer.from([0]), buf.subarray(at)]), `nul@${at}`];
  },
};

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

/** Mutates one file: 1–3 text mutations, then an encoding; sometimes another extension. */
function mutate(rng, rel, text) {
  const steps = [];
  let t = text;
  const count = 1 + rng.int(3);
  for (let i = 0; i < count; i++) {
    const name = rng.pick(Object.keys(TEXT_MUTATIONS));
    const [next, what] = TEXT_MUTATIONS[name](rng, t);
    // Keep files under the engine's size limit most of the time: past it nothing is parsed.
    if (next.length > 3_500_000) continue;
    t = next;
    steps.push(what);
  }
  const encoding = rng.chance(0.7) ? 'utf8' : rng.pick(Object.keys(ENCODINGS));
  const [bytes, how] = ENCODINGS[encoding](rng, t);
  steps.push(how);
  let out = rel;
  if (rng.chance(0.15)) out = rel.replace(/\.[^./]+$/, '') + rng.pick(EXTENSIONS);
  return { rel: out, bytes, mutation: steps.join(' | ') };
}

// ─────────────────────────────── seed projects ───────────────────────────────

function listFiles(dir, base = dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) listFiles(full, base, out);
    else out.push(path.relative(base, full));
  }
  return out;
}

/** The projects to mutate: the example app and a generated corpus (made once per run, in the work folder). */
function seedProjects(work, seed) {
  const generated = path.join(work, 'generated');
  if (!fs.existsSync(path.join(generated, '.complete'))) {
    require(path.join(ROOT, 'bench', 'generate.js')).generate({ files: 120, seed: seed + 1, out: generated, force: true });
  }
  return [SHOP_APP, generated].map((dir) => {
    const files = listFiles(dir).filter((f) => !f.startsWith('.') && !f.includes('node_modules'));
    return { dir, files, sources: files.filter((f) => /\.(ts|tsx|js|mjs|cjs)$/.test(f) && !f.endsWith('.d.ts')) };
  });
}

// ─────────────────────────────── one round (child process) ───────────────────────────────

function runRound(opts, round) {
  const engine = require(path.join(ROOT, 'engine', 'dist', 'index.js'));
  const { allRules, ruleCatalog } = require(path.join(ROOT, 'rules', 'dist', 'index.js'));
  const rng = new Rng(roundSeed(opts.seed, round));
  const projects = seedProjects(opts.work, opts.seed);
  const base = projects[round % projects.length];
  const dir = path.join(opts.work, `round-${round}`);
  fs.rmSync(dir, { recursive: true, force: true });
  for (const rel of base.files) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.copyFileSync(path.join(base.dir, rel), path.join(dir, rel));
  }
  // The round's files: mutations of the project's own files, in its folders (so imports and types resolve).
  const files = [];
  const taken = new Set();
  for (let i = 0; i < opts.perRound; i++) {
    const source = rng.pick(base.sources);
    const m = mutate(rng, source, fs.readFileSync(path.join(base.dir, source), 'utf8'));
    let rel = m.rel.replace(/(\.[^./]+)$/, `.fuzz${i}$1`);
    if (taken.has(rel)) continue;
    taken.add(rel);
    fs.writeFileSync(path.join(dir, rel), m.bytes);
    files.push({ rel, abs: path.join(dir, rel), mutation: m.mutation, source });
  }
  const config = engine.loadConfigFile(path.join(dir, 'privacy-lint.json'), ruleCatalog);
  const configFor = (f) => engine.resolveConfig(config.config, f, ruleCatalog, dir);
  const problems = [];
  const note = (kind, file, detail) => problems.push({ kind, round, file: file.rel, source: file.source, mutation: file.mutation, detail });
  // The limit is on CPU time: the machine may be shared, and waiting for a core is not the engine being slow.
  const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  const check = (mode, file, run) => {
    const start = process.hrtime.bigint();
    const cpuStart = cpuMs();
    let results;
    try {
      results = run();
    } catch (e) {
      note('aborted', file, `${mode}: ${e && e.stack ? e.stack.split('\n').slice(0, 4).join(' / ') : e}`);
      return;
    }
    const cpu = cpuMs() - cpuStart;
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (cpu > opts.timeLimit) note('slow', file, `${mode}: ${Math.round(cpu)} ms CPU (${Math.round(ms)} ms wall)`);
    for (const r of results) {
      for (const f of r.findings) if (f.ruleId === 'internal-error') note('internal-error', file, `${mode}: ${f.message.en}`);
    }
    if (results.length !== 1) note('aborted', file, `${mode}: ${results.length} results for one file`);
  };
  const phases = {};
  const phase = (name, since) => { phases[name] = Math.round(Number(process.hrtime.bigint() - since) / 1e6); };
  let since = process.hrtime.bigint();
  const lint = (abs, typeInfo, extra = {}) => engine.lintFiles({ files: [abs], rules: allRules, configFor, typeInfo, ...extra });
  // Each file alone, without types (the CLI with --no-type-info).
  for (const file of files) check('no types', file, () => lint(file.abs, false));
  phase('noTypesMs', since);
  since = process.hrtime.bigint();
  // Each file alone, with types, through the editor's incremental language service: the program is built before
  // the clock starts, so the time is that file's (binding and checking what it needs included). Every
  // `--editor-every`th round: building the service (the DOM library included) is most of a round's time.
  if (round % opts.editorEvery === 0) lintInEditor();
  function lintInEditor() {
  const types = new engine.TypeProjects();
  const tsconfig = path.join(dir, 'tsconfig.json');
  const programFor = (t, fs_) => types.programFor(t, fs_);
  try {
    for (const file of files) {
      try { types.programFor(tsconfig, [file.abs]); } catch (e) { note('aborted', file, `types (building the program): ${e && e.message}`); continue; }
      check('types', file, () => lint(file.abs, true, { programFor }));
    }
  } finally {
    types.disposeAll();
  }
  }
  phase('typesMs', since);
  // All of them together, as `privacy-lint <folder>` does (one program); the limit is per file.
  const start = process.hrtime.bigint();
  const cpuStart = cpuMs();
  try {
    const results = engine.lintFiles({ files: files.map((f) => f.abs), rules: allRules, configFor, typeInfo: true });
    const ms = cpuMs() - cpuStart;
    if (ms > opts.timeLimit * Math.max(1, files.length)) problems.push({ kind: 'slow', round, file: '(whole round)', detail: `cli: ${Math.round(ms)} ms for ${files.length} files` });
    const byFile = new Map(files.map((f) => [f.abs, f]));
    for (const r of results) {
      for (const f of r.findings) if (f.ruleId === 'internal-error') note('internal-error', byFile.get(r.file) ?? { rel: r.file }, `cli: ${f.message.en}`);
    }
    if (results.length !== files.length) problems.push({ kind: 'aborted', round, file: '(whole round)', detail: `cli: ${results.length} results for ${files.length} files` });
  } catch (e) {
    problems.push({ kind: 'aborted', round, file: '(whole round)', detail: `cli: ${e && e.stack ? e.stack.split('\n').slice(0, 4).join(' / ') : e}` });
  }
  phase('cliMs', start);
  if (!opts.keep) fs.rmSync(dir, { recursive: true, force: true });
  return { round, files: files.length, problems, phases };
}

// ─────────────────────────────── the driver ───────────────────────────────

/** Runs one round in a child process; resolves to its result, or to an "aborted" result when it died or hung. */
function spawnRound(opts, work, round) {
  const args = [__filename, '--worker', '--seed', String(opts.seed), '--round', String(round), '--per-round', String(opts.perRound),
    '--time-limit', String(opts.timeLimit), '--editor-every', String(opts.editorEvery), '--work', work, ...(opts.keep ? ['--keep'] : [])];
  // Generous: the files' own limit is checked inside; this catches a hang or a dead process.
  const timeout = 120_000 + opts.perRound * opts.timeLimit * 4;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(stdout.trim().split('\n').pop()));
      } catch {
        const why = signal === 'SIGKILL' ? `killed after ${timeout} ms` : `exit ${code}${signal ? ` (${signal})` : ''}`;
        resolve({ round, files: opts.perRound, phases: {}, problems: [{ kind: 'aborted', round, file: '(whole round)',
          detail: `the round's process died: ${why}; ${stderr.trim().split('\n').slice(-3).join(' / ')}` }] });
      }
    });
  });
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.worker) {
    const result = runRound(opts, opts.round);
    process.stdout.write(JSON.stringify(result) + '\n');
    return 0;
  }
  for (const part of ['engine', 'rules']) {
    if (!fs.existsSync(path.join(ROOT, part, 'dist', 'index.js'))) throw new Error(`run \`npm run build\` first (${part}/dist is missing)`);
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lint-fuzz-'));
  const rounds = opts.round !== undefined ? [opts.round] : Array.from({ length: Math.ceil(opts.files / opts.perRound) }, (_, i) => i);
  const started = Date.now();
  let files = 0;
  const results = [];
  try {
    seedProjects(work, opts.seed); // once, before the rounds share it
    let next = 0;
    const worker = async () => {
      while (next < rounds.length) {
        const round = rounds[next++];
        const result = await spawnRound(opts, work, round);
        results.push(result);
        files += result.files;
        if (!opts.quiet) {
          const bad = result.problems.length ? ` — ${result.problems.length} problem(s)` : '';
          process.stdout.write(`round ${round}: ${result.files} files${bad} (${files} so far, ${Math.round((Date.now() - started) / 1000)} s; ${JSON.stringify(result.phases)})\n`);
        }
      }
    };
    await Promise.all(Array.from({ length: opts.jobs }, worker));
  } finally {
    if (!opts.keep) fs.rmSync(work, { recursive: true, force: true });
    else process.stdout.write(`kept ${work}\n`);
  }
  results.sort((a, b) => a.round - b.round);
  const problems = results.flatMap((r) => r.problems);
  const count = (kind) => problems.filter((p) => p.kind === kind).length;
  const summary = { seed: opts.seed, files, rounds: rounds.length, timeLimitMs: opts.timeLimit, aborted: count('aborted'),
    overTimeLimit: count('slow'), internalErrors: count('internal-error'), seconds: Math.round((Date.now() - started) / 1000) };
  for (const p of problems) {
    process.stdout.write(`${p.kind}: seed ${opts.seed} round ${p.round} ${p.file}${p.source ? ` (from ${p.source})` : ''}${p.mutation ? ` [${p.mutation}]` : ''}: ${p.detail}\n`);
  }
  process.stdout.write(`fuzz summary: ${JSON.stringify(summary)}\n`);
  if (problems.length) process.stdout.write(`reproduce one round with: node scripts/fuzz.js --seed ${opts.seed} --round <round> --per-round ${opts.perRound} --keep\n`);
  return problems.length ? 1 : 0;
}

main().then((code) => { process.exitCode = code; }, (e) => {
  process.stderr.write(`fuzz: ${e && e.message ? e.message : e}\n`);
  process.exitCode = 2;
});
