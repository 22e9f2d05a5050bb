/**
 * §2: customer data is not provided to third parties without the customer's consent. A transfer to a
 * destination that is neither the company's own system nor a registered processor needs a consent check
 * (`transfers.consentGuards`) that dominates the call.
 */
import type { RuleReport } from '@privacy-lint/engine';
import { createRule } from '@privacy-lint/engine';
import { docsUrl, offered, reportedValues, valuesReport } from './shared';
import {
  CONSENT_GUARD_SUGGESTIONS, DECLARE_FUNCTION_SUGGESTION, REGISTER_PROCESSOR_SUGGESTION, TRANSFER_CATEGORY_DEFAULTS, consentGuardSuggestion,
  declareFunctionSuggestion, destinationData, destinationRelated, ownedByMyNumberRule, registerProcessorSuggestion,
} from './transfers';

type Options = { reportUnknownDestinations: boolean; unknownDestinationsAsErrors: boolean };
type MessageIds = 'externalTransfer' | 'unknownNamedDestination' | 'unknownDestination';
type SuggestionIds = keyof typeof CONSENT_GUARD_SUGGESTIONS | keyof typeof REGISTER_PROCESSOR_SUGGESTION
  | keyof typeof DECLARE_FUNCTION_SUGGESTION;

const id = 'no-unguarded-external-transfer';

export const noUnguardedExternalTransfer = createRule<Options, MessageIds, SuggestionIds>({
  meta: {
    // Reports where personal data goes: skipped on test code (testFiles) unless it is linted.
    flow: true,
    id,
    description: {
      en: 'Disallow sending personal data to an external party without a dominating consent check.',
      ja: '同意確認なしに個人データを外部（第三者）へ送信することを禁止します。',
    },
    clause: '§2',
    // Both change what the program does or what the policy allows, so the user picks them.
    suggestions: { ...CONSENT_GUARD_SUGGESTIONS, ...REGISTER_PROCESSOR_SUGGESTION, ...DECLARE_FUNCTION_SUGGESTION },
    defaultSeverity: 'error',
    docsUrl: docsUrl(id),
    optionsSchema: {
      type: 'object',
      properties: {
        reportUnknownDestinations: {
          type: 'boolean',
          default: true,
          description: 'Report transfers whose destination cannot be resolved from the code, as warnings that say how to declare it (default true; false keeps them quiet).',
        },
        unknownDestinationsAsErrors: {
          type: 'boolean',
          default: false,
          description: 'Report transfers to unresolved destinations at the rule\'s severity instead of as warnings (the strict preset does).',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { reportUnknownDestinations: true, unknownDestinationsAsErrors: false },
    messages: {
      externalTransfer: {
        en: 'Personal data sent to {{destination}} by `{{sink}}` without a consent check: {{why}}. Customer data goes to third parties only with the customer\'s consent (policy §2); check consent first or register the destination as a processor.',
        ja: '`{{sink}}` で同意確認なしに個人データを{{destinationJa}}へ送信しています: {{whyJa}}。顧客情報はお客さまの同意なく第三者に提供できません（方針 §2）。先に同意を確認するか、送信先を委託先として登録してください。',
      },
      unknownNamedDestination: {
        en: 'Personal data sent by `{{sink}}` without a consent check, to {{destination}}: {{why}}. If it can be a third party, check consent first (policy §2); if it is your own system or a processor, say where `{{name}}` points in `transfers.destinations` of privacy-lint.json ("internal", a registered host or a vendor).',
        ja: '`{{sink}}` で同意確認なしに個人データを{{destinationJa}}へ送信しています: {{whyJa}}。第三者の可能性がある場合は先に同意を確認してください（方針 §2）。自社のシステムや委託先であれば、privacy-lint.json の `transfers.destinations` で `{{name}}` の送信先（"internal"、登録済みのホスト、ベンダー）を宣言してください。',
      },
      unknownDestination: {
        en: 'Personal data sent by `{{sink}}` without a consent check, to {{destination}}: {{why}}. If it can be a third party, check consent first (policy §2); if it is your own system or a processor, declare its host in `transfers.internalHosts` or `transfers.processors` of privacy-lint.json.',
        ja: '`{{sink}}` で同意確認なしに個人データを{{destinationJa}}へ送信しています: {{whyJa}}。第三者の可能性がある場合は先に同意を確認してください（方針 §2）。自社のシステムや委託先であれば、privacy-lint.json の `transfers.internalHosts` または `transfers.processors` にホストを登録してください。',
      },
    },
  },
  check(context) {
    const { model, options, report, config } = context;
    // A call whose helper sends the same value two ways (Resend, else an SMTP server from settings) is reported once:
    // for the destination that is known.
    const external = new Set<string>();
    for (const site of model.transferSites) {
      if (site.destination.kind === 'external') for (const v of site.values) external.add(`${site.call.pos}:${v.node.pos}`);
    }
    for (const site of model.transferSites) {
      if (site.guarded || ownedByMyNumberRule(site, context)) continue;
      const kind = site.destination.kind;
      if (kind !== 'external' && !(kind === 'unknown' && options.reportUnknownDestinations === true)) continue;
      const name = site.destination.name;
      const messageId = kind === 'external' ? 'externalTransfer' : name ? 'unknownNamedDestination' : 'unknownDestination';
      // One finding per sending call: it names every personal value the call sends.
      const values = site.values.filter((value) => !(kind === 'unknown' && external.has(`${site.call.pos}:${value.node.pos}`)));
      const reported = reportedValues(values, config, TRANSFER_CATEGORY_DEFAULTS);
      if (!reported) continue;
      const r: RuleReport<MessageIds, SuggestionIds> = valuesReport(reported.values, messageId,
        { ...destinationData(site), ...(name ? { name } : {}) }, site);
      // Where the data goes is not known from the code: a caution that asks for the destination to be declared.
      if ((kind === 'unknown' && options.unknownDestinationsAsErrors !== true) || reported.severity === 'warning') r.maxSeverity = 'warning';
      r.related = [...(r.related ?? []), ...destinationRelated(site)];
      // Check consent first; for an external host, register it; for an unknown destination reached through a
      // wrapper of the project, declare the wrapper with its destination.
      r.suggest = offered<SuggestionIds>(
        consentGuardSuggestion(site, reported.values[0], context),
        kind === 'external' ? registerProcessorSuggestion(site, context) : undefined,
        declareFunctionSuggestion(site, context),
      );
      report(r);
    }
  },
});
