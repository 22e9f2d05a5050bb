/**
 * Machine-readable output shaped like ESLint's `json` format, so tools that read ESLint results read ours:
 * one entry per linted file (clean files too) with its messages and counts; and like ESLint's `json-with-metadata`,
 * the same results with the run's metadata (what it could not see, with the hint that fixes each).
 */
import { blindSpotDescriptors, type BlindSpot, type BlindSpotKind, type Finding, type RelatedLocation } from '@privacy-lint/engine';
import { mergedFix, type EslintFix } from './edits';
import { blindSpotCounts, blindSpotGroups, type BlindSpotPlace } from './blind-spots';
import type { Formatter, FormatterContext } from './types';

/** A behaviour-changing suggestion the rule offers for a message. */
export interface JsonSuggestion {
  /** The suggestion's title in the chosen locale. */
  desc: string;
  /** Stable kind, e.g. `mask`, `consent-guard`. */
  kind: string;
  /**
   * The edits, as one ESLint fix of the file: replace the text between the offsets `range[0]` and `range[1]` (of the
   * file as linted) with `text`. Absent for a suggestion that only changes privacy-lint.json.
   */
  fix?: EslintFix;
}

/** A finding a `privacy-lint-disable…` comment suppressed, as ESLint lists them in `suppressedMessages`. */
export interface JsonSuppressedMessage extends JsonMessage {
  suppressions: Array<{ kind: 'directive'; justification: string }>;
}

/** One finding, with ESLint's message fields plus the policy clause. */
export interface JsonMessage {
  ruleId: string;
  /** 1 = warning, 2 = error (ESLint's numbers). */
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  messageId: string;
  /** Policy clause the rule enforces; absent for the engine's own diagnostics. */
  clause?: string;
  /** Personal-data category of the flagged value, when the rule knows it. */
  category?: string;
  /** Set on `parse-error`, as ESLint marks fatal parsing errors. */
  fatal?: true;
  /** The rule's behaviour-preserving fix, which `--fix` applies (ESLint's `fix`). */
  fix?: EslintFix;
  suggestions?: JsonSuggestion[];
  /** Where the data leaves the program (the sink call), for log and transfer findings. */
  sink?: JsonLocation;
  /**
   * For flow findings, the way each personal value the message names takes, one list per value: from where the data
   * entered, through variables and helpers' parameters, to the sink (the last step). Each step says what happens.
   */
  paths?: JsonPathStep[][];
}

/** A range in a file (1-based lines and columns, the end exclusive, as ESLint's). */
export interface JsonLocation { filePath: string; line: number; column: number; endLine: number; endColumn: number }

/** One step of a path: where, and what happens there (in the chosen locale). */
export interface JsonPathStep extends JsonLocation { message: string }

/** Something the analysis could not see in a file (see `JsonBlindSpotSummary` for the kinds). */
export interface JsonBlindSpot {
  kind: BlindSpotKind;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** The specifier, the callee, or why the file had no types. */
  detail?: string;
}

/** The findings of one linted file. */
export interface JsonFileResult {
  /** Absolute path, as in ESLint's output. */
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  /** Errors and warnings with a `fix` (what `--fix` would remove). */
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** With `--fix` or `--fix-dry-run`, when something in the file was fixed: its whole text after the fixes. */
  output?: string;
  /** Findings suppressed by a comment, with its reason; not counted. */
  suppressedMessages: JsonSuppressedMessage[];
  /** What the analysis could not see in this file; absent when nothing (a key added after ESLint's fields). */
  blindSpots?: JsonBlindSpot[];
}

function location(file: string, r: Finding['range']): JsonLocation {
  return { filePath: file, line: r.start.line, column: r.start.column, endLine: r.end.line, endColumn: r.end.column };
}

function pathStep(step: RelatedLocation, ctx: FormatterContext): JsonPathStep {
  return { ...location(step.file, step.range), message: step.message[ctx.locale] };
}

function blindSpot(b: BlindSpot): JsonBlindSpot {
  const out: JsonBlindSpot = { kind: b.kind };
  if (b.range) Object.assign(out, { line: b.range.start.line, column: b.range.start.column, endLine: b.range.end.line, endColumn: b.range.end.column });
  if (b.detail !== undefined) out.detail = b.detail;
  return out;
}

