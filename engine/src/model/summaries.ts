/**
 * Function summaries and the sinks reached through helpers: for each function, computed once and shared by all its
 * callers, whether its parameters can reach a sink (`paramsReachSinks`); for a call of a project helper, the sinks
 * inside it (and inside the helpers it calls, a few levels deep) that carry personal data only because of the
 * call's arguments, each value anchored at the argument the caller wrote (`helperSinks`). The model reports them at
 * the call that hands the data in.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import type { FileAnalysis } from './analysis';
import { EMPTY_ENV, TracedValue, subjectText, type Env, type FunctionNode, type SinkCall } from './values';
import { calleePath, callTakingCallback, propertyNameText, stripParens } from './syntax';
import { callsInBody } from './syntax-index';
import type { Destination, FlowStep, PersonalFact, PersonalValue } from './facts';
import { boundPayloadRecipients, boundRecipient, recipientParameters } from './recipients';
import { SINK_CATALOG } from '../sinks';
import { dataLeaves, isSenderPart, isStoredValue, passesWhen, personalParts, sessionTokenKey, signInTokenProperties, storedValueIndex } from './sites';
import { runsOnlyOutsideProduction } from './environment';
import { isRedacted, redactedPaths } from './redaction';
import { isInputParameter } from './request-input';
import { sdkCallbackFacts } from './sdk-sources';
import { CALLBACK_ELEMENT_METHODS } from './flow-tables';
import { classifyField, namesThingsName } from '../vocabulary';

const MAX_HELPER_DEPTH = 3;

/**
 * A log call that runs only in local development or tests (`if (process.env.NODE_ENV === 'development')`): what it
 * writes stays on a developer's machine. A transfer there still leaves it, and is reported. A command-line program's
 * console output is not a log either (below).
 */
export function isDevelopmentLog(sink: SinkCall, a: FileAnalysis): boolean {
  if (sink.spec.kind !== 'log') return false;
  return isCommandLineOutput(sink, a) || runsOnlyOutsideProduction(sink.call, a);
}

/**
 * What a command-line program (a file that starts with `#!`: an operator's script, an agent's tool; a file of a
 * package that declares a `bin` and parses its command line with commander, yargs …; a file that asks the person at
 * the terminal with a prompt library, or defines a command with a command framework) prints on its console is its output to the
 * person running it, not a log the application keeps. A logger it sets up still writes a log.
 */
function isCommandLineOutput(sink: SinkCall, a: FileAnalysis): boolean {
  if (sink.spec.id !== 'console') return false;
  const sf = sink.call.getSourceFile();
  return sf.text.startsWith('#!') || importsTerminalLibrary(sf) || a.project.isCommandLinePackage(sf.fileName);
}

/**
 * Packages a program defines its commands with (`command({ name: 'list', handler })` of brocli, commander's
 * `.command(…).action(…)`): a file that imports one is a command's code, and prints to the person who ran it.
 */
const COMMAND_FRAMEWORKS: ReadonlySet<string> = new Set(['commander', '@commander-js/extra-typings', 'yargs', '@oclif/core',
  'oclif', 'cac', 'clipanion', 'citty', 'sade', 'vorpal', 'caporal', '@caporal/core', '@drizzle-team/brocli', 'cmd-ts',
  'gluegun', '@effect/cli']);

/** Whether a file imports an interactive prompt library or a command framework (not a type-only import): remembered. */
function importsTerminalLibrary(sf: ts.SourceFile): boolean {
  let known = promptImports.get(sf);
  if (known === undefined) {
    known = sf.statements.some((st) => ts.isImportDeclaration(st) && !st.importClause?.isTypeOnly
      && ts.isStringLiteral(st.moduleSpecifier) && (isPromptLibrary(st.moduleSpecifier.text) || COMMAND_FRAMEWORKS.has(st.moduleSpecifier.text)));
    promptImports.set(sf, known);
  }
  return known;
}

const promptImports = new WeakMap<ts.SourceFile, boolean>();

/** Packages a program asks the person at its terminal questions with (its console is that person's screen). */
const PROMPT_LIBRARIES: ReadonlySet<string> = new Set(['inquirer', 'prompts', 'enquirer', '@clack/prompts', 'readline-sync',
  'inquirer-autocomplete-prompt', 'cli-select', 'terminal-kit']);

/** `inquirer`, `@inquirer/prompts`, `@inquirer/select` …: a prompt library (`PROMPT_LIBRARIES`). */
function isPromptLibrary(name: string): boolean {
  return PROMPT_LIBRARIES.has(name) || name.startsWith('@inquirer/');
}

export function enclosingFunction(node: ts.Node): FunctionNode | undefined {
  return ts.findAncestor(node.parent, (n): n is FunctionNode =>
    ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n) || ts.isMethodDeclaration(n)) as FunctionNode | undefined;
}

interface HelperSink {
  sink: SinkCall;
  values: AnchoredValue[];
  destination?: Destination;
  guarded: boolean;
}

/**
 * The sinks inside the function a call invokes that carry personal data only because of this call's
 * arguments (what the helper does on its own is reported inside it, and so is what a helper further down the
 * chain is handed by an argument personal on its own: one flow, one finding). `cut.hit` is set when a call that
 * hands on the parameters is left unfollowed at the helper depth limit.
 */
