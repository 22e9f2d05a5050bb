/**
 * Precision facts from precision audit 19 (fresh repositories: stack-auth, anything-llm, Flowise), round 14. Each
 * quiet case stands next to the true positive that must stay.
 */
import { ruleTester } from '../helpers/rule-tester';

/** An event bus that logs an event only when it has no id to route by (spacebar's), and a recorder of failures. */
const EVENTS = { 'src/events.ts': `export interface Event { guild_id?: string; user_id?: string; event: string; data?: unknown }
declare const bus: { publish(id: string, e: Event): Promise<void> };
export async function emitEvent(payload: Event) {
  const id = (payload.guild_id || payload.user_id) as string;
  if (!id) return console.error("event doesn't contain any id", payload);
  await bus.publish(id, payload);
}
export function record(entry: { ok: boolean; detail: unknown }) {
  if (entry.ok) return;
  else console.warn('failed', entry.detail);
}` };

ruleTester('no-unguarded-external-transfer', {
  valid: [
    `// an SDK's client of the app's own backend: the base URL from its options, the API's path under it (stack-auth)
interface Options { getBaseUrl(): string }
export class ClientInterface {
  constructor(public readonly options: Options) {}
  getApiUrl() {
    return this.options.getBaseUrl() + '/api/v1';
  }
  protected async sendRequest(path: string, requestOptions: RequestInit, apiUrlOverride?: string) {
    let url = (apiUrlOverride ?? this.getApiUrl()) + path;
    if (url.endsWith('/')) {
      url = url.slice(0, -1);
    }
    return await fetch(url, requestOptions);
  }
  async signIn(email: string, password: string) {
    return await this.sendRequest('/auth/password/sign-in', { method: 'POST', body: JSON.stringify({ email, password }) });
  }
}`,
    `// the app's API named by a member of the options (getApiUrls, apiUrl) or by a generic setting with the API's path
export class ServerInterface {
  constructor(private readonly options: { getApiUrls(): string[]; apiUrl: string }) {}
  async invite(email: string) {
    await fetch(this.options.apiUrl + '/invitations', { method: 'POST', body: JSON.stringify({ email }) });
    return fetch(\`\${this.options.getApiUrls()[0]}/users\`, { method: 'POST', body: JSON.stringify({ email }) });
  }
  async env(email: string) {
    return fetch(\`\${process.env.APP_URL}/api/invitations\`, { method: 'POST', body: JSON.stringify({ email }) });
  }
}`,
  ],
  invalid: [
    {
      code: `// a base named for another service, a base without an API's path, a URL of some record: still unknown (a let set
// anew is not the address it started with)
export class Client {
  constructor(private readonly gitlabUrl: string, private readonly baseUrl: string) {}
  async a(email: string) {
    return fetch(\`\${this.gitlabUrl}/api/v4/invitations\`, { method: 'POST', body: JSON.stringify({ email }) });
  }
  async b(email: string) {
    return fetch(\`\${this.baseUrl}/v1/invitations\`, { method: 'POST', body: JSON.stringify({ email }) });
  }
  async c(email: string, instance: { url: string }) {
    let url = instance.url + '/api/v1';
    url = 'https://other.example.net/x';
    return fetch(url, { method: 'POST', body: JSON.stringify({ email }) });
  }
}`,
      filename: 'src/client.ts',
      errors: [
        { messageId: 'unknownDestination', line: 6, column: 99 },
        { messageId: 'unknownDestination', line: 9, column: 93 },
        { messageId: 'unknownDestination', line: 14, column: 64 },
      ],
    },
  ],
});

