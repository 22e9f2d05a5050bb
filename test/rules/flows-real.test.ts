/**
 * Flows as production TypeScript writes them: a field set in a constructor and read in another method, exceptions
 * thrown with personal data and logged where they are caught.
 */
import { ruleTester } from '../helpers/rule-tester';

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// the errors of a bulk response are statuses, not what was sent
declare const users: { email: string }[];
declare function bulkUpsert(u: unknown): { errors: boolean; took: number };
const bulkResponse = bulkUpsert(users);
console.log(bulkResponse.errors);`,
    `// a field given an id only
declare const user: { id: string; email: string };
class Audit {
  private who: string;
  constructor() { this.who = user.id; }
  print() { console.log(this.who); }
}`,
    `// an error made from an id, logged where it is caught
declare const user: { id: string; email: string };
try {
  throw new Error(\`no account \${user.id}\`);
} catch (e) {
  console.error(e);
}`,
  ],
  invalid: [
    {
      code: `// a field set in the constructor, read in another method
declare const user: { id: string; email: string };
class Mailer {
  private readonly saved: string;
  constructor() { this.saved = user.email; }
  report() { console.log(this.saved); }
}`,
      errors: [{ messageId: 'personalDataInLog', line: 6, column: 26 }],
    },
    {
      code: `// an error thrown with an e-mail in its message, logged where it is caught (also its message)
declare const user: { id: string; email: string };
try {
  throw new Error(\`no account for \${user.email}\`);
} catch (e) {
  console.error(e);
  console.error((e as Error).message);
}`,
      errors: [
        { messageId: 'personalDataInLog', line: 6, column: 17 },
        { messageId: 'personalDataInLog', line: 7, column: 17 },
      ],
    },
    {
      code: `// thrown by a helper the try block calls
declare const user: { id: string; email: string };
function check(u: { email: string }) {
  if (!u.email.includes('@')) throw new Error('invalid address ' + u.email, { cause: u });
}
try {
  check(user);
} catch (err) {
  console.warn('check failed', err);
}`,
      errors: [{ messageId: 'personalDataInLog', line: 9, column: 32 }],
    },
  ],
});
