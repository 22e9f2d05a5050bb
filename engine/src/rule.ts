/**
 * The contract every rule implements. A rule is metadata plus a small query over the privacy model; it reports
 * only by message id, so messages stay in one place and in both languages. Rules are made with `createRule` (as
 * typescript-eslint's `RuleCreator` makes them): the options are typed from the defaults, and every message id a
 * rule reports or suggests by is checked against its metadata at compile time.
 */
import type * as ts from 'typescript';
import type { LocalizedText, Severity, RelatedLocation } from './types';
import type { ResolvedConfig } from './config/types';
import type { FieldUse, LogSite, MyNumberUse, SinkSite, TransferSite } from './model/facts';
import type { PersonalCategory } from './vocabulary';
import type { SinkKind } from './sinks';
import type { Fix, RuleFixer } from './fixer';

/** A rule's options: an object of JSON values, checked against `optionsSchema` when the config is loaded. */
export type RuleOptions = Record<string, unknown>;

/** The options of a rule that takes none. */
export type NoOptions = Record<string, never>;

/** A suggestion's title in both languages, with `{{placeholders}}` filled from its fix's data, and its stable kind. */
export interface SuggestionMessage extends LocalizedText {
  /** Stable kind, e.g. `mask`, `log-id`, `consent-guard`, `register-processor`, `permit-module`. */
  kind: string;
}

export interface RuleMeta<MessageIds extends string = string, SuggestionIds extends string = string,
  Options extends RuleOptions = RuleOptions> {
  /** Public rule id, kebab-case. */
  id: string;
  /** One sentence, starting Disallow/Require/Detect. */
  description: LocalizedText;
  /** Policy clause enforced, e.g. `§4(1)`. */
  clause: string;
  defaultSeverity: Severity;
  /** Messages by id, with `{{placeholders}}`. */
  messages: Record<MessageIds, LocalizedText>;
  /** JSON Schema for the options object (each property with a description). */
  optionsSchema?: { type: 'object'; properties: Record<string, object>; additionalProperties: false };
  /** The options a rule runs with when the config sets none (the config's options are merged over them). */
  defaultOptions?: Options;
  /** Link to the rule's documentation. */
  docsUrl: string;
  /** The behaviour-changing suggestions the rule offers, by message id: each one's kind and title. */
  suggestions?: Record<SuggestionIds, SuggestionMessage>;
  /** Kinds of behaviour-preserving fixes the rule offers. */
  fixes?: string[];
  /**
   * True for rules that report where personal data goes (a log, another party). Test code holds no real customer
   * data, so they skip the files of `testFiles.patterns` unless `testFiles.lint` is true.
   */
  flow?: boolean;
  /**
   * True for a rule that is not a flow rule but whose findings are still about real customers' data, which test code
   * does not hold (a fixture's made-up patient's `diagnosis`): it skips test code as the flow rules do.
   */
  skipsTestCode?: boolean;
}

/** One place on the way personal data takes to a sink, in words (for related information and code flows). */
export interface PathStep {
  node: ts.Node;
  message: LocalizedText;
}

/** A suggestion, by the message id of its title: what it changes comes from the context's `fixer`. */
export interface SuggestionReport<SuggestionIds extends string = string> {
  messageId: SuggestionIds;
  fix: Fix;
  /** Data for the title's placeholders besides the fix's own. */
  data?: Record<string, string>;
}

export interface RuleReport<MessageIds extends string = string, SuggestionIds extends string = string> {
  messageId: MessageIds;
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
  /** Behaviour-changing suggestions the user picks, in the order offered. */
  suggest?: Array<SuggestionReport<SuggestionIds>>;
  related?: RelatedLocation[];
  flow?: string[];
  category?: string;
  /** At most this severity, whatever the rule's setting (`warning` for what is reported as a caution). */
  maxSeverity?: Severity;
}

/**
 * What a rule sees of a file: its sites and uses, with the personal values they carry, destinations and guards,
 * and which module it is. Never the type checker or the analysis behind it: a rule that needs more asks the engine
 * for a generic query.
 */
export interface RuleModel {
  readonly sourceFile: ts.SourceFile;
  /** The file's path relative to the config's folder (POSIX), for module globs and messages. */
  readonly relativePath: string;
  /** Whether the type checker informed this model. */
  readonly typeInfo: boolean;
  /** Log calls that write personal values (one per call, naming every value). */
  readonly logSites: readonly LogSite[];
  /** Calls that send personal values out of the program, with their destinations and whether consent guards them. */
  readonly transferSites: readonly TransferSite[];
  /** Reads and writes of My Number in this file. */
  readonly myNumberUses: readonly MyNumberUse[];
  /** The sites of a generic sink kind (`cookie`, `storage`, `marketing`) that carry personal values. */
  sitesOfKind(kind: SinkKind): readonly SinkSite[];
  /** Reads and writes of the fields of a category (`myNumber`, `sensitive`) in this file. */
  fieldUses(category: PersonalCategory): readonly FieldUse[];
}

export interface RuleContext<Options extends RuleOptions = RuleOptions, MessageIds extends string = string,
  SuggestionIds extends string = string> {
  model: RuleModel;
  config: ResolvedConfig;
  /** The rule's options: its defaults with the config's options over them. */
  options: Options;
  /** Builds what the rule's suggestions change (edits of the file, of privacy-lint.json). */
  fixer: RuleFixer;
  report(report: RuleReport<MessageIds, SuggestionIds>): void;
}

export interface RuleModule<Options extends RuleOptions = RuleOptions, MessageIds extends string = string,
  SuggestionIds extends string = string> {
  meta: RuleMeta<MessageIds, SuggestionIds, Options>;
  check(context: RuleContext<Options, MessageIds, SuggestionIds>): void;
}

/** A rule as `createRule` takes it: a rule with options must give their defaults (every option has one). */
export type RuleDefinition<Options extends RuleOptions, MessageIds extends string, SuggestionIds extends string> =
  RuleModule<Options, MessageIds, SuggestionIds> & ({} extends Options ? unknown : { meta: { defaultOptions: Options } });

/**
 * Makes a rule: `createRule<Options, MessageIds, SuggestionIds>({ meta, check })`. `report({ messageId })` and
 * `suggest: [{ messageId }]` accept only the ids of `meta.messages` and `meta.suggestions`, and `options` has the
 * type of `meta.defaultOptions`, which a rule with options must give.
 */
export function createRule<Options extends RuleOptions = NoOptions, MessageIds extends string = never,
  SuggestionIds extends string = never>(rule: RuleDefinition<Options, MessageIds, SuggestionIds>): RuleDefinition<Options, MessageIds, SuggestionIds> {
  return rule;
}