ruleTester('no-unguarded-external-transfer', {
  valid: [
    `// a health monitor signs a made-up account up and polls its mailbox (stack-auth): helpers only this file calls,
// named for an e-mail address, never given a person's
declare function generateSecureRandomString(): string;
declare function getEnvVariable(name: string): string;
const fetchFromInbox = async (testEmail: string) => {
  const mailboxName = testEmail.split('@')[0];
  return await fetch(\`\${getEnvVariable('MONITOR_INBOX_URL')}/mailbox/\${encodeURIComponent(mailboxName)}\`);
};
const waitForEmail = async (testEmail: string) => fetchFromInbox(testEmail);
async function performSignUp(email: string, password: string) {
  return await fetch(\`\${getEnvVariable('MONITOR_TARGET_URL')}/sign-up\`, { method: 'POST', body: JSON.stringify({ email, password }) });
}
export async function handler() {
  const testEmail = \`monitor+\${generateSecureRandomString()}@\${getEnvVariable('MONITOR_DOMAIN')}\`;
  await performSignUp(testEmail, generateSecureRandomString());
  await waitForEmail(testEmail);
}`,
  ],
  invalid: [
    {
      code: `// the same helpers given a customer's address by one call, exported, or passed on as a callback: reported
declare const customer: { email: string };
declare function getEnvVariable(name: string): string;
const signUp = async (email: string) => fetch(\`\${getEnvVariable('TARGET_URL')}/sign-up\`, { method: 'POST', body: email });
const relay = (address: string) => signUp(address);
export async function a() { await relay(customer.email); await signUp('ops@example.com'); }
export const exported = async (email: string) => fetch(\`\${getEnvVariable('TARGET_URL')}/x\`, { method: 'POST', body: email });
const callback = async (email: string) => fetch(\`\${getEnvVariable('TARGET_URL')}/y\`, { method: 'POST', body: email });
export const list = ['ops@example.com'].map(callback);`,
      filename: 'src/signup.ts',
      errors: [
        { messageId: 'unknownDestination', line: 4, column: 114 },
        { messageId: 'unknownDestination', line: 6, column: 41 },
        { messageId: 'unknownDestination', line: 7, column: 117 },
        { messageId: 'unknownDestination', line: 8, column: 110 },
      ],
    },
  ],
});

ruleTester('no-personal-data-in-logs', {
  valid: [
    {
      code: `// a document's name from the request, handed to helpers that call it a filename (anything-llm's purge)
const express = require('express');
const app = express();
async function purgeVectorCache(filename = null) { console.log(\`Purging vector-cache of \${filename}.\`); }
async function purgeDocument(filename = null) { await purgeVectorCache(filename); }
async function archive(docName, workspaceTitle) { console.log('archiving', docName, workspaceTitle); }
module.exports = { purgeDocument, archive };
app.delete('/system/remove-document', async (request, response) => {
  const { name } = request.body;
  await purgeDocument(name);
  await archive(name, name);
  response.sendStatus(200);
});`,
      filename: 'server/endpoints/system.js',
    },
  ],
  invalid: [
    {
      code: `// the same name handed to a helper that calls it a person, or a parameter a person's name: reported
const express = require('express');
const app = express();
async function greet(person) { console.log(\`Hello \${person}.\`); }
async function rename(userName, fileName) { console.log('renaming', userName, fileName); }
module.exports = { greet, rename };
app.post('/profile', async (request, response) => {
  const { name, email } = request.body;
  await greet(name);
  await rename(name, email);
  response.sendStatus(200);
});`,
      filename: 'server/endpoints/profile.js',
      errors: [
        { messageId: 'personalDataInLog', line: 5, column: 69 },
        { messageId: 'personalDataInLog', line: 9, column: 15 },
        { messageId: 'personalDataInLog', line: 10, column: 16, messageIncludes: '`name` is a name' },
      ],
    },
  ],
});

