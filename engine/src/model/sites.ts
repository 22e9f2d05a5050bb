/**
 * Generic sites of a sink kind other than `log` and `transfer` (`cookie`, `storage`): the sink calls the catalog
 * matches (an object store's `put` among them: `tx.objectStore('x')` makes an instance, see `originOf`), plus the sink
 * forms that are not plain calls — assignments (`document.cookie = …`, `localStorage.token = …`), setters handed out by
 * a hook (`const [, setCookie] = useCookies()`) and setters of storage-backed atoms. Rules ask `PrivacyModel.sitesOfKind`.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import { SINK_CATALOG, type SinkKind, type SinkSpec } from '../sinks';
import { calleePath, propertyNameText, stripParens } from './syntax';
import { syntaxIndex } from './syntax-index';
import { EMPTY_ENV, TracedValue, type Env } from './values';
import { classifyField, splitWords } from '../vocabulary';
import { PASS_THROUGH_FUNCTIONS } from './flow-tables';
import { valueLeaves } from './flows';
import type { FileAnalysis } from './analysis';
import type { PersonalValue, SinkSite } from './facts';
import { recipientValues } from './recipients';

/** Whether a matched call really sends: `res.setHeader('Set-Cookie', …)` does, `res.setHeader('ETag', …)` does not. */
export function passesWhen(spec: SinkSpec, call: ts.CallExpression | ts.NewExpression): boolean {
  if (!spec.when) return true;
  const arg = call.arguments?.[spec.when.arg];
  return !!arg && ts.isStringLiteralLike(arg) && spec.when.matches.test(arg.text);
}

/**
 * The personal values among the arguments of a call (the `when` argument is a name, not data): every personal
 * part of each, so a finding names every field that reaches the call. An argument of an e-mail or SMS send that
 * carries nothing personal may still name its recipients: contact data (`recipients.ts`).
 */
export function personalArguments(a: FileAnalysis, spec: SinkSpec, args: readonly ts.Expression[]): PersonalValue[] {
  const out: PersonalValue[] = [];
  args.forEach((arg, i) => {
    if (spec.when && i === spec.when.arg) return;
    if (spec.keyArgs?.includes(i) && args.length > 1) return;
    let parts = personalParts(a, arg).filter((v) => !(spec.recipientFields && isSenderPart(a, arg, v.node)));
    // `fetch(content)` with the URL a user typed (an identity provider's metadata address): the request's whole
    // address is where it goes, not data it carries. Personal fields put into an address are still reported.
    if (spec.destination?.kind === 'urlArg' && spec.destination.index === i && dataLeaves(arg).length < 2) {
      parts = parts.filter((v) => !v.facts.every((f) => f.category === 'input'));
    }
    if (parts.length) out.push(...parts);
    else if (spec.recipientFields) out.push(...recipientValues(a, spec, [arg]));
  });
  if (!out.length && spec.keyArgs?.length && args.length > 1) out.push(...keyedInput(a, spec, args));
  if (!out.length && (spec.kind === 'storage' || spec.kind === 'cookie')) {
    args.forEach((arg, i) => { if (!spec.keyArgs?.includes(i) || args.length < 2) out.push(...signInTokenProperties(a, arg)); });
  }
  return out;
}

/**
 * `{ token: res.token, userId }`, `JSON.stringify({ auth: { rc_token } })` kept in the browser: a property named for a
 * sign-in token holds one, whatever its value is called (two levels of object literals deep).
 */
export function signInTokenProperties(a: FileAnalysis, arg: ts.Expression, depth = 0): PersonalValue[] {
  let e = stripParens(arg);
  if (ts.isCallExpression(e) && calleePath(e.expression) === 'JSON.stringify' && e.arguments[0]) e = stripParens(e.arguments[0]);
  if (!ts.isObjectLiteralExpression(e) || depth > 1) return [];
  const out: PersonalValue[] = [];
  for (const p of e.properties) {
    const key = p.name && propertyNameText(p.name);
    const value = ts.isPropertyAssignment(p) ? p.initializer : ts.isShorthandPropertyAssignment(p) ? p.name : undefined;
    if (!key || !value) continue;
    const tokenKey = tokenKeyOfText(a, key);
    if (tokenKey && isStoredValue(value) && !ts.isObjectLiteralExpression(stripParens(value))) {
      out.push(new TracedValue(value, [{ category: 'sessionToken', field: tokenKey, via: 'name' }]));
    } else {
      out.push(...signInTokenProperties(a, value, depth + 1));
    }
  }
  return out;
}

