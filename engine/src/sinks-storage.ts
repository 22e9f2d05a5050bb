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

  // ---- storage-backed state: what a hook's setter or an atom's setter is given is written to web storage ----
  // `const [, setDraft] = useLocalStorage('draft', init)` (usehooks-ts, @mantine/hooks, react-use, @uidotdev/usehooks,
  // ahooks, use-local-storage-state, @rehooks/local-storage): the tuple's second element writes the storage.
  { id: 'storage-hook', kind: 'storage', family: 'storage', label: 'useLocalStorage', tupleSetter: 1, modules: [
    ...['usehooks-ts', '@mantine/hooks', 'react-use', '@uidotdev/usehooks', '@rehooks/local-storage']
      .flatMap((m) => [`${m}#useLocalStorage`, `${m}#useSessionStorage`]),
    'ahooks#useLocalStorageState', 'ahooks#useSessionStorageState', 'use-local-storage-state', 'use-local-storage-state#useLocalStorageState',
    'use-session-storage-state', 'use-session-storage-state#useSessionStorageState'] },
  // VueUse `const draft = useLocalStorage('draft', init); draft.value = …`: the ref writes the storage.
  { id: 'vueuse-storage', kind: 'storage', family: 'storage', label: 'useStorage (VueUse)',
    modules: ['@vueuse/core', '@vueuse/core#useStorage'], factories: ['useLocalStorage', 'useSessionStorage', 'useStorage', '()'],
    assignments: ['value'] },
  // @rehooks/local-storage `writeStorage(key, value)`.
  { id: 'rehooks-write-storage', kind: 'storage', family: 'storage', label: 'writeStorage', modules: ['@rehooks/local-storage'],
    methods: ['writeStorage'], keyArgs: [0] },
  // jotai `const draftAtom = atomWithStorage('draft', init)`: what its setters are given is stored
  // (`const [, set] = useAtom(draftAtom)`, `const set = useSetAtom(draftAtom)`, `store.set(draftAtom, v)`).
  { id: 'jotai-atom-with-storage', kind: 'storage', family: 'storage', label: 'atomWithStorage',
    modules: ['jotai/utils', 'jotai/vanilla/utils'], factories: ['atomWithStorage'],
    atomSetters: { tupleHooks: ['useAtom'], setterHooks: ['useSetAtom'], storeMethods: ['set'] } },
  // The OpenMRS framework keeps its offline queue and offline data in IndexedDB: `queueSynchronizationItem(type,
  // content, descriptor)` stores the content (a patient's form, a registration), `putDynamicOfflineData(type, id)` an id.
  { id: 'openmrs-offline', kind: 'storage', family: 'storage', label: 'OpenMRS offline store (IndexedDB)',
    modules: ['@openmrs/esm-framework', '@openmrs/esm-offline'],
    methods: ['queueSynchronizationItem', 'queueSynchronizationItemFor', 'putDynamicOfflineData', 'putDynamicOfflineDataFor'], keyArgs: [0] },
];
