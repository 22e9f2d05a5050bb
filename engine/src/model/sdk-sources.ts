/**
 * Parameters that SDKs fill with personal data when they call back into the application's code: the cookie adapter
 * of Supabase's SSR client is handed the auth session to store, and that session holds the user's record (e-mail,
 * metadata) next to the tokens. As data, in the manner of the sink catalogue.
 */
import ts = require('typescript');
import type { PersonalFact } from './facts';

interface CallbackSource {
  /** Modules that export the factory. */
  modules: readonly string[];
  /** The factory functions. */
  functions: readonly string[];
  /** Which argument of the factory is the options object. */
  optionsArg: number;
  /** The property of the options object that holds the callbacks; absent: they are properties of the options. */
  holder?: string;
  /** Callback name → the index of the parameter the SDK fills. */
  callbacks: Readonly<Record<string, number>>;
  /** What the filled parameter holds. */
  facts: (callback: string) => PersonalFact[];
}

const SUPABASE_SESSION = 'Supabase auth session';
const AUTHJS_VERIFICATION = 'Auth.js verification request';
/** Auth.js (NextAuth) providers that sign in by a link or code sent to the address the person typed. */
const AUTHJS_EMAIL_PROVIDERS = ['email', 'nodemailer', 'resend', 'sendgrid', 'postmark', 'mailgun', 'forwardemail']
  .flatMap((p) => [`next-auth/providers/${p}`, `@auth/core/providers/${p}`]);

const CALLBACK_SOURCES: readonly CallbackSource[] = [
  {
    modules: ['@supabase/ssr'],
    functions: ['createServerClient', 'createBrowserClient'],
    optionsArg: 2,
    holder: 'cookies',
    callbacks: { setAll: 0, set: 1 },
    // `setAll(cookiesToSet)`: a list of `{ name, value, options }` whose values are chunks of the session; `set(name,
    // value, options)`: one such value.
    facts: (callback) => [{ category: 'contact', field: 'email', via: 'type', typeName: SUPABASE_SESSION,
      path: callback === 'setAll' ? 'value.user.email' : 'user.email', collection: callback === 'setAll' }],
  },
  {
    // `EmailProvider({ sendVerificationRequest({ identifier, url }) { … } })`: the identifier is the e-mail address
    // the person signs in with, handed over to send the magic link to.
    modules: AUTHJS_EMAIL_PROVIDERS,
    functions: ['default'],
    optionsArg: 0,
    callbacks: { sendVerificationRequest: 0 },
    facts: () => [{ category: 'contact', field: 'identifier', via: 'type', typeName: AUTHJS_VERIFICATION, path: 'identifier' }],
  },
];

/** The personal facts of a parameter an SDK fills with personal data, or undefined. */
export function sdkCallbackFacts(p: ts.ParameterDeclaration): PersonalFact[] | undefined {
  const fn = p.parent;
  if (!(ts.isMethodDeclaration(fn) || ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) return undefined;
  const member = ts.isMethodDeclaration(fn) ? fn : ts.isPropertyAssignment(fn.parent) ? fn.parent : undefined;
  if (!member || !ts.isObjectLiteralExpression(member.parent) || !member.name || !ts.isIdentifier(member.name)) return undefined;
  const callback = member.name.text;
  const index = fn.parameters.indexOf(p);
  // The callbacks are properties of the options (`Provider({ cb() {} })`) or of one property of them (`{ cookies: { cb } }`).
  const holderProp = member.parent.parent;
  const held = ts.isPropertyAssignment(holderProp) && ts.isIdentifier(holderProp.name) ? holderProp : undefined;
  const heldName = held && ts.isIdentifier(held.name) ? held.name.text : undefined;
  for (const source of CALLBACK_SOURCES) {
    if (source.callbacks[callback] !== index) continue;
    if (source.holder !== undefined && source.holder !== heldName) continue;
    const options = source.holder === undefined ? member.parent : held?.parent;
    if (!options) continue;
    const call = options.parent;
    if (!ts.isObjectLiteralExpression(options) || !ts.isCallExpression(call) || !ts.isIdentifier(call.expression)) continue;
    if (call.arguments[source.optionsArg] !== options) continue;
    const local = call.expression.text;
    const imported = importedName(call.getSourceFile(), local, source.modules);
    if (imported && source.functions.includes(imported)) return source.facts(callback);
  }
  return undefined;
}

/** The exported name a local binding imports from one of `modules`. */
function importedName(file: ts.SourceFile, local: string, modules: readonly string[]): string | undefined {
  for (const s of file.statements) {
    if (!ts.isImportDeclaration(s) || !ts.isStringLiteral(s.moduleSpecifier) || !modules.includes(s.moduleSpecifier.text)) continue;
    if (s.importClause?.name?.text === local) return 'default';
    const bindings = s.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) {
      for (const el of bindings.elements) if (el.name.text === local) return (el.propertyName ?? el.name).text;
    }
  }
  return undefined;
}

