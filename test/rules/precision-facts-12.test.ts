/**
 * Precision facts from precision audit 16 (fresh repositories: wekan, opencollective-api, langfuse), round 12. Each
 * quiet case stands next to the true positive that must stay.
 */
import { ruleTester } from '../helpers/rule-tester';

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// the address a host name resolved to, in an SSRF guard (wekan's)
declare function resolveAndPin(hostname: string): Promise<string>;
export async function pin(hostname: string) {
  const resolvedIp = await resolveAndPin(hostname);
  console.info(\`SSRF_GUARD: \${hostname} resolved and pinned to \${resolvedIp}\`);
}`,
    {
      // a DNS look-up's result: an address and its family (langfuse's connection-time check)
      code: `interface LookupAddress { address: string; family: number }
declare function lookup(hostname: string): Promise<LookupAddress[]>;
export async function check(hostname: string) {
  const results = await lookup(hostname);
  console.warn('blocked', results);
}`,
      typeInfo: true,
    },
    `// a manual test script's list of its developer's recipients, empty in the repository (langfuse's alert e-mails)
const TEST_EMAILS: string[] = [
  // add your own address here
];
console.log('Sending test alert e-mails to', TEST_EMAILS);
for (const email of TEST_EMAILS) console.log('sending to', email);`,
    `// a procedure's one input, a URL the handler names, without the validator's types (no annotation)
import { z } from 'zod';
declare const authenticatedProcedure: any;
export const validateImgUrl = authenticatedProcedure
  .input(z.string().max(2048))
  .query(async ({ input: url }) => {
    console.info('checking image', url);
    return true;
  });`,
    `// a procedure's one input, a URL the handler names (langfuse's image check)
import { z } from 'zod';
declare const authenticatedProcedure: any;
export const validateImgUrl = authenticatedProcedure
  .input(z.string().max(2048))
  .query(async ({ input: url }: { input: string }) => {
    console.info('checking image', url);
    return true;
  });`,
    `// the operating-system account the server runs as (wekan's start-up check)
const os = require('os');
const errors = [];
const userInfo = os.userInfo();
errors.push('username: ' + userInfo['username'] + ' - uid: ' + userInfo['uid']);
console.error(errors.join('\\n'));`,
    `// a yes or no about people (wekan's due cards view)
function dueCardsView() { return 'all'; }
const allUsers = dueCardsView() === 'all';
const noMembers = !allUsers;
console.log('dueCards client: showing all users:', allUsers, noMembers);`,
    `// a collective's name and the platform's own address (Open Collective's fiscal hosts)
declare const hostCollective: { id: number; name: string; slug: string };
const PlatformConstants = {
  get PlatformAddress() { return process.env.PLATFORM_ADDRESS || '440 N Barranca Ave #3489, Covina, CA 91723'; },
};
console.info(\`\${hostCollective.name} (#\${hostCollective.id}) settled\`);
console.debug({ address: PlatformConstants.PlatformAddress });`,
  ],
  invalid: [
    {
      code: `// the address a request came from is the visitor's
export function audit(req: { ip: string; headers: Record<string, string> }) {
  const clientIp = req.headers['x-forwarded-for'] ?? req.ip;
  console.info('request from', clientIp);
}`,
      errors: [{ messageId: 'personalDataInLog', line: 4, column: 32, severity: 'warning' }],
    },
    {
      code: `// a list of the customers' addresses read from the database
declare function customerEmails(): Promise<string[]>;
export async function send() {
  const emails = await customerEmails();
  console.log('Sending to', emails);
}`,
      errors: [{ messageId: 'personalDataInLog', line: 5, column: 29 }],
    },
    {
      code: `// a procedure's one input the handler names as an e-mail, and one it takes whole
import { z } from 'zod';
declare const procedure: any;
export const lookup = procedure
  .input(z.string().email())
  .query(async ({ input: email }: { input: string }) => {
    console.info('lookup', email);
  });
export const search = procedure
  .input(z.string())
  .query(async ({ input }: { input: string }) => {
    console.info('search', input);
  });`,
      errors: [{ messageId: 'personalDataInLog', line: 7, column: 28 }, { messageId: 'personalDataInLog', line: 12, column: 28 }],
    },
    {
      code: `// the users themselves
declare function listUsers(): Promise<any>;
export async function show() {
  const allUsers = await listUsers();
  console.log('users:', allUsers);
}`,
      errors: [{ messageId: 'personalDataInLog', line: 5, column: 25 }],
    },
    {
      code: `// a signed-in person's account info from the identity provider
declare const oidc: { userinfo(token: string): Promise<Record<string, string>> };
export async function show(token: string) {
  const userInfo = await oidc.userinfo(token);
  console.log('signed in', userInfo['username'], userInfo['email']);
}`,
      errors: [{ messageId: 'personalDataInLog', line: 5, column: 28 }],
    },
    {
      code: `// a customer's address next to the platform's
declare const customer: { id: string; address: string };
console.debug({ address: customer.address });`,
      errors: [{ messageId: 'personalDataInLog', line: 3, column: 26 }],
    },
  ],
});
