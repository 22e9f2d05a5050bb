/**
 * What the suggestions of the transfer, marketing and module rules change. All change behaviour or policy, so the
 * user picks them: wrap a send in a check by a guard (a consent check, an opt-out check), register the destination
 * as a processor, or allow a module to handle My Numbers or sensitive data (the last two edit privacy-lint.json).
 * Their titles are the rules' (by message id).
 */
import ts = require('typescript');
import * as path from 'node:path';
import type { Fix } from './fixer';
import type { ResolvedConfig } from './config/types';
import type { PersonalValue, TransferSite } from './model/facts';
import type { FileAnalysis } from './model/analysis';
import { configFileName } from './config/load';
import { relativePosixPath } from './config/globs';

/** Where a suggestion that edits the configuration writes: the config in force, or a new one beside the code. */
function configFileOf(config: ResolvedConfig): string {
  return config.configFile ?? path.join(config.baseDir, configFileName);
}

/** The statement to guard: the one holding the call, directly in a block (undefined for a concise arrow body). */
function enclosingStatement(node: ts.Node): ts.Statement | undefined {
  let n: ts.Node = node;
  while (n.parent && !ts.isBlock(n.parent) && !ts.isSourceFile(n.parent) && !ts.isCaseClause(n.parent)
    && !ts.isDefaultClause(n.parent) && !ts.isModuleBlock(n.parent)) {
    if (ts.isFunctionLike(n.parent) || ts.isClassLike(n.parent)) return undefined;
    n = n.parent;
  }
  return n.parent && ts.isStatement(n) ? n : undefined;
}

function enclosingFunction(node: ts.Node): ts.SignatureDeclaration | undefined {
  for (let n = node.parent; n; n = n.parent) if (ts.isFunctionLike(n)) return n;
  return undefined;
}

function isAsync(fn: ts.SignatureDeclaration | undefined): boolean {
  return !!fn && (ts.getCombinedModifierFlags(fn as ts.Declaration) & ts.ModifierFlags.Async) !== 0;
}

/** Whether a type annotation names a promise (`Promise<…>`, `PromiseLike<…>`, or a union with one). */
function isPromiseTypeNode(type: ts.TypeNode): boolean {
  if (ts.isUnionTypeNode(type)) return type.types.some(isPromiseTypeNode);
  if (ts.isParenthesizedTypeNode(type)) return isPromiseTypeNode(type.type);
  return ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && /^Promise(Like)?$/.test(type.typeName.text);
}

/**
 * Whether a declaration of the guard says it returns a promise (`async`, a `Promise<…>` return type): true or
 * false when it says, undefined when this is no function we can read (the caller then plays safe).
 */
function declaresPromise(decl: ts.Node | undefined): boolean | undefined {
  if (!decl) return undefined;
  if ((ts.isVariableDeclaration(decl) || ts.isPropertySignature(decl) || ts.isPropertyDeclaration(decl)) && decl.type) {
    return ts.isFunctionTypeNode(decl.type) ? declaresPromise(decl.type) : undefined;
  }
  if ((ts.isVariableDeclaration(decl) || ts.isPropertyDeclaration(decl)) && decl.initializer) return declaresPromise(decl.initializer);
  if (ts.isPropertyAssignment(decl)) return declaresPromise(decl.initializer);
  if (ts.isParenthesizedExpression(decl)) return declaresPromise(decl.expression);
  if (!ts.isFunctionLike(decl)) return undefined;
  if ((ts.getCombinedModifierFlags(decl as ts.Declaration) & ts.ModifierFlags.Async) !== 0) return true;
  return !!decl.type && isPromiseTypeNode(decl.type);
}

/** The declaration of a top-level function or const named `name` in a file. */
function topLevelDeclaration(sf: ts.SourceFile, name: string): ts.Node | undefined {
  for (const s of sf.statements) {
    if (ts.isFunctionDeclaration(s) && s.name?.text === name) return s;
    if (ts.isVariableStatement(s)) {
      const d = s.declarationList.declarations.find((v) => ts.isIdentifier(v.name) && v.name.text === name);
      if (d) return d;
    }
  }
  return undefined;
}