/**
 * `localStorage.setItem('papermark.email', e.target.value)`: what a form field holds, kept under a key that names a
 * personal field (not a bare `name`, which needs a person to be one), is that field. Only an input's value as typed
 * (`….value`, a variable or a `value` parameter holding it) is read so: anything else is judged by what it is.
 */
function keyedInput(a: FileAnalysis, spec: SinkSpec, args: readonly ts.Expression[]): PersonalValue[] {
  const keyArg = args[spec.keyArgs![0]] && stripParens(args[spec.keyArgs![0]]);
  const tokenKey = keyArg && sessionTokenKey(a, keyArg);
  if (tokenKey) {
    // `localStorage.setItem(AUTH_TOKEN, token)`, `…setItem(\`…:accessToken\`, res.token)`: what is kept under a key
    // named for a session or access token is that token, whatever the value is called.
    const value = args[storedValueIndex(spec)];
    return value && isStoredValue(value) ? [new TracedValue(value, [{ category: 'sessionToken', field: tokenKey, via: 'name' }])] : [];
  }
  if (!keyArg || !ts.isStringLiteralLike(keyArg)) return [];
  const field = classifyField(keyArg.text, a.vocabulary);
  if (!field || field.needsPerson) return [];
  const out: PersonalValue[] = [];
  args.forEach((arg, i) => {
    if (spec.keyArgs!.includes(i) || !isTypedInput(a, arg, 0)) return;
    out.push(new TracedValue(arg, [{ category: field.category, field: keyArg.text, via: 'name' }]));
  });
  return out;
}

/**
 * A storage key or cookie name that names a session or access token: a literal or a template whose last segment
 * does (`'accessToken'`, `\`app:${id}:accessToken\``), or a constant named so (`AUTH_TOKEN`, `KEYS.refreshToken`).
 * Its text (the segment or the constant's name), or undefined.
 */
export function sessionTokenKey(a: FileAnalysis, key: ts.Expression): string | undefined {
  const e = stripParens(key);
  let text: string | undefined;
  if (ts.isStringLiteralLike(e)) text = e.text;
  else if (ts.isTemplateExpression(e)) text = e.templateSpans[e.templateSpans.length - 1].literal.text || undefined;
  else if (ts.isIdentifier(e)) text = e.text;
  else if (ts.isPropertyAccessExpression(e)) text = e.name.text;
  const named = text !== undefined ? tokenKeyOfText(a, text) : undefined;
  if (named) return named;
  // `localStorage.setItem(TOKEN_KEY, token)` with `const TOKEN_KEY = 'vikunja_token'`: the key the constant holds.
  if (ts.isIdentifier(e)) {
    const decl = a.scope.resolve(e);
    const init = decl && ts.isVariableDeclaration(decl) && ts.isVariableDeclarationList(decl.parent)
      && (decl.parent.flags & ts.NodeFlags.Const) && decl.initializer ? stripParens(decl.initializer) : undefined;
    if (init && (ts.isStringLiteralLike(init) || ts.isTemplateExpression(init))) return sessionTokenKey(a, init);
  }
  return undefined;
}

/** The last segment of a key's text (`app:auth.accessToken` → `accessToken`) when it names a sign-in token. */
function tokenKeyOfText(a: FileAnalysis, text: string): string | undefined {
  const segment = text.split(/[.:/\s]+/).filter(Boolean).pop();
  return segment && (classifyField(segment, a.vocabulary)?.category === 'sessionToken' || namesSignInToken(segment)) ? segment : undefined;
}

