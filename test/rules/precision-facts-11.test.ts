/**
 * Precision facts from precision audit 15 (fresh repositories: payload, rocketadmin, invoiceninja/ui), round 11.
 * Each quiet case stands next to the true positive that must stay.
 */
import { ruleTester } from '../helpers/rule-tester';

ruleTester('no-unguarded-external-transfer', {
  valid: [
    `// a relay of the same compose file, named by a field set where it is declared (rocketadmin's agent)
import axios from 'axios';
export class AgentDao {
  private readonly serverAddress: string = process.env.LOCAL_WS_SERVER_ADDRESS || 'http://autoadmin-ws.local:8008/';
  async addRow(row: Record<string, unknown>, userEmail: string) {
    await axios.post(this.serverAddress, { operationType: 'addRow', row, email: userEmail });
  }
}`,
    `// hosts no one outside the network can be: a container's name, a private address
export async function sync(user: { email: string }) {
  await fetch('http://backend:3000/api/users', { method: 'POST', body: JSON.stringify({ email: user.email }) });
  await fetch('http://10.0.4.12/api/users', { method: 'POST', body: JSON.stringify({ email: user.email }) });
  await fetch('http://api.svc.cluster.local/users', { method: 'POST', body: JSON.stringify({ email: user.email }) });
}`,
    `// the app's own API: configured, this site's origin, or its hosted default (invoiceninja's endpoint helper)
import axios from 'axios';
function isHosted(): boolean { return import.meta.env.VITE_IS_HOSTED === 'true'; }
function apiEndpoint(): string {
  if (isHosted()) {
    return import.meta.env.VITE_HOSTED_API_URL || 'https://invoicing.co';
  }
  return import.meta.env.VITE_API_URL || window.location.origin || 'https://invoicing.co';
}
export function endpoint(path: string): string { return apiEndpoint() + path; }
export function saveClient(client: { email: string; name: string }) {
  return axios.post(endpoint('/api/v1/clients'), client);
}`,
  ],
  invalid: [
    {
      code: `// the same field naming a partner's host
import axios from 'axios';
export class AgentDao {
  private readonly serverAddress: string = process.env.PARTNER_RELAY_URL || 'http://ws.partner-relay.com/';
  async addRow(userEmail: string) {
    await axios.post(this.serverAddress, { email: userEmail });
  }
}`,
      errors: [{ messageId: 'externalTransfer', line: 6, column: 51, messageIncludes: 'ws.partner-relay.com' }],
    },
    {
      code: `// a field the class sets again elsewhere says nothing of where it points
import axios from 'axios';
export class AgentDao {
  private serverAddress = 'http://autoadmin-ws.local:8008/';
  configure(url: string) { this.serverAddress = url; }
  async addRow(userEmail: string) {
    await axios.post(this.serverAddress, { email: userEmail });
  }
}`,
      errors: [{ messageId: 'unknownDestination', line: 7, column: 51 }],
    },
    {
      code: `// a helper that returns the app's API in one branch and a partner's in another: the partner's
import axios from 'axios';
function apiEndpoint(region: string): string {
  if (region === 'eu') {
    return 'https://eu.partner-crm.com';
  }
  return import.meta.env.VITE_API_URL || window.location.origin;
}
export function saveClient(client: { email: string }) {
  return axios.post(apiEndpoint('eu') + '/clients', client);
}`,
      errors: [{ messageId: 'externalTransfer', line: 10, column: 53, messageIncludes: 'eu.partner-crm.com' }],
    },
    {
      code: `// a known third party's host as the default of a setting named like the app's API is still that party
export function identify(user: { email: string }) {
  return fetch(\`\${import.meta.env.VITE_API_URL || 'https://api.segment.io'}/v1/identify\`, { method: 'POST', body: JSON.stringify({ email: user.email }) });
}`,
      errors: [{ messageId: 'externalTransfer', line: 3, column: 139, messageIncludes: 'Segment' }],
    },
  ],
});

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// a text of the code named as a constant (rocketadmin's CLI messages)
const Messages = { CORRUPTED_DATA_OR_PASSWORD: \`Your password is incorrect or data is corrupted\`, OK: 'ok' };
export function fail() {
  console.log(Messages.CORRUPTED_DATA_OR_PASSWORD);
}`,
    {
      // an export job's file name: its arguments hold a request whose user has an e-mail, deep inside (payload's export)
      code: `interface User { id: string; email: string }
interface PayloadRequest { user?: User; locale?: string }
type Export = { id: string; name?: string; format: 'csv' | 'json'; collectionSlug: string };
type CreateExportArgs = { req: PayloadRequest } & Export;
export const createExport = async (args: CreateExportArgs) => {
  const { name: nameArg, collectionSlug, format } = args;
  const name = \`\${nameArg}-\${collectionSlug}.\${format}\`;
  console.debug({ msg: 'Export configuration:', name, file: args.name });
};`,
      typeInfo: true,
    },
    {
      // a component's settings, whose server props may carry the signed-in user two records down (payload's admin UI)
      code: `interface User { id: string; email: string; password?: string }
interface ServerProps { user?: User; locale?: string }
interface RawPayloadComponent { path: string; exportName?: string; serverProps?: ServerProps }
export function getFromImportMap(PayloadComponent: RawPayloadComponent) {
  console.error('getFromImportMap: PayloadComponent not found in importMap', { PayloadComponent });
}`,
      typeInfo: true,
    },
    {
      // a framework instance's e-mail adapter and database adapter (payload's `req.payload`)
      code: `interface EmailAdapter { name: string; defaultFromAddress: string; sendEmail(message: object): Promise<void> }
interface DatabaseAdapter { name: string; connect(): Promise<void> }
interface Payload { email: EmailAdapter; db: DatabaseAdapter; logger: { info(o: object): void } }
interface PayloadRequest { payload: Payload; locale?: string }
declare function findRequest(): PayloadRequest;
export function migrate() {
  const req = findRequest();
  console.log('migrating', req);
  req.payload.logger.info({ dbAdapter: req.payload.db.name });
}`,
      typeInfo: true,
    },
    {
      // a dictionary of a UI's texts handed to a script that prints it (payload's translation generator)
      code: `import { enTranslations } from './en';
import { translateObject } from './translate';
void translateObject({ fromTranslationsObject: enTranslations });`,
      files: {
        'src/en.ts': `export const enTranslations = {
  $schema: './translation-schema.json',
  'plugin-ecommerce': {
    address: 'Address',
    addressCity: 'City',
    addressCompany: 'Company',
    addressLine1: 'Address 1',
    addressLine2: 'Address 2',
    addressPostalCode: 'Postal code',
    email: 'Email',
    phoneNumber: 'Phone number',
  },
};`,
        'src/translate.ts': `export async function translateObject(args: { fromTranslationsObject: Record<string, unknown> }) {
  console.log('translating', args.fromTranslationsObject);
}`,
      },
    },
  ],
  invalid: [
    {
      code: `// a customer's address written into a record of the code is still an address
const customer = { address: '1-2-3 Chiyoda, Tokyo' };
export function show() {
  console.log(customer.address);
}`,
      errors: [{ messageId: 'personalDataInLog', line: 4, column: 15 }],
    },
    {
      code: `// a record with personal fields of its own: its name is the person's
interface Contact { id: string; email: string; name: string }
export function show(contact: Contact) {
  const { name } = contact;
  console.debug({ msg: 'contact', name });
}`,
      typeInfo: true,
      errors: [{ messageId: 'personalDataInLog', line: 5, column: 35 }],
    },
    {
      code: `// rules whose actions always list the addresses they notify, two records down (rocketadmin's table actions)
interface TableAction { id: string; emails: string[] }
interface ActionRule { id: string; table_actions: TableAction[] }
interface Rule { id: string; action_rules: ActionRule[] }
declare function getRules(): Promise<Rule[]>;
export async function init() {
  const rulesData = await getRules();
  console.log(rulesData);
}`,
      typeInfo: true,
      errors: [{ messageId: 'personalDataInLog', line: 8, column: 15 }],
    },
    {
      code: `// a request whose user holds a real e-mail
interface User { id: string; email: string }
interface PayloadRequest { user: User; locale?: string }
declare function findRequest(): PayloadRequest;
export function migrate() {
  const req = findRequest();
  console.log('migrating', req);
}`,
      typeInfo: true,
      errors: [{ messageId: 'personalDataInLog', line: 7, column: 28 }],
    },
    {
      code: `// labels beside a customer's own address: the address is a value, not a label
export function card(customer: { address: string }) {
  const view = {
    title: 'Customer',
    addressLabel: 'Address',
    address: customer.address,
    cityLabel: 'City',
    countryLabel: 'Country',
    phoneLabel: 'Phone',
    emailLabel: 'Email',
    noteLabel: 'Note',
  };
  console.log('card', view);
}`,
      errors: [{ messageId: 'personalDataInLog', line: 13, column: 23 }],
    },
  ],
});
