/**
 * What a mail send gives back: nodemailer's `sendMail` (and the NestJS mailer's) answers with the envelope — whom the
 * message went to (`envelope.to`, `accepted`, `rejected`) — so logging the whole answer logs the recipients (atproto's
 * PDS mailer, postiz). Its message id, and the answer of a message sent to the company's own address, hold no
 * customer's data; the rest of the message (its text) is not in the answer.
 */
import { ruleTester } from '../helpers/rule-tester';

const TRANSPORT = `import nodemailer from 'nodemailer';
const transporter = nodemailer.createTransport({ host: 'smtp.internal.example' });`;

ruleTester('no-personal-data-in-logs', {
  valid: [
    {
      code: `${TRANSPORT}
// only the message id of the answer
export async function notify(user: { email: string }) {
  const info = await transporter.sendMail({ to: user.email, subject: 'Welcome', text: 'Hello' });
  console.log('sent', info.messageId);
}`,
    },
    {
      code: `${TRANSPORT}
// a message to the company's own address about a customer: the answer names the company's address, not the text
export async function notifyAdmin(user: { name: string }) {
  const info = await transporter.sendMail({ to: process.env.ADMIN_EMAIL, subject: 'Sign-up', text: \`\${user.name} signed up\` });
  console.log(info);
}`,
    },
  ],
  invalid: [
    {
      code: `${TRANSPORT}
// the whole answer, serialised into a debug log
export async function notify(user: { email: string }) {
  const res = await transporter.sendMail({ from: 'noreply@acme.example', to: user.email, subject: 'Welcome', text: 'Hello' });
  console.debug(JSON.stringify(res));
}`,
      errors: [{ messageId: 'personalDataInLog', line: 6, column: 32 }],
    },
    {
      code: `// the NestJS mailer's answer, logged whole
import { MailerService } from '@nestjs-modules/mailer';
export class Mail {
  constructor(private readonly mailer: MailerService, private readonly logger: { log(...a: unknown[]): void }) {}
  async invite(invitee: { email: string }) {
    const sent = await this.mailer.sendMail({ to: [invitee.email], subject: 'Invitation', template: 'invite' });
    this.logger.log('invitation sent', sent);
  }
}`,
      errors: [{ messageId: 'personalDataInLog', line: 7, column: 40 }],
    },
  ],
});

ruleTester('no-personal-data-in-logs', {
  valid: [],
  invalid: [
    {
      code: `// atproto's mailer: the transport is handed in, declared by nodemailer's type; the message spreads the caller's options
import type { Transporter, SendMailOptions } from 'nodemailer';
export class Mailer {
  constructor(private readonly transporter: Transporter, private readonly logger: { debug(m: string): void }) {}
  private async sendTemplate(html: string, mailOpts: SendMailOptions) {
    const res = await this.transporter.sendMail({ ...mailOpts, from: 'noreply@acme.example', html });
    this.logger.debug('Intended to send email: ' + JSON.stringify(res, null, 2));
    return res;
  }
  async sendResetPassword(user: { email: string }) {
    return this.sendTemplate('<p>Reset</p>', { to: user.email, subject: 'Reset' });
  }
}`,
      errors: [{ messageId: 'personalDataInLog', line: 7, column: 67, messageIncludes: '`res` contains `mailOpts`' }],
    },
  ],
});