ruleTester('no-personal-data-in-cookies', {
  valid: [
    `// the instance's support mailbox, fetched from the server and cached (anything-llm's settings)
declare const API_BASE: string;
export async function fetchSupportEmail() {
  const { supportEmail } = await fetch(\`\${API_BASE}/system/support-email\`).then((res) => res.json());
  window.localStorage.setItem('anythingllm_support_email', JSON.stringify({ email: supportEmail, lastFetched: Date.now() }));
  return supportEmail;
}`,
  ],
  invalid: [
    {
      code: `// a customer's own address and a contact e-mail, cached the same way: reported
declare const API_BASE: string;
export async function fetchProfile() {
  const { email, contactEmail } = await fetch(\`\${API_BASE}/me\`).then((res) => res.json());
  window.localStorage.setItem('profile', JSON.stringify({ email, lastFetched: Date.now() }));
  window.localStorage.setItem('contact', contactEmail);
}`,
      errors: [
        { messageId: 'personalDataInStorage', line: 5, column: 59 },
        { messageId: 'personalDataInStorage', line: 6, column: 42 },
      ],
    },
  ],
});

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// the error an identity provider puts on an OAuth callback (anything-llm's Outlook sign-in)
import express from 'express';
const app = express();
app.get('/outlook/auth-callback', (request, response) => {
  const { code, error, error_description } = request.query;
  if (error) {
    console.error('Outlook OAuth error:', error, error_description);
    return response.redirect('/?outlook_auth=error');
  }
  return response.json({ code: typeof code });
});`,
  ],
  invalid: [
    {
      code: `// a description the customer wrote, from the same kind of request: reported
import express from 'express';
const app = express();
app.post('/tickets', (request, response) => {
  const { description, errorCode } = request.body;
  console.error('ticket', description, errorCode);
  return response.json({});
});`,
      errors: [{ messageId: 'personalDataInLog', line: 6, column: 27 }],
    },
  ],
});

ruleTester('no-personal-data-in-logs', {
  valid: [
    {
      code: `// an event bus that logs an event only when it has no id to route by; this call gives one (spacebar's emitEvent)
import { emitEvent } from './events';
declare const user: { id: string; email: string; username: string };
export async function updated() {
  await emitEvent({ event: 'USER_UPDATE', user_id: user.id, data: { email: user.email, username: user.username } });
}`,
      files: EVENTS,
    },
    {
      code: `// the else of a check the call satisfies
import { record } from './events';
declare const user: { email: string };
export function done() { record({ ok: true, detail: user.email }); }`,
      files: EVENTS,
    },
  ],
  invalid: [
    {
      code: `// the same helpers given an event without an id, and a failed entry: the branch that logs is taken
import { emitEvent, record } from './events';
declare const user: { id: string; email: string };
export async function updated() {
  await emitEvent({ event: 'USER_UPDATE', user_id: undefined, data: { email: user.email } });
  record({ ok: false, detail: user.email });
}`,
      files: EVENTS,
      errors: [
        { messageId: 'personalDataInLog', line: 5, column: 78 },
        { messageId: 'personalDataInLog', line: 6, column: 31 },
      ],
    },
  ],
});

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// the reply of a fetch the function is handed (jitsu's destination functions): the server's words, not the request
type Ctx = { fetch: (url: string, init: { method: string; body: string }) => Promise<{ status: number; text(): Promise<string> }>; log: { debug(m: string): void } };
export async function destination(event: { context: { ip: string; email: string } }, { fetch, log }: Ctx) {
  const res = await fetch('https://api2.amplitude.com/2/httpapi', { method: 'POST', body: JSON.stringify({ ip: event.context.ip }) });
  log.debug(\`Amplitude OK: \${res.status} message: \${await res.text()}\`);
}`,
  ],
  invalid: [
    {
      code: `// what the function itself writes to the log about the event: reported
type Ctx = { fetch: (url: string, init: { method: string; body: string }) => Promise<{ status: number }>; log: { debug(m: string): void } };
export async function destination(event: { context: { ip: string; email: string } }, { fetch, log }: Ctx) {
  const res = await fetch('https://api2.amplitude.com/2/httpapi', { method: 'POST', body: JSON.stringify({ ip: event.context.ip }) });
  log.debug(\`Amplitude \${res.status} for \${event.context.email}\`);
}`,
      errors: [{ messageId: 'personalDataInLog', line: 5, column: 44 }],
    },
  ],
});

