/**
 * Keys a logger redacts before it writes: pino's `redact` option on the logger a log call goes through
 * (`pino({ redact: ['email', 'user.email'] })`, `redact: { paths: [...] }`, also for its child loggers), and the
 * config's `logs.redactedKeys` for a team's own logger that hashes or drops keys wherever they are. A personal value
 * that reaches a log call only under such a key is not written, and is not reported.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import type { FileAnalysis } from './analysis';
import type { SinkCall } from './values';
import type { PersonalFact, PersonalValue } from './facts';
import { propertyNameText, stripParens } from './syntax';

/**
 * A path of keys a logger redacts: from the root of the logged object (pino), or wherever it occurs
 * (`logs.redactedKeys`); or, with `fromArgument`, every argument from that index on when it is an object of meta
 * data the logger's format never prints (winston's `printf` of `message` alone).
 */
interface RedactedPath {
  keys: readonly string[];
  anywhere: boolean;
  fromArgument?: number;
}

/** Loggers whose factory takes pino's options. */
const PINO_SPECS = new Set(['pino', 'pino-http']);

/**
 * `a.b`, `a["b-c"].d`, `a[*].b`, `*.email` (pino's paths, written as fast-redact reads them) → keys; `*` stands for
 * any one key (or element).
 */
export function parseRedactedPath(text: string): string[] | undefined {
  const keys: string[] = [];
  const re = /\[\s*(?:\*|"([^"]*)"|'([^']*)'|(\d+))\s*\]|([^.[\]]+)/gy;
  let at = 0;
  while (at < text.length) {
    if (text[at] === '.' && keys.length) { at++; continue; }
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) return undefined;
    keys.push(m[4] ?? m[1] ?? m[2] ?? m[3] ?? '*');
    at = re.lastIndex;
  }
  return keys.length ? keys : undefined;
}

/** The strings of an array literal written out (through `const` names and spreads of other such arrays). */
function stringsOf(e: ts.Expression, a: FileAnalysis, depth: number): string[] | undefined {
  const x = resolveConst(e, a, depth);
  if (!x || !ts.isArrayLiteralExpression(x.expr)) return undefined;
  const out: string[] = [];
  for (const el of x.expr.elements) {
    if (ts.isStringLiteralLike(el)) out.push(el.text);
    else if (ts.isSpreadElement(el)) out.push(...(stringsOf(el.expression, x.analysis, depth + 1) ?? []));
  }
  return out;
}

/** What an expression is when it names a `const` (here or imported from the project module that declares it). */
function resolveConst(e: ts.Expression, a: FileAnalysis, depth: number): { expr: ts.Expression; analysis: FileAnalysis } | undefined {
  const x = stripParens(e);
  if (!ts.isIdentifier(x)) return { expr: x, analysis: a };
  if (depth > 4) return undefined;
  const decl = a.scope.resolve(x);
  if (!decl) return undefined;
  const found = ts.isVariableDeclaration(decl) ? { decl, analysis: a } : a.importedDeclaration(decl);
  const v = found?.decl;
  if (!found || !v || !ts.isVariableDeclaration(v) || !v.initializer || !ts.isVariableDeclarationList(v.parent)
    || !(v.parent.flags & ts.NodeFlags.Const)) return undefined;
  return resolveConst(v.initializer, found.analysis, depth + 1);
}

/** The `redact` paths of pino's options (`{ redact: [...] }` or `{ redact: { paths: [...] } }`), or undefined. */
function pinoRedactPaths(options: ts.Expression, a: FileAnalysis): string[] | undefined {
  const literal = resolveConst(options, a, 0);
  if (!literal || !ts.isObjectLiteralExpression(literal.expr)) return undefined;
  const prop = literal.expr.properties.find((p) => propertyNameText(p.name) === 'redact');
  const value = prop && ts.isPropertyAssignment(prop) ? prop.initializer : prop && ts.isShorthandPropertyAssignment(prop) ? prop.name : undefined;
  if (!value) return undefined;
  const direct = stringsOf(value, literal.analysis, 0);
  if (direct) return direct;
  const inner = resolveConst(value, literal.analysis, 0);
  if (!inner || !ts.isObjectLiteralExpression(inner.expr)) return undefined;
  // `censor` and `remove` only change what is written in the value's place.
  const paths = inner.expr.properties.find((p) => propertyNameText(p.name) === 'paths');
  if (paths && ts.isPropertyAssignment(paths)) return stringsOf(paths.initializer, inner.analysis, 0);
  if (paths && ts.isShorthandPropertyAssignment(paths)) return stringsOf(paths.name, inner.analysis, 0);
  return undefined;
}

