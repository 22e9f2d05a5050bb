/**
 * Quick fixes: the editor offers every suggestion the CLI lists, plus a suppression with a reason; applying
 * "Mask `c.email` with `mask()`" wraps the value and imports the mask function.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  FIRST_DIAGNOSTICS_MS, cliFindingsFor, codeOf, fileUri, openFile, rangeString, revert, summarize,
  waitForCliFindings, waitForDiagnostics,
} from './helpers';

const CUSTOMERS = 'src/customers.ts';
const AUDIT = 'src/audit.ts';
const MASK_TITLE = 'Mask `c.email` with `mask()`';
const SUPPRESS_COMMENT = '// privacy-lint-disable-next-line no-personal-data-in-logs -- ';

/** Privacy Lint's code actions at `range`, resolved (edits filled in) as the light bulb would show them. */
async function codeActionsAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider', uri, range, undefined, 100);
  return actions.filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}

function titles(actions: readonly vscode.CodeAction[]): string[] {
  return actions.map((a) => a.title);
}

/** The text every edit of `action` inserts or replaces with, in `uri`. */
function newTexts(action: vscode.CodeAction, uri: vscode.Uri): string[] {
  assert.ok(action.edit, `"${action.title}" has no workspace edit (command: ${JSON.stringify(action.command)})`);
  return action.edit.entries().filter(([u]) => u.toString() === uri.toString()).flatMap(([, edits]) => edits.map((e) => e.newText));
}

describe('code actions in VS Code', () => {
  afterEach(async () => {
    for (const document of vscode.workspace.textDocuments) if (document.isDirty) await revert(document);
  });

  it('offers each suggestion the CLI lists, and a suppression, at every finding', async () => {
    for (const file of [CUSTOMERS, AUDIT]) {
      const uri = fileUri(file);
      const waiting = waitForCliFindings(file, "the CLI's findings", FIRST_DIAGNOSTICS_MS);
      await openFile(file);
      await waiting;
      for (const finding of await cliFindingsFor(file)) {
        const offered = titles(await codeActionsAt(uri, finding.range));
        const where = `${file} ${finding.ruleId}@${rangeString(finding.range)}`;
        for (const suggestion of finding.suggestions) {
          assert.ok(offered.includes(suggestion), `${where}: "${suggestion}" not offered; offered: ${JSON.stringify(offered)}`);
        }
        assert.ok(offered.some((t) => t.startsWith('Suppress') && t.includes(finding.ruleId)),
          `${where}: no "Suppress ${finding.ruleId} …" action; offered: ${JSON.stringify(offered)}`);
      }
    }
  });

  it('"Mask `c.email` with `mask()`" wraps the value, imports mask, and the finding goes away', async () => {
    const uri = fileUri(CUSTOMERS);
    const waiting = waitForCliFindings(CUSTOMERS, "the CLI's findings", FIRST_DIAGNOSTICS_MS);
    const editor = await openFile(CUSTOMERS);
    const diagnostics = await waiting;
    const log = diagnostics.find((d) => codeOf(d) === 'no-personal-data-in-logs');
    assert.ok(log);

    const actions = await codeActionsAt(uri, log.range);
    const mask = actions.find((a) => a.title === MASK_TITLE);
    assert.ok(mask, `no "${MASK_TITLE}" action; offered: ${JSON.stringify(titles(actions))}`);
    assert.ok(mask.kind && vscode.CodeActionKind.QuickFix.contains(mask.kind), `kind ${mask.kind?.value}`);

    // Masked values are not personal any more: only the transfer finding stays (one line lower, under the import).
    const transferText = editor.document.lineAt((await cliFindingsFor(CUSTOMERS)).find((f) => f.ruleId === 'no-unguarded-external-transfer')!.range.start.line).text;
    const fixed = waitForDiagnostics(uri,
      (ds) => ds.length > 0 && ds.every((d) => codeOf(d) !== 'no-personal-data-in-logs'),
      'the log finding to disappear after the mask fix');
    assert.ok(await vscode.workspace.applyEdit(mask.edit!), 'applyEdit failed');
    const text = editor.document.getText();
    assert.ok(text.includes('console.log(mask(c.email));'), `masked call missing:\n${text}`);
    assert.match(text, /^import \{ mask \} from '\.\/lib\/privacy';?\r?\n/m, `import of mask missing:\n${text}`);
    assert.equal(text.match(/import \{ mask \}/g)?.length, 1, 'imported once');
    assert.ok(editor.document.isDirty, 'the fix is not saved by itself');

    const after = await fixed;
    assert.deepEqual(after.map(codeOf), ['no-unguarded-external-transfer'], JSON.stringify(summarize(after)));
    assert.equal(editor.document.lineAt(after[0].range.start.line).text, transferText);
    assert.equal(editor.document.getText(after[0].range), 'c.email');
  });

  it('"Suppress" inserts a disable-next-line comment that asks for a reason', async () => {
    const uri = fileUri(CUSTOMERS);
    const waiting = waitForCliFindings(CUSTOMERS, "the CLI's findings", FIRST_DIAGNOSTICS_MS);
    const editor = await openFile(CUSTOMERS);
    const log = (await waiting).find((d) => codeOf(d) === 'no-personal-data-in-logs');
    assert.ok(log);
    const actions = await codeActionsAt(uri, log.range);
    const suppress = actions.find((a) => a.title.startsWith('Suppress') && a.title.includes('no-personal-data-in-logs'));
    assert.ok(suppress, `no suppress action; offered: ${JSON.stringify(titles(actions))}`);
    assert.ok(newTexts(suppress, uri).some((t) => t.includes(SUPPRESS_COMMENT)),
      `the edit does not insert "${SUPPRESS_COMMENT}": ${JSON.stringify(newTexts(suppress, uri))}`);

    const logLine = log.range.start.line;
    assert.ok(await vscode.workspace.applyEdit(suppress.edit!), 'applyEdit failed');
    const lines = editor.document.getText().split(/\r?\n/);
    assert.ok(lines[logLine].trimStart().startsWith(SUPPRESS_COMMENT), `line ${logLine + 1} is ${JSON.stringify(lines[logLine])}`);
    assert.equal(lines[logLine].match(/^\s*/)![0], lines[logLine + 1].match(/^\s*/)![0], 'comment indented like the statement');
    assert.equal(lines[logLine + 1].trim(), 'console.log(c.email);');
  });

  it('"Log only `c.id`" replaces a logged record by its id', async () => {
    const uri = fileUri(AUDIT);
    const waiting = waitForCliFindings(AUDIT, "the CLI's findings", FIRST_DIAGNOSTICS_MS);
    const editor = await openFile(AUDIT);
    const [log] = await waiting;
    assert.equal(editor.document.getText(log.range), 'c');
    const actions = await codeActionsAt(uri, log.range);
    const logId = actions.find((a) => a.title === 'Log only `c.id`');
    assert.ok(logId, `no "Log only \`c.id\`" action; offered: ${JSON.stringify(titles(actions))}`);
    const clean = waitForDiagnostics(uri, (ds) => ds.length === 0, 'no findings after logging only the id');
    assert.ok(await vscode.workspace.applyEdit(logId.edit!), 'applyEdit failed');
    assert.ok(editor.document.getText().includes('console.info(action, c.id);'), editor.document.getText());
    await clean;
  });
});
