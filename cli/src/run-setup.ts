/**
 * What a lint run and `privacy-lint report` share before they lint: the configs (an explicit `--config` loaded
 * first, then the nearest privacy-lint.json of each file, with `--include-tests`), the configuration errors they
 * keep, and the files found under the paths given — so the record covers exactly the files a lint run lints.
 */
import * as path from 'node:path';
import {
  ConfigResolver,
  discoverFiles,
  formatConfigError,
  isIgnored,
  loadConfigFile,
  MissingPathError,
  type ConfigError,
  type Discovery,
  type Locale,
  type ResolvedConfig,
} from '@privacy-lint/engine';
import { ruleCatalog } from '@privacy-lint/rules';
import { withTestFilesLinted } from './concurrency';
import { writeStream } from './output';

/** The configs of one run, and the configuration errors met so far (each once). */
export class RunConfigs {
  readonly explicitConfigFile: string | undefined;
  /** The config in force for a file or folder (errors not kept). */
  readonly configOf: (target: string) => ResolvedConfig;
  private readonly errors = new Map<string, ConfigError>();
  private readonly resolver: ConfigResolver;

  constructor(cwd: string, options: { config?: string; includeTests: boolean }) {
    if (options.config !== undefined) {
      this.explicitConfigFile = path.resolve(cwd, options.config);
      this.keepErrors(loadConfigFile(this.explicitConfigFile, ruleCatalog).errors);
    }
    const resolver = new ConfigResolver({ catalog: ruleCatalog, cwd, explicitConfigFile: this.explicitConfigFile });
    this.resolver = resolver;
    this.configOf = withTestFilesLinted(options.includeTests, (target: string) => resolver.forFile(target).config);
  }

  keepErrors(errors: readonly ConfigError[]): void {
    for (const e of errors) this.errors.set(`${e.file}\0${e.line}\0${e.column}\0${e.message}`, e);
  }

  /** Whether a configuration error was met: the run stops with exit code 2. */
  get failed(): boolean {
    return this.errors.size > 0;
  }

  /** A folder's config only decides whether it is walked; errors count for the configs that govern files. */
  readonly configFor = (target: string, kind: 'file' | 'folder' = 'file'): ResolvedConfig | undefined => {
    const { errors } = this.resolver.forFile(target);
    if (kind === 'file') this.keepErrors(errors);
    return errors.length > 0 ? undefined : this.configOf(target);
  };

  /** The errors, sorted by file and position, one line each (with a final line break). */
  errorText(locale: Locale, showPath: (file: string) => string): string {
    const sorted = [...this.errors.values()].sort(
      (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column),
    );
    return `${sorted.map((e) => formatConfigError({ ...e, file: showPath(e.file) }, locale)).join('\n')}\n`;
  }
}

/**
 * The files under `paths`, as a lint run finds them; the discovery's notes are written to `stderr`. A path that
 * does not exist or yields no file is a `failure` (its message); a configuration error leaves `configs.failed` set.
 */
export async function discoverRunFiles(paths: readonly string[], cwd: string, configs: RunConfigs, explicit: boolean,
  stderr: NodeJS.WritableStream): Promise<{ discovery?: Discovery; failure?: string }> {
  let discovery: Discovery;
  try {
    discovery = discoverFiles(paths, cwd, { configFor: configs.configFor, isIgnored }, explicit);
  } catch (error) {
    if (error instanceof MissingPathError) return { failure: error.message };
    throw error;
  }
  if (configs.failed) return {};
  if (discovery.unmatched.length > 0) {
    return { failure: discovery.unmatched.map((u) => `No files matching '${u.userPath}' were found: ${u.reason}.`).join('\n') };
  }
  for (const note of discovery.notes) await writeStream(stderr, `privacy-lint: ${note}\n`);
  return { discovery };
}
