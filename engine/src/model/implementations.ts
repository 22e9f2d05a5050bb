/**
 * The classes of the project that implement an interface or extend an abstract class: what a call through a
 * receiver declared with that type may run (`provider: TextProvider` → `OpenAIText.generate`, `FalText.generate`),
 * as CodeQL resolves virtual dispatch by the class hierarchy. Classes are found by name first
 * (`ProjectContext.filesExtending`: one scan of the run's texts), then kept only when their `implements`/`extends`
 * clause resolves, in their own file, to that very declaration. An interface extending it and an abstract class
 * implementing it are followed to their own implementors; test code (`testFiles`) is left out (its mocks send nothing).
 */
import ts = require('typescript');
import type { FileAnalysis } from './analysis';
import { isTestFile } from '../config/globs';

/** An interface or abstract class of the project, with the analysis of its file. */
export interface AbstractRef { decl: ts.InterfaceDeclaration | ts.ClassDeclaration; analysis: FileAnalysis }
type ClassRef = { cls: ts.ClassLikeDeclaration; analysis: FileAnalysis };

/** Interfaces extending interfaces, abstract classes between: how far down the hierarchy implementors are looked for. */
const MAX_HIERARCHY_DEPTH = 3;
/** A name named in more files' heritage clauses than this (`Base`, `Component`) is not followed. */
const MAX_CANDIDATE_FILES = 60;

export function isAbstractClass(decl: ts.Node): decl is ts.ClassDeclaration {
  return ts.isClassDeclaration(decl) && !!ts.getModifiers(decl)?.some((m) => m.kind === ts.SyntaxKind.AbstractKeyword);
}

const implementorsMemo = new WeakMap<ts.Node, ClassRef[]>();

/** The concrete project classes that implement (or extend) `t`, directly or through the hierarchy below it. */
export function implementorsOf(t: AbstractRef, depth = 0): ClassRef[] {
  const known = implementorsMemo.get(t.decl);
  if (known) return known;
  const out: ClassRef[] = [];
  implementorsMemo.set(t.decl, out); // a cycle finds nothing more
  const name = t.decl.name?.text;
  if (!name || depth > MAX_HIERARCHY_DEPTH) return out;
  const own = t.analysis.sourceFile.fileName;
  const named = t.analysis.project.filesExtending(name);
  if (named.length > MAX_CANDIDATE_FILES) return out;
  // The declaring file too: implementations often sit next to their interface, and a run of one file (the editor's)
  // knows no other file's text.
  const files = named.includes(own) ? named : [own, ...named];
  const add = (c: ClassRef): void => { if (!out.some((x) => x.cls === c.cls)) out.push(c); };
  for (const file of files) {
    const a = file === own ? t.analysis
      : t.analysis.project.inProgram(file) ? t.analysis.analysisFor(file) : t.analysis.project.outsideProgram?.(file) ?? t.analysis.analysisFor(file);
    if (!a || isTestFile(a.sourceFile.fileName, a.config)) continue;
    for (const decl of declarationsIn(a.sourceFile)) {
      if (!namesInHeritage(decl, a, name, t.decl)) continue;
      if (ts.isInterfaceDeclaration(decl) || isAbstractClass(decl)) {
        for (const c of implementorsOf({ decl, analysis: a }, depth + 1)) add(c);
        // An abstract class's own methods with bodies run for every subclass; its subclasses are what is made.
      } else {
        add({ cls: decl, analysis: a });
      }
    }
  }
  return out;
}

/** The classes and interfaces of a file: its top-level statements and those of its namespaces. */
function declarationsIn(sf: ts.SourceFile): Array<ts.ClassDeclaration | ts.InterfaceDeclaration> {
  const out: Array<ts.ClassDeclaration | ts.InterfaceDeclaration> = [];
  const visit = (statements: readonly ts.Statement[]): void => {
    for (const st of statements) {
      if (ts.isClassDeclaration(st) || ts.isInterfaceDeclaration(st)) out.push(st);
      else if (ts.isModuleDeclaration(st) && st.body && ts.isModuleBlock(st.body)) visit(st.body.statements);
    }
  };
  visit(sf.statements);
  return out;
}

/** Whether a declaration's `extends`/`implements` clause names `target` (resolved in its own file, also when imported). */
function namesInHeritage(decl: ts.ClassDeclaration | ts.InterfaceDeclaration, a: FileAnalysis, name: string,
  target: ts.Node): boolean {
  for (const clause of decl.heritageClauses ?? []) {
    for (const type of clause.types) {
      const e = type.expression;
      const id = ts.isIdentifier(e) ? e : ts.isPropertyAccessExpression(e) ? e.name : undefined;
      if (!id || id.text !== name) continue;
      if (!ts.isIdentifier(e)) return true; // `ns.Provider`: the namespace's member of that name
      const local = a.scope.resolve(e);
      const found = local && ((local as ts.Node) === target ? { decl: local } : a.importedDeclaration(local) ?? { decl: local });
      if (found && sameDeclaration(found.decl, target)) return true;
    }
  }
  return false;
}

/** The same declaration, also as another parse of its file has it. */
function sameDeclaration(x: ts.Node, y: ts.Node): boolean {
  return x === y || (x.pos === y.pos && x.end === y.end && x.getSourceFile().fileName === y.getSourceFile().fileName);
}
