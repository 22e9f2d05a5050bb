/**
 * File discovery: from the paths on the command line to the sorted list of files to lint. Folders are walked
 * without descending into `node_modules`, `.git`, folders the governing config ignores, or the build output of a
 * tsconfig.json met on the way (its `outDir` and `declarationDir`, see build-output.ts); each file is checked
 * against its own config's `ignores` (the nearest `privacy-lint.json`, or the one given with `--config`). A path
 * named on the command line is linted even when it is build output: naming it is how to lint it anyway.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SOURCE_EXTENSIONS } from './model/project';
import { COMPONENT_EXTENSIONS } from './model/components';
import type { ResolvedConfig } from './config/types';
import type { FileResult } from './types';
import { fileProblem } from './lint';
import { buildOutputFolders } from './build-output';

/** Extensions the engine lints (`.ts .tsx .mts .cts .js .jsx .mjs .cjs`, and the scripts of `.vue .svelte` components). */
export const lintableExtensions: readonly string[] = [...SOURCE_EXTENSIONS, ...COMPONENT_EXTENSIONS];

// `.yarn` is Yarn's own code (its release, plugins, cache and editor SDKs), vendored like node_modules.
const alwaysSkippedFolders = new Set(['node_modules', '.git', '.yarn']);

/** Whether discovery picks `file` up: a lintable extension, and not a `.d.ts` (`.d.mts`, `.d.cts`) declaration file. */
export function isLintableFile(file: string): boolean {
  const base = path.basename(file);
  if (/\.d\.[cm]?ts$/.test(base)) return false;
  return lintableExtensions.includes(path.extname(base));
}

/** A file's first bytes read to tell a library's copy: its banner comes first. */
const BANNER_BYTES = 2048;
/** More of `; , { } ( )` than this in a first line of 2 KB: minified code, not source anyone edits. */
const MINIFIED_PUNCTUATION = 100;

/**
 * A copy of a third-party library kept in the repository (`public/tinymce_7.9.3/…`, `fontawesome-free/js/all.js`,
 * `jquery.min.js`): a minified file (`*.min.js`, or a first line of more than 2 KB dense with code) or a JavaScript file
 * that opens with a library's banner — a comment that gives a version number (`1.2.3`) and starts `/*!` or says
 * "license" or "version". Not the team's source: discovery leaves it out, as it leaves out build output; naming the
 * file lints it. A TypeScript file is always the team's.
 */
export function isVendoredCopy(file: string): boolean {
  const base = path.basename(file);
  if (!/\.[cm]?js$/.test(base)) return false;
  if (/[.-]min\.[cm]?js$/.test(base)) return true;
  let head: string;
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const buffer = Buffer.alloc(BANNER_BYTES);
      head = buffer.toString('utf8', 0, fs.readSync(fd, buffer, 0, BANNER_BYTES, 0));
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false; // the lint run reports what cannot be read
  }
  // Minified: no line break in the first bytes, and dense with code's punctuation (not one long comment or string) —
  // also after a one-line licence comment (`/*! For license information please see redoc.standalone.js.LICENSE.txt */`).
  if (head.length === BANNER_BYTES && isMinifiedRun(head)) return true;
  const afterComment = /^\uFEFF?\s*(?:\/\*[^\n]*?\*\/|\/\/[^\n]*)\s*\n/.exec(head);
  if (head.length === BANNER_BYTES && afterComment && isMinifiedRun(head.slice(afterComment[0].length), BANNER_BYTES / 2)) return true;
  const banner = /^\uFEFF?\s*(\/\*[\s\S]*?\*\/)/.exec(head)?.[1];
  if (hasMinifiedBody(file)) return true;
  if (!banner || !/\bv?\d+\.\d+\.\d+\b/.test(banner)) return false;
  return banner.startsWith('/*!') || /\blicen[sc]e\b|\bversion\b/i.test(banner);
}

