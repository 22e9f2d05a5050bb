/**
 * `privacy-lint [options] [paths...]`: the CI adapter. Finds the files, loads each file's configuration, runs the
 * engine, formats the findings and turns them into an exit code:
 *
 * - 0: no errors, and no more warnings than `--max-warnings` allows;
 * - 1: errors found, or too many warnings;
 * - 2: usage, configuration or internal error (nothing is linted).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  decodeSource,
  engineDiagnostics,
  isIgnored,
  isLintableFile,
  lintFiles,
  withoutUntypedByDesign,
  MAX_FILE_BYTES,
  readSourceFile,
  sortPaths,
  type FileResult,
  type Finding,
} from '@privacy-lint/engine';
import { allRules, ruleCatalog } from '@privacy-lint/rules';

import { formatters, type FormatterContext, type RuleDescriptor } from './formatters';
import { escapeData, escapeProperty } from './formatters/github';
import { localeFromEnvironment } from './locale';
import { helpText, parseOptions, UsageError, type CliOptions } from './options';
import { sinkListText } from './list-sinks';
import { listRulesText } from './list-rules';
import { standardStreamOf, useColor, writeFileAtomically, writeReportFile, writeStream } from './output';
import { applyBaseline, baselineText, BaselineError, nextBaseline, readBaseline, type BaselineFile } from './baseline';
import { changedFiles, GitError, isChanged } from './git';
import { baselineSummary, baselineWritten, fixSummary, notFixed, stdinSkipped } from './notes';
import { runInit } from './init';
import { discoverRunFiles, RunConfigs } from './run-setup';
import { runReport } from './report/command';
import { cacheFilePath, cacheInputs, cacheKey, LintCache } from './cache';
import { isCi, Progress } from './progress';
import { lintInWorkers, projectUnits, threadCount } from './concurrency';
import { applyFixes, fixableFile, FixWriteError, fixRoots, MAX_FIX_PASSES, writeFixedFile, type FixableFile } from './fix';

export { formatters } from './formatters';
export type { Formatter, FormatterContext, RuleDescriptor } from './formatters';

/** Exit codes; public API (CI scripts test them). */
export const ExitCode = { ok: 0, problems: 1, failure: 2 } as const;

/** What the CLI talks to; tests may pass their own. Defaults to the real process. */
export interface CliEnvironment {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream;
  /** Read with `--stdin`. */
  stdin: NodeJS.ReadableStream;
  /** How long a run goes before progress is shown on a terminal (tests shorten it). */
  progressDelayMs?: number;
}

interface PackageInfo {
  version: string;
  homepage?: string;
}

function readPackageInfo(): PackageInfo {
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as Partial<PackageInfo>;
  return { version: pkg.version ?? '0.0.0', homepage: pkg.homepage };
}

/** Where SARIF viewers link the tool name: the package's homepage, else the documentation of the rules. */
function informationUri(pkg: PackageInfo, rules: readonly RuleDescriptor[]): string {
  if (pkg.homepage) return pkg.homepage;
  const docs = rules.find((r) => r.docsUrl)?.docsUrl;
  if (docs) return /^https:\/\/github\.com\/[^/]+\/[^/]+/.exec(docs)?.[0] ?? docs.replace(/[^/]*$/, '');
  return 'https://www.npmjs.com/package/privacy-lint';
}

/**
 * Runs the CLI with `argv` (without `node` and the script) and resolves to the exit code. Never throws and never
 * calls `process.exit`: output is flushed before the promise resolves.
 */
export async function main(argv: readonly string[], environment: Partial<CliEnvironment> = {}): Promise<number> {
  const io: CliEnvironment = {
    cwd: environment.cwd ?? process.cwd(),
    env: environment.env ?? process.env,
    stdout: environment.stdout ?? process.stdout,
    stderr: environment.stderr ?? process.stderr,
    stdin: environment.stdin ?? process.stdin,
    progressDelayMs: environment.progressDelayMs,
  };
  try {
    return await run(argv, io);
  } catch (error) {
    const debug = Boolean(io.env.DEBUG);
    const text =
      debug && error instanceof Error && error.stack
        ? error.stack
        : `${error instanceof Error ? error.message : String(error)} (set DEBUG=1 for details)`;
    await writeStream(io.stderr, `privacy-lint: internal error: ${text}\n`).catch(() => undefined);
    return ExitCode.failure;
  }
}

