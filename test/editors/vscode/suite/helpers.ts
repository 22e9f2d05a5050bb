/**
 * What the editor tests share: the fixture workspace, waiting for Privacy Lint's diagnostics (an event, never a
 * sleep), what the CLI reports for the same files, and screenshots.
 */
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** Diagnostics from the language server carry this source. */
export const SOURCE = 'privacy-lint';

/** How long the first diagnostics may take (server start, type-checker program); later waits are shorter. */
export const FIRST_DIAGNOSTICS_MS = 60_000;
export const DIAGNOSTICS_MS = 30_000;

/** The repository: the CLI the editor is compared with lives there. */
export const repoRoot = process.env.PRIVACY_LINT_REPO ?? path.resolve(__dirname, '..', '..', '..', '..', '..');

/** The copy of test/editors/fixtures/workspace the editor opened. */
export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the editor opened no workspace folder (run.js passes the fixture copy as the first argument)');
  return folder.uri.fsPath;
}

export function fileUri(relative: string): vscode.Uri {
  return vscode.Uri.file(path.join(workspaceRoot(), ...relative.split('/')));
}

/** Opens a fixture file in an editor and makes it the active one. */
export async function openFile(relative: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fileUri(relative));
  return vscode.window.showTextDocument(document, { preview: false });
}

export function privacyDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  if (d.code === undefined) return undefined;
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/**
 * Resolves with Privacy Lint's diagnostics for `uri` as soon as they satisfy `accept`: now, or on the first
 * `onDidChangeDiagnostics` event for that uri after which they do. Subscribe (call this) before triggering the
 * change, and make `accept` describe the new state, not the old one.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = DIAGNOSTICS_MS,
): Promise<vscode.Diagnostic[]> {
  // Once a wait has timed out without the server ever reporting anything, the rest fail fast, not one by one.
  if (serverSilent) timeoutMs = Math.min(timeoutMs, 5_000);
  return new Promise((resolve, reject) => {
    let subscription: vscode.Disposable | undefined;
    const done = (diagnostics: vscode.Diagnostic[]) => {
      clearTimeout(timer);
      subscription?.dispose();
      resolve(diagnostics);
    };
    const timer = setTimeout(() => {
      subscription?.dispose();
      if (!sawPrivacyDiagnostics) serverSilent = true;
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} on ${vscode.workspace.asRelativePath(uri)}; ` +
        `Privacy Lint's diagnostics there now: ${JSON.stringify(summarize(privacyDiagnostics(uri)))}`));
    }, timeoutMs);
    subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === uri.toString())) return;
      const diagnostics = privacyDiagnostics(uri);
      if (accept(diagnostics)) done(diagnostics);
    });
    const current = privacyDiagnostics(uri);
    if (accept(current)) done(current);
  });
}

let sawPrivacyDiagnostics = false;
let serverSilent = false;
vscode.languages.onDidChangeDiagnostics((event) => {
  if (!sawPrivacyDiagnostics && event.uris.some((u) => privacyDiagnostics(u).length > 0)) sawPrivacyDiagnostics = true;
});

/** `rule-id@line:col-line:col` (0-based, as VS Code counts), sorted: comparable and readable in a diff. */
export function summarize(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map((d) => `${codeOf(d)}@${rangeString(d.range)}`).sort();
}

