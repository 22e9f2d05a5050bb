/**
 * Consent guards: a configured check (`hasConsent`, `consent.isGranted`) that dominates a sink — the sink is
 * in the consequent of `if (guard(…))` or of an `&&` chain, in the `else` of `if (!guard(…))`, or after
 * `if (!guard(…)) return | throw | continue | break` in the same function. Any other boolean does not count.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import type { ScopeResolver } from './scope';
import { calleePath, stripParens as strip } from './syntax';

/** Whether a callee path names a configured guard: exact, or ending with `.guard` (`this.consent.isGranted`). */
export function isGuardCallee(callee: ts.Expression, guards: readonly string[]): boolean {
  const p = calleePath(callee);
  if (!p || p.includes('()')) return false; // `makeConsent().isGranted` is not the configured guard
  return guards.some((g) => p === g || p.endsWith('.' + g));
}

export function isGuardCall(e: ts.Expression, guards: readonly string[], scope: ScopeResolver, depth = 0): boolean {
  e = strip(e);
  if (ts.isCallExpression(e)) return isGuardCallee(e.expression, guards);
  // A flag read rather than a call (`user.marketingOptOut`): only guards listed with a leading `.` are flags.
  if (ts.isPropertyAccessExpression(e) && guards.includes('.' + e.name.text)) return true;
  // `const ok = await hasConsent(u); if (ok) …` — a constant holding the guard's answer.
  if (ts.isIdentifier(e) && depth < 3) {
    const decl = scope.resolve(e);
    if (decl && ts.isVariableDeclaration(decl) && decl.initializer && ts.isVariableDeclarationList(decl.parent)
      && (decl.parent.flags & ts.NodeFlags.Const)) {
      return isGuardCall(decl.initializer, guards, scope, depth + 1);
    }
  }
  return false;
}

/**
 * The operands of a chain of one operator (`a && b && (c && d)` → a, b, c, d), found with a loop: a condition of
 * thousands of `&&` must not overflow the stack.
 */
export function chainOperands(e: ts.Expression, op: ts.SyntaxKind): ts.Expression[] {
  const out: ts.Expression[] = [];
  const stack: ts.Expression[] = [e];
  while (stack.length) {
    const x = strip(stack.pop()!);
    if (ts.isBinaryExpression(x) && x.operatorToken.kind === op) stack.push(x.right, x.left);
    else out.push(x);
  }
  return out;
}

/** The condition holds only when a guard passed. */
function impliesGuard(cond: ts.Expression, guards: readonly string[], scope: ScopeResolver): boolean {
  cond = strip(cond);
  if (isGuardCall(cond, guards, scope)) return true;
  if (ts.isBinaryExpression(cond)) {
    const op = cond.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) {
      return chainOperands(cond, op).some((o) => impliesGuard(o, guards, scope));
    }
    if (op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken) {
      const t = cond.right.kind === ts.SyntaxKind.TrueKeyword ? cond.left : cond.left.kind === ts.SyntaxKind.TrueKeyword ? cond.right : undefined;
      return !!t && isGuardCall(t, guards, scope);
    }
  }
  if (ts.isPrefixUnaryExpression(cond) && cond.operator === ts.SyntaxKind.ExclamationToken) {
    return deniesGuard(cond.operand, guards, scope);
  }
  return false;
}

/** The condition holds whenever a guard failed (so its negation implies the guard). */
function deniesGuard(cond: ts.Expression, guards: readonly string[], scope: ScopeResolver): boolean {
  cond = strip(cond);
  if (ts.isPrefixUnaryExpression(cond) && cond.operator === ts.SyntaxKind.ExclamationToken) {
    return impliesGuard(cond.operand, guards, scope);
  }
  if (ts.isBinaryExpression(cond)) {
    const op = cond.operatorToken.kind;
    if (op === ts.SyntaxKind.BarBarToken) return chainOperands(cond, op).some((o) => deniesGuard(o, guards, scope));
    if (op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken) {
      const t = cond.right.kind === ts.SyntaxKind.FalseKeyword ? cond.left : cond.left.kind === ts.SyntaxKind.FalseKeyword ? cond.right : undefined;
      return !!t && isGuardCall(t, guards, scope);
    }
  }
  return false;
}

