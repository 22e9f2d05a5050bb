/**
 * Deeply nested code: TypeScript's parser, binder and checker recurse once (or more) per level of nesting, and
 * a file nested a thousand levels deep (`((((…))))`, `[[[[…]]]]`, `A<A<A<…>>>`, a long `a.b.c…` chain) makes
 * them overflow the stack. One such file must not abort a run or, in a typed project, take the types of every
 * other file with it. So every tree is measured (iteratively) before TypeScript binds or checks it and before
 * our analysis walks it, and a parse that overflows is caught where it happens.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import { withoutJsDocHang } from './jsdoc-safe';

/**
 * Deepest tree a typed program may hold. Measured with TypeScript 6 on Node's default stack: its binder overflows
 * from about 600 nested parentheses, 940 operands of `a && b && …`, 1,000 chained calls (2,000 levels) or 2,000
 * chained members, its checker from about 450 nested calls, its parser from about 570 nested generic arguments;
 * real code stays far below (the deepest of the ~10,000 files in this repository's node_modules, minified bundles
 * included, is 180: a 170-operand `||` chain in eastasianwidth; without `&&`/`||` chains it is 118).
 */
export const MAX_TYPED_DEPTH = 300;

/**
 * Deepest tree our own analysis (without types) takes: it walks trees iteratively and follows values to a
 * bounded depth, so only the parser limits it; this bound keeps what is left recursive far from the stack's end.
 */
export const MAX_ANALYSIS_DEPTH = 5000;

/**
 * Deepest tree TypeScript's incremental parser may update (`ts.updateSourceFile` walks the old tree recursively,
 * one call per node, binary operands included: it overflows from about 6,000 levels, a 6,000-part concatenation).
 * A deeper tree is parsed again in full after an edit, as the CLI parses it.
 */
export const MAX_INCREMENTAL_DEPTH = 2000;

/** How deep a tree is, and where it first got too deep. */
export interface Nesting {
  /** Levels of nesting as our analysis recurses: a binary operand inside a binary expression costs nothing. */
  depth: number;
  /**
   * Levels of nesting as TypeScript's binder and checker recurse (at least `depth`): they also recurse once per
   * `&&`, `||` and `??` of a chain (and a little per `,`), see `typedCost`.
   */
  typedDepth: number;
  /** Levels of nesting counting every node (for recursive walks of the whole tree: `MAX_INCREMENTAL_DEPTH`). */
  rawDepth: number;
  /** The first node deeper than `MAX_TYPED_DEPTH` for TypeScript, if any. */
  deepAt?: ts.Node;
}

/** Why a file is not analysed: too deep, or TypeScript overflowed the stack on it. */
export interface NestingProblem {
  /** The measured depth; undefined when parsing itself overflowed (or binding did, on a file measured shallow). */
  depth?: number;
  limit: number;
  /** Offset where the nesting went past the limit, when known. */
  pos?: number;
}

const measured = new WeakMap<ts.SourceFile, Nesting>();

const BINARY = ts.SyntaxKind.BinaryExpression;

/**
 * What a binary expression directly inside another binary expression costs TypeScript. Arithmetic, comparison
 * and assignment chains (`'a' + b + …`, `x = y = …`) are bound and checked with an explicit stack: free. A
 * logical operator (`&&`, `||`, `??` and their assignments) is bound through `bindLogicalLikeExpression`, which
 * recurses into its operands: a level each (Node's default stack holds about 940 `a && a && …`, fewer than
 * parentheses). The checker recurses on a comma operand too, but far less per operand (≈ 14,000 fit).
 */
function typedCost(child: ts.BinaryExpression): number {
  const op = child.operatorToken.kind;
  if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken
    || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.AmpersandAmpersandEqualsToken
    || op === ts.SyntaxKind.BarBarEqualsToken || op === ts.SyntaxKind.QuestionQuestionEqualsToken) return 1;
  if (op === ts.SyntaxKind.CommaToken) return 1 / 16;
  return 0;
}

/**
 * Measures a tree without recursing, twice at once: for our analysis, an operand of a binary expression that is
 * itself a binary expression does not count as a level (it flattens binary chains with a loop, so a 2,000-part
 * concatenation or a 20,000-operand condition costs nothing); for TypeScript it does when its binder or checker
 * recurses on it (`typedCost`). Every other child is a level for both.
 */
export function measureNesting(sf: ts.SourceFile): Nesting {
  return measured.get(sf) ?? walkMeasuring(sf);
}

/** Whether the tree was measured already (a walk that indexes it would then not measure it for free). */
export function isMeasured(sf: ts.SourceFile): boolean {
  return measured.has(sf);
}

/**
 * What a walk of `walkMeasuring` tells about each node: its parent's mode (what the visitor returned for the
 * parent; 0 at the root); it returns the mode of the node's children.
 */
export type MeasuringVisitor = (node: ts.Node, parentMode: number) => number;

/**
 * One walk of the whole tree in source order (parents before children), without recursion: measures it (and
 * remembers the measure for `measureNesting`), and shows every node to `visit`, so one walk can both measure a tree
 * and index it. `visit` must not recurse either (the tree is not known to be shallow yet).
 */
