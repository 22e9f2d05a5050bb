#!/usr/bin/env node
'use strict';
/**
 * `npm run eval:real`: scores the linter against the labelled real-world set (`labels/*.csv`, see README.md).
 *
 *   node eval/real-world/run.js [--part dev|holdout|all] [--no-type-info] [--misses] [--repo owner/name]
 *                               [--mirrors DIR] [--json FILE] [--reports DIR]
 *
 * For each labelled repository it takes the labelled commit out of a local git mirror (`<mirrors>/<owner>+<name>/repo`,
 * default mirrors folder `/work/.mirror`, or `PRIVACY_LINT_MIRRORS`), lints the whole tree with the CLI built in this
 * repository (JSON report, the recommended preset, nothing tuned for the repository), and scores each row.
 * `--misses` lists the dev rows that were missed or flagged (never the holdout's, unless `--part holdout` is asked
 * for explicitly, which is for the final report only).
 *
 * Nothing from the mirrors is executed: their code is only read by the linter.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync, spawnSync } = require('node:child_process');
const ts = require('typescript');

const ROOT = path.resolve(__dirname, '..', '..');
const LABELS = path.join(__dirname, 'labels');
const SPLIT = JSON.parse(fs.readFileSync(path.join(__dirname, 'split.json'), 'utf8'));
const CLI = path.join(ROOT, 'cli', 'bin', 'privacy-lint.js');

const RULES_OF_KIND = {
  log: ['no-personal-data-in-logs'],
  transfer: ['no-unguarded-external-transfer', 'no-foreign-transfer-without-consent', 'no-my-number-transfer'],
  'my-number': ['my-number-outside-permitted-module', 'no-my-number-transfer'],
  cookie: ['no-personal-data-in-cookies'],
  storage: ['no-personal-data-in-cookies'],
  sensitive: ['no-sensitive-personal-data'],
};

function parseArgs(argv) {
  const opts = { part: 'dev', typeInfo: true, misses: false, repo: undefined, json: undefined,
    mirrors: process.env.PRIVACY_LINT_MIRRORS || '/work/.mirror' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--part') opts.part = argv[++i];
    else if (a === '--no-type-info') opts.typeInfo = false;
    else if (a === '--misses') opts.misses = true;
    else if (a === '--repo') opts.repo = argv[++i];
    else if (a === '--mirrors') opts.mirrors = argv[++i];
    else if (a === '--json') opts.json = argv[++i];
    else if (a === '--reports') opts.reports = argv[++i];
    else throw new Error(`unknown option ${a}`);
  }
  if (!['dev', 'holdout', 'all'].includes(opts.part)) throw new Error('--part is dev, holdout or all');
  return opts;
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes doubled. */
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); if (row.some((f) => f !== '')) rows.push(row); }
  return rows;
}

function readLabels() {
  const rows = [];
  for (const name of fs.readdirSync(LABELS).filter((f) => f.endsWith('.csv')).sort()) {
    const [header, ...body] = parseCsv(fs.readFileSync(path.join(LABELS, name), 'utf8'));
    const col = Object.fromEntries(header.map((h, i) => [h.trim(), i]));
    for (const cells of body) {
      const r = {};
      for (const k of ['repo', 'commit', 'path', 'line', 'kind', 'label', 'reason']) r[k] = (cells[col[k]] ?? '').trim();
      r.line = Number(r.line);
      r.source = name;
      if (!RULES_OF_KIND[r.kind] || !['positive', 'near-miss'].includes(r.label) || !(r.line > 0)) {
        console.warn(`${name}: skipped a malformed row (${cells.join(' | ').slice(0, 80)})`);
        continue;
      }
      rows.push(r);
    }
  }
  return rows;
}

function partOf(repo) { return SPLIT.holdout.includes(repo) ? 'holdout' : 'dev'; }

