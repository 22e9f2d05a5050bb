/**
 * Web storage as real front ends write it: through a storage object of the app's own, a record restored from
 * storage by a cast and kept in a module of its own, Vue's reactive proxies, and types of a sibling workspace
 * package that was never built (rows from a real application's account store).
 */
import { ruleTester } from '../helpers/rule-tester';

const STORAGE = `export const appStorage = {
  setItem: (key: string, value: string): void => {
    window.localStorage.setItem(key, value);
  },
  setItemAsJson(key: string, value: unknown): void {
    appStorage.setItem(key, JSON.stringify(value));
  },
  getItem: (key: string): string | null => window.localStorage.getItem(key),
};
`;

const HOOKS = `import { useState, useCallback } from 'react';
export function useLocalStorage<T>(key: string, initial: T): [T, (v: T) => void] {
  const [stored, setStored] = useState(initial);
  const setValue = (value: T) => {
    setStored(value);
    window.localStorage.setItem(key, JSON.stringify(value));
  };
  return [stored, setValue];
}
export function useDraft(key: string) {
  const save = useCallback((text: string) => sessionStorage.setItem(key, text), [key]);
  const [count, setCount] = useState(0);
  return { save, count, setCount };
}
`;

const ACCOUNT = `import { reactive } from 'vue';
type Account = { id: string; email: string; token: string };
const saved = window.localStorage.getItem('account');
export const me = saved ? reactive(JSON.parse(saved) as Account) : null;
export const theme = saved ? (JSON.parse(saved) as { dark: boolean }) : null;
`;

