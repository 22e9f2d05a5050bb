/**
 * How the engine finds an SDK's clients (the sink-matching part of the model): clients kept in class fields
 * (initialised, assigned in the constructor, injected by type), module singletons and default exports of other
 * project files, project factory functions, hooks, subclasses, dotted methods of any depth, and — with the type
 * checker — any value whose type an SDK package declares. Plus where SDK data goes: the vendor, a registered host,
 * the server named in the client's options.
 */
import { ruleTester } from '../helpers/rule-tester';

const STRIPE_TYPES = `export default class Stripe {
  constructor(key: string);
  customers: { create(params: { email?: string }): Promise<unknown> };
}
export interface Invoice { refunds: { create(params: unknown): void } }
`;

ruleTester('no-unguarded-external-transfer', {
  valid: [
    `// a project class that happens to be called Stripe is not the SDK
class Stripe { customers = { create(_p: unknown) { return 1; } } }
class Billing {
  constructor(private readonly stripe: Stripe) {}
  add(c: any) { return this.stripe.customers.create({ email: c.email }); }
}`,
    `// a field assigned something that is not a client
import { Resend } from 'resend';
class Mailer {
  private client: any;
  constructor() { this.client = { emails: { send(_x: unknown) {} } }; }
  welcome(c: any) { return this.client.emails.send({ to: c.email }); }
}`,
    {
      code: `// an exported singleton used with consent
import { resend } from './lib/resend';
declare function hasConsent(u: unknown): boolean;
export function welcome(c: any) { if (hasConsent(c)) resend.emails.send({ to: c.email }); }`,
      files: { 'src/lib/resend.ts': "import { Resend } from 'resend';\nexport const resend = new Resend('re_key');\n" },
    },
    {
      code: `// Elasticsearch on an internal cluster
import { Client } from '@elastic/elasticsearch';
const es = new Client({ node: 'https://search.corezo.internal:9200' });
declare const c: any;
es.index({ index: 'customers', document: { email: c.email } });`,
    },
    {
      code: `// an internal SMTP relay
import nodemailer from 'nodemailer';
const mail = nodemailer.createTransport({ host: 'smtp.corezo.internal', port: 25 });
declare const c: any;
mail.sendMail({ to: c.email, subject: 'Welcome' });`,
    },
    {
      code: `// the vendor's API host registered as a processor: the foreign-transfer rule's business
import { Resend } from 'resend';
const resend = new Resend('re_key');
declare const c: any;
resend.emails.send({ to: c.email, subject: 'Welcome' });`,
      config: { transfers: { processors: [{ host: 'api.resend.com', country: 'US', name: 'Resend Inc' }], internalHosts: [], consentGuards: [] } },
    },
    {
      code: `// with the checker, a type the SDK declares that is not its client is data, not a client
import type { Invoice } from 'stripe';
declare function resolve<T>(): T;
const inv = resolve<Invoice>();
declare const c: any;
inv.refunds.create({ email: c.email });`,
      files: { 'node_modules/stripe/index.d.ts': STRIPE_TYPES },
      typeInfo: true,
    },
    {
      code: `// without the checker, a value of an SDK type obtained from a container is not recognised
import Stripe from 'stripe';
declare function resolve<T>(): T;
const s = resolve<Stripe>();
declare const c: any;
s.customers.create({ email: c.email });`,
      files: { 'node_modules/stripe/index.d.ts': STRIPE_TYPES },
      typeInfo: false,
    },
  ],
  invalid: [
    {
      code: `// a lookup by e-mail sends the address too: Stripe's and Polar's customer lists, Plain's customer by e-mail
import Stripe from 'stripe';
import { Polar } from '@polar-sh/sdk';
import { PlainClient } from '@team-plain/typescript-sdk';
const stripe = new Stripe('sk');
const polar = new Polar({ accessToken: 't' });
const plain = new PlainClient({ apiKey: 'k' });
export async function find(email: string, customerId: string) {
  await stripe.customers.list({ email, limit: 1 });
  await polar.customers.list({ email, limit: 1 });
  await plain.getCustomerByEmail({ email });
  await stripe.customers.list({ limit: 1, starting_after: customerId });
}`,
      errors: [
        { messageId: 'externalTransfer', line: 9, column: 33, messageIncludes: 'Stripe' },
        { messageId: 'externalTransfer', line: 10, column: 32, messageIncludes: 'Polar' },
        { messageId: 'externalTransfer', line: 11, column: 36, messageIncludes: 'Plain' },
      ],
    },
    {
      code: `// a client assigned in the constructor (the field's type says nothing)
import { Resend } from 'resend';
class Mailer {
  private client: any;
  constructor(key: string) { this.client = new Resend(key); }
  welcome(c: any) { return this.client.emails.send({ to: c.email, subject: 'Welcome' }); }
}`,
      errors: [{ messageId: 'externalTransfer', line: 6, column: 58, messageIncludes: 'Resend (a third-party service)' }],
    },
    {
      code: `// a client assigned later, in a lifecycle method
import { PostHog } from 'posthog-node';
class Tracker {
  private ph?: PostHog;
  onModuleInit() { this.ph = new PostHog('phc_key'); }
  signup(c: any) { this.ph?.capture({ distinctId: c.id, event: 'signup', properties: { email: c.email } }); }
}`,
      errors: [{ messageId: 'externalTransfer', line: 6, column: 95, messageIncludes: 'PostHog' }],
    },
    {
      code: `// a client injected by type (NestJS): a constructor parameter property
import Stripe from 'stripe';
declare function Injectable(): ClassDecorator;
@Injectable()
export class Billing {
  constructor(private readonly stripe: Stripe) {}
  add(c: any) { return this.stripe.customers.create({ email: c.email }); }
}`,
      errors: [{ messageId: 'externalTransfer', line: 7, column: 62, messageIncludes: 'Stripe (a third-party service)' }],
    },
    {
      code: `// a field typed with the SDK's class, set by a decorator
import { Resend } from 'resend';
declare function Inject(token: string): PropertyDecorator;
export class Mailer {
  @Inject('RESEND') private readonly mailer!: Resend;
  welcome(c: any) { return this.mailer.emails.send({ to: c.email }); }
}`,
      errors: [{ messageId: 'externalTransfer', line: 6, column: 58, messageIncludes: 'Resend' }],
    },
    {
      code: `// a client made only when configured, in another file
import { resend } from './lib/resend';
export async function unsubscribe(c: any) { if (!resend) return; await resend.contacts.remove({ email: c.email }); }`,
      files: { 'src/lib/resend.ts': "import { Resend } from 'resend';\nexport const resend = process.env.RESEND_API_KEY ? new Resend(process.env.RESEND_API_KEY) : null;\n" },
      errors: [{ messageId: 'externalTransfer', line: 3, column: 104, messageIncludes: 'Resend' }],
    },
    {
      code: `// a module singleton exported from another file
import { resend } from './lib/resend';
export function welcome(c: any) { return resend.emails.send({ to: c.email }); }`,
      files: { 'src/lib/resend.ts': "import { Resend } from 'resend';\nexport const resend = new Resend('re_key');\n" },
      errors: [{ messageId: 'externalTransfer', line: 3, column: 67, messageIncludes: 'Resend' }],
    },
    {
      code: `// a singleton reached through a tsconfig paths alias and a barrel that renames it
import { stripe } from '@/lib/stripe';
import { billing } from '@/lib';
declare const c: any;
stripe.customers.create({ email: c.email });
billing.customers.update(c.id, { phone: c.phone });`,
      files: {
        'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, module: 'commonjs', baseUrl: '.', paths: { '@/*': ['src/*'] }, types: [], noEmit: true }, include: ['src/**/*'] }),
        'src/lib/stripe.ts': "import Stripe from 'stripe';\nexport const stripe = new Stripe('sk_test');\n",
        'src/lib/index.ts': "export { stripe as billing } from './stripe';\n",
      },
      errors: [
        { messageId: 'externalTransfer', line: 5, column: 34, messageIncludes: 'Stripe' },
        { messageId: 'externalTransfer', line: 6, column: 41, messageIncludes: 'Stripe' },
      ],
    },
    {
      code: `// a default-exported client, and a namespace import of the clients module
import openai from './lib/openai';
import * as clients from './lib/openai';
export async function summarise(c: any) {
  await openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: c.address }] });
  await clients.client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: c.email }] });
}`,
      files: { 'src/lib/openai.ts': "import OpenAI from 'openai';\nexport const client = new OpenAI();\nexport default client;\n" },
      errors: [
        { messageId: 'externalTransfer', line: 5, column: 95, messageIncludes: 'OpenAI' },
        { messageId: 'externalTransfer', line: 6, column: 103, messageIncludes: 'OpenAI' },
      ],
    },
    {
      code: `// a project factory, called directly and through a variable; a lazy singleton
import { getPostHogClient, posthogLazy } from './lib/posthog';
declare const c: any;
getPostHogClient().capture({ distinctId: c.id, event: 'signup', properties: { email: c.email } });
const ph = getPostHogClient();
ph.identify({ distinctId: c.id, properties: { phone: c.phone } });
posthogLazy().capture({ distinctId: c.id, event: 'x', properties: { name: c.fullName } });`,
      files: {
        'src/lib/posthog.ts': `import { PostHog } from 'posthog-node';
export function getPostHogClient() { return new PostHog('phc_key'); }
let client: PostHog | null = null;
export const posthogLazy = () => { if (!client) client = new PostHog('phc_key'); return client; };
`,
      },
      errors: [
        { messageId: 'externalTransfer', line: 4, column: 86, messageIncludes: 'PostHog' },
        { messageId: 'externalTransfer', line: 6, column: 54, messageIncludes: 'PostHog' },
        { messageId: 'externalTransfer', line: 7, column: 75, messageIncludes: 'PostHog' },
      ],
    },
    {
      code: `// dotted methods of three, four and five levels, also on a field
import OpenAI from 'openai';
import { Client } from '@hubspot/api-client';
declare const c: any;
const openai = new OpenAI();
openai.beta.chat.completions.parse({ model: 'gpt-4o', messages: [{ role: 'user', content: c.email }] });
new Client({ accessToken: 'token' }).crm.contacts.basicApi.create({ properties: { phone: c.phone } });
class Assistant {
  private readonly ai = new OpenAI();
  ask(c: any) { return this.ai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: c.fullName }] }); }
}`,
      errors: [
        { messageId: 'externalTransfer', line: 6, column: 91, messageIncludes: 'OpenAI' },
        { messageId: 'externalTransfer', line: 7, column: 90, messageIncludes: 'HubSpot (a third-party service) by `crm.contacts.basicApi.create`' },
        { messageId: 'externalTransfer', line: 10, column: 111, messageIncludes: 'OpenAI' },
      ],
    },
    {
      code: `// a React hook's client, and methods destructured from a hook
import { usePostHog } from 'posthog-js/react';
import { useIntercom } from 'react-use-intercom';
export function Profile({ user }: { user: any }) {
  const posthog = usePostHog();
  const { update } = useIntercom();
  posthog?.identify(user.id, { email: user.email });
  update({ phone: user.phone });
  return null;
}`,
      errors: [
        { messageId: 'externalTransfer', line: 7, column: 39, messageIncludes: 'PostHog' },
        { messageId: 'externalTransfer', line: 8, column: 19, messageIncludes: 'Intercom' },
      ],
    },
    {
      code: `// SDK functions imported by name, and through require
import { generateText, streamText } from 'ai';
const { createCustomer } = require('@lemonsqueezy/lemonsqueezy.js');
declare const c: any; declare const model: any;
generateText({ model, system: 'You are helpful.', prompt: c.email });
streamText({ model, messages: [{ role: 'user', content: c.address }] });
createCustomer(1, { email: c.email });`,
      errors: [
        { messageId: 'externalTransfer', line: 5, column: 59, messageIncludes: 'AI SDK' },
        { messageId: 'externalTransfer', line: 6, column: 57, messageIncludes: 'AI SDK' },
        { messageId: 'externalTransfer', line: 7, column: 28, messageIncludes: 'Lemon Squeezy' },
      ],
    },
    {
      code: `// the AI SDK sends to the provider of the model it is given
import { generateText, embed } from 'ai';
import { openai } from '@ai-sdk/openai';
import { anthropic } from '@ai-sdk/anthropic';
import * as mistral from '@ai-sdk/mistral';
declare const c: any;
generateText({ model: anthropic('claude-sonnet-4-5'), system: 'Be brief.', messages: [{ role: 'user', content: c.email }] });
embed({ model: openai.embedding('text-embedding-3-small'), value: c.address });
generateText({ model: mistral.mistral('mistral-large-latest'), prompt: c.phone });`,
      errors: [
        { messageId: 'externalTransfer', line: 7, column: 112, messageIncludes: 'Anthropic (a third-party service) by `generateText`' },
        { messageId: 'externalTransfer', line: 8, column: 67, messageIncludes: 'OpenAI (a third-party service) by `embed`' },
        { messageId: 'externalTransfer', line: 9, column: 72, messageIncludes: 'Mistral AI (a third-party service)' },
      ],
    },
    {
      code: `// with the checker, a value whose type the SDK package declares, however it was obtained
import Stripe from 'stripe';
declare function resolve<T>(): T;
const s = resolve<Stripe>();
declare const c: any;
s.customers.create({ email: c.email });`,
      files: { 'node_modules/stripe/index.d.ts': STRIPE_TYPES },
      typeInfo: true,
      errors: [{ messageId: 'externalTransfer', line: 6, column: 29, messageIncludes: 'Stripe' }],
    },
    {
      code: `// Elasticsearch on a host outside the company
import { Client } from '@elastic/elasticsearch';
const es = new Client({ node: 'https://search.partner.example.com:9243' });
declare const c: any;
es.index({ index: 'customers', document: { email: c.email } });`,
      errors: [{ messageId: 'externalTransfer', line: 5, column: 51, messageIncludes: '`search.partner.example.com`' }],
    },
    {
      code: `// a client taken out of Promise.all beside another lookup (audit 9: vendure's Stripe service)
import Stripe from 'stripe';
class ShopStripe extends Stripe { constructor(key: string) { super(key, {} as any); } }
export class StripeService {
  async client(key: string): Promise<ShopStripe> { return new ShopStripe(key); }
  async register(key: string, customer: { emailAddress: string }) {
    const [stripe, count] = await Promise.all([this.client(key), Promise.resolve(1)]);
    const [, again] = [count, stripe];
    await stripe.customers.create({ email: customer.emailAddress });
    await again.customers.create({ email: customer.emailAddress });
  }
}`,
      errors: [
        { messageId: 'externalTransfer', line: 9, column: 44, messageIncludes: 'Stripe' },
        { messageId: 'externalTransfer', line: 10, column: 43, messageIncludes: 'Stripe' },
      ],
    },
  ],
}, 'clients of SDKs');

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// a project class called Logger that does not log
class Logger { log(_x: unknown) { return 0; } }
class Audit { private readonly out = new Logger(); run(c: any) { this.out.log(c.id); } }`,
  ],
  invalid: [
    {
      code: `// a subclass of NestJS's ConsoleLogger, constructed and injected by type
