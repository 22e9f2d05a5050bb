/**
 * Precision on real repositories (issue 7, item 5): values the code itself fixes — constants, enum members, counts,
 * flags — are not a person's data, whatever their names say. Each row is a false alarm found on a real application,
 * written down small.
 */
import { ruleTester } from '../helpers/rule-tester';

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// an enum member of a generated client whose module is not in the project: a constant, not an e-mail
import { ActionType } from '@prisma/client';
declare const logger: { info(message: string, data?: object): void };
export function report(count: number) {
  logger.info('drafts', { type: ActionType.DRAFT_EMAIL, count });
}`,
    `// an enum member handed to a helper that logs it
enum Confidence { ALL_EMAILS = 'all', STANDARD = 'standard' }
function draft(threshold: Confidence) { console.log('threshold', threshold); }
draft(Confidence.ALL_EMAILS);`,
    `// a constant map keyed by use case: its keys name e-mails, its values are model types
const MODEL_TYPES = { 'translate-email': 'default', 'reply-email': 'chat' };
export function modelFor(useCase: keyof typeof MODEL_TYPES) {
  console.log('model', MODEL_TYPES, MODEL_TYPES[useCase]);
}`,
    `// the same map written \`as const\`
const MODEL_TYPES = { 'translate-email': 'default', 'reply-email': 'chat' } as const;
export function modelFor(useCase: keyof typeof MODEL_TYPES) {
  console.log('model', MODEL_TYPES[useCase]);
}`,
    `// a member of a constant object that gives it a literal, handed to a helper that logs it
const VALUE_LISTS = { CUSTOMER_EMAIL: 'customer_email_list', CARD: 'card_list' };
function addToList(listName: string) { console.log('added to', listName); }
addToList(VALUE_LISTS.CUSTOMER_EMAIL);`,
  ],
  invalid: [
    {
      code: `// a member of a constant object that holds a customer's address is still the address
declare const input: { email: string };
const contact = { email: input.email, CONTACT_EMAIL: input.email };
console.log(contact.email, contact.CONTACT_EMAIL);`,
      errors: [{ messageId: 'personalDataInLog', line: 4, column: 13, messageIncludes: ['contact.email', 'contact.CONTACT_EMAIL'] }],
    },
  ],
});
