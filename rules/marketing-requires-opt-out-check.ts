/**
 * §1(5): when a customer asks the company to stop using their information for direct marketing (mail, calls,
 * newsletters), it stops. In code: every marketing send to a person is dominated by an opt-out check
 * (`marketing.optOutGuards`, or an opt-out flag of the record), or goes to recipients filtered by one.
 */
import type { FixSuggestion, RuleModule } from '@privacy-lint/engine';
import { isBlockingGuard, optOutGuardSuggestion } from '@privacy-lint/engine';
import { docsUrl, valueReport } from './shared';

const id = 'marketing-requires-opt-out-check';

export const marketingRequiresOptOutCheck: RuleModule = {
  meta: {
    id,
    description: {
      en: 'Require an opt-out check before sending direct marketing to a person.',
      ja: 'ダイレクトマーケティングの送信前に配信停止（オプトアウト）の確認を必須とします。',
    },
    clause: '§1(5)',
    // Where personal data goes (a marketing send): test code's made-up customers are skipped (`testFiles`).
    flow: true,
    // It changes who gets the message, so the user picks it.
    suggestions: ['opt-out-guard'],
    defaultSeverity: 'error',
    docsUrl: docsUrl(id),
    messages: {
      noOptOutCheck: {
        en: 'Marketing sent to a person by `{{sink}}` without an opt-out check: {{why}}. A customer who asked the company to stop direct marketing gets none (policy §1(5)); check {{guards}} first, or filter the recipients by it.',
        ja: '`{{sink}}` で配信停止の確認なしに個人へマーケティングを送信しています: {{whyJa}}。ダイレクトマーケティングの中止を申し出たお客さまには送りません（方針 §1(5)）。先に {{guards}} で確認するか、送信先をそれで絞り込んでください。',
      },
    },
  },
  check(context) {
    const { model, config, report } = context;
    const guards = config.marketing.optOutGuards;
    const guardText = guards.length ? guards.map((g) => `\`${g}\``).join(', ') : 'marketing.optOutGuards';
    for (const site of model.sitesOfKind('marketing')) {
      if (site.guarded) continue;
      const value = site.values[0];
      const r = valueReport(value, 'noOptOutCheck', { sink: site.callee, guards: guardText }, { call: site.call });
      r.sink = undefined;
      const guard = guards[0];
      const fix = guard ? optOutGuardSuggestion(site.call, value, guard, isBlockingGuard(guard), model.analysis) : undefined;
      const suggestions = [fix].filter((s): s is FixSuggestion => !!s);
      if (suggestions.length) r.suggestions = suggestions;
      report(r);
    }
  },
};
