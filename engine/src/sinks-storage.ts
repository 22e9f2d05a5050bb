/**
 * Sinks that keep data in the customer's browser (§5): cookies, set by the server or in the page, and web storage
 * (localStorage, sessionStorage, IndexedDB, localforage). Entries of the same shape as the rest of the catalog
 * (`sinks.ts`), with the generic extras assignment sinks need (`assignments`), header sinks (`when`), object stores
 * (`madeByMethod`) and hook setters (`tupleSetter`).
 */
import type { SinkSpec } from './sinks/types';

const SET_COOKIE = /^set-cookie$/i;

export const STORAGE_SINKS: readonly SinkSpec[] = [
  // ---- cookies (§5) ----
  { id: 'document-cookie', kind: 'cookie', family: 'cookie', label: 'document.cookie', globals: ['document'], assignments: ['cookie'] },
  // Express `res.cookie(name, value)`, Fastify `reply.setCookie(name, value)`.
  { id: 'response-cookie', kind: 'cookie', family: 'cookie', label: 'res.cookie', receiverPattern: /^(res|response|resp|reply)$/,
    methods: ['cookie', 'setCookie'], keyArgs: [0] },
  // Koa `ctx.cookies.set`, Next.js `NextResponse…cookies.set`, the Cookie Store API, js-cookie's global.
  { id: 'cookie-jar', kind: 'cookie', family: 'cookie', label: 'cookies.set', globals: ['cookieStore'], receiverPattern: /^(cookies|Cookies|cookieStore)$/,
    methods: ['set'], keyArgs: [0] },
  { id: 'js-cookie', kind: 'cookie', family: 'cookie', label: 'js-cookie', modules: ['js-cookie'], methods: ['set'], keyArgs: [0] },
  { id: 'universal-cookie', kind: 'cookie', family: 'cookie', label: 'universal-cookie', modules: ['universal-cookie', 'react-cookie#Cookies'],
    factories: ['new'], instanceMethods: ['set'], keyArgs: [0] },
  { id: 'react-cookie', kind: 'cookie', family: 'cookie', label: 'react-cookie', modules: ['react-cookie#useCookies'], tupleSetter: 1 },
  { id: 'next-cookies', kind: 'cookie', family: 'cookie', label: 'cookies().set', modules: ['next/headers#cookies'], factories: ['()'],
    instanceMethods: ['set'], keyArgs: [0] },
  // nookies `setCookie(ctx, name, value)`, cookies-next `setCookie(name, value)`, Hono `setCookie(c, name, value)`.
  { id: 'set-cookie-function', kind: 'cookie', family: 'cookie', label: 'setCookie',
    modules: ['nookies', 'cookies-next', 'hono/cookie'], methods: ['setCookie'], keyArgs: [0] },
  { id: 'nookies', kind: 'cookie', family: 'cookie', label: 'nookies', modules: ['nookies'], methods: ['set', 'setCookie'], keyArgs: [0, 1] },
  // `res.setHeader('Set-Cookie', …)`, `headers.append('Set-Cookie', …)`, `new Headers().set('Set-Cookie', …)`.
  { id: 'set-cookie-header', kind: 'cookie', family: 'cookie', label: 'Set-Cookie header', globals: ['Headers'],
    receiverPattern: /^(res|response|resp|reply|headers|ctx)$/, methods: ['setHeader', 'appendHeader', 'append', 'set', 'header'],
    factories: ['new'], instanceMethods: ['append', 'set'], when: { arg: 0, matches: SET_COOKIE } },

  // ---- web storage (§5: kept in the customer's browser too) ----
  { id: 'web-storage', kind: 'storage', family: 'storage', label: 'Web Storage', globals: ['localStorage', 'sessionStorage'], methods: ['setItem'],
    assignments: ['*'], keyArgs: [0] },
  { id: 'indexeddb', kind: 'storage', family: 'storage', label: 'IndexedDB', madeByMethod: 'objectStore', instanceMethods: ['put', 'add'], keyArgs: [1] },
  // idb-keyval `set(key, value)`, `setMany([[key, value]])`, `update(key, fn)`; idb's `openDB()` database `put`/`add`.
  { id: 'idb-keyval', kind: 'storage', family: 'storage', label: 'idb-keyval', modules: ['idb-keyval'], methods: ['set', 'setMany'], keyArgs: [0] },
  { id: 'idb', kind: 'storage', family: 'storage', label: 'IndexedDB (idb)', modules: ['idb'], factories: ['openDB'],
    instanceMethods: ['put', 'add'], keyArgs: [0, 2] },
  { id: 'localforage', kind: 'storage', family: 'storage', label: 'localforage', modules: ['localforage'], globals: ['localforage'],
    receiverPattern: /^localforage$/, methods: ['setItem'], factories: ['createInstance'], instanceMethods: ['setItem'], keyArgs: [0] },
];
