#!/usr/bin/env node
'use strict';
/**
 * Runs the real-editor suite (test/editors/vscode/suite, compiled to dist/ by `tsc -p test/editors/vscode`) in VS
 * Code's extension host against the built extension (the root package.json is its manifest, the bundles are in
 * client/dist), on a fresh copy of
 * test/editors/fixtures/workspace. Exit code: the suite's.
 *
 * By default "VS Code" is code-server driven by headless Chromium (./code-server-executable.js; install it with
 * `bash scripts/editors/install-editors.sh`). With PRIVACY_LINT_VSCODE=download, @vscode/test-electron downloads
 * VS Code instead (machines that can reach update.code.visualstudio.com; needs a display, e.g. xvfb-run).
 *
 * Environment: PRIVACY_LINT_EXTENSION_DIR (instead of the repository root), PRIVACY_LINT_SCREENSHOT_DIR (save the README's screenshots there; code-server only),
 * PRIVACY_LINT_EDITOR_GREP (run only tests whose title matches), PRIVACY_LINT_VSCODE_VERSION (with download).
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { runTests } = require('@vscode/test-electron');

const repo = path.resolve(__dirname, '..', '..', '..');
// PRIVACY_LINT_EXTENSION_DIR: test another build of the extension (an unpacked .vsix, a private bundle).
const extensionDevelopmentPath = path.resolve(process.env.PRIVACY_LINT_EXTENSION_DIR || repo);
const manifest = JSON.parse(fs.readFileSync(path.join(extensionDevelopmentPath, 'package.json'), 'utf8'));
/** The folder of the extension's bundles: where the manifest's `main` points. */
const bundles = path.dirname(path.resolve(extensionDevelopmentPath, manifest.main));
const extensionTestsPath = path.join(__dirname, 'dist', 'suite', 'index.js');
const fixture = path.join(repo, 'test', 'editors', 'fixtures', 'workspace');

function need(file, how) {
  if (!fs.existsSync(file)) {
    console.error(`run.js: ${file} is missing: ${how}`);
    process.exit(1);
  }
}

async function main() {
  need(path.join(bundles, 'extension.js'), 'build the extension (npm run build && node client/esbuild.js)');
  need(path.join(bundles, 'server.js'), 'build the extension (npm run build && node client/esbuild.js)');
  need(path.join(repo, 'cli', 'dist', 'main.js'), 'build the CLI the suite compares with (npm run build)');
  need(extensionTestsPath, 'compile the suite (npx tsc -p test/editors/vscode)');

  const download = process.env.PRIVACY_LINT_VSCODE === 'download';
  if (download && process.env.PRIVACY_LINT_SCREENSHOT_DIR) {
    console.log('run.js: screenshots need code-server; PRIVACY_LINT_SCREENSHOT_DIR ignored with PRIVACY_LINT_VSCODE=download');
    delete process.env.PRIVACY_LINT_SCREENSHOT_DIR;
  }
  /** The screenshots' temp folder when nobody asked for them (removed at the end). */
  let screenshotTemp;
  if (process.env.PRIVACY_LINT_SCREENSHOT_DIR) {
    process.env.PRIVACY_LINT_SCREENSHOT_DIR = path.resolve(process.env.PRIVACY_LINT_SCREENSHOT_DIR);
  } else if (!download) {
    // code-server can always take pictures: the screenshot test runs in every run (into a temp folder unless the
    // README's pictures are being refreshed), so the picture-taking path is tested, never skipped.
    screenshotTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lint-screenshots-'));
    process.env.PRIVACY_LINT_SCREENSHOT_DIR = screenshotTemp;
  }

  // Edits the tests make (quick fixes) land in this copy, never in the repository.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lint-vscode-test-'));
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(fixture, workspace, { recursive: true });
  // Used by downloaded VS Code; code-server-executable.js makes its own fresh ones with the same settings.
  const userDataDir = path.join(tmp, 'user-data');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({
    'files.autoSave': 'off',
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
    'extensions.autoCheckUpdates': false,
    'telemetry.telemetryLevel': 'off',
  }, null, 2));

  const started = Date.now();
  let code;
  try {
    code = await runTests({
      vscodeExecutablePath: download ? undefined : path.join(__dirname, 'code-server-executable.js'),
      version: download ? process.env.PRIVACY_LINT_VSCODE_VERSION || '1.100.3' : undefined,
      // Downloads go next to code-server's install, not into the repository (.vscode-test/).
      cachePath: path.join(process.env.PRIVACY_LINT_EDITOR_CACHE || path.join(os.homedir(), '.cache', 'privacy-lint-editors'), 'vscode-test'),
      extensionDevelopmentPath,
      extensionTestsPath,
      launchArgs: [
        workspace,
        '--disable-extensions',
        `--user-data-dir=${userDataDir}`,
        `--extensions-dir=${path.join(tmp, 'extensions')}`,
      ],
      extensionTestsEnv: { PRIVACY_LINT_REPO: repo },
    });
  } catch (err) {
    // runTests rejects with TestRunFailedError { code } when the suite fails.
    console.error(`run.js: ${err && err.message ? err.message : err}`);
    code = typeof err?.code === 'number' && err.code !== 0 ? err.code : 1;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
    if (screenshotTemp) fs.rmSync(screenshotTemp, { recursive: true, force: true, maxRetries: 3 });
  }
  console.log(`run.js: VS Code suite ${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return code;
}

main().then((code) => process.exit(code), (err) => {
  console.error(err);
  process.exit(1);
});
