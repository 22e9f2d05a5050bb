/**
 * A small lexical scope resolver over the TypeScript AST. It answers "which declaration does this identifier
 * refer to?" without the type checker, so the model works the same with and without type information and
 * costs one lazy map per scope.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');

export type Declaration =
  | ts.VariableDeclaration | ts.ParameterDeclaration | ts.BindingElement | ts.FunctionDeclaration
  | ts.ClassDeclaration | ts.ImportClause | ts.ImportSpecifier | ts.NamespaceImport | ts.ImportEqualsDeclaration
  | ts.EnumDeclaration | ts.InterfaceDeclaration | ts.TypeAliasDeclaration | ts.FunctionExpression;

const SCOPE_KINDS: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.SourceFile, ts.SyntaxKind.Block, ts.SyntaxKind.ModuleBlock, ts.SyntaxKind.ForStatement,
  ts.SyntaxKind.ForOfStatement, ts.SyntaxKind.ForInStatement, ts.SyntaxKind.CatchClause, ts.SyntaxKind.CaseBlock,
  ts.SyntaxKind.ClassDeclaration, ts.SyntaxKind.ClassExpression, ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.FunctionExpression, ts.SyntaxKind.ArrowFunction, ts.SyntaxKind.MethodDeclaration,
  ts.SyntaxKind.Constructor, ts.SyntaxKind.GetAccessor, ts.SyntaxKind.SetAccessor,
]);

/** Nodes that open a scope (a set lookup: this runs for every ancestor of every resolved name). */
function isScope(node: ts.Node): boolean {
  return SCOPE_KINDS.has(node.kind);
}

function addBindingNames(name: ts.BindingName, decl: Declaration | undefined, into: Map<string, Declaration>): void {
  if (ts.isIdentifier(name)) {
    if (decl && !into.has(name.text)) into.set(name.text, decl);
    return;
  }
  for (const element of name.elements) {
    if (ts.isOmittedExpression(element)) continue;
    addBindingNames(element.name, ts.isIdentifier(element.name) ? element : undefined, into);
  }
}

function addVariableList(list: ts.VariableDeclarationList, into: Map<string, Declaration>): void {
  for (const d of list.declarations) addBindingNames(d.name, ts.isIdentifier(d.name) ? d : undefined, into);
}

function addStatements(statements: ts.NodeArray<ts.Statement>, into: Map<string, Declaration>): void {
  for (const s of statements) {
    if (ts.isVariableStatement(s)) addVariableList(s.declarationList, into);
    else if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s) || ts.isEnumDeclaration(s)
      || ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) && s.name && !into.has(s.name.text)) {
      into.set(s.name.text, s);
    } else if (ts.isImportDeclaration(s) && s.importClause) {
      const c = s.importClause;
      if (c.name) into.set(c.name.text, c);
      if (c.namedBindings) {
        if (ts.isNamespaceImport(c.namedBindings)) into.set(c.namedBindings.name.text, c.namedBindings);
        else for (const el of c.namedBindings.elements) into.set(el.name.text, el);
      }
    } else if (ts.isImportEqualsDeclaration(s)) {
      into.set(s.name.text, s);
    } else if (ts.isExportDeclaration(s) || ts.isExpressionStatement(s)) {
      // nothing declared
    } else if (ts.isLabeledStatement(s) && ts.isVariableStatement(s.statement)) {
      addVariableList(s.statement.declarationList, into);
    }
  }
}

function declarationsOf(scope: ts.Node): Map<string, Declaration> {
  const map = new Map<string, Declaration>();
  if (ts.isSourceFile(scope) || ts.isBlock(scope) || ts.isModuleBlock(scope)) {
    addStatements(scope.statements, map);
  } else if (ts.isCaseBlock(scope)) {
    for (const clause of scope.clauses) addStatements(clause.statements, map);
  } else if (ts.isFunctionLike(scope)) {
    for (const p of scope.parameters) addBindingNames(p.name, ts.isIdentifier(p.name) ? p : undefined, map);
    if (ts.isFunctionExpression(scope) && scope.name) map.set(scope.name.text, scope);
  } else if (ts.isForStatement(scope) || ts.isForOfStatement(scope) || ts.isForInStatement(scope)) {
    const init = scope.initializer;
    if (init && ts.isVariableDeclarationList(init)) addVariableList(init, map);
  } else if (ts.isCatchClause(scope)) {
    if (scope.variableDeclaration) addBindingNames(scope.variableDeclaration.name, scope.variableDeclaration, map);
  } else if (ts.isClassExpression(scope) && scope.name) {
    map.set(scope.name.text, scope as unknown as ts.ClassDeclaration);
  }
  return map;
}

/** Resolves identifiers to their declarations within one source file. */
export class ScopeResolver {
  private readonly scopes = new Map<ts.Node, Map<string, Declaration>>();

  /** The declaration an identifier refers to, or undefined for globals and unknown names. */
  resolve(id: ts.Identifier): Declaration | undefined {
    // The same name is asked about by several analyses (its value, what created it, which function it calls).
    const known = this.byIdentifier.get(id);
    if (known !== undefined) return known ?? undefined;
    const decl = this.resolveName(id.text, id);
    this.byIdentifier.set(id, decl ?? null);
    return decl;
  }
  private readonly byIdentifier = new Map<ts.Identifier, Declaration | null>();

  resolveName(name: string, from: ts.Node): Declaration | undefined {
    for (let node = this.enclosingScope(from.parent); node; node = this.enclosingScope(node.parent)) {
      let map = this.scopes.get(node);
      if (!map) { map = declarationsOf(node); this.scopes.set(node, map); }
      const decl = map.get(name);
      if (decl) return decl;
    }
    return undefined;
  }

  /** The nearest node at or above `node` that opens a scope, by node (a name inside a 20,000-operand `&&` chain
   * has 20,000 ancestors before its scope: walking them for every name would make such a file quadratic). */
  private readonly nearestScope = new Map<ts.Node, ts.Node | null>();

  private enclosingScope(node: ts.Node | undefined): ts.Node | undefined {
    const walked: ts.Node[] = [];
    let found: ts.Node | null = null;
    for (let n = node; n; n = n.parent) {
      if (isScope(n)) { found = n; break; }
      const known = this.nearestScope.get(n);
      if (known !== undefined) { found = known; break; }
      walked.push(n);
    }
    // Only long walks are worth remembering (most names are a few nodes below their scope).
    if (walked.length > 8) for (const n of walked) this.nearestScope.set(n, found);
    return found ?? undefined;
  }
}
