/**
 * The extension's commands (`privacyLint.*`). Those that need analysis ask the server to do the work with
 * `workspace/executeCommand` (`privacy-lint.*`, see ./protocol); the rest manage the language client.
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, State, type LanguageClient } from 'vscode-languageclient/node';
import { scanSummary } from './counts';
import {
  ServerCommand,
  type CreateConfigFileResult,
  type FixAllResult,
  type ScanWorkspaceResult,
} from './protocol';

/** The languages the server lints; `privacyLint.fixAll` only makes sense in one of them. */
export const LINTED_LANGUAGES = ['typescript', 'typescriptreact', 'javascript', 'javascriptreact', 'vue', 'svelte'] as const;

/** Component files whose scripts the server lints, whatever language VS Code gives them (plain text without a Vue or Svelte extension). */
export const COMPONENT_PATTERN = '**/*.{vue,svelte}';

/** Registers every contributed command; the returned disposables unregister them. */
export function registerCommands(client: LanguageClient): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('privacyLint.scanWorkspace', () => scanWorkspace(client)),
    vscode.commands.registerCommand('privacyLint.fixAll', () => fixAll(client)),
    vscode.commands.registerCommand('privacyLint.createConfigFile', () => createConfigFile(client)),
    vscode.commands.registerCommand('privacyLint.restartServer', () => restartServer(client)),
    vscode.commands.registerCommand('privacyLint.showOutput', () => client.outputChannel.show()),
  ];
}

async function scanWorkspace(client: LanguageClient): Promise<void> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Privacy Lint: open a folder to scan it.'));
    return;
  }
  // The server reports the scan's progress itself (work-done progress); a second notification would only repeat it.
  const result = await executeServerCommand<ScanWorkspaceResult>(client, ServerCommand.scanWorkspace, []);
  if (!result) return;
  void vscode.window.showInformationMessage(
    scanSummary(result.files, result.findings, vscode.l10n));
}

async function fixAll(client: LanguageClient): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !(LINTED_LANGUAGES as readonly string[]).includes(document.languageId)) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Privacy Lint: open a TypeScript or JavaScript file to fix its problems.'));
    return;
  }
  const uri = client.code2ProtocolConverter.asUri(document.uri);
  const result = await executeServerCommand<FixAllResult>(client, ServerCommand.fixAll, [uri]);
  if (!result) return;
  const message = result.applied === 0
    ? vscode.l10n.t('Privacy Lint: no auto-fixable problems in this file.')
    : result.applied === 1
      ? vscode.l10n.t('Privacy Lint: applied 1 fix.')
      : vscode.l10n.t('Privacy Lint: applied {0} fixes.', result.applied);
  vscode.window.setStatusBarMessage(message, 5000);
}

async function createConfigFile(client: LanguageClient): Promise<void> {
  const folder = await pickWorkspaceFolder();
  if (!folder) return;
  const folderUri = client.code2ProtocolConverter.asUri(folder.uri);
  const result = await executeServerCommand<CreateConfigFileResult>(client, ServerCommand.createConfigFile, [folderUri]);
  if (!result) return;
  // A new file is opened by the server (window/showDocument); an existing one is left alone, so show it here.
  if (!result.created) {
    const uri = client.protocol2CodeConverter.asUri(result.uri);
    await vscode.window.showTextDocument(uri);
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Privacy Lint: {0} already has a privacy-lint.json.', folder.name));
  }
}

/** The folder of the active editor; else the only folder; else the one the user picks. */
async function pickWorkspaceFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Privacy Lint: open a folder to create a privacy-lint.json in it.'));
    return undefined;
  }
  const active = vscode.window.activeTextEditor?.document.uri;
  const activeFolder = active ? vscode.workspace.getWorkspaceFolder(active) : undefined;
  if (activeFolder) return activeFolder;
  if (folders.length === 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({
    placeHolder: vscode.l10n.t('Folder to create privacy-lint.json in'),
  });
}

async function restartServer(client: LanguageClient): Promise<void> {
  try {
    await client.restart();
  } catch (error) {
    showServerError(client, vscode.l10n.t('Privacy Lint: the server could not be restarted: {0}', messageOf(error)));
  }
}

/**
 * Sends `workspace/executeCommand` once the server is up. Failures are shown to the user and give `undefined`,
 * so command handlers never reject into VS Code's generic "command failed" message.
 */
async function executeServerCommand<R>(client: LanguageClient, command: string, args: unknown[]): Promise<R | undefined> {
  if (client.state === State.Starting) {
    try {
      await client.start(); // the start already in flight
    } catch {
      // reported where the client is started; the state check below tells the user
    }
  }
  if (client.state !== State.Running) {
    showServerError(client, vscode.l10n.t('Privacy Lint: the server is not running.'));
    return undefined;
  }
  try {
    return (await client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args })) as R;
  } catch (error) {
    showServerError(client, vscode.l10n.t('Privacy Lint: {0} failed: {1}', command, messageOf(error)));
    return undefined;
  }
}

/** An error message that offers the output channel (the server's log) and a restart. */
export function showServerError(client: LanguageClient, message: string): void {
  const showOutput = vscode.l10n.t('Show Output');
  const restart = vscode.l10n.t('Restart Server');
  void vscode.window.showErrorMessage(message, showOutput, restart).then((choice) => {
    if (choice === showOutput) client.outputChannel.show();
    else if (choice === restart) void vscode.commands.executeCommand('privacyLint.restartServer');
  });
}

/** The text of a thrown value (a ResponseError, an Error, or anything else). */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
