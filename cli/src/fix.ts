/**
 * `--fix` and `--fix-dry-run`: the rules' behaviour-preserving fixes (`Finding.fix`, never the suggestions) applied
 * to the text of the files, as ESLint's `SourceCodeFixer` applies them, and the fixed text written back.
 *
 * Which edits are fixes: a rule's `fix` must keep what the program does. Every edit the rules offer for personal
 * data (mask a value, log only the id, wrap a call in a consent or opt-out check, register a processor, permit a
 * module) changes what the program does or what the policy allows, so those are suggestions and are never applied
 * here. What is a fix today is the removal of an unused suppression comment (or of the unused rule id in it).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readRegularFile, MAX_FILE_BYTES, type Finding } from '@privacy-lint/engine';
import { mergedFix, type EslintFix } from './formatters/edits';

/** ESLint stops after this many passes (a fix that keeps producing new fixes must not loop forever). */
export const MAX_FIX_PASSES = 10;

/** The text after one pass of fixes, and how many findings it fixed. */
export interface FixPass {
  output: string;
  fixed: number;
}

/**
 * The fix of a finding as one edit of its file, or undefined when it has none that can be applied automatically:
 * no fix, a fix that also changes privacy-lint.json or another file, or edits that overlap each other.
 */
export function fixEditOf(finding: Finding, text: string): EslintFix | undefined {
  const fix = finding.fix;
  if (!fix || fix.configEdit !== undefined) return undefined;
  return mergedFix(fix, finding.file, text);
}

/**
 * Applies the fixes of `findings` to `text` in one pass, in order of position. A fix that overlaps or touches one
 * already applied is left for the next pass (the file is linted again, and the finding may still be there), as
 * ESLint does: two edits never land on the same text, so no fix is ever applied to text another fix changed.
 */
export function applyFixes(text: string, findings: readonly Finding[]): FixPass {
  const edits = findings
    .map((finding) => fixEditOf(finding, text))
    .filter((edit): edit is EslintFix => edit !== undefined && edit.range[0] <= edit.range[1] && edit.range[1] <= text.length)
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let lastEnd = Number.NEGATIVE_INFINITY;
  let fixed = 0;
  for (const edit of edits) {
    const [start, end] = edit.range;
    if (lastEnd >= start) continue;
    output += text.slice(Math.max(0, lastEnd), start) + edit.text;
    lastEnd = end;
    fixed++;
  }
  if (fixed === 0) return { output: text, fixed: 0 };
  return { output: output + text.slice(lastEnd), fixed };
}

/** A file `--fix` may write: its bytes as read, and whether they start with a UTF-8 byte order mark. */
export interface FixableFile {
  bytes: Buffer;
  bom: boolean;
}

/** Why a file's fixes are not applied or not written. */
export type NotFixedReason = 'unreadable' | 'encoding' | 'outside' | 'not-regular' | 'changed' | 'io';

/**
 * Whether the text the engine linted for `file` can be written back without changing anything but the fixed
 * spans: the file's real path must be inside `roots` (see {@link fixRoots}), and the file must be UTF-8 (with or
 * without a byte order mark) and hold exactly `text`. Shift_JIS and UTF-16 files are read for linting but not
 * written (Node has no Shift_JIS encoder, and a rewrite in another encoding would change every line).
 */
export function fixableFile(file: string, text: string, roots: readonly string[]): FixableFile | { reason: NotFixedReason } {
  let real: string;
  try {
    real = fs.realpathSync.native(file);
  } catch {
    return { reason: 'unreadable' };
  }
  if (!roots.some((root) => inside(real, root))) return { reason: 'outside' };
  const read = readRegularFile(real, MAX_FILE_BYTES);
  if (!read.bytes) return { reason: read.problem === 'not-a-regular-file' ? 'not-regular' : 'unreadable' };
  const bom = read.bytes.length >= 3 && read.bytes[0] === 0xef && read.bytes[1] === 0xbb && read.bytes[2] === 0xbf;
  const body = bom ? read.bytes.subarray(3) : read.bytes;
  if (!body.equals(Buffer.from(text, 'utf8'))) return { reason: read.bytes.includes(0) || !isUtf8(body) ? 'encoding' : 'changed' };
  return { bytes: read.bytes, bom };
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Why a fixed file was not written. */
export class FixWriteError extends Error {
  override name = 'FixWriteError';
  constructor(
    readonly file: string,
    readonly reason: NotFixedReason,
    detail?: string,
  ) {
    super(detail ?? reason);
  }
}

/**
 * The folders `--fix` may write in, as real paths: the working directory and each folder named on the command line
 * (the folder of each file named). A file is written only when its real path is inside one of them, so a symbolic
 * link in the project that leads out of it (to a shared checkout, to `/etc`) is never written through.
 */
export function fixRoots(cwd: string, paths: readonly string[]): string[] {
  const roots = new Set<string>();
  const add = (folder: string): void => {
    try {
      roots.add(fs.realpathSync.native(folder));
    } catch {
      // a path that does not exist has nothing to write
    }
  };
  add(cwd);
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let folder = absolute;
    try {
      if (!fs.statSync(absolute).isDirectory()) folder = path.dirname(absolute);
    } catch {
      continue;
    }
    // A file named on the command line may itself be a link: its folder, not its target's, is what the user named.
    add(folder);
  }
  return [...roots];
}

function inside(file: string, root: string): boolean {
  const relative = path.relative(root, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * Writes the fixed `text` of `file` atomically: to a temporary file in the same folder (with the original's mode and,
 * when running as root, its owner), renamed over the real file. A symbolic link stays a link and its target is
 * written, but only when that target is inside `roots`.
 *
 * @param original the bytes that were linted: when the file no longer holds them (edited while the run went on),
 *   nothing is written, so no one's edit is lost.
 * @throws FixWriteError when the file is outside the roots, not a regular file, changed, or cannot be written
 */
export function writeFixedFile(file: string, original: FixableFile, text: string, roots: readonly string[]): void {
  let real: string;
  try {
    real = fs.realpathSync.native(file);
  } catch (error) {
    throw new FixWriteError(file, 'io', (error as Error).message);
  }
  if (!roots.some((root) => inside(real, root))) throw new FixWriteError(file, 'outside');
  const stat = fs.statSync(real);
  if (!stat.isFile()) throw new FixWriteError(file, 'not-regular');
  const now = readRegularFile(real, MAX_FILE_BYTES);
  if (!now.bytes || !now.bytes.equals(original.bytes)) throw new FixWriteError(file, 'changed');

  const folder = path.dirname(real);
  const temporary = path.join(folder, `.${path.basename(real)}.${process.pid}.${Date.now().toString(36)}.fix.tmp`);
  const data = Buffer.concat([original.bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
  try {
    // `wx`: never follows or reuses something already at the temporary name.
    fs.writeFileSync(temporary, data, { flag: 'wx', mode: stat.mode & 0o7777 });
    fs.chmodSync(temporary, stat.mode & 0o7777); // the umask narrowed the mode given above
    if (typeof process.getuid === 'function' && process.getuid() === 0 && (stat.uid !== 0 || stat.gid !== 0)) {
      fs.chownSync(temporary, stat.uid, stat.gid);
    }
    fs.renameSync(temporary, real);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw new FixWriteError(file, 'io', (error as Error).message);
  }
}
