/**
 * Consent guards (`transfers.consentGuards`: `hasConsent`, `consent.isGranted` in the shared test config) as the
 * transfer rules see them: a guard counts only when it dominates the call that sends.
 */
import { ruleTester } from '../helpers/rule-tester';

ruleTester('no-unguarded-external-transfer', {
  valid: [
    // The consequent of `if (guard(...))`.
    `// if (hasConsent(u)) statement
declare const u: any; declare function hasConsent(u: any): boolean;
if (hasConsent(u)) fetch('https://api.other.example.com/x', { method: 'POST', body: u.email });`,
    `// if (hasConsent(u)) block with a body variable
declare const u: any; declare function hasConsent(u: any): boolean;
if (hasConsent(u)) {
  const body = JSON.stringify({ email: u.email });
  fetch('https://api.other.example.com/x', { method: 'POST', body });
}`,
    `declare const u: any; declare function hasConsent(u: any): boolean; declare const flag: boolean;
if (hasConsent(u)) {
  if (flag) fetch('https://api.other.example.com/x', { method: 'POST', body: u.email });
}`,
    `// if (hasConsent(u) === true)
declare const u: any; declare function hasConsent(u: any): boolean;
if (hasConsent(u) === true) fetch('https://api.other.example.com/x', { method: 'POST', body: u.email });`,
    `declare const u: any, items: any[]; declare function hasConsent(u: any): boolean;
if (hasConsent(u)) items.forEach((i) => fetch('https://api.other.example.com/x', { method: 'POST', body: \`\${i.id}:\${u.email}\` }));`,
    // An `&&` chain.
    `// && chains on either side
declare const u: any; declare function hasConsent(u: any): boolean;
if (u.active && hasConsent(u)) fetch('https://api.other.example.com/x', { method: 'POST', body: u.email });
if (hasConsent(u) && u.active) fetch('https://api.other.example.com/x', { method: 'POST', body: u.email });`,
    `// hasConsent(u) && send
declare const u: any; declare function hasConsent(u: any): boolean;
hasConsent(u) && fetch('https://api.other.example.com/x', { method: 'POST', body: u.email });`,
    `// hasConsent(u) ? send : undefined
declare const u: any; declare function hasConsent(u: any): boolean;
const sent = hasConsent(u) ? fetch('https://api.other.example.com/x', { method: 'POST', body: u.email }) : undefined;`,
    // After `if (!guard(...)) return | throw | continue`.
    `// if (!hasConsent(u)) return
declare const u: any; declare function hasConsent(u: any): boolean;
function share() {
  if (!hasConsent(u)) return;
  fetch('https://api.other.example.com/x', { method: 'POST', body: u.email });
}`,
    `// if (!hasConsent(u)) throw
declare const u: any; declare function hasConsent(u: any): boolean;
function share() {
  if (!hasConsent(u)) throw new Error('no consent');
  fetch('https://api.other.example.com/x', { method: 'POST', body: u.email });
}`,
    `declare const users: any[]; declare function hasConsent(u: any): boolean;
for (const u of users) {
  if (!hasConsent(u)) continue;
  fetch('https://api.other.example.com/x', { method: 'POST', body: u.email });
}`,
    `// if (!hasConsent(u)) { log; return; }
declare const u: any; declare function hasConsent(u: any): boolean;
function share() {
  if (!hasConsent(u)) {
    console.info('consent missing');
    return;
  }
  fetch('https://api.other.example.com/x', { method: 'POST', body: u.email });
}`,
    `// if (!hasConsent(u) || !u.active) return
declare const u: any; declare function hasConsent(u: any): boolean;
function share() {
  if (!hasConsent(u) || !u.active) return;
  fetch('https://api.other.example.com/x', { method: 'POST', body: u.email });
}`,
    `// else branch of if (!hasConsent(u))
declare const u: any; declare function hasConsent(u: any): boolean;
if (!hasConsent(u)) {
  console.info('consent missing');
} else {
  fetch('https://api.other.example.com/x', { method: 'POST', body: u.email });
}`,
    // Awaited guards and dotted paths.
    `// if (await consent.isGranted(u))
declare const u: any; declare const consent: { isGranted(u: any): Promise<boolean> };
async function share() {
  if (await consent.isGranted(u)) await fetch('https://api.other.example.com/x', { method: 'POST', body: u.email });
}`,
    `// if (!(await consent.isGranted(u))) return
declare const u: any; declare const consent: { isGranted(u: any): Promise<boolean> };
async function share() {
  if (!(await consent.isGranted(u))) return;
  await fetch('https://api.other.example.com/x', { method: 'POST', body: u.email });
}`,
    `declare const u: any;
class Sync {
  constructor(private readonly consent: { isGranted(u: any): Promise<boolean> }) {}
  async run() {
    if (!(await this.consent.isGranted(u))) return;
    await fetch('https://api.other.example.com/x', { method: 'POST', body: u.email });
  }
}`,
    `// a constant holding the guard's answer
declare const u: any; declare function hasConsent(u: any): Promise<boolean>;
async function share() {
  const ok = await hasConsent(u);
  if (ok) await fetch('https://api.other.example.com/x', { method: 'POST', body: u.email });
}`,
    // Helpers.
    `// the guard inside the helper
import axios from 'axios';
declare const u: any; declare function hasConsent(u: any): boolean;
async function share(url: string, body: unknown, user: any) {
  if (!hasConsent(user)) return;
  await axios.post(url, body);
}
share('https://api.other.example.com/x', { email: u.email }, u);`,
    `// the guard around the helper call
import axios from 'axios';
declare const u: any; declare function hasConsent(u: any): boolean;
async function postJson(url: string, body: unknown) { return axios.post(url, body); }
if (hasConsent(u)) postJson('https://api.other.example.com/x', { email: u.email });`,
  ],
  invalid: [
    // Any other boolean does not count.
    {
      code: `declare const u: any; declare const ok: boolean;
if (ok) fetch('https://api.other.example.com/x', { method: 'POST', body: u.email });`,
      errors: [
        { messageId: 'externalTransfer', line: 2, column: 74, endLine: 2, endColumn: 81 },
      ],
    },
    {
      code: `// a let holding the guard answer, reassigned
declare const u: any; declare function hasConsent(u: any): boolean;
let ok = hasConsent(u);
ok = true;
if (ok) fetch('https://api.other.example.com/x', { method: 'POST', body: u.email });`,
      errors: [
        { messageId: 'externalTransfer', line: 5, column: 74, endLine: 5, endColumn: 81 },
      ],
    },
    {
      code: `declare const u: any; declare function hasNoConsent(u: any): boolean; declare const consent: any;
if (hasNoConsent(u)) fetch('https://api.other.example.com/x', { method: 'POST', body: u.email });
if (consent.isGrantedFor(u)) fetch('https://api.other.example.com/y', { method: 'POST', body: u.phone });`,
      errors: [
        { messageId: 'externalTransfer', line: 2, column: 87, endLine: 2, endColumn: 94 },
        { messageId: 'externalTransfer', line: 3, column: 95, endLine: 3, endColumn: 102 },
      ],
    },
    {
      code: `// hasConsent(u) || u.isStaff
declare const u: any; declare function hasConsent(u: any): boolean;
if (hasConsent(u) || u.isStaff) fetch('https://api.other.example.com/x', { method: 'POST', body: u.email });`,
      errors: [
        { messageId: 'externalTransfer', line: 3, column: 98, endLine: 3, endColumn: 105 },
      ],
    },
    {
      code: `// hasConsent(u) === false
declare const u: any; declare function hasConsent(u: any): boolean;
if (hasConsent(u) === false) fetch('https://api.other.example.com/x', { method: 'POST', body: u.email });`,
      errors: [
        { messageId: 'externalTransfer', line: 3, column: 95, endLine: 3, endColumn: 102 },
      ],
    },
    // A guard on another branch.
    {
      code: `// else branch of if (hasConsent(u))
declare const u: any; declare function hasConsent(u: any): boolean;
if (hasConsent(u)) { console.info('consented'); } else { fetch('https://api.other.example.com/x', { method: 'POST', body: u.email }); }`,
      errors: [
        { messageId: 'externalTransfer', line: 3, column: 123, endLine: 3, endColumn: 130 },
      ],
    },
    {
      code: `// after if (hasConsent(u)) { ... } without an exit
declare const u: any; declare function hasConsent(u: any): boolean;
if (hasConsent(u)) {
  console.info('consented');
}
fetch('https://api.other.example.com/x', { method: 'POST', body: u.email });`,
      errors: [
        { messageId: 'externalTransfer', line: 6, column: 66, endLine: 6, endColumn: 73 },
      ],
    },
    {
      code: `declare const u: any; declare function hasConsent(u: any): boolean; declare const flag: boolean;
function share() {
  if (flag) {
    if (!hasConsent(u)) return;
  }
  fetch('https://api.other.example.com/x', { method: 'POST', body: u.email });
}`,
      errors: [
        { messageId: 'externalTransfer', line: 6, column: 68, endLine: 6, endColumn: 75 },
      ],
    },
    {
      code: `// hasConsent(u) ? undefined : send
declare const u: any; declare function hasConsent(u: any): boolean;
const sent = hasConsent(u) ? undefined : fetch('https://api.other.example.com/x', { method: 'POST', body: u.email });`,
      errors: [
        { messageId: 'externalTransfer', line: 3, column: 107, endLine: 3, endColumn: 114 },
      ],
    },
    // Early exits that do not exit, or exit the wrong way.
    {
      code: `// if (!hasConsent(u)) { log } without an exit
declare const u: any; declare function hasConsent(u: any): boolean;
function share() {
  if (!hasConsent(u)) {
    console.info('consent missing');
  }
  fetch('https://api.other.example.com/x', { method: 'POST', body: u.email });
}`,
      errors: [
        { messageId: 'externalTransfer', line: 7, column: 68, endLine: 7, endColumn: 75 },
      ],
    },
    {
      code: `// if (hasConsent(u)) return: inverted
declare const u: any; declare function hasConsent(u: any): boolean;
function share() {
  if (hasConsent(u)) return;
  fetch('https://api.other.example.com/x', { method: 'POST', body: u.email });
}`,
      errors: [
        { messageId: 'externalTransfer', line: 5, column: 68, endLine: 5, endColumn: 75 },
      ],
    },
    {
      code: `// the guard after the send
declare const u: any; declare function hasConsent(u: any): boolean;
function share() {
  fetch('https://api.other.example.com/x', { method: 'POST', body: u.email });
  if (!hasConsent(u)) return;
}`,
      errors: [
        { messageId: 'externalTransfer', line: 4, column: 68, endLine: 4, endColumn: 75 },
      ],
    },
    {
      code: `// the guard called, its answer ignored
declare const u: any; declare function hasConsent(u: any): boolean;
function share() {
  hasConsent(u);
  fetch('https://api.other.example.com/x', { method: 'POST', body: u.email });
}`,
      errors: [
        { messageId: 'externalTransfer', line: 5, column: 68, endLine: 5, endColumn: 75 },
      ],
    },
    // A guard in another function.
    {
      code: `// the guard in another function called before
declare const u: any; declare function hasConsent(u: any): boolean;
function check() {
  if (!hasConsent(u)) return;
}
function share() {
  check();
  fetch('https://api.other.example.com/x', { method: 'POST', body: u.email });
}`,
      errors: [
        { messageId: 'externalTransfer', line: 8, column: 68, endLine: 8, endColumn: 75 },
      ],
    },
    {
      code: `// the guard in the enclosing function of a named inner function
declare const u: any; declare function hasConsent(u: any): boolean;
function outer() {
  if (!hasConsent(u)) return undefined;
  function send() {
    return fetch('https://api.other.example.com/x', { method: 'POST', body: u.email });
  }
  return send;
}`,
      errors: [
        { messageId: 'externalTransfer', line: 6, column: 77, endLine: 6, endColumn: 84 },
      ],
    },
    // Helpers: the guard must dominate the helper's call or the send inside it.
    {
      code: `import axios from 'axios';
declare const u: any; declare function hasConsent(u: any): boolean;
async function postJson(url: string, body: unknown) { return axios.post(url, body); }
if (hasConsent(u)) console.info('consented');
postJson('https://api.other.example.com/x', { email: u.email });`,
      errors: [
        { messageId: 'externalTransfer', line: 5, column: 54, endLine: 5, endColumn: 61 },
      ],
    },
  ],
}, 'consent guards');

