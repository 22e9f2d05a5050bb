/**
 * Precision on real repositories (issue 7, item 5): values the code itself fixes — constants, enum members, counts,
 * flags — are not a person's data, whatever their names say. Each row is a false alarm found on a real application,
 * written down small.
 */
import { ruleTester } from '../helpers/rule-tester';

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// an enum member of a generated client whose module is not in the project: a constant, not an e-mail
import { ActionType } from '@prisma/client';
declare const logger: { info(message: string, data?: object): void };
export function report(count: number) {
  logger.info('drafts', { type: ActionType.DRAFT_EMAIL, count });
}`,
    `// an enum member handed to a helper that logs it
enum Confidence { ALL_EMAILS = 'all', STANDARD = 'standard' }
function draft(threshold: Confidence) { console.log('threshold', threshold); }
draft(Confidence.ALL_EMAILS);`,
    `// a constant map keyed by use case: its keys name e-mails, its values are model types
const MODEL_TYPES = { 'translate-email': 'default', 'reply-email': 'chat' };
export function modelFor(useCase: keyof typeof MODEL_TYPES) {
  console.log('model', MODEL_TYPES, MODEL_TYPES[useCase]);
}`,
    `// the same map written \`as const\`
const MODEL_TYPES = { 'translate-email': 'default', 'reply-email': 'chat' } as const;
export function modelFor(useCase: keyof typeof MODEL_TYPES) {
  console.log('model', MODEL_TYPES[useCase]);
}`,
    `// a member of a constant object that gives it a literal, handed to a helper that logs it
const VALUE_LISTS = { CUSTOMER_EMAIL: 'customer_email_list', CARD: 'card_list' };
function addToList(listName: string) { console.log('added to', listName); }
addToList(VALUE_LISTS.CUSTOMER_EMAIL);`,
    {
      code: `// a count of e-mails (the checker types it a number) logged next to the sender's history
interface SenderHistory { totalEmails: number; consistentRuleName: string }
declare function history(from: string): SenderHistory;
export function check(from: string) {
  const h = history(from);
  console.info('history', { totalEmails: h.totalEmails });
}`,
      typeInfo: true,
    },
    `// flags about a user (their names ask a question about a person)
declare function useIsGuestUser(): { data: any };
declare function useIsReadOnlyUser(): { data: any };
const { data: isGuestUser } = useIsGuestUser();
const { data: isReadOnlyUser } = useIsReadOnlyUser();
console.warn('cannot switch', { isGuestUser, isReadOnlyUser });`,
    `// a list named for members, built here from the query's measure names
export function audit(query: any) {
  const members = [...(query.measures ?? []), ...(query.dimensions ?? [])].filter((m: unknown) => typeof m === 'string');
  console.log(JSON.stringify({ event: 'query', members }));
}`,
    `// a total summed over records found for a user: a number, not the user
declare function countsFor(user: any): Promise<Array<{ path: string; descendantCount: number }>>;
export async function limit(user: any) {
  const rows = await countsFor(user);
  const totalPageCount = rows.reduce((total: number, row) => total + row.descendantCount + 1, 0);
  console.debug('total', totalPageCount);
}`,
    `// a Slack team id read by name from the signed body: an id, not the customer's input
export async function POST(request: Request) {
  const rawBody = await request.text();
  const params = new URLSearchParams(rawBody);
  const teamId = params.get('team_id');
  console.warn('seeding failed', { teamId });
}`,
    `// User-Agent strings (a remote server's, the instance's own from its configuration): software, not a person
declare const logger: { info(message: string, data?: object): void };
declare const config: { userAgent: string };
export function denied(request: { headers: Record<string, string>; url: string }) {
  logger.info('denied', { userAgent: request.headers['user-agent'], path: request.url, agent: config.userAgent });
}`,
    `// the domain of an e-mail address (what follows its @), however it is cut out: the company's or the provider's
export function enrich(params: { email: string }) {
  const at = params.email.indexOf('@');
  const domain = params.email.slice(at + 1).toLowerCase().trim();
  console.log('enriching', { domain, other: params.email.substring(params.email.lastIndexOf('@') + 1) });
  const parts = params.email.toLowerCase().trim().split('@');
  const emailDomain = parts[1];
  console.log('blocking', emailDomain);
}`,
    {
      code: `// the details of a connection error (an address with its port): a network address, not a home