import { ConsoleLogger } from '@nestjs/common';
class AppLogger extends ConsoleLogger {}
const audit = new AppLogger();
declare const c: any;
audit.log(c.email);
class Orders {
  constructor(private readonly trail: AppLogger) {}
  place(c: any) { this.trail.warn(c.phone); }
}`,
      errors: [
        { messageId: 'personalDataInLog', line: 6, column: 11 },
        { messageId: 'personalDataInLog', line: 9, column: 35 },
      ],
    },
    {
      code: `// morgan tokens write what the callback returns into every access-log line
import morgan from 'morgan';
morgan.token('customer', (req: any) => req.user.email);
morgan.token('customer-id', (req: any) => { return req.user.id; });`,
      errors: [{ messageId: 'personalDataInLog', line: 3, column: 40 }],
    },
  ],
}, 'clients of SDKs');

ruleTester('no-foreign-transfer-without-consent', {
  valid: [
    {
      code: `// a Japanese vendor's host registered as a processor in Japan
import Payjp from 'payjp';
const payjp = Payjp('sk_test');
declare const c: any;
payjp.customers.create({ email: c.email });`,
      config: { transfers: { processors: [{ host: 'api.pay.jp', country: 'JP', name: 'PAY' }], internalHosts: [], consentGuards: [] } },
    },
  ],
  invalid: [
    {
      code: `// an SDK whose API host is registered as a processor abroad
