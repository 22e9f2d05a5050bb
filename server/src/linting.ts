/**
 * Runs the engine for the editor: the same `lintFiles` the CLI calls, with the editor's buffers, a language
 * service per tsconfig for types, and configuration per workspace folder that keeps the last good version of a
 * privacy-lint.json while the lead is in the middle of editing it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  ConfigResolver,
  IncrementalSources,
  TypeProjects,
  discoverFiles,
  isIgnored,
  lintFiles,
  lintText,
  loadConfigFile,
  setReadRoots,
  type ConfigError,
  type FileResult,
  type ResolvedConfig,
  type RuleModule,
} from '@privacy-lint/engine';
import { ruleCatalog } from '@privacy-lint/rules';
import type { Settings } from './settings';
import { insideFolders } from './workspace';

/** The configuration for one file, and the errors of the config file in force (then `config` is the last good one). */
export interface EditorConfig {
  config: ResolvedConfig;
  errors: ConfigError[];
  /** The config file in force, if any. */
  configFile?: string;
  /** True when `config` comes from an earlier, valid version of a config file that now has errors. */
  lastGood: boolean;
}

/** Configuration discovery for one workspace folder and one `privacyLint.configFile` setting. */
class FolderConfig {
  private readonly resolver: ConfigResolver;
  /** Config file → a resolver pinned to it, created while the file was valid (it keeps that version). */
  private readonly lastGood = new Map<string, ConfigResolver>();

  constructor(private readonly folder: string, private readonly explicitConfigFile: string | undefined) {
    this.resolver = new ConfigResolver({ catalog: ruleCatalog, cwd: folder, explicitConfigFile });
  }

  forFile(file: string): EditorConfig {
    const { config, errors } = this.resolver.forFile(file);
    const configFile = this.resolver.configFileFor(file);
    if (errors.length === 0) {
      if (configFile && !this.lastGood.has(configFile)) {
        const pinned = new ConfigResolver({ catalog: ruleCatalog, cwd: this.folder, explicitConfigFile: configFile });
        pinned.forFile(file); // load it now, while it is valid
        this.lastGood.set(configFile, pinned);
      }
      return { config, errors, configFile, lastGood: false };
    }
    const good = configFile ? this.lastGood.get(configFile) : undefined;
    if (good) return { config: good.forFile(file).config, errors, configFile, lastGood: true };
    return { config, errors, configFile, lastGood: false };
  }

  /** A config file changed on disk: forget what was discovered; keep its last good version if it is now broken. */
  configChanged(configFile: string): void {
    this.resolver.clear();
    if (loadConfigFile(configFile, ruleCatalog).errors.length === 0) this.lastGood.delete(configFile);
  }
}

/** Folders and their configs, the type projects, and the lint entry points. */
export class Linting {
  readonly types = new TypeProjects();
  /** Trees of the files open documents lint without types, parsed incrementally as the user types. */
  private readonly sources = new IncrementalSources();
  private readonly folderConfigs = new Map<string, FolderConfig>();
  private readonly explicitConfigs = new Set<string>();
  private workspaceFolders: string[] = [];
  /** Open documents' text by path: the engine reads these instead of the disk. */
  private readonly buffers = new Map<string, string>();

  constructor(private readonly rules: readonly RuleModule[]) {}

  setWorkspaceFolders(folders: readonly string[]): void {
    // Longest first, so a nested folder wins over its parent.
    this.workspaceFolders = [...folders].map((f) => path.resolve(f)).sort((a, b) => b.length - a.length);
    // The engine reads nothing outside them either: no tsconfig.json, package.json or node_modules above a folder.
    setReadRoots(this.workspaceFolders);
  }

  get folders(): readonly string[] { return this.workspaceFolders; }

  /** The workspace folder holding `file`, else the file's own folder. */
  folderOf(file: string): string {
    return this.workspaceFolders.find((f) => file === f || file.startsWith(f + path.sep)) ?? path.dirname(file);
  }

