/**
 * What the three transfer rules share: which transfer sites they look at, whether another transfer rule already
 * owns a site (My Number is reported once, by `no-my-number-transfer`), and the suggestions they offer.
 */
import type {
  PersonalValue, ResolvedConfig, RuleFixer, SuggestionMessage, SuggestionReport, TransferSite, RelatedLocation,
} from '@privacy-lint/engine';
import { describeDestination, rangeOfNode } from '@privacy-lint/engine';
import { suggestion } from './shared';

export const MY_NUMBER_TRANSFER = 'no-my-number-transfer';

/**
 * A customer's session or access token travels to the service it signs in to (an API call's token, a refresh at
 * the issuer): alone, not a transfer of personal data unless `personalData.categories.sessionToken` says so.
 */
export const TRANSFER_CATEGORY_DEFAULTS = { sessionToken: 'off' } as const;

export function myNumberValue(site: TransferSite): PersonalValue | undefined {
  return site.values.find((v) => v.facts.some((f) => f.category === 'myNumber'));
}

/** True when `no-my-number-transfer` reports this site, so the other transfer rules stay quiet on it. */
export function ownedByMyNumberRule(site: TransferSite, context: { config: ResolvedConfig }): boolean {
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

/** "Wrap in a consent check", by the first of `transfers.consentGuards`; `…ToFill` when arguments are left to fill in. */
export const CONSENT_GUARD_SUGGESTIONS = {
  consentGuard: { kind: 'consent-guard', en: 'Wrap in a consent check (`{{guard}}`)', ja: '同意確認（`{{guard}}`）で囲む' },
  consentGuardToFill: {
    kind: 'consent-guard',
    en: 'Wrap in a consent check (`{{guard}}`; then fill in {{fill}})',
    ja: '同意確認（`{{guard}}`）で囲む（{{fill}} を記入してください）',
  },
} satisfies Record<string, SuggestionMessage>;

/** Registering an external host as a processor is a legal decision, and the title says so. */
export const REGISTER_PROCESSOR_SUGGESTION = {
  registerProcessor: {
    kind: 'register-processor',
    en: 'Register `{{host}}` as a processor (entrustment) in privacy-lint.json — a legal decision for the lead, not a code fix; then set its country',
    ja: '`{{host}}` を委託先として privacy-lint.json に登録する（コードの修正ではなく責任者が判断する法的な決定です。登録後に国を設定してください）',
  },
} satisfies Record<string, SuggestionMessage>;

/** Declaring the project's wrapper of a send to an unknown destination, whose destination the lead then sets. */
export const DECLARE_FUNCTION_SUGGESTION = {
  declareFunction: {
    kind: 'declare-function',
    en: 'Declare `{{name}}` ({{where}}) as a transfer in privacy-lint.json; then set where it sends',
    ja: '`{{name}}`（{{where}}）を送信関数として privacy-lint.json に宣言する（宣言後に送信先を設定してください）',
  },
} satisfies Record<string, SuggestionMessage>;

type ConsentGuardSuggestionId = keyof typeof CONSENT_GUARD_SUGGESTIONS;

/** Check consent first: the send wrapped in the first consent guard of the config, called with the person. */
export function consentGuardSuggestion(site: TransferSite, value: PersonalValue,
  context: { config: ResolvedConfig; fixer: RuleFixer }): SuggestionReport<ConsentGuardSuggestionId> | undefined {
  const guard = context.config.transfers.consentGuards[0];
  const fix = guard ? context.fixer.guardWrap(site.call, value, guard) : undefined;
  return fix && { messageId: fix.data.fill ? 'consentGuardToFill' : 'consentGuard', fix };
}

/** For an external host: register it as a processor. */
export function registerProcessorSuggestion(site: TransferSite,
  context: { fixer: RuleFixer }): SuggestionReport<keyof typeof REGISTER_PROCESSOR_SUGGESTION> | undefined {
  return suggestion('registerProcessor', context.fixer.registerProcessor(site));
}

/** For an unknown destination reached through a wrapper of the project: declare the wrapper with its destination. */
export function declareFunctionSuggestion(site: TransferSite,
  context: { fixer: RuleFixer }): SuggestionReport<keyof typeof DECLARE_FUNCTION_SUGGESTION> | undefined {
  return suggestion('declareFunction', context.fixer.declareFunction(site));
}
