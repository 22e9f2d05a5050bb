/**
 * Opening a file shows the CLI's findings as diagnostics; typing changes them without a save; the hover explains.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  FIRST_DIAGNOSTICS_MS, SOURCE, cliFindingsFor, codeOf, summarize, describeCli, fileUri,
  openFile, rangeString, revert, waitForCliFindings, waitForDiagnostics,
} from './helpers';

const CUSTOMERS = 'src/customers.ts';

describe('diagnostics in VS Code', () => {
  afterEach(async () => {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === fileUri(CUSTOMERS).toString());
    if (document) await revert(document);
  });

  it('opening src/customers.ts shows what the CLI reports: rule ids, ranges, count, severity, docs, related', async () => {
    const expected = await cliFindingsFor(CUSTOMERS);
    assert.deepEqual(expected.map((f) => f.ruleId).sort(), ['no-personal-data-in-logs', 'no-unguarded-external-transfer'],
      'the fixture changed: the CLI should report one log and one transfer in src/customers.ts');
    const uri = fileUri(CUSTOMERS);
    const waiting = waitForCliFindings(CUSTOMERS, "the CLI's findings", FIRST_DIAGNOSTICS_MS);
    const editor = await openFile(CUSTOMERS);
    const diagnostics = await waiting;
    assert.deepEqual(summarize(diagnostics), describeCli(expected));

    for (const finding of expected) {
      const d = diagnostics.find((x) => codeOf(x) === finding.ruleId && x.range.isEqual(finding.range));
      assert.ok(d, `${finding.ruleId} at ${rangeString(finding.range)}`);
      assert.equal(d.source, SOURCE);
      assert.equal(d.severity, finding.severity, `severity of ${finding.ruleId}`);
      assert.ok(typeof d.code === 'object' && d.code.target instanceof vscode.Uri, `${finding.ruleId}: code has no target link`);
      assert.match(d.code.target.toString(), new RegExp(`${finding.ruleId}(\\.md)?($|#)`), `${finding.ruleId}: docs link`);
      assert.ok(d.message.length > 0);
      // Related locations: the same places the CLI's SARIF names (e.g. where the destination URL is written).
      const related = (d.relatedInformation ?? []).map((r) => `${r.location.uri.fsPath}@${rangeString(r.location.range)}`).sort();
      const cliRelated = finding.related.map((r) => `${r.file}@${rangeString(r.range)}`).sort();
      for (const place of cliRelated) assert.ok(related.includes(place), `${finding.ruleId}: related ${place} missing from ${JSON.stringify(related)}`);
    }

    // The log finding is on the personal value itself, exactly `c.email`.
    const log = diagnostics.find((d) => codeOf(d) === 'no-personal-data-in-logs');
    assert.ok(log);
    assert.equal(editor.document.getText(log.range), 'c.email');
    assert.equal(editor.document.lineAt(log.range.start.line).text.trim(), 'console.log(c.email);');
    const transfer = diagnostics.find((d) => codeOf(d) === 'no-unguarded-external-transfer');
    assert.ok(transfer);
    assert.equal(editor.document.getText(transfer.range), 'c.email');
    assert.ok((transfer.relatedInformation ?? []).length > 0, 'the transfer finding names where the destination is written');
  });

  it('typing a new console.log(c.name) adds a diagnostic without saving', async () => {
    const uri = fileUri(CUSTOMERS);
    await waitForCliFindings(CUSTOMERS, "the CLI's findings", FIRST_DIAGNOSTICS_MS);
    const editor = await openFile(CUSTOMERS);
    const logLine = editor.document.getText().split('\n').findIndex((l) => l.includes('console.log(c.email)'));
    assert.ok(logLine >= 0);
    const before = editor.document.getText();
    const waiting = waitForDiagnostics(uri,
      (ds) => ds.some((d) => codeOf(d) === 'no-personal-data-in-logs' && d.range.start.line === logLine + 1),
      'a no-personal-data-in-logs diagnostic on the typed line');
    const inserted = await editor.edit((b) => b.insert(new vscode.Position(logLine + 1, 0), '  console.log(c.name);\n'));
    assert.ok(inserted);
    const diagnostics = await waiting;
    assert.ok(editor.document.isDirty, 'the document must still be unsaved');
    assert.notEqual(editor.document.getText(), before);
    const added = diagnostics.find((d) => d.range.start.line === logLine + 1);
    assert.ok(added);
    assert.equal(editor.document.getText(added.range), 'c.name');
    // The findings below the new line moved down with it.
    assert.equal(diagnostics.length, (await cliFindingsFor(CUSTOMERS)).length + 1, JSON.stringify(summarize(diagnostics)));
  });

  it('fast typing: after several quick keystrokes the newest text is what the diagnostics describe', async () => {
    const uri = fileUri(CUSTOMERS);
    const editor = await openFile(CUSTOMERS);
    await revert(editor.document);
    await waitForCliFindings(CUSTOMERS, "the CLI's findings", FIRST_DIAGNOSTICS_MS);
    const line = editor.document.getText().split('\n').findIndex((l) => l.includes("console.log('signup', c.id)"));
    assert.ok(line >= 0);
    const idAt = editor.document.lineAt(line).text.indexOf('c.id') + 2;
    // `c.id` → `c.i` → `c.` (does not parse) → `c`: a whole Customer handed to the logger (which prints its fields;
    // written into a template it would print [object Object]). Keystrokes faster than the debounce,
    // each cancelling the validation (or pull) of the version before it.
    for (let i = 2; i >= 0; i--) {
      const at = idAt + i - 1; // `d`, then `i`, then `.`
      assert.ok(await editor.edit((b) => b.delete(new vscode.Range(line, at, line, at + 1))));
    }
    assert.ok(editor.document.lineAt(line).text.includes("'signup', c)"), editor.document.lineAt(line).text);
    const diagnostics = await waitForDiagnostics(uri,
      (ds) => ds.some((d) => codeOf(d) === 'no-personal-data-in-logs' && d.range.start.line === line) && !ds.some((d) => codeOf(d) === 'parse-error'),
      'the log finding of the newest text (and no parse error of an older one)');
    assert.equal(editor.document.getText(diagnostics.find((d) => d.range.start.line === line)!.range), 'c');
    await revert(editor.document);
  });

  it('the hover over the flagged c.email names the rule and the policy clause', async () => {
    const diagnostics = await waitForCliFindings(CUSTOMERS, "the CLI's findings", FIRST_DIAGNOSTICS_MS);
    await openFile(CUSTOMERS);
    const log = diagnostics.find((d) => codeOf(d) === 'no-personal-data-in-logs');
    assert.ok(log);
    const finding = (await cliFindingsFor(CUSTOMERS)).find((f) => f.ruleId === 'no-personal-data-in-logs');
    const inside = log.range.start.translate(0, 2); // within `c.email`
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', fileUri(CUSTOMERS), inside);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n---\n');
    assert.ok(text.includes('no-personal-data-in-logs'), `hover does not name the rule:\n${text}`);
    assert.ok(finding?.clause && text.includes(finding.clause), `hover does not name the clause ${finding?.clause}:\n${text}`);
  });
});
