/**
 * The one walk that indexes a file for its analysis: calls by name, sink calls, assignments and mutations, `this`
 * fields a class assigns, what a function returns and throws, and the uses of My Number and sensitive data. The walk
 * runs on first use, so a file that is only looked into for an imported constant or type is never walked.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import type { ResolvedConfig } from '../config/types';
import { mayMentionCategory, splitWords, type VocabularyOptions } from '../vocabulary';
import { mayHoldClinicalResource } from './clinical-resources';
import { ScopeResolver } from './scope';
import type { ProjectContext } from './project';
import type { MyNumberUse, FieldUse } from './facts';
import { collectMyNumberUse, collectCategoryUse } from './my-number';
import { rootIdentifier, stripParens, walkTree } from './syntax';
import { namesText, syntaxIndex } from './syntax-index';
import type { FileAnalysis } from './analysis';
import { MUTATING_METHODS } from './flow-tables';
import type { SinkCall, FunctionNode } from './values';

export abstract class FileIndex {
  /** This object as the analysis it is the lowest layer of, for what takes the whole analysis (it is one object). */
  protected readonly analysis: FileAnalysis = this as unknown as FileAnalysis;

  // Asked of a layer above: the analysis of a file is one object, these are its methods.
  /** Matches a call against the sink catalog and the config's declared sinks (implemented by `SinkMatching`). */
  abstract matchSink(call: ts.CallExpression | ts.NewExpression): SinkCall | undefined;

  readonly scope = new ScopeResolver();
  readonly vocabulary: VocabularyOptions;
  private readonly thisAssignmentsByClass = new Map<ts.ClassLikeDeclaration, Map<string, ts.Expression[]>>();
  protected readonly sanitizers: Set<string>;
  // What the one walk over the file gathers. The walk runs on first use, so a file that is only looked into
  // for an imported constant or type is never walked.
  private indexed = false;
  private readonly assignmentsByName = new Map<string, ts.Expression[]>();
  private readonly callsByNameMap = new Map<string, ts.CallExpression[]>();
  private readonly sinkCallList: SinkCall[] = [];
  private readonly openCallsByReceiver = new Map<string, ts.CallExpression[]>();
  private readonly myNumberUseList: MyNumberUse[] = [];

  /** Assignments `x = …` by variable name. */
  get assignments(): ReadonlyMap<string, ts.Expression[]> { this.ensureIndexed(); return this.assignmentsByName; }
  /** Calls with arguments by the name of the callee's last segment, for finding a helper's callers. */
  get callsByName(): ReadonlyMap<string, ts.CallExpression[]> { this.ensureIndexed(); return this.callsByNameMap; }
  /** Every call that matched the sink catalog. */
  get sinkCalls(): readonly SinkCall[] { this.ensureIndexed(); return this.sinkCallList; }
  /** `.open(method, url)` calls by receiver name, for XMLHttpRequest destinations. */
  get openCalls(): ReadonlyMap<string, ts.CallExpression[]> { this.ensureIndexed(); return this.openCallsByReceiver; }
  /** Reads and writes of My Number in this file. */
  get myNumberUses(): readonly MyNumberUse[] { this.ensureIndexed(); return this.myNumberUseList; }
  /** Reads and writes of sensitive personal data (要配慮個人情報) in this file. */
  get sensitiveUses(): readonly FieldUse[] { this.ensureIndexed(); return this.sensitiveUseList; }
  private readonly sensitiveUseList: FieldUse[] = [];
  private readonly mutationsByRoot = new Map<string, Array<{ root: ts.Identifier; value: ts.Expression }>>();
  /** Values written into an object or collection after it was made, by the variable holding it. */
  get mutations(): ReadonlyMap<string, Array<{ root: ts.Identifier; value: ts.Expression }>> {
    this.ensureIndexed();
    return this.mutationsByRoot;
  }

  private addMutation(root: ts.Identifier, value: ts.Expression): void {
    const list = this.mutationsByRoot.get(root.text);
    if (list) list.push({ root, value }); else this.mutationsByRoot.set(root.text, [{ root, value }]);
  }

  /** `list.push(x)`, `form.append('email', x)`, `params.set(k, x)`, `Object.assign(body, { x })`. */
  private recordMutatingCall(call: ts.CallExpression, name: string): void {
    const callee = call.expression;
    if (!ts.isPropertyAccessExpression(callee)) return;
    if (name === 'assign' && ts.isIdentifier(callee.expression) && callee.expression.text === 'Object') {
      const root = call.arguments[0] && rootIdentifier(call.arguments[0]);
      if (root) for (const arg of call.arguments.slice(1)) this.addMutation(root, arg);
      return;
    }
    if (!MUTATING_METHODS.has(name)) return;
    const root = rootIdentifier(callee.expression);
    if (!root) return;
    const values = name === 'append' || name === 'set' ? call.arguments.slice(1) : call.arguments;
    for (const v of values) this.addMutation(root, v);
  }

  /** Cheap pre-check: can a variable here hold a module (`require(…)`, `import * as`)? */
  protected readonly mayHoldModules: boolean;

  constructor(
    readonly sourceFile: ts.SourceFile,
    readonly config: ResolvedConfig,
    readonly project: ProjectContext,
    readonly analysisFor: (file: string) => FileAnalysis | undefined,
  ) {
    this.vocabulary = config.personalData;
    this.sanitizers = new Set(config.personalData.sanitizers);
    this.mayHoldModules = sourceFile.text.includes('require(') || sourceFile.text.includes('* as ');
  }

  /** The one walk over the file: calls, sinks, assignments, My Number and sensitive-data uses. */
  private ensureIndexed(): void {
    if (this.indexed) return;
    this.indexed = true;
    // Cheap pre-checks, of the names the file uses (`namesText`, read off the walk's index), when the file is indexed
    // (an analysis made only to resolve an import is never indexed): does it mention a My Number name; does it name a
    // sensitive field or (without the checker, which finds clinical resources by their types) a clinical resource?
    // Most files do neither, and the per-node tests are the index walk's costliest part.
    const sf = this.sourceFile;
    const names = namesText(sf);
    const mayUseMyNumber = mentionsMyNumber(names, this.config);
    const maySensitive = !!this.project.checker || mayMentionCategory(names, 'sensitive', this.vocabulary)
      || sf.text.includes('\\u') || mayHoldClinicalResource(names);
    // Types never send or hold data (and type declarations are not My Number uses): the index leaves them out.
    for (const node of syntaxIndex(this.sourceFile).valueNodes) {
      const kind = node.kind;
      if (kind === ts.SyntaxKind.CallExpression) {
        const call = node as ts.CallExpression;
        const callee = call.expression;
        const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
        // `createCheckoutUrl(stripe)({ email })`: a curried helper's call, listed under the name of the function called first.
        const listed = name ?? (ts.isCallExpression(callee) ? nameOfCallee(callee.expression) : undefined);
        // Only calls with arguments can pass data to a helper; `open` is kept for XMLHttpRequest destinations.
        if (listed && (call.arguments.length > 0 || name === 'open')) {
          let list = this.callsByNameMap.get(listed);
          if (!list) { list = []; this.callsByNameMap.set(listed, list); }
          list.push(call);
          if (name === 'open' && ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)) {
            const key = callee.expression.text;
            this.openCallsByReceiver.set(key, [...(this.openCallsByReceiver.get(key) ?? []), call]);
          }
        }
        const sink = call.arguments.length > 0 ? this.matchSink(call) : undefined;
        if (sink) this.sinkCallList.push(sink);
        if (name && call.arguments.length > 0) this.recordMutatingCall(call, name);
      } else if (node.kind === ts.SyntaxKind.BinaryExpression && ts.isBinaryExpression(node)) {
        const op = node.operatorToken.kind;
        if ((op === ts.SyntaxKind.EqualsToken || op === ts.SyntaxKind.PlusEqualsToken) && ts.isIdentifier(node.left)) {
          const list = this.assignmentsByName.get(node.left.text) ?? [];
          list.push(node.right);
          this.assignmentsByName.set(node.left.text, list);
        } else if (op === ts.SyntaxKind.EqualsToken
          && (ts.isPropertyAccessExpression(node.left) || ts.isElementAccessExpression(node.left))) {
          // `body.email = c.email`, `payload['tel'] = …`: the object now carries the value. (Not `headers.Authorization
          // = \`Basic …\``: a request's credentials at its destination, which issued them, are not data it sends.)
          const root = rootIdentifier(node.left.expression);
          if (root && !isAuthorizationHeaderWrite(node.left)) this.addMutation(root, node.right);
        }
      }
      if (mayUseMyNumber) collectMyNumberUse(this.analysis, node, this.myNumberUseList);
      if (maySensitive) collectCategoryUse(this.analysis, node, this.sensitiveUseList, 'sensitive');
    }
  }

  get checker(): ts.TypeChecker | undefined { return this.project.checker; }

  /** The `throw` expressions of a function's own body (not of nested functions or caught ones). */
  thrownInFunction(fn: FunctionNode): ts.Expression[] {
    const out: ts.Expression[] = [];
    const visit = (n: ts.Node): void => {
      if (ts.isThrowStatement(n)) { out.push(n.expression); return; }
      if (ts.isTryStatement(n)) { if (n.catchClause) visit(n.catchClause.block); if (n.finallyBlock) visit(n.finallyBlock); return; }
      if (ts.isFunctionLike(n) || ts.isClassLike(n)) return;
      ts.forEachChild(n, visit);
    };
    if (fn.body) ts.forEachChild(fn.body, visit);
    return out;
  }

  returnExpressions(fn: FunctionNode): ts.Expression[] {
    if (!fn.body) return [];
    if (!ts.isBlock(fn.body)) return [fn.body];
    const out: ts.Expression[] = [];
    walkTree(fn.body, (n) => {
      if (ts.isReturnStatement(n)) { if (n.expression) out.push(n.expression); return false; }
      if (n !== fn.body && (ts.isFunctionLike(n) || ts.isClassLike(n))) return false;
    });
    return out;
  }

  /** `this.x = …` in the class's constructor and methods, by field name. */
  protected thisAssignments(cls: ts.ClassLikeDeclaration): Map<string, ts.Expression[]> {
    let map = this.thisAssignmentsByClass.get(cls);
    if (map) return map;
    map = new Map();
    this.thisAssignmentsByClass.set(cls, map);
    const found = map;
    const visit = (n: ts.Node): void => {
      if (ts.isClassLike(n) && n !== cls) return;
      if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(n.left)
        && n.left.expression.kind === ts.SyntaxKind.ThisKeyword) {
        const list = found.get(n.left.name.text) ?? [];
        list.push(n.right);
        found.set(n.left.name.text, list);
      }
      ts.forEachChild(n, visit);
    };
    for (const m of cls.members) if (!ts.isPropertyDeclaration(m)) visit(m);
    return map;
  }
}

