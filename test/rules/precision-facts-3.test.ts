/**
 * Precision on real repositories, round 3 (issue 7, audit 4): placeholders written where a person's value would go,
 * words for things rather than people, the app's own jobs. Each row is a false alarm found on a real application
 * (dub, outline), written down small, next to the true finding that must stay.
 */
import { ruleTester } from '../helpers/rule-tester';

/** A click recorder as dub's: the IP read off the request it is given, a loopback constant outside Vercel. */
const CLICK_FILES = {
  'src/constants.ts': `export const LOCALHOST_IP = "127.0.0.1";
export const LOCALHOST_GEO_DATA = { country: "US", city: "San Francisco", latitude: "37.7695", longitude: "-122.385" };
`,
  'src/record-click.ts': `import { LOCALHOST_IP, LOCALHOST_GEO_DATA } from './constants';
declare function ipAddress(req: Request): string | undefined;
declare function geolocation(req: Request): { country?: string; city?: string; latitude?: string; longitude?: string };
export async function recordClick({ req, linkId }: { req: Request; linkId: string }) {
  const geo = process.env.VERCEL === "1" ? geolocation(req) : LOCALHOST_GEO_DATA;
  const ip = process.env.VERCEL === "1" ? ipAddress(req) : LOCALHOST_IP;
  const clickData = {
    link_id: linkId,
    ip: typeof ip === "string" && ip.trim().length > 0 ? ip : "",
    country: geo.country || "Unknown",
    latitude: geo.latitude || "Unknown",
    longitude: geo.longitude || "Unknown",
  };
  return clickData;
}
`,
};

ruleTester('no-unguarded-external-transfer', {
  valid: [
    // ── 1. Placeholder addresses ──
    {
      code: `// a made-up click: the request is built here with a loopback x-forwarded-for, so its "IP" is the placeholder
import { recordClick } from './record-click';
declare const clickEventSchema: { parse(x: unknown): { link_id: string; ip: string; latitude: string; bot: number } };
export async function recordFakeClick(link: { url: string; id: string }) {
  const dummyRequest = new Request(link.url, {
    headers: new Headers({ "user-agent": "Mozilla/5.0", "x-forwarded-for": "127.0.0.1" }),
  });
  const clickData = await recordClick({ req: dummyRequest, linkId: link.id });
  const clickEvent = clickEventSchema.parse({ ...clickData, bot: 0 });
  await fetch('https://api.tinybird.co/v0/events?name=clicks', { method: 'POST', body: JSON.stringify({ ...clickEvent, qr: 0 }) });
}`,
      files: CLICK_FILES,
    },
    `// rows whose ip is written as '' or a loopback literal, their location as 'Unknown' (a backfill of imported leads)
declare const leads: Array<{ id: string; linkId: string }>;
export async function backfill() {
  const dataArray = leads.map((lead) => {
    const clickData = { timestamp: new Date().toISOString(), link_id: lead.linkId, ip: "", country: "US" };
    return { lead, clickData };
  });
  await fetch('https://api.tinybird.co/v0/events?name=clicks', {
    method: 'POST',
    body: dataArray.map((d) => JSON.stringify(d.clickData)).join('\\n'),
  });
  const clicks = leads.map((l) => ({ link_id: l.linkId, ip: '0.0.0.0', city: 'Unknown', latitude: 'Unknown', longitude: 0 }));
  const batch = ([] as unknown[]) as typeof clicks;
  await fetch('https://api.tinybird.co/v0/events?name=clicks2', { method: 'POST', body: batch.map((d) => JSON.stringify(d)).join('\\n') });
}`,
  ],
  invalid: [
    {
      code: `// the visitor's own request, and a request built from the visitor's forwarded address: a real IP
import { recordClick } from './record-click';
export async function GET(req: Request) {
  const clickData = await recordClick({ req, linkId: 'l' });
  await fetch('https://api.tinybird.co/v0/events', { method: 'POST', body: JSON.stringify({ ...clickData, bot: 0 }) });
}
export async function POST(request: Request) {
  const copy = new Request('https://x.example', { headers: { 'x-forwarded-for': request.headers.get('x-forwarded-for') ?? '' } });
  const clickData = await recordClick({ req: copy, linkId: 'l' });
  await fetch('https://api.tinybird.co/v0/events', { method: 'POST', body: JSON.stringify({ ...clickData, bot: 0 }) });
}`,
      files: CLICK_FILES,
      errors: [
        { messageId: 'externalTransfer', line: 5, column: 96, messageIncludes: '`ip`' },
        { messageId: 'externalTransfer', line: 10, column: 96, messageIncludes: '`ip`' },
      ],
    },
    {
      code: `// an ip given a real value in one of the rows
declare const leads: Array<{ id: string; linkId: string; ipAddress: string }>;
export async function backfill(fromCsv: boolean) {
  const clicks = leads.map((l) => (fromCsv ? { link_id: l.linkId, ip: l.ipAddress } : { link_id: l.linkId, ip: '' }));
  await fetch('https://api.tinybird.co/v0/events?name=clicks', { method: 'POST', body: clicks.map((d) => JSON.stringify(d)).join('\\n') });
}`,
      errors: [{ messageId: 'externalTransfer', line: 5, column: 121 }],
    },
  ],
});

