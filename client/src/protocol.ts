/**
 * The contract between this extension and the Privacy Lint language server beyond standard LSP: the ids of the
 * commands the server executes (`workspace/executeCommand`), their arguments and results, and the status
 * notification. The server defines the same shapes; keep both sides in step.
 */
import { NotificationType } from 'vscode-languageclient/node';

/** Server command ids. The extension's own command ids are `privacyLint.*`, so they never clash with these, which
 * vscode-languageclient registers in VS Code under the server's ids. */
export const ServerCommand = {
  /** No arguments; lints every file of every workspace folder. */
  scanWorkspace: 'privacy-lint.scanWorkspace',
  /** Arguments `[uri]`; the server applies the fixes through `workspace/applyEdit`. */
  fixAll: 'privacy-lint.fixAll',
  /** Arguments `[folderUri]`; the server creates the file through `workspace/applyEdit` and shows it. */
  createConfigFile: 'privacy-lint.createConfigFile',
} as const;

/** Result of {@link ServerCommand.scanWorkspace}. */
export interface ScanWorkspaceResult {
  files: number;
  findings: number;
}

/** Result of {@link ServerCommand.fixAll}. */
export interface FixAllResult {
  applied: number;
}

/** Result of {@link ServerCommand.createConfigFile}; `created` is false when the folder had one already. */
export interface CreateConfigFileResult {
  uri: string;
  created: boolean;
}

/** How the server is doing, e.g. `warning` while a broken privacy-lint.json is replaced by the last good one. */
export interface ServerStatusParams {
  state: 'ok' | 'warning' | 'error';
  message?: string;
}

/** Server → client: `privacy-lint/status`. */
export const ServerStatusNotification = new NotificationType<ServerStatusParams>('privacy-lint/status');

/** The `source` of every diagnostic the server reports. */
export const DIAGNOSTIC_SOURCE = 'privacy-lint';
