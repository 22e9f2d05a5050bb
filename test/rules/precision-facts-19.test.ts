/**
 * Audit 31's false positives, fixed by mechanism. Requests to the product's own back end were taken for transfers to
 * an unknown party: a host under the domain the package's manifest names as its own (`"homepage": "https://ever.team"`
 * → `api.ever.team`); a setting taken out of an object the code does not show (`const { SERVER_URL } =
 * useConfiguration()`), named like the app's own server; a `let` every later assignment keeps as the fallback; and a
 * base address a helper normalises (`if (!base) throw …; return base.endsWith('/') ? … : base`) and is given by its
 * caller. Staff-only settings procedures logged their input whole: a procedure input whose zod schema, as written,
 * holds no personal field (`configurationSchema.pick({ id: true })`) holds no one's data. The same shapes sending to a
 * host of another company, and schemas with personal fields, stay reported.
 */
import { ruleTester } from '../helpers/rule-tester';

const MANIFEST = JSON.stringify({ name: '@acme/web', homepage: 'https://acme-teams.example', author: { name: 'Acme', email: 'hello@acme.example', url: 'https://acme.example' } });

/** A base address that defaults to `host`, reassigned only with itself as the fallback. */
const BASE = (host: string): string => `let basePath = process.env.TEAMS_SERVER ? process.env.TEAMS_SERVER : 'https://${host}';
declare const desktop: boolean;
declare function runtimeConfig(): { TEAMS_SERVER?: string } | undefined;
if (desktop) basePath = runtimeConfig()?.TEAMS_SERVER || basePath;
export const TEAMS_SERVER = basePath + '/api';
export async function signIn(email: string, code: string) {
  return fetch(TEAMS_SERVER + '/auth/signin.email', { method: 'POST', body: JSON.stringify({ email, code }) });
}
export async function invite(user: { email: string }) {
  await signIn(user.email, 'x');
}`;

/** A helper that sends coordinates to `base` + a path, its base normalised by another helper. */
const GEOCODER = `import axios from 'axios';
const normalizeBaseUrl = (baseUrl: string) => {
  if (!baseUrl) {
    throw new Error('Server URL is not configured');
  }
  return baseUrl.endsWith('/') ? baseUrl.slice(0, -1) : baseUrl;
};
const buildUrl = (baseUrl: string, path: string) => \`\${normalizeBaseUrl(baseUrl)}/maps\${path}\`;
export const fetchReverseGeocode = async ({ baseUrl, latitude, longitude }: { baseUrl: string; latitude: number; longitude: number }) => {
  const response = await axios.get(buildUrl(baseUrl, '/reverse-geocode'), { params: { latitude, longitude }, timeout: 10000 });
  return response.data;
};`;

ruleTester('no-unguarded-external-transfer', {
  valid: [
    {
      code: `// the product's own API, under the domain its package.json names as its homepage
${BASE('api.acme-teams.example')}`,
      filename: 'apps/web/src/auth.ts',
      files: { 'apps/web/package.json': MANIFEST },
    },
    {
      code: `// the same under the author's domain, given as the author's site
export async function save(user: { email: string; name: string }) {
  await fetch('https://sync.acme.example/v1/profile', { method: 'POST', body: JSON.stringify({ email: user.email, name: user.name }) });
}`,
      filename: 'apps/web/src/sync.ts',
      files: { 'apps/web/package.json': MANIFEST },
    },
    {
      code: `// the app's own server, taken out of its configuration hook
import { fetchReverseGeocode } from './geocoder';
declare function useConfiguration(): { SERVER_URL?: string };
export function useLocation() {
  const { SERVER_URL } = useConfiguration();
  return async (position: { coords: { latitude: number; longitude: number } }) => {
    const { latitude, longitude } = position.coords;
    return fetchReverseGeocode({ baseUrl: SERVER_URL ?? '', latitude, longitude });
  };
}`,
      filename: 'src/use-location.ts',
      files: { 'src/geocoder.ts': GEOCODER },
    },
    `// a server of the app's own, named for which one (Open-Assistant's inference server), and its FastAPI backend
export async function postMessage(body: { content: string; email: string }) {
  await fetch(\`\${process.env.INFERENCE_SERVER_HOST}/chats/messages\`, { method: 'POST', body: JSON.stringify({ email: body.email }) });
  await fetch(\`\${process.env.FASTAPI_URL}/api/v1/users\`, { method: 'POST', body: JSON.stringify({ email: body.email }) });
}`,
    `// the same server read in a class named for it: the setting names its server itself
export class AssistantInferenceClient {
  async post(body: { email: string }) {
    await fetch(\`\${process.env.INFERENCE_SERVER_HOST}/chats\`, { method: 'POST', body: JSON.stringify({ email: body.email }) });
  }
}`,
  ],
  invalid: [
    {
      code: `// a mail relay's server and an API of unknown owner, named only by the setting: unknown
export async function notify(body: { email: string }) {
  await fetch(\`\${process.env.SMTP_SERVER_HOST}/send\`, { method: 'POST', body: JSON.stringify({ to: body.email }) });
  await fetch(\`\${process.env.CRM_API_URL}/contacts\`, { method: 'POST', body: JSON.stringify({ email: body.email }) });
}`,
      errors: [{ messageId: 'unknownNamedDestination', line: 3, column: 100 }, { messageId: 'unknownNamedDestination', line: 4, column: 102 }],
    },
    {
      code: `// an address destructured from an answer, named for nothing: unresolved, with no name to declare
export async function send(res: Response, user: { email: string }) {
  const { url } = (await res.json()) as { url: string };
  await fetch(url, { method: 'POST', body: JSON.stringify({ email: user.email }) });
}`,
      errors: [{ messageId: 'unknownDestination', line: 4, column: 68 }],
    },
    {
      code: `// the same default address when the manifest names no domain of its own
${BASE('api.acme-teams.example')}`,
      filename: 'apps/web/src/auth.ts',
      files: { 'apps/web/package.json': JSON.stringify({ name: '@acme/web', homepage: 'https://github.com/acme/teams#readme' }) },
      errors: [{ messageId: 'externalTransfer', line: 8, column: 94 }, { messageId: 'externalTransfer', line: 11, column: 16 }],
    },
    {
      code: `// a host of another company, in a package with a homepage of its own
export async function save(user: { email: string; name: string }) {
  await fetch('https://api.partner-crm.example/v1/contacts', { method: 'POST', body: JSON.stringify({ email: user.email, name: user.name }) });
}`,
      filename: 'apps/web/src/sync.ts',
      files: { 'apps/web/package.json': MANIFEST },
      errors: [{ messageId: 'externalTransfer', line: 3, column: 110 }],
    },
    {
      code: `// a geocoding vendor the caller names, through the same helpers: reported where the coordinates are handed in
import { fetchReverseGeocode } from './geocoder';
export async function locate(position: { coords: { latitude: number; longitude: number } }) {
  return fetchReverseGeocode({ baseUrl: 'https://maps.geo-vendor.example', latitude: position.coords.latitude, longitude: position.coords.longitude });
}`,
      filename: 'src/locate.ts',
      files: { 'src/geocoder.ts': GEOCODER },
      errors: [{ messageId: 'externalTransfer', line: 4, column: 86 }],
    },
  ],
});

