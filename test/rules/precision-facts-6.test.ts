/**
 * Precision facts from precision audit 12 (fresh repositories): an e-mail address's domain under its own name, the
 * keys of an entries list that was filtered first, and an id a library call gives back. Each quiet row stands next
 * to the true positive that must stay.
 */
import { ruleTester } from '../helpers/rule-tester';

const PARSE_EMAIL = `export function parseEmail(email: string) {
  const m = email.match(/^([^@]+)@([^@]+)$/);
  if (!m) return null;
  const [, localPart, domain] = m;
  return { localPart, domain };
}`;

ruleTester('no-personal-data-in-logs', {
  valid: [
    {
      code: `// the domain of an e-mail address, parsed by a helper, under a name that says so
import { parseEmail } from './email';
declare const row: { email: string };
export function enrich() {
  const parsed = parseEmail(row.email);
  const emailDomain = parsed?.domain;
  console.log(\`parsed domain: \${emailDomain}\`);
  console.log('scraping https://' + parsed?.domain);
}`,
      files: { 'src/email.ts': PARSE_EMAIL },
    },
    `// the keys of the filled fields: names of fields, not their values (Object.entries, filtered, then mapped)
declare const results: Record<string, { value?: string; email?: string }>;
export function report() {
  const filled = Object.entries(results).filter(([, r]) => r.value).map(([field]) => field);
  console.log(\`filled: \${filled.join(', ')}\`);
}`,
    `// an id a library call gives back is the id it made, not the name it was given
declare const conversation: { startSession(o: unknown): Promise<string> };
export async function talk(userName: string) {
  const conversationId = await conversation.startSession({ dynamicVariables: { user_name: userName } });
  console.log('started conversation', conversationId);
}`,
  ],
  invalid: [
    {
      code: `// the local part stays an e-mail's; a value named for a domain that holds a name is still the name
import { parseEmail } from './email';
declare const row: { email: string; fullName: string };
export function enrich() {
  const parsed = parseEmail(row.email);
  console.log(\`local part: \${parsed?.localPart}\`);
  const domain = \`\${row.fullName}.example.com\`;
  console.log('address', domain);
}`,
      files: { 'src/email.ts': PARSE_EMAIL },
      errors: [{ messageId: 'personalDataInLog', line: 6, column: 30 }, { messageId: 'personalDataInLog', line: 8, column: 26 }],
    },
    {
      code: `// the values of the filled fields are the customer's
declare const results: Record<string, { value?: string }>;
declare const customer: { email: string };
export function report() {
  const filled = Object.entries({ email: customer.email }).filter(([, v]) => !!v).map(([, v]) => v);
  console.log(\`filled: \${filled.join(', ')}\`);
}`,
      errors: [{ messageId: 'personalDataInLog', line: 6, column: 26 }],
    },
    {
      code: `// a project helper's result is what its returns say, whatever the variable is called
declare const customer: { email: string };
function lookup(email: string) { return email.trim(); }
export function run() {
  const lookupId = lookup(customer.email);
  console.log('lookup', lookupId);
}`,
      errors: [{ messageId: 'personalDataInLog', line: 6, column: 25 }],
    },
  ],
}, 'precision facts 6: domains of addresses, keys of filtered entries, ids from libraries');
