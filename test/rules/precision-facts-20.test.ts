/**
 * Audit 33's false positives, fixed by mechanism. An interactive admin command (a file that asks its operator with
 * inquirer) prints a member's e-mail for a lookup or a delete confirmation: that is its answer on the operator's
 * screen, not a log. The same console call in a file that asks nothing stays a log, even in a package that lists a
 * prompt library (a scripts package whose entry point lets the operator pick a batch job: the jobs' output is kept).
 * Novu's API sent its invitation and password-reset mail through `@novu/node`, a package of Novu's own monorepo: the
 * vendor whose SDK the repository holds is the project itself; the same SDK installed from the registry is a third
 * party.
 */
import { ruleTester } from '../helpers/rule-tester';

const LOOKUP = `export async function lookupEmail(members: { email: string; name: string }[]) {
  for (const m of members) console.log(\`  <\${m.email}>\`, m.name.length);
}`;

ruleTester('no-personal-data-in-logs', {
  valid: [
    {
      code: `// an admin command that asks its operator with inquirer: its console is the operator's screen
import inquirer from 'inquirer';
${LOOKUP}
export async function ask() { return inquirer.prompt([{ type: 'input', name: 'email' }]); }`,
      filename: 'admin/src/commands/lookup-email.ts',
    },
    {
      code: `// a script that asks with @inquirer/prompts itself, in a package that also serves (a checkout-link script)
import { confirm } from '@inquirer/prompts';
export async function pick(user: { email: string }) {
  console.log(\`Selected \${user.email}\`);
  return confirm({ message: 'Create the link?' });
}`,
      filename: 'packages/payments/scripts/create-checkout-link.ts',
      files: { 'packages/payments/package.json': JSON.stringify({ name: '@acme/payments', dependencies: { express: '^4.0.0' } }) },
    },
  ],
  invalid: [
    {
      code: `// a batch job of a scripts package whose entry point asks with @clack/prompts: the job asks nothing, a log
${LOOKUP}`,
      filename: 'packages/scripts/src/sendEmailCampaign.ts',
      files: { 'packages/scripts/package.json': JSON.stringify({ name: '@acme/scripts', dependencies: { '@clack/prompts': '^0.7.0' } }) },
      errors: [{ messageId: 'personalDataInLog', line: 3, column: 46 }],
    },
    {
      code: `// a package with inquirer only among its development tools: its code is no interactive tool
${LOOKUP}`,
      filename: 'worker/src/members.ts',
      files: { 'worker/package.json': JSON.stringify({ name: '@acme/worker', devDependencies: { inquirer: '^9.3.5' } }) },
      errors: [{ messageId: 'personalDataInLog', line: 3, column: 46 }],
    },
    {
      code: `// a migration script that imports a prompt library's types only: it asks no one, its output is a log
import type { Answers } from 'inquirer';
export async function report(user: { email: string }, answers: Answers) {
  console.log(\`Processed \${user.email}\`, answers.dryRun);
}`,
      filename: 'scripts/migrate.ts',
      errors: [{ messageId: 'personalDataInLog', line: 4, column: 28 }],
    },
  ],
});

/** An API that sends its invitation mail through the vendor's SDK: the repository's own package, or the registry's. */
const INVITE = `import { Novu } from '@novu/node';
export async function invite(invitee: { email: string }, inviter: { firstName: string }) {
  const novu = new Novu(process.env.NOVU_API_KEY ?? '');
  await novu.trigger('invite-to-organization', {
    to: { subscriberId: invitee.email, email: invitee.email },
    payload: { inviterName: inviter.firstName },
  });
}`;

