#!/usr/bin/env node
'use strict';
/**
 * Emacs 28 + eglot 1.9 as an LSP client of the Privacy Lint server (server/bin/privacy-lint-server.js --stdio):
 * runs ./lsp-test.el in `emacs --batch` on a fresh copy of test/editors/fixtures/workspace, then checks the file
 * it saved. Exit code 0 when everything passed. Needs `emacs` and Debian's elpa-eglot
 * (bash scripts/editors/install-editors.sh installs both).
 */
const fs = require('node:fs');
const path = require('node:path');
const { runHeadless } = require('../shared/headless-run');

process.exit(runHeadless({
  name: 'emacs',
  command: 'emacs',
  installHint: 'install Emacs and eglot (apt-get install -y --no-install-recommends emacs-nox elpa-eglot, '
    + 'or bash scripts/editors/install-editors.sh)',
  timeoutMs: Number(process.env.PRIVACY_LINT_EMACS_RUN_TIMEOUT) || 120_000,
  invocation: (workspace, tmp) => {
    const emacsHome = path.join(tmp, 'emacs.d');
    fs.mkdirSync(emacsHome);
    // --batch loads no init file; it does load Debian's site-start (which puts site-lisp/elpa, where elpa-eglot
    // lives, on the load path; -Q would drop it). lsp-test.el calls package-initialize with its own package dir.
    return { args: ['--batch', '-l', path.join(__dirname, 'lsp-test.el')], env: { PRIVACY_LINT_EMACS_HOME: emacsHome } };
  },
}));
