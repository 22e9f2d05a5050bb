/**
 * Precision facts from precision audits 7 and 8 (fresh repositories): a whole record written into a string prints
 * `[object Object]`; `a.id || a.username` prints the id; a count of users is a number; a service's health check is
 * not a person's. Each quiet row stands next to the true positive that must stay.
 */
import { ruleTester } from '../helpers/rule-tester';

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// a typed record in a template prints [object Object]
interface User { id: string; email: string; isActive: boolean }
declare const logger: { warn(message: string): void };
export function refresh(user: User) {
  if (!user.isActive) logger.warn(\`Failed to refresh token for user \${user}: Inactive.\`);
}`,
    `// a typed record concatenated into a string, and a list of records
interface Customer { id: string; email: string }
export function show(customer: Customer, customers: Customer[]) {
  console.log('customer: ' + customer);
  console.log(\`customers: \${customers}\`);
}`,
    `// untyped: the function reads a field of it, so it is a record (an Objection row)
declare const logger: any; declare const models: any;
export async function refreshToken(user: any) {
  if (typeof user === 'number') {
    user = await models.users.query().findById(user);
    if (!user.isActive) logger.warn(\`Failed to refresh token for user \${user}: Inactive.\`);
  }
}`,
    `// untyped: given an object literal, or a row of a query builder
declare const prisma: any;
export async function f(email: string, id: string) {
  const customer = { email, id };
  console.log('customer: ' + customer);
  const user = await prisma.user.findFirst({ where: { id } });
  console.log(\`found \${user}\`);
}`,
  ],
  invalid: [
    {
      code: `// its field, and the record as an argument of its own (which the logger serialises), are still reported
interface User { id: string; email: string }
export function f(user: User) {
  console.log(\`user \${user.email}\`);
  console.log('user', user);
}`,
      errors: [
        { messageId: 'personalDataInLog', line: 4, column: 23 },
        { messageId: 'personalDataInLog', line: 5, column: 23 },
      ],
    },
    {
      code: `// a record that prints itself, and an error made with an address
class Customer { constructor(public email: string) {} toString() { return this.email; } }
export function f(customer: Customer, email: string) {
  console.log(\`customer \${customer}\`);
  try { throw new Error(\`bad \${email}\`); } catch (err) { console.log(\`failed: \${err}\`); }
}`,
      errors: [
        { messageId: 'personalDataInLog', line: 4, column: 27 },
        { messageId: 'personalDataInLog', line: 5, column: 81 },
      ],
      typeInfo: true,
    },
    {
      code: `// untyped, nothing says what it holds: it may be a user name
declare const logger: any;
export function f(user: any) { logger.warn(\`Failed for user \${user}\`); }`,
      errors: [{ messageId: 'personalDataInLog', line: 3, column: 63 }],
    },
    {
      code: `// a Mongoose document prints its fields
import mongoose from 'mongoose';
declare const User: any;
export async function f(id: string) {
  const user = await User.findOne({ _id: id });
  if (user.isActive) console.log(\`user \${user}\`);
}`,
      errors: [{ messageId: 'personalDataInLog', line: 6, column: 42 }],
      typeInfo: false,
    },
  ],
}, 'precision facts 5: a whole record written into a string');

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// passport's profile: the id is always there, the user name only when it is missing
declare const logger: any;
export function verify(profile: { id: string; username: string; displayName: string }) {
  logger.info(\`Processing profile for user \${profile.id || profile.username}\`);
  logger.info(\`Processing \${profile.id ?? profile.displayName}\`);
}`,
  ],
  invalid: [
    {
      code: `// the personal field first, the id as the fallback: the personal field is written
declare const logger: any;
export function verify(profile: { id: string; username: string }) {
  logger.info(\`Processing profile for user \${profile.username || profile.id}\`);
}`,
      errors: [{ messageId: 'personalDataInLog', line: 4, column: 46 }],
    },
  ],
}, 'precision facts 5: an id with a personal fallback');

ruleTester('no-unguarded-external-transfer', {
  valid: [
    `// counts of users sent to PostHog
import { PostHog } from 'posthog-node';
declare const db: any; declare const users: any; declare const members: any[];
const client = new PostHog('phc_key');
export async function report() {
  const [countBoards, countUsers, totalCustomers] = await Promise.all([db.$count(1), db.$count(users), db.$count(2)]);
  const userCount = await db.$count(users);
  const numMembers = members.length;
  client.capture({ distinctId: 'instance', event: 'server-analytics', properties: { countBoards, countUsers, totalCustomers, userCount, numMembers } });
}`,
  ],
  invalid: [
    {
      code: `// the users themselves are still people
import { PostHog } from 'posthog-node';
declare const db: any; declare const users: any;
const client = new PostHog('phc_key');
export async function report() {
  const [countBoards, activeUsers] = await Promise.all([db.$count(1), db.select().from(users)]);
  client.capture({ distinctId: 'instance', event: 'server-analytics', properties: { countBoards, activeUsers } });
}`,
      errors: [{ messageId: 'externalTransfer', line: 7, column: 98 }],
    },
    {
      code: `// a phone's number is not a count
import { PostHog } from 'posthog-node';
const client = new PostHog('phc_key');
export function report(phoneNum: string) {
  client.capture({ distinctId: 'instance', event: 'signup', properties: { phoneNum } });
}`,
      errors: [{ messageId: 'externalTransfer', line: 5, column: 75 }],
    },
  ],
}, 'precision facts 5: counts of people');

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// a service's health check: liveness of the database and redis
declare const logger: { info(message: string, data?: unknown): void };
declare function executeHealthChecks(): Promise<Array<{ name: string; status: string }>>;
export async function GET() {
  const healthCheckResults = await executeHealthChecks();
  logger.info('Completed healthcheck', healthCheckResults);
}`,
  ],
  invalid: [
    {
      code: `// an employee's health check results are sensitive personal data
