/**
 * §5: the cookies the company's sites use contain no personal information of the customer (name, date of birth,
 * address, phone number, e-mail address, account number …). Web storage (localStorage, sessionStorage, IndexedDB)
 * keeps data in the customer's browser the same way, so it is reported too, at its own severity (`storage`).
 */
import type { RuleReport, Severity } from '@privacy-lint/engine';
import { createRule } from '@privacy-lint/engine';
import { docsUrl, offered, reportedValues, suggestion, valuesReport } from './shared';

type Options = { storage: 'error' | 'warn' | 'off' };
type MessageIds = 'personalDataInCookie' | 'personalDataInStorage' | 'sessionTokenInCookie' | 'sessionTokenInStorage';
type SuggestionIds = 'storeId';

const id = 'no-personal-data-in-cookies';

/**
 * A signed-in customer's session token alone is a warning: it is what a session cookie is for, and the finding asks
 * for it to be opaque, httpOnly and short-lived (`personalData.categories.sessionToken` changes it).
 */
const COOKIE_CATEGORY_DEFAULTS = { sessionToken: 'warn' } as const;

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
      sessionTokenInCookie: {
        en: 'A customer\'s session or access token stored in a cookie by `{{sink}}`: {{why}}. It signs in as the customer, and a JWT\'s claims can be read by whoever holds it (policy §5: the company\'s cookies contain no personal information); keep the token opaque (no personal claims), httpOnly and short-lived, or set `personalData.categories.sessionToken` to "off" if your team accepts session cookies.',
        ja: '`{{sink}}` でお客さまのセッション・アクセストークンをクッキーに保存しています: {{whyJa}}。トークンがあればお客さまとしてログインでき、JWT のクレームは持っている人なら誰でも読めます（方針 §5: 当社のクッキーには個人情報を含めません）。トークンは個人情報をクレームに含めない不透明なものにし、httpOnly で有効期限を短くするか、セッションクッキーを認める場合は `personalData.categories.sessionToken` を "off" にしてください。',
      },
      sessionTokenInStorage: {
        en: 'A customer\'s session or access token stored in the browser by `{{sink}}`: {{why}}. Any script on the page can read web storage and sign in as the customer with it (policy §5); keep it in an httpOnly cookie, or set `personalData.categories.sessionToken` to "off".',
        ja: '`{{sink}}` でお客さまのセッション・アクセストークンをブラウザのストレージに保存しています: {{whyJa}}。ページ上のどのスクリプトもストレージを読み、お客さまとしてログインできます（方針 §5）。httpOnly のクッキーに保存するか、`personalData.categories.sessionToken` を "off" にしてください。',
      },
      personalDataInStorage: {
        en: 'Personal data stored in the browser by `{{sink}}`: {{why}}. Like a cookie, web storage keeps it in the customer\'s browser, which holds no personal information (policy §5); store an id instead.',
        ja: '`{{sink}}` でブラウザのストレージに個人データを保存しています: {{whyJa}}。ストレージもクッキーと同様にお客さまのブラウザにデータを残すため、個人情報を含めません（方針 §5）。代わりに ID を保存してください。',
      },
    },
  },
  check({ model, options, report, config, fixer }) {
    const storage = options.storage === 'off' ? undefined : options.storage === 'error' ? 'error' : 'warning';
    const kinds: Array<['cookie' | 'storage', MessageIds, MessageIds, Severity | undefined]> = [
      ['cookie', 'personalDataInCookie', 'sessionTokenInCookie', undefined]];
    if (storage) kinds.push(['storage', 'personalDataInStorage', 'sessionTokenInStorage', storage]);
    for (const [kind, personalId, tokenId, severity] of kinds) {
      for (const site of model.sitesOfKind(kind)) {
        // One finding per storing call or assignment: it names every personal value stored.
        const reported = reportedValues(site.values, config, COOKIE_CATEGORY_DEFAULTS);
        if (!reported) continue;
        const onlyTokens = reported.values.every((v) => v.facts.every((f) => f.category === 'sessionToken'));
        const messageId = onlyTokens ? tokenId : personalId;
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