/** Words that end the name of a key or a cookie rather than of what it keeps. */
const KEY_NAME_WORDS: ReadonlySet<string> = new Set(['key', 'name', 'cookie', 'storage', 'item', 'slot']);

/** Tokens that are not a sign-in: a form's or a flow's nonce, a device's push token, a page's cursor. */
const OTHER_TOKEN_WORDS: ReadonlySet<string> = new Set(['csrf', 'xsrf', 'state', 'nonce', 'push', 'fcm', 'apns', 'device',
  'notification', 'notifications', 'invite', 'invitation', 'reset', 'verification', 'verify', 'captcha', 'recaptcha',
  'turnstile', 'hcaptcha', 'share', 'link', 'page', 'cursor', 'next', 'pagination', 'sync', 'mapbox', 'map', 'public',
  'upload', 'download', 'form', 'preview', 'embed', 'stripe', 'payment', 'confirm', 'confirmation', 'activation', 'email']);

/**
 * A key a browser keeps a sign-in under: a bare `token` (`localStorage.setItem('token', …)`), `userToken`,
 * `rc_token`, `login-token` — the last word is `token` and no other word names another kind (`csrfToken`,
 * `pushToken`, `inviteToken`).
 */
function namesSignInToken(key: string): boolean {
  // (A copy: the words of a name are shared by every caller.)
  const words = [...splitWords(key)];
  // `ACCESS_TOKEN_KEY`, `AUTH_TOKEN_COOKIE`, `tokenStorageName`: the name of the key, not of what is kept.
  while (words.length > 1 && KEY_NAME_WORDS.has(words[words.length - 1])) words.pop();
  const last = words[words.length - 1];
  // `accountTokens` (Misskey's tokens per account), `authTokens`: the tokens of several sign-ins. A bare `tokens`
  // is as often a model's token count or a design system's tokens.
  if (last === 'tokens') return words.length === 2 && TOKENS_OWNERS.has(words[0]);
  return words.length > 0 && words.length <= 3 && last === 'token'
    && !words.some((w) => OTHER_TOKEN_WORDS.has(w));
}

/** Words that say a key's `tokens` are sign-ins (`accountTokens`, `accessTokens`, `authTokens`). */
const TOKENS_OWNERS: ReadonlySet<string> = new Set(['account', 'accounts', 'access', 'auth', 'session', 'sessions', 'login', 'user', 'users', 'refresh']);

/** Which argument a keyed sink stores: the one after its key (`setItem(key, value)`, `res.cookie(name, value, options)`). */
export function storedValueIndex(spec: SinkSpec): number {
  return Math.max(...spec.keyArgs!) + 1;
}

/** A value stored, not a literal clearing or flagging one (`''`, `null`, `true`, `0`). */
export function isStoredValue(arg: ts.Expression): boolean {
  const e = stripParens(arg);
  return !(ts.isLiteralExpression(e) || ts.isNoSubstitutionTemplateLiteral(e) || e.kind === ts.SyntaxKind.NullKeyword
    || e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword
    || (ts.isIdentifier(e) && e.text === 'undefined') || ts.isObjectLiteralExpression(e) && e.properties.length === 0);
}

/** Generic names of a value an input handler is given (`(value) => …`, `onChange(newValue)`). */
const INPUT_VALUE_NAMES = /^(value|val|v|newValue|nextValue|inputValue|input|text)$/;

/** An input's value as typed: `e.target.value`, `input.value`, a `const` holding one, a handler's `value` parameter. */
function isTypedInput(a: FileAnalysis, arg: ts.Expression, depth: number): boolean {
  const e = stripParens(arg);
  if (ts.isPropertyAccessExpression(e)) return e.name.text === 'value';
  if (!ts.isIdentifier(e) || depth > 3) return false;
  const decl = a.scope.resolve(e);
  if (decl && ts.isParameter(decl)) return INPUT_VALUE_NAMES.test(e.text);
  return !!decl && ts.isVariableDeclaration(decl) && !!decl.initializer && ts.isVariableDeclarationList(decl.parent)
    && !!(decl.parent.flags & ts.NodeFlags.Const) && isTypedInput(a, decl.initializer, depth + 1);
}

