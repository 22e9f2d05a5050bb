/**
 * Destinations without literals: a relative URL is same-origin (internal); a URL read from an environment variable
 * or a module constant is classified by `transfers.destinations` when the config maps its name, else by what the
 * name says (`SLACK_WEBHOOK_URL` is Slack's, `STRIPE_API_BASE` Stripe's), else it is unknown — a warning that names
 * the variable and says how to declare it.
 */
import { ruleTester } from '../helpers/rule-tester';
import { TEST_CONFIG } from '../helpers/lint-source';

/** The shared test config's transfers (internal `*.corezo.internal`, Mailer KK in Japan …) with these names mapped. */
const mapped = (destinations: Record<string, string>) => ({ transfers: { ...TEST_CONFIG.transfers, destinations } });

const crmClient = `import axios from 'axios';
const crm = axios.create({ baseURL: process.env.CRM_URL });
export async function sync(customer: { id: string; email: string }) {
  await crm.post('/contacts', { email: customer.email });
}`;

ruleTester('no-unguarded-external-transfer', {
  valid: [
    // Same origin.
    `export async function save(customer: { id: string; email: string }) {
  await fetch('/api/customers', { method: 'POST', body: JSON.stringify({ email: customer.email }) });
  await fetch(new URL('/api/profile', window.location.origin), { method: 'PUT', body: JSON.stringify({ email: customer.email }) });
}`,
    // The config says where the names point.
    { code: crmClient, config: { transfers: { destinations: { CRM_URL: 'internal' } } } },
    { code: `const ALERTS = process.env.ALERTS_WEBHOOK;
export async function alert(customer: { id: string; email: string }) {
  await fetch(ALERTS!, { method: 'POST', body: JSON.stringify({ text: customer.email }) });
}`, config: { transfers: { destinations: { ALERTS: 'internal' } } } },
    { code: `export async function points(customer: { id: string; email: string }) {
  await fetch(\`\${import.meta.env.VITE_POINTS_URL}/accounts\`, { method: 'POST', body: JSON.stringify({ email: customer.email }) });
}`, config: mapped({ VITE_POINTS_URL: 'points.corezo.internal' }) },
    // A registered processor in Japan (by host, then by vendor).
    { code: `export async function mail(customer: { id: string; email: string }) {
  await fetch(process.env.MAILER_URL + '/send', { method: 'POST', body: JSON.stringify({ to: customer.email }) });
}`, config: mapped({ MAILER_URL: 'mailer.example.jp' }) },
    { code: `export async function charge(customer: { id: string; email: string }) {
  await fetch(\`\${process.env.PAYMENTS_URL}/v1/customers\`, { method: 'POST', body: JSON.stringify({ email: customer.email }) });
}`, config: { transfers: { destinations: { PAYMENTS_URL: 'payjp' }, processors: [{ vendor: 'payjp', country: 'JP' }] } } },
    // A config object of another file: its property is read through the import.
    {
      code: `import { settings } from './settings';
export async function sync(customer: { id: string; email: string }) {
  await fetch(settings.crmUrl, { method: 'POST', body: JSON.stringify({ email: customer.email }) });
}`,
      files: { 'src/settings.ts': `declare function load(): { crmUrl: string };\nexport const settings = load();\n` },
      config: { transfers: { destinations: { 'settings.crmUrl': 'internal' } } },
    },
    // Unknown destinations are quiet when switched off.
    { code: crmClient, options: { reportUnknownDestinations: false } },
  ],
  invalid: [
    // The name says the vendor.
    {
      code: `export async function alert(customer: { id: string; email: string }) {
  await fetch(process.env.SLACK_WEBHOOK_URL!, { method: 'POST', body: JSON.stringify({ text: customer.email }) });
}`,
      errors: [{ messageId: 'externalTransfer', line: 2, column: 94, severity: 'error', messageIncludes: 'sent to Slack (a third-party service) by `fetch`' }],
    },
    {
      code: `const STRIPE_API_BASE = process.env.STRIPE_API_BASE ?? '';
export async function charge(customer: { id: string; email: string }) {
  await fetch(\`\${STRIPE_API_BASE}/v1/customers\`, { method: 'POST', body: JSON.stringify({ email: customer.email }) });
}`,
      errors: [{ messageId: 'externalTransfer', line: 3, column: 98, messageIncludes: 'sent to Stripe (a third-party service)' }],
    },
    {
      code: `declare function endpoint(name: string): string;
const sendgridApi = endpoint('mail');
export async function mail(customer: { id: string; email: string }) {
  await fetch(sendgridApi, { method: 'POST', body: JSON.stringify({ to: customer.email }) });
}`,
      errors: [{ messageId: 'externalTransfer', line: 4, column: 73, messageIncludes: 'sent to SendGrid' }],
    },
    // A Slack webhook client posts to Slack, whatever the URL it was given.
    {
      code: `import { IncomingWebhook } from '@slack/webhook';
const hook = new IncomingWebhook(process.env.OPS_HOOK!);
export async function alert(customer: { id: string; email: string }) {
  await hook.send({ text: customer.email });
}`,
      errors: [{ messageId: 'externalTransfer', line: 4, column: 27, messageIncludes: 'Slack' }],
    },
    // A search node read from the environment may be the company's own Elasticsearch: unknown, not Elastic Cloud.
    {
      code: `import { Client } from '@elastic/elasticsearch';
const es = new Client({ node: process.env.SEARCH_NODE });
export async function indexCustomer(customer: { id: string; email: string }) {
  await es.index({ index: 'customers', document: { email: customer.email } });
}`,
      errors: [{ messageId: 'unknownNamedDestination', line: 4, column: 59, severity: 'warning', messageIncludes: '`process.env.SEARCH_NODE`' }],
    },
    // Nothing says where it points: a warning that names the variable and how to declare it.
    {
      code: crmClient,
      errors: [{ messageId: 'unknownNamedDestination', line: 4, column: 40, severity: 'warning',
        messageIncludes: 'to the address in `process.env.CRM_URL`, which cannot be resolved statically' }],
    },
    {
      code: `const PARTNER = process.env.PARTNER_API;
export async function link(customer: { id: string; email: string }) {
  await fetch(\`\${PARTNER}/accounts\`, { method: 'POST', body: JSON.stringify({ email: customer.email }) });
}`,
      errors: [{ messageId: 'unknownNamedDestination', line: 3, column: 86, messageIncludes: 'say where `PARTNER_API` points in `transfers.destinations`' }],
    },
    // Mapped to a host that is neither internal nor a processor: a third party.
    {
      code: crmClient,
      config: { transfers: { destinations: { CRM_URL: 'api.other-crm.example.com' } } },
      errors: [{ messageId: 'externalTransfer', line: 4, column: 40, messageIncludes: 'sent to `api.other-crm.example.com`' }],
    },
    // Mapped to a vendor that is not registered: that vendor, a third party.
    {
      code: crmClient,
      config: { transfers: { destinations: { CRM_URL: 'hubspot' } } },
      errors: [{ messageId: 'externalTransfer', line: 4, column: 40, messageIncludes: 'sent to HubSpot (a third-party service)' }],
    },
  ],
});
