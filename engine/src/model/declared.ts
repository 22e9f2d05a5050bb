/**
 * Functions the team declares in `privacy-lint.json` (`functions`): its own wrappers and a package's functions
 * as sinks (`log`, `transfer`), sources of the customer's input, sanitizers and pass-through functions.
 *
 * Each declaration becomes an entry of the same shape as the sink catalogue's (`SinkSpec`, family `declared`), so
 * calls are found the way SDK calls are: a named, default or namespace import, `require`, a renamed import, a
 * barrel or alias that re-exports it, a method of an exported object or of an instance of an exported class
 * (constructed, injected, typed). A declared module is a package when its name does not resolve to a file of the
 * project; a path (`./src/notify`) is relative to the config's folder; an alias (`@/lib/utils`) resolves as the
 * importing file's tsconfig says. A declared function's body is not followed: the declaration says what it does.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import * as path from 'node:path';
import type { DeclaredFunction, ResolvedConfig } from '../config/types';
import type { SinkSpec } from '../sinks';
import type { FileAnalysis } from './analysis';
import type { Declaration } from './scope';
import { stripParens } from './syntax';

/** A declared function as a catalogue entry, with the parts of its export. */
interface Entry {
  fn: DeclaredFunction;
  spec: SinkSpec;
  /** `log` of `log`, `Notifier` of `Notifier.send`, `default`. */
  head: string;
  /** `send` of `Notifier.send`. */
  member?: string;
  /** The module is a path relative to the config's folder. */
  relative: boolean;
}

/** What a declared function's value is, as the analysis names origins. */
export interface DeclaredOrigin {
  spec: SinkSpec;
  /** `function`: the declared function itself; `module`: a module, object or class whose method it is. */
  role: 'module' | 'function';
  method?: string;
}

class DeclaredFunctions {
  readonly entries: Entry[];
  /** Names a call of a declared method can end with (a quick test before resolving its receiver). */
  readonly methodNames: ReadonlySet<string>;
  readonly hasValueRoles: boolean;
  /**
   * Per analysis of a declared module (one per lint run: an editor's next run parses the file anew), what it exports
   * under each name.
   */
  private readonly targets = new WeakMap<FileAnalysis, Map<string, { decl: Declaration; analysis: FileAnalysis } | null>>();

  constructor(functions: readonly DeclaredFunction[], readonly baseDir: string) {
    this.entries = functions.map((fn) => entryOf(fn));
    this.methodNames = new Set(this.entries.map((e) => e.member ?? e.head));
    this.hasValueRoles = this.entries.some((e) => e.spec.valueRole);
  }

  /** The project file an entry's module is for the file `a` (undefined: a package). */
  fileOf(entry: Entry, a: FileAnalysis): string | undefined {
    const from = entry.relative ? path.join(this.baseDir, 'privacy-lint.json') : a.sourceFile.fileName;
    return a.project.resolveImport(from, entry.fn.module);
  }

  /** What `file` exports as `head` (through re-exports), or its top-level declaration of that name. */
  target(file: string, head: string, a: FileAnalysis): { decl: Declaration; analysis: FileAnalysis } | undefined {
    const module = a.analysisFor(file);
    if (!module) return undefined;
    let byHead = this.targets.get(module);
    if (!byHead) { byHead = new Map(); this.targets.set(module, byHead); }
    const known = byHead.get(head);
    if (known !== undefined) return known ?? undefined;
    let found = module.exportedDeclaration(head, new Set());
    if (!found && head !== 'default') {
      const local = module.scope.resolveName(head, module.sourceFile.statements[0] ?? module.sourceFile);
      if (local) found = { decl: local, analysis: module };
    }
    byHead.set(head, found ?? null);
    return found;
  }
}