ruleTester('no-unguarded-external-transfer', {
  valid: [
    {
      code: `// a front end's own API through a path joiner, and a helper whose address and data both come from its callers
// (Unleash's formatApiPath and passwordAuth)
import { formatApiPath } from './formatPath';
export async function forgot(email: string) {
  const path = formatApiPath('auth/reset/password-email');
  return fetch(path, { method: 'POST', body: JSON.stringify({ email }) });
}
export const passwordAuth = async (path: string, username: string, password: string) => {
  return fetch(path, { method: 'POST', body: JSON.stringify({ username, password }) });
};
export async function login(form: { username: string; password: string }) {
  return passwordAuth(formatApiPath('auth/simple/login'), form.username, form.password);
}`,
      files: { 'src/formatPath.ts': `declare const basePath: string;
const joinPaths = (...paths: string[]): string => {
  return ['', ...paths].join('/').replace(/\\/+$/g, '').replace(/\\/+/g, '/');
};
export const formatApiPath = (path: string, base = basePath): string => joinPaths(base, path);
` },
    },
  ],
  invalid: [
    {
      code: `// the same helper given another company's address: reported at the call
export const passwordAuth = async (path: string, username: string, password: string) => {
  return fetch(path, { method: 'POST', body: JSON.stringify({ username, password }) });
};
export async function login(form: { username: string; password: string }) {
  return passwordAuth('https://auth.thirdparty.example/login', form.username, form.password);
}`,
      errors: [{ messageId: 'externalTransfer', line: 6, column: 79 }],
    },
  ],
});

ruleTester('no-personal-data-in-logs', {
  valid: [
    {
      code: `// a command of a command-line program prints the signed-in user's own address as its answer (jitsu-cli whoami)
export async function whoami(loginInfo: { email: string; host: string }) {
  console.log(\`Logged in as \${loginInfo.email} on \${loginInfo.host}\`);
}`,
      filename: 'cli/src/commands/whoami.ts',
      files: { 'cli/package.json': JSON.stringify({ name: 'acme-cli', bin: './bin/acme', dependencies: { commander: '^12.0.0' } }) },
    },
  ],
  invalid: [
    {
      code: `// the same in a package that is no command-line program (a server with a bin to start it): a log
export async function whoami(loginInfo: { email: string; host: string }) {
  console.log(\`Logged in as \${loginInfo.email} on \${loginInfo.host}\`);
}`,
      filename: 'server/src/commands/whoami.ts',
      files: { 'server/package.json': JSON.stringify({ name: 'acme-server', bin: './bin/start', dependencies: { express: '^4.0.0' } }) },
      errors: [{ messageId: 'personalDataInLog', line: 3, column: 31 }],
    },
  ],
});

ruleTester('no-personal-data-in-logs', {
  valid: [
    {
      code: `// a middleware factory reads the project id where the route says (worklenz's verifyProjectAccess('params', 'id')):
// one member of the request, then one field of it, not the signed-in user's record
import verifyProjectAccess from './verify';
declare const router: { get(path: string, ...h: unknown[]): void };
router.get('/:projectId', verifyProjectAccess('params', 'projectId'));
router.post('/move', verifyProjectAccess('body', 'project_id'));`,
      typeInfo: true,
      files: { 'src/verify.ts': `interface IUser { id: string; password: string; email: string }
interface IReq { user?: IUser; params: Record<string, string>; body: any; query: any; path: string }
function logUnauthorizedAccess(userId: string, resourceId: string, path: string) {
  const logEntry = { userId, resourceId, path };
  console.error('[SECURITY]', logEntry);
}
export default function verifyProjectAccess(location: 'params' | 'body' | 'query' = 'params', fieldName = 'id') {
  return async (req: IReq, next: () => void) => {
    const userId = req.user?.id;
    const projectId = req[location]?.[fieldName];
    if (!userId) return;
    logUnauthorizedAccess(userId, projectId, req.path);
    next();
  };
}
` },
    },
  ],
  invalid: [
    {
      code: `// a key that may be the user's record, and every field of the customer's input in turn: reported
import express from 'express';
interface IUser { id: string; password: string; email: string }
interface IReq { user?: IUser; params: Record<string, string>; body: any }
export function audit(req: IReq, part: 'user' | 'params') {
  console.error('[AUDIT]', req[part]);
}
const app = express();
app.post('/x', (req, res) => {
  for (const key in req.body) console.log(key, req.body[key]);
  res.end();
});`,
      typeInfo: true,
      errors: [
        { messageId: 'personalDataInLog', line: 6, column: 28 },
        { messageId: 'personalDataInLog', line: 10, column: 48 },
      ],
    },
  ],
});

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// a method's name as a log's label (laudspeaker's this.moveCustomer.name), and a declared function's
declare const logger: { log(m: string, where: string): void };
const createUser = (email: string) => ({ email });
export class AudiencesService {
  async moveCustomer(customerId: string) {
    logger.log(\`moving \${customerId}\`, this.moveCustomer.name);
    logger.log('created', createUser.name);
  }
}`,
  ],
  invalid: [
    {
      code: `// a customer's name, read off a field holding the customer: reported
declare const logger: { log(m: string, where: string): void };
export class AudiencesService {
  private lastCustomer = { name: '' };
  async moveCustomer(customerId: string) {
    logger.log(\`moving \${customerId}\`, this.lastCustomer.name);
  }
}`,
      errors: [{ messageId: 'personalDataInLog', line: 6, column: 40 }],
    },
  ],
});