import { Resend } from 'resend';
const resend = new Resend('re_key');
declare const c: any;
resend.emails.send({ to: c.email, subject: 'Welcome' });`,
      config: { transfers: { processors: [{ host: 'api.resend.com', country: 'US', name: 'Resend Inc' }], internalHosts: [], consentGuards: [] } },
      errors: [{ messageId: 'foreignProcessor', line: 5, column: 26, messageIncludes: 'Resend Inc' }],
    },
  ],
}, 'SDK vendors registered as processors');

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// a DOM <span> element's attribute is the page's, not a trace's
declare const user: { email: string };
const span = document.createElement('span');
span.setAttribute('title', user.email);`,
  ],
  invalid: [
    {
      code: `// span attributes are exported with the trace (dittofeed's request context)
import { trace } from '@opentelemetry/api';
declare function withSpan<T>(o: { name: string }, fn: (span: { setAttributes(a: object): void }) => Promise<T>): Promise<T>;
export async function requestContext(member: { id: string; email: string }) {
  return withSpan({ name: 'ctx' }, async (span) => {
    const { id: memberId, email: memberEmail } = member;
    span.setAttributes({ memberId, memberEmail });
    trace.getActiveSpan()?.setAttribute('user.email', member.email);
  });
}`,
      errors: [
        { messageId: 'personalDataInLog', line: 7, column: 36, messageIncludes: '`span.setAttributes`' },
        { messageId: 'personalDataInLog', line: 8, column: 55 },
      ],
    },
    {
      code: `// the named export reached through the module's default or namespace import (HyperDX's business context)
import opentelemetry from '@opentelemetry/api';
import * as otel from '@opentelemetry/api';
export function setBusinessContext(user: { id: string; email: string }) {
  const attributes: Record<string, string> = {};
  attributes['user.email'] = String(user.email);
  opentelemetry.trace.getActiveSpan()?.setAttributes(attributes);
  otel.trace.getActiveSpan()?.setAttribute('user.email', user.email);
}`,
      errors: [
        { messageId: 'personalDataInLog', line: 7, column: 54 },
        { messageId: 'personalDataInLog', line: 8, column: 58 },
      ],
    },
  ],
}, 'OpenTelemetry spans');

