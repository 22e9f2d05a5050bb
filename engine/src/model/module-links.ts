/**
 * Links between the files of the project, as the analysis follows them: the function a callee is (here, imported,
 * required, a method of the class a receiver is an instance of, a property of an object literal, what a hook
 * returns), and the declaration an import or a re-export chain names (barrels, default and CommonJS exports).
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import { implementorsOf, isAbstractClass, type AbstractRef } from './implementations';
import { SINK_CATALOG, MAIL_SERVICE_BY_NAME } from '../sinks';
import type { Declaration } from './scope';
import { stripParens, propertyNameText, calleePath } from './syntax';
import type { FileAnalysis } from './analysis';
import { FileIndex } from './file-index';
import type { FunctionNode } from './values';

/** The catalogue's entries that recognise a receiver by its name (`logger`, `analytics`). */
export const RECEIVER_PATTERN_SPECS = [...SINK_CATALOG.filter((spec) => spec.receiverPattern), MAIL_SERVICE_BY_NAME];

export abstract class ModuleLinks extends FileIndex {
  // Asked of a layer above: the analysis of a file is one object, these are its methods.
  /** `reactive(x)` with `import { reactive } from 'vue'`, `_.cloneDeep(x)` with `import _ from 'lodash'` (implemented by `Flows`). */
  protected abstract isLibraryPassThrough(callee: ts.Expression): boolean;

  /** The function a callee refers to, in this file or (through a relative import) another project file. */
  resolveFunction(callee: ts.Expression): { fn: FunctionNode; analysis: FileAnalysis } | undefined {
    // Asked for each call with arguments (is it a helper's?), again for the calls inside each helper and for each
    // call whose value is followed: resolved once per callee.
    const known = this.functionsByCallee.get(callee);
    if (known !== undefined) return known ?? undefined;
    // Nothing while it is being resolved: a factory's result may name the factory's own callers' results.
    this.functionsByCallee.set(callee, null);
    const found = this.resolveFunctionUncached(callee);
    this.functionsByCallee.set(callee, found ?? null);
    return found;
  }
  private readonly functionsByCallee = new Map<ts.Expression, { fn: FunctionNode; analysis: FileAnalysis } | null>();

  /**
   * Every function a call may run: the one `resolveFunction` finds, or, when the checker types the receiver as one
   * of several project classes (`getProvider().register(email)` with `getProvider()` returning a
   * `BeehiivProvider | ListmonkProvider`, a strategy picked at run time), the method of each of them that has a body.
   * Remembered per callee.
   */
  resolveFunctions(callee: ts.Expression): readonly FunctionRef[] {
    const known = this.alternativesByCallee.get(callee);
    if (known) return known;
    const one = this.resolveFunction(callee);
    const union = one ? this.unionMethods.get(stripParens(callee)) : undefined;
    const found = union ?? (one ? [one] : []);
    this.alternativesByCallee.set(callee, found);
    return found;
  }
  private readonly alternativesByCallee = new Map<ts.Expression, readonly FunctionRef[]>();
  /** The methods of the classes of a union-typed receiver, for the callees `resolveFunction` found so. */
  private readonly unionMethods = new Map<ts.Expression, FunctionRef[]>();

  private resolveFunctionUncached(callee: ts.Expression): { fn: FunctionNode; analysis: FileAnalysis } | undefined {
    callee = stripParens(callee);
    if (ts.isPropertyAccessExpression(callee) && callee.expression.kind === ts.SyntaxKind.ThisKeyword) {
      const cls = ts.findAncestor(callee, ts.isClassLike);
      return cls ? this.methodOf(cls, callee.name.text) : undefined;
    }
    if (ts.isPropertyAccessExpression(callee)) {
      // `http.postJson(…)` with `const http = require('./http')` or `import * as http from './http'`.
      if (ts.isIdentifier(callee.expression) && this.mayHoldModules) {
        const holder = this.scope.resolve(callee.expression);
        const module = holder && this.moduleOfHolder(holder);
        if (module) return module.exportedFunction(callee.name.text);
      }
      // `this.emailService.sendEmail(…)` with `constructor(private emailService: EmailService)`, `mailer.send(…)`
      // with `const mailer = new Mailer()`: a method of the project's class the receiver is an instance of.
      const owner = this.classOfReceiver(callee.expression);
      if (owner) {
        const method = owner.analysis.methodOf(owner.cls, callee.name.text);
        // An abstract class's method without a body: what runs is a subclass's (below).
        if (method || !isAbstractClass(owner.cls)) return method;
      }
      // `NewsletterService.register(email)`: a static method of a project class (declared here or imported).
      const named = ts.isIdentifier(callee.expression) ? this.classNamed(callee.expression) : undefined;
      if (named) return named.analysis.methodOf(named.cls, callee.name.text);
      // `getProvider().register(email)`, `this.emailService.send(…)` with `this.emailService = this.selectProvider()`:
      // the method of each project class the receiver may be an instance of.
      const methods = this.alternativeMethods(callee.expression, callee.name.text);
      if (methods.length) {
        if (methods.length > 1) this.unionMethods.set(callee, methods);
        return methods[0];
      }
      // `this.provider.generate(…)` with `provider: TextProvider`, an interface of the project: the method of each
      // project class that implements it.
      const implemented = this.implementedMethods(callee.expression, callee.name.text);
      if (implemented.length) {
        if (implemented.length > 1) this.unionMethods.set(callee, implemented);
        return implemented[0];
      }
      // `storage.setItem(…)` with `export const storage = { setItem: (k, v) => localStorage.setItem(k, v) }`.
      return this.objectMethodOf(callee.expression, callee.name.text);
    }
    // `createCheckoutUrl(stripe)({ email })`: the function a project factory returns, called at once (a curried helper).
    if (ts.isCallExpression(callee)) {
      const maker = this.resolveFunction(callee.expression);
      return maker && returnedFunctionOf(maker);
    }
    if (!ts.isIdentifier(callee)) return undefined;
    const decl = this.scope.resolve(callee);
    if (!decl) return undefined;
    const local = this.functionOf(decl);
    if (local) return { fn: local, analysis: this.analysis };
    const imported = this.importedDeclaration(decl);
    if (imported) {
      const fn = imported.analysis.functionOf(imported.decl);
      if (fn) return { fn, analysis: imported.analysis };
    }
    // `const logger = backendLogger`: another name for a function (imported or local), in this file or the one that
    // exports the alias.
    const named = ts.isVariableDeclaration(decl) ? { decl, analysis: this.analysis as FileAnalysis } : imported;
    if (named && ts.isVariableDeclaration(named.decl) && named.decl.initializer && ts.isIdentifier(stripParens(named.decl.initializer))
      && ts.isVariableDeclarationList(named.decl.parent) && (named.decl.parent.flags & ts.NodeFlags.Const)) {
      return named.analysis.resolveFunction(stripParens(named.decl.initializer));
    }
    // `const notify = createNotifier(channel)`: the function the project's factory returns.
    const made = ts.isVariableDeclaration(decl) ? { decl, analysis: this.analysis as FileAnalysis } : imported;
    if (made && ts.isVariableDeclaration(made.decl)) {
      const fn = made.analysis.madeFunction(made.decl);
      if (fn) return fn;
    }
    // `const { postJson } = require('./http')`.
    if (ts.isBindingElement(decl) && ts.isObjectBindingPattern(decl.parent) && ts.isVariableDeclaration(decl.parent.parent)) {
      const module = this.requiredModule(decl.parent.parent.initializer);
      const key = propertyNameText(decl.propertyName ?? decl.name);
      if (module && key) return module.exportedFunction(key);
    }
    // `const [value, setValue] = useLocalStorage(key)`: a function the project's hook or factory returns.
    if (ts.isBindingElement(decl)) return this.returnedFunction(decl);
    return undefined;
  }

