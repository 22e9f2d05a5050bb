/**
 * §4(1) safety management: customer data is kept under access control. Source code is copied to every laptop, CI
 * runner and code host, so personal data written into it — a real My Number, a customer's e-mail address or phone
 * number in a test, a fixture or a seed — is outside that control.
 */
import { createRule, findHardcodedPersonalData } from '@privacy-lint/engine';
import { docsUrl } from './shared';

type Options = { emails: boolean; phones: boolean };
type MessageIds = 'hardcodedMyNumber' | 'hardcodedEmail' | 'hardcodedPhone';

const id = 'no-hardcoded-personal-data';

const MESSAGE_IDS = { myNumber: 'hardcodedMyNumber', email: 'hardcodedEmail', phone: 'hardcodedPhone' } as const satisfies Record<string, MessageIds>;

export const noHardcodedPersonalData = createRule<Options, MessageIds>({
  meta: {
    id,
    description: {
      en: 'Disallow personal data (My Numbers, and by option e-mail addresses and phone numbers) written into source code.',
      ja: 'ソースコードへの個人データ（個人番号、オプションでメールアドレス・電話番号）の直書きを禁止します。',
    },
    clause: '§4(1)',
    defaultSeverity: 'error',
    docsUrl: docsUrl(id),
    optionsSchema: {
      type: 'object',
      properties: {
        emails: {
          type: 'boolean',
          default: false,
          description: 'Also report e-mail addresses in string literals, except reserved example domains (default false).',
        },
        phones: {
          type: 'boolean',
          default: false,
          description: 'Also report Japanese phone numbers in string literals, except placeholders and business-only numbers (default false).',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { emails: false, phones: false },
    messages: {
      hardcodedMyNumber: {
        en: 'This {{literal}} holds a My Number (twelve digits with a valid check digit) in `{{module}}`. Source code is outside the access control that protects customer data (policy §4(1)); use a dummy number whose check digit does not match, or read it from the protected store.',
        ja: '`{{module}}` のこの{{literalJa}}には個人番号（検査用数字が正しい12桁の数字）が含まれています。ソースコードは顧客データのアクセス管理の外にあります（方針 §4(1)）。検査用数字が一致しないダミー番号を使うか、保護された保管先から読み込んでください。',
      },
      hardcodedEmail: {
        en: 'This {{literal}} holds an e-mail address in `{{module}}`. Source code is outside the access control that protects customer data (policy §4(1)); use an address at a reserved example domain (example.com, example.jp, *.test).',
        ja: '`{{module}}` のこの{{literalJa}}にはメールアドレスが含まれています。ソースコードは顧客データのアクセス管理の外にあります（方針 §4(1)）。例示用の予約ドメイン（example.com、example.jp、*.test）のアドレスを使ってください。',
      },
      hardcodedPhone: {
        en: 'This {{literal}} holds a phone number in `{{module}}`. Source code is outside the access control that protects customer data (policy §4(1)); use a placeholder such as 090-0000-0000.',
        ja: '`{{module}}` のこの{{literalJa}}には電話番号が含まれています。ソースコードは顧客データのアクセス管理の外にあります（方針 §4(1)）。090-0000-0000 のようなダミー番号を使ってください。',
      },
    },
  },
  check({ model, options, report }) {
    const found = findHardcodedPersonalData(model.sourceFile, { emails: options.emails === true, phones: options.phones === true });
    for (const { node, kind } of found) {
      const numeric = /^\d/.test(node.getText(model.sourceFile));
      report({
        messageId: MESSAGE_IDS[kind],
        node,
        data: {
          module: model.relativePath,
          literal: numeric ? 'number literal' : 'string literal',
          literalJa: numeric ? '数値リテラル' : '文字列リテラル',
        },
        category: kind === 'myNumber' ? 'myNumber' : 'contact',
      });
    }
  },
});
