/**
 * Precision facts from precision audit 17 (fresh repositories: lunary, ottehr, shelf.nu), round 13. Each quiet case
 * stands next to the true positive that must stay.
 */
import { ruleTester } from '../helpers/rule-tester';

ruleTester('no-sensitive-personal-data', {
  valid: [
    {
      // a unit test's made-up patient (ottehr's claim tests): test code is skipped like the flow rules skip it
      code: `export const encounter = { id: 'e-1', diagnosis: 'sample', medications: ['sample'] };
export function chart(patient: { diagnosis: string }) { return patient.diagnosis; }`,
      filename: 'packages/zambdas/test/unit/claims.test.ts',
    },
    `// a member of a table of constants named for a note's type (ottehr's medication notes)
declare const NOTE_TYPE: { MEDICATION: string; VITALS: string };
declare const NoteType: { DIAGNOSIS: string };
export const config = { type: NOTE_TYPE.MEDICATION, other: NoteType.DIAGNOSIS };`,
    `// a method named for what it looks up, in a drug database by a drug's id (ottehr's eRx client)
declare const erx: { getMedication(q: { drugId: string }): Promise<{ name: string }> };
declare const page: { clickMedications(): Promise<void> };
export async function details(medicationId: string) {
  await page.clickMedications();
  return erx.getMedication({ drugId: medicationId });
}`,
    `// search settings and a schema the code writes under a medical word (ottehr's history queries and config)
import { z } from 'zod';
export const SEARCH_PARAMS = {
  medications: { _sort: '-effective', _include: 'MedicationStatement:source', _tag: ['current-medication'], _count: 100 },
};
export const MedicalHistorySchema = z.object({
  medications: z.object({ quickPicks: z.array(z.string()).default([]) }),
  allergies: z.object({ quickPicks: z.array(z.string()).default([]) }),
});`,
    `// a drug of the clinic's formulary, not a patient's (a FHIR Medication)
declare const fhir: { create<T>(r: T): Promise<T & { id: string }> };
export async function addToFormulary(name: string) {
  const medication = await fhir.create({ resourceType: 'Medication', code: { text: name } });
  return medication.id;
}`,
  ],
  invalid: [
    {
      code: `// a patient's chart outside test code, a getter's result kept under the field's name, a value under the key
declare const patient: { diagnosis: string; fetchMedications(): string[] };
declare const visit: { note: string };
export const d = patient.diagnosis;
const medications = patient.fetchMedications();
export const record = { medications: visit.note, count: medications.length };`,
      filename: 'src/chart.ts',
      errors: [
        { messageId: 'outsidePermittedModule', line: 4, column: 26 },
        { messageId: 'outsidePermittedModule', line: 5, column: 7 },
        { messageId: 'outsidePermittedModule', line: 6, column: 25 },
      ],
    },
    {
      code: `// a chart's lists of a patient's records, still empty where they are made (ottehr's chart data)
export function emptyChart(patientId: string) {
  return { patientId, conditions: [], allergies: [], notes: {} };
}`,
      errors: [{ messageId: 'outsidePermittedModule', line: 3, column: 39 }],
    },
    {
      code: `// a patient's medication written into a statement (a FHIR MedicationStatement)
declare const fhir: { create<T>(r: T): Promise<T & { id: string }> };
declare const form: { drug: string };
export async function record(patientId: string) {
  const medication = await fhir.create({ resourceType: 'MedicationStatement', subject: { reference: patientId }, note: form.drug });
  return medication.id;
}`,
      errors: [{ messageId: 'outsidePermittedModule', line: 5, column: 9 }],
    },
  ],
});

ruleTester('no-hardcoded-personal-data', {
  valid: [
    `// the AWS account of an Amazon Resource Name, twelve digits (Flowise's Bedrock model ARNs)
export const importedModel = 'arn:aws:bedrock:us-east-1:123456789000:imported-model/s8s5k3tqgk1b';
export const role = 'arn:aws:iam::123456789000:role/bedrock-access';`,
    `// deterministic UUIDs of a unit-test helper, whose groups read 0000-4000-9000 (lunary's test ids)
export const IDs = {
  org1: '00000000-0000-4000-9000-000000000001',
  org2: '00000000-0000-4000-9000-000000000002',
} as const;`,
  ],
  invalid: [
    {
      code: `export const row = { id: '00000000-0000-4000-9000-000000000001', kojinBango: '0000-4000-9000' };`,
      errors: [{ messageId: 'hardcodedMyNumber', line: 1, column: 78 }],
    },
  ],
});

