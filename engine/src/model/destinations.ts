/**
 * Classifies where a transfer goes, from the URL text (or its literal prefix) the model could resolve:
 * relative → internal; `transfers.internalHosts` → internal; `myNumber.permittedDestinations` → permitted
 * (a provision the law requires); `transfers.processors[].host`, or an API host of a registered
 * `transfers.processors[].vendor` → processor with its country; any other host → external; nothing resolvable →
 * unknown. A third-party SDK's calls go to its vendor (`vendorDestination`).
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import type { ProcessorEntry, ResolvedConfig } from '../config/types';
import { SINK_CATALOG, specForHost, type SinkSpec, type Vendor } from '../sinks';
import { specsOfVendor, vendorIds, vendorOf } from '../sinks/vendors';
import { namesOwnApi, namesServiceClient, splitWords, withoutBrowserPrefix } from '../vocabulary';
import type { Destination } from './facts';

export interface UrlValue {
  /** The URL text, or the literal prefix it starts with when `complete` is false. */
  text: string;
  complete: boolean;
  /** Where it was written. */
  node?: ts.Node;
  /** It came (partly) from an unbound parameter of the enclosing function. */
  dependsOnParams?: boolean;
  /**
   * When the URL (or its start) is not in the code: the names it was read from, innermost first — an environment
   * variable (`SLACK_WEBHOOK_URL`), module constants (`ALERTS_URL`), a path of an imported config (`config.crmUrl`).
   * `transfers.destinations` may say where they point; a name may also say it (`SLACK_…` is Slack).
   */
  names?: readonly string[];
  /** The first name is an environment variable's. */
  fromEnv?: boolean;
  /**
   * An unresolved base the code names as the app's own without saying which service it is (`this.options.getBaseUrl()`,
   * `this.rootUrl`; see `namesAppBase`): not a name to declare, but what follows it may say it is the app's API.
   */
  appBase?: string;
  /** The API path that follows an app's base (`${baseUrl}/api/v1`, `getBaseUrl() + '/graphql'`): the app's own API. */
  ownApiPath?: string;
  /** Read from the browser's storage under a key naming the app's base (`localStorage.getItem('baseUrl')`). */
  keptInBrowser?: boolean;
}

/**
 * `url` as read through a name: unchanged when it resolved to text; else unresolved, carrying `name` after the
 * names it already has (`const ALERTS = process.env.SLACK_WEBHOOK_URL` → `SLACK_WEBHOOK_URL`, `ALERTS`). A value
 * that depends on a parameter gets no name: it is the caller's.
 */
export function namedUrl(node: ts.Node, name: string, fromEnv: boolean, url?: UrlValue): UrlValue | undefined {
  if (url && (url.text !== '' || url.complete || url.dependsOnParams)) return url;
  return { text: '', complete: false, node: url?.node ?? node, names: [...(url?.names ?? []), name],
    fromEnv: url?.names?.length ? url.fromEnv : fromEnv, ...(url?.keptInBrowser ? { keptInBrowser: true } : {}) };
}

/**
 * Host-glob matching: `*.example.internal` matches any subdomain; a bare host matches itself. A `*` that is a
 * whole label stands for one or more labels; a `*` inside a label (`api-*.example.com`) for one or more characters
 * of that label. A pattern without a port matches the host on any port; one with a port, on that port only.
 */
export function hostMatches(pattern: string, host: string): boolean {
  return patternMatches(parsePattern(pattern), parseHost(host));
}

/** A host glob split into labels (lower case, without scheme or path), and its port if it names one. */
interface ParsedPattern {
  labels: string[];
  port: string | undefined;
}

function parsePattern(pattern: string): ParsedPattern {
  const [bare, port] = splitPort(normalisePattern(pattern));
  return { labels: bare.split('.'), port };
}

