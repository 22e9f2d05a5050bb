/**
 * Precision facts from precision audit 13 (fresh repositories: growthbook, parabol, erxes), round 8. Each quiet case
 * stands next to the true positive that must stay.
 */
import { ruleTester } from '../helpers/rule-tester';

ruleTester('no-personal-data-in-logs', {
  valid: [
    {
      // A service object whose context holds the signed-in user's e-mail makes a SQL string: the string is the
      // method's text, not the user (audit 13: growthbook's query runners). The type says it is a string.
      code: `import pino from 'pino';
const logger = pino();
interface Context { email: string; userId: string }
interface SourceIntegration { context: Context; datasource: string; getPastExperimentQuery(params: { from: Date }): string }
export class PastExperimentsQueryRunner {
  constructor(private integration: SourceIntegration) {}
  start(params: { from: Date }) {
    const query = this.integration.getPastExperimentQuery(params);
    logger.debug(query);
  }
}`,
      typeInfo: true,
    },
  ],
  invalid: [
    {
      // What the object holds at its top goes into the text its method makes.
      code: `import pino from 'pino';
const logger = pino();
interface Member { email: string; name: string; describe(): string }
export function show(member: Member) {
  logger.info(member.describe());
}`,
      errors: [{ messageId: 'personalDataInLog', line: 5, column: 15 }],
      typeInfo: true,
    },
    {
      // A rule factory given two numbers returns a callback a library calls with the request's context; the callback
      // logs the client IP it reads from that context. The IP is the callback's own (reported where it is logged),
      // not something the factory's callers hand in: the factory's calls are not reported (audit 13: parabol).
      code: `import { rule } from 'graphql-shield';
interface Ctx { authToken: string | null; ip: string }
const logError = async (error: Error, options: { userId?: string | null; ip?: string } = {}) => {
  const { userId } = options;
  console.error(error.message, { userId });
};
const rateLimit = ({ perMinute, perHour }: { perMinute: number; perHour: number }) =>
  rule(\`rateLimit-\${perMinute}-\${perHour}\`)((_source: unknown, _args: unknown, context: Ctx) => {
    const { authToken, ip } = context;
    const userId = authToken || ip;
    if (perMinute > perHour) logError(new Error('Too Many Requests'), { userId });
    return true;
  });
export const permissions = { addTeam: rateLimit({ perMinute: 20, perHour: 100 }), addOrg: rateLimit({ perMinute: 2, perHour: 5 }) };`,
      errors: [{ messageId: 'personalDataInLog', line: 11, column: 73, severity: 'warning' }],
    },
    {
      // The same helper whose array callback logs the elements its callers give: reported at the callers.
      code: `function notify(list: string[]) {
  list.forEach((item) => console.info('notifying', item));
}
declare const user: { email: string };
export function run() { notify([user.email]); }`,
      errors: [{ messageId: 'personalDataInLog', line: 5, column: 33 }],
    },
  ],
});

// Audit 13, patterns B–D: an `address` that is a page's or a server's, names of things, counts and settings.
ruleTester('no-personal-data-in-logs', {
  valid: [
    `// a service registry's address, and a warehouse table's full name (growthbook, erxes)
declare const services: Array<{ name: string; address: string }>;
declare const registry: { tableFullName: string } | undefined;
export function report() {
  for (const service of services) console.log('downloaded from', \`\${service.address}/plugin.js\`);
  console.debug('inserting into', registry?.tableFullName);
}`,
    `// a proxy target destructured by its type, and a company's registered address
interface ErxesProxyTarget { name: string; address: string; config?: unknown }
declare const company: { name: string; address: string };
export function up({ address }: ErxesProxyTarget) {
  console.error(\`graphql endpoint \${address}/graphql is not ready\`);
  console.info('registered at', company.address);
}`,
    `// the credentials of a webhook's proxy, from its options (erxes' automations)
export function agentUrl(options: { proxy?: { host: string; port: number; auth?: { username: string; password: string } } }) {
  const { proxy } = options;
  if (proxy?.auth) console.debug('proxy', \`http://\${proxy.auth.username}:\${proxy.auth.password}@\${proxy.host}:\${proxy.port}\`);
}`,
    `// an API account read from the environment (erxes' PBX integration)
export function login() {
  const { CALL_API_USER, CALL_API_PASSWORD } = process.env;
  const apiUser = CALL_API_USER;
  if (!CALL_API_PASSWORD) console.error('auth failed for', 'apiUser:', apiUser);
}`,
  ],
  invalid: [
    {
      code: `// a customer's address, and a customer's full name, stay personal
declare const customer: { fullName: string; address: string };
export function show() {
  console.info('ship to', customer.address);
  console.info('for', customer.fullName);
}`,
      errors: [{ messageId: 'personalDataInLog', line: 4, column: 27 }, { messageId: 'personalDataInLog', line: 5, column: 23 }],
    },
  ],
});

