/**
 * §4(1) safety management: logs are copied, shipped and kept far from the access controls that protect
 * customer data, so personal data must not be written to them.
 */
import type { FixSuggestion, RuleModule } from '@privacy-lint/engine';
import { logIdSuggestion, maskSuggestion } from '@privacy-lint/engine';
import { docsUrl, reportedValues, valuesReport } from './shared';

/** In a log, an online identifier alone is a warning unless `personalData.categories` says otherwise. */
const LOG_CATEGORY_DEFAULTS = { onlineIdentifier: 'warn' } as const;

const id = 'no-personal-data-in-logs';

export const noPersonalDataInLogs: RuleModule = {
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
    suggestions: ['mask', 'log-id'],
    messages: {
      personalDataInLog: {
        en: 'Personal data written to a log by `{{sink}}`: {{why}}. Logs must not contain personal data (policy §4(1)); log an id or mask the value.',
        ja: '`{{sink}}` でログに個人データを出力しています: {{whyJa}}。ログに個人データを含めてはいけません（方針 §4(1)）。ID を出力するか、値をマスクしてください。',
      },
    },
  },
  check({ model, config, report }) {
    // One finding per log call: it names every personal value the call writes.
    for (const site of model.logSites) {
      // An online identifier alone (an IP address, a user agent, an account handle) is 個人関連情報, not personal
      // data by itself: in a log it is a caution, not a violation — unless `personalData.categories` says otherwise.
      const reported = reportedValues(site.values, config, LOG_CATEGORY_DEFAULTS);
      if (!reported) continue;
      const r = valuesReport(reported.values, 'personalDataInLog', { sink: site.callee }, site);
      if (reported.severity === 'warning') r.maxSeverity = 'warning';
      const suggestions = reported.values.flatMap((value) => [maskSuggestion(value, config), logIdSuggestion(value, model.analysis.checker)])
        .filter((s): s is FixSuggestion => s !== undefined);
      if (suggestions.length) r.suggestions = suggestions;
      report(r);
    }
  },
};