declare const logger: { info(message: string, data?: unknown): void };
interface Employee { id: string; healthCheckResults: string[] }
export function review(employee: Employee, patientHealthCheckResults: string[]) {
  logger.info('employee', employee.healthCheckResults);
  logger.info('patient', patientHealthCheckResults);
}`,
      errors: [
        { messageId: 'personalDataInLog', line: 5, column: 27 },
        { messageId: 'personalDataInLog', line: 6, column: 26 },
      ],
    },
  ],
}, 'precision facts 5: a service\'s health check');

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// the body taken apart into names none of which is personal, then logged whole
import type { FastifyInstance, FastifyRequest, FastifyReply } from 'fastify';
export function timeTrackingRoutes(fastify: FastifyInstance) {
  fastify.post('/api/v1/time/new', async (request: FastifyRequest, reply: FastifyReply) => {
    const { time, ticket, title, user }: any = request.body;
    console.log(request.body);
    reply.send({ success: true, time, ticket, title, user });
  });
}`,
  ],
  invalid: [
    {
      code: `// a personal name among those it is taken apart into
import type { FastifyInstance, FastifyRequest } from 'fastify';
export function routes(fastify: FastifyInstance) {
  fastify.post('/a', async (request: FastifyRequest) => {
    const { time, email }: any = request.body;
    console.log(request.body, time, email.length);
  });
}`,
      errors: [{ messageId: 'personalDataInLog', line: 6, column: 17 }],
    },
    {
      code: `// the body also spread into a row whole, and a body never taken apart
import express from 'express';
declare const prisma: any;
const app = express();
app.post('/a', async (req, res) => {
  const { time, ticket } = req.body;
  console.log(req.body);
  await prisma.entry.create({ data: { ...req.body, time, ticket } });
  res.send('ok');
});
app.post('/b', (req, res) => { console.log(req.body); res.send('ok'); });`,
      errors: [
        { messageId: 'personalDataInLog', line: 7, column: 15 },
        { messageId: 'personalDataInLog', line: 11, column: 44 },
      ],
    },
  ],
}, 'precision facts 5: a request body taken apart in the same function');

ruleTester('no-unguarded-external-transfer', {
  valid: [
    `// Basic auth built from the account's e-mail and API token, for the API that issued the token
interface Bitbucket { bitbucketEmail: string; apiToken: string; workspaceName: string }
export const getBitbucketHeaders = (provider: Bitbucket) => {
  return { Authorization: \`Basic \${Buffer.from(\`\${provider.bitbucketEmail}:\${provider.apiToken}\`).toString('base64')}\` };
};
export async function listRepositories(provider: Bitbucket) {
  const response = await fetch(\`https://api.bitbucket.org/2.0/repositories/\${provider.workspaceName}\`, { method: 'GET', headers: getBitbucketHeaders(provider) });
  return response.json();
}`,
    `// the same header written inline, and in a Headers object
interface Account { email: string; token: string }
export async function list(account: Account) {
  await fetch('https://api.vendor.example.com/v1/items', { headers: { Authorization: 'Basic ' + btoa(\`\${account.email}:\${account.token}\`) } });
  await fetch('https://api.vendor.example.com/v1/items', { headers: new Headers({ authorization: \`Basic \${btoa(account.email + ':' + account.token)}\` }) });
}`,
  ],
  invalid: [
    {
      code: `// the e-mail in the body or in the URL is still sent
interface Account { email: string; token: string }
export async function f(account: Account) {
  await fetch('https://api.vendor.example.com/v1/items', { method: 'POST', headers: { Authorization: \`Bearer \${account.token}\` }, body: JSON.stringify({ owner: account.email }) });
  await fetch(\`https://api.vendor.example.com/v1/users/\${account.email}\`, { headers: { Authorization: 'Basic ' + btoa(\`\${account.email}:\${account.token}\`) } });
}`,
      errors: [
        { messageId: 'externalTransfer', line: 4, column: 161 },
        { messageId: 'externalTransfer', line: 5, column: 58 },
      ],
    },
  ],
}, 'precision facts 5: credentials in an Authorization header');
