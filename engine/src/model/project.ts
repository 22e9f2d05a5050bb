/**
 * The set of files one lint run sees: their parsed source files, how relative imports resolve between them,
 * and the type checker when a tsconfig.json covers them. The model asks it for other files' declarations
 * (imported constants and helper functions) so flows and destinations cross file boundaries.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import * as fs from 'node:fs';
import { mayRead } from '../read-boundary';
import * as path from 'node:path';
import type { FileAnalysis } from './analysis';
import { LruMap } from '../lru';
import { textChange } from '../text';
import { withoutJsDocHang } from './jsdoc-safe';
import { parseOrOverflow, tooDeepToUpdate } from './nesting';

/** Parsed files kept at once without a program: a run's working set plus the modules everything imports. */
export const DEFAULT_CACHE_SIZE = 300;

import { ModuleResolver, SOURCE_EXTENSIONS } from './modules';
import { componentScript, isComponentFile, COMPONENT_EXTENSIONS } from './components';
import type { BlindSpotLog } from './blind-spots';

export { SOURCE_EXTENSIONS };

export function scriptKindFor(file: string): ts.ScriptKind {
  const ext = path.extname(file).toLowerCase();
  switch (ext) {
    case '.tsx': return ts.ScriptKind.TSX;
    case '.jsx': return ts.ScriptKind.JSX;
    case '.js': case '.mjs': case '.cjs': return ts.ScriptKind.JS;
    default: return ts.ScriptKind.TS;
  }
}

/**
 * Parses a file the way the linter needs it: parent pointers set, and JSDoc parsed only when the text has an
 * `@personal` marker (JSDoc parsing is a good share of parse time, and nothing else here reads it).
 */
export function parseSource(file: string, text: string,
  component = isComponentFile(file) ? componentScript(text) : undefined): ts.SourceFile {
  const jsDocParsingMode = text.includes('@personal') ? ts.JSDocParsingMode.ParseAll : ts.JSDocParsingMode.ParseNone;
  return keepFileName(ts.createSourceFile(file, parsedText(file, text, component), { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode },
    true, component?.kind ?? scriptKindFor(file)), file);
}

/**
 * The text TypeScript parses: a component's script blocks alone (at their offsets, see components.ts); with its
 * JSDoc parsed (`@personal`), never one its JSDoc scanner hangs on.
 */
function parsedText(file: string, text: string, component = isComponentFile(file) ? componentScript(text) : undefined): string {
  const script = component?.text ?? text;
  return script.includes('@personal') ? withoutJsDocHang(file, script) : script;
}

/**
 * TypeScript turns every `\` of a file name into `/`: on POSIX, where `log\util.ts` is one legal name, the tree
 * would name another file, and findings, import resolution and `permittedModules` would all miss the real one.
 * The tree keeps the name it was parsed under.
 */
function keepFileName(sf: ts.SourceFile, file: string): ts.SourceFile {
  if (path.sep === '/' && sf.fileName !== file) sf.fileName = file;
  return sf;
}

/**
 * Whether TypeScript's programs can hold this file under its own name (on POSIX, not when it has a `\`). A
 * component (`.vue`, `.svelte`) is never in a program: its scripts are read without types.
 */
export function programCanName(file: string): boolean {
  return (path.sep !== '/' || !file.includes('\\')) && !isComponentFile(file);
}

/**
 * Parsed files kept between lint runs of an editor session: a buffer that changed is parsed incrementally
 * (TypeScript reuses the unchanged parts of the previous tree), an unchanged file is not parsed again.
 * Each tree handed out replaces the previous one of its file, which must not be used any more.
 */
export class IncrementalSources {
  /** Bounded: the open documents plus the modules they import, not everything a long session ever touched. */
  private readonly trees = new LruMap<string, ts.SourceFile>(DEFAULT_CACHE_SIZE);

