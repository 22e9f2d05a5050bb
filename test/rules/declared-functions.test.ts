/**
 * Team-declared functions (`functions` of privacy-lint.json): the team's own wrappers and a package's functions
 * as sinks (`log`, `transfer` with a destination), sources of the customer's input, sanitizers and pass-through
 * functions. Calls are found however the function is imported — an alias, a relative path, a barrel, a renamed
 * import, a namespace, `require` — and a declared sink's body is not followed (no second finding from inside it).
 */
import { ruleTester } from '../helpers/rule-tester';
import type { DeclaredFunction } from '@privacy-lint/engine';

const TSCONFIG = JSON.stringify({
  compilerOptions: { baseUrl: '.', paths: { '@/*': ['src/*'] }, strict: true, target: 'ES2022', module: 'commonjs', types: [], noEmit: true },
  include: ['src/**/*'],
});

/** `log()` in `src/lib/utils.ts` posts to a Slack webhook: the team declares it a log. */
const UTILS = {
  'tsconfig.json': TSCONFIG,
  'src/lib/utils.ts': `export function log(...args: unknown[]): void {
  void fetch('https://hooks.slack.com/services/T0/B0/x', { method: 'POST', body: JSON.stringify(args) });
}
export function slugify(s: string): string { return s.toLowerCase(); }
`,
  'src/lib/index.ts': "export { log as writeLog } from './utils';\n",
  'src/notify.ts': `export async function notifySlack(text: string): Promise<void> {
  await fetch(process.env.OPS_HOOK!, { method: 'POST', body: JSON.stringify({ text }) });
}
`,
};

const declare = (...functions: DeclaredFunction[]) => ({ functions });
const LOG = { module: '@/lib/utils', export: 'log', kind: 'log' } as const;
const NOTIFY = { module: './src/notify', export: 'notifySlack', kind: 'transfer', destination: 'hooks.slack.com' } as const;

ruleTester('no-personal-data-in-logs', {
  valid: [
    // An id is not personal.
    { code: `import { log } from '@/lib/utils';
export function signup(customer: { id: string; email: string }) { log('signup', customer.id); }`, files: UTILS, config: declare(LOG) },
    // Another export of the same module is not declared.
    { code: `import { slugify } from '@/lib/utils';
export function signup(customer: { id: string; email: string }) { return slugify(customer.email); }`, files: UTILS, config: declare(LOG) },
    // A declared sanitizer cleans the value (a package's function, and a project's).
    { code: `import { hashEmail } from '@acme/privacy';
export function signup(customer: { id: string; email: string }) { console.log(hashEmail(customer.email)); }`,
    config: declare({ module: '@acme/privacy', export: 'hashEmail', kind: 'sanitizer' }) },
    { code: `import { slugify } from './lib/utils';
export function signup(customer: { id: string; email: string }) { console.log(slugify(customer.email)); }`,
    files: UTILS, config: declare({ module: './src/lib/utils', export: 'slugify', kind: 'sanitizer' }) },
  ],
  invalid: [
    // The alias the code imports it by, a relative import, a barrel that renames it, a namespace and require.
    {
      code: `import { log } from '@/lib/utils';
import * as utils from './lib/utils';
import { writeLog } from './lib';
const lib = require('./lib/utils');
export function signup(customer: { id: string; email: string }) {
  log('signup', customer.email);
  utils.log(customer.email);
  writeLog(customer.email);
  lib.log(customer.email);
}`,
      filename: 'src/signup.ts',
      files: UTILS,
      config: declare(LOG),
      errors: [
        { messageId: 'personalDataInLog', line: 6, column: 17, messageIncludes: 'written to a log by `log`' },
        { messageId: 'personalDataInLog', line: 7, column: 13, messageIncludes: 'by `utils.log`' },
        { messageId: 'personalDataInLog', line: 8, column: 12, messageIncludes: 'by `writeLog`' },
        { messageId: 'personalDataInLog', line: 9, column: 11, messageIncludes: 'by `lib.log`' },
      ],
    },
    // A package's function, renamed on import; and a method of an exported object.
    {
      code: `import { write as w } from '@acme/logging';
import { audit } from '@acme/audit';
export function signup(customer: { id: string; email: string }) {
  w(customer.email);
  audit.note({ email: customer.email });
}`,
      config: declare({ module: '@acme/logging', export: 'write', kind: 'log' }, { module: '@acme/audit', export: 'audit.note', kind: 'log' }),
      errors: [
        { messageId: 'personalDataInLog', line: 4, column: 5 },
        { messageId: 'personalDataInLog', line: 5, column: 23 },
      ],
    },
    // An instance of an exported class, constructed or injected.
    {
      code: `import { AuditLog } from '@acme/audit';
class Signup {
  constructor(private readonly auditLog: AuditLog) {}
  run(customer: { id: string; email: string }) { this.auditLog.write(customer.email); }
}
const direct = new AuditLog();
export function signup(customer: { id: string; email: string }) { direct.write(customer.email); return Signup; }`,
      config: declare({ module: '@acme/audit', export: 'AuditLog.write', kind: 'log' }),
      errors: [
        { messageId: 'personalDataInLog', line: 4, column: 70 },
        { messageId: 'personalDataInLog', line: 7, column: 80 },
      ],
    },
    // Reached through a helper of the caller: reported at the helper's call, like a catalogue sink.
    {
      code: `import { log } from '@/lib/utils';
function trace(what: string, value: unknown) { log(what, value); }
export function signup(customer: { id: string; email: string }) { trace('signup', customer.email); }`,
      files: UTILS,
      config: declare(LOG),
      errors: [{ messageId: 'personalDataInLog', line: 3, column: 83 }],
    },
    // A declared source: its result is the customer's input as a whole.
    {
      code: `import { readJsonBody } from '@/lib/http';
export async function handler(req: unknown) {
  const body = await readJsonBody(req);
  console.info('received', body);
}`,
      files: { 'tsconfig.json': TSCONFIG, 'src/lib/http.ts': 'export async function readJsonBody(req: unknown): Promise<unknown> { return JSON.parse(String(req)); }\n' },
      config: declare({ module: '@/lib/http', export: 'readJsonBody', kind: 'source' }),
      errors: [{ messageId: 'personalDataInLog', line: 4, column: 28, messageIncludes: "the customer's input" }],
    },
    // A parameter decorated with a declared source decorator receives the input.
    {
      code: `import { CurrentInput } from '@acme/http';
export class Controller {
  handle(@CurrentInput() input: unknown) { console.info(input); }
}`,
      config: declare({ module: '@acme/http', export: 'CurrentInput', kind: 'source' }),
      errors: [{ messageId: 'personalDataInLog', line: 3, column: 57 }],
    },
    // A declared pass-through: a JWT carries its payload, readable by anyone who holds the token.
    {
      code: `import jwt from 'jsonwebtoken';
export function issue(customer: { id: string; email: string }) {
  console.log('token', jwt.sign({ email: customer.email }, 'secret'));
}`,
      config: declare({ module: 'jsonwebtoken', export: 'sign', kind: 'pass-through' }),
      errors: [{ messageId: 'personalDataInLog', line: 3, column: 42 }],
    },
  ],
});

