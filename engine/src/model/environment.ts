/**
 * Code that runs only outside production: a node dominated by a test of the deployment's environment that holds only
 * in local development or tests (`process.env.NODE_ENV === 'development'`, `!== 'production'`, `import.meta.env.DEV`,
 * `__DEV__`, a constant holding one of those), or placed after an early exit on production
 * (`if (env.NODE_ENV === 'production') return;`). A log written there stays on a developer's machine and holds test
 * data; a transfer made there still leaves the machine, so only the log rule asks this.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import type { FileAnalysis } from './analysis';
import { chainOperands, dominated } from './guards';
import { stripParens } from './syntax';

/** Names the environment has outside production: `NODE_ENV`, Vite's `MODE`, Express's `app.get('env')`. */
const NON_PRODUCTION = new Set(['development', 'dev', 'test', 'local']);
const PRODUCTION = new Set(['production', 'prod']);

/** Bounds how many constants one test is followed through (`isLocalDev` → its initializer). */
const MAX_CONSTANTS = 3;

/** `process.env.NODE_ENV`, `env.NODE_ENV`, `process.env['NODE_ENV']`, `import.meta.env.MODE`, `app.get('env')`. */
function isEnvironmentName(e: ts.Expression): boolean {
  e = stripParens(e);
  if (ts.isPropertyAccessExpression(e)) {
    if (e.name.text === 'NODE_ENV') return true;
    return e.name.text === 'MODE' && isImportMetaEnv(e.expression);
  }
  if (ts.isElementAccessExpression(e)) return ts.isStringLiteralLike(e.argumentExpression) && e.argumentExpression.text === 'NODE_ENV';
  return ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'get'
    && e.arguments.length === 1 && ts.isStringLiteralLike(e.arguments[0]) && e.arguments[0].text === 'env';
}

function isImportMetaEnv(e: ts.Expression): boolean {
  e = stripParens(e);
  return ts.isPropertyAccessExpression(e) && e.name.text === 'env' && ts.isMetaProperty(stripParens(e.expression));
}

/** `import.meta.env.DEV` (or `.PROD`): Vite's flags. */
function viteFlag(e: ts.Expression): 'DEV' | 'PROD' | undefined {
  e = stripParens(e);
  if (!ts.isPropertyAccessExpression(e) || !isImportMetaEnv(e.expression)) return undefined;
  return e.name.text === 'DEV' || e.name.text === 'PROD' ? e.name.text : undefined;
}

/** A comparison of the environment's name with a literal: the literal and whether it tests equality. */
function environmentComparison(e: ts.Expression): { value: string; equal: boolean } | undefined {
  if (!ts.isBinaryExpression(e)) return undefined;
  const op = e.operatorToken.kind;
  const equal = op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken;
  if (!equal && op !== ts.SyntaxKind.ExclamationEqualsEqualsToken && op !== ts.SyntaxKind.ExclamationEqualsToken) return undefined;
  const [name, literal] = isEnvironmentName(e.left) ? [e.left, e.right] : [e.right, e.left];
  const lit = stripParens(literal);
  if (!isEnvironmentName(name) || !ts.isStringLiteralLike(lit)) return undefined;
  return { value: lit.text.toLowerCase(), equal };
}

/** Names a flag about the environment may have (`isDev`, `isLocalDev`, `IS_PRODUCTION`, `devMode`): only those are followed. */
const ENVIRONMENT_FLAG = /dev|prod|local|env/i;

/** The initializer of a `const` a name refers to, here or imported from the project module that declares it. */
function constantValue(id: ts.Identifier, a: FileAnalysis): ts.Expression | undefined {
  if (!ENVIRONMENT_FLAG.test(id.text)) return undefined;
  const decl = a.scope.resolve(id);
  if (!decl) return undefined;
  const target = ts.isVariableDeclaration(decl) ? decl : a.importedDeclaration(decl)?.decl;
  if (!target || !ts.isVariableDeclaration(target) || !target.initializer || !ts.isVariableDeclarationList(target.parent)
    || !(target.parent.flags & ts.NodeFlags.Const)) return undefined;
  return target.initializer;
}

/** The condition holds only outside production. */
function onlyOutsideProduction(cond: ts.Expression, a: FileAnalysis, depth: number): boolean {
  const e = stripParens(cond);
  if (viteFlag(e) === 'DEV') return true;
  // React Native's and many bundlers' global flag.
  if (ts.isIdentifier(e) && e.text === '__DEV__' && !a.scope.resolve(e)) return true;
  const cmp = environmentComparison(e);
  if (cmp) return cmp.equal ? NON_PRODUCTION.has(cmp.value) : PRODUCTION.has(cmp.value);
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) {
    return chainOperands(e, ts.SyntaxKind.AmpersandAmpersandToken).some((o) => onlyOutsideProduction(o, a, depth));
  }
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) return holdsInProduction(e.operand, a, depth);
  if (ts.isIdentifier(e) && depth < MAX_CONSTANTS) {
    const value = constantValue(e, a);
    return !!value && onlyOutsideProduction(value, a, depth + 1);
  }
  return false;
}

/** The condition holds whenever the code runs in production (so where it fails, the code is not in production). */
function holdsInProduction(cond: ts.Expression, a: FileAnalysis, depth: number): boolean {
  const e = stripParens(cond);
  if (viteFlag(e) === 'PROD') return true;
  const cmp = environmentComparison(e);
  if (cmp) return cmp.equal ? PRODUCTION.has(cmp.value) : NON_PRODUCTION.has(cmp.value);
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.BarBarToken) {
    return chainOperands(e, ts.SyntaxKind.BarBarToken).some((o) => holdsInProduction(o, a, depth));
  }
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) return onlyOutsideProduction(e.operand, a, depth);
  if (ts.isIdentifier(e) && depth < MAX_CONSTANTS) {
    const value = constantValue(e, a);
    return !!value && holdsInProduction(value, a, depth + 1);
  }
  return false;
}

/** Whether `node` runs only outside production (local development or tests), by a branch of its own function. */
export function runsOnlyOutsideProduction(node: ts.Node, a: FileAnalysis): boolean {
  return dominated(node, (c) => onlyOutsideProduction(c, a, 0), (c) => holdsInProduction(c, a, 0));
}
