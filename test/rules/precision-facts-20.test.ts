/**
 * Audit 33's false positives, fixed by mechanism. An interactive admin command (a file that asks its operator with
 * inquirer) prints a member's e-mail for a lookup or a delete confirmation: that is its answer on the operator's
 * screen, not a log. The same console call in a file that asks nothing stays a log, even in a package that lists a
 * prompt library (a scripts package whose entry point lets the operator pick a batch job: the jobs' output is kept).
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
