/**
 * Request input as a source: what a customer typed or sent — a whole request body, query or form — may hold any
 * personal data, so logging or forwarding it whole is reported. Express, Fastify, Koa (`req.body`, `ctx.request.body`),
 * the Fetch API as Next.js route handlers use it (`await request.json()`, `formData()`), NestJS (`@Body() dto`),
 * tRPC and next-safe-action procedures (`({ input }) =>`), server actions (`formData: FormData`) and Angular forms
 * (`form.value`, `form.getRawValue()`). Reading one field of it is judged by that field's name.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import { classifyField, namesNonPersonThing, splitWords } from '../vocabulary';
import { propertyNameText } from './syntax';

/** Receivers that are an incoming request (by name; a fetch `Response` is `res`/`response`, never these). */
const REQUEST_NAMES = new Set(['req', 'request', '_req', '_request', 'rawRequest', 'incomingRequest', 'httpRequest']);
/** Request types by name, when the checker knows them. */
const REQUEST_TYPES = new Set(['Request', 'NextRequest', 'FastifyRequest', 'IncomingMessage', 'ExpressRequest', 'HonoRequest']);
/** Members of a request that are the customer's input as a whole. */
const INPUT_MEMBERS = new Set(['body', 'query', 'rawBody']);
/** Methods of a Fetch API request that read its body. */
const BODY_READERS = new Set(['json', 'formData', 'text']);
/**
 * Parameter decorators that inject the input: NestJS's body, query and path parameters, its GraphQL resolvers'
 * arguments (`@Args('email') email`), TypeGraphQL's (`@Arg('email')`) and a WebSocket gateway's message body.
 */
const INPUT_DECORATORS = new Set(['Body', 'Query', 'Param', 'Args', 'Arg', 'MessageBody']);
/** Decorators of one named path parameter or argument (not of a body's field a form fills). */
const NAMED_ARGUMENT_DECORATORS = new Set(['Param', 'Args', 'Arg']);
/** Keys of a decorator that name the whole input, not one field of it (`@Args('input') input: CreateUserInput`). */
const WHOLE_INPUT_KEYS = new Set(['input', 'data', 'args', 'payload', 'body', 'dto', 'form', 'params']);
/** Procedure builders whose callback receives the input (tRPC, next-safe-action). */
const PROCEDURE_METHODS = new Set(['mutation', 'query', 'subscription', 'action', 'stateAction']);
const PROCEDURE_INPUTS = new Set(['input', 'parsedInput', 'rawInput']);

/**
 * Fields of the input that hold what the customer wrote in their own words (a chat message, a comment, a prompt):
 * free text that may hold anything, so it counts as the input itself. Other fields are judged by their names.
 */
const FREE_TEXT_WORDS = new Set(['message', 'messages', 'content', 'contents', 'text', 'prompt', 'prompts', 'comment',
  'comments', 'note', 'notes', 'bio', 'feedback', 'question', 'questions', 'answer', 'answers', 'inquiry', 'profile',
  'description', 'body', 'input', 'values', 'form', 'message body',
  // A chat message's content as its parts (Gemini's `parts`, the AI SDK's `UIMessage.parts`).
  'parts']);

function nameOf(e: ts.Expression): string | undefined {
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return undefined;
}

function isRequestLike(e: ts.Expression, checker: ts.TypeChecker | undefined): boolean {
  const name = nameOf(e);
  if (name && REQUEST_NAMES.has(name)) return !(checker && namesOwnStructure(e, checker));
  if (checker && (ts.isIdentifier(e) || ts.isPropertyAccessExpression(e))) {
    const type = checker.getTypeAtLocation(e);
    const typeName = (type.aliasSymbol ?? type.getSymbol())?.name;
    if (typeName && REQUEST_TYPES.has(typeName)) return true;
  }
  return false;
}

/**
 * `req: Request` where the project declares `type Request = { operation: 'analyze'; body: { text: string } }` (a call
 * to an outside service the code builds): a named type of the project's own, no part of which a library declares, is
 * what the code made, not a request it received. A library's request (Express's, the Fetch API's), an intersection
 * with one, or a type the checker cannot see stays a request.
 */
function namesOwnStructure(e: ts.Expression, checker: ts.TypeChecker): boolean {
  const type = checker.getTypeAtLocation(e);
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return false;
  const alias = type.aliasSymbol;
  const parts = type.isUnionOrIntersection() ? type.types : [type];
  const declarations = [...(alias?.declarations ?? []), ...parts.flatMap((t) => t.getSymbol()?.declarations ?? [])];
  // A named project type: an alias or interface the project declares (an inline `{ body: … }` says nothing).
  const named = !!alias?.declarations?.length || parts.every((t) => {
    const d = t.getSymbol()?.declarations?.[0];
    return !!d && (ts.isInterfaceDeclaration(d) || ts.isClassDeclaration(d) || ts.isTypeAliasDeclaration(d));
  });
  return named && declarations.length > 0 && declarations.every((d) => !d.getSourceFile().isDeclarationFile);
}