export function helperSinks(a: FileAnalysis, call: ts.CallExpression, env: Env, depth: number,
  cut: { hit: boolean } | undefined): HelperSink[] {
  if (call.arguments.length === 0) return [];
  // The project's own logger called inside a helper (`this.logger.error(msg, { ps: data })`): its call reads as a log
  // call, and is taken as one rather than followed into the logger's class (whose own chain of methods would use up
  // the helper depth before its console call).
  if (depth > 0 && isLogCallByName(call)) return logCallSinks(a, call, env);
  if (depth >= MAX_HELPER_DEPTH) {
    // Not followed (a call inside a helper: it resolves to a project function, see `callsInside`): a blind spot when
    // it hands on the helper's parameters, which carry the caller's data (remembered per node: cheap).
    if (cut && !cut.hit && call.arguments.some((arg) => !!a.evaluateWithParams(arg).params?.size)) cut.hit = true;
    return [];
  }
  // Each function the call may run (the method of each class a union-typed receiver may be): the sinks of any of them.
  return a.resolveFunctions(call.expression).flatMap((target) => targetSinks(a, call, target, env, depth, cut));
}

/** `helperSinks` for one function the call runs. */
function targetSinks(a: FileAnalysis, call: ts.CallExpression, target: { fn: FunctionNode; analysis: FileAnalysis },
  env: Env, depth: number, cut: { hit: boolean } | undefined): HelperSink[] {
  if (!target.fn.body) return [];
  const inner = target.analysis;
  const persisted = ts.isMethodDeclaration(target.fn) ? persistedStateSinks(a, call, target.fn, inner, env) : [];
  const reached = bodySinks(a, call, target, env, depth, cut);
  return persisted.length ? [...persisted, ...reached] : reached;
}

/** The sinks in the helper's body (and the helpers it calls) that the call's arguments reach. */
function bodySinks(a: FileAnalysis, call: ts.CallExpression, target: { fn: FunctionNode; analysis: FileAnalysis },
  env: Env, depth: number, cut: { hit: boolean } | undefined): HelperSink[] {
  const inner = target.analysis;
  // The function's summary: most helpers never hand a parameter to a sink, and then no call of them needs binding.
  if (!paramsReachSinks(target.fn, inner, depth)) {
    // Nothing within the helper depth; a chain that hands the parameters to a sink only farther down is not
    // followed either, and that is a blind spot of the call (`l4(c.email)` with the log four helpers in).
    if (cut && !cut.hit && paramsReachSinksAnywhere(target.fn, inner)) cut.hit = true;
    return [];
  }
  const sinks = sinksByFunction(inner).get(target.fn) ?? [];
  const nestedCalls = callsInside(target.fn, inner);
  const bound = inner.bind(target.fn, call.arguments, a, factoryEnv(a, call.expression, target, env));
  let blank: Env | undefined;
  const out: HelperSink[] = [];
  for (const sink of sinks) {
    if (!passesWhen(sink.spec, sink.call)) continue;
    if (isDevelopmentLog(sink, inner)) continue;
    if (onMissingValueBranch(inner, target.fn, sink.call, bound)) continue;
    const values: AnchoredValue[] = [];
    let dependsOnParams = false;
    // What the call sends: its arguments, or what the catalogue says it sends (callbacks' results, a client's options).
    const args = sink.payload ?? sink.call.arguments ?? [];
    for (const [i, whole] of args.entries()) {
      // A cookie's name or a storage key the helper is given is where the value goes, not what it stores.
      if (sink.spec.keyArgs?.includes(i) && args.length > 1) continue;
      if (!inner.evaluateWithParams(whole, EMPTY_ENV).params?.size) continue;
      // Part by part (`{ from: this.meta.email, to, html }`, through `JSON.stringify`): a part personal whatever the
      // callers pass (its parameters given nothing) is reported inside the helper; the parts that carry a
      // parameter, here, each named.
      for (const arg of dataLeaves(whole)) {
        if (sink.spec.recipientFields && isSenderPart(inner, whole, arg)) continue;
        const unbound = inner.evaluateWithParams(arg, EMPTY_ENV);
        if (!unbound.params?.size) continue;
        blank ??= inner.bind(target.fn, [], inner, EMPTY_ENV, true);
        if (unbound.value && inner.personalValue(arg, blank)) continue;
        dependsOnParams = true;
        const redacted = redactedPaths(sink, inner);
        // Personal by a parameter's name (`to: email` with `email: string`): the sink is reported inside the helper
        // too, and this call where a person's value enters the chain.
        const reportedInside = !!unbound.value;
        // `purgeDocument(name)` into `purgeDocument(filename)`: a bare name is the thing's the helper calls it.
        const thingsName = [...unbound.params].every((p) => ts.isIdentifier(p.name) && namesThingsName(p.name.text));
        for (const v of personalParts(inner, arg, bound)) {
          if (thingsName && isBareName(v)) continue;
          if (!redacted.length || !isRedacted(v, sink.call, redacted)) values.push(anchorAt(v, call, a, env, reportedInside));
        }
      }
    }
    // `setItem(AUTH_TOKEN, token)` into `setItem(key, value) { localStorage.setItem(key, JSON.stringify(value)) }`:
    // the key this call gives names a session token, so the value it gives is one. So too when the helper names the
    // key itself (`saveToken(t) { localStorage.setItem('token', t) }`): what `saveToken(response.data.token)` gives.
    if (!values.length && sink.spec.keyArgs?.length && args.length > 1) {
      const keyArg = args[sink.spec.keyArgs[0]];
      // (`'store:' + key`, `` `${prefix}:${key}` ``: the key the call gives ends the one the helper writes under.)
      const key = (keyArg && boundArgument(inner, lastKeyPart(keyArg), bound)) ?? (keyArg && { analysis: inner, expr: keyArg });
      const tokenKey = key && sessionTokenKey(key.analysis, key.expr);
      if (tokenKey) {
        const whole = args[storedValueIndex(sink.spec)];
        for (const leaf of whole ? dataLeaves(whole) : []) {
          const given = boundArgument(inner, leaf, bound);
          if (!given || given.analysis !== a || !isStoredValue(given.expr)) continue;
          values.push(anchorAt(new TracedValue(given.expr, [{ category: 'sessionToken', field: tokenKey, via: 'name' }]), call, a, env).asOwn());
          dependsOnParams = true;
        }
      }
    }
    // Whom the send goes to, when the helper passes on a parameter as the recipient (`sendEmail(to, …)` →
    // `sendMail({ to })`): what this call gives for it, when nothing else here is personal.
    if (!values.length && sink.spec.recipientFields) {
      for (const { node, field } of recipientParameters(inner, sink.spec, args)) {
        if (field) {
          // Whom the message goes to is known at this call (a recipient passed on as it is was left to the callers):
          // reported here, not again at the callers of the function this call is in.
          const v = boundRecipient(inner, node, field, bound);
          if (v) { values.push(anchorAt(v, call, a, env).asOwn()); dependsOnParams = true; }
          continue;
        }
        // A recipient read out of the message this call's caller builds (a local, not a parameter passed on): the
        // same, reported at this call.
        for (const v of boundPayloadRecipients(inner, sink.spec, node, bound)) {
          values.push(anchorAt(v, call, a, env).asOwn());
          dependsOnParams = true;
        }
      }
    }
    if (!dependsOnParams || !values.length) continue;
    const destination = sink.spec.kind === 'transfer' ? inner.destinationOf(sink, bound).destination : undefined;
    out.push({ sink, values, destination, guarded: inner.isGuarded(sink.call) });
  }
  for (const nested of nestedCalls) {
    let devOnly: boolean | undefined;
    for (const h of helperSinks(inner, nested, bound, depth + 1, cut)) {
      if (h.sink.spec.kind === 'log' && (devOnly ??= runsOnlyOutsideProduction(nested, inner))) continue;
      // A value the nested call is handed by an argument personal on its own there is reported at that call; so is
      // one only a callback's parameter carries (`magicLink({ sendMagicLink: ({ email }) => sendEmail(email) })`):
      // the code that calls it back hands it in, not this call.
      // (A value personal there that this call's own argument gave, as one of the values a variable was assigned —
      // `let receiver = to; if (!receiver) receiver = user.email` — enters the chain here all the same.)
      const values = h.values.filter((v) => (!v.ownAtAnchor || passesThroughArguments(v, call))
        && !onlyCallbackParameters(inner, v.node, target.fn))
        .map((v) => anchorAt(v, call, a, env, ts.isExpression(v.node) && !!inner.evaluateWithParams(v.node, EMPTY_ENV).value));
      if (values.length) out.push({ ...h, values, guarded: h.guarded || inner.isGuarded(nested) });
    }
  }
  if (depth > 0) return out;
  // A link of the chain: this call only hands on a parameter of the function it is in (`resend(email) {
  // sendOtp(email) }`) to a helper that reports the value itself. Its callers are where the data enters.
  const fn = enclosingFunction(call);
  const links = fn ? out.filter((h) => h.values.some((v) => passesOnParameter(a, v, fn))) : [];
  if (!links.length) return out;
  return out.flatMap((h) => {
    if (!links.includes(h)) return [h];
    const values = h.values.filter((v) => !passesOnParameter(a, v, fn!));
    return values.length ? [{ ...h, values }] : [];
  });
}