/** The member `name` of an object a declaration describes (`declare const consent: { isGranted(…): … }`, `{ async isGranted() {} }`). */
function memberDeclaration(decl: ts.Node | undefined, name: string): ts.Node | undefined {
  if (!decl || !ts.isVariableDeclaration(decl)) return undefined;
  const members: readonly ts.Node[] | undefined = decl.type && ts.isTypeLiteralNode(decl.type) ? decl.type.members
    : decl.initializer && ts.isObjectLiteralExpression(decl.initializer) ? decl.initializer.properties : undefined;
  return members?.find((m) => {
    const n = (m as ts.NamedDeclaration).name;
    return !!n && (ts.isIdentifier(n) || ts.isStringLiteral(n)) && n.text === name;
  });
}

/** Whether a type is a promise, or a union with one (awaiting it is then needed). */
function isPromiseType(type: ts.Type): boolean {
  if (type.isUnion()) return type.types.some(isPromiseType);
  return /^Promise(Like)?$/.test(type.getSymbol()?.name ?? '');
}

/**
 * The guard's call signatures as the checker sees them at `at`: undefined when its name is not in scope there, none
 * when the checker cannot tell (`any`, an unknown member, an import it cannot resolve).
 */
function checkerSignatures(guard: string, at: ts.Node, checker: ts.TypeChecker): readonly ts.Signature[] | undefined {
  // Asked twice per suggestion (can it be called, does it return a promise), at the same statement.
  let byGuard = signaturesMemo.get(at);
  if (!byGuard) { byGuard = new Map(); signaturesMemo.set(at, byGuard); }
  if (byGuard.has(guard)) return byGuard.get(guard);
  const found = checkerSignaturesUncached(guard, at, checker);
  byGuard.set(guard, found);
  return found;
}
const signaturesMemo = new WeakMap<ts.Node, Map<string, readonly ts.Signature[] | undefined>>();

function checkerSignaturesUncached(guard: string, at: ts.Node, checker: ts.TypeChecker): readonly ts.Signature[] | undefined {
  const [head, ...rest] = guard.split('.');
  // One name looked up (listing every symbol in scope, the lib's globals included, cost more than the lint of a file).
  let symbol = checker.resolveName(head, at, ts.SymbolFlags.Value | ts.SymbolFlags.Alias, false);
  if (!symbol) return undefined;
  if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  if (symbol.flags & ts.SymbolFlags.Alias) return [];
  let type: ts.Type | undefined = checker.getTypeOfSymbolAtLocation(symbol, at);
  for (const member of rest) {
    const property: ts.Symbol | undefined = type?.getProperty(member);
    type = property ? checker.getTypeOfSymbolAtLocation(property, at) : undefined;
  }
  return type?.getCallSignatures() ?? [];
}

/**
 * Whether the guard returns a promise: from the checker, else from its declaration here or in the module it
 * comes from. Undefined when neither can tell (the guard is not declared where we can see it).
 */
function guardReturnsPromise(guard: string, at: ts.Node, analysis: FileAnalysis): boolean | undefined {
  const checker = analysis.project.checker;
  // `any` or an unknown member: the checker cannot tell, the declarations may.
  const signatures = checker && checkerSignatures(guard, at, checker);
  if (checker && signatures?.length) return signatures.some((sig) => isPromiseType(checker.getReturnTypeOfSignature(sig)));
  const rest = guard.split('.').slice(1);
  if (rest.length > 1) return undefined;
  const { decl } = syntacticGuard(guard, analysis);
  return decl ? declaresPromise(decl) : undefined;
}

/**
 * The guard as written in this file: whether its name is bound here at all (declared, `declare`d or imported), and
 * its declaration when we can see it (here, or in the project module an import names).
 */
function syntacticGuard(guard: string, analysis: FileAnalysis): { bound: boolean; decl?: ts.Node } {
  // The same for every suggestion of a file (a file with many transfers asks it for each, twice).
  let byGuard = syntacticMemo.get(analysis);
  if (!byGuard) { byGuard = new Map(); syntacticMemo.set(analysis, byGuard); }
  let found = byGuard.get(guard);
  if (!found) { found = syntacticGuardUncached(guard, analysis); byGuard.set(guard, found); }
  return found;
}
const syntacticMemo = new WeakMap<FileAnalysis, Map<string, { bound: boolean; decl?: ts.Node }>>();

