/**
 * Command-line options: parsing (strict `node:util` parseArgs), validation, and the `--help` text.
 * Everything the user can get wrong on the command line is reported here as a `UsageError` (exit code 2).
 */
import { parseArgs } from 'node:util';
import type { Locale } from '@privacy-lint/engine';
import { formatNames, isFormatName, type FormatName } from './formatters';
import { parseConcurrency, type Concurrency } from './concurrency';

/** The command line, parsed and checked. */
export interface CliOptions {
  paths: string[];
  /** True when no path was given and `.` is linted by default. */
  defaultPaths: boolean;
  format: FormatName;
  outputFile?: string;
  config?: string;
  /** Undefined means any number of warnings is fine. */
  maxWarnings?: number;
  quiet: boolean;
  printConfig?: string;
  typeInfo: boolean;
  /** Undefined means: from the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`). */
  locale?: Locale;
  /** Lint test code with every rule (`testFiles.lint: true` for every config). */
  includeTests: boolean;
  /** Only findings not in this baseline file count and are shown. */
  baseline?: string;
  /** Write every current finding to this baseline file. */
  writeBaseline?: string;
  /** Lint the text on standard input as if it were the file `stdinFilename`. */
  stdin: boolean;
  stdinFilename?: string;
  /** Only report findings in files changed since this git ref (and untracked files). */
  changedSince?: string;
  /** Apply the rules' fixes (never the suggestions) to the files. */
  fix: boolean;
  /** As `fix`, without writing: the fixed text goes into the JSON report (`output`). */
  fixDryRun: boolean;
  /** Reuse the last run's results when nothing that decides them changed. */
  cache: boolean;
  /** The cache file, or a folder for it (default `.privacy-lint-cache` in the working directory). */
  cacheLocation?: string;
  /** Worker threads: one TypeScript project per thread (`off` by default, as ESLint). */
  concurrency: Concurrency;
  help: boolean;
  version: boolean;
  /** Print the sink catalogue and exit. */
  listSinks: boolean;
  listRules: boolean;
}

/** A mistake on the command line; the CLI prints it with a hint to `--help` and exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

const optionSpec = {
  format: { type: 'string', short: 'f' },
  'output-file': { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean' },
  'print-config': { type: 'string' },
  'no-type-info': { type: 'boolean' },
  locale: { type: 'string' },
  'include-tests': { type: 'boolean' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'changed-since': { type: 'string' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  concurrency: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  'list-sinks': { type: 'boolean' },
  'list-rules': { type: 'boolean' },
} as const;

/** Turns parseArgs' messages (which talk about its own API) into ones a CLI user can act on. */
function usageErrorFrom(err: unknown): UsageError {
  const e = err as { code?: string; message?: string };
  const message = String(e.message ?? err);
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'([^']+)'/.exec(message)?.[1] ?? message;
    return new UsageError(`unknown option '${option}'`);
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    // "Option '-f, --format <value>' argument missing" / "Option '--quiet' does not take an argument"
    return new UsageError(message.replace(/^Option /, 'option ').replace(/ argument missing$/, ' needs a value'));
  }
  return new UsageError(message);
}

/**
 * Parses the arguments after `privacy-lint`.
 *
 * @throws UsageError for an unknown option, a missing or bad value, or options that cannot go together.
 */