function toMessage(f: Finding, ctx: FormatterContext): JsonMessage {
  const message: JsonMessage = {
    ruleId: f.ruleId,
    severity: f.severity === 'error' ? 2 : 1,
    message: f.message[ctx.locale],
    line: f.range.start.line,
    column: f.range.start.column,
    endLine: f.range.end.line,
    endColumn: f.range.end.column,
    messageId: f.messageId,
  };
  if (f.clause !== undefined) message.clause = f.clause;
  if (f.category !== undefined) message.category = f.category;
  if (f.ruleId === 'parse-error') message.fatal = true;
  if (f.sink) message.sink = location(f.sink.file, f.sink.range);
  if (f.paths && f.paths.length > 0) message.paths = f.paths.map((steps) => steps.map((step) => pathStep(step, ctx)));
  if (f.fix && f.fix.configEdit === undefined) {
    const fix = mergedFix(f.fix, f.file, ctx.sourceText?.(f.file));
    if (fix) message.fix = fix;
  }
  if (f.suggestions && f.suggestions.length > 0) {
    const text = ctx.sourceText?.(f.file);
    message.suggestions = f.suggestions.map((s) => {
      const fix = mergedFix(s, f.file, text);
      return { desc: s.title[ctx.locale], kind: s.kind, ...(fix ? { fix } : {}) };
    });
  }
  return message;
}

/** The JSON value (before serialisation); exported for callers that post-process it. */
export function toJsonResults(results: Parameters<Formatter>[0], ctx: FormatterContext): JsonFileResult[] {
  return results.map((result) => {
    const messages = result.findings.map((f) => toMessage(f, ctx));
    const output = ctx.fixedOutput?.(result.file);
    return {
      filePath: result.file,
      messages,
      errorCount: messages.filter((m) => m.severity === 2).length,
      fatalErrorCount: messages.filter((m) => m.fatal).length,
      warningCount: messages.filter((m) => m.severity === 1).length,
      fixableErrorCount: messages.filter((m) => m.severity === 2 && m.fix).length,
      fixableWarningCount: messages.filter((m) => m.severity === 1 && m.fix).length,
      ...(output !== undefined ? { output } : {}),
      suppressedMessages: (result.suppressed ?? []).map((s) => ({
        ...toMessage(s.finding, ctx),
        suppressions: [{ kind: 'directive' as const, justification: s.reason }],
      })),
      ...(result.blindSpots?.length ? { blindSpots: result.blindSpots.map(blindSpot) } : {}),
    };
  });
}

/** One kind of blind spot over the whole run: how many, what removes them, and the first places. */
export interface JsonBlindSpotKindSummary {
  count: number;
  /** What it costs and what fixes it, in the chosen locale. */
  hint: string;
  /** The first places (at most 10), in path order. */
  examples: Array<Partial<JsonLocation> & { filePath: string; detail?: string }>;
}

/**
 * What the run could not see, by kind (every kind present, count 0 when none): `untypedFile` (files analysed without
 * types although types were asked for), `unresolvedImport` (relative or aliased imports of project code that
 * resolve to no file), `unknownReceiver` (sink-named calls on receivers the checker types as `any`), `depthLimit`
 * (flows cut at the analysis's depth limit).
 */
export type JsonBlindSpotSummary = Record<BlindSpotKind, JsonBlindSpotKindSummary>;

export function blindSpotSummary(results: Parameters<Formatter>[0], ctx: FormatterContext): JsonBlindSpotSummary {
  const groups = blindSpotGroups(results);
  const counts = blindSpotCounts(groups);
  const summary = {} as JsonBlindSpotSummary;
  for (const d of blindSpotDescriptors) {
    const examples = (groups.find((g) => g.kind === d.kind)?.examples ?? []).map((p: BlindSpotPlace) => ({
      ...(p.range ? location(p.file, p.range) : { filePath: p.file }), ...(p.detail ? { detail: p.detail } : {}),
    }));
    summary[d.kind] = { count: counts[d.kind], hint: d.hint[ctx.locale], examples };
  }
  return summary;
}

/**
 * ESLint's `json-with-metadata` shape: the same results as `json` under `results`, and under `metadata` the run's
 * own facts — the rules' documentation (`rulesMeta`, as ESLint gives it) and what the run could not see
 * (`blindSpots`).
 */
export interface JsonWithMetadata {
  results: JsonFileResult[];
  metadata: {
    cwd: string;
    rulesMeta: Record<string, { docs: { description: string; url?: string }; policyClause?: string }>;
    blindSpots: JsonBlindSpotSummary;
  };
}

/** The results as one line of JSON (ESLint's `json` format). */
export const json: Formatter = (results, ctx) => JSON.stringify(toJsonResults(results, ctx));

/** The results with the run's metadata, as one line of JSON (ESLint's `json-with-metadata` format). */
export const jsonWithMetadata: Formatter = (results, ctx) => {
  const rulesMeta: JsonWithMetadata['metadata']['rulesMeta'] = {};
  for (const rule of ctx.rules) {
    rulesMeta[rule.id] = { docs: { description: rule.description[ctx.locale], ...(rule.docsUrl ? { url: rule.docsUrl } : {}) },
      ...(rule.clause ? { policyClause: rule.clause } : {}) };
  }
  const value: JsonWithMetadata = {
    results: toJsonResults(results, ctx),
    metadata: { cwd: ctx.cwd, rulesMeta, blindSpots: blindSpotSummary(results, ctx) },
  };
  return JSON.stringify(value);
};
