/**
 * Request input as a source: a whole request body, query or form is the customer's input and may hold personal
 * data, so logging or forwarding it whole is reported; one non-personal field of it is not.
 */
import { ruleTester } from '../helpers/rule-tester';

ruleTester('no-personal-data-in-logs', {
  valid: [
    `// one non-personal field of the input
declare const req: any;
console.log(req.body.page, req.query.sort);`,
    `// a fetch response is not a request
export async function load(url: string) {
  const res = await fetch(url);
  console.log(await res.json());
}`,
    `// a form's validity is not its value
declare const signupForm: any;
console.log(signupForm.valid, signupForm.dirty);`,
    {
      // The body's declared type is an API key's request, whose only name-like field is the key's name. The type
      // decides, not the rule that what a customer sent is theirs (dittofeed's admin API handing its typed body to a
      // helper that logs a name derived from it); with the checker and without it.
      code: `// a typed request body of a resource, handed to a helper that logs the resource's name
interface CreateApiKeyRequest { workspaceId: string; name: string }
declare const logger: { debug(data: unknown, msg: string): void };
function createApiKey(data: CreateApiKeyRequest) {
  const name = \`key-\${data.name}\`;
  logger.debug({ name }, 'creating');
}
declare const app: { post(path: string, h: (request: { body: CreateApiKeyRequest }) => void): void };
app.post('/keys', (request) => { createApiKey(request.body); });`,
    },
    `// a Next.js handler reading a page number
export async function POST(request: Request) {
  const { page } = await request.json();
  console.log(page);
}`,
  ],
  invalid: [
    {
      code: `// Express: the whole body
declare const app: any;
app.post('/signup', (req: any, res: any) => {
  console.log(req.body);
  res.sendStatus(201);
});`,
      errors: [{ messageId: 'personalDataInLog', line: 4, column: 15, messageIncludes: "customer's input" }],
    },
    {
      code: `// a typed request body of a person: the name handed to a helper that logs it
interface SignupRequest { email: string; name: string }
declare const logger: { debug(data: unknown, msg: string): void };
function signup(data: SignupRequest) {
  const name = \`user-\${data.name}\`;
  logger.debug({ name }, 'creating');
}
declare const app: { post(path: string, h: (request: { body: SignupRequest }) => void): void };
app.post('/signup', (request) => { signup(request.body); });`,
      errors: [{ messageId: 'personalDataInLog', line: 6, column: 18, messageIncludes: 'a name' }],
    },
    {
      code: `// Koa: ctx.request.body; a field named for a person's data
declare const ctx: any;
console.info(ctx.request.body);
console.info(ctx.request.body.email);`,
      errors: [
        { messageId: 'personalDataInLog', line: 3, column: 14 },
        { messageId: 'personalDataInLog', line: 4, column: 14, messageIncludes: 'contact data' },
      ],
    },
    {
      code: `// Next.js route handler: the parsed body, through a variable
export async function POST(request: Request) {
  const body = await request.json();
  console.log('signup', body);
}`,
      errors: [{ messageId: 'personalDataInLog', line: 4, column: 25 }],
    },
    {
      code: `// a customer's own words from the input: a chat message
export async function POST(req: Request) {
  const { messages } = await req.json();
  console.log(messages);
}`,
      errors: [{ messageId: 'personalDataInLog', line: 4, column: 15 }],
    },
    {
      code: `// NestJS: @Body() injects the input
declare function Body(): ParameterDecorator;
declare const logger: { log(...a: unknown[]): void };
export class UsersController {
  create(@Body() dto: unknown) {
    logger.log(dto);
  }
}`,
      errors: [{ messageId: 'personalDataInLog', line: 6, column: 16 }],
    },
    {
      code: `// tRPC: the procedure's input
declare const publicProcedure: any;
export const signup = publicProcedure.mutation(({ input }: { input: unknown }) => {
  console.log(input);
});`,
      errors: [{ messageId: 'personalDataInLog', line: 4, column: 15 }],
    },
    {
      code: `// a server action's FormData
export async function register(formData: FormData) {
  console.log(Object.fromEntries(formData));
}`,
      errors: [{ messageId: 'personalDataInLog', line: 3, column: 34 }],
    },
    {
      code: `// Angular: a form's value, and a name read from it
declare class Component { profileForm: any }
export class Profile extends Component {
  save() {
    console.log(this.profileForm.value);
    console.log(this.profileForm.getRawValue().name);
  }
}`,
      errors: [
        { messageId: 'personalDataInLog', line: 5, column: 17 },
        { messageId: 'personalDataInLog', line: 6, column: 17 },
      ],
    },
  ],
});

ruleTester('no-unguarded-external-transfer', {
  valid: [
    `// a setting read from the input goes to a third party: not the customer's data
export async function POST(req: Request) {
  const { model } = await req.json();
  await fetch('https://api.llm.example.com/v1/chat', { method: 'POST', body: JSON.stringify({ model }) });
}`,
  ],
  invalid: [
    {
      code: `// the customer's chat messages forwarded to an outside API
export async function POST(req: Request) {
  const { messages } = await req.json();
  await fetch('https://api.llm.example.com/v1/chat', { method: 'POST', body: JSON.stringify({ messages }) });
}`,
      errors: [{ messageId: 'externalTransfer', line: 4, column: 95 }],
    },
  ],
});
