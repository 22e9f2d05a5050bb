/**
 * From precision audit 35 (plunk): the project's own mail service called by its class (`EmailService.send({ from, to,
 * content })`, a static method) is followed to the SDK call inside, which knows where the mail goes and whom it is
 * for; it is not also taken, by its name, for a mail server the code does not name (a second finding on the same
 * call, naming the project's sender address, with an unknown destination).
 */
import * as assert from 'node:assert/strict';
import { ruleTester } from '../helpers/rule-tester';
import { lintSource } from '../helpers/lint-source';

const SERVICE = `import { SES } from '@aws-sdk/client-ses';
const ses = new SES({ region: 'eu-west-1' });
export class EmailService {
  public static async send({ from, to, content }: { from: { name: string; email: string }; to: string[]; content: { subject: string; html: string } }) {
    await ses.sendEmail({ Source: from.email, Destination: { ToAddresses: to }, Message: { Subject: { Data: content.subject }, Body: { Html: { Data: content.html } } } });
  }
}
`;

const CALLER = `import { EmailService } from './email-service';
export async function notifyMembers(project: { name: string; email: string }, members: { email: string }[]) {
  await EmailService.send({
    from: { name: project.name, email: project.email },
    to: members.map((m) => m.email),
    content: { subject: 'Test', html: '<p>Hi</p>' },
  });
}`;

ruleTester('no-unguarded-external-transfer', {
  valid: [],
  invalid: [
    {
      code: CALLER,
      files: { 'src/email-service.ts': SERVICE },
      errors: [{ messageId: 'externalTransfer', line: 5, column: 28, messageIncludes: 'Amazon SES' }],
    },
  ],
});

describe('a static method of the project mail service', () => {
  for (const typeInfo of [false, true]) {
    it(`is one finding at the call, not a second one with an unknown destination (${typeInfo ? 'with' : 'without'} types)`, () => {
      const findings = lintSource({ typeInfo, code: CALLER, files: { 'src/email-service.ts': SERVICE } });
      assert.deepEqual(findings.map((f) => `${f.range.start.line} ${f.severity}`), ['5 error'], findings.map((f) => f.message.en).join('\n'));
    });
  }
});
