/**
 * Two parts of the vocabulary that depend on where a value goes: the recipient of an e-mail or SMS send (`to`,
 * `cc`, SES `ToAddresses`, SNS `PhoneNumber`) is contact data whatever it is called; and the severity of a finding
 * may be set per personal-data category (`personalData.categories`), the log rule's "online identifiers are a
 * warning" being the default of that setting.
 */
import { ruleTester } from '../helpers/rule-tester';

ruleTester('no-unguarded-external-transfer', {
  valid: [
    // The company's own addresses: literals, settings, environment variables, UPPER_CASE constants.
    `import sgMail from '@sendgrid/mail';
const OPS = 'ops@shop.example.jp';
declare const settings: { alertTo: string };
export async function alertOps() {
  await sgMail.send({ to: OPS, from: OPS, subject: 'disk full', text: 'see dashboard' });
  await sgMail.send({ to: settings.alertTo, cc: process.env.ALERT_CC, from: OPS, subject: 'disk full', text: 'see dashboard' });
  await sgMail.send({ to: ['ops@shop.example.jp', OPS], from: OPS, subject: 'disk full', text: 'see dashboard' });
}`,
    // A parameter passed on as it is: its callers decide (here the company's address).
    `import { Resend } from 'resend';
const resend = new Resend('re_key');
async function mail(to: string, subject: string) { await resend.emails.send({ from: 'shop@shop.example.jp', to, subject, html: '<p>ok</p>' }); }
export async function report() { await mail('ops@shop.example.jp', 'nightly report'); }`,
    // A whole message passed on as a parameter: its callers decide (here the company's address).
    `import { ServerClient, type Message } from 'postmark';
async function sendMail({ apiKey, mailData }: { apiKey: string; mailData: Message }) {
  return new ServerClient(apiKey).sendEmail(mailData);
}
export async function report() {
  await sendMail({ apiKey: 'pm_key', mailData: { To: 'ops@shop.example.jp', From: 'shop@shop.example.jp', HtmlBody: 'nightly' } });
}`,
    // An id is not an address (a push or chat API addresses users by id).
    `import twilio from 'twilio';
const client = twilio('sid', 'token');
export async function ping(user: { id: string }) { await client.messages.create({ to: user.id, from: '+815000000000', body: 'hi' }); }`,
    // Not an e-mail or SMS send: a Slack channel is no person's contact data.
    `import { WebClient } from '@slack/web-api';
const slack = new WebClient('xoxb');
export async function post(to: string) { const channel = to; await slack.chat.postMessage({ channel, text: 'deploy done' }); }`,
    // Consent checked.
    { code: `import sgMail from '@sendgrid/mail';
declare function hasConsent(to: unknown): boolean;
declare function subscribers(): Promise<string[]>;
export async function news() {
  const recipients = await subscribers();
  if (hasConsent(recipients)) await sgMail.send({ to: recipients, from: 'news@shop.example.jp', subject: 'news', text: 'spring' });
}`, config: { transfers: { consentGuards: ['hasConsent'] } } },
  ],
  invalid: [
    {
      code: `import sgMail from '@sendgrid/mail';
declare function subscribers(): Promise<string[]>;
export async function news() {
  const recipients = await subscribers();
  await sgMail.send({ to: recipients, from: 'news@shop.example.jp', subject: 'news', text: 'spring' });
}`,
      errors: [{ messageId: 'externalTransfer', line: 5, column: 27, messageIncludes: '`recipients` is contact data: the recipient (`to`) of the message' }],
    },
    // AWS SDK v3 commands, nested destinations; an SMS's phone number; a field of a record that is not named as personal.
    {
      code: `import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';
import { SNSClient, PublishCommand } from '@aws-sdk/client-sns';
import twilio from 'twilio';
const ses = new SESClient({});
const sns = new SNSClient({});
const sms = twilio('sid', 'token');
export async function shipped(order: { id: string; shipTo: string; notifyNumber: string }) {
  await ses.send(new SendEmailCommand({ Source: 'shop@shop.example.jp', Destination: { ToAddresses: [order.shipTo] } }));
  await sns.send(new PublishCommand({ PhoneNumber: order.notifyNumber, Message: 'shipped' }));
  await sms.messages.create({ to: order.notifyNumber, from: '+815000000000', body: 'shipped' });
}`,
      errors: [
        { messageId: 'externalTransfer', line: 8, column: 102, messageIncludes: '(`ToAddresses`)' },
        { messageId: 'externalTransfer', line: 9, column: 52, messageIncludes: '(`PhoneNumber`)' },
        { messageId: 'externalTransfer', line: 10, column: 35, messageIncludes: 'Twilio' },
      ],
    },
    // Recipients as objects (`{ email, name }`).
    {
      code: `import { Resend } from 'resend';
const resend = new Resend('re_key');
declare function attendees(): Promise<Array<{ addr: string }>>;
export async function invite() {
  const [first] = await attendees();
  await resend.emails.send({ from: 'events@shop.example.jp', to: [{ email: first.addr }], subject: 'invitation', html: '<p>hi</p>' });
}`,
      errors: [{ messageId: 'externalTransfer', line: 6, column: 76, messageIncludes: 'the recipient (`to`)' }],
    },
    // A whole message handed to a wrapper that sends it as it is (dittofeed's destinations: the recipient is a
    // user property read under a generic key, so only the message's \`To\` says it is an address).
    {
      code: `import { ServerClient, type Message } from 'postmark';
async function sendMail({ apiKey, mailData }: { apiKey: string; mailData: Message }) {
  return new ServerClient(apiKey).sendEmail(mailData);
}
export async function deliver(params: { assignments: Record<string, unknown>; identifierKey: string }) {
  const identifier = params.assignments[params.identifierKey];
  if (typeof identifier !== 'string') return;
  const to = identifier;
  const mailData = { To: to, From: 'shop@shop.example.jp', HtmlBody: '<p>hi</p>' };
  await sendMail({ apiKey: 'pm_key', mailData });
}
// once, where the message is built: not again at the callers of deliver
export async function run(params: { assignments: Record<string, unknown>; identifierKey: string }) {
  await deliver(params);
}`,
      errors: [{ messageId: 'externalTransfer', line: 10, column: 18, messageIncludes: 'Postmark' }],
    },
    // A recipient the function works out from what it is given (a user property under a key it is told), handed to a
    // wrapper's \`to\`: reported where it is worked out, once, not left to callers that pass only the property map.
    {
      code: `import { createTransport } from 'nodemailer';
async function sendMail({ host, to, body }: { host: string; to: string; body: string }) {
  await createTransport({ host }).sendMail({ from: 'shop@shop.example.jp', to, html: body });
}
export async function deliver(params: { assignments: Record<string, unknown>; identifierKey: string }) {
  const identifier = params.assignments[params.identifierKey];
  if (typeof identifier !== 'string') return;
  await sendMail({ host: 'smtp.example.com', to: identifier, body: '<p>hi</p>' });
}
export async function run(params: { assignments: Record<string, unknown>; identifierKey: string }) {
  await deliver(params);
}`,
      errors: [{ messageId: 'unknownDestination', line: 8, column: 50, messageIncludes: 'the recipient (`to`)' }],
    },
    // Through a constant message object.
    {
      code: `import { Resend } from 'resend';
const resend = new Resend('re_key');
declare function attendees(): Promise<Array<{ addr: string }>>;
export async function invite() {
  const [first] = await attendees();
  const message = { from: 'events@shop.example.jp', to: first.addr, subject: 'invitation', html: '<p>see you</p>' };
  await resend.emails.send(message);
}`,
      errors: [{ messageId: 'externalTransfer', line: 6, column: 57, messageIncludes: 'the recipient (`to`)' }],
    },
  ],
});