const memo = new WeakMap<SinkCall, readonly RedactedPath[]>();

/** The keys the logger of a log call redacts (none for `console`, which writes what it is given). */
export function redactedPaths(sink: SinkCall, a: FileAnalysis): readonly RedactedPath[] {
  const known = memo.get(sink);
  if (known) return known;
  const out: RedactedPath[] = [];
  if (sink.spec.kind === 'log' && sink.spec.id !== 'console') {
    for (const text of a.config.logs?.redactedKeys ?? []) {
      const keys = parseRedactedPath(text);
      if (keys) out.push({ keys, anywhere: true });
    }
    // The logger's creation: `pino(options)`, or the root logger of a `logger.child(…)`.
    const made = sink.origin.first ?? (sink.origin.creation ? { creation: sink.origin.creation, analysis: sink.origin.analysis ?? a } : undefined);
    const options = made?.creation.arguments?.[0];
    if (made && options && PINO_SPECS.has(sink.spec.id)) {
      for (const text of pinoRedactPaths(options, made.analysis) ?? []) {
        const keys = parseRedactedPath(text);
        if (keys) out.push({ keys, anywhere: false });
      }
    }
    // `winston.createLogger({ format: printf((info) => \`${info.level}: ${info.message}\`) })`: the meta object after
    // the message (`logger.warn('…', { remoteIp })`, `logger.log('warn', '…', meta)`) is never written.
    if (made && options && sink.spec.id === 'winston' && made.creation.arguments?.length === 1
      && winstonDropsMeta(made.creation, options, made.analysis)) {
      out.push({ keys: [], anywhere: false, fromArgument: sink.method === 'log' ? 2 : 1 });
    }
  }
  memo.set(sink, out);
  return out;
}

/**
 * The keys from an argument of a log call down to `node` inside it (`{ user: { email: x } }` → `user`, `email`; an
 * element of an array is `*`), or undefined when the value is turned into something else on the way (a string built
 * from it, a call's result): then no key holds it.
 */
function keysTo(node: ts.Node, arg: ts.Expression): string[] | undefined {
  const keys: string[] = [];
  let n: ts.Node = node;
  while (n !== arg) {
    const p = n.parent;
    if (!p) return undefined;
    if (ts.isShorthandPropertyAssignment(p) || ts.isPropertyAssignment(p)) {
      const key = propertyNameText(p.name);
      if (key === undefined) return undefined;
      keys.unshift(key);
    } else if (ts.isArrayLiteralExpression(p)) {
      keys.unshift('*');
    } else if (!(ts.isObjectLiteralExpression(p) || ts.isSpreadAssignment(p) || ts.isSpreadElement(p)
      || ts.isParenthesizedExpression(p) || ts.isAsExpression(p) || ts.isSatisfiesExpression(p) || ts.isNonNullExpression(p)
      || ts.isTypeAssertionExpression(p) || ts.isAwaitExpression(p) || ts.isConditionalExpression(p)
      || (ts.isBinaryExpression(p) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken,
        ts.SyntaxKind.AmpersandAmpersandToken].includes(p.operatorToken.kind)))) {
      return undefined;
    }
    n = p;
  }
  return keys;
}

function matchesAt(path: readonly string[], keys: readonly string[], start: number): boolean {
  if (start + keys.length > path.length) return false;
  return keys.every((k, i) => k === '*' || k === path[start + i]);
}

