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

/** A path of keys a logger redacts: from the root of the logged object (pino), or wherever it occurs (`logs.redactedKeys`). */
interface RedactedPath {
  keys: readonly string[];
  anywhere: boolean;
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
  const args = call.arguments ?? [];
  const sf = call.getSourceFile();
  const steps = value.steps;
  for (let i = steps.length - 1; i >= 0; i--) {
    const node = steps[i].node;
    if (node.getSourceFile() !== sf) continue;
    const arg = args.find((x) => x.pos <= node.pos && node.end <= x.end);
    if (!arg) continue;
    const keys = keysTo(node, arg);
    if (!keys) return false;
    return value.facts.every((f) => paths.some((r) => covers(r, factPath(keys, f))));
  }
  return false;
}
