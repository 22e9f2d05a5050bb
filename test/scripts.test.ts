/**
 * The scripts around the tests: `npm test` runs the unit and protocol tests before the editors are installed, and
 * when installing them fails the output says so plainly and how to run the unit tests alone.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tempDir } from './helpers/temp';

const repoRoot = path.resolve(__dirname, '..', '..');

describe('test scripts', () => {
  it('npm test runs the unit tests first; test:unit runs them without the editors', () => {
    const scripts = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).scripts as Record<string, string>;
    assert.ok(scripts.test.indexOf('mocha') < scripts.test.indexOf('test:editors'), scripts.test);
    assert.doesNotMatch(scripts['test:unit'], /editors/);
    // Every editor suite (and the HTML record in the browser) runs under the check that it leaves nothing in the temp dir or the user's folders.
    for (const suite of ['vscode', 'neovim', 'emacs', 'report']) {
      assert.match(scripts['test:editors'], new RegExp(`isolated\\.js test/editors/${suite}/run\\.js`), suite);
    }
  });

  it('a failed editor install (apt-get) says what failed, that the unit tests ran, and names `npm run test:unit`', () => {
    const bin = tempDir('privacy-lint-fake-apt-');
    // Nothing installed (no rg, chromium, nvim, emacs; dpkg knows no package), and apt-get fails like it does offline.
    fs.writeFileSync(path.join(bin, 'dpkg'), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
    fs.writeFileSync(path.join(bin, 'apt-get'), '#!/bin/sh\necho "E: Could not get lock /var/lib/dpkg/lock-frontend" >&2\nexit 100\n', { mode: 0o755 });
    fs.writeFileSync(path.join(bin, 'id'), '#!/bin/sh\necho 0\n', { mode: 0o755 });
    const run = spawnSync('/bin/bash', [path.join(repoRoot, 'scripts', 'editors', 'install-editors.sh')], {
      encoding: 'utf8', env: { PATH: bin, HOME: bin },
    });
    assert.notEqual(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stderr, /install-editors: FAILED \(exit 100\)/);
    assert.match(run.stderr, /The real-editor tests \(VS Code, Neovim,\s+Emacs\) did not run/);
    assert.match(run.stderr, /npm run test:unit/);
  });
});