/**
 * Where a local name comes from: the module it is imported or required from, and the export it names (`default`
 * for a default import or a whole `require`).
 */
export type ModuleOfName = (id: ts.Identifier) => { module: string; exportName: string } | undefined;

/** Passport strategies: `passport-local`, `passport-google-oauth20`, `passport-ldapauth`, `@node-saml/passport-saml`… */
const PASSPORT_STRATEGY_MODULE = /^(@[\w.-]+\/)?passport-[\w.-]+$|^openid-client(\/passport)?$/;
/** What a strategy's verify callback and `passport.authenticate`'s callback are handed. */
const PASSPORT_PROFILE = 'Passport profile';
const PASSPORT_USER = 'Passport user';
const TOKEN_PARAM = /token/i;
const REQUEST_PARAM = /^_?req(uest)?$/;

/**
 * Parameters Passport fills with the person who signs in: the verify callback of a strategy (`new LdapStrategy(opts,
 * (req, user, done) => …)`, `new GoogleStrategy(opts, (accessToken, refreshToken, profile, done) => …)`) is handed
 * the account or profile the identity provider returned (tokens are the person's credentials), and the callback of
 * `passport.authenticate(name, (err, user, info) => …)` the user that callback signed in. Not the request, nor the
 * `done` callback.
 */
export function passportCallbackFacts(p: ts.ParameterDeclaration, moduleOf: ModuleOfName): PersonalFact[] | undefined {
  const fn = p.parent;
  if (!(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) || !ts.isIdentifier(p.name)) return undefined;
  let holder: ts.Node = fn;
  while (ts.isParenthesizedExpression(holder.parent)) holder = holder.parent;
  const call = holder.parent;
  const index = fn.parameters.indexOf(p);
  const name = p.name.text;
  if (ts.isNewExpression(call) && call.arguments?.length && call.arguments[call.arguments.length - 1] === holder) {
    const made = call.expression;
    const root = ts.isPropertyAccessExpression(made) ? made.expression : made;
    const source = ts.isIdentifier(root) ? moduleOf(root) : undefined;
    if (!source || !PASSPORT_STRATEGY_MODULE.test(source.module)) return undefined;
    const n = fn.parameters.length;
    if ((n >= 2 && index === n - 1) || (index === 0 && REQUEST_PARAM.test(name))) return undefined;
    if (TOKEN_PARAM.test(name)) return [{ category: 'credential', field: name, via: 'name' }];
    return [{ category: 'contact', field: 'emails', via: 'type', typeName: PASSPORT_PROFILE, path: 'emails' }];
  }
  if (ts.isCallExpression(call) && index === 1 && call.arguments[1] === holder && ts.isPropertyAccessExpression(call.expression)
    && call.expression.name.text === 'authenticate' && ts.isIdentifier(call.expression.expression)) {
    const source = moduleOf(call.expression.expression);
    if (source?.module === 'passport') return [{ category: 'contact', field: 'email', via: 'type', typeName: PASSPORT_USER, path: 'email' }];
  }
  return undefined;
}
