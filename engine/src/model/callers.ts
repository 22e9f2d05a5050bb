/**
 * Where the data a helper reports itself came from. A helper that is handed a person's record and reads a personal
 * field of it (`logEvent(user: { uid: string; email?: string }) { logger.info(user.email) }`) is reported inside,
 * once, at its sink: the field is personal whatever its callers pass. The calls that hand the record in are where
 * the data enters the flow; a finding's path starts there (source → the call of the helper → … → sink), so the
 * developer sees who gives the helper the data, and code scanning shows the whole way.
 *
 * Callers are found by name first (`ProjectContext.filesCalling`: one scan of the run's texts), then by resolving
 * each call of that name the way a helper call is followed (`resolveFunctions`): only calls that really run the
 * helper count, and only when what they give for the parameter is personal there (or is a parameter their own
 * callers fill, up to `MAX_CALLER_DEPTH` calls up).
 */
import ts = require('typescript');
import type { FileAnalysis } from './analysis';
import { EMPTY_ENV, subjectText, type FunctionNode } from './values';
import type { FlowStep, PersonalValue } from './facts';
import { propertyNameText } from './syntax';
import { isInputParameter } from './request-input';
import { sdkCallbackFacts } from './sdk-sources';

/** The callers a path names at most (per value): the first ones in file and source order. */
export const MAX_CALLER_PATHS = 5;
/** Calls followed up from the helper: its callers, and theirs when they only pass on a parameter. */
const MAX_CALLER_DEPTH = 2;
/**
 * A name called in more files than this (`send`, `create`, `log`) is too common to look for its callers: each
 * candidate file is analysed, and a helper called that widely is better reported as it is.
 */
const MAX_CANDIDATE_FILES = 200;

/** Per parameter: the ways into it from its callers (each ends at the argument the caller wrote). */
const entriesMemo = new WeakMap<ts.ParameterDeclaration, readonly (readonly FlowStep[])[]>();
/** The same, asked from one call up (its callers' callers are not followed). */
const upMemo = new WeakMap<ts.ParameterDeclaration, readonly (readonly FlowStep[])[]>();

/**
 * The ways the data a value reported in a helper reads from the helper's parameters came in: for each call of the
 * helper that hands in a personal value for such a parameter, that value's steps (ending at the argument). Empty
 * when the value reads no parameter, or no caller is found.
 */
export function callerEntries(a: FileAnalysis, v: PersonalValue): readonly (readonly FlowStep[])[] {
  // Where the value's way begins (`user.email`, also when a local then carries it to the sink).
  const origin = v.steps[0]?.node;
  if (!origin || origin.getSourceFile() !== a.sourceFile || !ts.isExpression(origin)) return [];
  return entriesOf(a, origin, 0);
}

function entriesOf(a: FileAnalysis, node: ts.Expression, depth: number): readonly (readonly FlowStep[])[] {
  const params = parametersRead(a, node);
  if (!params.length) return [];
  const out: (readonly FlowStep[])[] = [];
  for (const p of params) {
    for (const entry of parameterEntries(a, p, depth)) {
      if (out.length >= MAX_CALLER_PATHS) return out;
      out.push(entry);
    }
  }
  return out;
}

/**
 * The parameters an expression reads by name (`user` of `user.email`, `email` of a destructured `{ email }`), in
 * source order; not those of functions written inside it.
 */
function parametersRead(a: FileAnalysis, node: ts.Expression): ts.ParameterDeclaration[] {
  const out: ts.ParameterDeclaration[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n)) {
      let decl: ts.Node | undefined = a.scope.resolve(n);
      while (decl && ts.isBindingElement(decl)) decl = decl.parent.parent;
      if (decl && ts.isParameter(decl) && !out.includes(decl)) out.push(decl);
      return;
    }
    // `user.email`: the object is read, the name after the dot is not a variable.
    if (ts.isPropertyAccessExpression(n)) { visit(n.expression); return; }
    if (!ts.isFunctionLike(n)) ts.forEachChild(n, visit);
  };
  visit(node);
  return out.sort((x, y) => x.pos - y.pos);
}

