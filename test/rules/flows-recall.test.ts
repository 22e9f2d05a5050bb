/**
 * Flows found missing on the real-world set's dev part (issue 7): members of an object a helper returns, lists
 * filled after they were destructured, sinks inside a callback a helper passes on, and a response of the code's own
 * request that is named like an incoming one.
 */
import { ruleTester } from '../helpers/rule-tester';

/** A helper that switches on the kind its caller names: only that case's fields are returned (dub's workflow config). */
const WORKFLOW_CONFIG = `declare const body: { programId: string; partnerId: string; sourceEmail: string };
declare const logger: { error(message: string, data: unknown): void };
function workflowConfig({ kind, body }: { kind: string; body: typeof body }): { correlation: Record<string, unknown> } {
  switch (kind) {
    case 'create-commission':
      return { correlation: { programId: body.programId, partnerId: body.partnerId } };
    case 'merge-accounts':
      return { correlation: { partnerId: body.partnerId, sourceEmail: body.sourceEmail } };
    default:
      return { correlation: {} };
  }
}
`;

ruleTester('no-personal-data-in-logs', {
  valid: [
    {
      code: `// another name for the project's logger factory, logging an error's type only
import backendLogger from './logger';
const logger = backendLogger;
declare const error: { email: string; type: string };
logger().info({ type: error.type }, 'auth error');`,
      files: { 'src/logger.ts': "import pino from 'pino';\nlet LOGGER: ReturnType<typeof pino> | null = null;\nexport default function logger() {\n  if (!LOGGER) LOGGER = pino();\n  return LOGGER;\n}\n" },
    },
    `// the field of a helper's result that is not personal
declare const user: { email: string; plan: string };
function build(u: { email: string; plan: string }) { return { mail: u.email, plan: u.plan }; }
const o = build(user);
console.log(o.plan);
console.log(build(user).plan);`,
    `// the position of an entry of what a customer sent, in a log
export async function POST(request: Request) {
  const body = await request.json();
  for (const [index, part] of body.parts.entries()) {
    if (!part) console.warn('empty part at', index);
  }
}`,
    `// what a passport strategy's verify callback is handed besides the person: the request and the done callback
import passport from 'passport';
import LdapStrategy from 'passport-ldapauth';
declare const logger: { debug(...args: unknown[]): void };
passport.use(new LdapStrategy({ server: {} } as never, (req: { method: string }, account: unknown, done: (e: unknown, u?: unknown) => void) => {
  logger.debug('ldap sign-in', req.method, done.name);
  done(null, account);
}));`,
    `// the \`to\` of the mail settings, and of a route: not whom a message goes to
export function show(mailConfig: { to: string }, route: { to: string }) {
  console.log(mailConfig.to, route.to);
}`,
    {
      code: `// an audit trail entry with the actor's id only
import { logger } from './logger';

declare const user: { id: string; email: string };
logger.audit({ action: 'login', actor: user.id });`,
      files: { 'src/logger.ts': "import pino from 'pino';\nconst p = pino({ customLevels: { audit: 90 } });\nexport const logger = { info: p.info.bind(p), audit: (p as any).audit.bind(p) };\n" },
    },
    `// a helper that switches on the kind the call names: only that case's result is logged
${WORKFLOW_CONFIG}export function failed() {
  const { correlation } = workflowConfig({ kind: 'create-commission', body });
  logger.error('workflow.failed', { correlation });
  logger.error('workflow.failed', workflowConfig({ kind: 'other', body }));
}`,
    `// an enum member named after e-mails, returned by a helper and logged
enum DraftReplyConfidence { ALL_EMAILS = 'ALL_EMAILS', STANDARD = 'STANDARD' }
declare const log: { info(message: string, data: unknown): void };
function draftResult(strict: boolean) { return { confidence: strict ? DraftReplyConfidence.STANDARD : DraftReplyConfidence.ALL_EMAILS }; }
export function draft(strict: boolean) {
  const result = draftResult(strict);
  log.info('draft generated', { confidence: result.confidence });
}`,
    `// counts a helper reduces what a customer sent to
declare const logger: { warn(message: string, data: unknown): void };
function summary(value: unknown) {
  const parts = (value as { message: { parts: unknown[] } }).message.parts;
  return parts.reduce((meta: { textLength: number }, part) => {
    const candidate = part as Record<string, unknown>;
    if (typeof candidate.text === 'string') meta.textLength += candidate.text.length;
    return meta;
  }, { textLength: 0 });
}
export async function POST(request: Request) {
  logger.warn('chat request rejected', { ...summary(await request.json()) });
}`,
    `// the key of a map entry, when the map holds customers' invoices
declare const invoices: { teamId: string; customerName: string }[];
declare const logger: { info(message: string, data: unknown): void };
const byTeam = new Map<string, typeof invoices>();
for (const invoice of invoices) byTeam.set(invoice.teamId, [...(byTeam.get(invoice.teamId) ?? []), invoice]);
for (const [teamId, teamInvoices] of byTeam.entries()) logger.info('notified', { teamId, count: teamInvoices.length });`,
    `// the sender address the app is configured with
declare const configManager: { getConfig(key: string): string | undefined };
declare const logger: { debug(message: string, data: unknown): void };
const fromAddress = configManager.getConfig('mail:from');
logger.debug('test mail', { from: fromAddress });`,
    {
      code: `// addresses hashed by the project's own overloaded hash before they are logged
import { hash } from './hash';
declare const logger: { info(message: string, data: unknown): void };
export function aliased(oldEmail: string, newEmail: string) {
  logger.info('user aliased', { oldEmail: hash(oldEmail), newEmail: hash(newEmail) });
}`,
      files: {
        'src/hash.ts': `import { createHmac } from 'node:crypto';
export function hash(value: string): string;
export function hash(value: null): null;
export function hash(value: string | null): string | null {
  if (value === null) return value;
  return createHmac('sha256', 'salt').update(value.trim().toLowerCase()).digest('hex');
}
`,
      },
    },
    `// a copy of a team's record: its name is not a person's
declare const team: { id: string; name: string };
const updated = { ...team, plan: 'pro' };
console.log(updated.name);`,
    `// the answer of the code's own request, held in a variable named like a request
export async function addField(url: string) {
  const req = await fetch(url, { method: 'POST' });
  const created = await req.json();
  console.log(created);
}`,
  ],
  invalid: [
    {
      // Another name for the project's logger factory (dittofeed's dashboard: \`const logger = backendLogger\`).
      code: `import backendLogger from './logger';
const logger = backendLogger;
declare const error: { email: string; type: string };
logger().info({ email: error.email }, 'email not verified');`,
      files: { 'src/logger.ts': "import pino from 'pino';\nlet LOGGER: ReturnType<typeof pino> | null = null;\nexport default function logger() {\n  if (!LOGGER) LOGGER = pino();\n  return LOGGER;\n}\n" },
      errors: [{ messageId: 'personalDataInLog', line: 4, column: 24 }],
    },
    {
      code: `// a field of what a helper returns, read at once and through a variable
declare const user: { email: string; plan: string };
function build(u: { email: string; plan: string }) { return { mail: u.email, plan: u.plan }; }
console.log(build(user).mail);
const o = build(user);
console.log(o.mail);`,
      errors: [
        { messageId: 'personalDataInLog', line: 4, column: 13 },
        { messageId: 'personalDataInLog', line: 6, column: 13 },
      ],
    },
    {
      code: `// a list destructured from a helper's result, filled afterwards
declare const user: { email: string };
async function collect(): Promise<{ lines: string[] }> { return { lines: [] }; }
export async function report() {
  const { lines } = await collect();
  lines.push(\`owner \${user.email}\`);
  console.log(lines);
}`,
      errors: [{ messageId: 'personalDataInLog', line: 7, column: 15 }],
    },
    {
      code: `// an audit trail entry with the actor's address, at the logger's custom audit level
import { logger } from './logger';
declare const user: { id: string; email: string };
logger.audit({ action: 'login', actor: user.email });`,
      files: { 'src/logger.ts': "import pino from 'pino';\nconst p = pino({ customLevels: { audit: 90 } });\nexport const logger = { info: p.info.bind(p), audit: (p as any).audit.bind(p) };\n" },
      errors: [{ messageId: 'personalDataInLog', line: 4, column: 40 }],
    },
    {
      code: `// the same helper, called for the kind whose result carries an address
${WORKFLOW_CONFIG}export function failed() {
  const { correlation } = workflowConfig({ kind: 'merge-accounts', body });
  logger.error('workflow.failed', { correlation });
}`,
      errors: [{ messageId: 'personalDataInLog', line: 16, column: 37 }],
    },
    {
      code: `// what a reduction of people's records builds: their addresses, their records by id
declare const logger: { warn(message: string, data: unknown): void };
declare const users: { id: string; email: string }[];
logger.warn('emails', users.reduce((acc: string[], u) => { acc.push(u.email); return acc; }, []));
logger.warn('by id', users.reduce((acc, u) => ({ ...acc, [u.id]: u }), {}));`,
      errors: [
        { messageId: 'personalDataInLog', line: 4, column: 86 },
        { messageId: 'personalDataInLog', line: 5, column: 66 },
      ],
    },
    {
      code: `// a const literal whose e-mail field holds what an identity provider answered: its type names the address
declare const logger: { debug(...args: unknown[]): void };
declare function authenticate(): Promise<Record<string, string>>;
export async function callback(attrMapMail: string) {
  const response = await authenticate();
  const userInfo = { id: response.sub, email: response[attrMapMail] };
  logger.debug('mapping response to userInfo', userInfo);
}`,
      typeInfo: true,
      errors: [{ messageId: 'personalDataInLog', line: 7, column: 48 }],
    },
    {
      code: `// whom an e-mail of a batch goes to, in the error log of its failure
type EmailItem = { templateName: string; to: string; subject: string };
export function report(payload: EmailItem[], i: number) {
  const emailItem = payload[i];
  console.error(\`Failed to render \${emailItem.templateName} for \${emailItem.to}\`);
}`,
      errors: [{ messageId: 'personalDataInLog', line: 5, column: 67 }],
    },
    {
      code: `// the account a passport strategy signed in, and the user passport.authenticate hands its callback
import passport from 'passport';
import LdapStrategy from 'passport-ldapauth';
declare const logger: { debug(...args: unknown[]): void };
passport.use(new LdapStrategy({ server: {} } as never, (req: unknown, ldapAccountInfo: unknown, done: (e: unknown, u?: unknown) => void) => {
  logger.debug('LDAP authentication has succeeded', ldapAccountInfo);
  done(null, ldapAccountInfo);
}));
export function login(strategy: string) {
  passport.authenticate(strategy, (err: unknown, response: unknown, info: unknown) => {
    logger.debug('response', response);
  });
}`,
      errors: [
        { messageId: 'personalDataInLog', line: 6, column: 53 },
        { messageId: 'personalDataInLog', line: 11, column: 30 },
      ],
    },
    {
      code: `// a record cast to a person's type, and a copy of it with changes: their handles are a person's
import type { RemoteUser } from './models';
declare function fetchPerson(uri: string): Promise<unknown>;
export async function move(uri: string, changes: { movedAt: Date }) {
  const exist = await fetchPerson(uri) as RemoteUser | null;
  if (exist === null) return;
  const updated = { ...exist, ...changes };
  console.info(\`start move of @\${updated.username}@\${updated.host}\`);
}`,
      files: { 'src/models.ts': 'export interface RemoteUser { id: string; username: string; host: string }\n' },
      errors: [{ messageId: 'personalDataInLog', line: 8, column: 34 }],
    },
  ],
});