/** A project's QStash check, as dub's: QStash's Receiver verifies the signature of the raw body. */
const VERIFY_FILES = {
  'src/verify-qstash.ts': `declare class Receiver { verify(x: { signature: string; body: string }): Promise<boolean> }
const receiver = new Receiver();
export async function verifyQstashSignature({ req, rawBody }: { req: Request; rawBody: string }) {
  const signature = req.headers.get('Upstash-Signature');
  if (!signature || !(await receiver.verify({ signature, body: rawBody }))) throw new Error('unauthorized');
}
`,
};

ruleTester('no-personal-data-in-logs', {
  valid: [
    // ── 2. Words for things, not people ──
    `// a file's path inside an uploaded zip is not a postal code, and an attachment's name is the file's
declare const Logger: { warn(label: string, msg: string, extra?: object): void; debug(label: string, msg: string, extra?: object): void };
interface User { id: string; name: string; email: string }
interface Attachment { id: string; name: string; size: number; user: User; contentType: string }
export function presentAttachment(attachment: Attachment) {
  return { id: attachment.id, name: attachment.name, size: attachment.size };
}
export function importItem(item: { id: string; pathInZip: string }, a: Attachment) {
  Logger.warn('import', \`Skipping \${item.pathInZip}\`);
  Logger.debug('import', 'attachment', presentAttachment(a));
}`,
    // ── 4. Fields a presenter sets only when asked ──
    `// a presenter that adds the e-mail only under an option: called without it, or with false, it holds ids and an avatar
interface User { id: string; name: string; email: string; avatarUrl: string | null }
type Options = { includeDetails?: boolean; includeEmail?: boolean };
type MemberPresentation = { id: string; avatarUrl: string | null; email?: string | null };
function presentMember(user: User, options: Options = {}): MemberPresentation {
  const data: MemberPresentation = { id: user.id, avatarUrl: user.avatarUrl };
  if (options.includeEmail) {
    data.email = user.email;
  }
  return data;
}
export function deliver(user: User) {
  console.log('member', presentMember(user));
  console.log('member', presentMember(user, { includeEmail: false }));
}`,
    {
      code: `// a function held by a class property is behaviour, not a credential the record carries
class User {
  id = '';
  avatarUrl = '';
  getEmailVerificationCode = async (): Promise<string> => 'code';
}
class Doc {
  id = '';
  title = '';
  createdBy?: User;
}
export function log(doc: Doc) {
  console.log('doc', doc);
}`,
      typeInfo: true,
    },
    {
      code: `// a server action's parsed input whose schema holds amounts, ids and choices: no one's data
type RewardInput = { workspaceId: string; event: 'sale' | 'lead'; amount: number; maxDuration?: number | null;
  modifiers?: Array<{ key: string; operator: 'gt' | 'lt'; value: number }> };
declare const authActionClient: {
  inputSchema<T>(s: { _t: T }): { action(fn: (x: { parsedInput: T; ctx: { workspace: { id: string } } }) => Promise<void>): void };
};
declare const rewardSchema: { _t: RewardInput };
declare const logger: { info(msg: string, data?: object): void };
export const createReward = authActionClient.inputSchema(rewardSchema).action(async ({ parsedInput }) => {
  logger.info('reward created', { reward: parsedInput });
});`,
      typeInfo: true,
    },
    // ── 3. The app's own jobs ──
    {
      code: `// a cron route re-queueing its own QStash job: the body is what the app enqueued (ids, pages), checked by signature
import { verifyQstashSignature } from './verify-qstash';
export async function POST(req: Request) {
  const rawBody = await req.text();
  await verifyQstashSignature({ req, rawBody });
  const body = JSON.parse(rawBody);
  console.log('import job', body);
}`,
      files: VERIFY_FILES,
    },
    `// QStash's Receiver used in the route itself, and a handler wrapped by verifySignatureAppRouter
declare class Receiver { verify(x: { signature: string; body: string }): Promise<boolean> }
declare function verifySignatureAppRouter(handler: (req: Request) => Promise<Response>): (req: Request) => Promise<Response>;
const receiver = new Receiver();
export async function POST(req: Request) {
  const rawBody = await req.text();
  if (!(await receiver.verify({ signature: req.headers.get('upstash-signature') ?? '', body: rawBody }))) return new Response(null, { status: 401 });
  console.log('job', rawBody);
  return new Response('ok');
}
export const PUT = verifySignatureAppRouter(async (req: Request) => {
  const job = await req.json();
  console.log('job', job);
  return new Response('ok');
});`,
  ],
  invalid: [
    {
      code: `// a form posted by a customer, and a person's field read by name out of a job's body, stay reported
import { verifyQstashSignature } from './verify-qstash';
export async function PUT(req: Request) {
  const body = await req.json();
  console.log('form', body);
}
export async function PATCH(req: Request) {
  const rawBody = await req.text();
  await verifyQstashSignature({ req, rawBody });
  const body = JSON.parse(rawBody);
  console.log('mail job for', body.email);
}`,
      files: VERIFY_FILES,
      errors: [
        { messageId: 'personalDataInLog', line: 5, column: 23 },
        { messageId: 'personalDataInLog', line: 11, column: 31 },
      ],
    },
    {
      code: `// a third party's webhook the app passed on through its queue: validated against a schema with contacts' e-mails
import { verifyQstashSignature } from './verify-qstash';
import { intercomWebhookSchema } from './intercom-schema';
export async function POST(req: Request) {
  const rawBody = await req.text();
  await verifyQstashSignature({ req, rawBody });
  const body = JSON.parse(rawBody);
  const { topic } = intercomWebhookSchema.parse(body);
  console.log('intercom event', topic, body);
}`,
      files: {
        ...VERIFY_FILES,
        'src/intercom-schema.ts': `declare const z: any;
const intercomContactSchema = z.object({ id: z.string(), email: z.string() });
export const intercomWebhookSchema = z.object({
  topic: z.string(),
  data: z.object({ item: z.object({ contacts: z.object({ contacts: z.array(intercomContactSchema) }) }) }),
});
`,
      },
      errors: [{ messageId: 'personalDataInLog', line: 9, column: 40 }],
    },
    {
      code: `// QStash's callback after delivering a webhook: its sourceBody is the delivered payload (people's data), not a job
import { verifyQstashSignature } from './verify-qstash';
export async function POST(req: Request) {
  const rawBody = await req.text();
  await verifyQstashSignature({ req, rawBody });
  const { status, sourceBody } = JSON.parse(rawBody);
  const request = Buffer.from(sourceBody, 'base64').toString('utf-8');
  console.log('delivered', status, request);
}`,
      files: VERIFY_FILES,
      errors: [{ messageId: 'personalDataInLog', line: 8, column: 36 }],
    },
    {
      code: `// asked for the e-mail (or maybe: a flag passed on), and a presenter whose literal holds the name: what it holds is named
interface User { id: string; name: string; email: string; avatarUrl: string | null }
type Options = { includeDetails?: boolean; includeEmail?: boolean };
type UserPresentation = { id: string; name: string; avatarUrl: string | null; email?: string | null };
function presentUser(user: User, options: Options = {}): UserPresentation {
  const data: UserPresentation = { id: user.id, name: user.name, avatarUrl: user.avatarUrl };
  if (options.includeEmail) {
    data.email = user.email;
  }
  return data;
}
export function deliver(user: User, includeEmail: boolean) {
  console.log('member', presentUser(user, { includeEmail: true }));
  console.log('member', presentUser(user, { includeEmail }));
  console.log('member', presentUser(user));
}`,
      errors: [
        { messageId: 'personalDataInLog', line: 13, column: 25, messageIncludes: 'email' },
        { messageId: 'personalDataInLog', line: 14, column: 25, messageIncludes: 'email' },
        { messageId: 'personalDataInLog', line: 15, column: 25, messageIncludes: '`name`' },
      ],
    },
    {
      code: `// a request helper's silly-level trace of every request: one finding in this file, at its first call; a helper's
// info-level audit log: every call
import request, { audit } from './http';
interface User { id: string; name: string; email: string }
export async function notify(user: User, hookUrl: string) {
  await request(hookUrl, { method: 'POST', body: JSON.stringify({ email: user.email }) });
  await request(hookUrl, { method: 'POST', body: JSON.stringify({ name: user.name }) });
  audit({ email: user.email });
  audit({ name: user.name });
}`,
      files: {
        'src/http.ts': `declare const Logger: { silly(label: string, msg: string, extra?: object): void; info(label: string, msg: string, extra?: object): void };
declare function nodeFetch(url: string, init?: RequestInit): Promise<Response>;
export default async function request(url: string, init?: RequestInit) {
  Logger.silly('http', \`Network request to \${url}\`, init);
  return nodeFetch(url, init);
}
export function audit(extra: object) {
  Logger.info('audit', 'event', extra);
}
`,
      },
      errors: [
        { messageId: 'personalDataInLog', line: 6, column: 74 },
        { messageId: 'personalDataInLog', line: 8, column: 18 },
        { messageId: 'personalDataInLog', line: 9, column: 17 },
      ],
    },
    {
      code: `// parsed inputs with free text or an e-mail stay the customer's
type LeadInput = { leadId: string; status: 'new' | 'won'; notes?: string };
type InviteInput = { workspaceId: string; email: string };
declare const authActionClient: {
  inputSchema<T>(s: { _t: T }): { action(fn: (x: { parsedInput: T }) => Promise<void>): void };
};
declare const leadSchema: { _t: LeadInput };
declare const inviteSchema: { _t: InviteInput };
declare const logger: { info(msg: string, data?: object): void };
export const updateLead = authActionClient.inputSchema(leadSchema).action(async ({ parsedInput }) => {
  logger.info('lead status', { input: parsedInput });
});
export const invite = authActionClient.inputSchema(inviteSchema).action(async ({ parsedInput }) => {
  logger.info('invite', { input: parsedInput });
});`,
      errors: [
        { messageId: 'personalDataInLog', line: 11, column: 39 },
        { messageId: 'personalDataInLog', line: 14, column: 34 },
      ],
    },
    {
      code: `// the uploader's name and a customer's zip code are a person's
declare const Logger: { warn(label: string, msg: string, extra?: object): void };
interface User { id: string; name: string; email: string }
interface Attachment { id: string; name: string; user: User }
export function log(a: Attachment, customer: { id: string; zip: string }) {
  Logger.warn('upload', \`by \${a.user.name}\`);
  Logger.warn('ship', \`to \${customer.zip}\`);
}`,
      errors: [
        { messageId: 'personalDataInLog', line: 6, column: 31 },
        { messageId: 'personalDataInLog', line: 7, column: 29 },
      ],
    },
  ],
});
