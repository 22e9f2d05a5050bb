'use strict';
/**
 * What the headless LSP-client tests (Neovim, Emacs) share: find the editor, run its script on a fresh copy of
 * test/editors/fixtures/workspace with the built server, and check the file the script saved after applying
 * "Mask `c.email` with `mask()`". Each editor's run.js only says how to start it.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const repo = path.resolve(__dirname, '..', '..', '..');
const server = path.join(repo, 'server', 'bin', 'privacy-lint-server.js');
const fixture = path.join(repo, 'test', 'editors', 'fixtures', 'workspace');

function check(condition, message) {
  if (!condition) throw new Error(message);
}

/**
 * @param {object} editor
 * @param {string} editor.name            name in messages (`neovim`)
 * @param {string} editor.command         executable (`nvim`)
 * @param {string} editor.installHint     how to install it when missing
 * @param {(workspace: string, tmp: string) => { args: string[], env?: object }} editor.invocation
 * @param {number} editor.timeoutMs
 */
/** XDG config, data, state and cache folders inside `tmp`: an editor run never reads or writes the user's. */
function ownFolders(tmp) {
  const env = {};
  for (const [name, dir] of [['XDG_CONFIG_HOME', 'xdg-config'], ['XDG_DATA_HOME', 'xdg-data'], ['XDG_STATE_HOME', 'xdg-state'], ['XDG_CACHE_HOME', 'xdg-cache']]) {
    env[name] = path.join(tmp, dir);
    fs.mkdirSync(env[name], { recursive: true });
  }
  return env;
}

function runHeadless(editor) {
  try {
    // Even `nvim --version` creates ~/.cache/nvim/log: its own XDG folders, for this call too.
    const versionTmp = fs.mkdtempSync(path.join(os.tmpdir(), `privacy-lint-${editor.name}-version-`));
    const version = spawnSync(editor.command, ['--version'], { encoding: 'utf8', env: { ...process.env, ...ownFolders(versionTmp) } });
    fs.rmSync(versionTmp, { recursive: true, force: true });
    check(!version.error && version.status === 0, `${editor.command} not found: ${editor.installHint}`);
    console.log(`${editor.name}: ${version.stdout.split('\n')[0]}`);
    check(fs.existsSync(path.join(repo, 'server', 'dist', 'server.js')), 'server/dist/server.js is missing: npm run build');

    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `privacy-lint-${editor.name}-test-`));
    try {
      const workspace = path.join(tmp, 'workspace');
      fs.cpSync(fixture, workspace, { recursive: true });
      const file = path.join(workspace, 'src', 'customers.ts');
      const { args, env } = editor.invocation(workspace, tmp);
      const started = Date.now();
      const run = spawnSync(editor.command, args, {
        cwd: workspace,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: editor.timeoutMs,
        killSignal: 'SIGKILL',
        // Its own XDG folders (the editor's own env may name some of them again).
        env: { ...process.env, PRIVACY_LINT_NODE: process.execPath, PRIVACY_LINT_SERVER: server, ...ownFolders(tmp), ...env },
      });
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(run.stdout ?? '');
      process.stderr.write(run.stderr ?? '');
      check(!run.error || run.error.code !== 'ETIMEDOUT', `${editor.command} did not finish within ${editor.timeoutMs / 1000} s and was killed`);
      check(!run.error, `${editor.command}: ${run.error && run.error.message}`);
      check(run.status === 0, `${editor.command} exited with ${run.status ?? run.signal} after ${seconds} s`);

      const text = fs.readFileSync(file, 'utf8');
      check(text.includes('console.log(mask(c.email));'), `src/customers.ts was not masked:\n${text}`);
      check(/^import \{ mask \} from '\.\/lib\/privacy';$/m.test(text), `src/customers.ts does not import mask:\n${text}`);
      check(!text.includes('console.log(c.email)'), 'the unmasked log is still there');
      console.log(`${editor.name}: saved file has "console.log(mask(c.email));" and "import { mask } from './lib/privacy';"`);
      console.log(`${editor.name}: passed in ${seconds} s`);
      return 0;
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  } catch (err) {
    console.error(`${editor.name}: FAILED: ${err.message}`);
    return 1;
  }
}

module.exports = { runHeadless };
