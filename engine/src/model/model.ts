/**
 * The privacy model of one file: built in one walk, queried by every rule. It lists the log sites and
 * transfer sites that carry personal values (with destinations and guards) and every use of My Number; the sites
 * of helpers that wrap a sink come from the function summaries (`summaries.ts`).
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import { markReported } from './callers';
import type { ResolvedConfig } from '../config/types';
import type { FileAnalysis } from './analysis';
import { EMPTY_ENV, type SinkCall } from './values';
import { calleePath } from './syntax';
import type { FieldUse, LogSite, MyNumberUse, PersonalValue, SinkSite, TransferSite } from './facts';
import type { PersonalCategory } from '../vocabulary';
import { collectFieldUses } from './field-uses';
import { collectMarketingSites } from './marketing';
import type { SinkKind } from '../sinks';
import { collectFormSites, dataLeaves, passesWhen, personalArguments } from './sites';
import { runsOnlyOutsideProduction } from './environment';
import { isRedacted, redactedPaths } from './redaction';
import type { RuleModel } from '../rule';
import { FileFixer, type RuleFixer } from '../fixer';
import { helperSinks, mergeBySink, dedupeValues, declaredCalls, isDevelopmentLog, enclosingFunction } from './summaries';
import { sentRecipientValues } from './recipients';

/**
 * The model rules query (through `RuleModel`, which leaves out the analysis behind it), and what the engine reads
 * from it besides: the facts of the file and the fixer of its suggestions.
 */
