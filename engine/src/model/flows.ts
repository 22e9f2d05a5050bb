/**
 * Which values are personal, by name, by type and by flow: through variables, destructuring, members, object
 * literals, calls of the project's functions (their parameters bound to the arguments), errors thrown and caught,
 * callbacks and the customer's input. Computed on demand from the sink arguments backwards and memoized.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import {
  classifyField, namesNonPersonThing, namesAppsOwnPrompt, namesAnId, namesACount, namesADomain, headPhrase, splitWords, isPredicateName, isPluralTermName, isPersonNoun, namesBusiness, isNonPersonOwner, namesMachine, isIpName, type FieldMatch,
  type PersonalCategory,
} from '../vocabulary';
import type { Declaration } from './scope';
import type { PersonalValue, PersonalFact } from './facts';
import { isDeclaredSourceParameter, declaredValueRole } from './declared';
import { propertyNameText, stripParens, calleePath, callTakingCallback, walkTree, rootIdentifier, elementAt, isLiteralTree } from './syntax';
import { isInputMember, isFreeTextField, isInputParameter, isProcedureInput, isInputCall, procedureInputSchema } from './request-input';
import { sdkCallbackFacts, passportCallbackFacts } from './sdk-sources';
import { reachableReturns } from './switch-returns';
import type { FileAnalysis } from './analysis';
import {
  MAX_DEPTH, EVALUATION_BUDGET, PROJECTIONS, ERROR_PARTS, VALIDATED_MEMBERS, RESULT_CONTAINERS, SAFE_PARSE_METHODS, PERSON_RECORD_NOUNS,
  CALLBACK_ELEMENT_METHODS, PASS_THROUGH_FUNCTIONS, NON_PERSONAL_METHODS, PASS_THROUGH_METHODS, SQL_QUERY_METHODS,
  NON_PERSONAL_RESULT, NON_PERSONAL_NAMESPACES, NON_CARRYING_RESULT, LIBRARY_PASS_THROUGH, ID_WORDS, ELEMENT_METHODS, PAIR_KEEPING_METHODS,
  MAIL_RECIPIENT_FIELDS, MAIL_WORDS, SETTINGS_WORDS, CONFIGURATION_WORDS, SETTING_SOURCE_WORDS,
  SENDER_IDENTITY_METHODS, SENDER_IDENTITY_COMMANDS,
} from './flow-tables';
import { SinkMatching } from './sink-matching';
import { isNetworkAddress, markedField, isLiteralType, isLiteralExpression, asCollection, handlerNamedForThing } from './type-queries';
import { isPlaceholderLiteral, isMadeUpRequest, isFakeDataCall } from './placeholders';
import { acceptsOnlyOwnJobs } from './own-jobs';
import { callsInBody } from './syntax-index';
import { inStringContext, typePrintsAsObject, evidentlyObject, fieldReceivers } from './printed-objects';
import { type Taint, type Env, EMPTY_ENV, NONE, TracedValue, subjectText, type FunctionNode } from './values';

/** `schema.parse({ … })`: a validator given an object literal written here (it returns that object, or less of it). */
function isParseOfLiteral(init: ts.Expression): boolean {
  let e = stripParens(init);
  if (ts.isAwaitExpression(e)) e = stripParens(e.expression);
  return ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && /^parse(Async)?$/.test(e.expression.name.text)
    && e.arguments.length === 1 && ts.isObjectLiteralExpression(stripParens(e.arguments[0]));
}

/** An initializer that is a literal, or reads an id-like field (`req.params.customerId`, `row['member_no']`). */
const COMPARISONS: ReadonlySet<ts.SyntaxKind> = new Set([ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken, ts.SyntaxKind.LessThanToken,
  ts.SyntaxKind.LessThanEqualsToken, ts.SyntaxKind.GreaterThanToken, ts.SyntaxKind.GreaterThanEqualsToken,
  ts.SyntaxKind.InstanceOfKeyword, ts.SyntaxKind.InKeyword]);

/**
 * What an options object given after a library call's first argument holds, without the credentials in it
 * (`perform(input, { parameters: { accessToken } })`, `client.query(sql, { auth: { password } })`): a credential so
 * given authenticates the call; the call's answer does not hold it.
 */
function withoutCredentials(t: Taint): Taint {
  if (!t.value) return t;
  const kept = t.value.facts.filter((f) => f.category !== 'credential' && f.category !== 'sessionToken');
  if (kept.length === t.value.facts.length) return t;
  return kept.length ? { ...t, value: new TracedValue(t.value.node, kept, t.value) } : (t.params ? { params: t.params } : NONE);
}

/** Whether a project function's every return writes out a record naming no personal field (`callsFunctionWritingOutRecords`). */
const writesOutRecordsMemo = new WeakMap<FunctionNode, boolean>();

function holdsIdOrLiteral(init: ts.Expression): boolean {
  const e = stripParens(init);
  if (ts.isStringLiteralLike(e) || ts.isNumericLiteral(e) || ts.isTemplateExpression(e)) return true;
  // `const allUsers = view() === 'all'`, `!members.length`: a yes or no about people.
  if (ts.isBinaryExpression(e) && COMPARISONS.has(e.operatorToken.kind)) return true;
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) return true;
  // `isInteraction ? payload.user.id : body.user_id`, `a.userId ?? b.userId`.
  if (ts.isConditionalExpression(e)) return holdsIdOrLiteral(e.whenTrue) && holdsIdOrLiteral(e.whenFalse);
  if (ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken
    || e.operatorToken.kind === ts.SyntaxKind.BarBarToken)) return holdsIdOrLiteral(e.left) && holdsIdOrLiteral(e.right);
  const key = ts.isPropertyAccessExpression(e) ? e.name.text
    : ts.isElementAccessExpression(e) && ts.isStringLiteralLike(e.argumentExpression) ? e.argumentExpression.text : undefined;
  if (!key) return false;
  const words = splitWords(key);
  return ID_WORDS.has(words[words.length - 1] ?? '');
}

/**
 * An initializer written out here: an array or object literal (through `filter`, `map`, `sort` … of one). What it holds
 * is what its parts hold, which the evaluation has looked at: its variable's name adds nothing.
 */
function isBuiltHere(init: ts.Expression): boolean {
  let e = stripParens(init);
  for (let i = 0; i < 8 && ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression)
    && ELEMENT_METHODS.has(e.expression.name.text); i++) e = stripParens(e.expression.expression);
  return ts.isArrayLiteralExpression(e) || ts.isObjectLiteralExpression(e);
}

/** `map.entries()`, `Object.entries(x)`: pairs of a key and a value. */
function isEntriesCall(source: ts.Expression): boolean {
  let e = stripParens(source);
  // `Object.entries(x).filter(…).sort(…)`: still the pairs, fewer or reordered.
  while (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && PAIR_KEEPING_METHODS.has(e.expression.name.text)) {
    e = stripParens(e.expression.expression);
  }
  if (!ts.isCallExpression(e)) return false;
  const path = calleePath(e.expression);
  return path === 'Object.entries' || (ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'entries' && e.arguments.length === 0);
}

/**
 * `emailDomain`, `parsed.domain`, `const [, local, domain] = email.match(re)`: a value named for a domain that holds
 * nothing but what an e-mail address gave it is the address's domain — a company's or a provider's, not the person.
 */
function domainOfAddress(name: string, t: Taint): Taint {
  if (!t.value || !namesADomain(name) || !t.value.facts.every((f) => f.category === 'contact' && /mail/i.test(f.path ?? f.field))) return t;
  return t.params ? { params: t.params } : NONE;
}

/** The first parameter of a callback that an entries list hands its pairs to (`Object.entries(x).map(([k, v]) => …)`). */
function isEntriesCallback(param: ts.ParameterDeclaration): boolean {
  const fn = param.parent;
  if (!(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) || fn.parameters[0] !== param) return false;
  const call = fn.parent;
  return ts.isCallExpression(call) && call.arguments[0] === fn && ts.isPropertyAccessExpression(call.expression)
    && CALLBACK_ELEMENT_METHODS.has(call.expression.name.text) && isEntriesCall(call.expression.expression);
}

/** A body whose every `return` gives a literal of the code (`static get FIELD() { return 'loginForm[password]' }`). */
function returnsOnlyLiterals(body: ts.Block): boolean {
  const returns: ts.ReturnStatement[] = [];
  walkTree(body, (n) => {
    if (ts.isReturnStatement(n)) { returns.push(n); return false; }
    if (n !== body && ts.isFunctionLike(n)) return false;
  });
  return returns.length > 0 && returns.every((r) => !!r.expression && isLiteralExpression(r.expression));
}

/** `hasher.digest('hex')`, `sha256(x)`, `createId()`: a call whose result is derived from, but does not hold, its input. */
function isDigestCall(e: ts.Expression): boolean {
  const x = stripParens(e);
  if (!ts.isCallExpression(x)) return false;
  const callee = stripParens(x.expression);
  const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
  return !!name && NON_CARRYING_RESULT.test(name);
}

/** Getters of a field by a path (lodash, lodash/fp, ramda, rambda): `get`, `path`, `prop` and their `…Or` forms. */
const PATH_GETTERS = new Set(['get', 'getOr', 'path', 'pathOr', 'prop', 'propOr']);
const UTILITY_MODULES = /^(lodash|lodash-es|lodash\/fp|lodash\/get|lodash\.get|ramda|rambda|remeda)$/;

/** A constant path: `'body.email'`, `['body', 'email']`, `['items', 0, 'name']`. */
function constantPath(e: ts.Expression): string[] | undefined {
  const x = stripParens(e);
  if (ts.isStringLiteralLike(x)) return x.text.split('.').filter(Boolean);
  if (!ts.isArrayLiteralExpression(x)) return undefined;
  const keys: string[] = [];
  for (const el of x.elements) {
    if (ts.isStringLiteralLike(el) || ts.isNumericLiteral(el)) keys.push(el.text);
    else return undefined;
  }
  return keys.length ? keys : undefined;
}

/**
 * Names of calls that send what they are given somewhere (an HTTP API, a queue, an ingest endpoint, a GraphQL
 * mutation: Apollo's `client.mutate`, TanStack Query's `mutateAsync`, urql's `executeMutation`): what they return is
 * a response or a receipt, not what was sent.
 */
const SENDING_CALL = /^(send|post|put|patch|publish|ingest|track|upload|enqueue|emit|dispatch|notify|trigger|capture|submit|deliver|forward|broadcast|mutate|executeMutation)([A-Z_]|$)/;

/**
 * A function named for a digest or a cipher (`hash(email)`, `encrypt(value)`): what it returns does not carry its
 * input, the project's own too (whose body may hand back a null or an empty input as it is).
 */
const DIGEST_FUNCTION = /^(hash|digest|sha\d*|md5|hmac|encrypt)$/;

/** An object type with named properties (not a string, an array, a function or `any`). */
function isKnownRecordType(checker: ts.TypeChecker, t: ts.Type): boolean {
  if (!(t.flags & ts.TypeFlags.Object) || t.getCallSignatures().length > 0) return false;
  if (checker.isArrayType(t) || checker.isTupleType(t)) return false;
  const name = (t.aliasSymbol ?? t.getSymbol())?.name;
  if (name === 'Promise' || name === 'Map' || name === 'Set' || name === 'Record' || name === 'Object') return false;
  const props = checker.getPropertiesOfType(t);
  return props.length > 0 && !checker.getIndexInfosOfType(t).length;
}

/**
 * `emailItem.to`, `mail.cc`, `mailOptions.to`: whom an e-mail goes to is a person's address (contact data), on an
 * object named for a message (not the mail settings: `mailConfig.to`). Not asked for a parameter's member: the
 * callers say what the recipient is.
 */
function mailRecipientField(object: ts.Expression, name: string): FieldMatch | undefined {
  if (!MAIL_RECIPIENT_FIELDS.has(name.toLowerCase())) return undefined;
  const e = stripParens(object);
  const owner = ts.isIdentifier(e) ? e.text : ts.isPropertyAccessExpression(e) ? e.name.text : undefined;
  const words = owner ? splitWords(owner) : [];
  if (!words.some((w) => MAIL_WORDS.has(w)) || words.some((w) => SETTINGS_WORDS.has(w))) return undefined;
  return { category: 'contact', needsPerson: false, qualifiers: [] };
}

/** `x.split('@')`. */
function isSplitAtSign(e: ts.Expression): boolean {
  e = stripParens(e);
  return ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'split'
    && !!e.arguments[0] && ts.isStringLiteralLike(e.arguments[0]) && e.arguments[0].text === '@';
}

/** `email.split('@')[1]`: what follows the `@` of an address, its domain. */
function isAfterAtSign(object: ts.Expression, index: ts.Expression): boolean {
  return ts.isNumericLiteral(index) && Number(index.text) >= 1 && isSplitAtSign(object);
}

/** `process.env`, `import.meta.env`, `Bun.env`, an `env` object: the deployment's settings. */
export function isEnvironment(e: ts.Expression): boolean {
  e = stripParens(e);
  if (ts.isIdentifier(e)) return e.text === 'env' || e.text === 'ENV';
  if (!ts.isPropertyAccessExpression(e) || e.name.text !== 'env') return false;
  const owner = stripParens(e.expression);
  return (ts.isIdentifier(owner) && (owner.text === 'process' || owner.text === 'Bun' || owner.text === 'Deno'))
    || ts.isMetaProperty(owner);
}

function isConfigurationLike(e: ts.Expression): boolean {
  e = stripParens(e);
  const name = ownerName(e);
  if (name && splitWords(name).some((w) => CONFIGURATION_WORDS.has(w))) return true;
  // `options.proxy.auth.password`, `settings.smtp.auth.pass`: a link farther up names the setting.
  return ts.isPropertyAccessExpression(e) && /^(auth|authentication|credentials?|login|basic)$/i.test(e.name.text)
    && isConfigurationLike(e.expression);
}

/** Settings and connections whose `address` is a server's (not `options` nor `client`: an order's options may hold a customer's). */
const HOST_SETTING_WORDS = new Set(['config', 'configuration', 'conf', 'cfg', 'settings', 'env', 'server', 'servers',
  'connection', 'proxy', 'smtp', 'redis', 'ldap', 'db', 'database', 'transport', 'socket', 'endpoint', 'upstream', 'peer',
  // The machines and services of a system (`service.address` of a service registry, a proxy target's, a node's).
  'service', 'services', 'plugin', 'plugins', 'node', 'nodes', 'host', 'hosts', 'instance', 'instances', 'target',
  'targets', 'cluster', 'clusters', 'gateway', 'gateways', 'backend', 'backends', 'worker', 'workers', 'container',
  'containers', 'pod', 'pods', 'subgraph', 'subgraphs', 'network', 'wallet', 'wallets', 'contract', 'contracts']);

/** A name (of a variable, a property or a type) that says its holder is a server, a service or a business. */
function namesHostOrBusiness(name: string): boolean {
  const words = splitWords(name);
  return (words.some((w) => HOST_SETTING_WORDS.has(w)) && !words.some((w) => isPersonNoun(w))) || namesBusiness(name);
}

function isHostSettingLike(e: ts.Expression): boolean {
  const name = ownerName(e);
  return !!name && splitWords(name).some((w) => HOST_SETTING_WORDS.has(w));
}

/** The expression an object pattern destructures (`const { a } = x` → `x`), or the parameter's declared type name. */
function destructuredHolder(el: ts.BindingElement): { init?: ts.Expression; typeName?: string } | undefined {
  if (!ts.isObjectBindingPattern(el.parent)) return undefined;
  const holder = el.parent.parent;
  if (ts.isVariableDeclaration(holder)) return holder.initializer ? { init: stripParens(holder.initializer) } : undefined;
  if (ts.isParameter(holder) && holder.type && ts.isTypeReferenceNode(holder.type)) {
    const n = holder.type.typeName;
    return { typeName: ts.isIdentifier(n) ? n.text : n.right.text };
  }
  return undefined;
}

function destructuredFromSettings(el: ts.BindingElement): boolean {
  const h = destructuredHolder(el);
  return !!h?.init && (isEnvironment(h.init) || isSettingsObject(h.init));
}

/** Classes that call an outside API with credentials of their own (`StorePayAPI`, `KhanBankClient`, `SmsGateway`). */
const API_CLIENT_WORDS = new Set(['api', 'client', 'gateway', 'sdk', 'connector', 'adapter', 'integration', 'provider']);

function inApiClientClass(node: ts.Node): boolean {
  const cls = ts.findAncestor(node, ts.isClassLike);
  const words = cls?.name ? splitWords(cls.name.text) : [];
  return words.some((w) => API_CLIENT_WORDS.has(w)) && !words.some((w) => isPersonNoun(w));
}

/** `a + b`, `(x?.length || 0) * 2`: arithmetic, with a number written out or a length among its operands. */
function isArithmetic(e: ts.Expression): boolean {
  e = stripParens(e);
  if (!ts.isBinaryExpression(e)) return false;
  const k = e.operatorToken.kind;
  if (k !== ts.SyntaxKind.PlusToken && k !== ts.SyntaxKind.MinusToken && k !== ts.SyntaxKind.AsteriskToken
    && k !== ts.SyntaxKind.SlashToken && k !== ts.SyntaxKind.PercentToken) return false;
  const numeric = (x: ts.Expression): boolean => {
    x = stripParens(x);
    if (ts.isNumericLiteral(x)) return true;
    if (ts.isPropertyAccessExpression(x)) return x.name.text === 'length' || x.name.text === 'size';
    if (ts.isBinaryExpression(x)) {
      const op = x.operatorToken.kind;
      if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) return numeric(x.left) || numeric(x.right);
      return isArithmetic(x);
    }
    return false;
  };
  // `a + b` with strings joins them; a number or a length on each side says it is a sum.
  return k === ts.SyntaxKind.PlusToken ? numeric(e.left) && numeric(e.right) : numeric(e.left) || numeric(e.right);
}

/** A constant's name (`CALL_API_USER`, `MAX_EMAILS`): two or more words in capitals joined by `_`. */
const SCREAMING_CASE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/;

/** The name an object is known by (`company`, `this.merchant`, `args` → `args`). */
function ownerName(e: ts.Expression): string | undefined {
  e = stripParens(e);
  while (ts.isNonNullExpression(e)) e = stripParens(e.expression);
  return ts.isIdentifier(e) ? e.text : ts.isPropertyAccessExpression(e) ? e.name.text : undefined;
}

/** What a session's token is read as (`session.token`, `sessionCookie.value`). */
const SESSION_TOKEN_FIELD: FieldMatch = { category: 'sessionToken', needsPerson: false, qualifiers: [] };
const SESSION_TOKEN_KEYS: ReadonlySet<string> = new Set(['token', 'jwt']);

/** A name that speaks of a sign-in session (`session`, `newDataroomSession`, `createSession`), not of its id. */
function namesSession(name: string): boolean {
  const words = splitWords(name);
  return words.includes('session') && !words.includes('id') && !words.includes('ids');
}

/** `session.token`, `newDataroomSession?.token`, `sessionCookie.value`: the token a sign-in session is carried by. */
function sessionTokenMember(object: ts.Expression, name: string): FieldMatch | undefined {
  const owner = ownerName(object);
  if (!owner || !namesSession(owner)) return undefined;
  if (SESSION_TOKEN_KEYS.has(name)) return SESSION_TOKEN_FIELD;
  const words = splitWords(owner);
  return name === 'value' && (words.includes('cookie') || words.includes('token')) ? SESSION_TOKEN_FIELD : undefined;
}

/** Verbs a function that issues a token is named with (`getSessionToken`, `createAccessToken`, `signJwt`). */
const TOKEN_ISSUING_VERBS: ReadonlySet<string> = new Set(['get', 'create', 'generate', 'issue', 'make', 'new', 'sign',
  'build', 'mint', 'encode', 'gen']);

/** `user`, `userId`, `user.id`, `account.userId`: a person, or a person's id, by its name. */
function namesPersonOrTheirId(e: ts.Expression): boolean {
  e = stripParens(e);
  const name = ts.isIdentifier(e) ? e.text : ts.isPropertyAccessExpression(e)
    ? (e.name.text === 'id' ? ownerName(e.expression) : e.name.text) : undefined;
  return !!name && splitWords(name).some((w) => isPersonNoun(w));
}

/** An instance field of the class `self` is in, given a literal where it is declared and never assigned again. */
function literalClassField(self: ts.Node, name: string): boolean {
  const cls = ts.findAncestor(self, ts.isClassLike);
  const field = cls?.members.find((m): m is ts.PropertyDeclaration => ts.isPropertyDeclaration(m) && propertyNameText(m.name) === name);
  const init = field?.initializer && stripParens(field.initializer);
  if (!cls || !init || !(ts.isStringLiteralLike(init) || isLiteralExpression(init))) return false;
  const escaped = name.replace(/\$/g, '\\$');
  return !new RegExp(`\\bthis\\.${escaped}\\s*(=[^=>]|\\+=|\\?\\?=|\\|\\|=)`).test(cls.getText());
}

/** Reads of a key-value store (Redis, a cache) by key. */
const KEY_READS: ReadonlySet<string> = new Set(['get', 'getdel', 'getDel', 'getex', 'getEx', 'hget', 'hGet', 'hgetall', 'hGetAll']);

/** `\`preview_session:${token}\``, `'user:' + id`: a key made of a literal prefix and a value. */
function isComposedKey(e: ts.Expression): boolean {
  e = stripParens(e);
  if (ts.isTemplateExpression(e)) return e.head.text.length > 0;
  return ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken && ts.isStringLiteralLike(stripParens(e.left));
}

/** A binding of a module: a default or namespace import, an import from a package, or a `require` of one. */
function isModuleBinding(decl: ts.Node): boolean {
  if (ts.isImportClause(decl) || ts.isNamespaceImport(decl)) return true;
  if (ts.isImportSpecifier(decl)) {
    const from = decl.parent.parent.parent.moduleSpecifier;
    return ts.isStringLiteral(from) && !from.text.startsWith('.');
  }
  if (!ts.isVariableDeclaration(decl) || !decl.initializer) return false;
  const init = stripParens(decl.initializer);
  return ts.isCallExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === 'require';
}

/** `string`, `number[]`, `readonly string[]`: a type of scalars, not of records. */
function namesScalars(type: ts.TypeNode): boolean {
  if (ts.isTypeOperatorNode(type)) return namesScalars(type.type);
  if (ts.isArrayTypeNode(type)) return namesScalars(type.elementType);
  return type.kind === ts.SyntaxKind.StringKeyword || type.kind === ts.SyntaxKind.NumberKeyword;
}

