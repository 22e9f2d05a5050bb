#!/usr/bin/env node
'use strict';
/**
 * Generates the application-style benchmark corpus (the *typed corpus*): N TypeScript files of a fictional
 * backend — entity types, repositories, services, express-like routes, integrations, mappers, validators and
 * batch jobs — with loggers, HTTP calls, SDK calls, consent guards, sanitizers and near misses, the way the
 * linter meets them in real projects. It is self-contained: `src/vendor.d.ts` declares the library modules it
 * imports, so `tsc --noEmit -p bench/.corpus/generated` passes with no dependency installed.
 *
 *   node bench/generate.js [--files 1000] [--seed 20240401] [--out bench/.corpus/generated] [--force]
 *
 * The output depends only on (files, seed, GENERATOR_VERSION): a seeded PRNG (mulberry32) drives every choice.
 * When the folder already holds that exact corpus, nothing is written.
 */
const fs = require('node:fs');
const path = require('node:path');
const { GENERATED_CORPUS_DIR } = require('./corpora');

const GENERATOR_VERSION = 3;
const DEFAULT_FILES = 1000;
const DEFAULT_SEED = 20240401;

// ---------------------------------------------------------------------------------------------------------------
// Seeded randomness

function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  constructor(seed) {
    this.next = mulberry32(seed);
  }
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }
  chance(p) {
    return this.next() < p;
  }
  sample(items, n) {
    const copy = items.slice();
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, Math.min(n, copy.length));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary of the generated application

const NOUNS = [
  'customer', 'member', 'applicant', 'subscriber', 'guest', 'patron', 'tenant', 'student', 'client', 'buyer',
  'seller', 'partner', 'driver', 'courier', 'agent', 'owner', 'visitor', 'consultant', 'supplier', 'trainee',
  'reservation', 'ticket', 'invoice', 'shipment', 'device', 'campaign', 'voucher', 'payroll', 'contract', 'lead',
];
/** Nouns whose entities carry no personal fields (near misses by type). */
const IMPERSONAL = new Set(['ticket', 'device', 'campaign', 'voucher', 'invoice', 'shipment']);

/** Personal fields: [name, snake_case column, kind]. */
const PERSONAL_FIELDS = [
  ['shimei', 'shimei', 'name'],
  ['furigana', 'furigana', 'kana'],
  ['fullName', 'full_name', 'name'],
  ['email', 'email', 'email'],
  ['mailAddress', 'mail_address', 'email'],
  ['denwaBango', 'denwa_bango', 'phone'],
  ['telNo', 'tel_no', 'phone'],
  ['phoneNumber', 'phone_number', 'phone'],
  ['jusho', 'jusho', 'address'],
  ['address', 'address', 'address'],
  ['yubinBango', 'yubin_bango', 'postal'],
  ['postalCode', 'postal_code', 'postal'],
  ['seinengappi', 'seinengappi', 'birth'],
  ['birthDate', 'birth_date', 'birth'],
  ['kozaBango', 'koza_bango', 'account'],
  ['accountNumber', 'account_number', 'account'],
];
const MY_NUMBER_FIELD = ['kojinBango', 'kojin_bango', 'mynumber'];

/** Non-personal fields: [name, column, TS type, default expression for rows]. */
const PLAIN_FIELDS = [
  ['points', 'points', 'number'],
  ['score', 'score', 'number'],
  ['displayOrder', 'display_order', 'number'],
  ['version', 'version', 'number'],
  ['emailVerified', 'email_verified', 'boolean'],
  ['archived', 'archived', 'boolean'],
  ['region', 'region', 'string'],
  ['locale', 'locale', 'string'],
  ['emailTemplateId', 'email_template_id', 'string'],
  ['fileName', 'file_name', 'string'],
  ['lastLoginAt', 'last_login_at', 'string'],
  ['plan', 'plan', "'free' | 'pro' | 'enterprise'"],
];

const VERBS = ['refresh', 'review', 'approve', 'suspend', 'reactivate', 'sync', 'audit', 'archive', 'notify', 'rescore', 'verify', 'escalate'];
const MESSAGES = ['processed', 'updated', 'checked', 'skipped', 'queued', 'done', 'started', 'completed', 'reconciled'];
const STATUSES = ['active', 'pending', 'suspended', 'closed'];

const pascal = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const constCase = (s) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

// ---------------------------------------------------------------------------------------------------------------
// Shared files