const EMAIL_SERVICE = {
  'src/email.ts': `import * as nodemailer from 'nodemailer';
export class EmailService {
  async sendEmail(to: string, subject: string, text: string) {
    const transporter = nodemailer.createTransport({ host: 'smtp.example.com' });
    await transporter.sendMail({ from: 'noreply@example.com', to, subject, text });
  }
}
`,
  'src/follow-up.ts': `import * as nodemailer from 'nodemailer';
export async function sendFollowUp({ to, subject }: { to: string; subject: string }) {
  const transporter = nodemailer.createTransport({ host: 'smtp.example.com' });
  await transporter.sendMail({ from: 'noreply@example.com', to, subject });
}
`,
};

/** A react-email template and the project's render wrapper. */
const REVIEW_EMAIL = {
  'src/render.ts': `import { render as renderEmail } from '@react-email/render';
export const render = async (component: unknown): Promise<string> => renderEmail(component as never);
`,
  'src/emails/review.tsx': `import { Body, Text } from '@react-email/components';
interface Props { appName: string; requester: string }
export const ReviewEmail = ({ appName = 'Sample App', requester = 'someone' }: Props) => (
  <Body>
    <Text>Review request for {appName}</Text>
    <Text>Requested by {requester}</Text>
  </Body>
);
`,
};