ruleTester('no-personal-data-in-logs', {
  valid: [
    { code: `declare const req: { ip: string };
console.log(req.ip);`, config: { personalData: { categories: { onlineIdentifier: 'off' } } } },
    { code: `declare const c: { id: string; email: string };
console.log(c.email);`, config: { personalData: { categories: { contact: 'off' } } } },
  ],
  invalid: [
    // The default: online identifiers alone are a warning in a log; "error" makes them errors.
    {
      code: `declare const req: { ip: string };
console.log(req.ip);`,
      errors: [{ messageId: 'personalDataInLog', line: 2, column: 13, severity: 'warning' }],
    },
    {
      code: `declare const req: { ip: string };
console.log(req.ip);`,
      config: { personalData: { categories: { onlineIdentifier: 'error' } } },
      errors: [{ messageId: 'personalDataInLog', line: 2, column: 13, severity: 'error' }],
    },
    // "warn" for another category; the most serious category of a value decides (a record with an e-mail too).
    {
      code: `interface Visitor { id: string; ipAddress: string; email: string }
declare const c: { id: string; email: string };
declare const v: Visitor;
console.log(c.email);
console.log(v);`,
      config: { personalData: { categories: { contact: 'warn', onlineIdentifier: 'off' } } },
      errors: [
        { messageId: 'personalDataInLog', line: 4, column: 13, severity: 'warning' },
        { messageId: 'personalDataInLog', line: 5, column: 13, severity: 'warning' },
      ],
    },
    {
      code: `interface Visitor { id: string; ipAddress: string; passportNumber: string }
declare const v: Visitor;
console.log(v);`,
      config: { personalData: { categories: { onlineIdentifier: 'off' } } },
      errors: [{ messageId: 'personalDataInLog', line: 3, column: 13, severity: 'error' }],
    },
  ],
});