/** The ways into one parameter from the calls of its function (`entriesOf`), remembered per parameter. */
function parameterEntries(a: FileAnalysis, p: ts.ParameterDeclaration, depth: number): readonly (readonly FlowStep[])[] {
  // Remembered as asked from the helper itself (depth 0); asked one call up, the answer stops a level sooner.
  const memo = depth === 0 ? entriesMemo : undefined;
  const known = memo?.get(p) ?? (depth > 0 ? upMemo.get(p) : undefined);
  if (known) return known;
  const out: (readonly FlowStep[])[] = [];
  (memo ?? upMemo).set(p, out); // a recursive helper finds itself: nothing more
  const fn = p.parent;
  if (!isHelper(fn)) return out;
  const name = helperName(fn);
  if (!name || p.dotDotDotToken || isInputParameter(p) || sdkCallbackFacts(p)) return out;
  const index = fn.parameters.indexOf(p);
  const files = a.project.filesCalling(name);
  if (files.length > MAX_CANDIDATE_FILES) return out;
  for (const file of files) {
    const ca = file === a.sourceFile.fileName ? a
      : a.project.inProgram(file) ? a.analysisFor(file) : a.project.outsideProgram?.(file) ?? a.analysisFor(file);
    if (!ca) continue;
    for (const call of ca.callsByName.get(name) ?? []) {
      const arg = call.arguments[index];
      if (!arg || ts.isSpreadElement(arg) || !ca.resolveFunctions(call.expression).some((t) => sameFunction(t.fn, fn))) continue;
      const given = ca.personalValue(arg, EMPTY_ENV);
      if (given) {
        out.push(given.steps);
      } else if (depth + 1 < MAX_CALLER_DEPTH) {
        const step: FlowStep = { node: arg, text: subjectText(arg) };
        for (const up of entriesOf(ca, arg, depth + 1)) out.push([...up, step]);
      }
      if (out.length >= MAX_CALLER_PATHS) return out;
    }
  }
  return out;
}

/**
 * The same function, also as another parse of its file has it (a caller read without types resolves the helper in
 * its own parse of the helper's file).
 */
function sameFunction(x: FunctionNode, y: FunctionNode): boolean {
  return x === y || (x.pos === y.pos && x.end === y.end && x.getSourceFile().fileName === y.getSourceFile().fileName);
}

/**
 * A function whose calls are written in the code: a declaration, a method, or a function expression held by a
 * variable, a property or a class field. A callback (written among a call's arguments) is called by whoever it is
 * handed to, and a constructor by `new`.
 */
function isHelper(fn: ts.Node): fn is FunctionNode {
  if (ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn)) return !!fn.body;
  if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return false;
  return ts.isVariableDeclaration(fn.parent) || ts.isPropertyAssignment(fn.parent) || ts.isPropertyDeclaration(fn.parent);
}

/** The name a helper is called by (`logEvent`, `this.logEvent`, `telemetry.logEvent`). */
function helperName(fn: FunctionNode): string | undefined {
  if (ts.isFunctionDeclaration(fn)) return fn.name?.text;
  if (ts.isMethodDeclaration(fn)) return propertyNameText(fn.name);
  const holder = fn.parent;
  if (ts.isVariableDeclaration(holder)) return ts.isIdentifier(holder.name) ? holder.name.text : undefined;
  if (ts.isPropertyAssignment(holder) || ts.isPropertyDeclaration(holder)) return propertyNameText(holder.name);
  return undefined;
}

/** The file each value reported at a sink was found in, for `entriesOfReported` (kept only as long as the value). */
const reportedIn = new WeakMap<PersonalValue, FileAnalysis>();

/** Marks values found at a sink of `a` (not through a helper call): their paths may start at the helper's callers. */
export function markReported(a: FileAnalysis, values: readonly PersonalValue[]): void {
  for (const v of values) reportedIn.set(v, a);
}

/** `callerEntries` of a value marked by `markReported`; empty for any other. */
export function entriesOfReported(v: PersonalValue): readonly (readonly FlowStep[])[] {
  const a = reportedIn.get(v);
  return a ? callerEntries(a, v) : [];
}
