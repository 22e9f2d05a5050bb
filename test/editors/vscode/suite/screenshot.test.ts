/**
 * The picture in the README: the workbench with the Problems panel, the hover on a finding, and the quick-fix
 * menu. Loaded when the driver serves screenshots (PRIVACY_LINT_SCREENSHOT_DIR, code-server-executable.js), which
 * run.js always asks for on code-server.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { FIRST_DIAGNOSTICS_MS, codeOf, openFile, screenshot, waitForCliFindings } from './helpers';

/** A PNG file of a real size (not an empty or error page capture). */
function assertPicture(file: string): void {
  const bytes = fs.readFileSync(file);
  assert.deepEqual([...bytes.subarray(1, 4)], [0x50, 0x4e, 0x47], `${file} is a PNG`);
  assert.ok(bytes.length > 20_000, `${file} holds a picture of the workbench (${bytes.length} bytes)`);
}

const CUSTOMERS = 'src/customers.ts';

describe('screenshots of VS Code', function () {

  it('vscode-privacy-lint.png: Problems panel and the hover on `c.email`; vscode-privacy-lint-quick-fix.png: the quick fixes', async () => {
    const waiting = waitForCliFindings(CUSTOMERS, "the CLI's findings", FIRST_DIAGNOSTICS_MS);
    const editor = await openFile(CUSTOMERS);
    const log = (await waiting).find((d) => codeOf(d) === 'no-personal-data-in-logs');
    assert.ok(log);

    // Toasts of earlier tests ("scanned 7 files") would cover the Problems panel.
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    editor.selection = new vscode.Selection(log.range.start.translate(0, 2), log.range.start.translate(0, 2));
    editor.revealRange(log.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);

    await vscode.commands.executeCommand('editor.action.showHover');
    const hover = await screenshot('vscode-privacy-lint.png', [
      { selector: '.markers-panel .monaco-list-row', text: 'no-personal-data-in-logs' },
      { selector: '.monaco-hover', text: 'no-personal-data-in-logs' },
    ]);
    assertPicture(hover);
    console.log(`    saved ${hover}`);

    await vscode.commands.executeCommand('editor.action.hideHover');
    await vscode.commands.executeCommand('editor.action.quickFix');
    const quickFix = await screenshot('vscode-privacy-lint-quick-fix.png', [
      { selector: '.markers-panel .monaco-list-row', text: 'no-personal-data-in-logs' },
      { selector: '.monaco-hover', text: 'no-personal-data-in-logs', hidden: true },
      { selector: '.action-widget', text: 'Mask' },
    ]);
    assertPicture(quickFix);
    console.log(`    saved ${quickFix}`);
    await vscode.commands.executeCommand('hideCodeActionWidget');
  });
});