export function parseOptions(argv: readonly string[]): CliOptions {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof optionSpec; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: optionSpec, allowPositionals: true, strict: true });
  } catch (err) {
    throw usageErrorFrom(err);
  }
  const { values, positionals } = parsed;

  const format = values.format ?? 'stylish';
  if (!isFormatName(format)) {
    throw new UsageError(`unknown format '${format}' (expected one of: ${formatNames.join(', ')})`);
  }

  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    const raw = values['max-warnings'];
    if (!/^\d+$/.test(raw)) throw new UsageError(`--max-warnings expects a whole number of 0 or more, got '${raw}'`);
    maxWarnings = Number(raw);
  }

  let locale: Locale | undefined;
  if (values.locale !== undefined) {
    if (values.locale !== 'ja' && values.locale !== 'en') {
      throw new UsageError(`unknown locale '${values.locale}' (expected ja or en)`);
    }
    locale = values.locale;
  }

  for (const name of ['output-file', 'config', 'print-config', 'baseline', 'write-baseline', 'stdin-filename', 'cache-location'] as const) {
    if (values[name] === '') throw new UsageError(`--${name} needs a file name`);
  }
  if (values['print-config'] !== undefined && positionals.length > 0) {
    throw new UsageError('--print-config takes exactly one file and no other paths');
  }
  if (values['changed-since'] !== undefined && !/^[^-\s][^\s]*$/.test(values['changed-since'])) {
    throw new UsageError(`--changed-since expects a git ref such as origin/main, got '${values['changed-since']}'`);
  }
  const stdin = values.stdin ?? false;
  if (values['stdin-filename'] !== undefined && !stdin) throw new UsageError('--stdin-filename is only used with --stdin');
  if (stdin) {
    if (values['stdin-filename'] === undefined) {
      throw new UsageError('--stdin needs --stdin-filename <file>: the path the text is linted as (its config and file type)');
    }
    if (positionals.length > 0) throw new UsageError('--stdin lints standard input only; give no other paths');
    for (const name of ['changed-since', 'write-baseline'] as const) {
      if (values[name] !== undefined) throw new UsageError(`--${name} cannot be used with --stdin`);
    }
  }

  const fix = values.fix ?? false;
  const fixDryRun = values['fix-dry-run'] ?? false;
  if (fix && fixDryRun) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  if (fix && stdin) throw new UsageError('--fix cannot write standard input; use --fix-dry-run with -f json (the fixed text is its "output")');
  if (fix || fixDryRun) {
    const name = fix ? '--fix' : '--fix-dry-run';
    if (values['no-type-info']) {
      throw new UsageError(`${name} needs type information: a suppression that looks unused without types may be needed with them`);
    }
    if (values['write-baseline'] !== undefined) throw new UsageError(`${name} cannot be used with --write-baseline (fix first, then record what remains)`);
  }

  let concurrency: Concurrency = 'off';
  if (values.concurrency !== undefined) {
    const parsed = parseConcurrency(values.concurrency);
    if (parsed === undefined) throw new UsageError(`--concurrency expects a number of threads (1 or more), auto or off, got '${values.concurrency}'`);
    concurrency = parsed;
  }
  const cache = values.cache ?? false;
  if (values['cache-location'] !== undefined && !cache) throw new UsageError('--cache-location is only used with --cache');
  if (cache && stdin) throw new UsageError('--cache cannot be used with --stdin (standard input is never cached)');

  return {
    paths: positionals.length > 0 ? positionals : ['.'],
    defaultPaths: positionals.length === 0,
    format,
    outputFile: values['output-file'],
    config: values.config,
    maxWarnings,
    quiet: values.quiet ?? false,
    printConfig: values['print-config'],
    typeInfo: !(values['no-type-info'] ?? false),
    locale,
    includeTests: values['include-tests'] ?? false,
    baseline: values.baseline,
    writeBaseline: values['write-baseline'],
    stdin,
    stdinFilename: values['stdin-filename'],
    changedSince: values['changed-since'],
    fix,
    fixDryRun,
    cache,
    cacheLocation: values['cache-location'],
    concurrency,
    help: values.help ?? false,
    version: values.version ?? false,
    listSinks: values['list-sinks'] ?? false,
    listRules: values['list-rules'] ?? false,
  };
}

