/**
 * What the three transfer rules share: which transfer sites they look at, and whether another transfer rule
 * already owns a site (My Number is reported once, by `no-my-number-transfer`).
 */
import type { FixSuggestion, PersonalValue, RuleContext, TransferSite, RelatedLocation } from '@privacy-lint/engine';
import { consentGuardSuggestion, declareFunctionSuggestion, describeDestination, rangeOfNode, registerProcessorSuggestion } from '@privacy-lint/engine';

export const MY_NUMBER_TRANSFER = 'no-my-number-transfer';

export function myNumberValue(site: TransferSite): PersonalValue | undefined {
  return site.values.find((v) => v.facts.some((f) => f.category === 'myNumber'));
}

/** True when `no-my-number-transfer` reports this site, so the other transfer rules stay quiet on it. */
export function ownedByMyNumberRule(site: TransferSite, context: RuleContext): boolean {
  if (site.destination.kind === 'permitted') return true;
  const setting = context.config.rules[MY_NUMBER_TRANSFER]?.severity;
  return setting !== 'off' && !!myNumberValue(site);
}

export function destinationData(site: TransferSite): Record<string, string> {
  const d = describeDestination(site.destination);
  return { destination: d.en, destinationJa: d.ja, sink: site.callee };
}

export function destinationRelated(site: TransferSite): RelatedLocation[] {
  const node = site.destination.node;
  if (!node) return [];
  return [{ file: node.getSourceFile().fileName, range: rangeOfNode(node),
    message: { en: 'the destination is defined here', ja: '送信先はここで定義されています' } }];
}

/**
 * What the user can do about an unguarded transfer: check consent first; for an external host, register it; for an
 * unknown destination reached through a wrapper of the project, declare the wrapper with its destination.
 */
export function transferSuggestions(site: TransferSite, value: PersonalValue, context: RuleContext, register: boolean): FixSuggestion[] | undefined {
  const suggestions = [
    consentGuardSuggestion(site, value, context.config, context.model.analysis),
    register ? registerProcessorSuggestion(site, context.config) : undefined,
    declareFunctionSuggestion(site, context.config, context.model.analysis),
  ].filter((s): s is FixSuggestion => !!s);
  return suggestions.length ? suggestions : undefined;
}
