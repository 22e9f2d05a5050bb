/**
 * Cases from a review on unseen code: values written into objects after they were made, calls into libraries,
 * what a sink returns, ids held in person-named variables, URLs chosen by environment, SDK globals, and
 * `!guard() || send()`. Each runs with and without the type checker.
 */
import { ruleTester } from '../helpers/rule-tester';

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// a library call that answers a question, and arithmetic, carry no personal data
declare function isValidEmail(s: string): boolean;
declare const c: any;
console.log(isValidEmail(c.email), Math.max(c.age, 1), Number(c.zipCode));`,
    `// what a sink returns is not what was sent
import axios from 'axios';
declare const c: any;
export async function s() {
  const res = await axios.post('/api/customers', { email: c.email });
  console.log(res.status, res);
}`,
    `// a variable named after a person that holds an id
export function g(req: any) {
  const customer = req.params.customerId;
  console.log('customer', customer);
}`,
    `// a project function that returns a count, called with personal data
declare const people: { email: string }[];
function countValid(list: { email: string }[]): number { return list.length; }
console.log(countValid(people));`,
  ],
  invalid: [
    {
      code: `// values written into an object or a collection after it was made
declare const c: any;
export function m() {
  const body: Record<string, unknown> = { id: c.id };
  body.email = c.email;
  console.log(body);
  const list: string[] = [];
  list.push(c.jusho);
  console.log(list);
  const payload = {};
  Object.assign(payload, { zip: c.zipCode });
  console.log(payload);
}`,
      errors: [
        { messageId: 'personalDataInLog', line: 6, column: 15, endLine: 6, endColumn: 19 },
        { messageId: 'personalDataInLog', line: 9, column: 15, endLine: 9, endColumn: 19 },
        { messageId: 'personalDataInLog', line: 12, column: 15, endLine: 12, endColumn: 22 },
      ],
    },
    {
      code: `// a formatted date of birth is still a date of birth
import dayjs from 'dayjs';
declare function normalizeEmail(s: string): string;
declare const c: any;
console.log(dayjs(c.birthDate).format('YYYY-MM-DD'));
console.log(new Date(c.birthDate).toISOString());
console.log(normalizeEmail(c.email));`,
      errors: [
        { messageId: 'personalDataInLog', line: 5, column: 19, endLine: 5, endColumn: 30 },
        { messageId: 'personalDataInLog', line: 6, column: 22, endLine: 6, endColumn: 33 },
        { messageId: 'personalDataInLog', line: 7, column: 28, endLine: 7, endColumn: 35 },
      ],
    },
  ],
}, 'review cases');

ruleTester('no-unguarded-external-transfer', {
  valid: [
    `// a URL chosen by environment where both branches stay inside
declare const c: any;
const API = process.env.NODE_ENV === 'production' ? '/api' : 'http://localhost:4000/api';
fetch(\`\${API}/profile\`, { method: 'POST', body: JSON.stringify({ email: c.email }) });`,
    `// !guard() || send(): the send runs only with consent
declare function hasConsent(x: unknown): boolean;
declare const c: any;
!hasConsent(c) || fetch('https://api.partner.example.com/y', { method: 'POST', body: c.email });`,
  ],
  invalid: [
    {
      code: `// CommonJS helpers in another file: destructured, through the module object, and exported by name
const { postJson } = require('./http');
const http = require('./http');
exports.run = (c) => postJson('https://api.partner.example.com/x', { email: c.email });
exports.run2 = (c) => http.postJson('https://api.partner.example.com/x', { email: c.email });`,
      filename: 'src/use.js',
      files: { 'src/http.js': `const axios = require('axios');\nmodule.exports = { postJson: (url, body) => axios.post(url, body) };\n` },
      errors: [
        { messageId: 'externalTransfer', line: 4, column: 77, endLine: 4, endColumn: 84 },
        { messageId: 'externalTransfer', line: 5, column: 83, endLine: 5, endColumn: 90 },
      ],
    },
    {
      code: `// a method named like a guard on some other object is not the configured guard
declare function makeConsent(): { isGranted(u: unknown): boolean };
declare const c: any;
if (makeConsent().isGranted(c)) fetch('https://api.partner.example.com/y', { method: 'POST', body: c.email });`,
      errors: [{ messageId: 'externalTransfer', line: 4, column: 100, endLine: 4, endColumn: 107 }],
    },
    {
      code: `// a form filled after it was made
declare const c: any;
export async function m() {
  const fd = new FormData();
  fd.append('email', c.email);
  await fetch('https://api.partner.example.com/x', { method: 'POST', body: fd });
}`,
      errors: [{ messageId: 'externalTransfer', line: 6, column: 76, endLine: 6, endColumn: 78 }],
    },
    {
      code: `// a URL chosen by environment: the branch that leaves the machine decides
declare const c: any;
const TRACKER = process.env.NODE_ENV === 'production' ? 'https://api.tracker.example.com' : 'http://localhost:4000';
fetch(\`\${TRACKER}/v1/identify\`, { method: 'POST', body: JSON.stringify({ email: c.email }) });`,
      errors: [{ messageId: 'externalTransfer', line: 4, column: 81, endLine: 4, endColumn: 88 }],
    },
    {
      code: `// SDKs loaded as browser globals
declare const c: any;
declare const DD_RUM: any;
declare const mixpanel: any;
DD_RUM.setUser({ id: c.id, email: c.email });
mixpanel.people.set({ $email: c.email });`,
      errors: [
        { messageId: 'externalTransfer', line: 5, column: 35, endLine: 5, endColumn: 42 },
        { messageId: 'externalTransfer', line: 6, column: 31, endLine: 6, endColumn: 38 },
      ],
    },
  ],
}, 'review cases');