type ErrorDetails = { name?: string; message?: string; syscall?: string; address?: string; port?: number };
declare function extractErrorDetails(err: unknown): ErrorDetails;
declare const logger: { error(message: string, data?: object): void };
export function onError(err: unknown) {
  logger.error('worker error', { details: extractErrorDetails(err) });
  const d = extractErrorDetails(err);
  logger.error('refused', { at: d.address });
}`,
      typeInfo: true,
    },
    `// what a Tinybird ingest endpoint returns (a count of rows) is not the events it was given
import { Tinybird } from '@chronark/zod-bird';
const tb = new Tinybird({ token: process.env.TINYBIRD_API_KEY! });
const recordLead = tb.buildIngestEndpoint({ datasource: 'lead_events' });
export async function backfill(leads: Array<{ ip: string; customer_id: string }>) {
  const res = await recordLead(leads);
  console.log('backfilled', res);
}`,
    `// statistics kept per customer id: stats, not a customer record
declare const sales: Array<{ customer_id: string; amount: number }>;
const statsByCustomer = sales.reduce((acc, sale) => {
  acc[sale.customer_id] = { amount: sale.amount };
  return acc;
}, {} as Record<string, { amount: number }>);
console.log(statsByCustomer);`,
    `// the names of the rules a model may choose from: a rule's names, though the rules are "candidates"
declare const rules: Array<{ id: string; name: string }>;
const candidateRuleNames = rules.map((rule) => rule.name).join(', ');
console.info('choosing a rule', { candidateRuleNames });`,
    `// values of settings keyed by dotted names: the setting that shows senders' names is not a name
declare const cloudValues: Record<'chat.showSenderName' | 'chat.fontSize', unknown>;
console.log('cloud fetched', cloudValues);`,
    `// names destructured from Promise.all hold their own elements: the hostnames, not the visitor's IP beside them
declare function lookupClick(ip: string): Promise<string | null>;
declare function allowedHostnames(domain: string): Promise<string[]>;
export async function track(req: { ip: string }, domain: string) {
  const [cachedClick, hostnames] = await Promise.all([lookupClick(req.ip), allowedHostnames(domain)]);
  console.log('not allowed', { hostnames });
  return cachedClick;
}`,
    `// a class's static constants (the names of a login form's fields) in a logged configuration
class PassportService {
  static get USERNAME_FIELD() { return 'loginForm[username]'; }
  static get PASSWORD_FIELD() { return 'loginForm[password]'; }
  static readonly EMAIL_FIELD = 'loginForm[email]';
}
const fields = [PassportService.USERNAME_FIELD, PassportService.PASSWORD_FIELD, PassportService.EMAIL_FIELD];
console.debug('ldap configuration', { fields });`,
    `// a variable named for a user that holds only a Slack user id, or only a digest of the username
import * as crypto from 'crypto';
declare const payload: any;
declare const body: any;
declare const interactive: boolean;
const user = interactive ? payload.user.id : body.user_id;
console.log('replying to', user);
export function embed(username?: string) {
  let user;
  if (username != null) user = crypto.createHash('sha256').update(username).digest('hex');
  console.log('embedding for', user);
}`,
    {
      code: `// the company's own address, a constant imported from the module that declares it
import { FORWARD_FROM_EMAIL, SUPPORT_EMAIL } from './constants';
console.log('forwarding as', FORWARD_FROM_EMAIL, SUPPORT_EMAIL);`,
      files: { 'src/constants.ts': "export const FORWARD_FROM_EMAIL = 'inbox@corezo.example';\nexport const SUPPORT_EMAIL = process.env.SUPPORT_EMAIL ?? 'help@corezo.example';\n" },
    },
    `// the keys of entries handed to a callback (the years events are grouped by), logged with a count