/** The fields of a message that name its sender: the company's own identity (`from: { name: meta.name, address }`). */
const SENDER_FIELDS = new Set(['from', 'sender', 'source', 'fromemail', 'fromname', 'fromaddress', 'fromemailaddress', 'replyfrom']);

/**
 * Whether `node` lies in the sender field of a message (`{ from: …, to, html }` given to an e-mail or SMS send, or
 * the object literal a `const` argument was given): who sends is the company, whoever it names; the send is judged
 * by what it carries to the recipient.
 */
export function isSenderPart(a: FileAnalysis, arg: ts.Expression, node: ts.Node): boolean {
  let e = stripParens(arg);
  if (ts.isIdentifier(e)) {
    const decl = a.scope.resolve(e);
    if (decl && ts.isVariableDeclaration(decl) && decl.initializer) e = stripParens(decl.initializer);
  }
  if (!ts.isObjectLiteralExpression(e) || e.getSourceFile() !== node.getSourceFile()) return false;
  return e.properties.some((p) => ts.isPropertyAssignment(p) && SENDER_FIELDS.has((propertyNameText(p.name) ?? '').toLowerCase())
    && p.initializer.pos <= node.pos && node.end <= p.initializer.end);
}

/**
 * The personal values an argument carries: each personal part of a template, concatenation, literal or
 * pass-through call (`JSON.stringify({ email, phone })`), or the argument's one value.
 */
export function personalParts(a: FileAnalysis, arg: ts.Expression, env: Env = EMPTY_ENV, depth = 0): PersonalValue[] {
  const whole = a.personalValue(arg, env);
  if (!whole) return [];
  const leaves = dataLeaves(arg);
  if (leaves.length < 2) {
    // A helper's parameter bound to what its caller wrote (`notify(\`${c.name} <${c.email}>\`)`): that argument's
    // parts, each named, rather than the most serious one.
    const e = stripParens(arg);
    const decl = ts.isIdentifier(e) ? a.scope.resolve(e) : undefined;
    const bound = decl && ts.isParameter(decl) ? env.bindings.get(decl) : undefined;
    if (bound?.expr && depth < 8) {
      const parts = personalParts(bound.analysis, bound.expr, bound.env, depth + 1);
      if (parts.length > 1) return parts;
    }
    return [whole];
  }
  const parts: PersonalValue[] = [];
  for (const leaf of leaves) {
    if (a.printsAsObject(leaf)) continue; // `${user}`: `[object Object]`, not the record's fields
    const v = a.personalValue(leaf, env);
    if (v) parts.push(v);
  }
  return parts.length ? parts : [whole];
}

/** The parts an expression combines, through pass-through calls too (a few levels: payloads are shallow). */
export function dataLeaves(root: ts.Expression, depth = 0): ts.Expression[] {
  const out: ts.Expression[] = [];
  for (const leaf of valueLeaves(root)) {
    const callee = ts.isCallExpression(leaf) ? calleePath(stripParens(leaf.expression)) : undefined;
    if (depth < 3 && callee && PASS_THROUGH_FUNCTIONS.has(callee) && ts.isCallExpression(leaf)) {
      for (const arg of leaf.arguments) out.push(...dataLeaves(arg, depth + 1));
    } else {
      out.push(leaf);
    }
  }
  return out;
}