  private readonly returnedFunctions = new Map<ts.BindingElement, { fn: FunctionNode; analysis: FileAnalysis } | null>();

  /** The function a `const` holds when a project function made it: `const send = makeSender(url)` (behind `await`). */
  madeFunction(decl: ts.VariableDeclaration): { fn: FunctionNode; analysis: FileAnalysis } | undefined {
    if (!decl.initializer || !ts.isIdentifier(decl.name)) return undefined;
    if (ts.isVariableDeclarationList(decl.parent) && !(decl.parent.flags & ts.NodeFlags.Const)) return undefined;
    let init = stripParens(decl.initializer);
    if (ts.isAwaitExpression(init)) init = stripParens(init.expression);
    if (!ts.isCallExpression(init)) return undefined;
    const maker = this.resolveFunction(init.expression);
    return maker && returnedFunctionOf(maker);
  }

  /**
   * The function a destructured binding takes from what a project function returns: `[state, setState]` of a hook
   * returning `[value, setValue]`, `{ save }` of a factory returning `{ save }` (through `useCallback(fn)`).
   */
  private returnedFunction(el: ts.BindingElement): { fn: FunctionNode; analysis: FileAnalysis } | undefined {
    const known = this.returnedFunctions.get(el);
    if (known !== undefined) return known ?? undefined;
    this.returnedFunctions.set(el, null);
    const pattern = el.parent;
    const holder = pattern.parent;
    let found: { fn: FunctionNode; analysis: FileAnalysis } | undefined;
    if (ts.isVariableDeclaration(holder) && holder.initializer && !el.dotDotDotToken) {
      let init = stripParens(holder.initializer);
      if (ts.isAwaitExpression(init)) init = stripParens(init.expression);
      const maker = ts.isCallExpression(init) ? this.resolveFunction(init.expression) : undefined;
      const key = ts.isObjectBindingPattern(pattern) ? propertyNameText(el.propertyName ?? el.name) : undefined;
      const index = ts.isArrayBindingPattern(pattern) ? pattern.elements.indexOf(el) : -1;
      if (maker) found = returnedPart(maker, key, index);
    }
    this.returnedFunctions.set(el, found ?? null);
    return found;
  }

  /** The function an expression is: written there, a name of one, or wrapped by `useCallback(fn, deps)`. */
  functionAt(e: ts.Expression): { fn: FunctionNode; analysis: FileAnalysis } | undefined {
    e = stripParens(e);
    if (ts.isArrowFunction(e) || ts.isFunctionExpression(e)) return { fn: e, analysis: this.analysis };
    if (ts.isIdentifier(e)) {
      const decl = this.scope.resolve(e);
      const fn = decl && this.functionOf(decl);
      return fn ? { fn, analysis: this.analysis } : undefined;
    }
    return undefined;
  }

  /** The project file a `require('./x')` call loads. */
  private requiredModule(init: ts.Expression | undefined): FileAnalysis | undefined {
    if (!init) return undefined;
    const e = stripParens(init);
    if (!ts.isCallExpression(e) || !ts.isIdentifier(e.expression) || e.expression.text !== 'require') return undefined;
    const arg = e.arguments[0];
    if (!arg || !ts.isStringLiteralLike(arg)) return undefined;
    const target = this.project.resolveImport(this.sourceFile.fileName, arg.text);
    return target ? this.analysisFor(target) : undefined;
  }

  /** The module a namespace import or a `require` result holds. */
  protected moduleOfHolder(holder: Declaration): FileAnalysis | undefined {
    if (ts.isVariableDeclaration(holder)) return this.requiredModule(holder.initializer);
    if (ts.isNamespaceImport(holder) && ts.isStringLiteral(holder.parent.parent.moduleSpecifier)) {
      const target = this.project.resolveImport(this.sourceFile.fileName, holder.parent.parent.moduleSpecifier.text);
      return target ? this.analysisFor(target) : undefined;
    }
    return undefined;
  }

