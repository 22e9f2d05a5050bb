/**
 * `--cache`: the results of the last run, reused when nothing that decides them has changed.
 *
 * ESLint caches per file: a file whose text and config are unchanged is not linted again. That is not correct here.
 * The privacy model follows values across files (function summaries, constants, imported helpers, re-exports) and
 * the type checker reads the whole TypeScript project, so a file's findings change when a file it imports changes,
 * or a declaration anywhere in its program. A per-file cache would need each file's dependency closure, types
 * included, which the engine does not compute. So the cache holds one run, and it is used only when the whole
 * input is as it was:
 *
 * - the key: the cache format, the linter's version (and the size and time of its loaded code, so a rebuilt linter
 *   is a new one), the options that change results (type information, test code, explicit config), today's date
 *   (suppressions expire with `until`), and for every linted file its path, the hash of its bytes and the hash of
 *   the configuration in force for it;
 * - the inputs, checked by hash: every other file the run read (a module imported from outside the linted paths),
 *   the tsconfig.json files of the linted files with every file of their projects, and package.json and lockfiles
 *   next to them (installed packages give types).
 *
 * A change to any of them makes the whole run lint again (and write a new cache). Standard input is never cached.
 * The file is written atomically (temporary file, then rename); a cache that cannot be read or was written by
 * another version is ignored with a warning and replaced.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts = require('typescript');
import { findTsconfig, readRegularFile, readTsconfig, type FileResult, type ResolvedConfig } from '@privacy-lint/engine';
import { writeFileAtomically } from './output';

/** The cache file `--cache` uses when `--cache-location` does not name one (ESLint's is `.eslintcache`). */
export const DEFAULT_CACHE_FILE = '.privacy-lint-cache';

/** Bump when the shape of the file or what goes into the key changes. */
const CACHE_FORMAT = 1;

/** The files that can change types without being linted: package manifests and lockfiles. */
const PACKAGE_FILES = ['package.json', 'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lockb'];

interface CacheFile {
  format: number;
  key: string;
  /** Other files the results depend on, with the hash of their bytes (`missing` for none). */
  inputs: Record<string, string>;
  results: FileResult[];
}

/** Where the cache goes: `--cache-location` (a folder, existing or ending with a slash, gets the default name in it). */
export function cacheFilePath(cwd: string, location: string | undefined): string {
  if (location === undefined) return path.join(cwd, DEFAULT_CACHE_FILE);
  const resolved = path.resolve(cwd, location);
  const isFolder = /[\\/]$/.test(location) || fs.statSync(resolved, { throwIfNoEntry: false })?.isDirectory() === true;
  return isFolder ? path.join(resolved, DEFAULT_CACHE_FILE) : resolved;
}

function hash(data: string | Buffer): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

/** The hash of a file's bytes, or `missing` when it is not a readable regular file. */
export function fileHash(file: string): string {
  const read = readRegularFile(file, 256 * 1024 * 1024);
  return read.bytes ? hash(read.bytes) : 'missing';
}

/** The loaded linter itself: a rebuilt engine (same version, new code) must not reuse results. */
function linterStamp(version: string): string {
  // This module's own file (the whole bundle when installed) and, in the repository, the compiled workspace packages.
  const own = [...new Set([__filename, ...Object.keys(require.cache).filter((file) => /[\\/](engine|rules|cli)[\\/]dist[\\/]/.test(file))])];
  const stamps = own.sort().map((file) => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    return `${file}:${stat?.size ?? 0}:${stat?.mtimeMs ?? 0}`;
  });
  return hash([version, ...stamps].join('\n'));
}

/** What goes into the key besides the files. */
export interface CacheSettings {
  version: string;
  typeInfo: boolean;
  includeTests: boolean;
  explicitConfig?: string;
  today: Date;
}

/** The key of a run over `files` (each read from disk now) with these settings. */
export function cacheKey(files: readonly string[], configFor: (file: string) => ResolvedConfig, settings: CacheSettings): string {
  const configHashes = new WeakMap<ResolvedConfig, string>();
  const day = `${settings.today.getFullYear()}-${settings.today.getMonth() + 1}-${settings.today.getDate()}`;
  const parts = [
    `format ${CACHE_FORMAT}`, `linter ${linterStamp(settings.version)}`, `typeInfo ${settings.typeInfo}`,
    `includeTests ${settings.includeTests}`, `config ${settings.explicitConfig ?? ''}`, `day ${day}`,
  ];
  for (const file of files) {
    const config = configFor(file);
    let configHash = configHashes.get(config);
    if (configHash === undefined) configHashes.set(config, (configHash = hash(JSON.stringify(config))));
    parts.push(`${JSON.stringify(file)} ${fileHash(file)} ${configHash}`);
  }
  return hash(parts.join('\n'));
}