const ASSIGNABLE = SINK_CATALOG.filter((s) => s.assignments?.length);
const TUPLE = SINK_CATALOG.filter((s) => s.tupleSetter !== undefined);
const ATOMS = SINK_CATALOG.filter((s) => s.atomSetters);
/** Words one of these forms needs in the file's text (a cheap test before walking it). */
const NEEDED = new RegExp([
  ...ASSIGNABLE.flatMap((s) => [...(s.globals ?? []), ...(s.modules ?? []).map((m) => m.split('#')[0])]),
  ...TUPLE.flatMap((s) => (s.modules ?? []).map((m) => m.split('#')[0])),
  // An atom's setters are used away from where the atom is made; atoms are named so (`draftAtom`).
  ...(ATOMS.length ? ['Atom', 'atom'] : []),
  // A project helper that writes a cookie string is called by its name (`setCookie`, `writeCookie`).
  'ookie',
].map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|') || '$^');

/** The sites of the non-call forms, of every generic kind, in one walk of the file. */
export function collectFormSites(a: FileAnalysis): SinkSite[] {
  const sites: SinkSite[] = [];
  const sf = a.sourceFile;
  if (!NEEDED.test(sf.text)) return sites;
  // The assignments and calls with arguments of the file, in order (found by the one walk that indexes it).
  for (const node of syntaxIndex(sf).callsAndAssignments) {
    if (ts.isBinaryExpression(node)) {
      assignmentSite(a, node, sites);
    } else {
      tupleSetterSite(a, node, sites);
      if (ATOMS.length) atomSetterSite(a, node, sites);
      cookieHelperSite(a, node, sites);
    }
  }
  return sites;
}

function isGenericKind(kind: SinkKind): boolean {
  return kind !== 'log' && kind !== 'transfer';
}

function assignmentSite(a: FileAnalysis, node: ts.BinaryExpression, sites: SinkSite[]): void {
  const left = node.left;
  let property: string | undefined;
  if (ts.isPropertyAccessExpression(left)) property = left.name.text;
  else if (ts.isElementAccessExpression(left)) property = ts.isStringLiteralLike(left.argumentExpression) ? left.argumentExpression.text : '*';
  else return;
  const receiver = stripParens(left.expression);
  const origin = a.originOf(receiver);
  const spec = origin?.spec;
  if (!spec?.assignments || !isGenericKind(spec.kind)) return;
  if (!spec.assignments.includes('*') && !spec.assignments.includes(property)) return;
  const values = personalArguments(a, spec, [node.right]);
  if (!values.length && spec.kind === 'cookie') values.push(...cookieStringToken(a, node.right));
  if (!values.length) return;
  const path = calleePath(receiver);
  sites.push({ call: node, sink: spec, callee: path ? `${path}.${property === '*' ? '[…]' : property}` : spec.label, values });
}

/**
 * `document.cookie = \`rc_token=${token}; path=/\``, `'session=' + res.token`: the value a cookie string gives a
 * cookie named for a sign-in token is that token, whatever it is called.
 */
function cookieStringToken(a: FileAnalysis, right: ts.Expression): PersonalValue[] {
  const e = stripParens(right);
  let head: string | undefined;
  let value: ts.Expression | undefined;
  if (ts.isTemplateExpression(e)) {
    head = e.head.text;
    value = e.templateSpans[0]?.expression;
  } else if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken && ts.isStringLiteralLike(stripParens(e.left))) {
    head = (stripParens(e.left) as ts.StringLiteralLike).text;
    value = e.right;
  }
  const key = head !== undefined ? /^\s*([^=;\s]+)=$/.exec(head)?.[1] : undefined;
  if (!key || !value || !isStoredValue(value)) return [];
  const tokenKey = tokenKeyOfText(a, key);
  return tokenKey ? [new TracedValue(value, [{ category: 'sessionToken', field: tokenKey, via: 'name' }])] : [];
}

/**
 * `setCookie('auth', token, 365)` of the project's own helper that writes `document.cookie = cname + '=' + cvalue + …`
 * (the form every cookie tutorial gives): the call stores what it gives for the value under the name it gives. A
 * personal value is reported at the call; so is any stored value under a name that says it is a sign-in token.
 */