ruleTester('no-unguarded-external-transfer', {
  valid: [
    { code: `declare const req: { ip: string };
fetch('https://api.other.example.com/x', { method: 'POST', body: req.ip });`, config: { personalData: { categories: { onlineIdentifier: 'off' } } } },
  ],
  invalid: [
    // A transfer of an online identifier to a third party is an error by default (APPI art. 31) …
    {
      code: `declare const req: { ip: string };
fetch('https://api.other.example.com/x', { method: 'POST', body: req.ip });`,
      errors: [{ messageId: 'externalTransfer', line: 2, column: 66, severity: 'error' }],
    },
    // … and a warning when the category says so.
    {
      code: `declare const req: { ip: string };
fetch('https://api.other.example.com/x', { method: 'POST', body: req.ip });`,
      config: { personalData: { categories: { onlineIdentifier: 'warn' } } },
      errors: [{ messageId: 'externalTransfer', line: 2, column: 66, severity: 'warning' }],
    },
  ],
});

ruleTester('no-personal-data-in-cookies', {
  valid: [
    { code: `declare const res: { cookie(n: string, v: string): void }; declare const req: { ip: string };
res.cookie('last_ip', req.ip);`, config: { personalData: { categories: { onlineIdentifier: 'off' } } } },
  ],
  invalid: [
    {
      code: `declare const res: { cookie(n: string, v: string): void }; declare const req: { ip: string };
res.cookie('last_ip', req.ip);`,
      config: { personalData: { categories: { onlineIdentifier: 'warn' } } },
      errors: [{ messageId: 'personalDataInCookie', line: 2, column: 23, severity: 'warning' }],
    },
  ],
});

ruleTester('no-foreign-transfer-without-consent', {
  valid: [],
  invalid: [
    {
      code: `declare const c: { id: string; email: string };
fetch('https://api.crm.example.com/contacts', { method: 'POST', body: c.email });`,
      config: { personalData: { categories: { contact: 'warn' } } },
      errors: [{ messageId: 'foreignProcessor', line: 2, column: 71, severity: 'warning' }],
    },
  ],
});
