/**
 * Baselines: the findings a team accepts as legacy when it adopts the linter, so CI fails only on new ones.
 *
 * `privacy-lint --write-baseline FILE` records every current finding; `privacy-lint --baseline FILE` then reports
 * and counts only findings that are not in it, and says how many recorded findings are gone (fixed), so the file
 * can shrink with the next `--write-baseline`. A finding is identified by its SARIF fingerprint
 * (`partialFingerprints["privacyLint/v1"]`): rule, file and normalised flagged code, without line numbers, so it
 * survives lines moving. Fingerprints and paths are computed relative to the baseline file's folder, so the file
 * works from any working directory.
 *
 * The file (JSON, sorted so diffs stay small):
 *
 * ```json
 * {
 *   "version": 1,
 *   "fingerprint": "privacyLint/v1",
 *   "findings": [
 *     { "fingerprint": "3f0c…", "ruleId": "no-personal-data-in-logs", "file": "src/a.ts", "line": 3,
 *       "reason": "audit log, being replaced in PRIV-12", "owner": "@payments-team" }
 *   ]
 * }
 * ```
 *
 * `reason` and `owner` are for people (a lead fills them in); a rewrite keeps them for findings still there.
 * `line` is where the finding was when recorded, for reading only. Parse and internal errors are never recorded:
 * a file that is not checked cannot be accepted as legacy.
 */
import * as path from 'node:path';
import { readRegularFile, type FileResult, type Finding } from '@privacy-lint/engine';
import { fingerprintKey, fingerprints } from './formatters/sarif';
import type { FormatterContext } from './formatters/types';

export const baselineVersion = 1;

/** One recorded finding. */
export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  /** Path relative to the baseline file's folder, with `/`. */
  file: string;
  line: number;
  reason?: string;
  owner?: string;
  /** Any other key a team adds is kept on rewrite too. */
  [key: string]: unknown;
}

export interface BaselineFile {
  version: number;
  fingerprint: string;
  findings: BaselineEntry[];
}

/** A baseline file that cannot be used: the run stops with exit code 2. */
export class BaselineError extends Error {
  override name = 'BaselineError';
  /** @param ja The message in Japanese (for `--locale ja`). */
  constructor(message: string, readonly ja: string) {
    super(message);
  }
}

/** Baselines larger than this are not read (16,000 findings take about 5 MB). */
const MAX_BASELINE_BYTES = 256 * 1024 * 1024;

/** Findings no baseline may hold: the file was not checked. */
const neverBaselined = new Set(['parse-error', 'internal-error']);

/** Reads and checks a baseline file. */
export function readBaseline(file: string): BaselineFile {
  // The engine's safe read: a FIFO nobody writes to would hang the run, /dev/zero would fill the memory.
  const read = readRegularFile(file, MAX_BASELINE_BYTES);
  if (read.bytes === undefined) {
    if (read.problem === 'error' && read.code === 'ENOENT') {
      throw new BaselineError(`baseline ${file} does not exist (create it with --write-baseline ${file})`,
        `ベースライン ${file} がありません（--write-baseline ${file} で作成してください）`);
    }
    const why = read.problem === 'error' ? { en: read.code, ja: read.code }
      : read.problem === 'too-large'
        ? { en: `it is larger than ${MAX_BASELINE_BYTES / 1024 / 1024} MiB`, ja: `${MAX_BASELINE_BYTES / 1024 / 1024} MiB を超えています` }
        : { en: 'it is not a regular file (a FIFO, device, socket or folder)', ja: '通常のファイルではありません（FIFO、デバイス、ソケット、フォルダーなど）' };
    throw new BaselineError(`cannot read baseline ${file}: ${why.en}`, `ベースライン ${file} を読めません: ${why.ja}`);
  }
  const text = read.bytes.toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new BaselineError(`baseline ${file} is not valid JSON: ${(error as Error).message}`,
      `ベースライン ${file} が正しい JSON ではありません: ${(error as Error).message}`);
  }
  const data = value as Partial<BaselineFile>;
  if (typeof value !== 'object' || value === null || !Array.isArray(data.findings)) {
    throw new BaselineError(`baseline ${file} must be an object with a "findings" array (written by --write-baseline)`,
      `ベースライン ${file} は "findings" 配列を持つオブジェクトでなければなりません（--write-baseline で作成します）`);
  }
  if (data.version !== baselineVersion) {
    throw new BaselineError(`baseline ${file} has version ${JSON.stringify(data.version)}; this privacy-lint reads version ${baselineVersion}`,
      `ベースライン ${file} のバージョン ${JSON.stringify(data.version)} は読めません（対応: ${baselineVersion}）`);
  }
  if (data.fingerprint !== fingerprintKey) {
    throw new BaselineError(
      `baseline ${file} was written with fingerprints ${JSON.stringify(data.fingerprint)}; this privacy-lint computes ${fingerprintKey}: rewrite it with --write-baseline`,
      `ベースライン ${file} のフィンガープリント ${JSON.stringify(data.fingerprint)} は現在の ${fingerprintKey} と異なります。--write-baseline で作り直してください`,
    );
  }
  data.findings.forEach((entry, i) => {
    const e = entry as Partial<BaselineEntry> | null;
    if (typeof e !== 'object' || e === null || typeof e.fingerprint !== 'string' || typeof e.file !== 'string' || typeof e.ruleId !== 'string') {
      throw new BaselineError(`baseline ${file}: findings[${i}] needs "fingerprint", "ruleId" and "file" strings`,
        `ベースライン ${file}: findings[${i}] には文字列の "fingerprint"・"ruleId"・"file" が必要です`);
    }
  });
  return data as BaselineFile;
}