declare const clicks: Array<{ ip: string; year: number }>;
declare function groupBy<T>(list: T[], key: (t: T) => number): any;
const byYear = groupBy(clicks, (c) => c.year);
Object.entries(byYear).forEach(([year, rows]) => console.log(\`backfilling \${rows.length} clicks for \${year}\`));`,
    `// the key of a map's entries (an employee id), logged when its record is missing: a key, not the records
interface Bonus { employeeId: string; healthCareFull: number; email: string }
export function group(bonuses: Bonus[], known: Set<string>) {
  const byEmployee = new Map<string, Bonus[]>();
  for (const b of bonuses) byEmployee.set(b.employeeId, [b]);
  for (const [employeeId, list] of byEmployee.entries()) {
    if (!known.has(employeeId)) console.warn(\`no employee \${employeeId}\`, list.length);
  }
}`,
  ],
  invalid: [
    {
      code: `// a merged value holding a user's login handle and password is named by the password (an error, not a warning)
declare const req: any;
const loginForm = req.body.loginForm;
const serverOpt = { bindDN: \`uid=\${loginForm.username}\`, bindCredentials: loginForm.password };
const merged = Object.assign({ server: serverOpt }, {});
console.debug('ldap options', merged);`,
      errors: [{ messageId: 'personalDataInLog', line: 6, column: 31, severity: 'error', messageIncludes: 'loginForm.password' }],
    },
    {
      code: `// an imported variable that holds a customer's address is still the address
import { lastEmail } from './state';
console.log('last seen', lastEmail);`,
      files: { 'src/state.ts': "declare const input: { email: string };\nexport let lastEmail = input.email;\n" },
      errors: [{ messageId: 'personalDataInLog', line: 3, column: 26 }],
    },
    {
      code: `// the values of those entries are the records
interface Bonus { employeeId: string; healthCareFull: number; email: string }
export function group(bonuses: Bonus[]) {
  const byEmployee = new Map<string, Bonus[]>();
  for (const b of bonuses) byEmployee.set(b.employeeId, [b]);
  for (const [employeeId, list] of byEmployee.entries()) console.warn(employeeId.length, list);
}`,
      errors: [{ messageId: 'personalDataInLog', line: 6, column: 90 }],
      typeInfo: true,
    },
    {
      code: `// a for-of takes each element of a written-out list apart (its pairs), not the list by position
declare const user: { email: string; plan: string };
for (const [label, value] of [['e-mail', user.email], ['plan', user.plan]]) console.log('field', value);`,
      errors: [{ messageId: 'personalDataInLog', line: 3, column: 98 }],
    },
    {
      code: `// the element made from the IP is still the IP
declare function lookupClick(ip: string): Promise<string | null>;
declare function allowedHostnames(domain: string): Promise<string[]>;
export async function track(req: { ip: string }, domain: string) {
  const [cachedClick, hostnames] = await Promise.all([lookupClick(req.ip), allowedHostnames(domain)]);
  console.log('cached', { cachedClick }, hostnames.length);
}`,
      errors: [{ messageId: 'personalDataInLog', line: 6, column: 27, severity: 'warning' }],
    },
    {
      code: `// rows of a literal SQL query are named by the personal columns it selects, not called "a name"
declare const client: { query(sql: string): Promise<{ rows: unknown[] }> };
export async function report() {
  const patients = await client.query('SELECT id, name, furigana FROM cm_patients');
  console.table(patients.rows);
  const slips = await client.query('SELECT id, patient_name, total_price FROM cm_slips');
  console.table(slips.rows);
  const people = await client.query('SELECT * FROM customers');
  console.log(people.rows);
}`,
      errors: [
        { messageId: 'personalDataInLog', line: 5, column: 17,
          messageIncludes: "rows of `cm_patients` whose selected columns are personal data (`name`: a name; `furigana`: the reading of a name (kana))" },
        { messageId: 'personalDataInLog', line: 7, column: 17, messageIncludes: 'rows of `cm_slips` whose column `patient_name` is a name' },
        { messageId: 'personalDataInLog', line: 9, column: 15, messageIncludes: 'rows of `customers` (a table of persons), every column' },
      ],
    },
    {
      code: `// a postal address on a record that has no port is still an address
type Shipping = { name?: string; address?: string; zip?: string };
declare function shippingOf(orderId: string): Shipping;
declare const logger: { error(message: string, data?: object): void };
export function onError(orderId: string) {
  logger.error('shipping failed', { details: shippingOf(orderId) });
}`,
      errors: [{ messageId: 'personalDataInLog', line: 6, column: 46 }],
      typeInfo: true,
    },
    {
      code: `// what comes before the @ (the mailbox) is still the address
export function local(params: { email: string }) {
  const parts = params.email.split('@');
  console.log('local part', parts[0], params.email.slice(0, params.email.indexOf('@')));
}`,
      errors: [{ messageId: 'personalDataInLog', line: 4, column: 29 }],
    },
    {
      code: `// one field of a submitted form read by name is judged by that name; free text is the customer's input
export async function submit(request: Request) {
  const form = await request.formData();
  console.log('signup', form.get('email'));
  const params = new URLSearchParams(await request.text());
  console.log('feedback', params.get('message'));
}`,
      errors: [
        { messageId: 'personalDataInLog', line: 4, column: 25, messageIncludes: "form.get('…')` is contact data" },
        { messageId: 'personalDataInLog', line: 6, column: 27, messageIncludes: 'input' },
      ],
    },
    {
      code: `// a visitor's IP beside the User-Agent: the IP is reported
export function track(req: { ip: string; headers: Record<string, string> }) {
  console.log({ ip: req.ip, userAgent: req.headers['user-agent'] });
}`,
      errors: [{ messageId: 'personalDataInLog', line: 3, column: 21, messageIncludes: 'req.ip', severity: 'warning' }],
    },
    {
      code: `// what a reduce callback puts together from people's records is theirs
declare const users: Array<{ id: string; email: string }>;
const emails = users.reduce((acc: string[], u) => { acc.push(u.email); return acc; }, []);
const byId = users.reduce((acc, u) => ({ ...acc, [u.id]: u.email }), {});
console.log(emails);
console.log(byId);`,
      errors: [
        { messageId: 'personalDataInLog', line: 5, column: 13 },
        { messageId: 'personalDataInLog', line: 6, column: 13 },
      ],
    },
    {
      code: `// a member of a constant object that holds a customer's address is still the address
declare const input: { email: string };
const contact = { email: input.email, CONTACT_EMAIL: input.email };
console.log(contact.email, contact.CONTACT_EMAIL);`,
      errors: [{ messageId: 'personalDataInLog', line: 4, column: 13, messageIncludes: ['contact.email', 'contact.CONTACT_EMAIL'] }],
    },
  ],
});