ruleTester('no-hardcoded-personal-data', {
  valid: [
    `// international phone numbers of a test fixture: a country code and a subscriber after a + (opencrvs)
export const informant = { mobile: '+123456789000', phoneNumber: '+1 2345 6789 000' };`,
  ],
  invalid: [
    {
      code: `// the same twelve digits without a +: a My Number with a valid check digit
export const informant = { kojinBango: '123456789000' };`,
      errors: [{ messageId: 'hardcodedMyNumber', line: 2, column: 40 }],
    },
  ],
});

ruleTester('no-unguarded-external-transfer', {
  valid: [
    `// an axios instance called with the config its wrapper is given (opencrvs's login API): a relative URL
import axios, { AxiosRequestConfig } from 'axios';
export const client = axios.create({});
export function request<T>(options: AxiosRequestConfig) {
  return client(options).then((r) => r.data as T);
}
export const changePassword = (nonce: string, newPassword: string): Promise<void> =>
  request({ url: '/api/auth/changePassword', method: 'POST', data: { nonce, newPassword } });`,
  ],
  invalid: [
    {
      code: `// the same wrapper given another company's address: reported
import axios, { AxiosRequestConfig } from 'axios';
export const client = axios.create({});
export function request<T>(options: AxiosRequestConfig) {
  return client(options).then((r) => r.data as T);
}
export const changePassword = (newPassword: string): Promise<void> =>
  request({ url: 'https://auth.partner.example/change', method: 'POST', data: { newPassword } });`,
      errors: [{ messageId: 'externalTransfer', line: 8, column: 81 }],
    },
  ],
});

ruleTester('no-unguarded-external-transfer', {
  valid: [],
  invalid: [
    {
      code: `// a client made in a factory for a node a setting names (opencrvs's Elasticsearch): where it sends is the
// setting's, not Elastic Cloud's
import { getOrCreateClient } from './es';
export async function index(person: { address: string; email: string }) {
  const esClient = getOrCreateClient();
  await esClient.index({ index: 'people', document: { address: person.address, email: person.email } });
}`,
      files: { 'src/es.ts': `import * as elasticsearch from '@elastic/elasticsearch';
declare const settings: { ES_URL: string };
let client: elasticsearch.Client | undefined;
export const getOrCreateClient = () => {
  if (!client) {
    client = new elasticsearch.Client({ node: settings.ES_URL });
    return client;
  }
  return client;
};
` },
      errors: [{ messageId: 'unknownNamedDestination', line: 6, column: 64, messageIncludes: 'settings.ES_URL' }],
    },
  ],
});