function posixRelative(file: string, folder: string): string {
  return path.relative(folder, file).split(path.sep).join('/');
}

/** The baseline entries of the current findings (fingerprints relative to the baseline file's folder). */
export function entriesOf(results: readonly FileResult[], baselineFile: string, ctx: FormatterContext): Array<{ entry: BaselineEntry; finding: Finding }> {
  const folder = path.dirname(baselineFile);
  const context = { ...ctx, cwd: folder };
  const out: Array<{ entry: BaselineEntry; finding: Finding }> = [];
  for (const result of results) {
    if (result.findings.length === 0) continue; // fingerprints read the file's text: not for clean files
    const prints = fingerprints(result, context);
    result.findings.forEach((finding, i) => {
      if (neverBaselined.has(finding.ruleId)) return;
      out.push({
        finding,
        entry: { fingerprint: prints[i]!, ruleId: finding.ruleId, file: posixRelative(finding.file, folder), line: finding.range.start.line },
      });
    });
  }
  return out;
}

/** What a baseline does to a run: the findings left to report, and the recorded findings that are gone. */
export interface BaselineOutcome {
  results: FileResult[];
  /** Findings hidden because they are recorded. */
  known: number;
  /** Recorded findings of the linted files that were not found (fixed, or their code changed). */
  fixed: BaselineEntry[];
}

/**
 * Drops the recorded findings from `results`. Only entries of files in `results` can be fixed: a run over part of
 * the project says nothing about the rest.
 */
export function applyBaseline(results: readonly FileResult[], baseline: BaselineFile, baselineFile: string, ctx: FormatterContext): BaselineOutcome {
  const recorded = new Map(baseline.findings.map((e) => [e.fingerprint, e]));
  const matched = new Set<string>();
  const current = entriesOf(results, baselineFile, ctx);
  const hidden = new Set<Finding>();
  for (const { entry, finding } of current) {
    if (recorded.has(entry.fingerprint)) {
      hidden.add(finding);
      matched.add(entry.fingerprint);
    }
  }
  const folder = path.dirname(baselineFile);
  const linted = new Set(results.map((r) => posixRelative(r.file, folder)));
  const fixed = baseline.findings.filter((e) => !matched.has(e.fingerprint) && linted.has(e.file));
  return {
    results: results.map((r) => ({ ...r, findings: r.findings.filter((f) => !hidden.has(f)) })),
    known: hidden.size,
    fixed,
  };
}

/**
 * The baseline to write: every current finding, keeping what people wrote on entries still found (`reason`,
 * `owner`, any other key), and the entries of files this run did not lint.
 */
export function nextBaseline(results: readonly FileResult[], previous: BaselineFile | undefined, baselineFile: string, ctx: FormatterContext): BaselineFile {
  const old = new Map((previous?.findings ?? []).map((e) => [e.fingerprint, e]));
  const folder = path.dirname(baselineFile);
  const linted = new Set(results.map((r) => posixRelative(r.file, folder)));
  const findings: BaselineEntry[] = entriesOf(results, baselineFile, ctx).map(({ entry }) => {
    const before = old.get(entry.fingerprint);
    return before ? { ...before, ...entry } : entry;
  });
  for (const entry of previous?.findings ?? []) if (!linted.has(entry.file)) findings.push(entry);
  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)));
  return { version: baselineVersion, fingerprint: fingerprintKey, findings };
}

/** The text of a baseline file: one entry per line, so a lead's edits and reviews diff cleanly. */
export function baselineText(baseline: BaselineFile): string {
  const rows = baseline.findings.map((e) => `    ${JSON.stringify(e)}`);
  return (
    `{\n  "version": ${baseline.version},\n  "fingerprint": ${JSON.stringify(baseline.fingerprint)},\n` +
    `  "findings": [${rows.length > 0 ? `\n${rows.join(',\n')}\n  ` : ''}]\n}\n`
  );
}