function cookieHelperSite(a: FileAnalysis, call: ts.CallExpression, sites: SinkSite[]): void {
  if (call.arguments.length < 2) return;
  const name = ts.isIdentifier(call.expression) ? call.expression.text
    : ts.isPropertyAccessExpression(call.expression) ? call.expression.name.text : undefined;
  if (!name || !/cookie/i.test(name)) return;
  const target = a.resolveFunction(call.expression);
  const writer = target && cookieWriterOf(target.fn, target.analysis);
  if (!writer) return;
  const valueArg = call.arguments[writer.value];
  const nameArg = call.arguments[writer.name];
  if (!valueArg || !nameArg) return;
  const values = personalArguments(a, writer.spec, [valueArg]);
  if (!values.length && isStoredValue(valueArg)) {
    const tokenKey = sessionTokenKey(a, nameArg);
    if (tokenKey) values.push(new TracedValue(valueArg, [{ category: 'sessionToken', field: tokenKey, via: 'name' }]));
  }
  if (values.length) sites.push({ call, sink: writer.spec, callee: calleePath(call.expression) ?? name, values, innerCall: writer.at });
}

const cookieWriters = new WeakMap<ts.Node, { name: number; value: number; spec: SinkSpec; at: ts.BinaryExpression } | null>();

/**
 * Which parameters of a function name a cookie and give its value, when the function writes `document.cookie = name
 * + '=' + value …` (or `` `${name}=${value}; …` ``, each maybe through `encodeURIComponent`/`escape`). Remembered.
 */
function cookieWriterOf(fn: ts.SignatureDeclaration, inner: FileAnalysis): { name: number; value: number; spec: SinkSpec; at: ts.BinaryExpression } | undefined {
  const known = cookieWriters.get(fn);
  if (known !== undefined) return known ?? undefined;
  cookieWriters.set(fn, null);
  const body = (fn as ts.FunctionLikeDeclaration).body;
  if (!body) return undefined;
  let found: { name: number; value: number; spec: SinkSpec; at: ts.BinaryExpression } | undefined;
  const visit = (n: ts.Node): void => {
    if (found || ts.isFunctionLike(n)) return;
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(n.left)
      && n.left.name.text === 'cookie') {
      const spec = inner.originOf(stripParens(n.left.expression))?.spec;
      const parts = stringParts(n.right);
      const eq = parts.findIndex((p) => typeof p === 'string' && p.startsWith('='));
      if (spec?.kind === 'cookie' && eq > 0 && eq + 1 < parts.length) {
        const name = parameterIndex(fn, parts[eq - 1]);
        const value = parameterIndex(fn, parts[eq + 1]);
        if (name >= 0 && value >= 0) found = { name, value, spec, at: n };
      }
    }
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(body, visit);
  cookieWriters.set(fn, found ?? null);
  return found;
}

/** A string built by `+` or a template, as its parts in order: literal texts and the expressions between them. */
function stringParts(e: ts.Expression): Array<string | ts.Expression> {
  e = stripParens(e);
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) return [...stringParts(e.left), ...stringParts(e.right)];
  if (ts.isStringLiteralLike(e)) return [e.text];
  if (ts.isTemplateExpression(e)) {
    const out: Array<string | ts.Expression> = e.head.text ? [e.head.text] : [];
    for (const span of e.templateSpans) {
      out.push(span.expression);
      if (span.literal.text) out.push(span.literal.text);
    }
    return out;
  }
  return [e];
}

/** The index of the parameter a part of a cookie string is (as written, or through `encodeURIComponent(p)`). */
function parameterIndex(fn: ts.SignatureDeclaration, part: string | ts.Expression | undefined): number {
  if (part === undefined || typeof part === 'string') return -1;
  let e = stripParens(part);
  if (ts.isCallExpression(e) && e.arguments.length === 1 && ts.isIdentifier(e.expression)
    && /^(encodeURIComponent|encodeURI|escape|String)$/.test(e.expression.text)) e = stripParens(e.arguments[0]);
  if (!ts.isIdentifier(e)) return -1;
  const text = e.text;
  return fn.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === text);
}