/** `config`, `erkhetConfig`, `this.settings`: an object of the app's settings, by its name (no person's word in it). */
function isSettingsObject(e: ts.Expression): boolean {
  const name = ownerName(e);
  if (!name) return false;
  const words = splitWords(name);
  return words.some((w) => SETTING_SOURCE_WORDS.has(w)) && !words.some((w) => isPersonNoun(w));
}

/** Methods of a string that give the same text, tidied (`trim`, `toLowerCase`). */
const TEXT_KEEPING_METHODS: ReadonlySet<string> = new Set(['trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase',
  'toLocaleLowerCase', 'toLocaleUpperCase', 'normalize', 'toString']);

/** The member read under such methods (`notification.resendFromEmail.trim()` → `notification.resendFromEmail`). */
function memberUnderTextMethods(init: ts.Expression): ts.PropertyAccessExpression | undefined {
  let e = stripParens(init);
  for (let i = 0; i < 4; i++) {
    while (ts.isNonNullExpression(e)) e = stripParens(e.expression);
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && TEXT_KEEPING_METHODS.has(e.expression.name.text)) {
      e = stripParens(e.expression.expression);
      continue;
    }
    break;
  }
  return ts.isPropertyAccessExpression(e) ? e : undefined;
}

/** Words of an owner whose `address` is a network address (`ipv4Address.address`, `lookupResult.address`). */
const NETWORK_OWNER_WORDS: ReadonlySet<string> = new Set(['ip', 'ips', 'ipv', 'ipv4', 'ipv6', 'mac', 'dns', 'lookup', 'resolved',
  'net', 'network', 'socket', 'sockets', 'tcp', 'udp']);

/** A bare word for an address of any kind (a host's, a URL, an e-mail's, a street's): what it holds decides. */
const AMBIGUOUS_ADDRESS_NAMES: ReadonlySet<string> = new Set(['address', 'addr', 'addresses']);

/** Settings of a channel the app sends through: a notification channel's, an integration's, a provider's. */
const CHANNEL_SETTINGS_WORDS: ReadonlySet<string> = new Set(['notification', 'notifications', 'notifier', 'notifiers',
  'integration', 'integrations', 'connector', 'connectors', 'provider', 'providers', 'channel', 'channels', 'plugin', 'plugins']);
/** Words of a field that is whom a message comes from (`fromEmail`, `senderName`, `originator`). */
const SENDER_WORDS: ReadonlySet<string> = new Set(['from', 'sender', 'originator', 'reply', 'replyto']);

/** Whether an owner's name is that of a channel's settings (`notification`, `slackIntegration`), not a person's. */
function namesChannelSettings(name: string): boolean {
  const words = splitWords(name);
  return words.length > 0 && CHANNEL_SETTINGS_WORDS.has(words[words.length - 1]) && !words.some((w) => isPersonNoun(w));
}

/**
 * Whether an owner is reached through the app's settings (`this.config.moderationEmail`, `cfg.mail.sender`): a link
 * up to three above it is named as settings, and none names a person.
 */
function readOffSettings(e: ts.Expression): boolean {
  let cur: ts.Expression = stripParens(e);
  let settings = false;
  for (let i = 0; i < 4; i++) {
    while (ts.isNonNullExpression(cur)) cur = stripParens(cur.expression);
    const name = ownerName(cur);
    // (`user.settings.password` is the user's, whichever link comes first.)
    if (name && splitWords(name).some((w) => isPersonNoun(w))) return false;
    if (name && isSettingsObject(cur)) settings = true;
    if (!ts.isPropertyAccessExpression(cur)) break;
    cur = stripParens(cur.expression);
  }
  return settings;
}

/** An initializer that is a literal, an environment variable or a choice between those: the company's constant. */
function isCompanyConstant(init: ts.Expression): boolean {
  const e = stripParens(init);
  if (ts.isStringLiteralLike(e) || ts.isNumericLiteral(e)) return true;
  // `const TEST_EMAILS: string[] = []`, `const ADMIN_EMAILS = ['ops@corezo.example']`: a list the code writes out.
  if (ts.isArrayLiteralExpression(e)) return e.elements.every((x) => !ts.isSpreadElement(x) && isCompanyConstant(x));
  if (ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) return isCompanyConstant(e.expression);
  if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) return isEnvironment(e.expression) || isSettingsObject(e.expression);
  if (ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken
    || e.operatorToken.kind === ts.SyntaxKind.BarBarToken)) return isCompanyConstant(e.left) && isCompanyConstant(e.right);
  if (ts.isConditionalExpression(e)) return isCompanyConstant(e.whenTrue) && isCompanyConstant(e.whenFalse);
  if (ts.isTemplateExpression(e)) return e.templateSpans.every((span) => isCompanyConstant(span.expression));
  // `configManager.getConfig('mail:from')`, `config.get('smtp.from')`, `getEnv('ADMIN_EMAIL', { isSecret: false })`: a
  // setting read from the app's configuration (with the reader's own options).
  // The key may be put together (`config.get(\`oauth.${this.name}-clientId\`)`, one provider's setting).
  if (ts.isCallExpression(e) && e.arguments.length >= 1
    && (ts.isStringLiteralLike(e.arguments[0]) || ts.isTemplateExpression(e.arguments[0]))
    && e.arguments.slice(1).every((x) => isLiteralTree(x))) {
    const callee = stripParens(e.expression);
    const words = splitWords(ts.isPropertyAccessExpression(callee) ? `${calleePath(callee.expression) ?? ''} ${callee.name.text}`
      : ts.isIdentifier(callee) ? callee.text : '');
    return words.some((w) => SETTING_SOURCE_WORDS.has(w)) && !words.some((w) => isPersonNoun(w));
  }
  return false;
}

/** `config.intakeDomain`, `settings.mail.domain`: a value read off the app's configuration (no person on the way). */
function isSettingsRead(e: ts.Expression): boolean {
  const x = stripParens(e);
  if (!ts.isPropertyAccessExpression(x)) return false;
  const words = splitWords(calleePath(x) ?? '');
  return words.some((w) => SETTING_SOURCE_WORDS.has(w)) && !words.some((w) => isPersonNoun(w));
}

/** `a.id`, `row['userId']`, `accountUuid`: a name of an id (see `namesAnId`). */
function namesIdOperand(e: ts.Expression): boolean {
  e = stripParens(e);
  if (ts.isNonNullExpression(e)) e = stripParens(e.expression);
  const name = ts.isPropertyAccessExpression(e) ? e.name.text : ts.isIdentifier(e) ? e.text
    : ts.isElementAccessExpression(e) && ts.isStringLiteralLike(e.argumentExpression) ? e.argumentExpression.text : undefined;
  return !!name && namesAnId(name);
}

/**
 * The `Authorization` header of a request (`headers: { Authorization: \`Basic ${btoa(\`${email}:${token}\`)}\` }`, a
 * `new Headers({ … })`, a `const headers = { … }`, or what a function named for headers returns): it authenticates the
 * request at the service that issued the credential (an account's e-mail and API token, a bearer token), which holds
 * them already. It is not data sent to the service; the body and the URL of the request are.
 */
function isAuthorizationHeader(p: ts.PropertyAssignment): boolean {
  if ((propertyNameText(p.name) ?? '').toLowerCase() !== 'authorization') return false;
  let up: ts.Node = p.parent.parent;
  // `headers: token ? { Authorization: token, Accept } : { Accept }`: either branch is the headers.
  while (ts.isParenthesizedExpression(up) || ts.isAsExpression(up) || ts.isSatisfiesExpression(up)
    || (ts.isConditionalExpression(up) && up.condition !== p.parent)) up = up.parent;
  const namesHeaders = (name: ts.Node | undefined): boolean => !!name && ts.isIdentifier(name)
    && splitWords(name.text).some((w) => w === 'headers' || w === 'header');
  if (ts.isPropertyAssignment(up)) return (propertyNameText(up.name) ?? '').toLowerCase() === 'headers';
  if (ts.isNewExpression(up)) return ts.isIdentifier(up.expression) && up.expression.text === 'Headers';
  if (ts.isVariableDeclaration(up)) return namesHeaders(up.name);
  const fn = ts.isReturnStatement(up) ? ts.findAncestor(up, ts.isFunctionLike) : ts.isArrowFunction(up) ? up : undefined;
  if (!fn) return false;
  const holder = (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(fn.parent) ? fn.parent.name : undefined;
  return namesHeaders(('name' in fn ? fn.name : undefined) ?? holder);
}

/** `as const`, which says nothing about what a value holds. */
function isConstCast(type: ts.TypeNode): boolean {
  return ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && type.typeName.text === 'const';
}

/**
 * The parts whose values make up an expression's value, when the expression only combines them: parentheses and
 * casts, `+`, `||`, `??` (both sides), `&&`, `,`, `=` (the right side), ternaries, templates, array and object
 * literals, spreads, `new X(…)` (its arguments). Undefined for anything else (names, members, calls, literals).
 * An empty list: the result carries nothing (comparisons, arithmetic).
 */
/** A run of mask characters in a literal (`***`, `•••`, `xxx`). */
const MASK_RUN = /\*{2,}|•{2,}|●{2,}|x{3,}|X{3,}/;

/**
 * `email.slice(0, 2) + '***' + email.slice(at)`, `` `${name[0]}***` ``: a value masked the way the messages advise,
 * a literal of mask characters and only pieces of the value (`slice`, `substring`, `substr`, `charAt`, `at`, `[0]`).
 */
function isMaskedText(e: ts.Expression): boolean {
  const literals: string[] = [];
  const pieces: ts.Expression[] = [];
  // A masked value is a short expression: walked without recursion, and given up past a few parts, so a long
  // concatenation (each of its `+` asks this) costs no more than a short one.
  const stack: ts.Expression[] = [e];
  for (let parts = 0; stack.length; parts++) {
    if (parts > MAX_MASK_PARTS) return false;
    const x = stripParens(stack.pop()!);
    if (ts.isBinaryExpression(x) && x.operatorToken.kind === ts.SyntaxKind.PlusToken) stack.push(x.right, x.left);
    else if (ts.isStringLiteralLike(x)) literals.push(x.text);
    else if (ts.isTemplateExpression(x)) {
      literals.push(x.head.text, ...x.templateSpans.map((span) => span.literal.text));
      for (const span of x.templateSpans) stack.push(span.expression);
    } else pieces.push(x);
  }
  return literals.some((t) => MASK_RUN.test(t)) && pieces.length > 0 && pieces.every(isPieceOfValue);
}

const MAX_MASK_PARTS = 16;

function isPieceOfValue(x: ts.Expression): boolean {
  x = stripParens(x);
  if (ts.isElementAccessExpression(x)) return ts.isNumericLiteral(x.argumentExpression);
  return ts.isCallExpression(x) && ts.isPropertyAccessExpression(x.expression)
    && ['slice', 'substring', 'substr', 'charAt', 'at'].includes(x.expression.name.text);
}

function valueParts(e: ts.Expression): readonly ts.Expression[] | undefined {
  // A cast to a type (`raw as Account`) is a value of its own: evaluating it asks what the type holds.
  if ((ts.isAsExpression(e) || ts.isTypeAssertionExpression(e)) && !isConstCast(e.type)) return undefined;
  if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e) || ts.isTypeAssertionExpression(e)
    || ts.isSatisfiesExpression(e) || ts.isAwaitExpression(e) || ts.isSpreadElement(e)) return [e.expression];
  if (ts.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    // `profile.id || profile.username`: the right side is written only when the id is missing; the id decides.
    if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) return namesIdOperand(e.left) ? [e.left] : [e.left, e.right];
    if (op === ts.SyntaxKind.PlusToken && isMaskedText(e)) return [];
    if (op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.PlusEqualsToken) return [e.left, e.right];
    if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.CommaToken || op === ts.SyntaxKind.EqualsToken) return [e.right];
    return []; // comparisons, arithmetic, `in`, `instanceof`
  }
  if (ts.isConditionalExpression(e)) return [e.whenTrue, e.whenFalse];
  if (ts.isTemplateExpression(e)) return isMaskedText(e) ? [] : e.templateSpans.map((span) => span.expression);
  if (ts.isTaggedTemplateExpression(e)) return ts.isTemplateExpression(e.template) ? [e.template] : [];
  if (ts.isNewExpression(e)) return e.arguments ?? [];
  if (ts.isArrayLiteralExpression(e)) return e.elements;
  if (ts.isObjectLiteralExpression(e)) {
    const parts: ts.Expression[] = [];
    for (const p of e.properties) {
      if (ts.isPropertyAssignment(p) && isAuthorizationHeader(p)) continue;
      if (ts.isPropertyAssignment(p)) parts.push(p.initializer);
      else if (ts.isShorthandPropertyAssignment(p)) parts.push(p.name);
      else if (ts.isSpreadAssignment(p)) parts.push(p.expression);
    }
    return parts;
  }
  // JSX: an element carries its attributes and children (`<Text>Requested by {userEmail}</Text>`), as rendered into
  // an e-mail's HTML (react-email) or sent as a message's \`react\` body.
  if (ts.isJsxElement(e)) return [...jsxAttributeValues(e.openingElement.attributes), ...jsxChildValues(e.children)];
  if (ts.isJsxSelfClosingElement(e)) return jsxAttributeValues(e.attributes);
  if (ts.isJsxFragment(e)) return jsxChildValues(e.children);
  return undefined;
}

function jsxAttributeValues(attributes: ts.JsxAttributes): ts.Expression[] {
  const out: ts.Expression[] = [];
  for (const a of attributes.properties) {
    if (ts.isJsxSpreadAttribute(a)) out.push(a.expression);
    else if (a.initializer && ts.isJsxExpression(a.initializer) && a.initializer.expression) out.push(a.initializer.expression);
  }
  return out;
}

function jsxChildValues(children: ts.NodeArray<ts.JsxChild>): ts.Expression[] {
  const out: ts.Expression[] = [];
  for (const c of children) {
    if (ts.isJsxExpression(c)) { if (c.expression) out.push(c.expression); }
    else if (ts.isJsxElement(c) || ts.isJsxSelfClosingElement(c) || ts.isJsxFragment(c)) out.push(c);
  }
  return out;
}

/** The expressions `valueParts` leaves standing under `root`, in source order, found without recursion. */
export function valueLeaves(root: ts.Expression): ts.Expression[] {
  const leaves: ts.Expression[] = [];
  const stack: ts.Expression[] = [root];
  while (stack.length) {
    const e = stack.pop()!;
    const parts = valueParts(e);
    if (!parts) { leaves.push(e); continue; }
    for (let i = parts.length - 1; i >= 0; i--) stack.push(parts[i]);
  }
  return leaves;
}

/**
 * The parameter a name is destructured from, one level deep: `({ email }) => …`, or `const { email } = params` with
 * `params` a parameter.
 */
function destructuredParameter(el: ts.BindingElement, scope: { resolve(id: ts.Identifier): Declaration | undefined }): ts.ParameterDeclaration | undefined {
  if (!ts.isObjectBindingPattern(el.parent) || el.dotDotDotToken) return undefined;
  const holder = el.parent.parent;
  if (ts.isParameter(holder)) return holder;
  if (!ts.isVariableDeclaration(holder) || !holder.initializer) return undefined;
  const init = stripParens(holder.initializer);
  if (!ts.isIdentifier(init)) return undefined;
  const decl = scope.resolve(init);
  return decl && ts.isParameter(decl) ? decl : undefined;
}

/** Names of an account's handle: `username`, `usernameLower`, `loginId`, `screenName`, `acct`. */
function isAccountHandleName(name: string): boolean {
  const words = splitWords(name);
  return words.some((w, i) => w === 'username' || w === 'usernames' || w === 'acct'
    || ((w === 'user' || w === 'screen' || w === 'login') && (words[i + 1] === 'name' || words[i + 1] === 'id')));
}

/** My Number first, then sensitive data, then everything else: what a report about a value should name. */
function severityRank(v: PersonalValue): number {
  const c = v.facts[0].category;
  // An online identifier (a warning in logs) names a merged value only when nothing more serious is in it.
  return c === 'myNumber' ? 0 : c === 'sensitive' ? 1 : c === 'onlineIdentifier' || c === 'sessionToken' ? 3 : 2;
}

export abstract class Flows extends SinkMatching {
  private readonly memo = new Map<ts.Node, Taint>();
  private readonly inProgress = new Set<ts.Node>();
  private cycleCut = false;

  /** What a class's field `name` is given: its initializer and every `this.name = …` in the class. */
  private fieldValues(cls: ts.ClassLikeDeclaration, name: string): ts.Expression[] {
    const out: ts.Expression[] = [];
    for (const m of cls.members) {
      if (ts.isPropertyDeclaration(m) && m.initializer && propertyNameText(m.name) === name) out.push(m.initializer);
    }
    out.push(...(this.thisAssignments(cls).get(name) ?? []));
    return out;
  }

  /** The personal value an expression carries at this point, if any. */
  personalValue(expr: ts.Expression, env: Env = EMPTY_ENV): PersonalValue | undefined {
    return this.evaluate(expr, env, 0).value;
  }

  /** Like `personalValue`, but also tells which unbound parameters it depends on. */
  evaluateWithParams(expr: ts.Expression, env: Env = EMPTY_ENV): Taint {
    return this.evaluate(expr, env, 0);
  }

  protected override evaluate(expr: ts.Expression, env: Env, depth: number): Taint {
    if (depth > MAX_DEPTH || ++this.project.evaluations > EVALUATION_BUDGET.perFile) {
      if (this.project.blindSpots) this.project.blindSpots.depthCuts++;
      return NONE;
    }
    const memoable = env === EMPTY_ENV;
    if (memoable) {
      const hit = this.memo.get(expr);
      if (hit) return hit;
    }
    if (this.inProgress.has(expr)) { this.cycleCut = true; return NONE; }
    this.inProgress.add(expr);
    const outerCut = this.cycleCut;
    this.cycleCut = false;
    let result: Taint;
    try {
      result = this.evaluateUncached(expr, env, depth);
    } finally {
      this.inProgress.delete(expr);
    }
    // A result computed while a cycle was cut short is partial: memoizing it would make answers depend on
    // the order of queries.
    if (memoable && !this.cycleCut) this.memo.set(expr, result);
    this.cycleCut = this.cycleCut || outerCut;
    return result;
  }

  /** Re-anchors a taint found behind a name at the name as written here (`msg` rather than its initializer). */
  private at(node: ts.Node, t: Taint): Taint {
    return t.value ? { value: this.value(node, t.value.facts, t.value), params: t.params } : t;
  }

  /** Combines the taints of parts; the most serious personal value wins (My Number, then sensitive data). */
  private merge(parts: Taint[]): Taint {
    let value: PersonalValue | undefined;
    let params: Set<ts.ParameterDeclaration> | undefined;
    for (const p of parts) {
      if (p.value && (!value || severityRank(p.value) < severityRank(value))) value = p.value;
      if (p.params) { params ??= new Set(); for (const x of p.params) params.add(x); }
    }
    return value || params ? { value, params } : NONE;
  }

  private evaluateUncached(expr: ts.Expression, env: Env, depth: number): Taint {
    const d = depth + 1;
    // `JSON.parse(text) as Account`: what the value is cast to says what it holds, when its parts say nothing.
    if ((ts.isAsExpression(expr) || ts.isTypeAssertionExpression(expr)) && !isConstCast(expr.type)) {
      const inner = this.evaluate(expr.expression, env, d);
      // `event.data.object as Stripe.Subscription`: a record of the SDK's type, whatever the value it was read off holds.
      if (inner.value && this.isVendorType(expr.type)) {
        const facts = (this.checker ? this.typeFacts(this.checker.getTypeFromTypeNode(expr.type), 0) : undefined) ?? this.vendorFacts(expr.type);
        return facts ? { value: this.value(expr, facts), params: inner.params } : (inner.params ? { params: inner.params } : NONE);
      }
      if (inner.value) return inner;
      const facts = this.checker
        ? this.typeFacts(this.checker.getTypeFromTypeNode(expr.type), 0) ?? this.vendorFacts(expr.type)
        : this.syntacticTypeFacts(expr.type, 0);
      return facts ? { value: this.value(expr, facts), params: inner.params } : inner;
    }
    // Parentheses, concatenations, templates, ternaries, literals: the value is what their parts carry. They are
    // taken apart with a loop and cost no depth, so a personal value inside 17 parentheses or at the end of a
    // 2,000-part concatenation is still found (and the stack is never at risk).
    if (valueParts(expr)) {
      const leaves = valueLeaves(expr);
      return leaves.length === 1 ? this.evaluateLeaf(leaves[0], env, d) : this.merge(leaves.map((l) => this.evaluateLeaf(l, env, d)));
    }
    if (ts.isIdentifier(expr)) return domainOfAddress(expr.text, this.evaluateIdentifier(expr, env, d));
    if (ts.isPropertyAccessExpression(expr)) {
      return domainOfAddress(expr.name.text, this.evaluateMember(expr, expr.expression, expr.name.text, expr.name, env, d));
    }
    if (ts.isElementAccessExpression(expr)) {
      const arg = expr.argumentExpression;
      if (isAfterAtSign(this.constInitializer(expr.expression), arg)) return NONE;
      if (ts.isStringLiteralLike(arg)) return this.evaluateMember(expr, expr.expression, arg.text, arg, env, d);
      // `req[location]` with `location: 'params' | 'body' | 'query'`: one of those members, not the whole request.
      const keys = this.literalKeys(arg);
      if (keys) return this.merge(keys.map((k) => this.evaluateMember(expr, expr.expression, k, arg, env, d)));
      const whole = this.evaluate(expr.expression, env, d);
      // `req.body[fieldName]`: one field of the customer's input, picked by the code, is not the input as a whole
      // (a loop over its keys reads every field, and is).
      if (whole.value?.facts.every((f) => f.category === 'input') && !iteratesKeys(arg)) return whole.params ? { params: whole.params } : NONE;
      return this.at(expr, whole);
    }
    if (ts.isCallExpression(expr)) return this.evaluateCall(expr, env, d);
    return NONE; // literals, functions, `!x`, `typeof x`, arithmetic prefixes …
  }

  /** A part of a template, concatenation, literal …: a whole record written into a string prints no field of it. */
  private evaluateLeaf(leaf: ts.Expression, env: Env, d: number): Taint {
    const t = this.evaluate(leaf, env, d);
    return (t.value || t.params) && this.printsAsObject(leaf) ? NONE : t;
  }