ruleTester('no-unguarded-external-transfer', {
  valid: [
    {
      code: `// Novu's own API, whose monorepo holds @novu/node as a workspace package: the service is the project's own
${INVITE}`,
      filename: 'apps/api/src/invite.ts',
      files: {
        'package.json': JSON.stringify({ name: 'root', private: true, workspaces: ['apps/*', 'packages/*'] }),
        'apps/api/package.json': JSON.stringify({ name: '@novu/api', dependencies: { '@novu/node': 'workspace:*' } }),
        'packages/node/package.json': JSON.stringify({ name: '@novu/node', main: 'src/index.ts' }),
        'packages/node/src/index.ts': 'export class Novu { constructor(key: string) {} trigger(id: string, data: unknown) { return Promise.resolve(data); } }',
      },
    },
  ],
  invalid: [
    {
      code: `// an application that installs @novu/node from the registry: Novu is a third party
${INVITE}`,
      filename: 'apps/api/src/invite.ts',
      files: {
        'package.json': JSON.stringify({ name: 'root', private: true, workspaces: ['apps/*', 'packages/*'] }),
        'apps/api/package.json': JSON.stringify({ name: '@acme/api', dependencies: { '@novu/node': '^2.0.0' } }),
      },
      errors: [{ messageId: 'externalTransfer', line: 6, column: 25 }],
    },
  ],
});

/** Jitsu's React hook hands out its client as `analytics`, the name Segment's clients go by. */
const JITSU = `import { useJitsu } from '@jitsu/jitsu-react';
export function useIdentify(user: { internalId: string; email: string }) {
  const { analytics } = useJitsu();
  analytics.identify(user.internalId, { email: user.email });
}`;

ruleTester('no-unguarded-external-transfer', {
  valid: [
    {
      code: `// audit 34: Jitsu's own console tracks its users through its own hook, a package of its monorepo
${JITSU}`,
      filename: 'webapps/console/pages/_app.tsx',
      files: {
        'pnpm-workspace.yaml': 'packages:\n  - "webapps/*"\n  - "libs/*"\n',
        'package.json': JSON.stringify({ name: 'jitsu-root', private: true }),
        'webapps/console/package.json': JSON.stringify({ name: 'console', dependencies: { '@jitsu/jitsu-react': 'workspace:*' } }),
        'libs/jitsu-react/package.json': JSON.stringify({ name: '@jitsu/jitsu-react', main: 'src/index.ts' }),
        'libs/jitsu-react/src/index.ts': 'export function useJitsu() { return { analytics: { identify(id: string, traits: unknown) { return [id, traits]; } } }; }',
      },
    },
  ],
  invalid: [
    {
      code: `// an application using Jitsu's hook: the client it destructures is Jitsu's, not Segment's
${JITSU}`,
      errors: [{ messageId: 'externalTransfer', line: 5, column: 48, messageIncludes: 'Jitsu' }],
    },
  ],
});

/** OpenSign's browser app keeps its own server's address in local storage (set at sign-in) and posts to it. */
const STORED = (key: string): string => `import axios from 'axios';
const removeTrailingSegment = (url: string) => (url.endsWith('/') ? url.slice(0, -1) : url);
export async function sendOtp(email: string) {
  await axios.post(\`\${localStorage.getItem('${key}')}functions/SendOTPMailV1\`, { email });
}
export async function unlock(file: Blob, password: string) {
  const baseApi = localStorage.getItem('${key}') || '';
  const url = removeTrailingSegment(baseApi) + '/decryptpdf?ts=' + Date.now();
  const form = new FormData();
  form.append('password', password);
  await axios.post(url, form);
}`;

ruleTester('no-unguarded-external-transfer', {
  valid: [
    {
      code: `// audit 34: the app's own server, its address kept in the browser under a key naming the app's base
${STORED('baseUrl')}`,
    },
  ],
  invalid: [
    {
      code: `// an address kept under another key (a webhook the user typed) is not the app's: a warning to declare it
${STORED('webhook')}`,
      errors: [
        { messageId: 'unknownDestination', line: 5, column: 83, severity: 'warning' },
        { messageId: 'unknownDestination', line: 12, column: 25, severity: 'warning' },
      ],
    },
  ],
});
