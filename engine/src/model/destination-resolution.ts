/**
 * Where a transfer goes: the URL a call sends to (literals, templates, constants here or imported, a client's
 * base URL, the environment variable or constant that names it), the vendor of an SDK or a model provider, or the
 * destination the config declares. Classifying the URL is `destinations.ts`'s.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import { SINK_CATALOG, specForHost, type SinkSpec } from '../sinks';
import { namesAppBase, namesOwnApi, splitWords } from '../vocabulary';
import type { Declaration } from './scope';
import type { Destination } from './facts';
import { type UrlValue, declaredDestination, urlDestination, vendorDestination, namedUrl, hostOf, vendorSpecOfName } from './destinations';
import { stripParens, propertyNameText, rootIdentifier, calleePath } from './syntax';
import type { FileAnalysis } from './analysis';
import { isEnvironment, Flows } from './flows';
import { type SinkCall, type Env, EMPTY_ENV } from './values';

export abstract class DestinationResolution extends Flows {
  /** Where a transfer goes. */
  destinationOf(sink: SinkCall, env: Env): { destination: Destination; dependsOnParams: boolean; fromParams?: boolean } {
    const found = this.destinationOfUncounted(sink, env);
    // `fetch('https://app.usesend.com/api/v1/emails')` in useSend's own repository (its SDK, `usesend-js`, is a
    // package here): a vendor named by its host is the project itself too.
    const d = found.destination;
    if (d.kind === 'external' && d.host && d.vendor) {
      const spec = specForHost(d.host);
      const own = spec && this.vendorIsProject(spec);
      if (own) return { ...found, destination: { kind: 'internal', label: `${own}, the project's own service (its SDK is a package of this repository)` } };
    }
    // The vendor's SDK itself (a file of the package `usesend-js` posting to the base URL its user may set): what it
    // sends goes to its own service.
    if (d.kind === 'unknown') {
      const sdk = this.ownSdkVendor();
      if (sdk) return { ...found, destination: { kind: 'internal', label: `${sdk}, the service this SDK's own code calls` } };
    }
    return found;
  }

  private destinationOfUncounted(sink: SinkCall, env: Env): { destination: Destination; dependsOnParams: boolean; fromParams?: boolean } {
    const strategy = sink.spec.destination;
    const args = sink.call.arguments ?? [];
    const resolve = (e: ts.Expression | undefined) => (e ? this.resolveUrl(e, env, 0) : undefined);
    let url: UrlValue | undefined;
    if (!strategy) return { destination: { kind: 'unknown', label: sink.callee }, dependsOnParams: false };
    // Novu's API sending through `@novu/node`, a package of Novu's own repository: the vendor is the project itself.
    const ownVendor = this.vendorIsProject(sink.spec);
    if (ownVendor) {
      return { destination: { kind: 'internal', label: `${ownVendor}, the project's own service (its SDK is a package of this repository)` },
        dependsOnParams: false };
    }
    switch (strategy.kind) {
      case 'sdk':
        return { destination: this.vendorDestination(sink.spec), dependsOnParams: false };
      case 'declared':
        return { destination: declaredDestination(strategy.target, this.config), dependsOnParams: false };
      case 'modelProvider': {
        // `generateText({ model: openai('gpt-4o') })` with `import { openai } from '@ai-sdk/openai'`: OpenAI.
        const options = strategy.fromCreation ? (!sink.origin.analysis || sink.origin.analysis === this.analysis ? sink.origin.creation?.arguments?.[0] : undefined) : args[0];
        const model = options ? this.objectProperty(options, strategy.field, strategy.fromCreation ? EMPTY_ENV : env) : undefined;
        const made = model && stripParens(model);
        const maker = made && (ts.isCallExpression(made) || ts.isNewExpression(made)) ? stripParens(made.expression) : made;
        const root = maker && ts.isPropertyAccessExpression(maker) ? stripParens(maker.expression) : maker;
        const decl = root && ts.isIdentifier(root) ? this.scope.resolve(root) : undefined;
        const holder = decl && (ts.isImportSpecifier(decl) ? decl.parent.parent.parent : ts.isImportClause(decl) ? decl.parent
          : ts.isNamespaceImport(decl) ? decl.parent.parent : undefined);
        const source = holder && ts.isStringLiteral(holder.moduleSpecifier) ? holder.moduleSpecifier.text : undefined;
        const providerId = source !== undefined ? strategy.providers[source] : undefined;
        const provider = providerId ? SINK_CATALOG.find((s) => s.id === providerId) : undefined;
        return { destination: this.vendorDestination(provider ?? sink.spec), dependsOnParams: false };
      }
      case 'clientOption': {
        // `createTransport({ host })`, `new Client({ node })`: the server the client was made for, else the vendor's cloud.
        const maker = sink.origin.first?.analysis ?? sink.origin.analysis ?? this.analysis;
        const option = (sink.origin.first?.creation ?? sink.origin.creation)?.arguments?.[strategy.arg];
        let server: ts.Expression | undefined;
        if (option && ts.isStringLiteralLike(stripParens(option))) server = option;
        else if (option) for (const f of strategy.fields) server ??= maker.objectProperty(option, f, EMPTY_ENV);
        const u = server ? maker.resolveUrl(server, EMPTY_ENV, 0) : undefined;
        if (u && (u.complete || u.text) && u.text) {
          url = /^[a-z][a-z0-9+.-]*:\/\//i.test(u.text) || !u.complete ? u : { ...u, text: `https://${u.text}/` };
          break;
        }
        if (sink.spec.vendor && !server) return { destination: this.vendorDestination(sink.spec), dependsOnParams: false };
        url = u;
        break;
      }
      case 'urlArg': {
        const root = sink.method && sink.spec.chainMethods?.includes(sink.method) ? sink.origin.creation : undefined;
        url = resolve(root ? root.arguments?.[strategy.index] : args[strategy.index]);
        // ofetch's and Nuxt's `$fetch(url, { baseURL })`: the request's own base, when it names one.
        const requestOptions = !root && sink.spec.id === 'fetch' ? args[strategy.index + 1] : undefined;
        const requestBase = requestOptions ? this.objectProperty(requestOptions, 'baseURL', env) : undefined;
        if (requestBase) url = joinUrl(this.resolveUrl(requestBase, env, 0), url);
        if (sink.origin.role === 'instance' && sink.origin.creation) {
          // `got.extend({ prefixUrl })`, `ky.create({ prefixUrl })`.
          const maker = sink.origin.analysis ?? this.analysis;
          const cfg = sink.origin.creation.arguments?.[0];
          const base = cfg ? maker.objectProperty(cfg, 'prefixUrl', EMPTY_ENV) ?? maker.objectProperty(cfg, 'baseURL', EMPTY_ENV) : undefined;
          if (base) url = joinUrl(maker.resolveUrl(base, EMPTY_ENV, 0), url);
        }
        break;
      }
      case 'axios':
        url = this.axiosUrl(sink, env);
        break;
      case 'httpOptions':
        url = sink.origin.role === 'instance'
          ? (sink.origin.analysis ?? this.analysis).httpOptionsUrl(sink.origin.creation?.arguments?.[0], EMPTY_ENV)
          : this.httpOptionsUrl(args[0], env);
        break;
      case 'instance': {
        const creation = sink.origin.creation;
        const maker = sink.origin.analysis ?? this.analysis;
        if (sink.spec.id === 'xhr') url = this.xhrUrl(sink, env);
        else url = creation?.arguments?.[0] ? maker.resolveUrl(creation.arguments[0], EMPTY_ENV, 0) : undefined;
        break;
      }
    }
    const classified = urlDestination(url, sink.spec, this.config);
    // `fetch('https://api.ever.team/…')` in a package whose manifest says `"homepage": "https://ever.team"`: the
    // product's own service, not a third party.
    const destination = classified.kind === 'external' && classified.host && !classified.vendor
      && this.project.isOwnHost(this.sourceFile.fileName, classified.host)
      ? { kind: 'internal' as const, host: classified.host, label: `${classified.host}, the project's own domain (package.json)`, node: classified.node }
      : classified;
    // A request the code cannot place that authenticates as the signed-in user goes to the app's own backend: no
    // third party is handed the user's session.
    if (destination.kind === 'unknown' && sink.spec.family === 'http' && this.carriesOwnSession(sink, env)) {
      return { destination: { kind: 'internal', label: "the app's own backend (the request carries the signed-in user's session)" },
        dependsOnParams: false };
    }
    // `fetch(path, …)` in `passwordAuth(path, …)`: the whole address is what the callers give.
    return { destination, dependsOnParams: !!url?.dependsOnParams, fromParams: !!url?.dependsOnParams && url.text === '' && !url.names?.length };
  }

  /**
   * The vendor's name when the vendor's SDK is a package of the repository being linted (a workspace package or a
   * `paths` alias: `@novu/node` in Novu's own monorepo): the service it calls is the project's own. An SDK installed
   * from the registry is never the project's.
   */
  private vendorIsProject(spec: SinkSpec): string | undefined {
    if (!spec.vendor || !spec.modules?.length) return undefined;
    // Asked for each send of each binding of a helper: decided once per file and vendor.
    let known = this.projectVendors.get(spec);
    if (known === undefined) {
      const file = this.sourceFile.fileName;
      known = spec.modules.some((m) => this.project.isProjectSpecifier(file, m.split('#')[0])) ? spec.vendor.name : null;
      this.projectVendors.set(spec, known);
    }
    return known ?? undefined;
  }
  private readonly projectVendors = new Map<SinkSpec, string | null>();

  /** The vendor whose SDK package this file belongs to (`usesend-js` → useSend), decided once per file. */
  private ownSdkVendor(): string | undefined {
    if (this.ownSdk === undefined) {
      const name = this.project.packageNameOf(this.sourceFile.fileName);
      const spec = name ? SINK_CATALOG.find((s) => s.vendor && s.modules?.some((m) => m.split('#')[0] === name)) : undefined;
      this.ownSdk = spec?.vendor?.name ?? null;
    }
    return this.ownSdk ?? undefined;
  }
  private ownSdk: string | null | undefined;

  /**
   * Whether an HTTP request authenticates with the signed-in user's session: a header whose value is the session
   * token the app keeps in web storage or a cookie (`Authorization: \`Bearer ${localStorage.getItem('token')}\``,
   * `'X-Parse-Session-Token': localStorage.getItem('accesstoken')`), or the browser's cookies sent along
   * (`credentials: 'include'`, axios `withCredentials: true`). Options are read from the call and from the call that
   * made the client (`axios.create({ headers })`).
   */
  private carriesOwnSession(sink: SinkCall, env: Env): boolean {
    const args = sink.call.arguments ?? [];
    // Any argument may be the options (`fetch(url, init)`, `axios.post(url, data, config)`, `axios({ … })`).
    const here = args.map((o) => ({ o, a: this as DestinationResolution, env }));
    const creation = sink.origin.role === 'instance' ? sink.origin.creation?.arguments?.[0] : undefined;
    const maker = (sink.origin.analysis ?? this.analysis) as unknown as DestinationResolution;
    const options = creation ? [...here, { o: creation, a: maker, env: EMPTY_ENV }] : here;
    return options.some(({ o, a, env: e }) => a.optionsCarrySession(o, e, 0));
  }

  private optionsCarrySession(options: ts.Expression, env: Env, depth: number): boolean {
    const lit = this.objectLiteralBehind(options, env, depth);
    if (!lit || depth > 3) return false;
    const a = lit.analysis as unknown as DestinationResolution;
    for (const p of lit.literal.properties) {
      const key = p.name ? propertyNameText(p.name) : undefined;
      if (ts.isSpreadAssignment(p)) {
        if (a.optionsCarrySession(p.expression, lit.env, depth + 1)) return true;
      } else if (ts.isPropertyAssignment(p) && key === 'credentials') {
        const v = stripParens(p.initializer);
        if (ts.isStringLiteralLike(v) && v.text === 'include') return true;
      } else if (ts.isPropertyAssignment(p) && key === 'withCredentials') {
        if (stripParens(p.initializer).kind === ts.SyntaxKind.TrueKeyword) return true;
      } else if ((ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && key === 'headers') {
        const value = ts.isPropertyAssignment(p) ? p.initializer : p.name;
        if (a.headersCarrySession(value, lit.env, depth + 1)) return true;
      }
    }
    return false;
  }

  private headersCarrySession(headers: ts.Expression, env: Env, depth: number): boolean {
    const lit = this.objectLiteralBehind(headers, env, depth);
    if (!lit || depth > 4) return false;
    const a = lit.analysis as unknown as DestinationResolution;
    return lit.literal.properties.some((p) => (ts.isSpreadAssignment(p) ? a.headersCarrySession(p.expression, lit.env, depth + 1)
      : ts.isPropertyAssignment(p) ? a.isSessionRead(p.initializer, 0)
        : ts.isShorthandPropertyAssignment(p) ? a.isSessionRead(p.name, 0) : false));
  }

  /**
   * A read of the session the app keeps for the signed-in user: web storage or a cookie under a session key
   * (`localStorage.getItem('accesstoken')`, `Cookies.get('jwt')`, `sessionStorage.authToken`), directly, in a
   * template (`Bearer ${…}`) or behind a local constant. An API key kept the same way is not a session.
   */
  private isSessionRead(expr: ts.Expression, depth: number): boolean {
    if (depth > 4) return false;
    let e = stripParens(expr);
    while (ts.isAwaitExpression(e) || ts.isNonNullExpression(e) || ts.isAsExpression(e)) e = stripParens(e.expression);
    if (ts.isTemplateExpression(e)) return e.templateSpans.some((s) => this.isSessionRead(s.expression, depth + 1));
    if (ts.isBinaryExpression(e)) {
      const op = e.operatorToken.kind;
      return (op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken)
        && (this.isSessionRead(e.left, depth + 1) || this.isSessionRead(e.right, depth + 1));
    }
    if (ts.isIdentifier(e)) {
      const decl = this.scope.resolve(e);
      return !!decl && ts.isVariableDeclaration(decl) && !!decl.initializer && this.isConstLike(decl)
        && this.isSessionRead(decl.initializer, depth + 1);
    }
    if (ts.isCallExpression(e)) {
      const callee = stripParens(e.expression);
      const key = e.arguments[0] && ts.isStringLiteralLike(stripParens(e.arguments[0])) ? (stripParens(e.arguments[0]) as ts.StringLiteral).text : undefined;
      if (!key || !ts.isPropertyAccessExpression(callee) || !isSessionKey(key)) return false;
      const holder = calleePath(callee.expression);
      return (callee.name.text === 'getItem' && !!holder && WEB_STORAGE.test(holder))
        || (callee.name.text === 'get' && !!holder && COOKIE_READERS.test(holder));
    }
    if (ts.isPropertyAccessExpression(e) || (ts.isElementAccessExpression(e) && ts.isStringLiteralLike(e.argumentExpression))) {
      const key = ts.isPropertyAccessExpression(e) ? e.name.text : (e.argumentExpression as ts.StringLiteral).text;
      const holder = calleePath(e.expression);
      return isSessionKey(key) && !!holder && WEB_STORAGE.test(holder);
    }
    return false;
  }

  /** An SDK's vendor, or the processor or internal host the config registers it as (`destinations.ts`). */
  private vendorDestination(spec: SinkSpec): Destination {
    return vendorDestination(spec, this.config);
  }

  private axiosUrl(sink: SinkCall, env: Env): UrlValue | undefined {
    const args = sink.call.arguments ?? [];
    let url: UrlValue | undefined;
    let config: ts.Expression | undefined;
    if (!sink.method || sink.method === 'request') {
      const first = args[0];
      // `client(options)` in `request(options)` called with `request({ url: '/api/…', data })`: a config object,
      // written here or behind a name or a parameter.
      if (first && (ts.isObjectLiteralExpression(stripParens(first)) || this.objectLiteralBehind(first, env, 0))) config = first;
      else { url = first ? this.resolveUrl(first, env, 0) : undefined; config = args[1]; }
      if (config && !url) {
        const u = this.objectProperty(config, 'url', env);
        url = u ? this.resolveUrl(u, env, 0) : undefined;
        const base = this.objectProperty(config, 'baseURL', env);
        if (base) url = joinUrl(this.resolveUrl(base, env, 0), url);
      }
    } else {
      url = args[0] ? this.resolveUrl(args[0], env, 0) : undefined;
      // The request's own config: `axios.get(url, { baseURL })`, `axios.post(url, data, { baseURL })`.
      const configArg = ['get', 'delete', 'head', 'options'].includes(sink.method) ? args[1] : args[2];
      const base = configArg ? this.objectProperty(configArg, 'baseURL', env) : undefined;
      if (base) url = joinUrl(this.resolveUrl(base, env, 0), url);
    }
    if (sink.origin.role === 'instance' && sink.origin.creation) {
      const maker = sink.origin.analysis ?? this.analysis;
      const cfg = sink.origin.creation.arguments?.[0];
      const base = cfg ? maker.objectProperty(cfg, 'baseURL', EMPTY_ENV) ?? maker.objectProperty(cfg, 'prefixUrl', EMPTY_ENV) : undefined;
      if (base) url = joinUrl(maker.resolveUrl(base, EMPTY_ENV, 0), url);
    }
    return url;
  }

  private httpOptionsUrl(arg: ts.Expression | undefined, env: Env): UrlValue | undefined {
    if (!arg) return undefined;
    const lit = this.objectLiteralBehind(arg, env, 0);
    if (!lit) return this.resolveUrl(arg, env, 0);
    const host = this.objectProperty(arg, 'hostname', env) ?? this.objectProperty(arg, 'host', env);
    const h = host ? this.resolveUrl(host, env, 0) : undefined;
    if (!h || !h.complete) return h ? { ...h, text: '', complete: false } : undefined;
    return { text: `https://${h.text}/`, complete: true, node: h.node, dependsOnParams: h.dependsOnParams };
  }

  private xhrUrl(sink: SinkCall, env: Env): UrlValue | undefined {
    const callee = stripParens(sink.call.expression);
    if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(stripParens(callee.expression))) return undefined;
    const receiver = stripParens(callee.expression) as ts.Identifier;
    const decl = this.scope.resolve(receiver);
    for (const open of this.openCalls.get(receiver.text) ?? []) {
      const r = stripParens((open.expression as ts.PropertyAccessExpression).expression);
      if (ts.isIdentifier(r) && this.scope.resolve(r) === decl && open.arguments[1]) return this.resolveUrl(open.arguments[1], env, 0);
    }
    return undefined;
  }

  /** The expression a property of an object literal holds (`{ to: addr }` → `addr`), behind names and bound parameters. */
  override objectProperty(obj: ts.Expression, key: string, env: Env): ts.Expression | undefined {
    const lit = this.objectLiteralBehind(obj, env, 0);
    if (!lit) return undefined;
    const prop = lit.literal.properties.find((p) => propertyNameText(p.name) === key);
    if (prop && ts.isPropertyAssignment(prop)) return prop.initializer;
    if (prop && ts.isShorthandPropertyAssignment(prop)) return prop.name;
    return undefined;
  }

  /** Resolves a URL expression to its text, or the literal prefix it starts with. */
  resolveUrl(expr: ts.Expression, env: Env, depth: number): UrlValue | undefined {
    if (depth > 16) return undefined;
    const e = stripParens(expr);
    if (ts.isStringLiteralLike(e)) return { text: e.text, complete: true, node: e };
    if (ts.isConditionalExpression(e)) {
      // `prod ? 'https://api.tracker.example' : 'http://localhost:4000'`: the branch that leaves the machine
      // decides (an absolute URL that is not loopback), else the first one resolved.
      const a = this.resolveUrl(e.whenTrue, env, depth + 1);
      const b = this.resolveUrl(e.whenFalse, env, depth + 1);
      if (leavesMachine(a)) return a;
      if (leavesMachine(b)) return b;
      return (a?.text ? a : undefined) ?? (b?.text ? b : undefined) ?? a ?? b;
    }
    if (ts.isTemplateExpression(e)) {
      let text = e.head.text;
      for (const span of e.templateSpans) {
        const part = this.resolveUrl(span.expression, env, depth + 1);
        if (!part || !part.complete) {
          const api = text === '' ? withApiPath(part, span.literal.text, e) : undefined;
          if (api) return api;
          return { text: text + (part?.text ?? ''), complete: false, node: e, dependsOnParams: part?.dependsOnParams,
            ...(text === '' && part?.names ? { names: part.names, fromEnv: part.fromEnv, keptInBrowser: part.keptInBrowser } : {}) };
        }
        text += part.text + span.literal.text;
      }
      return { text, complete: true, node: e };
    }
    if (ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.BarBarToken
      || e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)) {
      // `process.env.API_URL || 'http://localhost:3000'`: a setting with a fallback (see `alternativeUrl`).
      const alternatives: ts.Expression[] = [];
      const collect = (x: ts.Expression): void => {
        const y = stripParens(x);
        if (ts.isBinaryExpression(y) && (y.operatorToken.kind === ts.SyntaxKind.BarBarToken
          || y.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)) { collect(y.left); collect(y.right); } else alternatives.push(y);
      };
      collect(e);
      return alternativeUrl(alternatives.map((x) => this.resolveUrl(x, env, depth + 1)));
    }
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const left = this.resolveUrl(e.left, env, depth + 1);
      if (left && !left.complete && left.text === '' && (left.appBase || left.names?.length)) {
        // `this.options.getBaseUrl() + '/api/v1'`: the app's base with its API's path under it.
        const right = this.resolveUrl(e.right, env, depth + 1);
        return (right?.text ? withApiPath(left, right.text, e) : undefined) ?? left;
      }
      if (!left || !left.complete) return left;
      const right = this.resolveUrl(e.right, env, depth + 1);
      return { text: left.text + (right?.text ?? ''), complete: !!right?.complete, node: left.node,
        dependsOnParams: right?.dependsOnParams };
    }
    // `fetch(new Request(url, init))`: the request's address.
    if (ts.isNewExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'Request' && e.arguments?.[0]) {
      return this.resolveUrl(e.arguments[0], env, depth + 1);
    }
    if (ts.isNewExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'URL' && e.arguments?.[0]) {
      const p = this.resolveUrl(e.arguments[0], env, depth + 1);
      if (p && /^[a-z]+:\/\//i.test(p.text)) return p;
      const base = e.arguments[1] ? this.resolveUrl(e.arguments[1], env, depth + 1) : undefined;
      return base ? joinUrl(base, p) : p;
    }
    // `localStorage.getItem('baseUrl')`: the address of its own server the app keeps in the browser (set at sign-in).
    const stored = storedAddressKey(e);
    if (stored) return { text: '', complete: false, node: e, names: [stored], keptInBrowser: true };
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'toString') {
      return this.resolveUrl(e.expression.expression, env, depth + 1);
    }
    // `url.replace(/\/+$/, '')`, `path.trim()`: the same address, its start unchanged.
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && PREFIX_KEEPING_METHODS.has(e.expression.name.text)) {
      const u = this.resolveUrl(e.expression.expression, env, depth + 1);
      return u && { ...u, complete: false };
    }
    // `['', ...paths].join('/')` (a path joiner): its first part and the separator start it.
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'join') {
      const list = stripParens(e.expression.expression);
      const first = ts.isArrayLiteralExpression(list) ? list.elements[0] : undefined;
      const sep = e.arguments[0] && ts.isStringLiteralLike(e.arguments[0]) ? e.arguments[0].text : undefined;
      if (first && ts.isStringLiteralLike(first) && sep !== undefined && ts.isArrayLiteralExpression(list)) {
        return { text: first.text + (list.elements.length > 1 ? sep : ''), complete: false, node: e };
      }
    }
    if (ts.isPropertyAccessExpression(e) && e.name.text === 'href') return this.resolveUrl(e.expression, env, depth + 1);
    // `location.origin`, `window.location.origin`: this page's own origin.
    if (ts.isPropertyAccessExpression(e) && e.name.text === 'origin' && /^(window\.|globalThis\.|self\.)?location$/.test(e.expression.getText())) {
      return { text: '/', complete: false, node: e };
    }
    if (ts.isCallExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'String' && e.arguments[0]) {
      return this.resolveUrl(e.arguments[0], env, depth + 1);
    }
    // `asString(import.meta.env.VITE_API_URL, window.location.origin)`: a helper of the project that returns one
    // expression, read with its parameters bound to the arguments.
    if (ts.isCallExpression(e)) {
      const target = this.resolveFunction(stripParens(e.expression));
      const body = target?.fn.body;
      const only = body && (ts.isBlock(body) ? (body.statements.length === 1 && ts.isReturnStatement(body.statements[0])
        ? body.statements[0].expression : undefined) : body);
      if (target && only) {
        const bound = target.analysis.bind(target.fn, e.arguments, this.analysis, env);
        return target.analysis.resolveUrl(only, bound, depth + 1);
      }
      // `apiEndpoint()` that returns the hosted API's setting in one branch and the self-hosted one in another: one
      // that leaves the machine decides, else one on it or a named setting.
      const returned = target && body && ts.isBlock(body) ? topLevelReturns(body) : undefined;
      if (target && returned?.length) {
        const bound = target.analysis.bind(target.fn, e.arguments, this.analysis, env);
        const urls = returned.map((x) => target.analysis.resolveUrl(x, bound, depth + 1));
        // (`normalize(base) { if (!base) throw …; return base.endsWith('/') ? base.slice(0, -1) : base }`: what the
        // caller gave.)
        const alternative = urls.find((u) => leavesMachine(u)) ?? urls.find((u) => !!u && (onThisMachine(u) || !!u.names?.length))
          ?? urls.find((u) => !!u?.dependsOnParams);
        if (alternative) return alternative;
      }
      // `this.options.getBaseUrl()`, `this.config.getApiUrl()` of options the code is given: an address only its name
      // says anything about.
      if (!target) {
        const called = stripParens(e.expression);
        if (ts.isPropertyAccessExpression(called) && isThisRooted(called)) return appAddress(e, called.name.text);
      }
    }
    // `this.serverAddress` of `private readonly serverAddress = process.env.WS_SERVER || 'http://ws.local:8008/'`: a
    // field the class sets only where it declares it.
    if (ts.isPropertyAccessExpression(e) && e.expression.kind === ts.SyntaxKind.ThisKeyword) {
      const init = fieldInitializer(e);
      if (init) return this.resolveUrl(init, EMPTY_ENV, depth + 1);
    }
    // `this.options.getApiUrls()[0]`: one of the addresses a name gives.
    if (ts.isElementAccessExpression(e) && ts.isNumericLiteral(e.argumentExpression)) {
      const list = this.resolveUrl(e.expression, env, depth + 1);
      return list && !list.complete && list.text === '' ? list : undefined;
    }
    if (ts.isPropertyAccessExpression(e) || (ts.isElementAccessExpression(e) && ts.isStringLiteralLike(e.argumentExpression))) {
      const key = ts.isPropertyAccessExpression(e) ? e.name.text : (e.argumentExpression as ts.StringLiteral).text;
      const fromNamespace = this.namespaceMember(e.expression, key);
      if (fromNamespace && ts.isVariableDeclaration(fromNamespace.decl) && fromNamespace.decl.initializer) {
        return fromNamespace.analysis.resolveUrl(fromNamespace.decl.initializer, EMPTY_ENV, depth + 1);
      }
      const obj = this.constObjectBehind(e.expression, env, depth + 1);
      if (obj) {
        const prop = obj.literal.properties.find((p) => propertyNameText(p.name) === key);
        // `const env = { apiHost: '' }` filled at start-up (`Object.assign(env, await res.json())`): an empty
        // placeholder says nothing of the address; the setting's name does (`env.apiHost`: the app's own API).
        if (prop && ts.isPropertyAssignment(prop) && ts.isStringLiteralLike(prop.initializer) && prop.initializer.text === '') {
          return namedUrl(e, calleePath(e) ?? key, false);
        }
        if (prop && ts.isPropertyAssignment(prop)) return obj.analysis.resolveUrl(prop.initializer, obj.env, depth + 1);
      }
      // `endpoint.url` with `const endpoint = useMemo(() => (edit ? { url: '/api/x/' + id } : { url: '/api/x' }))`:
      // the objects the inline function returns, taken as a ternary between them is.
      const returned = this.returnedObjects(e.expression);
      if (returned.length) {
        const urls = returned.map((literal) => {
          const prop = literal.properties.find((p) => propertyNameText(p.name) === key);
          return prop && ts.isPropertyAssignment(prop) ? this.resolveUrl(prop.initializer, EMPTY_ENV, depth + 1) : undefined;
        });
        if (urls.every((u) => u?.text)) return urls.find((u) => leavesMachine(u)) ?? urls[0];
      }
      // `process.env.SLACK_WEBHOOK_URL`, `config.crmUrl` of an imported config: not in the code, but named.
      if (isEnvironment(e.expression)) return namedUrl(e, key, true);
      const root = rootIdentifier(e);
      const path = calleePath(e);
      const rootDecl = root && this.scope.resolve(root);
      if (path && !path.includes('()') && rootDecl && this.isModuleLevel(rootDecl)) return namedUrl(e, path, false);
      // `this.apiUrl`, `this.options.baseUrl`: set where the object was made, with only the name to say what it is.
      return isThisRooted(e) ? appAddress(e, key) : undefined;
    }
    if (ts.isIdentifier(e)) {
      const decl = this.scope.resolve(e);
      if (!decl) return undefined;
      if (ts.isParameter(decl)) {
        const bound = env.bindings.get(decl);
        if (bound?.expr) return bound.analysis.resolveUrl(bound.expr, bound.env, depth + 1);
        if (decl.initializer && !bound) return { ...(this.resolveUrl(decl.initializer, env, depth + 1) ?? { text: '', complete: false }), dependsOnParams: true };
        return { text: '', complete: false, dependsOnParams: !bound };
      }
      // `function client({ url, baseUrl }) { … }` called with `client({ url: '/api/x', baseUrl })`: the caller's property.
      if (ts.isBindingElement(decl) && !decl.dotDotDotToken && ts.isObjectBindingPattern(decl.parent) && ts.isParameter(decl.parent.parent)) {
        const bound = env.bindings.get(decl.parent.parent);
        const key = decl.propertyName ? propertyNameText(decl.propertyName) : e.text;
        const value = bound?.expr && key !== undefined ? bound.analysis.objectProperty(bound.expr, key, bound.env) : undefined;
        if (value && bound) return bound.analysis.resolveUrl(value, bound.env, depth + 1);
        // Not bound: the callers give it, as they give a parameter.
        return bound ? undefined : { text: '', complete: false, dependsOnParams: true };
      }
      if (ts.isVariableDeclaration(decl) && decl.initializer && (this.isConstLike(decl) || this.onlyExtended(decl))) {
        const u = this.resolveUrl(decl.initializer, env, depth + 1);
        return this.isModuleLevel(decl) ? namedUrl(e, e.text, false, u) : u;
      }
      // `let basePath = process.env.API ? process.env.API : 'https://api.example.com'; if (desktop) basePath =
      // runtime?.API || basePath;`: each assignment keeps the address as a fallback, so it is one of the alternatives.
      const alternatives = ts.isVariableDeclaration(decl) && decl.initializer ? this.fallbackAssignments(decl) : undefined;
      if (alternatives && ts.isVariableDeclaration(decl) && decl.initializer) {
        const u = alternativeUrl([decl.initializer, ...alternatives].map((x) => this.resolveUrl(x, env, depth + 1)));
        return this.isModuleLevel(decl) ? namedUrl(e, e.text, false, u) : u;
      }
      // `const { SERVER_URL } = useConfiguration()`: a setting taken out of an object the code does not show, named.
      if (ts.isBindingElement(decl) && !decl.dotDotDotToken && ts.isObjectBindingPattern(decl.parent)
        && ts.isVariableDeclaration(decl.parent.parent) && decl.parent.parent.initializer) {
        const key = decl.propertyName ? propertyNameText(decl.propertyName) : e.text;
        const value = key !== undefined ? this.objectProperty(decl.parent.parent.initializer, key, env) : undefined;
        if (value) return this.resolveUrl(value, env, depth + 1);
        // Only a name that says whose it is (the app's own server, a vendor's): a local `url` says nothing a config
        // could map.
        const name = key ?? e.text;
        return namesOwnApi(name) || vendorSpecOfName(name) ? namedUrl(e, name, false) : undefined;
      }
      const imported = this.importedDeclaration(decl);
      if (imported && ts.isVariableDeclaration(imported.decl) && imported.decl.initializer) {
        return namedUrl(e, e.text, false, imported.analysis.resolveUrl(imported.decl.initializer, EMPTY_ENV, depth + 1));
      }
    }
    return undefined;
  }

  /**
   * The values a `let` is given after it is set when each keeps it as the fallback (`x = other || x`, `x = other ?? x`,
   * `x ||= other`): undefined when one assignment replaces it outright.
   */
  private fallbackAssignments(decl: ts.VariableDeclaration): ts.Expression[] | undefined {
    if (!ts.isIdentifier(decl.name)) return undefined;
    const name = decl.name.text;
    const assigned = this.assignments.get(name) ?? [];
    if (!assigned.length) return undefined;
    const out: ts.Expression[] = [];
    for (const right of assigned) {
      const op = ts.isBinaryExpression(right.parent) ? right.parent.operatorToken.kind : undefined;
      if (op === ts.SyntaxKind.BarBarEqualsToken || op === ts.SyntaxKind.QuestionQuestionEqualsToken) { out.push(right); continue; }
      const r = stripParens(right);
      if (!ts.isBinaryExpression(r) || (r.operatorToken.kind !== ts.SyntaxKind.BarBarToken
        && r.operatorToken.kind !== ts.SyntaxKind.QuestionQuestionToken)) return undefined;
      const last = stripParens(r.right);
      if (!ts.isIdentifier(last) || last.text !== name) return undefined;
      out.push(r.left);
    }
    return out;
  }

  /**
   * A `let` the code only trims or extends after it is set (`let url = base + path; if (url.endsWith('/')) url =
   * url.slice(0, -1); url += \`?${query}\``): it keeps the address it started with.
   */
  private onlyExtended(decl: ts.VariableDeclaration): boolean {
    if (!ts.isIdentifier(decl.name)) return false;
    const name = decl.name.text;
    const same = (x: ts.Expression): boolean => { const y = stripParens(x); return ts.isIdentifier(y) && y.text === name; };
    return (this.assignments.get(name) ?? []).every((right) => {
      const op = ts.isBinaryExpression(right.parent) ? right.parent.operatorToken.kind : undefined;
      if (op === ts.SyntaxKind.PlusEqualsToken) return true;
      const r = stripParens(right);
      if (ts.isCallExpression(r) && ts.isPropertyAccessExpression(r.expression) && same(r.expression.expression)) {
        return ADDRESS_KEEPING_METHODS.has(r.expression.name.text);
      }
      if (ts.isBinaryExpression(r) && r.operatorToken.kind === ts.SyntaxKind.PlusToken) return same(r.left);
      return ts.isTemplateExpression(r) && r.head.text === '' && same(r.templateSpans[0].expression);
    });
  }

  /**
   * The object literals a `const` holds by way of an inline function: `useMemo(() => …)`, `computed(() => …)`, an IIFE —
   * each object the function returns (through ternaries). Empty when it is anything else.
   */
  private returnedObjects(expr: ts.Expression): ts.ObjectLiteralExpression[] {
    const e = stripParens(expr);
    if (!ts.isIdentifier(e)) return [];
    const decl = this.scope.resolve(e);
    if (!decl || !ts.isVariableDeclaration(decl) || !decl.initializer || !this.isConstLike(decl)) return [];
    const init = stripParens(decl.initializer);
    if (!ts.isCallExpression(init)) return [];
    const callee = stripParens(init.expression);
    const fn = ts.isArrowFunction(callee) || ts.isFunctionExpression(callee) ? callee
      : init.arguments[0] && (ts.isArrowFunction(init.arguments[0]) || ts.isFunctionExpression(init.arguments[0])) ? init.arguments[0] : undefined;
    if (!fn) return [];
    const out: ts.ObjectLiteralExpression[] = [];
    const collect = (r: ts.Expression): boolean => {
      const x = stripParens(r);
      if (ts.isConditionalExpression(x)) return collect(x.whenTrue) && collect(x.whenFalse);
      if (ts.isObjectLiteralExpression(x)) { out.push(x); return true; }
      return false;
    };
    return this.returnExpressions(fn).every(collect) ? out : [];
  }

  /** A declaration at the top of its module (a constant or an import), whose name a config may give a destination. */
  private isModuleLevel(decl: Declaration): boolean {
    if (ts.isImportSpecifier(decl) || ts.isImportClause(decl) || ts.isNamespaceImport(decl)) return true;
    return ts.isVariableDeclaration(decl) && ts.isVariableStatement(decl.parent.parent) && ts.isSourceFile(decl.parent.parent.parent);
  }

  private constObjectBehind(expr: ts.Expression, env: Env, depth: number):
    { literal: ts.ObjectLiteralExpression; analysis: FileAnalysis; env: Env } | undefined {
    const direct = this.objectLiteralBehind(expr, env, depth);
    if (direct) return direct;
    const e = stripParens(expr);
    if (ts.isIdentifier(e)) {
      const decl = this.scope.resolve(e);
      const imported = decl ? this.importedDeclaration(decl) : undefined;
      if (imported && ts.isVariableDeclaration(imported.decl) && imported.decl.initializer) {
        return imported.analysis.objectLiteralBehind(imported.decl.initializer, EMPTY_ENV, depth);
      }
    }
    if (ts.isPropertyAccessExpression(e)) {
      const outer = this.constObjectBehind(e.expression, env, depth + 1);
      const prop = outer?.literal.properties.find((p) => propertyNameText(p.name) === e.name.text);
      if (outer && prop && ts.isPropertyAssignment(prop)) return outer.analysis.objectLiteralBehind(prop.initializer, outer.env, depth + 1);
    }
    return undefined;
  }
}

