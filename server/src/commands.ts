/**
 * Commands the server executes (`workspace/executeCommand`), and its own notification. They are the contract
 * with the VS Code client (which calls them from its `privacyLint.*` commands) and any other LSP client.
 */
export const Commands = {
  /** Lint every file of every workspace folder; returns `{ files, findings }`. */
  scanWorkspace: 'privacy-lint.scanWorkspace',
  /** `[uri]`: apply the behaviour-preserving fixes of a document; returns `{ applied }`. */
  fixAll: 'privacy-lint.fixAll',
  /** `[folderUri]`: create a commented privacy-lint.json in the folder and open it; returns `{ uri, created }`. */
  createConfigFile: 'privacy-lint.createConfigFile',
  /** `[configEdit]`: apply a quick fix's change to privacy-lint.json (the buffer when open, else the disk). */
  editConfig: 'privacy-lint.editConfig',
  /** `[url]`: open a rule's documentation. */
  showDocumentation: 'privacy-lint.showDocumentation',
  /** `[uri, range]`: show a document with a selection (the cursor after "Suppress", a placeholder after a config edit). */
  reveal: 'privacy-lint.reveal',
} as const;

/** Server → client: `{ state, message? }` — e.g. a broken privacy-lint.json while the last good one is in use. */
export const StatusNotification = 'privacy-lint/status';

export interface StatusParams {
  state: 'ok' | 'warning' | 'error';
  message?: string;
}