/** Files from this size up are read whole to look for a minified body. */
const LARGE_SCRIPT_BYTES = 256 * 1024;
/** A line of code this long is no one's source: a minified or generated body. */
const MINIFIED_LINE_CHARS = 20_000;

/**
 * A large script whose body is minified below a readable start (Emscripten's `pyodide.asm.js`: a few formatted lines,
 * then one line of a megabyte).
 */
function hasMinifiedBody(file: string): boolean {
  let text: string;
  try {
    if (fs.statSync(file).size < LARGE_SCRIPT_BYTES) return false;
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return false;
  }
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end - start >= MINIFIED_LINE_CHARS && isMinifiedRun(text.slice(start, start + BANNER_BYTES))) return true;
    start = end + 1;
  }
  return false;
}

/** A run of code with no line break, at least `min` characters long and dense with code's punctuation. */
function isMinifiedRun(text: string, min = BANNER_BYTES): boolean {
  return text.length >= min && text.indexOf('\n') === -1 && (text.match(/[;,{}()]/g)?.length ?? 0) > MINIFIED_PUNCTUATION * text.length / BANNER_BYTES;
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
  /**
   * Files and folders found that cannot be linted by name (their name is not valid UTF-8), each with one finding
   * saying so; `file` shows the invalid bytes as `\xNN`. Part of the run's results.
   */
  problems: FileResult[];
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

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A file name as a string when its bytes are valid UTF-8 (so the string names the same file again). */
function utf8Name(bytes: Buffer): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** A name for messages: its valid UTF-8 sequences as they are, every other byte as `\xNN`. */
function escapedName(bytes: Buffer): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    const sequence = length > 0 && i + length <= bytes.length ? utf8Name(bytes.subarray(i, i + length)) : undefined;
    if (sequence !== undefined) {
      out += sequence;
      i += length;
    } else {
      out += `\\x${b.toString(16).padStart(2, '0').toUpperCase()}`;
      i++;
    }
  }
  return out;
}