  private readonly fieldReceiversByScope = new Map<ts.Node, Map<string, ts.Identifier[]>>();
  /** The file mentions Mongoose, whose documents print their fields (asked once). */
  private usesMongoose: boolean | undefined;

  /**
   * `` `… ${user} …` ``, `'user ' + user` with `user` a record that does not convert itself: `[object Object]` is
   * written, not its fields (see printed-objects.ts). Without a type, only evidence that the name holds an object counts.
   */
  printsAsObject(leaf: ts.Expression): boolean {
    if (!inStringContext(leaf, this.checker)) return false;
    if (this.checker) {
      const typed = typePrintsAsObject(this.checker, this.checker.getTypeAtLocation(leaf));
      if (typed !== undefined) return typed;
    }
    if (!ts.isIdentifier(leaf) || (this.usesMongoose ??= this.sourceFile.text.includes('mongoose'))) return false;
    const decl = this.scope.resolve(leaf);
    if (!decl || !(ts.isVariableDeclaration(decl) || ts.isParameter(decl)) || !ts.isIdentifier(decl.name)) return false;
    const assigned = (this.assignments.get(leaf.text) ?? []).filter((a) => {
      const left = (a.parent as ts.BinaryExpression).left;
      return ts.isIdentifier(left) && this.scope.resolve(left) === decl;
    });
    return evidentlyObject(decl, assigned, (x) => this.readsFieldsOf(x), (id) => this.classOf(id), (id) => {
      const found = this.scope.resolve(id);
      return found && (this.importedDeclaration(found) ?? { decl: found }).decl;
    });
  }

  /** The function (or file) a name is declared in reads a field of it (`user.isActive`). One walk per scope. */
  private readsFieldsOf(decl: Declaration): boolean {
    if (!(ts.isVariableDeclaration(decl) || ts.isParameter(decl)) || !ts.isIdentifier(decl.name)) return false;
    const scope = ts.isParameter(decl) ? decl.parent
      : ts.findAncestor(decl.parent, (n) => ts.isFunctionLike(n) || ts.isSourceFile(n)) ?? this.sourceFile;
    let receivers = this.fieldReceiversByScope.get(scope);
    if (!receivers) { receivers = fieldReceivers(scope); this.fieldReceiversByScope.set(scope, receivers); }
    return (receivers.get(decl.name.text) ?? []).some((id) => this.scope.resolve(id) === decl);
  }

  /** The class a name in `new X()` refers to, in this file or imported from the project. */
  private classOf(id: ts.Identifier): ts.ClassLikeDeclaration | undefined {
    const decl = this.scope.resolve(id);
    if (!decl) return undefined;
    const target = (this.importedDeclaration(decl) ?? { decl }).decl;
    return ts.isClassDeclaration(target) ? target : undefined;
  }

  /** `c.email`, `c['email']`, `payload.user`. */
  private evaluateMember(node: ts.Expression, object: ts.Expression, name: string, nameNode: ts.Node,
    env: Env, d: number): Taint {
    if (PROJECTIONS.has(name) || namesACount(name)) return NONE;
    if (isInputMember(object, name, this.checker) && !this.isOutgoingResponse(object)) {
      return this.destructuredIntoNonPersonalNames(node) ? NONE : this.inputValue(node);
    }
    // `process.env.SUPPORT_EMAIL`: the company's own settings, not a customer's data.
    if (isEnvironment(object)) return NONE;
    const t = this.evaluateMemberOfValue(node, object, name, nameNode, env, d);
    // `ActionType.DRAFT_EMAIL`, `LIMITS.MAX_EMAILS`: a constant of the code, whatever its name says. Asked only of a
    // member that would carry something (the checker's type of every member read is the costliest question here).
    return (t.value || t.params) && this.isConstantMember(node, object, name, d) ? NONE : t;
  }

  /** `evaluateMember` past the members that never carry data (counts, input, environment), constants aside. */
  private evaluateMemberOfValue(node: ts.Expression, object: ts.Expression, name: string, nameNode: ts.Node,
    env: Env, d: number): Taint {
    // `geo.latitude` of `const geo = VERCEL ? geolocation(req) : LOCALHOST_GEO_DATA`, with `req` a request the
    // caller made up: the code's placeholders, no one's location.
    if (env.bindings.size && this.holdsOnlyPlaceholdersByName(object, env, d)) return NONE;
    const field = classifyField(name, this.vocabulary) ?? (this.isParameterName(object) ? undefined : mailRecipientField(object, name))
      ?? sessionTokenMember(object, name);
    if (field && this.ownersField(object, name, field.category)) return NONE;
    if (field && (!field.needsPerson || this.isPersonLike(object, env, d))) {
      if (field.category === 'myNumber' && this.isCounterMember(node, name, object, env, d)) return NONE;
      // `err.address` of a failed connection (`ECONNREFUSED`): the server's network address, not a postal one.
      if (field.category === 'address' && name === 'address' && this.isErrorLike(object)) return NONE;
      // `address.address` of `let address = this.server.address()`: where a server or socket listens (Node's
      // `AddressInfo`), whether or not the checker sees its type.
      if (field.category === 'address' && name === 'address' && this.holdsSocketAddress(object)) return NONE;
      if (field.category === 'address' && this.checker
        && isNetworkAddress(name, this.checker.getPropertiesOfType(this.checker.getNonNullableType(this.checker.getTypeAtLocation(object))).map((p) => p.name))) return NONE;
      // `user.email` of `for (const user of USERS)` with every user written out with literals: the code's constants.
      if (this.isLiteralRecordElement(object, name)) return NONE;
      // `identity.email` of what SES lists as the account's verified identities: the company's senders.
      if (field.category === 'contact' && this.fromSenderIdentityApi(object, name, 0)) return NONE;
      if (!this.isFlagOrCount(node, name)) {
        const declaration = this.projectDeclaration(nameNode);
        return { value: this.value(node, [{ category: field.category, field: name, via: 'name', ...(declaration ? { declaration } : {}) }]) };
      }
      return NONE;
    }
    // A property marked `@personal <category>` in its declaration (seen through the checker).
    if (this.checker) {
      const decl = this.checker.getSymbolAtLocation(nameNode)?.valueDeclaration;
      const marked = decl ? markedField(decl) : undefined;
      if (marked) return { value: this.value(node, [{ category: marked.category, field: name, via: 'name', declaration: decl }]) };
    }
    // An object literal we can see into: `const body = { user: c }; body.user`.
    const literal = this.objectLiteralBehind(object, env, d);
    if (literal) {
      const prop = literal.literal.properties.find((p) => propertyNameText(p.name) === name);
      if (prop && ts.isPropertyAssignment(prop)) return this.at(node, literal.analysis.evaluate(prop.initializer, literal.env, d));
      if (prop && ts.isShorthandPropertyAssignment(prop)) return this.at(node, literal.analysis.evaluate(prop.name, literal.env, d));
    }
    // One that a project function returns: `build(user).email`, `const values = await collect(data); values.rows`.
    const returned = this.returnedMember(object, name, env, d);
    if (returned?.value) return this.at(node, returned);
    if (returned && !returned.declaredType) return returned.params ? { params: returned.params } : NONE;
    const typed = this.typeTaint(node);
    if (typed) return typed;
    // A field of this class: what its initializer and the class's assignments gave it.
    if (stripParens(object).kind === ts.SyntaxKind.ThisKeyword) {
      const cls = ts.findAncestor(object, ts.isClassLike);
      const given = cls ? this.fieldValues(cls, name) : [];
      if (given.length) {
        const t = this.merge(given.map((g) => this.evaluate(g, EMPTY_ENV, d)));
        if (t.value) return this.at(node, { value: t.value });
      }
    }
    // A member of a bound parameter: `body.user` where `body` is the caller's `{ user }`.
    const base = this.evaluate(object, env, d);
    // An error's message and cause carry what it was made with.
    if (base.value && ERROR_PARTS.has(name) && this.isErrorLike(object)) return this.at(node, { value: base.value });
    // `schema.safeParse(email).data`: what a validator parsed is what it was given.
    if (base.value && VALIDATED_MEMBERS.has(name) && this.isSafeParseResult(object)) return this.at(node, { value: base.value });
    if (this.isInput(base) && isFreeTextField(name) && !handlerNamedForThing(node)) return { value: this.value(node, [], base.value) };
    const nested = this.nestedMember(node, base, name);
    if (nested) return nested;
    // `result.rows`, `res.data`, `snapshot.docs` of a collection of records: the records themselves.
    if (base.value && RESULT_CONTAINERS.has(name) && base.value.facts.some((f) => f.collection)) return this.at(node, { value: base.value });
    return base.params ? { params: base.params } : this.unboundParamOf(object, env);
  }

