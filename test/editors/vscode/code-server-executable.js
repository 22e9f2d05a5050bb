#!/usr/bin/env node
'use strict';
/**
 * A stand-in "VS Code executable" for @vscode/test-electron's `runTests({ vscodeExecutablePath })` on machines that
 * cannot download VS Code: it serves the real VS Code workbench with code-server, opens it in headless Chromium
 * (playwright-core) and runs the extension test suite in code-server's real Node extension host through the web
 * workbench's `payload` query parameter. Exits with the suite's exit code.
 *
 * Accepts the command line runTests() passes to VS Code:
 *   [folder | file.code-workspace] --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [flags VS Code knows]
 * Flags that mean nothing here (--no-sandbox, --disable-gpu-sandbox, --disable-extensions, --user-data-dir,
 * --extensions-dir …) are ignored: every run gets fresh user data and extensions folders in a temp dir, so no
 * extension but the one under development and the built-in ones is ever loaded.
 *
 * Environment:
 *   PRIVACY_LINT_CODE_SERVER         code-server's entry script or bin (default: the cache install of
 *                                    scripts/editors/install-editors.sh)
 *   PRIVACY_LINT_EDITOR_CACHE        that cache folder (default ~/.cache/privacy-lint-editors)
 *   PRIVACY_LINT_CHROMIUM            the browser (default /usr/bin/chromium)
 *   PRIVACY_LINT_EDITOR_TIMEOUT      ms the whole suite may take (default 600000)
 *   PRIVACY_LINT_SCREENSHOT_DIR      enables screenshots: the suite writes `<dir>/<name>.png.request`; this
 *                                    process answers with `<dir>/<name>.png` (written to a temp name, then
 *                                    renamed, so the file appears complete) and deletes the request
 *   PRIVACY_LINT_EDITOR_VERBOSE=1    print every workbench log line, not only the extension host's output
 *   PRIVACY_LINT_KEEP_TEMP=1         keep the temp dir (user data, logs, browser profile) for inspection
 */

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const CODE_SERVER_VERSION = '4.100.3';
const TIMEOUT_MS = Number(process.env.PRIVACY_LINT_EDITOR_TIMEOUT || 600_000);
const VERBOSE = process.env.PRIVACY_LINT_EDITOR_VERBOSE === '1';
const SCREENSHOT_DIR = process.env.PRIVACY_LINT_SCREENSHOT_DIR ? path.resolve(process.env.PRIVACY_LINT_SCREENSHOT_DIR) : undefined;

/** Workbench log lines that say nothing about the suite (shown with PRIVACY_LINT_EDITOR_VERBOSE=1). */
const WORKBENCH_NOISE = new RegExp([
  '^Resolving connection token', '^Resolved connection token', '^Creating a socket', '^Updating additional builtin',
  '^\\[Service Worker\\]', '^ChatSessionStore:', 'ENOTFOUND', 'open-vsx\\.org', 'marketplace',
].join('|'));

const log = (msg) => process.stdout.write(`[code-server-executable] ${msg}\n`);

/** Parses the subset of VS Code's command line that matters here. */
function parseArgs(argv) {
  const takesValue = new Set(['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir', 'locale']);
  const out = { extensionDevelopmentPaths: [], extensionTestsPath: undefined, target: undefined, ignored: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      let value = eq >= 0 ? arg.slice(eq + 1) : undefined;
      if (value === undefined && takesValue.has(name) && i + 1 < argv.length) value = argv[++i];
      if (name === 'extensionDevelopmentPath') out.extensionDevelopmentPaths.push(path.resolve(value));
      else if (name === 'extensionTestsPath') out.extensionTestsPath = path.resolve(value);
      else out.ignored.push(arg);
    } else if (out.target === undefined) {
      out.target = path.resolve(arg);
    } else {
      out.ignored.push(arg);
    }
  }
  return out;
}

function findCodeServer() {
  if (process.env.PRIVACY_LINT_CODE_SERVER) return process.env.PRIVACY_LINT_CODE_SERVER;
  const cache = process.env.PRIVACY_LINT_EDITOR_CACHE || path.join(os.homedir(), '.cache', 'privacy-lint-editors');
  const entry = path.join(cache, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (!fs.existsSync(entry)) {
    throw new Error(`code-server ${CODE_SERVER_VERSION} is not installed at ${entry}.\n` +
      'Install it (and chromium, ripgrep, neovim) with: bash scripts/editors/install-editors.sh');
  }
  return entry;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function healthy(port) {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/healthz', timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => { req.destroy(); resolve(false); });
  });
}

