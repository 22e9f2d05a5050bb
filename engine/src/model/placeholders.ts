/**
 * Placeholders: what code writes where a person's value would go when it has none — an empty string, or for an IP
 * address the loopback or unspecified address (`ip: ''`, `'x-forwarded-for': '127.0.0.1'`, `LOCALHOST_IP`). They are
 * constants of the code, not data about anyone, in a log as in a transfer.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import type { PersonalCategory } from '../vocabulary';
import { stripParens, propertyNameText } from './syntax';

/** Loopback and unspecified addresses (IPv4, IPv6), and `localhost`: no visitor's address. */
const PLACEHOLDER_ADDRESS = /^(127(\.\d{1,3}){3}|0\.0\.0\.0|::1?|0:0:0:0:0:0:0:[01]|localhost)$/i;

/** Request headers a server reads its client's IP address from (`ipAddress(req)` of @vercel/functions, proxies). */
const IP_HEADERS = new Set(['x-forwarded-for', 'x-real-ip', 'cf-connecting-ip', 'true-client-ip', 'x-client-ip',
  'x-vercel-forwarded-for', 'x-cluster-client-ip', 'fastly-client-ip', 'forwarded']);

/** A string that stands for no value: empty, or (for an online identifier, or any category unknown) a placeholder address. */
export function isPlaceholderText(text: string, category?: PersonalCategory): boolean {
  const t = text.trim();
  return t === '' || ((category === undefined || category === 'onlineIdentifier') && PLACEHOLDER_ADDRESS.test(t));
}

/** `''`, `'127.0.0.1'`, `` `` `` written as a literal (a template without substitutions too). */
export function isPlaceholderLiteral(e: ts.Expression, category?: PersonalCategory): boolean {
  e = stripParens(e);
  return ts.isStringLiteralLike(e) && isPlaceholderText(e.text, category);
}

/**
 * The headers a request is made with, when the code writes them out: the object literal of `{ headers: { … } }` or
 * of `{ headers: new Headers({ … }) }`. Undefined when they are anything else (a spread, a variable we cannot see).
 */
export function writtenHeaders(init: ts.Expression | undefined): ts.ObjectLiteralExpression | 'none' | undefined {
  if (!init) return 'none';
  const o = stripParens(init);
  if (!ts.isObjectLiteralExpression(o)) return undefined;
  const prop = o.properties.find((p) => propertyNameText(p.name) === 'headers');
  if (!prop) return o.properties.some((p) => ts.isSpreadAssignment(p)) ? undefined : 'none';
  if (!ts.isPropertyAssignment(prop)) return undefined;
  let h = stripParens(prop.initializer);
  if (ts.isNewExpression(h) && ts.isIdentifier(h.expression) && h.expression.text === 'Headers') {
    if (!h.arguments?.length) return 'none';
    h = stripParens(h.arguments[0]);
  }
  return ts.isObjectLiteralExpression(h) ? h : undefined;
}

/**
 * A request the code makes up itself (`new Request(link.url, { headers: { 'x-forwarded-for': '127.0.0.1' } })`, a
 * synthetic click): no visitor sent it, so the address read off it is the placeholder written into it. True when
 * every IP header it is given holds a placeholder literal (or none is given).
 */
export function isMadeUpRequest(e: ts.Expression): boolean {
  e = stripParens(e);
  if (!ts.isNewExpression(e) || !ts.isIdentifier(e.expression) || !/^(Request|NextRequest)$/.test(e.expression.text)) return false;
  const headers = writtenHeaders(e.arguments?.[1]);
  if (!headers) return false;
  if (headers === 'none') return true;
  return headers.properties.every((p) => {
    if (!ts.isPropertyAssignment(p)) return false;
    const name = propertyNameText(p.name)?.toLowerCase();
    if (name === undefined) return false;
    return !IP_HEADERS.has(name) || isPlaceholderLiteral(p.initializer, 'onlineIdentifier');
  });
}