/**
 * The other files a run over `files` depends on: `read` (what the engine read besides the linted files), and with
 * type information the tsconfig.json files (and the projects they reference) with all their files, and the package
 * manifests and lockfiles next to each tsconfig.json and in the working directory.
 */
export function cacheInputs(cwd: string, files: readonly string[], read: Iterable<string>, typeInfo: boolean): string[] {
  const linted = new Set(files);
  const inputs = new Set<string>();
  const add = (file: string): void => {
    if (!linted.has(file)) inputs.add(file);
  };
  for (const file of read) add(path.resolve(file));
  for (const name of PACKAGE_FILES) add(path.join(cwd, name));
  if (typeInfo) {
    const nearest = new Map<string, string | null>();
    const seen = new Set<string>();
    const queue: string[] = [];
    for (const file of files) {
      const tsconfig = findTsconfig(file, nearest);
      if (tsconfig && !seen.has(tsconfig)) {
        seen.add(tsconfig);
        queue.push(tsconfig);
      }
    }
    while (queue.length > 0) {
      const tsconfig = queue.shift()!;
      add(tsconfig);
      for (const name of PACKAGE_FILES) add(path.join(path.dirname(tsconfig), name));
      const project = readTsconfig(tsconfig);
      for (const file of project?.fileNames ?? []) add(file);
      for (const reference of project?.projectReferences ?? []) {
        const target = ts.resolveProjectReferencePath(reference);
        if (!seen.has(target) && seen.size < 200) {
          seen.add(target);
          queue.push(target);
        }
      }
    }
  }
  return [...inputs].sort();
}

/** The cache file of a run: read once, looked up, written at the end. */
export class LintCache {
  private constructor(
    readonly file: string,
    private readonly stored: CacheFile | undefined,
    /** False when the cache location is a FIFO, device or socket: it is neither read nor written. */
    private readonly writable = true,
  ) {}

  /**
   * Opens the cache at `file`. A missing file is an empty cache; one that cannot be read or parsed, or was written
   * by another cache format, is ignored: `warning` says so (it will be replaced).
   */
  static open(file: string, shown = file): { cache: LintCache; warning?: string } {
    if (!fs.existsSync(file)) return { cache: new LintCache(file, undefined) };
    const read = readRegularFile(file, 1024 * 1024 * 1024);
    if (read.problem === 'not-a-regular-file') {
      // Written into, a FIFO would block the run and a device would swallow the cache; renamed over, either would
      // be replaced by a regular file (as root, /dev/zero of the whole machine).
      return { cache: new LintCache(file, undefined, false),
        warning: `the cache ${shown} is not a regular file (a FIFO, device, socket or folder): it is neither read nor written` };
    }
    try {
      if (!read.bytes) throw new Error(read.problem === 'error' ? read.code : read.problem);
      const data = JSON.parse(read.bytes.toString('utf8')) as Partial<CacheFile>;
      if (data === null || typeof data !== 'object' || data.format !== CACHE_FORMAT || typeof data.key !== 'string'
        || typeof data.inputs !== 'object' || data.inputs === null || !Array.isArray(data.results)) {
        throw new Error('not a cache this version of privacy-lint wrote');
      }
      return { cache: new LintCache(file, data as CacheFile) };
    } catch (error) {
      const reason = error instanceof SyntaxError ? 'it is not valid JSON' : (error as Error).message;
      return { cache: new LintCache(file, undefined), warning: `ignoring the cache ${shown}: ${reason}; it will be rewritten` };
    }
  }

  /** The cached results when the key matches and every input still has its hash; otherwise undefined. */
  lookup(key: string): FileResult[] | undefined {
    const stored = this.stored;
    if (!stored || stored.key !== key) return undefined;
    for (const [file, known] of Object.entries(stored.inputs)) if (fileHash(file) !== known) return undefined;
    return stored.results;
  }

  /** Writes the results of a run (atomically). */
  store(key: string, inputs: readonly string[], results: readonly FileResult[]): void {
    if (!this.writable) return;
    const data: CacheFile = { format: CACHE_FORMAT, key, inputs: Object.fromEntries(inputs.map((file) => [file, fileHash(file)])), results: [...results] };
    writeFileAtomically(this.file, JSON.stringify(data));
  }
}
