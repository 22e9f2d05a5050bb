/**
 * One finding per flow: a call that hands personal data to a sink, directly or through a chain of helpers, is
 * reported once, naming every personal field that reaches the sink; a caller further out that only passes on what
 * the chain already reports is not reported again. Each case runs with and without the type checker.
 */
import { ruleTester } from '../helpers/rule-tester';

/** `audit(e, p)` → `write(x, y)` → `console.log(x, y)`, in two files. */
const CHAIN = {
  'src/audit.ts': `import { write } from './write';\nexport function audit(e: string, p: string) {\n  write(e, p);\n}\n`,
  'src/write.ts': `export function write(x: string, y: string) {\n  console.log('audit', x, y);\n}\n`,
};

ruleTester('no-personal-data-in-logs', {
  valid: [
    {
      code: `// a caller further out passes a customer to a function whose own call already reports the flow
import { handle } from './handle';
declare const customer: { email: string; phone: string };
handle(customer);`,
      files: {
        ...CHAIN,
        'src/handle.ts': `import { audit } from './audit';\ninterface Customer { id: string; email: string; phone: string }\nexport function handle(c: Customer) {\n  audit(c.email, c.phone);\n}\n`,
      },
    },
    {
      code: `// the same, three helpers deep, with the personal value made in the middle of the chain
import { outer } from './outer';
declare const customer: { email: string };
outer(customer);`,
      files: {
        ...CHAIN,
        'src/outer.ts': `import { middle } from './middle';\nexport function outer(who: { email: string }) {\n  middle(who);\n}\n`,
        'src/middle.ts': `import { audit } from './audit';\nexport function middle(m: { email: string }) {\n  audit(m.email, '');\n}\n`,
      },
    },
  ],
  invalid: [
    {
      code: `// a scalar parameter personal by its name (email: string): reported inside the helper, and at a caller that hands in a person's value
import { notify } from './notify';
declare const invitee: { id: string; email: string };
notify(invitee.email);`,
      files: { ...CHAIN, 'src/notify.ts': `import { audit } from './audit';\nexport function notify(email: string) {\n  audit(email, '');\n}\n` },
      errors: [{ messageId: 'personalDataInLog', line: 4, column: 8, endLine: 4, endColumn: 21 }],
    },
    {
      code: `import { audit } from './audit';
export function notify(email: string) {
  audit(email, '');
}
`,
      filename: 'src/notify.ts',
      files: { ...CHAIN, 'src/app.ts': `import { notify } from './notify';\ndeclare const invitee: { id: string; email: string };\nnotify(invitee.email);\n` },
      errors: [{ messageId: 'personalDataInLog', line: 3, column: 9, endLine: 3, endColumn: 14 }],
    },
    {
      code: `// every field that reaches the sink through the chain, in one finding
import { audit } from './audit';
declare const c: { email: string; phone: string };
audit(c.email, c.phone);`,
      files: CHAIN,
      errors: [{ messageId: 'personalDataInLog', line: 4, column: 7, endLine: 4, endColumn: 23,
        messageIncludes: ['`c.email` is contact data', '`c.phone` is contact data'] }],
    },
    {
      code: `// two fields of one template in a direct log call
declare const c: { email: string; phone: string };
console.log(\`\${c.email} / \${c.phone}\`);`,
      errors: [{ messageId: 'personalDataInLog', line: 3, column: 16, endLine: 3, endColumn: 36,
        messageIncludes: ['`c.email` is contact data', '`c.phone` is contact data'] }],
    },
    {
      code: `// one call reaching the same log by two ways inside the helper: one finding
import { twice } from './twice';
declare const c: { email: string };
twice(c.email);`,
      files: {
        ...CHAIN,
        'src/twice.ts': `import { audit } from './audit';\nexport function twice(v: string) {\n  audit(v, '');\n  audit('', v);\n}\n`,
      },
      errors: [{ messageId: 'personalDataInLog', line: 4, column: 7, endLine: 4, endColumn: 14 }],
    },
    {
      code: `// a container parameter the callers fill depends on them: each caller that puts personal data in is reported
import { notify } from './notify';
declare const invitee: { id: string; email: string };
notify({ to: invitee.email });`,
      files: { ...CHAIN, 'src/notify.ts': `import { audit } from './audit';\nexport function notify(mailData: { to: string }) {\n  audit(mailData.to, '');\n}\n` },
      errors: [{ messageId: 'personalDataInLog', line: 4, column: 14, endLine: 4, endColumn: 27 }],
    },
    {
      code: `// two different sinks reached from one call: one finding for each
import { both } from './both';
declare const c: { email: string };
both(c.email);`,
      files: {
        'src/both.ts': `import { postJson } from './post';\nexport function both(v: string) {\n  console.log(v);\n  return postJson(v);\n}\n`,
        'src/post.ts': `export function postJson(b: string) {\n  return fetch('https://api.example.com/x', { method: 'POST', body: b });\n}\n`,
      },
      errors: [{ messageId: 'personalDataInLog', line: 4, column: 6, endLine: 4, endColumn: 13 }],
    },
  ],
});

ruleTester('no-unguarded-external-transfer', {
  valid: [],
  invalid: [
    {
      code: `// a helper that posts its arguments: one finding naming both fields, at the call that hands them in
import { post } from './post';
declare const c: { email: string; phone: string };
post(c.email, c.phone);`,
      files: { 'src/post.ts': `export function post(a: string, b: string) {\n  return fetch('https://api.example.com/x', { method: 'POST', body: JSON.stringify({ a, b }) });\n}\n` },
      errors: [{ messageId: 'externalTransfer', line: 4, column: 6, endLine: 4, endColumn: 22,
        messageIncludes: ['`c.email` is contact data', '`c.phone` is contact data'] }],
    },
  ],
});