  /**
   * A member that is a constant of the code, not data: the checker types it as a literal (`"DRAFT_EMAIL"`, an enum
   * member, a union of those), or, without types, it is a member of an enum or of a constant object literal that
   * gives it a literal (`const LISTS = { CUSTOMER_EMAIL: 'customer_email' }`). When the object's declaration cannot be
   * seen (an enum of a generated client, `import { ActionType } from '@prisma/client'`), an upper-case member of a
   * capitalised object (`ActionType.DRAFT_EMAIL`) is one, by the convention such constants are written in.
   */
  private isConstantMember(node: ts.Expression, object: ts.Expression, name: string, d: number): boolean {
    if (this.checker && isLiteralType(this.checker.getTypeAtLocation(node))) return true;
    const receiver = stripParens(object);
    // `private botEmail = 'bot@…'` read as `this.botEmail` in its class, which never assigns it again.
    if (receiver.kind === ts.SyntaxKind.ThisKeyword) return literalClassField(receiver, name);
    if (!ts.isIdentifier(receiver)) return false;
    const decl = this.scope.resolve(receiver);
    if (!decl) return false;
    const target = this.importedDeclaration(decl) ?? { decl, analysis: this.analysis as FileAnalysis };
    const found = target.decl;
    if (ts.isEnumDeclaration(found)) return true;
    // `static readonly FIELD = 'x'`, `static get FIELD() { return 'x' }` of a class.
    if (ts.isClassDeclaration(found)) {
      return found.members.some((m) => propertyNameText(m.name) === name
        && ts.canHaveModifiers(m) && !!ts.getModifiers(m)?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword)
        && ((ts.isPropertyDeclaration(m) && !!m.initializer && isLiteralExpression(m.initializer))
          || (ts.isGetAccessor(m) && !!m.body && returnsOnlyLiterals(m.body))));
    }
    if (ts.isVariableDeclaration(found) && found.initializer && ts.isVariableDeclarationList(found.parent)
      && (found.parent.flags & ts.NodeFlags.Const) && d < MAX_DEPTH) {
      const literal = stripParens(found.initializer);
      if (!ts.isObjectLiteralExpression(literal)) return false;
      const prop = literal.properties.find((p) => propertyNameText(p.name) === name);
      // `Messages.CORRUPTED_DATA_OR_PASSWORD: 'Your password is incorrect …'`: a text of the code named as a constant.
      return !!prop && ts.isPropertyAssignment(prop) && (isLiteralExpression(prop.initializer)
        || (SCREAMING_CASE.test(name) && ts.isStringLiteralLike(stripParens(prop.initializer))));
    }
    const unseen = (ts.isImportSpecifier(decl) || ts.isImportClause(decl) || ts.isNamespaceImport(decl)) && target.decl === decl;
    return unseen && /^[A-Z][A-Za-z0-9]*$/.test(receiver.text) && SCREAMING_CASE.test(name);
  }

  protected objectLiteralBehind(expr: ts.Expression, env: Env, d: number):
    { literal: ts.ObjectLiteralExpression; analysis: FileAnalysis; env: Env } | undefined {
    expr = stripParens(expr);
    if (ts.isObjectLiteralExpression(expr)) return { literal: expr, analysis: this.analysis, env };
    if (ts.isIdentifier(expr) && d < MAX_DEPTH) {
      const decl = this.scope.resolve(expr);
      if (decl && ts.isParameter(decl)) {
        const bound = env.bindings.get(decl);
        if (bound?.expr) return bound.analysis.objectLiteralBehind(bound.expr, bound.env, d + 1);
      }
      if (decl && ts.isVariableDeclaration(decl) && decl.initializer && this.isConstLike(decl)) {
        return this.objectLiteralBehind(decl.initializer, env, d + 1);
      }
    }
    return undefined;
  }

  /**
   * A property of what a project function returns, read in the object literals its returns hand back, bound to the
   * call's arguments (`build(user).email` is the caller's `user.email`, `build(user).plan` is not personal). The
   * call may be behind `await` and a `const`. Undefined when no return is an object literal we can see into;
   * `declaredType` when the function declares its return type (which may say more than its returns).
   */
  private returnedMember(object: ts.Expression, key: string, env: Env, d: number): (Taint & { declaredType?: boolean }) | undefined {
    let e = stripParens(object);
    if (ts.isAwaitExpression(e)) e = stripParens(e.expression);
    if (d >= MAX_DEPTH) return undefined;
    if (ts.isIdentifier(e)) {
      const decl = this.scope.resolve(e);
      return decl && ts.isVariableDeclaration(decl) && ts.isIdentifier(decl.name) && decl.initializer && this.isConstLike(decl)
        ? this.returnedMember(decl.initializer, key, env, d + 1) : undefined;
    }
    if (!ts.isCallExpression(e)) return undefined;
    const target = this.resolveFunction(e.expression);
    if (!target) return undefined;
    const inner = target.analysis;
    const bound = inner.bind(target.fn, e.arguments, this.analysis, env);
    const parts: Taint[] = [];
    let seen = false;
    for (const r of reachableReturns(inner, target.fn, bound)) {
      const literal = inner.objectLiteralBehind(r, bound, d + 1);
      if (!literal) continue;
      seen = true;
      const prop = literal.literal.properties.find((p) => propertyNameText(p.name) === key);
      if (prop && ts.isPropertyAssignment(prop)) parts.push(literal.analysis.evaluate(prop.initializer, literal.env, d + 1));
      else if (prop && ts.isShorthandPropertyAssignment(prop)) parts.push(literal.analysis.evaluate(prop.name, literal.env, d + 1));
    }
    return seen ? { ...this.merge(parts), declaredType: !!target.fn.type } : undefined;
  }

  /**
   * A member of a parameter that nothing says is personal depends on what the callers pass, even when the parameter
   * as a whole is a person's record reported inside the helper (`params.systemPrompt` of `params: { ctx: Context;
   * systemPrompt: string }`, where `Context` holds an e-mail address).
   */
  private unboundParamOf(object: ts.Expression, env: Env): Taint {
    const e = stripParens(object);
    if (!ts.isIdentifier(e)) return NONE;
    const decl = this.scope.resolve(e);
    return decl && ts.isParameter(decl) && !env.bindings.has(decl) ? { params: new Set([decl]) } : NONE;
  }

  protected override isConstLike(decl: ts.VariableDeclaration): boolean {
    const list = decl.parent;
    if (ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.Const)) return true;
    return ts.isIdentifier(decl.name) && !this.assignments.has(decl.name.text);
  }

  private evaluateIdentifier(id: ts.Identifier, env: Env, d: number): Taint {
    const t = this.evaluateName(id, env, d);
    // `systemPrompts = [createMessage({ role: 'system', content: template })]`: the app's instructions to a model, typed
    // as chat messages, are not what a customer wrote.
    if (t.value?.facts.every((f) => f.category === 'input' && f.via === 'type') && namesAppsOwnPrompt(id.text)) return t.params ? { params: t.params } : NONE;
    return t;
  }

  private evaluateName(id: ts.Identifier, env: Env, d: number): Taint {
    // `countUsers`, `userCount`, `totalCustomers`: a number of people, whatever it was computed from.
    if (id.text === 'undefined' || namesACount(id.text)) return NONE;
    const decl = this.scope.resolve(id);
    // Bound helper parameter: evaluate what the caller passed.
    if (decl && ts.isParameter(decl)) {
      const bound = env.bindings.get(decl);
      if (bound) {
        if (!bound.expr) return NONE;
        return this.at(id, bound.analysis.evaluate(bound.expr, bound.env, d));
      }
    }
    // `if (!result.ok) log(result)`: narrowed to variants of its union type that hold nothing personal.
    if (decl && this.narrowedToNonPersonal(id, decl)) return NONE;
    // A parameter personal by its name depends on its callers: a container of what they pass (`emailData:
    // SendEmailProps`, whose `to` the callers fill) or a scalar (`email: string`) is marked so, and each call that
    // hands in a person's value is reported with what it gives (the data enters the chain there), besides the sink
    // inside the helper. A person's record (`customer: Customer`) is reported inside the helper, once.
    const byName = this.nameTaint(id, id.text, decl, env, d);
    // `const username = \`<${url}|${triggeredBy.username}>\``: a handle known only by the variable's name, when
    // what it was given says more (the handle of a person's record): what it was given.
    // `const jwt = AuthChecker.signJWT(user)`: a token named so, made of a person's record (a JWT's readable claims),
    // is that record.
    if ((byName?.value?.facts.every((f) => f.handleOnly) || byName?.value?.facts.every((f) => f.category === 'sessionToken'))
      && decl && ts.isVariableDeclaration(decl) && decl.initializer) {
      const given = this.evaluate(decl.initializer, env, d);
      if (given.value && !given.value.facts.every((f) => f.handleOnly)) return this.at(id, given);
    }
    // `let address = this.extractAddress(monitor)`: a bare `address` (a host's, a URL, an e-mail's or a street's) that a
    // project function gives, and what it gives is no one's: the function says what the address is.
    if (byName && decl && ts.isVariableDeclaration(decl) && decl.initializer && this.isConstLike(decl)
      && AMBIGUOUS_ADDRESS_NAMES.has(id.text) && this.callsProjectFunction(decl.initializer)) {
      const given = this.evaluate(decl.initializer, env, d);
      if (!given.value) return this.at(id, given);
    }
    if (byName && decl && ts.isBindingElement(decl)) {
      const param = destructuredParameter(decl, this.scope);
      if (param) return this.destructuredByName(byName, id, decl, param, env, d);
    }
    if (byName) return decl && ts.isParameter(decl) ? this.withParam(byName, id, decl, env, d) : byName;
    // `const legalProps: LegalProps = { imprintAddress: IMPRINT_ADDRESS }`: the literal we can see decides whether
    // the value is personal, not the type it is declared with (the variable branch below reads it and what is put
    // into it later); when it is, the type still names every personal field it has.
    const literal = decl && ts.isVariableDeclaration(decl) && decl.initializer && this.isConstLike(decl)
      && (ts.isObjectLiteralExpression(stripParens(decl.initializer)) || ts.isArrayLiteralExpression(stripParens(decl.initializer)))
      && !ts.isAsExpression(decl.initializer);
    // `const clickData = await recordClick(…)` of a project function that declares no return type: its returns decide,
    // as they do for the call itself (the type the checker infers from them says no more, and less precisely).
    const inferred = decl && ts.isVariableDeclaration(decl) && !decl.type && decl.initializer && this.isConstLike(decl)
      && (this.callsUntypedProjectFunction(decl.initializer) || isParseOfLiteral(decl.initializer)
        || this.callsFunctionWritingOutRecords(decl.initializer));
    // `const body = { email, source: 'app' }` in a helper, with no declared type and filled from its parameters: the
    // type the checker infers is the literal's own, so the literal decides (evaluated below with what the callers
    // bind, as without the checker); its type would make what the callers pass look personal whatever it is.
    let typed = inferred ? undefined : this.typeTaint(id, decl) ?? (decl ? this.declaredTypeTaint(id, decl) : undefined);
    if (typed?.value && literal && !(decl as ts.VariableDeclaration).type
      && this.evaluateWithParams((decl as ts.VariableDeclaration).initializer!, EMPTY_ENV).params?.size) typed = undefined;
    if (typed && literal && this.literalHoldsOnlyCompanyValues((decl as ts.VariableDeclaration).initializer!, env, d)) typed = undefined;
    // `const organization = { displayName: base.displayName, geoLocation: … }`: a literal the code calls a thing's (an
    // organization's, a team's, a company's) has that thing's name and place; its values decide, not its keys.
    if (typed?.value && literal && !(decl as ts.VariableDeclaration).type && (isNonPersonOwner(id.text) || namesBusiness(id.text))) typed = undefined;
    // `const userData: UserPresentation = { id, name }` and `if (options.includeEmail) userData.email = …`: of the
    // fields its type declares, it holds those the literal and the assignments this call runs give it.
    if (typed?.value && literal && (decl as ts.VariableDeclaration).type) {
      const given = this.fieldsGiven(decl as ts.VariableDeclaration, id, env, d);
      if (given) {
        const kept = typed.value.facts.filter((f) => given.has((f.path ?? f.field).split('.')[0]));
        if (kept.length < typed.value.facts.length) typed = kept.length ? { value: this.value(id, kept), params: typed.params } : undefined;
      }
    }
    if (typed) return this.withParam(typed, id, decl, env, d);
    if (!decl) return NONE;
    if (ts.isParameter(decl)) {
      if (isInputParameter(decl) || isDeclaredSourceParameter(this.analysis, decl)) {
        // `@MessageBody() body: ConfigRequest` of `{ token: string }`: an input whose declared type the checker knows,
        // with no personal field and no free text, holds no one's data (as a procedure's input of such a schema).
        // (A name or a password counts here: what a customer sends is the customer's, `SignUpDto { name; password }`.)
        if (decl.type && this.checker) {
          const t = this.checker.getNonNullableType(this.checker.getTypeFromTypeNode(decl.type));
          if (this.isNonPersonalShape(t, 0) && this.checker.getPropertiesOfType(t).every((p) => !classifyField(p.name, this.vocabulary))) return NONE;
        }
        return this.inputValue(id);
      }
      const sdkFacts = sdkCallbackFacts(decl) ?? passportCallbackFacts(decl, (x) => this.moduleOfName(x));
      if (sdkFacts) return { value: this.value(id, sdkFacts) };
      const cb = this.callbackElementTaint(decl, env, d);
      if (cb) return this.at(id, cb);
      if (this.personRecordByName(id, decl)) return this.personRecord(id);
      return { params: new Set([decl]) };
    }
    if (ts.isVariableDeclaration(decl) && ts.isCatchClause(decl.parent)) {
      return this.at(id, this.merge(this.thrownIn(decl.parent.parent.tryBlock).map((t) => t.analysis.evaluate(t.expr, EMPTY_ENV, d))));
    }
    if (ts.isVariableDeclaration(decl)) {
      const parts: Taint[] = [];
      if (decl.initializer) parts.push(this.evaluate(decl.initializer, env, d));
      else if (ts.isForOfStatement(decl.parent.parent)) parts.push(this.evaluate(decl.parent.parent.expression, env, d));
      for (const a of this.assignments.get(id.text) ?? []) {
        if (ts.isIdentifier((a.parent as ts.BinaryExpression).left)
          && this.scope.resolve((a.parent as ts.BinaryExpression).left as ts.Identifier) === decl) {
          parts.push(this.evaluate(a, env, d));
        }
      }
      for (const m of this.mutations.get(id.text) ?? []) {
        if (this.scope.resolve(m.root) === decl && !this.skippedForCall(m.value, env, d)) parts.push(this.evaluate(m.value, env, d));
      }
      const t = this.at(id, this.merge(parts));
      if (t.value) return this.idOfInput(id.text, t) ?? this.idFromLibrary(id.text, decl, t, env, d) ?? t;
      if (this.personRecordByName(id, decl)) return this.personRecord(id);
      return t;
    }
    if (ts.isBindingElement(decl)) {
      // `const { responses } = await collect(); responses.push(line)`: what was put into it afterwards too.
      const parts = [this.evaluateBindingElement(decl, env, d)];
      for (const m of this.mutations.get(id.text) ?? []) {
        if (this.scope.resolve(m.root) === decl) parts.push(this.evaluate(m.value, env, d));
      }
      const t = this.at(id, parts.length === 1 ? parts[0] : this.merge(parts));
      if (t.value) return this.idOfInput(id.text, t) ?? t;
      // `const { data: patients } = await db.from('patients').select()`: named for people, holding their records.
      if (this.personRecordByName(id, decl)) return this.personRecord(id);
      return t;
    }
    // `import { $i } from './account'` with `export const $i = JSON.parse(saved) as Account`: the exporting
    // module's variable, evaluated there.
    if (ts.isImportSpecifier(decl) || ts.isImportClause(decl)) {
      const imported = this.importedDeclaration(decl);
      if (imported && ts.isVariableDeclaration(imported.decl) && ts.isIdentifier(imported.decl.name)
        && ts.isVariableDeclarationList(imported.decl.parent) && imported.decl.parent.flags & ts.NodeFlags.Const) {
        return this.at(id, imported.analysis.evaluate(imported.decl.name, EMPTY_ENV, d));
      }
    }
    return NONE;
  }

  /**
   * A name declared with a union of record types (`{ ok: true; accounts: Account[] } | { ok: false; reason: string }`)
   * that the checker narrows here, by a test of its discriminant, to variants none of whose fields is personal: it holds
   * one of those variants, whatever the others (and the values it was given) carry. Asked only of union-typed names:
   * the narrowed type at a reference costs a control-flow walk.
   */
  private narrowedToNonPersonal(id: ts.Identifier, decl: Declaration): boolean {
    const checker = this.checker;
    if (!checker || !(ts.isVariableDeclaration(decl) || ts.isParameter(decl) || ts.isBindingElement(decl)) || !ts.isIdentifier(decl.name)) return false;
    let declared = this.declaredTypes.get(decl);
    if (!declared) { declared = checker.getTypeAtLocation(decl.name); this.declaredTypes.set(decl, declared); }
    if (!declared.isUnion()) return false;
    const records = (t: ts.Type): ts.Type[] => (t.isUnion() ? t.types : [t]).filter((x) => !(x.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)));
    const variants = records(declared);
    if (variants.length < 2 || !variants.every((t) => isKnownRecordType(checker, t))) return false;
    const here = records(checker.getTypeAtLocation(id));
    return here.length > 0 && here.length < variants.length && here.every((t) => variants.includes(t) && !this.typeFacts(t, 0));
  }

  /**
   * A zod object schema as written (`z.object({ ids: z.array(z.string()), active: z.boolean() })`, `base.pick({ id: true })`,
   * `.optional()`, a const of one, also imported) whose keys all can be read and none is personal by its name or free
   * text, its nested objects the same.
   */
  private schemaHoldsNoPersonalField(schema: ts.Expression | undefined, depth: number): boolean {
    const shape = schema && this.schemaShape(schema, 0);
    if (!shape?.keys.size) return false;
    // `configurationSchema.pick({ name: true })`: a configuration's name. Inline or named for nothing, a person's.
    const thingsSchema = shape.names.some((n) => namesNonPersonThing(n));
    for (const [key, value] of shape.keys) {
      if (isFreeTextField(key)) return false;
      const field = classifyField(key, this.vocabulary);
      if (field && (!field.needsPerson || !thingsSchema)) return false;
      if (value && depth < 2 && !this.isScalarSchema(value) && !shape.analysis.schemaHoldsNoPersonalField(value, depth + 1)) return false;
    }
    return true;
  }

  /** A schema of one scalar: `z.string()`, `z.array(z.boolean())`, `z.enum([…])`, with their refinements. */
  private isScalarSchema(e: ts.Expression): boolean {
    let root = stripParens(e);
    while (ts.isCallExpression(root) && ts.isPropertyAccessExpression(root.expression) && ts.isCallExpression(root.expression.expression)) {
      root = root.expression.expression;
    }
    if (!ts.isCallExpression(root)) return false;
    const callee = calleePath(root.expression) ?? '';
    if (/^z\.(coerce\.)?(string|number|boolean|bigint|date|enum|nativeEnum|literal|uuid|cuid|email)$/.test(callee)) return true;
    return callee === 'z.array' && !!root.arguments[0] && this.isScalarSchema(root.arguments[0]);
  }

  /** The keys of a zod object schema as written, with each key's schema when it is written out; undefined when unreadable. */
  private schemaShape(e: ts.Expression, depth: number):
    { keys: Map<string, ts.Expression | undefined>; names: string[]; analysis: FileAnalysis } | undefined {
    if (depth > 6) return undefined;
    const x = stripParens(e);
    if (ts.isIdentifier(x)) {
      const decl = this.scope.resolve(x);
      const target = decl ? (this.importedDeclaration(decl) ?? { decl, analysis: this.analysis as FileAnalysis }) : undefined;
      if (!target || !ts.isVariableDeclaration(target.decl) || !target.decl.initializer || !ts.isIdentifier(target.decl.name)) return undefined;
      const shape = target.analysis.schemaShape(target.decl.initializer, depth + 1);
      return shape && { ...shape, names: [target.decl.name.text, ...shape.names] };
    }
    if (!ts.isCallExpression(x)) return undefined;
    const callee = stripParens(x.expression);
    const literalKeys = (arg: ts.Expression | undefined): Map<string, ts.Expression | undefined> | undefined => {
      const lit = arg && stripParens(arg);
      if (!lit || !ts.isObjectLiteralExpression(lit)) return undefined;
      const keys = new Map<string, ts.Expression | undefined>();
      for (const p of lit.properties) {
        const k = p.name && propertyNameText(p.name);
        if (!k || !(ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p))) return undefined;
        keys.set(k, ts.isPropertyAssignment(p) ? p.initializer : undefined);
      }
      return keys;
    };
    // `z.array(z.object({ … }))`: the keys of its elements.
    if (calleePath(callee) === 'z.array' && x.arguments[0]) return this.schemaShape(x.arguments[0], depth + 1);
    if (calleePath(callee) === 'z.object' || calleePath(callee) === 'z.strictObject') {
      const keys = literalKeys(x.arguments[0]);
      return keys && { keys, names: [], analysis: this.analysis as FileAnalysis };
    }
    if (!ts.isPropertyAccessExpression(callee)) return undefined;
    const method = callee.name.text;
    if (['optional', 'nullable', 'nullish', 'strict', 'passthrough', 'strip', 'partial', 'required', 'default', 'describe',
      'refine', 'superRefine', 'readonly', 'catch', 'brand'].includes(method)) return this.schemaShape(callee.expression, depth + 1);
    const base = this.schemaShape(callee.expression, depth + 1);
    if (!base) return undefined;
    const given = literalKeys(x.arguments[0]);
    if (method === 'pick' && given) return { ...base, keys: new Map([...base.keys].filter(([k]) => given.has(k))) };
    if (method === 'omit' && given) return { ...base, keys: new Map([...base.keys].filter(([k]) => !given.has(k))) };
    if (method === 'extend' && given) return { ...base, keys: new Map([...base.keys, ...given]) };
    if (method === 'merge' && x.arguments[0]) {
      const other = this.schemaShape(x.arguments[0], depth + 1);
      return other && { ...base, keys: new Map([...base.keys, ...other.keys]), names: [...base.names, ...other.names] };
    }
    return undefined;
  }

  /** A procedure's input that is one scalar: typed as a string, a number or a boolean, or declared `z.string()` and the like. */
  private isScalarInput(el: ts.BindingElement): boolean {
    if (this.checker) {
      const t = this.checker.getNonNullableType(this.checker.getTypeAtLocation(el.name));
      // Without the validator's types (dependencies not installed) the checker says `any`: the schema is read.
      if (!(t.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown))) {
        return !!(t.flags & (ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike));
      }
    }
    const schema = procedureInputSchema(el);
    let root: ts.Expression | undefined = schema;
    while (root && ts.isCallExpression(root) && ts.isPropertyAccessExpression(root.expression)
      && ts.isCallExpression(root.expression.expression)) root = root.expression.expression;
    return !!root && ts.isCallExpression(root)
      && /^z\.(coerce\.)?(string|number|boolean|bigint|date|enum|nativeEnum|literal)$/.test(calleePath(root.expression) ?? '');
  }

  /** `const { email } = c`, `const [first] = customers`, `{ ...rest }`. */
  private evaluateBindingElement(el: ts.BindingElement, env: Env, d: number): Taint {
    if (isProcedureInput(el)) {
      // `.inputSchema(createRewardSchema).action(({ parsedInput }) => …)`: an input whose shape the checker knows from
      // its schema, with no personal field and no free text (amounts, ids, flags, choices), holds no one's data.
      if (this.checker && this.isNonPersonalShape(this.checker.getNonNullableType(this.checker.getTypeAtLocation(el.name)), 0)) return NONE;
      // Without the validator's types, the schema as written: `.input(configurationIdSchema)` with
      // `configurationIdSchema = configurationSchema.pick({ id: true })` holds an id, no one's data.
      if (this.schemaHoldsNoPersonalField(procedureInputSchema(el), 0)) return NONE;
      // `.input(z.string().max(2048)).query(({ input: url }) => …)`: one value, which the handler names; the name says
      // what it is (a URL, an id), as a field's does.
      if (el.propertyName && ts.isIdentifier(el.name) && this.isScalarInput(el)) {
        const local = el.name.text;
        const field = classifyField(local, this.vocabulary);
        if (field && !field.needsPerson) return { value: this.value(el.name, [{ category: field.category, field: local, via: 'name' }]) };
        return isFreeTextField(local) ? this.inputValue(el.name) : NONE;
      }
      return this.inputValue(el.name);
    }
    const pattern = el.parent;
    const holder = pattern.parent;
    let source: ts.Expression | undefined;
    let paramTaint: Taint | undefined;
    // `for (const [k, v] of pairs)`: the pattern takes each element of `source` apart, not `source` itself.
    let eachOf = false;
    if (ts.isVariableDeclaration(holder)) {
      source = holder.initializer;
      if (!source && ts.isForOfStatement(holder.parent.parent)) { source = holder.parent.parent.expression; eachOf = true; }
    } else if (ts.isParameter(holder)) {
      // `Object.entries(byYear).forEach(([year, rows]) => …)`: the key of each pair is a key, as in a for-of.
      if (ts.isArrayBindingPattern(pattern) && pattern.elements.indexOf(el) === 0 && isEntriesCallback(holder)) return NONE;
      const bound = env.bindings.get(holder);
      if (bound?.expr) {
        if (ts.isObjectBindingPattern(pattern) && !el.dotDotDotToken) {
          const key = propertyNameText(el.propertyName ?? el.name);
          const lit = bound.analysis.objectLiteralBehind(bound.expr, bound.env, d);
          const member = key && lit ? lit.analysis.literalMember(lit.literal, key, el, lit.env, d) : undefined;
          if (member) return member;
        }
        paramTaint = bound.analysis.evaluate(bound.expr, bound.env, d);
      } else if (!bound) {
        // `EmailProvider({ sendVerificationRequest({ identifier }) { … } })`: what an SDK hands its callback.
        const sdkFacts = sdkCallbackFacts(holder);
        // `list.forEach(({ name, value }) => …)`: the destructured element of the list the callback is given.
        const element = sdkFacts ? { value: this.value(holder, sdkFacts) } : this.callbackElementTaint(holder, env, d);
        paramTaint = element?.value ? element : { params: new Set([holder]) };
      }
    } else if (ts.isBindingElement(holder)) {
      paramTaint = this.evaluateBindingElement(holder, env, d);
    }
    if (ts.isArrayBindingPattern(pattern) || el.dotDotDotToken) {
      // `const [links, hostnames] = await Promise.all([getLinks(), getHostnames()])`: each name is its own element.
      const element = source && !eachOf && ts.isArrayBindingPattern(pattern) && !el.dotDotDotToken
        ? elementAt(source, pattern.elements.indexOf(el)) : undefined;
      if (element) return this.evaluate(element, env, d);
      // `for (const [employeeId, bonuses] of bonusMap.entries())`, `Object.entries(x)`: the key is a key (judged by
      // its own name, above), not the values the collection holds.
      if (source && eachOf && ts.isArrayBindingPattern(pattern) && pattern.elements.indexOf(el) === 0 && isEntriesCall(source)) return NONE;
      return source ? this.evaluate(source, env, d) : (paramTaint ?? NONE);
    }
    // Object destructuring: the property's own name decides, as for `source.prop`.
    const key = propertyNameText(el.propertyName ?? el.name);
    if (key && source) {
      const member = this.memberOfExpression(source, key, el, env, d);
      if (member.value || member.params) return member;
    }
    if (paramTaint?.params && !paramTaint.value) return { params: paramTaint.params };
    if (key && paramTaint?.value) return this.nestedMember(el.name, paramTaint, key) ?? NONE;
    return NONE;
  }

  /**
   * A field that its owner makes the company's, whatever its name: a setting's credential (`smtpConfig.password`), a
   * server's or a business's address (`server.address`, `company.address`, `args.address` of `IMerchantCompanyParams`),
   * an API client's own credentials (`this.password` in `class StorePayAPI`), the e-mail or name a settings object
   * holds (`config.userEmail`, `settings.adminName`).
   */
  private ownersField(object: ts.Expression, name: string, category: PersonalCategory): boolean {
    // `os.userInfo().username`, `userInfo['uid']` of `const userInfo = os.userInfo()`: the server's own account.
    if (this.isOsAccount(object)) return true;
    if (category === 'credential' || category === 'sessionToken') {
      if (isConfigurationLike(object)) return true;
      // `notification.serwersmsPassword`, `integration.apiPassword`: the operator's account at the service a
      // notification channel or an integration posts to, as its settings hold it.
      if (namesChannelSettings(ownerName(object) ?? '')) return true;
      // `config.mattermost.password`, `settings.smtp.auth.pass`: read off the app's settings a link or two up.
      if (readOffSettings(object)) return true;
      // `url.password` of `new URL(redisUrl)`: the user-info of a connection string, a server's credential.
      if (this.isUrlObject(object)) return true;
      if (stripParens(object).kind === ts.SyntaxKind.ThisKeyword && inApiClientClass(object)) return true;
    }
    if (category === 'address') {
      if ((name === 'address' || name === 'addresses') && isHostSettingLike(object)) return true;
      // `ipv4Address?.address`, `lookupResult.address`, `resolvedIp.address`: what a DNS lookup gives, a host's address.
      if ((name === 'address' || name === 'addresses') && splitWords(ownerName(object) ?? '').some((w) => NETWORK_OWNER_WORDS.has(w))) return true;
      const owner = ownerName(object);
      if (owner && namesHostOrBusiness(owner)) return true;
      if (namesBusiness(this.ownerTypeName(object) ?? '')) return true;
    }
    // `device.deviceId` of `enumerateDevices()`, `constraints.deviceId`: a camera's or a microphone's.
    if (category === 'onlineIdentifier' && this.isMediaDeviceId(name)) return true;
    // `server.ip`, `node.ipAddress`, `info.payload.ip` of a `ServerStatusInfo`: the address of a machine.
    if (category === 'onlineIdentifier' && isIpName(name)
      && (namesMachine(ownerName(object) ?? '') || namesMachine(this.ownerTypeName(object) ?? ''))) return true;
    // `repository.full_name`, `team.fullName`: the full name of a thing; also by the owner's type
    // (`generators.find(…)?.fullName` of `Generator[]`), unless the field's own words name a person (`contactName`).
    if (category === 'name' && isNonPersonOwner(ownerName(object) ?? '')) return true;
    if (category === 'name' && !splitWords(name).some((w) => isPersonNoun(w)) && isNonPersonOwner(this.ownerTypeName(object) ?? '')) return true;
    if ((category === 'contact' || category === 'name') && isSettingsObject(object)) return true;
    // `notification.brevoFromEmail`, `notification.clicksendsmsSenderName`: whom a channel's messages come from, as the
    // operator set it up (the recipients it is given stay personal).
    if ((category === 'contact' || category === 'name') && namesChannelSettings(ownerName(object) ?? '')
      && splitWords(name).some((w) => SENDER_WORDS.has(w))) return true;
    // `this.config.moderationEmail?.fromAddress`, `settings.mail.from.name`: read off the app's settings, a link
    // or two farther up (the sender a mailer is configured with).
    return (category === 'contact' || category === 'name' || category === 'address') && readOffSettings(object);
  }

  private iteratesCompanyConstant(decl: ts.VariableDeclaration): boolean {
    const loop = decl.parent.parent;
    const list = ts.isForOfStatement(loop) ? this.constListDeclaration(loop.expression) : undefined;
    return !!list && ts.isArrayLiteralExpression(stripParens(list.initializer)) && isCompanyConstant(list.initializer);
  }

  /** The const variable a list expression names (`USERS` of `for (const user of USERS)`), with its initializer. */
  private constListDeclaration(list: ts.Expression): (ts.VariableDeclaration & { initializer: ts.Expression }) | undefined {
    const e = stripParens(list);
    if (!ts.isIdentifier(e)) return undefined;
    const decl = this.scope.resolve(e);
    return decl && ts.isVariableDeclaration(decl) && decl.initializer && this.isConstLike(decl)
      ? decl as ts.VariableDeclaration & { initializer: ts.Expression } : undefined;
  }

  private isOsAccount(object: ts.Expression): boolean {
    let e = stripParens(object);
    if (ts.isIdentifier(e)) {
      const decl = this.scope.resolve(e);
      if (!decl || !ts.isVariableDeclaration(decl) || !decl.initializer || this.assignments.has(e.text)) return false;
      e = stripParens(decl.initializer);
    }
    return ts.isCallExpression(e) && calleePath(e.expression) === 'os.userInfo';
  }

  private memberOfExpression(object: ts.Expression, key: string, at: ts.Node, env: Env, d: number): Taint {
    if (PROJECTIONS.has(key)) return NONE;
    const field = classifyField(key, this.vocabulary);
    if (field && this.ownersField(object, key, field.category)) return NONE;
    if (field && (!field.needsPerson || this.isPersonLike(object, env, d))) {
      // `user.email` of `for (const user of USERS)` or of `user: (typeof USERS)[number]`, where the code writes every
      // user out with literals (seed data, test accounts): the code's constants.
      if (this.isLiteralRecordElement(object, key)) return NONE;
      return { value: this.value(at, [{ category: field.category, field: key, via: 'name' }]) };
    }
    const literal = this.objectLiteralBehind(object, env, d);
    if (literal) {
      const member = literal.analysis.literalMember(literal.literal, key, at, literal.env, d);
      if (member) return member;
    }
    // `const { responses } = await collect(data)`: the property of what a project function returns.
    const returned = this.returnedMember(object, key, env, d);
    if (returned?.value) return returned;
    if (returned && !returned.declaredType) return returned.params ? { params: returned.params } : NONE;
    const typed = ts.isBindingElement(at) ? this.typeTaint(at.name) : undefined;
    if (typed) return typed;
    const base = this.evaluate(object, env, d);
    if (this.isInput(base) && isFreeTextField(key) && !handlerNamedForThing(at)) return { value: this.value(at, [], base.value) };
    const nested = this.nestedMember(at, base, key);
    if (nested) return nested;
    return base.params ? { params: base.params } : this.unboundParamOf(object, env);
  }

  /**
   * What an object literal gives for `key`: its property, or — when it writes no such property — what its spreads
   * give, the last first (`executeGraphQL(op, { ...options, auth: 'session' })` read as `const { variables } =
   * options` inside). Undefined when neither says. What a spread gives by its name alone is described at `at` (the
   * read), or at the spread itself when no read is given (a mail send's answer: `mailOpts`, not the send call).
   */
  private literalMember(literal: ts.ObjectLiteralExpression, key: string, at: ts.Node | undefined, env: Env, d: number): Taint | undefined {
    const prop = literal.properties.find((p) => propertyNameText(p.name) === key);
    if (prop && ts.isPropertyAssignment(prop)) return this.evaluate(prop.initializer, env, d);
    if (prop && ts.isShorthandPropertyAssignment(prop)) return this.evaluate(prop.name, env, d);
    if (prop) return undefined;
    for (let i = literal.properties.length - 1; i >= 0; i--) {
      const spread = literal.properties[i];
      if (!ts.isSpreadAssignment(spread)) continue;
      const member = this.memberOfExpression(spread.expression, key, at ?? spread.expression, env, d + 1);
      if (member.value || member.params) return member;
    }
    return undefined;
  }

  /** `schema.safeParse(x)` (zod, valibot), directly or through a constant. */
  private isSafeParseResult(e: ts.Expression): boolean {
    e = stripParens(e);
    if (ts.isIdentifier(e)) {
      const decl = this.scope.resolve(e);
      if (!decl || !ts.isVariableDeclaration(decl) || !decl.initializer) return false;
      e = stripParens(decl.initializer);
    }
    return ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && SAFE_PARSE_METHODS.has(e.expression.name.text);
  }

  /**
   * `order.customer` of a value whose facts say `customer.email` is contact data: the member holds that part
   * (`customer` → `email`). Facts without a path inside the member say nothing about it.
   */
  private nestedMember(node: ts.Node, base: Taint, key: string): Taint | undefined {
    if (!base.value) return undefined;
    const prefix = `${key}.`;
    // A fact at `key` itself (`identifier` of an Auth.js verification request) is the member's own, with no path left,
    // when the member's name says nothing: a name the vocabulary knows (`team.name`) was judged by it already.
    // A column of a query's row (`match.rows[0].name` of `SELECT id, name FROM patients`) was judged with its table.
    const leaf = !classifyField(key, this.vocabulary);
    const inner = base.value.facts.filter((f) => f.path?.startsWith(prefix)
      || (f.path === key && (f.via === 'column' || (leaf && !f.collection))));
    if (!inner.length) return undefined;
    return { value: new TracedValue(node, inner.map((f) => ({ ...f, path: f.path === key ? undefined : f.path!.slice(prefix.length),
      collection: false })), base.value) };
  }

  /**
   * What a `try` block can throw: its own `throw` expressions, and those of the project functions it calls
   * directly (one level: `throw new Error(\`… ${user.email}\`)` in a helper reaches the caller's `catch (e)`).
   */
  private thrownIn(block: ts.Block): Array<{ expr: ts.Expression; analysis: FileAnalysis }> {
    const out: Array<{ expr: ts.Expression; analysis: FileAnalysis }> = [];
    const seen = new Set<ts.Node>();
    const collect = (root: ts.Node, follow: boolean): void => {
      const visit = (n: ts.Node): void => {
        if (ts.isThrowStatement(n)) { out.push({ expr: n.expression, analysis: this.analysis }); return; }
        if (ts.isTryStatement(n)) { if (n.finallyBlock) visit(n.finallyBlock); if (n.catchClause) visit(n.catchClause.block); return; }
        if (n !== root && (ts.isFunctionLike(n) || ts.isClassLike(n))) return;
        if (follow && ts.isCallExpression(n) && out.length < 64) {
          const target = this.resolveFunction(n.expression);
          if (target?.fn.body && !seen.has(target.fn)) {
            seen.add(target.fn);
            for (const expr of target.analysis.thrownInFunction(target.fn)) out.push({ expr, analysis: target.analysis });
          }
        }
        ts.forEachChild(n, visit);
      };
      visit(root);
    };
    collect(block, true);
    return out;
  }

  /**
   * An error value: a `catch` variable, something named like one (`err`, `validationError`), or typed `Error`.
   * Only its message and cause carry what it was made with — `bulkResponse.errors` is a list of statuses.
   */
  private isErrorLike(e: ts.Expression): boolean {
    e = stripParens(e);
    if (ts.isAsExpression(e)) e = stripParens(e.expression);
    if (ts.isIdentifier(e)) {
      const decl = this.scope.resolve(e);
      if (decl && ts.isVariableDeclaration(decl) && ts.isCatchClause(decl.parent)) return true;
      if (/^(e|err|error|ex|exc|exception)$|(Error|Exception)$/.test(e.text)) return true;
    }
    if (this.checker) {
      const sym = this.checker.getTypeAtLocation(e).getSymbol();
      if (sym && /Error$/.test(sym.name)) return true;
    }
    return false;
  }

  /**
   * `const req = await fetch(url, …)`: a variable named like a request that holds the response of a call this code
   * made (a transfer sink's result) is not the customer's input, whatever it is called.
   */
  private isOutgoingResponse(receiver: ts.Expression): boolean {
    const e = stripParens(receiver);
    if (!ts.isIdentifier(e)) return false;
    const decl = this.scope.resolve(e);
    if (!decl || !ts.isVariableDeclaration(decl) || !decl.initializer) return false;
    let init = stripParens(decl.initializer);
    if (ts.isAwaitExpression(init)) init = stripParens(init.expression);
    return ts.isCallExpression(init) && this.matchSink(init)?.spec.kind === 'transfer';
  }

  /** A parameter as it is (`mailData` of `notify(mailData)`): what it holds is what the callers pass. */
  private isParameterName(e: ts.Expression): boolean {
    e = stripParens(e);
    if (!ts.isIdentifier(e)) return false;
    const decl = this.scope.resolve(e);
    return !!decl && ts.isParameter(decl);
  }

  /**
   * A literal that carries nothing personal, and whose fields named like personal data (`imprintAddress`) hold the
   * company's constants (a literal, a setting, an UPPER_CASE constant, \`undefined\`): its declared type says no more.
   * A field named like personal data that holds something else (\`{ email: response[attrMapMail] }\`) is what the
   * type names, and the type stands.
   */
  private literalHoldsOnlyCompanyValues(init: ts.Expression, env: Env, d: number): boolean {
    if (this.evaluate(init, env, d).value) return false;
    const e = stripParens(init);
    if (!ts.isObjectLiteralExpression(e)) return true;
    const companyValue = (v: ts.Expression, category: PersonalCategory): boolean => {
      v = stripParens(v);
      if (isCompanyConstant(v) || v.kind === ts.SyntaxKind.NullKeyword) return true;
      if (ts.isIdentifier(v)) {
        if (v.text === 'undefined' || /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/.test(v.text)) return true;
        // `ip: ip` where `const ip = ipAddress(req)` of a request the caller made up: a placeholder.
        const decl = this.scope.resolve(v);
        return !!decl && ts.isVariableDeclaration(decl) && !!decl.initializer && !this.assignments.has(v.text)
          && this.holdsOnlyPlaceholders(decl.initializer, category, env, d);
      }
      if (ts.isBinaryExpression(v) && (v.operatorToken.kind === ts.SyntaxKind.BarBarToken
        || v.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)) return companyValue(v.left, category) && companyValue(v.right, category);
      if (ts.isConditionalExpression(v)) return companyValue(v.whenTrue, category) && companyValue(v.whenFalse, category);
      // `geo.latitude` of a `geo` given only placeholders in this call.
      if (ts.isPropertyAccessExpression(v) && env.bindings.size) return this.holdsOnlyPlaceholdersByName(v.expression, env, d);
      return false;
    };
    return e.properties.every((p) => {
      const name = p.name && propertyNameText(p.name);
      const field = name ? classifyField(name, this.vocabulary) : undefined;
      if (!field) return true;
      if (ts.isPropertyAssignment(p)) return companyValue(p.initializer, field.category);
      if (ts.isShorthandPropertyAssignment(p)) return companyValue(p.name, field.category);
      return false;
    });
  }

  /**
   * An element of a module's constant list of records written out with literals (`const USERS = [{ email: 'a@…' }]`),
   * taken by `for (const user of USERS)` or a parameter typed `(typeof USERS)[number]`, whose `key` is a literal in
   * every record that has it.
   */
  private isLiteralRecordElement(object: ts.Expression, key: string): boolean {
    const e = stripParens(object);
    if (!ts.isIdentifier(e)) return false;
    const decl = this.scope.resolve(e);
    if (!decl) return false;
    let list: ts.Expression | undefined;
    if (ts.isVariableDeclaration(decl) && ts.isVariableDeclarationList(decl.parent) && ts.isForOfStatement(decl.parent.parent)) {
      list = decl.parent.parent.expression;
    } else if (ts.isParameter(decl) && decl.type) {
      let t: ts.TypeNode = decl.type;
      while (ts.isParenthesizedTypeNode(t)) t = t.type;
      if (ts.isIndexedAccessTypeNode(t) && t.indexType.kind === ts.SyntaxKind.NumberKeyword) {
        let q: ts.TypeNode = t.objectType;
        while (ts.isParenthesizedTypeNode(q)) q = q.type;
        if (ts.isTypeQueryNode(q) && ts.isIdentifier(q.exprName)) list = q.exprName;
      }
    }
    const listDecl = list && this.constListDeclaration(list);
    if (!listDecl) return false;
    let init = stripParens(listDecl.initializer);
    while (ts.isAsExpression(init) || ts.isSatisfiesExpression(init)) init = stripParens(init.expression);
    if (!ts.isArrayLiteralExpression(init) || !init.elements.length) return false;
    return init.elements.every((el) => {
      const o = stripParens(el);
      if (!ts.isObjectLiteralExpression(o)) return false;
      const prop = o.properties.find((p) => propertyNameText(p.name) === key);
      // Any literal: an address written into the code is the code's (no-hardcoded-personal-data judges it there).
      return !prop || (ts.isPropertyAssignment(prop) && (isLiteralExpression(prop.initializer)
        || ts.isStringLiteralLike(stripParens(prop.initializer)) || prop.initializer.kind === ts.SyntaxKind.NullKeyword));
    });
  }

  /** What a fake-data library makes up (see `isFakeDataCall`): no one's. */
  private isFakeData(e: ts.Expression): boolean {
    return isFakeDataCall(e, (id) => this.moduleOfName(id)?.module);
  }

  /** The module a local name is imported or required from (`import x from 'm'`, `const x = require('m')`). */
  private moduleOfName(id: ts.Identifier): { module: string; exportName: string } | undefined {
    const decl = this.scope.resolve(id);
    if (!decl) return undefined;
    if (ts.isImportClause(decl)) return { module: (decl.parent.moduleSpecifier as ts.StringLiteral).text, exportName: 'default' };
    if (ts.isNamespaceImport(decl)) return { module: (decl.parent.parent.moduleSpecifier as ts.StringLiteral).text, exportName: '*' };
    if (ts.isImportSpecifier(decl)) {
      return { module: (decl.parent.parent.parent.moduleSpecifier as ts.StringLiteral).text, exportName: (decl.propertyName ?? decl.name).text };
    }
    if (ts.isVariableDeclaration(decl) && decl.initializer) {
      const init = stripParens(decl.initializer);
      if (ts.isCallExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === 'require'
        && init.arguments[0] && ts.isStringLiteralLike(init.arguments[0])) return { module: init.arguments[0].text, exportName: 'default' };
    }
    return undefined;
  }

  private readonly inputUsesByFunction = new Map<ts.Node, Map<string, ts.PropertyAccessExpression[]>>();

  /**
   * `const { time, ticket, title, user } = request.body; console.log(request.body)`: the function takes the body apart
   * into names, none of them personal or free text, so logging it whole logs those fields. Only when every other use of
   * the same expression in the function is such a destructuring or a log's own argument (a body spread, forwarded or
   * stored whole may hold more than the names say). One walk per function, done once.
   */
  private destructuredIntoNonPersonalNames(node: ts.Expression): boolean {
    if (!ts.isPropertyAccessExpression(node) || !ts.isIdentifier(node.expression)) return false;
    const fn = ts.findAncestor(node.parent, ts.isFunctionLike);
    if (!fn) return false;
    let uses = this.inputUsesByFunction.get(fn);
    if (!uses) {
      const found = new Map<string, ts.PropertyAccessExpression[]>();
      walkTree(fn, (n) => {
        if (ts.isPropertyAccessExpression(n) && ts.isIdentifier(n.expression)) {
          const key = n.getText(this.sourceFile);
          const list = found.get(key);
          if (list) list.push(n); else found.set(key, [n]);
        }
      });
      uses = found;
      this.inputUsesByFunction.set(fn, uses);
    }
    const root = this.scope.resolve(node.expression);
    let destructured = false;
    for (const use of uses.get(node.getText(this.sourceFile)) ?? []) {
      if (use === node || this.scope.resolve(use.expression as ts.Identifier) !== root) continue;
      let up: ts.Node = use.parent;
      while (ts.isParenthesizedExpression(up) || ts.isAsExpression(up) || ts.isSatisfiesExpression(up) || ts.isAwaitExpression(up)) up = up.parent;
      if (ts.isVariableDeclaration(up) && ts.isObjectBindingPattern(up.name)) {
        if (!up.name.elements.every((el) => !el.dotDotDotToken && this.isNonPersonalKey(el))) return false;
        destructured = true;
      } else if (!(ts.isCallExpression(up) && up.arguments.some((a) => stripParens(a) === use) && this.matchSink(up)?.spec.kind === 'log')) {
        return false;
      }
    }
    return destructured;
  }

  /** A key a body is destructured by that names nothing personal (`time`, `ticket`, `title`), nor the customer's words. */
  private isNonPersonalKey(el: ts.BindingElement): boolean {
    const key = propertyNameText(el.propertyName ?? el.name);
    if (!key || (!el.propertyName && !ts.isIdentifier(el.name))) return false;
    return !classifyField(key, this.vocabulary) && !isFreeTextField(key) && !ts.isObjectBindingPattern(el.name) && !ts.isArrayBindingPattern(el.name);
  }

  /** The customer's input as a whole: a request body or query, a submitted form. */
  private inputValue(node: ts.Node): Taint {
    return { value: this.value(node, [{ category: 'input', field: subjectText(node), via: 'name' }]) };
  }

  protected override isInput(t: Taint): boolean {
    return !!t.value && t.value.facts[0]?.category === 'input';
  }

  /** `const teamId = extractTeamId(body)`: an id read out of the customer's input is not what they wrote. */
  private idOfInput(name: string | undefined, t: Taint): Taint | undefined {
    if (!name || !this.isInput(t) || !namesAnId(name)) return undefined;
    return t.params ? { params: t.params } : NONE;
  }

  /**
   * `const conversationId = await conversation.startSession({ user_name })`: what a library call gives back, kept under
   * the name of an id, is the id it made — not the data it was given (which the call, if it sends, reports itself).
   * Only for a call the analysis cannot follow: a project function's returns say what it gives back.
   */
  private idFromLibrary(name: string, decl: ts.VariableDeclaration, t: Taint, env: Env, d: number): Taint | undefined {
    // (`byId`, `usersById`: a map keyed by ids, not an id.)
    if (!namesAnId(name) || splitWords(name)[0] === 'by' || !decl.initializer) return undefined;
    const init = stripParens(decl.initializer);
    if (!ts.isCallExpression(init) || this.resolveFunction(init.expression)) return undefined;
    // `users.reduce(…)`, `records.find(…)`: made from the receiver's data, not given back for it.
    const callee = stripParens(init.expression);
    if (ts.isPropertyAccessExpression(callee) && this.evaluate(callee.expression, env, d).value) return undefined;
    return t.params ? { params: t.params } : NONE;
  }

  /** Where the checker says a property is declared, when that is in the project (not a library): related information. */
  private projectDeclaration(nameNode: ts.Node): ts.Declaration | undefined {
    const decl = this.checker?.getSymbolAtLocation(nameNode)?.valueDeclaration;
    if (!decl) return undefined;
    const file = decl.getSourceFile().fileName;
    return /[\\/]node_modules[\\/]/.test(file) || this.project.program?.isSourceFileDefaultLibrary(decl.getSourceFile()) ? undefined : decl;
  }

  /** The keys an element access's key can be, when the checker knows it is one of some string literals. */
  private literalKeys(key: ts.Expression): string[] | undefined {
    const checker = this.checker;
    if (!checker || ts.isNumericLiteral(key)) return undefined;
    const type = checker.getTypeAtLocation(key);
    const parts = type.isUnion() ? type.types : [type];
    if (!parts.length || parts.length > 8 || !parts.every((t) => t.isStringLiteral())) return undefined;
    return parts.map((t) => (t as ts.StringLiteralType).value);
  }

  /** `server.address()`, or a variable given only that: a socket's or a server's own `AddressInfo`. */
  private holdsSocketAddress(object: ts.Expression): boolean {
    const isAddressCall = (x: ts.Expression): boolean => {
      const c = stripParens(x);
      return ts.isCallExpression(c) && c.arguments.length === 0 && ts.isPropertyAccessExpression(c.expression)
        && c.expression.name.text === 'address';
    };
    const e = stripParens(object);
    if (isAddressCall(e)) return true;
    if (!ts.isIdentifier(e)) return false;
    const decl = this.scope.resolve(e);
    return !!decl && ts.isVariableDeclaration(decl) && !!decl.initializer && isAddressCall(decl.initializer)
      && ts.isIdentifier(decl.name) && (this.assignments.get(decl.name.text) ?? []).every(isAddressCall);
  }

  private readonly usedAsIdCache = new Map<ts.Node, boolean>();

  /**
   * Whether the code uses a variable as an id where it is in scope: the value of an id's key in an object it writes
   * (`{ _id: user }`, `{ userId: user }`, `where: { id: member }`). A variable named for a person that is looked up by
   * holds the id, not the record.
   */
  private usedAsId(decl: ts.ParameterDeclaration | ts.VariableDeclaration): boolean {
    const known = this.usedAsIdCache.get(decl);
    if (known !== undefined) return known;
    let found = false;
    const name = ts.isIdentifier(decl.name) ? decl.name.text : undefined;
    const scope = name ? ts.findAncestor(decl.parent, (n) => ts.isFunctionLike(n) || ts.isSourceFile(n)) : undefined;
    const body = scope && (ts.isSourceFile(scope) ? scope : (scope as ts.FunctionLikeDeclaration).body);
    const visit = (n: ts.Node): void => {
      if (found) return;
      if (ts.isPropertyAssignment(n) && ts.isIdentifier(n.initializer) && n.initializer.text === name) {
        const key = propertyNameText(n.name);
        if (key && (key === '_id' || namesAnId(key)) && this.scope.resolve(n.initializer) === decl) { found = true; return; }
      }
      ts.forEachChild(n, visit);
    };
    if (body && !ts.isSourceFile(body)) visit(body);
    this.usedAsIdCache.set(decl, found);
    return found;
  }

  private readonly localParams = new Map<ts.ParameterDeclaration, boolean>();

  /**
   * Whether a parameter of a function only this file calls is given nothing personal at any call: the function is
   * not exported and every mention of its name is a call of it (none passes it on, as a callback or an export), and
   * what each call passes there holds no person's value, nor a parameter that may (judged the same way).
   */
  private onlyGivenNonPersonal(param: ts.ParameterDeclaration): boolean {
    const known = this.localParams.get(param);
    if (known !== undefined) return known;
    // In progress: a cycle of calls says nothing either way.
    this.localParams.set(param, false);
    const fn = param.parent;
    const index = fn.parameters.indexOf(param);
    const calls = ts.isIdentifier(param.name) && !param.dotDotDotToken ? this.localCallsOf(fn) : undefined;
    const ok = !!calls?.length && calls.every((call) => {
      if (call.arguments.slice(0, index + 1).some((a) => ts.isSpreadElement(a))) return false;
      const arg = call.arguments[index];
      if (!arg) return true;
      const t = this.evaluateWithParams(arg);
      return !t.value && [...(t.params ?? [])].every((p) => this.onlyGivenNonPersonal(p));
    });
    this.localParams.set(param, ok);
    return ok;
  }

  /** The calls of a function that only this file calls (see `onlyGivenNonPersonal`), or `undefined`. */
  private localCallsOf(fn: ts.SignatureDeclaration): ts.CallExpression[] | undefined {
    const holder = ts.isFunctionDeclaration(fn) ? fn
      : (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(fn.parent) && fn.parent.initializer === fn
        ? fn.parent : undefined;
    if (!holder?.name || !ts.isIdentifier(holder.name)) return undefined;
    const statement = ts.isVariableDeclaration(holder) ? holder.parent.parent : holder;
    if (ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword
      || m.kind === ts.SyntaxKind.DefaultKeyword)) return undefined;
    const name = holder.name.text;
    const calls = (this.callsByName.get(name) ?? []).filter((c) => {
      const callee = stripParens(c.expression);
      return ts.isIdentifier(callee) && this.scope.resolve(callee) === holder;
    });
    const escaped = name.replace(/\$/g, '\\$');
    const mentions = this.sourceFile.text.match(new RegExp(`(?<![\\w$])${escaped}(?![\\w$])`, 'g'))?.length ?? 0;
    return mentions === calls.length + 1 ? calls : undefined;
  }

  /**
   * `const { token, expiresAt } = await createDataroomSession(…)`, `const { token } = session`: the token of a session,
   * destructured from what a call named for a session returns or from a value named for one.
   */
  private destructuredSessionToken(name: string, decl: Declaration | undefined): FieldMatch | undefined {
    if (!decl || !ts.isBindingElement(decl) || !SESSION_TOKEN_KEYS.has(propertyNameText(decl.propertyName ?? decl.name) ?? name)) return undefined;
    const holder = destructuredHolder(decl);
    let init = holder?.init && stripParens(holder.init);
    while (init && ts.isAwaitExpression(init)) init = stripParens(init.expression);
    // (`ownerName` of a callee is the function's name: `createDataroomSession`, `auth.createSession`.)
    const owner = init && ownerName(ts.isCallExpression(init) ? init.expression : init);
    return owner && namesSession(owner) ? SESSION_TOKEN_FIELD : undefined;
  }

  /** A variable or parameter whose own name is a personal field (`email`, `customerName`, `kojinBango`). */
  private nameTaint(node: ts.Identifier, name: string, decl: Declaration | undefined, env: Env, d: number): Taint | undefined {
    const field = classifyField(name, this.vocabulary) ?? this.destructuredSessionToken(name, decl);
    if (!field) return undefined;
    // `import jwt from 'jsonwebtoken'`, `const jwt = require('jsonwebtoken')`: a module, not a token.
    if (field.category === 'sessionToken' && decl && isModuleBinding(decl)) return undefined;
    // `deviceId` in a WebRTC client (`getUserMedia({ video: { deviceId } })`): the camera or microphone picked.
    if (field.category === 'onlineIdentifier' && this.isMediaDeviceId(name)) return undefined;
    // `performSignUp(testEmail, testPassword)` of a function only this file calls, every call giving a made-up
    // address or none of a person's: the parameter's name says no more than its callers do.
    if (decl && ts.isParameter(decl) && this.onlyGivenNonPersonal(decl)) return undefined;
    // `server.listen({ port }, (err, address) => …)`: the address the server itself listens on.
    if (decl && ts.isParameter(decl) && isListenCallbackParameter(decl)) return undefined;
    // `const ip = await getPublicIpWithFallback()`: the machine's own address, looked up without a request.
    if (field.category === 'onlineIdentifier' && decl && ts.isVariableDeclaration(decl) && decl.initializer
      && isOwnAddressLookup(decl.initializer)) return undefined;
    // `const username = generateHumanReadableId()`, `const handle = nanoid()`: a generated id, whatever it is called.
    // (A session token is generated: `const sessionToken = randomUUID()` is what signs the customer in.)
    if (field.category !== 'sessionToken' && decl && ts.isVariableDeclaration(decl) && decl.initializer
      && isIdGeneratorCall(decl.initializer)) return undefined;
    // `for (const email of (await ses.listIdentities({})).Identities)`: the company's verified senders.
    if (field.category === 'contact' && decl && ts.isVariableDeclaration(decl) && this.fromSenderIdentityApi(node, undefined, 0)) return undefined;
    // `const emailAddress = \`${generateId()}@${config.intakeDomain}\``: a mailbox the app makes up, not a person's.
    if ((field.category === 'contact' || field.category === 'address') && decl && ts.isVariableDeclaration(decl) && decl.initializer
      && this.isGeneratedMailbox(decl.initializer)) return undefined;
    // `const addresses = []` in `resolveHostAddresses(hostname)`: a bare `address` in a function named for the
    // addresses of a host, a server or a socket (which its name does not call personal) is that machine's.
    if (field.category === 'address' && !field.qualifiers?.length && decl && inNetworkAddressFunction(decl)) return undefined;
    // `const SUPPORT_EMAIL = 'help@…'`, `const from = process.env.MAIL_FROM`: the company's constants and settings.
    if (decl && ts.isVariableDeclaration(decl) && decl.initializer && isCompanyConstant(decl.initializer)
      && !this.assignments.has(name)) return undefined;
    // `for (const email of TEST_EMAILS)` with `const TEST_EMAILS: string[] = []`: each is one of the code's constants.
    if (decl && ts.isVariableDeclaration(decl) && !decl.initializer && this.iteratesCompanyConstant(decl)) return undefined;
    // The same constant imported from the module that declares it (`import { FORWARD_FROM_EMAIL } from './utils'`).
    if (decl && (ts.isImportSpecifier(decl) || ts.isImportClause(decl))) {
      const imported = this.importedDeclaration(decl);
      const v = imported?.decl;
      if (v && ts.isVariableDeclaration(v) && v.initializer && ts.isVariableDeclarationList(v.parent)
        && (v.parent.flags & ts.NodeFlags.Const) && isCompanyConstant(v.initializer)) return undefined;
    }
    // `const ip = process.env.VERCEL === '1' ? ipAddress(req) : LOCALHOST_IP` where the caller made `req` up
    // (`new Request(url, { headers: { 'x-forwarded-for': '127.0.0.1' } })`): placeholders, no one's address.
    if (decl && ts.isVariableDeclaration(decl) && decl.initializer && !this.assignments.has(name)
      && this.holdsOnlyPlaceholders(decl.initializer, field.category, env, d)) return undefined;
    // `const email = notification.resendFromEmail.trim()`: a field its owner holds as the company's (`ownersField`),
    // under another name.
    if (decl && ts.isVariableDeclaration(decl) && decl.initializer && !this.assignments.has(name)) {
      const member = memberUnderTextMethods(decl.initializer);
      const read = member && classifyField(member.name.text, this.vocabulary);
      if (member && read && this.ownersField(member.expression, member.name.text, read.category)) return undefined;
    }
    // `const fullName = appendPrefix(name)` in `counter(name, delta)` of a metrics class: a full name made only from a
    // bare `name` that no person gave is that thing's (a metric's, a queue's); what it is made from decides.
    if (field.category === 'name' && !field.needsPerson && decl && ts.isVariableDeclaration(decl) && decl.initializer
      && !this.assignments.has(name) && this.madeFromBareNames(decl.initializer, env, d)) return undefined;
    // `const { CALL_API_USER, SMTP_FROM } = process.env`, `const { userEmail } = erkhetConfig`: settings.
    if (decl && ts.isBindingElement(decl) && destructuredFromSettings(decl)) return undefined;
    // What is destructured is judged by its owner, as a member is (`ownersField`): `const { username, password } =
    // this` in `class StorePayAPI`, `const { address } = company`; and `({ address }: ProxyTarget)` by its type's name.
    if (decl && ts.isBindingElement(decl)) {
      const holder = destructuredHolder(decl);
      if (holder?.init && this.ownersField(holder.init, propertyNameText(decl.propertyName ?? decl.name) ?? name, field.category)) return undefined;
      if (field.category === 'address' && holder?.typeName && namesHostOrBusiness(holder.typeName)) return undefined;
    }
    if (field.needsPerson) {
      // A bare `name` is personal when it was destructured from a person (`const { name } = customer`).
      const fromPerson = !!decl && ts.isBindingElement(decl) && ts.isObjectBindingPattern(decl.parent)
        && ts.isVariableDeclaration(decl.parent.parent) && !!decl.parent.parent.initializer
        && this.isPersonLike(decl.parent.parent.initializer, env, d);
      // An account's handle held in a variable or parameter of its own (`resolveUser(username, host)`,
      // `const acct = \`${username}@${host}\``) is a person's online identifier; one taken from a settings object
      // (`const { username } = smtpConfig`) is not, nor a bare `name`, `handle` or `displayName`.
      if (!fromPerson && !(field.category === 'onlineIdentifier' && isAccountHandleName(name)
        && !!decl && (ts.isParameter(decl) || ts.isVariableDeclaration(decl)) && !this.isSettingsValue(decl))) {
        return undefined;
      }
    }
    if (field.category === 'myNumber' && decl && this.isMyNumberCounter(name, decl)) return undefined;
    if (this.isFlagOrCount(node, name)) return undefined;
    const handleOnly = field.needsPerson && field.category === 'onlineIdentifier' && !(decl && ts.isBindingElement(decl));
    return { value: this.value(node, [{ category: field.category, field: name, via: 'name', ...(handleOnly ? { handleOnly } : {}) }]) };
  }

  /**
   * Whether the data an initializer is made of is only bare names (`name`, `displayName`: a person's only on a
   * person's record) that are not a person's here: a parameter or a variable called so, no person behind it.
   */
  private madeFromBareNames(init: ts.Expression, env: Env, d: number): boolean {
    let names = 0;
    let other = false;
    const visit = (n: ts.Node): void => {
      if (other) return;
      if (ts.isCallExpression(n)) { n.arguments.forEach(visit); if (ts.isPropertyAccessExpression(n.expression)) visit(n.expression.expression); return; }
      if (ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) { other = true; return; }
      if (ts.isIdentifier(n)) {
        const f = classifyField(n.text, this.vocabulary);
        if (f?.category === 'name' && f.needsPerson && !this.isPersonLike(n, env, d + 1)) names++;
        else other = true;
        return;
      }
      if (ts.isFunctionLike(n)) { other = true; return; }
      ts.forEachChild(n, visit);
    };
    visit(init);
    return names > 0 && !other;
  }

  /**
   * An address made of a generated id and a configured domain: `\`${nanoid()}@${config.domain}\``, or with the id
   * held in a `const` given one (`const id = generateId()`) and the domain in the environment or a settings object.
   */
  private isGeneratedMailbox(init: ts.Expression): boolean {
    const e = stripParens(init);
    // (`monitor+${uniqueId}@${domain}`: a fixed beginning of the local part is the app's too.)
    if (!ts.isTemplateExpression(e) || e.head.text.includes('@') || e.templateSpans.length < 2) return false;
    const [local, ...rest] = e.templateSpans;
    if (local.literal.text !== '@') return false;
    const id = stripParens(local.expression);
    const idDecl = ts.isIdentifier(id) ? this.scope.resolve(id) : undefined;
    const generated = isIdGeneratorCall(id) || (!!idDecl && ts.isVariableDeclaration(idDecl) && !!idDecl.initializer
      && this.isConstLike(idDecl) && isIdGeneratorCall(idDecl.initializer));
    return generated && rest.every((span, i) => (i === rest.length - 1 ? span.literal.text === '' : true)
      && (isCompanyConstant(span.expression) || isSettingsRead(span.expression)));
  }

  /**
   * Whether a value (or its property `key`) is part of what an Amazon SES identity API answered (see
   * `SENDER_IDENTITY_METHODS`), followed back through `const`s, `await`, `x ?? {}`, members and elements,
   * `Object.entries/keys/values`, `for … of`, the callbacks of `map`/`forEach`/`filter`…, and a project function's
   * returns (`getIdentities(…)` that maps the answer to `{ email: obj[0], status }`). A few steps at most, asked only
   * of a name that would otherwise be reported.
   */
  fromSenderIdentityApi(expr: ts.Expression, key: string | undefined, depth: number): boolean {
    if (depth > 12) return false;
    const e = stripParens(expr);
    if (ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken
      || e.operatorToken.kind === ts.SyntaxKind.BarBarToken)) return this.fromSenderIdentityApi(e.left, key, depth + 1);
    if (ts.isObjectLiteralExpression(e)) {
      const prop = key !== undefined ? e.properties.find((p) => p.name && propertyNameText(p.name) === key) : undefined;
      return !!prop && ts.isPropertyAssignment(prop) && this.fromSenderIdentityApi(prop.initializer, undefined, depth + 1);
    }
    if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) return this.fromSenderIdentityApi(e.expression, undefined, depth + 1);
    if (ts.isCallExpression(e)) {
      const callee = stripParens(e.expression);
      const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
      if (!method) return false;
      if (ts.isPropertyAccessExpression(callee) && SENDER_IDENTITY_METHODS.has(method)) return true;
      const command = method === 'send' && e.arguments[0] ? stripParens(e.arguments[0]) : undefined;
      if (command && ts.isNewExpression(command) && ts.isIdentifier(command.expression)) return SENDER_IDENTITY_COMMANDS.has(command.expression.text);
      if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === 'Object'
        && ['entries', 'keys', 'values'].includes(method) && e.arguments[0]) return this.fromSenderIdentityApi(e.arguments[0], undefined, depth + 1);
      if (ts.isPropertyAccessExpression(callee) && ELEMENT_METHODS.has(method)) {
        const fn = e.arguments[0] && stripParens(e.arguments[0]);
        if ((method === 'map' || method === 'flatMap') && fn && (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) {
          const returns = this.returnExpressions(fn);
          return returns.length > 0 && returns.every((r) => this.fromSenderIdentityApi(r, key, depth + 1));
        }
        return this.fromSenderIdentityApi(callee.expression, key, depth + 1);
      }
      const target = this.resolveFunction(callee);
      if (!target) return false;
      const returns = target.analysis.returnExpressions(target.fn);
      return returns.length > 0 && returns.every((r) => target.analysis.fromSenderIdentityApi(r, key, depth + 1));
    }
    if (!ts.isIdentifier(e)) return false;
    const decl = this.scope.resolve(e);
    if (!decl) return false;
    if (ts.isVariableDeclaration(decl)) {
      if (ts.isVariableDeclarationList(decl.parent) && ts.isForOfStatement(decl.parent.parent)) {
        return this.fromSenderIdentityApi(decl.parent.parent.expression, key, depth + 1);
      }
      return !!decl.initializer && this.isConstLike(decl) && this.fromSenderIdentityApi(decl.initializer, key, depth + 1);
    }
    // The element a callback is given: `res.Identities.map((obj) => …)`, `Object.entries(a).forEach((obj) => …)`.
    if (ts.isParameter(decl) && decl.parent.parameters[0] === decl && (ts.isArrowFunction(decl.parent) || ts.isFunctionExpression(decl.parent))) {
      const call = decl.parent.parent;
      if (ts.isCallExpression(call) && call.arguments[0] === decl.parent && ts.isPropertyAccessExpression(call.expression)
        && CALLBACK_ELEMENT_METHODS.has(call.expression.name.text)) return this.fromSenderIdentityApi(call.expression.expression, undefined, depth + 1);
    }
    return false;
  }

  /** `return { id: user.id }`, `return userData` of `const userData: T = { … }` filled by assignments we can read. */
  protected isRecordWrittenOut(r: ts.Expression, env: Env, d: number): boolean {
    // A field named like personal data (`email: row.e`) that the flow could not follow: the declared type speaks.
    const unnamed = (keys: Iterable<string>): boolean => [...keys].every((k) => !classifyField(k, this.vocabulary));
    const e = stripParens(r);
    if (ts.isObjectLiteralExpression(e)) {
      return e.properties.every((p) => ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p))
        && unnamed(e.properties.map((p) => (p.name && propertyNameText(p.name)) ?? ''));
    }
    if (!ts.isIdentifier(e)) return false;
    const decl = this.scope.resolve(e);
    if (!decl || !ts.isVariableDeclaration(decl) || !decl.initializer || !this.isConstLike(decl)
      || !ts.isObjectLiteralExpression(stripParens(decl.initializer))) return false;
    const given = this.fieldsGiven(decl, e, env, d);
    return !!given && unnamed(given);
  }

  /**
   * The fields a const's object literal and the later assignments to it (those this call runs) give it
   * (`userData.email = …`); undefined when something else is put into it (a spread, `Object.assign`, a push).
   */
  private fieldsGiven(decl: ts.VariableDeclaration, id: ts.Identifier, env: Env, d: number): Set<string> | undefined {
    const literal = stripParens(decl.initializer!);
    if (!ts.isObjectLiteralExpression(literal)) return undefined;
    const given = new Set<string>();
    for (const p of literal.properties) {
      const name = p.name && propertyNameText(p.name);
      if (!name || ts.isSpreadAssignment(p)) return undefined;
      given.add(name);
    }
    for (const m of this.mutations.get(id.text) ?? []) {
      if (this.scope.resolve(m.root) !== decl) continue;
      const assignment = m.value.parent;
      if (!ts.isBinaryExpression(assignment) || assignment.right !== m.value) return undefined;
      let target: ts.Expression = assignment.left;
      while ((ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) && stripParens(target.expression) !== m.root) {
        target = target.expression;
      }
      const key = ts.isPropertyAccessExpression(target) ? target.name.text
        : ts.isElementAccessExpression(target) && ts.isStringLiteralLike(target.argumentExpression) ? target.argumentExpression.text : undefined;
      if (!key) return undefined;
      if (!this.skippedForCall(m.value, env, d)) given.add(key);
    }
    return given;
  }

  /**
   * `if (options.includeEmail) { … }` in a call that gives the helper no such option (`presentUser(user)`, whose
   * `options` defaults to `{}`), or gives it `false`: the branch does not run in this call.
   */
  private skippedForCall(node: ts.Node, env: Env, d: number): boolean {
    if (!env.bindings.size) return false;
    for (let n: ts.Node = node; n.parent && !ts.isFunctionLike(n); n = n.parent) {
      const p = n.parent;
      if (ts.isIfStatement(p) && p.thenStatement === n && this.flagOffForCall(p.expression, env, d)) return true;
    }
    return false;
  }

  private flagOffForCall(cond: ts.Expression, env: Env, d: number): boolean {
    const c = stripParens(cond);
    if (ts.isBinaryExpression(c) && c.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) {
      return this.flagOffForCall(c.left, env, d) || this.flagOffForCall(c.right, env, d);
    }
    if (!ts.isPropertyAccessExpression(c) || !ts.isIdentifier(stripParens(c.expression)) || d >= MAX_DEPTH) return false;
    const decl = this.scope.resolve(stripParens(c.expression) as ts.Identifier);
    if (!decl || !ts.isParameter(decl)) return false;
    const bound = env.bindings.get(decl);
    if (!bound?.expr) return false;
    const given = bound.analysis.objectLiteralBehind(bound.expr, bound.env, d + 1);
    if (!given || given.literal.properties.some((p) => !ts.isPropertyAssignment(p) && !ts.isShorthandPropertyAssignment(p))) return false;
    const prop = given.literal.properties.find((p) => p.name && propertyNameText(p.name) === c.name.text);
    if (!prop) return true;
    if (!ts.isPropertyAssignment(prop)) return false;
    const v = stripParens(prop.initializer);
    return v.kind === ts.SyntaxKind.FalseKeyword || v.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(v) && v.text === 'undefined');
  }

  /**
   * A record type whose every field the checker knows: none personal by name or type, none free text (`notes`,
   * `message`), none `any`/`unknown` or a string-keyed map, nested records the same (two levels).
   */
  private isNonPersonalShape(t: ts.Type, depth: number): boolean {
    const checker = this.checker!;
    if (!isKnownRecordType(checker, t) || checker.getIndexInfosOfType(t).length || this.typeFacts(t, 0)) return false;
    const props = checker.getPropertiesOfType(t);
    if (!props.length || props.length > 100) return false;
    return props.every((p) => {
      if (isFreeTextField(p.name)) return false;
      const decl = p.valueDeclaration ?? p.declarations?.[0];
      if (!decl) return false;
      const pt = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(p, decl));
      if (pt.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return false;
      if (pt.getCallSignatures().length) return true; // a method: behaviour, not data
      const parts = pt.isUnion() ? pt.types : [pt];
      return parts.every((x) => {
        if (!(x.flags & ts.TypeFlags.Object)) return true; // a scalar: its name was judged with the record's
        if (depth >= 2) return false;
        return checker.isArrayType(x) ? this.isNonPersonalElement(x, depth) : this.isNonPersonalShape(x, depth + 1);
      });
    });
  }

  private isNonPersonalElement(arrayType: ts.Type, depth: number): boolean {
    const el = this.checker!.getTypeArguments(arrayType as ts.TypeReference)[0];
    if (!el) return false;
    if (el.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return false;
    return !(el.flags & ts.TypeFlags.Object) || this.isNonPersonalShape(el, depth + 1);
  }

  /**
   * A handler that validates what it read against a schema with personal fields (`intercomWebhookSchema.parse(body)`,
   * whose contacts have e-mails): the job it was handed is a third party's event the app passed on through its
   * queue, and the body stays the input it was. Asked with types only.
   */
  private parsesPersonalShape(fn: ts.FunctionLikeDeclaration): boolean {
    const checker = this.checker;
    return callsInBody(this.sourceFile, fn).some((call) => {
      const callee = call.expression;
      if (!ts.isPropertyAccessExpression(callee) || !/^(safeParse|parse)(Async)?$/.test(callee.name.text)) return false;
      if (ts.isIdentifier(callee.expression) && callee.expression.text === 'JSON') return false;
      if (ts.isIdentifier(callee.expression) && this.schemaNamesPersonalField(callee.expression, 0)) return true;
      if (!checker) return false;
      const raw = checker.getTypeAtLocation(call);
      return !!this.typeFacts(checker.getAwaitedType(raw) ?? raw, 0);
    });
  }

  /**
   * A handler that validates what it read against a schema the project writes whose fields are all named and none is
   * personal or free text (`CreateBulkActionPayload.safeParse(Object.fromEntries(formData))` with run ids, a region, a
   * flag): the form is that schema's, whatever name the handler gives it.
   */
  private validatesAsNonPersonal(fn: ts.FunctionLikeDeclaration, input: ts.Expression): boolean {
    return callsInBody(this.sourceFile, fn).some((call) => {
      const callee = stripParens(call.expression);
      let schema: ts.Expression | undefined;
      let arg: ts.Expression | undefined = call.arguments[0];
      if (ts.isPropertyAccessExpression(callee) && /^(safeParse|parse)(Async)?$/.test(callee.name.text)) {
        schema = callee.expression;
      } else if (ts.isIdentifier(callee) && /^parseWith[A-Z]/.test(callee.text)) {
        // conform's `parseWithZod(formData, { schema })`.
        const options = call.arguments[1] && stripParens(call.arguments[1]);
        const prop = options && ts.isObjectLiteralExpression(options)
          ? options.properties.find((p) => p.name && propertyNameText(p.name) === 'schema') : undefined;
        schema = prop && ts.isPropertyAssignment(prop) ? prop.initializer : prop && ts.isShorthandPropertyAssignment(prop) ? prop.name : undefined;
      } else {
        arg = undefined;
      }
      if (!schema || !arg || !ts.isIdentifier(stripParens(schema))) return false;
      return this.derivesFrom(arg, input, 0) && this.schemaHoldsOnlyNonPersonalFields(stripParens(schema) as ts.Identifier, 0);
    });
  }

  /** `formData`, `Object.fromEntries(formData)`, `raw` of `const raw = Object.fromEntries(await request.formData())`. */
  private derivesFrom(e: ts.Expression, input: ts.Expression, d: number): boolean {
    const x = stripParens(e);
    if (x === input || (x.pos <= input.pos && input.end <= x.end)) return true;
    if (d > 3) return false;
    if (ts.isAwaitExpression(x)) return this.derivesFrom(x.expression, input, d + 1);
    if (ts.isCallExpression(x) && calleePath(x.expression) === 'Object.fromEntries' && x.arguments[0]) {
      return this.derivesFrom(x.arguments[0], input, d + 1);
    }
    if (!ts.isIdentifier(x)) return false;
    const decl = this.scope.resolve(x);
    return !!decl && ts.isVariableDeclaration(decl) && !!decl.initializer && this.isConstLike(decl)
      && this.derivesFrom(decl.initializer, input, d + 1);
  }

  /** The variable a schema's name declares (here or where it is imported from), with its initializer. */
  private schemaDeclaration(id: ts.Identifier):
    { decl: ts.VariableDeclaration & { initializer: ts.Expression }; analysis: FileAnalysis } | undefined {
    const decl = this.scope.resolve(id);
    if (!decl) return undefined;
    const target = this.importedDeclaration(decl) ?? { decl, analysis: this.analysis as FileAnalysis };
    const v = target.decl;
    if (!ts.isVariableDeclaration(v) || !v.initializer) return undefined;
    return { decl: v as ts.VariableDeclaration & { initializer: ts.Expression }, analysis: target.analysis };
  }

  /**
   * A schema the project writes (`z.object({ mode: …, selectedRunIds: … })`, a union of such) whose keys are all
   * readable and none is personal or free text, in it or in the schemas it names.
   */
  private schemaHoldsOnlyNonPersonalFields(id: ts.Identifier, depth: number): boolean {
    const target = depth > 3 ? undefined : this.schemaDeclaration(id);
    if (!target) return false;
    const v = target.decl;
    let keys = 0;
    let personal = false;
    const named: ts.Identifier[] = [];
    walkTree(v.initializer, (n) => {
      if (personal) return;
      if (ts.isSpreadAssignment(n)) personal = true; // fields from elsewhere, not read here
      if (ts.isPropertyAssignment(n) || ts.isShorthandPropertyAssignment(n)) {
        const key = propertyNameText(n.name);
        if (!key) { personal = true; return; }
        keys++;
        if (classifyField(key, this.vocabulary) || isFreeTextField(key)) personal = true;
        const value = ts.isPropertyAssignment(n) ? stripParens(n.initializer) : n.name;
        if (ts.isIdentifier(value)) named.push(value);
      }
    });
    if (personal || keys === 0) return false;
    // A field whose schema is another of the project's: it must be readable and plain too.
    return named.every((n) => {
      const d = target.analysis.scope.resolve(n);
      const t = d && (target.analysis.importedDeclaration(d)?.decl ?? d);
      if (!t || !ts.isVariableDeclaration(t) || !t.initializer) return false;
      const init = stripParens(t.initializer);
      // `z.enum([...])`, `z.nativeEnum(Kind)`, `z.string()`: a scalar field's schema.
      if (ts.isCallExpression(init) && !init.arguments.some((a) => ts.isObjectLiteralExpression(stripParens(a)))) return true;
      return target.analysis.schemaHoldsOnlyNonPersonalFields(n, depth + 1);
    });
  }

  /**
   * A schema the project writes (`const intercomWebhookSchema = z.object({ … contacts: z.array(contactSchema) })`)
   * with a key named like personal data (`email`), in it or in the schemas it names (a few levels, across imports).
   */
  protected schemaNamesPersonalField(id: ts.Identifier, depth: number): boolean {
    const target = depth > 3 ? undefined : this.schemaDeclaration(id);
    if (!target) return false;
    const v = target.decl;
    let found = false;
    const names: ts.Identifier[] = [];
    walkTree(v.initializer, (n) => {
      if (found) return;
      if (ts.isPropertyAssignment(n) || ts.isShorthandPropertyAssignment(n)) {
        const key = propertyNameText(n.name);
        const field = key ? classifyField(key, this.vocabulary) : undefined;
        if (field && !field.needsPerson) found = true;
      }
      if (ts.isIdentifier(n) && /Schema$/.test(n.text) && n !== v.name) names.push(n);
    });
    return found || names.some((n) => target.analysis.schemaNamesPersonalField(n, depth + 1));
  }

  /**
   * A `deviceId` in a file that picks cameras and microphones (it calls `getUserMedia` or `enumerateDevices`): the
   * id of a media input of this browser, which such code logs and passes around to switch devices.
   */
  private isMediaDeviceId(name: string): boolean {
    const words = splitWords(name);
    if (!(words.includes('device') && (words.includes('id') || words.includes('ids')))) return false;
    return this.mediaDeviceFile ??= /\b(getUserMedia|enumerateDevices|getDisplayMedia)\b/.test(this.sourceFile.text);
  }
  private mediaDeviceFile: boolean | undefined;

  /** The project function an initializer calls, awaited or not (`recordClick(…)`, `await build(user)`). */
  private calledProjectFunction(init: ts.Expression): { fn: FunctionNode; analysis: FileAnalysis } | undefined {
    let e = stripParens(init);
    if (ts.isAwaitExpression(e)) e = stripParens(e.expression);
    return ts.isCallExpression(e) ? this.resolveFunction(stripParens(e.expression)) : undefined;
  }

  /** An initializer that calls a function of the project whose returns can be read. */
  private callsProjectFunction(init: ts.Expression): boolean {
    return !!this.calledProjectFunction(init)?.fn.body;
  }

  /**
   * `const note = await formNoteToNote(formNote)` of `formNoteToNote(): Promise<NoteEntity> { return { id, title, body } }`:
   * a call of a project function whose every return is a record written out, with no personal field named; the
   * declared type may have more fields (`latitude`), but the value holds only those the returns give it.
   */
  private callsFunctionWritingOutRecords(init: ts.Expression): boolean {
    const target = this.calledProjectFunction(init);
    if (!target?.fn.body || !target.fn.type) return false;
    // Asked at every read of such a const: decided once per function.
    let known = writesOutRecordsMemo.get(target.fn);
    if (known === undefined) {
      const returns = reachableReturns(target.analysis, target.fn, EMPTY_ENV);
      known = returns.length > 0 && returns.every((r) => ts.isObjectLiteralExpression(stripParens(r))
        && target.analysis.isRecordWrittenOut(r, EMPTY_ENV, 0));
      writesOutRecordsMemo.set(target.fn, known);
    }
    return known;
  }

  /** A call of a function of the project that declares no return type. */
  private callsUntypedProjectFunction(init: ts.Expression): boolean {
    const target = this.calledProjectFunction(init);
    return !!target && !target.fn.type;
  }

  /**
   * Every part of an initializer is a placeholder: a literal (`''`, `'127.0.0.1'`), a constant holding one
   * (`LOCALHOST_IP`), the company's setting, or what is read off a request the caller made up (`ipAddress(req)`,
   * `req.headers.get('x-forwarded-for')` with `req` bound to `new Request(url, { headers: { … } })`).
   */
  protected holdsOnlyPlaceholders(init: ts.Expression, category: PersonalCategory, env: Env, d: number): boolean {
    // Its own count of steps (names, bindings), not the evaluation's depth: asked deep inside a long flow, the
    // question still has its few steps to take.
    if (d >= MAX_DEPTH) return false;
    const leaves = valueLeaves(init);
    return leaves.length > 0 && leaves.every((leaf) => this.isPlaceholderPart(stripParens(leaf), category, env, 0));
  }

  /** A name (`geo`) given only placeholders (see `holdsOnlyPlaceholders`), in this call. */
  private holdsOnlyPlaceholdersByName(object: ts.Expression, env: Env, d: number): boolean {
    const e = stripParens(object);
    if (!ts.isIdentifier(e)) return false;
    const decl = this.scope.resolve(e);
    return !!decl && ts.isVariableDeclaration(decl) && !!decl.initializer && this.isConstLike(decl)
      && !this.assignments.has(e.text) && this.holdsOnlyPlaceholders(decl.initializer, 'onlineIdentifier', env, d);
  }

  private isPlaceholderPart(e: ts.Expression, category: PersonalCategory, env: Env, d: number): boolean {
    if (isPlaceholderLiteral(e, category)) return true;
    if (this.isFakeData(e)) return true;
    if (ts.isIdentifier(e)) {
      const decl = this.scope.resolve(e);
      if (!decl) return false;
      const target = this.importedDeclaration(decl) ?? { decl, analysis: this.analysis as FileAnalysis };
      const v = target.decl;
      if (!(ts.isVariableDeclaration(v) && !!v.initializer && ts.isVariableDeclarationList(v.parent)
        && !!(v.parent.flags & ts.NodeFlags.Const))) return false;
      const init = stripParens(v.initializer);
      // `LOCALHOST_IP = '…'`, and a record of such constants (`LOCALHOST_GEO_DATA = { city: '…', latitude: '…' }`);
      // `const firstName = faker.person.firstName()`.
      return isPlaceholderLiteral(init, category) || isCompanyConstant(init) || target.analysis.isFakeData(init)
        || (ts.isObjectLiteralExpression(init) && init.properties.every((p) => ts.isPropertyAssignment(p) && isCompanyConstant(p.initializer)));
    }
    if ((ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) && isEnvironment(e.expression)) return true;
    if (ts.isCallExpression(e) && e.arguments.length) {
      // `ipAddress(req)`: every argument is a made-up request or a literal.
      const args = e.arguments.every((a) => ts.isStringLiteralLike(stripParens(a)) || this.resolvesToMadeUpRequest(a, env, d + 1));
      if (args && e.arguments.some((a) => !ts.isStringLiteralLike(stripParens(a)))) return true;
      // `req.headers.get('x-forwarded-for')`: read off a made-up request.
      let root: ts.Expression = stripParens(e.expression);
      while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root) || ts.isCallExpression(root)) root = stripParens(root.expression);
      return root !== stripParens(e.expression) && this.resolvesToMadeUpRequest(root, env, d + 1);
    }
    return false;
  }

  /** The value is (bound to, or a const holding) a request the code made up (see `isMadeUpRequest`). */
  protected resolvesToMadeUpRequest(e: ts.Expression, env: Env, d: number): boolean {
    e = stripParens(e);
    if (ts.isAwaitExpression(e)) e = stripParens(e.expression);
    if (d >= MAX_DEPTH) return false;
    if (isMadeUpRequest(e)) return true;
    if (!ts.isIdentifier(e)) return false;
    const decl = this.scope.resolve(e);
    if (!decl) return false;
    if (ts.isParameter(decl)) {
      const bound = env.bindings.get(decl);
      return !!bound?.expr && bound.analysis.resolvesToMadeUpRequest(bound.expr, bound.env, d + 1);
    }
    if (ts.isBindingElement(decl) && ts.isObjectBindingPattern(decl.parent) && ts.isParameter(decl.parent.parent)) {
      // `function recordClick({ req, … })` called with `{ req: dummyRequest, … }`.
      const bound = env.bindings.get(decl.parent.parent);
      if (!bound?.expr || decl.dotDotDotToken) return false;
      const key = propertyNameText(decl.propertyName ?? decl.name);
      const literal = bound.analysis.objectLiteralBehind(bound.expr, bound.env, d + 1);
      const prop = literal?.literal.properties.find((p) => propertyNameText(p.name) === key);
      if (!literal || !prop) return false;
      if (ts.isPropertyAssignment(prop)) return literal.analysis.resolvesToMadeUpRequest(prop.initializer, literal.env, d + 1);
      if (ts.isShorthandPropertyAssignment(prop)) return literal.analysis.resolvesToMadeUpRequest(prop.name, literal.env, d + 1);
      return false;
    }
    if (ts.isVariableDeclaration(decl) && decl.initializer && this.isConstLike(decl)) {
      return this.resolvesToMadeUpRequest(decl.initializer, env, d + 1);
    }
    return false;
  }

  /** Whole records named after a person (`customer`, `users`) when no type tells us what they hold. */
  private personRecordByName(id: ts.Identifier, decl: Declaration): boolean {
    const words = headPhrase(splitWords(id.text));
    const last = words[words.length - 1];
    if (!last || !PERSON_RECORD_NOUNS.has(last)) return false;
    // `isGuestUser`, `hasMembers`: a question about people, not their records.
    if (isPredicateName(id.text)) return false;
    // `function userCanReadOtherUser(…)`, `const createUser = (…) => …`, `const x: MiddlewareFunction<…> = …`: a
    // function, not a record (here or where it is imported from).
    if (declaresFunction(decl)) return false;
    // `findOne({ _id: user })`: what the code looks a record up by is its id.
    if ((ts.isParameter(decl) || ts.isVariableDeclaration(decl)) && this.usedAsId(decl)) return false;
    if (ts.isImportSpecifier(decl) || ts.isImportClause(decl)) {
      const imported = this.importedDeclaration(decl)?.decl;
      if (imported && declaresFunction(imported)) return false;
    }
    // `members as string[]` (what a Redis set command returned): the cast says it holds strings, not records.
    if ((ts.isAsExpression(id.parent) || ts.isTypeAssertionExpression(id.parent)) && id.parent.expression === id
      && namesScalars(id.parent.type)) return false;
    if (this.checker) {
      let type = this.checker.getTypeAtLocation(id);
      if (this.checker.isArrayType(type)) type = this.checker.getTypeArguments(type as ts.TypeReference)[0] ?? type;
      if (!(type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown))) return false; // the type decides
    }
    const annotation = (ts.isParameter(decl) || ts.isVariableDeclaration(decl)) ? decl.type : undefined;
    if (annotation && !this.syntacticTypeFacts(annotation, 0)) {
      // Annotated with a type whose fields we can see and none is personal: trust the type.
      if (this.typeNodeIsKnown(annotation)) return false;
    }
    // `const customer = req.params.customerId`: what it was given says it holds an id, not a person.
    if (ts.isVariableDeclaration(decl) && decl.initializer && holdsIdOrLiteral(decl.initializer)) return false;
    // `let user; … user = hasher.digest('hex')`: a variable only ever given digests, ids or literals.
    if (ts.isVariableDeclaration(decl) && !decl.initializer && ts.isIdentifier(decl.name)) {
      const given = (this.assignments.get(decl.name.text) ?? []).filter((a) => {
        const left = (a.parent as ts.BinaryExpression).left;
        return ts.isIdentifier(left) && this.scope.resolve(left) === decl;
      });
      if (given.length && given.every((a) => holdsIdOrLiteral(a) || isDigestCall(a))) return false;
    }
    // `const currentUsers = (org.members?.length || 0) + (org.invites?.length || 0)`: a sum, a count of people.
    if (ts.isVariableDeclaration(decl) && decl.initializer && isArithmetic(decl.initializer)) return false;
    // `const { CALL_API_USER } = process.env`: a setting; `const apiUser = CALL_API_USER`: a constant's or a setting's.
    if (ts.isBindingElement(decl) && destructuredFromSettings(decl)) return false;
    if (ts.isVariableDeclaration(decl) && decl.initializer && ts.isIdentifier(stripParens(decl.initializer))
      && SCREAMING_CASE.test((stripParens(decl.initializer) as ts.Identifier).text)) return false;
    // `const members = [...query.measures, ...query.dimensions].filter(…)`: built here from parts that were looked at.
    if (ts.isVariableDeclaration(decl) && decl.initializer && isBuiltHere(decl.initializer)) return false;
    // `const dbUser = process.env.DB_USER`, `const smtpUser = config.smtp.user`: a setting, not a person.
    if (ts.isVariableDeclaration(decl) && this.isSettingsValue(decl)) return false;
    return true;
  }

  private personRecord(id: ts.Identifier): Taint {
    return { value: this.value(id, [{ category: 'name', field: id.text, via: 'person' }]) };
  }

  /**
   * `customers.forEach(c => …)`: `c` is an element of `customers`; in `customers.reduce((acc, c) => …, init)`, `c` is an
   * element and `acc` holds what `init` and the callback put into it (`acc.push(c.email)`).
   */
  private callbackElementTaint(param: ts.ParameterDeclaration, env: Env, d: number): Taint | undefined {
    const fn = param.parent;
    if (!(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) return undefined;
    const call = fn.parent;
    if (!ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression) || call.arguments[0] !== fn) return undefined;
    const method = call.expression.name.text;
    const reduce = method === 'reduce' || method === 'reduceRight';
    if (!CALLBACK_ELEMENT_METHODS.has(method) && !reduce) return undefined;
    const index = fn.parameters.indexOf(param);
    if (reduce && index === 0) {
      const parts = call.arguments[1] ? [this.evaluate(call.arguments[1], env, d)] : [];
      const name = ts.isIdentifier(param.name) ? param.name.text : undefined;
      for (const m of (name && this.mutations.get(name)) || []) {
        if (this.scope.resolve(m.root) === param) parts.push(this.evaluate(m.value, env, d));
      }
      return this.merge(parts);
    }
    if (index !== (reduce ? 1 : 0)) return undefined;
    const t = this.evaluate(call.expression.expression, env, d);
    return t.value ? t : undefined;
  }

  private evaluateCall(call: ts.CallExpression, env: Env, d: number): Taint {
    const callee = stripParens(call.expression);
    const pathText = calleePath(callee);
    const last = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
    if (last && this.sanitizers.has(last)) return NONE;
    if (pathText && this.sanitizers.has(pathText)) return NONE;
    // `os.userInfo()`: the operating-system account the server runs as, not a person using the app.
    if (pathText === 'os.userInfo') return NONE;
    // `getEnv('ADMIN_EMAIL', { isRequired: false })`, `config.get('smtp.from')`: a setting of the deployment, whatever
    // the reader's body looks it up in (an object of every setting, typed with the support address among them).
    if (isCompanyConstant(call)) return NONE;
    if (isInputCall(call, this.checker) && !(ts.isPropertyAccessExpression(callee) && this.isOutgoingResponse(callee.expression))) {
      // A body accepted only with a job queue's signature is the app's own job (what it enqueued), not the customer's.
      const fn = ts.findAncestor(call.parent, (n): n is ts.FunctionLikeDeclaration => ts.isFunctionDeclaration(n)
        || ts.isFunctionExpression(n) || ts.isArrowFunction(n) || ts.isMethodDeclaration(n));
      if (fn && acceptsOnlyOwnJobs(fn, this.sourceFile) && !this.parsesPersonalShape(fn)) return NONE;
      if (fn && this.validatesAsNonPersonal(fn, call)) return NONE;
      return this.inputValue(call);
    }
    // Declared in the config (`functions`): what the team says the function does decides.
    const declaredRole = declaredValueRole(this.analysis, call);
    if (declaredRole === 'sanitizer') return NONE;
    if (declaredRole === 'source') return this.inputValue(call);
    if (declaredRole === 'pass-through') return this.merge(call.arguments.map((a) => this.evaluate(a, env, d)));
    if ((pathText && PASS_THROUGH_FUNCTIONS.has(pathText)) || this.isLibraryPassThrough(callee)) {
      return this.merge(call.arguments.map((a) => this.evaluate(a, env, d)));
    }
    if (ts.isPropertyAccessExpression(callee)) {
      const method = callee.name.text;
      if (NON_PERSONAL_METHODS.has(method)) return NONE;
      // `clickEventSchemaTB.parse({ ...clickData, bot: 0 })`: a validator gives back at most what it was given.
      if (isParseOfLiteral(call)) return this.evaluate(call.arguments[0], env, d);
      // `params.get('team_id')`, `formData.get('email')`, `headers.get('x-request-id')`: one field, judged by its name
      // as `params.team_id` is (a `Map`'s entry is the map's data, and stays so).
      const key = call.arguments[0];
      if (method === 'get' && call.arguments.length === 1 && ts.isStringLiteralLike(key) && !this.isMapLike(callee.expression)) {
        return this.evaluateMember(call, callee.expression, key.text, key, env, d);
      }
      // `rows.reduce((sum, r) => sum + r.count, 0)`: what the callback returns and the initial value, not the rows.
      if ((method === 'reduce' || method === 'reduceRight') && call.arguments[0]) {
        const fn = stripParens(call.arguments[0]);
        if (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) {
          const parts = this.returnExpressions(fn).map((r) => this.evaluate(r, env, d));
          if (call.arguments[1]) parts.push(this.evaluate(call.arguments[1], env, d));
          return this.merge(parts);
        }
      }
      if ((method === 'map' || method === 'flatMap') && call.arguments[0]) {
        const fn = stripParens(call.arguments[0]);
        if (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) {
          const parts = this.returnExpressions(fn).map((r) => this.evaluate(r, env, d));
          return this.merge(parts);
        }
      }
      // `email.split('@').pop()`: the domain of an address is the company's or the provider's, not the person.
      if ((method === 'pop' || (method === 'at' && call.arguments[0] && /^-/.test(call.arguments[0].getText())))
        && isSplitAtSign(this.constInitializer(callee.expression))) return NONE;
      // `email.slice(email.indexOf('@') + 1)`: what follows the `@`, the domain.
      if ((method === 'slice' || method === 'substring' || method === 'substr') && call.arguments[0]
        && this.isAfterAtIndex(call.arguments[0])) return NONE;
      if (PASS_THROUGH_METHODS.has(method)) {
        const parts = [this.evaluate(callee.expression, env, d)];
        if (method === 'concat' || method === 'replace') parts.push(...call.arguments.map((a) => this.evaluate(a, env, d)));
        const t = this.merge(parts);
        if (t.value) return t;
      }
    }
    // `client.query("SELECT id, name, furigana FROM patients …")`: rows of the personal columns the query selects.
    const selected = last && SQL_QUERY_METHODS.has(last) ? this.selectedColumns(call) : undefined;
    if (selected) return { value: this.value(call, selected) };
    if (last && DIGEST_FUNCTION.test(last)) return NONE;
    // `user.getSessionToken(expires)`, `issueAccessToken(user.id)`: a token that signs a person in.
    const issued = last ? this.issuedSessionToken(call, callee, last, env, d) : undefined;
    // A function of this project: what its returns carry, with its parameters bound to the arguments.
    const target = this.resolveFunction(callee);
    if (target) {
      const boundEnv = target.analysis.bind(target.fn, call.arguments, this.analysis, env);
      const parts = reachableReturns(target.analysis, target.fn, boundEnv).map((r) => target.analysis.evaluate(r, boundEnv, d));
      const t = this.merge(parts);
      if (t.value) return this.idOfInput(last, t) ?? this.at(call, t);
      if (issued) return issued;
      if (t.params) return { params: t.params };
      // A project function we can read: its returns decide (its declared type may still say more; a type the
      // checker infers from those returns says no more than they do, and less precisely: all of them at once).
      // Returns that are records written out here (a literal, or a const given one and fields assigned to it): they
      // say all the value holds, whatever else the declared type allows (`email?:` that this call never sets).
      const returns = reachableReturns(target.analysis, target.fn, boundEnv);
      if (target.fn.type && returns.length && returns.every((r) => target.analysis.isRecordWrittenOut(r, boundEnv, d))) return NONE;
      return target.fn.type ? (this.typeTaint(call) ?? NONE) : NONE;
    }
    const picked = this.pathGetterTaint(call, callee, env, d);
    if (picked) return picked;
    const typed = this.typeTaint(call);
    if (typed) return typed;
    if (issued) {
      const carried = this.unknownCallTaint(call, callee, env, d);
      return carried.value ? carried : issued;
    }
    return this.unknownCallTaint(call, callee, env, d);
  }

  /**
   * A call named for issuing a session, access or refresh token (`getSessionToken`, `createAccessToken`, `jwt`) for a
   * person: on a person's record (`user.getSessionToken(…)`) or given one or their id (`issueToken(user.id)`). Its
   * result signs that person in, whatever it is made of.
   */
  private issuedSessionToken(call: ts.CallExpression, callee: ts.Expression, name: string, env: Env, d: number): Taint | undefined {
    const words = splitWords(name);
    const rest = words.length > 1 && TOKEN_ISSUING_VERBS.has(words[0]) ? words.slice(1) : words;
    if (classifyField(rest.join('_'), this.vocabulary)?.category !== 'sessionToken') return undefined;
    const subjects = [...call.arguments, ...(ts.isPropertyAccessExpression(callee) ? [callee.expression] : [])];
    const forPerson = subjects.some((s) => namesPersonOrTheirId(s) || this.isPersonLike(s, env, d));
    return forPerson ? { value: this.value(call, [{ category: 'sessionToken', field: name, via: 'name' }]) } : undefined;
  }

  /**
   * `_.get(req, 'body.email')`, ramda's `path(['clientId'], req.body)`, `prop('email', user)`: one field, picked by a
   * constant path, as the member expression it stands for — not the whole object it is read from.
   */
  private pathGetterTaint(call: ts.CallExpression, callee: ts.Expression, env: Env, d: number): Taint | undefined {
    const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
    if (!name || !PATH_GETTERS.has(name)) return undefined;
    const root = rootIdentifier(callee);
    const from = root ? this.moduleOfName(root)?.module : undefined;
    if (!from || !UTILITY_MODULES.test(from)) return undefined;
    const args = call.arguments;
    // lodash: get(object, path); lodash/fp, ramda, rambda: get(path, object), path(path, object); …Or: (default, path, object).
    const dataLast = !/^lodash(-es)?(\/get)?$/.test(from) || name !== 'get';
    const [pathArg, obj] = name.endsWith('Or') ? [args[1], args[2]] : dataLast ? [args[0], args[1]] : [args[1], args[0]];
    const keys = pathArg && constantPath(pathArg);
    if (!keys || !obj) return undefined;
    const last = keys.filter((k) => !/^[0-9]+$/.test(k)).pop();
    if (!last) return undefined;
    const field = classifyField(last, this.vocabulary);
    if (field && !field.needsPerson) return { value: this.value(call, [{ category: field.category, field: last, via: 'name' }]) };
    // `_.get(req, 'body')`: the request's body, whole, as `req.body` is.
    if (keys.length === 1 && isInputMember(obj, keys[0], this.checker) && !this.isOutgoingResponse(obj)) return this.inputValue(call);
    const base = this.evaluate(obj, env, d);
    if (this.isInput(base)) return isFreeTextField(last) ? { value: this.value(call, [], base.value) } : NONE;
    if (base.value) return this.nestedMember(call, base, keys.join('.')) ?? (field ? { value: this.value(call, [{ category: field.category, field: last, via: 'name' }]) } : NONE);
    return base.params ? { params: base.params } : NONE;
  }

  /**
   * A call to code outside the project (`dayjs(c.birthDate).format()`, `normalizeEmail(c.email)`,
   * `repo.save(user)`): its result is taken to carry what went in — a formatted date of birth is still one —
   * unless it is a boolean or a number (by type, or by a name like `isValidEmail`), or the callee is a sanitizer.
   */
  private unknownCallTaint(call: ts.CallExpression, callee: ts.Expression, env: Env, d: number): Taint {
    const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
    // `jwt.sign(user, secret)`, `this.jwtService.sign(payload)`: a JSON Web Token is signed, not encrypted; its
    // payload is there for anyone holding the token to read (base64), so the token carries what was signed.
    if (call.arguments[0] && this.isJwtSign(callee, name)) return this.evaluate(call.arguments[0], env, d);
    // jose: `await new SignJWT({ email }).setProtectedHeader({ alg }).setExpirationTime('2h').sign(key)`.
    const joseClaims = name === 'sign' ? this.joseClaims(callee) : undefined;
    if (joseClaims) return this.evaluate(joseClaims, env, d);
    if (name && NON_PERSONAL_RESULT.test(name)) return NONE;
    if (this.isFakeData(call)) return NONE;
    // What a sink returns (an HTTP response, a logger's `void`) is not what was sent, unless the catalogue says the
    // call gives back the record it made (`stripe.customers.create` returns the customer).
    const sink = this.matchSink(call);
    if (sink) {
      if (sink.method && sink.spec.returnsRecord?.includes(sink.method)) return this.merge(call.arguments.map((a) => this.evaluate(a, env, d)));
      // `const info = await transporter.sendMail({ to: user.email, … }); logger.info(info)`: the result's envelope
      // holds whom it went to.
      if (sink.method && sink.spec.returnsRecipients?.includes(sink.method) && call.arguments[0]) {
        const message = this.objectLiteralBehind(call.arguments[0], env, d);
        if (!message) return NONE;
        return this.merge((sink.spec.recipientFields ?? []).map((key) => message.analysis.literalMember(message.literal, key, undefined, message.env, d + 1) ?? NONE));
      }
      return NONE;
    }
    // `await ingest(rows)`, `sendInvite(user)`, `client.publish(event)`: a call named for sending gives back a receipt.
    if (name && SENDING_CALL.test(name)) return NONE;
    // `const { fetch } = ctx; const res = await fetch(endpoint, { body })`: a fetch however it was handed in (a
    // function's context, a polyfill) gives back the server's reply, not the request.
    if (name === 'fetch') return NONE;
    if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)
      && NON_PERSONAL_NAMESPACES.has(callee.expression.text)) return NONE;
    // A digest, a token, an id or a URL made from personal data does not carry it.
    if (name && (NON_CARRYING_RESULT.test(name) || namesAnId(name))) return NONE;
    if (this.checker) {
      const raw = this.checker.getTypeAtLocation(call);
      const t = this.checker.getAwaitedType(raw) ?? raw;
      if (t.flags & (ts.TypeFlags.BooleanLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BigIntLike | ts.TypeFlags.Void
        | ts.TypeFlags.Undefined | ts.TypeFlags.Never | ts.TypeFlags.Null | ts.TypeFlags.EnumLike)) return NONE;
      // A record type the checker knows, with no personal field (its personal fields were looked at before):
      // the result is that record (a status, a page, a response), not the arguments that went in.
      if (isKnownRecordType(this.checker, t)) return NONE;
    }
    // `redis.get(\`preview_session:${sessionToken}\`)`: a store read by a key composed of a prefix and a value gives
    // back what was stored under it, not the key.
    const args = name && KEY_READS.has(name) && call.arguments[0] && isComposedKey(call.arguments[0])
      ? call.arguments.slice(1) : call.arguments;
    const parts = args.map((a, i) => i > 0 && ts.isObjectLiteralExpression(stripParens(a))
      ? withoutCredentials(this.evaluate(a, env, d)) : this.evaluate(a, env, d));
    if (ts.isPropertyAccessExpression(callee)) {
      const receiver = this.evaluate(callee.expression, env, d);
      // `redis.get(key)` on a client made with `{ password }`: what an authenticated client reads is not its password.
      // (`jwt.verify(token)`, `this.jwt.decode(t)`: what a module or service named for tokens gives back is not itself.)
      const onlyCredentials = !!receiver.value
        && receiver.value.facts.every((f) => f.category === 'credential' || f.category === 'sessionToken');
      if (!onlyCredentials && !this.isServiceText(call, receiver)) parts.push(receiver);
    }
    const t = this.merge(parts);
    return t.value ? { value: t.value } : NONE;
  }

  /**
   * `sign` of `jsonwebtoken` (imported by name, default or namespace, or required), and `sign`/`signAsync` of a
   * `@nestjs/jwt` `JwtService` (a receiver named for JWT, or typed `JwtService`).
   */
  private isJwtSign(callee: ts.Expression, name: string | undefined): boolean {
    if (name !== 'sign' && name !== 'signAsync') return false;
    const root = rootIdentifier(callee);
    const from = root ? this.moduleOfName(root)?.module : undefined;
    if (from === 'jsonwebtoken') return name === 'sign';
    if (!ts.isPropertyAccessExpression(callee)) return false;
    const receiver = stripParens(callee.expression);
    const receiverName = ts.isIdentifier(receiver) ? receiver.text : ts.isPropertyAccessExpression(receiver) ? receiver.name.text : '';
    if (/^_?jwt(Service)?$/i.test(receiverName)) return true;
    return !!this.checker && this.checker.getTypeAtLocation(receiver).getSymbol()?.name === 'JwtService';
  }

  /** `new URL(…)`, directly or as a const's initializer, or of the checker's type `URL`. */
  private isUrlObject(object: ts.Expression): boolean {
    const e = this.constInitializer(object);
    if (ts.isNewExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'URL') return true;
    return !!this.checker && this.checker.getTypeAtLocation(object).getSymbol()?.name === 'URL';
  }

  /** The claims of `new SignJWT(claims)` (jose) at the head of a chain of its setters ending in `.sign(key)`. */
  private joseClaims(callee: ts.Expression): ts.Expression | undefined {
    if (!ts.isPropertyAccessExpression(callee)) return undefined;
    let e = stripParens(callee.expression);
    while (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression)) e = stripParens(e.expression.expression);
    if (!ts.isNewExpression(e) || !ts.isIdentifier(e.expression) || !e.arguments?.[0]) return undefined;
    const from = this.moduleOfName(e.expression);
    return from?.module === 'jose' && from.exportName === 'SignJWT' ? e.arguments[0] : undefined;
  }

  /** The name of an object's type: the checker's, else a parameter's or a variable's declared type reference. */
  private ownerTypeName(object: ts.Expression): string | undefined {
    const e = stripParens(object);
    if (this.checker) {
      const type = this.checker.getNonNullableType(this.checker.getTypeAtLocation(e));
      const sym = type.aliasSymbol ?? type.getSymbol();
      if (sym && !sym.name.startsWith('__')) return sym.name;
    }
    if (!ts.isIdentifier(e)) return undefined;
    const decl = this.scope.resolve(e);
    const type = decl && (ts.isParameter(decl) || ts.isVariableDeclaration(decl)) ? decl.type : undefined;
    return type && ts.isTypeReferenceNode(type) ? (ts.isIdentifier(type.typeName) ? type.typeName.text : type.typeName.right.text) : undefined;
  }

  /**
   * `this.integration.getPastExperimentQuery(params)`: a string a service object's method makes, where the object
   * holds a person's data only inside another object it keeps (its `context.email`): the text is the method's (a query,
   * a key), not that record. The type decides it is text; what the object holds at its top (`user.getFullName()`)
   * still goes into it.
   */
  private isServiceText(call: ts.CallExpression, receiver: Taint): boolean {
    if (!this.checker || !receiver.value) return false;
    if (!receiver.value.facts.every((f) => f.via === 'type' && !!f.path && f.path.includes('.'))) return false;
    const raw = this.checker.getTypeAtLocation(call);
    const t = this.checker.getAwaitedType(raw) ?? raw;
    return !!(t.flags & ts.TypeFlags.StringLike);
  }

  /** Binds a function's parameters to the arguments of one call. */
  /** The function's parameters bound to a call's arguments (`blank`: bound to nothing, defaults included). */
  bind(fn: FunctionNode, args: readonly ts.Expression[], callerAnalysis: FileAnalysis, callerEnv: Env, blank = false): Env {
    const bindings = new Map(callerEnv.bindings);
    fn.parameters.forEach((p, i) => {
      const arg = p.dotDotDotToken || blank ? undefined : args[i];
      bindings.set(p, { expr: blank ? undefined : arg ?? p.initializer, analysis: arg ? callerAnalysis : this.analysis, env: arg ? callerEnv : EMPTY_ENV });
    });
    return { bindings };
  }

  /** What a `const` name holds (`const parts = email.split('@')` → the split), else the expression itself. */
  private constInitializer(e: ts.Expression): ts.Expression {
    const x = stripParens(e);
    if (!ts.isIdentifier(x)) return x;
    const decl = this.scope.resolve(x);
    return decl && ts.isVariableDeclaration(decl) && decl.initializer && this.isConstLike(decl) ? stripParens(decl.initializer) : x;
  }

  /** `email.indexOf('@') + 1`, or `at + 1` with `const at = email.indexOf('@')`: the first index after the `@`. */
  private isAfterAtIndex(e: ts.Expression): boolean {
    const x = stripParens(e);
    if (!ts.isBinaryExpression(x) || x.operatorToken.kind !== ts.SyntaxKind.PlusToken) return false;
    const [index, one] = ts.isNumericLiteral(x.right) ? [x.left, x.right] : [x.right, x.left];
    if (!ts.isNumericLiteral(one) || Number(one.text) !== 1) return false;
    const call = this.constInitializer(index);
    return ts.isCallExpression(call) && ts.isPropertyAccessExpression(call.expression)
      && (call.expression.name.text === 'indexOf' || call.expression.name.text === 'lastIndexOf')
      && !!call.arguments[0] && ts.isStringLiteralLike(call.arguments[0]) && call.arguments[0].text === '@';
  }

  /** A `Map` (or `WeakMap`, a cache) by the checker's type: its `get` returns an entry, not a named field. */
  private isMapLike(receiver: ts.Expression): boolean {
    if (!this.checker) return false;
    const t = this.checker.getNonNullableType(this.checker.getTypeAtLocation(receiver));
    const name = (t.aliasSymbol ?? t.getSymbol())?.name;
    return name === 'Map' || name === 'WeakMap' || name === 'ReadonlyMap' || name === 'LRUCache';
  }

  /** A flag (typed boolean) or a count (typed number, named for the plural of a field: `totalEmails`). */
  private isFlagOrCount(node: ts.Node, name: string): boolean {
    if (!this.checker) return false;
    const t = this.checker.getTypeAtLocation(node);
    if (t.flags & ts.TypeFlags.BooleanLike) return true;
    return !!(t.flags & (ts.TypeFlags.NumberLike | ts.TypeFlags.BigIntLike)) && isPluralTermName(name, this.vocabulary);
  }

  /** A variable or parameter that holds a setting: initialised from a settings object or the environment. */
  private isSettingsValue(decl: ts.ParameterDeclaration | ts.VariableDeclaration): boolean {
    if (ts.isParameter(decl)) {
      const fn = decl.parent;
      const fnName = 'name' in fn && fn.name && ts.isIdentifier(fn.name) ? fn.name.text : '';
      return /connect|config|auth(enticate)?$|login|bind|smtp|ldap|database|db/i.test(fnName) && !/user/i.test(fnName);
    }
    const init = decl.initializer && stripParens(decl.initializer);
    if (!init) return false;
    if (isCompanyConstant(init)) return true;
    // `process.env.SMTP_USER`, `config.ldap.username`, `this.settings.get('user')`: any link of the chain.
    return valueLeaves(init).some((leaf) => {
      for (let e: ts.Expression = stripParens(leaf); ; e = stripParens(e.expression)) {
        if (isEnvironment(e) || isConfigurationLike(e)) return true;
        if (!(ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e) || ts.isCallExpression(e))) return false;
      }
    });
  }

  /**
   * The personal columns a literal SQL query selects (`SELECT id, name, furigana FROM cm_patients`): each column
   * named like a personal field, a `name`-like one only from a table of persons; `SELECT *` from a table of persons is
   * a whole record. Rows are a collection.
   */
  private selectedColumns(call: ts.CallExpression): PersonalFact[] | undefined {
    const arg = call.arguments[0] && stripParens(call.arguments[0]);
    const text = arg && (ts.isStringLiteralLike(arg) ? arg.text : ts.isTemplateExpression(arg)
      ? [arg.head.text, ...arg.templateSpans.map((s) => s.literal.text)].join(' ') : undefined);
    const m = text ? /^\s*select\s+(?:distinct\s+)?([\s\S]+?)\s+from\s+[`"[]?([\w.]+)/i.exec(text) : undefined;
    if (!m) return undefined;
    const table = m[2].split('.').pop()!;
    const personTable = isPersonNoun(table);
    const facts: PersonalFact[] = [];
    for (const raw of m[1].split(',')) {
      const column = raw.trim();
      if (column === '*' || column.endsWith('.*')) {
        if (personTable) facts.push({ category: 'name', field: table, via: 'column', typeName: table, path: '*' });
        continue;
      }
      // `p.patient_name AS name`: the column read decides what the value is.
      const source = column.split(/\s+as\s+|\s+/i)[0].split('.').pop()!.replace(/[`"[\]]/g, '');
      const field = /^\w+$/.test(source) ? classifyField(source, this.vocabulary) : undefined;
      if (field && (!field.needsPerson || personTable)) facts.push({ category: field.category, field: source, via: 'column', typeName: table, path: source });
    }
    return facts.length ? asCollection(facts) : undefined;
  }

  /**
   * A name personal by itself taken out of a parameter (`({ blockedEmail }: Props) => …`, `const { customerEmail } =
   * params`): like a parameter personal by its name, it depends on the callers. Bound to a call, it is what the
   * caller's object literal gives for it (nothing when the literal has no such property), or the name when the
   * caller's object cannot be seen.
   */
  private destructuredByName(byName: Taint, id: ts.Identifier, el: ts.BindingElement, param: ts.ParameterDeclaration,
    env: Env, d: number): Taint {
    const bound = env.bindings.get(param);
    if (!bound) return this.withParam(byName, id, param, env, d);
    if (!bound.expr) return NONE;
    const lit = bound.analysis.objectLiteralBehind(bound.expr, bound.env, d);
    const key = propertyNameText(el.propertyName ?? el.name);
    if (!lit || !key) return byName;
    const prop = lit.literal.properties.find((p) => p.name && propertyNameText(p.name) === key);
    const given = prop && ts.isPropertyAssignment(prop) ? lit.analysis.evaluate(prop.initializer, lit.env, d + 1)
      : prop && ts.isShorthandPropertyAssignment(prop) ? lit.analysis.evaluate(prop.name, lit.env, d + 1) : undefined;
    if (!given) return lit.literal.properties.some(ts.isSpreadAssignment) ? byName : NONE;
    // What the caller gives is still a parameter nobody bound (`LoginLink({ email: identifier })` in a callback a
    // library calls): the name says what it is.
    if (!given.value && given.params?.size) return byName;
    return this.at(id, given);
  }

  private withParam(t: Taint, id: ts.Identifier, decl: Declaration | undefined, env: Env, d: number): Taint {
    if (!decl || !ts.isParameter(decl) || isInputParameter(decl) || this.isPersonLike(id, env, d)) return t;
    return { value: t.value, params: new Set([decl]) };
  }

  /** `reactive(x)` with `import { reactive } from 'vue'`, `_.cloneDeep(x)` with `import _ from 'lodash'`. */
  protected override isLibraryPassThrough(callee: ts.Expression): boolean {
    callee = stripParens(callee);
    let local: ts.Identifier;
    let name: string;
    if (ts.isIdentifier(callee)) { local = callee; name = callee.text; }
    else if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)) { local = callee.expression; name = callee.name.text; }
    else return false;
    const decl = this.scope.resolve(local);
    if (!decl) return false;
    let importDecl: ts.Node | undefined;
    if (ts.isImportSpecifier(decl)) {
      if (local !== callee) return false;
      name = (decl.propertyName ?? decl.name).text;
      importDecl = decl.parent.parent.parent;
    } else if (ts.isImportClause(decl) || ts.isNamespaceImport(decl)) {
      if (local === callee) return false;
      importDecl = ts.isImportClause(decl) ? decl.parent : decl.parent.parent;
    }
    if (!importDecl || !ts.isImportDeclaration(importDecl) || !ts.isStringLiteral(importDecl.moduleSpecifier)) return false;
    return !!LIBRARY_PASS_THROUGH.get(importDecl.moduleSpecifier.text)?.has(name);
  }
}

