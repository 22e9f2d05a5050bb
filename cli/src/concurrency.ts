/**
 * `--concurrency`: the lint run split over worker threads, one TypeScript project at a time.
 *
 * The unit of work is a tsconfig.json project (the files the engine would lint with one program), never part of
 * one: a project's files share one program and one cache of analyses, and a file's findings depend on the other
 * files of its project (flows cross files, types cross files). Splitting a project would mean building its program
 * in every worker, and the analyses of imported files would be made again in each — and for import cycles their
 * order decides what an analysis sees, so the output could differ. Projects are independent: the engine lints each
 * with its own program and context, so a worker linting one gives exactly the findings a single-threaded run gives.
 *
 * So `--concurrency` speeds up repositories of several projects (a monorepo, `references`), and does nothing for a
 * single project or without type information (one unit): then no worker is started at all.
 *
 * The worker is this module's file (the bundle, once installed) started again with `workerData`; it reads the
 * configs itself, lints the files it is sent and posts the results back.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { ConfigResolver, lintFiles, projectTsconfigFor, type FileResult, type ResolvedConfig } from '@privacy-lint/engine';
import { allRules, ruleCatalog } from '@privacy-lint/rules';

/** What `--concurrency` was given: a number of threads, `auto` (half the cores), or `off`. */
export type Concurrency = number | 'auto' | 'off';

/** Parses `--concurrency`; undefined for a value it does not accept. */
export function parseConcurrency(value: string): Concurrency | undefined {
  if (value === 'auto' || value === 'off') return value;
  if (!/^[1-9]\d{0,3}$/.test(value)) return undefined;
  return Number(value);
}

/**
 * `configFor` as given, or with test code linted (`--include-tests`): one copy per resolved config, so files that
 * share a config still share one object.
 */
export function withTestFilesLinted(includeTests: boolean, configFor: (file: string) => ResolvedConfig): (file: string) => ResolvedConfig {
  if (!includeTests) return configFor;
  const copies = new WeakMap<ResolvedConfig, ResolvedConfig>();
  return (file) => {
    const config = configFor(file);
    let copy = copies.get(config);
    if (!copy) {
      copy = { ...config, testFiles: { ...config.testFiles, lint: true } };
      copies.set(config, copy);
    }
    return copy;
  };
}

/** The files of each TypeScript project (the engine's own grouping), in the order of `files`; one unit without types. */
export function projectUnits(files: readonly string[], typeInfo: boolean): string[][] {
  if (!typeInfo) return files.length > 0 ? [[...files]] : [];
  const nearest = new Map<string, string | null>();
  const projects = new Map();
  const units = new Map<string, string[]>();
  for (const file of files) {
    const key = projectTsconfigFor(file, nearest, projects) ?? '';
    const unit = units.get(key);
    if (unit) unit.push(file);
    else units.set(key, [file]);
  }
  // The largest first, so the longest project does not start last.
  return [...units.values()].sort((a, b) => b.length - a.length);
}

/**
 * How many threads for `units` units of work on `cores` cores. `auto` takes half the cores, as ESLint's does: one
 * thread already keeps about one and a half cores busy (V8 compiles and collects garbage on threads of its own beside
 * the main one), so a worker per core only makes the workers wait for each other, and each pays again for loading
 * TypeScript and warming up. On 2 cores `auto` is one thread (measured in docs/performance.md).
 */
export function threadCount(concurrency: Concurrency, units: number, cores = os.availableParallelism()): number {
  if (concurrency === 'off') return 1;
  const wanted = concurrency === 'auto' ? Math.floor(cores / 2) : concurrency;
  return Math.max(1, Math.min(wanted, units));
}

/** What every worker needs to lint like the main thread. */
export interface WorkerSettings {
  cwd: string;
  explicitConfigFile?: string;
  includeTests: boolean;
  typeInfo: boolean;
  /** Texts that replace files on disk (standard input, fixed text): path → text. */
  overrides: Record<string, string>;
  /** Give each file's facts too (`privacy-lint report`). */
  facts?: boolean;
}

interface WorkerReply {
  results?: FileResult[];
  /** Files the engine read besides those it was sent (inputs of the cache). */
  read?: string[];
  error?: string;
}

/**
 * Lints `units` on `threads` worker threads (each takes the next unit when it is done) and returns the results in
 * the order of `files`, and the other files the workers read.
 */
export async function lintInWorkers(files: readonly string[], units: readonly string[][], threads: number, settings: WorkerSettings,
  onProgress?: (done: number) => void): Promise<{ results: FileResult[]; read: string[] }> {
  const queue = [...units];
  const byFile = new Map<string, FileResult>();
  const read = new Set<string>();
  const runWorker = (): Promise<void> => new Promise((resolve, reject) => {
    const worker = new Worker(__filename, { workerData: { privacyLintWorker: true, settings } });
    const next = (): void => {
      const unit = queue.shift();
      if (unit === undefined) {
        void worker.terminate().then(() => resolve(), reject);
        return;
      }
      worker.postMessage(unit);
    };
    worker.on('message', (reply: WorkerReply) => {
      if (reply.error !== undefined) {
        void worker.terminate();
        reject(new Error(`a lint worker failed: ${reply.error}`));
        return;
      }
      for (const result of reply.results ?? []) byFile.set(result.file, result);
      for (const file of reply.read ?? []) read.add(file);
      onProgress?.(byFile.size);
      next();
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (queue.length > 0 || code !== 0 && code !== 1) reject(new Error(`a lint worker stopped (exit code ${code})`));
    });
    next();
  });
  await Promise.all(Array.from({ length: threads }, runWorker));
  return { results: files.map((f) => byFile.get(path.resolve(f))).filter((r): r is FileResult => r !== undefined), read: [...read] };
}

/** The worker's side: lint each unit it is sent with the settings it was started with. */
function serveLintRequests(settings: WorkerSettings): void {
  const resolver = new ConfigResolver({ catalog: ruleCatalog, cwd: settings.cwd, explicitConfigFile: settings.explicitConfigFile });
  const configOf = withTestFilesLinted(settings.includeTests, (file) => resolver.forFile(file).config);
  const overrides = new Map(Object.entries(settings.overrides));
  parentPort!.on('message', (unit: string[]) => {
    try {
      const listed = new Set(unit);
      const read = new Set<string>();
      const results = lintFiles({
        files: unit,
        rules: [...allRules],
        configFor: configOf,
        typeInfo: settings.typeInfo,
        facts: settings.facts === true,
        readFile: (file) => {
          if (!listed.has(file)) read.add(file);
          return overrides.get(file);
        },
      });
      parentPort!.postMessage({ results, read: [...read] } satisfies WorkerReply);
    } catch (error) {
      parentPort!.postMessage({ error: error instanceof Error ? error.stack ?? error.message : String(error) } satisfies WorkerReply);
    }
  });
}

if (!isMainThread && (workerData as { privacyLintWorker?: boolean } | null)?.privacyLintWorker === true) {
  serveLintRequests((workerData as { settings: WorkerSettings }).settings);
}
