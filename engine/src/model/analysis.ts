/**
 * Per-file analysis: which values are personal (by name, by type, by flow), which calls are sinks, where
 * transfers go and whether a consent guard dominates them. Everything is computed on demand from the sink
 * arguments backwards and memoized, so a file costs one walk plus work proportional to what reaches a sink.
 *
 * The analysis is one object built in layers, one concern per file, each layer using only those below it (what a
 * layer asks of one above, it declares `abstract`), bottom to top:
 * - `file-index`: the one walk that indexes the file;
 * - `module-links`: imports, exports and the functions and classes they name, across files;
 * - `type-queries`: what types say is personal;
 * - `sink-matching`: calls matched against the sink catalogue, by what created their receiver;
 * - `flows`: personal values followed through the code;
 * - `destination-resolution`: where a transfer goes.
 * What they hand each other is in `values`; the tables the flows follow are data, in `flow-tables`.
 */
import type * as ts from 'typescript';
import * as path from 'node:path';
import { relativePosixPath } from '../config/globs';
import { isGuarded } from './guards';
import { DestinationResolution } from './destination-resolution';
import { paramsReachSinksAnywhere } from './summaries';
import type { FunctionNode } from './values';

export class FileAnalysis extends DestinationResolution {
  isGuarded(node: ts.Node): boolean {
    return isGuarded(node, this.config.transfers.consentGuards, this.scope);
  }

  handsOnToNoSink(fn: { fn: FunctionNode; analysis: FileAnalysis }): boolean {
    return !paramsReachSinksAnywhere(fn.fn, fn.analysis);
  }

  /** The file's path relative to the config folder, POSIX style. */
  relativePath(): string {
    // Outside the config's folder (a config given with --config elsewhere): the path as the OS has it.
    return relativePosixPath(this.sourceFile.fileName, this.config.baseDir) ?? this.sourceFile.fileName.split(path.sep).join('/');
  }
}