/** Generators of random ids (`nanoid()`, `uuidv4()`, `createId()`, `generateHumanReadableId()`), awaited or not. */
const ID_GENERATORS = new Set(['nanoid', 'customAlphabet', 'uuid', 'uuidv4', 'uuidv7', 'v4', 'v7', 'cuid', 'createId', 'ulid', 'randomUUID', 'shortid']);

function isIdGeneratorCall(init: ts.Expression): boolean {
  let e = stripParens(init);
  if (ts.isAwaitExpression(e)) e = stripParens(e.expression);
  if (!ts.isCallExpression(e)) return false;
  const callee = stripParens(e.expression);
  const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
  if (!name) return false;
  if (ID_GENERATORS.has(name) || /^(generate|create|make|new|random)([A-Z]\w*)?Id$/.test(name)) return true;
  // `generateSecureRandomString()`, `randomString(16)`: random text, given at most its length.
  return /^(random(String|Hex)|(generate|create|make|new)\w*(Random|Secure)\w*(String|Hex))$/.test(name)
    && e.arguments.every((a) => ts.isNumericLiteral(stripParens(a)));
}

/**
 * Whether a declaration is inside a function whose name speaks of addresses that its own words say are not a
 * person's (`resolveHostAddresses`, `getServerAddress`, `pinnedSocketAddress`): a machine's.
 */
