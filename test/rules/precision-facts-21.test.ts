/**
 * From precision audits 35 and 36. plunk: the project's own mail service called by its class (`EmailService.send({ from, to,
 * content })`, a static method) is followed to the SDK call inside, which knows where the mail goes and whom it is
 * for; it is not also taken, by its name, for a mail server the code does not name (a second finding on the same
 * call, naming the project's sender address, with an unknown destination). homarr: an admin command defined with
 * a command framework (brocli's `command({ handler })`) prints to its operator. useSend: its SMTP relay posting to
 * `app.usesend.com` in the repository that holds useSend's SDK (`usesend-js`) calls the project's own service, and
 * the SDK's own code sends to the service it is the SDK of.
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

ruleTester('no-personal-data-in-logs', {
  valid: [
    {
      code: `// a command of an admin CLI defined with brocli: its console is the operator's terminal
import { command } from '@drizzle-team/brocli';
declare const db: { users: { findMany(): Promise<{ id: string; name: string; email: string }[]> } };
export const usersList = command({
  name: 'list',
  handler: async () => {
    for (const user of await db.users.findMany()) console.log(\`\${user.id}\t\${user.name}\t\${user.email}\`);
  },
});`,
      filename: 'packages/cli/src/commands/users-list.ts',
    },
  ],
  invalid: [
    {
      code: `// the same loop in a file that defines no command: a log
declare const db: { users: { findMany(): Promise<{ id: string; name: string; email: string }[]> } };
export async function usersList() {
  for (const user of await db.users.findMany()) console.log(\`\${user.id}\t\${user.name}\t\${user.email}\`);
}`,
      filename: 'packages/api/src/users.ts',
      errors: [{ messageId: 'personalDataInLog', line: 4, column: 75 }],
    },
  ],
});

const OWN_SDK_REPO = {
  'package.json': JSON.stringify({ name: 'usesend', private: true, workspaces: ['apps/*', 'packages/*'] }),
  'apps/smtp-server/package.json': JSON.stringify({ name: 'smtp-server', dependencies: { nodemailer: '^6.0.0' } }),
  'packages/sdk/package.json': JSON.stringify({ name: 'usesend-js', main: 'index.ts' }),
};

const RELAY = `export async function relay(customer: { email: string }, html: string, apiKey: string) {
  await fetch('https://app.usesend.com/api/v1/emails', {
    method: 'POST', headers: { Authorization: \`Bearer \${apiKey}\` }, body: JSON.stringify({ to: customer.email, html }),
  });
}`;

ruleTester('no-unguarded-external-transfer', {
  valid: [
    {
      code: `// useSend's own SMTP relay posting to useSend's API, in the repository that holds useSend's SDK
${RELAY}`,
      filename: 'apps/smtp-server/src/server.ts',
      files: OWN_SDK_REPO,
    },
    {
      code: `// useSend's SDK itself, posting to the base URL its user may set
export class Contacts {
  constructor(private readonly url: string) {}
  async create(book: string, payload: { email: string; firstName?: string }) {
    return fetch(\`\${this.url}/contactBooks/\${book}/contacts\`, { method: 'POST', body: JSON.stringify(payload) });
  }
}`,
      filename: 'packages/sdk/src/contact.ts',
      files: OWN_SDK_REPO,
    },
  ],
  invalid: [
    {
      code: `// an application of another company posting to useSend: a third party
${RELAY}`,
      filename: 'apps/smtp-server/src/server.ts',
      files: { 'apps/smtp-server/package.json': JSON.stringify({ name: 'smtp-server' }) },
      errors: [{ messageId: 'externalTransfer', line: 4, column: 96, messageIncludes: 'useSend' }],
    },
  ],
});