ruleTester('no-personal-data-in-cookies', {
  valid: [
    `// the page to come back to after signing in (growthbook)
export function remember() {
  const redirectAddress = window.location.pathname + (window.location.search || '');
  window.sessionStorage.setItem('postAuthRedirectPath', redirectAddress);
}`,
  ],
  invalid: [
    {
      code: `declare const customer: { homeAddress: string };
export function remember() {
  const shippingAddress = customer.homeAddress;
  window.sessionStorage.setItem('ship', shippingAddress);
}`,
      errors: [{ messageId: 'personalDataInStorage', line: 4, column: 41 }],
    },
  ],
});

ruleTester('no-unguarded-external-transfer', {
  valid: [
    `// a count of seats, made by adding lengths (growthbook's upgrade modal)
import { Analytics } from '@segment/analytics-node';
const analytics = new Analytics({ writeKey: 'k' });
declare const organization: { members?: unknown[]; invites?: unknown[] };
export function upgrade() {
  const currentUsers = (organization.members?.length || 0) + (organization.invites?.length || 0);
  analytics.track({ userId: 'u', event: 'upgrade', properties: { currentUsers } });
}`,
    `// the integration's own login from the tenant's settings, and a client's own credentials (erxes)
declare const erkhetConfig: { userEmail: string; apiKey: string };
export async function sync() {
  const userEmail = erkhetConfig.userEmail || '';
  await fetch('https://ebarimt.example.mn/api/orders', { method: 'POST', body: JSON.stringify({ userEmail, apiKey: erkhetConfig.apiKey }) });
}
export class StorePayAPI {
  constructor(private username: string, private password: string) {}
  async authorize() {
    const { username, password } = this;
    await fetch('https://merchant.storepay.example.mn/oauth/token', { method: 'POST', body: JSON.stringify({ username, password }) });
  }
}`,
    {
      code: `// a merchant company's registration: its address is the business's
interface IMerchantCompanyParams { register_number: string; name: string; address: string; phone?: string }
export async function createCompany(args: IMerchantCompanyParams) {
  await fetch('https://quickqr.example.mn/v2/merchant/company', { method: 'POST', body: JSON.stringify({ address: args.address }) });
}`,
      typeInfo: true,
    },
    `// a metric's name and description, from the body of a request about metrics, embedded by an AI model
import OpenAI from 'openai';
const openai = new OpenAI();
export async function postSimilarMetrics(req: { body: { name: string; description: string } }) {
  const { name, description } = req.body;
  await openai.embeddings.create({ model: 'text-embedding-3-small', input: \`Name: \${name} Description: \${description}\` });
}`,
  ],
  invalid: [
    {
      code: `// a person's password from a form, and a contact's name from the body of a request about contacts
import OpenAI from 'openai';
const openai = new OpenAI();
export async function signUp(body: { email: string; password: string }) {
  const { password } = body;
  await fetch('https://crm.example.com/api/users', { method: 'POST', body: JSON.stringify({ password }) });
}
export async function postContact(req: { body: { name: string } }) {
  const { name } = req.body;
  await openai.embeddings.create({ model: 'text-embedding-3-small', input: name });
}`,
      errors: [{ messageId: 'externalTransfer', line: 6, column: 93 }, { messageId: 'externalTransfer', line: 10, column: 76 }],
    },
  ],
});

// Audit 13, pattern J: a look-up about a campaign is not a marketing send.
ruleTester('marketing-requires-opt-out-check', {
  valid: [
    `// the sender address of a campaign, looked up (erxes' broadcast)
interface IEngageMessage { method: string; fromEmail: string; fromUserId: string }
declare function resolveCampaignFromEmail(models: unknown, doc: IEngageMessage): Promise<string>;
export async function send(models: unknown, doc: IEngageMessage) {
  const fromEmail = await resolveCampaignFromEmail(models, doc);
  return fromEmail;
}`,
  ],
  invalid: [
    {
      code: `interface Customer { email: string }
declare function sendCampaignEmail(to: string): Promise<void>;
export async function send(customer: Customer) {
  await sendCampaignEmail(customer.email);
}`,
      errors: [{ messageId: 'noOptOutCheck', line: 4, column: 27 }],
    },
  ],
});

// Audit 13, pattern F: the app's own API host, kept in a settings object filled at start-up.
ruleTester('no-unguarded-external-transfer', {
  valid: [
    `// growthbook's front end: env.apiHost starts empty and is filled from /api/init
const env = { apiHost: '', cdnHost: '' };
export async function initEnv() { Object.assign(env, await (await fetch('/api/init')).json()); }
export function getApiHost(): string { return env.apiHost; }
export async function apiCall(url: string, user: { email: string }) {
  return fetch(getApiHost() + url, { method: 'POST', body: JSON.stringify({ email: user.email }) });
}`,
  ],
  invalid: [
    {
      code: `// a host of another service kept the same way stays unknown
const env = { crmHost: '' };
export async function initEnv() { Object.assign(env, await (await fetch('/api/init')).json()); }
export async function push(user: { email: string }) {
  return fetch(env.crmHost + '/contacts', { method: 'POST', body: JSON.stringify({ email: user.email }) });
}`,
      errors: [{ messageId: 'unknownNamedDestination', line: 5, column: 91, messageIncludes: 'env.crmHost' }],
    },
  ],
});
