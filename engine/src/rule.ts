/**
 * The contract every rule implements. A rule is metadata plus a small query over the privacy model;
 * it reports only by message id, so messages stay in one place and in both languages.
 */
import type * as ts from 'typescript';
import type { LocalizedText, Severity, FixSuggestion, RelatedLocation } from './types';
import type { ResolvedConfig } from './config/types';
import type { PrivacyModel } from './model/model';

export interface RuleMeta {
  /** Public rule id, kebab-case. */
  id: string;
  /** One sentence, starting Disallow/Require/Detect. */
  description: LocalizedText;
  /** Policy clause enforced, e.g. `§4(1)`. */
  clause: string;
  defaultSeverity: Severity;
  /** Messages by id, with `{{placeholders}}`. */
  messages: Record<string, LocalizedText>;
  /** JSON Schema for the options object (each property with a description). */
  optionsSchema?: { type: 'object'; properties: Record<string, object>; additionalProperties: false };
  defaultOptions?: Record<string, unknown>;
  /** Link to the rule's documentation. */
  docsUrl: string;
  /** Kinds of behaviour-changing suggestions the rule offers. */
  suggestions?: string[];
  /** Kinds of behaviour-preserving fixes the rule offers. */
  fixes?: string[];
  /**
   * True for rules that report where personal data goes (a log, another party). Test code holds no real customer
   * data, so they skip the files of `testFiles.patterns` unless `testFiles.lint` is true.
   */
  flow?: boolean;
}

/** One place on the way personal data takes to a sink, in words (for related information and code flows). */
export interface PathStep {
  node: ts.Node;
  message: LocalizedText;
}

export interface RuleReport {
  messageId: string;
  data?: Record<string, string>;
  /** The node to underline (the personal value, not the whole statement). */
  node: ts.Node;
  /**
   * When the finding names several values of one call: the last of them, so the underline runs from `node` to it.
   * In the same file as `node`.
   */
  endNode?: ts.Node;
  /** The way each value the finding names takes, from where the data entered to the sink. */
  paths?: PathStep[][];
  /** The call where the data leaves the program (the sink), when it is not the call that holds `node`. */
  sink?: ts.Node;
  suggestions?: FixSuggestion[];
  related?: RelatedLocation[];
  flow?: string[];
  category?: string;
  /** At most this severity, whatever the rule's setting (`warning` for what is reported as a caution). */
  maxSeverity?: Severity;
}

export interface RuleContext {
  model: PrivacyModel;
  config: ResolvedConfig;
  options: Record<string, unknown>;
  report(report: RuleReport): void;
}

export interface RuleModule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
