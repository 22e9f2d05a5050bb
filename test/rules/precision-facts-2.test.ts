/**
 * Precision on real repositories, round 2 (issue 7, item 5): what the code itself says about a value — that a branch
 * runs only in local development, that a union was narrowed to a variant without personal fields, that a call gives
 * back a response rather than what it sent, that a name holds an id, that the logger redacts a key, that a number is
 * a time — decides over the name-based guess. Each row is a false alarm found on a real application, written down small.
 */
// privacy-lint-disable-file no-hardcoded-personal-data -- the rule's own test data: made-up timestamps and a made-up number with a valid check digit
import { ruleTester } from '../helpers/rule-tester';

ruleTester('no-personal-data-in-logs', {
  valid: [
    // ── 1. Only in local development ──
    `// a payload printed only when NODE_ENV is "development" (a webhook publisher's debug output)
declare const qstash: { publishJSON(x: object): Promise<{ messageId: string }> };
export async function publish(customer: { email: string; name: string }) {
  const finalPayload = { event: 'lead.created', customer };
  const response = await qstash.publishJSON({ url: 'https://hooks.example.com', body: finalPayload });
  if (process.env.NODE_ENV === "development") {
    console.debug("Published webhook event", { ...response, payload: finalPayload });
  }
}`,
    `// outside production (a validated env object), in a ternary, after an && and after an early return on production
declare const env: { NODE_ENV: 'development' | 'test' | 'production' };
declare const logger: { info(message: string, data?: object): void };
export function signUp(user: { email: string }) {
  if (env.NODE_ENV !== 'production') logger.info('signed up', { email: user.email });
  process.env.NODE_ENV === 'development' && console.log('dev', user.email);
  const note = process.env.NODE_ENV === 'test' ? console.log('test', user.email) : undefined;
  return note;
}
export function debugSignIn(user: { email: string }) {
  if (env.NODE_ENV === 'production') return;
  console.log('signing in', user.email);
}
export function traceSignIn(user: { email: string }) {
  if (process.env.NODE_ENV !== 'development') {
    return;
  }
  console.log('trace', user.email);
}`,
    {
      code: `// a flag of the project's environment module, and a helper that logs called only under it
import { isLocalDev } from './environment';
function debugLog(value: string) { console.log('[debug]', value); }
export function notify(user: { email: string }) {
  if (isLocalDev) {
    console.log('notifying', user.email);
    debugLog(user.email);
  }
}`,
      files: { 'src/environment.ts': "export const isLocalDev = process.env.NODE_ENV === 'development';\n" },
    },
    // ── 2. A discriminated union narrowed to variants without personal fields (the types decide) ──
    {
      code: `// logged only when \`!config.ok\`: the failure variants hold a reason and a flag, not the accounts
interface ReviewDemoAccount { email: string; code: string }
declare const logger: { warn(message: string, data?: object): void };
type ConfigResult =
  | { ok: true; reviewDemoAccounts: ReviewDemoAccount[] }
  | { ok: false; reason: 'review_demo_disabled' }
  | { ok: false; hasReviewDemoAccounts: boolean; reason: 'review_demo_misconfigured' };
function getConfig(): ConfigResult {
  const accounts: ReviewDemoAccount[] = JSON.parse(process.env.REVIEW_ACCOUNTS ?? '[]');
  if (!accounts.length) return { ok: false, reason: 'review_demo_disabled' };
  return { ok: true, reviewDemoAccounts: accounts };
}
export function signIn() {
  const config = getConfig();
  if (!config.ok) {
    logger.warn('review sign-in unavailable', { ...config, ok: undefined });
    throw new Error('unavailable');
  }
  return config.reviewDemoAccounts.length;
}`,
      typeInfo: true,
    },
    // ── 3. What a sending call gives back is a response, not what it sent ──
    `// an ingest endpoint's and a send's responses
import { ingest } from '@acme/analytics';
declare function sendInvite(user: unknown): Promise<unknown>;
export async function record(rows: Array<{ email: string; ip: string }>, user: { email: string }) {
  const res = await ingest(rows);
  console.log(JSON.stringify({ res }));
  const receipt = await sendInvite(user);
  console.log('invited', receipt);
}`,
    `// a GraphQL mutation's response (Apollo in a Vue component's methods, TanStack Query), not the variables sent
import Cookies from 'js-cookie';
export default {
  methods: {
    async save(profile) {
      const respRaw = await this.$apollo.mutate({ mutation: 'updateProfile', variables: { name: this.user.name, phone: profile.phone } });
      Cookies.set('jwt', respRaw.data.updateProfile.jwt);
      const saved = await this.mutation.mutateAsync({ email: profile.email });
      console.log('saved', saved);
    },
  },
};`,
    // ── 4. An id read out of the customer's input ──
    `// a team id a helper extracts from a webhook's raw body, by a package's function or the project's own
import { extractTeamIdFromWebhook } from '@acme/slack-utils';
function teamIdOf(payload: any) { return payload.team_id || payload; }
export async function POST(request: Request) {
  const rawBody = await request.text();
  const teamId = extractTeamIdFromWebhook(rawBody);
  const slackTeamId = teamIdOf(JSON.parse(rawBody));
  console.warn('seeding failed', { teamId, slackTeamId });
}`,
    // ── 5. Keys the logger redacts ──
    `// pino's redact option: a list, { paths }, and a child of the redacting logger
import pino from 'pino';
const REDACTED = ['email', 'user.email', 'users[*].phone'];
const logger = pino({ level: 'info', redact: REDACTED });
const audit = pino({ redact: { paths: ['customer.address'], censor: '***' } });
const billing = logger.child({ module: 'billing' });
export function signUp(user: { email: string }, customer: { address: string }, users: Array<{ phone: string }>) {
  logger.info({ email: user.email }, 'signed up');
  logger.info({ user: { email: user.email } }, 'nested');
  billing.info({ email: user.email }, 'child');
  audit.info({ customer: { address: customer.address } }, 'moved');
  logger.info({ users }, 'list');
}`,
    {
      code: `// the team's own logger hashes these keys wherever they are (logs.redactedKeys), also inside a helper
declare const logger: { info(message: string, data?: object): void; warn(message: string, data?: object): void };
export function matched(message: { senderEmail: string }, user: { email: string; phone: string }) {
  logger.info('matched', { senderEmail: message.senderEmail, meta: { email: user.email } });
  logger.info('user', { account: { user: { phone: user.phone } } });
  warnAbout(user.email);
}
function warnAbout(address: string) { logger.warn('bounced', { email: address }); }`,
      config: { logs: { redactedKeys: ['email', 'senderEmail', 'user.phone'] } },
    },
  ],
  invalid: [
    {
      code: `// in production, or in every environment but development, the log is written where it matters
export function signUp(user: { email: string }) {
  if (process.env.NODE_ENV === 'production') console.log('prod', user.email);
  if (process.env.NODE_ENV !== 'development') console.log('not dev', user.email);
}
export function afterDevReturn(user: { email: string }) {
  if (process.env.NODE_ENV === 'development') return;
  console.log('deployed', user.email);
}`,
      errors: [
        { messageId: 'personalDataInLog', line: 3, column: 66 },
        { messageId: 'personalDataInLog', line: 4, column: 70 },
        { messageId: 'personalDataInLog', line: 8, column: 27 },
      ],
    },
    {
      code: `// the success variant holds the accounts
interface ReviewDemoAccount { email: string; code: string }
declare const logger: { warn(message: string, data?: object): void };
type ConfigResult = { ok: true; reviewDemoAccounts: ReviewDemoAccount[] } | { ok: false; reason: string };
declare function getConfig(): ConfigResult;
export function signIn() {
  const config = getConfig();
  if (config.ok) logger.warn('accounts', { config });
}`,
      typeInfo: true,
      errors: [{ messageId: 'personalDataInLog', line: 8, column: 44 }],
    },
    {
      code: `// without types the union is not narrowed: what the function returns decides, as before
interface ReviewDemoAccount { email: string; code: string }
declare const logger: { warn(message: string, data?: object): void };
function getConfig() {
  const accounts: ReviewDemoAccount[] = JSON.parse(process.env.REVIEW_ACCOUNTS ?? '[]');
  if (!accounts.length) return { ok: false as const, reason: 'review_demo_disabled' };
  return { ok: true as const, reviewDemoAccounts: accounts };
}
export function signIn() {
  const config = getConfig();
  if (!config.ok) logger.warn('unavailable', { ...config });
}`,
      typeInfo: false,
      errors: [{ messageId: 'personalDataInLog', line: 11, column: 51 }],
    },
    {
      code: `// a payment provider's customer is the record it was sent (the catalogue says so): logging it logs the e-mail
import Stripe from 'stripe';
const stripe = new Stripe('sk_test');
export async function createCustomer(user: { email: string; name: string }) {
  const created = await stripe.customers.create({ email: user.email, name: user.name });
  console.log('created', created);
}`,
      errors: [{ messageId: 'personalDataInLog', line: 6, column: 26 }],
    },
    {
      code: `// a body named for something else than an id stays the customer's input
declare function extractTeam(body: unknown): unknown;
export async function POST(request: Request) {
  const team = extractTeam(await request.json());
  console.warn('seeding failed', { team });
}`,
      errors: [{ messageId: 'personalDataInLog', line: 5, column: 36 }],
    },
    {
      code: `// keys pino does not redact, and a message string built from the value
import pino from 'pino';
const logger = pino({ redact: ['email'] });
export function signUp(user: { email: string; name: string }) {
  logger.info({ contact: user.email }, 'other key');
  logger.info({ email: user.email, name: user.name }, 'the name is not redacted');
  logger.info(\`signed up \${user.email}\`);
  logger.info({ user: { email: user.email } }, 'pino redacts from the root only');
}`,
      errors: [
        { messageId: 'personalDataInLog', line: 5, column: 26 },
        { messageId: 'personalDataInLog', line: 6, column: 42 },
        { messageId: 'personalDataInLog', line: 7, column: 28 },
        { messageId: 'personalDataInLog', line: 8, column: 32 },
      ],
    },
    {
      code: `// console writes what it is given, whatever the team's logger redacts
export function matched(user: { email: string }) {
  console.log('matched', { email: user.email });
}`,
      config: { logs: { redactedKeys: ['email'] } },
      errors: [{ messageId: 'personalDataInLog', line: 3, column: 35 }],
    },
  ],
});

ruleTester('no-unguarded-external-transfer', {
  valid: [],
  invalid: [
    {
      code: `// a send made only in local development still sends: it is reported like any other
export async function notify(user: { email: string }) {
  if (process.env.NODE_ENV === 'development') {
    await fetch('https://webhook.site/debug', { method: 'POST', body: JSON.stringify({ email: user.email }) });
  }
}`,
      errors: [{ messageId: 'externalTransfer', line: 4, column: 95, messageIncludes: 'webhook.site' }],
    },
  ],
});

ruleTester('no-hardcoded-personal-data', {
  valid: [
    `// millisecond timestamps in a test, written with thousands separators or given to Date
const created = new Date(123_456_789_000);
const updated = new Date(123456789000);
const earlier = new Date(Date.now() - 123456789000);
const total = 123_456_789_000;`,
  ],
  invalid: [
    {
      code: `// twelve digits with a valid check digit, not written as a time or a quantity
const residentNumber = 123456789000;`,
      errors: [{ messageId: 'hardcodedMyNumber', line: 2, column: 24 }],
    },
  ],
});
