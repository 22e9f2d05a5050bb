/**
 * Reads and writes of the fields of one personal-data category in a file (the machinery of My Number uses, for any
 * category): one walk, skipping types, imports and type declarations, which never read or write a value.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import { mayMentionCategory, type PersonalCategory } from '../vocabulary';
import type { FileAnalysis } from './analysis';
import type { FieldUse } from './facts';
import { collectCategoryUse } from './my-number';
import { walkTree } from './syntax';
import { namesText } from './syntax-index';

export function collectFieldUses(a: FileAnalysis, category: PersonalCategory): FieldUse[] {
  const uses: FieldUse[] = [];
  // A file whose text names no field of the category has no use of it: skip the walk.
  if (!mayMentionCategory(namesText(a.sourceFile), category, a.vocabulary) && !a.sourceFile.text.includes('\\u')) return uses;
  // Iterative: a file nested thousands of levels deep cannot overflow the stack.
  walkTree(a.sourceFile, (node) => {
    const kind = node.kind;
    if ((kind >= ts.SyntaxKind.FirstTypeNode && kind <= ts.SyntaxKind.LastTypeNode)
      || kind === ts.SyntaxKind.InterfaceDeclaration || kind === ts.SyntaxKind.TypeAliasDeclaration
      || kind === ts.SyntaxKind.ImportDeclaration) return false;
    collectCategoryUse(a, node, uses, category);
    return true;
  });
  return uses;
}
