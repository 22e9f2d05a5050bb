/**
 * A minimal LSP client for tests and benchmarks: starts the built language server over stdio and talks
 * JSON-RPC to it. Waits are on events (a `publishDiagnostics` for a URI and version), never fixed sleeps.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const SERVER_BIN = path.resolve(__dirname, '../../../server/bin/privacy-lint-server.js');

export interface StartOptions {
  /** Workspace folders (absolute paths). */
  folders: string[];
  /** Offer pull diagnostics (`textDocument/diagnostic`) like VS Code; default: push only, like Neovim 0.7. */
  pull?: boolean;
  /** `privacyLint` settings the server gets from `workspace/configuration`. */
  settings?: Record<string, unknown>;
  locale?: string;
  /** Extra capabilities merged over the defaults. */
  capabilities?: ClientCapabilities;
  /** `initializationOptions` of `initialize`. */
  initializationOptions?: unknown;
  /** Keep everything the server writes to the client (`output`): for tests that check all of it. */
  recordOutput?: boolean;
  /** Server command (default: node on the built server). */
  command?: { file: string; args: string[] };
}

export interface ServerRequestLog {
  showDocument: unknown[];
  applyEdit: unknown[];
  status: unknown[];
  logs: string[];
}

export class LspTestClient {
  readonly connection: ProtocolConnection;
  readonly received: ServerRequestLog = { showDocument: [], applyEdit: [], status: [], logs: [] };
  /** Every publishDiagnostics, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiters: Array<{ match: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  private readonly versions = new Map<string, number>();
  settings: Record<string, unknown>;
  /** What `workspace/applyEdit` answers. */
  applyEditResult = true;
  stderr = '';
  /** Every byte the server wrote to the client, decoded (only with `recordOutput`). */
  output = '';

  private constructor(readonly process: ChildProcess, readonly options: StartOptions) {
    this.settings = options.settings ?? {};
    this.connection = createProtocolConnection(new StreamMessageReader(process.stdout!), new StreamMessageWriter(process.stdin!));
    process.stderr!.on('data', (d: Buffer) => { this.stderr += d.toString(); });
    if (options.recordOutput) process.stdout!.on('data', (d: Buffer) => { this.output += d.toString(); });
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      for (const w of [...this.waiters]) {
        if (w.match(p)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    this.connection.onNotification('privacy-lint/status', (p: unknown) => { this.received.status.push(p); });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => { this.received.logs.push(p.message); });
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification('$/progress', () => undefined);
    this.connection.onRequest('window/showDocument', (p: unknown) => { this.received.showDocument.push(p); return { success: true }; });
    this.connection.onRequest('workspace/applyEdit', (p: unknown) => { this.received.applyEdit.push(p); return { applied: this.applyEditResult }; });
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.listen();
  }

  static async start(options: StartOptions): Promise<LspTestClient> {
    const command = options.command ?? { file: process.execPath, args: [SERVER_BIN, '--stdio'] };
    const child = spawn(command.file, command.args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const client = new LspTestClient(child, options);
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: true,
        applyEdit: true,
        workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
        didChangeWatchedFiles: { dynamicRegistration: true },
        diagnostics: { refreshSupport: true },
        workspaceFolders: true,
      },
      textDocument: {
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        codeAction: { dataSupport: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        ...(options.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
      },
      window: { showDocument: { support: true }, workDoneProgress: true },
      ...options.capabilities,
    };
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: options.folders[0] ? pathToFileURL(options.folders[0]).href : null,
      workspaceFolders: options.folders.map((f) => ({ uri: pathToFileURL(f).href, name: path.basename(f) })),
      capabilities,
      locale: options.locale ?? 'en',
      initializationOptions: options.initializationOptions,
    });
    client.connection.sendNotification('initialized', {});
    return client;
  }

  uri(file: string): string { return pathToFileURL(file).href; }

  /** Waits for the next publishDiagnostics for `uri` (optionally of a given document version). */
  nextDiagnostics(uri: string, version?: number, timeoutMs = 15000): Promise<PublishDiagnosticsParams> {
    return this.waitForPublish((p) => p.uri === uri && (version === undefined || p.version === version),
      `diagnostics for ${uri}${version === undefined ? '' : ` v${version}`}`, timeoutMs);
  }

  /**
   * Waits until a publishDiagnostics for `uri` satisfies `accept` (other publishes, e.g. of a validation scheduled
   * before, are skipped).
   */
  waitForDiagnostics(uri: string, accept: (diagnostics: PublishDiagnosticsParams['diagnostics']) => boolean, what: string, timeoutMs = 15000): Promise<PublishDiagnosticsParams> {
    return this.waitForPublish((p) => p.uri === uri && accept(p.diagnostics), `${what} on ${uri}`, timeoutMs);
  }

  /** The first publishDiagnostics from now on that `match`es; rejects with what was last published and the server's stderr. */
  private waitForPublish(match: (p: PublishDiagnosticsParams) => boolean, what: string, timeoutMs: number): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const last = this.published.at(-1);
        reject(new Error(`no ${what} within ${timeoutMs} ms; last published: ${last?.uri} ${JSON.stringify(last?.diagnostics.map((d) => d.code))}; stderr: ${this.stderr}`));
      }, timeoutMs);
      this.waiters.push({ match, resolve: (p) => { clearTimeout(timer); resolve(p); } });
    });
  }

  /** Opens a document and waits for its first diagnostics (push mode). */
  async open(file: string, text: string, languageId = 'typescript'): Promise<Diagnostic[]> {
    const uri = this.uri(file);
    this.versions.set(uri, 1);
    const wait = this.options.pull ? undefined : this.nextDiagnostics(uri, 1);
    this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    if (!wait) return this.pull(file);
    return (await wait).diagnostics;
  }

  /** Opens without waiting (for documents that get no diagnostics, or to race). */
  openNoWait(file: string, text: string, languageId = 'typescript'): void {
    const uri = this.uri(file);
    this.versions.set(uri, 1);
    this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces the whole text (an incremental change covering everything) and returns the new version. */
  change(file: string, changes: Array<{ range?: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }>): number {
    const uri = this.uri(file);
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  save(file: string): void {
    this.connection.sendNotification('textDocument/didSave', { textDocument: { uri: this.uri(file) } });
  }

  close(file: string): void {
    this.connection.sendNotification('textDocument/didClose', { textDocument: { uri: this.uri(file) } });
  }

  async pull(file: string): Promise<Diagnostic[]> {
    const report = await this.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: this.uri(file) } }) as { items: Diagnostic[] };
    return report.items;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    this.connection.dispose();
    if (this.process.exitCode === null) this.process.kill();
  }
}
