/**
 * §2 and §2(2): specific personal information (data containing a My Number) is never provided to third parties
 * or used jointly, except where the law prescribes it (`myNumber.permittedDestinations`, e.g. the tax office).
 * Consent does not make it allowed.
 */
import type { NoOptions } from '@privacy-lint/engine';
import { createRule } from '@privacy-lint/engine';
import { docsUrl, valuesReport } from './shared';
import { destinationData, destinationRelated, myNumberValue } from './transfers';

type MessageIds = 'myNumberTransfer';

const id = 'no-my-number-transfer';

export const noMyNumberTransfer = createRule<NoOptions, MessageIds>({
  meta: {
    // Reports where personal data goes: skipped on test code (testFiles) unless it is linted.
    flow: true,
    id,
    description: {
      en: 'Disallow sending My Number anywhere except the destinations the law requires.',
      ja: '法令で定められた提供先以外への個人番号（マイナンバー）の送信を禁止します。',
    },
    clause: '§2, §2(2)',
    defaultSeverity: 'error',
    docsUrl: docsUrl(id),
    messages: {
      myNumberTransfer: {
        en: 'My Number sent to {{destination}} by `{{sink}}`: {{why}}. Specific personal information is provided only where the law prescribes (policy §2, §2(2)); add the destination to myNumber.permittedDestinations only if the law requires this provision.',
        ja: '`{{sink}}` で個人番号を{{destinationJa}}へ送信しています: {{whyJa}}。特定個人情報は法令で定められた場合を除き提供できません（方針 §2・§2(2)）。法令上必要な提供先である場合に限り myNumber.permittedDestinations に追加してください。',
      },
    },
  },
  check({ model, report }) {
    for (const site of model.transferSites) {
      if (site.destination.kind === 'permitted') continue;
      if (!myNumberValue(site)) continue;
      // One finding per sending call, naming each My Number it sends.
      const values = site.values.filter((v) => v.facts.some((f) => f.category === 'myNumber'));
      const r = valuesReport(values, 'myNumberTransfer', destinationData(site), site);
      r.related = [...(r.related ?? []), ...destinationRelated(site)];
      report(r);
    }
  },
});