export class PrivacyModel implements RuleModel {
  /** The analysis behind the model: the engine's, not the rules' (a private field no cast reaches). */
  readonly #analysis: FileAnalysis;
  readonly logSites: LogSite[] = [];
  readonly transferSites: TransferSite[] = [];
  get myNumberUses(): readonly MyNumberUse[] { return this.#analysis.myNumberUses; }
  private readonly kindSites = new Map<SinkKind, SinkSite[]>();
  private readonly usesByCategory = new Map<PersonalCategory, FieldUse[]>();

  /** Reads and writes of the fields of a category (`myNumber`, `sensitive`) in this file. */
  fieldUses(category: PersonalCategory): readonly FieldUse[] {
    if (category === 'myNumber') return this.myNumberUses;
    if (category === 'sensitive') return this.#analysis.sensitiveUses;
    let uses = this.usesByCategory.get(category);
    if (!uses) { uses = collectFieldUses(this.#analysis, category); this.usesByCategory.set(category, uses); }
    return uses;
  }
  private formSitesAdded = false;
  private marketingSitesAdded = false;

  /** The sites of a generic sink kind (`cookie`, `storage`) that carry personal values, calls and assignments. */
  sitesOfKind(kind: SinkKind): readonly SinkSite[] {
    if (!this.formSitesAdded) {
      this.formSitesAdded = true;
      for (const site of collectFormSites(this.#analysis)) this.addKindSite(site);
    }
    if (kind === 'marketing' && !this.marketingSitesAdded) {
      this.marketingSitesAdded = true;
      for (const site of collectMarketingSites(this.#analysis)) this.addKindSite(site);
    }
    return this.kindSites.get(kind) ?? [];
  }

  private addKindSite(site: SinkSite): void {
    const list = this.kindSites.get(site.sink.kind);
    if (list) list.push(site); else this.kindSites.set(site.sink.kind, [site]);
  }

  constructor(analysis: FileAnalysis) {
    this.#analysis = analysis;
    this.build();
  }

  /** The fixer of this file's suggestions, for rules run with `config`. */
  fixer(config: ResolvedConfig): RuleFixer {
    return new FileFixer(this.#analysis, config);
  }

  get sourceFile(): ts.SourceFile { return this.#analysis.sourceFile; }
  get config(): ResolvedConfig { return this.#analysis.config; }
  /** Whether the type checker informed this model. */
  get typeInfo(): boolean { return !!this.#analysis.checker; }
  /** The file's path relative to the config's folder (POSIX), for module globs. */
  get relativePath(): string { return this.#analysis.relativePath(); }

  private build(): void {
    this.#analysis.project.evaluations = 0;
    const log = this.#analysis.project.blindSpots;
    for (const sink of this.#analysis.sinkCalls) {
      if (!passesWhen(sink.spec, sink.call)) continue;
      if (isDevelopmentLog(sink, this.#analysis)) continue;
      const cutsBefore = log?.depthCuts ?? 0;
      const values = this.personalArgs(sink);
      if (sink.spec.kind === 'log' && ts.isCallExpression(sink.call)) values.push(...this.loggedRecipients(sink.call, values));
      // What the sink's arguments carry was followed to the depth limit and cut there: a blind spot of this call.
      if (log && log.depthCuts > cutsBefore) log.add('depthLimit', sink.call, 'flow');
      if (!values.length) continue;
      // Found at the sink itself: a value read from the parameters of the function it is in is handed in by that
      // function's callers, where its paths begin.
      markReported(this.#analysis, values);
      if (sink.spec.kind !== 'log' && sink.spec.kind !== 'transfer') {
        this.addKindSite({ call: sink.call, sink: sink.spec, callee: sink.callee, values });
      } else if (sink.spec.kind === 'log') {
        this.logSites.push({ call: sink.call as ts.CallExpression, sink: sink.spec, callee: sink.callee, values });
      } else {
        const sent = transferValues(values);
        if (!sent.length) continue;
        const { destination, fromParams } = this.#analysis.destinationOf(sink, EMPTY_ENV);
        // `passwordAuth(path, username, password)` → `fetch(path, { body })`: where the data goes and what it is are
        // both the callers' to give; each call that gives them is reported (see `addHelperSites`), not the helper.
        if (destination.kind === 'unknown' && fromParams
          && sent.every((v) => !!this.#analysis.evaluateWithParams(v.node as ts.Expression).params?.size)) continue;
        this.transferSites.push({
          call: sink.call, sink: sink.spec, callee: sink.callee, destination, values: sent, guarded: this.#analysis.isGuarded(sink.call),
        });
      }
    }
    this.addHelperSites();
  }

  /**
   * The personal values among a sink's arguments (what depends only on parameters is a helper's, see below), but
   * those its logger redacts.
   */
  private personalArgs(sink: SinkCall): PersonalValue[] {
    const values = personalArguments(this.#analysis, sink.spec, sink.payload ?? sink.call.arguments ?? []);
    const redacted = redactedPaths(sink, this.#analysis);
    return redacted.length ? values.filter((v) => !isRedacted(v, sink.call, redacted)) : values;
  }

  /** What a log call writes that the function it is in sends a message to (`sentRecipientValues`). */
  private loggedRecipients(call: ts.CallExpression, found: readonly PersonalValue[]): PersonalValue[] {
    const a = this.#analysis;
    const fn = enclosingFunction(call);
    if (!fn) return [];
    const sends = a.sinkCalls.filter((s) => s.spec.kind === 'transfer' && (s.spec.recipientFields?.length || s.spec.id === 'mail-service-by-name')
      && enclosingFunction(s.call) === fn).map((s) => ({ call: s.call, spec: s.spec, args: s.payload ?? s.call.arguments ?? [] }));
    if (!sends.length) return [];
    const covered = (n: ts.Node) => found.some((v) => v.node.pos <= n.pos && n.end <= v.node.end);
    const leaves = call.arguments.flatMap((arg) => dataLeaves(arg)).filter((leaf) => !covered(leaf));
    return sentRecipientValues(a, call, leaves, sends);
  }

  /**
   * Calls of project helpers that wrap a sink (`postJson(URL, { email })` → `axios.post(url, body)`): the helper's
   * parameters are bound to this call's arguments and the site is reported here, at the call that hands the data
   * in. One site per sink the call reaches, naming every personal value that reaches it.
   */
  private addHelperSites(): void {
    const a = this.#analysis;
    const declared = declaredCalls(a);
    const log = a.project.blindSpots;
    const cut = { hit: false };
    // A helper's trace-level log (a request wrapper's `Logger.silly('http', …, init)`), by the log call: the first
    // call of this file that reaches it.
    const traces = new Map<ts.Node, LogSite>();
    for (const [, calls] of a.callsByName) {
      for (const call of calls) {
        // A declared sink is reported as itself: its body is not followed.
        if (declared.has(call)) continue;
        cut.hit = false;
        const cutsBefore = log?.depthCuts ?? 0;
        const found = helperSinks(a, call, EMPTY_ENV, 0, log && cut);
        // A chain from this call followed to the helper depth limit and handing the data on past it, or a value
        // followed through it cut at the depth limit, is a blind spot of this call.
        if (cut.hit) log!.add('depthLimit', call, 'helper');
        else if (log && log.depthCuts > cutsBefore) log.add('depthLimit', call, 'flow');
        if (!found.length) continue;
        const callee = calleePath(call.expression);
        // A helper that logs, called only in local development, writes nothing to production logs.
        const devOnly = found.some((h) => h.sink.spec.kind === 'log') && runsOnlyOutsideProduction(call, a);
        // Logs the helper writes at two places (a send's and its failure's) are one finding at this call, naming
        // every value: the caller sees one call that writes the data to the logs.
        let logOfCall: LogSite | undefined;
        for (const inner of mergeBySink(found)) {
          // A value read here from a parameter of the function this call is in (`sendEmail({ to: user.email })` in
          // `sendLockoutEmail(user)`) entered at that function's callers: its paths begin there.
          markReported(a, inner.values);
          if (devOnly && inner.sink.spec.kind === 'log') continue;
          if (inner.sink.spec.kind !== 'log' && inner.sink.spec.kind !== 'transfer') {
            this.addKindSite({ call, sink: inner.sink.spec, callee: callee ?? inner.sink.callee, values: inner.values, innerCall: inner.sink.call });
          } else if (inner.sink.spec.kind === 'log') {
            const site: LogSite = { call, sink: inner.sink.spec, callee: callee ?? inner.sink.callee, values: inner.values, innerCall: inner.sink.call };
            if (isTraceLevelLog(inner.sink.call)) {
              const first = traces.get(inner.sink.call);
              if (!first || call.getStart() < first.call.getStart()) traces.set(inner.sink.call, site);
            } else if (logOfCall) {
              logOfCall.values = dedupeValues([...logOfCall.values, ...site.values]);
            } else {
              logOfCall = site;
              this.logSites.push(site);
            }
          } else if (transferValues(inner.values).length) {
            this.transferSites.push({
              call, sink: inner.sink.spec, callee: callee ?? inner.sink.callee, destination: inner.destination!, values: transferValues(inner.values),
              guarded: inner.guarded || a.isGuarded(call), innerCall: inner.sink.call,
            });
          }
        }
      }
    }
    // Reported once per file: the fix is the one log line in the helper, which every call of it reaches alike
    // (outline's fetch wrapper logs each request's options at silly level: one finding per webhook event type, 19
    // of 47, said the same thing). A log the helper writes at an ordinary level is still reported at every call.
    this.logSites.push(...traces.values());
  }
}

/**
 * `Logger.silly(…)`, `log.trace(…)`, `logger.verbose(…)`: a level below debug, written only when an operator turns the
 * most verbose logging on (`console.trace` prints a stack at the ordinary level, and is not one).
 */
function isTraceLevelLog(call: ts.CallExpression | ts.NewExpression): boolean {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || !TRACE_LEVELS.has(callee.name.text)) return false;
  return !(ts.isIdentifier(callee.expression) && callee.expression.text === 'console');
}

const TRACE_LEVELS = new Set(['silly', 'trace', 'verbose']);

/** The values a transfer is reported for: not an account handle known only by its variable's name. */
function transferValues(values: PersonalValue[]): PersonalValue[] {
  return values.filter((v) => !v.facts.length || !v.facts.every((f) => f.handleOnly));
}
