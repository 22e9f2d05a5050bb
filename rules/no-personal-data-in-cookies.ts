/**
 * §5: the cookies the company's sites use contain no personal information of the customer (name, date of birth,
 * address, phone number, e-mail address, account number …). Web storage (localStorage, sessionStorage, IndexedDB)
 * keeps data in the customer's browser the same way, so it is reported too, at its own severity (`storage`).
 */
import type { RuleReport, Severity } from '@privacy-lint/engine';
import { createRule } from '@privacy-lint/engine';
import { docsUrl, offered, reportedValues, suggestion, valuesReport } from './shared';

type Options = { storage: 'error' | 'warn' | 'off' };
type MessageIds = 'personalDataInCookie' | 'personalDataInStorage';
type SuggestionIds = 'storeId';

const id = 'no-personal-data-in-cookies';

export const noPersonalDataInCookies = createRule<Options, MessageIds, SuggestionIds>({
  meta: {
    id,
    description: {
      en: 'Disallow storing personal data in cookies or in the browser\'s storage.',
      ja: 'クッキーやブラウザのストレージへの個人データの保存を禁止します。',
    },
    clause: '§5',
    // Where personal data goes (a cookie, the browser): test code's made-up customers are skipped (`testFiles`).
    flow: true,
    defaultSeverity: 'error',
    docsUrl: docsUrl(id),
    // It changes what the browser keeps (and what the code reading it gets back), so the user picks it.
    suggestions: {
      storeId: { kind: 'store-id', en: 'Store only `{{access}}`', ja: '`{{access}}` だけを保存する' },
    },
    optionsSchema: {
      type: 'object',
      properties: {
        storage: {
          enum: ['error', 'warn', 'off'],
          default: 'warn',
          description: 'Severity of personal data written to web storage (localStorage, sessionStorage, IndexedDB, localforage); "off" to skip it (default "warn").',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { storage: 'warn' },
    messages: {
      personalDataInCookie: {
        en: 'Personal data stored in a cookie by `{{sink}}`: {{why}}. The company\'s cookies contain no personal information (policy §5); store an id and look the data up on the server.',
        ja: '`{{sink}}` でクッキーに個人データを保存しています: {{whyJa}}。当社のクッキーには個人情報を含めません（方針 §5）。ID を保存し、データはサーバー側で参照してください。',
      },
      personalDataInStorage: {
        en: 'Personal data stored in the browser by `{{sink}}`: {{why}}. Like a cookie, web storage keeps it in the customer\'s browser, which holds no personal information (policy §5); store an id instead.',
        ja: '`{{sink}}` でブラウザのストレージに個人データを保存しています: {{whyJa}}。ストレージもクッキーと同様にお客さまのブラウザにデータを残すため、個人情報を含めません（方針 §5）。代わりに ID を保存してください。',
      },
    },
  },
  check({ model, options, report, config, fixer }) {
    const storage = options.storage === 'off' ? undefined : options.storage === 'error' ? 'error' : 'warning';
    const kinds: Array<['cookie' | 'storage', MessageIds, Severity | undefined]> = [['cookie', 'personalDataInCookie', undefined]];
    if (storage) kinds.push(['storage', 'personalDataInStorage', storage]);
    for (const [kind, messageId, severity] of kinds) {
      for (const site of model.sitesOfKind(kind)) {
        // One finding per storing call or assignment: it names every personal value stored.
        const reported = reportedValues(site.values, config);
        if (!reported) continue;
        const r: RuleReport<MessageIds, SuggestionIds> = valuesReport(reported.values, messageId, { sink: site.callee }, site);
        if (reported.severity === 'warning') r.maxSeverity = 'warning';
        r.suggest = offered(...reported.values.map((value) => suggestion('storeId', fixer.recordId(value, { fields: true }))));
        // `storage: "warn"` caps these findings at a warning; `"error"` leaves them at the rule's severity.
        if (severity === 'warning') r.maxSeverity = 'warning';
        report(r);
      }
    }
  },
});
