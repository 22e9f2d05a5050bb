/**
 * The sink catalog, as data: where personal data can leave the program. Each entry says how the sink is
 * reached in code (an import, a global, an instance made by a factory, a receiver's name), which calls send,
 * and how to find the destination. Cookies, web storage and marketing senders slot in as new `kind`s with
 * entries of the same shape.
 */

export type SinkKind = 'log' | 'transfer';

/** How the destination of a transfer is found. */
export type DestinationStrategy =
  /** A third-party SDK: data always goes to that vendor. */
  | { kind: 'sdk'; vendor: string }
  /** The URL is argument `index` (`fetch(url)`, `navigator.sendBeacon(url, data)`). */
  | { kind: 'urlArg'; index: number }
  /** axios semantics: method + url, or a config object with `url`, plus an instance's `baseURL`. */
  | { kind: 'axios' }
  /** `http.request(urlOrOptions)`: a URL or an options object with `hostname`/`host`/`protocol`. */
  | { kind: 'httpOptions'; index: number }
  /** Fixed when the instance was made: `new WebSocket(url)`, `new IncomingWebhook(url)`, `xhr.open(m, url)`. */
  | { kind: 'instance' };

export interface SinkSpec {
  id: string;
  kind: SinkKind;
  /** How the sink reads in messages (`console`, `axios`, `Sentry`). */
  label: string;
  /** Import sources (`axios`, `@sentry/*`); `module#Export` for a named export (`@nestjs/common#Logger`). */
  modules?: string[];
  /** Globals that need no import (`console`, `fetch`, `navigator`). */
  globals?: string[];
  /** Receivers recognised by name alone (`logger`, `this.logger`, `req.log`, `analytics`). */
  receiverPattern?: RegExp;
  /** Methods on the module or global that send; dotted for nested objects (`people.set`). */
  methods?: readonly string[];
  /** Calling the module's export or the global itself sends (`axios(config)`, `gtag(...)`). */
  callable?: boolean;
  /** What makes an instance: a member name (`create`), `()` for calling the export, `new` for constructing it. */
  factories?: readonly string[];
  /** Methods on an instance that send. */
  instanceMethods?: readonly string[];
  /** Calling an instance itself sends (`const dbg = debug('app'); dbg(...)`). */
  instanceCallable?: boolean;
  /** Methods chained on a request builder that carry the payload (`superagent.post(url).send(data)`). */
  chainMethods?: readonly string[];
  destination?: DestinationStrategy;
}

export const LOG_METHODS: readonly string[] = ['trace', 'debug', 'info', 'warn', 'warning', 'error', 'fatal', 'log',
  'verbose', 'silly', 'http', 'notice', 'crit', 'critical', 'alert', 'emerg', 'success',
  // Bindings of a child logger are written into every line it logs.
  'child'];

const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request'];