ruleTester('no-unguarded-external-transfer', {
  valid: [
    // A log is not a transfer: the declared log's body (a Slack post) is not followed.
    { code: `import { log } from '@/lib/utils';
export function signup(customer: { id: string; email: string }) { log('signup', customer.email); }`, files: UTILS, config: declare(LOG) },
    // A transfer declared internal.
    { code: `import { audit } from '@acme/audit';
export function signup(customer: { id: string; email: string }) { audit.record({ email: customer.email }); }`,
    config: declare({ module: '@acme/audit', export: 'audit.record', kind: 'transfer', destination: 'internal' }) },
    // Consent checked first.
    { code: `import { notifySlack } from './notify';
declare function hasConsent(c: unknown): boolean;
export async function signup(customer: { id: string; email: string }) {
  if (hasConsent(customer)) await notifySlack(customer.email);
}`, files: UTILS, config: { ...declare(NOTIFY), transfers: { consentGuards: ['hasConsent'] } } },
  ],
  invalid: [
    // Without the declaration, the call is followed into the wrapper: an unknown destination (process.env.OPS_HOOK).
    {
      code: `import { notifySlack } from './notify';
export async function signup(customer: { id: string; email: string }) { await notifySlack(customer.email); }`,
      files: UTILS,
      errors: [{ messageId: 'unknownNamedDestination', line: 2, column: 91, severity: 'warning' }],
    },
    // Declared with its destination: Slack, a third party — reported once, at the call.
    {
      code: `import { notifySlack } from './notify';
export async function signup(customer: { id: string; email: string }) { await notifySlack(customer.email); }`,
      files: UTILS,
      config: declare(NOTIFY),
      errors: [{ messageId: 'externalTransfer', line: 2, column: 91, messageIncludes: 'sent to Slack (a third-party service) by `notifySlack`' }],
    },
    // Inside its own module, a call of the declared function is one too.
    {
      code: `export async function notifySlack(text: string): Promise<void> {
  await fetch(process.env.OPS_HOOK!, { method: 'POST', body: JSON.stringify({ text }) });
}
export async function welcome(customer: { id: string; email: string }) { await notifySlack(customer.email); }`,
      filename: 'src/notify.ts',
      config: declare(NOTIFY),
      errors: [{ messageId: 'externalTransfer', line: 4, column: 92 }],
    },
    // A vendor as destination; a method of an instance of an exported class.
    {
      code: `import { Mailer } from '@acme/mailer';
const mailer = new Mailer();
export async function welcome(customer: { id: string; email: string }) { await mailer.deliver({ to: customer.email }); }`,
      config: declare({ module: '@acme/mailer', export: 'Mailer.deliver', kind: 'transfer', destination: 'sendgrid' }),
      errors: [{ messageId: 'externalTransfer', line: 3, column: 101, messageIncludes: 'SendGrid (a third-party service)' }],
    },
    // Without a destination, where it sends is unknown: a warning.
    {
      code: `import { push } from '@acme/crm';
export async function welcome(customer: { id: string; email: string }) { await push(customer.email); }`,
      config: declare({ module: '@acme/crm', export: 'push', kind: 'transfer' }),
      errors: [{ messageId: 'unknownDestination', line: 2, column: 85, severity: 'warning' }],
    },
  ],
});
