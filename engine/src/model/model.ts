/**
 * The privacy model of one file: built in one walk, queried by every rule. It lists the log sites and
 * transfer sites that carry personal values (with destinations and guards) and every use of My Number.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import type { ResolvedConfig } from '../config/types';
import { FileAnalysis, EMPTY_ENV, valueLeaves, type Env, type FunctionNode, type SinkCall } from './analysis';
import { calleePath, walkTree } from './syntax';
import type { Destination, FieldUse, LogSite, MyNumberUse, PersonalValue, SinkSite, TransferSite } from './facts';
import type { PersonalCategory } from '../vocabulary';
import { collectFieldUses } from './field-uses';
import { collectMarketingSites } from './marketing';
import type { SinkKind } from '../sinks';
import { collectFormSites, passesWhen, personalArguments } from './sites';

const MAX_HELPER_DEPTH = 3;

export class PrivacyModel {
  readonly logSites: LogSite[] = [];
  readonly transferSites: TransferSite[] = [];
  get myNumberUses(): readonly MyNumberUse[] { return this.analysis.myNumberUses; }
  private readonly kindSites = new Map<SinkKind, SinkSite[]>();
  private readonly usesByCategory = new Map<PersonalCategory, FieldUse[]>();

  /** Reads and writes of the fields of a category (`myNumber`, `sensitive`) in this file. */
  fieldUses(category: PersonalCategory): readonly FieldUse[] {
    if (category === 'myNumber') return this.myNumberUses;
    if (category === 'sensitive') return this.analysis.sensitiveUses;
    let uses = this.usesByCategory.get(category);
    if (!uses) { uses = collectFieldUses(this.analysis, category); this.usesByCategory.set(category, uses); }
    return uses;
  }
  private formSitesAdded = false;
  private marketingSitesAdded = false;

  /** The sites of a generic sink kind (`cookie`, `storage`) that carry personal values, calls and assignments. */
  sitesOfKind(kind: SinkKind): readonly SinkSite[] {
    if (!this.formSitesAdded) {
      this.formSitesAdded = true;
      for (const site of collectFormSites(this.analysis)) this.addKindSite(site);
    }
    if (kind === 'marketing' && !this.marketingSitesAdded) {
      this.marketingSitesAdded = true;
      for (const site of collectMarketingSites(this.analysis)) this.addKindSite(site);
    }
    return this.kindSites.get(kind) ?? [];
  }

  private addKindSite(site: SinkSite): void {
    const list = this.kindSites.get(site.sink.kind);
    if (list) list.push(site); else this.kindSites.set(site.sink.kind, [site]);
  }

  constructor(readonly analysis: FileAnalysis) {
    this.build();
  }

  get sourceFile(): ts.SourceFile { return this.analysis.sourceFile; }
  get config(): ResolvedConfig { return this.analysis.config; }
  /** Whether the type checker informed this model. */
  get typeInfo(): boolean { return !!this.analysis.checker; }
  /** The file's path relative to the config's folder (POSIX), for module globs. */
  get relativePath(): string { return this.analysis.relativePath(); }

  private build(): void {
    for (const sink of this.analysis.sinkCalls) {
      if (!passesWhen(sink.spec, sink.call)) continue;
      const values = this.personalArgs(sink);
      if (!values.length) continue;
      if (sink.spec.kind !== 'log' && sink.spec.kind !== 'transfer') {
        this.addKindSite({ call: sink.call, sink: sink.spec, callee: sink.callee, values });
      } else if (sink.spec.kind === 'log') {
        this.logSites.push({ call: sink.call as ts.CallExpression, sink: sink.spec, callee: sink.callee, values });
      } else {
        const sent = transferValues(values);
        if (!sent.length) continue;
        const { destination } = this.analysis.destinationOf(sink, EMPTY_ENV);
        this.transferSites.push({
          call: sink.call, sink: sink.spec, callee: sink.callee, destination, values: sent, guarded: this.analysis.isGuarded(sink.call),
        });
      }
    }
    this.addHelperSites();
  }

  /** The personal values among a sink's arguments (what depends only on parameters is a helper's, see below). */
  private personalArgs(sink: SinkCall): PersonalValue[] {
    return personalArguments(this.analysis, sink.spec, sink.payload ?? sink.call.arguments ?? []);
  }

  /**
   * Calls of local helpers that wrap a sink (`postJson(URL, { email })` → `axios.post(url, body)`): the helper's
   * parameters are bound to this call's arguments and the site is reported here, at the call that sends.
   */
  private addHelperSites(): void {
    const a = this.analysis;
    const declared = declaredCalls(a);
    for (const [, calls] of a.callsByName) {
      for (const call of calls) {
        // A declared sink is reported as itself: its body is not followed.
        if (declared.has(call)) continue;
        for (const inner of helperSinks(a, call, EMPTY_ENV, 0)) {
          if (inner.sink.spec.kind !== 'log' && inner.sink.spec.kind !== 'transfer') {
            this.addKindSite({ call, sink: inner.sink.spec, callee: calleePath(call.expression) ?? inner.sink.callee,
              values: inner.values, innerCall: inner.sink.call });
          } else if (inner.sink.spec.kind === 'log') {
            this.logSites.push({ call, sink: inner.sink.spec, callee: calleePath(call.expression) ?? inner.sink.callee, values: inner.values,
              innerCall: inner.sink.call });
          } else if (transferValues(inner.values).length) {
            this.transferSites.push({
              call, sink: inner.sink.spec, callee: calleePath(call.expression) ?? inner.sink.callee,
              destination: inner.destination!, values: transferValues(inner.values),
              guarded: inner.guarded || a.isGuarded(call), innerCall: inner.sink.call,
            });
          }
        }
      }
    }
  }
}