const MY_NUMBER_HINT = /my[_-]?n(umber|o)|kojin[_-]?ban|individual[_-]?number|個人番号|マイナンバー/i;

function mentionsMyNumber(text: string, config: ResolvedConfig): boolean {
  if (MY_NUMBER_HINT.test(text)) return true;
  return (config.personalData.extraFields.myNumber ?? []).some((f) => text.includes(f));
}

/** `send`, `mailer.send`: the name a callee is called by. */
function nameOfCallee(callee: ts.Expression): string | undefined {
  return ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
}

/** `headers.Authorization = …`, `requestHeaders['authorization'] = …`: the credentials of a request being built. */
function isAuthorizationHeaderWrite(left: ts.PropertyAccessExpression | ts.ElementAccessExpression): boolean {
  const key = ts.isPropertyAccessExpression(left) ? left.name.text
    : ts.isStringLiteralLike(left.argumentExpression) ? left.argumentExpression.text : undefined;
  if (key?.toLowerCase() !== 'authorization') return false;
  const holder = stripParens(left.expression);
  const name = ts.isIdentifier(holder) ? holder.text : ts.isPropertyAccessExpression(holder) ? holder.name.text : undefined;
  return !!name && splitWords(name).some((w) => w === 'headers' || w === 'header');
}
