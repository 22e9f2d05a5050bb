#!/usr/bin/env node
'use strict';
/**
 * Neovim 0.7 as an LSP client of the Privacy Lint server (server/bin/privacy-lint-server.js --stdio): runs
 * ./lsp-test.lua headless on a fresh copy of test/editors/fixtures/workspace, then checks the file it wrote.
 * Exit code 0 when everything passed. Needs `nvim` (bash scripts/editors/install-editors.sh installs it).
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const repo = path.resolve(__dirname, '..', '..', '..');
const server = path.join(repo, 'server', 'bin', 'privacy-lint-server.js');
const fixture = path.join(repo, 'test', 'editors', 'fixtures', 'workspace');
const script = path.join(__dirname, 'lsp-test.lua');

function check(condition, message) {
  if (!condition) throw new Error(message);
}

function main() {
  const version = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  check(!version.error && version.status === 0,
    'nvim not found: install Neovim (apt-get install -y neovim, or bash scripts/editors/install-editors.sh)');
  console.log(`neovim: ${version.stdout.split('\n')[0]}`);
  check(fs.existsSync(path.join(repo, 'server', 'dist', 'server.js')), 'server/dist/server.js is missing: npm run build');

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lint-nvim-test-'));
  try {
    const workspace = path.join(tmp, 'workspace');
    fs.cpSync(fixture, workspace, { recursive: true });
    const file = path.join(workspace, 'src', 'customers.ts');
    const started = Date.now();
    const run = spawnSync('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${script}`, 'src/customers.ts'], {
      cwd: workspace,
      encoding: 'utf8',
      timeout: 90_000,
      killSignal: 'SIGKILL',
      env: { ...process.env, PRIVACY_LINT_NODE: process.execPath, PRIVACY_LINT_SERVER: server, XDG_STATE_HOME: tmp, XDG_DATA_HOME: tmp },
    });
    process.stdout.write(run.stdout);
    process.stderr.write(run.stderr);
    check(!run.error, `nvim: ${run.error && run.error.message}`);
    check(run.status === 0, `nvim exited with ${run.status ?? run.signal}`);

    const text = fs.readFileSync(file, 'utf8');
    check(text.includes('console.log(mask(c.email));'), `src/customers.ts was not masked:\n${text}`);
    check(/^import \{ mask \} from '\.\/lib\/privacy';?$/m.test(text), `src/customers.ts does not import mask:\n${text}`);
    check(!text.includes('console.log(c.email)'), 'the unmasked log is still there');
    console.log(`neovim: passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

try {
  process.exit(main());
} catch (err) {
  console.error(`neovim: FAILED: ${err.message}`);
  process.exit(1);
}