  /**
   * A function this file exports under `name`: a top-level declaration (ES modules), or a CommonJS export —
   * `module.exports = { name }`, `module.exports = { name: (…) => … }`, `module.exports.name = …`, `exports.name = …`.
   */
  exportedFunction(name: string): { fn: FunctionNode; analysis: FileAnalysis } | undefined {
    const exported = this.exportedDeclaration(name, new Set());
    const direct = exported && exported.analysis.functionOf(exported.decl);
    if (direct) return { fn: direct, analysis: exported.analysis };
    for (const statement of this.sourceFile.statements) {
      if (!ts.isExpressionStatement(statement) || !ts.isBinaryExpression(statement.expression)
        || statement.expression.operatorToken.kind !== ts.SyntaxKind.EqualsToken) continue;
      const { left, right } = statement.expression;
      const target = left.getText(this.sourceFile);
      let value: ts.Expression | undefined;
      if (target === `module.exports.${name}` || target === `exports.${name}`) value = right;
      else if (target === 'module.exports' && ts.isObjectLiteralExpression(right)) {
        const prop = right.properties.find((p) => propertyNameText(p.name) === name);
        if (prop && ts.isPropertyAssignment(prop)) value = prop.initializer;
        else if (prop && ts.isShorthandPropertyAssignment(prop)) value = prop.name;
        else if (prop && ts.isMethodDeclaration(prop)) return { fn: prop, analysis: this.analysis };
      }
      if (!value) continue;
      const v = stripParens(value);
      if (ts.isArrowFunction(v) || ts.isFunctionExpression(v)) return { fn: v, analysis: this.analysis };
      if (ts.isIdentifier(v)) {
        const decl = this.scope.resolve(v);
        const fn = decl && this.functionOf(decl);
        if (fn) return { fn, analysis: this.analysis };
      }
    }
    return undefined;
  }

  /**
   * A method with a body of a class, or of the classes it extends (followed across files). (A property holding a
   * function — `static set = (key, value) => …` — is not one: tried, following calls into such properties made
   * excalidraw's run 3.6× as long, static ones alone as well.)
   */
  methodOf(cls: ts.ClassLikeDeclaration, name: string, depth = 0): { fn: FunctionNode; analysis: FileAnalysis } | undefined {
    const member = cls.members.find((m) => ts.isMethodDeclaration(m) && propertyNameText(m.name) === name);
    if (member && ts.isMethodDeclaration(member)) return member.body ? { fn: member, analysis: this.analysis } : undefined;
    if (depth > 4) return undefined;
    const base = cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
    const parent = base && ts.isIdentifier(base) ? this.classNamed(base) : undefined;
    return parent?.analysis.methodOf(parent.cls, name, depth + 1);
  }

  private readonly receiverClasses = new Map<ts.Node, { cls: ts.ClassLikeDeclaration; analysis: FileAnalysis } | null>();

  /**
   * The project class a receiver is an instance of, without the checker: a field of this class (`this.mailer`)
   * declared with a class type, made by `new`, or a constructor parameter property (injection by NestJS, Angular,
   * InversifyJS); a variable or parameter with a class type or made by `new`. Remembered per declaration.
   */
  classOfReceiver(receiver: ts.Expression): { cls: ts.ClassLikeDeclaration; analysis: FileAnalysis } | undefined {
    receiver = stripParens(receiver);
    let key: ts.Node | undefined;
    let find: (() => { cls: ts.ClassLikeDeclaration; analysis: FileAnalysis } | undefined) | undefined;
    if (ts.isPropertyAccessExpression(receiver) && receiver.expression.kind === ts.SyntaxKind.ThisKeyword) {
      const cls = ts.findAncestor(receiver, ts.isClassLike);
      const name = receiver.name.text;
      if (!cls) return undefined;
      for (const m of cls.members) {
        if (ts.isPropertyDeclaration(m) && propertyNameText(m.name) === name) {
          key = m;
          find = () => (m.type && this.classOfType(m.type)) || (m.initializer && this.classOfNew(m.initializer)) || this.classAssigned(cls, name);
          break;
        }
        if (ts.isConstructorDeclaration(m)) {
          const p = m.parameters.find((x) => ts.isIdentifier(x.name) && x.name.text === name && !!ts.getModifiers(x)?.length);
          if (p) { key = p; find = () => (p.type ? this.classOfType(p.type) : undefined); break; }
        }
      }
      if (!key) return this.classAssigned(cls, name);
    } else if (ts.isIdentifier(receiver)) {
      const local = this.scope.resolve(receiver);
      // An imported `logger` or `mailer` stays the sink its name says (the catalogue knows such receivers by name;
      // following a logging class's internals — by its module or by its type — loses what it is given to the
      // redaction helpers inside).
      const byName = local && (ts.isImportSpecifier(local) || ts.isImportClause(local))
        && RECEIVER_PATTERN_SPECS.some((s) => s.receiverPattern!.test(receiver.text));
      if (byName) return undefined;
      // `import { store } from './store'` with `export const store = new Store(…)`: the other file's instance.
      const imported = local && this.importedDeclaration(local);
      const decl = imported?.decl ?? local;
      const owner = imported?.analysis ?? this.analysis;
      if (!imported && local && ts.isImportClause(local) && ts.isStringLiteral(local.parent.moduleSpecifier)) {
        // `import Storage from './storage'` with `export default new Storage()`.
        const specifier = local.parent.moduleSpecifier.text;
        key = local;
        find = () => this.moduleAt(specifier)?.defaultExportClass() ?? this.typedClassOf(receiver);
      } else if (decl && (ts.isVariableDeclaration(decl) || ts.isParameter(decl))) {
        key = decl;
        find = () => (decl.type && owner.classOfType(decl.type))
          || (ts.isVariableDeclaration(decl) && decl.initializer ? owner.classOfNew(decl.initializer) : undefined)
          || this.typedClassOf(receiver);
      }
    }
    // `const { mailService } = crowi`, `this.crowi.slackIntegrationService`: the class the checker says it is.
    if ((!key || !find) && this.checker && (ts.isIdentifier(receiver) || ts.isPropertyAccessExpression(receiver))) {
      key = receiver;
      find = () => this.typedClassOf(receiver);
    }
    if (!key || !find) return undefined;
    const known = this.receiverClasses.get(key);
    if (known !== undefined) return known ?? undefined;
    this.receiverClasses.set(key, null);
    const found = find();
    this.receiverClasses.set(key, found ?? null);
    return found;
  }