/** Lower case, without a scheme or a path. */
function normalisePattern(pattern: string): string {
  const p = pattern.toLowerCase();
  return p.includes('/') ? p.replace(/^[a-z]+:\/\//, '').replace(/\/.*$/, '') : p;
}

function parseHost(host: string): ParsedPattern {
  const [bare, port] = splitPort(host.toLowerCase());
  return { labels: bare.split('.'), port };
}

/** `host:port` → [host, port]; an IPv6 literal keeps its brackets (`[::1]:8080` → [`[::1]`, `8080`]). */
function splitPort(hostAndPort: string): [string, string | undefined] {
  const colon = hostAndPort.startsWith('[') ? hostAndPort.indexOf(']:') + 1 : hostAndPort.lastIndexOf(':');
  return colon > 0 ? [hostAndPort.slice(0, colon), hostAndPort.slice(colon + 1)] : [hostAndPort, undefined];
}

function patternMatches(pattern: ParsedPattern, host: ParsedPattern): boolean {
  if (pattern.port === undefined ? host.port !== undefined && !/^\d+$/.test(host.port) : host.port === undefined || !wildcardMatches(pattern.port, host.port)) {
    return false;
  }
  return labelsMatch(pattern.labels, host.labels);
}

/**
 * Whether `text` matches `pattern`, where each `*` stands for one or more characters. No regular expression and
 * no backtracking (`*.*.*.*…x` compiled to `.+\..+\..+…x` took minutes on an 81-character host): the pieces
 * between stars are placed left to right at their first possible position, which is enough because a star has
 * no upper bound. Time O(|text| × |pattern|) at worst, linear for the usual patterns.
 */
export function wildcardMatches(pattern: string, text: string): boolean {
  if (!pattern.includes('*')) return pattern === text;
  const pieces = pattern.split('*');
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (!text.startsWith(first)) return false;
  let position = first.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    // The star before this piece takes at least one character.
    const at = text.indexOf(pieces[i], position + 1);
    if (at < 0) return false;
    position = at + pieces[i].length;
  }
  return text.length - last.length >= position + 1 && text.endsWith(last);
}

/**
 * The same placement over labels: a pattern label `*` stands for one or more host labels; any other pattern
 * label matches exactly one host label (with `wildcardMatches`, so `api-*` stays within its label).
 */
function labelsMatch(pattern: readonly string[], host: readonly string[]): boolean {
  const segments: string[][] = [[]];
  for (const label of pattern) {
    if (label === '*') segments.push([]);
    else segments[segments.length - 1].push(label);
  }
  const runMatches = (run: readonly string[], at: number): boolean => run.every((label, k) => wildcardMatches(label, host[at + k]));
  if (segments.length === 1) return host.length === pattern.length && runMatches(pattern, 0);
  const first = segments[0];
  const last = segments[segments.length - 1];
  const lastStart = host.length - last.length;
  if (lastStart < first.length || !runMatches(first, 0)) return false;
  let position = first.length;
  for (let i = 1; i < segments.length - 1; i++) {
    const run = segments[i];
    let at = position + 1; // the star before this run takes at least one label
    while (at + run.length < lastStart && !runMatches(run, at)) at++;
    if (at + run.length >= lastStart) return false; // the star after it needs a label before the last run
    position = at + run.length;
  }
  return lastStart >= position + 1 && runMatches(last, lastStart);
}

/**
 * A list of host globs indexed for lookup (`transfers.internalHosts` may list hundreds of thousands, and each URL
 * was tried against each one): patterns are grouped by the literal labels they end with (`*.tenant7.example.com`
 * under `tenant7.example.com`, an exact host under itself, `api.example.*` under ``), so a host is checked only
 * against the patterns whose literal ending is one of its own label suffixes.
 */
class HostIndex {
  private readonly bySuffix = new Map<string, number[]>();
  /** Parsed when first needed: building the index of 300,000 entries must not parse them all. */
  private readonly parsed: (ParsedPattern | undefined)[];

