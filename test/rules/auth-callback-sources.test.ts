/**
 * What an SDK hands the application's callbacks: Auth.js (NextAuth) e-mail providers call `sendVerificationRequest`
 * with the `identifier` the person signs in with, their e-mail address, to send the magic link to.
 */
import { ruleTester } from '../helpers/rule-tester';

const MAIL_HELPER = {
  'src/mail.ts': `import nodemailer from 'nodemailer';
const transporter = nodemailer.createTransport({ host: 'smtp.mail.example.com' });
export const sendMagicLink = async (email: string, url: string) => {
  await transporter.sendMail({ to: email, subject: 'Sign in', html: url });
};
`,
};

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// the provider's own settings and the link's length
import EmailProvider from 'next-auth/providers/email';
export const provider = EmailProvider({
  from: 'noreply@example.com',
  sendVerificationRequest: async ({ url, provider }) => {
    console.log('magic link', url.length, provider.from);
  },
});`,
    `// a function of the project that is not Auth.js's provider
import EmailProvider from './email-provider';
export const provider = EmailProvider({
  sendVerificationRequest: async ({ identifier }) => {
    console.log('sign-in for', identifier);
  },
});`,
  ],
  invalid: [
    {
      code: `// the sign-in address destructured from the verification request
import EmailProvider from 'next-auth/providers/email';
export const provider = EmailProvider({
  sendVerificationRequest: async ({ identifier, url }) => {
    console.log('magic link sent to', identifier);
  },
});`,
      errors: [{ messageId: 'personalDataInLog', line: 5, column: 39 }],
    },
    {
      code: `// a method of the options, reading the request's identifier
import Nodemailer from 'next-auth/providers/nodemailer';
export const provider = Nodemailer({
  server: 'smtp://localhost',
  async sendVerificationRequest(params) {
    console.info('verification', params.identifier);
  },
});`,
      errors: [{ messageId: 'personalDataInLog', line: 6, column: 34 }],
    },
  ],
});

ruleTester('no-unguarded-external-transfer', {
  valid: [
    {
      code: `// the company's own address handed to the mail helper
import EmailProvider from 'next-auth/providers/email';
import { sendMagicLink } from './mail';
export const provider = EmailProvider({
  sendVerificationRequest: async ({ url }) => {
    await sendMagicLink('ops@example.com', url);
  },
});`,
      files: MAIL_HELPER,
    },
  ],
  invalid: [
    {
      code: `// the sign-in address handed to the project's mail helper: reported where it enters the chain
import EmailProvider from 'next-auth/providers/email';
import { sendMagicLink } from './mail';
export const provider = EmailProvider({
  sendVerificationRequest: async ({ identifier, url }) => {
    await sendMagicLink(identifier, url);
  },
});`,
      files: MAIL_HELPER,
      errors: [{ messageId: 'externalTransfer', line: 6, column: 25 }],
    },
  ],
});