/** A const (`const LOCALHOST_IP = '127.0.0.1'`, imported or not) the checker resolves a name to, holding a placeholder. */
function isPlaceholderConstant(checker: ts.TypeChecker, id: ts.Identifier, category: PersonalCategory): boolean {
  let symbol = checker.getSymbolAtLocation(id);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const decl = symbol?.valueDeclaration;
  return !!decl && ts.isVariableDeclaration(decl) && !!decl.initializer && ts.isVariableDeclarationList(decl.parent)
    && !!(decl.parent.flags & ts.NodeFlags.Const) && isPlaceholderLiteral(decl.initializer, category);
}

/**
 * A property of a type the checker inferred from object literals, which every one of them gives a placeholder
 * (`{ ip: '' }`, `{ ip: LOCALHOST_IP }`) or a literal of the code (`{ latitude: 'Unknown' }`, `isCodeLiteral`), or
 * whose type is a placeholder literal: it holds no one's value.
 */
export function holdsOnlyPlaceholders(checker: ts.TypeChecker, p: ts.Symbol, category: PersonalCategory,
  isCodeLiteral: (e: ts.Expression) => boolean): boolean {
  const madeUp = (e: ts.Expression): boolean => isFakeDataCall(e, (id) => moduleViaChecker(checker, id));
  const decls = p.declarations ?? [];
  if (!decls.length) return false;
  const t = checker.getTypeOfSymbolAtLocation(p, decls[0]);
  if (t.isStringLiteral() && isPlaceholderText(t.value, category)) return true;
  return decls.every((decl) => {
    if (ts.isPropertyAssignment(decl)) {
      const e = stripParens(decl.initializer);
      return isPlaceholderLiteral(e, category) || isCodeLiteral(e) || madeUp(e) || (ts.isIdentifier(e) && isPlaceholderConstant(checker, e, category));
    }
    if (ts.isShorthandPropertyAssignment(decl)) {
      const v = checker.getShorthandAssignmentValueSymbol(decl)?.valueDeclaration;
      return !!v && ts.isVariableDeclaration(v) && !!v.initializer && ts.isVariableDeclarationList(v.parent)
        && !!(v.parent.flags & ts.NodeFlags.Const) && (isPlaceholderLiteral(v.initializer, category) || madeUp(v.initializer));
    }
    return false;
  });
}

/** Libraries that make up people's data for tests and seeds (Faker and its forks, falso, Chance, casual). */
const FAKE_DATA_MODULES = /^(@faker-js\/faker|faker|@ngneat\/falso|chance|casual|community-faker)(\/|$)/;

/**
 * What a fake-data library makes up (`faker.internet.email()`, `faker.person.firstName()`, falso's `randEmail()`,
 * `chance.phone()`, awaited or not): test and seed data that is no one's. `moduleOf` names the module a local name
 * is imported from.
 */
export function isFakeDataCall(e: ts.Expression, moduleOf: (id: ts.Identifier) => string | undefined): boolean {
  let x = stripParens(e);
  if (ts.isAwaitExpression(x)) x = stripParens(x.expression);
  if (!ts.isCallExpression(x)) return false;
  let root: ts.Expression = stripParens(x.expression);
  while (ts.isPropertyAccessExpression(root) || ts.isCallExpression(root)) root = stripParens(root.expression);
  const from = ts.isIdentifier(root) ? moduleOf(root) : undefined;
  return !!from && FAKE_DATA_MODULES.test(from);
}

/** The module a name is imported from, by the checker (`import { faker } from '@faker-js/faker'`). */
function moduleViaChecker(checker: ts.TypeChecker, id: ts.Identifier): string | undefined {
  const decl = checker.getSymbolAtLocation(id)?.declarations?.[0];
  const importDecl = !decl ? undefined : ts.isImportSpecifier(decl) ? decl.parent.parent.parent
    : ts.isNamespaceImport(decl) ? decl.parent.parent : ts.isImportClause(decl) ? decl.parent : undefined;
  return importDecl && ts.isStringLiteral(importDecl.moduleSpecifier) ? importDecl.moduleSpecifier.text : undefined;
}