ruleTester('no-foreign-transfer-without-consent', {
  valid: [
    `declare const c: any; declare function hasConsent(u: any): boolean;
if (hasConsent(c)) fetch('https://api.crm.example.com/contacts', { method: 'POST', body: JSON.stringify({ email: c.email }) });`,
    `declare const c: any; declare const consent: { isGranted(u: any): Promise<boolean> };
async function sync() {
  if (!(await consent.isGranted(c))) return;
  await fetch('https://api.crm.example.com/contacts', { method: 'POST', body: JSON.stringify({ email: c.email }) });
}`,
  ],
  invalid: [
    {
      code: `declare const c: any; declare function hasConsent(u: any): boolean;
if (hasConsent(c)) console.info('consented');
fetch('https://api.crm.example.com/contacts', { method: 'POST', body: JSON.stringify({ email: c.email }) });`,
      errors: [
        { messageId: 'foreignProcessor', line: 3, column: 95, endLine: 3, endColumn: 102 },
      ],
    },
    {
      code: `declare const c: any; declare const verified: boolean;
if (verified) fetch('https://api.crm.example.com/contacts', { method: 'POST', body: JSON.stringify({ email: c.email }) });`,
      errors: [
        { messageId: 'foreignProcessor', line: 2, column: 109, endLine: 2, endColumn: 116 },
      ],
    },
  ],
}, 'consent guards');