/** Whether the way a value takes (as the sink inside the helpers sees it) runs through an argument of `call`. */
function passesThroughArguments(v: AnchoredValue, call: ts.CallExpression): boolean {
  const sf = call.getSourceFile();
  return v.full.steps.some(({ node }) => node.getSourceFile() === sf
    && call.arguments.some((arg) => arg.pos <= node.pos && node.end <= arg.end));
}

/**
 * A value the helper reports itself, which the call gives only by passing on a parameter of the function the call
 * is in (not of a callback written among its arguments: `send(list.map((email) => ({ to: email })))`).
 */
function passesOnParameter(a: FileAnalysis, v: AnchoredValue, fn: FunctionNode): boolean {
  if (!v.reportedInside || !ts.isExpression(v.node)) return false;
  let e: ts.Expression = stripParens(v.node);
  while (ts.isNonNullExpression(e) || ts.isAsExpression(e)) e = stripParens(e.expression);
  if (!ts.isIdentifier(e)) return false;
  let decl: ts.Node | undefined = a.scope.resolve(e);
  while (decl && ts.isBindingElement(decl)) decl = decl.parent.parent;
  // A callback's parameter (`owners.map((email) => sendOtp(email))`) is handed in by the code that calls it back, and
  // so is what an SDK fills one with (`sendVerificationRequest({ identifier })` of an Auth.js provider): data enters there.
  // A parameter a framework fills with the request's input (`@Args('email') email`, `@Body() dto`) is where the data
  // enters as well: the method has no caller in the code to report instead.
  return !!decl && ts.isParameter(decl) && decl.parent === fn && !ts.isCallOrNewExpression(fn.parent) && !sdkCallbackFacts(decl)
    && !isInputParameter(decl);
}

/**
 * A log call by name taken as the sink itself (`isLogCallByName`): the parts of its arguments that carry what the
 * callers pass (a part personal whatever they pass is reported where the call is written).
 */
