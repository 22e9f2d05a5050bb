/**
 * A whole record written into a string: `` `… ${user} …` `` or `'user ' + user` prints `[object Object]`, not the
 * record's fields, when the record has no `toString` (or `valueOf`, or `Symbol.toPrimitive`) of its own. Such a part of
 * a template or a concatenation carries no one's data. Passing the record as an argument of its own (which a logger
 * serialises) is not a string context, and stays what the record is.
 *
 * With the checker the type decides (an object type, or a union of them with `null`/`undefined`, none of which
 * converts itself; an error prints its message, so it is never one). Without a type (or typed `any`) only evidence
 * about the name's value counts: it was given an object literal, a `new X()`, a row a query builder returns
 * (`findFirst`, `findUnique`), or the function reads a field of it (`user.isActive`); a file that uses Mongoose is
 * left alone (its documents print their fields). When unsure, the part stays personal.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import type { Declaration } from './scope';
import { stripParens, walkTree } from './syntax';

/**
 * Whether `leaf` (a part `valueLeaves` found) is converted to a string where it stands: the expression of a template's
 * span (not a tagged template, whose tag gets the values as they are), or an operand of a `+` that builds a string,
 * through parentheses, `!`, `??`, `||` and a ternary's branches.
 */
export function inStringContext(leaf: ts.Expression, checker: ts.TypeChecker | undefined): '+' | '`' | undefined {
  let e: ts.Node = leaf;
  for (let p = e.parent; p; e = p, p = p.parent) {
    if (ts.isParenthesizedExpression(p) || ts.isNonNullExpression(p)) continue;
    if (ts.isConditionalExpression(p) && p.condition !== e) continue;
    if (ts.isBinaryExpression(p) && (p.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken
      || p.operatorToken.kind === ts.SyntaxKind.BarBarToken)) continue;
    if (ts.isTemplateSpan(p)) return p.expression === e && ts.isTemplateExpression(p.parent) && !ts.isTaggedTemplateExpression(p.parent.parent) ? '`' : undefined;
    if (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.PlusToken) return buildsString(p, checker) ? '+' : undefined;
    return undefined;
  }
  return undefined;
}

/** A `+` chain that builds a string: the checker says so, or one of its operands is a string literal or a template. */
function buildsString(plus: ts.BinaryExpression, checker: ts.TypeChecker | undefined): boolean {
  let top: ts.Expression = plus;
  while (ts.isBinaryExpression(top.parent) && top.parent.operatorToken.kind === ts.SyntaxKind.PlusToken) top = top.parent;
  if (checker) return !!(checker.getTypeAtLocation(top).flags & ts.TypeFlags.StringLike);
  const stack: ts.Expression[] = [top];
  while (stack.length) {
    const e = stripParens(stack.pop()!);
    if (ts.isStringLiteralLike(e) || ts.isTemplateExpression(e)) return true;
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) stack.push(e.left, e.right);
  }
  return false;
}

/** Members by which an object converts itself to a string or a primitive. */
function convertsItself(name: string): boolean {
  return name === 'toString' || name === 'valueOf' || name.startsWith('__@toPrimitive');
}

/**
 * What the checker says: `true` when every part of the type (past `null`/`undefined`) is an object type that does not
 * convert itself and is not an error or a function (an array of such objects too: it prints `[object Object],…`);
 * `false` when a part is a string, a number, an error … ; `undefined` when the type is `any`/`unknown` (no answer).
 */
export function typePrintsAsObject(checker: ts.TypeChecker, type: ts.Type, depth = 0): boolean | undefined {
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return undefined;
  const parts = (type.isUnion() ? type.types : [type]).filter((t) => !(t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void)));
  if (!parts.length) return false;
  return parts.every((t) => {
    if (checker.isArrayType(t)) {
      const element = checker.getTypeArguments(t as ts.TypeReference)[0];
      return depth < 2 && !!element && typePrintsAsObject(checker, element, depth + 1) === true;
    }
    if (!(t.flags & ts.TypeFlags.Object) || checker.isTupleType(t)) return false;
    if (t.getCallSignatures().length || t.getConstructSignatures().length) return false;
    const props = checker.getPropertiesOfType(t);
    if (!props.length) return false; // `{}`, `object`: nothing known about it
    if (props.some((p) => convertsItself(p.name))) return false;
    // An error prints its name and message (`Error.prototype.toString`), which may carry what it was made with.
    if (props.some((p) => p.name === 'message') && props.some((p) => p.name === 'name' || p.name === 'stack')) return false;
    return true;
  });
}

