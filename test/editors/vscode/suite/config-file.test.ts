/**
 * privacy-lint.json in VS Code: each mistake shows once. Unknown keys and wrong values come from Privacy Lint (the
 * CLI's messages, with a did-you-mean); VS Code's JSON Schema check, fed the extension's completion-only schema,
 * reports none of them. JSON syntax errors come from VS Code's JSON features only.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SOURCE, fileUri, privacyDiagnostics, revert, waitForDiagnostics } from './helpers';

const CONFIG = 'privacy-lint.json';

/** Diagnostics of `uri` from anything but Privacy Lint (VS Code's JSON language features). */
function otherDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source !== SOURCE);
}

/** Resolves when the diagnostics of `uri` from others than Privacy Lint satisfy `accept` (now or after a change). */
function waitForOthers(uri: vscode.Uri, accept: (d: vscode.Diagnostic[]) => boolean, what: string, timeoutMs = 60_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out waiting for ${what}; VS Code's diagnostics now: ${JSON.stringify(otherDiagnostics(uri).map((d) => d.message))}`));
    }, timeoutMs);
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === uri.toString())) return;
      const diagnostics = otherDiagnostics(uri);
      if (accept(diagnostics)) {
        clearTimeout(timer);
        subscription.dispose();
        resolve(diagnostics);
      }
    });
  });
}

describe('privacy-lint.json in VS Code', () => {
  it('each mistake shows once: unknown keys and wrong values from Privacy Lint, JSON syntax errors from VS Code', async () => {
    const uri = fileUri(CONFIG);
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    const whole = (): vscode.Range => new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
    const broken = [
      '{',
      '  "extendz": "recommended",',
      '  "transfers": { "processors": [{ "host": "mailer.example.jp", "country": "jp" }] },',
      '  oops',
      '}',
      '',
    ].join('\n');
    try {
      // A syntax error and two schema mistakes: VS Code reports the syntax error, and nothing about the others.
      const syntax = waitForOthers(uri, (ds) => ds.length > 0, "VS Code's JSON syntax error");
      assert.ok(await editor.edit((e) => e.replace(whole(), broken)));
      const jsonDiagnostics = await syntax;
      const about = (ds: vscode.Diagnostic[], pattern: RegExp) => ds.filter((d) => pattern.test(d.message)).map((d) => d.message);
      assert.deepEqual(about(jsonDiagnostics, /extendz|not allowed|country|pattern|jp/i), [], 'VS Code reports no schema mistake');
      assert.ok(jsonDiagnostics.every((d) => d.range.start.line === 3 || d.range.start.line === 4), JSON.stringify(jsonDiagnostics.map((d) => [d.range.start.line, d.message])));

      // The syntax fixed: Privacy Lint reports both mistakes (did-you-mean), VS Code's diagnostics are gone.
      const ours = waitForDiagnostics(uri, (ds) => ds.length === 2, 'the unknown key and the country');
      const cleared = waitForOthers(uri, (ds) => ds.length === 0, "VS Code's diagnostics gone");
      assert.ok(await editor.edit((e) => e.replace(whole(), broken.replace('  oops\n', ''))));
      const [privacy] = await Promise.all([ours, cleared]);
      const messages = privacy.map((d) => d.message).join('\n');
      assert.match(messages, /extendz.*extends/);
      assert.match(messages, /country/);
      assert.deepEqual(otherDiagnostics(uri), []);
      assert.equal(privacyDiagnostics(uri).length, 2);
    } finally {
      await revert(document);
    }
  });
});