  constructor(private readonly patterns: readonly string[]) {
    this.parsed = new Array(patterns.length);
    patterns.forEach((pattern, index) => {
      const bare = splitPort(normalisePattern(pattern))[0];
      // The labels after the last one that has a star: `*.tenant7.example.com` → `tenant7.example.com`.
      const star = bare.lastIndexOf('*');
      const dot = star < 0 ? -1 : bare.indexOf('.', star);
      const suffix = star < 0 ? bare : dot < 0 ? '' : bare.slice(dot + 1);
      const group = this.bySuffix.get(suffix);
      if (group) group.push(index);
      else this.bySuffix.set(suffix, [index]);
    });
  }

  /** The index of the first pattern (in list order) that matches `host`, or -1. */
  firstMatch(host: string): number {
    const parsed = parseHost(host);
    let best = -1;
    for (let i = 0; i <= parsed.labels.length; i++) {
      for (const index of this.bySuffix.get(parsed.labels.slice(i).join('.')) ?? []) {
        if (best >= 0 && index > best) continue;
        const pattern = (this.parsed[index] ??= parsePattern(this.patterns[index]));
        if (patternMatches(pattern, parsed)) best = index;
      }
    }
    return best;
  }
}

const hostIndexes = new WeakMap<readonly unknown[], HostIndex>();

/** The index of a config's host list, built once per list. */
function hostIndex<T>(list: readonly T[], hostOf: (entry: T) => string): HostIndex {
  let index = hostIndexes.get(list);
  if (!index) {
    index = new HostIndex(list.map(hostOf));
    hostIndexes.set(list, index);
  }
  return index;
}

/** The host of an absolute URL, or undefined when the text does not yet contain a whole host. */
export function hostOf(url: UrlValue): string | undefined {
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#]*)([/?#].*)?$/i.exec(url.text);
  if (!m) return undefined;
  if (!url.complete && m[2] === undefined) return undefined; // `https://${tenant}.example.com`
  return m[1].replace(/^[^@]*@/, '').toLowerCase();
}

/**
 * Top-level names of hosts on a private network: mDNS (`.local`, RFC 6762), `.localhost` (RFC 6761), a home network
 * (`.home.arpa`, RFC 8375) and the names routers and companies use (`.lan`, `.intranet`, `.corp`, `.private`).
 * `.internal` is left to `transfers.internalHosts` (a team declares its own zone), and the reserved example names
 * (`.test`, `.example`, `example.com`) stand for any host in documentation: both are reported until declared.
 */
const PRIVATE_TLDS = new Set(['local', 'localhost', 'lan', 'intranet', 'corp', 'private']);

/**
 * A host no one outside the company's network can be: a single-label name (`backend`, a container of the same
 * compose file), a name under a private top-level domain (`autoadmin-ws.local`, `api.svc.cluster.local`) or a private
 * IPv4 address (10/8, 172.16/12, 192.168/16, link-local).
 */
export function isPrivateHost(host: string): boolean {
  if (!host || host.startsWith('[')) return false;
  const ip = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/.exec(host);
  if (ip) {
    const [a, b] = [Number(ip[1]), Number(ip[2])];
    return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || a === 0;
  }
  if (!host.includes('.')) return /^[a-z0-9-]+$/i.test(host);
  return PRIVATE_TLDS.has(host.slice(host.lastIndexOf('.') + 1)) || host.endsWith('.home.arpa');
}

const classified = new WeakMap<ResolvedConfig, Map<string, Destination>>();

/** Where a URL goes under a config (memoized per config: the same endpoints recur across a project). */
export function classifyUrl(url: UrlValue | undefined, config: ResolvedConfig): Destination {
  if (!url) return classifyUrlUncached(url, config);
  if (url.names?.length && !url.complete && url.text === '') return classifyNamed(url, url.names, config);
  let byUrl = classified.get(config);
  if (!byUrl) { byUrl = new Map(); classified.set(config, byUrl); }
  const key = `${url.complete ? 1 : 0}${url.text}`;
  let d = byUrl.get(key);
  if (!d) { d = classifyUrlUncached({ ...url, node: undefined }, config); byUrl.set(key, d); }
  return url.node ? { ...d, node: url.node } : d;
}