async function run(argv: readonly string[], io: CliEnvironment): Promise<number> {
  const fail = async (message: string): Promise<number> => {
    await writeStream(io.stderr, `privacy-lint: ${message}\n`);
    return ExitCode.failure;
  };

  // `init` is a command of its own; a folder named init is still linted as `./init`.
  if (argv[0] === 'init') {
    return runInit(argv.slice(1), {
      cwd: io.cwd,
      locale: localeFromEnvironment(io.env),
      write: (stream, text) => writeStream(io[stream], text),
    });
  }

  // `report` too: the record of third-party provision (./report/command).
  if (argv[0] === 'report') {
    return runReport(argv.slice(1), {
      cwd: io.cwd, env: io.env, locale: localeFromEnvironment(io.env), toolVersion: readPackageInfo().version,
      stdout: io.stdout, stderr: io.stderr, progressDelayMs: io.progressDelayMs,
    });
  }

  let options: CliOptions;
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return fail(`${error.message}\nRun 'privacy-lint --help' to see the options.`);
  }

  const pkg = readPackageInfo();
  if (options.help) {
    await writeStream(io.stdout, helpText);
    return ExitCode.ok;
  }
  if (options.version) {
    await writeStream(io.stdout, `${pkg.version}\n`);
    return ExitCode.ok;
  }
  if (options.listSinks) {
    await writeStream(io.stdout, sinkListText(options.format));
    return ExitCode.ok;
  }
  if (options.listRules) {
    await writeStream(io.stdout, listRulesText(allRules, ruleCatalog, options.locale ?? localeFromEnvironment(io.env)));
    return ExitCode.ok;
  }

  const cwd = path.resolve(io.cwd);
  const locale = options.locale ?? localeFromEnvironment(io.env);
  const configs = new RunConfigs(cwd, options);
  const reportConfigErrors = async (): Promise<number> => {
    await writeStream(io.stderr, configs.errorText(locale, (file) => displayPath(file, cwd)));
    return ExitCode.failure;
  };
  if (configs.failed) return reportConfigErrors();
  const { explicitConfigFile, configOf, configFor } = configs;

  if (options.printConfig !== undefined) {
    if (!fs.existsSync(path.resolve(cwd, options.printConfig))) return fail(`No such file or directory: ${options.printConfig}`);
    const config = configFor(path.resolve(cwd, options.printConfig));
    if (!config) return reportConfigErrors();
    await writeStream(io.stdout, `${JSON.stringify(config, null, 2)}\n`);
    return ExitCode.ok;
  }

  // Read before anything else can fail, so a hook's pipe is always drained.
  const stdinText = options.stdin ? decodeSource(await readAll(io.stdin, MAX_FILE_BYTES)) : undefined;
  const stdinFile = options.stdinFilename !== undefined ? path.resolve(cwd, options.stdinFilename) : undefined;

  let changed: Set<string> | undefined;
  let baseline: BaselineFile | undefined;
  try {
    if (options.changedSince !== undefined) changed = changedFiles(options.changedSince, cwd);
    if (options.baseline !== undefined) baseline = readBaseline(path.resolve(cwd, options.baseline));
  } catch (error) {
    if (error instanceof GitError || error instanceof BaselineError) return fail(locale === 'ja' ? error.ja : error.message);
    throw error;
  }

  let files: string[];
  /** Paths discovery could not lint (link loops, special files …), reported as findings. */
  let discoveryProblems: FileResult[] = [];
  if (stdinFile !== undefined) {
    const config = configFor(stdinFile);
    if (configs.failed) return reportConfigErrors();
    if (stdinText?.text === undefined) return fail(`standard input: ${stdinText?.problem?.[locale] ?? 'cannot be read'}`);
    const skip = !isLintableFile(stdinFile) ? 'not-source' : config && isIgnored(stdinFile, config) ? 'ignored' : undefined;
    if (skip) await writeStream(io.stderr, `privacy-lint: ${stdinSkipped(locale, options.stdinFilename!, skip)}\n`);
    files = skip ? [] : [stdinFile];
  } else {
    const { discovery, failure } = await discoverRunFiles(options.paths, cwd, configs, !options.defaultPaths, io.stderr);
    if (failure !== undefined) return fail(failure);
    if (!discovery) return reportConfigErrors();
    files = discovery.files;
    discoveryProblems = discovery.problems;
  }

  /** With --fix and --fix-dry-run: the text of each file as fixed so far (nothing is written until the end). */
  const fixedTexts = new Map<string, string>();
  const fixing = options.fix || options.fixDryRun;
  /** With --fix and --fix-dry-run: the text the engine linted, read once, so fixes apply to exactly that text. */
  const lintedTexts = new Map<string, string>();
  const listed = new Set(files);
  /** Files the engine read besides those listed (imports from outside the linted paths): inputs of the cache. */
  const readBesides = new Set<string>();
  const readOverride = (file: string): string | undefined => {
    if (!listed.has(file)) readBesides.add(file);
    const fixed = fixedTexts.get(file);
    if (fixed !== undefined) return fixed;
    if (file === stdinFile) return stdinText?.text;
    if (!fixing || !listed.has(file)) return undefined;
    // Undefined for a file that cannot be read: the engine reads it again and reports why.
    const text = lintedTexts.get(file) ?? readText(file);
    if (text !== undefined) lintedTexts.set(file, text);
    return text;
  };
  // --concurrency: one TypeScript project per worker (see ./concurrency); one thread when there is one project.
  const units = options.concurrency === 'off' ? [] : projectUnits(files, options.typeInfo);
  const threads = threadCount(options.concurrency, units.length);
  const progress = new Progress(io.stderr, (io.stderr as { isTTY?: boolean }).isTTY === true && !isCi(io.env), locale, io.progressDelayMs);
  // A run in which no file has types works from names by design: its files outside any tsconfig are not blind spots.
  const lintAll = async (): Promise<FileResult[]> => withoutUntypedByDesign(await lintEveryFile());
  const lintEveryFile = async (): Promise<FileResult[]> => {
    if (files.length === 0) return [];
    if (threads > 1) {
      const overrides: Record<string, string> = Object.fromEntries(fixedTexts);
      if (stdinFile !== undefined && stdinText?.text !== undefined) overrides[stdinFile] ??= stdinText.text;
      const done = await lintInWorkers(files, units, threads, {
        cwd, explicitConfigFile, includeTests: options.includeTests, typeInfo: options.typeInfo, overrides,
      }, (count) => progress.update(count, files.length));
      for (const file of done.read) readBesides.add(file);
      return done.results;
    }
    return lintFiles({
      files,
      rules: [...allRules],
      configFor: configOf,
      typeInfo: options.typeInfo,
      onFileLinted: (done, total) => progress.update(done, total),
      ...(stdinFile !== undefined || fixing || options.cache ? { readFile: readOverride } : {}),
    });
  };
  let cache: LintCache | undefined;
  if (options.cache) {
    const cacheFile = cacheFilePath(cwd, options.cacheLocation);
    const opened = LintCache.open(cacheFile, displayPath(cacheFile, cwd));
    cache = opened.cache;
    if (opened.warning !== undefined) await writeStream(io.stderr, `privacy-lint: ${opened.warning}\n`);
  }
  const cacheSettings = { version: pkg.version, typeInfo: options.typeInfo, includeTests: options.includeTests, explicitConfig: explicitConfigFile };
  /** Lints the files as they are on disk, or takes the cached results when nothing changed since they were stored. */
  const lintFromDisk = async (): Promise<{ results: FileResult[]; store(results: FileResult[]): void }> => {
    if (!cache) return { results: await lintAll(), store: () => undefined };
    const today = new Date();
    const key = cacheKey(files, configOf, { ...cacheSettings, today });
    const cached = cache.lookup(key);
    const results = cached ?? (await lintAll());
    const store = (stored: FileResult[]): void => {
      // After --fix wrote files, the key is the one of the files as they are now.
      const now = fixedTexts.size > 0 && options.fix ? cacheKey(files, configOf, { ...cacheSettings, today }) : key;
      cache!.store(now, cacheInputs(cwd, files, readBesides, options.typeInfo), stored);
    };
    return { results, store: cached && !options.fix ? () => undefined : store };
  };
  // --changed-since: the whole project was analysed (flows cross files); only changed files are reported.
  const scoped = (linted: FileResult[]): FileResult[] => [...(changed ? linted.filter((r) => isChanged(r.file, changed)) : linted), ...discoveryProblems];
  const first = await lintFromDisk();
  let linted = first.results;
  progress.clear();
  let inScope = scoped(linted);

  const rules: RuleDescriptor[] = [...allRules.map((rule) => rule.meta), ...engineDiagnostics];
  const sources = new Map<string, string | undefined>(stdinFile !== undefined ? [[stdinFile, stdinText?.text]] : []);
  const toFile = options.outputFile !== undefined;
  const context: FormatterContext = {
    cwd,
    locale,
    rules,
    toolVersion: pkg.version,
    informationUri: informationUri(pkg, rules),
    color: useColor(io.env, !toFile && io.stdout.isTTY === true),
    // On a terminal, stylish rows wrap at its width (at most 100 columns); files and pipes get one line per finding.
    ...(!toFile && io.stdout.isTTY === true ? { width: Math.min(io.stdout.columns || 100, 100) } : {}),
    sourceText(file) {
      const fixed = fixedTexts.get(file) ?? lintedTexts.get(file);
      if (fixed !== undefined) return fixed;
      if (!sources.has(file)) sources.set(file, readText(file));
      return sources.get(file);
    },
    fixedOutput: (file) => fixedTexts.get(file),
  };

  if (options.writeBaseline !== undefined) {
    const target = path.resolve(cwd, options.writeBaseline);
    let previous: BaselineFile | undefined = baseline;
    if (fs.existsSync(target)) {
      try {
        previous = readBaseline(target);
      } catch (error) {
        if (error instanceof BaselineError) {
          return fail(locale === 'ja' ? `${error.ja}（新しく作るにはこのファイルを削除してください）` : `${error.message} (remove it to start a new baseline)`);
        }
        throw error;
      }
    }
    const next = nextBaseline(inScope, previous, target, context);
    const before = new Set((previous?.findings ?? []).map((e) => e.fingerprint));
    const after = new Set(next.findings.map((e) => e.fingerprint));
    try {
      writeFileAtomically(target, baselineText(next));
    } catch (error) {
      return fail(`cannot write ${options.writeBaseline}: ${(error as Error).message}`);
    }
    const added = [...after].filter((f) => !before.has(f)).length;
    const removed = [...before].filter((f) => !after.has(f)).length;
    await writeStream(io.stderr, `privacy-lint: ${baselineWritten(locale, options.writeBaseline, next.findings.length, added, removed)}\n`);
    // Recorded findings are accepted; what the baseline cannot hold (parse errors) is still reported below.
    baseline = next;
  }
  const baselineFile = baseline === undefined ? undefined : path.resolve(cwd, options.writeBaseline ?? options.baseline!);
  /** The findings the run reports: those the baseline does not hold, errors only with --quiet. */
  const reported = (scope: FileResult[]): { results: FileResult[]; known: number; fixed: number } => {
    if (baseline === undefined) return { results: normaliseResults(scope, options.quiet), known: 0, fixed: 0 };
    const outcome = applyBaseline(scope, baseline, baselineFile!, context);
    return { results: normaliseResults(outcome.results, options.quiet), known: outcome.known, fixed: outcome.fixed.length };
  };

  let outcome = reported(inScope);
  let fixWriteFailed = false;
  if (fixing) {
    // As ESLint: apply the fixes of what is reported (not what a baseline accepted or --quiet hides), lint again,
    // and repeat while fixes apply, up to 10 passes; what remains is reported.
    const writable = new Map<string, FixableFile | null>();
    const roots = fixRoots(cwd, options.stdin ? [] : options.paths);
    let fixedCount = 0;
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      let applied = false;
      for (const result of outcome.results) {
        const withFix = result.findings.filter((f) => f.fix !== undefined);
        if (withFix.length === 0) continue;
        const file = result.file;
        if (file !== stdinFile && !writable.has(file)) {
          // Results from the cache were linted from this very text (its hash is in the key); read it now.
          if (!lintedTexts.has(file)) {
            const read = readText(file);
            if (read !== undefined) lintedTexts.set(file, read);
          }
          const text = lintedTexts.get(file);
          const check = text === undefined ? { reason: 'unreadable' as const } : fixableFile(file, text, roots);
          writable.set(file, 'reason' in check ? null : check);
          if ('reason' in check) await writeStream(io.stderr, `privacy-lint: ${notFixed(locale, displayPath(file, cwd), check.reason)}\n`);
        }
        if (writable.get(file) === null) continue;
        const text = fixedTexts.get(file) ?? (file === stdinFile ? stdinText?.text : lintedTexts.get(file));
        if (text === undefined) continue;
        const step = applyFixes(text, withFix);
        if (step.fixed === 0) continue;
        fixedTexts.set(file, step.output);
        fixedCount += step.fixed;
        applied = true;
      }
      if (!applied) break;
      linted = await lintAll();
      progress.clear();
      inScope = scoped(linted);
      outcome = reported(inScope);
    }
    // A fix that undid itself over several passes leaves the text as it was: nothing to write or show.
    for (const [file, text] of fixedTexts) if (text === (file === stdinFile ? stdinText?.text : lintedTexts.get(file))) fixedTexts.delete(file);
    let failed = false;
    if (options.fix) {
      for (const [file, text] of fixedTexts) {
        try {
          writeFixedFile(file, writable.get(file)!, text, roots);
        } catch (error) {
          if (!(error instanceof FixWriteError)) throw error;
          failed = true;
          fixedTexts.delete(file);
          await writeStream(io.stderr, `privacy-lint: ${notFixed(locale, displayPath(file, cwd), error.reason, error.message)}\n`);
        }
      }
    }
    await writeStream(io.stderr, `privacy-lint: ${fixSummary(locale, options.fix, fixedCount, fixedTexts.size)}\n`);
    fixWriteFailed = failed;
  }
  if (cache) {
    // What is on disk now: the first run's results, or after --fix the last pass (when every fixed file was written).
    const onDisk = options.fix && fixedTexts.size > 0 ? (fixWriteFailed ? undefined : linted) : first.results;
    try {
      if (onDisk) first.store(onDisk);
    } catch (error) {
      await writeStream(io.stderr, `privacy-lint: cannot write the cache ${displayPath(cache.file, cwd)}: ${(error as Error).message}\n`);
    }
  }
  const results = outcome.results;
  if (baseline !== undefined && options.writeBaseline === undefined) {
    const shown = path.relative(cwd, baselineFile!) || baselineFile!;
    await writeStream(io.stderr, `privacy-lint: ${baselineSummary(locale, shown, outcome.known, outcome.fixed)}\n`);
  }
  const errorCount = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'error').length, 0);
  const warningCount = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'warning').length, 0);

  let report = formatters[options.format](results, context);
  if (report !== '' && !report.endsWith('\n')) report += '\n';
  if (options.format === 'github' && baseline !== undefined && options.writeBaseline === undefined && outcome.fixed > 0) {
    // Fixed entries are what makes the baseline shrink: shown in the run's summary, not only in its log.
    const shown = path.relative(cwd, baselineFile!) || baselineFile!;
    report += `::notice title=${escapeProperty('privacy-lint baseline')}::${escapeData(baselineSummary(locale, shown, outcome.known, outcome.fixed))}\n`;
  }

  const outputFile = options.outputFile === undefined ? undefined : path.resolve(cwd, options.outputFile);
  const stream = outputFile === undefined ? 'stdout' : standardStreamOf(outputFile);
  if (stream !== undefined) {
    // A closed pipe (`privacy-lint | head`) is the reader's choice: writeStream drops the rest quietly.
    await writeStream(io[stream], report);
  } else {
    try {
      writeReportFile(outputFile!, report);
    } catch (error) {
      return fail(`cannot write ${options.outputFile}: ${(error as Error).message}`);
    }
  }

  // The report shows the files as fixed; one that could not be written is not, and the run must not pass for it.
  if (fixWriteFailed) return ExitCode.failure;
  if (errorCount > 0) return ExitCode.problems;
  if (options.maxWarnings !== undefined && warningCount > options.maxWarnings) {
    await writeStream(
      io.stderr,
      `privacy-lint found too many warnings (maximum: ${options.maxWarnings}, found: ${warningCount}).\n`,
    );
    return ExitCode.problems;
  }
  return ExitCode.ok;
}