ruleTester('no-personal-data-in-logs', {
  valid: [
    {
      code: `// a router built from procedures guarded by authorisation functions named for users (opencrvs's OpenAPI build)
import { userCanReadOtherUser } from './guards';
const requireAdminUser = (ctx: { role: string }) => ctx.role === 'admin';
export const router = { getUser: { use: [userCanReadOtherUser, requireAdminUser] } };
console.log(JSON.stringify(router));`,
      files: { 'src/guards.ts': `import type { MiddlewareFunction } from '@trpc/server/unstable-core-do-not-import';
declare function createGuard(check: (ctx: { id: string }) => boolean): any;
export const userCanReadOtherUser: MiddlewareFunction<any, any, any, any, any> = createGuard((ctx) => !!ctx.id);
` },
    },
  ],
  invalid: [
    {
      code: `// a list of users in the same kind of object: reported
declare function loadUsers(): any[];
const users = loadUsers();
export const router = { getUser: { use: users } };
console.log(JSON.stringify(router));`,
      errors: [{ messageId: 'personalDataInLog', line: 5, column: 28 }],
    },
  ],
});

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// the reply of a call named for triggering a notification (opencrvs's announcement worker): not what was sent
import { triggerUserEventNotification } from '@opencrvs/commons/notification';
declare const admin: { email: string };
declare const logger: { error(m: string): void };
export async function dispatch() {
  const res = await triggerUserEventNotification({ recipient: { email: admin.email } });
  const error = await res.json();
  logger.error(\`dispatch failed: \${JSON.stringify(error)}\`);
}`,
  ],
  invalid: [],
});

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// the settings of an audience an operator sends, typed by its DTO (laudspeaker's audiences controller)
import { Body, Controller, Post, Logger } from '@nestjs/common';
class CreateAudienceDto { name: string; description: string; templates: string[]; workflowId: string }
@Controller('audiences')
export class AudiencesController {
  private readonly logger = new Logger('audiences');
  @Post()
  create(@Body() createAudienceDto: CreateAudienceDto) {
    this.logger.debug(\`Creating Audience \${JSON.stringify(createAudienceDto)}\`);
  }
}`,
  ],
  invalid: [
    {
      code: `// a DTO of a person's sign-up, or of an order, sent the same way: the customer's input
import { Body, Controller, Post, Logger } from '@nestjs/common';
class SignUpDto { name: string; password: string }
class CreateOrderDto { items: string[]; note: string }
@Controller('x')
export class XController {
  private readonly logger = new Logger('x');
  @Post('signup')
  signUp(@Body() dto: SignUpDto) { this.logger.debug(JSON.stringify(dto)); }
  @Post('order')
  order(@Body() dto: CreateOrderDto) { this.logger.debug(JSON.stringify(dto)); }
}`,
      errors: [
        { messageId: 'personalDataInLog', line: 9, column: 69 },
        { messageId: 'personalDataInLog', line: 11, column: 73 },
      ],
    },
  ],
});

ruleTester('no-unguarded-external-transfer', {
  valid: [
    `// a user's own Jira credentials in the Authorization header of either branch (worklenz's Jira import)
import axios from 'axios';
declare const account: { jiraEmail: string; jiraToken: string | null };
export async function download(sourceUrl: string) {
  const jiraAuthHeader = account.jiraToken ? \`Basic \${Buffer.from(\`\${account.jiraEmail}:\${account.jiraToken}\`).toString('base64')}\` : null;
  return axios.get<ArrayBuffer>(sourceUrl, {
    responseType: 'arraybuffer',
    headers: jiraAuthHeader ? { Authorization: jiraAuthHeader, Accept: '*/*' } : { Accept: '*/*' },
  });
}`,
  ],
  invalid: [
    {
      code: `// the same e-mail in another header of either branch: sent
import axios from 'axios';
declare const account: { jiraEmail: string };
export async function download(flag: boolean) {
  return axios.get('https://jira.partner.example/rest', {
    headers: flag ? { 'X-User': account.jiraEmail, Accept: '*/*' } : { Accept: '*/*' },
  });
}`,
      errors: [{ messageId: 'externalTransfer', line: 6, column: 33 }],
    },
  ],
});

