/**
 * The tables the flows are followed by, as data: which methods pass their receiver's data on, which results carry
 * nothing personal, which names are records of persons or the company's settings, where query results keep rows.
 */
import { type SinkSpec, SINK_CATALOG } from '../sinks';

/**
 * Whole records recognised by name alone when no type says otherwise (`customer`, `users`). An invitation is the
 * invitee's record: it is made for one person's e-mail address (a team's, a workspace's, a document's invitations).
 */
export const PERSON_RECORD_NOUNS = new Set(['user', 'users', 'customer', 'customers', 'member', 'members', 'employee',
  'employees', 'patient', 'patients', 'applicant', 'applicants', 'invitee', 'invitees', 'invitation', 'invitations', 'kokyaku', 'kaiin', 'shain', 'jugyoin', 'kanja',
  '顧客', '会員', '社員', '従業員', '患者', '申込者', '利用者', 'お客様']);

/** Properties that project a value to something non-personal. */
export const PROJECTIONS = new Set(['length', 'size', 'id', 'uuid', 'count', 'type', 'kind', 'status', 'createdAt', 'updatedAt',
  'constructor', 'prototype']);

/** Methods whose result is the receiver's data in another shape. */
export const PASS_THROUGH_METHODS = new Set(['join', 'toString', 'toLowerCase', 'toUpperCase', 'toLocaleLowerCase',
  'toLocaleUpperCase', 'trim', 'trimStart', 'trimEnd', 'slice', 'substring', 'substr', 'concat', 'filter', 'find',
  'findLast', 'at', 'pop', 'shift', 'flat', 'replace', 'replaceAll', 'split', 'padStart', 'padEnd', 'normalize',
  'valueOf', 'sort', 'reverse', 'toSorted', 'toReversed', 'values', 'entries', 'toJSON', 'repeat', 'get', 'then']);

/** Methods whose result never carries the receiver's data (booleans, numbers, indexes). */
export const NON_PERSONAL_METHODS = new Set(['includes', 'startsWith', 'endsWith', 'test', 'indexOf', 'lastIndexOf',
  'some', 'every', 'has', 'findIndex', 'localeCompare', 'charCodeAt', 'codePointAt', 'search', 'keys', 'forEach']);

/** Generic types whose type arguments are what they hold (a promise, a collection, an iterator over one). */
export const CONTAINER_TYPES: ReadonlySet<string> = new Set(['Promise', 'PromiseLike', 'ReadonlyArray', 'Set', 'Map', 'ReadonlySet',
  'ReadonlyMap', 'Iterable', 'IterableIterator', 'Iterator', 'MapIterator', 'SetIterator', 'ArrayIterator']);

/** Validators that return `{ success, data }` (zod) or `{ success, output }` (valibot) for what they were given. */
export const SAFE_PARSE_METHODS: ReadonlySet<string> = new Set(['safeParse', 'safeParseAsync', 'spa']);

export const VALIDATED_MEMBERS: ReadonlySet<string> = new Set(['data', 'output']);

/** Promise methods whose result resolves to what the promise held when it succeeds (`.catch(fallback)`, `.finally(fn)`). */
export const PROMISE_KEEPERS: ReadonlySet<string> = new Set(['catch', 'finally']);

/** Global functions whose result carries their arguments. */
export const PASS_THROUGH_FUNCTIONS: ReadonlySet<string> = new Set(['JSON.stringify', 'String', 'encodeURIComponent', 'encodeURI', 'escape',
  'Object.values', 'Object.entries', 'Object.assign', 'Object.fromEntries', 'structuredClone', 'Array.from', 'Array.of',
  'util.inspect', 'util.format', 'inspect', 'format', 'Buffer.from', 'btoa', 'querystring.stringify', 'qs.stringify',
  'Promise.resolve', 'Promise.all']);

/**
 * Library functions, by the module they are imported from, whose result is their first argument in another wrapper:
 * Vue's reactive proxies and refs, MobX observables, Immer's frozen copies, lodash's clones.
 */
export const LIBRARY_PASS_THROUGH: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['vue', new Set(['reactive', 'ref', 'readonly', 'shallowReactive', 'shallowRef', 'shallowReadonly', 'toRaw', 'markRaw', 'unref', 'toValue'])],
  ['@vue/reactivity', new Set(['reactive', 'ref', 'readonly', 'shallowReactive', 'shallowRef', 'shallowReadonly', 'toRaw', 'markRaw', 'unref', 'toValue'])],
  ['mobx', new Set(['observable', 'toJS'])],
  ['immer', new Set(['freeze', 'castDraft', 'castImmutable', 'original', 'current'])],
  ['lodash', new Set(['clone', 'cloneDeep', 'merge', 'assign', 'pick', 'omit'])],
  ['lodash-es', new Set(['clone', 'cloneDeep', 'merge', 'assign', 'pick', 'omit'])],
]);

export const CALLBACK_ELEMENT_METHODS = new Set(['forEach', 'map', 'flatMap', 'filter', 'find', 'findLast', 'some', 'every',
  'reduce', 'sort', 'findIndex']);

/** Bounds how far one query follows names, helpers and nesting (cycles are cut separately). */
export const MAX_DEPTH = 16;

/**
 * How many evaluations the analysis of one file may make (those of the files it reaches included). Real files stay far
 * below (the most seen in the labelled set's repositories: under a million); a file past it (a bundle the discovery
 * did not take for one) is cut short there, deterministically, and the cut is a blind spot of its sink calls.
 */
