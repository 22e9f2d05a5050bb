/**
 * Processors registered by catalogue vendor (`transfers.processors[].vendor`): every SDK call of that vendor, and
 * every URL to one of its API hosts, goes to the registered processor and its country. A vendor abroad then needs
 * consent under §2(1) (no-foreign-transfer-without-consent), not §2 (no-unguarded-external-transfer); a vendor
 * registered in Japan needs none.
 */
import { ruleTester } from '../helpers/rule-tester';

const OPENAI_US = { transfers: { processors: [{ vendor: 'openai', country: 'US' }], consentGuards: ['hasConsent'] } };

const ask = `import OpenAI from 'openai';
const openai = new OpenAI();
export async function ask(customer: { id: string; email: string }) {
  await openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: customer.email }] });
}`;

ruleTester('no-foreign-transfer-without-consent', {
  valid: [
    // Registered in Japan: entrusting needs no consent.
    { code: `import Stripe from 'stripe';
const stripe = new Stripe('sk_test');
export async function checkout(customer: { id: string; email: string }) {
  await stripe.customers.create({ email: customer.email });
}`, config: { transfers: { processors: [{ vendor: 'stripe', country: 'JP', name: 'Stripe Japan KK' }] } } },
    // Consent checked first.
    { code: `import OpenAI from 'openai';
declare function hasConsent(c: unknown, purpose: string): boolean;
const openai = new OpenAI();
export async function ask(customer: { id: string; email: string }) {
  if (!hasConsent(customer, 'ai')) return;
  await openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: customer.email }] });
}`, config: OPENAI_US },
    // Another vendor is not registered by this entry: external, the other rule's business.
    { code: `import Anthropic from '@anthropic-ai/sdk';
const anthropic = new Anthropic();
export async function ask(customer: { id: string; email: string }) {
  await anthropic.messages.create({ model: 'claude', max_tokens: 100, messages: [{ role: 'user', content: customer.email }] });
}`, config: OPENAI_US },
    // Only an id.
    { code: ask.replace('content: customer.email', 'content: customer.id'), config: OPENAI_US },
  ],
  invalid: [
    {
      code: ask,
      config: OPENAI_US,
      errors: [{ messageId: 'foreignProcessor', line: 4, column: 95, messageIncludes: 'sent to the processor OpenAI in the United States (US)' }],
    },
    // The registered name is what messages say.
    {
      code: ask,
      config: { transfers: { processors: [{ vendor: 'openai', country: 'US', name: 'OpenAI OpCo, LLC' }] } },
      errors: [{ messageId: 'foreignProcessor', line: 4, column: 95, messageIncludes: 'the processor OpenAI OpCo, LLC in the United States (US)' }],
    },
    // LangChain's OpenAI models call the same API hosts: registering OpenAI covers them.
    {
      code: `import { ChatOpenAI } from '@langchain/openai';
const model = new ChatOpenAI({ model: 'gpt-4o' });
export async function ask(customer: { id: string; email: string }) {
  await model.invoke(customer.email);
}`,
      config: OPENAI_US,
      errors: [{ messageId: 'foreignProcessor', line: 4, column: 22, messageIncludes: 'the processor OpenAI in' }],
    },
    // A URL to one of the vendor's API hosts goes to the processor too.
    {
      code: `export async function ask(customer: { id: string; email: string }) {
  await fetch('https://api.openai.com/v1/responses', { method: 'POST', body: JSON.stringify({ input: customer.email }) });
}`,
      config: OPENAI_US,
      errors: [{ messageId: 'foreignProcessor', line: 2, column: 102, messageIncludes: 'the processor OpenAI (api.openai.com)' }],
    },
    // A vendor name (`slack`) registers both Slack entries: the webhook and the Web API.
    {
      code: `import { IncomingWebhook } from '@slack/webhook';
import { WebClient } from '@slack/web-api';
const hook = new IncomingWebhook('https://hooks.slack.com/services/T0/B0/x');
const slack = new WebClient('xoxb-token');
export async function notify(customer: { id: string; email: string }) {
  await hook.send({ text: customer.email });
  await slack.chat.postMessage({ channel: 'C1', text: customer.email });
}`,
      config: { transfers: { processors: [{ vendor: 'slack', country: 'US' }] } },
      errors: [
        { messageId: 'foreignProcessor', line: 6, column: 27, messageIncludes: 'the processor Slack' },
        { messageId: 'foreignProcessor', line: 7, column: 55, messageIncludes: 'the processor Slack' },
      ],
    },
    // A vendor without API hosts in the catalogue (AWS: the region decides) is registered by its SDK.
    {
      code: `import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';
const ses = new SESClient({});
export async function mail(customer: { id: string; email: string }) {
  await ses.send(new SendEmailCommand({ Destination: { ToAddresses: [customer.email] } }));
}`,
      config: { transfers: { processors: [{ vendor: 'amazon-ses', country: 'US', name: 'Amazon Web Services, Inc.' }] } },
      errors: [{ messageId: 'foreignProcessor', line: 4, column: 70, messageIncludes: 'Amazon Web Services, Inc.' }],
    },
  ],
});

ruleTester('no-unguarded-external-transfer', {
  valid: [
    // Registered as a processor: no longer a third party.
    { code: ask, config: OPENAI_US },
    { code: `import Stripe from 'stripe';
const stripe = new Stripe('sk_test');
export async function checkout(customer: { id: string; email: string }) {
  await stripe.checkout.sessions.create({ customer_email: customer.email, mode: 'payment' });
}`, config: { transfers: { processors: [{ vendor: 'stripe', country: 'US' }] } } },
  ],
  invalid: [
    // Not registered: the vendor is a third party.
    {
      code: ask,
      config: { transfers: { processors: [{ vendor: 'stripe', country: 'US' }] } },
      errors: [{ messageId: 'externalTransfer', line: 4, column: 95, messageIncludes: 'OpenAI (a third-party service)' }],
    },
  ],
});
