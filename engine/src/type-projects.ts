/**
 * Types for the editor: one TypeScript language service per `tsconfig.json`, fed the editor's buffers and
 * updated incrementally. After an edit, `programFor` returns a new program that reuses every unchanged source
 * file (only the edited file is parsed again), and the checker it makes binds only what it has not bound before;
 * the model then asks it only about the values that reach a sink. The CLI creates one program per run instead.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import * as path from 'node:path';
import { mayRead } from './read-boundary';
import { readFileForTypeScript, readTsconfig, type TsconfigProject } from './lint';
import { textChange } from './text';
import { programCanName, parseSource } from './model/project';
import { withoutJsDocHang } from './model/jsdoc-safe';
import { isStackOverflow, overflowsTypeScript, parseOrOverflow, tooDeepForTypes, tooDeepToUpdate } from './model/nesting';

interface Overlay { text: string; version: number; }

/** A file's text for the language service, which can say what changed since an older snapshot of the same file. */
class TextSnapshot implements ts.IScriptSnapshot {
  /** Its tree is too deep for the incremental parser (`tooDeepToUpdate`): the next version is parsed in full. */
  reparseInFull = false;
  constructor(private readonly text: string) {}
  getText(start: number, end: number): string { return this.text.substring(start, end); }
  getLength(): number { return this.text.length; }
  getChangeRange(old: ts.IScriptSnapshot): ts.TextChangeRange | undefined {
    // An empty text (a file left out as too deep) has nothing to reuse, and updating a deep tree to it would walk it.
    if (!(old instanceof TextSnapshot) || old.reparseInFull || this.text === '') return undefined;
    const change = textChange(old.text, this.text);
    return { span: { start: change.start, length: change.oldEnd - change.start }, newLength: change.newEnd - change.start };
  }
}

interface TypeProject {
  readonly tsconfig: string;
  service: ts.LanguageService;
  settings: TsconfigProject;
  roots: Set<string>;
  /** The tsconfig's own file list must be read again (a file was created or deleted). */
  stale: boolean;
}

/** Language services by tsconfig, sharing one document registry (and so the default library's parsed files). */
export class TypeProjects {
  private registry = ts.createDocumentRegistry(ts.sys.useCaseSensitiveFileNames);
  private readonly projects = new Map<string, TypeProject | null>();
  private readonly overlays = new Map<string, Overlay>();
  /** Files changed on disk since we first read them: their version goes up so services read them again. */
  private readonly diskVersions = new Map<string, number>();
  /** One counter for every buffer change: a reopened document must never repeat an old version. */
  private counter = 0;
  private readonly snapshots = new Map<string, { version: string; snapshot: TextSnapshot }>();

  /**
   * Files nested too deeply for TypeScript (its parser, binder or checker would overflow the stack), by the
   * version of their text that was: the services see them empty, so the rest of their project keeps its types.
   */
  private readonly tooDeep = new Map<string, string>();
  /** Files that once were too deep: the version of their text checked last, and whether it was. */
  private readonly checkedDeep = new Map<string, { version: string; deep: boolean }>();

  private textVersionOf(abs: string): string {
    const overlay = this.overlays.get(abs);
    return overlay ? `b${overlay.version}` : `d${this.diskVersions.get(abs) ?? 0}`;
  }

  private versionOf(abs: string): string {
    const version = this.textVersionOf(abs);
    const deepVersion = this.tooDeep.get(abs);
    if (deepVersion === undefined) return version;
    // A file that was too deep is checked (once per version) before the service sees a new version of it:
    // finding out by an overflow costs every service of the session.
    if (deepVersion !== version && this.checkedDeep.get(abs)?.version !== version) {
      const deep = this.isTooDeep(abs, this.readText(abs));
      this.checkedDeep.set(abs, { version, deep });
      if (deep) this.tooDeep.set(abs, version);
    }
    return this.tooDeep.get(abs) === version ? `${version}-deep` : version;
  }