/** Polls /healthz until it answers (code-server has no readiness event we can subscribe to). */
async function waitHealthy(port, server, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`code-server exited early (code ${server.exitCode}, signal ${server.signalCode})`);
    }
    if (await healthy(port)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer /healthz on port ${port} within ${timeoutMs} ms`);
}

/** The last `lines` lines of a file, for failure reports. */
function tail(file, lines = 60) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** XDG config, data, state and cache folders inside `tmp`, for a program that would otherwise write into ~. */
function ownFolders(tmp) {
  const env = {};
  for (const [name, dir] of [['XDG_CONFIG_HOME', 'xdg-config'], ['XDG_DATA_HOME', 'xdg-data'], ['XDG_STATE_HOME', 'xdg-state'], ['XDG_CACHE_HOME', 'xdg-cache']]) {
    env[name] = path.join(tmp, dir);
    fs.mkdirSync(env[name], { recursive: true });
  }
  return env;
}

function writeJson(file, value) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value, null, 2));
}

/** Formats one codeAutomationLog entry: `args` is the workbench's log message (string or array of strings). */
function formatLogArgs(args) {
  if (Array.isArray(args)) return args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
  return typeof args === 'string' ? args : JSON.stringify(args);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.extensionDevelopmentPaths.length === 0 || !args.extensionTestsPath) {
    throw new Error('usage: code-server-executable.js [folder] --extensionDevelopmentPath=DIR --extensionTestsPath=FILE');
  }
  if (args.extensionDevelopmentPaths.length > 1) {
    log(`the web workbench loads one development extension; using ${args.extensionDevelopmentPaths[0]}`);
  }
  const entry = findCodeServer();
  const chromiumPath = process.env.PRIVACY_LINT_CHROMIUM || '/usr/bin/chromium';
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`${chromiumPath} not found. Install it with: bash scripts/editors/install-editors.sh`);
  }
  // Resolved from the repository's devDependencies, not from code-server's.
  const { chromium } = require('playwright-core');

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lint-code-server-'));
  const serverTmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pl-cs-'));
  const userDataDir = path.join(tmp, 'user-data');
  const extensionsDir = path.join(tmp, 'extensions');
  const browserDir = path.join(tmp, 'browser');
  const serverLog = path.join(tmp, 'code-server.log');
  fs.mkdirSync(extensionsDir, { recursive: true });
  const settings = {
    'files.autoSave': 'off',
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'workbench.enableExperiments': false,
    'workbench.tips.enabled': false,
    'window.restoreWindows': 'none',
    'git.enabled': false,
  };
  writeJson(path.join(userDataDir, 'User', 'settings.json'), settings);
  writeJson(path.join(userDataDir, 'Machine', 'settings.json'), settings);

  const port = await freePort();
  const configFile = path.join(tmp, 'config.yaml');
  fs.writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);

  let server;
  let context;
  const cleanup = async () => {
    if (context) {
      const c = context;
      context = undefined;
      await Promise.race([c.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
    }
    killServerGroup('SIGTERM');
    if (server && server.exitCode === null && server.signalCode === null) {
      await Promise.race([new Promise((r) => server.once('exit', r)), new Promise((r) => setTimeout(r, 3000))]);
      killServerGroup('SIGKILL');
    }
    server = undefined; // its process group id may be reused from now on
    if (process.env.PRIVACY_LINT_KEEP_TEMP === '1') log(`kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
    fs.rmSync(serverTmp, { recursive: true, force: true, maxRetries: 3 });
  };
  const killServerGroup = (signal) => {
    if (!server || server.pid === undefined) return;
    try {
      process.kill(-server.pid, signal);
    } catch {
      // Already gone.
    }
  };
  // A synchronous last resort if we die without running cleanup (e.g. an uncaught error path).
  process.on('exit', () => killServerGroup('SIGKILL'));
  const onSignal = (signal) => {
    log(`received ${signal}; stopping code-server and the browser`);
    cleanup().finally(() => process.exit(1));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);

  const fail = async (message, code = 1) => {
    process.stderr.write(`[code-server-executable] ${message}\n`);
    process.stderr.write(`[code-server-executable] code-server log (last lines of ${serverLog}):\n${tail(serverLog)}\n`);
    return code;
  };

  try {
    const logFd = fs.openSync(serverLog, 'a');
    server = spawn(process.execPath, [entry,
      '--config', configFile,
      '--user-data-dir', userDataDir,
      '--extensions-dir', extensionsDir,
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--disable-getting-started-override', '--ignore-last-opened',
    ], {
      detached: true, // its own process group, ended as a whole
      stdio: ['ignore', logFd, logFd],
      // Its own config and data folders: by default code-server writes ~/.config/code-server/config.yaml and
      // logs into ~/.local/share/code-server.
      // A temp dir of its own too (short: its IPC sockets go there, and a socket path has at most 107 bytes): it
      // leaves vscode-ipc-*.sock and the TypeScript server's vscode-typescript* folder there.
      env: { ...process.env, PASSWORD: undefined, HASHED_PASSWORD: undefined, ...ownFolders(tmp), TMPDIR: serverTmp },
    });
    fs.closeSync(logFd);
    const started = Date.now();
    await waitHealthy(port, server, 60_000);
    log(`code-server ${CODE_SERVER_VERSION} on http://127.0.0.1:${port} (healthy after ${Date.now() - started} ms)`);

    context = await chromium.launchPersistentContext(browserDir, {
      executablePath: chromiumPath,
      headless: true,
      env: { ...process.env, ...ownFolders(tmp) }, // its temp files (SingletonSocket …) it removes itself
      // Our own signal handlers end the browser and code-server together, and exit with 1.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      viewport: { width: 1440, height: 900 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    const page = context.pages()[0] || (await context.newPage());

    let resolveExit;
    const exited = new Promise((r) => { resolveExit = r; });
    const recentPageLines = [];
    const remember = (line) => {
      recentPageLines.push(line);
      if (recentPageLines.length > 80) recentPageLines.shift();
    };
    await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
      const text = formatLogArgs(logArgs);
      remember(`[${type}] ${text}`);
      // The extension host's console (the suite's mocha reporter) arrives here as plain lines: print them. The
      // workbench's own start-up chatter, and its failing marketplace look-ups on an offline machine, only when asked.
      if (VERBOSE || !WORKBENCH_NOISE.test(text)) process.stdout.write(`${VERBOSE ? `[${type}] ` : ''}${text}\n`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => {
      resolveExit(Number(code));
    });
    page.on('pageerror', (err) => remember(`[pageerror] ${err.message}`));
    page.on('console', (msg) => { if (msg.type() === 'error') remember(`[console.error] ${msg.text()}`); });
    page.on('crash', () => resolveExit(-1));

    const stopScreenshots = SCREENSHOT_DIR ? serveScreenshots(page, SCREENSHOT_DIR) : () => {};

    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p.split(path.sep).join('/')}`;
    const payload = [
      ['extensionDevelopmentPath', remote(args.extensionDevelopmentPaths[0])],
      ['extensionTestsPath', remote(args.extensionTestsPath)],
    ];
    const params = new URLSearchParams();
    if (args.target) {
      params.set(args.target.endsWith('.code-workspace') ? 'workspace' : 'folder', args.target);
    } else {
      params.set('ew', 'true'); // an empty window
    }
    params.set('payload', JSON.stringify(payload));
    const url = `http://127.0.0.1:${port}/?${params.toString()}`;
    log(`opening ${args.target ?? '(empty window)'} with tests ${args.extensionTestsPath}`);
    await page.goto(url);

    let timer;
    const timedOut = new Promise((r) => { timer = setTimeout(() => r('timeout'), TIMEOUT_MS); });
    const result = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    stopScreenshots();
    if (result === 'timeout') {
      process.stderr.write(`[code-server-executable] last workbench log lines:\n${recentPageLines.join('\n')}\n`);
      return await fail(`TIMEOUT: the test suite did not finish within ${TIMEOUT_MS} ms (PRIVACY_LINT_EDITOR_TIMEOUT)`);
    }
    if (result === -1) return await fail('the browser page crashed');
    log(`suite finished with exit code ${result} after ${Date.now() - started} ms`);
    if (result !== 0) return await fail(`the test suite failed (exit code ${result})`, result || 1);
    return 0;
  } catch (err) {
    return await fail(`ERROR: ${err && err.stack ? err.stack : err}`);
  } finally {
    await cleanup();
  }
}