ruleTester('no-unguarded-external-transfer', {
  valid: [
    {
      code: `// a client a factory makes for the app's API root (mirlo's APIInstance(API_ROOT)): its methods are closures
// that post to \`\${apiRoot}/v1/…\` through new Request
import api from './api';
export async function save(shipping: { name: string; address: string }) {
  await api.put('purchases/1', { shipping });
}`,
      files: {
        'src/constants.ts': 'export const API_ROOT = import.meta.env.VITE_API_DOMAIN;\n',
        'src/api.ts': `import APIInstance from './inst';
import { API_ROOT } from './constants';
const api = APIInstance(API_ROOT?.replace(' ', '') ?? '');
export default api;
`,
        'src/inst.ts': `const APIInstance = (apiRoot: string) => {
  const api = \`\${apiRoot}/v1/\`;
  const auth = \`\${apiRoot}/auth/\`;
  const apiRequest = async (endpoint: string, requestOptions?: RequestInit) => {
    const root = ['login', 'signup'].includes(endpoint) ? auth : api;
    const req = new Request(\`\${root}\${endpoint}\`, { ...requestOptions });
    return fetch(req);
  };
  return {
    put: (endpoint: string, body: unknown) => apiRequest(endpoint, { method: 'PUT', body: JSON.stringify(body) }),
  };
};
export default APIInstance;
`,
      },
    },
  ],
  invalid: [
    {
      code: `// the same factory made for a partner's address: reported
import APIInstance from './inst';
const partner = APIInstance('https://api.partner.example');
export async function save(shipping: { name: string; address: string }) {
  await partner.put('purchases/1', { shipping });
}`,
      files: {
        'src/inst.ts': `const APIInstance = (apiRoot: string) => {
  const apiRequest = async (endpoint: string, requestOptions?: RequestInit) => fetch(new Request(\`\${apiRoot}/v1/\${endpoint}\`, { ...requestOptions }));
  return { put: (endpoint: string, body: unknown) => apiRequest(endpoint, { method: 'PUT', body: JSON.stringify(body) }) };
};
export default APIInstance;
`,
      },
      errors: [{ messageId: 'externalTransfer', line: 5, column: 38 }],
    },
  ],
});

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// a parameter named user that the method looks the account up by (wildduck's user handler): an id
declare const db: { users: { findOne(q: object, o?: object): Promise<unknown> } };
declare const log: { error(...a: unknown[]): void };
export class UserHandler {
  async setupTotp(user, data) {
    try {
      return await db.users.findOne({ _id: user }, { projection: { username: true } });
    } catch (err) {
      log.error('DB', 'LOADFAIL id=%s error=%s', user, err.message);
      throw err;
    }
  }
}`,
  ],
  invalid: [
    {
      code: `// a user record written whole where nothing looks it up by it: reported
declare const log: { error(...a: unknown[]): void };
export class UserHandler {
  async notify(user, data) {
    log.error('NOTIFY', 'failed for %s', user, data.reason);
  }
}`,
      errors: [{ messageId: 'personalDataInLog', line: 5, column: 42 }],
    },
  ],
});

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// the address a mail server listens on, logged at start-up (wildduck's IMAP and POP3 servers)
const net = require('net');
class IMAPServer {
  constructor(options) {
    this.logger = options.logger;
    this.server = net.createServer(() => undefined);
  }
  _onListening() {
    let address = this.server.address();
    this.logger.info({ tnx: 'listen', host: address.address, port: address.port }, 'listening on %s', address.address);
  }
}
module.exports = IMAPServer;`,
  ],
  invalid: [
    {
      code: `// a customer's address written three times in one call: one finding that says it once
declare const logger: { info(...a: unknown[]): void };
declare const customer: { address: string; flag: boolean };
logger.info({ to: customer.address }, customer.flag ? customer.address : '[' + customer.address + ']');`,
      errors: [{ messageId: 'personalDataInLog', line: 4, column: 19, messageIncludes: ': `customer.address` is an address. Logs' }],
    },
  ],
});