function logCallSinks(a: FileAnalysis, call: ts.CallExpression, env: Env): HelperSink[] {
  const spec = LOG_BY_NAME[0];
  const fn = callersFunction(call);
  const blank = fn ? a.bind(fn, [], a, EMPTY_ENV, true) : EMPTY_ENV;
  const values: AnchoredValue[] = [];
  for (const whole of call.arguments) {
    if (!a.evaluateWithParams(whole, EMPTY_ENV).params?.size) continue;
    for (const arg of dataLeaves(whole)) {
      const unbound = a.evaluateWithParams(arg, EMPTY_ENV);
      if (!unbound.params?.size || (unbound.value && a.personalValue(arg, blank))) continue;
      for (const v of personalParts(a, arg, env)) values.push(anchorAt(v, call, a, env));
    }
  }
  if (!spec || !values.length) return [];
  const method = (call.expression as ts.PropertyAccessExpression).name.text;
  const sink: SinkCall = { call, spec, callee: calleePath(call.expression) ?? method, origin: { spec, role: 'module' }, method };
  return [{ sink, values, guarded: false }];
}

/** Log sinks recognised by the receiver's name (`logger`, `this.log`, `appLogger`). */
const LOG_BY_NAME = SINK_CATALOG.filter((spec) => spec.kind === 'log' && spec.receiverPattern);

/** `this.logger.error(…)`, `log.warn(…)`: a call that reads as a log call, whatever the logger's class is. */
function isLogCallByName(call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee)) return false;
  const receiver = callee.expression;
  const name = ts.isIdentifier(receiver) ? receiver.text : ts.isPropertyAccessExpression(receiver) ? receiver.name.text : undefined;
  return !!name && LOG_BY_NAME.some((spec) => spec.receiverPattern!.test(name) && !!spec.methods?.includes(callee.name.text));
}

/** Helper sites of one call that reach the same sink (by several paths, or with several values): one site. */
export function mergeBySink(found: HelperSink[]): HelperSink[] {
  const out: HelperSink[] = [];
  for (const h of found) {
    const same = out.find((o) => o.sink.call === h.sink.call && o.guarded === h.guarded
      && o.destination?.kind === h.destination?.kind && o.destination?.label === h.destination?.label);
    if (!same) { out.push({ ...h, values: dedupeValues(h.values) }); continue; }
    same.values = dedupeValues([...same.values, ...h.values]);
  }
  return out;
}