/** A redacted path covers `path` when it is `path` or a part above it (from the root, or anywhere for a team's logger). */
function covers(r: RedactedPath, path: readonly string[]): boolean {
  if (r.fromArgument !== undefined) return false;
  if (!r.anywhere) return matchesAt(path, r.keys, 0);
  for (let i = 0; i + r.keys.length <= path.length; i++) if (matchesAt(path, r.keys, i)) return true;
  return false;
}

/** Where in the logged object a fact's data sits: the key path of the value, then the fact's own path inside it. */
function factPath(keys: readonly string[], fact: PersonalFact): string[] {
  if (!fact.path) return [...keys];
  return [...keys, ...(fact.collection ? ['*'] : []), ...fact.path.split('.')];
}

/**
 * Whether the logger redacts every personal part of `value` that reaches the call `call`: the value sits (in one of
 * the call's arguments) under redacted keys, each of its facts included.
 */
export function isRedacted(value: PersonalValue, call: ts.CallExpression | ts.NewExpression, paths: readonly RedactedPath[]): boolean {
  if (!paths.length || !value.facts.length) return false;
  const args: readonly ts.Expression[] = call.arguments ?? [];
  const sf = call.getSourceFile();
  const steps = value.steps;
  for (let i = steps.length - 1; i >= 0; i--) {
    const node = steps[i].node;
    if (node.getSourceFile() !== sf) continue;
    const arg = args.find((x) => x.pos <= node.pos && node.end <= x.end);
    if (!arg) continue;
    const index = args.indexOf(arg);
    if (paths.some((r) => r.fromArgument !== undefined && index >= r.fromArgument) && isUnprintedMeta(arg)) return true;
    const keys = keysTo(node, arg);
    if (!keys) return false;
    return value.facts.every((f) => paths.some((r) => covers(r, factPath(keys, f))));
  }
  return false;
}

/**
 * A meta object winston merges into the log entry without printing it: an object literal written out, with no
 * spread and no `message` or `stack` key (winston appends a meta object's `message` to the message, and keeps its
 * `stack`).
 */
function isUnprintedMeta(arg: ts.Expression): boolean {
  const e = stripParens(arg);
  return ts.isObjectLiteralExpression(e) && e.properties.every((p) => !ts.isSpreadAssignment(p)
    && p.name !== undefined && !['message', 'stack'].includes(propertyNameText(p.name) ?? 'message'));
}

/** Formats that change only how the level, the time or the message look (none prints meta, none fills the message from it). */
const WINSTON_PLAIN_FORMATS = new Set(['timestamp', 'colorize', 'uncolorize', 'align', 'padLevels', 'label', 'errors']);
/** What a `printf` template may read and still leave meta out. */
const WINSTON_PRINTED_KEYS = new Set(['timestamp', 'level', 'message', 'label', 'ms']);

const dropsMeta = new WeakMap<ts.Node, boolean>();

/**
 * Whether a winston logger never writes meta: its `format` is a `printf` that reads only the level, the time, the
 * label and the message, alone or in `combine(…)` with formats that change only those, and no transport has a
 * format of its own. Read from the logger's creation (in this file or the module it is imported from), once per logger.
 */
function winstonDropsMeta(creation: ts.CallExpression | ts.NewExpression, options: ts.Expression, a: FileAnalysis): boolean {
  const known = dropsMeta.get(creation);
  if (known !== undefined) return known;
  let result = false;
  const literal = resolveConst(options, a, 0);
  const lit = literal && ts.isObjectLiteralExpression(literal.expr) ? literal.expr : undefined;
  if (literal && lit && !lit.properties.some((p) => ts.isSpreadAssignment(p))) {
    // undefined: not set; null: set in a way not read here (a method, an accessor).
    const prop = (key: string): ts.Expression | null | undefined => {
      const p = lit.properties.find((x) => x.name && propertyNameText(x.name) === key);
      return !p ? undefined : ts.isPropertyAssignment(p) ? p.initializer : ts.isShorthandPropertyAssignment(p) ? p.name : null;
    };
    const format = prop('format');
    const transports = prop('transports');
    const state = { printf: false };
    result = !!format && transports !== null && formatDropsMeta(format, literal.analysis, state, 0) && state.printf
      && (transports === undefined || transportsKeepFormat(transports, literal.analysis));
  }
  dropsMeta.set(creation, result);
  return result;
}

