/**
 * Where the data enters a helper chain (issue 7, the real-world set's dev part): a helper whose parameter is personal
 * by its name (`sendOtpEmail(email: string)` → the mail SDK) is reported inside, where it sends, and also at each
 * caller that hands it a person's value (`sendOtpEmail(body.email)`): that call is where the visitor's address
 * enters the chain. A caller that passes the company's own address, or a helper that only passes its own parameter
 * on (a link of the chain, reported at its callers), is not reported. A field a helper reads by name off an object
 * it is given (`data.viewerEmail`) stays reported inside it, once (see one-finding-per-flow).
 */
import { ruleTester } from '../helpers/rule-tester';

/** `sendOtpEmail(email, code)` → `sendEmail({ to })` → Resend. */
const MAIL = {
  'src/resend.ts': `import { Resend } from 'resend';
const resend = new Resend('re_key');
export async function sendEmail({ to, subject }: { to: string; subject: string }) {
  await resend.emails.send({ from: 'noreply@shop.example', to, subject, html: '<p/>' });
}
`,
  'src/otp.ts': `import { sendEmail } from './resend';
export async function sendOtpEmail(email: string, code: string) {
  await sendEmail({ to: email, subject: 'Your code ' + code });
}
`,
};

/** `notifyView({ viewerEmail })` → a Slack post of the viewer's address. */
const SLACK = {
  'src/slack.ts': `import { WebClient } from '@slack/web-api';
const slack = new WebClient('xoxb');
export async function notifyView(data: { teamId: string; viewerEmail?: string }) {
  await slack.chat.postMessage({ channel: 'views', text: 'Viewed by ' + data.viewerEmail });
}
`,
};

/** Helpers that take their options as one object and destructure it, in the parameter list or in the body. */
const OPTIONS = {
  ...MAIL,
  'src/reminder.ts': `import { sendEmail } from './resend';
export async function sendReminder(params: { customerEmail: string; renewalDate: string }) {
  const { customerEmail, renewalDate } = params;
  await sendEmail({ to: customerEmail, subject: 'Renews on ' + renewalDate });
}
`,
  'src/blocked.ts': `import { sendEmail } from './resend';
export async function sendBlocked({ to, blockedEmail }: { to: string; blockedEmail: string }) {
  await sendEmail({ to, subject: 'Blocked: ' + blockedEmail });
}
`,
};