ruleTester('no-unguarded-external-transfer', {
  valid: [
    `// the address of an identity provider's metadata an admin typed, fetched (lunary's SAML set-up)
import express from 'express';
const app = express();
app.post('/saml/metadata', async (req, res) => {
  const { content } = req.body;
  const response = await fetch(content);
  res.send(await response.text());
});`,
    `// the credentials a user configured for their own endpoint, put into the request's Authorization header (lunary)
export async function run(endpoint: { url: string; auth?: { type: string; username: string; password: string } }) {
  const headers: Record<string, string> = {};
  if (endpoint.auth?.type === 'basic') {
    headers.Authorization = \`Basic \${btoa(\`\${endpoint.auth.username}:\${endpoint.auth.password}\`)}\`;
  }
  await fetch(endpoint.url, { method: 'POST', headers });
}`,
  ],
  invalid: [
    {
      code: `// the customer's input sent in a request's body, or put into its address, is still sent
import express from 'express';
const app = express();
app.post('/forward', async (req, res) => {
  const { content } = req.body;
  await fetch('https://hooks.example.com/in', { method: 'POST', body: JSON.stringify(req.body) });
  await fetch(\`https://api.example.com/lookup?q=\${content}&email=\${req.body.email}\`);
  res.end();
});`,
      errors: [
        { messageId: 'externalTransfer', line: 6, column: 86 },
        { messageId: 'externalTransfer', line: 7, column: 51 },
      ],
    },
  ],
});

ruleTester('no-unguarded-external-transfer', {
  valid: [
    {
      // a parameter named req of the project's own type: a call to an outside service it builds (talk's Perspective)
      code: `import axios from 'axios';
type Request =
  | { operation: 'analyze'; body: { commentID: string; model: string } }
  | { operation: 'suggest'; body: { commentID: string } };
export async function send(endpoint: string, req: Request) {
  const body = JSON.stringify({ ...req.body, requestedAttributes: {} });
  await axios(endpoint, { method: 'POST', data: body });
}`,
      typeInfo: true,
    },
  ],
  invalid: [
    {
      code: `// a handler's request (a library's type, or none the checker can see) is the customer's input
import axios from 'axios';
export async function handler(req: globalThis.Request, other: { body: unknown }) {
  await axios('https://hooks.example.com/in', { method: 'POST', data: JSON.stringify(await req.json()) });
}
export async function legacy(req: any) {
  await axios('https://hooks.example.com/in', { method: 'POST', data: JSON.stringify(req.body) });
}`,
      typeInfo: true,
      errors: [
        { messageId: 'externalTransfer', line: 4, column: 92 },
        { messageId: 'externalTransfer', line: 7, column: 86 },
      ],
    },
    {
      code: `// a customer's e-mail put into another header of the request is sent with it
export async function run(endpoint: { url: string }, payload: { email: string }) {
  const headers: Record<string, string> = {};
  headers['X-Customer-Email'] = payload.email;
  await fetch(endpoint.url, { method: 'POST', headers });
}`,
      errors: [{ messageId: 'unknownDestination', line: 5, column: 47 }],
    },
  ],
});

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// one field of the query, named by the decorator (comp's vendor host and connection id)
import { Controller, Get, Query } from '@nestjs/common';
@Controller('browser')
export class BrowserController {
  @Get('mfa')
  async mfa(@Query('host') host: string, @Query('connectionId') connectionId: string) {
    console.log('instructions for', host, connectionId);
  }
}`,
    `// a health monitor's made-up account: a random mailbox on the company's own domain (stack-auth's e-mail check)
