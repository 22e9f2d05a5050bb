/**
 * Calls of catalogue SDKs found missing on the real-world set's dev part (issue 8): a Stripe Radar value list item
 * (the e-mail of a card holder blocked for fraud), through a client a project function makes. Found missing on a
 * fresh application (typebot.io): Stripe.js in the browser (`loadStripe` kept in a module variable, the payer's
 * billing details in `confirmPayment`), and Effect's logger, whose annotations (`Effect.annotateLogs({ email })`,
 * `annotateLogsScoped`) are written into every line the program logs.
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

/** Stripe.js as a browser embed keeps it: a module variable typed with the SDK's type, set when the form mounts. */
const STRIPE_JS_FORM = (billing: string) => `import type { Stripe } from '@stripe/stripe-js';
import { loadStripe } from '@stripe/stripe-js/pure';
declare const props: { publicKey: string; options: { name?: string; email?: string; phoneNumber?: string; intentId: string } };
let stripe: Stripe | null = null;
export async function mount() {
  stripe = await loadStripe(props.publicKey);
}
export async function pay(elements: never) {
  if (!stripe) return;
  await stripe.confirmPayment({
    elements,
    confirmParams: { return_url: window.location.href, payment_method_data: { billing_details: ${billing} } },
  });
}`;

ruleTester('no-unguarded-external-transfer', {
  valid: [
    { code: `// Stripe.js given the intent's id only
${STRIPE_JS_FORM('{ address: { country: props.options.intentId } }')}` },
  ],
  invalid: [
    {
      code: `// the payer's e-mail and phone sent to Stripe.js as billing details
${STRIPE_JS_FORM('{ email: props.options.email, phone: props.options.phoneNumber }')}`,
      errors: [{ messageId: 'externalTransfer', line: 13, column: 105, endLine: 13, endColumn: 158, messageIncludes: 'Stripe' }],
    },
    {
      code: `// the card holder's e-mail confirmed through the React hook's client
import { useStripe } from '@stripe/react-stripe-js';
export function usePay(customer: { email: string }) {
  const stripe = useStripe();
  return () => stripe?.confirmCardPayment('pi_secret', { payment_method: { billing_details: { email: customer.email } } });
}`,
      errors: [{ messageId: 'externalTransfer', line: 5, column: 102, endLine: 5, endColumn: 116, messageIncludes: 'Stripe' }],
    },
    {
      code: `// a client handed in as a member of a parameter's declared type (\`stripe: Stripe\`), destructured or read off it
import { type Stripe, type StripeElements } from '@stripe/stripe-js';
type Params = { stripe: Stripe; elements: StripeElements; checkout: { email: string } };
export async function run({ stripe, elements, checkout }: Params) {
  await stripe.confirmPayment({ elements, confirmParams: { payment_method_data: { billing_details: { email: checkout.email } } } });
}
export async function again(params: Params) {
  await params.stripe.confirmPayment({ elements: params.elements, confirmParams: { payment_method_data: { billing_details: { email: params.checkout.email } } } });
}`,
      errors: [
        { messageId: 'externalTransfer', line: 5, column: 109, messageIncludes: 'Stripe' },
        { messageId: 'externalTransfer', line: 8, column: 133, messageIncludes: 'Stripe' },
      ],
    },
  ],
});

/** Effect's logger: a message and its annotations. */
const EFFECT = `import { Effect } from 'effect';
declare const payload: { userId: string; email: string };
declare const sendMail: (to: string) => Effect.Effect<void, Error>;
`;

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// Effect logs with ids and counts only
${EFFECT}export const program = Effect.gen(function* () {
  yield* Effect.annotateLogsScoped({ userId: payload.userId });
  yield* Effect.logWarning('Email suppressed, skipping').pipe(Effect.annotateLogs({ userId: payload.userId, count: 2 }));
  yield* Effect.logInfo('sent', 3);
});`,
  ],
  invalid: [
    {
      code: `// the user's e-mail in the annotations of an Effect log, and in every line of the scope
${EFFECT}export const program = Effect.gen(function* () {
  yield* Effect.annotateLogsScoped({ userId: payload.userId, email: payload.email });
  yield* sendMail(payload.email).pipe(
    Effect.tapError((error) => Effect.logError('send failed').pipe(Effect.annotateLogs({ error: String(error), email: payload.email }))),
  );
});`,
      errors: [
        { messageId: 'personalDataInLog', line: 6, column: 69, endLine: 6, endColumn: 82 },
        { messageId: 'personalDataInLog', line: 8, column: 119, endLine: 8, endColumn: 132 },
      ],
    },
    {
      code: `// the user's e-mail as an Effect log message
${EFFECT}export const program = Effect.logError(\`could not reach \${payload.email}\`);`,
      errors: [{ messageId: 'personalDataInLog', line: 5, column: 59, endLine: 5, endColumn: 72 }],
    },
  ],
});
