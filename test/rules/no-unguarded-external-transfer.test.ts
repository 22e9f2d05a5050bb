/**
 * no-unguarded-external-transfer (§2): personal data sent to a destination that is neither internal nor a registered
 * processor, without a dominating consent check — every HTTP client, SDK and webhook of the sink catalog.
 */
import { ruleTester } from '../helpers/rule-tester';

ruleTester('no-unguarded-external-transfer', {
  valid: [
    // Internal destinations and registered processors are not external.
    `// relative URL: same origin
declare const c: any;
fetch('/api/customers', { method: 'POST', body: JSON.stringify({ email: c.email }) });`,
    `// internalHosts: exact host and glob
declare const c: any;
fetch('https://api.shop.example.co.jp/customers', { method: 'POST', body: JSON.stringify({ email: c.email }) });
fetch('https://billing.corezo.internal/customers', { method: 'POST', body: JSON.stringify({ email: c.email }) });
fetch('http://localhost:3000/customers', { method: 'POST', body: JSON.stringify({ email: c.email }) });`,
    `// registered processors, in Japan and abroad, are not this rule's business
declare const c: any;
fetch('https://mailer.example.jp/send', { method: 'POST', body: JSON.stringify({ email: c.email }) });
fetch('https://api.crm.example.com/contacts', { method: 'POST', body: JSON.stringify({ email: c.email }) });`,
    `// axios instance with an internal baseURL
import axios from 'axios';
const api = axios.create({ baseURL: 'https://api.shop.example.co.jp' });
declare const c: any;
api.post('/customers', { email: c.email });`,
    `// WebSocket to an internal host
declare const c: any;
const ws = new WebSocket('wss://push.corezo.internal/socket');
ws.send(JSON.stringify({ email: c.email }));`,
    // Unknown destinations are warnings by default; `reportUnknownDestinations: false` keeps them quiet.
    {
      code: `// fetch to a parameter URL: unknown, quiet when switched off
declare const c: any;
function send(url: string) { return fetch(url, { method: 'POST', body: JSON.stringify({ email: c.email }) }); }`,
      options: { reportUnknownDestinations: false },
    },
    {
      code: `declare const c: any; declare const process: any;
fetch(process.env.WEBHOOK_URL, { method: 'POST', body: c.email });`,
      options: { reportUnknownDestinations: false },
    },
    // Same origin is internal, also when unknown destinations are reported.
    {
      code: `// same origin: location.origin
declare const c: any;
fetch(\`\${location.origin}/api/customers\`, { method: 'POST', body: c.email });
fetch(\`\${window.location.origin}/api/customers\`, { method: 'POST', body: c.email });`,
      options: { reportUnknownDestinations: true },
    },
    {
      code: `// relative URLs with the option on
declare const c: any;
fetch('/api/customers', { method: 'POST', body: c.email });
fetch('./customers', { method: 'POST', body: c.email });`,
      options: { reportUnknownDestinations: true },
    },
    // Nothing personal is sent.
    `declare const c: any, user: any, order: any;
fetch('https://api.other.example.com/orders', { method: 'POST', body: JSON.stringify({ id: c.id, total: order.total }) });`,
    `import * as Sentry from '@sentry/node';
declare const user: any; declare const err: Error;
Sentry.setUser({ id: user.id });
Sentry.captureException(err);
Sentry.setTag('plan', user.plan);`,
    `declare const analytics: any; declare const user: any, order: any;
analytics.track({ userId: user.id, event: 'Order Completed', properties: { total: order.total } });
gtag('event', 'purchase', { value: order.total, currency: 'JPY' });`,
    `declare const c: any; declare function mask(s: string): string;
fetch('https://api.other.example.com/x', { method: 'POST', body: JSON.stringify({ email: mask(c.email) }) });`,
    `// only an id in the URL
declare const c: any;
fetch(\`https://api.other.example.com/customers/\${c.id}\`, { method: 'DELETE' });`,
    `// a literal company address under a personal key is not customer data
fetch('https://api.other.example.com/x', { method: 'POST', body: JSON.stringify({ email: 'support@shop.example.jp' }) });`,
    `// a tracker that is not in the catalog
declare const tracker: any; declare const c: any;
tracker.track(c.email);`,
    // Consent guards (more in test/engine/guards.test.ts).
    `declare const u: any; declare function hasConsent(u: any): boolean;
if (hasConsent(u)) fetch('https://api.other.example.com/x', { method: 'POST', body: u.email });`,
    `declare const u: any; declare const consent: { isGranted(u: any): Promise<boolean> };
async function share() {
  if (!(await consent.isGranted(u))) return;
  await fetch('https://api.other.example.com/x', { method: 'POST', body: u.email });
}`,
    // Permitted destinations (the tax office): no transfer rule reports them.
    `// tax office: permitted destination, nothing reported by any transfer rule
declare const e: any;
fetch('https://api.etax.example.go.jp/submit', { method: 'POST', body: JSON.stringify({ name: e.fullName, email: e.email, myNumber: e.myNumber }) });`,
    // My Number: no-my-number-transfer owns the call.
    `// My Number with other data: no-my-number-transfer owns the call
declare const e: any;
fetch('https://api.other.example.com/x', { method: 'POST', body: JSON.stringify({ kojinBango: e.kojinBango, email: e.email }) });`,
    `// My Number after another personal field in the same payload
declare const e: any;
fetch('https://api.other.example.com/x', { method: 'POST', body: JSON.stringify({ email: e.email, kojinBango: e.kojinBango }) });`,
    `// My Number in a payload variable after another field
declare const e: any;
const payload = { name: e.fullName, kojinBango: e.kojinBango };
fetch('https://api.other.example.com/x', { method: 'POST', body: JSON.stringify(payload) });`,
    // Helpers: what the helper sends decides.
    `// helper called with an id, or with an internal URL
import axios from 'axios';
const CRM = 'https://api.other.example.com/contacts';
async function postJson(url: string, body: unknown) { return axios.post(url, body); }
declare const c: any;
postJson(CRM, { id: c.id });
postJson('/api/internal', { email: c.email });`,
    `// helper call inside a consent check
import axios from 'axios';
async function postJson(url: string, body: unknown) { return axios.post(url, body); }
declare const c: any; declare function hasConsent(u: any): boolean;
if (hasConsent(c)) postJson('https://api.other.example.com/contacts', { email: c.email });`,
  ],
  invalid: [
    {
      code: `// an unknown destination is a warning by default, an error in the strict preset
declare const c: any; declare const process: any;
fetch(process.env.WEBHOOK_URL, { method: 'POST', body: c.email });`,
      errors: [{ messageId: 'unknownNamedDestination', line: 3, column: 56, severity: 'warning', messageIncludes: 'say where `WEBHOOK_URL` points in `transfers.destinations`' }],
    },
    {
      code: `declare const c: any; declare const process: any;
fetch(process.env.WEBHOOK_URL, { method: 'POST', body: c.email });`,
      config: { extends: 'strict' },
      errors: [{ messageId: 'unknownNamedDestination', line: 2, column: 56, severity: 'error' }],
    },
    // HTTP clients.
    {
      code: `// fetch body: JSON.stringify of a field
declare const c: any;
fetch('https://api.other.example.com/x', { method: 'POST', body: JSON.stringify(c.email) });`,
      errors: [
        { messageId: 'externalTransfer', line: 3, column: 81, endLine: 3, endColumn: 88, messageIncludes: '`api.other.example.com` by `fetch`' },
      ],
    },
    {
      code: `interface Customer { id: string; email: string; name: string }
declare const repo: { find(id: string): Customer };
const record = repo.find('c-1');
fetch('https://api.other.example.com/x', { method: 'POST', body: JSON.stringify(record) });`,
      typeInfo: true,
      errors: [
        { messageId: 'externalTransfer', line: 4, column: 81, endLine: 4, endColumn: 87, messageIncludes: '`record` is a `Customer`; its `email` is contact data' },
      ],
    },
    {
      code: `declare const customer: any;
fetch('https://api.other.example.com/x', { method: 'POST', body: JSON.stringify(customer) });`,
      errors: [
        { messageId: 'externalTransfer', line: 2, column: 81, endLine: 2, endColumn: 89 },
      ],
    },
    {
      code: `// fetch: personal data in the query string and in headers
declare const c: any;
fetch(\`https://api.other.example.com/users?email=\${c.email}\`);
fetch('https://api.other.example.com/users', { headers: { 'X-User-Email': c.email } });`,
      errors: [
        { messageId: 'externalTransfer', line: 3, column: 52, endLine: 3, endColumn: 59 },
        { messageId: 'externalTransfer', line: 4, column: 75, endLine: 4, endColumn: 82 },
      ],
    },
    {
      code: `// axios methods: post put patch get
import axios from 'axios';
declare const c: any;
axios.post('https://api.other.example.com/x', { email: c.email });
axios.put('https://api.other.example.com/x', { phone: c.phone });
axios.patch('https://api.other.example.com/x', { address: c.address });
axios.get('https://api.other.example.com/users', { params: { email: c.email } });`,
      errors: [
        { messageId: 'externalTransfer', line: 4, column: 56, endLine: 4, endColumn: 63, messageIncludes: '`axios.post`' },
        { messageId: 'externalTransfer', line: 5, column: 55, endLine: 5, endColumn: 62, messageIncludes: '`axios.put`' },
        { messageId: 'externalTransfer', line: 6, column: 59, endLine: 6, endColumn: 68, messageIncludes: '`axios.patch`' },
        { messageId: 'externalTransfer', line: 7, column: 69, endLine: 7, endColumn: 76, messageIncludes: '`axios.get`' },
      ],
    },
    {
      code: `// axios(config) and axios.request(config)
import axios from 'axios';
declare const c: any;
axios({ method: 'post', url: 'https://api.other.example.com/x', data: { email: c.email } });
axios.request({ url: 'https://api.other.example.com/x', data: { phone: c.phone } });`,
      errors: [
        { messageId: 'externalTransfer', line: 4, column: 80, endLine: 4, endColumn: 87, messageIncludes: 'by `axios`' },
        { messageId: 'externalTransfer', line: 5, column: 72, endLine: 5, endColumn: 79, messageIncludes: '`axios.request`' },
      ],
    },
    {
      code: `// axios.create baseURL: instance methods and the callable instance
import axios from 'axios';
const api = axios.create({ baseURL: 'https://api.other.example.com' });
declare const c: any;
api.post('/users', { email: c.email });
api({ url: '/users', method: 'post', data: { phone: c.phone } });`,
      errors: [
        { messageId: 'externalTransfer', line: 5, column: 29, endLine: 5, endColumn: 36, messageIncludes: '`api.other.example.com` by `api.post`' },
        { messageId: 'externalTransfer', line: 6, column: 53, endLine: 6, endColumn: 60, messageIncludes: 'by `api`' },
      ],
    },
    {
      code: `import got from 'got';
declare const c: any;
got('https://api.other.example.com/x', { method: 'POST', json: { email: c.email } });
got.post('https://api.other.example.com/x', { json: { phone: c.phone } });`,
      errors: [
        { messageId: 'externalTransfer', line: 3, column: 73, endLine: 3, endColumn: 80, messageIncludes: 'by `got`' },
        { messageId: 'externalTransfer', line: 4, column: 62, endLine: 4, endColumn: 69, messageIncludes: '`got.post`' },
      ],
    },
    {
      code: `// got instance with prefixUrl
import got from 'got';
const client = got.extend({ prefixUrl: 'https://api.other.example.com' });
declare const c: any;
client.post('users', { json: { email: c.email } });`,
      errors: [
        { messageId: 'externalTransfer', line: 5, column: 39, endLine: 5, endColumn: 46, messageIncludes: '`api.other.example.com`' },
      ],
    },
    {
      code: `import ky from 'ky';
declare const c: any;
ky.post('https://api.other.example.com/x', { json: { email: c.email } });`,
      errors: [
        { messageId: 'externalTransfer', line: 3, column: 61, endLine: 3, endColumn: 68, messageIncludes: '`ky.post`' },
      ],
    },
    {
      code: `// ky instance with prefixUrl
import ky from 'ky';
const api = ky.create({ prefixUrl: 'https://api.other.example.com' });
declare const c: any;
api.post('users', { json: { email: c.email } });`,
      errors: [
        { messageId: 'externalTransfer', line: 5, column: 36, endLine: 5, endColumn: 43, messageIncludes: '`api.other.example.com`' },
      ],
    },
    {
      code: `import superagent from 'superagent';
declare const c: any;
superagent.post('https://api.other.example.com/x').send({ email: c.email });`,
      errors: [
        { messageId: 'externalTransfer', line: 3, column: 66, endLine: 3, endColumn: 73, messageIncludes: '`api.other.example.com`' },
      ],
    },
    {
      code: `import https from 'node:https';
declare const c: any;
const req = https.request({ hostname: 'api.other.example.com', method: 'POST' });
req.write(JSON.stringify({ email: c.email }));
req.end();`,
      errors: [
        { messageId: 'externalTransfer', line: 4, column: 35, endLine: 4, endColumn: 42, messageIncludes: '`api.other.example.com` by `req.write`' },
      ],
    },
    {
      code: `import * as http from 'http';
declare const c: any;
const req = http.request('https://api.other.example.com/x');
req.end(c.email);
https.get(\`https://api.other.example.com/lookup?tel=\${c.telNo}\`);
import https from 'https';`,
      errors: [
        { messageId: 'externalTransfer', line: 4, column: 9, endLine: 4, endColumn: 16, messageIncludes: '`req.end`' },
        { messageId: 'externalTransfer', line: 5, column: 55, endLine: 5, endColumn: 62, messageIncludes: '`https.get`' },
      ],
    },
    {
      code: `// request imported by name from node:https
import { request } from 'node:https';
declare const c: any;
const r = request('https://api.other.example.com/x', { method: 'POST' });
r.write(c.email);`,
      errors: [
        { messageId: 'externalTransfer', line: 5, column: 9, endLine: 5, endColumn: 16, messageIncludes: '`api.other.example.com`' },
      ],
    },
    {
      code: `// XMLHttpRequest: destination from open()
declare const c: any;
const xhr = new XMLHttpRequest();
xhr.open('POST', 'https://api.other.example.com/x');
xhr.send(JSON.stringify({ email: c.email }));`,
      errors: [
        { messageId: 'externalTransfer', line: 5, column: 34, endLine: 5, endColumn: 41, messageIncludes: '`xhr.send`' },
      ],
    },
    {
      code: `// navigator.sendBeacon
declare const c: any;
navigator.sendBeacon('https://api.other.example.com/x', JSON.stringify({ email: c.email }));`,
      errors: [
        { messageId: 'externalTransfer', line: 3, column: 81, endLine: 3, endColumn: 88, messageIncludes: '`navigator.sendBeacon`' },
      ],
    },
    {
      code: `// WebSocket send
declare const c: any;
const ws = new WebSocket('wss://api.other.example.com/socket');
ws.send(JSON.stringify({ email: c.email }));`,
      errors: [
        { messageId: 'externalTransfer', line: 4, column: 33, endLine: 4, endColumn: 40, messageIncludes: '`api.other.example.com` by `ws.send`' },
      ],
    },
    {
      code: `import WebSocket from 'ws';
declare const c: any;
const socket = new WebSocket('wss://api.other.example.com/socket');
socket.send(c.phone);`,
      errors: [
        { messageId: 'externalTransfer', line: 4, column: 13, endLine: 4, endColumn: 20 },
      ],
    },
    {
      code: `const axios = require('axios');
function run(customer) { return axios.post('https://api.other.example.com/x', { tel: customer.tel }); }`,
      filename: 'src/sync.cjs',
      errors: [
        { messageId: 'externalTransfer', line: 2, column: 86, endLine: 2, endColumn: 98, messageIncludes: '`axios.post`' },
      ],
    },
    {
      code: `export function Signup({ user }: { user: any }) {
  return <button onClick={() => fetch('https://api.other.example.com/x', { method: 'POST', body: user.phone })}>OK</button>;
}`,
      filename: 'src/Signup.tsx',
      errors: [
        { messageId: 'externalTransfer', line: 2, column: 98, endLine: 2, endColumn: 108 },
      ],
    },
    // Third-party SDKs.
    {
      code: `import * as Sentry from '@sentry/node';
declare const user: any;
Sentry.setUser({ id: user.id, email: user.email });
Sentry.setContext('customer', { phone: user.phone });
Sentry.setExtra('addr', user.address);
Sentry.captureMessage(\`failed for \${user.email}\`);
Sentry.addBreadcrumb({ message: user.email });`,
      errors: [
        { messageId: 'externalTransfer', line: 3, column: 38, endLine: 3, endColumn: 48, messageIncludes: 'Sentry (a third-party service) by `Sentry.setUser`' },
        { messageId: 'externalTransfer', line: 4, column: 40, endLine: 4, endColumn: 50, messageIncludes: '`Sentry.setContext`' },
        { messageId: 'externalTransfer', line: 5, column: 25, endLine: 5, endColumn: 37, messageIncludes: '`Sentry.setExtra`' },
        { messageId: 'externalTransfer', line: 6, column: 37, endLine: 6, endColumn: 47, messageIncludes: '`Sentry.captureMessage`' },
        { messageId: 'externalTransfer', line: 7, column: 33, endLine: 7, endColumn: 43, messageIncludes: '`Sentry.addBreadcrumb`' },
      ],
    },
    {
      code: `import Analytics from '@segment/analytics-node';
const analytics = new Analytics({ writeKey: 'k' });
declare const user: any;
analytics.identify({ userId: user.id, traits: { email: user.email } });
analytics.track({ userId: user.id, event: 'Order', properties: { phone: user.phone } });
analytics.page({ userId: user.id, properties: { address: user.address } });
analytics.group({ userId: user.id, traits: { name: user.name } });`,
      errors: [
        { messageId: 'externalTransfer', line: 4, column: 56, endLine: 4, endColumn: 66, messageIncludes: 'Segment (a third-party service) by `analytics.identify`' },
        { messageId: 'externalTransfer', line: 5, column: 73, endLine: 5, endColumn: 83, messageIncludes: '`analytics.track`' },
        { messageId: 'externalTransfer', line: 6, column: 58, endLine: 6, endColumn: 70, messageIncludes: '`analytics.page`' },
        { messageId: 'externalTransfer', line: 7, column: 52, endLine: 7, endColumn: 61, messageIncludes: '`analytics.group`' },
      ],
    },
    {
      code: `// analytics.js loaded by a script tag
declare const analytics: any; declare const user: any;
analytics.identify(user.id, { email: user.email });`,
      errors: [
        { messageId: 'externalTransfer', line: 3, column: 38, endLine: 3, endColumn: 48, messageIncludes: 'Segment' },
      ],
    },
    {
      code: `// gtag, window.gtag, dataLayer.push
declare const user: any;
gtag('event', 'purchase', { email: user.email });
window.gtag('config', 'G-XXXX', { user_email: user.email });
dataLayer.push({ event: 'signup', email: user.email });`,
      errors: [
        { messageId: 'externalTransfer', line: 3, column: 36, endLine: 3, endColumn: 46, messageIncludes: 'Google Analytics (a third-party service) by `gtag`' },
        { messageId: 'externalTransfer', line: 4, column: 47, endLine: 4, endColumn: 57, messageIncludes: '`window.gtag`' },
        { messageId: 'externalTransfer', line: 5, column: 42, endLine: 5, endColumn: 52, messageIncludes: 'Google Tag Manager' },
      ],
    },
    {
      code: `// gtag declared for the type checker
declare function gtag(...args: unknown[]): void;
declare const user: any;
gtag('event', 'purchase', { email: user.email });`,
      errors: [
        { messageId: 'externalTransfer', line: 4, column: 36, endLine: 4, endColumn: 46, messageIncludes: 'Google Analytics' },
      ],
    },
    {
      code: `import mixpanel from 'mixpanel-browser';
declare const user: any;
mixpanel.identify(user.id);
mixpanel.people.set({ $email: user.email });
mixpanel.track('Signed up', { phone: user.phone });`,
      errors: [
        { messageId: 'externalTransfer', line: 4, column: 31, endLine: 4, endColumn: 41, messageIncludes: 'Mixpanel (a third-party service) by `mixpanel.people.set`' },
        { messageId: 'externalTransfer', line: 5, column: 38, endLine: 5, endColumn: 48, messageIncludes: '`mixpanel.track`' },
      ],
    },
    {
      code: `import * as amplitude from '@amplitude/analytics-browser';
declare const user: any;
amplitude.track('Signed up', { email: user.email });
amplitude.setUserId(user.email);`,
      errors: [
        { messageId: 'externalTransfer', line: 3, column: 39, endLine: 3, endColumn: 49, messageIncludes: 'Amplitude (a third-party service) by `amplitude.track`' },
        { messageId: 'externalTransfer', line: 4, column: 21, endLine: 4, endColumn: 31, messageIncludes: '`amplitude.setUserId`' },
      ],
    },
    {
      code: `import posthog from 'posthog-js';
declare const user: any;
posthog.identify(user.id, { email: user.email });
posthog.capture('signup', { phone: user.phone });`,
      errors: [
        { messageId: 'externalTransfer', line: 3, column: 36, endLine: 3, endColumn: 46, messageIncludes: 'PostHog (a third-party service) by `posthog.identify`' },
        { messageId: 'externalTransfer', line: 4, column: 36, endLine: 4, endColumn: 46, messageIncludes: '`posthog.capture`' },
      ],
    },
    {
      code: `import { datadogRum } from '@datadog/browser-rum';
declare const user: any;
datadogRum.setUser({ id: user.id, email: user.email });`,
      errors: [
        { messageId: 'externalTransfer', line: 3, column: 42, endLine: 3, endColumn: 52, messageIncludes: 'Datadog (a third-party service) by `datadogRum.setUser`' },
      ],
    },
    {
      code: `// Intercom global, method and window.Intercom
declare const user: any;
Intercom('boot', { app_id: 'abc123', email: user.email });
Intercom.update({ phone: user.phone });
window.Intercom('update', { name: user.name });`,
      errors: [
        { messageId: 'externalTransfer', line: 3, column: 45, endLine: 3, endColumn: 55, messageIncludes: 'Intercom (a third-party service) by `Intercom`' },
        { messageId: 'externalTransfer', line: 4, column: 26, endLine: 4, endColumn: 36, messageIncludes: '`Intercom.update`' },
        { messageId: 'externalTransfer', line: 5, column: 35, endLine: 5, endColumn: 44, messageIncludes: '`window.Intercom`' },
      ],
    },
    {
      code: `// Intercom declared for the type checker
declare const Intercom: (command: string, settings?: object) => void;
declare const user: any;
Intercom('boot', { app_id: 'abc123', email: user.email });`,
      errors: [
        { messageId: 'externalTransfer', line: 4, column: 45, endLine: 4, endColumn: 55, messageIncludes: 'Intercom' },
      ],
    },
    {
      code: `import Intercom from '@intercom/messenger-js-sdk';
declare const user: any;
Intercom({ app_id: 'abc123', email: user.email });`,
      errors: [
        { messageId: 'externalTransfer', line: 3, column: 37, endLine: 3, endColumn: 47, messageIncludes: 'Intercom' },
      ],
    },
    // Webhooks.
    {
      code: `import { IncomingWebhook } from '@slack/webhook';
const webhook = new IncomingWebhook('https://hooks.slack.com/services/T000/B000/XXXX');
declare const user: any;
webhook.send({ text: \`New signup: \${user.email}\` });`,
      errors: [
        { messageId: 'externalTransfer', line: 4, column: 37, endLine: 4, endColumn: 47, messageIncludes: 'Slack (a third-party service) by `webhook.send`' },
      ],
    },
    {
      code: `// Slack incoming webhook through fetch
declare const user: any;
fetch('https://hooks.slack.com/services/T000/B000/XXXX', { method: 'POST', body: JSON.stringify({ text: user.email }) });`,
      errors: [
        { messageId: 'externalTransfer', line: 3, column: 105, endLine: 3, endColumn: 115, messageIncludes: 'Slack (a third-party service)' },
      ],
    },
    {
      code: `import { WebClient } from '@slack/web-api';
const slack = new WebClient('xoxb-token');
declare const user: any;
slack.chat.postMessage({ channel: 'C0123', text: \`Refund for \${user.fullName}\` });`,
      errors: [
        { messageId: 'externalTransfer', line: 4, column: 64, endLine: 4, endColumn: 77, messageIncludes: 'Slack (a third-party service) by `slack.chat.postMessage`' },
      ],
    },
    // Unknown destinations, reported with the option.
    {
      code: `// unknown destination: a parameter URL
declare const c: any;
function send(url: string) { return fetch(url, { method: 'POST', body: JSON.stringify({ email: c.email }) }); }`,
      options: { reportUnknownDestinations: true },
      errors: [
        { messageId: 'unknownDestination', line: 3, column: 96, endLine: 3, endColumn: 103, messageIncludes: 'a destination that cannot be resolved statically' },
      ],
    },
    {
      code: `declare const c: any; declare const process: any;
let url = '/api/local';
url = process.env.WEBHOOK_URL;
fetch(url, { method: 'POST', body: c.email });`,
      options: { reportUnknownDestinations: true },
      errors: [
        { messageId: 'unknownDestination', line: 4, column: 36, endLine: 4, endColumn: 43 },
      ],
    },
    // Consent checks that do not count (more in test/engine/guards.test.ts).
    {
      code: `declare const u: any; declare const ok: boolean;
if (ok) fetch('https://api.other.example.com/x', { method: 'POST', body: u.email });`,
      errors: [
        { messageId: 'externalTransfer', line: 2, column: 74, endLine: 2, endColumn: 81 },
      ],
    },
    {
      code: `declare const u: any; declare function hasConsent(u: any): boolean;
if (hasConsent(u)) { console.info('consented'); } else { fetch('https://api.other.example.com/x', { method: 'POST', body: u.email }); }`,
      errors: [
        { messageId: 'externalTransfer', line: 2, column: 123, endLine: 2, endColumn: 130 },
      ],
    },
    // Helpers: reported at the helper's call.
    {
      code: `// local helper postJson(URL, { email })
import axios from 'axios';
const CRM = 'https://api.other.example.com/contacts';
async function postJson(url: string, body: unknown) { return axios.post(url, body); }
declare const c: any;
postJson(CRM, { email: c.email });`,
      errors: [
        { messageId: 'externalTransfer', line: 6, column: 24, endLine: 6, endColumn: 31, messageIncludes: 'by `postJson`' },
      ],
    },
    {
      code: `import { postJson } from './http';
declare const c: any;
postJson('https://api.other.example.com/contacts', { phone: c.phone });`,
      files: {
        'src/http.ts': `import axios from 'axios';
export async function postJson(url: string, body: unknown) {
  return axios.post(url, body);
}
`,
      },
      errors: [
        { messageId: 'externalTransfer', line: 3, column: 61, endLine: 3, endColumn: 68, messageIncludes: '`api.other.example.com` by `postJson`' },
      ],
    },
    {
      code: `// nested helpers: reported at the outer call
import axios from 'axios';
function send(url: string, body: unknown) { return axios.post(url, body); }
function postJson(url: string, body: unknown) { return send(url, body); }
declare const c: any;
postJson('https://api.other.example.com/x', { email: c.email });`,
      errors: [
        { messageId: 'externalTransfer', line: 6, column: 54, endLine: 6, endColumn: 61, messageIncludes: 'by `postJson`' },
      ],
    },
    {
      code: `// the helper sends what it is given: reported at each call that passes personal data
import axios from 'axios';
function notify(payload: object) { return axios.post('https://api.other.example.com/notify', payload); }
declare const c: any;
notify({ id: c.id });
notify({ id: c.id, email: c.email });`,
      errors: [
        { messageId: 'externalTransfer', line: 6, column: 27, endLine: 6, endColumn: 34 },
      ],
    },
    // With no-my-number-transfer off, the call is this rule's (naming every value, the most serious first).
    {
      code: `// no-my-number-transfer off
declare const e: any;
fetch('https://api.other.example.com/x', { method: 'POST', body: JSON.stringify({ email: e.email, kojinBango: e.kojinBango }) });`,
      config: { rules: { 'no-my-number-transfer': 'off' } },
      errors: [
        { messageId: 'externalTransfer', line: 3, column: 90, endLine: 3, endColumn: 123,
          messageIncludes: 'without a consent check: `e.kojinBango` is a My Number (individual number). `e.email` is contact data.' },
      ],
    },
  ],
});
