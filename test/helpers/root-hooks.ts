/**
 * Loaded by mocha before any test file (.mocharc `require`): the run works in a temp dir of its own
 * (`TMPDIR`, inherited by the CLI and servers the tests start), so what it leaves behind can be told apart from
 * other programs' files. At the end the folders of `tempDir` are removed and the run fails when anything else
 * is left there (a test, the CLI or the server that does not clean up after itself).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { removeTempDirs } from './temp';

const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lint-mocha-'));
process.env.TMPDIR = runDir;

export const mochaHooks = {
  afterAll(this: Mocha.Context): void {
    // Removing what the run made (installed packages included) can take long on a busy machine.
    this.timeout(180_000);
    removeTempDirs();
    const left = fs.readdirSync(runDir);
    fs.rmSync(runDir, { recursive: true, force: true, maxRetries: 3 });
    if (left.length) throw new Error(`the tests left ${left.length} temporary entries behind: ${left.join(', ')}`);
  },
};
