/**
 * Flows as production TypeScript writes them: a field set in a constructor and read in another method, exceptions
 * thrown with personal data and logged where they are caught.
 */
import { ruleTester } from '../helpers/rule-tester';

/** A utilities package's barrel: forty modules re-exported before the log helper. */
const BARREL: Record<string, string> = {
  'src/utils/index.ts': Array.from({ length: 40 }, (_, i) => `export * from './m${i}';`).join('\n') + "\nexport * from './log';\n",
  'src/utils/log.ts': 'export const log = async ({ message }: { message: string; type: string }) => { console.log(message); };\n',
  ...Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`src/utils/m${i}.ts`, `export const c${i} = ${i};\n`])),
};

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// the errors of a bulk response are statuses, not what was sent
declare const users: { email: string }[];
declare function bulkUpsert(u: unknown): { errors: boolean; took: number };
const bulkResponse = bulkUpsert(users);
console.log(bulkResponse.errors);`,
    `// a program's and a team's names, though their types also hold an e-mail address
interface Program { id: string; name: string; supportEmail: string }
interface Team { id: string; name: string; billingEmail: string }
declare const program: Program;
declare const ownerTeam: Team;
console.log(\`payout for \${program.name} by \${ownerTeam.name}\`);`,
    `// ids of a list of people, destructured in a callback
declare const users: { id: string; email: string }[];
users.forEach(({ id }) => console.log(id));`,
    `// a field given an id only
declare const user: { id: string; email: string };
class Audit {
  private who: string;
  constructor() { this.who = user.id; }
  print() { console.log(this.who); }
}`,
    `// an error made from an id, logged where it is caught
declare const user: { id: string; email: string };
try {
  throw new Error(\`no account \${user.id}\`);
} catch (e) {
  console.error(e);
}`,
  ],
  invalid: [
    {
      code: `// a helper given a template of two fields: the finding at its call names both
declare const c: { name: string; email: string };
function notifyOps(text: string) { console.log(text); }
notifyOps(\`\${c.name} <\${c.email}>\`);`,
      errors: [{ messageId: 'personalDataInLog', line: 4, column: 14, messageIncludes: ['`c.name`', '`c.email`'] }],
    },
    {
      code: `// a log helper re-exported by a barrel after forty other modules
import { log } from './utils';
declare const user: { email: string };
export async function flag() {
  await log({ type: 'errors', message: \`fraudulent user \${user.email}\` });
}`,
      files: BARREL,
      errors: [{ messageId: 'personalDataInLog', line: 5, column: 59 }],
    },
    {
      code: `// rows of a literal SQL query that selects personal columns (a name only from a table of persons)
declare const client: { query(sql: string): Promise<{ rows: unknown[] }> };
export async function report() {
  const patients = await client.query('SELECT id, name, furigana FROM cm_patients');
  console.table(patients.rows);
  const products = await client.query('SELECT id, name, price FROM cm_products');
  console.table(products.rows);
  const slips = await client.query('SELECT id, total_price FROM cm_slips');
  console.table(slips.rows);
  const people = await client.query(\`SELECT * FROM customers WHERE id = \${1}\`);
  console.log(people.rows.length, people.rows);
}`,
      errors: [
        { messageId: 'personalDataInLog', line: 5, column: 17 },
        { messageId: 'personalDataInLog', line: 11, column: 35 },
      ],
    },
    {
      code: `// a field set in the constructor, read in another method
declare const user: { id: string; email: string };
class Mailer {
  private readonly saved: string;
  constructor() { this.saved = user.email; }
  report() { console.log(this.saved); }
}`,
      errors: [{ messageId: 'personalDataInLog', line: 6, column: 26 }],
    },
    {
      code: `// an error thrown with an e-mail in its message, logged where it is caught (also its message)
declare const user: { id: string; email: string };
try {
  throw new Error(\`no account for \${user.email}\`);
} catch (e) {
  console.error(e);
  console.error((e as Error).message);
}`,
      errors: [
        { messageId: 'personalDataInLog', line: 6, column: 17 },
        { messageId: 'personalDataInLog', line: 7, column: 17 },
      ],
    },
    {
      code: `// thrown by a helper the try block calls
declare const user: { id: string; email: string };
function check(u: { email: string }) {
  if (!u.email.includes('@')) throw new Error('invalid address ' + u.email, { cause: u });
}
try {
  check(user);
} catch (err) {
  console.warn('check failed', err);
}`,
      errors: [{ messageId: 'personalDataInLog', line: 9, column: 32 }],
    },
    {
      code: `// the app's logger class, default-exported as an instance and imported as Logger: still the logger by its name
import Logger from './logging/logger';
declare const email: string;
Logger.info('auth', 'Sign in without invitation', { email });`,
      files: {
        'src/logging/logger.ts': `import winston from 'winston';
class Logger {
  output = winston.createLogger({ level: 'info' });
  public info(label: string, message: string, extra?: Record<string, unknown>) {
    this.output.info(message, { ...this.sanitize(extra), label });
  }
  private sanitize = <T>(input: T, level = 0): T => {
    if (level > 3) return '[…]' as unknown as T;
    return input;
  };
}
export default new Logger();
`,
      },
      errors: [{ messageId: 'personalDataInLog', line: 4, column: 53 }],
    },
  ],
});

// Helpers reached through classes and wrappers, as NestJS / Angular services and send-mail utilities are written.
const MAIL_SERVICE = `import * as nodemailer from 'nodemailer';
export class EmailService {
  constructor(private meta: { smtpHost: string; name: string }) {}
  public async sendEmail(to: string, subject: string, html: string) {
    const transporter = nodemailer.createTransport({ host: this.meta.smtpHost });
    await transporter.sendMail({ from: 'noreply@corezo.example', to: to, subject, html });
  }
}
`;

