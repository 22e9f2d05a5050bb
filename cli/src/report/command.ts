/**
 * `privacy-lint report`: the record of third-party provision (policy §8(1)) — what the code sends where. The files
 * are found and linted exactly as a lint run finds and lints them (same configs, same test-code policy, same rules),
 * with the engine's facts asked for; the record is built from those facts and the findings (./record), and written
 * as JSON, Markdown or one self-contained HTML page. The run's findings do not fail it: exit code 0 when the
 * record is written, 2 for a usage, configuration or output error.
 */
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { lintFiles, withoutUntypedByDesign, type FileResult, type Locale } from '@privacy-lint/engine';
import { allRules } from '@privacy-lint/rules';
import { lintInWorkers, parseConcurrency, projectUnits, threadCount, type Concurrency } from '../concurrency';
import { headRevision } from '../git';
import { discoverRunFiles, RunConfigs } from '../run-setup';
import { isCi, Progress } from '../progress';
import { standardStreamOf, writeReportFile, writeStream } from '../output';
import { buildRecord, type ProvisionRecord } from './record';
import { recordMarkdown } from './markdown';
import { recordHtml } from './html';

/** The formats of the record, by `--format` name. */
export const reportFormats = {
  markdown: recordMarkdown,
  json: (record: ProvisionRecord): string => `${JSON.stringify(record, null, 2)}\n`,
  html: recordHtml,
} satisfies Record<string, (record: ProvisionRecord) => string>;

export type ReportFormat = keyof typeof reportFormats;

export const reportHelpText = `Usage: privacy-lint report [options] [paths...]

Writes the record of third-party provision (policy §8(1)): every destination outside the
company that the code sends personal data to — the processor's registered name, its country,
whether a consent check guards each transfer — with the categories of personal data sent and
the places in the code (file:line), then where My Number and sensitive data (要配慮個人情報)
are handled. The files are linted as by 'privacy-lint' (same configs and test-code policy);
findings do not fail the run. No personal value found in the code is ever written.

Options:
  -f, --format <name>       markdown (default), json (schemas/privacy-lint-report.schema.json)
                            or html (one self-contained page with a diagram; no scripts and
                            nothing loaded from anywhere)
  -o, --output-file <file>  Write the record to <file> instead of stdout (folders are created)
  -c, --config <file>       Use this privacy-lint.json for every file
      --locale <ja|en>      Language of the record (default: from LC_ALL, LC_MESSAGES or LANG)
      --no-type-info        Do not use the TypeScript type checker (names only)
      --include-tests       Also list the transfers of test code (see "testFiles")
      --concurrency <n|auto|off>
                            Lint TypeScript projects on worker threads (same record)
  -h, --help                Show this help and exit

Exit codes: 0 the record was written; 2 usage, configuration or output error.

Examples:
  privacy-lint report -f html -o privacy-record.html
  privacy-lint report --locale ja -f markdown -o docs/第三者提供記録.md src
  privacy-lint report -f json | jq '.destinations[] | select(.consent != "guarded")'
`;

/** What the report command needs from the CLI. */
export interface ReportIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  locale: Locale;
  toolVersion: string;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  progressDelayMs?: number;
}

interface ReportOptions {
  format: ReportFormat;
  outputFile?: string;
  config?: string;
  locale?: Locale;
  typeInfo: boolean;
  includeTests: boolean;
  concurrency: Concurrency;
  paths: string[];
  defaultPaths: boolean;
  help: boolean;
}

class UsageError extends Error {}

