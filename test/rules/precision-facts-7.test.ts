/**
 * Precision facts from precision audits 9–11 (fresh repositories), round 7: a web client's calls to its own API (a
 * relative path on a base URL the app's own config names). Each quiet row stands next to the true positive that
 * must stay.
 */
import { ruleTester } from '../helpers/rule-tester';

ruleTester('no-unguarded-external-transfer', {
  valid: [
    `// an HTTP helper given a relative url and the base URL of the app's own config (audit 11: papra)
import { ofetch } from 'ofetch';
export const buildTimeConfig = { baseApiUrl: import.meta.env.VITE_BASE_API_URL ?? window.location.origin };
async function httpClient({ url, baseUrl, ...rest }: { url: string; baseUrl?: string; method?: string; body?: unknown }) {
  return ofetch(url, { baseURL: baseUrl, ...rest });
}
export async function verify(token: string, password: string) {
  return httpClient({ method: 'POST', baseUrl: buildTimeConfig.baseApiUrl, url: \`/api/share/\${token}/verify\`, body: { password } });
}`,
    `// the base read through the project's own helper, with this page's origin as its fallback
import axios from 'axios';
function asString(value: string | undefined, defaultValue: string): string { return value ?? defaultValue; }
export const settings = { uploads: asString(import.meta.env.VITE_UPLOADS, window.location.origin) };
const uploads = axios.create({ baseURL: settings.uploads });
export async function invite(email: string) { await uploads.post('/invite', { email }); }`,
    `// an axios client made for the app's own API (config.apiUrl)
import axios from 'axios';
declare const config: { apiUrl: string };
const api = axios.create({ baseURL: config.apiUrl });
export async function invite(email: string) { await api.post('/v1/invites', { email }); }`,
    `// a ky client made with the API's base from Vite's environment
import ky from 'ky';
const api = ky.create({ prefixUrl: import.meta.env.VITE_API_URL });
export async function invite(email: string) { await api.post('v1/invites', { json: { email } }); }`,
    `// a constant for the API's root (audit 9: novu's API_ROOT), and Next.js's public API URL in a template
import axios from 'axios';
export const API_ROOT = window._env_?.REACT_APP_API_URL || process.env.REACT_APP_API_URL;
const api = axios.create({ baseURL: API_ROOT });
export async function invite(email: string) {
  await api.post('/v1/invites', { email });
  await fetch(\`\${process.env.NEXT_PUBLIC_API_URL}/v1/invites\`, { method: 'POST', body: JSON.stringify({ email }) });
}`,
    `// the app's own API behind an API gateway (audit 28: async-labs/saas's Lambda endpoint)
export async function notify(authorName: string, email: string) {
  await fetch(\`\${process.env.NEXT_PUBLIC_API_GATEWAY_ENDPOINT}/notify\`, { method: 'POST', body: JSON.stringify({ authorName, email }) });
}`,
  ],
  invalid: [
    {
      code: `// a payment gateway's address is another party's, not the app's own API
export async function pay(email: string) {
  await fetch(\`\${process.env.PAYMENT_GATEWAY_URL}/charges\`, { method: 'POST', body: JSON.stringify({ email }) });
}`,
      errors: [{ messageId: 'unknownNamedDestination', line: 3, column: 102, messageIncludes: 'PAYMENT_GATEWAY_URL' }],
    },
    {
      code: `// an external base URL written out stays a transfer to that host (also for ofetch's baseURL)
import axios from 'axios';
import { ofetch } from 'ofetch';
const crm = axios.create({ baseURL: 'https://api.hubapi.example.com' });
export async function sync(email: string) {
  await crm.post('/contacts', { email });
  await ofetch('/v1/contacts', { baseURL: 'https://api.hubapi.example.com', method: 'POST', body: { email } });
}`,
      errors: [
        { messageId: 'externalTransfer', line: 6, column: 33, messageIncludes: 'api.hubapi.example.com' },
        { messageId: 'externalTransfer', line: 7, column: 101, messageIncludes: 'api.hubapi.example.com' },
      ],
    },
    {
      code: `// a helper given an external base URL: that host
import { ofetch } from 'ofetch';
async function httpClient({ url, baseUrl, ...rest }: { url: string; baseUrl?: string; method?: string; body?: unknown }) {
  return ofetch(url, { baseURL: baseUrl, ...rest });
}
export async function sync(email: string) {
  return httpClient({ method: 'POST', baseUrl: 'https://api.hubapi.example.com', url: '/contacts', body: { email } });
}`,
      errors: [{ messageId: 'externalTransfer', line: 7, column: 108, messageIncludes: 'api.hubapi.example.com' }],
    },
    {
      code: `// a base read through the project's own helper whose fallback is another service's host: that host
import axios from 'axios';
function asString(value: string | undefined, defaultValue: string): string { return value ?? defaultValue; }
export const settings = { crm: asString(import.meta.env.VITE_CRM, 'https://api.hubapi.example.com') };
const crm = axios.create({ baseURL: settings.crm });
export async function sync(email: string) { await crm.post('/contacts', { email }); }`,
      errors: [{ messageId: 'externalTransfer', line: 6, column: 75, messageIncludes: 'api.hubapi.example.com' }],
    },
    {
      code: `// a setting named for another service's API, or a webhook, is not the app's own
import axios from 'axios';
const crm = axios.create({ baseURL: process.env.CRM_API_URL });
export async function sync(email: string) {
  await crm.post('/contacts', { email });
  await fetch(process.env.WEBHOOK_URL!, { method: 'POST', body: JSON.stringify({ email }) });
}`,
      errors: [
        { messageId: 'unknownNamedDestination', line: 5, column: 33, severity: 'warning' },
        { messageId: 'unknownNamedDestination', line: 6, column: 82, severity: 'warning' },
      ],
    },
  ],
}, 'precision facts 7: a web client\'s calls to its own API');

