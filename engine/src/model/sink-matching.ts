/**
 * Calls matched against the sink catalogue and the config's declared functions, by what created their receiver:
 * the SDK's import, a global, a client made here, in a field, in another project file or by a project factory,
 * and with the checker a value whose type an SDK package declares. Receivers known only by name come last.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import { SINK_METHOD_NAMES, specForImport, SINK_CATALOG, MAIL_SERVICE_BY_NAME, type SinkSpec } from '../sinks';
import type { Declaration } from './scope';
import { declaredModuleCall, declaredMethodNames, declaredDeclarationOrigin, declaredModuleOrigin } from './declared';
import { calleePath, stripParens, propertyNameText, elementAt } from './syntax';
import { MADE_BY_METHOD, PROMISE_KEEPERS } from './flow-tables';
import { RECEIVER_PATTERN_SPECS } from './module-links';
import { TypeQueries } from './type-queries';
import { type SinkOrigin, type SinkCall, EMPTY_ENV, type FunctionNode, type Env } from './values';
import type { FileAnalysis } from './analysis';

export abstract class SinkMatching extends TypeQueries {
  // Asked of a layer above: the analysis of a file is one object, these are its methods.
  /** The expression a property of an object literal holds (`{ to: addr }` → `addr`), behind names and bound parameters (implemented by `DestinationResolution`). */
  abstract objectProperty(obj: ts.Expression, key: string, env: Env): ts.Expression | undefined;
  /** Whether a function's parameters reach no sink through any number of helpers (`paramsReachSinksAnywhere`). */
  abstract handsOnToNoSink(fn: { fn: FunctionNode; analysis: FileAnalysis }): boolean;

  private readonly originByDecl = new Map<Declaration, SinkOrigin | null>();
  private readonly fieldOrigins = new Map<ts.ClassLikeDeclaration, Map<string, SinkOrigin | null>>();

  /** Matches a call against the sink catalog and the config's declared sinks. */
  override matchSink(call: ts.CallExpression | ts.NewExpression): SinkCall | undefined {
    const found = this.matchCatalogCall(call);
    return found && !found.spec.valueRole ? found : undefined;
  }

  /** Like `matchSink`, also for the declared functions that are not sinks (sources, sanitizers, pass-through). */
  matchCatalogCall(call: ts.CallExpression | ts.NewExpression): SinkCall | undefined {
    // Asked for each call when the file is indexed, and again when a call's value is evaluated (its declared role,
    // whether it is a sink whose result carries nothing): matched once.
    const known = this.catalogMatches.get(call);
    if (known !== undefined) return known ?? undefined;
    const found = this.matchCatalogCallUncached(call) ?? this.handedInFetch(call);
    this.catalogMatches.set(call, found ?? null);
    return found;
  }
  private readonly catalogMatches = new Map<ts.Node, SinkCall | null>();

  /**
   * A fetch the code was handed rather than the global one (`constructor(fetch: Fetch = globalThis.fetch) {
   * this.fetch = bindFetch(fetch) }`, then `this.fetch(url, { method: 'POST', body })`; an options object's
   * `fetch`): a call of something named `fetch` with fetch's request options (a literal with a body, a method or
   * headers) sends that request. A project function of that name is followed as a helper instead, and a `fetch` with
   * other arguments (a cache's `fetch(key)`, a loader's) is no request.
   */
  private handedInFetch(call: ts.CallExpression | ts.NewExpression): SinkCall | undefined {
    if (!ts.isCallExpression(call) || call.arguments.length < 2) return undefined;
    const callee = stripParens(call.expression);
    const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
    if (!name || !HANDED_IN_FETCH_NAMES.has(name)) return undefined;
    const init = stripParens(call.arguments[1]);
    if (!ts.isObjectLiteralExpression(init)
      || !init.properties.some((p) => p.name !== undefined && REQUEST_INIT_KEYS.has(propertyNameText(p.name) ?? ''))) return undefined;
    if (this.resolveFunctions(callee).some((t) => !!t.fn.body) || this.fieldHoldsFunction(callee)) return undefined;
    const spec = FETCH_SPEC;
    return spec ? { call, spec, callee: calleePath(callee) ?? name, origin: { spec, role: 'global' } } : undefined;
  }

  /** `this.fetch` of `private fetch = (key: string) => …`: a field the class fills with a function of its own. */
  private fieldHoldsFunction(callee: ts.Expression): boolean {
    if (!ts.isPropertyAccessExpression(callee) || callee.expression.kind !== ts.SyntaxKind.ThisKeyword) return false;
    const cls = ts.findAncestor(callee, ts.isClassLike);
    const field = cls?.members.find((m): m is ts.PropertyDeclaration => ts.isPropertyDeclaration(m) && propertyNameText(m.name) === callee.name.text);
    const init = field?.initializer && stripParens(field.initializer);
    return !!init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init));
  }

  private matchCatalogCallUncached(call: ts.CallExpression | ts.NewExpression): SinkCall | undefined {
    if (ts.isNewExpression(call)) return undefined;
    const declared = declaredModuleCall(this.analysis, call);
    if (declared) {
      return { call, spec: declared.spec, callee: calleePath(call.expression) ?? declared.method, origin: { spec: declared.spec, role: 'module' },
        method: declared.method };
    }
    const callee = stripParens(call.expression);
    if (ts.isIdentifier(callee) || this.isGlobalObjectMember(callee)) {
      const id = ts.isIdentifier(callee) ? callee : (callee as ts.PropertyAccessExpression).name;
      const origin = this.originOf(callee);
      if (origin && callSends(origin)) {
        return { call, spec: origin.spec, callee: calleePath(callee) || id.text, origin, method: origin.method };
      }
      return undefined;
    }
    if (!ts.isPropertyAccessExpression(callee)) return undefined;
    const method = callee.name.text;
    // Most calls are `.map`, `.then`, `.get`…: nothing in the catalog sends with that name.
    if (!SINK_METHOD_NAMES.has(method) && !declaredMethodNames(this.config).has(method)) return undefined;
    const text = calleePath(callee) ?? '';
    const receiver = stripParens(callee.expression);
    // Dotted methods of any depth: `a.b.c.d(…)` is `d` on `a.b.c`, then `c.d` on `a.b`, then `b.c.d` on `a`
    // (`openai.chat.completions.create`, `this.stripe.customers.create`, `mixpanel.people.set`).
    let target = receiver;
    let dotted = method;
    let nearest: SinkOrigin | undefined;
    for (let i = 0; i < 6; i++) {
      const origin = this.originOf(target);
      if (i === 0) nearest = origin;
      if (origin && methodsOf(origin)?.includes(dotted)) {
        return { call, spec: origin.spec, callee: text || dotted, origin, method: dotted,
          payload: callbackPayload(call, origin.spec, dotted) ?? this.creationPayload(call, origin) ?? sentArguments(call, origin.spec) };
      }
      if (!ts.isPropertyAccessExpression(target)) break;
      dotted = `${target.name.text}.${dotted}`;
      target = stripParens(target.expression);
    }
    // Request builders: `superagent.post(url).send(data)`.
    if (ts.isCallExpression(receiver)) {
      const root = this.chainRoot(receiver);
      if (root) {
        const rootMatch = this.matchSink(root);
        if (rootMatch?.spec.chainMethods?.includes(method)) {
          return { call, spec: rootMatch.spec, callee: text, origin: { spec: rootMatch.spec, role: 'module', creation: root }, method };
        }
      }
    }
    if (!nearest) this.project.blindSpots?.unknownReceiver(receiver, call, text);
    // Receivers known by name: `logger.info`, `this.logger.warn`, `req.log.error`, `analytics.track`.
    // (`this._emailService`: a private field's leading underscores are not part of what it is named for.)
    const receiverName = (ts.isIdentifier(receiver) ? receiver.text : ts.isPropertyAccessExpression(receiver) ? receiver.name.text
      : ts.isPrivateIdentifier(receiver) ? receiver.text : undefined)?.replace(/^[_#]+/, '');
    // (Not when the receiver is an instance of a project class with that method: it is followed as a helper instead.)
    const owner = receiverName && !nearest ? this.classOfReceiver(receiver) : undefined;
    const ownMethod = owner && owner.analysis.methodOf(owner.cls, method);
    if (receiverName && !nearest && !(ownMethod && !this.mailHandedOff(ownMethod, receiverName, method))) {
      for (const spec of RECEIVER_PATTERN_SPECS) {
        if (spec.receiverPattern!.test(receiverName) && (spec.methods?.includes(method) || spec.instanceMethods?.includes(method))) {
          if (ownMethod && spec !== MAIL_SERVICE_BY_NAME) continue;
          // `EmailService.send(…)`, a static method of the project's own mail service: followed as a helper (to the
          // SDK call inside, whose recipients and destination it knows), not also taken for an unknown mail server.
          const statics = spec === MAIL_SERVICE_BY_NAME && !ownMethod ? this.resolveFunctions(call.expression).filter((t) => !!t.fn.body) : [];
          if (statics.some((t) => !this.mailHandedOff(t, receiverName, method))) return undefined;
          return { call, spec, callee: text, origin: { spec, role: 'module' }, method };
        }
      }
      // `mixpanel.people.set(…)` on the app's own `mixpanel` (a wrapper whose `people` getter hands out the SDK's):
      // a dotted method of the receiver the name says, one level up.
      if (ts.isPropertyAccessExpression(receiver) && ts.isIdentifier(stripParens(receiver.expression))) {
        const root = stripParens(receiver.expression) as ts.Identifier;
        const dotted = `${receiver.name.text}.${method}`;
        for (const spec of RECEIVER_PATTERN_SPECS) {
          if (spec.receiverPattern!.test(root.text) && (spec.methods?.includes(dotted) || spec.instanceMethods?.includes(dotted))
            && !this.originOf(root)) {
            return { call, spec, callee: text, origin: { spec, role: 'module' }, method: dotted };
          }
        }
      }
    }
    return undefined;
  }

  /**
   * The project's own mail service whose send method hands the message to something the analysis cannot follow —
   * a workflow engine's signal, a job queue — and reaches no sink (postiz's `EmailService.sendEmail` only signals a
   * Temporal workflow): the call is a mail send all the same, to a server the code does not name. Only for a
   * receiver and a method named for mail (`MAIL_SERVICE_BY_NAME`), a method in another file.
   */
  private mailHandedOff(fn: { fn: FunctionNode; analysis: FileAnalysis }, receiverName: string, method: string): boolean {
    return fn.analysis !== this.analysis && MAIL_SERVICE_BY_NAME.receiverPattern!.test(receiverName)
      && !!MAIL_SERVICE_BY_NAME.instanceMethods?.includes(method) && this.handsOnToNoSink(fn);
  }

  /**
   * A call's arguments plus the options its client was made with that every call sends (`creationFields`: an agent's
   * `instructions`), when the client was made in this file.
   */
  private creationPayload(call: ts.CallExpression, origin: SinkOrigin): ts.Expression[] | undefined {
    const fields = origin.spec.creationFields;
    const options = origin.creation?.arguments?.[0];
    if (!fields?.length || !options || (origin.analysis && origin.analysis !== this.analysis)) return undefined;
    const extra = fields.map((f) => this.objectProperty(options, f, EMPTY_ENV)).filter((e): e is ts.Expression => !!e);
    return extra.length ? [...call.arguments, ...extra] : undefined;
  }

  private isGlobalObjectMember(e: ts.Expression): boolean {
    return ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression)
      && ['window', 'globalThis', 'self'].includes(e.expression.text) && !this.scope.resolve(e.expression);
  }

  private chainRoot(call: ts.CallExpression): ts.CallExpression | undefined {
    let c: ts.CallExpression = call;
    for (let i = 0; i < 12; i++) {
      const callee = stripParens(c.expression);
      if (ts.isPropertyAccessExpression(callee) && ts.isCallExpression(stripParens(callee.expression))) {
        c = stripParens(callee.expression) as ts.CallExpression;
        continue;
      }
      return c;
    }
    return undefined;
  }

  /**
   * What catalog entry a receiver or callee value comes from: an import, a global, a client (made here, in a
   * field, in another project file, by a project factory), or — with the type checker — a value whose type is
   * declared by an SDK package.
   */
  originOf(expr: ts.Expression, depth = 0): SinkOrigin | undefined {
    // Asked for every receiver of every call whose method a sink has (and for each prefix of a dotted callee):
    // remembered per node. A result found deeper in a recursion may have been cut short, so only depth 0 is kept.
    const known = this.originMemo.get(expr);
    if (known !== undefined) return known ?? undefined;
    const origin = this.originOfUncached(expr, depth);
    if (depth === 0) this.originMemo.set(expr, origin ?? null);
    return origin;
  }
  private readonly originMemo = new Map<ts.Node, SinkOrigin | null>();

  private originOfUncached(expr: ts.Expression, depth: number): SinkOrigin | undefined {
    if (depth > 8) return undefined;
    expr = stripParens(expr);
    // `process.env.KEY ? new Resend(key) : null`, `cached ?? new PostHog(key)`: either side may hold the client.
    if (ts.isConditionalExpression(expr)) return this.originOf(expr.whenTrue, depth + 1) ?? this.originOf(expr.whenFalse, depth + 1);
    if (ts.isBinaryExpression(expr) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken,
      ts.SyntaxKind.AmpersandAmpersandToken].includes(expr.operatorToken.kind)) {
      return this.originOf(expr.right, depth + 1) ?? this.originOf(expr.left, depth + 1);
    }
    // `pino().info(…)`, `loglevel.getLogger('x').warn(…)`, `logger.child({ … }).info(…)`, `getPostHog().capture(…)`.
    if (ts.isCallExpression(expr) || ts.isNewExpression(expr)) {
      const made = this.instanceOrigin(expr, depth);
      if (made) return made;
      if (ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression) && expr.expression.name.text === 'child') {
        return this.originOf(expr.expression.expression, depth + 1);
      }
      // `tx.objectStore('users')`: made by a method of any receiver (an IndexedDB transaction).
      if (ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression)) {
        const spec = MADE_BY_METHOD.get(expr.expression.name.text);
        if (spec) return { spec, role: 'instance', creation: expr, analysis: this.analysis };
      }
      // `openDB(name).catch(() => undefined)`, `connect().finally(done)`: the promise still yields the client.
      if (ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression)
        && PROMISE_KEEPERS.has(expr.expression.name.text)) {
        const kept = this.originOf(expr.expression.expression, depth + 1);
        if (kept?.role === 'instance') return kept;
      }
      return undefined;
    }
    if (ts.isPropertyAccessExpression(expr)) {
      if (this.isGlobalObjectMember(expr)) return this.globalOrigin(expr.name.text);
      const base = stripParens(expr.expression);
      if (base.kind === ts.SyntaxKind.ThisKeyword) {
        // `this.stripe` → the field's initializer, its declared type, or what a method assigns to it.
        const cls = ts.findAncestor(expr, ts.isClassLike);
        return (cls && this.fieldOrigin(cls, expr.name.text, depth)) ?? this.typedOrigin(expr);
      }
      // `clients.resend` with `import * as clients from './clients'`: the other file's export.
      if (ts.isIdentifier(base)) {
        const holder = this.scope.resolve(base);
        const module = holder && (ts.isNamespaceImport(holder) || ts.isVariableDeclaration(holder)) ? this.moduleOfHolder(holder) : undefined;
        if (module) {
          const exported = module.scope.resolveName(expr.name.text, module.sourceFile.statements[0] ?? module.sourceFile);
          return exported ? module.declarationOrigin(exported, depth + 1) : undefined;
        }
      }
      // `opentelemetry.trace` of `import opentelemetry from '@opentelemetry/api'` (or `import * as otel`): the named
      // export the catalogue knows (`@opentelemetry/api#trace`), reached through the module object.
      if (ts.isIdentifier(base)) {
        const holder = this.scope.resolve(base);
        const source = holder && (ts.isImportClause(holder) ? holder.parent.moduleSpecifier
          : ts.isNamespaceImport(holder) ? holder.parent.parent.moduleSpecifier : undefined);
        if (source && ts.isStringLiteral(source) && !source.text.startsWith('.')) {
          const named = specForImport(source.text, expr.name.text);
          if (named && named.role === 'module' && !specForImport(source.text, ts.isImportClause(holder!) ? 'default' : '*')) {
            return { spec: named.spec, role: named.role };
          }
        }
      }
      // A namespace inside an SDK module: `line.messagingApi` in `new line.messagingApi.MessagingApiClient()`.
      const outer = this.originOf(base, depth + 1);
      if (outer?.role === 'module' && !outer.spec.methods?.includes(expr.name.text)) return outer;
      if (outer) return undefined;
      return this.typedOrigin(expr) ?? this.declaredMemberOrigin(base, expr.name.text, depth);
    }
    if (!ts.isIdentifier(expr)) return undefined;
    const decl = this.scope.resolve(expr);
    if (!decl || isAmbient(decl)) return this.globalOrigin(expr.text);
    return this.declarationOrigin(decl, depth) ?? this.typedOrigin(expr, decl);
  }

  /** The origin of what a declaration holds; many calls share a receiver (`logger`, a client): decided once per declaration. */
  private declarationOrigin(decl: Declaration, depth: number): SinkOrigin | undefined {
    const known = this.originByDecl.get(decl);
    if (known !== undefined) return known ?? undefined;
    this.originByDecl.set(decl, null); // a declaration that refers to itself holds nothing from the catalog
    const found = this.originOfDeclaration(decl, depth);
    this.originByDecl.set(decl, found ?? null);
    return found;
  }

  private originOfDeclaration(decl: Declaration, depth: number): SinkOrigin | undefined {
    const declared = declaredDeclarationOrigin(this.analysis, decl);
    if (declared) return declared;
    const imported = this.importOrigin(decl);
    if (imported) return imported;
    // `import { resend } from '../lib/resend'`: a client made in another project file.
    const viaImport = this.importedDeclaration(decl);
    if (viaImport && viaImport.analysis !== this.analysis) return viaImport.analysis.declarationOrigin(viaImport.decl, depth + 1);
    // `import resend from '../lib/resend'` with `export default new Resend(key)`.
    if (ts.isImportClause(decl) && ts.isStringLiteral(decl.parent.moduleSpecifier)) {
      const file = this.project.resolveImport(this.sourceFile.fileName, decl.parent.moduleSpecifier.text);
      const other = file ? this.analysisFor(file) : undefined;
      return other && other !== this.analysis ? other.defaultExportOrigin(depth + 1) : undefined;
    }
    if (ts.isVariableDeclaration(decl)) {
      const init = decl.initializer && stripParens(decl.initializer);
      if (init && ts.isCallExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === 'require'
        && init.arguments[0] && ts.isStringLiteralLike(init.arguments[0])) {
        return this.moduleOrigin(init.arguments[0].text, 'default');
      }
      const fromInit = init ? this.originOf(init, depth + 1) : undefined;
      if (fromInit) return fromInit;
      // `let client: PostHog | null = null; … client = new PostHog(key)`: what is assigned (the client as it was made,
      // with the options that say where it sends), then the declared type.
      if (ts.isIdentifier(decl.name) && !(decl.parent.flags & ts.NodeFlags.Const)) {
        for (const value of this.assignments.get(decl.name.text) ?? []) {
          const o = this.originOf(value, depth + 1);
          if (o) return o;
        }
      }
      return (decl.type && this.typeOrigin(decl.type, depth)) || undefined;
    }
    // `const { boot, trackEvent } = useIntercom()`, `const { generateText } = require('ai')`.
    if (ts.isBindingElement(decl) && ts.isObjectBindingPattern(decl.parent) && ts.isVariableDeclaration(decl.parent.parent)) {
      const key = propertyNameText(decl.propertyName ?? decl.name);
      const init = decl.parent.parent.initializer && stripParens(decl.parent.parent.initializer);
      if (!key || !init) return undefined;
      if (ts.isCallExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === 'require'
        && init.arguments[0] && ts.isStringLiteralLike(init.arguments[0])) {
        return this.moduleOrigin(init.arguments[0].text, key);
      }
      // `const { localStorage, sessionStorage } = window`: the global itself.
      if (ts.isIdentifier(init) && ['window', 'globalThis', 'self'].includes(init.text) && !this.scope.resolve(init)) {
        return this.globalOrigin(key);
      }
      const holder = this.originOf(init, depth + 1);
      if (!holder) return undefined;
      const sends = holder.role === 'instance' ? holder.spec.instanceMethods : holder.role === 'module' || holder.role === 'global' ? holder.spec.methods : undefined;
      if (sends?.includes(key)) return { spec: holder.spec, role: 'function', method: key, creation: holder.creation, analysis: holder.analysis };
      if (holder.spec.factories?.includes(key)) return { spec: holder.spec, role: 'factory' };
      if (holder.role === 'instance' && holder.spec.clientKeys?.includes(key)) return holder;
      return undefined;
    }
    // `const [stripe, order] = await Promise.all([this.getStripeClient(ctx), findOrder()])`, `const [a, b] = [x, y]`:
    // the element at the same place.
    if (ts.isBindingElement(decl) && ts.isArrayBindingPattern(decl.parent) && ts.isVariableDeclaration(decl.parent.parent)
      && !decl.dotDotDotToken) {
      const init = decl.parent.parent.initializer;
      const element = init && elementAt(init, decl.parent.elements.indexOf(decl));
      return element ? this.originOf(element, depth + 1) : undefined;
    }
    // `constructor(private readonly stripe: Stripe)`, `function notify(client: Resend, …)`.
    if (ts.isParameter(decl)) return decl.type ? this.typeOrigin(decl.type, depth) : undefined;
    // `function createCustomer({ stripeClient, email }: { stripeClient: Stripe; email: string })`: the member's type.
    if (ts.isBindingElement(decl) && ts.isObjectBindingPattern(decl.parent) && ts.isParameter(decl.parent.parent)
      && !decl.dotDotDotToken) {
      const key = propertyNameText(decl.propertyName ?? decl.name);
      const members = key ? this.declaredMembers(decl.parent.parent.type) : undefined;
      const member = members?.find((m) => ts.isPropertySignature(m) && m.name && propertyNameText(m.name) === key) as ts.PropertySignature | undefined;
      return member?.type ? this.typeOrigin(member.type, depth) : undefined;
    }
    // `class AppLogger extends ConsoleLogger`: the project's subclass makes clients too.
    if (ts.isClassDeclaration(decl)) {
      const base = decl.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
      const o = base ? this.originOf(base, depth + 1) : undefined;
      return o && makesClients(o) ? { spec: o.spec, role: 'factory' } : undefined;
    }
    return undefined;
  }

  /**
   * `params.stripe` of `params: Params` with `type Params = { stripe: Stripe; … }` (or an interface, or a type literal):
   * the member's declared type, read without the checker.
   */
  private declaredMemberOrigin(base: ts.Expression, key: string, depth: number): SinkOrigin | undefined {
    if (!ts.isIdentifier(base)) return undefined;
    const decl = this.scope.resolve(base);
    if (!decl || !(ts.isParameter(decl) || ts.isVariableDeclaration(decl)) || !decl.type) return undefined;
    const member = this.declaredMembers(decl.type)?.find((m) => ts.isPropertySignature(m) && m.name && propertyNameText(m.name) === key) as
      ts.PropertySignature | undefined;
    return member?.type ? this.typeOrigin(member.type, depth) : undefined;
  }

  /** The members of a declared type written here: a type literal, or an interface or alias of this file by name. */
  private declaredMembers(type: ts.TypeNode | undefined): readonly ts.TypeElement[] | undefined {
    if (!type) return undefined;
    if (ts.isTypeLiteralNode(type)) return type.members;
    if (!ts.isTypeReferenceNode(type) || !ts.isIdentifier(type.typeName)) return undefined;
    const decl = this.scope.resolveName(type.typeName.text, type);
    if (decl && ts.isInterfaceDeclaration(decl)) return decl.members;
    if (decl && ts.isTypeAliasDeclaration(decl) && ts.isTypeLiteralNode(decl.type)) return decl.type.members;
    return undefined;
  }

  /** What this file's default export holds (`export default new Resend(key)`, `export default client`). */
  private defaultExportOrigin(depth: number): SinkOrigin | undefined {
    for (const s of this.sourceFile.statements) {
      if (ts.isExportAssignment(s) && !s.isExportEquals) return this.originOf(s.expression, depth + 1);
    }
    return undefined;
  }

  /**
   * A field of a class: its initializer (`private resend = new Resend(key)`), its declared type (`private readonly
   * stripe: Stripe`, injected), a constructor parameter property, or what a member assigns (`this.resend = …`).
   */
  private fieldOrigin(cls: ts.ClassLikeDeclaration, name: string, depth: number): SinkOrigin | undefined {
    let byName = this.fieldOrigins.get(cls);
    if (!byName) { byName = new Map(); this.fieldOrigins.set(cls, byName); }
    const known = byName.get(name);
    if (known !== undefined) return known ?? undefined;
    byName.set(name, null);
    let found: SinkOrigin | undefined;
    for (const m of cls.members) {
      if (found) break;
      if (ts.isPropertyDeclaration(m) && propertyNameText(m.name) === name) {
        found = (m.initializer && this.originOf(m.initializer, depth + 1)) || (m.type && this.typeOrigin(m.type, depth)) || undefined;
      } else if (ts.isConstructorDeclaration(m)) {
        const p = m.parameters.find((x) => ts.isIdentifier(x.name) && x.name.text === name
          && !!ts.getModifiers(x)?.length);
        if (p?.type) found = this.typeOrigin(p.type, depth);
      }
    }
    if (!found) {
      for (const value of this.thisAssignments(cls).get(name) ?? []) {
        found = this.originOf(value, depth + 1);
        if (found) break;
      }
    }
    byName.set(name, found ?? null);
    return found;
  }

  /** A declared type that names an SDK's client class (`Stripe`, `PostHog | null`, `Logger`, a project subclass). */
  private typeOrigin(type: ts.TypeNode, depth: number): SinkOrigin | undefined {
    if (ts.isUnionTypeNode(type)) {
      for (const t of type.types) {
        const o = this.typeOrigin(t, depth);
        if (o) return o;
      }
      return undefined;
    }
    if (!ts.isTypeReferenceNode(type)) return undefined;
    const name = type.typeName;
    if (ts.isIdentifier(name)) {
      const decl = this.scope.resolve(name);
      const o = decl && this.declarationOrigin(decl, depth + 1);
      return o && makesClients(o) ? { spec: o.spec, role: 'instance', analysis: this.analysis } : undefined;
    }
    // `Stripe.Stripe`, `line.messagingApi.MessagingApiClient`.
    let left: ts.EntityName = name;
    while (ts.isQualifiedName(left)) left = left.left;
    const decl = this.scope.resolve(left);
    const o = decl && this.declarationOrigin(decl, depth + 1);
    return o && (o.role === 'module' || o.role === 'factory') && (o.spec.factories?.includes(name.right.text) || makesClients(o))
      ? { spec: o.spec, role: 'instance', analysis: this.analysis } : undefined;
  }

  /**
   * With the type checker: a value whose type is a class or interface declared by an SDK package
   * (`node_modules/stripe/…` declaring `Stripe`) is that SDK's client, however it was obtained.
   */
  private typedOrigin(expr: ts.Expression, nameDecl?: Declaration): SinkOrigin | undefined {
    const checker = this.checker;
    if (!checker) return undefined;
    const type = this.typeOfName(expr, nameDecl);
    if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) this.project.blindSpots?.unknownType(expr);
    const symbol = type.aliasSymbol ?? type.getSymbol();
    const decl = symbol?.declarations?.[0];
    if (!symbol || !decl) return undefined;
    const m = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(decl.getSourceFile().fileName);
    if (!m) return undefined;
    const pkg = m[1].replace(/\\/g, '/').replace(/^@types\/(.+?)__(.+)$/, '@$1/$2').replace(/^@types\//, '');
    const found = specForImport(pkg, symbol.name) ?? specForImport(pkg, 'default');
    if (!found || (found.role === 'function')) return undefined;
    const named = found.spec.factories?.includes(symbol.name) || found.spec.modules?.some((p) => p === `${pkg}#${symbol.name}`);
    // The package's main class (`export default class Stripe`, `Stripe` in `stripe`), not any type it declares
    // (`Stripe.Customer` is data, not a client).
    const main = ts.isClassDeclaration(decl) && !!ts.getModifiers(decl)?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)
      || pkg.replace(/^@[^/]+\//, '').replace(/[^a-z0-9]/gi, '').toLowerCase().startsWith(symbol.name.toLowerCase());
    return named || (main && found.role === 'module' && found.spec.factories?.includes('new'))
      ? { spec: found.spec, role: 'instance', analysis: this.analysis } : undefined;
  }

  /**
   * `pino()`, `axios.create({ … })`, `new Resend(key)`, `winston.createLogger()`, `usePostHog()`, `mg.client()`,
   * `genAI.getGenerativeModel({ … })`, and calls of the project's own factories (`getPostHogClient()`).
   */
  private instanceOrigin(init: ts.Expression, depth: number): SinkOrigin | undefined {
    init = stripParens(init);
    if (!(ts.isCallExpression(init) || ts.isNewExpression(init))) return undefined;
    const made = stripParens(init.expression);
    const isNew = ts.isNewExpression(init);
    if (ts.isIdentifier(made)) {
      const o = this.originOf(made, depth + 1);
      if (o) {
        const makes = o.role === 'factory' || (o.role === 'function' && o.spec.factories?.includes(o.method!))
          || (o.role !== 'instance' && o.role !== 'function' && o.spec.factories?.includes(isNew ? 'new' : '()'));
        return makes ? { spec: o.spec, role: 'instance', creation: init, analysis: this.analysis } : undefined;
      }
    } else if (ts.isPropertyAccessExpression(made)) {
      // `ai.chats.create()`, `vertex.preview.getGenerativeModel()`: dotted factories too.
      let target: ts.Expression = stripParens(made.expression);
      let name = made.name.text;
      for (let i = 0; i < 3; i++) {
        const o = this.originOf(target, depth + 1);
        if (o && o.role !== 'function' && o.spec.factories?.includes(name)) {
          // `new MeiliSearch({ host }).index('users')`: the first client of the chain holds the options.
          const first = o.role === 'instance' ? o.first ?? (o.creation ? { creation: o.creation, analysis: o.analysis ?? this.analysis } : undefined) : undefined;
          return { spec: o.spec, role: 'instance', creation: init, analysis: this.analysis, first };
        }
        if (o || !ts.isPropertyAccessExpression(target)) break;
        name = `${target.name.text}.${name}`;
        target = stripParens(target.expression);
      }
    }
    // A project function that returns a client: `export function getPostHogClient() { return new PostHog(key) }`.
    if (!isNew && ts.isCallExpression(init)) {
      const fn = this.resolveFunction(init.expression);
      if (fn) return fn.analysis.returnedOrigin(fn.fn, depth + 1);
    }
    return undefined;
  }

  /** What a project function returns, in catalog terms (its first `return` that yields a client). */
  private returnedOrigin(fn: FunctionNode, depth: number): SinkOrigin | undefined {
    if (depth > 8 || !fn.body) return undefined;
    if (!ts.isBlock(fn.body)) return this.originOf(fn.body, depth + 1);
    let found: SinkOrigin | undefined;
    const visit = (n: ts.Node): void => {
      if (found || (n !== fn.body && ts.isFunctionLike(n))) return;
      if (ts.isReturnStatement(n) && n.expression) found = this.originOf(n.expression, depth + 1);
      else ts.forEachChild(n, visit);
    };
    visit(fn.body);
    return found;
  }

  private importOrigin(decl: Declaration): SinkOrigin | undefined {
    let source: string | undefined;
    let exportName: string | undefined;
    if (ts.isImportClause(decl)) { source = (decl.parent.moduleSpecifier as ts.StringLiteral).text; exportName = 'default'; }
    else if (ts.isNamespaceImport(decl)) { source = (decl.parent.parent.moduleSpecifier as ts.StringLiteral).text; exportName = '*'; }
    else if (ts.isImportSpecifier(decl)) {
      source = (decl.parent.parent.parent.moduleSpecifier as ts.StringLiteral).text;
      exportName = (decl.propertyName ?? decl.name).text;
    } else if (ts.isImportEqualsDeclaration(decl) && ts.isExternalModuleReference(decl.moduleReference)
      && ts.isStringLiteral(decl.moduleReference.expression)) {
      source = decl.moduleReference.expression.text; exportName = 'default';
    }
    if (!source || !exportName) return undefined;
    return this.moduleOrigin(source, exportName);
  }

  private moduleOrigin(source: string, exportName: string): SinkOrigin | undefined {
    const declared = declaredModuleOrigin(this.analysis, source, exportName);
    if (declared) return declared;
    const found = specForImport(source, exportName);
    return found ? { spec: found.spec, role: found.role, method: found.method } : undefined;
  }

  private globalOrigin(name: string): SinkOrigin | undefined {
    for (const spec of SINK_CATALOG) if (spec.globals?.includes(name)) return { spec, role: 'global' };
    return undefined;
  }
}

