/**
 * "Declare this wrapper in privacy-lint.json": when personal data reaches an unknown destination through a function
 * of the project (`notifySlack(text)` posting to `process.env.OPS_HOOK`), the wrapper can be declared a transfer
 * (`functions` of the config) with the destination the team knows it has. The destination is left as a
 * placeholder host, selected for the lead to replace: until then it counts as a third party, so nothing is
 * silenced by accepting the suggestion.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import * as path from 'node:path';
import type { ResolvedConfig, DeclaredFunction } from './config/types';
import { configFileName } from './config/load';
import { relativePosixPath } from './config/globs';
import type { FileAnalysis } from './model/analysis';
import type { FunctionNode } from './model/values';
import type { TransferSite } from './model/facts';
import type { Fix } from './fixer';

/** What the suggestion writes as the destination, for the lead to replace (a reserved `.invalid` host). */
export const DESTINATION_PLACEHOLDER = 'destination.invalid';

/**
 * The name to declare a function by: `default` for a default export, else its top-level name (a function called
 * from another file is exported under it; one called in its own file is found by that name there).
 */
function exportedName(fn: FunctionNode): string | undefined {
  const isDefault = (node: ts.Node): boolean => !!ts.getModifiers(node as ts.HasModifiers)?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
  if (ts.isFunctionDeclaration(fn) && ts.isSourceFile(fn.parent)) {
    if (isDefault(fn)) return 'default';
    return fn.name?.text;
  }
  // `export const notify = async (text: string) => …`
  const decl = fn.parent;
  if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(decl) && ts.isIdentifier(decl.name)
    && ts.isVariableDeclarationList(decl.parent) && ts.isVariableStatement(decl.parent.parent) && ts.isSourceFile(decl.parent.parent.parent)) {
    return decl.name.text;
  }
  return undefined;
}

/** `src/notify.ts` → `./src/notify`; `src/lib/index.ts` → `./src/lib/index`. */
function moduleOf(file: string, config: ResolvedConfig): string | undefined {
  const rel = relativePosixPath(file, config.baseDir);
  if (!rel) return undefined;
  return './' + rel.replace(/(\.d)?\.[cm]?[jt]sx?$/, '');
}

/**
 * "Declare `notifySlack` (src/notify.ts) as a transfer in privacy-lint.json": offered for a transfer to an unknown
 * destination reported at the call of a project function that wraps the send. Data: `name`, `where`.
 */
export function declareFunctionFix(site: TransferSite, config: ResolvedConfig, analysis: FileAnalysis): Fix | undefined {
  if (!site.innerCall || site.destination.kind !== 'unknown' || !ts.isCallExpression(site.call)) return undefined;
  const target = analysis.resolveFunction(site.call.expression);
  if (!target) return undefined;
  const name = exportedName(target.fn);
  const module = moduleOf(target.analysis.sourceFile.fileName, config);
  if (!name || !module) return undefined;
  const value: DeclaredFunction = { module, export: name, kind: 'transfer', destination: DESTINATION_PLACEHOLDER };
  const where = module.replace(/^\.\//, '');
  return {
    edits: [],
    configEdit: {
      file: config.configFile ?? path.join(config.baseDir, configFileName),
      path: ['functions'],
      value,
      placeholder: DESTINATION_PLACEHOLDER,
    },
    data: { name, where },
  };
}