const WINSTON_PRINTF = `import winston from 'winston';
const logger = winston.createLogger({
  level: 'info',
  format: winston.format.combine(
    winston.format.timestamp(),
    ...(process.env.NO_COLOR ? [] : [winston.format.colorize()]),
    winston.format.printf((info) => \`\${info.timestamp} \${info.level}: \${info.message}\`),
  ),
  transports: [new winston.transports.Console()],
});
export default logger;
`;

ruleTester('no-personal-data-in-logs', {
  valid: [
    {
      code: `// a winston logger whose only format prints the message: the meta object is never written (audit 10: karakeep)
import logger from './logger';
export function verify(remoteIp: string, email: string) {
  logger.warn('[Turnstile] Verification failed', { errorCodes: ['x'], remoteIp });
  logger.log('warn', 'failed', { email });
}`,
      files: { 'src/logger.ts': WINSTON_PRINTF },
    },
    `// the same, in one file, with the formats imported by name and the entry taken apart
import { createLogger, format, transports } from 'winston';
const { combine, timestamp, printf } = format;
const logger = createLogger({ format: combine(timestamp(), printf(({ level, message, timestamp: t }) => \`\${t} \${level}: \${message}\`)), transports: [new transports.Console()] });
export function verify(remoteIp: string) { logger.info('verification failed', { remoteIp }); }`,
  ],
  invalid: [
    {
      code: `// the message itself, and a meta object whose message winston appends, are still written
import logger from './logger';
export function verify(remoteIp: string, email: string) {
  logger.warn(\`Verification failed for \${email}\`);
  logger.warn('failed', { message: email });
}`,
      files: { 'src/logger.ts': WINSTON_PRINTF },
      errors: [
        { messageId: 'personalDataInLog', line: 4, column: 42 },
        { messageId: 'personalDataInLog', line: 5, column: 36 },
      ],
    },
    {
      code: `// a format that prints the whole entry, JSON, or a transport with a format of its own: meta is written
import winston from 'winston';
const a = winston.createLogger({ format: winston.format.printf((info) => \`\${info.level}: \${info.message} \${JSON.stringify(info)}\`) });
const b = winston.createLogger({ format: winston.format.combine(winston.format.timestamp(), winston.format.json()) });
const c = winston.createLogger({
  format: winston.format.printf((info) => \`\${info.level}: \${info.message}\`),
  transports: [new winston.transports.File({ filename: 'app.log', format: winston.format.json() })],
});
export function verify(email: string) {
  a.warn('failed', { email });
  b.warn('failed', { email });
  c.warn('failed', { email });
}`,
      errors: [
        { messageId: 'personalDataInLog', line: 10, column: 22 },
        { messageId: 'personalDataInLog', line: 11, column: 22 },
        { messageId: 'personalDataInLog', line: 12, column: 22 },
      ],
    },
  ],
}, 'precision facts 7: a logger format that never prints meta');

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// a mailbox the app makes up from a generated id and its configured domain (audits 9 and 11: intake addresses)
import { nanoid } from 'nanoid';
declare const config: { intakeEmails: { domain: string } };
declare function generateId(): string;
declare const logger: { info(o: unknown, m: string): void };
export function createIntakeEmail() {
  const emailAddress = \`\${nanoid()}@\${config.intakeEmails.domain}\`;
  const id = generateId();
  const inboundAddress = \`\${id}@\${process.env.INBOUND_DOMAIN}\`;
  logger.info({ emailAddress, inboundAddress }, 'intake email created');
}`,
  ],
  invalid: [
    {
      code: `// an address made from a person's name, or from a generated id at a domain the caller gives, may be a person's
import { nanoid } from 'nanoid';
declare const logger: { info(o: unknown, m: string): void };
export function createIntakeEmail(user: { firstName: string }, domain: string) {
  const emailAddress = \`\${user.firstName}@\${process.env.INBOUND_DOMAIN}\`;
  const forwardAddress = \`\${nanoid()}@\${domain}\`;
  logger.info({ emailAddress }, 'intake email created');
  logger.info({ forwardAddress }, 'forward created');
}`,
      errors: [
        { messageId: 'personalDataInLog', line: 7, column: 17 },
        { messageId: 'personalDataInLog', line: 8, column: 17 },
      ],
    },
  ],
}, 'precision facts 7: generated mailbox addresses');

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// the sender identities SES lists for the account, mapped by a helper (audit 11: plunk)
import { SES } from '@aws-sdk/client-ses';
const ses = new SES({ region: 'eu-west-1' });
const getIdentities = async (identities: string[]) => {
  const res = await ses.getIdentityVerificationAttributes({ Identities: identities.map((identity) => identity.split('@')[1]) });
  const parsedResult = Object.entries(res.VerificationAttributes ?? {});
  return parsedResult.map((obj) => { return { email: obj[0], status: obj[1].VerificationStatus }; });
};
export async function restartFailed(emails: string[]) {
  const awsIdentities = await getIdentities(emails);
  for (const identity of awsIdentities) {
    if (identity.status === 'Failed') console.info(\`Restarting verification for \${identity.email}\`);
  }
}`,
    `// the identities listed by the v3 client's command, and by SES v2
import { SESClient, ListIdentitiesCommand } from '@aws-sdk/client-ses';
import { SESv2Client, ListEmailIdentitiesCommand } from '@aws-sdk/client-sesv2';
const ses = new SESClient({});
const sesv2 = new SESv2Client({});
export async function identities() {
  const res = await ses.send(new ListIdentitiesCommand({ IdentityType: 'EmailAddress' }));
  for (const email of res.Identities ?? []) console.log('identity', email);
  const v2 = await sesv2.send(new ListEmailIdentitiesCommand({}));
  v2.EmailIdentities?.forEach((identity) => console.log('sender', identity.IdentityName));
}`,
  ],
  invalid: [
    {
      code: `// a recipient next to it, and an address looked up elsewhere, are still a person's
import { SES } from '@aws-sdk/client-ses';
declare const db: { user: { findMany(): Promise<Array<{ email: string }>> } };
const ses = new SES({ region: 'eu-west-1' });
export async function restartFailed(recipientEmail: string) {
  const res = await ses.listIdentities({});
  for (const email of res.Identities ?? []) console.info(\`sender \${email}, recipient \${recipientEmail}\`);
  for (const user of await db.user.findMany()) console.info(\`user \${user.email}\`);
}`,
      errors: [
        { messageId: 'personalDataInLog', line: 7, column: 88 },
        { messageId: 'personalDataInLog', line: 8, column: 69 },
      ],
    },
  ],
}, 'precision facts 7: the company\'s sender identities');