/** Classes of the platform whose instances print a value of their own. */
const SELF_PRINTING_CLASSES = new Set(['Date', 'URL', 'URLSearchParams', 'String', 'Number', 'Boolean', 'BigInt', 'RegExp',
  'Buffer', 'Error', 'TypeError', 'RangeError', 'Intl', 'Headers', 'FormData', 'Blob', 'File', 'TextDecoder', 'Array',
  'Set', 'Map', 'Function', 'Symbol', 'Decimal', 'BigNumber', 'Big', 'Money', 'Temporal', 'DateTime', 'Moment']);

/** Methods of a query builder that return one row as a plain object (Prisma, Drizzle). */
const ROW_METHODS = new Set(['findFirst', 'findUnique', 'findFirstOrThrow', 'findUniqueOrThrow']);

/** Members a string (or an array) has: reading one says nothing about the value being a record. */
const STRING_MEMBERS = new Set(Object.getOwnPropertyNames(String.prototype).concat(Object.getOwnPropertyNames(Array.prototype),
  ['toJSON', 'inspect']));

/**
 * The object a name's value evidently is, without a type: the declaration's initializer or an assignment to it is an
 * object literal without a conversion of its own, a `new X()` of a class that does not print itself, or a row of a
 * query builder; or the function reads a field of it that a string does not have.
 */
export function evidentlyObject(decl: Declaration, assigned: readonly ts.Expression[], fieldsRead: (decl: Declaration) => boolean,
  classOf: (id: ts.Identifier) => ts.ClassLikeDeclaration | undefined,
  typeOf: (id: ts.Identifier) => ts.Node | undefined): boolean {
  if ((ts.isVariableDeclaration(decl) || ts.isParameter(decl)) && decl.type && declaresRecord(decl.type, typeOf)) return true;
  if (ts.isVariableDeclaration(decl) && decl.initializer && isObjectValue(decl.initializer, classOf)) return true;
  if (assigned.some((a) => isObjectValue(a, classOf))) return true;
  return fieldsRead(decl);
}

/**
 * A type written in the code as a record (or an array of records): a type literal, or a name of an interface or alias of one declared in the
 * project, with fields, none of which converts the value or makes it an error, and nothing it extends.
 */
function declaresRecord(type: ts.TypeNode, typeOf: (id: ts.Identifier) => ts.Node | undefined): boolean {
  let members: ts.NodeArray<ts.TypeElement> | undefined;
  // `User[]` prints `[object Object],[object Object]`.
  if (ts.isArrayTypeNode(type)) return declaresRecord(type.elementType, typeOf);
  if (ts.isTypeLiteralNode(type)) members = type.members;
  else if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && !type.typeArguments) {
    const decl = typeOf(type.typeName);
    if (decl && ts.isInterfaceDeclaration(decl) && !decl.heritageClauses?.length) members = decl.members;
    else if (decl && ts.isTypeAliasDeclaration(decl) && ts.isTypeLiteralNode(decl.type)) members = decl.type.members;
  }
  if (!members?.length) return false;
  const names = members.map((m) => (m.name && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name)) ? m.name.text : undefined));
  return members.every((m) => ts.isPropertySignature(m) || ts.isMethodSignature(m)) && names.every((n) => n !== undefined && !convertsItself(n))
    && !names.includes('message');
}

function isObjectValue(init: ts.Expression, classOf: (id: ts.Identifier) => ts.ClassLikeDeclaration | undefined): boolean {
  let e = stripParens(init);
  if (ts.isAwaitExpression(e)) e = stripParens(e.expression);
  if (ts.isObjectLiteralExpression(e)) {
    return !e.properties.some((p) => p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) && convertsItself(p.name.text))
      && !e.properties.some((p) => ts.isSpreadAssignment(p) || (p.name && ts.isComputedPropertyName(p.name)));
  }
  if (ts.isNewExpression(e) && ts.isIdentifier(e.expression)) {
    if (SELF_PRINTING_CLASSES.has(e.expression.text)) return false;
    const cls = classOf(e.expression);
    return !cls || !cls.members.some((m) => !!m.name && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name) || ts.isComputedPropertyName(m.name))
      && (ts.isComputedPropertyName(m.name) || convertsItself(m.name.text)));
  }
  return ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && ROW_METHODS.has(e.expression.name.text);
}

/**
 * The names whose fields a function (or file) reads, by the identifier read: `user.isActive` → `user`. Members a
 * string or an array has (`length`, `trim`, `toLowerCase`) are left out. One walk of the scope, done once.
 */
export function fieldReceivers(scope: ts.Node): Map<string, ts.Identifier[]> {
  const out = new Map<string, ts.Identifier[]>();
  walkTree(scope, (n) => {
    if (ts.isPropertyAccessExpression(n) && ts.isIdentifier(n.expression) && !STRING_MEMBERS.has(n.name.text)) {
      const list = out.get(n.expression.text);
      if (list) list.push(n.expression); else out.set(n.expression.text, [n.expression]);
    }
  });
  return out;
}