function entryOf(fn: DeclaredFunction): Entry {
  const [head, member] = fn.export.split('.');
  const kind = fn.kind === 'log' ? 'log' : 'transfer';
  const valueRole = fn.kind === 'log' || fn.kind === 'transfer' ? undefined : fn.kind;
  const spec: SinkSpec = {
    id: `declared:${fn.module}#${fn.export}`,
    kind,
    family: 'declared',
    label: fn.export,
    modules: [fn.module],
    // `ns.log(…)` on the module; `notifier.send(…)` on an exported object; `new Notifier().send(…)` on an instance.
    methods: member ? [member, `${head}.${member}`] : [head],
    ...(member ? { factories: ['new', '()'], instanceMethods: [member] } : {}),
    ...(fn.kind === 'transfer' && fn.destination ? { destination: { kind: 'declared', target: fn.destination } } : {}),
    ...(valueRole ? { valueRole } : {}),
  };
  return { fn, spec, head, ...(member ? { member } : {}), relative: /^\.{1,2}(\/|$)/.test(fn.module) };
}

const sets = new WeakMap<readonly DeclaredFunction[], DeclaredFunctions | null>();

/** The config's declared functions, indexed once per config. */
function declaredFunctions(config: ResolvedConfig): DeclaredFunctions | undefined {
  const functions = config.functions;
  if (!functions?.length) return undefined;
  let set = sets.get(functions);
  if (set === undefined) {
    set = new DeclaredFunctions(functions, config.baseDir);
    sets.set(functions, set);
  }
  return set ?? undefined;
}

const NO_NAMES: ReadonlySet<string> = new Set();

/** Method names a call of a declared function may end with (`log`, `send`), for the quick test of calls. */
export function declaredMethodNames(config: ResolvedConfig): ReadonlySet<string> {
  return declaredFunctions(config)?.methodNames ?? NO_NAMES;
}

/**
 * The origin a binding of `exported` from an entry's module has (`import { log }`, `import log from`). The module
 * object itself (`import * as utils`, `require(…)`) is not one: its calls are matched by name (`declaredModuleCall`).
 */
function roleOf(entry: Entry, exported: string): DeclaredOrigin | undefined {
  if (exported !== entry.head) return undefined;
  return entry.member ? { spec: entry.spec, role: 'module' } : { spec: entry.spec, role: 'function', method: entry.head };
}

/** `import`'s module specifier and the name a binding imports (`*` for a namespace). */
function importOf(decl: Declaration): { source: string; exported: string } | undefined {
  let module: ts.Expression | undefined;
  let exported: string;
  if (ts.isImportSpecifier(decl)) { module = decl.parent.parent.parent.moduleSpecifier; exported = (decl.propertyName ?? decl.name).text; }
  else if (ts.isImportClause(decl)) { module = decl.parent.moduleSpecifier; exported = 'default'; }
  else if (ts.isNamespaceImport(decl)) { module = decl.parent.parent.moduleSpecifier; exported = '*'; }
  else return undefined;
  return module && ts.isStringLiteral(module) ? { source: module.text, exported } : undefined;
}

/**
 * A declared function reached by a module specifier and an export name (imports, and `require(…)`: `default`
 * for the whole module).
 */
export function declaredModuleOrigin(a: FileAnalysis, source: string, exported: string): DeclaredOrigin | undefined {
  const set = declaredFunctions(a.config);
  if (!set) return undefined;
  let resolved: string | null | undefined = null;
  for (const entry of set.entries) {
    const file = set.fileOf(entry, a);
    if (file === undefined) {
      if (source !== entry.fn.module) continue;
    } else {
      if (resolved === null) resolved = a.project.resolveImport(a.sourceFile.fileName, source);
      if (resolved !== file) continue;
    }
    const role = roleOf(entry, exported);
    if (role) return role;
  }
  return undefined;
}

/**
 * A declaration that holds a declared function (or its module, object or class): an import of it, direct or
 * through re-exports and aliases, or the declaration itself in its own module.
 */