function parseReportOptions(argv: readonly string[]): ReportOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        format: { type: 'string', short: 'f' },
        'output-file': { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        locale: { type: 'string' },
        'no-type-info': { type: 'boolean' },
        'include-tests': { type: 'boolean' },
        concurrency: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const e = error as { code?: string; message?: string };
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option '${/'([^']+)'/.exec(String(e.message))?.[1] ?? e.message}'`);
    throw new UsageError(String(e.message).replace(/^Option /, 'option ').replace(/ argument missing$/, ' needs a value'));
  }
  const { values, positionals } = parsed;
  const format = values.format ?? 'markdown';
  if (!Object.prototype.hasOwnProperty.call(reportFormats, format)) {
    throw new UsageError(`unknown report format '${format}' (expected one of: ${Object.keys(reportFormats).join(', ')})`);
  }
  if (values.locale !== undefined && values.locale !== 'ja' && values.locale !== 'en') {
    throw new UsageError(`unknown locale '${values.locale}' (expected ja or en)`);
  }
  for (const name of ['output-file', 'config'] as const) {
    if (values[name] === '') throw new UsageError(`--${name} needs a file name`);
  }
  let concurrency: Concurrency = 'off';
  if (values.concurrency !== undefined) {
    const value = parseConcurrency(values.concurrency);
    if (value === undefined) throw new UsageError(`--concurrency expects a number of threads (1 or more), auto or off, got '${values.concurrency}'`);
    concurrency = value;
  }
  return {
    format: format as ReportFormat,
    outputFile: values['output-file'],
    config: values.config,
    locale: values.locale as Locale | undefined,
    typeInfo: !(values['no-type-info'] ?? false),
    includeTests: values['include-tests'] ?? false,
    concurrency,
    paths: positionals.length > 0 ? positionals : ['.'],
    defaultPaths: positionals.length === 0,
    help: values.help ?? false,
  };
}

/** The date the record carries: now, or `SOURCE_DATE_EPOCH` (seconds) for reproducible output. */
export function recordDate(env: NodeJS.ProcessEnv): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d{1,12}$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date();
}

/** Runs `privacy-lint report` with the arguments after `report`; resolves to the exit code. */
export async function runReport(argv: readonly string[], io: ReportIo): Promise<number> {
  const fail = async (message: string): Promise<number> => {
    await writeStream(io.stderr, `privacy-lint: ${message}\n`);
    return 2;
  };
  let options: ReportOptions;
  try {
    options = parseReportOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return fail(`${error.message}\nRun 'privacy-lint report --help' to see the options.`);
  }
  if (options.help) {
    await writeStream(io.stdout, reportHelpText);
    return 0;
  }
  const locale = options.locale ?? io.locale;
  const cwd = path.resolve(io.cwd);

  // Configs and files exactly as a lint run finds them.
  const configs = new RunConfigs(cwd, options);
  const reportConfigErrors = async (): Promise<number> => {
    await writeStream(io.stderr, configs.errorText(locale, (file) => path.relative(cwd, file) || file));
    return 2;
  };
  if (configs.failed) return reportConfigErrors();
  const { explicitConfigFile, configOf } = configs;
  const { discovery, failure } = await discoverRunFiles(options.paths, cwd, configs, !options.defaultPaths, io.stderr);
  if (failure !== undefined) return fail(failure);
  if (!discovery) return reportConfigErrors();
  const files = discovery.files;

  const progress = new Progress(io.stderr, (io.stderr as { isTTY?: boolean }).isTTY === true && !isCi(io.env), locale, io.progressDelayMs);
  const units = options.concurrency === 'off' ? [] : projectUnits(files, options.typeInfo);
  const threads = threadCount(options.concurrency, units.length);
  let results: FileResult[] = [];
  if (files.length > 0) {
    results = threads > 1
      ? (await lintInWorkers(files, units, threads, {
        cwd, explicitConfigFile, includeTests: options.includeTests, typeInfo: options.typeInfo, overrides: {}, facts: true,
      }, (count) => progress.update(count, files.length))).results
      : lintFiles({
        files, rules: [...allRules], configFor: configOf, typeInfo: options.typeInfo, facts: true,
        onFileLinted: (done, total) => progress.update(done, total),
      });
  }
  progress.clear();
  results = [...withoutUntypedByDesign(results), ...discovery.problems];

  const record = buildRecord(results, {
    cwd, locale, toolVersion: io.toolVersion, generatedAt: recordDate(io.env), revision: headRevision(cwd),
  });
  const text = reportFormats[options.format](record);

  const outputFile = options.outputFile === undefined ? undefined : path.resolve(cwd, options.outputFile);
  const stream = outputFile === undefined ? 'stdout' : standardStreamOf(outputFile);
  if (stream !== undefined) {
    // A closed pipe (`privacy-lint report | head`) is the reader's choice: writeStream drops the rest quietly.
    await writeStream(stream === 'stdout' ? io.stdout : io.stderr, text);
    return 0;
  }
  try {
    writeReportFile(outputFile!, text);
  } catch (error) {
    return fail(`cannot write ${options.outputFile}: ${(error as Error).message}`);
  }
  return 0;
}