/** The labelled commit's tree, taken out of the mirror once into a cache folder outside this repository. */
function checkout(mirrors, repo, commit) {
  const gitDir = path.join(mirrors, repo.replace('/', '+'), 'repo');
  if (!fs.existsSync(gitDir)) throw new Error(`no mirror of ${repo} at ${gitDir} (fetch it first)`);
  const dir = path.join(os.tmpdir(), 'privacy-lint-eval', `${repo.replace('/', '__')}-${commit.slice(0, 12)}`);
  if (!fs.existsSync(path.join(dir, '.complete'))) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    // Only what the linter reads: sources, tsconfig/jsconfig package.json and pnpm-workspace.yaml files (mirrors lack files of 4 MiB
    // and more, so a whole-tree archive can fail on a large image). One `cat-file --batch` for all blobs.
    const wanted = /(\.(?:[cm]?[jt]s|[jt]sx)|(?:^|\/)(?:[^/]*tsconfig[^/]*|jsconfig[^/]*|package)\.json|(?:^|\/)pnpm-workspace\.yaml)$/;
    const tree = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '-z', commit], { maxBuffer: 1 << 28 }).toString('utf8');
    const entries = tree.split('\0').filter(Boolean).map((line) => {
      const tab = line.indexOf('\t');
      const [mode, type, sha] = line.slice(0, tab).split(' ');
      return { mode, type, sha, file: line.slice(tab + 1) };
    }).filter((e) => e.type === 'blob' && e.mode !== '120000' && wanted.test(e.file) && !/(^|\/)node_modules\//.test(e.file));
    const out = execFileSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'],
      { input: entries.map((e) => e.sha).join('\n') + '\n', maxBuffer: 1 << 30 });
    let pos = 0;
    for (const e of entries) {
      const nl = out.indexOf(10, pos);
      const header = out.subarray(pos, nl).toString();
      pos = nl + 1;
      if (header.endsWith('missing')) continue;
      const size = Number(header.split(' ')[2]);
      const target = path.join(dir, e.file);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, out.subarray(pos, pos + size));
      pos += size + 1;
    }
    fs.writeFileSync(path.join(dir, '.complete'), '');
  }
  // What a team starts with: the recommended preset and nothing else (a config of the repository's own, if it had
  // one, would be used; none of them has).
  fs.writeFileSync(path.join(dir, 'privacy-lint.json'), '{ "extends": "recommended" }\n');
  return dir;
}