  /**
   * Whether TypeScript would overflow the stack on this text (or its tree is deeper than it can take). A file
   * that was too deep before is also bound on its own (`overflowsTypeScript`): it may be a shape the measure misses.
   */
  private isTooDeep(abs: string, text: string | undefined, bindAlone = true): boolean {
    if (text === undefined) return false;
    const sf = parseOrOverflow(() => parseSource(abs, text));
    return !sf || !!tooDeepForTypes(sf) || (bindAlone && overflowsTypeScript(abs, text));
  }

  private readText(f: string): string | undefined {
    const overlay = this.overlays.get(path.resolve(f));
    if (overlay) return overlay.text;
    // A file too large to lint (a generated API client) still declares types: read it like the CLI's
    // program does, so the editor and the CLI agree.
    return readFileForTypeScript(f);
  }

  /** The editor's current text of a file (it wins over the disk). */
  setBuffer(file: string, text: string): void {
    const abs = path.resolve(file);
    // The same text again is no change: the program is kept as it is.
    if (this.overlays.get(abs)?.text === text) return;
    this.overlays.set(abs, { text, version: ++this.counter });
  }

  /** The editor closed the file: the disk is the truth again. */
  removeBuffer(file: string): void {
    const abs = path.resolve(file);
    if (this.overlays.delete(abs)) this.diskVersions.set(abs, ++this.counter);
  }

  /** The editor's text of a file, if it has one. */
  buffer(file: string): string | undefined {
    return this.overlays.get(path.resolve(file))?.text;
  }

  /** A file changed on disk (`kind`: changed, created or deleted). A tsconfig change rebuilds its project. */
  fileChanged(file: string, kind: 'changed' | 'created' | 'deleted'): void {
    const abs = path.resolve(file);
    this.diskVersions.set(abs, ++this.counter);
    if (/^[tj]sconfig(\..*)?\.json$/.test(path.basename(abs))) {
      for (const [key, project] of this.projects) {
        if (key === abs || project?.settings.options.configFilePath === abs) this.dispose(key);
      }
      // A new tsconfig can take over files of a project above it: every project re-reads its file list.
      for (const project of this.projects.values()) if (project) project.stale = true;
      return;
    }
    if (kind !== 'changed') for (const project of this.projects.values()) if (project) project.stale = true;
  }

  /** How many language services are alive (for status and tests). */
  get size(): number {
    let n = 0;
    for (const p of this.projects.values()) if (p) n++;
    return n;
  }

