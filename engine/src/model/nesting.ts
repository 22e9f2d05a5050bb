/**
 * Deeply nested code: TypeScript's parser, binder and checker recurse once (or more) per level of nesting, and
 * a file nested a thousand levels deep (`((((…))))`, `[[[[…]]]]`, `A<A<A<…>>>`, a long `a.b.c…` chain) makes
 * them overflow the stack. One such file must not abort a run or, in a typed project, take the types of every
 * other file with it. So every tree is measured (iteratively) before TypeScript binds or checks it and before
 * our analysis walks it, and a parse that overflows is caught where it happens.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');

/**
 * Deepest tree a typed program may hold. Measured with TypeScript 6 on Node's default stack: its binder overflows
 * from about 600 nested parentheses, 1,000 chained calls (2,000 levels) or 2,000 chained members, its parser from
 * about 570 nested generic arguments; real code stays under 100 (the deepest of the ~10,000 files in this
 * repository's node_modules, minified bundles included, is 86).
 */
export const MAX_TYPED_DEPTH = 300;

/**
 * Deepest tree our own analysis (without types) takes: it walks trees iteratively and follows values to a
 * bounded depth, so only the parser limits it; this bound keeps what is left recursive far from the stack's end.
 */
export const MAX_ANALYSIS_DEPTH = 5000;

/** How deep a tree is, and where it first got too deep. */
export interface Nesting {
  /** Levels of nesting, not counting a binary operand inside another binary expression (see `measureNesting`). */
  depth: number;
  /** The first node deeper than `MAX_TYPED_DEPTH`, if any. */
  deepAt?: ts.Node;
}

/** Why a file is not analysed: too deep, or TypeScript overflowed the stack on it. */
export interface NestingProblem {
  /** The measured depth; undefined when parsing itself overflowed. */
  depth?: number;
  limit: number;
  /** Offset where the nesting went past the limit, when known. */
  pos?: number;
}

const measured = new WeakMap<ts.SourceFile, Nesting>();

/**
 * Measures a tree without recursing. An operand of a binary expression that is itself a binary expression does
 * not count as a level: TypeScript binds and checks binary chains (`'a' + b + 'c' + …`, `x && y && …`) with an
 * explicit stack, and our analysis flattens them, so a 2,000-part concatenation costs nothing here.
 */
export function measureNesting(sf: ts.SourceFile): Nesting {
  const known = measured.get(sf);
  if (known) return known;
  let depth = 0;
  let deepAt: ts.Node | undefined;
  const nodes: ts.Node[] = [sf];
  const depths: number[] = [0];
  let parentIsBinary = false;
  let current = 0;
  const push = (child: ts.Node): void => {
    nodes.push(child);
    depths.push(parentIsBinary && child.kind === ts.SyntaxKind.BinaryExpression ? current : current + 1);
  };
  while (nodes.length) {
    const node = nodes.pop()!;
    current = depths.pop()!;
    if (current > depth) {
      depth = current;
      if (deepAt === undefined && depth > MAX_TYPED_DEPTH) deepAt = node;
    }
    parentIsBinary = node.kind === ts.SyntaxKind.BinaryExpression;
    ts.forEachChild(node, push);
  }
  const result: Nesting = deepAt === undefined ? { depth } : { depth, deepAt };
  measured.set(sf, result);
  return result;
}

/** The problem of a tree deeper than `limit`, if it is. */
export function nestingProblem(sf: ts.SourceFile, limit: number): NestingProblem | undefined {
  const n = measureNesting(sf);
  if (n.depth <= limit) return undefined;
  return { depth: n.depth, limit, pos: n.deepAt?.getStart(sf) };
}

/** Whether an error is the engine running out of stack (V8's `RangeError: Maximum call stack size exceeded`). */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

/**
 * Runs a parse and returns undefined when it overflows the stack (TypeScript's parser recurses per nesting level;
 * it re-initialises its state on every parse, so a failed one leaves nothing behind).
 */
export function parseOrOverflow<T>(parse: () => T): T | undefined {
  try {
    return parse();
  } catch (e) {
    if (isStackOverflow(e)) return undefined;
    throw e;
  }
}

/** Where a file's brackets nest deepest (for a file the parser could not take): a cheap scan, strings skipped. */
export function deepestBracket(text: string): number | undefined {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  let depth = 0;
  let max = 0;
  let at: number | undefined;
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token === ts.SyntaxKind.OpenParenToken || token === ts.SyntaxKind.OpenBracketToken
      || token === ts.SyntaxKind.OpenBraceToken || token === ts.SyntaxKind.TemplateHead || token === ts.SyntaxKind.LessThanToken) {
      depth++;
      if (depth > max) { max = depth; if (depth > MAX_TYPED_DEPTH && at === undefined) at = scanner.getTokenStart(); }
    } else if (token === ts.SyntaxKind.CloseParenToken || token === ts.SyntaxKind.CloseBracketToken
      || token === ts.SyntaxKind.CloseBraceToken || token === ts.SyntaxKind.GreaterThanToken) {
      depth = Math.max(0, depth - 1);
    }
  }
  return at;
}
