/**
 * File discovery: from the paths on the command line to the sorted list of files to lint. Folders are walked
 * without descending into `node_modules`, `.git` or folders the governing config ignores; each file is checked
 * against its own config's `ignores` (the nearest `privacy-lint.json`, or the one given with `--config`).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SOURCE_EXTENSIONS } from './model/project';
import type { ResolvedConfig } from './config/types';

/** Extensions the engine lints (`.ts .tsx .mts .cts .js .jsx .mjs .cjs`). */
export const lintableExtensions: readonly string[] = SOURCE_EXTENSIONS;

const alwaysSkippedFolders = new Set(['node_modules', '.git']);

/** Whether discovery picks `file` up: a lintable extension, and not a `.d.ts` (`.d.mts`, `.d.cts`) declaration file. */
export function isLintableFile(file: string): boolean {
  const base = path.basename(file);
  if (/\.d\.[cm]?ts$/.test(base)) return false;
  return lintableExtensions.includes(path.extname(base));
}

/** How discovery learns which config governs a path and whether that config ignores it. */
export interface IgnorePolicy {
  /**
   * The config that governs a file, or whether a folder is walked; undefined when it cannot be loaded (the caller
   * keeps the errors of files' configs, which stop the run).
   */
  configFor(fileOrFolder: string, kind: 'file' | 'folder'): ResolvedConfig | undefined;
  isIgnored(fileOrFolder: string, config: ResolvedConfig): boolean;
}

/** A path on the command line that does not exist: the run stops with exit code 2. */
export class MissingPathError extends Error {
  override name = 'MissingPathError';
  constructor(readonly userPath: string) {
    super(`No such file or directory: ${userPath}`);
  }
}

export interface Discovery {
  /** Absolute paths, sorted, without duplicates. */
  files: string[];
  /** Paths given on the command line that yielded no file, with the reason. */
  unmatched: Array<{ userPath: string; reason: string }>;
  /** Things worth telling the user on stderr that do not fail the run. */
  notes: string[];
}

function comparePaths(a: string, b: string): number {
  // Compare segment by segment so "a/b.ts" sorts next to "a/c.ts", not after "a-b.ts".
  const sa = a.split(path.sep);
  const sb = b.split(path.sep);
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    if (sa[i] !== sb[i]) return sa[i]! < sb[i]! ? -1 : 1;
  }
  return sa.length - sb.length;
}

/** Paths in the order reports list them: by folder, then name (code-unit order, the same on every machine). */
export function sortPaths(files: Iterable<string>): string[] {
  return [...files].sort(comparePaths);
}

/**
 * Finds the files to lint.
 *
 * @param userPaths Paths as typed (files or folders), relative to `cwd` or absolute.
 * @param explicit False when the paths are the default `.`: then finding nothing is a note, not an error.
 */
export function discoverFiles(userPaths: readonly string[], cwd: string, policy: IgnorePolicy, explicit: boolean): Discovery {
  const found = new Set<string>();
  const unmatched: Discovery['unmatched'] = [];
  const notes: string[] = [];

  const ignoredBy = (target: string, kind: 'file' | 'folder'): boolean => {
    const config = policy.configFor(target, kind);
    return config !== undefined && policy.isIgnored(target, config);
  };

  const walk = (folder: string, counts: { files: number; ignored: number }): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      notes.push(`cannot read folder ${path.relative(cwd, folder) || '.'}: ${(error as Error).message}`);
      return;
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        // Follow links to files; links to folders are not followed, which rules out cycles.
        const stat = fs.statSync(full, { throwIfNoEntry: false });
        isFile = stat?.isFile() ?? false;
        isDirectory = false;
      }
      if (isDirectory) {
        if (alwaysSkippedFolders.has(entry.name)) continue;
        if (ignoredBy(full, 'folder')) {
          counts.ignored++;
          continue;
        }
        walk(full, counts);
      } else if (isFile && isLintableFile(full)) {
        if (ignoredBy(full, 'file')) {
          counts.ignored++;
          continue;
        }
        counts.files++;
        found.add(full);
      }
    }
  };

  for (const userPath of userPaths) {
    const absolute = path.resolve(cwd, userPath);
    const stat = fs.statSync(absolute, { throwIfNoEntry: false });
    if (!stat) throw new MissingPathError(userPath);

    if (stat.isDirectory()) {
      const counts = { files: 0, ignored: 0 };
      if (ignoredBy(absolute, 'folder')) counts.ignored++;
      else walk(absolute, counts);
      if (counts.files === 0) {
        const reason =
          counts.ignored > 0
            ? `all files in '${userPath}' are ignored by the configuration`
            : `no JavaScript or TypeScript files in '${userPath}'`;
        if (explicit) unmatched.push({ userPath, reason });
        else notes.push(`nothing to lint: ${reason}`);
      }
    } else if (!isLintableFile(absolute)) {
      // A file named on purpose (e.g. by a pre-commit hook passing every staged file) is skipped, not an error.
      notes.push(`skipped ${userPath}: not a JavaScript or TypeScript source file`);
    } else if (path.relative(cwd, absolute).split(path.sep).some((s) => alwaysSkippedFolders.has(s)) || ignoredBy(absolute, 'file')) {
      notes.push(`skipped ${userPath}: ignored by the configuration`);
    } else {
      found.add(absolute);
    }
  }

  return { files: sortPaths(found), unmatched, notes };
}