function inNetworkAddressFunction(decl: ts.Node): boolean {
  const fn = ts.findAncestor(decl.parent, (n) => ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n)
    || ((ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && ts.isVariableDeclaration(n.parent)));
  const nameNode = fn && (ts.isVariableDeclaration(fn.parent) && !ts.isFunctionDeclaration(fn) && !ts.isMethodDeclaration(fn)
    ? fn.parent.name : (fn as ts.FunctionDeclaration | ts.MethodDeclaration).name);
  const name = nameNode && (ts.isIdentifier(nameNode) || ts.isPrivateIdentifier(nameNode)) ? nameNode.text : undefined;
  return !!name && /address/i.test(name) && !classifyField(name);
}

/** A parameter of the callback a server's `listen` is given (`app.listen(port, (err, address) => …)`, Fastify's). */
function isListenCallbackParameter(decl: ts.ParameterDeclaration): boolean {
  const call = callTakingCallback(decl.parent);
  const callee = call && ts.isCallExpression(call) ? stripParens(call.expression) : undefined;
  return !!callee && ts.isPropertyAccessExpression(callee) && callee.name.text === 'listen';
}

/** A lookup of the machine's own address, given nothing (`getPublicIp()`, `await getServerIp()`, `internalIp.v4()`). */
function isOwnAddressLookup(init: ts.Expression): boolean {
  let e = stripParens(init);
  if (ts.isAwaitExpression(e)) e = stripParens(e.expression);
  if (!ts.isCallExpression(e) || e.arguments.length > 0) return false;
  const path = calleePath(e.expression);
  return !!path && /(public|server|host|machine|local|external|internal|own)_?ip/i.test(path);
}