const VENDOR_DTS = `/* Minimal declarations of the libraries the generated application imports (no dependency needed). */
declare const process: { env: Record<string, string | undefined> };

declare module 'pino' {
  interface LogFn {
    (obj: object, msg?: string): void;
    (msg: string): void;
  }
  export interface Logger {
    level: string;
    trace: LogFn;
    debug: LogFn;
    info: LogFn;
    warn: LogFn;
    error: LogFn;
    child(bindings: Record<string, unknown>): Logger;
  }
  function pino(options?: { level?: string; base?: Record<string, unknown> }): Logger;
  export default pino;
}

declare module 'express' {
  import type { Logger } from 'pino';
  export interface SessionUser { id: string; role: 'customer' | 'staff' | 'admin' }
  export interface Request {
    params: Record<string, string>;
    query: Record<string, string | undefined>;
    headers: Record<string, string | undefined>;
    body: any;
    log: Logger;
    user: SessionUser;
  }
  export interface Response {
    status(code: number): Response;
    json(body: unknown): void;
    send(body?: string): void;
    end(): void;
  }
  export type NextFunction = (err?: unknown) => void;
  export type Handler = (req: Request, res: Response, next: NextFunction) => void | Promise<void>;
  export interface Router {
    get(path: string, ...handlers: Handler[]): Router;
    post(path: string, ...handlers: Handler[]): Router;
    put(path: string, ...handlers: Handler[]): Router;
    delete(path: string, ...handlers: Handler[]): Router;
  }
  export function Router(): Router;
}

declare module 'pg' {
  export interface QueryResult<R> { rows: R[]; rowCount: number }
  export class Pool {
    constructor(options?: { connectionString?: string; max?: number });
    query<R = Record<string, unknown>>(text: string, values?: unknown[]): Promise<QueryResult<R>>;
  }
}

declare module 'axios' {
  export interface AxiosRequestConfig { baseURL?: string; timeout?: number; headers?: Record<string, string> }
  export interface AxiosResponse<T = unknown> { data: T; status: number }
  export interface AxiosInstance {
    get<T = unknown>(url: string, config?: AxiosRequestConfig): Promise<AxiosResponse<T>>;
    post<T = unknown>(url: string, data?: unknown, config?: AxiosRequestConfig): Promise<AxiosResponse<T>>;
    put<T = unknown>(url: string, data?: unknown, config?: AxiosRequestConfig): Promise<AxiosResponse<T>>;
    delete<T = unknown>(url: string, config?: AxiosRequestConfig): Promise<AxiosResponse<T>>;
  }
  export interface AxiosStatic extends AxiosInstance {
    create(config?: AxiosRequestConfig): AxiosInstance;
  }
  const axios: AxiosStatic;
  export default axios;
}

declare module '@sentry/node' {
  export function setUser(user: { id?: string; email?: string } | null): void;
  export function setContext(name: string, context: Record<string, unknown> | null): void;
  export function addBreadcrumb(crumb: { message: string; data?: Record<string, unknown> }): void;
  export function captureException(error: unknown): string;
}

declare module '@segment/analytics-node' {
  export class Analytics {
    constructor(settings: { writeKey: string });
    identify(params: { userId: string; traits?: Record<string, unknown> }): void;
    track(params: { userId: string; event: string; properties?: Record<string, unknown> }): void;
  }
}
`;

const TSCONFIG = `{
  // Generated benchmark corpus (bench/generate.js): self-contained, \`tsc --noEmit -p .\` passes.
  "compilerOptions": {
    "target": "ES2022",
    "lib": ["ES2022", "DOM"],
    "module": "nodenext",
    "moduleResolution": "nodenext",
    "strict": true,
    "noEmit": true,
    "types": [],
    "esModuleInterop": true,
    "skipLibCheck": true
  },
  "include": ["src"]
}
`;

const PRIVACY_LINT_JSON = `// Generated benchmark corpus (bench/generate.js).
{
  "extends": "recommended",
  "personalData": { "sanitizers": ["mask"] },
  "myNumber": { "permittedModules": ["src/payroll*/**"], "permittedDestinations": ["api.etax.example.go.jp"] },
  "transfers": {
    "internalHosts": ["*.corp.internal"],
    "processors": [
      { "host": "mail.example-mailer.jp", "country": "JP", "name": "Mailer KK" },
      { "host": "api.crm-example.com", "country": "US", "name": "CRM Example Inc." }
    ],
    "consentGuards": ["hasConsent", "consent.isGranted"]
  }
}
`;

const SHARED = {
  'src/config/endpoints.ts': `export const INTERNAL_API_URL = 'https://api.corp.internal/v1';
export const AUDIT_SERVICE_URL = 'https://audit.corp.internal/v2';
export const CONSENT_SERVICE_URL = 'https://consent.corp.internal/v1';
export const MAILER_URL = 'https://mail.example-mailer.jp/api';
export const CRM_URL = 'https://api.crm-example.com/v2';
export const PARTNER_URL = 'https://api.partner-network.example.net/v1';
export const ETAX_URL = 'https://api.etax.example.go.jp/v1';
export const SEGMENT_WRITE_KEY = 'generated-corpus-write-key';
`,
  'src/lib/logger.ts': `import pino from 'pino';

export const logger = pino({ level: process.env.LOG_LEVEL ?? 'info', base: { service: 'generated-app' } });
export type { Logger } from 'pino';
`,
  'src/lib/db.ts': `import { Pool } from 'pg';

export const db = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
`,
  'src/lib/privacy.ts': `import { CONSENT_SERVICE_URL } from '../config/endpoints';

export type ConsentPurpose = 'crm' | 'analytics' | 'partner' | 'support';
export interface ConsentEntry { granted: boolean; at: string }
export type ConsentState = Partial<Record<ConsentPurpose, ConsentEntry>>;

export function hasConsent(subject: { consents: ConsentState }, purpose: ConsentPurpose): boolean {
  return subject.consents[purpose]?.granted === true;
}

export const consent = {
  async isGranted(subjectId: string, purpose: ConsentPurpose): Promise<boolean> {
    const res = await fetch(\`\${CONSENT_SERVICE_URL}/subjects/\${encodeURIComponent(subjectId)}/\${purpose}\`);
    return res.ok && ((await res.json()) as { granted?: boolean }).granted === true;
  },
};

export function mask(value: string): string {
  const at = value.indexOf('@');
  if (at > 0) return \`\${value.slice(0, 1)}***\${value.slice(at)}\`;
  return value.length <= 4 ? '****' : '*'.repeat(value.length - 4) + value.slice(-4);
}
`,
  'src/lib/clients.ts': `import axios from 'axios';
import { Analytics } from '@segment/analytics-node';
import { CRM_URL, INTERNAL_API_URL, MAILER_URL, PARTNER_URL, SEGMENT_WRITE_KEY } from '../config/endpoints';

export const internalApi = axios.create({ baseURL: INTERNAL_API_URL, timeout: 3000 });
export const mailerApi = axios.create({ baseURL: MAILER_URL, timeout: 5000 });
export const crmApi = axios.create({ baseURL: CRM_URL, timeout: 10000 });
export const partnerApi = axios.create({ baseURL: PARTNER_URL, timeout: 5000 });
export const analytics = new Analytics({ writeKey: SEGMENT_WRITE_KEY });
`,
  'src/lib/http.ts': `import axios from 'axios';

export async function postJson(url: string, body: unknown): Promise<number> {
  const res = await axios.post(url, body, { headers: { 'content-type': 'application/json' } });
  return res.status;
}

export async function getJson<T>(url: string): Promise<T> {
  const res = await axios.get<T>(url);
  return res.data;
}
`,
  'src/lib/result.ts': `export type Result<T, E = string[]> = { ok: true; value: T } | { ok: false; errors: E };

export interface Page<T> {
  items: T[];
  total: number;
  cursor?: string;
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function groupBy<T, K extends string>(items: readonly T[], keyOf: (item: T) => K): Partial<Record<K, T[]>> {
  const out: Partial<Record<K, T[]>> = {};
  for (const item of items) {
    const key = keyOf(item);
    (out[key] ??= []).push(item);
  }
  return out;
}

export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}
`,
};