function formatDropsMeta(e: ts.Expression, a: FileAnalysis, state: { printf: boolean }, depth: number): boolean {
  if (depth > 6) return false;
  const x = resolveConst(e, a, depth);
  if (!x) return false;
  const f = x.expr;
  if (ts.isArrayLiteralExpression(f)) {
    return f.elements.every((el) => ts.isSpreadElement(el) ? formatDropsMeta(el.expression, x.analysis, state, depth + 1)
      : formatDropsMeta(el, x.analysis, state, depth + 1));
  }
  if (ts.isConditionalExpression(f)) {
    return formatDropsMeta(f.whenTrue, x.analysis, state, depth + 1) && formatDropsMeta(f.whenFalse, x.analysis, state, depth + 1);
  }
  if (!ts.isCallExpression(f)) return false;
  const callee = stripParens(f.expression);
  const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
  if (name === 'combine') {
    return f.arguments.every((arg) => ts.isSpreadElement(arg) ? formatDropsMeta(arg.expression, x.analysis, state, depth + 1)
      : formatDropsMeta(arg, x.analysis, state, depth + 1));
  }
  if (name && WINSTON_PLAIN_FORMATS.has(name)) return true;
  if (name === 'printf' && f.arguments.length === 1) {
    const fn = stripParens(f.arguments[0]);
    if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && printsOnlyMessage(fn)) { state.printf = true; return true; }
  }
  return false;
}

/** A `printf` template that reads only the level, the time, the label and the message of the entry it is given. */
function printsOnlyMessage(fn: ts.ArrowFunction | ts.FunctionExpression): boolean {
  const param = fn.parameters[0];
  if (!param) return true;
  if (fn.parameters.length > 1 || param.dotDotDotToken) return false;
  if (ts.isObjectBindingPattern(param.name)) {
    return param.name.elements.every((el) => !el.dotDotDotToken && ts.isIdentifier(el.name)
      && WINSTON_PRINTED_KEYS.has(el.propertyName ? propertyNameText(el.propertyName) ?? '' : el.name.text));
  }
  if (!ts.isIdentifier(param.name)) return false;
  const info = param.name.text;
  let ok = true;
  const visit = (n: ts.Node): void => {
    if (!ok) return;
    if (ts.isIdentifier(n) && n.text === info && n !== param.name) {
      const p = n.parent;
      // Only `info.message`-like reads: not the entry itself (`JSON.stringify(info)`, `info[key]`, `{ ...info }`).
      if (!(ts.isPropertyAccessExpression(p) && p.expression === n && WINSTON_PRINTED_KEYS.has(p.name.text))) ok = false;
      return;
    }
    ts.forEachChild(n, visit);
  };
  if (fn.body) visit(fn.body);
  return ok;
}

/** Transports that use the logger's format: `new winston.transports.Console()`, or given options without a `format`. */
function transportsKeepFormat(e: ts.Expression, a: FileAnalysis): boolean {
  const x = resolveConst(e, a, 0);
  if (!x) return false;
  const list = ts.isArrayLiteralExpression(x.expr) ? x.expr.elements : [x.expr];
  return list.every((t) => {
    const n = stripParens(t);
    if (!ts.isNewExpression(n)) return false;
    const opts = n.arguments?.[0];
    if (!opts) return true;
    const o = resolveConst(opts, x.analysis, 0);
    return !!o && ts.isObjectLiteralExpression(o.expr) && o.expr.properties.every((p) => !ts.isSpreadAssignment(p)
      && !!p.name && propertyNameText(p.name) !== 'format');
  });
}