/**
 * Whether an element access's key walks the keys of an object (`for (const k in body)`, `for (const [k] of
 * Object.entries(body))`, `Object.keys(body).forEach((k) => …)`): every field is read in turn.
 */
function iteratesKeys(key: ts.Expression): boolean {
  const k = stripParens(key);
  if (!ts.isIdentifier(k)) return false;
  for (let n: ts.Node | undefined = k.parent; n; n = n.parent) {
    if ((ts.isForInStatement(n) || ts.isForOfStatement(n)) && n.initializer.getText().includes(k.text)) return true;
    if (ts.isFunctionLike(n) && n.parameters.some((p) => p.name.getText().includes(k.text))) {
      const call = n.parent;
      return ts.isCallExpression(call) && /\bObject\.(keys|entries|getOwnPropertyNames)\b/.test(call.expression.getText());
    }
  }
  return false;
}

/** Type names of functions (`MiddlewareFunction<…>`, `RequestHandler`, `NextMiddleware`, `Guard`, `Resolver`). */
const FUNCTION_TYPE_NAME = /(Function|Fn|Handler|Middleware|Guard|Resolver|Callback|Listener)$/;

/**
 * Whether a declaration declares a function: a function declaration, a variable given an arrow or a function
 * expression, or one annotated with a function type (written out, or named for one).
 */
function declaresFunction(decl: ts.Node): boolean {
  if (ts.isFunctionDeclaration(decl)) return true;
  if (!ts.isVariableDeclaration(decl)) return false;
  const init = decl.initializer && stripParens(decl.initializer);
  if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) return true;
  const type = decl.type;
  if (!type) return false;
  if (ts.isFunctionTypeNode(type)) return true;
  return ts.isTypeReferenceNode(type) && FUNCTION_TYPE_NAME.test(ts.isIdentifier(type.typeName) ? type.typeName.text : type.typeName.right.text);
}
