/**
 * The recipient of a send is contact data in a log too (issue 8, the real-world set's dev part): a function that
 * sends a message to `data.to` and logs `data.to` (or the object holding it, `this.props`) writes the recipient's
 * address to the log. The company's own recipient, the subject, and a `to` of something that is not sent stay quiet.
 */
import { ruleTester } from '../helpers/rule-tester';

const HEAD = `import nodemailer from 'nodemailer';
declare const logger: { info(message: string, ...data: unknown[]): void; error(message: string, ...data: unknown[]): void };
const transporter = nodemailer.createTransport({ host: 'smtp.shop.example.jp' });`;

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// the subject of the mail, not whom it goes to
${HEAD}
export async function sendMail(data: { to: string; subject: string; html: string }) {
  logger.info(\`Sending email "\${data.subject}"\`);
  await transporter.sendMail({ from: 'noreply@shop.example', to: data.to, subject: data.subject, html: data.html });
}`,
    `// the company's own address, from the environment
${HEAD}
export async function alertOps(subject: string) {
  const to = process.env.OPS_ADDRESS;
  logger.info(\`Alerting \${to}\`);
  await transporter.sendMail({ from: 'noreply@shop.example', to, subject, html: '' });
}`,
    `// a route's \`to\` in a function that sends nothing
${HEAD}
export function navigate(route: { to: string }) {
  logger.info(\`Navigating to \${route.to}\`);
}`,
  ],
  invalid: [
    {
      code: `// the recipient of the mail this function sends, logged before the send and on failure
${HEAD}
export async function sendMail(data: { to: string; subject: string; html: string }) {
  try {
    logger.info(\`Sending email "\${data.subject}" to \${data.to}\`);
    await transporter.sendMail({ from: 'noreply@shop.example', to: data.to, subject: data.subject, html: data.html });
  } catch (err) {
    logger.error(\`Error sending email to \${data.to}\`, err);
  }
}`,
      errors: [
        { messageId: 'personalDataInLog', line: 7, column: 55, endLine: 7, endColumn: 62 },
        { messageId: 'personalDataInLog', line: 10, column: 44, endLine: 10, endColumn: 51 },
      ],
    },
    {
      code: `// the whole props of a mail, whose \`to\` the same method sends to
declare const logger: { info(message: string, ...data: unknown[]): void };
declare const mailer: { sendMail(message: { to: string; subject: string }): Promise<void> };
export class WelcomeEmail {
  constructor(private readonly props: { to: string | null; language?: string }) {}
  async send(skip: boolean) {
    if (skip || !this.props.to) {
      logger.info('Email not sent', this.props);
      return;
    }
    await mailer.sendMail({ to: this.props.to, subject: 'Welcome' });
  }
}`,
      errors: [{ messageId: 'personalDataInLog', line: 8, column: 37, endLine: 8, endColumn: 47 }],
    },
  ],
});
