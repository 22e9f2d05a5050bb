#!/usr/bin/env node
'use strict';
/**
 * Neovim 0.7 as an LSP client of the Privacy Lint server (server/bin/privacy-lint-server.js --stdio): runs
 * ./lsp-test.lua headless on a fresh copy of test/editors/fixtures/workspace, then checks the file it wrote.
 * Exit code 0 when everything passed. Needs `nvim` (bash scripts/editors/install-editors.sh installs it).
 */
const path = require('node:path');
const { runHeadless } = require('../shared/headless-run');

process.exit(runHeadless({
  name: 'neovim',
  command: 'nvim',
  installHint: 'install Neovim (apt-get install -y neovim, or bash scripts/editors/install-editors.sh)',
  timeoutMs: 90_000,
  invocation: (workspace, tmp) => ({
    args: ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${path.join(__dirname, 'lsp-test.lua')}`, 'src/customers.ts'],
    env: { XDG_STATE_HOME: tmp, XDG_DATA_HOME: tmp },
  }),
}));
