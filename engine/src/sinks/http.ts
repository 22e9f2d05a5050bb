/** HTTP clients (§2): the URL decides where the data goes (internal, a processor, a vendor's host, unknown). */
import { HTTP_METHODS, type SinkSpec } from './types';

const http = (spec: Omit<SinkSpec, 'kind' | 'family'>): SinkSpec => ({ kind: 'transfer', family: 'http', ...spec });
const FORM_METHODS = ['postForm', 'putForm', 'patchForm'];

export const HTTP_SINKS: readonly SinkSpec[] = [
  // Nuxt's `useFetch`/`useLazyFetch` take `$fetch`'s URL and options (auto-imported, or from `#app`/`#imports`).
  http({ id: 'fetch', label: 'fetch', globals: ['fetch', '$fetch', 'useFetch', 'useLazyFetch'],
    modules: ['node-fetch', 'cross-fetch', 'undici#fetch', 'isomorphic-fetch', 'ofetch#ofetch', 'ofetch#$fetch',
      '#app#useFetch', '#app#useLazyFetch', '#imports#useFetch', '#imports#useLazyFetch', 'nuxt/app#useFetch', 'nuxt/app#useLazyFetch',
      // Tauri's HTTP plugin: the same call, made by the desktop app's Rust side.
      '@tauri-apps/plugin-http#fetch'],
    callable: true, destination: { kind: 'urlArg', index: 0 } }),
  // A streamed request (server-sent events) with fetch's URL and options: `fetchEventSource(url, { method, body })`.
  http({ id: 'fetch-event-source', label: 'fetchEventSource', modules: ['@microsoft/fetch-event-source#fetchEventSource',
    '@fortaine/fetch-event-source#fetchEventSource'], callable: true, destination: { kind: 'urlArg', index: 0 } }),
  http({ id: 'axios', label: 'axios', modules: ['axios'], callable: true,
    methods: [...HTTP_METHODS, ...FORM_METHODS], factories: ['create'],
    instanceMethods: [...HTTP_METHODS, ...FORM_METHODS], instanceCallable: true, destination: { kind: 'axios' } }),
  http({ id: 'got', label: 'got', modules: ['got'], callable: true, methods: HTTP_METHODS, factories: ['extend'],
    instanceMethods: HTTP_METHODS, instanceCallable: true, destination: { kind: 'urlArg', index: 0 } }),
  http({ id: 'ky', label: 'ky', modules: ['ky'], callable: true, methods: HTTP_METHODS, factories: ['create', 'extend'],
    instanceMethods: HTTP_METHODS, instanceCallable: true, destination: { kind: 'urlArg', index: 0 } }),
  http({ id: 'superagent', label: 'superagent', modules: ['superagent'], methods: ['get', 'post', 'put', 'patch', 'del', 'delete'],
    chainMethods: ['send', 'query', 'field', 'attach'], destination: { kind: 'urlArg', index: 0 } }),
  http({ id: 'node-http', label: 'http.request', modules: ['http', 'https', 'node:http', 'node:https'],
    methods: ['request', 'get'], factories: ['request'], instanceMethods: ['write', 'end'], destination: { kind: 'httpOptions', index: 0 } }),
  http({ id: 'xhr', label: 'XMLHttpRequest', globals: ['XMLHttpRequest'], factories: ['new'], instanceMethods: ['send'],
    destination: { kind: 'instance' } }),
  http({ id: 'beacon', label: 'navigator.sendBeacon', globals: ['navigator'], methods: ['sendBeacon'],
    destination: { kind: 'urlArg', index: 0 } }),
  http({ id: 'websocket', label: 'WebSocket', globals: ['WebSocket'], modules: ['ws', 'isomorphic-ws'], factories: ['new'],
    instanceMethods: ['send'], destination: { kind: 'instance' } }),
];