// ---------------------------------------------------------------------------------------------------------------
// Domains

function makeDomain(rng, index) {
  const noun = NOUNS[index % NOUNS.length];
  const suffix = Math.floor(index / NOUNS.length) + 1;
  const e = `${noun}${suffix}`;
  const E = pascal(e);
  const impersonal = IMPERSONAL.has(noun);
  const personal = impersonal ? [] : rng.sample(PERSONAL_FIELDS, rng.int(2, 6));
  if (noun === 'payroll') personal.push(MY_NUMBER_FIELD);
  const plain = rng.sample(PLAIN_FIELDS, rng.int(2, 5));
  return { index, noun, e, E, dir: `src/${e}`, personal, plain, stringPersonal: personal.map((f) => f[0]) };
}

/** TypeScript type of a field: personal fields are strings, plain fields carry their type. */
function fieldType(field) {
  return PLAIN_FIELDS.includes(field) ? field[2] : 'string';
}

function typesFile(d) {
  const lines = [];
  lines.push(`import type { ConsentState } from '../lib/privacy';`, '');
  lines.push(`export type ${d.E}Status = ${STATUSES.map((s) => `'${s}'`).join(' | ')};`, '');
  lines.push(`/** ${pascal(d.noun)} record (generated). */`);
  lines.push(`export interface ${d.E} {`, '  id: string;');
  for (const f of d.personal) lines.push(`  ${f[0]}: string;`);
  for (const f of d.plain) lines.push(`  ${f[0]}: ${fieldType(f)};`);
  lines.push(`  status: ${d.E}Status;`, '  consents: ConsentState;', '  createdAt: string;', '}', '');
  lines.push(`export type ${d.E}Input = Omit<${d.E}, 'id' | 'status' | 'consents' | 'createdAt'>;`, '');
  lines.push(`export interface ${d.E}Summary {`, '  total: number;', `  byStatus: Record<${d.E}Status, number>;`, '  newest?: string;', '}', '');
  lines.push(`export function is${d.E}Status(value: string): value is ${d.E}Status {`);
  lines.push(`  return ${STATUSES.map((s) => `value === '${s}'`).join(' || ')};`, '}', '');
  lines.push(`export function isActive${d.E}(item: Pick<${d.E}, 'status'>): boolean {`, "  return item.status === 'active';", '}', '');
  lines.push(`export type ${d.E}Event =`);
  lines.push(`  | { kind: 'created'; id: string; at: string }`);
  lines.push(`  | { kind: 'status-changed'; id: string; from: ${d.E}Status; to: ${d.E}Status; at: string }`);
  lines.push(`  | { kind: 'consent-changed'; id: string; purpose: keyof ConsentState; granted: boolean; at: string }`);
  lines.push(`  | { kind: 'deleted'; id: string; at: string };`);
  return lines.join('\n') + '\n';
}

