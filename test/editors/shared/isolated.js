#!/usr/bin/env node
'use strict';
/**
 * Runs an editor suite (`node isolated.js test/editors/vscode/run.js`) and checks that it left nothing behind: it
 * gets a temp dir of its own (TMPDIR), and the run fails when afterwards that temp dir is not empty or the user's
 * ~/.config, ~/.local/share, ~/.local/state or ~/.cache gained an entry (three levels deep: code-server writes
 * ~/.config/code-server/config.yaml and ~/.local/share/code-server/coder-logs/<run> unless it is given folders of
 * its own; the suites give every editor its own). The editors' install cache (~/.cache/privacy-lint-editors) is
 * not checked. Exit code: the suite's, or 1 when it left something behind.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const home = os.homedir();
const watched = ['.config', '.local/share', '.local/state', '.cache'].map((d) => path.join(home, d));
/** Where the install script keeps the editors (read by the suites, never a user setting). */
const editorCache = process.env.PRIVACY_LINT_EDITOR_CACHE || path.join(home, '.cache', 'privacy-lint-editors');

/** Entries up to three levels under the watched folders (`~/.local/share/code-server/coder-logs/<run>`). */
function listing() {
  const out = new Set();
  const walk = (dir, depth) => {
    let entries = [];
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (full === editorCache) continue;
      out.add(full);
      if (depth < 3 && e.isDirectory()) walk(full, depth + 1);
    }
  };
  for (const dir of watched) walk(dir, 1);
  return out;
}

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: node test/editors/shared/isolated.js SUITE.js [args]');
  process.exit(2);
}
const before = listing();
// Short: sockets are made below it (a socket path has at most 107 bytes).
const runTmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-editors-'));
const run = spawnSync(process.execPath, [script, ...args], {
  stdio: 'inherit',
  env: { ...process.env, TMPDIR: runTmp, PRIVACY_LINT_EDITOR_CACHE: editorCache },
});
const leftInTmp = fs.readdirSync(runTmp);
fs.rmSync(runTmp, { recursive: true, force: true, maxRetries: 3 });
const added = [...listing()].filter((f) => !before.has(f));
let code = run.status ?? 1;
if (leftInTmp.length) {
  console.error(`${path.basename(path.dirname(script))}: left ${leftInTmp.length} entries in its temp dir: ${leftInTmp.join(', ')}`);
  code = code || 1;
}
if (added.length) {
  console.error(`${path.basename(path.dirname(script))}: wrote into the user's folders: ${added.join(', ')}`);
  code = code || 1;
}
process.exit(code);