/**
 * Takes screenshots the suite asks for: the suite (in the extension host, same machine and filesystem) writes
 * `<dir>/<name>.png.request` holding `{ "waitFor": [{ "selector": CSS, "text"?: string, "hidden"?: true }] }`;
 * this waits until those elements are visible (or gone), writes `<dir>/<name>.png` (or `<name>.png.error` with the reason) and removes the
 * request. The suite waits for either file with fs.watch. Requests are served one at a time, in arrival order.
 */
function serveScreenshots(page, dir) {
  fs.mkdirSync(dir, { recursive: true });
  const pending = new Set();
  let busy = Promise.resolve();
  const scan = () => {
    let names;
    try {
      names = fs.readdirSync(dir);
    } catch {
      return;
    }
    for (const file of names) {
      if (!file.endsWith('.png.request') || pending.has(file)) continue;
      pending.add(file);
      busy = busy.then(async () => {
        const request = path.join(dir, file);
        const target = path.join(dir, file.slice(0, -'.request'.length));
        const partial = `${target}.partial`;
        try {
          // The request lists what must be on screen first (a hover, a menu): wait for the DOM, not for a time.
          let waitFor = [];
          try {
            waitFor = JSON.parse(fs.readFileSync(request, 'utf8') || '{}').waitFor || [];
          } catch (err) {
            throw new Error(`unreadable request ${request}: ${err.message}`);
          }
          for (const { selector, text, hidden } of waitFor) {
            let locator = page.locator(selector);
            if (text) locator = locator.filter({ hasText: text });
            await locator.first().waitFor({ state: hidden ? 'hidden' : 'visible', timeout: 30_000 });
          }
          await page.screenshot({ path: partial, type: 'png' });
          fs.renameSync(partial, target);
          log(`screenshot ${target}`);
        } catch (err) {
          log(`screenshot ${target} failed: ${err.message}`);
          fs.writeFileSync(`${target}.error`, String(err.message));
        } finally {
          fs.rmSync(request, { force: true });
          pending.delete(file);
        }
      });
    }
  };
  const watcher = fs.watch(dir, scan);
  scan();
  return () => watcher.close();
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`[code-server-executable] ${err && err.stack ? err.stack : err}\n`);
    process.exit(1);
  },
);