function lint(dir, typeInfo) {
  const out = path.join(REPORTS_DIR, `${path.basename(dir)}.${typeInfo ? 'types' : 'notypes'}.json`);
  const args = [CLI, '-f', 'json', '-o', out, ...(typeInfo ? [] : ['--no-type-info']), '.'];
  const started = Date.now();
  const run = spawnSync(process.execPath, ['--max-old-space-size=8192', '--stack-size=4000', ...args],
    { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`lint of ${dir} exited ${run.status}: ${run.stderr.slice(0, 2000)}`);
  const report = JSON.parse(fs.readFileSync(out, 'utf8'));
  return { report, seconds: (Date.now() - started) / 1000 };
}

/** Lines [from, to] of the call (or statement) that starts on `line`. */
function spanAt(file, line) {
  let text;
  try { text = fs.readFileSync(file, 'utf8'); } catch { return undefined; }
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lineOf = (pos) => sf.getLineAndCharacterOfPosition(pos).line + 1;
  let best;
  let statement;
  const visit = (node) => {
    const start = lineOf(node.getStart(sf));
    const end = lineOf(node.getEnd());
    if (end < line || lineOf(node.pos) > line) return;
    if (start === line) {
      const span = [start, end];
      const isSinkLike = ts.isCallExpression(node) || ts.isNewExpression(node)
        || (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken)
        || ts.isTaggedTemplateExpression(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxElement(node);
      if (isSinkLike && (!best || span[1] - span[0] > best[1] - best[0])) best = span;
      if (ts.isStatement(node) && !statement) statement = span;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return best ?? statement ?? [line, line];
}

/** Where the JSON reports go (`--reports DIR`): runs of two checkouts at once must not share it. */
let REPORTS_DIR = path.join(os.tmpdir(), 'privacy-lint-eval');

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.reports) { REPORTS_DIR = path.resolve(opts.reports); fs.mkdirSync(REPORTS_DIR, { recursive: true }); }
  const rows = readLabels().filter((r) => (opts.part === 'all' || partOf(r.repo) === opts.part) && (!opts.repo || r.repo === opts.repo));
  const byRepo = new Map();
  for (const r of rows) {
    const key = `${r.repo}@${r.commit}`;
    if (!byRepo.has(key)) byRepo.set(key, []);
    byRepo.get(key).push(r);
  }
  const scored = [];
  const runs = [];
  for (const [key, repoRows] of byRepo) {
    const { repo, commit } = repoRows[0];
    let dir, result;
    try {
      dir = checkout(opts.mirrors, repo, commit);
      result = lint(dir, opts.typeInfo);
    } catch (e) {
      console.error(`${key}: not scored — ${e.message}`);
      continue;
    }
    // Every finding, by the file it is in and by the file of the sink it names (a helper's sink may be elsewhere).
    const byFile = new Map();
    const add = (rel, entry) => { if (!byFile.has(rel)) byFile.set(rel, []); byFile.get(rel).push(entry); };
    // The steps of each finding's path (source → helpers → sink), for the secondary score (see the README).
    const onPaths = new Map();
    const addStep = (rel, entry) => { if (!onPaths.has(rel)) onPaths.set(rel, []); onPaths.get(rel).push(entry); };
    const linted = new Set();
    let files = 0, errors = 0;
    const relOf = (p) => path.relative(dir, path.resolve(dir, p)).split(path.sep).join('/');
    for (const f of result.report) {
      const rel = relOf(f.filePath);
      files++;
      linted.add(rel);
      for (const m of f.messages) {
        if (m.ruleId === 'internal-error' || m.ruleId === 'parse-error') errors++;
        add(rel, { ruleId: m.ruleId, line: m.line });
        if (m.sink) {
          const sinkRel = relOf(m.sink.filePath);
          if (sinkRel !== rel || m.sink.line !== m.line) add(sinkRel, { ruleId: m.ruleId, line: m.sink.line });
        }
        for (const p of m.paths ?? []) {
          for (const step of p) if (step.filePath) addStep(relOf(step.filePath), { ruleId: m.ruleId, line: step.line });
        }
      }
    }
    runs.push({ repo, commit, seconds: result.seconds, files, errors });
    for (const r of repoRows) {
      const span = spanAt(path.join(dir, r.path), r.line);
      const rules = RULES_OF_KIND[r.kind];
      const inSpan = (m) => rules.includes(m.ruleId) && span && m.line >= span[0] && m.line <= span[1];
      const hits = (byFile.get(r.path) ?? []).filter(inSpan);
      const onPath = hits.length > 0 || (onPaths.get(r.path) ?? []).some(inSpan);
      scored.push({ ...r, part: partOf(r.repo), reported: hits.length > 0, onPath, fileLinted: linted.has(r.path), span });
    }
  }
  report(scored, runs, opts);
}

function pct(n, d) { return d ? `${(100 * n / d).toFixed(1)} %` : '—'; }

function report(scored, runs, opts) {
  console.log('\nRuns');
  for (const r of runs) {
    console.log(`  ${r.repo}@${r.commit.slice(0, 10)}  ${r.files} files, ${r.errors} parse/internal errors, ${r.seconds.toFixed(1)} s`);
  }
  const parts = opts.part === 'all' ? ['dev', 'holdout'] : [opts.part];
  const summary = {};
  for (const part of parts) {
    const mine = scored.filter((s) => s.part === part);
    const kinds = [...new Set(mine.map((s) => s.kind))].sort();
    console.log(`\n${part}: ${new Set(mine.map((s) => s.repo)).size} repositories, ${mine.length} rows`);
    console.log('  kind        positives found   recall    near misses flagged   flagged    | on a path: recall  flagged');
    summary[part] = {};
    const line = (kind, list) => {
      const pos = list.filter((s) => s.label === 'positive');
      const neg = list.filter((s) => s.label === 'near-miss');
      const found = pos.filter((s) => s.reported).length;
      const flagged = neg.filter((s) => s.reported).length;
      const foundOnPath = pos.filter((s) => s.onPath).length;
      const flaggedOnPath = neg.filter((s) => s.onPath).length;
      summary[part][kind] = { positives: pos.length, found, nearMisses: neg.length, flagged, foundOnPath, flaggedOnPath };
      console.log(`  ${kind.padEnd(11)} ${String(found).padStart(5)} / ${String(pos.length).padEnd(6)}  ${pct(found, pos.length).padStart(8)}    ${String(flagged).padStart(5)} / ${String(neg.length).padEnd(6)}      ${pct(flagged, neg.length).padStart(8)}`
        + `    | ${String(foundOnPath).padStart(5)} ${pct(foundOnPath, pos.length).padStart(8)} ${String(flaggedOnPath).padStart(4)} ${pct(flaggedOnPath, neg.length).padStart(8)}`);
    };
    for (const k of kinds) line(k, mine.filter((s) => s.kind === k));
    line('log+transfer+my-number', mine.filter((s) => ['log', 'transfer', 'my-number'].includes(s.kind)));
    line('all', mine);
    if (opts.misses && (part === 'dev' || opts.part === 'holdout')) {
      console.log(`\n  ${part}: missed positives`);
      for (const s of mine.filter((x) => x.label === 'positive' && !x.reported)) {
        console.log(`    ${s.repo} ${s.path}:${s.line} [${s.kind}]${s.fileLinted ? '' : ' (file not linted)'}${s.onPath ? ' (on a path)' : ''} — ${s.reason}`);
      }
      console.log(`\n  ${part}: flagged near misses`);
      for (const s of mine.filter((x) => x.label === 'near-miss' && x.reported)) {
        console.log(`    ${s.repo} ${s.path}:${s.line} [${s.kind}] — ${s.reason}`);
      }
    }
  }
  if (opts.json) fs.writeFileSync(opts.json, JSON.stringify({ runs, summary, rows: scored }, null, 2));
}

main();