declare function generateSecureRandomString(): string;
declare function getEnvVariable(name: string): string;
export async function check() {
  const uniqueId = generateSecureRandomString();
  const testEmail = \`monitor+\${uniqueId}@\${getEnvVariable('STACK_EMAIL_MONITOR_DOMAIN')}\`;
  console.log('signing up', testEmail);
}`,
    `// the operator's mailbox read through the app's env reader with its options (shelf.nu's ADMIN_EMAIL)
declare function getEnv(name: string, options?: { isSecret?: boolean; isRequired?: boolean }): string | undefined;
export const ADMIN_EMAIL = getEnv('ADMIN_EMAIL', { isSecret: false, isRequired: false });
console.log('notifying', ADMIN_EMAIL);`,
    `// the same reader with its body, looking the name up in the settings the page or the process has
declare const process: { env: Record<string, string | undefined> };
declare const window: { env: { SUPPORT_EMAIL: string; ADMIN_EMAIL: string } };
const isBrowser = typeof document !== 'undefined';
function getEnv(name: string, { isRequired = true }: { isRequired?: boolean } = {}) {
  const source = (isBrowser ? window.env : process.env) ?? {};
  const value = (source as Record<string, string | undefined>)[name];
  if (!value && isRequired) throw new Error(name + ' is not set');
  return value;
}
export const ADMIN_EMAIL = getEnv('ADMIN_EMAIL', { isRequired: false });
console.log('notifying', ADMIN_EMAIL);`,
  ],
  invalid: [
    {
      code: `// the whole body, or one field of it that holds free text or a person's data, is the customer's input
import { Body, Controller, Post } from '@nestjs/common';
@Controller('feedback')
export class FeedbackController {
  @Post()
  async create(@Body() dto: unknown, @Body('message') message: string, @Body('email') from: string) {
    console.log('feedback', dto);
    console.log('text', message);
    console.log('from', from);
  }
}`,
      errors: [
        { messageId: 'personalDataInLog', line: 7, column: 29 },
        { messageId: 'personalDataInLog', line: 8, column: 25 },
        { messageId: 'personalDataInLog', line: 9, column: 25 },
      ],
    },
    {
      code: `// a mailbox with a person's name in it, or a random text given a person's data, is not made up
declare function generateSecureRandomString(seed?: string): string;
declare const user: { name: string; email: string };
const a = \`\${user.name}+\${generateSecureRandomString()}@example.org\`;
const b = \`x+\${generateSecureRandomString(user.email)}@\${process.env.DOMAIN}\`;
console.log(a, b);`,
      errors: [{ messageId: 'personalDataInLog', line: 6, column: 13, messageIncludes: '`b` contains `user.email`' }],
    },
    {
      code: `// a reader given a person's id is not a setting
declare function getEnv(name: string, options?: { isSecret?: boolean }): string | undefined;
declare function lookup(name: string, options: { id: string }): string;
declare const user: { id: string };
const userEmail = lookup('email', { id: user.id });
console.log('notifying', userEmail);`,
      errors: [{ messageId: 'personalDataInLog', line: 6, column: 26 }],
    },
    {
      code: `// a column of a row of a literal query, read off the row (kokyaku-kanri's repair script): a patient's name;
// the same column of a table of teams is not
const { Client } = require('pg');
async function main() {
  const client = new Client(process.env.DATABASE_URL);
  const match = await client.query('SELECT id, name FROM cm_patients WHERE name = $1', ['x']);
  console.log(\`patient \${match.rows[0].id} (\${match.rows[0].name})\`);
  for (const row of match.rows) console.log(row.id, row.name);
  const teams = await client.query('SELECT id, name FROM teams');
  console.log(teams.rows[0].name);
}
main();`,
      filename: 'scripts/fix-slips.js',
      errors: [
        { messageId: 'personalDataInLog', line: 7, column: 47 },
        { messageId: 'personalDataInLog', line: 8, column: 53 },
      ],
    },
    {
      code: `// a helper that logs in two places (its send and its failure): one finding at the call, naming both values
declare const logger: { info(...a: unknown[]): void; error(...a: unknown[]): void };
function sendMail(options: { to: string; text: string }) {
  logger.info('sending mail', options);
}
async function sendTrialEnds({ firstName, email }: { firstName: string; email: string }) {
  try {
    sendMail({ to: email, text: \`Hello \${firstName}\` });
  } catch (cause) {
    logger.error('could not send the trial mail', { email });
  }
}
export function onTrialEnding(user: { id: string; firstName: string; email: string }) {
  void sendTrialEnds({
    firstName: user.firstName,
    email: user.email,
  });
}`,
      errors: [
        { messageId: 'personalDataInLog', line: 8, column: 20 },
        { messageId: 'personalDataInLog', line: 10, column: 53 },
        { messageId: 'personalDataInLog', line: 15, column: 16, messageIncludes: '`user.email`' },
      ],
    },
  ],
});