ruleTester('no-unguarded-external-transfer', {
  valid: [
    {
      code: `// an e-mail rendered from a template given only the application's name
import { Resend } from 'resend';
import { render } from './render';
import { ReviewEmail } from './emails/review';
const resend = new Resend('key');
export async function notify(appName: string) {
  const html = await render(ReviewEmail({ appName, requester: 'the team' }));
  await resend.emails.send({ from: 'bot@example.com', to: 'review@example.com', subject: 'Review', html });
}`,
      files: REVIEW_EMAIL,
    },
    `// what a helper returns that the code sends is only the non-personal field
declare const meta: { ipAddress: string; source: string };
async function collect(m: { ipAddress: string; source: string }) { const lines: string[] = []; lines.push(m.source); return { lines, ip: m.ipAddress }; }
export async function post() {
  const values = await collect(meta);
  await fetch('https://hooks.slack.com/services/x', { method: 'POST', body: JSON.stringify({ text: values.lines }) });
}`,
    {
      code: `// a mail helper given the company's own address, or a parameter its own callers fill
import { EmailService } from './email';
import { sendFollowUp } from './follow-up';
const OPS_TO = 'ops@example.com';
export class Notify {
  constructor(private emailService: EmailService) {}
  async run(subject: string, text: string) {
    await this.emailService.sendEmail(OPS_TO, subject, text);
    await this.emailService.sendEmail('billing@example.com', subject, text);
  }
}
export async function forward(target: string) {
  await sendFollowUp({ to: target, subject: 'Thanks' });
}
export async function sendOne(opts: { to: string; subject: string }) {
  const { to, subject } = opts;
  return sendFollowUp({ to, subject });
}
export async function sendBatch(emails: { to: string; subject: string }[]) {
  await Promise.all(emails.map((p) => sendFollowUp({ to: p.to, subject: p.subject })));
}`,
      files: EMAIL_SERVICE,
    },
    `// a handle the callers give, posted to Slack: each caller is judged by what it passes
import { IncomingWebhook } from '@slack/webhook';
export async function notify(username: string) {
  await new IncomingWebhook('https://hooks.slack.com/services/x').send({ text: \`\${username} created a page\` });
}`,
    {
      code: `// the company's imprint address, a constant, in an e-mail's legal footer
import { Resend } from 'resend';
import { IMPRINT_ADDRESS, SUPPORT_EMAIL } from './constants';
interface LegalProps { imprintUrl?: string; imprintAddress?: string; supportEmail?: string }
const legalProps: LegalProps = { imprintUrl: 'https://example.com/imprint', imprintAddress: IMPRINT_ADDRESS || undefined, supportEmail: SUPPORT_EMAIL };
const resend = new Resend('key');
export async function preview(html: string) {
  await resend.emails.send({ from: 'bot@example.com', to: 'preview@example.com', subject: 'Preview', html: html + JSON.stringify(legalProps) });
}`,
      files: { 'src/constants.ts': "export const IMPRINT_ADDRESS = process.env.IMPRINT_ADDRESS;\nexport const SUPPORT_EMAIL = 'help@example.com';\n" },
    },
    `// a tRPC error handler that sends only the path
import * as Sentry from '@sentry/node';
import { trpcServer } from '@hono/trpc-server';
declare const appRouter: unknown;
export const handler = trpcServer({
  router: appRouter,
  onError: ({ error, path }) => { Sentry.captureException(error, { tags: { path: path ?? 'unknown' } }); },
});`,
    `// an agent whose instructions name only the user's id
import { openai } from '@ai-sdk/openai';
import { ToolLoopAgent } from 'ai';
declare const user: { id: string; fullName: string };
export async function chat() {
  const agent = new ToolLoopAgent({ model: openai('gpt-4.1-mini'), instructions: \`You help user \${user.id}.\` });
  return agent.generate({ prompt: 'Summarise the week' });
}`,
  ],
  invalid: [
    {
      code: `// lines a helper fills and returns in an object, sent by another helper
import { writeToSlack } from './slack';
type Meta = { ipAddress?: string; source?: string };
const describe = (m: Meta): string => {
  const out: string[] = [];
  if (m.ipAddress) out.push(\`IP Address: \${m.ipAddress}\`);
  return out.join('\\n');
};
const collect = async (m: Meta) => {
  const lines: string[] = [];
  lines.push(describe(m));
  return { lines, count: lines.length };
};
export const handle = async (meta: Meta, token: string) => {
  const values = await collect(meta);
  await writeToSlack(token, values.lines);
};`,
      files: {
        'src/slack.ts': `export const writeToSlack = async (token: string, lines: string[]) => {
  await fetch('https://slack.com/api/chat.postMessage', {
    method: 'POST',
    headers: { Authorization: \`Bearer \${token}\` },
    body: JSON.stringify({ blocks: lines.map((text) => ({ type: 'section', text })) }),
  });
};
`,
      },
      errors: [{ messageId: 'externalTransfer', line: 16, column: 29 }],
    },
    {
      code: `// a helper that sends inside a callback it hands to a retry wrapper
import { google } from 'googleapis';
const run = (invoke: (done: (err: Error | null) => void) => void): Promise<void> =>
  new Promise((resolve, reject) => { invoke((err) => (err ? reject(err) : resolve())); });
export const writeRows = async (auth: unknown, spreadsheetId: string, rows: string[]) => {
  const sheets = google.sheets({ version: 'v4', auth });
  await run((done) => sheets.spreadsheets.values.append({ spreadsheetId, range: 'A2', requestBody: { values: [rows] } }, done));
};
export const sync = async (meta: { ipAddress: string }) => {
  await writeRows({}, 'sheet', [meta.ipAddress]);
};`,
      errors: [{ messageId: 'externalTransfer', line: 10, column: 33 }],
    },
    {
      code: `// the input of a failed tRPC procedure, which the adapter hands its error handler
import * as Sentry from '@sentry/node';
import { trpcServer } from '@hono/trpc-server';
declare const appRouter: unknown;
export const handler = trpcServer({
  router: appRouter,
  onError: ({ error, input }) => {
    Sentry.captureException(error, { extra: { input: JSON.stringify(input) } });
  },
});`,
      errors: [{ messageId: 'externalTransfer', line: 8, column: 69 }],
    },
    {
      code: `// the parts of the last chat message a customer sent, to Gemini
import { GoogleGenerativeAI } from '@google/generative-ai';
export async function POST(request: Request) {
  const { messages } = (await request.json()) as { messages: { parts: unknown[] }[] };
  const model = new GoogleGenerativeAI('key').getGenerativeModel({ model: 'gemini-pro' });
  const last = messages.pop()!;
  return model.startChat({ history: [] }).sendMessageStream(last.parts as string[]);
}`,
      errors: [{ messageId: 'externalTransfer', line: 7, column: 61 }],
    },
    {
      code: `// whom a mail helper sends to, as the caller gives it (an address typed into an admin form, a survey answer)
import { EmailService } from './email';
import { sendFollowUp } from './follow-up';
declare function endpoint(kind: string, handler: (ps: { to: string; subject: string; text: string }) => Promise<void>): void;
export class SendEmail {
  constructor(private emailService: EmailService) {
    endpoint('write:admin:send-email', async (ps) => {
      await this.emailService.sendEmail(ps.to, ps.subject, ps.text);
    });
  }
}
declare function loadAnswer(questionId: string): Promise<{ value: string }>;
export async function follow() {
  const answer = await loadAnswer('contact-question');
  await sendFollowUp({ to: answer.value, subject: 'Thanks' });
}`,
      files: EMAIL_SERVICE,
      errors: [
        { messageId: 'externalTransfer', line: 8, column: 41, messageIncludes: 'the recipient (`to`)' },
        { messageId: 'externalTransfer', line: 15, column: 28, messageIncludes: 'the recipient (`to`)' },
      ],
    },
    {
      code: `// a handle built from a person's record, held in a variable named \`username\`, posted to Slack
import { IncomingWebhook } from '@slack/webhook';
interface User { id: string; username: string }
export async function notify(triggeredBy: User, siteUrl: string) {
  const username = \`<\${siteUrl}/user/\${triggeredBy.username}|\${triggeredBy.username}>\`;
  await new IncomingWebhook('https://hooks.slack.com/services/x').send({ text: \`\${username} created a page\` });
}`,
      errors: [{ messageId: 'externalTransfer', line: 6, column: 83 }],
    },
    {
      code: `// a client made by an overloaded factory of the project
import { makeClient } from './slack';
declare const user: { id: string; email: string };
export async function announce() {
  const client = makeClient('token');
  await client.chat.postMessage({ channel: 'general', text: \`welcome \${user.email}\` });
}`,
      files: {
        'src/slack.ts': `import { WebClient } from '@slack/web-api';
export function makeClient(token?: string, serverUri?: string): WebClient;
export function makeClient(token?: string, options?: object): WebClient;
export function makeClient(token?: string, ...args: unknown[]): WebClient {
  return new WebClient(token, typeof args[0] === 'string' ? { slackApiUrl: args[0] } : {});
}
`,
      },
      errors: [{ messageId: 'externalTransfer', line: 6, column: 72 }],
    },
    {
      code: `// a service a JavaScript service locator holds, typed by what its method assigns (with the checker)
import type App from './locator';
declare const user: { id: string; email: string };
export class SignupJob {
  app!: App;
  run() {
    const { notifier } = this.app;
    return notifier.post(\`new user \${user.email}\`);
  }
}`,
      typeInfo: true,
      files: {
        'tsconfig.json': JSON.stringify({ compilerOptions: { allowJs: true, strict: true, target: 'ES2022', module: 'commonjs', types: [], noEmit: true }, include: ['src/**/*'] }),
        'src/locator.js': `import { Notifier } from './notifier';
class App {
  constructor() { this.notifier = null; }
}
App.prototype.setup = function () { this.notifier = new Notifier(); };
export default App;
`,
        'src/notifier.ts': `export class Notifier {
  post(text: string) {
    return fetch('https://hooks.slack.com/services/x', { method: 'POST', body: JSON.stringify({ text }) });
  }
}
`,
      },
      errors: [{ messageId: 'externalTransfer', line: 8, column: 38 }],
    },
    {
      code: `// a requester's e-mail address rendered into a react-email template, sent to the company's own inbox
import { Resend } from 'resend';
import { render } from './render';
import { ReviewEmail } from './emails/review';
declare const session: { user: { id: string; email: string } };
const resend = new Resend('key');
export async function notify(appName: string) {
  const html = await render(ReviewEmail({ appName, requester: session.user.email }));
  await resend.emails.send({ from: 'bot@example.com', to: 'review@example.com', subject: 'Review', html });
}`,
      files: REVIEW_EMAIL,
      errors: [{ messageId: 'externalTransfer', line: 9, column: 100 }],
    },
    {
      code: `// a member of a helper's parameter whose other member is a person's record: it depends on the callers
import { ask } from './assistant';
declare const me: { id: string; fullName: string };
export async function chat(account: { id: string; email: string }) {
  return ask({ account, prompt: \`Answer for \${me.fullName}\` });
}`,
      files: {
        'src/assistant.ts': `import OpenAI from 'openai';
const client = new OpenAI();
export async function ask(params: { account: { id: string; email: string }; prompt: string }) {
  const { prompt } = params;
  return client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'system', content: prompt }] });
}
`,
      },
      errors: [{ messageId: 'externalTransfer', line: 5, column: 47 }],
    },
    {
      code: `// a system prompt with the user's name, given to an AI SDK agent a helper makes
import { streamAssistant } from './runtime';
declare const user: { id: string; fullName: string };
export async function chat() {
  return streamAssistant(\`You help \${user.fullName}.\`, []);
}`,
      files: {
        'src/runtime.ts': `import { openai } from '@ai-sdk/openai';
import { ToolLoopAgent } from 'ai';

export async function streamAssistant(systemPrompt: string, messages: unknown[]) {
  const agent = new ToolLoopAgent({ model: openai('gpt-4.1-mini'), instructions: systemPrompt, tools: {} });
  return agent.stream({ messages });
}
`,
      },
      errors: [{ messageId: 'externalTransfer', line: 5, column: 38, messageIncludes: 'OpenAI' }],
    },
  ],
});
