/**
 * Calls of catalogue SDKs found missing on the real-world set's dev part (issue 8): a Stripe Radar value list item
 * (the e-mail of a card holder blocked for fraud), through a client a project function makes.
 */
import { ruleTester } from '../helpers/rule-tester';

const STRIPE = {
  'src/stripe.ts': `import Stripe from 'stripe';
export function stripeInstance() {
  return new Stripe(process.env.STRIPE_SECRET_KEY ?? '');
}
`,
};

ruleTester('no-unguarded-external-transfer', {
  valid: [
    {
      code: `// a card fingerprint's list id only
import { stripeInstance } from './stripe';
export async function block(listId: string, fingerprint: string) {
  await stripeInstance().radar.valueListItems.create({ value_list: listId, value: fingerprint });
}`,
      files: STRIPE,
    },
  ],
  invalid: [
    {
      code: `// the receipt e-mail of a declined payment added to a Radar block list
import { stripeInstance } from './stripe';
export async function block(payment: { receipt_email: string }) {
  const stripe = stripeInstance();
  await stripe.radar.valueListItems.create({ value_list: 'rsl_1', value: payment.receipt_email });
}`,
      files: STRIPE,
      errors: [{ messageId: 'externalTransfer', line: 5, column: 74, endLine: 5, endColumn: 95, messageIncludes: 'Stripe' }],
    },
  ],
});