/** A staff-only settings router of a tRPC app that logs what it is given. */
const ROUTER = (schemas: string, input: string): string => `import { initTRPC } from '@trpc/server';
import { z } from 'zod';
import pino from 'pino';
const logger = pino();
const t = initTRPC.create();
const configurationSchema = z.object({
  id: z.string(),
  name: z.string(),
  active: z.boolean(),
  smtpHost: z.string(),
  smtpPort: z.string(),
  events: z.array(z.object({ eventType: z.enum(['ORDER_CREATED', 'ORDER_PAID']), active: z.boolean() })),
});
${schemas}
export const router = t.router({
  update: t.procedure.input(${input}).mutation(async ({ input }) => {
    logger.debug(input, 'configurationRouter.update called');
    return input;
  }),
});`;

ruleTester('no-personal-data-in-logs', {
  valid: [
    {
      code: ROUTER('const idInput = configurationSchema.pick({ id: true });', 'idInput'),
      filename: 'src/router.ts',
      typeInfo: false,
    },
    {
      code: ROUTER(`const listInput = z.object({ ids: z.array(z.string()).optional(), active: z.boolean().optional() }).optional();`, 'listInput'),
      filename: 'src/router.ts',
      typeInfo: false,
    },
    {
      code: ROUTER('const eventsInput = configurationSchema.pick({ id: true, events: true }).extend({ channel: z.string() });', 'eventsInput'),
      filename: 'src/router.ts',
      typeInfo: false,
    },
    {
      code: `// the schema imported from the module that declares it; a configuration's name is the configuration's
${ROUTER("import { configurationNameInput } from './schemas';", 'configurationNameInput')}`,
      filename: 'src/router.ts',
      files: { 'src/schemas.ts': `import { z } from 'zod';
export const configurationNameInput = z.object({ id: z.string(), name: z.string(), active: z.boolean() });` },
      typeInfo: false,
    },
    {
      code: ROUTER('const basicInformationInput = configurationSchema.pick({ id: true, name: true, active: true });', 'basicInformationInput'),
      filename: 'src/router.ts',
      typeInfo: false,
    },
  ],
  invalid: [
    {
      code: ROUTER('const senderInput = configurationSchema.pick({ id: true }).extend({ senderEmail: z.string() });', 'senderInput'),
      filename: 'src/router.ts',
      typeInfo: false,
      errors: [{ messageId: 'personalDataInLog', line: 17, column: 18 }],
    },
    {
      code: ROUTER('const feedbackInput = z.object({ id: z.string(), message: z.string() });', 'feedbackInput'),
      filename: 'src/router.ts',
      typeInfo: false,
      errors: [{ messageId: 'personalDataInLog', line: 17, column: 18 }],
    },
    {
      code: `// a bare name in a schema named for no thing is a person's
${ROUTER('const profileInput = z.object({ id: z.string(), name: z.string() });', 'profileInput')}`,
      filename: 'src/router.ts',
      typeInfo: false,
      errors: [{ messageId: 'personalDataInLog', line: 18, column: 18 }],
    },
    {
      code: ROUTER('declare const unknownSchema: any;', 'unknownSchema'),
      filename: 'src/router.ts',
      typeInfo: false,
      errors: [{ messageId: 'personalDataInLog', line: 17, column: 18 }],
    },
  ],
});