ruleTester('no-unguarded-external-transfer', {
  valid: [
    {
      code: `// options whose personal names the caller leaves out or fills with the company's values
import { sendReminder } from './reminder';
import { sendBlocked } from './blocked';
export async function remind(date: string) {
  await sendReminder({ customerEmail: process.env.BILLING_ADDRESS ?? '', renewalDate: date });
  await sendBlocked({ to: 'security@shop.example', blockedEmail: '' });
}`,
      files: OPTIONS,
    },
    {
      code: `// the company's own address handed to the mail helper: only the helper's own send is reported, in its file
import { sendOtpEmail } from './otp';
export async function ping() {
  await sendOtpEmail(process.env.SUPPORT_ADDRESS ?? '', '000000');
}`,
      files: MAIL,
    },
    {
      code: `// a helper that only passes its own parameter on is a link of the chain: its callers are where the data enters
import { sendOtpEmail } from './otp';
export async function resendCode(email: string, code: string) {
  await sendOtpEmail(email, code);
}`,
      files: MAIL,
    },
    {
      code: `// a team id handed to the Slack helper, not the viewer's address
import { notifyView } from './slack';
export async function viewed(teamId: string) {
  await notifyView({ teamId });
}`,
      files: SLACK,
    },
  ],
  invalid: [
    {
      code: `// the visitor's address from the request body handed to the mail helper (waitUntil around the call)
import { sendOtpEmail } from './otp';
declare function waitUntil(p: Promise<unknown>): void;
export async function POST(request: Request) {
  const { email, linkId } = await request.json();
  waitUntil(
    sendOtpEmail(email, linkId),
  );
}`,
      files: MAIL,
      errors: [{ messageId: 'externalTransfer', line: 7, column: 18, endLine: 7, endColumn: 23, messageIncludes: 'Resend' }],
    },
    {
      code: `// a customer's address read off a Stripe invoice, handed to the reminder helper
import { sendOtpEmail } from './otp';
export async function upcoming(invoice: { customer_email: string | null; period_end: number }) {
  const customerEmail = invoice.customer_email;
  if (!customerEmail) return;
  await sendOtpEmail(customerEmail, String(invoice.period_end));
}`,
      files: MAIL,
      errors: [{ messageId: 'externalTransfer', line: 6, column: 22, endLine: 6, endColumn: 35 }],
    },
    {
      code: `// addresses of a list handed to the mail helper in a callback: the callback's parameter is not a link of a chain
import { sendOtpEmail } from './otp';
export async function notifyOwners(owners: { email: string }[]) {
  await Promise.all(owners.map(({ email }) => sendOtpEmail(email, '1')));
}`,
      files: MAIL,
      errors: [{ messageId: 'externalTransfer', line: 4, column: 60, endLine: 4, endColumn: 65 }],
    },
    {
      code: `// a list's addresses put in the batch a queueing helper publishes, by a callback written among its arguments
import { Client } from '@upstash/qstash';
const qstash = new Client({ token: 'token' });
async function queueBatchEmail(emails: { to: string; templateProps: Record<string, unknown> }[]) {
  await qstash.publishJSON({ url: 'https://shop.example.jp/api/email', body: emails });
}
export async function disabled(owners: string[]) {
  await queueBatchEmail(owners.map((email) => ({ to: email, templateProps: { email } })));
}`,
      errors: [{ messageId: 'externalTransfer', line: 5, column: 78, endLine: 5, endColumn: 84 }, { messageId: 'externalTransfer', line: 8, column: 54, endLine: 8, endColumn: 59 }],
    },
    {
      code: `// a template a helper renders with a name personal by itself, given a parameter a library's callback receives
import { sendEmail } from './resend';
declare function EmailProvider(o: { sendVerificationRequest(p: { identifier: string; url: string }): Promise<void> }): unknown;
function LoginLink({ url, email }: { url: string; email: string }) { return 'Sign in as ' + email + ' at ' + url; }
export const provider = EmailProvider({
  async sendVerificationRequest({ identifier, url }) {
    await sendEmail({ to: identifier, subject: LoginLink({ url, email: identifier }) });
  },
});`,
      files: MAIL,
      errors: [{ messageId: 'externalTransfer', line: 7, column: 48, endLine: 7, endColumn: 85 }],
    },
    {
      code: `// a customer's address put in the options a helper destructures in its body
import { sendReminder } from './reminder';
export async function upcoming(invoice: { customer_email: string; period_end: number }) {
  await sendReminder({ customerEmail: invoice.customer_email, renewalDate: String(invoice.period_end) });
}`,
      files: OPTIONS,
      errors: [{ messageId: 'externalTransfer', line: 4, column: 39, endLine: 4, endColumn: 61 }],
    },
    {
      code: `// a visitor's address put in the options a helper destructures in its parameter list
import { sendBlocked } from './blocked';
export async function denied(visitor: { email: string }) {
  await sendBlocked({ to: 'security@shop.example', blockedEmail: visitor.email });
}`,
      files: OPTIONS,
      errors: [{ messageId: 'externalTransfer', line: 4, column: 66, endLine: 4, endColumn: 79 }],
    },
    {
      code: `import { sendEmail } from './resend';
export async function sendOtpEmail(email: string, code: string) {
  await sendEmail({ to: email, subject: 'Your code ' + code });
}
`,
      filename: 'src/otp.ts',
      files: { 'src/resend.ts': MAIL['src/resend.ts'], 'src/app.ts': "import { sendOtpEmail } from './otp';\ndeclare const body: { email: string };\nvoid sendOtpEmail(body.email, '1');\n" },
      errors: [{ messageId: 'externalTransfer', line: 3, column: 25, endLine: 3, endColumn: 30 }],
    },
  ],
});