/** A statement that never completes normally. */
function exits(s: ts.Statement): boolean {
  if (ts.isReturnStatement(s) || ts.isThrowStatement(s) || ts.isContinueStatement(s) || ts.isBreakStatement(s)) return true;
  if (ts.isBlock(s)) return s.statements.length > 0 && exits(s.statements[s.statements.length - 1]);
  if (ts.isIfStatement(s)) return !!s.elseStatement && exits(s.thenStatement) && exits(s.elseStatement);
  return false;
}

/**
 * Whether a guard dominates `node`. With `blocking`, the guards say "no" when they hold (`isOptedOut(u)`), so it is
 * their failing that must dominate: `if (isOptedOut(u)) return;`, `if (!isOptedOut(u)) send(u)`.
 */
export function isGuarded(node: ts.Node, guards: readonly string[], scope: ScopeResolver, blocking = false): boolean {
  if (!guards.length) return false;
  if (blocking) return dominated(node, (c) => deniesGuard(c, guards, scope), (c) => impliesGuard(c, guards, scope));
  return dominated(node, (c) => impliesGuard(c, guards, scope), (c) => deniesGuard(c, guards, scope));
}

/** Whether a condition that `passes` dominates `node` (or one that `fails` is ruled out before it). */
export function dominated(node: ts.Node, passes: (cond: ts.Expression) => boolean, fails: (cond: ts.Expression) => boolean): boolean {
  let child: ts.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent)) {
      if (child === parent.thenStatement && passes(parent.expression)) return true;
      if (child === parent.elseStatement && fails(parent.expression)) return true;
    } else if (ts.isConditionalExpression(parent)) {
      if (child === parent.whenTrue && passes(parent.condition)) return true;
      if (child === parent.whenFalse && fails(parent.condition)) return true;
    } else if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) {
      if (child === parent.right && passes(parent.left)) return true;
    } else if (ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.BarBarToken) {
      // `!hasConsent(c) || send(c)`: the right side runs only when consent was given.
      if (child === parent.right && fails(parent.left)) return true;
    } else if (ts.isBlock(parent) || ts.isSourceFile(parent) || ts.isCaseClause(parent) || ts.isDefaultClause(parent)
      || ts.isModuleBlock(parent)) {
      const statements = parent.statements as ts.NodeArray<ts.Statement>;
      const index = statements.indexOf(child as ts.Statement);
      for (let i = 0; i < index; i++) {
        const s = statements[i];
        if (ts.isIfStatement(s) && fails(s.expression) && exits(s.thenStatement)) return true;
      }
    }
    // A guard outside a named function does not dominate its body; callbacks and arrows run where they are.
    if (ts.isFunctionDeclaration(parent) || ts.isMethodDeclaration(parent) || ts.isConstructorDeclaration(parent)
      || ts.isGetAccessor(parent) || ts.isSetAccessor(parent)) break;
    if ((ts.isArrowFunction(parent) || ts.isFunctionExpression(parent)) && !ts.isCallLikeExpression(parent.parent)) break;
  }
  return false;
}

/** The condition holds only when a guard passed (`hasConsent(c)`, `ok && canSend(u)`). */
export function conditionImpliesGuard(cond: ts.Expression, guards: readonly string[], scope: ScopeResolver): boolean {
  return impliesGuard(cond, guards, scope);
}

/** The condition holds whenever a guard failed (`!isOptedOut(u)` holds only when `isOptedOut(u)` failed). */
export function conditionDeniesGuard(cond: ts.Expression, guards: readonly string[], scope: ScopeResolver): boolean {
  return deniesGuard(cond, guards, scope);
}