function classifyUrlUncached(url: UrlValue | undefined, config: ResolvedConfig): Destination {
  if (!url || (!url.complete && url.text === '')) return { kind: 'unknown', label: 'an unresolved URL', node: url?.node };
  const absolute = /^([a-z][a-z0-9+.-]*:)?\/\//i.test(url.text);
  if (!absolute) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(url.text)) return { kind: 'unknown', label: url.text.split(':')[0] + ': URL', node: url.node };
    if (!url.complete && !url.text.startsWith('/') && !url.text.startsWith('.')) {
      return { kind: 'unknown', label: 'an unresolved URL', node: url.node };
    }
    return { kind: 'internal', label: 'a relative URL (same origin)', node: url.node };
  }
  const host = hostOf(url);
  if (!host) return { kind: 'unknown', label: 'an unresolved host', node: url.node };
  const bare = host.replace(/:\d+$/, '');
  if (hostIndex(config.myNumber.permittedDestinations, (p) => p).firstMatch(host) >= 0) {
    return { kind: 'permitted', host: bare, label: bare, node: url.node };
  }
  if (hostIndex(config.transfers.internalHosts, (p) => p).firstMatch(host) >= 0
    || bare === 'localhost' || bare === '127.0.0.1' || bare === '[::1]' || isPrivateHost(bare)) {
    return { kind: 'internal', host: bare, label: bare, node: url.node };
  }
  const hosts = processorHosts(config.transfers.processors);
  const registered = hosts[hostIndex(hosts, (p) => p.host).firstMatch(host)];
  if (registered) {
    const { entry, vendor } = registered;
    const name = entry.name ?? vendor?.name;
    return { kind: 'processor', host: bare, country: entry.country.toUpperCase(), processorName: name,
      ...(vendor ? { vendor: vendor.name } : {}), label: name ? `${name} (${bare})` : bare, node: url.node };
  }
  return { kind: 'external', host: bare, label: bare, node: url.node };
}

/** A host a processor entry registers: its own `host`, or an API host of its `vendor`. */
interface ProcessorHost { host: string; entry: ProcessorEntry; vendor?: Vendor }

const processorHostLists = new WeakMap<readonly ProcessorEntry[], ProcessorHost[]>();

/** The hosts of `transfers.processors`, in list order: an entry's own host, then its vendor's API hosts. */
function processorHosts(processors: readonly ProcessorEntry[]): ProcessorHost[] {
  let list = processorHostLists.get(processors);
  if (list) return list;
  list = [];
  for (const entry of processors) {
    if (entry.host) list.push({ host: entry.host, entry });
    if (!entry.vendor) continue;
    const vendor = vendorOf(SINK_CATALOG, entry.vendor);
    for (const spec of specsOfVendor(SINK_CATALOG, entry.vendor)) {
      for (const host of spec.vendor?.hosts ?? []) {
        if (!list.some((h) => h.entry === entry && h.host === host)) list.push({ host, entry, vendor });
      }
    }
  }
  processorHostLists.set(processors, list);
  return list;
}

const vendorProcessors = new WeakMap<readonly ProcessorEntry[], Map<SinkSpec, ProcessorEntry | null>>();

/** The processor entry that registers this catalogue entry's vendor (`{ "vendor": "stripe", … }`), if any. */
export function processorOfVendor(spec: SinkSpec, config: ResolvedConfig): ProcessorEntry | undefined {
  const processors = config.transfers.processors;
  let bySpec = vendorProcessors.get(processors);
  if (!bySpec) { bySpec = new Map(); vendorProcessors.set(processors, bySpec); }
  const known = bySpec.get(spec);
  if (known !== undefined) return known ?? undefined;
  const found = processors.find((p) => p.vendor !== undefined && specsOfVendor(SINK_CATALOG, p.vendor).includes(spec));
  bySpec.set(spec, found ?? null);
  return found;
}

