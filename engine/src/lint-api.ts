/** Options of a lint run over files on disk (what the CLI and the language server call). */
import type * as ts from 'typescript';
import type { RuleModule } from './rule';
import type { IncrementalSources } from './model/project';
import type { AnalysisCache } from './analysis-cache';
import type { ResolvedConfig } from './config/types';

export interface LintOptions {
  /** Absolute paths of the files to lint. */
  files: string[];
  /** The rules to run (normally `allRules` from `@privacy-lint/rules`). */
  rules: readonly RuleModule[];
  /** The configuration in force for a file (config discovery is the caller's job). */
  configFor(file: string): ResolvedConfig;
  /** Use the TypeScript type checker when a tsconfig.json covers the file. */
  typeInfo: boolean;
  /** Today's date for `until` in suppressions (tests pass a fixed one). */
  today?: Date;
  /** Override file contents (the editor's unsaved buffers). */
  readFile?(file: string): string | undefined;
  /**
   * The program to use for the files covered by `tsconfig` (the language server's incremental language service);
   * by default a fresh program is created for each run. Returning undefined lints those files without types.
   */
  programFor?(tsconfig: string, files: readonly string[]): ts.Program | undefined;
  /**
   * The one program that types the run (ESLint's `parserServices.program`), in place of a program per tsconfig.json:
   * the files it holds are linted with its checker, the others without types. Only with `typeInfo`.
   */
  program?: ts.Program;
  /**
   * Analyses kept between runs (ESLint's plugin lints one file per call): the modules a file imports are analysed
   * once, not again for every file that imports them. Dropped when a file's text changes (see `AnalysisCache`).
   */
  analyses?: AnalysisCache;
  /** Parsed files kept between runs (the editor): changed buffers are parsed incrementally, unchanged ones not at all. */
  sources?: IncrementalSources;
  /** Called once for each file when its result is ready: how many files are done, of how many (progress reports). */
  onFileLinted?(done: number, total: number): void;
  /**
   * Also give each analysed file's facts (`FileResult.facts`): every transfer of personal data, guarded or not, and
   * the uses of My Number and sensitive data — what reports list besides the findings.
   */
  facts?: boolean;
}
