/**
 * Analyses kept between lint runs over the same project. ESLint lints one file per call: without this, every file
 * would analyse again each module it imports (the logger, the types, the HTTP helpers), once per importing file.
 * With it, a module is analysed once per program (typed) or once in all (untyped), as in one CLI run.
 *
 * The cache is dropped whole whenever it could be stale, because flows cross files (a helper's summary depends on
 * the helper's file): when a file is given with a text other than the one it was analysed from, and when a file it
 * read from disk changed since (checked at most every `revalidateMs`, and never for more than a twentieth of the
 * time: a long-lived process, an editor's ESLint server, sees saved files, a CLI run pays almost nothing).
 */
import type * as ts from 'typescript';
import * as fs from 'node:fs';
import type { ResolvedConfig } from './config/types';
import type { FileAnalysis } from './model/analysis';
import type { ProjectContext } from './model/project';
import { BlindSpotLog } from './model/blind-spots';

/** A project's parsed files and their analyses, built on demand: what the files of one lint run share. */
export interface ProjectAnalyses {
  project: ProjectContext;
  analysisFor(file: string): FileAnalysis | undefined;
  /** Lets a file's tree and analysis go (no file left to lint needs them); parsed again if asked for. */
  forget?(file: string): void;
}

/** What one lint run reads: the texts of its own files, other files, and the configuration in force for each. */
export interface CacheRun {
  texts: ReadonlyMap<string, string>;
  readText(file: string): string | undefined;
  configFor(file: string): ResolvedConfig;
}

/** How a file looked when it was read: its text, and its modification time on disk (undefined: not on disk). */
interface Seen { text: string; mtimeMs: number | undefined; }

function modifiedAt(file: string): number | undefined {
  try { return fs.statSync(file).mtimeMs; } catch { return undefined; }
}

export class AnalysisCache {
  /** Per program: a program stands for one version of its files, so its analyses hold as long as it lives. */
  private typed = new WeakMap<ts.Program, ProjectAnalyses>();
  private untyped?: ProjectAnalyses;
  private log = new BlindSpotLog();
  private readonly seen = new Map<string, Seen>();
  private run?: CacheRun;
  private nextCheck = 0;

  /** @param revalidateMs how long a file read from disk is trusted before its modification time is checked again */
  constructor(private readonly revalidateMs = 1000) {}

  /** What the analyses could not see, kept with them (a module analysed for another file is not analysed again). */
  get blindSpots(): BlindSpotLog { return this.log; }

  /** How many files' texts the cache has seen (tests). */
  get size(): number { return this.seen.size; }

  /** Starts a lint run: drops everything when one of its files is not the text analysed, or a file read changed. */
  begin(run: CacheRun): void {
    this.run = run;
    let stale = false;
    for (const [file, text] of run.texts) {
      const seen = this.seen.get(file);
      if (seen && seen.text !== text) { stale = true; break; }
    }
    if (!stale && Date.now() >= this.nextCheck) {
      const started = Date.now();
      stale = [...this.seen].some(([file, seen]) => modifiedAt(file) !== seen.mtimeMs);
      const took = Date.now() - started;
      this.nextCheck = Date.now() + Math.max(this.revalidateMs, 20 * took);
    }
    if (stale) this.clear();
    for (const [file, text] of run.texts) if (!this.seen.has(file)) this.seen.set(file, { text, mtimeMs: modifiedAt(file) });
  }

  /** The analyses of a program's files (undefined: without types), made by `make` the first time. */
  entry(program: ts.Program | undefined,
    make: (readText: (file: string) => string | undefined, configFor: (file: string) => ResolvedConfig) => ProjectAnalyses): ProjectAnalyses {
    const known = program ? this.typed.get(program) : this.untyped;
    if (known) return known;
    const made = make(this.readText, this.configFor);
    made.project.blindSpots = this.log;
    if (program) this.typed.set(program, made); else this.untyped = made;
    return made;
  }

  /** Forgets every analysis (a file or a configuration changed). */
  clear(): void {
    this.typed = new WeakMap();
    this.untyped = undefined;
    this.log = new BlindSpotLog();
    this.seen.clear();
    this.nextCheck = 0;
  }

  /** Reads through the current run, remembering what was read, so a later run can tell whether it changed. */
  private readonly readText = (file: string): string | undefined => {
    const text = this.run?.readText(file);
    if (text !== undefined && !this.seen.has(file)) this.seen.set(file, { text, mtimeMs: modifiedAt(file) });
    return text;
  };

  private readonly configFor = (file: string): ResolvedConfig => {
    if (!this.run) throw new Error('AnalysisCache: no lint run has begun');
    return this.run.configFor(file);
  };
}