  parse(file: string, text: string): ts.SourceFile {
    const previous = this.trees.get(file);
    const component = isComponentFile(file) ? componentScript(text) : undefined;
    const source = parsedText(file, text, component);
    if (previous?.text === source && !component) return previous;
    // A failed update (the new text overflows the parser) may leave the previous tree half-updated: drop it.
    this.trees.delete(file);
    let sf: ts.SourceFile;
    // JSDoc is parsed only when the text has `@personal`: a change of that needs a full parse. So does a tree the
    // incremental parser would overflow the stack on (a long concatenation), and it would leave it half-updated.
    // A component is parsed whole: its scripts may have changed language (`lang="ts"` added), and it is small.
    if (previous && previous.text.includes('@personal') === text.includes('@personal') && !tooDeepToUpdate(previous) && !component) {
      const change = textChange(previous.text, source);
      sf = keepFileName(ts.updateSourceFile(previous, source, {
        span: { start: change.start, length: change.oldEnd - change.start },
        newLength: change.newEnd - change.start,
      }), file);
    } else {
      sf = parseSource(file, text, component);
    }
    this.trees.set(file, sf);
    return sf;
  }

  delete(file: string): void { this.trees.delete(file); }

  get size(): number { return this.trees.size; }
}

/**
 * The checker, answering `getTypeAtLocation` once per node. The checker does not keep what it computed for an
 * expression (a member access is checked again, with its flow analysis, each time its type is asked), and the model
 * asks about the same node from several places (is it a constant, whose is it, what is it narrowed to): measured on
 * the typed benchmark corpus, a quarter of the questions were repeats. A node's type does not change within a program.
 */
export function memoizedTypes(checker: ts.TypeChecker): ts.TypeChecker {
  const types = new WeakMap<ts.Node, ts.Type>();
  const memo: ts.TypeChecker = Object.create(checker);
  memo.getTypeAtLocation = (node: ts.Node): ts.Type => {
    let type = types.get(node);
    if (type === undefined) { type = checker.getTypeAtLocation(node); types.set(node, type); }
    return type;
  };
  return memo;
}

/**
 * Names the texts of a lint run's files use, for finding code by name before parsing it: which files call something
 * named `x` (`x(`, `.x(`, `x?.(`), which name `X` in an `extends` or `implements` clause. Each index is one scan of
 * the texts, made when first asked, and lists the files in the run's order.
 */
export class RunNames {
  private calls?: Map<string, string[]>;
  private heritage?: Map<string, string[]>;

  constructor(private readonly files: readonly string[], private readonly readText: (file: string) => string | undefined) {}