function syntacticGuardUncached(guard: string, analysis: FileAnalysis): { bound: boolean; decl?: ts.Node } {
  const [head, ...rest] = guard.split('.');
  const sf = analysis.sourceFile;
  const local = topLevelDeclaration(sf, head);
  if (local) return { bound: true, decl: rest.length ? memberDeclaration(local, rest[0]) : local };
  for (const s of sf.statements) {
    if (!ts.isImportDeclaration(s) || !ts.isStringLiteral(s.moduleSpecifier)) continue;
    const clause = s.importClause;
    const bindings = clause?.namedBindings;
    let exported: string | undefined;
    let member: string | undefined = rest[0];
    if (bindings && ts.isNamedImports(bindings)) {
      const element = bindings.elements.find((e) => e.name.text === head);
      if (element) exported = (element.propertyName ?? element.name).text;
    } else if (bindings && ts.isNamespaceImport(bindings) && bindings.name.text === head && member) {
      // `import * as consent from './consent'` and `consent.isGranted`: the module's own `isGranted`.
      exported = member;
      member = undefined;
    }
    if (!exported) {
      if (clause?.name?.text === head || (bindings && ts.isNamespaceImport(bindings) && bindings.name.text === head)) return { bound: true };
      continue;
    }
    const target = analysis.project.resolveImport(sf.fileName, s.moduleSpecifier.text);
    const targetFile = target ? analysis.project.sourceFile(target) : undefined;
    const decl = targetFile ? topLevelDeclaration(targetFile, exported) : undefined;
    return { bound: true, decl: member ? memberDeclaration(decl, member) : decl };
  }
  return { bound: false };
}

/** Parameters a call must pass (not optional, no default, not a rest parameter). */
function requiredParameters(parameters: readonly ts.ParameterDeclaration[]): number {
  return parameters.filter((p) => !p.questionToken && !p.initializer && !p.dotDotDotToken).length;
}

/**
 * Whether the guard can be called here and how many arguments it needs at least: from the checker when it knows
 * the name, else from the file's own declarations and imports. Unbound names (a guard the file does not import)
 * cannot be called: the suggestion would not compile.
 */
function guardCallable(guard: string, at: ts.Node, analysis: FileAnalysis): { callable: boolean; required?: number; names?: string[] } {
  const checker = analysis.project.checker;
  if (checker) {
    const signatures = checkerSignatures(guard, at, checker);
    if (!signatures) return { callable: false };
    if (!signatures.length) return { callable: true };
    // The signature that needs the fewest arguments, and the names of its parameters (for the placeholders).
    const shapes = signatures.map((sig) => {
      const params = sig.getParameters().map((p) => p.valueDeclaration).filter((d): d is ts.ParameterDeclaration => !!d && ts.isParameter(d));
      return { required: requiredParameters(params), names: params.map(parameterName) };
    }).sort((a, b) => a.required - b.required);
    return { callable: true, ...shapes[0] };
  }
  const { bound, decl } = syntacticGuard(guard, analysis);
  if (!bound) return { callable: false };
  const fn = decl && ts.isVariableDeclaration(decl) ? decl.initializer : decl;
  return fn && ts.isFunctionLike(fn)
    ? { callable: true, required: requiredParameters(fn.parameters), names: fn.parameters.map(parameterName) }
    : { callable: true };
}

/** A parameter's name for a placeholder (`purpose`), or a made-up one for a destructured parameter. */
function parameterName(p: ts.ParameterDeclaration, index: number): string {
  return ts.isIdentifier(p.name) ? p.name.text : `arg${index + 1}`;
}

/**
 * An argument the user has to fill in: `<purpose>`. It is not valid code anywhere (TypeScript, JavaScript, TSX), so
 * the file does not compile, and the linter reports a parse error instead of the transfer, until it is filled in:
 * a guard that compiles with a made-up purpose would silence the rule while asking nobody's consent.
 */
function placeholder(name: string): string {
  return `<${name}>`;
}