/** One value per place and field: the same argument reaching a sink twice is named once. */
export function dedupeValues<V extends { node: ts.Node; facts: ReadonlyArray<{ field: string }> }>(values: V[]): V[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = `${v.node.pos}:${v.node.end}:${v.facts[0]?.field}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A personal value reported at a helper's call: written as the caller wrote it (the argument that carries it, to
 * underline), with the whole way it takes — where it entered, the caller's argument, the helpers' parameters, the
 * sink's argument.
 */
class AnchoredValue implements PersonalValue {
  constructor(
    private readonly at: PersonalValue,
    /** The value as the sink inside the helper sees it (bound to this call's arguments). */
    readonly full: PersonalValue,
    /** The argument is personal on its own at this call, without knowing the callers. */
    readonly ownAtAnchor: boolean,
    /** The value's steps do not pass through the argument (a field read off it by name): it comes first. */
    private readonly prefix: boolean,
    /** The helper the call invokes reports the value itself (personal there by a parameter's name). */
    readonly reportedInside = false,
  ) {}

  /** The same value, personal on its own at this call (reported here, not again at the callers). */
  asOwn(): AnchoredValue { return new AnchoredValue(this.at, this.full, true, this.prefix, this.reportedInside); }

  get node(): ts.Node { return this.at.node; }
  get subject(): string { return this.at.subject; }
  get source(): string { return this.at.source; }
  get facts(): PersonalFact[] { return this.full.facts.length ? this.full.facts : this.at.facts; }
  get flow(): string[] {
    const texts = this.steps.map((s) => s.text);
    return texts.filter((t, i) => i === 0 || t !== texts[i - 1]);
  }
  get steps(): readonly FlowStep[] {
    return this.prefix ? [...this.at.steps, ...this.full.steps] : this.full.steps;
  }
}

/**
 * Anchors a value found inside a helper at the argument of `call` it came from: the step of its way that lies in
 * that argument, or else the first argument personal here (a field the helper reads off it by name), or the
 * first argument.
 */
/**
 * Whether what `node` carries depends on parameters, none of them the function's own: those of callbacks written in
 * it, which whoever calls them back fills.
 */
function onlyCallbackParameters(inner: FileAnalysis, node: ts.Node, fn: FunctionNode): boolean {
  if (!ts.isExpression(node)) return false;
  const params = inner.evaluateWithParams(node, EMPTY_ENV).params;
  return !!params?.size && [...params].every((p) => p.parent !== fn);
}

/** What the call gives for a parameter of the helper used as `expr` there (`key`), with where it is written. */
function boundArgument(inner: FileAnalysis, expr: ts.Expression, bound: Env): { analysis: FileAnalysis; expr: ts.Expression } | undefined {
  const e = stripParens(expr);
  const decl = ts.isIdentifier(e) ? inner.scope.resolve(e) : undefined;
  const given = decl && ts.isParameter(decl) ? bound.bindings.get(decl) : undefined;
  return given?.expr ? { analysis: given.analysis, expr: given.expr } : undefined;
}

/** The part a composed key ends with: `'store:' + key` → `key`, `` `app.${key}` `` → `key`; else the key itself. */
function lastKeyPart(key: ts.Expression): ts.Expression {
  const e = stripParens(key);
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) return lastKeyPart(e.right);
  if (ts.isTemplateExpression(e) && e.templateSpans.length && !e.templateSpans[e.templateSpans.length - 1].literal.text) {
    return e.templateSpans[e.templateSpans.length - 1].expression;
  }
  return e;
}

function anchorAt(v: PersonalValue, call: ts.CallExpression, a: FileAnalysis, env: Env, reportedInside = false): AnchoredValue {
  const full = v instanceof AnchoredValue ? v.full : v;
  const sf = a.sourceFile;
  const steps = full.steps;
  for (let i = steps.length - 1; i >= 0; i--) {
    const node = steps[i].node;
    if (node.getSourceFile() !== sf) continue;
    const arg = call.arguments.find((x) => x.pos <= node.pos && node.end <= x.end);
    if (!arg) continue;
    const here = ts.isExpression(node) ? a.personalValue(node, env) : undefined;
    const own = ts.isExpression(node) ? ownAt(node, call, a) : false;
    return new AnchoredValue(here ?? traced(node, full), full, own, false, reportedInside);
  }
  for (const arg of call.arguments) {
    const here = a.personalValue(arg, env);
    if (here) return new AnchoredValue(here, full, ownAt(arg, call, a), true, reportedInside);
  }
  const first = call.arguments[0] ?? call;
  return new AnchoredValue(traced(first, full), full, false, true, reportedInside);
}

/**
 * Whether an argument of `call` is personal on its own, as a sink argument in a helper is judged: personal without
 * depending on the parameters of the function holding the call, or personal even with them given nothing (a
 * person's record, a field read off one, a scalar personal by its name such as `email: string`). Then the flow is
 * reported at `call`, inside that function, and not again at its callers; a container the callers fill
 * (`emailData: SendEmailProps`) depends on them.
 */
function ownAt(node: ts.Expression, call: ts.CallExpression, a: FileAnalysis): boolean {
  const unbound = a.evaluateWithParams(node, EMPTY_ENV);
  if (!unbound.value) return false;
  if (!unbound.params?.size) return true;
  const fn = callersFunction(call);
  return !!a.personalValue(node, fn ? a.bind(fn, [], a, EMPTY_ENV, true) : EMPTY_ENV);
}

/** A value at `node` with another value's facts (when the caller's side has no value of its own to show). */
function traced(node: ts.Node, like: PersonalValue): PersonalValue {
  const subject = subjectText(node);
  return { node, subject, source: like.source, facts: like.facts, flow: [subject], steps: [{ node, text: subject }] };
}

/** Per helper depth: a summary at depth d looks `MAX_HELPER_DEPTH - d` levels of calls deep, as `helperSinks` does. */
const summaryMemo = Array.from({ length: MAX_HELPER_DEPTH }, () => new WeakMap<FunctionNode, boolean>());

/**
 * A function's summary, computed once and shared by all its callers: whether one of its parameters can reach a
 * sink, directly (a sink argument that depends on a parameter) or through a call to another helper that can (up to
 * the helper depth). A superset: a cycle of helpers counts as handing on. A chain that reaches no sink within the
 * depth is not asked further (that is what the limit saves), so it is not counted as a blind spot either.
 */
function paramsReachSinks(fn: FunctionNode, a: FileAnalysis, depth: number): boolean {
  const memo = summaryMemo[depth];
  const known = memo.get(fn);
  if (known !== undefined) return known;
  memo.set(fn, true);
  const dependsOnParams = (arg: ts.Expression): boolean => !!a.evaluateWithParams(arg, EMPTY_ENV).params?.size;
  let result = false;
  for (const sink of sinksByFunction(a).get(fn) ?? []) {
    if ([...(sink.call.arguments ?? []), ...(sink.payload ?? [])].some(dependsOnParams)) { result = true; break; }
  }
  // A store's setter whose field its class keeps in the browser (`persistedStateSinks`).
  if (!result && ts.isMethodDeclaration(fn)) result = persistedWrites(fn, a).length > 0;
  if (!result) {
    // A call of the project's own logger inside a helper is taken as a log call (`logCallSinks`).
    result = callsInside(fn, a).some((nested) => isLogCallByName(nested) && nested.arguments.some(dependsOnParams));
  }
  if (!result && depth + 1 < MAX_HELPER_DEPTH) {
    for (const nested of callsInside(fn, a)) {
      if (a.resolveFunctions(nested.expression).some((t) => !!t.fn.body && paramsReachSinks(t.fn, t.analysis, depth + 1))) { result = true; break; }
    }
  }
  memo.set(fn, result);
  return result;
}

const sinksByFunctionMemo = new WeakMap<FileAnalysis, Map<FunctionNode | undefined, SinkCall[]>>();

/**
 * A file's sink calls grouped by the function that contains them (computed once per file): the function that
 * directly contains a sink, and the functions around it for which an inline callback runs it — a function written as
 * an argument of a call (`run((cb) => sheets.values.append(body, cb))`, `promise.then(() => send(x))`) runs for the
 * function that passes it, with that function's parameters.
 */
function sinksByFunction(a: FileAnalysis): Map<FunctionNode | undefined, SinkCall[]> {
  let map = sinksByFunctionMemo.get(a);
  if (!map) {
    const byFn = new Map<FunctionNode | undefined, SinkCall[]>();
    const add = (fn: FunctionNode | undefined, sink: SinkCall): void => {
      const list = byFn.get(fn);
      if (list) list.push(sink); else byFn.set(fn, [sink]);
    };
    for (const sink of a.sinkCalls) {
      let fn = enclosingFunction(sink.call);
      add(fn, sink);
      while (fn && isInlineCallback(fn)) {
        fn = enclosingFunction(fn);
        if (fn) add(fn, sink);
      }
    }
    map = byFn;
    sinksByFunctionMemo.set(a, map);
  }
  return map;
}

/**
 * A store class that keeps its state in the browser: a method writes what it is given into a field
 * (`setState(partial) { this._state = { ...this._state, ...partial }; this.persist(); }`) and the class writes that
 * field to web storage or a cookie (`persist() { localStorage.setItem(this.key, JSON.stringify({ ...this._state })) }`),
 * in that method or in one it calls on `this`. What this call gives for such a parameter is stored: reported here.
 */
function persistedStateSinks(a: FileAnalysis, call: ts.CallExpression, method: ts.MethodDeclaration, inner: FileAnalysis,
  env: Env): HelperSink[] {
  const out: HelperSink[] = [];
  for (const { rhs, sinks } of persistedWrites(method, inner)) {
    const values: AnchoredValue[] = [];
    method.parameters.forEach((p, i) => {
      const arg = call.arguments[i];
      if (!arg || !ts.isIdentifier(p.name) || !mentions(rhs, inner, p)) return;
      const v = a.personalValue(arg, env);
      if (v) values.push(anchorAt(v, call, a, env).asOwn());
      else for (const t of signInTokenProperties(a, arg)) values.push(anchorAt(t, call, a, env).asOwn());
    });
    if (values.length) out.push({ sink: sinks[0], values, guarded: inner.isGuarded(sinks[0].call) });
  }
  return out;
}

const persistedWritesMemo = new WeakMap<ts.MethodDeclaration, { rhs: ts.Expression; sinks: SinkCall[] }[]>();

/**
 * The writes of a method into a field its class keeps in the browser, with the sinks that keep it: those in the method
 * itself or in a method it calls on `this`.
 */
function persistedWrites(method: ts.MethodDeclaration, inner: FileAnalysis): { rhs: ts.Expression; sinks: SinkCall[] }[] {
  const known = persistedWritesMemo.get(method);
  if (known) return known;
  const out: { rhs: ts.Expression; sinks: SinkCall[] }[] = [];
  persistedWritesMemo.set(method, out);
  const cls = method.parent;
  if (!ts.isClassLike(cls) || !method.body || !method.parameters.length) return out;
  const fields = persistedFields(inner, cls);
  if (!fields.size) return out;
  const called = new Set<string>();
  const writes: { field: string; rhs: ts.Expression }[] = [];
  walkOwnBody(method.body, (n) => {
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(n.left)
      && n.left.expression.kind === ts.SyntaxKind.ThisKeyword && fields.has(n.left.name.text)) {
      writes.push({ field: n.left.name.text, rhs: n.right });
    }
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression)
      && n.expression.expression.kind === ts.SyntaxKind.ThisKeyword) called.add(n.expression.name.text);
  });
  for (const { field, rhs } of writes) {
    if (!method.parameters.some((p) => mentions(rhs, inner, p))) continue;
    const sinks = fields.get(field)!.filter((s) => {
      const owner = ts.findAncestor(s.call, ts.isMethodDeclaration);
      return owner === method || (!!owner?.name && called.has(propertyNameText(owner.name) ?? ''));
    });
    if (sinks.length) out.push({ rhs, sinks });
  }
  return out;
}

/** Whether an expression reads a parameter (by name, resolved in its file). */
function mentions(e: ts.Expression, a: FileAnalysis, p: ts.ParameterDeclaration): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isIdentifier(n) && a.scope.resolve(n) === p) { found = true; return; }
    ts.forEachChild(n, visit);
  };
  visit(e);
  return found;
}

/** Visits a function body's nodes, not those of the functions written inside it. */
function walkOwnBody(body: ts.Node, visit: (n: ts.Node) => void): void {
  const go = (n: ts.Node): void => {
    visit(n);
    if (!ts.isFunctionLike(n)) ts.forEachChild(n, go);
  };
  ts.forEachChild(body, go);
}

const persistedFieldsMemo = new WeakMap<ts.ClassLikeDeclaration, Map<string, SinkCall[]>>();

/** The fields of a class that its methods write whole to web storage or a cookie, with those writes. */
function persistedFields(a: FileAnalysis, cls: ts.ClassLikeDeclaration): Map<string, SinkCall[]> {
  let map = persistedFieldsMemo.get(cls);
  if (map) return map;
  map = new Map();
  for (const sink of a.sinkCalls) {
    if (sink.spec.kind !== 'storage' && sink.spec.kind !== 'cookie') continue;
    if (ts.findAncestor(sink.call, ts.isClassLike) !== cls) continue;
    const args = sink.call.arguments ?? [];
    const stored = sink.spec.keyArgs?.length && args.length > 1 ? args.slice(storedValueIndex(sink.spec)) : args;
    for (const arg of stored) {
      for (const field of thisFieldsRead(a, arg, 0)) {
        const list = map.get(field);
        if (list) list.push(sink); else map.set(field, [sink]);
      }
    }
  }
  persistedFieldsMemo.set(cls, map);
  return map;
}

/** The fields of `this` an expression reads, through the consts of its function (`const copy = { ...this._state }`). */
function thisFieldsRead(a: FileAnalysis, e: ts.Expression, depth: number): string[] {
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isPropertyAccessExpression(n) && n.expression.kind === ts.SyntaxKind.ThisKeyword) { out.push(n.name.text); return; }
    if (ts.isIdentifier(n) && depth < 3) {
      const decl = a.scope.resolve(n);
      if (decl && ts.isVariableDeclaration(decl) && decl.initializer && ts.isVariableDeclarationList(decl.parent)
        && (decl.parent.flags & ts.NodeFlags.Const)) out.push(...thisFieldsRead(a, decl.initializer, depth + 1));
      return;
    }
    if (!ts.isFunctionLike(n)) ts.forEachChild(n, visit);
  };
  visit(e);
  return out;
}

/** `paramsReachSinksAnywhere` by file: what was found for a function answers for every function it reaches. */
const anywhereMemo = new WeakMap<FileAnalysis, Map<FunctionNode, boolean>>();

function anywhereMemoOf(a: FileAnalysis): Map<FunctionNode, boolean> {
  let memo = anywhereMemo.get(a);
  if (!memo) { memo = new Map(); anywhereMemo.set(a, memo); }
  return memo;
}

/**
 * The summary without the helper depth: whether one of a function's parameters can reach a sink through any
 * number of helpers (a superset, like `paramsReachSinks`: which parameter goes where is not asked). Asked only of
 * calls whose chain has no such sink within the depth, to tell a blind spot from a chain that never sends. One
 * walk of the call graph from the function; what it finds is kept for every function on the way, so asking it of
 * every such call stays linear.
 */
export function paramsReachSinksAnywhere(fn: FunctionNode, a: FileAnalysis): boolean {
  const known = anywhereMemoOf(a).get(fn);
  if (known !== undefined) return known;
  const seen = new Set<FunctionNode>([fn]);
  // `from`: the index of the function whose call led here, to mark the way back when a sink is found.
  const walked: Array<{ fn: FunctionNode; a: FileAnalysis; from: number }> = [{ fn, a, from: -1 }];
  let foundAt = -1;
  for (let i = 0; i < walked.length && foundAt < 0; i++) {
    const { fn: f, a: fa } = walked[i];
    const before = i > 0 ? anywhereMemoOf(fa).get(f) : undefined;
    if (before === false) continue;
    if (before === true) { foundAt = i; break; }
    const dependsOnParams = (arg: ts.Expression): boolean => !!fa.evaluateWithParams(arg, EMPTY_ENV).params?.size;
    if ((sinksByFunction(fa).get(f) ?? []).some((sink) => [...(sink.call.arguments ?? []), ...(sink.payload ?? [])].some(dependsOnParams))) {
      foundAt = i;
      break;
    }
    for (const nested of callsInside(f, fa)) {
      for (const t of fa.resolveFunctions(nested.expression)) {
        if (t.fn.body && !seen.has(t.fn)) { seen.add(t.fn); walked.push({ fn: t.fn, a: t.analysis, from: i }); }
      }
    }
  }
  if (foundAt >= 0) {
    // Every function on the way from here to the one found reaches it too: a chain of n helpers asked about at
    // each of its n calls is walked once, not n times (quadratic: 4,000 chained helpers took 5.3 s instead of 0.9).
    for (let i = foundAt; i >= 0; i = walked[i].from) anywhereMemoOf(walked[i].a).set(walked[i].fn, true);
    return true;
  }
  // Nothing found: the walk went everywhere from here, so nothing on the way reaches a sink either.
  for (const w of walked) anywhereMemoOf(w.a).set(w.fn, false);
  return false;
}

/**
 * The function whose callers fill the parameters a value at `node` may depend on: the enclosing function, or, past a
 * callback handed to a library or a framework (`rule(…)((source, args, context) => …)`, `app.use((req) => …)`,
 * `promise.then((x) => …)`), the function that hands it over: that callback's parameters are filled by the code that
 * calls it back, not by the callers of the function it is written in, so a value read from them is the callback's
 * own. An array method's callback (`emails.forEach((email) => …)`) is given the elements of its receiver, and stays.
 */
function callersFunction(node: ts.Node): FunctionNode | undefined {
  let fn = enclosingFunction(node);
  while (fn && isInlineCallback(fn) && !isElementCallback(fn)) {
    const outer = enclosingFunction(fn);
    if (!outer) break;
    fn = outer;
  }
  return fn;
}

/** `list.map((x) => …)`, `list.reduce((acc, x) => …, init)`: a callback given the elements of the receiver. */
function isElementCallback(fn: FunctionNode): boolean {
  const call = callTakingCallback(fn);
  return !!call && ts.isCallExpression(call) && ts.isPropertyAccessExpression(call.expression)
    && CALLBACK_ELEMENT_METHODS.has(call.expression.name.text) && call.arguments[0] === fn;
}

/** A function expression written as an argument of a call (`run(() => …)`, `list.then(function (x) { … })`). */
function isInlineCallback(fn: FunctionNode): boolean {
  return callTakingCallback(fn) !== undefined;
}

const callsInsideMemo = new WeakMap<FunctionNode, ts.CallExpression[]>();

/** Calls inside a function body to other functions of the project (memoized: a helper may have many callers). */
function callsInside(fn: FunctionNode, a: FileAnalysis): ts.CallExpression[] {
  const known = callsInsideMemo.get(fn);
  if (known) return known;
  const out: ts.CallExpression[] = [];
  callsInsideMemo.set(fn, out);
  for (const n of callsInBody(a.sourceFile, fn)) {
    if (a.resolveFunction(n.expression) && !declaredCalls(a).has(n)) out.push(n);
  }
  return out;
}

const declaredCallsMemo = new WeakMap<FileAnalysis, ReadonlySet<ts.CallExpression | ts.NewExpression>>();

/** The calls of a file that are declared sinks (`functions` of the config), whose bodies are not followed. */
export function declaredCalls(a: FileAnalysis): ReadonlySet<ts.CallExpression | ts.NewExpression> {
  let set = declaredCallsMemo.get(a);
  if (!set) {
    set = new Set(a.config.functions.length ? a.sinkCalls.filter((s) => s.spec.family === 'declared').map((s) => s.call) : []);
    declaredCallsMemo.set(a, set);
  }
  return set;
}

/** A value personal only as a bare name (`name`, `names`): one a person's by its owner, which a thing may be too. */
function isBareName(v: PersonalValue): boolean {
  return v.facts.length > 0 && v.facts.every((f) => f.category === 'name' && f.via === 'name' && !!classifyField(f.field)?.needsPerson);
}

/**
 * Whether a helper's sink is on a branch this call never takes: under `if (!x)` (or in the `else` of `if (x)`), a
 * check that a value is missing, when this call sets it — `emitEvent({ user_id, data })` into `const id =
 * payload.guild_id || payload.user_id; if (!id) return console.error('no id', payload)` (spacebar's event bus).
 */
function onMissingValueBranch(inner: FileAnalysis, fn: FunctionNode, sinkCall: ts.Node, env: Env): boolean {
  for (let n: ts.Node = sinkCall; n.parent && n !== fn; n = n.parent) {
    const p = n.parent;
    if (ts.isIfStatement(p)) {
      const c = stripParens(p.expression);
      if (p.thenStatement === n && ts.isPrefixUnaryExpression(c) && c.operator === ts.SyntaxKind.ExclamationToken
        && isSetBy(inner, c.operand, env, 0)) return true;
      if (p.elseStatement === n && isSetBy(inner, c, env, 0)) return true;
      // `saveToken(token, persist) { if (persist) localStorage.setItem('token', token) }` called with `false`.
      if (p.thenStatement === n && isFalseBy(inner, c, env)) return true;
    }
    if (p !== fn && ts.isFunctionLike(p)) return false;
  }
  return false;
}

/** A parameter this call gives a falsy literal (`false`, `null`, `undefined`, `0`, `''`). */
function isFalseBy(a: FileAnalysis, expr: ts.Expression, env: Env): boolean {
  const e = stripParens(expr);
  const decl = ts.isIdentifier(e) ? a.scope.resolve(e) : undefined;
  const bound = decl && ts.isParameter(decl) ? env.bindings.get(decl) : undefined;
  const v = bound?.expr && stripParens(bound.expr);
  return !!v && (v.kind === ts.SyntaxKind.FalseKeyword || v.kind === ts.SyntaxKind.NullKeyword
    || (ts.isIdentifier(v) && v.text === 'undefined') || (ts.isNumericLiteral(v) && Number(v.text) === 0)
    || (ts.isStringLiteralLike(v) && v.text === ''));
}

/**
 * Whether a value is certainly set, given what the call binds: a property the caller's object literal writes (with
 * anything but `undefined`, `null`, `false`, `''` or `0`), one of `a || b`, both of `a && b`, a written object, array,
 * template or truthy literal, through constants and bound parameters.
 */
function isSetBy(a: FileAnalysis, expr: ts.Expression, env: Env, depth: number): boolean {
  if (depth > 8) return false;
  const e = stripParens(expr);
  if (ts.isAsExpression(e) || ts.isNonNullExpression(e) || ts.isSatisfiesExpression(e)) return isSetBy(a, e.expression, env, depth + 1);
  if (ts.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) {
      return isSetBy(a, e.left, env, depth + 1) || isSetBy(a, e.right, env, depth + 1);
    }
    return op === ts.SyntaxKind.AmpersandAmpersandToken && isSetBy(a, e.left, env, depth + 1) && isSetBy(a, e.right, env, depth + 1);
  }
  if (ts.isIdentifier(e)) {
    const decl = a.scope.resolve(e);
    if (decl && ts.isParameter(decl)) {
      const bound = env.bindings.get(decl);
      return !!bound?.expr && isSetBy(bound.analysis, bound.expr, bound.env, depth + 1);
    }
    return !!decl && ts.isVariableDeclaration(decl) && !!decl.initializer && ts.isVariableDeclarationList(decl.parent)
      && !!(decl.parent.flags & ts.NodeFlags.Const) && isSetBy(a, decl.initializer, env, depth + 1);
  }
  if (ts.isPropertyAccessExpression(e)) {
    const v = a.objectProperty(e.expression, e.name.text, env);
    return !!v && !isFalsyLiteral(v);
  }
  if (ts.isObjectLiteralExpression(e) || ts.isArrayLiteralExpression(e) || ts.isTemplateExpression(e)) return true;
  if (ts.isStringLiteralLike(e)) return e.text !== '';
  if (ts.isNumericLiteral(e)) return Number(e.text) !== 0;
  return e.kind === ts.SyntaxKind.TrueKeyword;
}

function isFalsyLiteral(expr: ts.Expression): boolean {
  const e = stripParens(expr);
  return (ts.isIdentifier(e) && e.text === 'undefined') || e.kind === ts.SyntaxKind.NullKeyword || e.kind === ts.SyntaxKind.FalseKeyword
    || (ts.isStringLiteralLike(e) && e.text === '') || (ts.isNumericLiteral(e) && Number(e.text) === 0);
}

/**
 * `api.put(…)` with `const api = APIInstance(API_ROOT)` (here or imported): when the method is a closure inside the
 * factory that made the object, what the factory was given (the address it was made for) is bound as well.
 */
function factoryEnv(a: FileAnalysis, callee: ts.Expression, target: { fn: FunctionNode; analysis: FileAnalysis }, env: Env): Env {
  const c = stripParens(callee);
  if (!ts.isPropertyAccessExpression(c)) return env;
  const recv = stripParens(c.expression);
  if (!ts.isIdentifier(recv)) return env;
  const decl = a.scope.resolve(recv);
  const holder = decl && ts.isVariableDeclaration(decl) ? { decl, analysis: a } : decl ? a.importedDeclaration(decl) : undefined;
  if (!holder || !ts.isVariableDeclaration(holder.decl) || !holder.decl.initializer) return env;
  let init = stripParens(holder.decl.initializer);
  if (ts.isAwaitExpression(init)) init = stripParens(init.expression);
  if (!ts.isCallExpression(init) || !init.arguments.length) return env;
  const maker = holder.analysis.resolveFunction(init.expression);
  if (!maker || maker.analysis !== target.analysis || maker.fn === target.fn) return env;
  let inside = false;
  for (let n: ts.Node | undefined = target.fn.parent; n && !inside; n = n.parent) inside = n === maker.fn;
  return inside ? maker.analysis.bind(maker.fn, init.arguments, holder.analysis, env) : env;
}
