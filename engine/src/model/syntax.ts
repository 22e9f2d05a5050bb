/** Small syntax helpers the model's parts share. */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');

/** Looks through parentheses, `as`, `!`, `<T>`, `satisfies` and `await` to the expression that yields the value. */
export function stripParens(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e)
    || ts.isTypeAssertionExpression(e) || ts.isSatisfiesExpression(e) || ts.isAwaitExpression(e)) {
    e = e.expression;
  }
  return e;
}

/** `this.logger.info` → `this.logger.info`; calls in the chain are written `x()`. */
export function calleePath(e: ts.Expression): string | undefined {
  // A loop, not recursion: a 2,000-link chain (`a.b().c…`) must not overflow the stack.
  const parts: string[] = [];
  for (;;) {
    e = stripParens(e);
    if (ts.isPropertyAccessExpression(e)) { parts.push(`.${e.name.text}`); e = e.expression; continue; }
    if (ts.isCallExpression(e)) { parts.push('()'); e = e.expression; continue; }
    break;
  }
  const root = ts.isIdentifier(e) ? e.text : e.kind === ts.SyntaxKind.ThisKeyword ? 'this' : undefined;
  if (root === undefined) return undefined;
  return root + parts.reverse().join('');
}

/** The text of a property or binding name when it is static (`a`, `'a'`, `['a']`). */
export function propertyNameText(name: ts.PropertyName | ts.BindingName | undefined): string | undefined {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)
    || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression)) return name.expression.text;
  return undefined;
}

/**
 * Visits a tree in source order (parents before children) without recursing, so a file nested thousands of
 * levels deep (a 2,000-link `a.b.c…` chain) cannot overflow the stack. `enter` returns false to skip a subtree.
 */
export function walkTree(root: ts.Node, enter: (node: ts.Node) => boolean | void): void {
  const stack: ts.Node[] = [root];
  const children: ts.Node[] = [];
  const collect = (child: ts.Node): void => { children.push(child); };
  while (stack.length) {
    const node = stack.pop()!;
    if (enter(node) === false) continue;
    ts.forEachChild(node, collect);
    while (children.length) stack.push(children.pop()!);
  }
}

/** The variable at the root of `a.b.c` or `a['b']`. */
export function rootIdentifier(e: ts.Expression): ts.Identifier | undefined {
  while (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e) || ts.isParenthesizedExpression(e)
    || ts.isNonNullExpression(e)) {
    e = e.expression;
  }
  return ts.isIdentifier(e) ? e : undefined;
}

/**
 * The call a function expression is written as an argument of (`run(() => …)`, `list.then(function (x) { … })`,
 * `new Promise((resolve) => …)`), through parentheses; undefined for any other function.
 */
export function callTakingCallback(fn: ts.Node): ts.CallExpression | ts.NewExpression | undefined {
  if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) return undefined;
  let node: ts.Node = fn;
  while (ts.isParenthesizedExpression(node.parent)) node = node.parent;
  const call = node.parent;
  return (ts.isCallExpression(call) || ts.isNewExpression(call)) && call.arguments?.includes(node as ts.Expression) ? call : undefined;
}

/**
 * The element at `index` of an array literal written out (directly, or given to `Promise.all`/`Promise.allSettled`),
 * when no spread comes before it: what a destructured name at that position holds.
 */
export function elementAt(source: ts.Expression, index: number): ts.Expression | undefined {
  let e = stripParens(source);
  if (ts.isCallExpression(e) && e.arguments.length === 1 && /^Promise\.(all|allSettled)$/.test(calleePath(e.expression) ?? '')) {
    e = stripParens(e.arguments[0]);
  }
  if (!ts.isArrayLiteralExpression(e) || index < 0 || index >= e.elements.length) return undefined;
  if (e.elements.slice(0, index + 1).some((x) => ts.isSpreadElement(x) || ts.isOmittedExpression(x))) return undefined;
  return e.elements[index];
}

/**
 * A value written out of literals only: a string, a number, `true`, `false`, `null`, `undefined`, or an object or
 * array literal of such (`{ _sort: '-effective', _tag: ['current'] }`, `{ isRequired: false }`), a few levels deep.
 */
export function isLiteralTree(e: ts.Expression, depth = 0): boolean {
  e = stripParens(e);
  if (depth > 4) return false;
  if (ts.isObjectLiteralExpression(e)) {
    return e.properties.every((p) => ts.isPropertyAssignment(p) && !ts.isComputedPropertyName(p.name)
      && isLiteralTree(p.initializer, depth + 1));
  }
  if (ts.isArrayLiteralExpression(e)) return e.elements.every((x) => !ts.isSpreadElement(x) && isLiteralTree(x, depth + 1));
  return ts.isStringLiteralLike(e) || ts.isNumericLiteral(e) || (ts.isPrefixUnaryExpression(e) && ts.isNumericLiteral(e.operand))
    || e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword || e.kind === ts.SyntaxKind.NullKeyword
    || (ts.isIdentifier(e) && e.text === 'undefined');
}
