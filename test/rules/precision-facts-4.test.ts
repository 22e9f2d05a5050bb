/**
 * Precision facts from precision audit 6 (fresh repositories): the address a server listens on, handed to the
 * callback of its `listen`, is the machine's, not a person's postal address. The same parameter name in any other
 * callback is still read by its name.
 */
import { ruleTester } from '../helpers/rule-tester';

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// Fastify's listen callback: the address the server listens on
declare const server: { listen(o: { port: number; host: string }, cb: (err: Error | null, address: string) => void): void };
server.listen({ port: 5003, host: '0.0.0.0' }, (err, address) => {
  if (err) process.exit(1);
  console.info(\`Server listening on \${address}\`);
});`,
    `// a function expression given to listen, in parentheses
declare const app: { listen(port: number, cb: (address: string) => void): void };
app.listen(3000, (function (address: string) { console.log('listening', address); }));`,
  ],
  invalid: [
    {
      code: `// a postal address handed to another callback
declare const addresses: string[];
addresses.forEach((address) => console.log(address));`,
      errors: [{ messageId: 'personalDataInLog', line: 3, column: 44 }],
    },
  ],
}, 'precision facts 4: a server\'s own listen address');

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// a connection error's address is the server's (ECONNREFUSED)
export function onDbError(err: NodeJS.ErrnoException & { address?: string; port?: number }) {
  console.error(\`Database connection refused at \${err.address}:\${err.port}\`);
}`,
    `// a camera's display name, typed with the device's record (which has a device id)
interface CameraInfo { device_id: string; display_name: string }
export function onChange(cameraLabel: CameraInfo | null) {
  console.log('camera selected', cameraLabel?.display_name);
}`,
    `// a device's name, held under the device's own name
declare const microphone: { name: string; id: string };
console.log('microphone', microphone.name);`,
  ],
  invalid: [
    {
      code: `// a customer's address is still one, and so is a person's display name
interface Customer { id: string; address: string; displayName: string }
export function ship(customer: Customer) {
  console.log(customer.address, customer.displayName);
}`,
      errors: [{ messageId: 'personalDataInLog', line: 4, column: 15 }],
    },
  ],
}, 'precision facts 4: network addresses of errors, devices\' names');

ruleTester('no-unguarded-external-transfer', {
  valid: [
    `// the NestJS mailer sending to the company's own address
import { MailerService } from '@nestjs-modules/mailer';
export class OpsService {
  constructor(private readonly mailer: MailerService) {}
  async alert(subject: string) {
    await this.mailer.sendMail({ to: process.env.OPS_EMAIL, subject });
  }
}`,
  ],
  invalid: [
    {
      code: `// the NestJS mailer, injected into a service, sending to a user
import { MailerService } from '@nestjs-modules/mailer';
interface User { id: string; email: string; name: string }
export class MailService {
  constructor(private readonly mailerService: MailerService) {}
  async sendWelcome(user: User) {
    await this.mailerService.sendMail({ to: user.email, subject: 'Welcome', template: 'welcome', context: { name: user.name } });
  }
}`,
      errors: [{ messageId: 'unknownDestination', line: 7, column: 45, severity: 'warning' }],
    },
  ],
}, 'precision facts 4: @nestjs-modules/mailer injected');

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// a procedure's input described by its schema's name: an integration, whose name is not a person's
import { z } from 'zod';
declare const protectedProcedure: any;
declare const logger: { info(message: string, data?: unknown): void };
const integrationCreateSchema = z.object({ name: z.string(), url: z.string(), kind: z.string() });
export const create = protectedProcedure.input(integrationCreateSchema).mutation(async ({ input }: { input: any }) => {
  logger.info('Creating integration', { name: input.name, kind: input.kind });
});`,
  ],
  invalid: [
    {
      code: `// a procedure whose schema describes a person: its name is still theirs
import { z } from 'zod';
declare const protectedProcedure: any;
declare const logger: { info(message: string, data?: unknown): void };
const createUserSchema = z.object({ name: z.string(), role: z.string() });
export const create = protectedProcedure.input(createUserSchema).mutation(async ({ input }: { input: any }) => {
  logger.info('Creating user', { name: input.name, role: input.role });
});`,
      errors: [{ messageId: 'personalDataInLog', line: 7, column: 40 }],
    },
  ],
}, 'precision facts 4: a procedure input named for a thing');

ruleTester('no-unguarded-external-transfer', {
  valid: [
    `// the server's own public IP, looked up without a request, sent with a licence key