/** `setCookie('user', v)` where `const [cookies, setCookie] = useCookies(['user'])`. */
function tupleSetterSite(a: FileAnalysis, call: ts.CallExpression, sites: SinkSite[]): void {
  const callee = stripParens(call.expression);
  if (!ts.isIdentifier(callee)) return;
  const decl = a.scope.resolve(callee);
  if (!decl || !ts.isBindingElement(decl) || !ts.isArrayBindingPattern(decl.parent)) return;
  const index = decl.parent.elements.indexOf(decl);
  const holder = decl.parent.parent;
  if (!ts.isVariableDeclaration(holder) || !holder.initializer) return;
  const init = stripParens(holder.initializer);
  if (!ts.isCallExpression(init)) return;
  const origin = a.originOf(stripParens(init.expression));
  const spec = origin?.spec;
  if (!spec || spec.tupleSetter !== index || !isGenericKind(spec.kind)) return;
  const values = storedValues(a, spec, call.arguments);
  if (values.length) sites.push({ call, sink: spec, callee: callee.text, values });
}

/**
 * A setter of a storage-backed atom given a value: `set(v)` with `const [, set] = useAtom(draftAtom)` or
 * `const set = useSetAtom(draftAtom)`, and `store.set(draftAtom, v)`, where `draftAtom` is made by the entry's factory
 * (`atomWithStorage('draft', init)`, here or in another module).
 */
function atomSetterSite(a: FileAnalysis, call: ts.CallExpression, sites: SinkSite[]): void {
  const callee = stripParens(call.expression);
  if (ts.isPropertyAccessExpression(callee)) {
    // `store.set(draftAtom, value)`.
    if (call.arguments.length < 2 || !ATOMS.some((s) => s.atomSetters!.storeMethods.includes(callee.name.text))) return;
    const spec = atomSpec(a, call.arguments[0]);
    if (!spec?.atomSetters!.storeMethods.includes(callee.name.text)) return;
    const values = storedValues(a, spec, call.arguments.slice(1, 2));
    if (values.length) sites.push({ call, sink: spec, callee: calleePath(callee) ?? `${spec.label}.set`, values });
    return;
  }
  if (!ts.isIdentifier(callee) || !call.arguments.length) return;
  const decl = a.scope.resolve(callee);
  let hook: ts.Expression | undefined;
  let tuple = false;
  if (decl && ts.isBindingElement(decl) && ts.isArrayBindingPattern(decl.parent) && decl.parent.elements.indexOf(decl) === 1
    && ts.isVariableDeclaration(decl.parent.parent)) {
    hook = decl.parent.parent.initializer;
    tuple = true;
  } else if (decl && ts.isVariableDeclaration(decl) && ts.isIdentifier(decl.name)) {
    hook = decl.initializer;
  }
  const made = hook && stripParens(hook);
  if (!made || !ts.isCallExpression(made) || !ts.isIdentifier(made.expression) || !made.arguments.length) return;
  const hookName = made.expression.text;
  const spec = atomSpec(a, made.arguments[0]);
  const setters = spec?.atomSetters;
  if (!spec || !setters || !(tuple ? setters.tupleHooks : setters.setterHooks).includes(hookName)) return;
  const values = storedValues(a, spec, call.arguments);
  if (values.length) sites.push({ call, sink: spec, callee: callee.text, values });
}

/** The catalogue entry whose factory made the atom an expression holds (`draftAtom` = `atomWithStorage(…)`). */
function atomSpec(a: FileAnalysis, atom: ts.Expression): SinkSpec | undefined {
  const e = stripParens(atom);
  if (!ts.isIdentifier(e) && !ts.isPropertyAccessExpression(e)) return undefined;
  const origin = a.originOf(e);
  return origin?.role === 'instance' && origin.spec.atomSetters && isGenericKind(origin.spec.kind) ? origin.spec : undefined;
}

/**
 * What a state setter stores: its argument, or what an updater function given instead returns
 * (`setDraft((prev) => ({ ...prev, email }))`).
 */
function storedValues(a: FileAnalysis, spec: SinkSpec, args: readonly ts.Expression[]): PersonalValue[] {
  const arg = args[0] && stripParens(args[0]);
  if (args.length === 1 && arg && (ts.isArrowFunction(arg) || ts.isFunctionExpression(arg))) {
    return a.returnExpressions(arg).flatMap((r) => personalParts(a, r));
  }
  return personalArguments(a, spec, args);
}
