/**
 * The nodes of a file that the model's passes look at, found in one walk of the tree that also measures its
 * nesting (`walkMeasuring`): the index walk of the analysis, the marketing, form-site and hard-coded-literal passes
 * of the rules, the calls inside a helper, and the depth check before any analysis all used to walk the whole tree
 * each. Lists are in source order (parents before children), the order those walks met the nodes in.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import { walkMeasuring } from './nesting';

export interface SyntaxIndex {
  /**
   * What the analysis indexes (calls, binary expressions and the nodes a field use can be: property and element
   * access, binding elements, property assignments, parameters, variable declarations), outside types,
   * interfaces, type aliases and import declarations, which never send, hold or use a value.
   */
  readonly valueNodes: readonly ts.Node[];
  /** Every call with arguments and every `=` / `+=` assignment, wherever it is. */
  readonly callsAndAssignments: readonly (ts.CallExpression | ts.BinaryExpression)[];
  /**
   * String, template, JSX-text, numeric and bigint literals outside import and export declarations and
   * `require` references (module names are not data).
   */
  readonly literals: readonly ts.Node[];
}

const K = ts.SyntaxKind;

/** The kinds the analysis's index walk acts on (see `FileAnalysis.ensureIndexed` and `collectCategoryUse`). */
const VALUE_KINDS: ReadonlySet<ts.SyntaxKind> = new Set([K.CallExpression, K.BinaryExpression,
  K.PropertyAccessExpression, K.ElementAccessExpression, K.BindingElement, K.PropertyAssignment,
  K.ShorthandPropertyAssignment, K.Parameter, K.VariableDeclaration]);

const LITERAL_KINDS: ReadonlySet<ts.SyntaxKind> = new Set([K.StringLiteral, K.NoSubstitutionTemplateLiteral,
  K.TemplateHead, K.TemplateMiddle, K.TemplateTail, K.JsxText, K.NumericLiteral, K.BigIntLiteral]);

/** Modes of a subtree: inside what the value index skips, inside what the literal index skips. */
const NO_VALUES = 1;
const NO_LITERALS = 2;

/**
 * Where a tree keeps its index: on the tree itself, so that it lives and dies with it. (In a WeakMap keyed by the
 * tree, V8's young-generation collector keeps a dead tree alive through the index's references into it, and every
 * tree of a run was copied into the old generation.)
 */
const INDEX = Symbol('privacyLintSyntaxIndex');

/** The file's index, made on first use by one walk (which also measures the tree, see `measureNesting`). */
export function syntaxIndex(sf: ts.SourceFile): SyntaxIndex {
  const holder = sf as ts.SourceFile & { [INDEX]?: SyntaxIndex };
  let index = holder[INDEX];
  if (!index) {
    const valueNodes: ts.Node[] = [];
    const callsAndAssignments: (ts.CallExpression | ts.BinaryExpression)[] = [];
    const literals: ts.Node[] = [];
    walkMeasuring(sf, (node, parentMode) => {
      const kind = node.kind;
      let mode = parentMode;
      if ((kind >= K.FirstTypeNode && kind <= K.LastTypeNode) || kind === K.InterfaceDeclaration
        || kind === K.TypeAliasDeclaration) {
        mode |= NO_VALUES;
      } else if (kind === K.ImportDeclaration) {
        mode |= NO_VALUES | NO_LITERALS;
      } else if (kind === K.ExportDeclaration || kind === K.ExternalModuleReference) {
        mode |= NO_LITERALS;
      }
      if (!(mode & NO_VALUES) && VALUE_KINDS.has(kind)) valueNodes.push(node);
      if (kind === K.CallExpression) {
        if ((node as ts.CallExpression).arguments.length > 0) callsAndAssignments.push(node as ts.CallExpression);
      } else if (kind === K.BinaryExpression) {
        const op = (node as ts.BinaryExpression).operatorToken.kind;
        if (op === K.EqualsToken || op === K.PlusEqualsToken) callsAndAssignments.push(node as ts.BinaryExpression);
      } else if (!(mode & NO_LITERALS) && LITERAL_KINDS.has(kind)) {
        literals.push(node);
      }
      return mode;
    });
    index = { valueNodes, callsAndAssignments, literals };
    holder[INDEX] = index;
  }
  return index;
}

const NAMES = Symbol('privacyLintNamesText');

/**
 * The names a file's code uses, as one text: its identifiers (the parser's table of them, which also holds the string
 * keys of property names and element accesses) and its string literals (`setValue('diagnosis', v)`). What the quick
 * tests for a category's words read instead of the whole text: about a tenth of it (no comments, no code between
 * names, each name once), so a test over it costs a tenth. Falls back to the text when the parser kept no table.
 */
export function namesText(sf: ts.SourceFile): string {
  const holder = sf as ts.SourceFile & { [NAMES]?: string; identifiers?: ReadonlyMap<string, string> };
  let text = holder[NAMES];
  if (text === undefined) {
    const ids = holder.identifiers;
    if (!ids) {
      text = sf.text;
    } else {
      const parts = [...ids.keys()];
      for (const lit of syntaxIndex(sf).literals) {
        if (lit.kind === K.StringLiteral || lit.kind === K.NoSubstitutionTemplateLiteral) parts.push((lit as ts.StringLiteralLike).text);
      }
      text = parts.join('\n');
    }
    holder[NAMES] = text;
  }
  return text;
}

/**
 * The calls with arguments inside a function body, not inside the functions and methods it declares (arrow
 * functions and function expressions are part of it): what a walk of the body that skips those finds, in order.
 */
export function callsInBody(sf: ts.SourceFile, fn: ts.FunctionLikeDeclaration): ts.CallExpression[] {
  const body = fn.body;
  if (!body) return [];
  const list = syntaxIndex(sf).callsAndAssignments;
  // Positions never decrease in source order (parents first): the body's nodes are one run of the list.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid].pos < body.pos) lo = mid + 1; else hi = mid;
  }
  const out: ts.CallExpression[] = [];
  for (let i = lo; i < list.length && list[i].pos < body.end; i++) {
    const n = list[i];
    if (n.kind !== K.CallExpression || n.end > body.end || (n !== body && !inside(n, body, fn))) continue;
    out.push(n as ts.CallExpression);
  }
  return out;
}

/** Whether `node` is in `body` without a function or method declaration (other than `fn`) in between. */
function inside(node: ts.Node, body: ts.Node, fn: ts.Node): boolean {
  for (let n = node.parent; n; n = n.parent) {
    if (n === body) return true;
    if (n !== fn && (n.kind === K.FunctionDeclaration || n.kind === K.MethodDeclaration)) return false;
  }
  return false;
}