function repositoryFile(d) {
  const all = [...d.personal, ...d.plain];
  const L = [];
  L.push(`import { db } from '../lib/db';`, `import type { ConsentState } from '../lib/privacy';`, `import type { ${d.E}, ${d.E}Input, ${d.E}Status } from './types';`, '');
  L.push(`interface ${d.E}Row {`, '  id: string;');
  for (const f of all) L.push(`  ${f[1]}: ${fieldType(f)};`);
  L.push(`  status: ${d.E}Status;`, '  consents: ConsentState | null;', '  created_at: string;', '}', '');
  L.push(`function to${d.E}(row: ${d.E}Row): ${d.E} {`, '  return {', '    id: row.id,');
  for (const f of all) L.push(`    ${f[0]}: row.${f[1]},`);
  L.push('    status: row.status,', '    consents: row.consents ?? {},', '    createdAt: row.created_at,', '  };', '}', '');
  const table = `${d.e}s`;
  L.push(`export class ${d.E}Repository {`);
  L.push(`  async findById(id: string): Promise<${d.E} | undefined> {`);
  L.push(`    const result = await db.query<${d.E}Row>('SELECT * FROM ${table} WHERE id = $1', [id]);`);
  L.push('    const row = result.rows[0];', `    return row ? to${d.E}(row) : undefined;`, '  }', '');
  L.push(`  async list(status: ${d.E}Status, limit = 100): Promise<${d.E}[]> {`);
  L.push(`    const result = await db.query<${d.E}Row>('SELECT * FROM ${table} WHERE status = $1 LIMIT $2', [status, limit]);`);
  L.push(`    return result.rows.map(to${d.E});`, '  }', '');
  L.push(`  async insert(input: ${d.E}Input): Promise<${d.E}> {`);
  const cols = all.map((f) => f[1]);
  L.push(`    const result = await db.query<${d.E}Row>(`);
  L.push(`      'INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING *',`);
  L.push(`      [${all.map((f) => `input.${f[0]}`).join(', ')}],`);
  L.push('    );', `    return to${d.E}(result.rows[0]);`, '  }', '');
  L.push(`  async updateStatus(id: string, status: ${d.E}Status): Promise<void> {`);
  L.push(`    await db.query('UPDATE ${table} SET status = $2 WHERE id = $1', [id, status]);`, '  }', '');
  L.push(`  async countByStatus(status: ${d.E}Status): Promise<number> {`);
  L.push(`    const result = await db.query<{ n: string }>('SELECT count(*) AS n FROM ${table} WHERE status = $1', [status]);`);
  L.push('    return Number(result.rows[0]?.n ?? 0);', '  }');
  if (d.personal.length > 0) {
    const f = d.personal[0];
    L.push('', `  async findBy${pascal(f[0])}(value: string): Promise<${d.E} | undefined> {`);
    L.push(`    const result = await db.query<${d.E}Row>('SELECT * FROM ${table} WHERE ${f[1]} = $1', [value]);`);
    L.push('    const row = result.rows[0];', `    return row ? to${d.E}(row) : undefined;`, '  }');
  }
  L.push('}');
  return L.join('\n') + '\n';
}

function mapperFile(d) {
  const L = [];
  L.push(`import { mask } from '../lib/privacy';`, `import type { Page } from '../lib/result';`);
  L.push(`import type { ${d.E}, ${d.E}Event, ${d.E}Status, ${d.E}Summary } from './types';`, '');
  L.push(`export interface ${d.E}Dto {`, '  id: string;', `  status: ${d.E}Status;`);
  for (const f of d.personal) L.push(`  ${f[0]}: string;`);
  L.push('  createdAt: string;', '}', '');
  L.push(`export function to${d.E}Dto(item: ${d.E}): ${d.E}Dto {`, '  return {', '    id: item.id,', '    status: item.status,');
  for (const f of d.personal) L.push(`    ${f[0]}: mask(item.${f[0]}),`);
  L.push('    createdAt: item.createdAt,', '  };', '}', '');
  L.push(`export function summarize${d.E}s(items: readonly ${d.E}[]): ${d.E}Summary {`);
  L.push(`  const byStatus: Record<${d.E}Status, number> = { ${STATUSES.map((s) => `${s}: 0`).join(', ')} };`);
  L.push('  let newest: string | undefined;', '  for (const item of items) {', '    byStatus[item.status] += 1;');
  L.push('    if (newest === undefined || item.createdAt > newest) newest = item.createdAt;', '  }');
  L.push('  return { total: items.length, byStatus, newest };', '}', '');
  L.push(`export function page${d.E}s(items: readonly ${d.E}[], cursor?: string, size = 20): Page<${d.E}Dto> {`);
  L.push('  const start = cursor ? items.findIndex((item) => item.id === cursor) + 1 : 0;');
  L.push(`  const slice = items.slice(start, start + size).map(to${d.E}Dto);`);
  L.push('  const last = slice[slice.length - 1];');
  L.push('  return { items: slice, total: items.length, cursor: slice.length === size && last ? last.id : undefined };', '}', '');
  L.push(`export function sort${d.E}s(items: ${d.E}[], key: 'id' | 'createdAt', descending = false): ${d.E}[] {`);
  L.push('  const sorted = [...items].sort((a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0));');
  L.push('  return descending ? sorted.reverse() : sorted;', '}', '');
  L.push(`export function apply${d.E}Event(item: ${d.E}, event: ${d.E}Event): ${d.E} | undefined {`);
  L.push('  if (event.id !== item.id) return item;', '  switch (event.kind) {');
  L.push("    case 'created':", '      return item;');
  L.push("    case 'status-changed':", '      return event.from === item.status ? { ...item, status: event.to } : item;');
  L.push("    case 'consent-changed':", '      return { ...item, consents: { ...item.consents, [event.purpose]: { granted: event.granted, at: event.at } } };');
  L.push("    case 'deleted':", '      return undefined;', '  }', '}');
  return L.join('\n') + '\n';
}