/**
 * Where a third-party SDK's calls go: its vendor, unless the config registers the vendor as a processor
 * (`transfers.processors[].vendor`), or one of its API hosts as internal, a processor or a permitted destination
 * (then that decides, with the registered country).
 */
export function vendorDestination(spec: SinkSpec, config: ResolvedConfig): Destination {
  const v = spec.vendor;
  if (!v) return { kind: 'unknown', label: spec.label };
  const byVendor = processorOfVendor(spec, config);
  if (byVendor) {
    // Named as registered: `openai` registers OpenAI, also when LangChain's OpenAI models make the call.
    const registered = vendorOf(SINK_CATALOG, byVendor.vendor!) ?? v;
    const name = byVendor.name ?? registered.name;
    return { kind: 'processor', country: byVendor.country.toUpperCase(), processorName: name, vendor: registered.name, label: name };
  }
  for (const host of v.hosts ?? []) {
    // A host glob of the vendor (`*.adyen.com`) counts only when the config lists that very glob.
    const registered = host.includes('*')
      ? (config.transfers.processors.some((p) => p.host === host) || config.transfers.internalHosts.includes(host))
        && classifyUrl({ text: `https://${host.replace(/\*/g, 'x')}/`, complete: true }, config)
      : classifyUrl({ text: `https://${host}/`, complete: true }, config);
    if (registered && registered.kind !== 'external' && registered.kind !== 'unknown') return registered;
  }
  return { kind: 'external', vendor: v.name, country: v.country, label: v.name };
}

/** An external host that a catalog vendor serves is named by the vendor (`api.resend.com` → Resend). */
export function namedVendor(d: Destination): Destination {
  if (d.kind !== 'external' || !d.host) return d;
  const spec = specForHost(d.host);
  return spec?.vendor ? { ...d, vendor: spec.vendor.name, country: spec.vendor.country } : d;
}

/**
 * Where a transfer of a catalogue entry goes when its URL decides: the URL's classification, named by vendor;
 * when a vendor's client was made with a URL that cannot be resolved and nothing declares it, the vendor
 * (`new IncomingWebhook(url)` posts to Slack whatever the URL). A server option (`new Client({ node })`) may be
 * the company's own: it stays unknown.
 */
export function urlDestination(url: UrlValue | undefined, spec: SinkSpec, config: ResolvedConfig): Destination {
  const d = classifyUrl(url, config);
  if (d.kind === 'unknown' && spec.vendor && spec.destination?.kind === 'instance') {
    return { ...vendorDestination(spec, config), ...(d.node ? { node: d.node } : {}) };
  }
  return namedVendor(d);
}

/**
 * A URL read from a name the code does not resolve: `transfers.destinations` says where the name points; else the
 * name may say it (`SLACK_WEBHOOK_URL` is Slack's, `STRIPE_API_BASE` Stripe's); else it is unknown, and the
 * destination keeps the name, so the message can say how to declare it.
 */