export const EVALUATION_BUDGET = { perFile: 3_000_000 };

/** Methods that put their arguments into the receiver. */
export const MUTATING_METHODS = new Set(['push', 'unshift', 'append', 'set', 'add', 'splice']);

/** Calls whose result is a flag, a count or a comparison, whatever went in. */
export const NON_PERSONAL_RESULT = /^(is|has|can|should|was|validate|valid|check|verify|count|compare|equals?|exists?|test|matches|length|size|indexOf|parseInt|parseFloat|Number|Boolean|isNaN|isFinite)([A-Z_]|$)/;

export const NON_PERSONAL_NAMESPACES = new Set(['Math', 'Number', 'Boolean', 'crypto', 'performance', 'Date', 'process']);

export const ID_WORDS = new Set(['id', 'ids', 'uuid', 'key', 'no', 'num', 'number', 'count', 'code', 'type', 'status', 'token']);

/** Methods that give back the receiver's elements (or a part of them): what they return is built from the receiver. */
export const ELEMENT_METHODS = new Set(['filter', 'map', 'flatMap', 'sort', 'toSorted', 'slice', 'concat', 'flat', 'reverse', 'toReversed']);
/** Of those, the ones that keep each element as it was (fewer or reordered): an entries list stays a list of pairs. */
export const PAIR_KEEPING_METHODS = new Set(['filter', 'sort', 'toSorted', 'slice', 'reverse', 'toReversed']);

/** What an error made with personal data carries it in. */
export const ERROR_PARTS = new Set(['message', 'cause', 'stack']);

/** Names of calls whose result is derived from, but does not hold, their input. */
export const NON_CARRYING_RESULT = /^(hash|digest|sha\d*|md5|hmac|encrypt|sign|uuid|nanoid|randomUUID|cuid|createId|generateId|generateToken)$|^(create|generate|get|build|make|sign|compute)\w*(Hash|Digest|Token|Id|Url|URL|Signature|Status|Count)$/;

/** Fields of an e-mail message that name whom it goes to. */
export const MAIL_RECIPIENT_FIELDS = new Set(['to', 'cc', 'bcc', 'replyto', 'recipient', 'recipients']);

export const MAIL_WORDS = new Set(['email', 'emails', 'mail', 'mails', 'e-mail', 'envelope']);

export const SETTINGS_WORDS = new Set(['config', 'configuration', 'conf', 'cfg', 'settings', 'setting', 'env', 'defaults', 'default', 'template', 'templates']);

/** Objects that are settings or clients, whose `password` is the company's own (`smtpConfig.password`). */
export const CONFIGURATION_WORDS = new Set(['config', 'configuration', 'conf', 'cfg', 'options', 'opts', 'settings', 'env',
  'credentials', 'creds', 'secrets', 'connection', 'transport', 'transporter', 'smtp', 'db', 'database', 'mailer',
  'client', 'server', 'proxy', 'redis', 'ldap', 'admin', 'bot']);

/** What a setting is read from: `configManager.getConfig(key)`, `config.get(key)`, `getSetting(key)`. */
export const SETTING_SOURCE_WORDS = new Set(['config', 'configuration', 'conf', 'cfg', 'settings', 'setting', 'env', 'environment']);

/** Mapped utility types: the record type underneath names the value (`Readonly<Customer>` is a `Customer`). */
export const UTILITY_TYPES = new Set(['Readonly', 'Partial', 'Required', 'Pick', 'Omit', 'NonNullable', 'DeepReadonly', 'DeepPartial']);

/** Where a query or request result keeps its records (`rows` of pg, `recordset` of mssql, `docs` of Firestore). */
export const RESULT_CONTAINERS = new Set(['rows', 'data', 'results', 'records', 'recordset', 'items', 'Items', 'docs', 'hits']);

/** Methods that run a query given as text (`pg`, `mysql2`, `better-sqlite3`, Prisma's raw queries, knex). */
export const SQL_QUERY_METHODS = new Set(['query', 'execute', 'raw', '$queryRaw', '$queryRawUnsafe', 'all', 'get', 'each', 'sql']);

/** The catalogue's entries whose instances are made by a method of any receiver (`objectStore`), by that method. */
export const MADE_BY_METHOD: ReadonlyMap<string, SinkSpec> = new Map(SINK_CATALOG.filter((s) => s.madeByMethod).map((s) => [s.madeByMethod!, s]));

/**
 * Amazon SES calls that answer with the account's sender identities (verified addresses and domains) and their
 * state: what they return is the company's sending set-up, not a customer's address. Methods of the v2/v3 clients
 * (`ses.listIdentities(…)`), and the commands sent with `client.send(new …Command(…))`.
 */
export const SENDER_IDENTITY_METHODS: ReadonlySet<string> = new Set(['listIdentities', 'getIdentityVerificationAttributes',
  'getIdentityDkimAttributes', 'getIdentityMailFromDomainAttributes', 'getIdentityNotificationAttributes',
  'listVerifiedEmailAddresses', 'listEmailIdentities', 'getEmailIdentity']);
export const SENDER_IDENTITY_COMMANDS: ReadonlySet<string> = new Set([...SENDER_IDENTITY_METHODS]
  .map((m) => `${m[0].toUpperCase()}${m.slice(1)}Command`));