declare function getPublicIpWithFallback(): Promise<string>;
export async function validateLicenseKey(licenseKey: string) {
  const ip = await getPublicIpWithFallback();
  await fetch('https://licenses.vendor.example.com/validate', { method: 'POST', body: JSON.stringify({ licenseKey, ip }) });
}`,
  ],
  invalid: [
    {
      code: `// a visitor's IP worked out from the request is still theirs
declare function getPublicIp(req: Request): string;
export async function track(req: Request) {
  const ip = getPublicIp(req);
  await fetch('https://analytics.vendor.example.com/e', { method: 'POST', body: JSON.stringify({ ip }) });
}`,
      errors: [{ messageId: 'externalTransfer', line: 5, column: 98 }],
    },
  ],
}, "precision facts 4: the machine's own address");

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// a BullMQ worker's name, behind a private field (audit 9: novu)
import { Worker } from 'bullmq';
export class QueueService {
  private _worker!: Worker;
  start() { console.log(\`Worker \${this._worker.name} started\`); }
}`,
    `// a tenant is a customer organisation: its name is not a person's (audits 6 and 9)
declare const tenant: { id: string; name: string };
console.info('tenant created', tenant.name);`,
  ],
  invalid: [
    {
      code: `// a tenant's contact e-mail is still contact data
declare const tenant: { id: string; name: string; contactEmail: string };
console.info('tenant created', tenant.contactEmail);`,
      errors: [{ messageId: 'personalDataInLog', line: 3, column: 32 }],
    },
  ],
}, 'precision facts 4: workers and tenants are not people');

const TYPE_KEYED_SETTINGS = `// settings keyed by entity type (vendure's custom fields): \`Address\` names a type, its value is settings
import { Logger } from '@nestjs/common';
interface CustomFieldConfig { name: string; type: string; internal?: boolean }
interface CustomFields { Address?: CustomFieldConfig[]; Customer?: CustomFieldConfig[]; Order?: CustomFieldConfig[] }
export function build(customFieldConfig: CustomFields) {
  for (const [entityName, fields] of Object.entries(customFieldConfig)) {
    Logger.warn(\`The entity type "\${entityName}" has \${fields?.length} custom fields\`);
  }
  Logger.verbose(customFieldConfig);
}`;
const TYPE_NAMED_FIELDS = `// a PascalCase key that holds a person's data is still a field
import { Logger } from '@nestjs/common';
interface Street { street: string; city: string; postalCode: string }
interface Shipping { Address: Street; Email: string }
export function ship(s: Shipping) {
  Logger.log(s);
}`;

/** The same with the settings a union of records, some of them intersections (as vendure's are). */
const TYPE_KEYED_UNION = TYPE_KEYED_SETTINGS.replace('interface CustomFieldConfig { name: string; type: string; internal?: boolean }',
  `interface BaseConfig { name: string; internal?: boolean }
type CustomFieldConfig = (BaseConfig & { type: 'string'; length?: number }) | (BaseConfig & { type: 'relation'; entity: string }) | { type: 'struct'; fields: BaseConfig[] };`);

ruleTester('no-personal-data-in-logs', {
  valid: [TYPE_KEYED_SETTINGS, { code: TYPE_KEYED_SETTINGS, typeInfo: true }, TYPE_KEYED_UNION, { code: TYPE_KEYED_UNION, typeInfo: true }],
  invalid: [
    { code: TYPE_NAMED_FIELDS, errors: [{ messageId: 'personalDataInLog', line: 6, column: 14 }] },
    { code: TYPE_NAMED_FIELDS, typeInfo: true, errors: [{ messageId: 'personalDataInLog', line: 6, column: 14 }] },
  ],
}, 'precision facts 4: a key that names a type');

