/**
 * The Privacy Lint language server: an adapter from LSP to the engine. It keeps the open documents, asks the
 * client for settings per document, validates on type (debounced) or on save, and answers with diagnostics
 * (pushed, or pulled when the client offers `textDocument/diagnostic`), hovers, code actions and commands.
 * Analysis never runs workspace code; an error in one file is logged and never stops the server.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  createConnection,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  LSPErrorCodes,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type Range as LspRange,
  type TextEdit as LspTextEdit,
  type WorkDoneProgressServerReporter,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { configTextChange, readRegularFile, readSourceFile, MAX_FILE_BYTES, isIgnored, isLintableFile, loadConfigFile, mayQuoteConfig, parseConfigText, starterConfigText, withoutQuotes, type ConfigEdit, type FileResult, type Locale } from '@privacy-lint/engine';
import { allRules, ruleCatalog } from '@privacy-lint/rules';
import { codeActionsFor, fixAllEdit, FIX_ALL_KIND, type CodeActionContext, type ValidationRecord } from './code-actions';
import { Commands, StatusNotification, type StatusParams } from './commands';
import { configErrorDiagnostic, fileUri, toDiagnostic } from './diagnostics';
import { hoverFor } from './hover';
import { Linting } from './linting';
import { localeFor, SettingsCache, type Settings } from './settings';
import { insideFolders, localPath } from './workspace';

/** Quiet time after the last keystroke before a document is validated (the issue allows at most 150 ms). */
export const DEBOUNCE_MS = 100;
/** Files per batch in Scan Workspace (the server answers other requests between batches). */
const SCAN_BATCH = 25;

const CONFIG_FILE_NAME = 'privacy-lint.json';
const SOURCE_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/i;

const STRINGS = {
  noTypes: {
    en: (folder: string) => `Files of ${folder} outside any tsconfig.json project are checked by names and flows only (no type information).`,
    ja: (folder: string) => `${folder} の tsconfig.json プロジェクト外のファイルは、名前とデータの流れだけで検査します（型情報なし）。`,
  },
  configErrors: {
    en: (file: string, n: number, lastGood: boolean) => `${file} has ${n === 1 ? 'an error' : `${n} errors`}; ${lastGood ? 'the last valid version is used' : 'the built-in defaults are used'} until it is fixed.`,
    ja: (file: string, n: number, lastGood: boolean) => `${file} に ${n} 件のエラーがあります。修正されるまで${lastGood ? '最後に有効だった設定' : '既定の設定'}を使います。`,
  },
  configFixed: {
    en: (file: string) => `${file} is valid again and in force.`,
    ja: (file: string) => `${file} のエラーは解消され、この設定を使っています。`,
  },
  scanning: { en: 'Scanning the workspace', ja: 'ワークスペースを検査しています' },
  fixAll: { en: 'Privacy Lint: fix all', ja: 'Privacy Lint: すべて修正' },
  outsideWorkspace: {
    en: (file: string) => `${file} is outside the workspace folders: Privacy Lint does not check it (open its folder as a workspace folder to check it).`,
    ja: (file: string) => `${file} はワークスペースフォルダーの外にあるため、Privacy Lint は検査しません（検査するには、そのフォルダーをワークスペースフォルダーとして開いてください）。`,
  },
  configEdited: {
    en: (what: string, key: string, file: string) => `Privacy Lint: added ${what} to ${key} in ${file}.`,
    ja: (what: string, key: string, file: string) => `Privacy Lint: ${file} の ${key} に ${what} を追加しました。`,
  },
} as const;

