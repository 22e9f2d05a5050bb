/**
 * no-my-number-transfer (§2, §2(2)): My Number sent anywhere but `myNumber.permittedDestinations` (the tax office,
 * `api.etax.example.go.jp`, in the shared test config); consent does not make it allowed.
 */
import { ruleTester } from '../helpers/rule-tester';

ruleTester('no-my-number-transfer', {
  valid: [
    // The destination the law requires (the tax office).
    `declare const e: any;
fetch('https://api.etax.example.go.jp/v1/withholding', { method: 'POST', body: JSON.stringify({ myNumber: e.myNumber, name: e.fullName }) });`,
    `// helper to the tax office
import axios from 'axios';
const ETAX = 'https://api.etax.example.go.jp/v1/withholding';
async function submit(payload: unknown) { return axios.post(ETAX, payload); }
declare const e: any;
submit({ kojinBango: e.kojinBango, address: e.address });`,
    {
      code: `// axios instance to the tax office
import axios from 'axios';
const etax = axios.create({ baseURL: 'https://api.etax.example.go.jp' });
declare const e: any;
etax.post('/v1/withholding', { individualNumber: e.individualNumber });`,
      filename: 'src/payroll/etax.ts',
    },
    // Not a My Number.
    `let myNumber = 0;
myNumber += 1;
fetch('https://api.other.example.com/stats', { method: 'POST', body: JSON.stringify({ myNumber }) });`,
    {
      code: `interface Ticket { id: string; myNumber: number }
declare const t: Ticket;
fetch('https://api.other.example.com/tickets', { method: 'POST', body: JSON.stringify(t) });`,
      typeInfo: true,
    },
    `// other personal data is the other transfer rules' business
declare const e: any;
fetch('https://api.other.example.com/x', { method: 'POST', body: JSON.stringify({ email: e.email }) });`,
    `declare const e: any; declare function mask(s: string): string;
fetch('https://api.other.example.com/x', { method: 'POST', body: JSON.stringify({ kojinBango: mask(e.kojinBango) }) });`,
    `// a boolean test and the length of a My Number are not a My Number
declare const e: any;
fetch('https://api.other.example.com/x', { method: 'POST', body: JSON.stringify({ hasMyNumber: !!e.myNumber, myNumberLength: e.myNumber.length }) });`,
  ],
  invalid: [
    // Anywhere but the permitted destinations.
    {
      code: `// My Number first in the payload
declare const e: any;
fetch('https://api.other.example.com/x', { method: 'POST', body: JSON.stringify({ myNumber: e.myNumber, email: e.email }) });`,
      errors: [
        { messageId: 'myNumberTransfer', line: 3, column: 93, endLine: 3, endColumn: 103, messageIncludes: 'My Number sent to `api.other.example.com` by `fetch`' },
      ],
    },
    {
      code: `// My Number after another personal field in the same payload
declare const e: any;
fetch('https://api.other.example.com/x', { method: 'POST', body: JSON.stringify({ email: e.email, kojinBango: e.kojinBango }) });`,
      errors: [
        { messageId: 'myNumberTransfer', line: 3, column: 111, endLine: 3, endColumn: 123 },
      ],
    },
    {
      code: `// My Number in a template after another field
declare const e: any;
fetch('https://api.other.example.com/x', { method: 'POST', body: \`\${e.email}:\${e.kojinBango}\` });`,
      errors: [
        { messageId: 'myNumberTransfer', line: 3, column: 80, endLine: 3, endColumn: 92 },
      ],
    },
    {
      code: `// My Number in a payload variable after another field
declare const e: any;
const payload = { name: e.fullName, kojinBango: e.kojinBango };
fetch('https://api.other.example.com/x', { method: 'POST', body: JSON.stringify(payload) });`,
      errors: [
        { messageId: 'myNumberTransfer', line: 4, column: 81, endLine: 4, endColumn: 88 },
      ],
    },
    {
      code: `// to a processor in Japan
declare const e: any;
fetch('https://mailer.example.jp/send', { method: 'POST', body: JSON.stringify({ kojinBango: e.kojinBango }) });`,
      errors: [
        { messageId: 'myNumberTransfer', line: 3, column: 94, endLine: 3, endColumn: 106, messageIncludes: 'Mailer KK (mailer.example.jp) in Japan (JP)' },
      ],
    },
    {
      code: `// to an internal destination
declare const e: any;
fetch('/api/employees', { method: 'POST', body: JSON.stringify({ kojinBango: e.kojinBango }) });`,
      errors: [
        { messageId: 'myNumberTransfer', line: 3, column: 78, endLine: 3, endColumn: 90, messageIncludes: 'an internal destination' },
      ],
    },
    {
      code: `// from a module permitted to handle it: handling is allowed, sending is not
declare const e: any;
fetch('https://billing.corezo.internal/employees', { method: 'POST', body: JSON.stringify({ myNumber: e.myNumber }) });`,
      filename: 'src/payroll/sync.ts',
      errors: [
        { messageId: 'myNumberTransfer', line: 3, column: 103, endLine: 3, endColumn: 113 },
      ],
    },
    {
      code: `// to a destination that cannot be resolved: reported without any option
declare const e: any;
function send(url: string) { return fetch(url, { method: 'POST', body: JSON.stringify({ id: e.id, kojinBango: e.kojinBango }) }); }`,
      errors: [
        { messageId: 'myNumberTransfer', line: 3, column: 111, endLine: 3, endColumn: 123, messageIncludes: 'a destination that cannot be resolved statically' },
      ],
    },
    {
      code: `import * as Sentry from '@sentry/node';
declare const e: any;
Sentry.setContext('employee', { kojinBango: e.kojinBango, email: e.email });`,
      errors: [
        { messageId: 'myNumberTransfer', line: 3, column: 45, endLine: 3, endColumn: 57, messageIncludes: 'Sentry (a third-party service)' },
      ],
    },
    {
      code: `// WebSocket send of individualNumber
declare const e: any;
const ws = new WebSocket('wss://api.other.example.com/socket');
ws.send(e.individualNumber);`,
      errors: [
        { messageId: 'myNumberTransfer', line: 4, column: 9, endLine: 4, endColumn: 27 },
      ],
    },
    {
      code: `// Japanese field name: 個人番号
declare const e: any;
fetch('https://api.other.example.com/x', { method: 'POST', body: JSON.stringify({ n: e.個人番号 }) });`,
      errors: [
        { messageId: 'myNumberTransfer', line: 3, column: 86, endLine: 3, endColumn: 92 },
      ],
    },
    {
      code: `declare const form: any;
const myNumber = form.get('my_number');
fetch('https://api.other.example.com/x', { method: 'POST', body: myNumber });`,
      errors: [
        { messageId: 'myNumberTransfer', line: 3, column: 66, endLine: 3, endColumn: 74 },
      ],
    },
    // Types.
    {
      code: `interface Employee { id: string; myNumber: string }
declare const emp: Employee;
fetch('https://api.other.example.com/x', { method: 'POST', body: JSON.stringify(emp) });`,
      errors: [
        { messageId: 'myNumberTransfer', line: 3, column: 81, endLine: 3, endColumn: 84, messageIncludes: 'its `myNumber` is a My Number' },
      ],
    },
    {
      code: `interface Employee { id: string; email: string; myNumber: string }
declare const repo: { find(id: string): Promise<Employee> };
async function sync() {
  const row = await repo.find('e-1');
  await fetch('https://api.other.example.com/x', { method: 'POST', body: JSON.stringify(row) });
}`,
      typeInfo: true,
      errors: [
        { messageId: 'myNumberTransfer', line: 5, column: 89, endLine: 5, endColumn: 92 },
      ],
    },
    // Consent does not make it allowed.
    {
      code: `declare const e: any; declare function hasConsent(u: any): boolean;
if (hasConsent(e)) fetch('https://api.crm.example.com/x', { method: 'POST', body: JSON.stringify({ kojinBango: e.kojinBango }) });`,
      errors: [
        { messageId: 'myNumberTransfer', line: 2, column: 112, endLine: 2, endColumn: 124, messageIncludes: 'CRM Inc (api.crm.example.com) in the United States (US)' },
      ],
    },
    // Helpers: reported at the helper's call.
    {
      code: `import axios from 'axios';
async function send(url: string, payload: unknown) { return axios.post(url, payload); }
declare const e: any;
send('https://api.other.example.com/x', { kojinBango: e.kojinBango });`,
      errors: [
        { messageId: 'myNumberTransfer', line: 4, column: 55, endLine: 4, endColumn: 67, messageIncludes: 'by `send`' },
      ],
    },
  ],
});