ruleTester('no-unguarded-external-transfer', {
  valid: [
    `// a provider's client id and secret read from the app's configuration by a key put together (pingvin-share's OIDC)
interface YamlConfig { email: { smtpHost: string; from: string } }
export class ConfigService {
  private yamlConfig: YamlConfig;
  get(key: string): string { return (this.yamlConfig as unknown as Record<string, string>)[key]; }
}
export class GenericOidcProvider {
  constructor(private readonly config: ConfigService, private readonly name: string) {}
  async getToken(code: string) {
    return fetch('https://idp.partner.example/token', {
      method: 'POST',
      body: new URLSearchParams({ client_id: this.config.get(\`oauth.\${this.name}-clientId\`), code }).toString(),
    });
  }
}`,
  ],
  invalid: [],
});

ruleTester('no-unguarded-external-transfer', {
  valid: [
    `// a front end's setting of its product's API (care_fe's REACT_CARE_API_URL): the app's own back end
export async function administer(consultation: string, body: { email: string; note: string }) {
  return fetch(\`\${import.meta.env.REACT_CARE_API_URL}/api/v1/consultation/\${consultation}/administer\`, {
    method: 'POST', body: JSON.stringify(body),
  });
}`,
  ],
  invalid: [
    {
      code: `// a server's setting of another service's API, or a vendor's: not the app's own
export async function sync(contact: { email: string }) {
  await fetch(\`\${process.env.CRM_API_URL}/contacts\`, { method: 'POST', body: JSON.stringify({ email: contact.email }) });
  await fetch(\`\${import.meta.env.VITE_HUBSPOT_API_URL}/contacts\`, { method: 'POST', body: JSON.stringify({ email: contact.email }) });
}`,
      errors: [
        { messageId: 'unknownNamedDestination', line: 3, column: 102 },
        { messageId: 'externalTransfer', line: 4, column: 115, messageIncludes: 'HubSpot' },
      ],
    },
  ],
});

ruleTester('no-personal-data-in-logs', {
  valid: [
    {
      code: `// the strings of a locale file, printed by a translation script (classroomio): labels, not a person's password
const keys = require('all-object-keys');
const jessy = require('jessy');
const englishTranslations = require('../src/en.json');
const getMissing = async (outputFilePath) => {
  const englishKeys = keys(englishTranslations);
  const target = require(outputFilePath);
  const missingKeys = englishKeys.filter((key) => !keys(target).includes(key));
  const missingKeysWithDetails = {};
  missingKeys.forEach((key) => {
    const value = jessy(key, englishTranslations);
    if (value !== undefined) missingKeysWithDetails[key] = value;
  });
  console.log(missingKeysWithDetails, 'missingKeysWithDetails');
  return missingKeysWithDetails;
};
module.exports = { getMissing };`,
      filename: 'scripts/translate.cjs',
      typeInfo: true,
      files: {
        'src/en.json': JSON.stringify({ login: { email: 'Your email', password: 'Your password' } }),
        'tsconfig.json': JSON.stringify({ compilerOptions: { allowJs: true, checkJs: true, esModuleInterop: true, resolveJsonModule: true, strict: true, target: 'ESNext', module: 'ESNext', moduleResolution: 'bundler', noImplicitAny: false, types: [], noEmit: true }, include: ['src/**/*'] }),
      },
    },
  ],
  invalid: [
    {
      code: `// a typed record with the same fields: reported
interface Login { fields: { confirm_password: string; email: string } }
declare const login: Login;
console.log('missing', login);`,
      typeInfo: true,
      errors: [{ messageId: 'personalDataInLog', line: 4, column: 24 }],
    },
  ],
});

ruleTester('no-personal-data-in-logs', {
  valid: [],
  invalid: [
    {
      code: `// every field of the customer's input in turn, through Object.keys and Object.entries: the input
import express from 'express';
const app = express();
app.post('/x', (req, res) => {
  Object.keys(req.body).forEach((k) => console.log(k, req.body[k]));
  for (const [k] of Object.entries(req.query)) console.log(req.query[k]);
  res.end();
});`,
      errors: [
        { messageId: 'personalDataInLog', line: 5, column: 55 },
        { messageId: 'personalDataInLog', line: 6, column: 60 },
      ],
    },
  ],
});
