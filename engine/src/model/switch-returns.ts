/**
 * The returns of a function that a call can reach when the function switches on a parameter the call gives as a
 * literal: `getWorkflowConfig({ workflowType: 'create-commission', body })` returns what the
 * `case 'create-commission':` clause returns, not what the other cases return (one of which may carry an e-mail
 * address). Without a literal, or for a return outside a `switch` on a parameter, every return counts.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import type { Env, FunctionNode } from './values';
import type { FileAnalysis } from './analysis';
import { propertyNameText, stripParens } from './syntax';

const MAX_DEPTH = 6;

/** The returns of `fn` (bound to a call by `env`) that the call can reach. */
export function reachableReturns(a: FileAnalysis, fn: FunctionNode, env: Env): ts.Expression[] {
  const returns = a.returnExpressions(fn);
  if (returns.length < 2) return returns;
  const kept = returns.filter((r) => caseReaches(a, r, fn, env) !== false);
  return kept.length ? kept : returns;
}

/** Whether the `switch` clause a return is in can be taken for the bound literal; undefined when it cannot be told. */
function caseReaches(a: FileAnalysis, r: ts.Expression, fn: FunctionNode, env: Env): boolean | undefined {
  let clause: ts.CaseOrDefaultClause | undefined;
  for (let n: ts.Node = r; n !== fn && n.parent; n = n.parent) {
    if (ts.isFunctionLike(n) && n !== fn) return undefined;
    if (ts.isCaseClause(n) || ts.isDefaultClause(n)) { clause = n; break; }
  }
  if (!clause) return undefined;
  const block = clause.parent;
  const value = literalOf(a, block.parent.expression, env, 0);
  if (value === undefined) return undefined;
  const clauses = block.clauses;
  const labelOf = (c: ts.CaseOrDefaultClause): string | undefined => {
    if (!ts.isCaseClause(c)) return undefined;
    const e = stripParens(c.expression);
    return ts.isStringLiteralLike(e) || ts.isNumericLiteral(e) ? e.text : undefined;
  };
  // The labels that lead to this clause: its own and those of the empty clauses that fall through into it.
  const at = clauses.indexOf(clause);
  const labels: Array<string | undefined> = [labelOf(clause)];
  let isDefault = ts.isDefaultClause(clause);
  for (let i = at - 1; i >= 0 && clauses[i].statements.length === 0; i--) {
    labels.push(labelOf(clauses[i]));
    if (ts.isDefaultClause(clauses[i])) isDefault = true;
  }
  // A case label that is not a literal (`case Kind.A:`) cannot be compared.
  if (clauses.some((c) => ts.isCaseClause(c) && labelOf(c) === undefined)) return undefined;
  if (labels.includes(value)) return true;
  return isDefault && !clauses.some((c) => labelOf(c) === value);
}

/**
 * The literal a switch's subject is for this call: a parameter (or a field destructured from one) bound to a string
 * or number literal, followed through the callers' bindings; undefined when it is anything else.
 */
function literalOf(a: FileAnalysis, e: ts.Expression, env: Env, depth: number): string | undefined {
  e = stripParens(e);
  if (ts.isStringLiteralLike(e) || ts.isNumericLiteral(e)) return e.text;
  if (depth > MAX_DEPTH || !ts.isIdentifier(e)) return undefined;
  let decl: ts.Node | undefined = a.scope.resolve(e);
  let key: string | undefined;
  if (decl && ts.isBindingElement(decl) && ts.isObjectBindingPattern(decl.parent) && ts.isParameter(decl.parent.parent)
    && !decl.dotDotDotToken) {
    key = propertyNameText(decl.propertyName ?? decl.name);
    decl = decl.parent.parent;
  }
  if (decl && ts.isVariableDeclaration(decl) && decl.initializer && ts.isVariableDeclarationList(decl.parent)
    && decl.parent.flags & ts.NodeFlags.Const) return literalOf(a, decl.initializer, env, depth + 1);
  if (!decl || !ts.isParameter(decl)) return undefined;
  const bound = env.bindings.get(decl);
  if (!bound?.expr) return undefined;
  const value = key ? bound.analysis.objectProperty(bound.expr, key, bound.env) : bound.expr;
  return value ? literalOf(bound.analysis, value, bound.env, depth + 1) : undefined;
}
