/**
 * An SDK's record types that hold a person's data, known without the SDK's declarations (dependencies not installed):
 * a Stripe checkout session, customer or webhook event logged whole is reported by the type it is declared or cast
 * with; an id read off one, a subscription, or a type the catalogue does not list is not.
 */
import { ruleTester } from '../helpers/rule-tester';

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// ids and event types read off Stripe's records, and a record type that holds no one's data
import Stripe from 'stripe';
export function completed(event: Stripe.Event, s: Stripe.Subscription) {
  const session = event.data.object as Stripe.Checkout.Session;
  console.log('checkout session', session.id, event.type);
  console.log('subscription', s);
}`,
    `// a subscription cast from a webhook event (audit 30: usertour): the subscription's fields, not the event's
import Stripe from 'stripe';
export function updated(event: Stripe.Event) {
  const subscription = event.data.object as Stripe.Subscription;
  console.log(\`Subscription updated: \${subscription.id}, data: \${JSON.stringify(subscription)}\`);
}`,
    `// a project's own type that happens to be called Customer, from its own module
import type { Customer } from './billing';
export function seen(c: Customer) { console.log('customer', c); }`,
  ],
  invalid: [
    {
      code: `// a checkout session cast from a webhook event, a customer and an event logged whole
import Stripe from 'stripe';
import { Logger } from '@nestjs/common';
export class Webhook {
  private readonly logger = new Logger(Webhook.name);
  completed(event: Stripe.Event) {
    const session = event.data.object as Stripe.Checkout.Session;
    this.logger.log(\`Checkout session completed: \${JSON.stringify(session)}\`);
  }
  customer(c: Stripe.Customer) { console.log(c); }
  unhandled(event: Stripe.Event) { console.log('unhandled', event); }
}`,
      errors: [
        { messageId: 'personalDataInLog', line: 8, column: 67 },
        { messageId: 'personalDataInLog', line: 10, column: 46 },
        { messageId: 'personalDataInLog', line: 11, column: 61 },
      ],
    },
    {
      code: `// a named import of the namespace
import { Stripe } from 'stripe';
export function paid(invoice: Stripe.Invoice) { console.info('invoice paid', invoice); }`,
      errors: [{ messageId: 'personalDataInLog', line: 3, column: 78 }],
    },
  ],
});
