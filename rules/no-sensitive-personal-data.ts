/**
 * §3: sensitive personal data (機微（センシティブ）情報 — the special care-required personal information of the Act,
 * 要配慮個人情報, plus trade-union membership, family origin, registered domicile, health care and sex life) is in
 * principle not acquired, used or provided. In code: only the modules permitted to handle it
 * (`sensitiveData.permittedModules`) read or write it.
 */
import type { NoOptions } from '@privacy-lint/engine';
import { createRule, matchesAny, SENSITIVE_KINDS, sensitiveKindOf } from '@privacy-lint/engine';
import { docsUrl, offered, suggestion, USE_FORMS } from './shared';

type MessageIds = 'outsidePermittedModule';
type SuggestionIds = 'permitModule';

const id = 'no-sensitive-personal-data';

export const noSensitivePersonalData = createRule<NoOptions, MessageIds, SuggestionIds>({
  meta: {
    id,
    description: {
      en: 'Disallow reading or writing sensitive personal data (要配慮個人情報) outside the modules permitted to handle it.',
      ja: '許可されたモジュール以外での要配慮個人情報（機微情報）の読み書きを禁止します。',
    },
    clause: '§3',
    // A field named for a diagnosis in a test or a fixture holds a made-up patient's: test code is skipped
    // (`testFiles`). A real value pasted there is `no-hardcoded-personal-data`'s to find.
    skipsTestCode: true,
    // Widening who may handle sensitive data is the privacy officer's decision, so it is a suggestion.
    suggestions: {
      permitModule: {
        kind: 'permit-module',
        en: 'Allow `{{module}}` to handle sensitive personal data in privacy-lint.json',
        ja: '`{{module}}` での要配慮個人情報の取扱いを privacy-lint.json で許可する',
      },
    },
    defaultSeverity: 'error',
    docsUrl: docsUrl(id),
    messages: {
      outsidePermittedModule: {
        en: 'This code {{action}} sensitive personal data ({{kind}}: `{{field}}`) in `{{module}}`, which is not a module permitted to handle it (sensitiveData.permittedModules). Sensitive personal data is in principle not acquired, used or provided (policy §3).',
        ja: 'このコードは `{{module}}` で要配慮個人情報（{{kindJa}}: `{{field}}`）を{{actionJa}}が、このモジュールは要配慮個人情報の取扱いを許可されていません（sensitiveData.permittedModules）。機微（センシティブ）情報は原則として取得・利用・第三者提供しません（方針 §3）。',
      },
    },
  },
  check({ model, config, fixer, report }) {
    const uses = model.fieldUses('sensitive');
    if (!uses.length) return;
    if (matchesAny(model.sourceFile.fileName, config.sensitiveData.permittedModules, config.baseDir)) return;
    const permit = offered(suggestion('permitModule', fixer.permitModule('sensitiveData')));
    for (const use of uses) {
      const form = USE_FORMS[use.form];
      const kind = (use.kind ? SENSITIVE_KINDS.find((k) => k.id === use.kind) : sensitiveKindOf(use.field))?.label
        ?? { en: 'sensitive data', ja: '機微情報' };
      report({
        suggest: permit,
        messageId: 'outsidePermittedModule',
        node: use.node,
        data: { field: use.field, module: model.relativePath, action: form.en, actionJa: form.ja, kind: kind.en, kindJa: kind.ja },
        category: 'sensitive',
      });
    }
  },
});