/** The arguments a call sends when its spec sends only the first few (`sentArgs`): LangChain's `invoke(input, config)`. */
function sentArguments(call: ts.CallExpression, spec: SinkSpec): ts.Expression[] | undefined {
  return spec.sentArgs !== undefined && call.arguments.length > spec.sentArgs ? call.arguments.slice(0, spec.sentArgs) : undefined;
}

/** Names a fetch handed in goes by (`handedInFetch`). */
const HANDED_IN_FETCH_NAMES: ReadonlySet<string> = new Set(['fetch', 'fetchFn', 'fetchImpl', 'fetchImplementation', 'customFetch', 'boundFetch']);
/** Keys of fetch's request options that say a request is made (`RequestInit`). */
const REQUEST_INIT_KEYS: ReadonlySet<string> = new Set(['body', 'method', 'headers']);
const FETCH_SPEC: SinkSpec | undefined = SINK_CATALOG.find((s) => s.id === 'fetch');

/** The methods that send on a value of this origin. */
function methodsOf(origin: SinkOrigin): readonly string[] | undefined {
  if (origin.role === 'instance') return origin.spec.instanceMethods;
  if (origin.role === 'module' || origin.role === 'global') return origin.spec.methods;
  return undefined;
}

/** For `callbackMethods`: the arguments, with each function argument replaced by what it returns. */
function callbackPayload(call: ts.CallExpression, spec: SinkSpec, method: string): ts.Expression[] | undefined {
  if (!spec.callbackMethods?.includes(method)) return undefined;
  const out: ts.Expression[] = [];
  for (const arg of call.arguments) {
    if (!ts.isArrowFunction(arg) && !ts.isFunctionExpression(arg)) { out.push(arg); continue; }
    if (!ts.isBlock(arg.body)) { out.push(arg.body); continue; }
    const visit = (n: ts.Node): void => {
      if (ts.isFunctionLike(n)) return;
      if (ts.isReturnStatement(n) && n.expression) out.push(n.expression);
      else ts.forEachChild(n, visit);
    };
    ts.forEachChild(arg.body, visit);
  }
  return out;
}

/** Calling the value itself sends (`gtag(…)`, `dbg(…)`, `generateText({ … })`). */
function callSends(origin: SinkOrigin): boolean {
  if (origin.role === 'function') return true;
  if (origin.role === 'instance') return !!origin.spec.instanceCallable;
  return (origin.role === 'module' || origin.role === 'global') && !!origin.spec.callable;
}

/** Constructing or calling the value makes a client (so a variable or field of that type holds one). */
function makesClients(origin: SinkOrigin): boolean {
  if (origin.role === 'factory') return true;
  return origin.role === 'module' && !!origin.spec.factories?.some((f) => f === 'new' || f === '()');
}

/** `declare function gtag(…)`, `declare const Intercom: …`: a global described for the type checker. */
function isAmbient(decl: Declaration): boolean {
  if (ts.isFunctionDeclaration(decl)) return !decl.body;
  if (ts.isVariableDeclaration(decl)) {
    const statement = decl.parent?.parent;
    return !!statement && ts.isVariableStatement(statement)
      && !!statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword) && !decl.initializer;
  }
  return false;
}
