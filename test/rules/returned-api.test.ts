/**
 * Methods of an object a project hook or factory returns (issue 7, the real-world set's dev part): `const analytics =
 * useAnalytics(); analytics.capture('Signed up', { email })` where `useAnalytics` returns `{ capture, identify }`
 * that call PostHog, or `const outbox = createOutbox(url); outbox.deliver(to)`, or the function a factory returns
 * (`const notify = createNotifier(channel); notify(text)`), called at once too (`createNotifier(channel)(text)`, a
 * curried helper: `createCheckoutSessionUrl(stripe)({ email })`). The call is followed into the method like any
 * helper, with and without types.
 */
import { ruleTester } from '../helpers/rule-tester';

const HOOK = {
  'src/analytics.ts': `import { posthog } from 'posthog-js';
export function useAnalytics() {
  const capture = (event: string, properties?: Record<string, unknown>) => {
    posthog.capture(event, properties);
  };
  const identify = (distinctId?: string) => posthog.identify(distinctId);
  return { capture, identify };
}
`,
};

const FACTORY = {
  'src/outbox.ts': `export function createOutbox(endpoint: string) {
  return {
    async deliver(to: string, subject: string) {
      await fetch(endpoint, { method: 'POST', body: JSON.stringify({ to, subject }) });
    },
  };
}
`,
};

/** A factory that returns the sending function itself. */
const CALLABLE = {
  'src/notifier.ts': `export function createNotifier(channel: string) {
  return async (text: string) => {
    await fetch('https://hooks.slack.com/services/T0/B0/X0', { method: 'POST', body: JSON.stringify({ channel, text }) });
  };
}
`,
};

ruleTester('no-unguarded-external-transfer', {
  valid: [
    {
      code: `// a message without a person's data, through the function a factory returns
import { createNotifier } from './notifier';
const notify = createNotifier('#deploys');
export async function deployed(version: string) {
  await notify('Deployed ' + version);
}`,
      files: CALLABLE,
    },
    {
      code: `// an event with ids only, through the hook's method
import { useAnalytics } from './analytics';
export function track(linkId: string, documentId: string) {
  const analytics = useAnalytics();
  analytics.capture('Link Viewed', { linkId, documentId });
}`,
      files: HOOK,
    },
    {
      code: `// the company's address handed to the factory's method
import { createOutbox } from './outbox';
const outbox = createOutbox('https://hooks.partner.example/mail');
export async function ping() {
  await outbox.deliver(process.env.OPS_ADDRESS ?? '', 'ping');
}`,
      files: FACTORY,
    },
    {
      code: `// a message without a person's data, through the function a factory returns, called at once
import { createNotifier } from './notifier';
export async function deployed(version: string) {
  await createNotifier('#deploys')('Deployed ' + version);
}`,
      files: CALLABLE,
    },
  ],
  invalid: [
    {
      code: `// the visitor's address as an event property, through the hook's method
import { useAnalytics } from './analytics';
export function created(email: string, linkId: string) {
  const analytics = useAnalytics();
  analytics.capture('Account Created', { email, linkId });
}`,
      files: HOOK,
      errors: [{ messageId: 'externalTransfer', line: 5, column: 42, endLine: 5, endColumn: 47 }],
    },
    {
      code: `// a customer's address handed to the method of what a factory returns
import { createOutbox } from './outbox';
const outbox = createOutbox('https://hooks.partner.example/mail');
export async function welcome(customer: { email: string }) {
  await outbox.deliver(customer.email, 'Welcome');
}`,
      files: FACTORY,
      errors: [{ messageId: 'externalTransfer', line: 5, column: 24, endLine: 5, endColumn: 38, messageIncludes: 'hooks.partner.example' }],
    },
    {
      code: `// a customer's address in the text handed to the function a factory returns
import { createNotifier } from './notifier';
const notify = createNotifier('#signups');
export async function signedUp(user: { email: string }) {
  await notify(\`New sign-up: \${user.email}\`);
}`,
      files: CALLABLE,
      errors: [{ messageId: 'externalTransfer', line: 5, column: 32, endLine: 5, endColumn: 42 }],
    },
    {
      code: `// a customer's address in the text handed to the function a factory returns, called at once
import { createNotifier } from './notifier';
export async function signedUp(user: { email: string }) {
  await createNotifier('#signups')(\`New sign-up: \${user.email}\`);
}`,
      files: CALLABLE,
      errors: [{ messageId: 'externalTransfer', line: 4, column: 52, endLine: 4, endColumn: 62 }],
    },
    {
      code: `// a curried helper (an arrow returning an arrow) given the channel first and the customer's address next
import { createPoster } from './poster';
export async function upgrade(user: { id: string; email: string }) {
  return createPoster('#billing')(\`Upgrade by \${user.email}\`);
}`,
      files: {
        'src/poster.ts': `export const createPoster = (channel: string) => async (text: string) => {
  await fetch('https://hooks.slack.com/services/T0/B0/X0', { method: 'POST', body: JSON.stringify({ channel, text }) });
};
`,
      },
      errors: [{ messageId: 'externalTransfer', line: 4, column: 49, endLine: 4, endColumn: 59 }],
    },
  ],
});