/**
 * The person the value belongs to (`c` of `c.email`; with `whole`, also `user` itself when the value is the record),
 * when the guard can be asked about them at the statement.
 */
function personArgument(value: PersonalValue, statement: ts.Statement, whole = false): string {
  let e: ts.Node = value.node;
  while (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) e = e.expression;
  const sf = statement.getSourceFile();
  // A value found inside a helper in another file names nobody here.
  if (!ts.isIdentifier(e) || (e === value.node && !whole) || e.getSourceFile() !== sf) return '';
  // A name declared inside the statement itself is not in scope before it.
  const declaredInside = (function find(n: ts.Node): boolean {
    if ((ts.isVariableDeclaration(n) || ts.isParameter(n) || ts.isBindingElement(n)) && ts.isIdentifier(n.name) && n.name.text === (e as ts.Identifier).text) return true;
    return ts.forEachChild(n, find) ?? false;
  })(statement);
  return declaredInside ? '' : e.getText(sf);
}

/** Offsets inside a node where a line break belongs to a string or template (indenting the next line would change it). */
function literalSpans(node: ts.Node, sf: ts.SourceFile): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  (function visit(n: ts.Node): void {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n)
      || ts.isTemplateTail(n)) {
      spans.push([n.getStart(sf), n.getEnd()]);
    }
    ts.forEachChild(n, visit);
  })(node);
  return spans;
}

/** The statement's text with every line after the first indented one more level, except lines inside literals. */
function indentedBody(statement: ts.Statement, sf: ts.SourceFile, unit: string, eol: string): string {
  const start = statement.getStart(sf);
  const text = sf.text.slice(start, statement.getEnd());
  const spans = literalSpans(statement, sf);
  const insideLiteral = (offset: number): boolean => spans.some(([s, e]) => offset > s && offset < e);
  let out = '';
  let line = 0;
  for (const m of text.matchAll(/([^\r\n]*)(\r?\n|$)/g)) {
    if (m[0] === '') break;
    const lineStart = start + m.index!;
    const indent = line > 0 && m[1] !== '' && !insideLiteral(lineStart) ? unit : '';
    // Line breaks inside a literal are part of its value: keep them as they are.
    const lineEnd = m[2] && insideLiteral(lineStart + m[1].length) ? m[2] : m[2] ? eol : '';
    out += indent + m[1] + lineEnd;
    line++;
  }
  return out;
}

/**
 * "Wrap in a consent check" (`transfers.consentGuards`), "Wrap in an opt-out check" (`marketing.optOutGuards`):
 * `if (await hasConsent(c)) { … }` around an expression statement, or `if (!(await hasConsent(c))) return;` before a
 * declaration or return (whose names are used after it). A `blocking` guard says no when it holds (`isOptedOut(u)`):
 * the send then goes in `if (!(await isOptedOut(u))) { … }`, or after `if (await isOptedOut(u)) return;`. The
 * person is the record a value is read from (`c` of `c.email`; with `whole`, also the record itself). The guard is
 * awaited when it returns a promise, or when we cannot tell (awaiting a boolean is harmless; a promise left
 * unawaited would always pass, and the check would look done); not offered where such an `await` cannot go, or
 * where nothing can return. Data: `guard`, and `fill` (the arguments left to fill in) when there are some.
 */
