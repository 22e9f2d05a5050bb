/**
 * Lints one text as the file it names: what the ESLint plugin (ESLint's source text), the language server (an
 * editor's buffer) and the tests (a case's code) call. The same run as `lintFiles` on that one file — the same
 * rules, suppressions and fallbacks — with the text in place of the file on disk; the modules it imports are read
 * from `readFile` or the disk, so flows still cross files.
 */
import * as path from 'node:path';
import type { ResolvedConfig } from './config/types';
import type { LintOptions } from './lint-api';
import type { FileResult } from './types';
import { lintFiles } from './lint';

export interface LintTextOptions extends Omit<LintOptions, 'files' | 'configFor' | 'typeInfo' | 'onFileLinted'> {
  /** The configuration of the other files the analysis reads (imported modules); by default `config`. */
  configFor?(file: string): ResolvedConfig;
  /**
   * Use type information: `program`'s checker when a program is given, else the program of the tsconfig.json that
   * covers the file (with `text` in place of the file). Default: whether `program` is given.
   */
  typeInfo?: boolean;
}

/**
 * The findings of `text` linted as `fileName` under `config` (its `rules` say which rules run and how).
 * Never throws for bad input; never runs the code.
 */
export function lintText(text: string, fileName: string, config: ResolvedConfig, options: LintTextOptions): FileResult {
  const file = path.resolve(fileName);
  const others = options.configFor;
  const [result] = lintFiles({
    ...options,
    files: [file],
    configFor: (f) => (f === file || path.resolve(f) === file ? config : others ? others(f) : config),
    typeInfo: options.typeInfo ?? options.program !== undefined,
    readFile: (f) => (f === file ? text : options.readFile?.(f)),
  });
  return result;
}
