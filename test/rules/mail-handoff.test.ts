/**
 * From the postiz labelling: the project's own mail service whose send method only hands the message to a workflow
 * engine (`workflow.signalWithStart('sendEmailWorkflow', { signalArgs: [{ to, … }] })`) or a queue reaches no sink
 * the analysis can follow; a call of it is a mail send all the same, to a server the code does not name. A private
 * field's leading underscore (`this._emailService`) does not hide what it is named for.
 */
import { ruleTester } from '../helpers/rule-tester';

const SERVICE = `import { Client } from '@temporalio/client';
export class EmailService {
  constructor(private readonly _temporal: Client) {}
  async sendEmail(to: string, subject: string, html: string) {
    await this._temporal.workflow.signalWithStart('sendEmailWorkflow', {
      workflowId: 'send_email', taskQueue: 'main', signal: 'sendEmail', signalArgs: [{ to, subject, html }], args: [],
    });
  }
}
`;

ruleTester('no-unguarded-external-transfer', {
  valid: [
    {
      code: `// the company's own inbox
import { EmailService } from './email.service';
export class Reports {
  constructor(private readonly _emailService: EmailService) {}
  nightly() { return this._emailService.sendEmail(process.env.OPS_INBOX!, 'Nightly', '<p>report</p>'); }
}`,
      files: { 'src/email.service.ts': SERVICE },
    },
    {
      code: `// a service named for mail whose method is not a send
import { EmailService } from './email.service';
export class Users {
  constructor(private readonly _emailService: EmailService & { normalize(e: string): string }) {}
  clean(user: { email: string }) { return this._emailService.normalize(user.email); }
}`,
      files: { 'src/email.service.ts': SERVICE },
    },
  ],
  invalid: [
    {
      code: `// an injected mail service that signals a workflow: a mail send to an unnamed server
import { EmailService } from './email.service';
export class AuthService {
  constructor(private readonly _emailService: EmailService) {}
  register(body: { email: string; name: string }) { return this._emailService.sendEmail(body.email, 'Welcome', '<p>hi</p>'); }
}`,
      files: { 'src/email.service.ts': SERVICE },
      errors: [{ messageId: 'unknownDestination', line: 5, column: 89 }],
    },
    {
      code: `// through a notification helper of the project
import { EmailService } from './email.service';
export class NotificationService {
  constructor(private readonly _emailService: EmailService) {}
  notify(to: string, text: string) { return this._emailService.sendEmail(to, 'Notice', text); }
}
export const remind = (n: NotificationService, user: { email: string }) => n.notify(user.email, 'Your trial ends');`,
      files: { 'src/email.service.ts': SERVICE },
      errors: [{ messageId: 'unknownDestination', line: 7, column: 85 }],
    },
  ],
});
