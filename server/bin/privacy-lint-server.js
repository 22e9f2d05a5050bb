#!/usr/bin/env node
'use strict';
// `privacy-lint-server --stdio` (Neovim, Emacs, any LSP client) or `--node-ipc` (VS Code).
require('../dist/server.js').startServer();
