/** Small helpers the rules share: the docs link and the personal value → report translation. */
import type * as ts from 'typescript';
import type { PersonalValue, ResolvedConfig, RuleReport, RelatedLocation, SeveritySetting } from '@privacy-lint/engine';
import { describeValue, rangeOfNode } from '@privacy-lint/engine';

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

/** The common parts of a report about a personal value. */
export function valueReport(v: PersonalValue, messageId: string, data: Record<string, string>,
  site: { call: ts.Node; innerCall?: ts.Node }): RuleReport {
  const why = describeValue(v);
  return {
    messageId,
    node: v.node,
    // Where the data leaves: the sink call, also when the value is reported at the call of a helper that wraps it.
    sink: site.innerCall ?? site.call,
    data: { ...data, why: why.en, whyJa: why.ja },
    related: relatedDeclarations(v),
    flow: v.flow,
    category: v.facts[0].category,
  };
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