/** The values a transfer is reported for: not an account handle known only by its variable's name. */
function transferValues(values: PersonalValue[]): PersonalValue[] {
  return values.filter((v) => !v.facts.length || !v.facts.every((f) => f.handleOnly));
}

export function enclosingFunction(node: ts.Node): FunctionNode | undefined {
  return ts.findAncestor(node.parent, (n): n is FunctionNode =>
    ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n) || ts.isMethodDeclaration(n)) as FunctionNode | undefined;
}

interface HelperSink {
  sink: SinkCall;
  values: PersonalValue[];
  destination?: Destination;
  guarded: boolean;
}

/**
 * The sinks inside the function a call invokes that carry personal data only because of this call's
 * arguments (what the helper does on its own is reported inside it).
 */
function helperSinks(a: FileAnalysis, call: ts.CallExpression, env: Env, depth: number): HelperSink[] {
  if (depth >= MAX_HELPER_DEPTH || call.arguments.length === 0) return [];
  const target = a.resolveFunction(call.expression);
  if (!target || !target.fn.body) return [];
  const inner = target.analysis;
  // The function's summary: most helpers never hand a parameter to a sink, and then no call of them needs binding.
  if (!handsParamsToSinks(target.fn, inner, depth)) return [];
  const sinks = sinksByFunction(inner).get(target.fn) ?? [];
  const nestedCalls = callsInside(target.fn, inner);
  const bound = inner.bind(target.fn, call.arguments, a, env);
  let blank: Env | undefined;
  const out: HelperSink[] = [];
  for (const sink of sinks) {
    if (!passesWhen(sink.spec, sink.call)) continue;
    const values: PersonalValue[] = [];
    let dependsOnParams = false;
    for (const whole of sink.call.arguments ?? []) {
      if (!inner.evaluateWithParams(whole, EMPTY_ENV).params?.size) continue;
      // Part by part (`{ from: this.meta.email, to, html }`): a part personal whatever the callers pass (its
      // parameters given nothing) is reported inside the helper; the parts that carry a parameter, here.
      for (const arg of valueLeaves(whole)) {
        const unbound = inner.evaluateWithParams(arg, EMPTY_ENV);
        if (!unbound.params?.size) continue;
        blank ??= inner.bind(target.fn, [], inner, EMPTY_ENV, true);
        if (unbound.value && inner.personalValue(arg, blank)) continue;
        dependsOnParams = true;
        const v = inner.personalValue(arg, bound);
        if (v) values.push(reanchor(v, call, a));
      }
    }
    if (!dependsOnParams || !values.length) continue;
    const destination = sink.spec.kind === 'transfer' ? inner.destinationOf(sink, bound).destination : undefined;
    out.push({ sink, values, destination, guarded: inner.isGuarded(sink.call) });
  }
  for (const nested of nestedCalls) {
    for (const h of helperSinks(inner, nested, bound, depth + 1)) {
      // Report where the caller wrote the value, not inside the outer helper.
      out.push({ ...h, values: h.values.map((v) => reanchor(v, call, a)), guarded: h.guarded || inner.isGuarded(nested) });
    }
  }
  return out;
}