/**
 * A request's query is a record of parameters in every server framework: a `req.query` the checker knows as text
 * (`req: { name: string; query: string }`, a database command the code calls a request) is SQL or a search string the
 * code wrote, not a customer's input.
 */
function isTextQuery(object: ts.Expression, name: string, checker: ts.TypeChecker | undefined): boolean {
  if (name !== 'query' || !checker) return false;
  const prop = checker.getTypeAtLocation(object).getProperty(name);
  if (!prop) return false;
  const t = checker.getNonNullableType(checker.getTypeOfSymbol(prop));
  return !!(t.flags & ts.TypeFlags.StringLike);
}

function isFormLike(e: ts.Expression): boolean {
  const name = nameOf(e);
  if (!name) return false;
  const words = splitWords(name);
  return words[words.length - 1] === 'form';
}

/** `req.body`, `ctx.request.body`, `req.query`, `this.form.value`: a member that is the input as a whole. */
export function isInputMember(object: ts.Expression, name: string, checker: ts.TypeChecker | undefined): boolean {
  if (INPUT_MEMBERS.has(name)) {
    return isRequestLike(object, checker) && !isTextQuery(object, name, checker) && !(name !== 'query' && inBodilessRoute(object));
  }
  if (name === 'value' || name === 'rawValue') return isFormLike(object);
  return false;
}

/** Methods of a router or an app that register a handler of requests without a body (`app.get('/stats', …)`). */
const BODILESS_ROUTE_METHODS = new Set(['get', 'head']);

/**
 * Whether a request is one a handler registered for GET or HEAD receives (`app.get('/api/v1/stats', (req, res) =>
 * …)`, `router.get(path, auth, handler)`): such a request has no body, so its `body` holds nothing the customer sent.
 */
function inBodilessRoute(request: ts.Expression): boolean {
  const fn = ts.findAncestor(request, (n) => ts.isArrowFunction(n) || ts.isFunctionExpression(n));
  const call = fn?.parent;
  if (!fn || !call || !ts.isCallExpression(call) || !call.arguments.includes(fn as ts.Expression)) return false;
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || !BODILESS_ROUTE_METHODS.has(callee.name.text)) return false;
  // The route's path first (`'/stats'`, `\`${apiBasePath}/stats\``, `ROUTES.stats`), the handler after it.
  const path = call.arguments[0];
  return !!path && !ts.isFunctionLike(path) && call.arguments.indexOf(fn as ts.Expression) > 0;
}

/** `request.json()`, `req.formData()`, `form.getRawValue()`: a call that reads the input as a whole. */
export function isInputCall(call: ts.CallExpression, checker: ts.TypeChecker | undefined): boolean {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee)) return false;
  const method = callee.name.text;
  if (BODY_READERS.has(method) && call.arguments.length === 0) return isRequestLike(callee.expression, checker);
  if (method === 'getRawValue') return isFormLike(callee.expression);
  return false;
}

/**
 * `@Body() dto`, `formData: FormData`: a parameter that receives the input. `@Query('host') host` receives one field of
 * it, judged by its key: a personal or free-text one (`@Body('email')`, `@Body('message')`) is still the customer's.
 */
export function isInputParameter(p: ts.ParameterDeclaration): boolean {
  const decorators = ts.canHaveDecorators(p) ? ts.getDecorators(p) ?? [] : [];
  for (const d of decorators) {
    const e = d.expression;
    const callee = ts.isCallExpression(e) ? e.expression : e;
    if (!ts.isIdentifier(callee) || !INPUT_DECORATORS.has(callee.text)) continue;
    const given = ts.isCallExpression(e) && e.arguments[0] && ts.isStringLiteralLike(e.arguments[0]) ? e.arguments[0].text : undefined;
    const key = given !== undefined && WHOLE_INPUT_KEYS.has(given) ? undefined : given;
    // `@Body() createAudienceDto: CreateAudienceDto`: the settings of a thing (an audience, a template, a workflow)
    // an operator sends, which its type describes field by field, not a person's form.
    if (key === undefined && p.type && ts.isTypeReferenceNode(p.type) && ts.isIdentifier(p.type.typeName)
      && namesNonPersonThing(p.type.typeName.text)) return false;
    if (key === undefined) return true;
    // A path parameter or a resolver's argument named only `name` or `username` (`@Param('name')` of a blob, `@Args('name')`
    // of a workspace) names a thing as often as a person: only a field personal on its own counts there.
    const field = classifyField(key);
    if (field && field.needsPerson && NAMED_ARGUMENT_DECORATORS.has(callee.text)) return false;
    return !!field || isFreeTextField(key);
  }
  const type = p.type;
  return !!type && ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && type.typeName.text === 'FormData';
}

