/**
 * §4(1) safety management: logs are copied, shipped and kept far from the access controls that protect
 * customer data, so personal data must not be written to them.
 */
import type { NoOptions, RuleReport } from '@privacy-lint/engine';
import { createRule } from '@privacy-lint/engine';
import { docsUrl, offered, reportedValues, suggestion, valuesReport } from './shared';

type MessageIds = 'personalDataInLog';
type SuggestionIds = 'mask' | 'logId';

/**
 * In a log, an online identifier or a customer's session token alone is a warning unless `personalData.categories`
 * says otherwise.
 */
const LOG_CATEGORY_DEFAULTS = { onlineIdentifier: 'warn', sessionToken: 'warn' } as const;

const id = 'no-personal-data-in-logs';

export const noPersonalDataInLogs = createRule<NoOptions, MessageIds, SuggestionIds>({
  meta: {
    // Reports where personal data goes: skipped on test code (testFiles) unless it is linted.
    flow: true,
    id,
    description: {
      en: 'Disallow writing personal data to logs.',
      ja: 'ログへの個人データの出力を禁止します。',
    },
    clause: '§4(1)',
    defaultSeverity: 'error',
    docsUrl: docsUrl(id),
    // Both change what is logged, so they are suggestions, not automatic fixes.
    suggestions: {
      mask: { kind: 'mask', en: 'Mask `{{subject}}` with `{{mask}}()`', ja: '`{{subject}}` を `{{mask}}()` でマスクする' },
      logId: { kind: 'log-id', en: 'Log only `{{access}}`', ja: '`{{access}}` だけを出力する' },
    },
    messages: {
      personalDataInLog: {
        en: 'Personal data written to a log by `{{sink}}`: {{why}}. Logs must not contain personal data (policy §4(1)); log an id or mask the value.',
        ja: '`{{sink}}` でログに個人データを出力しています: {{whyJa}}。ログに個人データを含めてはいけません（方針 §4(1)）。ID を出力するか、値をマスクしてください。',
      },
    },
  },
  check({ model, config, fixer, report }) {
    // One finding per log call: it names every personal value the call writes.
    for (const site of model.logSites) {
      // An online identifier alone (an IP address, a user agent, an account handle) is 個人関連情報, not personal
      // data by itself: in a log it is a caution, not a violation — unless `personalData.categories` says otherwise.
      const reported = reportedValues(site.values, config, LOG_CATEGORY_DEFAULTS);
      if (!reported) continue;
      const r: RuleReport<MessageIds, SuggestionIds> = valuesReport(reported.values, 'personalDataInLog', { sink: site.callee }, site);
      if (reported.severity === 'warning') r.maxSeverity = 'warning';
      r.suggest = reported.values.flatMap((value) => offered<SuggestionIds>(
        suggestion('mask', fixer.mask(value)),
        suggestion('logId', fixer.recordId(value)),
      ));
      report(r);
    }
  },
});
