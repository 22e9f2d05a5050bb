/**
 * The shape of a catalog entry. An entry says how the sink is reached in code (an import, a global, a client made
 * by a constructor, a factory or a hook, a receiver's name, a host written in a URL), which calls send, how the
 * destination is found, and who receives the data (vendor, legal name, default country). Adding an SDK is one
 * entry in the family's file: the engine reads only these fields.
 */

/**
 * `log` and `transfer` sites are built by the model itself; every other kind (`cookie`, `storage`) is a generic
 * "sites of kind X" the model lists for the rules that ask (`PrivacyModel.sitesOfKind`).
 */
export type SinkKind = 'log' | 'transfer' | 'cookie' | 'storage' | 'marketing';

/** What kind of service receives the data (for `--list-sinks` and the documentation). */
export type SinkFamily = 'log' | 'http' | 'monitoring' | 'analytics' | 'advertising' | 'messaging' | 'payments' | 'crm'
  | 'llm' | 'search' | 'workflow' | 'identity' | 'maps' | 'translation' | 'cookie' | 'storage' | 'marketing'
  /** A function the team declared in `privacy-lint.json` (`functions`), not a catalogue entry. */
  | 'declared';

/** Who receives the data when it leaves through an SDK or a vendor's API. */
export interface Vendor {
  /** The name messages use (`Stripe`, `OpenAI`). */
  name: string;
  /** The contracting legal entity (`Stripe, Inc.`). */
  legalName: string;
  /** ISO 3166-1 alpha-2 code of the country where the data goes by default (the vendor's default region). */
  country: string;
  /**
   * API hosts (globs allowed): a URL to one of them is a transfer to this vendor (`fetch('https://api.resend.com/…')`),
   * and registering one of them as a processor or internal host in the config reclassifies the SDK's calls.
   */
  hosts?: readonly string[];
}

/** How the destination of a transfer is found. */
export type DestinationStrategy =
  /** A third-party SDK: data always goes to the entry's vendor. */
  | { kind: 'sdk' }
  /** The URL is argument `index` (`fetch(url)`, `navigator.sendBeacon(url, data)`). */
  | { kind: 'urlArg'; index: number }
  /** axios semantics: method + url, or a config object with `url`, plus an instance's `baseURL`. */
  | { kind: 'axios' }
  /** `http.request(urlOrOptions)`: a URL or an options object with `hostname`/`host`/`protocol`. */
  | { kind: 'httpOptions'; index: number }
  /** Fixed when the instance was made: `new WebSocket(url)`, `new IncomingWebhook(url)`, `xhr.open(m, url)`. */
  | { kind: 'instance' }
  /**
   * The server is an option of the client's creation (`new Client({ node })`, `createTransport({ host })`):
   * argument `arg` of the call that made the client, itself a URL or an object with one of `fields`. When it
   * cannot be read, the entry's vendor (its cloud) is the destination, or unknown without one.
   */
  | { kind: 'clientOption'; arg: number; fields: readonly string[] }
  /**
   * The vendor is the provider of the model passed in option `field` of the first argument (`generateText({ model:
   * openai('gpt-4o') })`): `providers` maps the provider's package to the catalogue entry whose vendor it is. When
   * the model cannot be traced to one of them, the entry's own vendor stands.
   */
  | {
    kind: 'modelProvider'; field: string; providers: Readonly<Record<string, string>>;
    /** The model is an option of the call that made the client (`new ToolLoopAgent({ model })`), not of each call. */
    fromCreation?: boolean;
  }
  /** Declared in the config (`functions[].destination`): `"internal"`, a host or a catalogue vendor id. */
  | { kind: 'declared'; target: string };