const FAKE_CUSTOMERS = `// seed data made up by Faker and falso (vendure's test data population): no one's
import { faker } from '@faker-js/faker';
import { randEmail } from '@ngneat/falso';
import axios from 'axios';
export async function populate() {
  const firstName = faker.person.firstName();
  const lastName = faker.person.lastName();
  const input = { firstName, lastName, emailAddress: faker.internet.email({ firstName, lastName }), phoneNumber: faker.phone.number() };
  await axios.post('https://api.other.example.com/graphql', { input });
  const variables2 = { input: { fullName: \`\${firstName} \${lastName}\`, streetLine1: faker.location.streetAddress(), email: randEmail() } };
  await axios.post('https://api.other.example.com/graphql', variables2);
}`;

ruleTester('no-unguarded-external-transfer', {
  valid: [FAKE_CUSTOMERS, { code: FAKE_CUSTOMERS, typeInfo: true }],
  invalid: [
    {
      code: `// a customer's own name beside made-up data is still sent
import { faker } from '@faker-js/faker';
import axios from 'axios';
export async function invite(customer: { firstName: string }) {
  const firstName = customer.firstName;
  await axios.post('https://api.other.example.com/invite', { firstName, code: faker.string.alphanumeric(8) });
}`,
      errors: [{ messageId: 'externalTransfer', line: 6, column: 62 }],
    },
  ],
}, 'precision facts 4: made-up data');

ruleTester('no-personal-data-in-logs', {
  valid: [
    ...[false, true].map((typeInfo) => ({ typeInfo, code: `// places and settings of a shop or a workflow have names of their own (audit 9: vendure, novu),
// even when what they link to reaches people
interface Customer { id: string; email: string }
interface Channel { id: string; customers: Customer[] }
interface Zone { id: string; name: string; channels: Channel[] }
interface ShippingMethod { id: string; name: string; channel: Channel }
declare const channel: { defaultTaxZone: Zone };
declare const shippingMethod: ShippingMethod;
declare const step: { template: { name: string; owner: Customer }; name: string };
console.debug(\`tax zone \${channel.defaultTaxZone.name}\`, shippingMethod.name, step.template.name);` })),
  ],
  invalid: [
    {
      code: `// a form's name field is what the user typed
declare const form: { name: string; email: string };
console.log('submitted', form.name);`,
      errors: [{ messageId: 'personalDataInLog', line: 3, column: 26 }],
    },
  ],
}, 'precision facts 4: names of places and settings');

const JOB_RECORD = `// a job record: its step's template name, per-channel settings keyed by kind, optional flags (audit 9: novu)
import { Logger } from '@nestjs/common';
enum ChannelType { EMAIL = 'email', SMS = 'sms' }
type ChannelPreference = { enabled: boolean };
interface NotificationTemplate { id: string; name: string; senderName: string }
interface JobStep { id: string; template: NotificationTemplate }
interface Job {
  id: string;
  subscriberId: string;
  step: JobStep;
  preferences: { channels: Record<ChannelType, ChannelPreference> };
  overrides: { email: boolean | null; sentEmails: number | null };
}
export function add(job: Job) {
  Logger.debug(job, 'adding job');
}`;