export const SINK_CATALOG: readonly SinkSpec[] = [
  // ---- logs (§4(1)) ----
  { id: 'console', kind: 'log', label: 'console', globals: ['console'],
    methods: ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'dirxml', 'table', 'group', 'groupCollapsed', 'assert', 'timeLog'] },
  { id: 'pino', kind: 'log', label: 'pino', modules: ['pino'], factories: ['()', 'child'], instanceMethods: LOG_METHODS },
  { id: 'winston', kind: 'log', label: 'winston', modules: ['winston'], methods: LOG_METHODS, factories: ['createLogger', 'child'], instanceMethods: LOG_METHODS },
  { id: 'bunyan', kind: 'log', label: 'bunyan', modules: ['bunyan'], factories: ['createLogger', 'child'], instanceMethods: LOG_METHODS },
  { id: 'log4js', kind: 'log', label: 'log4js', modules: ['log4js'], factories: ['getLogger'], instanceMethods: LOG_METHODS },
  { id: 'loglevel', kind: 'log', label: 'loglevel', modules: ['loglevel'], methods: LOG_METHODS, factories: ['getLogger'], instanceMethods: LOG_METHODS },
  { id: 'debug', kind: 'log', label: 'debug', modules: ['debug'], factories: ['()', 'extend'], instanceCallable: true },
  { id: 'nestjs-logger', kind: 'log', label: 'NestJS Logger', modules: ['@nestjs/common#Logger'], methods: LOG_METHODS,
    factories: ['new'], instanceMethods: LOG_METHODS },
  // Any receiver called logger or log: `logger.info`, `this.logger.warn`, `req.log.error`, `app.log.info`.
  { id: 'logger', kind: 'log', label: 'logger', receiverPattern: /^[_#]?(log|logger|[A-Za-z0-9_]*Logger|[a-z0-9_]*_logger)$/,
    methods: LOG_METHODS },

  // ---- HTTP clients (§2) ----
  { id: 'fetch', kind: 'transfer', label: 'fetch', globals: ['fetch'], modules: ['node-fetch', 'cross-fetch', 'undici#fetch', 'isomorphic-fetch'],
    callable: true, destination: { kind: 'urlArg', index: 0 } },
  { id: 'axios', kind: 'transfer', label: 'axios', modules: ['axios'], callable: true,
    methods: [...HTTP_METHODS, 'postForm', 'putForm', 'patchForm'], factories: ['create'],
    instanceMethods: [...HTTP_METHODS, 'postForm', 'putForm', 'patchForm'], instanceCallable: true, destination: { kind: 'axios' } },
  { id: 'got', kind: 'transfer', label: 'got', modules: ['got'], callable: true, methods: HTTP_METHODS, factories: ['extend'],
    instanceMethods: HTTP_METHODS, instanceCallable: true, destination: { kind: 'urlArg', index: 0 } },
  { id: 'ky', kind: 'transfer', label: 'ky', modules: ['ky'], callable: true, methods: HTTP_METHODS, factories: ['create', 'extend'],
    instanceMethods: HTTP_METHODS, instanceCallable: true, destination: { kind: 'urlArg', index: 0 } },
  { id: 'superagent', kind: 'transfer', label: 'superagent', modules: ['superagent'], methods: ['get', 'post', 'put', 'patch', 'del', 'delete'],
    chainMethods: ['send', 'query', 'field', 'attach'], destination: { kind: 'urlArg', index: 0 } },
  { id: 'node-http', kind: 'transfer', label: 'http.request', modules: ['http', 'https', 'node:http', 'node:https'],
    methods: ['request', 'get'], factories: ['request'], instanceMethods: ['write', 'end'], destination: { kind: 'httpOptions', index: 0 } },
  { id: 'xhr', kind: 'transfer', label: 'XMLHttpRequest', globals: ['XMLHttpRequest'], factories: ['new'], instanceMethods: ['send'],
    destination: { kind: 'instance' } },
  { id: 'beacon', kind: 'transfer', label: 'navigator.sendBeacon', globals: ['navigator'], methods: ['sendBeacon'],
    destination: { kind: 'urlArg', index: 0 } },
  { id: 'websocket', kind: 'transfer', label: 'WebSocket', globals: ['WebSocket'], modules: ['ws', 'isomorphic-ws'], factories: ['new'],
    instanceMethods: ['send'], destination: { kind: 'instance' } },

  // ---- third-party SDKs (§2): always an outside party ----
  { id: 'sentry', kind: 'transfer', label: 'Sentry', modules: ['@sentry/*'], receiverPattern: /^Sentry$/,
    methods: ['setUser', 'setContext', 'setExtra', 'setExtras', 'setTag', 'setTags', 'captureMessage', 'captureException', 'captureEvent', 'addBreadcrumb'],
    destination: { kind: 'sdk', vendor: 'Sentry' } },
  { id: 'segment', kind: 'transfer', label: 'Segment', modules: ['@segment/analytics-node', '@segment/analytics-next', 'analytics-node'],
    receiverPattern: /^analytics$/i, methods: ['identify', 'track', 'page', 'group', 'alias', 'screen'], factories: ['new', 'load'],
    instanceMethods: ['identify', 'track', 'page', 'group', 'alias', 'screen'], destination: { kind: 'sdk', vendor: 'Segment' } },
  { id: 'gtag', kind: 'transfer', label: 'gtag', globals: ['gtag'], callable: true, destination: { kind: 'sdk', vendor: 'Google Analytics' } },
  { id: 'gtm', kind: 'transfer', label: 'dataLayer', globals: ['dataLayer'], methods: ['push'], destination: { kind: 'sdk', vendor: 'Google Tag Manager' } },
  { id: 'mixpanel', kind: 'transfer', label: 'Mixpanel', modules: ['mixpanel', 'mixpanel-browser'], globals: ['mixpanel'], receiverPattern: /^mixpanel$/i,
    methods: ['track', 'identify', 'register', 'register_once', 'alias', 'people.set', 'people.set_once', 'people.append', 'people.union'],
    factories: ['init'], instanceMethods: ['track', 'identify', 'register', 'alias', 'people.set', 'people.set_once'],
    destination: { kind: 'sdk', vendor: 'Mixpanel' } },
  { id: 'amplitude', kind: 'transfer', label: 'Amplitude', modules: ['@amplitude/analytics-browser', '@amplitude/analytics-node', 'amplitude-js'],
    globals: ['amplitude'],
    receiverPattern: /^amplitude$/i, methods: ['track', 'identify', 'setUserId', 'logEvent', 'setUserProperties', 'setGroup'],
    factories: ['getInstance', 'createInstance'], instanceMethods: ['track', 'identify', 'setUserId', 'logEvent', 'setUserProperties'],
    destination: { kind: 'sdk', vendor: 'Amplitude' } },
  { id: 'posthog', kind: 'transfer', label: 'PostHog', modules: ['posthog-js', 'posthog-node'], globals: ['posthog'], receiverPattern: /^posthog$/i,
    methods: ['capture', 'identify', 'alias', 'group', 'register', 'setPersonProperties'], factories: ['new'],
    instanceMethods: ['capture', 'identify', 'alias', 'group', 'register', 'setPersonProperties'], destination: { kind: 'sdk', vendor: 'PostHog' } },
  { id: 'datadog-rum', kind: 'transfer', label: 'Datadog RUM', modules: ['@datadog/browser-rum'], globals: ['DD_RUM'],
    receiverPattern: /^(datadogRum|DD_RUM)$/,
    methods: ['setUser', 'setUserProperty', 'addAction', 'addError', 'setGlobalContextProperty', 'setGlobalContext'],
    destination: { kind: 'sdk', vendor: 'Datadog' } },
  { id: 'intercom', kind: 'transfer', label: 'Intercom', globals: ['Intercom'], modules: ['@intercom/messenger-js-sdk'], callable: true,
    methods: ['boot', 'update', 'trackEvent'], destination: { kind: 'sdk', vendor: 'Intercom' } },
  { id: 'slack-webhook', kind: 'transfer', label: 'Slack webhook', modules: ['@slack/webhook#IncomingWebhook'], factories: ['new'],
    instanceMethods: ['send'], destination: { kind: 'instance' } },
  { id: 'slack-web-api', kind: 'transfer', label: 'Slack', modules: ['@slack/web-api#WebClient'], factories: ['new'],
    instanceMethods: ['chat.postMessage', 'chat.postEphemeral', 'chat.update', 'files.upload'], destination: { kind: 'sdk', vendor: 'Slack' } },
];

