/**
 * Preamble and §1(1): My Number (個人番号) and specific personal information are used only within the scope
 * the law allows — in code, only in the modules permitted to handle them (`myNumber.permittedModules`).
 */
import type { NoOptions } from '@privacy-lint/engine';
import { createRule, matchesAny } from '@privacy-lint/engine';
import { docsUrl, offered, suggestion, USE_FORMS as FORMS } from './shared';

type MessageIds = 'outsidePermittedModule';
type SuggestionIds = 'permitModule';

const id = 'my-number-outside-permitted-module';

export const myNumberOutsidePermittedModule = createRule<NoOptions, MessageIds, SuggestionIds>({
  meta: {
    id,
    description: {
      en: 'Disallow reading or writing My Number (個人番号) outside the modules permitted to handle it.',
      ja: '許可されたモジュール以外での個人番号（マイナンバー）の読み書きを禁止します。',
    },
    clause: 'preamble, §1(1)',
    // Widening who may handle My Number is the lead's decision, so it is a suggestion.
    suggestions: {
      permitModule: {
        kind: 'permit-module',
        en: 'Allow `{{module}}` to handle My Number in privacy-lint.json',
        ja: '`{{module}}` での個人番号の取扱いを privacy-lint.json で許可する',
      },
    },
    defaultSeverity: 'error',
    docsUrl: docsUrl(id),
    messages: {
      outsidePermittedModule: {
        en: 'This code {{action}} a My Number (`{{field}}`) in `{{module}}`, which is not a module permitted to handle My Number (myNumber.permittedModules). My Number may be used only within the scope the law allows (policy preamble, §1(1)).',
        ja: 'このコードは `{{module}}` で個人番号（`{{field}}`）を{{actionJa}}が、このモジュールは個人番号の取り扱いを許可されていません（myNumber.permittedModules）。個人番号は法令で定められた範囲内でのみ利用できます（方針 前文・§1(1)）。',
      },
    },
  },
  check({ model, config, fixer, report }) {
    if (!model.myNumberUses.length) return;
    if (matchesAny(model.sourceFile.fileName, config.myNumber.permittedModules, config.baseDir)) return;
    const permit = offered(suggestion('permitModule', fixer.permitModule('myNumber')));
    for (const use of model.myNumberUses) {
      const form = FORMS[use.form];
      report({
        suggest: permit,
        messageId: 'outsidePermittedModule',
        node: use.node,
        data: { field: use.field, module: model.relativePath, action: form.en, actionJa: form.ja },
        category: 'myNumber',
      });
    }
  },
});