/** Web storage, however it is reached (`localStorage`, `window.sessionStorage`). */
const WEB_STORAGE = /^((window|globalThis|self)\.)?(localStorage|sessionStorage)$/;
/** Cookie readers: js-cookie and universal-cookie (`Cookies.get`, `cookies.get`), Next.js `cookies()`. */
const COOKIE_READERS = /^(Cookies|cookies|cookieStore|cookies\(\))$/;
/** Keys a session is kept under (`accesstoken`, `auth_token`, `jwt`, `sessionId`, `token`). */
const SESSION_KEY = /session|access_?token|auth_?token|id_?token|refresh_?token|jwt|bearer|^_?token$|^_?auth$/i;
/** Keys of credentials for other services, kept the same way (a user's own OpenAI key): not the app's session. */
const OTHER_SERVICE_KEY = /api_?key|secret|openai|anthropic|gemini|mistral|groq/i;

function isSessionKey(key: string): boolean {
  return SESSION_KEY.test(key) && !OTHER_SERVICE_KEY.test(key);
}

const LOOPBACK_URL = /^([a-z]+:)?\/\/(localhost|127\.0\.0\.1|\[::1\])([:/]|$)/i;

/** An absolute URL to another machine (not a relative path, not loopback). */
function leavesMachine(u: UrlValue | undefined): boolean {
  return !!u && /^([a-z]+:)?\/\//i.test(u.text) && !LOOPBACK_URL.test(u.text);
}

