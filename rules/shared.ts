/** Small helpers the rules share: the docs link and the personal value → report translation. */
import type {
  Fix, PersonalValue, ResolvedConfig, RuleReport, RelatedLocation, SeveritySetting, SuggestionReport, ts,
} from '@privacy-lint/engine';
import { describePaths, describeValue, rangeOfNode } from '@privacy-lint/engine';

export const DOCS_BASE = 'https://github.com/corezo/privacy-lint/blob/main/rules/docs/';
export const docsUrl = (id: string): string => `${DOCS_BASE}${id}.md`;

/** Where the value's personal field is declared (a property in its type), for related information. */
export function relatedDeclarations(v: PersonalValue): RelatedLocation[] {
  const decl = v.facts[0].declaration;
  if (!decl) return [];
  const sf = decl.getSourceFile();
  const fact = v.facts[0];
  return [{
    file: sf.fileName,
    range: rangeOfNode(decl),
    message: { en: `\`${fact.field}\` is declared here`, ja: `\`${fact.field}\` はここで宣言されています` },
  }];
}

/** My Number first, then sensitive data, then the rest in source order: what a message names first. */
function seriousness(v: PersonalValue): number {
  const c = v.facts[0].category;
  return c === 'myNumber' ? 0 : c === 'sensitive' ? 1 : 2;
}

/**
 * The common parts of a report about the personal values that reach one sink: one finding names them all (what
 * is personal and why, each), underlines them from the first to the last, and gives each one's way to the sink.
 */
export function valuesReport<MessageId extends string>(values: readonly PersonalValue[], messageId: MessageId,
  data: Record<string, string>, site: { call: ts.Node; innerCall?: ts.Node }): RuleReport<MessageId, never> {
  const named = [...values].sort((a, b) => seriousness(a) - seriousness(b));
  const sf = site.call.getSourceFile();
  const here = values.filter((v) => v.node.getSourceFile() === sf);
  const first = here.reduce<PersonalValue | undefined>((m, v) => (!m || v.node.pos < m.node.pos ? v : m), undefined) ?? named[0];
  const last = here.reduce<PersonalValue | undefined>((m, v) => (!m || v.node.end > m.node.end ? v : m), undefined) ?? named[0];
  // `address.address` written three times in one call is said once (each place is still a path).
  const whys = named.map(describeValue).filter((w, i, all) => all.findIndex((o) => o.en === w.en) === i);
  // Where the data leaves: the sink call, also when the values are reported at the call of a helper that wraps it.
  const sink = site.innerCall ?? site.call;
  const related: RelatedLocation[] = [];
  for (const r of named.flatMap(relatedDeclarations)) {
    if (!related.some((o) => o.file === r.file && o.range.start.line === r.range.start.line && o.range.start.column === r.range.start.column)) related.push(r);
  }
  return {
    messageId,
    node: first.node,
    ...(last !== first ? { endNode: last.node } : {}),
    sink,
    data: { ...data, why: whys.map((w) => w.en).join('. '), whyJa: whys.map((w) => w.ja).join('。') },
    related,
    flow: named[0].flow,
    paths: named.flatMap((v) => describePaths(v, sink)),
    category: named[0].facts[0].category,
  };
}

/** The common parts of a report about one personal value. */
export function valueReport<MessageId extends string>(v: PersonalValue, messageId: MessageId, data: Record<string, string>,
  site: { call: ts.Node; innerCall?: ts.Node }): RuleReport<MessageId, never> {
  return valuesReport([v], messageId, data, site);
}

/** How a message says what a field use does, by its form (`PrivacyModel.fieldUses`). */
export const USE_FORMS: Record<string, { en: string; ja: string }> = {
  property: { en: 'reads or writes', ja: '読み書きしています' },
  element: { en: 'reads or writes', ja: '読み書きしています' },
  destructuring: { en: 'takes', ja: '取り出しています' },
  'object-literal': { en: 'puts', ja: '設定しています' },
  parameter: { en: 'receives', ja: '受け取っています' },
  variable: { en: 'holds', ja: '保持しています' },
};

const RANK: Record<SeveritySetting, number> = { off: 0, warn: 1, error: 2 };

/**
 * How a finding about this value may be reported, by its categories (`personalData.categories`, else the rule's
 * own default for the category, else the rule's severity): the most serious category of the value decides.
 * `undefined`: every category is off, so nothing is reported; `warning` caps the finding; `error` leaves the rule's
 * severity. Categories outside the configurable ones (the customer's input as a whole) keep the rule's severity.
 */
export function categorySeverity(v: PersonalValue, config: ResolvedConfig,
  defaults: Partial<Record<string, SeveritySetting>> = {}): 'error' | 'warning' | undefined {
  const configured: Partial<Record<string, SeveritySetting>> = config.personalData.categories;
  let best: SeveritySetting = 'off';
  for (const fact of v.facts.length ? v.facts : [{ category: 'input' }]) {
    const setting: SeveritySetting = configured[fact.category] ?? defaults[fact.category] ?? 'error';
    if (RANK[setting] > RANK[best]) best = setting;
  }
  return best === 'off' ? undefined : best === 'warn' ? 'warning' : 'error';
}

/**
 * The values one finding about a call names, and how it may be reported (`categorySeverity` of each): values whose
 * every category is off are left out; `warning` only when every value left is a caution. Undefined: nothing left.
 */
export function reportedValues(values: readonly PersonalValue[], config: ResolvedConfig,
  defaults: Partial<Record<string, SeveritySetting>> = {}): { values: PersonalValue[]; severity: 'error' | 'warning' } | undefined {
  const kept: PersonalValue[] = [];
  let severity: 'error' | 'warning' = 'warning';
  for (const v of values) {
    const s = categorySeverity(v, config, defaults);
    if (!s) continue;
    kept.push(v);
    if (s === 'error') severity = 'error';
  }
  return kept.length ? { values: kept, severity } : undefined;
}

/** The suggestions that apply (the fixer found something to change), in the order offered. */
export function offered<SuggestionId extends string>(
  ...suggestions: Array<SuggestionReport<SuggestionId> | undefined>): Array<SuggestionReport<SuggestionId>> {
  return suggestions.filter((s): s is SuggestionReport<SuggestionId> => !!s);
}

/** A suggestion titled by `messageId`, when the fixer found something to change. */
export function suggestion<SuggestionId extends string>(messageId: SuggestionId, fix: Fix | undefined): SuggestionReport<SuggestionId> | undefined {
  return fix && { messageId, fix };
}