  /**
   * With the checker: the project class a receiver's type is (a service held by a service locator and typed in
   * its JSDoc or by what a method assigns, `crowi.mailService`), not a library's or an interface.
   */
  private typedClassOf(receiver: ts.Expression): { cls: ts.ClassLikeDeclaration; analysis: FileAnalysis } | undefined {
    const checker = this.checker;
    if (!checker) return undefined;
    let type = checker.getTypeAtLocation(receiver);
    if (type.isUnion()) {
      const defined = type.types.filter((t) => !(t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)));
      if (defined.length !== 1) return undefined;
      type = defined[0];
    }
    return this.projectClassOfType(type);
  }

  /**
   * A call of a project function (`getProvider()`, `this.client()`, behind `!`): its result's type is worth asking
   * the checker for. A library's call chain (`z.string().email()`) is not asked about.
   */
  private isProjectCallResult(receiver: ts.Expression): boolean {
    let e = receiver;
    while (ts.isNonNullExpression(e) || ts.isParenthesizedExpression(e)) e = e.expression;
    return ts.isCallExpression(e) && !isLongCallChain(e) && !!this.resolveFunction(e.expression);
  }

  /** `const provider = getProvider()` (or `await …`): the `const` a name refers to, when a project call gave it its value. */
  private constOfProjectCall(id: ts.Identifier): ts.VariableDeclaration | undefined {
    const decl = this.scope.resolve(id);
    return decl && ts.isVariableDeclaration(decl) && ts.isIdentifier(decl.name) && decl.initializer
      && ts.isVariableDeclarationList(decl.parent) && (decl.parent.flags & ts.NodeFlags.Const)
      && this.isProjectCallResult(stripParens(decl.initializer)) ? decl : undefined;
  }

  /**
   * The methods named `name` (with a body) of the project classes a receiver may be an instance of, when the
   * receiver is what a project function returns, a `const` holding that, or a field of this class assigned that:
   * the classes its `return`s make (`new X()`, either branch of a ternary, an element of a constant list of
   * instances, a `switch` of `return new …`), or, with the checker, those of a union type. Each may be the one that
   * runs (a strategy or provider picked at run time).
   */
  private alternativeMethods(receiver: ts.Expression, name: string): FunctionRef[] {
    const out: FunctionRef[] = [];
    const classes = this.instanceClasses(receiver);
    // A registry of many (every social network's provider) is not followed into each: binding each call into every
    // one of them would multiply the work by the size of the registry.
    if (classes.length > MAX_ALTERNATIVES) return [];
    for (const c of classes) {
      const method = c.analysis.methodOf(c.cls, name);
      if (method && !out.some((m) => m.fn === method.fn)) out.push(method);
    }
    if (out.length) return out;
    const union = this.unionReceiverMethods(receiver, name);
    if (union.length) return union;
    // `this.getClient().send(…)`: the one project class the checker says a project function returns.
    const typed = this.checker && this.isProjectCallResult(stripParens(receiver)) ? this.typedClassOf(stripParens(receiver)) : undefined;
    const method = typed?.analysis.methodOf(typed.cls, name);
    return method ? [method] : [];
  }

  /**
   * The methods named `name` (with a body) of the project classes that implement the interfaces, or extend the
   * abstract classes, a receiver is declared with (`provider: TextProvider`, a union of such, an alias of one) or,
   * with the checker, that a project function returns (`const provider = await this.chooseProvider()`): each may be
   * the one that runs (`implementations.ts`). None when more classes than a strategy has implement them.
   */
  private implementedMethods(receiver: ts.Expression, name: string): FunctionRef[] {
    const types = this.abstractTypesOf(stripParens(receiver));
    if (!types.length) return [];
    const classes: ClassRef[] = [];
    for (const t of types) {
      for (const c of implementorsOf(t)) if (!classes.some((x) => x.cls === c.cls)) classes.push(c);
      if (classes.length > MAX_ALTERNATIVES) return [];
    }
    const out: FunctionRef[] = [];
    for (const c of classes) {
      const method = c.analysis.methodOf(c.cls, name);
      if (method && !out.some((m) => m.fn === method.fn)) out.push(method);
    }
    return out;
  }

  /** The project interfaces and abstract classes a receiver is declared or (project call results) typed with. */
  private abstractTypesOf(receiver: ts.Expression): AbstractRef[] {
    const declared = this.declaredTypeNode(receiver);
    if (declared) return this.abstractTypesOfNode(declared, this.analysis, 0);
    let at: ts.Node | undefined;
    let made: ts.Expression | undefined;
    if (this.isProjectCallResult(receiver)) { at = receiver; made = receiver; }
    else if (ts.isIdentifier(receiver)) { const c = this.constOfProjectCall(receiver); at = c?.name; made = c?.initializer; }
    if (!at || !made) return [];
    // The project function's declared return type (`chooseProvider(): Promise<TextProvider>`), else the checker's.
    let call = stripParens(made);
    while (ts.isAwaitExpression(call) || ts.isNonNullExpression(call)) call = stripParens(call.expression);
    const fn = ts.isCallExpression(call) ? this.resolveFunction(call.expression) : undefined;
    const returned = fn?.fn.type && awaitedTypeNode(fn.fn.type);
    if (returned) {
      const found = this.abstractTypesOfNode(returned, fn!.analysis, 0);
      if (found.length) return found;
    }
    const checker = this.checker;
    if (!checker) return [];
    const type = checker.getTypeAtLocation(at);
    const out: AbstractRef[] = [];
    for (const member of type.isUnion() ? type.types : [type]) {
      const decl = member.getSymbol()?.declarations?.find((d): d is ts.InterfaceDeclaration | ts.ClassDeclaration =>
        ts.isInterfaceDeclaration(d) || isAbstractClass(d));
      const sf = decl?.getSourceFile();
      if (!decl || !sf || sf.isDeclarationFile || /[\\/]node_modules[\\/]/.test(sf.fileName)) continue;
      const analysis = sf === this.sourceFile ? this.analysis : this.analysisFor(sf.fileName);
      if (analysis && analysis.sourceFile === sf) out.push({ decl, analysis });
    }
    return out;
  }

  /** The type a receiver is declared with: a field's or constructor parameter property's (`this.x`), a variable's or parameter's. */
  private declaredTypeNode(receiver: ts.Expression): ts.TypeNode | undefined {
    if (ts.isPropertyAccessExpression(receiver) && receiver.expression.kind === ts.SyntaxKind.ThisKeyword) {
      const cls = ts.findAncestor(receiver, ts.isClassLike);
      const name = receiver.name.text;
      for (const m of cls?.members ?? []) {
        if (ts.isPropertyDeclaration(m) && propertyNameText(m.name) === name) return m.type;
        if (ts.isConstructorDeclaration(m)) {
          const p = m.parameters.find((x) => ts.isIdentifier(x.name) && x.name.text === name && !!ts.getModifiers(x)?.length);
          if (p) return p.type;
        }
      }
      return undefined;
    }
    if (!ts.isIdentifier(receiver)) return undefined;
    const decl = this.scope.resolve(receiver);
    return decl && (ts.isVariableDeclaration(decl) || ts.isParameter(decl)) ? decl.type : undefined;
  }

  /** The project interfaces and abstract classes a type node names: itself, the members of a union, an alias's. */
  private abstractTypesOfNode(type: ts.TypeNode, a: FileAnalysis, depth: number): AbstractRef[] {
    if (ts.isUnionTypeNode(type)) return type.types.flatMap((t) => this.abstractTypesOfNode(t, a, depth));
    if (ts.isParenthesizedTypeNode(type)) return this.abstractTypesOfNode(type.type, a, depth);
    if (!ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName)) return [];
    const local = a.scope.resolve(type.typeName);
    const found = local && (ts.isImportSpecifier(local) || ts.isImportClause(local) ? a.importedDeclaration(local) : { decl: local, analysis: a });
    if (!found) return [];
    const { decl, analysis } = found;
    if (ts.isInterfaceDeclaration(decl) || isAbstractClass(decl)) return [{ decl, analysis }];
    if (ts.isTypeAliasDeclaration(decl) && depth < 2) return this.abstractTypesOfNode(decl.type, analysis, depth + 1);
    return [];
  }

  /** The project classes a receiver may be an instance of, by what made it (see `alternativeMethods`). */
  private instanceClasses(receiver: ts.Expression): ClassRef[] {
    receiver = stripParens(receiver);
    if (this.isProjectCallResult(receiver)) return this.classesMadeBy(receiver, 0);
    if (ts.isIdentifier(receiver)) {
      const decl = this.constOfProjectCall(receiver);
      return decl ? this.classesMadeBy(decl.initializer!, 0) : [];
    }
    if (ts.isPropertyAccessExpression(receiver) && receiver.expression.kind === ts.SyntaxKind.ThisKeyword) {
      const cls = ts.findAncestor(receiver, ts.isClassLike);
      const made = (cls && this.thisAssignments(cls).get(receiver.name.text)) ?? [];
      return made.filter((e) => this.isProjectCallResult(stripParens(e))).flatMap((e) => this.classesMadeBy(e, 0));
    }
    return [];
  }

  /**
   * The project classes an expression makes an instance of: `new X()`, a ternary's branches, `a ?? b`, what a
   * project function returns, an element of a constant list of instances (`providers.find(…)`, `providers[i]`).
   * Remembered per node; a few calls deep.
   */
  classesMadeBy(e: ts.Expression, depth: number): ClassRef[] {
    e = stripParens(e);
    const known = this.madeClasses.get(e);
    if (known) return known;
    this.madeClasses.set(e, []);
    const found = depth > 3 ? [] : this.classesMadeByUncached(e, depth);
    const unique = found.filter((c, i) => found.findIndex((x) => x.cls === c.cls) === i);
    this.madeClasses.set(e, unique);
    return unique;
  }
  private readonly madeClasses = new Map<ts.Node, ClassRef[]>();

  private classesMadeByUncached(e: ts.Expression, depth: number): ClassRef[] {
    if (ts.isNewExpression(e)) {
      const made = ts.isIdentifier(e.expression) ? this.classNamed(e.expression) : undefined;
      return made ? [made] : [];
    }
    if (ts.isConditionalExpression(e)) return [...this.classesMadeBy(e.whenTrue, depth), ...this.classesMadeBy(e.whenFalse, depth)];
    if (ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken
      || e.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
      return [...this.classesMadeBy(e.left, depth), ...this.classesMadeBy(e.right, depth)];
    }
    // `providers[i]`, `providers.find(…)`, `providers.filter(…)[0]`: an element of a constant list of instances.
    if (ts.isElementAccessExpression(e)) return this.listElementClasses(e.expression, depth);
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression)
      && LIST_PICKS.has(e.expression.name.text)) {
      const list = this.listElementClasses(e.expression.expression, depth);
      if (list.length) return list;
    }
    if (ts.isCallExpression(e)) {
      const fn = this.resolveFunction(e.expression);
      if (!fn) return [];
      return fn.analysis.returnExpressions(fn.fn).flatMap((r) => fn.analysis.classesMadeBy(r, depth + 1));
    }
    if (ts.isIdentifier(e)) {
      const decl = this.scope.resolve(e);
      const found = decl && (ts.isVariableDeclaration(decl) ? { decl, analysis: this.analysis as FileAnalysis } : this.importedDeclaration(decl));
      if (found && ts.isVariableDeclaration(found.decl) && found.decl.initializer && ts.isVariableDeclarationList(found.decl.parent)
        && (found.decl.parent.flags & ts.NodeFlags.Const)) return found.analysis.classesMadeBy(found.decl.initializer, depth + 1);
    }
    return [];
  }

  /** The classes of the elements of a constant list of instances a name holds (`const providers = [new A(), new B()]`). */
  private listElementClasses(list: ts.Expression, depth: number): ClassRef[] {
    list = stripParens(list);
    // `providers.filter(…)[0]`: the list it filters.
    if (ts.isCallExpression(list) && ts.isPropertyAccessExpression(list.expression) && list.expression.name.text === 'filter') {
      return this.listElementClasses(list.expression.expression, depth);
    }
    if (!ts.isIdentifier(list)) return [];
    const decl = this.scope.resolve(list);
    const found = decl && (ts.isVariableDeclaration(decl) ? { decl, analysis: this.analysis as FileAnalysis } : this.importedDeclaration(decl));
    if (!found || !ts.isVariableDeclaration(found.decl) || !found.decl.initializer) return [];
    const init = stripParens(found.decl.initializer);
    if (!ts.isArrayLiteralExpression(init)) return [];
    return init.elements.flatMap((x) => (ts.isSpreadElement(x) ? [] : found.analysis.classesMadeBy(x, depth + 1)));
  }

  /**
   * With the checker: the methods named `name` (with a body) of the project classes a receiver's type is a union
   * of (past `null`/`undefined`): each may be the one that runs. Empty unless there are two or more such classes
   * and every member of the union is one (an interface or a library's type in the union leaves the call unresolved).
   */
  private unionReceiverMethods(receiver: ts.Expression, name: string): FunctionRef[] {
    const checker = this.checker;
    if (!checker) return [];
    // Asked only of what a project function returns: called here, or held by a `const` it initialised
    // (`const provider = getProvider()`), whose type is asked once at its declaration.
    receiver = stripParens(receiver);
    let at: ts.Node | undefined;
    if (this.isProjectCallResult(receiver)) at = receiver;
    else if (ts.isIdentifier(receiver)) at = this.constOfProjectCall(receiver)?.name;
    if (!at) return [];
    const type = checker.getTypeAtLocation(at);
    if (!type.isUnion()) return [];
    const members = type.types.filter((t) => !(t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)));
    if (members.length < 2 || members.length > MAX_ALTERNATIVES) return [];
    const out: FunctionRef[] = [];
    for (const member of members) {
      const cls = this.projectClassOfType(member);
      if (!cls) return [];
      const method = cls.analysis.methodOf(cls.cls, name);
      if (method && !out.some((m) => m.fn === method.fn)) out.push(method);
    }
    return out.length > 1 ? out : [];
  }

  /** The project class (declared in a source file of the project, not a library) a type is an instance of. */
  private projectClassOfType(type: ts.Type): { cls: ts.ClassLikeDeclaration; analysis: FileAnalysis } | undefined {
    const decl = type.getSymbol()?.declarations?.find((x): x is ts.ClassDeclaration => ts.isClassDeclaration(x));
    if (!decl) return undefined;
    const sf = decl.getSourceFile();
    if (sf.isDeclarationFile || /[\\/]node_modules[\\/]/.test(sf.fileName)) return undefined;
    const analysis = sf === this.sourceFile ? this.analysis : this.analysisFor(sf.fileName);
    return analysis && analysis.sourceFile === sf ? { cls: decl, analysis } : undefined;
  }

  /** `this.name = new X()` in a class. */
  private classAssigned(cls: ts.ClassLikeDeclaration, name: string): { cls: ts.ClassLikeDeclaration; analysis: FileAnalysis } | undefined {
    for (const value of this.thisAssignments(cls).get(name) ?? []) {
      const found = this.classOfNew(value);
      if (found) return found;
    }
    return undefined;
  }

  /** The project class this module's default export is an instance of (`export default new Storage()`). */
  private defaultExportClass(): { cls: ts.ClassLikeDeclaration; analysis: FileAnalysis } | undefined {
    for (const st of this.sourceFile.statements) {
      if (ts.isExportAssignment(st) && !st.isExportEquals) return this.classOfNew(st.expression);
    }
    return undefined;
  }

  private classOfNew(init: ts.Expression): { cls: ts.ClassLikeDeclaration; analysis: FileAnalysis } | undefined {
    const e = stripParens(init);
    // `markRaw(new Store(…))`, `reactive(new Store(…))`: the wrapper is the instance.
    if (ts.isCallExpression(e) && e.arguments.length && this.isLibraryPassThrough(e.expression)) return this.classOfNew(e.arguments[0]);
    return ts.isNewExpression(e) && ts.isIdentifier(e.expression) ? this.classNamed(e.expression) : undefined;
  }

  private classOfType(type: ts.TypeNode): { cls: ts.ClassLikeDeclaration; analysis: FileAnalysis } | undefined {
    if (ts.isUnionTypeNode(type)) {
      for (const t of type.types) {
        const found = this.classOfType(t);
        if (found) return found;
      }
      return undefined;
    }
    return ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) ? this.classNamed(type.typeName) : undefined;
  }

  /** The class a name refers to: declared here, or imported from a project module. */
  private classNamed(id: ts.Identifier): { cls: ts.ClassLikeDeclaration; analysis: FileAnalysis } | undefined {
    const decl = this.scope.resolve(id);
    if (!decl) return undefined;
    if (ts.isClassDeclaration(decl)) return { cls: decl, analysis: this.analysis };
    // `const NotificationProvider = require('./notification-provider')`: the class that module exports.
    if (ts.isVariableDeclaration(decl) && ts.isIdentifier(decl.name)) {
      const module = this.requiredModule(decl.initializer);
      return module?.exportedClass();
    }
    const imported = this.importedDeclaration(decl);
    return imported && ts.isClassDeclaration(imported.decl) ? { cls: imported.decl, analysis: imported.analysis } : undefined;
  }

  /** The class this CommonJS module exports as a whole (`module.exports = Provider`, `module.exports = class { … }`). */
  exportedClass(): { cls: ts.ClassLikeDeclaration; analysis: FileAnalysis } | undefined {
    for (const st of this.sourceFile.statements) {
      if (!ts.isExpressionStatement(st) || !ts.isBinaryExpression(st.expression)
        || st.expression.operatorToken.kind !== ts.SyntaxKind.EqualsToken) continue;
      const target = st.expression.left;
      if (!ts.isPropertyAccessExpression(target) || !ts.isIdentifier(target.expression) || target.expression.text !== 'module'
        || target.name.text !== 'exports') continue;
      const value = stripParens(st.expression.right);
      if (ts.isClassExpression(value)) return { cls: value, analysis: this.analysis };
      if (ts.isIdentifier(value)) {
        const decl = this.scope.resolve(value);
        if (decl && ts.isClassDeclaration(decl)) return { cls: decl, analysis: this.analysis };
      }
    }
    return undefined;
  }

  /**
   * A function held by a property of an object literal a receiver names: `const api = { send(x) {…}, put: (x) => … }`,
   * here or imported from a project module (`as const` and `satisfies` are looked through).
   */
  private objectMethodOf(receiver: ts.Expression, name: string): { fn: FunctionNode; analysis: FileAnalysis } | undefined {
    receiver = stripParens(receiver);
    if (!ts.isIdentifier(receiver)) return undefined;
    const decl = this.scope.resolve(receiver);
    if (!decl) return undefined;
    const found = ts.isVariableDeclaration(decl) ? { decl: decl as Declaration, analysis: this.analysis as FileAnalysis } : this.importedDeclaration(decl);
    if (!found || !ts.isVariableDeclaration(found.decl) || !found.decl.initializer) return undefined;
    if (ts.isVariableDeclarationList(found.decl.parent) && !(found.decl.parent.flags & ts.NodeFlags.Const)) return undefined;
    let init: ts.Expression = found.decl.initializer;
    while (ts.isParenthesizedExpression(init) || ts.isAsExpression(init) || ts.isSatisfiesExpression(init)) init = init.expression;
    if (ts.isAwaitExpression(init)) init = stripParens(init.expression);
    // `const analytics = useAnalytics()`, `const outbox = createOutbox(url)`: a method of the object literal the
    // project's hook or factory returns (`return { capture, identify }`).
    if (ts.isCallExpression(init)) {
      const maker = found.analysis.resolveFunction(init.expression);
      return maker && returnedPart(maker, name, -1);
    }
    if (!ts.isObjectLiteralExpression(init)) return undefined;
    const prop = init.properties.find((p) => p.name && propertyNameText(p.name) === name);
    if (!prop) return undefined;
    if (ts.isMethodDeclaration(prop)) return prop.body ? { fn: prop, analysis: found.analysis } : undefined;
    let value: ts.Expression | undefined;
    if (ts.isPropertyAssignment(prop)) value = stripParens(prop.initializer);
    else if (ts.isShorthandPropertyAssignment(prop)) value = prop.name;
    if (!value) return undefined;
    if (ts.isArrowFunction(value) || ts.isFunctionExpression(value)) return { fn: value, analysis: found.analysis };
    if (ts.isIdentifier(value)) {
      const target = found.analysis.scope.resolve(value);
      const fn = target && found.analysis.functionOf(target);
      if (fn) return { fn, analysis: found.analysis };
    }
    return undefined;
  }

  functionOf(decl: Declaration): FunctionNode | undefined {
    if (ts.isFunctionDeclaration(decl) && decl.body) return decl;
    // An overload signature (`export function make(a: string): Client;`): the implementation that follows it.
    if (ts.isFunctionDeclaration(decl) && decl.name && (ts.isSourceFile(decl.parent) || ts.isModuleBlock(decl.parent))) {
      const name = decl.name.text;
      return decl.parent.statements.find((st): st is ts.FunctionDeclaration => ts.isFunctionDeclaration(st) && !!st.body && st.name?.text === name);
    }
    if (ts.isVariableDeclaration(decl) && decl.initializer) {
      let init = stripParens(decl.initializer);
      // `const save = useCallback((v) => …, [key])`: React's memoised callback is the function itself.
      if (ts.isCallExpression(init) && init.arguments.length && calleePath(init.expression)?.replace(/^React\./, '') === 'useCallback') {
        init = stripParens(init.arguments[0]);
      }
      if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init;
    }
    return undefined;
  }

  /** Follows `import { X } from './y'` (or a default import) to X's declaration in the file that declares it. */
  importedDeclaration(decl: Declaration): { decl: Declaration; analysis: FileAnalysis } | undefined {
    let importDecl: ts.ImportDeclaration | ts.JSDocImportTag;
    let exported: string;
    if (ts.isImportSpecifier(decl)) {
      importDecl = decl.parent.parent.parent;
      exported = (decl.propertyName ?? decl.name).text;
    } else if (ts.isImportClause(decl) && decl.name) {
      importDecl = decl.parent;
      exported = 'default';
    } else {
      return undefined;
    }
    if (!ts.isImportDeclaration(importDecl) || !ts.isStringLiteral(importDecl.moduleSpecifier)) return undefined;
    // Asked for each use of an imported name (its value, what created it, which function it calls): followed once.
    const known = this.importedMemo.get(decl);
    if (known !== undefined) return known ?? undefined;
    const other = this.moduleAt(importDecl.moduleSpecifier.text);
    const found = other?.exportedDeclaration(exported, new Set());
    this.importedMemo.set(decl, found ?? null);
    return found;
  }
  private readonly importedMemo = new Map<Declaration, { decl: Declaration; analysis: FileAnalysis } | null>();

  /** The project file an import specifier refers to (relative, `paths` alias or workspace package). */
  private moduleAt(specifier: string): FileAnalysis | undefined {
    const target = this.project.resolveImport(this.sourceFile.fileName, specifier);
    return target ? this.analysisFor(target) : undefined;
  }

  /**
   * The declaration this module exports as `name`, through re-exports (`export { a as b } from './x'`,
   * `export * from './x'`, `import { a } from './x'; export { a }`) and default exports.
   */
  exportedDeclaration(name: string, seen: Set<FileAnalysis>): { decl: Declaration; analysis: FileAnalysis } | undefined {
    // A search from the top (nothing seen yet) is the same whenever it is made: remembered per name. Barrels of a
    // utilities package re-export dozens of modules (`export * from './log'` after twenty others), so the bound on
    // the modules one search visits is generous; `seen` cuts cycles.
    if (seen.size === 0) {
      const known = this.exportSearches.get(name);
      if (known !== undefined) return known ?? undefined;
      const found = this.searchExport(name, seen);
      this.exportSearches.set(name, found ?? null);
      return found;
    }
    return this.searchExport(name, seen);
  }

  private readonly exportSearches = new Map<string, { decl: Declaration; analysis: FileAnalysis } | null>();

  private searchExport(name: string, seen: Set<FileAnalysis>): { decl: Declaration; analysis: FileAnalysis } | undefined {
    if (seen.has(this.analysis) || seen.size > 400) return undefined;
    seen.add(this.analysis);
    const statements = this.sourceFile.statements;
    if (name === 'default') {
      for (const st of statements) {
        if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st))
          && st.modifiers?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) {
          return { decl: st as Declaration, analysis: this.analysis };
        }
        if (ts.isExportAssignment(st) && !st.isExportEquals && ts.isIdentifier(st.expression)) {
          return this.localOrImported(st.expression.text, seen);
        }
      }
    } else {
      const top = this.scope.resolveName(name, statements[0] ?? this.sourceFile);
      if (top) return this.followImport(top, seen) ?? { decl: top, analysis: this.analysis };
    }
    for (const st of statements) {
      if (!ts.isExportDeclaration(st) || st.isTypeOnly) continue;
      const from = st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier) ? st.moduleSpecifier.text : undefined;
      if (st.exportClause && ts.isNamedExports(st.exportClause)) {
        for (const el of st.exportClause.elements) {
          if (el.name.text !== name) continue;
          const local = (el.propertyName ?? el.name).text;
          if (from) return this.moduleAt(from)?.exportedDeclaration(local, seen);
          return this.localOrImported(local, seen);
        }
      } else if (!st.exportClause && from) {
        const found = this.moduleAt(from)?.exportedDeclaration(name, seen);
        if (found) return found;
      }
    }
    return undefined;
  }

  private localOrImported(local: string, seen: Set<FileAnalysis>): { decl: Declaration; analysis: FileAnalysis } | undefined {
    const decl = this.scope.resolveName(local, this.sourceFile.statements[0] ?? this.sourceFile);
    if (!decl) return undefined;
    return this.followImport(decl, seen) ?? { decl, analysis: this.analysis };
  }

  /** An import binding re-exported as is: the declaration it imports. */
  private followImport(decl: Declaration, seen: Set<FileAnalysis>): { decl: Declaration; analysis: FileAnalysis } | undefined {
    if (!(ts.isImportSpecifier(decl) || ts.isImportClause(decl))) return undefined;
    const importDecl = ts.isImportSpecifier(decl) ? decl.parent.parent.parent : decl.parent;
    if (!ts.isImportDeclaration(importDecl) || !ts.isStringLiteral(importDecl.moduleSpecifier)) return undefined;
    const exported = ts.isImportSpecifier(decl) ? (decl.propertyName ?? decl.name).text : 'default';
    return this.moduleAt(importDecl.moduleSpecifier.text)?.exportedDeclaration(exported, seen);
  }

  /** `endpoints.PARTNER_URL` with `import * as endpoints from './endpoints'`: that file's top-level `PARTNER_URL`. */
  protected namespaceMember(expr: ts.Expression, key: string): { decl: Declaration; analysis: FileAnalysis } | undefined {
    const e = stripParens(expr);
    if (!ts.isIdentifier(e)) return undefined;
    const decl = this.scope.resolve(e);
    if (!decl || !ts.isNamespaceImport(decl)) return undefined;
    const spec = decl.parent.parent.moduleSpecifier;
    if (!ts.isStringLiteral(spec)) return undefined;
    const target = this.project.resolveImport(this.sourceFile.fileName, spec.text);
    const other = target ? this.analysisFor(target) : undefined;
    const found = other?.scope.resolveName(key, other.sourceFile.statements[0] ?? other.sourceFile);
    return other && found ? { decl: found, analysis: other } : undefined;
  }
}

