#!/usr/bin/env node
'use strict';
/**
 * Emacs 28 + eglot 1.9 as an LSP client of the Privacy Lint server (server/bin/privacy-lint-server.js --stdio):
 * runs ./lsp-test.el in `emacs --batch` on a fresh copy of test/editors/fixtures/workspace, then checks the file
 * it saved. Exit code 0 when everything passed. Needs `emacs` and Debian's elpa-eglot
 * (bash scripts/editors/install-editors.sh installs both).
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const repo = path.resolve(__dirname, '..', '..', '..');
const server = path.join(repo, 'server', 'bin', 'privacy-lint-server.js');
const fixture = path.join(repo, 'test', 'editors', 'fixtures', 'workspace');
const script = path.join(__dirname, 'lsp-test.el');
const TIMEOUT_MS = Number(process.env.PRIVACY_LINT_EMACS_RUN_TIMEOUT) || 120_000;

function check(condition, message) {
  if (!condition) throw new Error(message);
}

function main() {
  const version = spawnSync('emacs', ['--version'], { encoding: 'utf8' });
  check(!version.error && version.status === 0,
    'emacs not found: install Emacs and eglot (apt-get install -y --no-install-recommends emacs-nox elpa-eglot, ' +
    'or bash scripts/editors/install-editors.sh)');
  console.log(`emacs: ${version.stdout.split('\n')[0]}`);
  check(fs.existsSync(path.join(repo, 'server', 'dist', 'server.js')), 'server/dist/server.js is missing: npm run build');

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lint-emacs-test-'));
  try {
    const workspace = path.join(tmp, 'workspace');
    const emacsHome = path.join(tmp, 'emacs.d');
    fs.cpSync(fixture, workspace, { recursive: true });
    fs.mkdirSync(emacsHome);
    const file = path.join(workspace, 'src', 'customers.ts');
    const started = Date.now();
    // --batch loads no init file; it does load Debian's site-start (which puts site-lisp/elpa, where elpa-eglot
    // lives, on the load path; -Q would drop it). lsp-test.el calls package-initialize with its own package dir.
    const run = spawnSync('emacs', ['--batch', '-l', script], {
      cwd: workspace,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: TIMEOUT_MS,
      killSignal: 'SIGKILL',
      env: {
        ...process.env,
        PRIVACY_LINT_NODE: process.execPath,
        PRIVACY_LINT_SERVER: server,
        PRIVACY_LINT_EMACS_HOME: emacsHome,
      },
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(run.stdout ?? '');
    process.stderr.write(run.stderr ?? '');
    check(!run.error || run.error.code !== 'ETIMEDOUT', `emacs did not finish within ${TIMEOUT_MS / 1000} s and was killed`);
    check(!run.error, `emacs: ${run.error && run.error.message}`);
    check(run.status === 0, `emacs exited with ${run.status ?? run.signal} after ${seconds} s`);

    const text = fs.readFileSync(file, 'utf8');
    check(text.includes('console.log(mask(c.email));'), `src/customers.ts was not masked:\n${text}`);
    check(/^import \{ mask \} from '\.\/lib\/privacy';$/m.test(text), `src/customers.ts does not import mask:\n${text}`);
    check(!text.includes('console.log(c.email)'), 'the unmasked log is still there');
    console.log(`emacs: saved file has "console.log(mask(c.email));" and "import { mask } from './lib/privacy';"`);
    console.log(`emacs: passed in ${seconds} s`);
    return 0;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

try {
  process.exit(main());
} catch (err) {
  console.error(`emacs: FAILED: ${err.message}`);
  process.exit(1);
}