/**
 * Where one of several addresses goes (`a || b || 'https://…'`, the returns of a helper). One that leaves the machine
 * names where the data goes when nothing is set (`|| 'https://api.tracker.example'`); one on this machine (loopback,
 * this page's origin, a relative path) says the setting names the app's own service, as no third party's default
 * address is localhost. With the app's own API among them (`import.meta.env.VITE_API_URL || window.location.origin ||
 * 'https://invoicing.co'`), a host that leaves is that API's hosted address, unless a catalogue vendor serves it.
 * Settings alone: `undefined`, named as before by the constant or the setting that holds them.
 */
function alternativeUrl(urls: Array<UrlValue | undefined>): UrlValue | undefined {
  const own = urls.find((u) => !!u && onThisMachine(u));
  const ownByName = urls.find((u) => !!u && (!!u.ownApiPath || !!u.keptInBrowser || !!u.names?.some((n) => namesOwnApi(n))));
  const leaving = urls.filter((u) => leavesMachine(u));
  if (leaving.length && (own || ownByName) && leaving.every((u) => !vendorHostOf(u))) return own ?? ownByName;
  if (leaving.length) return leaving[0];
  // `apiUrlOverride ?? this.getApiUrl()`: an address on this machine, else one the code names as the app's API.
  return own ?? ownByName;
}

