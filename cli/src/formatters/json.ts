/**
 * Machine-readable output shaped like ESLint's `json` format, so tools that read ESLint results read ours:
 * one entry per linted file (clean files too) with its messages and counts.
 */
import type { Finding } from '@privacy-lint/engine';
import { mergedFix, type EslintFix } from './edits';
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
  sink?: { filePath: string; line: number; column: number; endLine: number; endColumn: number };
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
  if (f.sink) {
    const r = f.sink.range;
    message.sink = { filePath: f.sink.file, line: r.start.line, column: r.start.column, endLine: r.end.line, endColumn: r.end.column };
  }
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
    };
  });
}

/** The results as one line of JSON (ESLint's `json` format). */
export const json: Formatter = (results, ctx) => JSON.stringify(toJsonResults(results, ctx));
