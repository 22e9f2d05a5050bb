/**
 * no-personal-data-in-cookies (§5): personal values written to a cookie (server frameworks, cookie libraries,
 * `document.cookie`, `Set-Cookie` headers) are errors; written to web storage (localStorage, sessionStorage,
 * IndexedDB, localforage) they are reported with their own message at the `storage` severity (default warn).
 */
import { strict as assert } from 'node:assert';
import type { TextEdit } from '@privacy-lint/engine';
import { lintSource } from '../helpers/lint-source';
import { ruleTester } from '../helpers/rule-tester';

const RULE = 'no-personal-data-in-cookies';

ruleTester(RULE, {
  valid: [
    // Ids, session tokens and preferences are what cookies are for.
    `import type { Request, Response } from 'express';
declare const user: { id: string; email: string };
declare const theme: string;
export function login(req: Request, res: Response) {
  res.cookie('session', user.id, { httpOnly: true });
  res.cookie('theme', theme);
  document.cookie = \`uid=\${user.id}; path=/\`;
  localStorage.setItem('theme', theme);
  sessionStorage.lastPage = '/cart';
}`,
    // Other headers, reads, other stores and sets: not a cookie or the browser's storage.
    `declare const user: { id: string; email: string };
declare const res: { setHeader(n: string, v: string): void };
declare const headers: Headers;
res.setHeader('X-Customer', user.email);
headers.append('Reply-To', user.email);
const saved = localStorage.getItem('email');
document.title = user.email;
const seen = new Set<string>();
seen.add(user.email);
const cache = new Map<string, string>();
cache.set('mail', user.email);
console.info(saved?.length);`,
    // An object store's put of an id only; a Map's put-like method is not IndexedDB.
    `declare const db: IDBDatabase;
declare const user: { id: string; email: string };
const store = db.transaction('visits', 'readwrite').objectStore('visits');
store.put({ userId: user.id, at: Date.now() });`,
    // storage: "off" leaves web storage to the team.
    {
      code: `declare const user: { id: string; email: string };
localStorage.setItem('email', user.email);`,
      options: { storage: 'off' },
    },
  ],
  invalid: [
    {
      code: `import type { Request, Response } from 'express';
declare const user: { id: string; email: string };
export function login(req: Request, res: Response) {
  res.cookie('email', user.email);
}`,
      errors: [{ messageId: 'personalDataInCookie', line: 4, column: 23, endColumn: 33, messageIncludes: '`res.cookie`' }],
    },
    {
      code: `interface Customer { id: string; email: string; shimei: string }
declare const customer: Customer;
declare const reply: { setCookie(n: string, v: string): void };
declare const ctx: { cookies: { set(n: string, v: string): void } };
reply.setCookie('name', customer.shimei);
ctx.cookies.set('mail', customer.email);`,
      errors: [
        { messageId: 'personalDataInCookie', line: 5, column: 25, messageIncludes: '`reply.setCookie`' },
        { messageId: 'personalDataInCookie', line: 6, column: 25, messageIncludes: '`ctx.cookies.set`' },
      ],
    },
    {
      code: `import Cookies from 'js-cookie';
import UniversalCookies from 'universal-cookie';
import { setCookie } from 'nookies';
import { setCookie as setNextCookie } from 'cookies-next';
interface Customer { id: string; email: string }
declare const customer: Customer;
declare const ctx: unknown;
Cookies.set('customer', JSON.stringify(customer));
const jar = new UniversalCookies();
jar.set('mail', customer.email);
setCookie(ctx, 'mail', customer.email);
setNextCookie('mail', customer.email);`,
      errors: [
        { messageId: 'personalDataInCookie', line: 8, column: 40, messageIncludes: '`Cookies.set`' },
        { messageId: 'personalDataInCookie', line: 10, column: 17, messageIncludes: '`jar.set`' },
        { messageId: 'personalDataInCookie', line: 11, column: 24 },
        { messageId: 'personalDataInCookie', line: 12, column: 23, messageIncludes: '`setNextCookie`' },
      ],
    },
    {
      code: `import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { useCookies } from 'react-cookie';
declare const user: { id: string; email: string };
export async function action() {
  cookies().set('mail', user.email);
  (await cookies()).set('mail2', user.email);
  const response = NextResponse.next();
  response.cookies.set('mail', user.email);
  return response;
}
export function useRemember() {
  const [, setCookie] = useCookies(['mail']);
  setCookie('mail', user.email);
}`,
      errors: [
        { messageId: 'personalDataInCookie', line: 6, column: 25, messageIncludes: '`cookies().set`' },
        { messageId: 'personalDataInCookie', line: 7, column: 34 },
        { messageId: 'personalDataInCookie', line: 9, column: 32, messageIncludes: '`response.cookies.set`' },
        { messageId: 'personalDataInCookie', line: 14, column: 21, messageIncludes: '`setCookie`' },
      ],
    },
    {
      // An assignment sink, and the Set-Cookie header written by hand.
      code: `declare const user: { id: string; email: string; denwaBango: string };
declare const res: { setHeader(n: string, v: string): void };
declare const headers: Headers;
document.cookie = \`email=\${user.email}; path=/\`;
res.setHeader('Set-Cookie', \`tel=\${user.denwaBango}\`);
headers.append('set-cookie', 'mail=' + user.email);`,
      errors: [
        { messageId: 'personalDataInCookie', line: 4, column: 28, messageIncludes: '`document.cookie`' },
        { messageId: 'personalDataInCookie', line: 5, column: 36, messageIncludes: '`res.setHeader`' },
        { messageId: 'personalDataInCookie', line: 6, column: 40, messageIncludes: '`headers.append`' },
      ],
    },
    {
      // A local helper that sets the cookie is reported where it is given the value.
      code: `declare const res: { cookie(n: string, v: string): void };
declare const user: { id: string; email: string };
function remember(value: string) { res.cookie('remember', value); }
remember(user.email);`,
      errors: [{ messageId: 'personalDataInCookie', line: 4, column: 10, messageIncludes: '`remember`' }],
    },
    {
      // Web storage: its own message, a warning by default.
      code: `import localforage from 'localforage';
interface Customer { id: string; email: string; jusho: string }
declare const customer: Customer;
declare const db: IDBDatabase;
localStorage.setItem('email', customer.email);
sessionStorage.customer = JSON.stringify(customer);
window.localStorage['address'] = customer.jusho;
const store = db.transaction('c', 'readwrite').objectStore('c');
store.put(customer);
localforage.setItem('c', customer);`,
      errors: [
        { messageId: 'personalDataInStorage', line: 5, column: 31, messageIncludes: '`localStorage.setItem`' },
        { messageId: 'personalDataInStorage', line: 6, column: 42, messageIncludes: '`sessionStorage.customer`' },
        { messageId: 'personalDataInStorage', line: 7, column: 34 },
        { messageId: 'personalDataInStorage', line: 9, column: 11, messageIncludes: '`store.put`' },
        { messageId: 'personalDataInStorage', line: 10, column: 26, messageIncludes: '`localforage.setItem`' },
      ],
    },
  ],
});

