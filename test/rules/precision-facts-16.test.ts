/**
 * Audit 26's false positives, fixed by mechanism: an IP address a machine's record holds (a monitored server's
 * status report, a node's, a proxy target's) is the machine's, not a person's. A request's or a client's IP stays
 * reported, by name and by type.
 */
import { ruleTester } from '../helpers/rule-tester';

ruleTester('no-personal-data-in-logs', {
  valid: [
    {
      code: `// a monitored server's status report: its request context's IP is the reporting machine's
interface ServerStatusRequestContext { country?: string; ip?: string }
interface ServerStatusInfoPayload { uptime: number; load: number }
interface ServerStatusInfo { workspaceId: string; hostname: string; payload: ServerStatusInfoPayload & ServerStatusRequestContext }
export function recordServerStatus(info: ServerStatusInfo) {
  if (!info.workspaceId) console.warn('[ServerStatus] lost some necessary params', info);
}`,
      typeInfo: true,
    },
    `// a node's and a server's IP, by the owner's name
declare const logger: { info(message: string, meta?: object): void };
export function joined(node: { id: string; ip: string }, server: { ipAddress: string }) {
  logger.info('node joined', { ip: node.ip });
  logger.info('server', server.ipAddress);
}`,
  ],
  invalid: [
    {
      code: `// a request context's and a client's IP are the requester's
interface RequestContext { ip?: string; userAgent?: string }
interface ServerRequest { url: string; ip: string }
export function seen(ctx: RequestContext, req: ServerRequest) {
  console.warn('request', ctx);
  console.warn('request', req);
}`,
      typeInfo: true,
      errors: [
        { messageId: 'personalDataInLog', line: 5, column: 27 },
        { messageId: 'personalDataInLog', line: 6, column: 27 },
      ],
    },
    {
      code: `// a client's IP by the owner's name; a server's session's user
declare const logger: { info(message: string, meta?: object): void };
export function seen(client: { ip: string }, serverSession: { ip: string }) {
  logger.info('client', { ip: client.ip });
  logger.info('session', { ip: serverSession.ip });
}`,
      errors: [
        { messageId: 'personalDataInLog', line: 4, column: 31 },
        { messageId: 'personalDataInLog', line: 5, column: 32 },
      ],
    },
  ],
});

const moderationMailer = `import type { SendMailOptions, Transporter } from 'nodemailer';
export class ModerationMailer {
  constructor(private transporter: Transporter, private config: { moderationEmail?: { fromAddress: string } }) {}
  async send({ content }: { content: string }, mailOpts: SendMailOptions) {
    const mail = { ...mailOpts, html: content, from: this.config.moderationEmail?.fromAddress };
    return this.transporter.sendMail(mail);
  }
}
`;

ruleTester('no-unguarded-external-transfer', {
  valid: [
    {
      code: `// the sender address a mailer is configured with, read off its settings: the company's, not a customer's address
${moderationMailer}`,
    },
  ],
  invalid: [
    {
      code: `// the account's address handed to that mailer as the recipient: reported where it is handed in
import { ModerationMailer } from './moderation';
declare function getAccount(): Promise<{ email: string }>;
export async function notify(mailer: ModerationMailer, content: string) {
  const account = await getAccount();
  await mailer.send({ content }, { subject: 'Message', to: account.email });
}`,
      files: { 'src/moderation.ts': moderationMailer },
      errors: [{ messageId: 'unknownDestination', line: 6, column: 60 }],
    },
  ],
});