ruleTester('no-personal-data-in-logs', {
  valid: [{ code: JOB_RECORD, typeInfo: true }],
  invalid: [
    {
      code: JOB_RECORD.replace("overrides: { email: boolean | null; sentEmails: number | null };", "overrides: { email: string | null; sentEmails: number | null };"),
      typeInfo: true,
      errors: [{ messageId: 'personalDataInLog', line: 15, column: 16 }],
    },
  ],
}, 'precision facts 4: a job record names things and holds settings');

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// the addresses a hostname resolves to, kept in a function named for them (audit 10: karakeep's SSRF guard)
import * as dns from 'node:dns/promises';
async function resolveHostAddresses(hostname: string): Promise<string[]> {
  const addresses: string[] = [];
  addresses.push(...await dns.resolve4(hostname));
  return addresses;
}
export async function validate(hostname: string, log: { warn(m: string): void }) {
  const records = await resolveHostAddresses(hostname);
  for (const record of records) log.warn(\`refusing resolved address \${record}\`);
}`,
  ],
  invalid: [
    {
      code: `// a bare address in a function about a customer's address is still one
export function updateCustomerAddress(address: string, log: { info(m: string): void }) {
  log.info(\`moving to \${address}\`);
}`,
      errors: [{ messageId: 'personalDataInLog', line: 3, column: 25 }],
    },
  ],
}, 'precision facts 4: a machine\'s addresses');

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// the seed script's own test accounts, written out with literals (audit 10: karakeep's seed-snapshot)
const USERS = [
  { email: 'test1@example.com', name: 'Seed Test 1', datasetKey: 'test1' },
  { email: 'test3@example.com', name: 'Seed Test 3', datasetKey: null },
] as const;
function seedUser(user: (typeof USERS)[number]) {
  console.log(\`Seeding \${user.email}\`);
}
for (const user of USERS) console.log('seeded', user.email);`,
  ],
  invalid: [
    {
      code: `// a list whose records carry a customer's value is not the code's
declare const customer: { email: string };
const RECIPIENTS = [{ email: 'ops@example.com' }, { email: customer.email }];
for (const r of RECIPIENTS) console.log('mailing', r.email);`,
      errors: [{ messageId: 'personalDataInLog', line: 4, column: 52 }],
    },
  ],
}, 'precision facts 4: the code\'s own records');

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// the address of the app's server, kept in its settings (audit 10: karakeep's browser extension)
declare const settings: { address: string; apiKey: string };
declare const serverConfig: { address: string };
console.log('uploading to', settings.address, serverConfig.address);`,
  ],
  invalid: [
    {
      code: `// an order's options may hold where the customer lives
declare const options: { address: string };
console.log('shipping to', options.address);`,
      errors: [{ messageId: 'personalDataInLog', line: 3, column: 28 }],
    },
  ],
}, 'precision facts 4: a server\'s address in its settings');

const PICKED = `// one field picked by a constant path (lodash, ramda): what it names, not the object it is read from
import _ from 'lodash';
import { path, prop } from 'ramda';
export function handler(req: { body: Record<string, unknown> }, user: { id: string; email: string }) {
  console.log('client', path(['clientId'], req.body), _.get(req, 'body.clientId'), prop('id', user));
  console.log('mail', _.get(req, 'body.email'), prop('email', user));
  console.log('whole', _.get(req, 'body'));
}`;

ruleTester('no-personal-data-in-logs', {
  valid: [],
  invalid: [
    {
      code: PICKED,
      errors: [
        { messageId: 'personalDataInLog', line: 6, column: 23, messageIncludes: '`prop(\'…\', user)` is contact data' },
        { messageId: 'personalDataInLog', line: 7, column: 24, messageIncludes: 'the customer\'s input' },
      ],
    },
  ],
}, 'precision facts 4: a field picked by a path');

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// a procedure whose input schema is written inline is described by its own name (audit 11: unsend's createDomain)
import { z } from 'zod';
declare const teamProcedure: any;
declare const logger: { info(o: unknown, m: string): void };
export const domainRouter = {
  createDomain: teamProcedure
    .input(z.object({ name: z.string(), region: z.string() }))
    .mutation(async ({ input }: { input: { name: string; region: string } }) => {
      logger.info({ name: input.name, region: input.region }, 'Creating domain');
    }),
};`,
    `// a generated id is an id, whatever it is called (audit 11: papra's intake usernames)
import { nanoid } from 'nanoid';
declare function generateHumanReadableId(): string;
declare const logger: { info(o: unknown, m: string): void };
export function makeIntake() {
  const username = generateHumanReadableId();
  const handle = nanoid();
  logger.info({ username, handle }, 'intake mailbox created');
}`,
  ],
  invalid: [
    {
      code: `// a procedure for a person's profile, inline: its input's name is the person's
import { z } from 'zod';
declare const procedure: any;
declare const logger: { info(o: unknown, m: string): void };
export const router = {
  updateProfile: procedure
    .input(z.object({ name: z.string() }))
    .mutation(async ({ input }: { input: { name: string } }) => { logger.info({ name: input.name }, 'profile'); }),
};`,
      typeInfo: false,
      errors: [{ messageId: 'personalDataInLog', line: 8, column: 87 }],
    },
  ],
}, 'precision facts 4: procedures named for things, generated ids');
