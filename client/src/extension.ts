/**
 * Privacy Lint for VS Code: starts the Privacy Lint language server, keeps it fed with documents, settings and
 * config-file changes, and adds the commands and the status bar item. All analysis happens in the server process;
 * this side only adapts VS Code to it.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  DiagnosticPullMode,
  LanguageClient,
  TransportKind,
  type DocumentSelector,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { COMPONENT_PATTERN, LINTED_LANGUAGES, messageOf, registerCommands, showServerError } from './commands';
import { ServerStatusNotification } from './protocol';
import { FindingsStatusItem } from './status';

let client: LanguageClient | undefined;

/** Files whose change can change findings in other files: the linter's config and the type checker's projects. */
const WATCHED_CONFIG_FILES = '**/{privacy-lint.json,tsconfig.json,jsconfig.json}';

/** Called by VS Code on the first activation event. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // The server is bundled next to this file (client/dist, wherever the manifest is); `--node-ipc` is added by the
  // client for TransportKind.ipc.
  const serverModule = path.join(__dirname, 'server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };

  const documentSelector: DocumentSelector = [
    // Any scheme: in virtual workspaces open files are still linted.
    ...LINTED_LANGUAGES.map((language) => ({ language })),
    // The scripts of .vue and .svelte components, also when no extension for their language is installed.
    { pattern: COMPONENT_PATTERN },
    // The server validates the config file and reports its mistakes where they are.
    { language: 'json', pattern: '**/privacy-lint.json' },
    { language: 'jsonc', pattern: '**/privacy-lint.json' },
  ];

  const clientOptions: LanguageClientOptions = {
    documentSelector,
    // VS Code's JSON language features report syntax errors in privacy-lint.json: the server leaves those to them.
    // Its own JSON Schema (contributes.jsonValidation) gives completion only, so every other mistake shows once too.
    initializationOptions: { editorReportsJsonSyntax: true },
    // No `workspaceFolder`: one server serves every folder of the window and finds each file's config itself.
    synchronize: {
      configurationSection: 'privacyLint',
      fileEvents: vscode.workspace.createFileSystemWatcher(WATCHED_CONFIG_FILES),
    },
    // vscode-languageclient 11 pulls diagnostics only on open unless told otherwise (onChange, onSave and onFocus
    // all default to false), so ask for pulls on change and save and let `privacyLint.run` pick one per document.
    diagnosticPullOptions: {
      onChange: true,
      onSave: true,
      filter: (document, mode) => {
        const run = vscode.workspace.getConfiguration('privacyLint', document).get<string>('run', 'onType');
        if (mode === DiagnosticPullMode.onType) return run === 'onSave';
        // While typing, every change was linted already: a save changes nothing.
        if (mode === DiagnosticPullMode.onSave) return run !== 'onSave';
        return false;
      },
    },
  };

  const languageClient = new LanguageClient('privacyLint', vscode.l10n.t('Privacy Lint'), serverOptions, clientOptions);
  client = languageClient;

  const status = new FindingsStatusItem();
  context.subscriptions.push(
    status,
    languageClient.onDidChangeState((event) => status.setClientState(event.newState)),
    // Registered before start: the client re-installs it on every (re)start.
    languageClient.onNotification(ServerStatusNotification, (params) => status.setServerStatus(params)),
    ...registerCommands(languageClient),
  );

  try {
    await languageClient.start();
  } catch (error) {
    // The status item shows the stopped state; activation itself succeeds so the commands (restart) still work.
    showServerError(languageClient, vscode.l10n.t('Privacy Lint: the language server could not start: {0}', messageOf(error)));
  }
}

/** Called by VS Code on shutdown or when the extension is disabled; stops the server process. */
export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  if (running?.needsStop()) await running.stop();
}
