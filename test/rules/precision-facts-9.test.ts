/**
 * Precision facts from precision audit 14 (fresh repositories: ever-gauzy, civitai, trigger.dev), round 9. Each
 * quiet case stands next to the true positive that must stay.
 */
import { ruleTester } from '../helpers/rule-tester';

ruleTester('no-hardcoded-personal-data', {
  valid: [
    `// the last group of a UUID in an API example (ever-gauzy's token entity, trigger.dev's sample message id)
export const example = { id: '7b6e0c2a-9f1d-4c3b-8a2e-123456789018', messageId: '<7b6e0c2a-9f1d-4c3b-8a2e-123456789018@resend.dev>' };`,
  ],
  invalid: [
    {
      code: `export const myNumber = 'マイナンバー 123456789018';`,
      errors: [{ messageId: 'hardcodedMyNumber', line: 1, column: 25 }],
    },
  ],
});

ruleTester('no-sensitive-personal-data', {
  valid: [
    `// the diagnosis of a failed software run (trigger.dev's agent UI fixtures)
export const externalServiceDiagnosis = { summary: 'The upstream API timed out' };
export const lowConfidenceDiagnosis = { summary: 'Unclear cause', confidence: 0.2 };`,
  ],
  invalid: [
    {
      code: `declare const patient: { id: string };
export const patientDiagnosis = { patientId: patient.id, code: 'J45' };`,
      errors: [{ messageId: 'outsidePermittedModule', line: 2, column: 14 }],
    },
  ],
});

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// values read through a Redis client made with the password of its connection URL (civitai's redis-inspect)
import { createClient } from 'redis';
export async function main(redisUrl: string, key: string) {
  const url = new URL(redisUrl);
  const client = createClient({ url: \`\${url.protocol}//\${url.host}\`, password: url.password });
  const value = await client.get(key);
  console.log(value);
}`,
    `// an e-mail masked before it is logged: two characters, a run of asterisks, the domain (ever-gauzy's seed)
export function report(email: string, name: string) {
  const atIdx = email.indexOf('@');
  const masked = atIdx > 2 ? email.slice(0, 2) + '***' + email.slice(atIdx) : '***';
  console.warn(\`overwriting password for "\${masked}"\`);
  console.info(\`user \${name.charAt(0)}*** signed in\`);
}`,
    `// a TypeORM migration's name, and the name of a predefined priority (ever-gauzy's migrations)
declare const DEFAULT_GLOBAL_PRIORITIES: Array<{ name: string; value: string; icon: string }>;
interface MigrationInterface { up(): Promise<void> }
export class AlterTableEmployee1688122296981 implements MigrationInterface {
  name = 'AlterTableEmployee1688122296981';
  async up() {
    console.log(this.name + ' start running!');
    for (const priority of DEFAULT_GLOBAL_PRIORITIES) {
      const { name } = priority;
      console.error(\`Error updating priority "\${name}"\`);
    }
  }
}`,
  ],
  invalid: [
    {
      code: `// the whole e-mail next to asterisks is not masked
export function report(email: string) {
  console.warn('user ***' + email);
}`,
      errors: [{ messageId: 'personalDataInLog', line: 3, column: 29 }],
    },
    {
      code: `// a meeting's host is a person: the host's name stays personal
declare const host: { name: string; email: string };
export function remind() {
  console.info('reminding', host.name);
}`,
      errors: [{ messageId: 'personalDataInLog', line: 4, column: 29 }],
    },
    {
      code: `// an employee's name in a service class stays personal, and so does a user's password
declare const user: { password: string };
export class EmployeeService {
  name = '';
  report(employee: { name: string; email: string }) {
    console.log(employee.name);
    console.log(user.password);
  }
}`,
      errors: [{ messageId: 'personalDataInLog', line: 6, column: 17 }, { messageId: 'personalDataInLog', line: 7, column: 17 }],
    },
  ],
});

ruleTester('no-unguarded-external-transfer', {
  valid: [
    `// a Git repository's full name sent to a webhook (civitai's git-push block)
declare const payload: { repository: { full_name: string; id: number } };
export async function notify() {
  await fetch('https://discord.example.com/api/webhooks/1/x', { method: 'POST', body: JSON.stringify({ content: payload.repository.full_name }) });
}`,
  ],
  invalid: [
    {
      code: `declare const payload: { sender: { full_name: string } };
export async function notify() {
  await fetch('https://discord.example.com/api/webhooks/1/x', { method: 'POST', body: JSON.stringify({ content: payload.sender.full_name }) });
}`,
      errors: [{ messageId: 'externalTransfer', line: 3, column: 113 }],
    },
  ],
});
