/**
 * The rule registry: every rule, explicitly. A test checks that it lists exactly the rule files.
 */
import type { RuleModule, RuleCatalog, RuleSetting } from '@privacy-lint/engine';
import { noPersonalDataInLogs } from './no-personal-data-in-logs';
import { myNumberOutsidePermittedModule } from './my-number-outside-permitted-module';
import { noUnguardedExternalTransfer } from './no-unguarded-external-transfer';
import { noForeignTransferWithoutConsent } from './no-foreign-transfer-without-consent';
import { noMyNumberTransfer } from './no-my-number-transfer';
import { noPersonalDataInCookies } from './no-personal-data-in-cookies';
import { noSensitivePersonalData } from './no-sensitive-personal-data';
import { noHardcodedPersonalData } from './no-hardcoded-personal-data';
import { marketingRequiresOptOutCheck } from './marketing-requires-opt-out-check';

export const allRules: readonly RuleModule[] = [
  noPersonalDataInLogs,
  myNumberOutsidePermittedModule,
  noUnguardedExternalTransfer,
  noForeignTransferWithoutConsent,
  noMyNumberTransfer,
  noPersonalDataInCookies,
  noSensitivePersonalData,
  noHardcodedPersonalData,
  marketingRequiresOptOutCheck,
];

export const rulesById: ReadonlyMap<string, RuleModule> = new Map(allRules.map((r) => [r.meta.id, r]));

/** The rules whose options `strict` sets. */
const STRICT_OPTIONS: Record<string, RuleSetting> = {
  'no-unguarded-external-transfer': ['error', { reportUnknownDestinations: true, unknownDestinationsAsErrors: true }],
  'no-personal-data-in-cookies': ['error', { storage: 'error' }],
  'no-hardcoded-personal-data': ['error', { emails: true, phones: true }],
};

/** What the config loader needs to know about the rules: option schemas, defaults and presets. */
export const ruleCatalog: RuleCatalog = {
  options: Object.fromEntries(allRules.map((r) => [r.meta.id, r.meta.optionsSchema])),
  defaults: Object.fromEntries(allRules.map((r) => [r.meta.id, r.meta.defaultSeverity === 'warning' ? 'warn' : 'error'])),
  presets: {
    // Every rule at its default severity.
    recommended: {},
    // Everything an error; transfers to destinations the linter cannot resolve, personal data in web storage, and
    // e-mail addresses and phone numbers written into code are reported too.
    strict: Object.fromEntries(allRules.map((r): [string, RuleSetting] => [r.meta.id, STRICT_OPTIONS[r.meta.id] ?? 'error'])),
  },
};

export {
  noPersonalDataInLogs, myNumberOutsidePermittedModule, noUnguardedExternalTransfer, noForeignTransferWithoutConsent,
  noMyNumberTransfer, noPersonalDataInCookies, noSensitivePersonalData,
  noHardcodedPersonalData, marketingRequiresOptOutCheck,
};