function apply(text: string, edits: readonly TextEdit[]): string {
  for (const e of [...edits].sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return text;
}

describe(`${RULE}: severity and suggestions`, function () {
  this.timeout(20000);
  const storageCode = `declare const user: { id: string; email: string };\nlocalStorage.setItem('email', user.email);\ndocument.cookie = 'mail=' + user.email;\n`;

  it('reports web storage as a warning and cookies as errors by default', () => {
    const found = lintSource({ code: storageCode }).filter((f) => f.ruleId === RULE);
    assert.deepEqual(found.map((f) => [f.messageId, f.severity]),
      [['personalDataInStorage', 'warning'], ['personalDataInCookie', 'error']]);
  });

  it('reports web storage as an error with storage: "error" and in the strict preset', () => {
    for (const config of [{ rules: { [RULE]: ['error', { storage: 'error' }] } }, { extends: 'strict' }] as const) {
      const found = lintSource({ code: storageCode, config: config as never }).filter((f) => f.ruleId === RULE);
      assert.deepEqual(found.map((f) => f.severity), ['error', 'error'], JSON.stringify(config));
    }
  });

  for (const typeInfo of [false, true]) {
    it(`suggests storing the record's id instead of the record (${typeInfo ? 'with' : 'without'} types)`, () => {
      const code = `interface Customer { id: string; email: string }\ndeclare const customer: Customer;\ndocument.cookie = 'c=' + JSON.stringify(customer);\n`;
      const [f] = lintSource({ code, typeInfo }).filter((x) => x.ruleId === RULE);
      assert.deepEqual(f.suggestions?.map((s) => [s.kind, s.title.en, s.title.ja]),
        [['store-id', 'Store only `customer.id`', '`customer.id` だけを保存する']]);
      assert.equal(apply(code, f.suggestions![0].edits),
        `interface Customer { id: string; email: string }\ndeclare const customer: Customer;\ndocument.cookie = 'c=' + JSON.stringify(customer.id);\n`);
    });
  }

  it('with types, suggests the id of the record a field is read from', () => {
    const code = `declare const user: { id: string; email: string };\nlocalStorage.setItem('u', user.email);\n`;
    const [f] = lintSource({ code, typeInfo: true }).filter((x) => x.ruleId === RULE);
    assert.deepEqual(f.suggestions?.map((s) => s.title.en), ['Store only `user.id`']);
    assert.equal(apply(code, f.suggestions![0].edits), `declare const user: { id: string; email: string };\nlocalStorage.setItem('u', user.id);\n`);
    // Without types there is no telling whether the record has an id: nothing is offered.
    const [g] = lintSource({ code, typeInfo: false }).filter((x) => x.ruleId === RULE);
    assert.equal(g.suggestions, undefined);
  });
});