export function guardWrapFix(call: ts.Node, value: PersonalValue, guard: string, blocking: boolean, whole: boolean,
  analysis: FileAnalysis): Fix | undefined {
  const statement = enclosingStatement(call);
  if (!statement) return undefined;
  const fn = enclosingFunction(statement);
  // Only a guard the file can call (an unbound name would not compile, and would still silence the rule, which
  // recognises the guard by name). The person goes first; every other required argument (`hasConsent(customer,
  // purpose)`) is a placeholder to fill in, named after the parameter.
  const person = personArgument(value, statement, whole);
  const callable = guardCallable(guard, statement, analysis);
  if (!callable.callable) return undefined;
  const args: string[] = [];
  const toFill: string[] = [];
  for (let i = 0; i < Math.max(callable.required ?? 0, person ? 1 : 0); i++) {
    if (i === 0 && person) {
      args.push(person);
    } else {
      toFill.push(placeholder(callable.names?.[i] ?? `arg${i + 1}`));
      args.push(toFill.at(-1)!);
    }
  }
  // A guard we cannot see is taken for one that returns a promise: an unawaited promise would always pass.
  const awaited = guardReturnsPromise(guard, statement, analysis) ?? true;
  if (awaited && !isAsync(fn)) return undefined;
  const sf = statement.getSourceFile();
  const guardCall = `${guard}(${args.join(', ')})`;
  const condition = awaited ? `await ${guardCall}` : guardCall;
  const passes = blocking ? `!${awaited ? `(${condition})` : condition}` : condition;
  const fails = blocking ? condition : `!${awaited ? `(${condition})` : condition}`;
  const start = statement.getStart(sf);
  const lineStart = sf.text.lastIndexOf('\n', start - 1) + 1;
  const indent = /^[ \t]*/.exec(sf.text.slice(lineStart, start))![0];
  const eol = sf.text.includes('\r\n') ? '\r\n' : '\n';
  const unit = indent.includes('\t') ? '\t' : '  ';
  const data: Record<string, string> = toFill.length ? { guard, fill: toFill.map((p) => `\`${p}\``).join(', ') } : { guard };
  const toSelect = toFill.length ? { placeholder: toFill[0] } : {};
  if (ts.isExpressionStatement(statement)) {
    const body = indentedBody(statement, sf, unit, eol);
    return {
      edits: [{ file: sf.fileName, start, end: statement.getEnd(), text: `if (${passes}) {${eol}${indent}${unit}${body}${eol}${indent}}` }],
      ...toSelect,
      data,
    };
  }
  const inLoop = (function loop(n: ts.Node | undefined): boolean {
    for (; n && n !== fn; n = n.parent) if (ts.isIterationStatement(n, false)) return true;
    return false;
  })(statement.parent);
  if (!fn && !inLoop) return undefined;
  const exit = inLoop ? 'continue' : 'return';
  return { edits: [{ file: sf.fileName, start, end: start, text: `if (${fails}) ${exit};${eol}${indent}` }], ...toSelect, data };
}

/** Second-level labels under which companies register (`example.co.jp`, `example.co.uk`). */
const SECOND_LEVEL = /^(?:co|ne|or|ac|go|ed|gr|lg|com|net|org|gov)$/;

/** The vendor a host belongs to, as its registrable domain (`api.partner.example.co.jp` → `example.co.jp`). */
function vendorOfHost(host: string): string {
  const labels = host.split('.');
  const keep = labels.length >= 3 && SECOND_LEVEL.test(labels[labels.length - 2]) && labels[labels.length - 1].length === 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/**
 * "Register `host` as a processor in privacy-lint.json". Registering turns a provision to a third party into
 * entrustment (委託): a legal decision for the lead (is there an entrustment contract? where is the data
 * handled?), not a code fix, and the title says so. The entry names the vendor (its domain, to be corrected to the
 * company's name) and leaves the country as `XX`, selected for the lead to fill in: until then the processor
 * counts as abroad, so its transfers still need consent. A country-code domain is no proof of where data is handled,
 * so the country is never guessed.
 */
export function registerProcessorFix(site: TransferSite, config: ResolvedConfig): Fix | undefined {
  const host = site.destination.host;
  if (!host || site.destination.kind !== 'external' || /[*?]/.test(host)) return undefined;
  const placeholder = 'XX';
  return {
    edits: [],
    configEdit: {
      file: configFileOf(config), path: ['transfers', 'processors'],
      value: { host, name: vendorOfHost(host), country: placeholder },
      placeholder,
    },
    data: { host },
  };
}

/** "Allow this module in privacy-lint.json": adds the file to `permittedModules` of a section. Data: `module`. */
export function permitModuleFix(file: string, config: ResolvedConfig, section: 'myNumber' | 'sensitiveData'): Fix | undefined {
  const module = relativePosixPath(file, config.baseDir);
  if (!module) return undefined;
  return {
    edits: [],
    configEdit: { file: configFileOf(config), path: [section, 'permittedModules'], value: module },
    data: { module },
  };
}