/** Methods of a string whose result starts as the string did, for an address's start (`replace` keeps a leading `/`). */
const PREFIX_KEEPING_METHODS: ReadonlySet<string> = new Set(['replace', 'replaceAll', 'trimEnd', 'trimRight']);

/** Methods of a string that leave the start of an address as it was (`url.slice(0, -1)`, `url.replace(/\/$/, '')`). */
const ADDRESS_KEEPING_METHODS: ReadonlySet<string> = new Set(['slice', 'substring', 'substr', 'trim', 'trimEnd', 'trimRight',
  'replace', 'replaceAll', 'concat', 'toString']);

/** A literal path of an app's API under its base (`/api`, `/api/v1/users`, `/graphql`, `/trpc`). */
const API_PATH = /^\/(api|graphql|trpc)(?=[/?#]|$)/i;

/**
 * `base` followed by the literal `rest`: when the base is an unresolved address named as the app's own base
 * (`namesAppBase`: `getBaseUrl()`, `process.env.APP_URL`) and `rest` is an API's path, the app's own API.
 */
function withApiPath(base: UrlValue | undefined, rest: string, node: ts.Node): UrlValue | undefined {
  if (!base || base.complete || base.text !== '' || base.dependsOnParams || !API_PATH.test(rest)) return undefined;
  const name = base.appBase ?? base.names?.find((n) => namesAppBase(n));
  if (!name) return undefined;
  return { text: '', complete: false, node, names: base.names?.length ? base.names : [name], fromEnv: base.fromEnv,
    ownApiPath: rest.split(/[?#]/)[0].split('/').slice(0, 3).join('/') };
}

/**
 * An address of an object the code was given (`this.options.apiUrl`), by its name: the app's own API when the name
 * says so (`apiUrl`, `getApiUrls`), an app's base when it says only that (`baseUrl`: what follows decides), else nothing.
 */
function appAddress(node: ts.Node, name: string): UrlValue | undefined {
  // A member's name says less than a setting's: an API's, a backend's or a base's (`this.serverAddress` of a class that
  // talks to a partner's relay is a server's, not the app's).
  if (!splitWords(name).some((w) => APP_MEMBER_WORDS.has(w))) return undefined;
  if (namesOwnApi(name)) return namedUrl(node, name, false);
  return namesAppBase(name) ? { text: '', complete: false, node, appBase: name } : undefined;
}

/** Words of a member's name that may call it the app's address (see `appAddress`). */
const APP_MEMBER_WORDS: ReadonlySet<string> = new Set(['api', 'apis', 'backend', 'base', 'root', 'app', 'origin']);

/**
 * The key of `localStorage.getItem('baseUrl')` (also `sessionStorage`, through `window.`) when it names the app's own
 * server or base (`namesAppBase`, `namesOwnApi`): an address the app wrote there itself.
 */
function storedAddressKey(e: ts.Expression): string | undefined {
  if (!ts.isCallExpression(e) || !ts.isPropertyAccessExpression(e.expression) || e.expression.name.text !== 'getItem') return undefined;
  const key = e.arguments[0];
  if (!key || !ts.isStringLiteralLike(key)) return undefined;
  const store = e.expression.expression.getText().replace(/^(window|globalThis|self)\./, '');
  if (store !== 'localStorage' && store !== 'sessionStorage') return undefined;
  return namesAppBase(key.text) || namesOwnApi(key.text) ? key.text : undefined;
}

/** `this.x`, `this.options.getBaseUrl`: a member reached from `this`. */
function isThisRooted(e: ts.Expression): boolean {
  let x: ts.Expression = e;
  while (ts.isPropertyAccessExpression(x) || ts.isCallExpression(x) || ts.isElementAccessExpression(x) || ts.isParenthesizedExpression(x)
    || ts.isNonNullExpression(x)) x = x.expression;
  return x.kind === ts.SyntaxKind.ThisKeyword;
}

/** The expressions a function body returns, when every return is a statement of the body or of its `if`s (a few). */
function topLevelReturns(body: ts.Block): ts.Expression[] | undefined {
  const out: ts.Expression[] = [];
  const visit = (st: ts.Statement): boolean => {
    if (ts.isReturnStatement(st)) { if (!st.expression) return false; out.push(st.expression); return true; }
    if (ts.isIfStatement(st)) return visit(st.thenStatement) && (!st.elseStatement || visit(st.elseStatement));
    if (ts.isBlock(st)) return st.statements.every(visit);
    // (`if (!base) throw new Error('not configured')`: no address comes out that way.)
    return ts.isExpressionStatement(st) || ts.isVariableStatement(st) || ts.isEmptyStatement(st) || ts.isThrowStatement(st);
  };
  return body.statements.every(visit) && out.length >= 1 && out.length <= 4 ? out : undefined;
}

/** The initializer of the field `this.x` names, when the class never assigns the field anywhere else. */
function fieldInitializer(access: ts.PropertyAccessExpression): ts.Expression | undefined {
  const cls = ts.findAncestor(access, ts.isClassLike);
  if (!cls) return undefined;
  const name = access.name.text;
  let byName = fieldInitializers.get(cls);
  if (!byName) { byName = new Map(); fieldInitializers.set(cls, byName); }
  let found = byName.get(name);
  if (found === undefined) { found = soleFieldInitializer(cls, name) ?? null; byName.set(name, found); }
  return found ?? undefined;
}
const fieldInitializers = new WeakMap<ts.ClassLikeDeclaration, Map<string, ts.Expression | null>>();

function soleFieldInitializer(cls: ts.ClassLikeDeclaration, name: string): ts.Expression | undefined {
  const field = cls.members.find((m): m is ts.PropertyDeclaration => ts.isPropertyDeclaration(m) && !!m.initializer
    && propertyNameText(m.name) === name);
  if (!field?.initializer) return undefined;
  let assigned = false;
  const visit = (n: ts.Node): void => {
    if (assigned) return;
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(n.left)
      && n.left.expression.kind === ts.SyntaxKind.ThisKeyword && n.left.name.text === name) { assigned = true; return; }
    ts.forEachChild(n, visit);
  };
  for (const m of cls.members) if (m !== field) visit(m);
  return assigned ? undefined : field.initializer;
}

/** The catalogue vendor whose API host an absolute URL names (`https://api.segment.io/v1`). */
function vendorHostOf(u: UrlValue | undefined): SinkSpec | undefined {
  const host = u && hostOf(u);
  return host ? specForHost(host) : undefined;
}

/** A URL that stays on this machine or this site: loopback, or a path (`/api`, this page's `location.origin`). */
function onThisMachine(u: UrlValue): boolean {
  return LOOPBACK_URL.test(u.text) || u.text.startsWith('/') && !u.text.startsWith('//');
}

function joinUrl(base: UrlValue | undefined, rel: UrlValue | undefined): UrlValue | undefined {
  if (!rel) return base ? { ...base, complete: false } : undefined;
  if (/^[a-z]+:\/\//i.test(rel.text) || !base) return rel;
  if (!base.complete) return base;
  const b = base.text.replace(/\/+$/, '');
  const r = rel.text.replace(/^\/+/, '');
  return { text: `${b}/${r}`, complete: rel.complete, node: base.node, dependsOnParams: base.dependsOnParams || rel.dependsOnParams };
}