/**
 * The function a project function hands back as part of what it returns: the element `index` of a returned array
 * literal (`[value, setValue]`), or the property `key` of a returned object literal (`{ capture, identify }`, a
 * method written in it, a function wrapped by `useCallback`).
 */
function returnedPart(maker: { fn: FunctionNode; analysis: FileAnalysis }, key: string | undefined, index: number):
  { fn: FunctionNode; analysis: FileAnalysis } | undefined {
  for (const r of maker.analysis.returnExpressions(maker.fn)) {
    const e = stripParens(r);
    let part: ts.Expression | undefined;
    if (ts.isArrayLiteralExpression(e) && index >= 0) part = e.elements[index];
    else if (ts.isObjectLiteralExpression(e) && key) {
      const prop = e.properties.find((p) => p.name && propertyNameText(p.name) === key);
      if (prop && ts.isPropertyAssignment(prop)) part = prop.initializer;
      else if (prop && ts.isShorthandPropertyAssignment(prop)) part = prop.name;
      else if (prop && ts.isMethodDeclaration(prop) && prop.body) return { fn: prop, analysis: maker.analysis };
    }
    const found = part && maker.analysis.functionAt(part);
    if (found) return found;
  }
  return undefined;
}

/** The function a project function returns (`return async (text) => …`, `=> (input) => …`), if it returns one. */
function returnedFunctionOf(maker: { fn: FunctionNode; analysis: FileAnalysis }): { fn: FunctionNode; analysis: FileAnalysis } | undefined {
  for (const r of maker.analysis.returnExpressions(maker.fn)) {
    const found = maker.analysis.functionAt(r);
    if (found) return found;
  }
  return undefined;
}

