/**
 * no-foreign-transfer-without-consent (§2(1)): personal data sent to a registered processor outside Japan
 * (`api.crm.example.com`, US, in the shared test config) without a dominating consent check.
 */
import { ruleTester } from '../helpers/rule-tester';

ruleTester('no-foreign-transfer-without-consent', {
  valid: [
    // A processor in Japan needs no consent for entrusted handling.
    `// processor in Japan: Mailer KK
declare const c: any;
fetch('https://mailer.example.jp/send', { method: 'POST', body: JSON.stringify({ email: c.email, name: c.fullName }) });`,
    `import axios from 'axios';
const mailer = axios.create({ baseURL: 'https://mailer.example.jp' });
declare const c: any;
mailer.post('/v1/messages', { to: c.email });`,
    // Not a processor: external and internal destinations are other rules' business.
    `// external and internal destinations
declare const c: any;
fetch('https://api.other.example.com/x', { method: 'POST', body: JSON.stringify({ email: c.email }) });
fetch('/api/customers', { method: 'POST', body: JSON.stringify({ email: c.email }) });
fetch('https://api.shop.example.co.jp/customers', { method: 'POST', body: JSON.stringify({ email: c.email }) });`,
    `// third-party SDKs are external, not registered processors
import * as Sentry from '@sentry/node';
declare const user: any;
Sentry.setUser({ email: user.email });`,
    `// a host that only looks like the processor's
declare const c: any;
fetch('https://api.crm.example.com.evil.example/x', { method: 'POST', body: c.email });
fetch('https://crm.example.com/x', { method: 'POST', body: c.email });`,
    // Consent checked first.
    `declare const c: any; declare function hasConsent(u: any): boolean;
if (hasConsent(c)) fetch('https://api.crm.example.com/contacts', { method: 'POST', body: JSON.stringify({ email: c.email }) });`,
    `declare const customers: any[]; declare function hasConsent(u: any): boolean;
for (const c of customers) {
  if (!hasConsent(c)) continue;
  fetch('https://api.crm.example.com/contacts', { method: 'POST', body: JSON.stringify({ email: c.email }) });
}`,
    `declare const c: any; declare const consent: { isGranted(u: any): Promise<boolean> };
async function sync() {
  if (!(await consent.isGranted(c))) throw new Error('no consent');
  await fetch('https://api.crm.example.com/contacts', { method: 'POST', body: JSON.stringify({ email: c.email }) });
}`,
    // Nothing personal.
    `// only ids to a processor abroad
declare const c: any;
fetch('https://api.crm.example.com/contacts', { method: 'POST', body: JSON.stringify({ id: c.id, plan: c.plan }) });`,
    // My Number sent abroad is no-my-number-transfer's.
    `declare const e: any;
fetch('https://api.crm.example.com/contacts', { method: 'POST', body: JSON.stringify({ kojinBango: e.kojinBango, email: e.email }) });`,
    `// My Number after another personal field in the same payload
declare const e: any;
fetch('https://api.crm.example.com/contacts', { method: 'POST', body: JSON.stringify({ email: e.email, kojinBango: e.kojinBango }) });`,
    // A processor abroad registered with country JP in lower case is in Japan.
    {
      code: `// country jp in lower case
declare const c: any;
fetch('https://sms.example.net/send', { method: 'POST', body: c.phone });`,
      config: { transfers: { processors: [{ host: 'sms.example.net', country: 'jp', name: 'SMS GK' }] } },
    },
  ],
  invalid: [
    // Processors abroad.
    {
      code: `declare const c: any;
fetch('https://api.crm.example.com/contacts', { method: 'POST', body: JSON.stringify({ email: c.email }) });`,
      errors: [
        { messageId: 'foreignProcessor', line: 2, column: 95, endLine: 2, endColumn: 102, messageIncludes: 'the processor CRM Inc (api.crm.example.com) in the United States (US) by `fetch`' },
      ],
    },
    {
      code: `const CRM_URL = 'https://api.crm.example.com/contacts';
declare const c: any;
fetch(CRM_URL, { method: 'POST', body: JSON.stringify({ phone: c.phone }) });`,
      errors: [
        { messageId: 'foreignProcessor', line: 3, column: 64, endLine: 3, endColumn: 71 },
      ],
    },
    {
      code: `// axios instance with the processor as baseURL
import axios from 'axios';
const crm = axios.create({ baseURL: 'https://api.crm.example.com' });
declare const customer: any;
crm.post('/contacts', customer);
crm.put(\`/contacts/\${customer.id}\`, { address: customer.address });`,
      errors: [
        { messageId: 'foreignProcessor', line: 5, column: 23, endLine: 5, endColumn: 31, messageIncludes: 'by `crm.post`' },
        { messageId: 'foreignProcessor', line: 6, column: 48, endLine: 6, endColumn: 64, messageIncludes: 'by `crm.put`' },
      ],
    },
    {
      code: `interface Customer { id: string; email: string; birthDate: string }
declare const repo: { load(id: string): Promise<Customer> };
async function sync() {
  const record = await repo.load('c-1');
  await fetch('https://api.crm.example.com/contacts', { method: 'POST', body: JSON.stringify(record) });
}`,
      typeInfo: true,
      errors: [
        { messageId: 'foreignProcessor', line: 5, column: 94, endLine: 5, endColumn: 100, messageIncludes: '`record` is a `Customer`' },
      ],
    },
    {
      code: `import { CRM_BASE } from './endpoints';
declare const c: any;
fetch(new URL('/v1/contacts', CRM_BASE), { method: 'POST', body: c.email });`,
      files: {
        'src/endpoints.ts': `export const CRM_BASE = 'https://api.crm.example.com';
`,
      },
      errors: [
        { messageId: 'foreignProcessor', line: 3, column: 66, endLine: 3, endColumn: 73 },
      ],
    },
    {
      code: `// a glob processor host, and a processor without a name
declare const c: any;
fetch('https://ap1.mailer.example.sg/send', { method: 'POST', body: c.email });`,
      config: { transfers: { processors: [{ host: '*.mailer.example.sg', country: 'SG' }] } },
      errors: [
        { messageId: 'foreignProcessor', line: 3, column: 69, endLine: 3, endColumn: 76, messageIncludes: 'in Singapore (SG)' },
      ],
    },
    // Consent that does not dominate the call.
    {
      code: `// a consent check that neither returns nor encloses the call
declare const c: any; declare function hasConsent(u: any): boolean;
const allowed = hasConsent(c);
if (!allowed) console.info('no consent');
fetch('https://api.crm.example.com/contacts', { method: 'POST', body: JSON.stringify({ email: c.email }) });`,
      errors: [
        { messageId: 'foreignProcessor', line: 5, column: 95, endLine: 5, endColumn: 102 },
      ],
    },
    {
      code: `// consent || something else
declare const c: any; declare function hasConsent(u: any): boolean;
if (hasConsent(c) || c.isStaff) fetch('https://api.crm.example.com/contacts', { method: 'POST', body: c.email });`,
      errors: [
        { messageId: 'foreignProcessor', line: 3, column: 103, endLine: 3, endColumn: 110 },
      ],
    },
    // Helpers: reported at the helper's call.
    {
      code: `// helper pushContact({ email }) to a processor abroad
import axios from 'axios';
const CRM = 'https://api.crm.example.com/contacts';
function pushContact(body: object) { return axios.post(CRM, body); }
declare const c: any;
pushContact({ email: c.email });`,
      errors: [
        { messageId: 'foreignProcessor', line: 6, column: 22, endLine: 6, endColumn: 29, messageIncludes: 'by `pushContact`' },
      ],
    },
    // With no-my-number-transfer off, My Number abroad is this rule's.
    {
      code: `// no-my-number-transfer off
declare const e: any;
fetch('https://api.crm.example.com/contacts', { method: 'POST', body: JSON.stringify({ kojinBango: e.kojinBango }) });`,
      config: { rules: { 'no-my-number-transfer': 'off' } },
      errors: [
        { messageId: 'foreignProcessor', line: 3, column: 100, endLine: 3, endColumn: 112 },
      ],
    },
  ],
});