  filesCalling(name: string): readonly string[] {
    this.calls ??= this.index(function* (text) {
      for (const m of text.matchAll(/([A-Za-z_$][\w$]*)\s*(?:\?\.\s*)?\(/g)) yield m[1];
    });
    return this.calls.get(name) ?? [];
  }

  filesExtending(name: string): readonly string[] {
    this.heritage ??= this.index(function* (text) {
      for (const m of text.matchAll(/\b(?:extends|implements)\s([^{;()]{1,400})\{/g)) {
        for (const w of m[1].matchAll(/[A-Za-z_$][\w$]*/g)) yield w[0];
      }
    });
    return this.heritage.get(name) ?? [];
  }

  /** For each name `namesIn` finds in a text, the files that have it, in order. */
  private index(namesIn: (text: string) => Iterable<string>): Map<string, string[]> {
    const index = new Map<string, string[]>();
    for (const file of this.files) {
      const text = this.readText(file);
      if (text === undefined) continue;
      for (const name of new Set(namesIn(text))) {
        const list = index.get(name);
        if (list) list.push(file); else index.set(name, [file]);
      }
    }
    return index;
  }
}

/** Source files by absolute path, the checker (optional) and file reading for imports outside the run. */
export class ProjectContext {
  private readonly files: LruMap<string, ts.SourceFile | null>;
  private readonly resolved = new Map<string, string | null>();
  private readonly knownFiles: ReadonlySet<string>;
  private readonly modules: ModuleResolver;
  private readonly overflowedFiles = new Set<string>();
  /** Where the analysis records what it could not see (set by the lint run; absent, nothing is recorded). */
  blindSpots?: BlindSpotLog;
  /** Evaluations made since the model of the file being linted was begun (`EVALUATION_BUDGET`). */
  evaluations = 0;

  /**
   * @param readText reads a file's text (the editor's buffer or the disk), undefined when unreadable
   * @param knownFiles the run's own files: they exist even when not on disk (unsaved buffers)
   * @param cacheSize how many parsed files to keep without a program (a program keeps its own)
   */
  /** The program's checker, with the type of each node kept once asked (`memoizedTypes`). */
  readonly checker?: ts.TypeChecker;

  constructor(
    private readonly readText: (file: string) => string | undefined,
    checker?: ts.TypeChecker,
    readonly program?: ts.Program,
    knownFiles: Iterable<string> = [],
    cacheSize = DEFAULT_CACHE_SIZE,
    private readonly sources?: IncrementalSources,
  ) {
    this.checker = checker && memoizedTypes(checker);
    this.knownFiles = new Set(Array.from(knownFiles, (f) => path.resolve(f)));
    this.files = new LruMap(program ? Number.MAX_SAFE_INTEGER : cacheSize);
    this.modules = new ModuleResolver(program?.getCompilerOptions());
  }

  /** Registers a parsed file. */
  add(sf: ts.SourceFile): void { this.files.set(path.resolve(sf.fileName), sf); }

  /** The parsed file, parsing it on first use; undefined when it cannot be read. */
  sourceFile(file: string): ts.SourceFile | undefined {
    // Nearly always asked with a resolved path: try it as is before resolving it.
    const asIs = this.files.get(file);
    if (asIs !== undefined) return asIs ?? undefined;
    const abs = path.resolve(file);
    const known = abs === file ? undefined : this.files.get(abs);
    if (known !== undefined) return known ?? undefined;
    // A name with `\` means another file to the program (`log\util.ts` → `log/util.ts`): parse it on its own.
    const fromProgram = programCanName(abs) ? this.program?.getSourceFile(abs) : undefined;
    if (fromProgram) { this.files.set(abs, fromProgram); return fromProgram; }
    const text = this.readText(abs);
    // No size limit of its own: readText applies the run's (MAX_FILE_BYTES). A second, smaller one here (it was
    // 2,000,000 characters) left files between the two limits read but never parsed, and aborted the run.
    if (text === undefined) { this.files.set(abs, null); return undefined; }
    // TypeScript's parser recurses per level of nesting: a file nested ~1,000 levels deep overflows the stack.
    const sf = parseOrOverflow(() => (this.sources ? this.sources.parse(abs, text) : parseSource(abs, text)));
    if (!sf) this.overflowedFiles.add(abs);
    this.files.set(abs, sf ?? null);
    return sf;
  }

  /**
   * The run's files whose text calls something of this name (`RunNames.filesCalling`): where the callers of a
   * function so named can be (`callers.ts`). Without a run's index, this project's own files are read.
   */
  filesCalling(name: string): readonly string[] { return this.names().filesCalling(name); }

  /** The run's files that name this in an `extends` or `implements` clause (`RunNames.filesExtending`). */
  filesExtending(name: string): readonly string[] { return this.names().filesExtending(name); }

  private names(): RunNames {
    return (this.runNames ??= new RunNames([...this.knownFiles], this.readText));
  }

  /**
   * The index of the whole run's files (set by the lint run, shared by its TypeScript projects): in a monorepo a
   * package's helpers are called from the applications, each a project of its own, and the index is built once.
   */
  runNames?: RunNames;

  /** The analysis, without types, of a file the program does not hold (set by a typed lint run). */
  outsideProgram?: (file: string) => FileAnalysis | undefined;

  /** Whether the program (if any) holds the file: its checker can type its nodes. */
  inProgram(file: string): boolean {
    return !this.program || (programCanName(file) && !!this.program.getSourceFile(file));
  }

  /** Lets a parsed file go (no file left to lint needs it); it is parsed again if it is asked for. */
  forget(file: string): void { this.files.delete(path.resolve(file)); }

  /** Whether parsing the file overflowed the stack (it is nested too deeply). */
  overflowed(file: string): boolean { return this.overflowedFiles.has(path.resolve(file)); }

  /**
   * Resolves an import to a project file: relative ones directly (`./x` → `./x.ts`, `./x/index.ts`, `./x.js` →
   * `./x.ts`), others as TypeScript would (`paths`, `baseUrl`) or as a workspace package of the repository.
   */
  resolveImport(fromFile: string, specifier: string): string | undefined {
    // By file first (no key to build: every lookup of an imported name asks again), then by folder (the files of
    // a folder share their imports' resolutions).
    let ofFile = this.resolvedByFile.get(fromFile);
    if (!ofFile) { ofFile = new Map(); this.resolvedByFile.set(fromFile, ofFile); }
    const known = ofFile.get(specifier);
    if (known !== undefined) return known ?? undefined;
    const key = `${path.dirname(fromFile)}\0${specifier}`;
    let found: string | undefined;
    if (this.resolved.has(key)) {
      found = this.resolved.get(key) ?? undefined;
    } else {
      found = specifier.startsWith('.') ? this.resolveImportUncached(fromFile, specifier)
        : this.modules.resolve(fromFile, specifier);
      this.resolved.set(key, found ?? null);
    }
    ofFile.set(specifier, found ?? null);
    return found;
  }
  private readonly resolvedByFile = new Map<string, Map<string, string | null>>();

  /** Whether a non-relative specifier names the project's own code (an alias, a workspace package). */
  isProjectSpecifier(fromFile: string, specifier: string): boolean { return this.modules.isProjectSpecifier(fromFile, specifier); }
  /** Whether a file is part of a command-line program's package (see `ModuleResolver.isCommandLinePackage`). */
  isCommandLinePackage(fromFile: string): boolean { return this.modules.isCommandLinePackage(fromFile); }

  /** The name of the package a file belongs to (`ModuleResolver.packageNameOf`). */
  packageNameOf(fromFile: string): string | undefined { return this.modules.packageNameOf(fromFile); }

  /** Whether a host is one the file's package manifests name as the project's own (`ModuleResolver.ownHosts`). */
  isOwnHost(fromFile: string, host: string): boolean {
    const h = host.toLowerCase();
    return this.modules.ownHosts(fromFile).some((own) => h === own || h.endsWith('.' + own));
  }

  private resolveImportUncached(fromFile: string, specifier: string): string | undefined {
    const base = path.resolve(path.dirname(fromFile), specifier);
    const candidates: string[] = [];
    const ext = path.extname(base);
    if (COMPONENT_EXTENSIONS.includes(ext)) {
      candidates.push(base);
    } else if (SOURCE_EXTENSIONS.includes(ext)) {
      candidates.push(base);
      const stem = base.slice(0, -ext.length);
      const tsExt = ext.replace('js', 'ts');
      candidates.push(stem + tsExt, stem + '.tsx');
    }
    for (const e of SOURCE_EXTENSIONS) candidates.push(base + e);
    const known = (c: string): boolean => this.knownFiles.has(c) || this.files.has(c)
      || (programCanName(c) && !!this.program?.getSourceFile(c));
    for (const c of candidates) if (known(c)) return c;
    // The folder's index files, in the same order, made only when no file above is known (most imports name one).
    for (const e of SOURCE_EXTENSIONS) candidates.push(path.join(base, 'index' + e));
    for (let i = candidates.length - SOURCE_EXTENSIONS.length; i < candidates.length; i++) if (known(candidates[i])) return candidates[i];
    for (const c of candidates) {
      try { if (mayRead(c) && fs.statSync(c, { throwIfNoEntry: false })?.isFile()) return c; } catch { /* next */ }
    }
    return undefined;
  }
}