function validationFile(d) {
  const L = [];
  L.push(`import { isNonEmptyString, type Result } from '../lib/result';`, `import type { ${d.E}Input } from './types';`, '');
  L.push("const EMAIL_RE = /^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$/;", "const DIGITS_RE = /^[0-9-]+$/;", "const DATE_RE = /^\\d{4}-\\d{2}-\\d{2}$/;", '');
  L.push(`export function validate${d.E}Input(input: unknown): Result<${d.E}Input> {`);
  L.push("  if (typeof input !== 'object' || input === null) return { ok: false, errors: ['body must be an object'] };");
  L.push('  const body = input as Record<string, unknown>;', '  const errors: string[] = [];');
  for (const f of d.personal) {
    L.push(`  if (!isNonEmptyString(body.${f[0]})) errors.push('${f[0]} is required');`);
    const kind = f[2];
    if (kind === 'email') L.push(`  else if (!EMAIL_RE.test(body.${f[0]})) errors.push('${f[0]} is not an e-mail address');`);
    else if (kind === 'phone' || kind === 'postal' || kind === 'account' || kind === 'mynumber') L.push(`  else if (!DIGITS_RE.test(body.${f[0]})) errors.push('${f[0]} must be digits');`);
    else if (kind === 'birth') L.push(`  else if (!DATE_RE.test(body.${f[0]})) errors.push('${f[0]} must be YYYY-MM-DD');`);
  }
  for (const f of d.plain) {
    const t = fieldType(f);
    if (t === 'number') L.push(`  if (typeof body.${f[0]} !== 'number' || !Number.isFinite(body.${f[0]})) errors.push('${f[0]} must be a number');`);
    else if (t === 'boolean') L.push(`  if (typeof body.${f[0]} !== 'boolean') errors.push('${f[0]} must be a boolean');`);
    else if (t === 'string') L.push(`  if (typeof body.${f[0]} !== 'string') errors.push('${f[0]} must be a string');`);
    else L.push(`  if (body.${f[0]} !== 'free' && body.${f[0]} !== 'pro' && body.${f[0]} !== 'enterprise') errors.push('${f[0]} is not a plan');`);
  }
  L.push('  if (errors.length > 0) return { ok: false, errors };');
  L.push(`  return { ok: true, value: body as unknown as ${d.E}Input };`, '}');
  return L.join('\n') + '\n';
}

/**
 * Statements about one entity value `v` (typed as the domain's entity), chosen by the PRNG. Each returns lines
 * (without indentation) and whether it must come last (early-return guards).
 */
const DECLARING_KINDS = new Set(['counter', 'fileName', 'dto']);

function statement(rng, d, v, ctx) {
  const pf = d.stringPersonal.length ? rng.pick(d.stringPersonal) : undefined;
  const msg = `${d.e} ${rng.pick(MESSAGES)}`;
  const kinds = pf
    ? ['logIds', 'logField', 'logWhole', 'logTemplate', 'logMasked', 'internal', 'processorJp', 'processorUs', 'guardedUs', 'awaitGuard', 'helperExternal', 'sentryId', 'sentryContext', 'counter', 'fileName', 'tryCatch', 'dto', 'breadcrumb']
    : ['logIds', 'logWhole', 'internal', 'sentryId', 'counter', 'fileName', 'tryCatch', 'dto', 'track'];
  // Kinds that declare locals appear at most once per method.
  const kind = rng.pick(kinds.filter((k) => !ctx.declared.has(k)));
  if (DECLARING_KINDS.has(kind)) ctx.declared.add(kind);
  ctx.used.add(kind);
  switch (kind) {
    case 'logIds':
      return [`logger.info({ ${d.e}Id: ${v}.id, status: ${v}.status }, '${msg}');`];
    case 'logField':
      return [`logger.info({ ${pf}: ${v}.${pf} }, '${msg}');`];
    case 'logWhole':
      return [`logger.debug({ ${rng.pick(['item', 'record', 'entity', 'current'])}: ${v} }, '${msg}');`];
    case 'logTemplate':
      return [`logger.warn(\`${d.e} ${rng.pick(VERBS)} failed for \${${v}.${pf}}\`);`];
    case 'logMasked':
      return [`logger.info({ ${d.e}Id: ${v}.id, ${pf}: mask(${v}.${pf}) }, '${msg}');`];
    case 'internal':
      return [`await internalApi.post('/${d.e}s/${rng.pick(VERBS)}', { id: ${v}.id${pf ? `, ${pf}: ${v}.${pf}` : ''} });`];
    case 'processorJp':
      return [`await mailerApi.post('/messages', { ref: ${v}.id, templateId: '${d.e}-${rng.pick(VERBS)}', variables: { ${pf}: ${v}.${pf} } });`];
    case 'processorUs':
      return [`await crmApi.post('/records', ${v});`];
    case 'guardedUs':
      return [`if (hasConsent(${v}, 'crm')) {`, `  await crmApi.put(\`/records/\${${v}.id}\`, { ${pf}: ${v}.${pf} });`, '}'];
    case 'awaitGuard':
      return [`if (await consent.isGranted(${v}.id, 'partner')) {`, `  await partnerApi.post('/events', { ref: ${v}.id, ${pf}: ${v}.${pf} });`, '}'];
    case 'helperExternal':
      return [`await postJson(\`\${PARTNER_URL}/${d.e}s\`, { ref: ${v}.id, ${pf}: ${v}.${pf} });`];
    case 'sentryId':
      return [`Sentry.setUser({ id: ${v}.id });`];
    case 'sentryContext':
      return [`Sentry.setContext('${d.e}', { ${pf}: ${v}.${pf}, status: ${v}.status });`];
    case 'breadcrumb':
      return [`Sentry.addBreadcrumb({ message: '${msg}', data: { id: ${v}.id } });`];
    case 'counter':
      return [
        'let myNumber = 0;',
        `for (const part of [${v}.id, ${v}.status, ${v}.createdAt]) {`,
        '  if (part.length > 0) myNumber++;',
        '}',
        `logger.debug({ ${d.e}Id: ${v}.id, parts: myNumber }, '${msg}');`,
      ];
    case 'fileName':
      return [`const fileName = \`${d.e}-\${${v}.id}.json\`;`, `logger.info({ fileName, bytes: JSON.stringify(to${d.E}Dto(${v})).length }, '${msg}');`];
    case 'tryCatch':
      return [
        'try {',
        `  await this.repo.updateStatus(${v}.id, '${rng.pick(STATUSES)}');`,
        '} catch (err) {',
        `  logger.error({ type: err instanceof Error ? err.name : 'unknown', ${d.e}Id: ${v}.id }, 'update failed');`,
        '  throw err;',
        '}',
      ];
    case 'dto':
      return [`const dto = to${d.E}Dto(${v});`, `await internalApi.put(\`/${d.e}s/\${dto.id}\`, dto);`];
    case 'track':
      return [`analytics.track({ userId: ${v}.id, event: '${pascal(d.e)} ${pascal(rng.pick(MESSAGES))}' });`];
    default:
      throw new Error(kind);
  }
}