export function walkMeasuring(sf: ts.SourceFile, visit?: MeasuringVisitor): Nesting {
  let depth = 0;
  let typedDepth = 0;
  let rawDepth = 0;
  // The node where the nesting first got too deep for TypeScript, in the order TypeScript's recursion meets it:
  // the last (in source order) of the nodes deeper than the limit whose parent is not.
  let deepAt: ts.Node | undefined;
  // An explicit stack (this runs over every node of every file): nodes, and per node its depth for our analysis,
  // for TypeScript and counting every node, the mode the visitor gave its parent, and whether it crosses the
  // typed limit. Grown by doubling, never shrunk.
  let capacity = 256;
  const nodes: ts.Node[] = [sf];
  let depths = new Int32Array(capacity);
  let rawDepths = new Int32Array(capacity);
  let typedDepths = new Float64Array(capacity);
  let modes = new Int32Array(capacity);
  let crossings = new Uint8Array(capacity);
  let top = 1;
  const kids: ts.Node[] = [];
  let kidCount = 0;
  const collect = (child: ts.Node): void => { kids[kidCount++] = child; };
  while (top > 0) {
    top--;
    const node = nodes[top];
    const current = depths[top];
    const currentTyped = typedDepths[top];
    const currentRaw = rawDepths[top];
    if (crossings[top]) deepAt = node;
    const mode = visit ? visit(node, modes[top]) : 0;
    if (current > depth) depth = current;
    if (currentRaw > rawDepth) rawDepth = currentRaw;
    if (currentTyped > typedDepth) typedDepth = currentTyped;
    const parentIsBinary = node.kind === BINARY;
    kidCount = 0;
    ts.forEachChild(node, collect);
    if (top + kidCount > capacity) {
      while (top + kidCount > capacity) capacity *= 2;
      const grow = <T extends Int32Array | Float64Array | Uint8Array>(a: T, make: (n: number) => T): T => { const b = make(capacity); b.set(a); return b; };
      depths = grow(depths, (n) => new Int32Array(n));
      rawDepths = grow(rawDepths, (n) => new Int32Array(n));
      typedDepths = grow(typedDepths, (n) => new Float64Array(n));
      modes = grow(modes, (n) => new Int32Array(n));
      crossings = grow(crossings, (n) => new Uint8Array(n));
    }
    // Pushed last child first, so that they are popped (visited) in source order.
    for (let i = kidCount - 1; i >= 0; i--) {
      const child = kids[i];
      nodes[top] = child;
      rawDepths[top] = currentRaw + 1;
      let childTyped: number;
      if (parentIsBinary && child.kind === BINARY) {
        depths[top] = current;
        childTyped = currentTyped + typedCost(child as ts.BinaryExpression);
      } else {
        depths[top] = current + 1;
        childTyped = currentTyped + 1;
      }
      typedDepths[top] = childTyped;
      modes[top] = mode;
      crossings[top] = childTyped > MAX_TYPED_DEPTH && currentTyped <= MAX_TYPED_DEPTH ? 1 : 0;
      top++;
    }
  }
  // Levels are whole: a comma chain's fractions round up.
  const result: Nesting = { depth, typedDepth: Math.ceil(typedDepth), rawDepth };
  if (deepAt !== undefined) result.deepAt = deepAt;
  if (!measured.has(sf)) measured.set(sf, result);
  return measured.get(sf)!;
}

/** The problem of a tree too deep for TypeScript's parser, binder or checker (`MAX_TYPED_DEPTH`), if it is. */
export function tooDeepForTypes(sf: ts.SourceFile): NestingProblem | undefined {
  const n = measureNesting(sf);
  if (n.typedDepth <= MAX_TYPED_DEPTH) return undefined;
  return { depth: n.typedDepth, limit: MAX_TYPED_DEPTH, pos: n.deepAt?.getStart(sf) };
}

/** Whether an edit of this tree must be parsed in full: it is too deep for TypeScript's incremental parser. */
export function tooDeepToUpdate(sf: ts.SourceFile): boolean {
  return measureNesting(sf).rawDepth > MAX_INCREMENTAL_DEPTH;
}

/** The problem of a tree too deep for our own analysis (`MAX_ANALYSIS_DEPTH`), if it is. */
export function tooDeepToAnalyse(sf: ts.SourceFile): NestingProblem | undefined {
  const n = measureNesting(sf);
  if (n.depth <= MAX_ANALYSIS_DEPTH) return undefined;
  return { depth: n.depth, limit: MAX_ANALYSIS_DEPTH, pos: n.deepAt?.getStart(sf) };
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

const ALONE: ts.CompilerOptions = { noLib: true, noResolve: true, types: [], allowJs: true, checkJs: false, noEmit: true };

/**
 * Whether TypeScript overflows the stack parsing or binding this file on its own: the last resort when a program
 * overflowed although every file measured shallow enough (a shape `measureNesting` does not know yet), to find
 * the file to leave out instead of losing the types of the whole project. The file is parsed again the way a
 * program parses it (JSDoc included): binding marks a tree as bound, and a tree bound in this throwaway program
 * must never reach a real one.
 */
export function overflowsTypeScript(fileName: string, text: string): boolean {
  try {
    const sf = ts.createSourceFile(fileName, withoutJsDocHang(fileName, text), { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseAll }, true);
    const host = ts.createCompilerHost(ALONE);
    host.getSourceFile = (name) => (name === fileName ? sf : undefined);
    host.fileExists = (name) => name === fileName;
    host.readFile = () => undefined;
    ts.createProgram({ rootNames: [fileName], options: ALONE, host }).getTypeChecker();
    return false;
  } catch (e) {
    if (isStackOverflow(e)) return true;
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
