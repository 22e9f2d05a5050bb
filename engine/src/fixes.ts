/**
 * What the rules' value suggestions change. Both change what the program does (what gets logged or stored), so
 * they are suggestions the user picks, never automatic fixes: wrap a personal value in the configured masking
 * function (adding its import when missing), or keep only a record's id. Their titles are the rules' (by message id).
 */
import ts = require('typescript');
import * as path from 'node:path';
import type { TextEdit } from './types';
import type { ResolvedConfig } from './config/types';
import type { PersonalValue } from './model/facts';
import type { Fix } from './fixer';

const ID_PROPERTIES = ['id', 'uuid', 'customerId', 'userId', 'memberId', 'memberNo', 'employeeId', 'key'];

/** The module specifier to import the masking function from, as seen from `file`. */
function importSpecifier(config: ResolvedConfig, file: string): string | undefined {
  const from = config.fixes.maskFunction.import;
  if (!from) return undefined;
  if (!from.startsWith('.')) return from; // a package
  // Relative to the config file's folder, like every other path in privacy-lint.json.
  const target = path.resolve(config.baseDir, from);
  let rel = path.relative(path.dirname(file), target).split(path.sep).join('/');
  if (!rel.startsWith('.')) rel = `./${rel}`;
  return rel;
}

function hasBinding(sf: ts.SourceFile, name: string): boolean {
  return sf.statements.some((s) => {
    if (ts.isImportDeclaration(s)) {
      const clause = s.importClause;
      if (clause?.name?.text === name) return true;
      const named = clause?.namedBindings;
      return !!named && ts.isNamedImports(named) && named.elements.some((e) => e.name.text === name);
    }
    if (ts.isFunctionDeclaration(s)) return s.name?.text === name;
    if (ts.isVariableStatement(s)) return s.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === name);
    return false;
  });
}

function importEdit(sf: ts.SourceFile, name: string, specifier: string): TextEdit {
  const imports = sf.statements.filter(ts.isImportDeclaration);
  const last = imports[imports.length - 1];
  const eol = sf.text.includes('\r\n') ? '\r\n' : '\n';
  const text = `import { ${name} } from '${specifier}';${eol}`;
  if (last) return { file: sf.fileName, start: last.getEnd(), end: last.getEnd(), text: eol + text.slice(0, -eol.length) };
  return { file: sf.fileName, start: 0, end: 0, text };
}

/** "Mask `c.email` with `mask()`": for a single personal field (not a whole record). Data: `subject`, `mask`. */
export function maskFix(value: PersonalValue, config: ResolvedConfig): Fix | undefined {
  const node = value.node;
  if (value.facts[0].via === 'type' || value.facts[0].via === 'person' || value.facts[0].via === 'config' || value.facts[0].via === 'column') return undefined;
  if (!(ts.isIdentifier(node) || ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node))) return undefined;
  const sf = node.getSourceFile();
  const name = config.fixes.maskFunction.name;
  const start = node.getStart(sf);
  const end = node.getEnd();
  const original = sf.text.slice(start, end);
  const parent = node.parent;
  // `{ email }` must become `{ email: mask(email) }`.
  const replacement = ts.isShorthandPropertyAssignment(parent) ? `${original}: ${name}(${original})` : `${name}(${original})`;
  const edits: TextEdit[] = [{ file: sf.fileName, start, end, text: replacement }];
  const specifier = importSpecifier(config, sf.fileName);
  const callee = name.split('.')[0];
  if (specifier && !hasBinding(sf, callee)) edits.unshift(importEdit(sf, callee, specifier));
  return { edits, data: { subject: value.subject, mask: name } };
}

/**
 * "Log only `c.id`", "Store only `c.id`": the record's id instead of a whole record whose type has an id-like
 * property (with `fields`, also instead of a single personal field of such a record, `user.email` → `user.id`).
 * Data: `access`.
 */
export function recordIdFix(value: PersonalValue, checker: ts.TypeChecker | undefined, fields: boolean): Fix | undefined {
  const node = value.node;
  if (!ts.isIdentifier(node) && !ts.isPropertyAccessExpression(node)) return undefined;
  if (value.facts[0].via !== 'type' && value.facts[0].via !== 'config') {
    return fields ? fieldIdFix(value, checker) : undefined;
  }
  let idName: string | undefined;
  let optional = false;
  if (checker) {
    const declared = checker.getTypeAtLocation(node);
    // `Customer | undefined` (a lookup that may find nothing): the id of what is there, `record?.id`.
    const type = checker.getNonNullableType(declared);
    optional = type !== declared;
    if (checker.isArrayType(type)) return undefined;
    idName = ID_PROPERTIES.find((p) => type.getProperty(p));
  } else {
    const decl = value.facts[0].declaration?.parent;
    if (decl && (ts.isInterfaceDeclaration(decl) || ts.isTypeLiteralNode(decl) || ts.isClassDeclaration(decl))) {
      const members = decl.members as ts.NodeArray<ts.TypeElement | ts.ClassElement>;
      idName = ID_PROPERTIES.find((p) => members.some((m) => m.name && ts.isIdentifier(m.name) && m.name.text === p));
    }
  }
  if (!idName) return undefined;
  const sf = node.getSourceFile();
  const start = node.getStart(sf);
  const original = sf.text.slice(start, node.getEnd());
  const parent = node.parent;
  const access = `${original}${optional ? '?.' : '.'}${idName}`;
  const text = ts.isShorthandPropertyAssignment(parent) ? `${original}Id: ${access}` : access;
  return { edits: [{ file: sf.fileName, start, end: node.getEnd(), text }], data: { access } };
}

/** `user.email` → `user.id`: a personal field read from a record whose type (with the checker) has an id. */
function fieldIdFix(value: PersonalValue, checker: ts.TypeChecker | undefined): Fix | undefined {
  const node = value.node;
  if (!checker || !ts.isPropertyAccessExpression(node) || node.questionDotToken) return undefined;
  const owner = checker.getTypeAtLocation(node.expression);
  if (checker.getNonNullableType(owner) !== owner) return undefined;
  const idName = ID_PROPERTIES.find((p) => owner.getProperty(p));
  if (!idName || idName === node.name.text) return undefined;
  const sf = node.getSourceFile();
  const start = node.name.getStart(sf);
  const access = `${sf.text.slice(node.expression.getStart(sf), node.expression.getEnd())}.${idName}`;
  return { edits: [{ file: sf.fileName, start, end: node.name.getEnd(), text: idName }], data: { access } };
}
