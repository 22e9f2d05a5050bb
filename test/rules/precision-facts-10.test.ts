/**
 * Precision facts from precision audit 14's patterns left open (ever-gauzy, civitai, trigger.dev), round 10. Each
 * quiet case stands next to the true positive that must stay.
 */
import { ruleTester } from '../helpers/rule-tester';

const ENTITIES = `interface IUser { id: string; firstName?: string; email?: string }
interface IEmployee { id: string; fullName?: string; user: IUser; userId: string }
interface ITimeLog { id: string; duration: number; employee: IEmployee; employeeId: string; createdByUser?: IUser; createdByUserId?: string }
`;

ruleTester('no-personal-data-in-logs', {
  valid: [
    {
      // an entity's relation beside its foreign key: loaded only when a query asks for it (ever-gauzy's time logs)
      code: `${ENTITIES}declare function findTimeLog(id: string): Promise<ITimeLog>;
export async function update(id: string) {
  const timeLog = await findTimeLog(id);
  console.log('Retrieved TimeLog:', timeLog);
}`,
      typeInfo: true,
    },
    `#!/usr/bin/env node
// an operator's command-line tool prints what it looked up (civitai's agent skills)
declare function findUser(id: number): Promise<{ id: number; email: string; username: string }>;
async function main() {
  const user = await findUser(Number(process.argv[2]));
  console.log(\`user \${user.username} <\${user.email}>\`);
}
main();`,
    `// the members of a Redis set, cast to strings (trigger.dev's waitpoint cache)
declare const entry: [Error | null, unknown];
export function ids(): string[] {
  const out: string[] = [];
  const [err, members] = entry;
  if (err || !Array.isArray(members)) return out;
  for (const m of members as string[]) out.push(m);
  console.error('drained', out);
  return out;
}`,
    {
      // a database command the code calls \`req\` (trigger.dev's ClickHouse client): its query is SQL text, not a customer's
      code: `export async function command(req: { name: string; query: string; settings?: Record<string, string> }) {
  console.debug('Running clickhouse command', { name: req.name, query: req.query });
}`,
      typeInfo: true,
    },
    `// a form validated against the code's schema of ids, a region and a flag (trigger.dev's bulk actions)
import { z } from 'zod';
const BulkActionAction = z.enum(['cancel', 'replay']);
export const CreateBulkActionPayload = z.object({
  action: BulkActionAction,
  selectedRunIds: z.array(z.string()),
  region: z.string().optional(),
  emailNotification: z.preprocess((value) => value === 'on', z.boolean()),
});
export async function action({ request }: { request: Request }) {
  const formData = await request.formData();
  const submission = CreateBulkActionPayload.safeParse(Object.fromEntries(formData));
  if (!submission.success) {
    console.error('Invalid bulk action', { formData: Object.fromEntries(formData) });
    return null;
  }
  return submission.data;
}`,
  ],
  invalid: [
    {
      // the same with a customer's e-mail on the form
      code: `import { z } from 'zod';
export const InviteSchema = z.object({ teamId: z.string(), email: z.string().email() });
export async function action({ request }: { request: Request }) {
  const formData = await request.formData();
  const submission = InviteSchema.safeParse(Object.fromEntries(formData));
  if (!submission.success) console.error('Invalid invite', { formData: Object.fromEntries(formData) });
}`,
      errors: [{ messageId: 'personalDataInLog', line: 6, column: 91 }],
    },
    {
      code: `// a schema with free text keeps the form the customer's words
import { z } from 'zod';
export const FeedbackSchema = z.object({ rating: z.number(), message: z.string() });
export async function action({ request }: { request: Request }) {
  const formData = await request.formData();
  const parsed = FeedbackSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) console.error('Invalid feedback', Object.fromEntries(formData));
}`,
      errors: [{ messageId: 'personalDataInLog', line: 7, column: 77 }],
    },
    {
      code: `// a request typed as one (headers and all) is the customer's
export function handle(req: { headers: Record<string, string>; body: unknown; query: Record<string, string> }) {
  console.log('query', req.query);
}`,
      typeInfo: true,
      errors: [{ messageId: 'personalDataInLog', line: 3, column: 24 }],
    },
    {
      // the relation itself, read off the record: that is the person's record
      code: `${ENTITIES}declare function findTimeLog(id: string): Promise<ITimeLog>;
export async function update(id: string) {
  const timeLog = await findTimeLog(id);
  console.log('Employee:', timeLog.employee);
}`,
      typeInfo: true,
      errors: [{ messageId: 'personalDataInLog', line: 7, column: 28 }],
    },
    {
      // a context that holds a user and their id (no key of its own): the user is there
      code: `interface IUser { id: string; firstName?: string; email?: string }
interface AuthContext { user: IUser; userId: string; orgId: string }
declare function context(): AuthContext;
export function show() {
  const ctx = context();
  console.log('ctx', ctx);
}`,
      typeInfo: true,
      errors: [{ messageId: 'personalDataInLog', line: 6, column: 22 }],
    },
    {
      // a nested record with no key beside it is part of the value (a DTO, an API response)
      code: `interface Customer { id: string; email: string }
interface OrderView { id: string; total: number; customer: Customer }
declare function loadOrder(id: string): Promise<OrderView>;
export async function show(id: string) {
  const order = await loadOrder(id);
  console.log('Order:', order);
}`,
      typeInfo: true,
      errors: [{ messageId: 'personalDataInLog', line: 6, column: 25 }],
    },
    {
      code: `#!/usr/bin/env node
// a command-line program that sets up a logger still writes a log
import pino from 'pino';
const logger = pino();
declare function findUser(id: number): Promise<{ id: number; email: string }>;
async function main() {
  const user = await findUser(Number(process.argv[2]));
  logger.info({ email: user.email }, 'found');
}
main();`,
      errors: [{ messageId: 'personalDataInLog', line: 8, column: 24 }],
    },
    {
      code: `// the same print in application code is a log
declare function findUser(id: number): Promise<{ id: number; email: string; username: string }>;
export async function main(id: number) {
  const user = await findUser(id);
  console.log(\`user \${user.username} <\${user.email}>\`);
}`,
      errors: [{ messageId: 'personalDataInLog', line: 5, column: 23 }],
    },
    {
      code: `// members of unknown kind, not cast: records of people by their name
declare const entry: [Error | null, any];
export function show() {
  const [err, members] = entry;
  if (!err) console.error('members', members);
}`,
      errors: [{ messageId: 'personalDataInLog', line: 5, column: 38 }],
    },
  ],
});