export interface SinkSpec {
  id: string;
  kind: SinkKind;
  family: SinkFamily;
  /** How the sink reads in messages (`console`, `axios`, `Sentry`). */
  label: string;
  /** The receiving party; absent for loggers and generic HTTP clients (the URL decides). */
  vendor?: Vendor;
  /**
   * Import sources (`axios`, `@sentry/*`); `module#Export` for a named export that is the module object itself
   * (`@nestjs/common#Logger`, `@datadog/browser-rum#datadogRum`).
   */
  modules?: readonly string[];
  /** Globals that need no import (`console`, `fetch`, `gtag`). */
  globals?: readonly string[];
  /** Receivers recognised by name alone (`logger`, `this.logger`, `req.log`, `analytics`). */
  receiverPattern?: RegExp;
  /**
   * Methods of the module or global that send; dotted for nested objects of any depth (`people.set`). A named
   * import of one of them is a sending function (`import { generateText } from 'ai'`).
   */
  methods?: readonly string[];
  /** Calling the module's export or the global itself sends (`axios(config)`, `gtag(...)`). */
  callable?: boolean;
  /**
   * What makes a client: `new` (constructing the module's export: `new Stripe(key)`), `()` (calling it:
   * `pino()`), or a name — a member of the module or of a client (`winston.createLogger()`,
   * `mg.client()`), a named export (`new Resend(key)`, `createClient()`), a hook (`usePostHog()`). A class of
   * the project that extends one of these makes clients too, and a field typed with one holds a client.
   */
  factories?: readonly string[];
  /** Methods of a client that send; dotted for nested objects of any depth (`chat.completions.create`). */
  instanceMethods?: readonly string[];
  /** Calling a client itself sends (`const dbg = debug('app'); dbg(...)`). */
  instanceCallable?: boolean;
  /**
   * Methods whose function arguments produce what is sent: the values those functions return are the data
   * (`morgan.token('email', (req) => req.user.email)` writes the e-mail into every access-log line).
   */
  callbackMethods?: readonly string[];
  /**
   * Methods whose result is the record they created or changed at the vendor (`stripe.customers.create` gives back the
   * customer): it holds what was sent. What any other sink returns (a response, an id, a status) does not.
   */
  returnsRecord?: readonly string[];
  /**
   * Methods whose result tells whom the message went to (nodemailer's `sendMail` gives back `envelope.to`, `accepted`
   * and `rejected`): it holds the recipients that were sent (`recipientFields`), not the rest of the message.
   */
  returnsRecipients?: readonly string[];
  /**
   * How many leading arguments are sent; the rest configure the call where it runs (LangChain's `invoke(input,
   * config)`: callbacks, tags and `configurable` stay in the process). Undefined: every argument is sent.
   */
  sentArgs?: number;
  /** Properties of a client that are the client again (`const { analytics } = useJitsu()`, then `analytics.track(…)`). */
  clientKeys?: readonly string[];
  /** Methods chained on a request builder that carry the payload (`superagent.post(url).send(data)`). */
  chainMethods?: readonly string[];
  destination?: DestinationStrategy;
  /** Assigning one of these properties of the global or instance stores the value (`document.cookie = …`); `*`: any. */
  assignments?: readonly string[];
  /** The call sends only when argument `arg` is a literal matching `matches` (`res.setHeader('Set-Cookie', …)`). */
  when?: { arg: number; matches: RegExp };
  /**
   * Arguments that name where the value is kept rather than being kept: a cookie's name, a storage key, an object
   * store's name (`localStorage.setItem(key, value)`: 0). What they hold is not stored as content.
   */
  keyArgs?: readonly number[];
  /** Instances are made by calling a method of this name on any receiver (`tx.objectStore('users')`). */
  madeByMethod?: string;
  /** Calling the export returns a tuple whose element at this index sends (`const [, setCookie] = useCookies()`). */
  tupleSetter?: number;
  /**
   * The entry's clients are state atoms kept in storage (jotai's `atomWithStorage`): a value handed to one of their
   * setters is stored — the second element of what a `tupleHooks` hook returns for the atom (`useAtom(a)`), what a
   * `setterHooks` hook returns (`useSetAtom(a)`), and a store's `storeMethods` given the atom first (`store.set(a, v)`).
   */
  atomSetters?: { tupleHooks: readonly string[]; setterHooks: readonly string[]; storeMethods: readonly string[] };
  /**
   * Fields of the sent object that name its recipients (`to`, `cc`, `PhoneNumber`, SES `ToAddresses`), matched
   * case-insensitively at any depth of the arguments: whom an e-mail or an SMS goes to is a person's contact data,
   * whatever the variable holding it is called (unless it is the company's own: a literal, a setting, a constant).
   */
  recipientFields?: readonly string[];
  /**
   * Options of the call that made the client that every sending call of it sends too: an agent's `instructions`
   * (its system prompt) go to the model with each `generate` and `stream`. Read when the client is made in the same
   * file as the call.
   */
  creationFields?: readonly string[];
  /**
   * Not a sink: a declared function (`functions` of the config) whose calls make the customer's input (`source`),
   * clean personal data (`sanitizer`) or pass their arguments on (`pass-through`). Such entries are found like sinks
   * but never reported as one.
   */
  valueRole?: 'source' | 'sanitizer' | 'pass-through';
}

export const LOG_METHODS: readonly string[] = ['trace', 'debug', 'info', 'warn', 'warning', 'error', 'fatal', 'log',
  'verbose', 'silly', 'http', 'notice', 'crit', 'critical', 'alert', 'emerg', 'success',
  // A custom level for audit trails (pino's and winston's `customLevels: { audit: … }`).
  'audit',
  // Bindings of a child logger are written into every line it logs.
  'child'];

export const HTTP_METHODS: readonly string[] = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request'];

/** Where e-mail and SMS APIs put the recipients (`recipientFields`). */
export const EMAIL_RECIPIENTS: readonly string[] = ['to', 'cc', 'bcc', 'recipient', 'recipients', 'toAddresses', 'ccAddresses', 'bccAddresses'];
export const SMS_RECIPIENTS: readonly string[] = ['to', 'recipient', 'recipients', 'phoneNumber', 'phone_number', 'toNumber'];

/** A vendor record: name, legal name, default country, API hosts. */
export function vendor(name: string, legalName: string, country: string, hosts: readonly string[] = []): Vendor {
  return { name, legalName, country, hosts };
}

/** An SDK entry: a transfer whose destination is its vendor (unless `destination` says otherwise). */
export function sdk(id: string, family: SinkFamily, v: Vendor, spec: Omit<SinkSpec, 'id' | 'kind' | 'family' | 'vendor' | 'label'> & { label?: string }): SinkSpec {
  return { id, kind: 'transfer', family, vendor: v, label: spec.label ?? v.name, destination: { kind: 'sdk' }, ...spec };
}

/** A vendor reached by plain HTTP (`fetch`, `axios` …) to one of its hosts: the URL names the vendor. */
export function api(id: string, family: SinkFamily, v: Vendor): SinkSpec {
  return { id, kind: 'transfer', family, vendor: v, label: v.name };
}