  setBuffer(file: string, text: string): void {
    this.buffers.set(file, text);
    this.types.setBuffer(file, text);
  }

  removeBuffer(file: string): void {
    this.buffers.delete(file);
    this.types.removeBuffer(file);
    this.sources.delete(file);
  }

  configFor(file: string, settings: Settings): EditorConfig {
    const folder = this.folderOf(file);
    // A `configFile` setting may name only a file inside its workspace folder (a repository's .vscode/settings.json
    // must not make the server read, and show the errors of, a file elsewhere on the machine).
    const named = settings.configFile ? path.resolve(folder, settings.configFile) : undefined;
    const explicit = named && this.workspaceFolders.includes(folder) && insideFolders([folder], named) ? named : undefined;
    const key = `${folder}\0${explicit ?? ''}`;
    let folderConfig = this.folderConfigs.get(key);
    if (!folderConfig) {
      if (explicit) this.explicitConfigs.add(explicit);
      folderConfig = new FolderConfig(folder, explicit);
      this.folderConfigs.set(key, folderConfig);
    }
    return folderConfig.forFile(file);
  }

  /** Whether `file` is a config file a `privacyLint.configFile` setting names (watched like privacy-lint.json). */
  isExplicitConfig(file: string): boolean {
    return this.explicitConfigs.has(path.resolve(file));
  }

  /** Settings changed (`configFile` may name another file): discover every folder's config afresh. */
  resetConfigs(): void {
    this.folderConfigs.clear();
    this.explicitConfigs.clear();
  }

  /** A privacy-lint.json changed (saved, created or deleted). */
  configChanged(configFile: string): void {
    for (const folderConfig of this.folderConfigs.values()) folderConfig.configChanged(configFile);
  }

  /** Lints one document (its buffer, or the disk when it has none); its tree is kept for the next keystroke. */
  lintFile(file: string, settings: Settings): FileResult {
    const text = this.buffers.get(file);
    if (text === undefined) return this.run([file], settings, this.sources)[0];
    // An open document is a text: the engine's text-level entry point, the run otherwise the same as the CLI's.
    return lintText(text, file, this.configFor(file, settings).config, {
      rules: this.rules,
      configFor: (f) => this.configFor(f, settings).config,
      typeInfo: settings.typeInfo === 'auto',
      readFile: (f) => this.buffers.get(f),
      programFor: (tsconfig, group) => this.types.programFor(tsconfig, group),
      sources: this.sources,
    });
  }

  /**
   * The files Scan Workspace lints in a folder: discovered exactly like the CLI's `privacy-lint <folder>`
   * (node_modules skipped, each config's `ignores` applied). Folders whose config is broken use its last good version.
   * `problems` are the files found that cannot be linted by name (not UTF-8), each with the finding that says so.
   */
  discover(folder: string, settings: Settings): { files: string[]; problems: FileResult[] } {
    if (!fs.existsSync(folder)) return { files: [], problems: [] };
    const discovery = discoverFiles([folder], folder, {
      configFor: (f) => this.configFor(f, settings).config,
      isIgnored,
    }, false);
    // `problems`: files found that cannot be linted by name (not UTF-8); the scan reports them like the CLI.
    return { files: discovery.files, problems: discovery.problems };
  }

  /** Lints a batch of files of a scan (their trees are not kept: a scan must not hold the whole workspace). */
  lintBatch(files: readonly string[], settings: Settings): FileResult[] {
    return this.run(files, settings);
  }

  /** The CLI's lint run, with the editor's buffers and the same language services as the open documents. */
  private run(files: readonly string[], settings: Settings, sources?: IncrementalSources): FileResult[] {
    return lintFiles({
      files: [...files],
      rules: this.rules,
      configFor: (f) => this.configFor(f, settings).config,
      typeInfo: settings.typeInfo === 'auto',
      readFile: (f) => this.buffers.get(f),
      programFor: (tsconfig, group) => this.types.programFor(tsconfig, group),
      sources,
    });
  }
}