/** Per helper depth: a summary at depth d looks `MAX_HELPER_DEPTH - d` levels of calls deep, as `helperSinks` does. */
const handsParamsMemo = Array.from({ length: MAX_HELPER_DEPTH }, () => new WeakMap<FunctionNode, boolean>());

/**
 * A function's summary, computed once and shared by all its callers: whether one of its parameters can reach a
 * sink, directly (a sink argument that depends on a parameter) or through a call to another helper that can (up to
 * the helper depth). A superset: a cycle of helpers counts as handing on.
 */
function handsParamsToSinks(fn: FunctionNode, a: FileAnalysis, depth: number): boolean {
  const memo = handsParamsMemo[depth];
  const known = memo.get(fn);
  if (known !== undefined) return known;
  memo.set(fn, true);
  const dependsOnParams = (arg: ts.Expression): boolean => !!a.evaluateWithParams(arg, EMPTY_ENV).params?.size;
  let result = false;
  for (const sink of sinksByFunction(a).get(fn) ?? []) {
    if ([...(sink.call.arguments ?? []), ...(sink.payload ?? [])].some(dependsOnParams)) { result = true; break; }
  }
  if (!result && depth + 1 < MAX_HELPER_DEPTH) {
    for (const nested of callsInside(fn, a)) {
      const t = a.resolveFunction(nested.expression);
      if (t?.fn.body && handsParamsToSinks(t.fn, t.analysis, depth + 1)) { result = true; break; }
    }
  }
  memo.set(fn, result);
  return result;
}

/** The value as it appears in the caller's arguments (the range to underline at the helper's call). */
function reanchor(v: PersonalValue, call: ts.CallExpression, a: FileAnalysis): PersonalValue {
  for (const arg of call.arguments) {
    const own = a.personalValue(arg);
    if (own) {
      return { node: own.node, subject: own.subject, source: own.source, facts: v.facts.length ? v.facts : own.facts,
        flow: [...own.flow, ...v.flow.slice(1)] };
    }
  }
  const first = call.arguments[0];
  return { node: first ?? call, subject: v.subject, source: v.source, facts: v.facts, flow: v.flow };
}

const sinksByFunctionMemo = new WeakMap<FileAnalysis, Map<FunctionNode | undefined, SinkCall[]>>();

/** A file's sink calls grouped by the function that directly contains them (computed once per file). */
function sinksByFunction(a: FileAnalysis): Map<FunctionNode | undefined, SinkCall[]> {
  let map = sinksByFunctionMemo.get(a);
  if (!map) {
    map = new Map();
    for (const sink of a.sinkCalls) {
      const fn = enclosingFunction(sink.call);
      const list = map.get(fn);
      if (list) list.push(sink); else map.set(fn, [sink]);
    }
    sinksByFunctionMemo.set(a, map);
  }
  return map;
}

const callsInsideMemo = new WeakMap<FunctionNode, ts.CallExpression[]>();

/** Calls inside a function body to other functions of the project (memoized: a helper may have many callers). */
function callsInside(fn: FunctionNode, a: FileAnalysis): ts.CallExpression[] {
  const known = callsInsideMemo.get(fn);
  if (known) return known;
  const out: ts.CallExpression[] = [];
  callsInsideMemo.set(fn, out);
  if (fn.body) {
    walkTree(fn.body, (n) => {
      if (n !== fn && (ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n))) return false;
      if (ts.isCallExpression(n) && n.arguments.length && a.resolveFunction(n.expression) && !declaredCalls(a).has(n)) out.push(n);
    });
  }
  return out;
}

const declaredCallsMemo = new WeakMap<FileAnalysis, ReadonlySet<ts.CallExpression | ts.NewExpression>>();

/** The calls of a file that are declared sinks (`functions` of the config), whose bodies are not followed. */
function declaredCalls(a: FileAnalysis): ReadonlySet<ts.CallExpression | ts.NewExpression> {
  let set = declaredCallsMemo.get(a);
  if (!set) {
    set = new Set(a.config.functions.length ? a.sinkCalls.filter((s) => s.spec.family === 'declared').map((s) => s.call) : []);
    declaredCallsMemo.set(a, set);
  }
  return set;
}