function serviceFile(rng, d, prev) {
  const ctx = { used: new Set(), declared: new Set() };
  const methods = [];
  const count = rng.int(5, 9);
  for (let m = 0; m < count; m++) {
    ctx.declared = new Set();
    const verb = VERBS[(m + d.index) % VERBS.length];
    const v = rng.pick(['item', 'record', 'current', d.e]);
    const body = [`const ${v} = await this.repo.findById(id);`, `if (!${v}) {`, `  logger.warn({ ${d.e}Id: id }, '${d.e} not found');`, '  return;', '}'];
    const n = rng.int(2, 6);
    for (let s = 0; s < n; s++) body.push(...statement(rng, d, v, ctx));
    if (d.stringPersonal.length && rng.chance(0.3)) {
      const pf = rng.pick(d.stringPersonal);
      body.push(`if (!hasConsent(${v}, 'analytics')) return;`, `analytics.identify({ userId: ${v}.id, traits: { ${pf}: ${v}.${pf} } });`);
      ctx.used.add('identify');
    }
    methods.push([`async ${verb}${d.E}(id: string): Promise<void> {`, ...body.map((l) => `  ${l}`), '}']);
  }
  methods.push([
    `async summarize(status: ${d.E}Status): Promise<${d.E}Summary> {`,
    '  const items = await this.repo.list(status, 500);',
    `  logger.info({ count: items.length, status }, '${d.e} summary');`,
    `  return summarize${d.E}s(items);`,
    '}',
  ]);
  methods.push([
    `async create(input: ${d.E}Input): Promise<${d.E}> {`,
    '  const created = await this.repo.insert(input);',
    `  logger.info({ ${d.e}Id: created.id }, '${d.e} created');`,
    '  return created;',
    '}',
  ]);
  methods.push([`async get(id: string): Promise<${d.E} | undefined> {`, '  return this.repo.findById(id);', '}']);
  if (prev) {
    methods.push([
      `async linkTo${prev.E}(id: string, otherId: string): Promise<void> {`,
      `  const other = await this.${prev.e}Repo.findById(otherId);`,
      '  if (!other) return;',
      `  logger.info({ ${d.e}Id: id, ${prev.e}Id: other.id }, 'linked');`,
      '}',
    ]);
  }

  const L = [];
  L.push(`import * as Sentry from '@sentry/node';`);
  L.push(`import { logger } from '../lib/logger';`);
  L.push(`import { consent, hasConsent, mask } from '../lib/privacy';`);
  L.push(`import { postJson } from '../lib/http';`);
  L.push(`import { analytics, crmApi, internalApi, mailerApi, partnerApi } from '../lib/clients';`);
  L.push(`import { PARTNER_URL } from '../config/endpoints';`);
  L.push(`import { ${d.E}Repository } from './repository';`);
  L.push(`import { summarize${d.E}s, to${d.E}Dto } from './mapper';`);
  L.push(`import type { ${d.E}, ${d.E}Input, ${d.E}Status, ${d.E}Summary } from './types';`);
  if (prev) L.push(`import { ${prev.E}Repository } from '../${prev.e}/repository';`);
  L.push('');
  L.push('// keep every import used whatever the PRNG picked');
  L.push('void [Sentry, consent, hasConsent, mask, postJson, analytics, crmApi, internalApi, mailerApi, partnerApi, PARTNER_URL, to' + d.E + 'Dto];');
  L.push('');
  L.push(`export class ${d.E}Service {`);
  L.push(`  constructor(`);
  L.push(`    private readonly repo: ${d.E}Repository = new ${d.E}Repository(),`);
  if (prev) L.push(`    private readonly ${prev.e}Repo: ${prev.E}Repository = new ${prev.E}Repository(),`);
  L.push('  ) {}');
  for (const m of methods) L.push('', ...m.map((l) => `  ${l}`));
  L.push('}');
  return L.join('\n') + '\n';
}

