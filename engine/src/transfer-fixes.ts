/**
 * Suggestions of the transfer and My Number rules. All change behaviour or policy, so the user picks them:
 * wrap a transfer in a consent check built from the first `transfers.consentGuards` entry, register the
 * destination as a processor, or allow a module to handle My Numbers (the last two edit privacy-lint.json).
 */
import ts = require('typescript');
import * as path from 'node:path';
import type { FixSuggestion } from './types';
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

/** Whether a function declaration says it returns a promise (`async`, or a `Promise<…>` return type). */
function declaresPromise(decl: ts.Node | undefined): boolean {
  if (!decl) return false;
  if (ts.isVariableDeclaration(decl) && decl.initializer) return declaresPromise(decl.initializer);
  if (!ts.isFunctionLike(decl)) return false;
  if ((ts.getCombinedModifierFlags(decl as ts.Declaration) & ts.ModifierFlags.Async) !== 0) return true;
  const type = decl.type;
  return !!type && ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && type.typeName.text === 'Promise';
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

/** Whether the guard returns a promise: from the checker, else from its declaration here or in the module it comes from. */
function guardReturnsPromise(guard: string, at: ts.Node, analysis: FileAnalysis): boolean {
  const [head, ...rest] = guard.split('.');
  const checker = analysis.project.checker;
  if (checker) {
    let symbol = checker.getSymbolsInScope(at, ts.SymbolFlags.Value | ts.SymbolFlags.Alias).find((s) => s.name === head);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    if (symbol) {
      let type = checker.getTypeOfSymbolAtLocation(symbol, at);
      for (const member of rest) {
        const property = type.getProperty(member);
        if (!property) return false;
        type = checker.getTypeOfSymbolAtLocation(property, at);
      }
      return type.getCallSignatures().some((sig) => {
        const returned = checker.getReturnTypeOfSignature(sig);
        return returned.getSymbol()?.name === 'Promise';
      });
    }
  }
  if (rest.length) return false;
  const sf = analysis.sourceFile;
  const local = topLevelDeclaration(sf, head);
  if (local) return declaresPromise(local);
  for (const s of sf.statements) {
    if (!ts.isImportDeclaration(s) || !ts.isStringLiteral(s.moduleSpecifier)) continue;
    const named = s.importClause?.namedBindings;
    const element = named && ts.isNamedImports(named) ? named.elements.find((e) => e.name.text === head) : undefined;
    if (!element) continue;
    const target = analysis.project.resolveImport(sf.fileName, s.moduleSpecifier.text);
    const targetFile = target ? analysis.project.sourceFile(target) : undefined;
    return !!targetFile && declaresPromise(topLevelDeclaration(targetFile, (element.propertyName ?? element.name).text));
  }
  return false;
}

/** The person the value belongs to (`c` of `c.email`), when the guard can be asked about them at the statement. */
function personArgument(value: PersonalValue, statement: ts.Statement): string {
  let e: ts.Node = value.node;
  while (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) e = e.expression;
  if (!ts.isIdentifier(e) || e === value.node) return '';
  const sf = statement.getSourceFile();
  // A name declared inside the statement itself is not in scope before it.
  const declaredInside = (function find(n: ts.Node): boolean {
    if ((ts.isVariableDeclaration(n) || ts.isParameter(n) || ts.isBindingElement(n)) && ts.isIdentifier(n.name) && n.name.text === (e as ts.Identifier).text) return true;
    return ts.forEachChild(n, find) ?? false;
  })(statement);
  return declaredInside ? '' : e.getText(sf);
}

/**
 * "Wrap in a consent check": `if (await hasConsent(c)) { … }` around an expression statement, or
 * `if (!(await hasConsent(c))) return;` before a declaration or return (whose names are used after it). The
 * guard is awaited when it returns a promise; not offered where `await` cannot go or nothing can return.
 */
export function consentGuardSuggestion(site: TransferSite, value: PersonalValue, config: ResolvedConfig, analysis: FileAnalysis): FixSuggestion | undefined {
  const guard = config.transfers.consentGuards[0];
  if (!guard) return undefined;
  const statement = enclosingStatement(site.call);
  if (!statement) return undefined;
  const fn = enclosingFunction(statement);
  const awaited = guardReturnsPromise(guard, statement, analysis);
  if (awaited && !isAsync(fn)) return undefined;
  const sf = statement.getSourceFile();
  const condition = `${awaited ? 'await ' : ''}${guard}(${personArgument(value, statement)})`;
  const start = statement.getStart(sf);
  const lineStart = sf.text.lastIndexOf('\n', start - 1) + 1;
  const indent = /^[ \t]*/.exec(sf.text.slice(lineStart, start))![0];
  const eol = sf.text.includes('\r\n') ? '\r\n' : '\n';
  const unit = indent.includes('\t') ? '\t' : '  ';
  const title = { en: `Wrap in a consent check (\`${guard}\`)`, ja: `同意確認（\`${guard}\`）で囲む` };
  if (ts.isExpressionStatement(statement)) {
    const body = sf.text.slice(start, statement.getEnd()).split(/\r?\n/).map((line, i) => (i === 0 || line === '' ? line : unit + line)).join(eol);
    return {
      kind: 'consent-guard', title,
      edits: [{ file: sf.fileName, start, end: statement.getEnd(), text: `if (${condition}) {${eol}${indent}${unit}${body}${eol}${indent}}` }],
    };
  }
  const inLoop = (function loop(n: ts.Node | undefined): boolean {
    for (; n && n !== fn; n = n.parent) if (ts.isIterationStatement(n, false)) return true;
    return false;
  })(statement.parent);
  if (!fn && !inLoop) return undefined;
  const exit = inLoop ? 'continue' : 'return';
  return {
    kind: 'consent-guard', title,
    edits: [{ file: sf.fileName, start, end: start, text: `if (!(${condition})) ${exit};${eol}${indent}` }],
  };
}

/** A country guessed from a country-code top-level domain (`.jp` → JP); undefined for `.com` and the like. */
function countryOfHost(host: string): string | undefined {
  const tld = /\.([a-z]{2})$/i.exec(host)?.[1]?.toUpperCase();
  if (!tld) return undefined;
  return tld === 'UK' ? 'GB' : tld;
}

/** "Register `host` as a processor in privacy-lint.json": the country is left for the lead to fill in when unknown. */
export function registerProcessorSuggestion(site: TransferSite, config: ResolvedConfig): FixSuggestion | undefined {
  const host = site.destination.host;
  if (!host || site.destination.kind !== 'external' || /[*?]/.test(host)) return undefined;
  const country = countryOfHost(host);
  const placeholder = 'XX';
  return {
    kind: 'register-processor',
    title: { en: `Register \`${host}\` as a processor in privacy-lint.json`, ja: `\`${host}\` を委託先として privacy-lint.json に登録する` },
    edits: [],
    configEdit: {
      file: configFileOf(config), path: ['transfers', 'processors'],
      value: { host, country: country ?? placeholder },
      ...(country ? {} : { placeholder }),
    },
  };
}

/** "Allow this module in privacy-lint.json": adds the file to `myNumber.permittedModules`. */
export function permitModuleSuggestion(file: string, config: ResolvedConfig): FixSuggestion | undefined {
  const module = relativePosixPath(file, config.baseDir);
  if (!module) return undefined;
  return {
    kind: 'permit-module',
    title: { en: `Allow \`${module}\` to handle My Number in privacy-lint.json`, ja: `\`${module}\` での個人番号の取扱いを privacy-lint.json で許可する` },
    edits: [],
    configEdit: { file: configFileOf(config), path: ['myNumber', 'permittedModules'], value: module },
  };
}