/** Whether an import source matches a catalog module pattern (`@sentry/*` matches `@sentry/node`). */
export function moduleMatches(pattern: string, source: string, exportName: string): boolean {
  const [mod, exp] = pattern.split('#');
  const modOk = mod.endsWith('/*') ? source.startsWith(mod.slice(0, -1)) : source === mod;
  if (!modOk) return false;
  if (exp) return exportName === exp;
  return exportName === 'default' || exportName === '*';
}

const importCache = new Map<string, SinkSpec | null>();

/**
 * The catalog entry an import brings in (`import axios from 'axios'`, `import * as Sentry from '@sentry/node'`),
 * or, for a named export that is itself a sending method (`import { request } from 'node:https'`), a callable
 * variant of its entry. Memoized: the catalog is fixed and the same imports recur in every file.
 */
export function specForImport(source: string, exportName: string): SinkSpec | undefined {
  if (source.startsWith('.')) return undefined; // the project's own modules are followed, not looked up
  const key = `${source}\0${exportName}`;
  const known = importCache.get(key);
  if (known !== undefined) return known ?? undefined;
  let found: SinkSpec | undefined = SINK_CATALOG.find((spec) => spec.modules?.some((m) => moduleMatches(m, source, exportName)));
  if (!found) {
    const owner = SINK_CATALOG.find((spec) => spec.modules?.some((m) => moduleMatches(m, source, 'default'))
      && spec.methods?.includes(exportName));
    if (owner) found = { ...owner, callable: true, factories: [...(owner.factories ?? []), '()'] };
  }
  importCache.set(key, found ?? null);
  return found;
}

/** Every method name that can send (the last segment of dotted ones too): a cheap first test for a call. */
export const SINK_METHOD_NAMES: ReadonlySet<string> = new Set(SINK_CATALOG.flatMap((spec) =>
  [...(spec.methods ?? []), ...(spec.instanceMethods ?? []), ...(spec.chainMethods ?? [])].map((m) => m.split('.').pop()!)));