function classifyNamed(url: UrlValue, names: readonly string[], config: ResolvedConfig): Destination {
  const declared = config.transfers.destinations;
  for (const name of names) {
    const target = Object.prototype.hasOwnProperty.call(declared, name) ? declared[name] : undefined;
    if (target !== undefined) return { ...declaredDestination(target, config), node: url.node };
  }
  for (const name of names) {
    const spec = vendorSpecOfName(name);
    if (spec) return { ...vendorDestination(spec, config), node: url.node };
  }
  // `fetch(\`${process.env.BASE_URL}/api/v1/users\`)`, `this.options.getBaseUrl() + '/api/v1'`: the app's base with its
  // API's path under it.
  // (Not inside a class named for the outside service it talks to: `this.cfg.apiOrigin` in `class KwsClient` is KWS's.
  // An environment variable names its server itself: `process.env.INFERENCE_SERVER_HOST` in `OasstInferenceClient`.)
  const serviceClient = !url.fromEnv && url.node && inServiceClientClass(url.node);
  if (url.ownApiPath && !serviceClient) return { kind: 'internal', label: `the app's own API (\`${names[0]}\` + \`${url.ownApiPath}\`)`, node: url.node };
  // `localStorage.getItem('baseUrl')`: the app keeps its own server's address in the browser (set when the user
  // signed in to it); no third party's.
  if (url.keptInBrowser && !serviceClient) return { kind: 'internal', label: `the app's own server (\`${names[0]}\` kept in the browser's storage)`, node: url.node };
  // `axios.create({ baseURL: API_ROOT })`, `fetch(\`${process.env.NEXT_PUBLIC_API_URL}/users\`)`: the app's own API.
  const own = serviceClient ? undefined : names.find((n) => namesOwnApi(n));
  if (own) return { kind: 'internal', label: `the app's own API (\`${own}\`)`, node: url.node };
  const name = names[0];
  const label = url.fromEnv ? `process.env.${name}` : name;
  return { kind: 'unknown', label, name, node: url.node };
}

/** Whether a node is written in a class named for the outside service it is the client of (`namesServiceClient`). */
function inServiceClientClass(node: ts.Node): boolean {
  const cls = ts.findAncestor(node, ts.isClassLike);
  return !!cls?.name && namesServiceClient(cls.name.text);
}

/**
 * Where a declared destination points: `"internal"`, a host (classified like a URL to it: internal, a processor,
 * permitted or external) or a catalogue vendor id (its processor registration, or the vendor).
 */
export function declaredDestination(target: string, config: ResolvedConfig): Destination {
  if (target === 'internal') return { kind: 'internal', label: 'a destination declared internal in privacy-lint.json' };
  if (/[.:[]/.test(target)) return namedVendor(classifyUrl({ text: `https://${target}/`, complete: true }, config));
  const spec = specsOfVendor(SINK_CATALOG, target)[0];
  return spec ? vendorDestination(spec, config) : { kind: 'unknown', label: target };
}

/** Vendor ids without dashes (`slackwebhook`, `sendgrid`, `openai`) → the catalogue entry, for names of URLs. */
let vendorKeys: Map<string, SinkSpec> | undefined;

function vendorKeyIndex(): Map<string, SinkSpec> {
  if (vendorKeys) return vendorKeys;
  vendorKeys = new Map();
  for (const id of vendorIds(SINK_CATALOG)) {
    // Entries whose server is an option of the client (a self-hosted Elasticsearch, an SMTP relay) are not
    // named by a URL's name: `ELASTIC_URL` may well be the company's own node.
    const spec = specsOfVendor(SINK_CATALOG, id).find((s) => s.destination?.kind !== 'clientOption');
    const key = id.replace(/-/g, '');
    if (spec && !vendorKeys.has(key)) vendorKeys.set(key, spec);
  }
  return vendorKeys;
}

/**
 * The catalogue entry a URL's name says it points to: the name's first words, joined, are a vendor id
 * (`SLACK_WEBHOOK_URL` → `slack-webhook`, `SENDGRID_API_URL` → `sendgrid`, `openAiBaseUrl` → `openai`).
 */
export function vendorSpecOfName(name: string): SinkSpec | undefined {
  // `VITE_HUBSPOT_API_URL`: the vendor's name after the bundler's prefix.
  const words = withoutBrowserPrefix(splitWords(name.split('.').pop() ?? name));
  const index = vendorKeyIndex();
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const spec = index.get(words.slice(0, n).join(''));
    if (spec) return spec;
  }
  return undefined;
}
