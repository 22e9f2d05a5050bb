/**
 * Shared contracts of the engine: what rules report, what adapters (CLI, language server) consume.
 * Everything here is public API for the other layers.
 */
import type * as ts from 'typescript';
import type { SuppressedFinding } from './suppressions';
import type { FileFacts } from './file-facts';

export type Locale = 'ja' | 'en';
export type Severity = 'error' | 'warning';
export type SeveritySetting = 'error' | 'warn' | 'off';

/** A text in both languages the product speaks. */
export interface LocalizedText { en: string; ja: string; }

/** 1-based line and column (column counts UTF-16 code units, like editors). */
export interface Position { line: number; column: number; }
export interface Range { start: Position; end: Position; }

/** A text edit on a file: replace [start, end) offsets with `text`. */
export interface TextEdit { file: string; start: number; end: number; text: string; }

export interface FixSuggestion {
  /** Stable kind, e.g. `mask`, `log-id`, `consent-guard`, `register-processor`, `permit-module`. */
  kind: string;
  title: LocalizedText;
  /** Edits of source files (may be empty when the suggestion only changes the configuration). */
  edits: TextEdit[];
  /** A change to privacy-lint.json; adapters turn it into text edits of the file's current text. */
  configEdit?: ConfigEdit;
  /**
   * Text in `edits` the user must still fill in (`<purpose>` of `hasConsent(c, <purpose>)`): an editor selects its
   * first occurrence after applying the edits, as it would a snippet's placeholder.
   */
  placeholder?: string;
}

/** "Append `value` to the array at `path` of the config file" (created when it does not exist yet). */
export interface ConfigEdit {
  /** Absolute path of the config file. */
  file: string;
  /** Keys of the array, e.g. `['transfers', 'processors']`. */
  path: string[];
  value: unknown;
  /** Text in the inserted value the user must still decide (selected after the edit), e.g. an unknown country. */
  placeholder?: string;
}

/** Something that helps explain a finding: the declaration that makes a value personal, or the destination. */
export interface RelatedLocation {
  file: string;
  range: Range;
  message: LocalizedText;
}

/** One problem found in one file. Messages never contain the personal values found in code. */
export interface Finding {
  ruleId: string;
  messageId: string;
  /** The message in both locales; adapters pick one. */
  message: LocalizedText;
  severity: Severity;
  /** Absolute path of the file. */
  file: string;
  range: Range;
  /** Offsets of the range, for fixes and fingerprints. */
  startOffset: number;
  endOffset: number;
  /** Policy clause the rule enforces, e.g. `§4(1)`. */
  clause?: string;
  /** Behaviour-preserving fix (safe to apply automatically). */
  fix?: FixSuggestion;
  /** Behaviour-changing suggestions the user picks. */
  suggestions?: FixSuggestion[];
  related?: RelatedLocation[];
  /** Path of the value to the sink, in words, for hovers ("`c.email` → `console.log`"). */
  flow?: string[];
  /**
   * For flow findings, the way each personal value the finding names takes: from where the data entered (a field
   * read, a parameter), through variables and helpers' parameters, to the sink. Each step a location with what
   * happens there; one list per value. For related information, SARIF `codeFlows` and hovers.
   */
  paths?: RelatedLocation[][];
  /** Personal-data category, for hovers and reports. */
  category?: string;
  /**
   * 1-based line where the statement holding the finding starts, when that is above the finding's own line
   * (a multi-line call): a `disable-next-line` comment above the statement also suppresses the finding.
   */
  statementLine?: number;
  /**
   * Where the data leaves the program (the sink call), for flow findings: also set when the value is reported at
   * the call of a helper whose body holds the sink, possibly in another file.
   */
  sink?: { file: string; range: Range };
}

/**
 * Something the analysis could not see, so that a clean report can be told from a blind one:
 * - `unresolvedImport`: a relative or aliased import of the project's code that resolves to no file (`detail`: the
 *   specifier);
 * - `unknownReceiver`: in a run with types, a call with a sink's method name (`send`, `info`, `capture` …) on a
 *   receiver neither recognised nor typed (`any`), so whether it sends data cannot be told (`detail`: the callee);
 * - `untypedFile`: a file analysed without type information although types were asked for (`detail`: why —
 *   `no-tsconfig`, `tsconfig-unusable`, `checker-failed`, `too-deep`; `withoutUntypedByDesign` drops `no-tsconfig`
 *   from a run in which no file had types);
 * - `depthLimit`: a sink call, or a call of a helper chain, whose flow was followed to the analysis's depth limit and
 *   cut there (`detail`: `flow` — a value followed through too many names and members; `helper` — a chain of helpers
 *   deeper than the limit, handed personal data).
 */
export type BlindSpotKind = 'unresolvedImport' | 'unknownReceiver' | 'untypedFile' | 'depthLimit';

/** One blind spot of a file: where (absent for the whole file) and what. Never a value from the code. */
export interface BlindSpot {
  kind: BlindSpotKind;
  range?: Range;
  detail?: string;
}

/** Per-file result of a lint run. */
export interface FileResult {
  file: string;
  findings: Finding[];
  /** True when the file could not be read or parsed (a `parse-error` finding is in `findings`). */
  parseError?: boolean;
  /** Whether type information was used for this file. */
  typeInfo: boolean;
  /**
   * Findings a `privacy-lint-disable…` comment suppressed, with the comment's reason (kept for SARIF
   * `suppressions` and audits; not counted, not shown by the stylish report). Absent when there are none.
   */
  suppressed?: SuppressedFinding[];
  /** What the analysis could not see in this file (absent when nothing). */
  blindSpots?: BlindSpot[];
  /** What the file's privacy model says (only when `LintOptions.facts` asks; absent for a file not analysed). */
  facts?: FileFacts;
}

export type { ts };
