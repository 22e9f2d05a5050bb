/**
 * no-personal-data-in-logs (§4(1)): the vocabulary (English, romaji, Japanese), word matching, `name` on persons,
 * types, My Number versus counters, flows, sanitizers and projections, and every log sink of the catalog.
 */
import { ruleTester } from '../helpers/rule-tester';

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// methods are not fields: a service with findByEmail holds no e-mail
interface UserService { findByEmail(e: string): unknown; findByPhone: (p: string) => unknown; name: string }
declare const users: UserService;
console.log(users);`,
    `// the company's credentials on a settings object are not a customer's
declare const smtpConfig: { host: string; password: string };
declare const mailerOptions: { auth: { user: string; password: string } };
console.log(smtpConfig.password, mailerOptions.auth);`,
    `// a token, a digest or an id made from personal data does not carry it
declare function createToken(u: unknown): string;
declare function sha256(s: string): string;
declare const user: { id: string; email: string };
console.log(createToken(user), sha256(user.email));`,
    {
      code: `// a library's result whose type the checker knows, with no personal field: the type decides
interface SendStatus { id: string; state: 'queued' | 'sent' }
declare function sendMail(to: string): Promise<SendStatus>;
export async function notify(user: { email: string }) {
  const status = await sendMail(user.email);
  console.log(status);
}`,
      typeInfo: true,
    },
    // Word matching: personal words inside other words are not personal.
    `// near misses: fileName hostname typeName className displayName (of no person) emailTemplateId addressBookVersion emailVerified serverIp
declare const c: any;
console.log(c.fileName, c.hostname, c.typeName, c.className, c.displayName);
console.log(c.emailTemplateId, c.addressBookVersion, c.emailVerified, c.serverIp);`,
    `const fileName = 'report-2024.csv';
const hostname = 'db-primary';
const typeName = 'Customer';
const className = 'btn-primary';
const displayName = 'Taro Yamada';
console.log(fileName, hostname, typeName, className, displayName);`,
    `// more compounds that only contain a personal word
declare const c: any;
console.log(c.emailCount, c.emailSubject, c.emailDomain, c.addressBook, c.serverAddress, c.macAddress, c.hostAddress);
console.log(c.zipFile, c.telemetry, c.hotel, c.faxMachine, c.namespace, c.renamed, c.userId, c.customerId);`,
    // Boolean flags about a personal field are not personal.
    `// boolean flags: hasEmail isEmailValid phoneVerified
declare const c: any;
console.log(c.hasEmail, c.isEmailValid, c.emailEnabled, c.phoneVerified);`,
    `// boolean locals named after a field
declare const c: any;
const hasEmail = !!c.email;
const isEmail = c.kind === 'email';
console.log(hasEmail, isEmail);`,
    {
      code: `interface Customer { id: string; email: string; emailVerified: boolean; phoneVerified: boolean }
declare const c: Customer;
console.log(c.emailVerified, c.phoneVerified, c.id);`,
      typeInfo: true,
    },
    // `name` only on person-like owners.
    `// file.name err.name pkg.name
declare const file: any, err: any, pkg: any;
console.log(file.name, err.name, pkg.name, pkg.version);`,
    {
      code: `declare const file: File;
declare const err: Error;
console.log(file.name, err.name);`,
      typeInfo: true,
    },
    {
      code: `interface Product { id: string; name: string; price: number }
declare function load(): Product;
const product = load();
console.log(product, product.name);`,
      typeInfo: true,
    },
    `declare const config: any;
const { name } = config;
console.log(name);`,
    `// a service named after users is not a user