/**
 * `.mutation(({ input }) => …)`: the binding of a procedure's input. Also the input a tRPC adapter hands its error
 * handler (`trpcServer({ router, onError: ({ error, input }) => … })`): the input of the procedure that failed.
 */
export function isProcedureInput(el: ts.BindingElement): boolean {
  const key = (el.propertyName ?? el.name);
  if (!ts.isIdentifier(key) || !PROCEDURE_INPUTS.has(key.text)) return false;
  const param = el.parent.parent;
  if (!ts.isParameter(param)) return false;
  const fn = param.parent;
  if (!(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn) || ts.isMethodDeclaration(fn)) || fn.parameters[0] !== param) return false;
  if (isErrorHandlerOfCallOptions(fn)) return key.text === 'input';
  const call = fn.parent;
  return ts.isCallExpression(call) && ts.isPropertyAccessExpression(call.expression)
    && PROCEDURE_METHODS.has(call.expression.name.text);
}

/** `onError` of an options object passed to a call: `adapter({ router, onError: (opts) => … })`, or as a method. */
function isErrorHandlerOfCallOptions(fn: ts.ArrowFunction | ts.FunctionExpression | ts.MethodDeclaration): boolean {
  const member = ts.isMethodDeclaration(fn) ? fn : ts.isPropertyAssignment(fn.parent) && fn.parent.initializer === fn ? fn.parent : undefined;
  if (!member || !ts.isIdentifier(member.name) || member.name.text !== 'onError') return false;
  const options = member.parent;
  return ts.isObjectLiteralExpression(options) && ts.isCallExpression(options.parent) && options.parent.arguments.includes(options);
}

/** A field of the input that holds the customer's own words. */
export function isFreeTextField(name: string): boolean {
  const words = splitWords(name);
  return words.length > 0 && FREE_TEXT_WORDS.has(words[words.length - 1])
    // `error_description` of an OAuth callback, `errorMessage`, `statusText`: a system's words about an error.
    && !words.slice(0, -1).some((w) => ERROR_WORDS.has(w));
}

/** Words that make a text an error's or a status's (`error_description`, `exceptionMessage`). */
const ERROR_WORDS: ReadonlySet<string> = new Set(['error', 'errors', 'err', 'exception', 'status', 'failure', 'fault']);

/**
 * The name of the schema a procedure declares for its input (`.input(integrationCreateSchema).mutation(({ input }) =>
 * …)`), read along the chain the procedure is built by; undefined when it is written inline or cannot be seen.
 */
export function procedureInputSchemaName(el: ts.BindingElement): string | undefined {
  const fn = el.parent.parent.parent;
  const call = fn?.parent;
  if (!call || !ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) return undefined;
  let link: ts.Expression = call.expression.expression;
  for (let i = 0; i < 20 && ts.isCallExpression(link) && ts.isPropertyAccessExpression(link.expression); i++) {
    if (link.expression.name.text === 'input' || link.expression.name.text === 'inputSchema') {
      const schema = link.arguments[0];
      return schema && ts.isIdentifier(schema) ? schema.text : schema && ts.isPropertyAccessExpression(schema) ? schema.name.text
        // Written inline (`createDomain: procedure.input(z.object({ name }))`): the procedure's own name says what for.
        : procedureName(call);
    }
    link = link.expression.expression;
  }
  return undefined;
}

/** The schema expression a procedure declares for its input (`.input(z.string().max(2048))`), if it can be seen. */
export function procedureInputSchema(el: ts.BindingElement): ts.Expression | undefined {
  const fn = el.parent.parent.parent;
  const call = fn?.parent;
  if (!call || !ts.isCallExpression(call) || !ts.isPropertyAccessExpression(call.expression)) return undefined;
  let link: ts.Expression = call.expression.expression;
  for (let i = 0; i < 20 && ts.isCallExpression(link) && ts.isPropertyAccessExpression(link.expression); i++) {
    if (link.expression.name.text === 'input' || link.expression.name.text === 'inputSchema') return link.arguments[0];
    link = link.expression.expression;
  }
  return undefined;
}

/** The key a procedure is defined under in its router (`createDomain: teamProcedure.input(…).mutation(…)`). */
function procedureName(call: ts.CallExpression): string | undefined {
  let top: ts.Node = call;
  while (ts.isCallExpression(top.parent) || ts.isPropertyAccessExpression(top.parent)) top = top.parent;
  return ts.isPropertyAssignment(top.parent) && top.parent.initializer === top ? propertyNameText(top.parent.name) : undefined;
}