/** What `--help` prints: every option, the exit codes and examples. */
export const helpText = `Usage: privacy-lint [options] [paths...]
       privacy-lint init      Write a commented privacy-lint.json from what the
                              repository uses and sends to (see: privacy-lint init --help)
       privacy-lint report    Write the record of third-party provision (§8(1)): what
                              the code sends where, as Markdown, JSON or one HTML page
                              (see: privacy-lint report --help)

Checks JavaScript and TypeScript files for code that breaks the Customer Information
Protection Policy (personal data in logs, unguarded transfers, My Number handling).
Paths are files or folders (default: the current folder). Folders are searched for
.ts .tsx .mts .cts .js .jsx .mjs .cjs files (not .d.ts) and the scripts of .vue and
.svelte components, skipping node_modules, .git,
the "ignores" of privacy-lint.json and the build output of each tsconfig.json on the
way (its outDir and declarationDir; name such a folder as a path to lint it anyway).

Options:
  -f, --format <name>       Output format: stylish (default), json, json-with-metadata
                            (json plus what the run could not see), sarif, github
                            (workflow annotations), junit, gitlab (Code Quality)
  -o, --output-file <file>  Write the report to <file> instead of stdout (folders are created)
  -c, --config <file>       Use this privacy-lint.json for every file instead of finding
                            the nearest one above each file
      --max-warnings <n>    Fail (exit code 1) when there are more than <n> warnings
      --quiet               Report errors only (warnings are neither shown nor counted)
      --print-config <file> Print the configuration in force for <file> as JSON and exit
      --no-type-info        Do not use the TypeScript type checker (faster; names only)
      --locale <ja|en>      Language of the messages (default: from LC_ALL, LC_MESSAGES
                            or LANG; Japanese when it starts with "ja", else English)
      --include-tests       Also run the log and transfer rules on test code (tests,
                            fixtures, mocks, stories, seeds; see "testFiles")
      --baseline <file>     Report and count only findings not in this baseline file
      --write-baseline <file>
                            Record every current finding in <file> (reasons and owners
                            already there are kept) and exit 0
      --stdin               Lint the text on standard input ...
      --stdin-filename <file>
                            ... as if it were <file> (its config and file type)
      --changed-since <ref> Report findings only in files changed since the git <ref>
                            (and untracked files); the whole project is still analysed
      --fix                 Apply the rules' safe fixes to the files (removing unused
                            suppressions; never the suggestions) and report what remains
      --fix-dry-run         Work out the same fixes without writing them; with -f json,
                            each fixed file's new text is its "output"
      --cache               Reuse the last run's results when no file, config, option or
                            package changed (the whole project is linted again otherwise)
      --cache-location <path>
                            The cache file, or a folder for it (default .privacy-lint-cache)
      --concurrency <n|auto|off>
                            Lint TypeScript projects (tsconfig.json) on n worker threads
                            (auto: half the cores); one project is one thread (default off)
      --list-sinks          Print the catalogue of sinks (id, family, vendor, country,
                            packages) and exit; with -f json, as JSON
      --list-rules          List the rules: clause, severity in each preset, description
  -h, --help                Show this help and exit
  -v, --version             Show the version and exit

Exit codes:
  0  No errors, and no more warnings than --max-warnings allows
  1  Errors found, or more warnings than --max-warnings allows
  2  Usage error, configuration error, or internal error

Examples:
  privacy-lint                                  Lint the current folder
  privacy-lint src test                         Lint two folders
  privacy-lint --max-warnings 0 src             Fail on any finding
  privacy-lint -f sarif -o reports/privacy.sarif
                                                SARIF for code scanning
  privacy-lint -f json --quiet src              Errors only, as JSON
  privacy-lint --print-config src/app.ts        Show the config used for a file
  privacy-lint --locale ja src                  Messages in Japanese
  privacy-lint --write-baseline privacy-lint-baseline.json
                                                Accept today's findings as legacy
  privacy-lint --baseline privacy-lint-baseline.json -f github
                                                New findings only, as PR annotations
  privacy-lint --fix src                        Apply the safe fixes
  privacy-lint report -f html -o privacy-record.html
                                                The record of third-party provision
  privacy-lint --changed-since origin/main      Findings in the files a branch changed
  cat a.ts | privacy-lint --stdin --stdin-filename src/a.ts
                                                Lint unsaved text (editors, hooks)
`;