/** Everything a stream gives until it ends. */
/**
 * A stream's bytes, but no more than `limit` + 1: past the limit the text is refused as too large anyway, and
 * standard input may never end (`< /dev/zero`, a producer that hangs), so reading stops there.
 */
function readAll(stream: NodeJS.ReadableStream, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const onData = (chunk: Buffer | string): void => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      chunks.push(bytes);
      length += bytes.length;
      if (length > limit) {
        stream.removeListener('data', onData);
        stream.pause();
        (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
        resolve(Buffer.concat(chunks).subarray(0, limit + 1));
      }
    };
    stream.on('data', onData);
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

/** Results sorted by path, findings by position; with `--quiet`, warnings are dropped before anything counts them. */
function normaliseResults(results: readonly FileResult[], quiet: boolean): FileResult[] {
  const byFile = new Map<string, FileResult>();
  for (const r of results) {
    // Two results for one path (a name shown with `\xNN` escapes that another file really has): keep both's findings.
    const known = byFile.get(r.file);
    byFile.set(r.file, known ? { ...known, findings: [...known.findings, ...r.findings], parseError: known.parseError || r.parseError } : r);
  }
  return sortPaths(byFile.keys()).map((file) => {
    const result = byFile.get(file)!;
    const findings = (quiet ? result.findings.filter((f) => f.severity === 'error') : [...result.findings]).sort(
      compareFindings,
    );
    return { ...result, findings };
  });
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    a.range.end.line - b.range.end.line ||
    a.range.end.column - b.range.end.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

/** A file's text decoded as the engine decoded it, so offsets and lines agree with the findings. */
function readText(file: string): string | undefined {
  return readSourceFile(file).text;
}

/** A path as shown in messages: relative to the working directory when inside it. */
function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
