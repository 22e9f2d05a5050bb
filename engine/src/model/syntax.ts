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
  e = stripParens(e);
  if (ts.isIdentifier(e)) return e.text;
  if (e.kind === ts.SyntaxKind.ThisKeyword) return 'this';
  if (ts.isPropertyAccessExpression(e)) {
    const left = calleePath(e.expression);
    return left === undefined ? undefined : `${left}.${e.name.text}`;
  }
  if (ts.isCallExpression(e)) {
    const left = calleePath(e.expression);
    return left === undefined ? undefined : `${left}()`;
  }
  return undefined;
}

/** The text of a property or binding name when it is static (`a`, `'a'`, `['a']`). */
export function propertyNameText(name: ts.PropertyName | ts.BindingName | undefined): string | undefined {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isPrivateIdentifier(name)
    || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression)) return name.expression.text;
  return undefined;
}