function integrationFile(rng, d) {
  const L = [];
  L.push(`import axios from 'axios';`);
  L.push(`import * as Sentry from '@sentry/node';`);
  L.push(`import { logger } from '../lib/logger';`);
  L.push(`import { consent, hasConsent, mask } from '../lib/privacy';`);
  L.push(`import { analytics, crmApi, mailerApi } from '../lib/clients';`);
  L.push(`import type { ${d.E} } from './types';`, '');
  L.push(`const ${constCase(d.e)}_WEBHOOK = 'https://hooks.slack.com/services/T00000000/B00000000/${d.e}';`);
  L.push(`const ${d.e}Partner = axios.create({ baseURL: 'https://api.${d.noun}-partner${d.index}.example.net/v1', timeout: 4000 });`);
  L.push(`const ${d.e}Internal = axios.create({ baseURL: 'https://${d.noun}.corp.internal/api', timeout: 2000 });`, '');
  L.push('void [Sentry, consent, hasConsent, mask, analytics, crmApi, mailerApi];', '');
  const pf = d.stringPersonal.length ? rng.pick(d.stringPersonal) : undefined;
  const x = 'item';
  // Slack notice: personal (violation) or ids only (near miss).
  L.push(`export async function notify${d.E}Ops(${x}: ${d.E}, event: string): Promise<void> {`);
  if (pf && rng.chance(0.5)) L.push(`  await axios.post(${constCase(d.e)}_WEBHOOK, { text: \`\${event}: \${${x}.${pf}}\` });`);
  else L.push(`  await axios.post(${constCase(d.e)}_WEBHOOK, { text: \`\${event}: ${d.e} \${${x}.id} (\${${x}.status})\` });`);
  L.push('}', '');
  // Partner: external instance with baseURL, sometimes guarded.
  L.push(`export async function share${d.E}WithPartner(${x}: ${d.E}): Promise<void> {`);
  const guard = rng.pick(['none', 'early', 'if', 'await']);
  const payload = pf ? `{ ref: ${x}.id, ${pf}: ${x}.${pf} }` : `{ ref: ${x}.id, status: ${x}.status }`;
  if (guard === 'early') L.push(`  if (!hasConsent(${x}, 'partner')) return;`, `  await ${d.e}Partner.post('/shared', ${payload});`);
  else if (guard === 'if') L.push(`  if (hasConsent(${x}, 'partner')) {`, `    await ${d.e}Partner.post('/shared', ${payload});`, '  }');
  else if (guard === 'await') L.push(`  if (await consent.isGranted(${x}.id, 'partner')) {`, `    await ${d.e}Partner.post('/shared', ${payload});`, '  }');
  else L.push(`  await ${d.e}Partner.post('/shared', ${payload});`);
  L.push(`  logger.info({ ${d.e}Id: ${x}.id, guard: '${guard}' }, 'shared with partner');`, '}', '');
  // Internal mirror: always fine.
  L.push(`export async function mirror${d.E}(${x}: ${d.E}): Promise<void> {`);
  L.push(`  await ${d.e}Internal.put(\`/mirror/\${${x}.id}\`, ${x});`, '}', '');
  // Mailer (JP processor): fine.
  if (pf) {
    L.push(`export async function mail${d.E}(${x}: ${d.E}, templateId: string): Promise<void> {`);
    L.push(`  await mailerApi.post('/messages', { to: ${x}.${pf}, templateId });`);
    L.push(`  logger.info({ emailTemplateId: templateId, ${d.e}Id: ${x}.id }, 'mail queued');`, '}', '');
  }
  // Sentry scope: id only, or with personal data.
  L.push(`export function scope${d.E}(${x}: ${d.E}): void {`);
  if (pf && rng.chance(0.4)) L.push(`  Sentry.setUser({ id: ${x}.id, email: ${x}.${pf} });`);
  else L.push(`  Sentry.setUser({ id: ${x}.id });`);
  L.push('}');
  return L.join('\n') + '\n';
}

function jobsFile(rng, d) {
  const pf = d.stringPersonal.length ? rng.pick(d.stringPersonal) : undefined;
  const L = [];
  L.push(`import { logger } from '../lib/logger';`, `import { chunk, groupBy } from '../lib/result';`);
  L.push(`import { ${d.E}Repository } from './repository';`, `import { to${d.E}Dto } from './mapper';`, '');
  L.push(`export async function close${d.E}Backlog(repo = new ${d.E}Repository()): Promise<number> {`);
  L.push("  const stale = await repo.list('suspended', 1000);", '  let myNumber = 0;');
  L.push('  for (const batch of chunk(stale, 50)) {', '    for (const item of batch) {');
  L.push("      await repo.updateStatus(item.id, 'closed');", '      myNumber++;');
  if (pf && rng.chance(0.3)) L.push(`      logger.debug(\`closed ${d.e} \${item.${pf}}\`);`);
  L.push('    }', '  }');
  L.push(`  logger.info({ closed: myNumber, total: stale.length }, '${d.e} backlog closed');`, '  return myNumber;', '}', '');
  L.push(`export async function export${d.E}s(repo = new ${d.E}Repository()): Promise<string> {`);
  L.push("  const items = await repo.list('active', 5000);");
  L.push(`  const fileName = \`${d.e}-export-\${items.length}.json\`;`);
  L.push(`  const body = JSON.stringify(items.map(to${d.E}Dto));`);
  L.push("  logger.info({ fileName, bytes: body.length }, 'export written');", '  return body;', '}', '');
  L.push(`export async function report${d.E}Statuses(repo = new ${d.E}Repository()): Promise<Record<string, number>> {`);
  L.push("  const items = [...(await repo.list('active')), ...(await repo.list('pending'))];");
  L.push('  const groups = groupBy(items, (item) => item.status);');
  L.push('  const counts: Record<string, number> = {};');
  L.push('  for (const [status, group] of Object.entries(groups)) counts[status] = group?.length ?? 0;');
  L.push(`  logger.info({ counts }, '${d.e} statuses');`, '  return counts;', '}');
  return L.join('\n') + '\n';
}

