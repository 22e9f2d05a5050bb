/**
 * §2(1): handling may be entrusted to processors, but a processor located abroad receives customer data only
 * with the customer's prior consent.
 */
import type { NoOptions, RuleReport } from '@privacy-lint/engine';
import { createRule } from '@privacy-lint/engine';
import { docsUrl, offered, reportedValues, valuesReport } from './shared';
import { CONSENT_GUARD_SUGGESTIONS, TRANSFER_CATEGORY_DEFAULTS, consentGuardSuggestion, destinationData, destinationRelated, ownedByMyNumberRule } from './transfers';

type MessageIds = 'foreignProcessor';
type SuggestionIds = keyof typeof CONSENT_GUARD_SUGGESTIONS;

const id = 'no-foreign-transfer-without-consent';

export const noForeignTransferWithoutConsent = createRule<NoOptions, MessageIds, SuggestionIds>({
  meta: {
    // Reports where personal data goes: skipped on test code (testFiles) unless it is linted.
    flow: true,
    id,
    description: {
      en: 'Disallow sending personal data to a processor outside Japan without a dominating consent check.',
      ja: '同意確認なしに国外の委託先へ個人データを送信することを禁止します。',
    },
    clause: '§2(1)',
    suggestions: CONSENT_GUARD_SUGGESTIONS,
    defaultSeverity: 'error',
    docsUrl: docsUrl(id),
    messages: {
      foreignProcessor: {
        en: 'Personal data sent to {{destination}} by `{{sink}}` without a consent check: {{why}}. A processor abroad receives customer data only with the customer\'s prior consent (policy §2(1)).',
        ja: '`{{sink}}` で同意確認なしに個人データを{{destinationJa}}へ送信しています: {{whyJa}}。外国にある委託先への提供には事前にお客さまの同意が必要です（方針 §2(1)）。',
      },
    },
  },
  check(context) {
    const { model, report, config } = context;
    for (const site of model.transferSites) {
      if (site.guarded || ownedByMyNumberRule(site, context)) continue;
      const d = site.destination;
      if (d.kind !== 'processor' || d.country === 'JP') continue;
      // One finding per sending call: it names every personal value the call sends.
      const reported = reportedValues(site.values, config, TRANSFER_CATEGORY_DEFAULTS);
      if (!reported) continue;
      const r: RuleReport<MessageIds, SuggestionIds> = valuesReport(reported.values, 'foreignProcessor', destinationData(site), site);
      if (reported.severity === 'warning') r.maxSeverity = 'warning';
      r.related = [...(r.related ?? []), ...destinationRelated(site)];
      r.suggest = offered(consentGuardSuggestion(site, reported.values[0], context));
      report(r);
    }
  },
});