export function rangeString(r: vscode.Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** A finding as the CLI reports it, converted to VS Code's 0-based ranges. */
export interface CliFinding {
  ruleId: string;
  range: vscode.Range;
  severity: vscode.DiagnosticSeverity;
  message: string;
  clause?: string;
  suggestions: string[];
  related: { file: string; range: vscode.Range; message: string }[];
}

interface JsonMessage {
  ruleId: string; severity: 1 | 2; message: string; line: number; column: number; endLine: number; endColumn: number;
  clause?: string; suggestions?: { desc: string; kind: string }[];
}
interface SarifRegion { startLine: number; startColumn: number; endLine: number; endColumn: number }
interface SarifLocation { physicalLocation: { artifactLocation: { uri: string }; region: SarifRegion } }
interface SarifResult { ruleId: string; locations: SarifLocation[]; relatedLocations?: (SarifLocation & { message: { text: string } })[] }

let cliCache: Promise<Map<string, CliFinding[]>> | undefined;

/** Runs the CLI asynchronously: a synchronous child process would block the extension host for seconds. */
function runCli(format: 'json' | 'sarif'): Promise<string> {
  const cli = path.join(repoRoot, 'cli', 'bin', 'privacy-lint.js');
  assert.ok(fs.existsSync(cli), `${cli} not found: build the repository first (npm run build)`);
  return new Promise((resolve, reject) => {
    // In Electron (downloaded VS Code) process.execPath is the editor: run it as plain Node.
    execFile(process.execPath, [cli, '.', '-f', format, '--locale', 'en'], {
      cwd: workspaceRoot(),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    }, (error, stdout, stderr) => {
      // Exit code 1 means "findings", which the fixture has on purpose.
      if (error && error.code !== 1) reject(new Error(`privacy-lint -f ${format} failed (${error.code}): ${stderr || error.message}`));
      else resolve(stdout);
    });
  });
}

/** What `privacy-lint . -f json` (and `-f sarif`, for related locations) reports on the fixture, by absolute path. */
export function cliFindings(): Promise<Map<string, CliFinding[]>> {
  cliCache ??= readCliFindings();
  return cliCache;
}

async function readCliFindings(): Promise<Map<string, CliFinding[]>> {
  const root = workspaceRoot();
  const toRange = (r: SarifRegion) => new vscode.Range(r.startLine - 1, r.startColumn - 1, r.endLine - 1, r.endColumn - 1);
  const [sarifText, jsonText] = await Promise.all([runCli('sarif'), runCli('json')]);
  const sarif = JSON.parse(sarifText) as { runs: { results: SarifResult[] }[] };
  const relatedByKey = new Map<string, CliFinding['related']>();
  for (const result of sarif.runs[0].results) {
    const location = result.locations[0].physicalLocation;
    const file = path.resolve(root, decodeURIComponent(location.artifactLocation.uri));
    const key = `${file}#${result.ruleId}@${rangeString(toRange(location.region))}`;
    relatedByKey.set(key, (result.relatedLocations ?? []).map((r) => ({
      file: path.resolve(root, decodeURIComponent(r.physicalLocation.artifactLocation.uri)),
      range: toRange(r.physicalLocation.region),
      message: r.message.text,
    })));
  }
  const json = JSON.parse(jsonText) as { filePath: string; messages: JsonMessage[] }[];
  const findings = new Map<string, CliFinding[]>();
  for (const file of json) {
    findings.set(file.filePath, file.messages.map((m) => {
      const range = new vscode.Range(m.line - 1, m.column - 1, m.endLine - 1, m.endColumn - 1);
      return {
        ruleId: m.ruleId,
        range,
        severity: m.severity === 2 ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
        message: m.message,
        clause: m.clause,
        suggestions: (m.suggestions ?? []).map((s) => s.desc),
        related: relatedByKey.get(`${file.filePath}#${m.ruleId}@${rangeString(range)}`) ?? [],
      };
    }));
  }
  return findings;
}

/** The CLI's findings for one fixture file (`src/customers.ts`). */
export async function cliFindingsFor(relative: string): Promise<CliFinding[]> {
  const file = fileUri(relative).fsPath;
  const all = await cliFindings();
  const findings = all.get(file);
  assert.ok(findings, `the CLI did not lint ${file}; it linted ${[...all.keys()].join(', ')}`);
  return findings;
}

/** Waits until the editor shows exactly the CLI's findings (rule ids and ranges) for `relative`. */
export async function waitForCliFindings(relative: string, what: string, timeoutMs = DIAGNOSTICS_MS): Promise<vscode.Diagnostic[]> {
  const expected = describeCli(await cliFindingsFor(relative));
  return waitForDiagnostics(fileUri(relative), (ds) => sameList(summarize(ds), expected), what, timeoutMs);
}

export function describeCli(findings: readonly CliFinding[]): string[] {
  return findings.map((f) => `${f.ruleId}@${rangeString(f.range)}`).sort();
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Undoes unsaved edits of `document` (the editor never saves: `files.autoSave` is off). */
export async function revert(document: vscode.TextDocument): Promise<void> {
  if (!document.isDirty) return;
  await vscode.window.showTextDocument(document, { preview: false });
  await vscode.commands.executeCommand('workbench.action.files.revert');
  assert.equal(document.isDirty, false, `could not revert ${document.uri.fsPath}`);
}

/** What the screenshot taker waits for on the page before it takes the picture. */
export interface ScreenshotWait {
  /** A CSS selector of an element that must be visible. */
  selector: string;
  /** Text the element must contain. */
  text?: string;
  /** Wait for no such element to be visible instead. */
  hidden?: boolean;
}

/** The folder screenshots go to, when the run asked for them (PRIVACY_LINT_SCREENSHOT_DIR). */
export const screenshotDir = process.env.PRIVACY_LINT_SCREENSHOT_DIR;

/**
 * Asks the process driving the browser (test/editors/vscode/code-server-executable.js) for a screenshot of the
 * whole workbench: writes `<dir>/<name>.request` with the elements to wait for, and waits for `<dir>/<name>` (or
 * `<name>.error`) to appear. Both processes run on the same machine, so the filesystem is the channel.
 */
export async function screenshot(name: string, waitFor: ScreenshotWait[], timeoutMs = 60_000): Promise<string> {
  assert.ok(screenshotDir, 'PRIVACY_LINT_SCREENSHOT_DIR is not set');
  fs.mkdirSync(screenshotDir, { recursive: true });
  const target = path.join(screenshotDir, name);
  const error = `${target}.error`;
  fs.rmSync(target, { force: true });
  fs.rmSync(error, { force: true });
  await new Promise<void>((resolve, reject) => {
    const check = () => {
      if (fs.existsSync(target)) finish();
      else if (fs.existsSync(error)) finish(new Error(`screenshot ${name} failed: ${fs.readFileSync(error, 'utf8')}`));
    };
    const watcher = fs.watch(screenshotDir, check);
    const timer = setTimeout(() => finish(new Error(`no screenshot ${target} within ${timeoutMs} ms: ` +
      'is the run driven by code-server-executable.js (downloaded VS Code cannot take them)?')), timeoutMs);
    function finish(err?: Error) {
      clearTimeout(timer);
      watcher.close();
      if (err) reject(err);
      else resolve();
    }
    const request = `${target}.request`;
    fs.writeFileSync(`${request}.partial`, JSON.stringify({ waitFor }));
    fs.renameSync(`${request}.partial`, request);
  });
  return target;
}
