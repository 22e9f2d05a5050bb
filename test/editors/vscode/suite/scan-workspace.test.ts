/**
 * "Privacy Lint: Scan Workspace" reports files no editor has opened, with what the CLI reports for them.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FIRST_DIAGNOSTICS_MS, cliFindingsFor, fileUri, privacyDiagnostics, summarize, waitForCliFindings } from './helpers';

/** Never opened by any editor test (the suite's files run in name order; this one after those that open files). */
const UNOPENED = ['src/orders.ts', 'src/hr/tax.ts'];
const CLEAN = ['src/payroll/withholding.ts', 'src/consent.ts', 'src/lib/privacy.ts'];

describe('Scan Workspace in VS Code', () => {
  it('privacyLint.scanWorkspace shows the findings of files never opened, as the CLI reports them', async () => {
    for (const file of UNOPENED) {
      const open = vscode.workspace.textDocuments.some((d) => d.uri.toString() === fileUri(file).toString());
      assert.ok(!open, `${file} must not be open before the scan`);
      assert.ok((await cliFindingsFor(file)).length > 0, `the CLI reports nothing in ${file}: the fixture changed`);
      const before = privacyDiagnostics(fileUri(file));
      if (before.length > 0) console.log(`    (note: ${file} had diagnostics before the scan: ${JSON.stringify(summarize(before))})`);
    }
    const waiting = Promise.all(UNOPENED.map((file) => waitForCliFindings(file, "the CLI's findings after Scan Workspace", FIRST_DIAGNOSTICS_MS)));
    await vscode.commands.executeCommand('privacyLint.scanWorkspace');
    const results = await waiting;
    for (const [i, file] of UNOPENED.entries()) {
      assert.ok(results[i].every((d) => d.code && typeof d.code === 'object' && d.code.target), `${file}: docs links`);
    }
    for (const file of CLEAN) assert.deepEqual(summarize(privacyDiagnostics(fileUri(file))), [], `${file} is clean for the CLI`);
  });
});