  /**
   * The current program of the project of `tsconfig`, with `files` among its roots (a file the tsconfig's
   * `include` misses is still checked with its settings); undefined when the tsconfig is unusable.
   */
  programFor(tsconfig: string, files: readonly string[]): ts.Program | undefined {
    const key = path.resolve(tsconfig);
    let project = this.projects.get(key);
    if (project === undefined) {
      project = this.createProject(key) ?? null;
      this.projects.set(key, project);
    }
    if (!project) return undefined;
    if (project.stale) {
      const settings = readTsconfig(key, (f) => this.buffer(f));
      if (settings) {
        project.settings = settings;
        project.roots = new Set(settings.fileNames);
      }
      project.stale = false;
    }
    // A file TypeScript cannot name (`log\\util.ts` on POSIX) is linted without the program, never under another name.
    for (const f of files) if (programCanName(f)) project.roots.add(path.resolve(f));
    // A file too deep for TypeScript is left out (the service sees it empty), so the rest of the project keeps
    // its types. The service binds as it builds the program: a file it overflows on leaves the service and the
    // shared document registry half-updated, so then every service is rebuilt, with the culprit left out.
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const program = project.service.getProgram();
        const deep = program ? this.deepFilesOf(program) : [];
        if (!deep.length) return program;
        for (const f of deep) this.tooDeep.set(f, this.textVersionOf(f));
        continue;
      } catch (e) {
        if (!isStackOverflow(e)) throw e;
      }
      const deep = this.deepRootsOf(project);
      for (const f of deep) this.tooDeep.set(f, this.textVersionOf(f));
      const roots = project.roots;
      this.disposeAll();
      this.registry = ts.createDocumentRegistry(ts.sys.useCaseSensitiveFileNames);
      const fresh = this.createProject(key);
      this.projects.set(key, fresh ?? null);
      if (!fresh || !deep.length) return undefined;
      for (const f of roots) fresh.roots.add(f);
      project = fresh;
    }
    return undefined;
  }

  /** The files of a program too deep for TypeScript; and those too deep to update are marked for full parses. */
  private deepFilesOf(program: ts.Program): string[] {
    const deep: string[] = [];
    for (const sf of program.getSourceFiles()) {
      if (program.isSourceFileDefaultLibrary(sf)) continue;
      const abs = path.resolve(sf.fileName);
      // (Marking a newer snapshot than this tree's, should there be one, costs no more than a full parse.)
      if (tooDeepToUpdate(sf)) { const cached = this.snapshots.get(abs); if (cached) cached.snapshot.reparseInFull = true; }
      if (this.tooDeep.get(abs) === this.textVersionOf(abs)) continue;
      if (tooDeepForTypes(sf)) deep.push(abs);
    }
    return deep;
  }

  /**
   * The roots that made the service overflow: those the measure calls too deep or, when it calls none too deep (a
   * shape it does not know), those TypeScript overflows on when each is bound on its own.
   */
  private deepRootsOf(project: TypeProject): string[] {
    const candidates = Array.from(project.roots).filter((abs) => this.tooDeep.get(abs) !== this.textVersionOf(abs));
    const deep = candidates.filter((abs) => this.isTooDeep(abs, this.readText(abs), false));
    if (deep.length) return deep;
    return candidates.filter((abs) => {
      const text = this.readText(abs);
      return text !== undefined && overflowsTypeScript(abs, text);
    });
  }

  /** Drops every language service. */
  disposeAll(): void {
    for (const key of Array.from(this.projects.keys())) this.dispose(key);
    this.snapshots.clear();
  }

  private dispose(key: string): void {
    this.projects.get(key)?.service.dispose();
    this.projects.delete(key);
  }

  private createProject(tsconfig: string): TypeProject | undefined {
    const settings = readTsconfig(tsconfig, (f) => this.buffer(f));
    if (!settings) return undefined;
    const project: TypeProject = { tsconfig, settings, roots: new Set(settings.fileNames), stale: false, service: undefined! };
    const readText = (f: string): string | undefined => this.readText(f);
    const host: ts.LanguageServiceHost = {
      getCompilationSettings: () => project.settings.options,
      getProjectReferences: () => project.settings.projectReferences,
      getScriptFileNames: () => Array.from(project.roots),
      getScriptVersion: (f) => this.versionOf(path.resolve(f)),
      getScriptSnapshot: (f) => {
        // One snapshot per file version, shared by every project: the disk is read once per change, not per edit
        // of another file, and a new buffer version knows what changed since the last one (incremental parse).
        const abs = path.resolve(f);
        const version = this.versionOf(abs);
        const cached = this.snapshots.get(abs);
        if (cached?.version === version) return cached.snapshot;
        const text = version.endsWith('-deep') ? '' : readText(abs);
        if (text === undefined) return undefined;
        // Never a text TypeScript's JSDoc scanner would hang on (a doc comment ending in `word-`, one being typed).
        const snapshot = new TextSnapshot(withoutJsDocHang(abs, text));
        this.snapshots.set(abs, { version, snapshot });
        return snapshot;
      },
      getCurrentDirectory: () => path.dirname(tsconfig),
      getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
      // (Nothing outside the folders the language server may read is looked for either: `mayRead`.)
      fileExists: (f) => this.overlays.has(path.resolve(f)) || (mayRead(f) && ts.sys.fileExists(f)),
      readFile: (f) => readText(f),
      readDirectory: (root, ...rest) => (mayRead(root) ? ts.sys.readDirectory(root, ...rest) : []),
      directoryExists: (d) => mayRead(d) && ts.sys.directoryExists(d),
      getDirectories: (d) => (mayRead(d) ? ts.sys.getDirectories(d) : []),
      realpath: ts.sys.realpath,
      useCaseSensitiveFileNames: () => ts.sys.useCaseSensitiveFileNames,
    };
    project.service = ts.createLanguageService(host, this.registry, ts.LanguageServiceMode.Semantic);
    return project;
  }
}
