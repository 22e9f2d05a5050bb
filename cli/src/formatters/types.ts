/**
 * The contract between the CLI and its output formats. A formatter is a pure function of the lint results and
 * this context: it reads no files and no environment, so the same results always give the same text.
 */
import type { FileResult, Locale, LocalizedText, Severity } from '@privacy-lint/engine';

/** What a formatter may know about a rule (a subset of `RuleMeta`, so engine diagnostics fit too). */
export interface RuleDescriptor {
  id: string;
  /** One sentence, starting Disallow/Require/Detect. */
  description: LocalizedText;
  /** Policy clause the rule enforces, e.g. `§4(1)`; absent for the engine's own diagnostics. */
  clause?: string;
  defaultSeverity: Severity;
  docsUrl?: string;
}

export interface FormatterContext {
  /** Absolute working directory: paths in the output are relative to it. */
  cwd: string;
  locale: Locale;
  /** Every rule the run knows, in catalog order (plugin rules first, then the engine's diagnostics). */
  rules: readonly RuleDescriptor[];
  /** Version of the `privacy-lint` package. */
  toolVersion: string;
  /** Where people read about the tool (SARIF `informationUri`). */
  informationUri: string;
  /** Whether ANSI colours may be used (only the stylish format uses them). */
  color: boolean;
  /**
   * Columns the stylish report may use (a terminal's width, at most 100): rows that do not fit have their message
   * wrapped. Undefined when the report goes to a file or a pipe (one line per finding, as ESLint's, for tools that
   * parse it).
   */
  width?: number;
  /**
   * The text of a linted file, for formats that fingerprint the flagged code (SARIF). Returns undefined when the
   * text is not available; the formatter then falls back to a weaker fingerprint.
   */
  sourceText?(file: string): string | undefined;
  /**
   * With `--fix` and `--fix-dry-run`: the text of a file after its fixes, or undefined when nothing in it was fixed
   * (the JSON report's `output`, as ESLint's).
   */
  fixedOutput?(file: string): string | undefined;
}

/** A formatter turns the results of a run into the text written to stdout or `--output-file`. */
export type Formatter = (results: readonly FileResult[], ctx: FormatterContext) => string;
