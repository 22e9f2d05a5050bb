/**
 * §1(5): when a customer asks the company to stop using their information for direct marketing (mail, calls,
 * newsletters), it stops. In code: every marketing send to a person is dominated by an opt-out check
 * (`marketing.optOutGuards`, or an opt-out flag of the record), or goes to recipients filtered by one.
 */
import type { NoOptions, RuleReport } from '@privacy-lint/engine';
import { createRule, isBlockingGuard } from '@privacy-lint/engine';
import { docsUrl, offered, valueReport } from './shared';

type MessageIds = 'noOptOutCheck';
type SuggestionIds = 'optOutGuard' | 'optOutGuardToFill';

const id = 'marketing-requires-opt-out-check';

export const marketingRequiresOptOutCheck = createRule<NoOptions, MessageIds, SuggestionIds>({
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
    suggestions: {
      optOutGuard: { kind: 'opt-out-guard', en: 'Wrap in an opt-out check (`{{guard}}`)', ja: '配信停止の確認（`{{guard}}`）で囲む' },
      optOutGuardToFill: {
        kind: 'opt-out-guard',
        en: 'Wrap in an opt-out check (`{{guard}}`; then fill in {{fill}})',
        ja: '配信停止の確認（`{{guard}}`）で囲む（{{fill}} を記入してください）',
      },
    },
    defaultSeverity: 'error',
    docsUrl: docsUrl(id),
    messages: {
      noOptOutCheck: {
        en: 'Marketing sent to a person by `{{sink}}` without an opt-out check: {{why}}. A customer who asked the company to stop direct marketing gets none (policy §1(5)); check {{guards}} first, or filter the recipients by it.',
        ja: '`{{sink}}` で配信停止の確認なしに個人へマーケティングを送信しています: {{whyJa}}。ダイレクトマーケティングの中止を申し出たお客さまには送りません（方針 §1(5)）。先に {{guards}} で確認するか、送信先をそれで絞り込んでください。',
      },
    },
  },
  check({ model, config, fixer, report }) {
    const guards = config.marketing.optOutGuards;
    const guardText = guards.length ? guards.map((g) => `\`${g}\``).join(', ') : 'marketing.optOutGuards';
    for (const site of model.sitesOfKind('marketing')) {
      if (site.guarded) continue;
      const value = site.values[0];
      const r: RuleReport<MessageIds, SuggestionIds> = valueReport(value, 'noOptOutCheck', { sink: site.callee, guards: guardText }, { call: site.call });
      r.sink = undefined;
      // The send wrapped in the first opt-out guard, called with the person (or the record sent to).
      const guard = guards[0];
      const fix = guard ? fixer.guardWrap(site.call, value, guard, { blocking: isBlockingGuard(guard), whole: true }) : undefined;
      r.suggest = offered(fix && { messageId: fix.data.fill ? 'optOutGuardToFill' : 'optOutGuard', fix });
      report(r);
    }
  },
});