function routesFile(rng, d) {
  const pf = d.stringPersonal.length ? rng.pick(d.stringPersonal) : undefined;
  const L = [];
  L.push(`import { Router } from 'express';`, `import { ${d.E}Service } from './service';`);
  L.push(`import { page${d.E}s, to${d.E}Dto } from './mapper';`, `import { validate${d.E}Input } from './validation';`);
  L.push(`import { is${d.E}Status } from './types';`, '');
  L.push(`const service = new ${d.E}Service();`, `export const ${d.e}Routes = Router();`, '');
  L.push(`${d.e}Routes.get('/:id', async (req, res) => {`);
  L.push('  const item = await service.get(req.params.id);', '  if (!item) {', '    res.status(404).end();', '    return;', '  }');
  L.push(`  req.log.info({ userId: req.user.id, ${d.e}Id: item.id }, '${d.e} viewed');`);
  L.push(`  res.json(to${d.E}Dto(item));`, '});', '');
  L.push(`${d.e}Routes.post('/', async (req, res) => {`);
  L.push(`  const result = validate${d.E}Input(req.body);`, '  if (!result.ok) {');
  L.push("    req.log.warn({ errors: result.errors.length }, 'invalid input');", '    res.status(400).json(result.errors);', '    return;', '  }');
  if (pf && rng.chance(0.5)) L.push(`  const { ${pf} } = result.value;`, `  req.log.info({ ${pf} }, '${d.e} create requested');`);
  L.push('  const created = await service.create(result.value);');
  L.push(`  req.log.info({ ${d.e}Id: created.id }, '${d.e} created');`, '  res.status(201).json({ id: created.id });', '});', '');
  L.push(`${d.e}Routes.get('/', async (req, res) => {`);
  L.push("  const status = req.query.status ?? 'active';", `  if (!is${d.E}Status(status)) {`, '    res.status(400).end();', '    return;', '  }');
  L.push('  const summary = await service.summarize(status);');
  L.push(`  req.log.debug({ total: summary.total }, '${d.e} listed');`);
  L.push(`  res.json({ summary, page: page${d.E}s([], req.query.cursor) });`, '});');
  return L.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------------------------

function generate({ files = DEFAULT_FILES, seed = DEFAULT_SEED, out = GENERATED_CORPUS_DIR, force = false } = {}) {
  const marker = path.join(out, '.complete');
  const id = { generatorVersion: GENERATOR_VERSION, files, seed };
  if (!force && fs.existsSync(marker)) {
    const previous = JSON.parse(fs.readFileSync(marker, 'utf8'));
    if (previous.generatorVersion === GENERATOR_VERSION && previous.files === files && previous.seed === seed) return previous;
  }
  fs.rmSync(out, { recursive: true, force: true });

  const rng = new Rng(seed);
  const outputs = new Map();
  outputs.set('tsconfig.json', TSCONFIG);
  outputs.set('privacy-lint.json', PRIVACY_LINT_JSON);
  outputs.set('src/vendor.d.ts', VENDOR_DTS);
  for (const [p, text] of Object.entries(SHARED)) outputs.set(p, text);

  // N counts the files the linter sees: sources under src/, not the vendor.d.ts declarations.
  const isLintable = (p) => p.startsWith('src/') && !p.endsWith('.d.ts');
  const sourceCount = () => [...outputs.keys()].filter(isLintable).length;
  let prev;
  for (let i = 0; sourceCount() < files; i++) {
    const d = makeDomain(rng, i);
    // Order matters: each file imports only earlier ones, so a domain cut short still compiles.
    const parts = [
      ['types.ts', () => typesFile(d)],
      ['repository.ts', () => repositoryFile(d)],
      ['mapper.ts', () => mapperFile(d)],
      ['validation.ts', () => validationFile(d)],
      ['integration.ts', () => integrationFile(rng, d)],
      ['service.ts', () => serviceFile(rng, d, prev)],
      ['jobs.ts', () => jobsFile(rng, d)],
      ['routes.ts', () => routesFile(rng, d)],
    ];
    for (const [name, make] of parts) {
      if (sourceCount() >= files) break;
      outputs.set(`${d.dir}/${name}`, make());
    }
    prev = d;
  }

  let lines = 0;
  let sourceFiles = 0;
  for (const [rel, text] of outputs) {
    const full = path.join(out, rel);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
    if (isLintable(rel)) {
      sourceFiles++;
      lines += text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    }
  }
  const stats = { ...id, sourceFiles, lines };
  fs.writeFileSync(marker, JSON.stringify(stats, null, 2) + '\n');
  return stats;
}

function parseArgs(argv) {
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--files') opts.files = Number(argv[++i]);
    else if (a === '--seed') opts.seed = Number(argv[++i]);
    else if (a === '--out') opts.out = path.resolve(argv[++i]);
    else if (a === '--force') opts.force = true;
    else throw new Error(`unknown option ${a}`);
  }
  if (opts.files !== undefined && !(Number.isInteger(opts.files) && opts.files >= 10)) throw new Error('--files must be an integer >= 10');
  if (opts.seed !== undefined && !Number.isInteger(opts.seed)) throw new Error('--seed must be an integer');
  return opts;
}

if (require.main === module) {
  try {
    const opts = parseArgs(process.argv.slice(2));
    const stats = generate(opts);
    console.log(`generated corpus in ${path.relative(process.cwd(), opts.out ?? GENERATED_CORPUS_DIR)}: ${stats.sourceFiles} files, ${stats.lines} lines (seed ${stats.seed})`);
  } catch (err) {
    console.error(`generate: ${err && err.message ? err.message : err}`);
    process.exitCode = 1;
  }
}

module.exports = { generate, mulberry32, DEFAULT_FILES, DEFAULT_SEED, GENERATOR_VERSION };