import { Logger } from '@nestjs/common';
class UserService {
  private readonly logger = new Logger(UserService.name);
  start() { this.logger.log(\`\${UserService.name} started\`); }
}`,
    `declare const user: any;
console.log(user.id, user.role, user.createdAt, user.isActive, user.locale);`,
    `// an account's handle and nickname are personal only on a person; a company's credentials are not a customer's
declare const c: any;
console.log(c.userName, c.username, c.nickname, c.companyName, c.productName);
console.log(c.smtpPassword, c.dbPassword, c.smtpUsername);`,
    // Record types without personal fields.
    {
      code: `interface Order { id: string; total: number; status: string; fileName: string }
declare function load(): Order;
const order = load();
console.log(order, order.status);`,
      typeInfo: true,
    },
    `interface Order { id: string; total: number }
function show(order: Order) { console.log(order); }`,
    // My Number versus a counter called myNumber.
    `let myNumber = 0;
myNumber++;
console.log(myNumber);`,
    `for (let myNumber = 0; myNumber < 3; myNumber++) console.log(\`attempt \${myNumber}\`);`,
    `function next(myNumber: number) { console.log(myNumber + 1); }`,
    {
      code: `interface Counter { id: string; myNumber: number }
declare const k: Counter;
console.log(k, k.myNumber);`,
      typeInfo: true,
    },
    // Sanitizers stop the flow.
    `declare const c: any; declare function mask(s: string): string;
console.log(mask(c.email));`,
    `declare const c: any; declare function redact(v: unknown): string;
const safe = redact(c.email);
console.log(safe, redact(c));`,
    `// a local mask() is a sanitizer by its name
declare const c: any;
function mask(s: string) { return s.trim(); }
console.log(mask(c.email));`,
    {
      code: `// configured sanitizers: a name and a dotted path
declare const c: any; declare function hashEmail(s: string): string; declare const privacy: any;
console.log(hashEmail(c.email), privacy.scrub(c.phone));`,
      config: { personalData: { sanitizers: ['hashEmail', 'privacy.scrub'] } },
    },
    // Projections to non-personal parts.
    `// projections: .length, .id, comparisons, boolean tests
declare const c: any;
console.log(c.email.length, c.id, c.email === 'taro@example.jp', !!c.email, c.email ? 'yes' : 'no');`,
    `// projections: Boolean(), typeof, includes/startsWith/indexOf
declare const c: any;
console.log(Boolean(c.phone), typeof c.email, c.email.includes('@'), c.email.startsWith('info'), c.email.indexOf('@'));`,
    `// projections held in variables
declare const c: any;
const n = c.email.length;
const same = c.phone === '090-1234-5678';
console.log(n, same);`,
    `// a boolean test guarding a log that prints no value
declare const c: any;
if (c.email) console.log('customer has an email address');`,
    `declare const users: any[];
console.log(users.length, users.map((u) => u.id), \`\${users.length} users\`);`,
    {
      code: `interface Customer { id: string; email: string }
declare const repo: { findAll(): Promise<Customer[]> };
async function report() {
  const rows = await repo.findAll();
  console.log(rows.length, rows.map((r) => r.id));
}`,
      typeInfo: true,
    },
    // Not a log sink.
    `// a local object with a log method is not a logger
declare const c: any;
const x = { log: (s: string) => s };
x.log(c.email);`,
    `declare const c: any; declare const audit: any;
audit.info(c.email);
Math.log(c.age);`,
    `declare const logger: any;
declare const c: any;
logger.setLevel('debug');
logger.info({ customerId: c.id }, 'order placed');`,
    `// a helper that logs only what it is given: here an id
declare const c: any;
function audit(label: string, value: unknown) { console.log(label, value); }
audit('login', c.id);`,
    `// a string that mentions a field is not the field
console.log('email sent', 'address updated');`,
    `interface Customer { id: string; email: string; phone: string }
type Row = { 氏名: string; 住所: string };`,
    `// a literal company address under a personal key is not customer data
declare const logger: any; declare const c: any;
console.log({ email: 'support@shop.example.jp' });
logger.info('email', c.id);`,
    // Config: ignoreFields.
    {
      code: `// ignoreFields: contactEmail is configured as not personal
declare const c: any;
console.log(c.contactEmail);`,
      config: { personalData: { ignoreFields: ['contactEmail'] } },
    },
    // An account name that is a setting, not a person's: from a settings object, the environment, a connect function.
    `declare const smtpConfig: { username: string; host: string };
const username = smtpConfig.username;
const dbUser = process.env.DB_USERNAME;
const { username: u2 } = smtpConfig;
function connectLdap(username: string) { console.log('binding as', username); }
console.log(username, dbUser, u2);`,
  ],
  invalid: [
    // An account's handle in a variable or parameter of its own is a person's online identifier (a caution).
    {
      code: `export function resolveUser(username: string, host: string | null) {
  const usernameLower = username.toLowerCase();
  const acct = \`\${usernameLower}@\${host}\`;
  console.info(\`return local user: \${usernameLower}\`);
  console.info(\`resync \${acct}\`);
}`,
      errors: [
        { messageId: 'personalDataInLog', line: 4, column: 38, severity: 'warning', messageIncludes: 'online identifier' },
        { messageId: 'personalDataInLog', line: 5, column: 26, severity: 'warning' },
      ],
    },
    // 個人関連情報 (online identifiers) are a caution in a log; identification codes and a customer's credentials are not.
    {
      code: `declare const req: { ip: string; headers: Record<string, string> };
declare const user: { id: string; username: string; password: string; passportNumber: string };
console.log(req.ip);
console.log(user.username);
console.log(user.password);
console.log(user.passportNumber);`,
      errors: [
        { messageId: 'personalDataInLog', line: 3, column: 13, severity: 'warning', messageIncludes: 'online identifier' },
        { messageId: 'personalDataInLog', line: 4, column: 13, severity: 'warning' },
        { messageId: 'personalDataInLog', line: 5, column: 13, severity: 'error', messageIncludes: 'credential' },
        { messageId: 'personalDataInLog', line: 6, column: 13, severity: 'error', messageIncludes: 'identification code' },
      ],
    },
    // Explicit markers: a property documented with @personal is personal whatever its name.
    {
      code: `// @personal JSDoc marker on a field with a neutral name
interface Lead {
  id: string;
  /** @personal contact */
  renraku: string;
}
declare const lead: Lead;
console.log(lead.id, lead);`,
      errors: [{ messageId: 'personalDataInLog', line: 8, column: 22, endLine: 8, endColumn: 26 }],
    },
    {
      code: `// @personal on a property access needs the checker
interface Lead {
  /** @personal contact */
  renraku: string;
}
declare const lead: Lead;
console.log(lead.renraku);`,
      typeInfo: true,
      errors: [{ messageId: 'personalDataInLog', line: 7, column: 13, endLine: 7, endColumn: 25 }],
    },
    // Vocabulary: English.
    {
      code: `// English: email mailAddress phoneNumber birthDate postalCode bankAccountNumber individualNumber kana fullName
declare const c: any;
console.log(c.email);
console.log(c.mailAddress);
console.log(c.phoneNumber);
console.log(c.birthDate);
console.log(c.postalCode);
console.log(c.bankAccountNumber);
console.log(c.individualNumber);
console.log(c.kana);
console.log(c.fullName);`,
      errors: [
        { messageId: 'personalDataInLog', line: 3, column: 13, endLine: 3, endColumn: 20 },
        { messageId: 'personalDataInLog', line: 4, column: 13, endLine: 4, endColumn: 26 },
        { messageId: 'personalDataInLog', line: 5, column: 13, endLine: 5, endColumn: 26 },
        { messageId: 'personalDataInLog', line: 6, column: 13, endLine: 6, endColumn: 24 },
        { messageId: 'personalDataInLog', line: 7, column: 13, endLine: 7, endColumn: 25 },
        { messageId: 'personalDataInLog', line: 8, column: 13, endLine: 8, endColumn: 32 },
        { messageId: 'personalDataInLog', line: 9, column: 13, endLine: 9, endColumn: 31 },
        { messageId: 'personalDataInLog', line: 10, column: 13, endLine: 10, endColumn: 19 },
        { messageId: 'personalDataInLog', line: 11, column: 13, endLine: 11, endColumn: 23 },
      ],
    },
    // Vocabulary: romaji.
    {
      code: `// romaji: denwaBango telNo jusho yubinBango seinengappi kozaBango shimei furigana kojinBango
declare const c: any;
console.log(c.denwaBango);
console.log(c.telNo);
console.log(c.jusho);
console.log(c.yubinBango);
console.log(c.seinengappi);
console.log(c.kozaBango);
console.log(c.shimei);
console.log(c.furigana);
console.log(c.kojinBango);`,
      errors: [
        { messageId: 'personalDataInLog', line: 3, column: 13, endLine: 3, endColumn: 25, messageIncludes: 'contact data' },
        { messageId: 'personalDataInLog', line: 4, column: 13, endLine: 4, endColumn: 20, messageIncludes: 'contact data' },
        { messageId: 'personalDataInLog', line: 5, column: 13, endLine: 5, endColumn: 20, messageIncludes: 'an address' },
        { messageId: 'personalDataInLog', line: 6, column: 13, endLine: 6, endColumn: 25, messageIncludes: 'an address' },
        { messageId: 'personalDataInLog', line: 7, column: 13, endLine: 7, endColumn: 26, messageIncludes: 'a date of birth' },
        { messageId: 'personalDataInLog', line: 8, column: 13, endLine: 8, endColumn: 24, messageIncludes: 'an account or card number' },
        { messageId: 'personalDataInLog', line: 9, column: 13, endLine: 9, endColumn: 21, messageIncludes: 'a name' },
        { messageId: 'personalDataInLog', line: 10, column: 13, endLine: 10, endColumn: 23, messageIncludes: 'kana' },
        { messageId: 'personalDataInLog', line: 11, column: 13, endLine: 11, endColumn: 25, messageIncludes: 'My Number' },
      ],
    },
    // Vocabulary: Japanese identifiers.
    {
      code: `// Japanese: 氏名 住所 電話番号 個人番号
declare const c: any;
console.log(c.氏名, c.住所, c.電話番号, c.個人番号);`,
      errors: [
        // One finding per call, naming every field (My Number first), underlining from the first to the last.
        { messageId: 'personalDataInLog', line: 3, column: 13, endLine: 3, endColumn: 39,
          messageIncludes: ['`c.個人番号` is a My Number', '`c.氏名` is a name', '`c.住所` is an address', '`c.電話番号` is contact data'] },
      ],
    },
    {
      code: `// Japanese variable names: 氏名 顧客住所
declare const form: any;
const 氏名 = form.get('shimei');
const 顧客住所 = form.get('jusho');
console.log(氏名, 顧客住所);`,
      errors: [
        { messageId: 'personalDataInLog', line: 5, column: 13, endLine: 5, endColumn: 21, messageIncludes: ['`氏名`', '`顧客住所`'] },
      ],
    },
    {
      code: `// snake_case, kebab-case and upper case
declare const c: any;
console.log(c.email_address, c['e-mail'], c.EMAIL, c.TEL_NO, c.zip_code, c.birth_date, c.card_number);`,
      errors: [
        { messageId: 'personalDataInLog', line: 3, column: 13, endLine: 3, endColumn: 101, messageIncludes: ['`c.email_address`',
          '`c.EMAIL`', '`c.TEL_NO`', '`c.zip_code` is an address', '`c.birth_date` is a date of birth', '`c.card_number`'] },
      ],
    },
    {
      code: `// sensitive categories (§3)
declare const c: any;
console.log(c.diagnosis, c.medicalHistory, c.病歴);`,
      errors: [
        { messageId: 'personalDataInLog', line: 3, column: 13, endLine: 3, endColumn: 48,
          messageIncludes: ['`c.diagnosis` is sensitive', '`c.medicalHistory` is sensitive', '`c.病歴` is sensitive'] },
      ],
    },
    // `name` on person-like owners.
    {
      code: `declare const user: any, customer: any, member: any;
console.log(user.name);
console.log(customer.name);
console.log(member.name);`,
      errors: [
        { messageId: 'personalDataInLog', line: 2, column: 13, endLine: 2, endColumn: 22 },
        { messageId: 'personalDataInLog', line: 3, column: 13, endLine: 3, endColumn: 26 },
        { messageId: 'personalDataInLog', line: 4, column: 13, endLine: 4, endColumn: 24 },
      ],
    },
    {
      code: `// name destructured from a customer
declare const customer: any;
const { name } = customer;
console.log(name);`,
      errors: [
        { messageId: 'personalDataInLog', line: 4, column: 13, endLine: 4, endColumn: 17 },
      ],
    },
    {
      code: `declare const 顧客: any;
console.log(顧客.name, 顧客);`,
      errors: [
        { messageId: 'personalDataInLog', line: 2, column: 13, endLine: 2, endColumn: 24 },
      ],
    },
    {
      code: `interface Member { id: string; name: string }
declare function load(): Member;
const m = load();
console.log(m.name);`,
      typeInfo: true,
      errors: [
        { messageId: 'personalDataInLog', line: 4, column: 13, endLine: 4, endColumn: 19 },
      ],
    },
    {
      code: `// a type with other personal fields makes name personal
interface Account { id: string; name: string; email: string }
function show(a: Account) { console.log(a.name); }`,
      errors: [
        { messageId: 'personalDataInLog', line: 3, column: 41, endLine: 3, endColumn: 47 },
      ],
    },
    // Person records by name.
    {
      code: `// a customer record by its name, also inside an object literal
declare const customer: any;
console.log(customer);
console.log({ customer });
console.log(customer.id);`,
      errors: [
        { messageId: 'personalDataInLog', line: 3, column: 13, endLine: 3, endColumn: 21 },
        { messageId: 'personalDataInLog', line: 4, column: 15, endLine: 4, endColumn: 23 },
      ],
    },
    {
      code: `declare const users: any[];
console.log(users);`,
      errors: [
        { messageId: 'personalDataInLog', line: 2, column: 13, endLine: 2, endColumn: 18 },
      ],
    },
    // The type checker: a value whose type has personal fields is personal as a whole.
    {
      code: `interface Customer { id: string; email: string; name: string }
declare const repo: { find(id: string): Customer };
const record = repo.find('c-1');
console.log(record);`,
      typeInfo: true,
      errors: [
        { messageId: 'personalDataInLog', line: 4, column: 13, endLine: 4, endColumn: 19, messageIncludes: '`record` is a `Customer`; its `email` is contact data' },
      ],
    },
    {
      code: `// types: arrays, promises (awaited or not) and unions of Customer
interface Customer { id: string; email: string }
declare const repo: { all(): Customer[]; load(id: string): Promise<Customer>; maybe(): Customer | undefined };
async function run() {
  const list = repo.all();
  console.log(list);
  const pending = repo.load('c-1');
  console.log(pending);
  const loaded = await repo.load('c-1');
  console.log(loaded);
  const maybe = repo.maybe();
  console.log(maybe);
}`,
      typeInfo: true,
      errors: [
        { messageId: 'personalDataInLog', line: 6, column: 15, endLine: 6, endColumn: 19 },
        { messageId: 'personalDataInLog', line: 8, column: 15, endLine: 8, endColumn: 22 },
        { messageId: 'personalDataInLog', line: 10, column: 15, endLine: 10, endColumn: 21 },
        { messageId: 'personalDataInLog', line: 12, column: 15, endLine: 12, endColumn: 20 },
      ],
    },
    {
      code: `// types: a union with one personal member
interface Customer { id: string; email: string }
interface Order { id: string; total: number }
declare function load(): Customer | Order;
const x = load();
console.log(x);`,
      typeInfo: true,
      errors: [
        { messageId: 'personalDataInLog', line: 6, column: 13, endLine: 6, endColumn: 14 },
      ],
    },
    {
      code: `// types: elements of an awaited Customer[] in callbacks
interface Customer { id: string; email: string }
declare const repo: { findAll(): Promise<Customer[]> };
async function report() {
  const rows = await repo.findAll();
  rows.forEach((r) => console.log(r));
  console.log(rows.map((r) => r.email));
}`,
      typeInfo: true,
      errors: [
        { messageId: 'personalDataInLog', line: 6, column: 35, endLine: 6, endColumn: 36 },
        { messageId: 'personalDataInLog', line: 7, column: 31, endLine: 7, endColumn: 38 },
      ],
    },
    {
      code: `// without the checker: a declared type written in this file
interface Customer { id: string; email: string }
function show(c: Customer) { console.log(c); }`,
      errors: [
        { messageId: 'personalDataInLog', line: 3, column: 42, endLine: 3, endColumn: 43 },
      ],
    },
    {
      code: `// a type that inherits its personal field
interface Person { email: string }
interface Customer extends Person { id: string }
function show(c: Customer) { console.log(c); }`,
      errors: [
        { messageId: 'personalDataInLog', line: 4, column: 42, endLine: 4, endColumn: 43, messageIncludes: '`Customer`' },
      ],
    },
    {
      code: `// Readonly, Partial and nullable: the message names the record type
interface Customer { id: string; email: string }
function show(c: Readonly<Customer>, d: Partial<Customer>, e: Customer | null) { console.log(c, d, e); }`,
      errors: [
        { messageId: 'personalDataInLog', line: 3, column: 94, endLine: 3, endColumn: 101,
          messageIncludes: ['`c` is a `Customer`', '`d` is a `Customer`', '`e` is a `Customer`'] },
      ],
    },
    {
      code: `// an instance of a class with personal fields
class Customer { id = ''; email = ''; }
const customerRecord = new Customer();
console.log(customerRecord);`,
      errors: [
        { messageId: 'personalDataInLog', line: 4, column: 13, endLine: 4, endColumn: 27 },
      ],
    },
    {
      code: `// a local function's declared return type
interface Customer { id: string; email: string }
function load(): Customer { return { id: 'c-1', email: '' }; }
async function loadAsync(): Promise<Customer> { return load(); }
async function run() {
  const x = load();
  const y = await loadAsync();
  console.log(x, y);
}`,
      errors: [
        { messageId: 'personalDataInLog', line: 8, column: 15, endLine: 8, endColumn: 19 },
      ],
    },
    {
      code: `import type { Customer } from './types';
function show(record: Customer) { console.log(record); }`,
      files: {
        'src/types.ts': `export interface Customer { id: string; email: string }
`,
      },
      errors: [
        { messageId: 'personalDataInLog', line: 2, column: 47, endLine: 2, endColumn: 53 },
      ],
    },
    {
      code: `interface Address { zip: string; city: string }
interface Customer { id: string; address: Address }
declare const c: Customer;
console.log(c.address);`,
      typeInfo: true,
      errors: [
        { messageId: 'personalDataInLog', line: 4, column: 13, endLine: 4, endColumn: 22 },
      ],
    },
    {
      code: `interface Member { id: string; nickname: string }
declare const m: Member;
console.log(m);`,
      config: { personalData: { personalTypes: ['Member'] } },
      errors: [
        { messageId: 'personalDataInLog', line: 3, column: 13, endLine: 3, endColumn: 14, messageIncludes: 'configured as a personal type' },
      ],
    },
    // My Number, not a counter.
    {
      code: `// myNumber holding a form value is a My Number
declare const form: any;
const myNumber = form.value;
console.log(myNumber);`,
      errors: [
        { messageId: 'personalDataInLog', line: 4, column: 13, endLine: 4, endColumn: 21 },
      ],
    },
    {
      code: `interface Employee { id: string; myNumber: number }
declare const e: Employee;
console.log(e);`,
      typeInfo: true,
      errors: [
        { messageId: 'personalDataInLog', line: 3, column: 13, endLine: 3, endColumn: 14, messageIncludes: 'My Number' },
      ],
    },
    // Flows.
    {
      code: `// flow: variable, concatenation, variable
declare const c: any;
const e = c.email;
const msg = 'customer: ' + e;
console.log(msg);`,
      errors: [
        { messageId: 'personalDataInLog', line: 5, column: 13, endLine: 5, endColumn: 16, messageIncludes: '`msg` contains `c.email`' },
      ],
    },
    {
      code: `// flow: a let assigned after its declaration
declare const c: any;
let msg = 'start';
msg = 'customer ' + c.email;
console.log(msg);`,
      errors: [
        { messageId: 'personalDataInLog', line: 5, column: 13, endLine: 5, endColumn: 16 },
      ],
    },
    {
      code: `// flow: object destructuring
declare const c: any;
const { email, id } = c;
console.log(id);
console.log(email);`,
      errors: [
        { messageId: 'personalDataInLog', line: 5, column: 13, endLine: 5, endColumn: 18 },
      ],
    },
    {
      code: `// flow: renamed and array destructuring
declare const c: any;
const { phone: tel } = c;
const [first] = [c.email, c.phone];
console.log(tel, first);`,
      errors: [
        { messageId: 'personalDataInLog', line: 5, column: 13, endLine: 5, endColumn: 23, messageIncludes: ['`tel`', '`first`'] },
      ],
    },
    {
      code: `// flow: spread and Object.assign of a Customer
interface Customer { id: string; email: string }
function show(c: Customer) { console.log({ ...c }); console.log(Object.assign({}, c)); }`,
      errors: [
        { messageId: 'personalDataInLog', line: 3, column: 47, endLine: 3, endColumn: 48 },
        { messageId: 'personalDataInLog', line: 3, column: 83, endLine: 3, endColumn: 84 },
      ],
    },
    {
      code: `// flow: nested object literals
declare const c: any;
const data = { profile: { email: c.email } };
console.log(data.profile);
console.log(data);`,
      errors: [
        { messageId: 'personalDataInLog', line: 4, column: 13, endLine: 4, endColumn: 25 },
        { messageId: 'personalDataInLog', line: 5, column: 13, endLine: 5, endColumn: 17 },
      ],
    },
    {
      code: `// flow: array literal, template literal, concatenation
declare const c: any;
console.log([c.email]);
console.log(\`customer \${c.email}\`);
console.log('customer: ' + c.email);`,
      errors: [
        { messageId: 'personalDataInLog', line: 3, column: 14, endLine: 3, endColumn: 21 },
        { messageId: 'personalDataInLog', line: 4, column: 25, endLine: 4, endColumn: 32 },
        { messageId: 'personalDataInLog', line: 5, column: 28, endLine: 5, endColumn: 35 },
      ],
    },
    {
      code: `// flow: JSON.stringify, String(), .join(), string methods, ??
declare const c: any;
console.log(JSON.stringify({ user: { email: c.email } }, null, 2));
console.log(String(c.phone));
console.log([c.email, c.phone].join(', '));
console.log(c.email.toLowerCase().trim());
console.log(c.email ?? 'none');`,
      errors: [
        { messageId: 'personalDataInLog', line: 3, column: 45, endLine: 3, endColumn: 52 },
        { messageId: 'personalDataInLog', line: 4, column: 20, endLine: 4, endColumn: 27 },
        { messageId: 'personalDataInLog', line: 5, column: 14, endLine: 5, endColumn: 21 },
        { messageId: 'personalDataInLog', line: 6, column: 13, endLine: 6, endColumn: 20 },
        { messageId: 'personalDataInLog', line: 7, column: 13, endLine: 7, endColumn: 20 },
      ],
    },
    {
      code: `declare const customers: any[];
customers.forEach((c) => console.log(c.email));
for (const c of customers) console.log(c.phone);`,
      errors: [
        { messageId: 'personalDataInLog', line: 2, column: 38, endLine: 2, endColumn: 45 },
        { messageId: 'personalDataInLog', line: 3, column: 40, endLine: 3, endColumn: 47 },
      ],
    },
    // Local helpers: returns and parameters.
    {
      code: `// helper return: a local function returning a field
declare const c: any;
function contactOf(x: any) { return x.email; }
console.log(contactOf(c));`,
      errors: [
        { messageId: 'personalDataInLog', line: 4, column: 13, endLine: 4, endColumn: 25, messageIncludes: '`contactOf(c)` contains `x.email`' },
      ],
    },
    {
      code: `// helper return: an arrow function building a label
declare const c: any;
const label = (x: any) => \`\${x.fullName} <\${x.email}>\`;
const text = label(c);
console.log(text);`,
      errors: [
        { messageId: 'personalDataInLog', line: 5, column: 13, endLine: 5, endColumn: 17 },
      ],
    },
    {
      code: `// helper parameter: reported at the call that passes the value
declare const c: any;
function logIt(v: string) { console.log(v); }
logIt(c.email);`,
      errors: [
        { messageId: 'personalDataInLog', line: 4, column: 7, endLine: 4, endColumn: 14, messageIncludes: 'by `logIt`' },
      ],
    },
    {
      code: `// helper parameter: only the call that passes personal data
declare const c: any;
function audit(label: string, value: unknown) { console.log(label, value); }
audit('login', c.id);
audit('login', c.email);`,
      errors: [
        { messageId: 'personalDataInLog', line: 5, column: 16, endLine: 5, endColumn: 23 },
      ],
    },
    {
      code: `// a helper that logs a field itself is reported inside, once
declare const c: any;
function logEmail(x: any) { console.log(x.email); }
logEmail(c);`,
      errors: [
        { messageId: 'personalDataInLog', line: 3, column: 41, endLine: 3, endColumn: 48 },
      ],
    },
    {
      code: `// nested helpers: reported at the outer call, where the value is written
declare const c: any;
function audit(value: unknown) { console.log(value); }
function track(v: unknown) { audit(v); }
track(c.email);`,
      errors: [
        { messageId: 'personalDataInLog', line: 5, column: 7, endLine: 5, endColumn: 14 },
      ],
    },
    {
      code: `// nested helpers in another file: the range is in this file, at the value
import { track } from './telemetry';
declare const c: any;
track(c.email);`,
      files: {
        'src/telemetry.ts': `function audit(value: unknown) {
  console.log(value);
}
export function track(v: unknown) {
  audit(v);
}
`,
      },
      errors: [
        { messageId: 'personalDataInLog', line: 4, column: 7, endLine: 4, endColumn: 14 },
      ],
    },
    {
      code: `import { toPayload, idOf } from './format';
declare const c: any;
console.log(toPayload(c));
console.log(idOf(c));`,
      files: {
        'src/format.ts': `export function toPayload(c: any) { return { email: c.email }; }
export function idOf(c: any) { return c.id; }
`,
      },
      errors: [
        { messageId: 'personalDataInLog', line: 3, column: 13, endLine: 3, endColumn: 25 },
      ],
    },
    {
      code: `import { logCustomer } from './log-helpers';
declare const c: any;
logCustomer('signup', c.phone);`,
      files: {
        'src/log-helpers.ts': `export function logCustomer(event: string, value: unknown) {
  console.info(event, value);
}
`,
      },
      errors: [
        { messageId: 'personalDataInLog', line: 3, column: 23, endLine: 3, endColumn: 30 },
      ],
    },
    // Log sinks.
    {
      code: `// console: error warn table debug info
declare const c: any;
console.error(c.email); console.warn(c.email); console.table(c.email); console.debug(c.email); console.info(c.email);`,
      errors: [
        { messageId: 'personalDataInLog', line: 3, column: 15, endLine: 3, endColumn: 22, messageIncludes: '`console.error`' },
        { messageId: 'personalDataInLog', line: 3, column: 38, endLine: 3, endColumn: 45, messageIncludes: '`console.warn`' },
        { messageId: 'personalDataInLog', line: 3, column: 62, endLine: 3, endColumn: 69, messageIncludes: '`console.table`' },
        { messageId: 'personalDataInLog', line: 3, column: 86, endLine: 3, endColumn: 93, messageIncludes: '`console.debug`' },
        { messageId: 'personalDataInLog', line: 3, column: 109, endLine: 3, endColumn: 116, messageIncludes: '`console.info`' },
      ],
    },
    {
      code: `import pino from 'pino';
const log = pino();
const child = log.child({ module: 'billing' });
declare const c: any;
log.info(c.email);
child.warn({ phone: c.phone }, 'sms sent');`,
      errors: [
        { messageId: 'personalDataInLog', line: 5, column: 10, endLine: 5, endColumn: 17, messageIncludes: '`log.info`' },
        { messageId: 'personalDataInLog', line: 6, column: 21, endLine: 6, endColumn: 28, messageIncludes: '`child.warn`' },
      ],
    },
    {
      code: `import winston from 'winston';
const w = winston.createLogger({ level: 'info' });
declare const c: any;
w.warn('customer', c.email);
winston.info(c.address);`,
      errors: [
        { messageId: 'personalDataInLog', line: 4, column: 20, endLine: 4, endColumn: 27 },
        { messageId: 'personalDataInLog', line: 5, column: 14, endLine: 5, endColumn: 23 },
      ],
    },
    {
      code: `import bunyan from 'bunyan';
const b = bunyan.createLogger({ name: 'billing' });
declare const c: any;
b.error({ email: c.email }, 'payment failed');`,
      errors: [
        { messageId: 'personalDataInLog', line: 4, column: 18, endLine: 4, endColumn: 25 },
      ],
    },
    {
      code: `import log4js from 'log4js';
const l = log4js.getLogger('billing');
declare const c: any;
l.debug(c.jusho);`,
      errors: [
        { messageId: 'personalDataInLog', line: 4, column: 9, endLine: 4, endColumn: 16 },
      ],
    },
    {
      code: `import loglevel from 'loglevel';
const named = loglevel.getLogger('billing');
declare const c: any;
loglevel.info(c.email);
named.warn(c.email);`,
      errors: [
        { messageId: 'personalDataInLog', line: 4, column: 15, endLine: 4, endColumn: 22 },
        { messageId: 'personalDataInLog', line: 5, column: 12, endLine: 5, endColumn: 19 },
      ],
    },
    {
      code: `// a logger made inline: loglevel.getLogger(...).warn, pino().info
import loglevel from 'loglevel';
import pino from 'pino';
declare const c: any;
loglevel.getLogger('billing').warn(c.email);
pino().info(c.phone);`,
      errors: [
        { messageId: 'personalDataInLog', line: 5, column: 36, endLine: 5, endColumn: 43 },
        { messageId: 'personalDataInLog', line: 6, column: 13, endLine: 6, endColumn: 20 },
      ],
    },
    {
      code: `import debug from 'debug';
const dbg = debug('app:billing');
const sub = dbg.extend('card');
declare const c: any;
dbg('customer %s', c.email);
sub('card %s', c.cardNumber);`,
      errors: [
        { messageId: 'personalDataInLog', line: 5, column: 20, endLine: 5, endColumn: 27, messageIncludes: '`dbg`' },
        { messageId: 'personalDataInLog', line: 6, column: 16, endLine: 6, endColumn: 28 },
      ],
    },
    {
      code: `// NestJS Logger: this.logger from a property, Logger static
import { Logger } from '@nestjs/common';
declare const c: any;
class BillingService {
  private readonly logger = new Logger(BillingService.name);
  run() { this.logger.log(c.email); Logger.warn(c.phone); }
}`,
      errors: [
        { messageId: 'personalDataInLog', line: 6, column: 27, endLine: 6, endColumn: 34, messageIncludes: '`this.logger.log`' },
        { messageId: 'personalDataInLog', line: 6, column: 49, endLine: 6, endColumn: 56, messageIncludes: '`Logger.warn`' },
      ],
    },
    {
      code: `// NestJS Logger: this.logger injected by the constructor
import { Logger } from '@nestjs/common';
declare const c: any;
class BillingService {
  constructor(private readonly logger: Logger) {}
  run() { this.logger.warn(c.email); }
}`,
      errors: [
        { messageId: 'personalDataInLog', line: 6, column: 28, endLine: 6, endColumn: 35 },
      ],
    },
    {
      code: `declare const req: any, app: any, c: any;
req.log.info(c.email);
app.log.error({ phone: c.phone });`,
      errors: [
        { messageId: 'personalDataInLog', line: 2, column: 14, endLine: 2, endColumn: 21, messageIncludes: '`req.log.info`' },
        { messageId: 'personalDataInLog', line: 3, column: 24, endLine: 3, endColumn: 31 },
      ],
    },
    {
      code: `declare const logger: any, auditLogger: any, c: any;
logger.info({ email: c.email });
auditLogger.warn(c.denwaBango);`,
      errors: [
        { messageId: 'personalDataInLog', line: 2, column: 22, endLine: 2, endColumn: 29 },
        { messageId: 'personalDataInLog', line: 3, column: 18, endLine: 3, endColumn: 30 },
      ],
    },
    {
      code: `declare const logger: any; declare const email: string;
logger.info({ email });`,
      errors: [
        { messageId: 'personalDataInLog', line: 2, column: 15, endLine: 2, endColumn: 20 },
      ],
    },
    {
      code: `// child-logger bindings are written into every line the child logs
declare const logger: any, c: any;
const log = logger.child({ email: c.email });
log.info('start');`,
      errors: [
        { messageId: 'personalDataInLog', line: 3, column: 35, endLine: 3, endColumn: 42 },
      ],
    },
    {
      code: `// values written in code are never printed in messages
const c = { email: 'taro.yamada@example.jp', 電話番号: '090-1234-5678' };
console.log(c.email, \`連絡先: \${c.電話番号}\`);`,
      errors: [
        { messageId: 'personalDataInLog', line: 3, column: 13, endLine: 3, endColumn: 36 },
      ],
    },
    {
      code: `// the company's constants and settings are not a customer's data
const SUPPORT_EMAIL = 'help@corp.example.jp';
const from = process.env.MAIL_FROM ?? 'noreply@corp.example.jp';
console.log(SUPPORT_EMAIL, from, process.env.ADMIN_EMAIL);
declare const user: { email: string };
console.log(user.email.split('@')[1], user.email.split('@').pop());
console.log(user.email);`,
      errors: [
        { messageId: 'personalDataInLog', line: 7, column: 13 },
      ],
    },
    // Every source file kind.
    {
      code: `export function Profile({ user }: { user: any }) {
  console.log(user.email);
  return <div>{user.id}</div>;
}`,
      filename: 'src/Profile.tsx',
      errors: [
        { messageId: 'personalDataInLog', line: 2, column: 15, endLine: 2, endColumn: 25 },
      ],
    },
    {
      code: `export const View = ({ customer }) => { console.log(customer.address); return <p>{customer.id}</p>; };`,
      filename: 'src/view.jsx',
      errors: [
        { messageId: 'personalDataInLog', line: 1, column: 53, endLine: 1, endColumn: 69 },
      ],
    },
    {
      code: `import pino from 'pino';
const log = pino();
export function run(customer) { log.info(customer.email); }`,
      filename: 'src/job.mjs',
      errors: [
        { messageId: 'personalDataInLog', line: 3, column: 42, endLine: 3, endColumn: 56 },
      ],
    },
    {
      code: `const pino = require('pino');
const log = pino();
function run(customer) { log.info(customer.phone); }`,
      filename: 'src/job.cjs',
      errors: [
        { messageId: 'personalDataInLog', line: 3, column: 35, endLine: 3, endColumn: 49 },
      ],
    },
    // Config: sanitizers and extra fields.
    {
      code: `// configured sanitizers replace the defaults: mask is an ordinary local function here
declare const c: any; declare function hashEmail(s: string): string;
function mask(s: string) { return s.trim(); }
console.log(hashEmail(c.email), mask(c.phone));`,
      config: { personalData: { sanitizers: ['hashEmail'] } },
      errors: [
        { messageId: 'personalDataInLog', line: 4, column: 33, endLine: 4, endColumn: 46 },
      ],
    },
    {
      code: `// extraFields: a team's own field names
declare const c: any;
console.log(c.renrakusaki, c.kinkyuRenrakusaki);`,
      config: { personalData: { extraFields: { contact: ['renrakusaki'] } } },
      errors: [
        { messageId: 'personalDataInLog', line: 3, column: 13, endLine: 3, endColumn: 47, messageIncludes: ['`c.renrakusaki` is contact data', '`c.kinkyuRenrakusaki`'] },
      ],
    },
  ],
});