ruleTester('no-unguarded-external-transfer', {
  valid: [
    {
      code: `// an injected service's method given only an id
import { EmailService } from './EmailService';
export class Signup {
  constructor(private emailService: EmailService) {}
  async done(user: { id: string; email: string }) {
    await this.emailService.sendEmail(user.id, 'Welcome', 'hi');
  }
}`,
      filename: 'src/Signup.ts',
      files: { 'src/EmailService.ts': MAIL_SERVICE },
    },
    `// an account handle known only by its variable's name, sent to the server it names (a federated lookup)
export async function lookup(username: string, host: string) {
  const acct = \`\${username}@\${host}\`;
  await fetch(\`https://\${host}/.well-known/webfinger?resource=acct:\${acct}\`);
}`,
    `// an e-mail service known only by its name, given the company's own address and an id
declare const crowi: any;
export function notifyOps(id: string) {
  const { mailService } = crowi;
  return mailService.send({ to: 'ops@corezo.example', subject: \`job \${id} failed\` });
}`,
  ],
  invalid: [
    {
      code: `// an e-mail service known only by its name (handed around untyped), given a user's address
declare const crowi: any;
export function resetMail(user: { id: string; email: string }) {
  const { mailService } = crowi;
  return mailService.send({ to: user.email, subject: 'Password reset' });
}`,
      errors: [{ messageId: 'unknownDestination', line: 5, column: 33, messageIncludes: 'mailService.send' }],
    },
    {
      code: `// an injected service (a constructor parameter property): its method sends what the caller gives it
import { EmailService } from './EmailService';
export class Signup {
  constructor(private emailService: EmailService) {}
  async done(user: { id: string; email: string }) {
    await this.emailService.sendEmail(user.email, 'Welcome', 'hi');
  }
}`,
      filename: 'src/Signup.ts',
      files: { 'src/EmailService.ts': MAIL_SERVICE },
      errors: [{ messageId: 'unknownDestination', line: 6, column: 39, messageIncludes: 'this.emailService.sendEmail' }],
    },
    {
      code: `// an instance made with new, and a method inherited from its base class
import { EmailService } from './EmailService';
class SignupMailer extends EmailService {}
const mailer = new SignupMailer({ smtpHost: process.env.SMTP_HOST!, name: 'Corezo' });
export async function welcome(user: { email: string }) {
  await mailer.sendEmail(user.email, 'Welcome', 'hi');
}`,
      filename: 'src/Signup.ts',
      files: { 'src/EmailService.ts': MAIL_SERVICE },
      errors: [{ messageId: 'unknownDestination', line: 6, column: 26 }],
    },
    {
      code: `// a wrapper whose parameter is a container named for e-mail (an object the callers fill): reported inside and
// at each call that gives it personal data, part by part (the sender's own address stays the wrapper's)
import * as nodemailer from 'nodemailer';
const SMTP_HOST = process.env.SMTP_HOST;
interface SendEmailProps { to: string; subject: string; html: string }
export async function sendEmail(emailData: SendEmailProps) {
  const transporter = nodemailer.createTransport({ host: SMTP_HOST });
  await transporter.sendMail({ from: 'noreply@corezo.example', ...emailData });
}
export async function invite(invitee: { id: string; email: string }) {
  await sendEmail({ to: invitee.email, subject: 'Join', html: 'join us' });
}
export async function ping(id: string) {
  await sendEmail({ to: 'ops@corezo.example', subject: id, html: 'ping' });
}`,
      filename: 'src/mail.ts',
      errors: [
        // The SMTP host is read from the environment: the message names SMTP_HOST and how to declare it.
        { messageId: 'unknownNamedDestination', line: 8, column: 67 },
        { messageId: 'unknownNamedDestination', line: 11, column: 25 },
      ],
    },
    {
      code: `// the same wrapper whose props name the sender (a message being composed: no date, unlike a received one):
// still reported at each call that fills it
import * as nodemailer from 'nodemailer';
interface SendEmailDataProps { to: string; from: string; replyTo?: string; subject: string; html: string }
export async function sendEmail(emailData: SendEmailDataProps) {
  const transporter = nodemailer.createTransport({ host: 'smtp.corezo.example' });
  await transporter.sendMail({ ...emailData });
}
export async function verify(user: { id: string; email: string }) {
  await sendEmail({ to: user.email, from: 'noreply@corezo.example', subject: 'Verify', html: 'verify' });
}`,
      filename: 'src/mail.ts',
      typeInfo: true,
      errors: [
        { messageId: 'externalTransfer', line: 7, column: 35 },
        { messageId: 'externalTransfer', line: 10, column: 25 },
      ],
    },
    {
      code: `// a scalar parameter personal by its name: reported inside the wrapper, and at the caller that hands in the customer's address
import * as nodemailer from 'nodemailer';
export async function sendPasswordReset(email: string) {
  const transporter = nodemailer.createTransport({ host: process.env.SMTP_HOST });
  await transporter.sendMail({ to: email, subject: 'Reset' });
}
export async function forgot(body: { email: string }) {
  await sendPasswordReset(body.email);
}`,
      filename: 'src/mail.ts',
      errors: [{ messageId: 'unknownNamedDestination', line: 5, column: 36 }, { messageId: 'unknownNamedDestination', line: 8, column: 27 }],
    },
  ],
});