export function declaredDeclarationOrigin(a: FileAnalysis, decl: Declaration): DeclaredOrigin | undefined {
  const set = declaredFunctions(a.config);
  if (!set) return undefined;
  const imported = importOf(decl);
  if (imported) {
    if (imported.exported === '*') return undefined;
    const direct = declaredModuleOrigin(a, imported.source, imported.exported);
    if (direct) return direct;
  }
  // Through a barrel or an alias (`export { log } from './log'`), or in the declaring module itself.
  const final = imported ? a.importedDeclaration(decl) : { decl, analysis: a };
  if (!final) return undefined;
  for (const entry of set.entries) {
    const file = set.fileOf(entry, a);
    if (file === undefined || final.analysis.sourceFile.fileName !== file) continue;
    if (set.target(file, entry.head, a)?.decl === final.decl) return roleOf(entry, entry.head);
  }
  return undefined;
}

/** The module specifier a variable holds as a module object: a namespace import, a default import, `require(…)`. */
function moduleObjectSource(decl: Declaration): { source: string; defaultImport: boolean } | undefined {
  if (ts.isNamespaceImport(decl) || ts.isImportClause(decl)) {
    const imported = importOf(decl);
    return imported ? { source: imported.source, defaultImport: ts.isImportClause(decl) } : undefined;
  }
  if (ts.isVariableDeclaration(decl) && decl.initializer) {
    const init = stripParens(decl.initializer);
    if (ts.isCallExpression(init) && ts.isIdentifier(init.expression) && init.expression.text === 'require'
      && init.arguments[0] && ts.isStringLiteralLike(init.arguments[0])) return { source: init.arguments[0].text, defaultImport: false };
  }
  return undefined;
}

/** A call of a declared function on its module object: `utils.log(…)` with `import * as utils` or `require`. */
export function declaredModuleCall(a: FileAnalysis, call: ts.CallExpression): { spec: SinkSpec; method: string } | undefined {
  const set = declaredFunctions(a.config);
  if (!set) return undefined;
  const callee = stripParens(call.expression);
  if (!ts.isPropertyAccessExpression(callee) || !set.methodNames.has(callee.name.text)) return undefined;
  const receiver = stripParens(callee.expression);
  if (!ts.isIdentifier(receiver)) return undefined;
  const decl = a.scope.resolve(receiver);
  const held = decl && moduleObjectSource(decl);
  if (!held) return undefined;
  const method = callee.name.text;
  let resolved: string | null | undefined = null;
  for (const entry of set.entries) {
    // A default import is the module object only for a CommonJS module (the export is not itself `default`).
    if (entry.member || entry.head !== method || (held.defaultImport && entry.head === 'default')) continue;
    const file = set.fileOf(entry, a);
    if (file === undefined) {
      if (held.source !== entry.fn.module) continue;
    } else {
      if (resolved === null) resolved = a.project.resolveImport(a.sourceFile.fileName, held.source);
      if (resolved !== file) continue;
    }
    return { spec: entry.spec, method };
  }
  return undefined;
}

/** What a declared source, sanitizer or pass-through function called here does, if the call is one. */
export function declaredValueRole(a: FileAnalysis, call: ts.CallExpression): SinkSpec['valueRole'] {
  const set = declaredFunctions(a.config);
  if (!set?.hasValueRoles) return undefined;
  const callee = stripParens(call.expression);
  if (ts.isPropertyAccessExpression(callee) && !set.methodNames.has(callee.name.text)) return undefined;
  if (!ts.isPropertyAccessExpression(callee) && !ts.isIdentifier(callee)) return undefined;
  return a.matchCatalogCall(call)?.spec.valueRole;
}

/** A parameter decorated with a declared source (`@CurrentInput() input`): it receives the customer's input. */
export function isDeclaredSourceParameter(a: FileAnalysis, p: ts.ParameterDeclaration): boolean {
  const set = declaredFunctions(a.config);
  if (!set?.hasValueRoles || !ts.canHaveDecorators(p)) return false;
  for (const d of ts.getDecorators(p) ?? []) {
    const e = d.expression;
    const callee = stripParens(ts.isCallExpression(e) ? e.expression : e);
    if (ts.isIdentifier(callee) && a.originOf(callee)?.spec.valueRole === 'source') return true;
  }
  return false;
}