/** `Promise<T>` → `T` (an async function's declared result); any other type as it is. */
function awaitedTypeNode(type: ts.TypeNode): ts.TypeNode | undefined {
  if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && type.typeName.text === 'Promise') return type.typeArguments?.[0];
  return type;
}

/** A project class, with the analysis of the file that declares it. */
type ClassRef = { cls: ts.ClassLikeDeclaration; analysis: FileAnalysis };
/** A project function, with the analysis of the file that declares it. */
type FunctionRef = { fn: FunctionNode; analysis: FileAnalysis };

/** The most classes a call is followed into (a strategy of a few, not a registry of many). */
const MAX_ALTERNATIVES = 6;

/** Methods of a list that return one of its elements. */
const LIST_PICKS = new Set(['find', 'findLast', 'at', 'pop', 'shift']);

/**
 * `q.a().a().a()…`: a chain of more calls than a provider is picked with (`this.manager.get(x).send(…)`), left alone
 * (resolving each link's receiver in turn would recurse once per link).
 */
function isLongCallChain(call: ts.CallExpression): boolean {
  let e: ts.Expression = call;
  for (let links = 0; links < 4; links++) {
    while (ts.isNonNullExpression(e) || ts.isParenthesizedExpression(e)) e = e.expression;
    if (!ts.isCallExpression(e)) return false;
    e = e.expression;
    if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) e = e.expression;
  }
  return true;
}
