/**
 * The extension test entry VS Code's extension host loads (`--extensionTestsPath`): runs every `*.test.js` next to
 * this file with mocha, in name order, and rejects when a test failed, which makes the editor exit with code 1.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';

export async function run(): Promise<void> {
  const Mocha = require('mocha') as typeof import('mocha');
  // The extension host forwards console calls to the workbench without applying format strings (mocha's reporters
  // write `console.log('%s%s', …)`), and ignores assignments to `console.log`: format in mocha's own hook instead.
  const log = console.log.bind(console);
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => log(format(...args));
  // Colours would arrive as escape codes through the workbench log.
  const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec', timeout: 90_000 });
  // Downloaded VS Code (PRIVACY_LINT_VSCODE=download elsewhere) cannot be photographed from here: the screenshot
  // test is part of the suite only when the code-server driver serves screenshots.
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js'))
    .filter((f) => f !== 'screenshot.test.js' || !!process.env.PRIVACY_LINT_SCREENSHOT_DIR).sort();
  for (const file of files) mocha.addFile(path.join(__dirname, file));
  const grep = process.env.PRIVACY_LINT_EDITOR_GREP;
  if (grep) mocha.grep(grep);
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} editor test(s) failed`);
}