ruleTester('no-personal-data-in-cookies', {
  valid: [
    {
      code: `// the app's storage object given a preference and an id only
import { appStorage } from './storage';
import { theme, me } from './account';
export function remember() {
  appStorage.setItem('theme', JSON.stringify(theme));
  appStorage.setItemAsJson('who', me?.id);
  appStorage.setItem('x', appStorage.getItem('y') ?? '');
}`,
      files: { 'src/storage.ts': STORAGE, 'src/account.ts': ACCOUNT },
    },
    `// another library's cookie adapter, and only the names of Supabase's cookies
import { createClient } from '@acme/ssr';
import { createServerClient } from '@supabase/ssr';
declare const cookieStore: { set(n: string, v: string): void };
export const client = createClient('u', 'k', {
  cookies: { setAll(list: { name: string; value: string }[]) { for (const c of list) cookieStore.set(c.name, c.value); } },
});
export const names = createServerClient('u', 'k', {
  cookies: { setAll(list: { name: string; value: string }[]) { for (const { name } of list) cookieStore.set('seen', name); } },
});`,
    {
      code: `// a hook's storage setter given a preference; a plain state setter given an e-mail
import { useLocalStorage, useDraft } from './hooks';
declare const customer: { email: string };
export function Form() {
  const [, setTheme] = useLocalStorage('theme', 'light');
  setTheme('dark');
  const { setCount } = useDraft('d');
  setCount(customer.email.length);
}`,
      files: { 'src/hooks.ts': HOOKS },
    },
    `// a cookie's name or a storage key is where the value goes, not what is stored
import Cookies from 'js-cookie';
declare const customer: { id: string; email: string };
declare const hiddenCookieId: string;
declare const res: { cookie(n: string, v: string): void };
Cookies.set(hiddenCookieId, '1');
localStorage.setItem(\`seen-\${customer.id}\`, '1');
res.cookie(\`last-\${customer.id}\`, 'x');
function remember(key: string, value: string) { sessionStorage.setItem(key, value); }
remember(\`draft-\${customer.id}\`, 'yes');`,
    {
      code: `// from / to of a range, a route or a migration are no addresses (no subject: not an e-mail message)
declare const range: { from: string; to: string };
declare const transition: { subject: number; from: number; to: number };
declare const route: { from: string; to: string; label: string };
localStorage.setItem('range', JSON.stringify(range));
localStorage.setItem('transition', JSON.stringify(transition));
localStorage.setItem('route', JSON.stringify(route));`,
      typeInfo: true,
    },
    {
      code: `// a message the code writes itself (the shape of a literal): its from is the shop's own address
const outgoing = { from: 'shop@shop.example.jp', subject: 'Your order', html: '<p>ok</p>' };
localStorage.setItem('outgoing', JSON.stringify(outgoing));`,
      typeInfo: true,
    },
    `// a literal cast to a constant says nothing about people
const flags = { compact: true } as const;
localStorage.setItem('flags', JSON.stringify(flags));`,
  ],
  invalid: [
    {
      code: `// a record written through the app's own storage object (arrow and method properties)
import { appStorage } from './storage';
declare const customer: { email: string };
export function remember() {
  appStorage.setItem('mail', customer.email);
  appStorage.setItemAsJson('customer', customer);
}`,
      files: { 'src/storage.ts': STORAGE },
      errors: [
        { messageId: 'personalDataInStorage', line: 5, column: 30 },
        { messageId: 'personalDataInStorage', line: 6, column: 40 },
      ],
    },
    {
      code: `// an account restored by a cast, kept reactive in another module, written back whole
import { appStorage } from './storage';
import { me } from './account';
export function save() {
  appStorage.setItem('account', JSON.stringify(me));
}`,
      files: { 'src/storage.ts': STORAGE, 'src/account.ts': ACCOUNT },
      errors: [{ messageId: 'personalDataInStorage', line: 5, column: 48 }],
    },
    {
      code: `// a cast inside a ternary
type Profile = { displayName: string; email: string };
declare const raw: string | null;
const profile = raw ? (JSON.parse(raw) as Profile) : null;
sessionStorage.setItem('profile', JSON.stringify(profile));`,
      errors: [{ messageId: 'personalDataInStorage', line: 5, column: 50 }],
    },
    {
      code: `// a type of a workspace package whose build output (dist) does not exist: its source gives the type
import type { Me } from '@acme/api';
declare const raw: string;
const current = JSON.parse(raw) as Me;
localStorage.setItem('me', JSON.stringify(current));`,
      typeInfo: true,
      files: {
        'package.json': JSON.stringify({ name: 'acme', private: true, workspaces: ['packages/*'] }),
        'packages/api/package.json': JSON.stringify({ name: '@acme/api', main: './built/index.js', types: './built/index.d.ts' }),
        'packages/api/src/index.ts': 'export type { Me } from "./entities";\n',
        'packages/api/src/entities.ts': 'export interface Me { id: string; mailAddress: string; profile: { birthday: string } }\n',
      },
      errors: [{ messageId: 'personalDataInStorage', line: 5, column: 43 }],
    },
    {
      code: `// the setter a project hook returns writes web storage (also through useCallback)
import { useLocalStorage, useDraft } from './hooks';
declare const customer: { name: string; email: string; country: string };
export function Form() {
  const [, setInfo] = useLocalStorage<object | null>('info', null);
  setInfo({ name: customer.name, country: customer.country });
  const { save } = useDraft('draft');
  save(customer.email);
}`,
      files: { 'src/hooks.ts': HOOKS },
      errors: [
        { messageId: 'personalDataInStorage', line: 6, column: 19 },
        { messageId: 'personalDataInStorage', line: 8, column: 8 },
      ],
    },
    {
      code: `// a partner program's applicant (the partner is a person) written through the hook's setter from an action's result
import { useLocalStorage } from './hooks';
declare function useAction(a: unknown, o: { onSuccess(r: { data: any }): void }): void;
declare const createApplication: unknown;
export function ApplicationForm() {
  const [, setSubmissionInfo] = useLocalStorage<object | null>('partner-data', null);
  useAction(createApplication, {
    onSuccess({ data }) {
      const { partnerData } = data;
      setSubmissionInfo({ name: partnerData.name, country: partnerData.country });
    },
  });
}`,
      files: { 'src/hooks.ts': HOOKS },
      errors: [{ messageId: 'personalDataInStorage', line: 10, column: 33 }],
    },
    {
      code: `// the adapter's list written with forEach and a destructured callback parameter
import { createServerClient } from '@supabase/ssr';
declare const cookieStore: { set(n: string, v: string, o?: object): void };
export const client = createServerClient('u', 'k', {
  cookies: { setAll(list: { name: string; value: string; options: object }[]) { list.forEach(({ name, value, options }) => cookieStore.set(name, value, options)); } },
});`,
      errors: [{ messageId: 'personalDataInCookie', line: 5, column: 146 }],
    },
    {
      code: `// idb-keyval and idb's database write IndexedDB
import { set } from 'idb-keyval';
import { openDB } from 'idb';
declare const customer: { id: string; email: string };
export async function cache() {
  await set('me', customer);
  const db = await openDB('cache', 1);
  await db.put('people', { id: customer.id, email: customer.email });
  await db.put('ids', { id: customer.id });
}`,
      errors: [
        { messageId: 'personalDataInStorage', line: 6, column: 19 },
        { messageId: 'personalDataInStorage', line: 8, column: 52 },
      ],
    },
    {
      code: `// an idb database kept in a module variable as openDB(…).catch(…), written by a helper given the record
import { writeCachedThread } from './cache';
declare const customer: { id: string; email: string };
export async function remember() {
  await writeCachedThread({ accountId: customer.id, data: customer });
}`,
      files: {
        'src/cache.ts': `import { openDB } from 'idb';
let databasePromise: Promise<any> | null = null;
export function getCacheDatabase() {
  if (typeof indexedDB === 'undefined') return Promise.resolve(undefined);
  if (databasePromise) return databasePromise;
  databasePromise = openDB('cache', 1, { terminated() { databasePromise = null; } }).catch(() => { databasePromise = null; });
  return databasePromise;
}
export async function writeCachedThread({ accountId, data }: { accountId: string; data: unknown }) {
  const database = await getCacheDatabase();
  if (!database) return;
  await database.put('threads', { accountId, data, fetchedAt: Date.now() });
}
`,
      },
      errors: [{ messageId: 'personalDataInStorage', line: 5, column: 59 }],
    },
    {
      code: `// helpers that put each given record into an object store (a transaction's store held in a variable)
import { writeRows, writeViews } from './rows';
declare const db: IDBDatabase;
declare const customer: { id: string; email: string };
export async function cache() {
  await writeRows(db, [customer]);
  writeViews(db, [customer.id]);
}`,
      files: {
        'src/rows.ts': `export async function writeRows(db: IDBDatabase, rows: { id: string }[]) {
  const transaction = db.transaction('rows', 'readwrite');
  let store = transaction.objectStore('rows');
  for (const row of rows) store.put({ id: row.id, data: row });
}
export function writeViews(db: IDBDatabase, ids: string[]) {
  db.transaction('views', 'readwrite').objectStore('views').put({ ids });
}
`,
      },
      errors: [{ messageId: 'personalDataInStorage', line: 6, column: 24 }],
    },
    {
      code: `// e-mail threads cached in the browser: a parsed message names its sender and recipients in from / to
import type { Thread, InboxItem } from './mail';
declare const threads: ReadonlyMap<string, Thread>;
declare const message: InboxItem;
export function cache() {
  localStorage.setItem('threads', JSON.stringify([...threads.values()]));
  sessionStorage.setItem('last', JSON.stringify(message));
}`,
      typeInfo: true,
      files: {
        'src/mail.ts': `export interface ParsedMessageHeaders { subject: string; from: string; to: string; cc?: string; date: string }
export interface ParsedMessage { id: string; subject: string; snippet: string; headers: ParsedMessageHeaders }
export interface Thread { id: string; messages: ParsedMessage[] }
export interface InboxItem { subject: string; from: string; to: string[]; receivedAt: string }
`,
      },
      errors: [
        { messageId: 'personalDataInStorage', line: 6, column: 54, messageIncludes: '`messages.headers.from` is contact data' },
        { messageId: 'personalDataInStorage', line: 7, column: 49 },
      ],
    },
    {
      code: `// the app's own store class, instantiated (and wrapped by markRaw) in another module, persists what it is set to
import { store } from './store';
declare const user: { id: string; email: string };
export function addAccount(host: string) {
  store.set('accountInfos', { [host + '/' + user.id]: user });
  store.set('lastHost', host);
}`,
      files: {
        'src/store.ts': `import { markRaw } from 'vue';
import { StateStore } from './lib/state-store';
export const store = markRaw(new StateStore('base'));
`,
        'src/lib/state-store.ts': `import { get, set } from 'idb-keyval';
export class StateStore {
  private job: Promise<unknown> = Promise.resolve();
  constructor(private readonly key: string) {}
  private queue<T>(job: () => Promise<T>) {
    const next = this.job.then(job, () => job());
    this.job = next;
    return next;
  }
  public set(key: string, value: unknown) {
    return this.queue(async () => {
      const state = (await get(this.key)) || {};
      state[key] = value;
      await set(this.key, state);
    });
  }
}
`,
      },
      errors: [{ messageId: 'personalDataInStorage', line: 5, column: 55 }],
    },
    {
      code: `// what a validator parsed is what it was given: zod's safeParse(email).data kept for the verification page
import { z } from 'zod';
declare const email: string;
const emailValidation = z.string().email().safeParse(email);
export function remember() {
  if (!emailValidation.success) return;
  sessionStorage.setItem('pendingVerificationEmail', emailValidation.data);
  sessionStorage.setItem('validated', String(emailValidation.success));
}`,
      errors: [{ messageId: 'personalDataInStorage', line: 7, column: 54 }],
    },
    {
      code: `// a store persisted through the default-exported storage wrapper: a Pick of the store whose user is a getter
import Storage from './utils/storage';
interface User { id: string; name: string; email: string }
type PersistedData = Pick<AuthStore, 'user' | 'theme'>;
export class AuthStore {
  private current?: User;
  theme = 'light';
  get user(): User | undefined { return this.current; }
  get asJson(): PersistedData { return { user: this.user, theme: this.theme }; }
  save() { Storage.set('auth', this.asJson); }
}`,
      typeInfo: true,
      files: {
        'src/utils/storage.ts': `export class Storage {
  interface: typeof localStorage;
  constructor(type: 'local' | 'session' = 'local') {
    this.interface = type === 'session' ? sessionStorage : localStorage;
  }
  set<T>(key: string, value: T) {
    if (value !== undefined) this.interface.setItem(key, JSON.stringify(value));
  }
}
export default new Storage();
`,
      },
      errors: [{ messageId: 'personalDataInStorage', line: 10, column: 32 }],
    },
    {
      code: `// Supabase's SSR client hands its cookie adapter the auth session, which holds the user's record
import { createServerClient } from '@supabase/ssr';
declare const cookieStore: { set(n: string, v: string, o?: object): void; getAll(): [] };
declare const response: { cookies: { set(n: string, v: string, o?: object): void } };
export const client = createServerClient('https://x.supabase.co', 'key', {
  cookies: {
    getAll() { return cookieStore.getAll(); },
    setAll(cookiesToSet: { name: string; value: string; options: object }[]) {
      for (const { name, value, options } of cookiesToSet) {
        cookieStore.set(name, value, options);
        response.cookies.set(name, value);
      }
    },
  },
});
export const legacy = createServerClient('https://x.supabase.co', 'key', {
  cookies: { set: (name: string, value: string, options: object) => cookieStore.set(name, value, options) },
});`,
      errors: [
        { messageId: 'personalDataInCookie', line: 10, column: 31 },
        { messageId: 'personalDataInCookie', line: 11, column: 36 },
        { messageId: 'personalDataInCookie', line: 17, column: 91 },
      ],
    },
  ],
});
