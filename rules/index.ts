/**
 * The rule registry: every rule, explicitly. A test checks that it lists exactly the rule files.
 */
import type { RuleModule, RuleCatalog, RuleSetting } from '@privacy-lint/engine';
import { noPersonalDataInLogs } from './no-personal-data-in-logs';
import { myNumberOutsidePermittedModule } from './my-number-outside-permitted-module';
import { noUnguardedExternalTransfer } from './no-unguarded-external-transfer';
import { noForeignTransferWithoutConsent } from './no-foreign-transfer-without-consent';
import { noMyNumberTransfer } from './no-my-number-transfer';

export const allRules: readonly RuleModule[] = [
  noPersonalDataInLogs,
  myNumberOutsidePermittedModule,
  noUnguardedExternalTransfer,
  noForeignTransferWithoutConsent,
  noMyNumberTransfer,
];

export const rulesById: ReadonlyMap<string, RuleModule> = new Map(allRules.map((r) => [r.meta.id, r]));

/** What the config loader needs to know about the rules: option schemas, defaults and presets. */
export const ruleCatalog: RuleCatalog = {
  options: Object.fromEntries(allRules.map((r) => [r.meta.id, r.meta.optionsSchema])),
  defaults: Object.fromEntries(allRules.map((r) => [r.meta.id, r.meta.defaultSeverity === 'warning' ? 'warn' : 'error'])),
  presets: {
    // Every rule at its default severity.
    recommended: {},
    // Everything an error, transfers to destinations the linter cannot resolve included.
    strict: Object.fromEntries(allRules.map((r): [string, RuleSetting] => [r.meta.id,
      r.meta.id === 'no-unguarded-external-transfer' ? ['error', { reportUnknownDestinations: true, unknownDestinationsAsErrors: true }] : 'error'])),
  },
};

export {
  noPersonalDataInLogs, myNumberOutsidePermittedModule, noUnguardedExternalTransfer, noForeignTransferWithoutConsent,
  noMyNumberTransfer,
};