function isConfigFile(file: string): boolean {
  return path.basename(file) === CONFIG_FILE_NAME;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A document as it was when a request started (TextDocuments updates the object in place). */
interface DocumentSnapshot {
  doc: TextDocument;
  uri: string;
  version: number;
  text: string;
}

class PrivacyLintServer {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly linting = new Linting(allRules);
  private readonly settings: SettingsCache;
  /** The last validation of each open document. */
  private readonly records = new Map<string, ValidationRecord>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Version of each document at its last save (for `run: onSave`). */
  private readonly savedVersions = new Map<string, number>();
  /** Files Scan Workspace published diagnostics for (not open), with the URI it used. Keyed by path: clients
   * encode URIs in their own way (`%28` for `(`), the path is the same. */
  private scanned = new Map<string, string>();
  /** Every file the last Scan Workspace linted: closing one of them publishes its findings from the disk again. */
  private scanCovered = new Set<string>();
  /** Config files (closed) we published errors for. */
  private readonly configErrorUris = new Set<string>();
  private readonly notedWithoutTypes = new Set<string>();
  /** Documents outside the workspace folders the output channel has told about. */
  private readonly notedOutside = new Set<string>();
  /** Config file (or a folder's defaults) → the problem it has now; the status reports the first. */
  private readonly configStatus = new Map<string, string>();
  private lastStatus = '';
  /** Paths of open file documents → the URI the client used (it may encode `(`, `@` … differently from us). */
  private readonly openUris = new Map<string, string>();
  /** Made-up paths of untitled/virtual documents → their URIs (a fixed folder: the workspace folders can change). */
  private readonly virtualUris = new Map<string, string>();
  private readonly virtualRoot = path.join(process.cwd(), '.privacy-lint-virtual');
  /** The record whose diagnostics the client shows (with `run: onSave` it can be older than `records`). */
  private readonly shown = new Map<string, ValidationRecord>();

  private clientLocale: string | undefined;
  private pullDiagnostics = false;
  private askSettings = false;
  private canShowDocument = false;
  private canRefreshDiagnostics = false;
  private canWatchFiles = false;
  private canReportProgress = false;
  private watchesFolders = false;
  private canVersionEdits = false;
  private initialSettings: unknown;
  /** The editor reports JSON syntax errors in privacy-lint.json itself (VS Code's JSON language features). */
  private editorReportsJsonSyntax = false;

  constructor(private readonly connection: Connection) {
    this.settings = new SettingsCache(connection, () => this.askSettings, () => this.initialSettings);
  }

  listen(): void {
    const { connection, documents } = this;
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => this.initialized());
    documents.onDidOpen((e) => {
      const file = localPath(e.document.uri);
      if (file) this.openUris.set(file, e.document.uri);
    });
    documents.onDidChangeContent((e) => this.guard('change', () => this.changed(e.document)));
    documents.onDidSave((e) => this.guard('save', () => this.saved(e.document)));
    documents.onDidClose((e) => this.guard('close', () => this.closed(e.document)));
    connection.languages.diagnostics.on((params, token) => this.pull(params.textDocument.uri, token));
    connection.onCodeAction(async (params) => {
      const record = await this.currentRecord(params.textDocument.uri);
      return record ? codeActionsFor(record, params, this.codeActionContext()) : [];
    });
    connection.onHover(async (params) => {
      const record = await this.currentRecord(params.textDocument.uri);
      return record ? hoverFor(record.findings, params.position, record.locale, allRules) : undefined;
    });
    connection.onExecuteCommand((params) => this.execute(params.command, params.arguments ?? []));
    connection.onDidChangeConfiguration(() => {
      this.settings.clear();
      // `privacyLint.configFile` may name another file now: discover configs afresh.
      this.linting.resetConfigs();
      this.revalidateAll();
    });
    connection.onDidChangeWatchedFiles((params) => this.guard('watched files', () => {
      let sourcesChanged = false;
      for (const change of params.changes) {
        // Only files of the workspace: not a remote host's, not one outside the folders (`ws/../x`).
        const file = localPath(change.uri);
        if (!file || !this.inWorkspace(file)) continue;
        const kind = change.type === FileChangeType.Created ? 'created' : change.type === FileChangeType.Deleted ? 'deleted' : 'changed';
        // Dependencies and build output change by the thousand (npm install, tsc -w) and are not the project's code.
        if (/[\\/](node_modules|\.git)[\\/]/.test(file)) continue;
        if (this.isConfig(file)) {
          this.linting.configChanged(file);
          this.publishConfigFileErrors(file);
          sourcesChanged = true;
        } else if (/^[tj]sconfig.*\.json$/.test(path.basename(file)) || SOURCE_FILE.test(file)) {
          // An open document's buffer wins over its file; the documents that import it may still report differently.
          if (!this.documents.get(this.uriOfFile(file))) this.linting.types.fileChanged(file, kind);
          sourcesChanged = true;
        }
      }
      // An imported module or a config changed: every open document may report differently now.
      if (sourcesChanged) this.revalidateAll();
    }));
    documents.listen(connection);
    connection.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    const caps = params.capabilities;
    this.clientLocale = params.locale;
    this.pullDiagnostics = !!caps.textDocument?.diagnostic;
    this.askSettings = !!caps.workspace?.configuration;
    this.canShowDocument = !!caps.window?.showDocument?.support;
    this.canRefreshDiagnostics = !!caps.workspace?.diagnostics?.refreshSupport;
    this.canWatchFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    this.canReportProgress = !!caps.window?.workDoneProgress;
    this.watchesFolders = !!caps.workspace?.workspaceFolders;
    this.canVersionEdits = !!caps.workspace?.workspaceEdit?.documentChanges;
    const options = params.initializationOptions as { settings?: unknown; editorReportsJsonSyntax?: unknown } | undefined;
    this.initialSettings = options?.settings;
    this.editorReportsJsonSyntax = options?.editorReportsJsonSyntax === true;
    const folders = params.workspaceFolders?.map((f) => f.uri)
      ?? (params.rootUri ? [params.rootUri] : params.rootPath ? [fileUri(params.rootPath)] : []);
    this.linting.setWorkspaceFolders(folders.map(localPath).filter((f): f is string => !!f));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND], resolveProvider: false },
        hoverProvider: true,
        executeCommandProvider: { commands: Object.values(Commands) },
        ...(this.pullDiagnostics ? { diagnosticProvider: { identifier: 'privacy-lint', interFileDependencies: true, workspaceDiagnostics: false } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'privacy-lint-server', version: '0.1.0' },
    };
  }

  private initialized(): void {
    if (this.canWatchFiles) {
      void this.connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          { globPattern: `**/${CONFIG_FILE_NAME}` },
          { globPattern: '**/{tsconfig,jsconfig}*.json' },
          { globPattern: '**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}' },
        ],
      });
    }
    if (this.watchesFolders) {
      this.connection.workspace.onDidChangeWorkspaceFolders((e) => this.guard('workspace folders', () => {
        const paths = (folders: typeof e.added) => folders.map((f) => localPath(f.uri)).filter((f): f is string => !!f);
        const removed = new Set(paths(e.removed));
        const kept = this.linting.folders.filter((f) => !removed.has(f));
        this.linting.setWorkspaceFolders([...kept, ...paths(e.added)]);
        this.linting.resetConfigs();
        this.settings.clear();
        this.revalidateAll();
      }));
    }
  }

  /** Runs a handler; an unexpected error is logged to the output channel and never ends the server. */
  private guard(what: string, run: () => unknown): void {
    try {
      const result = run();
      if (result instanceof Promise) result.catch((e: unknown) => this.logError(what, e));
    } catch (e) {
      this.logError(what, e);
    }
  }

  private logError(what: string, e: unknown): void {
    const error = e as Error;
    this.connection.console.error(`Privacy Lint: internal error (${what}): ${error?.stack ?? String(e)}`);
  }

  /**
   * The path the engine sees for a document: its file, or a made-up path for an untitled/virtual one; undefined
   * for a file outside the workspace folders (or of a remote host), which the server neither reads nor lints.
   */
  private fileOf(doc: TextDocument): string | undefined {
    if (doc.uri.startsWith('file:')) {
      const file = localPath(doc.uri);
      return file && this.inWorkspace(file) ? file : undefined;
    }
    const ext = { typescriptreact: '.tsx', javascript: '.js', javascriptreact: '.jsx', vue: '.vue', svelte: '.svelte', json: '.json', jsonc: '.json' }[doc.languageId] ?? '.ts';
    const name = decodeURIComponent(doc.uri.replace(/^[a-z-]+:\/*/i, '')).replace(/[^\w.-]+/g, '_');
    const file = path.join(this.virtualRoot, path.extname(name) ? name : name + ext);
    this.virtualUris.set(file, doc.uri);
    return file;
  }

  /** privacy-lint.json, or a config file a folder's `privacyLint.configFile` setting names. */
  private isConfig(file: string | undefined): boolean {
    return !!file && (isConfigFile(file) || this.linting.isExplicitConfig(file));
  }

  /** Whether a file is inside a workspace folder (by its path and its real path: a symlink out is outside). */
  private inWorkspace(file: string): boolean {
    return insideFolders(this.linting.folders, file);
  }

  /** A document outside the workspace: no diagnostics, and the output channel says why, once per document. */
  private noteOutside(doc: TextDocument, locale: Locale): void {
    if (this.notedOutside.has(doc.uri)) return;
    this.notedOutside.add(doc.uri);
    this.connection.console.info(`Privacy Lint: ${STRINGS.outsideWorkspace[locale](doc.uri)}`);
  }

  /** The URI the client uses for a file: an open document's own URI when there is one (also an untitled one's). */
  private uriOfFile(file: string): string {
    return this.virtualUris.get(file) ?? this.openUris.get(file) ?? fileUri(file);
  }

  private codeActionContext(): CodeActionContext {
    return {
      rules: allRules, readText: (file) => this.readText(file), uriOf: (file) => this.uriOfFile(file),
      canEditConfig: (file) => this.isConfig(file) && this.inWorkspace(file),
    };
  }

  /** A file's text: its open document (privacy-lint.json too), else the disk, decoded like the CLI reads it. */
  private readText(file: string): string | undefined {
    if (!this.inWorkspace(file) && !this.virtualUris.has(file)) return undefined;
    const open = this.documents.get(this.uriOfFile(file));
    if (open) return open.getText();
    return readSourceFile(file).text;
  }

  // ── documents ──────────────────────────────────────────────────────────────────────────────────────────────

  private async changed(doc: TextDocument): Promise<void> {
    const file = this.fileOf(doc);
    if (file === undefined) {
      // Outside the workspace: not linted, and nothing near it is read (its config, its imports).
      this.records.delete(doc.uri);
      this.noteOutside(doc, localeFor(await this.settings.get(doc.uri), this.clientLocale));
      if (!this.pullDiagnostics) void this.connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
      return;
    }
    if (this.isConfig(file)) {
      if (!this.pullDiagnostics) await this.publishConfigDocument(doc);
      return;
    }
    this.linting.setBuffer(file, doc.getText());
    // Scan Workspace pushed diagnostics for this file while it was closed; the document's own take over now.
    const scannedUri = this.scanned.get(file);
    if (scannedUri !== undefined) {
      this.scanned.delete(file);
      void this.connection.sendDiagnostics({ uri: scannedUri, diagnostics: [] });
    }
    if (this.pullDiagnostics) return; // the client asks
    const settings = await this.settings.get(doc.uri);
    const first = !this.records.has(doc.uri);
    if (settings.run === 'onType' || first) this.schedule(doc.uri, first ? 0 : DEBOUNCE_MS);
  }

  private async saved(doc: TextDocument): Promise<void> {
    this.savedVersions.set(doc.uri, doc.version);
    const file = this.fileOf(doc);
    if (file === undefined) return;
    if (this.isConfig(file)) {
      this.linting.configChanged(file);
      this.revalidateAll();
      return;
    }
    const settings = await this.settings.get(doc.uri);
    if (this.pullDiagnostics) {
      // The client pulls again for what it shows (interFileDependencies); on save it needs telling.
      if (settings.run === 'onSave' && this.canRefreshDiagnostics) void this.connection.languages.diagnostics.refresh();
      return;
    }
    if (settings.run === 'onSave') this.schedule(doc.uri, 0);
    // Saving a module can change what the documents importing it report (a URL, a type): validate the others too.
    for (const other of this.documents.all()) {
      if (other.uri !== doc.uri && !this.isConfig(this.fileOf(other))) this.schedule(other.uri, DEBOUNCE_MS);
    }
  }

  private closed(doc: TextDocument): void {
    const file = this.fileOf(doc);
    this.notedOutside.delete(doc.uri);
    const local = localPath(doc.uri);
    if (local) this.openUris.delete(local);
    clearTimeout(this.timers.get(doc.uri));
    this.timers.delete(doc.uri);
    this.records.delete(doc.uri);
    this.shown.delete(doc.uri);
    this.savedVersions.delete(doc.uri);
    this.settings.delete(doc.uri);
    if (file === undefined) {
      if (!this.pullDiagnostics) void this.connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
      return;
    }
    this.virtualUris.delete(file);
    if (this.isConfig(file)) {
      // What the disk says now, even nothing: the errors of the unsaved buffer must not stay behind.
      this.publishConfigFileErrors(file, true);
      return;
    }
    this.linting.removeBuffer(file);
    if (this.scanCovered.has(file)) {
      // The file was part of a scan: its findings (of the saved file) stay in the Problems panel.
      void this.republishScanned(doc.uri, file);
    } else if (!this.pullDiagnostics) {
      void this.connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
    }
  }

  private async republishScanned(uri: string, file: string): Promise<void> {
    const settings = await this.settings.get(uri);
    if (!settings.enable || this.documents.get(uri)) return;
    const [result] = this.linting.lintBatch([file], settings);
    const locale = localeFor(settings, this.clientLocale);
    this.scanned.set(file, uri);
    await this.connection.sendDiagnostics({ uri, diagnostics: (result?.findings ?? []).map((f, i) => toDiagnostic(f, locale, allRules, 0, i)) });
  }

  /** Validate a document after `ms` of quiet; a newer change restarts the wait (stale work is never done). */
  private schedule(uri: string, ms: number): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      this.guard('validation', () => this.validateAndPublish(uri));
    }, ms));
  }

  private async validateAndPublish(uri: string): Promise<void> {
    const snapshot = this.snapshot(uri);
    if (!snapshot) return;
    if (this.fileOf(snapshot.doc) === undefined) {
      // Outside the workspace now (its folder was removed): what it showed goes away.
      this.records.delete(uri);
      this.shown.delete(uri);
      this.noteOutside(snapshot.doc, localeFor(await this.settings.get(uri), this.clientLocale));
      await this.connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    const record = await this.validate(snapshot);
    // A newer version arrived meanwhile: its own validation is scheduled; these results are stale.
    if (!record || !this.stillCurrent(snapshot)) return;
    this.shown.set(uri, record);
    await this.connection.sendDiagnostics({ uri, version: record.version, diagnostics: this.diagnosticsOf(record) });
  }

  private diagnosticsOf(record: ValidationRecord): Diagnostic[] {
    return record.findings.map((f, i) => toDiagnostic(f, record.locale, allRules, record.version, i, (file) => this.uriOfFile(file)));
  }

  /** A document as it is when a request starts. TextDocuments updates documents in place: keep version and text. */
  private snapshot(uri: string): DocumentSnapshot | undefined {
    const doc = this.documents.get(uri);
    return doc && { doc, uri, version: doc.version, text: doc.getText() };
  }

  /** The same document object (not closed and reopened) at the same version. */
  private stillCurrent(s: DocumentSnapshot): boolean {
    const doc = this.documents.get(s.uri);
    return doc === s.doc && doc.version === s.version;
  }

  /**
   * Lints a document's text as it was in `snapshot` and records the result for code actions and hovers; undefined
   * when the document changed or closed meanwhile, or is a privacy-lint.json. Files the CLI would not lint (ignored
   * by the config, in node_modules, declaration files) get no findings, so the editor and the CLI agree.
   */
  private async validate(snapshot: DocumentSnapshot): Promise<ValidationRecord | undefined> {
    const settings = await this.settings.get(snapshot.uri);
    if (!this.stillCurrent(snapshot)) return undefined; // superseded while we waited
    const file = this.fileOf(snapshot.doc);
    if (file === undefined || this.isConfig(file)) return undefined;
    const locale = localeFor(settings, this.clientLocale);
    let result: FileResult | undefined;
    if (settings.enable && !this.skipped(file, settings)) {
      this.linting.setBuffer(file, snapshot.text);
      try {
        result = this.linting.lintFile(file, settings);
      } catch (e) {
        this.logError(`linting ${file}`, e);
      }
      for (const f of result?.findings ?? []) {
        if (f.ruleId === 'internal-error') this.connection.console.error(`Privacy Lint: ${f.message.en} (${file})`);
      }
      if (result) this.noteTypeInfo(file, settings, result);
      this.updateStatus(file, settings, locale);
    }
    const record: ValidationRecord = { uri: snapshot.uri, file, version: snapshot.version, text: snapshot.text, findings: result?.findings ?? [], locale };
    this.records.set(snapshot.uri, record);
    return record;
  }

  /** What `privacy-lint <folder>` would not lint: ignored by the config, under node_modules, a declaration file. */
  private skipped(file: string, settings: Settings): boolean {
    if (!path.isAbsolute(file) || file.includes(`${path.sep}.privacy-lint-virtual${path.sep}`)) return false;
    if (file.split(path.sep).includes('node_modules') || !isLintableFile(file)) return true;
    return isIgnored(file, this.linting.configFor(file, settings).config);
  }

  /** Files outside any tsconfig.json project are linted without types: say so once per workspace folder. */
  private noteTypeInfo(file: string, settings: Settings, result: FileResult): void {
    if (settings.typeInfo === 'off' || result.typeInfo || result.parseError) return;
    const folder = this.linting.folderOf(file);
    if (this.notedWithoutTypes.has(folder)) return;
    this.notedWithoutTypes.add(folder);
    const locale = localeFor(settings, this.clientLocale);
    this.connection.console.info(`Privacy Lint: ${STRINGS.noTypes[locale](folder)}`);
  }

  /** The status of each config file in force; the notification reports the worst (multi-root: one broken folder). */
  private updateStatus(file: string, settings: Settings, locale: Locale): void {
    const config = this.linting.configFor(file, settings);
    const key = config.configFile ?? `defaults:${this.linting.folderOf(file)}`;
    if (config.errors.length) {
      this.configStatus.set(key, STRINGS.configErrors[locale](config.configFile ?? CONFIG_FILE_NAME, config.errors.length, config.lastGood));
    } else if (this.configStatus.delete(key) && config.configFile) {
      // The output channel said it was broken: it says it is fixed too.
      this.connection.console.info(`Privacy Lint: ${STRINGS.configFixed[locale](config.configFile)}`);
    }
    const [message] = this.configStatus.values();
    const status: StatusParams = message ? { state: 'error', message } : { state: 'ok' };
    const text = JSON.stringify(status);
    if (text === this.lastStatus) return;
    this.lastStatus = text;
    if (status.message) this.connection.console.warn(`Privacy Lint: ${status.message}`);
    void this.connection.sendNotification(StatusNotification, status);
  }

  /**
   * The record of a document's current text, for code actions, hovers and fix-all: validated now when it is behind
   * (also with `run: onSave`: `codeActionsOnSave` asks before the save; what is shown is not changed by this).
   */
  private async currentRecord(uri: string): Promise<ValidationRecord | undefined> {
    const snapshot = this.snapshot(uri);
    if (!snapshot) return undefined;
    const record = this.records.get(uri);
    if (record?.version === snapshot.version && record.text === snapshot.text) return record;
    return this.validate(snapshot);
  }

  /** `textDocument/diagnostic`: the client pulls (VS Code). */
  private async pull(uri: string, token: CancellationToken): Promise<{ kind: typeof DocumentDiagnosticReportKind.Full; items: Diagnostic[] }> {
    const snapshot = this.snapshot(uri);
    if (!snapshot) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const file = this.fileOf(snapshot.doc);
    const settings = await this.settings.get(uri);
    const locale = localeFor(settings, this.clientLocale);
    if (file === undefined) {
      this.noteOutside(snapshot.doc, locale);
      return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    }
    if (this.isConfig(file)) return { kind: DocumentDiagnosticReportKind.Full, items: this.configDiagnostics(file, snapshot.text, locale) };
    const shown = this.shown.get(uri);
    if (settings.run === 'onSave' && shown && this.savedVersions.get(uri) !== snapshot.version) {
      return { kind: DocumentDiagnosticReportKind.Full, items: this.diagnosticsOf(shown) };
    }
    const cancelled = (): never => {
      // Ask the client to pull again: vscode-languageclient drops its own queued re-pull when a pull is cancelled.
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'a newer version of the document arrived', { retriggerRequest: true });
    };
    const previous = this.records.get(uri);
    if (previous && previous.version !== snapshot.version && settings.run === 'onType') {
      await delay(DEBOUNCE_MS);
      if (token.isCancellationRequested || !this.stillCurrent(snapshot)) cancelled();
    }
    const record = previous?.version === snapshot.version && previous.text === snapshot.text ? previous : await this.validate(snapshot);
    if (!record || !this.stillCurrent(snapshot)) cancelled();
    this.shown.set(uri, record!);
    return { kind: DocumentDiagnosticReportKind.Full, items: this.diagnosticsOf(record!) };
  }

  /** Something every open document depends on changed (settings, a config file, an imported module). */
  private revalidateAll(): void {
    this.records.clear();
    if (this.pullDiagnostics) {
      if (this.canRefreshDiagnostics) void this.connection.languages.diagnostics.refresh();
      return;
    }
    for (const doc of this.documents.all()) {
      if (this.isConfig(this.fileOf(doc))) void this.publishConfigDocument(doc);
      else this.schedule(doc.uri, DEBOUNCE_MS);
    }
  }

  // ── privacy-lint.json ──────────────────────────────────────────────────────────────────────────────────────

  /**
   * A config file's errors as diagnostics. In an open document whose editor reports JSON syntax errors itself
   * (VS Code), those are left to the editor, so each mistake shows once; everything else (unknown keys with a
   * did-you-mean, wrong values) only the server reports: the extension's JSON Schema gives completion, not errors.
   */
  private configDiagnostics(file: string, text: string, locale: Locale, open = true): Diagnostic[] {
    const errors = parseConfigText(file, text, ruleCatalog).errors
      .filter((e) => !(open && this.editorReportsJsonSyntax && e.message.startsWith('invalid JSON: ')));
    // The buffer of a privacy-lint.json that links to a file outside its folder is that file's text (a secrets
    // file, /proc/self/environ): its errors give positions only, as the CLI's do.
    return (mayQuoteConfig(file) ? errors : withoutQuotes(errors)).map((e) => configErrorDiagnostic(e, locale));
  }

  private async publishConfigDocument(doc: TextDocument): Promise<void> {
    const file = this.fileOf(doc);
    if (file === undefined) return;
    const settings = await this.settings.get(doc.uri);
    const diagnostics = this.configDiagnostics(file, doc.getText(), localeFor(settings, this.clientLocale));
    await this.connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
  }

  /** A config file that is not open: its errors (from the disk) still show in the Problems panel. */
  private publishConfigFileErrors(file: string, always = false): void {
    if (!this.inWorkspace(file)) return;
    const uri = this.uriOfFile(file);
    if (this.documents.get(uri) && !always) return; // the open document reports its own buffer
    // The CLI's loader: the same encodings, the same refusal of devices and FIFOs, the same rule on what may be
    // quoted (a link to a file outside the project gives positions only). A file that is gone has no errors.
    const locale = localeFor({ locale: 'auto' } as Settings, this.clientLocale);
    const gone = !fs.existsSync(file) && !isSymbolicLink(file);
    const diagnostics = gone ? [] : loadConfigFile(file, ruleCatalog).errors.map((e) => configErrorDiagnostic(e, locale));
    if (diagnostics.length || this.configErrorUris.has(uri) || always) {
      if (diagnostics.length) this.configErrorUris.add(uri); else this.configErrorUris.delete(uri);
      void this.connection.sendDiagnostics({ uri, diagnostics });
    }
  }

  // ── commands ───────────────────────────────────────────────────────────────────────────────────────────────

  private async execute(command: string, args: unknown[]): Promise<unknown> {
    try {
      switch (command) {
        case Commands.scanWorkspace: return await this.scanWorkspace();
        case Commands.fixAll: return await this.fixAll(String(args[0]));
        case Commands.createConfigFile: return await this.createConfigFile(args[0] === undefined ? undefined : String(args[0]));
        case Commands.showDocumentation: return await this.showExternal(String(args[0]));
        case Commands.editConfig: return await this.editConfig(args[0]);
        case Commands.reveal:
          if (!this.isWorkspaceUri(String(args[0]))) throw new ResponseError(LSPErrorCodes.RequestFailed, 'not a document of the workspace');
          if (this.canShowDocument) await this.connection.window.showDocument({ uri: String(args[0]), selection: args[1] as LspRange, takeFocus: true });
          return null;
        default:
          throw new ResponseError(LSPErrorCodes.RequestFailed, `unknown command ${command}`);
      }
    } catch (e) {
      if (e instanceof ResponseError) throw e;
      this.logError(command, e);
      throw new ResponseError(LSPErrorCodes.RequestFailed, `${command} failed: ${(e as Error).message}`);
    }
  }

  /**
   * A quick fix that changes privacy-lint.json. When the file is open, the change goes into the editor's buffer
   * (the user's unsaved text is never overwritten); otherwise it is written to the disk at once, so the fix takes
   * effect with one keystroke, and every open document is validated again.
   */
  private async editConfig(arg: unknown): Promise<{ applied: boolean }> {
    const edit = arg as ConfigEdit;
    // Only a config file of the workspace, also through a symlink: a link to a file outside is never written.
    if (!edit || typeof edit.file !== 'string' || !path.isAbsolute(edit.file) || !this.isConfig(edit.file) || !this.inWorkspace(edit.file)
      || !Array.isArray(edit.path) || !edit.path.every((k) => typeof k === 'string')) {
      throw new ResponseError(LSPErrorCodes.RequestFailed, 'not a privacy-lint.json edit of the workspace');
    }
    const uri = this.uriOfFile(edit.file);
    const open = this.documents.get(uri);
    // Regular files only: a privacy-lint.json that is a FIFO would block the server, and must not be replaced.
    const read = open ? undefined : readRegularFile(edit.file, MAX_FILE_BYTES);
    if (read?.problem !== undefined && !(read.problem === 'error' && read.code === 'ENOENT')) {
      throw new ResponseError(LSPErrorCodes.RequestFailed, `cannot read ${edit.file}`);
    }
    const current = open ? open.getText() : read?.bytes?.toString('utf8');
    const change = configTextChange(current, edit);
    if (!change.edits.length) return { applied: false };
    const after = TextDocument.create(uri, 'jsonc', 0, change.text);
    const selection = change.selection && { start: after.positionAt(change.selection.start), end: after.positionAt(change.selection.end) };
    if (open) {
      const edits = change.edits.map((e) => ({ range: { start: open.positionAt(e.start), end: open.positionAt(e.end) }, newText: e.text }));
      const result = await this.connection.workspace.applyEdit({ edit: this.versionedEdit(uri, open.version, edits) });
      if (result.applied && selection && this.canShowDocument) await this.connection.window.showDocument({ uri, selection, takeFocus: true });
      return { applied: result.applied };
    }
    // Atomic (a temporary file renamed over it), through a symlink to the real file, keeping its permissions.
    const target = current === undefined ? edit.file : fs.realpathSync(edit.file);
    const temporary = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, change.text, current === undefined ? {} : { mode: fs.statSync(target).mode & 0o7777 });
    fs.renameSync(temporary, target);
    this.linting.configChanged(edit.file);
    this.publishConfigFileErrors(edit.file);
    this.revalidateAll();
    const locale = localeFor(await this.settings.get(uri), this.clientLocale);
    if (selection && this.canShowDocument) {
      // A value only the lead can decide (the processor's country): open the file with it selected.
      await this.connection.window.showDocument({ uri, selection, takeFocus: true });
    } else {
      // A notification (`window/showMessage`), not a request: no client has to answer it.
      void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info,
        message: STRINGS.configEdited[locale](JSON.stringify(edit.value), edit.path.join('.'), path.basename(edit.file)) });
    }
    return { applied: true };
  }

  /** A URI of an open document the server lints, or of a file inside the workspace. */
  private isWorkspaceUri(uri: string): boolean {
    const doc = this.documents.get(uri);
    if (doc) return this.fileOf(doc) !== undefined;
    const file = localPath(uri);
    return !!file && this.inWorkspace(file);
  }

  /** Edits of one document, tied to the version they were computed for when the client can check it. */
  private versionedEdit(uri: string, version: number, edits: LspTextEdit[]): WorkspaceEdit {
    return this.canVersionEdits ? { documentChanges: [{ textDocument: { uri, version }, edits }] } : { changes: { [uri]: edits } };
  }

  private async showExternal(url: string): Promise<null> {
    if (!/^https?:\/\//.test(url)) throw new ResponseError(LSPErrorCodes.RequestFailed, 'not a documentation link');
    if (this.canShowDocument) await this.connection.window.showDocument({ uri: url, external: true });
    else void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: url });
    return null;
  }

  private async fixAll(uri: string): Promise<{ applied: number }> {
    const record = await this.currentRecord(uri);
    if (!record) return { applied: 0 };
    const all = fixAllEdit(record, this.codeActionContext());
    if (!all) return { applied: 0 };
    const edits = all.edit.changes?.[record.uri] ?? [];
    const result = await this.connection.workspace.applyEdit({ label: STRINGS.fixAll[record.locale], edit: this.versionedEdit(record.uri, record.version, edits) });
    return { applied: result.applied ? all.count : 0 };
  }

  private async createConfigFile(folderUri: string | undefined): Promise<{ uri: string; created: boolean }> {
    // Only in a workspace folder itself (not a folder inside or outside one, not through a symlink out).
    const folder = folderUri === undefined ? this.linting.folders[0] : this.linting.folders.find((f) => f === localPath(folderUri));
    if (!folder) throw new ResponseError(LSPErrorCodes.RequestFailed, folderUri === undefined ? 'no workspace folder to create privacy-lint.json in' : 'not a workspace folder');
    if (!this.inWorkspace(path.join(folder, CONFIG_FILE_NAME))) throw new ResponseError(LSPErrorCodes.RequestFailed, 'privacy-lint.json would be outside the workspace folder');
    const file = path.join(folder, CONFIG_FILE_NAME);
    const uri = this.uriOfFile(file);
    const settings = await this.settings.get(fileUri(folder));
    const locale = localeFor(settings, this.clientLocale);
    let created = false;
    if (!fs.existsSync(file)) {
      // Written to the disk at once (the user asked for the file): an empty file waiting for a save in the editor
      // would be a broken config for the CLI and the server meanwhile.
      fs.writeFileSync(file, starterConfigText(locale), { flag: 'wx' });
      created = true;
      this.linting.configChanged(file);
      this.revalidateAll();
    }
    if (this.canShowDocument) await this.connection.window.showDocument({ uri, takeFocus: true });
    return { uri, created };
  }

  /** Lints every file of every workspace folder, like `privacy-lint <folder>`, and publishes what it finds. */
  private async scanWorkspace(): Promise<{ files: number; findings: number }> {
    // The workspace folders only: without any, there is nothing to scan (documents outside are never read).
    const folders = this.linting.folders;
    let progress: WorkDoneProgressServerReporter | undefined;
    const locale = localeFor(await this.settings.get(folders[0] ? fileUri(folders[0]) : ''), this.clientLocale);
    if (this.canReportProgress) {
      progress = await this.connection.window.createWorkDoneProgress();
      progress.begin(`Privacy Lint: ${STRINGS.scanning[locale]}`, 0, undefined, true);
    }
    const work: Array<{ files: string[]; problems: FileResult[]; settings: Settings }> = [];
    for (const folder of folders) {
      const settings = await this.settings.get(fileUri(folder));
      if (settings.enable) work.push({ ...this.linting.discover(folder, settings), settings });
    }
    const total = work.reduce((n, w) => n + w.files.length, 0);
    const published = new Map<string, string>();
    const covered = new Set<string>();
    let done = 0;
    let findings = 0;
    try {
      for (const { files, problems, settings } of work) {
        for (let i = 0; i < files.length || (i === 0 && problems.length > 0); i += SCAN_BATCH) {
          if (progress?.token.isCancellationRequested) break;
          const batch = files.slice(i, i + SCAN_BATCH);
          const batchLocale = localeFor(settings, this.clientLocale);
          // The files discovery could not hand over by name are reported with the first batch.
          for (const result of [...(i === 0 ? problems : []), ...this.linting.lintBatch(batch, settings)]) {
            findings += result.findings.length;
            const uri = this.uriOfFile(result.file);
            covered.add(result.file);
            if (this.documents.get(uri)) continue; // an open document reports its own buffer
            published.set(result.file, uri);
            void this.connection.sendDiagnostics({ uri, diagnostics: result.findings.map((f, index) => toDiagnostic(f, batchLocale, allRules, 0, index)) });
          }
          done += batch.length;
          progress?.report(Math.round((done / Math.max(total, 1)) * 100), `${done}/${total}`);
          await new Promise((resolve) => setImmediate(resolve)); // let other requests in
        }
      }
    } finally {
      progress?.done();
    }
    // Files that had findings in an earlier scan and are gone or clean now.
    for (const [file, uri] of this.scanned) if (!published.has(file)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.scanned = published;
    this.scanCovered = covered;
    return { files: done, findings };
  }
}

/** Starts the server on the transport named on the command line (`--stdio`, `--node-ipc`, `--socket=N`). */
export function startServer(argv: readonly string[] = process.argv): void {
  const args = argv.slice(2);
  if (args.includes('--version')) {
    process.stdout.write('0.1.0\n');
    return;
  }
  if (args.includes('--help') || !args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
    process.stderr.write('Usage: privacy-lint-server --stdio | --node-ipc | --socket=PORT\n'
      + 'The Privacy Lint language server. Editors start it; e.g. Neovim: cmd = { "npx", "privacy-lint-server", "--stdio" }.\n');
    process.exitCode = args.includes('--help') ? 0 : 2;
    return;
  }
  const connection = createConnection(ProposedFeatures.all);
  // A client that does not answer a request we sent must not end the server: log and go on.
  process.on('unhandledRejection', (reason) => {
    connection.console.error(`Privacy Lint: ${(reason as Error)?.stack ?? String(reason)}`);
  });
  new PrivacyLintServer(connection).listen();
}

/** Whether `file` is a symbolic link (one that leads nowhere still makes a broken config). */
function isSymbolicLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