const MAIL_SERVICE = `// an e-mail service whose sender is the instance's own name and address
import * as nodemailer from 'nodemailer';
interface Meta { name: string; email: string; iconUrl: string }
export class EmailService {
  constructor(private meta: Meta) {}
  async send(to: string, subject: string) {
    const transporter = nodemailer.createTransport({ host: process.env.SMTP_HOST });
    await transporter.sendMail({ from: this.meta.name ? { name: this.meta.name, address: this.meta.email } : this.meta.email, to, subject });
  }
}`;

ruleTester('no-unguarded-external-transfer', {
  valid: [
    `// a form posted to the app's own API route chosen in a memo: a relative URL, the same origin
import { useMemo } from 'react';
export function DomainForm({ editing, domain }: { editing: boolean; domain: string }) {
  const endpoint = useMemo(() => {
    if (editing) return { method: 'PATCH', url: \`/api/domains/\${domain}\` };
    return { method: 'POST', url: '/api/domains' };
  }, [editing, domain]);
  return async (formData: FormData) => {
    await fetch(endpoint.url, { method: endpoint.method, body: JSON.stringify({ ...formData }) });
  };
}`,
    // the sender of an e-mail (the instance's own name and address) is the company: not reported inside the service
    { code: MAIL_SERVICE, filename: 'src/EmailService.ts' },
    {
      code: `// nor at a caller whose recipient is the ops team
import { EmailService } from './EmailService';
export function alertOps(service: EmailService) {
  return service.send('ops@corezo.example', 'queue stalled');
}`,
      files: { 'src/EmailService.ts': MAIL_SERVICE },
    },
  ],
  invalid: [
    {
      code: `// events handed to a Tinybird ingest endpoint (made by the zod-bird client) go to Tinybird
import { Tinybird } from '@chronark/zod-bird';
const tb = new Tinybird({ token: process.env.TINYBIRD_API_KEY! });
const recordLead = tb.buildIngestEndpoint({ datasource: 'lead_events' });
export async function backfill(leads: Array<{ ip: string; customer_id: string }>) {
  await recordLead(leads);
}`,
      errors: [{ messageId: 'externalTransfer', line: 6, column: 20, messageIncludes: 'Tinybird' }],
    },
    {
      code: `// the recipient of that e-mail is what the call is reported for, at the caller that gives it
import { EmailService } from './EmailService';
export function welcome(service: EmailService, customer: { id: string; email: string }) {
  return service.send(customer.email, 'Welcome');
}`,
      files: { 'src/EmailService.ts': MAIL_SERVICE },
      errors: [{ messageId: 'unknownNamedDestination', line: 4, column: 23, messageIncludes: '`customer.email` is contact data' }],
    },
  ],
});

ruleTester('no-unguarded-external-transfer', {
  valid: [],
  invalid: [
    {
      code: `// one of the memo's URLs leaves the machine: that one decides
import { useMemo } from 'react';
export function Form({ sandbox }: { sandbox: boolean }) {
  const endpoint = useMemo(() => (sandbox ? { url: '/api/forms' } : { url: 'https://api.other.example.com/forms' }), [sandbox]);
  return async (formData: FormData) => {
    await fetch(endpoint.url, { method: 'POST', body: JSON.stringify({ ...formData }) });
  };
}`,
      errors: [{ messageId: 'externalTransfer', line: 6, column: 75, messageIncludes: 'api.other.example.com' }],
    },
  ],
});