ruleTester('no-unguarded-external-transfer', {
  valid: [],
  invalid: [
    {
      code: `// Gmail clients made by the API's class and by the per-API package (dittofeed's Gmail sender)
import { gmail_v1 } from 'googleapis';
import { gmail } from '@googleapis/gmail';
export async function send(auth: unknown, contact: { email: string }) {
  const raw = Buffer.from(\`To: \${contact.email}\r\n\`).toString('base64url');
  await new gmail_v1.Gmail({ auth }).users.messages.send({ userId: 'me', requestBody: { raw } });
  const g = gmail({ version: 'v1', auth });
  await g.users.messages.send({ userId: 'me', requestBody: { raw } });
}`,
      errors: [
        { messageId: 'externalTransfer', line: 7, column: 89, messageIncludes: 'Google Workspace APIs' },
        { messageId: 'externalTransfer', line: 9, column: 62, messageIncludes: 'Google Workspace APIs' },
      ],
    },
  ],
}, 'Google API clients');

ruleTester('no-unguarded-external-transfer', {
  valid: [],
  invalid: [
    {
      code: `// a client handed in inside a destructured parameter (audit 11: papra's Stripe customer)
import Stripe from 'stripe';
interface Deps { mailer: { send(x: unknown): void }; stripe: Stripe }
async function createCustomer({ stripeClient, email }: { stripeClient: Stripe; email: string }) {
  return stripeClient.customers.create({ email });
}
async function again({ stripe: client }: Deps, user: { email: string }) {
  return client.customers.create({ email: user.email });
}`,
      errors: [
        { messageId: 'externalTransfer', line: 5, column: 42, messageIncludes: 'Stripe' },
        { messageId: 'externalTransfer', line: 8, column: 43, messageIncludes: 'Stripe' },
      ],
    },
  ],
}, 'clients in destructured parameters');