function unreadableName(shown: string, folder: boolean): FileResult {
  const message = folder
    ? { en: 'Folder skipped: its name is not valid UTF-8 (invalid bytes shown as \\xNN); its files are not linted. Rename it.',
      ja: 'フォルダー名が UTF-8 として正しくないため、中のファイルを検査しませんでした（不正なバイトは \\xNN で表示）。名前を変更してください。' }
    : { en: 'File skipped: its name is not valid UTF-8 (invalid bytes shown as \\xNN). Rename it.',
      ja: 'ファイル名が UTF-8 として正しくないため検査しませんでした（不正なバイトは \\xNN で表示）。名前を変更してください。' };
  return { file: shown, typeInfo: false, parseError: true, findings: [fileProblem(shown, message)] };
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
  const problems: FileResult[] = [];

  const ignoredBy = (target: string, kind: 'file' | 'folder'): boolean => {
    const config = policy.configFor(target, kind);
    return config !== undefined && policy.isIgnored(target, config);
  };

  // Build output folders of the tsconfig.json files met so far (absolute paths).
  const buildOutput = new Set<string>();
  // Copies of third-party libraries met on the walk (see `isVendoredCopy`).
  const vendored: string[] = [];

  const walk = (folder: string, root: string, counts: { files: number; ignored: number }): void => {
    let entries: Array<fs.Dirent<Buffer>>;
    try {
      // Names as bytes: a name that is not valid UTF-8 would otherwise come back with U+FFFD in place of its bytes,
      // a path that does not exist (or, worse, names another file).
      entries = fs.readdirSync(folder, { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      notes.push(`cannot read folder ${path.relative(cwd, folder) || '.'}: ${(error as Error).message}`);
      return;
    }
    // Before the entries: the output folder (dist) may come before tsconfig.json in the listing.
    if (entries.some((entry) => entry.name.toString() === 'tsconfig.json' && !entry.isDirectory())) {
      for (const out of buildOutputFolders(folder, root)) buildOutput.add(out);
    }
    for (const entry of entries) {
      const name = utf8Name(entry.name);
      if (name === undefined) {
        // Nothing here can open it by a string path; a source file or folder named so is reported, never dropped.
        const shown = path.join(folder, escapedName(entry.name));
        if (entry.isDirectory() || isLintableFile(shown)) {
          counts.files++;
          problems.push(unreadableName(shown, entry.isDirectory()));
        }
        continue;
      }
      const full = path.join(folder, name);
      // 'other': a FIFO, socket or device, or a link that cannot be followed (a loop, a folder we may not enter).
      let kind: 'folder' | 'file' | 'other' | undefined;
      if (entry.isSymbolicLink()) {
        // Follow links to files; links to folders are not followed, which rules out cycles.
        try {
          const stat = fs.statSync(full, { throwIfNoEntry: false });
          kind = !stat || stat.isDirectory() ? undefined : stat.isFile() ? 'file' : 'other';
        } catch {
          kind = 'other';
        }
      } else {
        kind = entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other';
      }
      if (kind === 'folder') {
        if (alwaysSkippedFolders.has(name)) continue;
        if (buildOutput.has(full) || ignoredBy(full, 'folder')) {
          counts.ignored++;
          continue;
        }
        walk(full, root, counts);
      } else if (kind !== undefined && isLintableFile(full)) {
        // A source file that cannot be read ('other') is still listed: the lint run reports why, never skips it.
        if (ignoredBy(full, 'file')) {
          counts.ignored++;
          continue;
        }
        if (kind === 'file' && isVendoredCopy(full)) {
          counts.ignored++;
          vendored.push(full);
          continue;
        }
        counts.files++;
        found.add(full);
      }
    }
  };

  for (const userPath of userPaths) {
    const absolute = path.resolve(cwd, userPath);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(absolute, { throwIfNoEntry: false });
      if (!stat) throw new MissingPathError(userPath);
    } catch (error) {
      if (error instanceof MissingPathError) throw error;
      // A link loop, or a folder on the way we may not enter: the lint run reports the path with the reason.
      found.add(absolute);
      continue;
    }

    if (stat.isDirectory()) {
      const counts = { files: 0, ignored: 0 };
      if (ignoredBy(absolute, 'folder')) counts.ignored++;
      else walk(absolute, absolute, counts);
      if (counts.files === 0) {
        const reason =
          counts.ignored > 0
            ? `all files in '${userPath}' are ignored by the configuration`
            : `no JavaScript or TypeScript files in '${userPath}'`;
        if (explicit) unmatched.push({ userPath, reason });
        else notes.push(`nothing to lint: ${reason}`);
      }
    } else if (!stat.isFile()) {
      // A FIFO, device or `/dev/stdin` named on purpose: never read, reported by the lint run as not a regular file.
      found.add(absolute);
    } else if (!isLintableFile(absolute)) {
      // A file named on purpose (e.g. by a pre-commit hook passing every staged file) is skipped, not an error.
      notes.push(`skipped ${userPath}: not a JavaScript or TypeScript source file`);
    } else if (path.relative(cwd, absolute).split(path.sep).some((s) => alwaysSkippedFolders.has(s)) || ignoredBy(absolute, 'file')) {
      notes.push(`skipped ${userPath}: ignored by the configuration`);
    } else {
      found.add(absolute);
    }
  }

  if (vendored.length) {
    const example = path.relative(cwd, sortPaths(vendored)[0]) || vendored[0];
    notes.push(`skipped ${vendored.length} ${vendored.length === 1 ? 'file that is a copy' : 'files that are copies'} of a `
      + `third-party library (minified, or opening with the library's version banner), such as ${example}; name a file to lint it`);
  }
  return { files: sortPaths(found), problems, unmatched, notes };
}
