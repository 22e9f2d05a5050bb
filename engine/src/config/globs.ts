/**
 * Globs in `privacy-lint.json`: relative to the config file's folder, matched with picomatch (`dot: true`) on
 * POSIX-style relative paths, so a config behaves the same on Windows and in CI.
 */
import * as path from 'node:path';
import picomatch from 'picomatch';
import type { ResolvedConfig } from './types';

/**
 * Why a glob written by a lead cannot work, in words, or undefined when it is fine. Checks what picomatch
 * would silently accept but never match: absolute paths, `..`, Windows separators, unbalanced brackets.
 */
export function globProblem(glob: string): string | undefined {
  if (glob.trim() === '') return 'must not be empty';
  if (/^(\/|[A-Za-z]:[\\/]|\\\\)/.test(glob)) {
    return 'must be relative to the folder of privacy-lint.json, not an absolute path';
  }
  if (glob.startsWith('!')) {
    return 'must not start with "!": negated globs are not supported; list only the files to match';
  }
  if (/(^|\/)\.\.(\/|$)/.test(glob)) {
    return 'must not contain "..": globs only match files inside the folder of privacy-lint.json';
  }
  // A backslash before an ordinary character is a Windows separator, not an escape of a glob character.
  if (/\\[^*?[\]{}()!+@|\\]/.test(glob)) {
    return `must use forward slashes ("${glob.replace(/\\/g, '/')}"), not backslashes`;
  }
  try {
    picomatch.makeRe(glob, { strictBrackets: true });
  } catch (error) {
    return `is not a valid glob: ${describePicomatchError(error)}`;
  }
  return undefined;
}

function describePicomatchError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const unbalanced = /^Missing (opening|closing): "(.)"/.exec(text);
  if (unbalanced) {
    const [, side, char] = unbalanced;
    return `${side === 'opening' ? 'no opening' : 'missing closing'} "${char}" (write "\\${char}" to match the character itself)`;
  }
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const matcherCache = new Map<string, (input: string) => boolean>();

function matcherFor(glob: string): (input: string) => boolean {
  let matcher = matcherCache.get(glob);
  if (!matcher) {
    try {
      matcher = picomatch(glob, { dot: true });
    } catch {
      // Invalid globs are reported when the config is loaded; here they simply match nothing.
      matcher = () => false;
    }
    matcherCache.set(glob, matcher);
  }
  return matcher;
}

/**
 * `file` relative to `baseDir` with `/` separators, or undefined when the file is outside `baseDir`.
 * A relative `file` is taken as relative to `baseDir`.
 */
export function relativePosixPath(file: string, baseDir: string): string | undefined {
  const relative = path.relative(baseDir, path.resolve(baseDir, file));
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    return undefined;
  }
  return relative.split(path.sep).join('/');
}

/**
 * Whether `file` matches any of `globs`, taken relative to `baseDir` (the config file's folder).
 * Files outside `baseDir` match nothing. A relative `file` is taken as relative to `baseDir`.
 */
export function matchesAny(file: string, globs: readonly string[], baseDir: string): boolean {
  if (globs.length === 0) return false;
  const relative = relativePosixPath(file, baseDir);
  if (relative === undefined) return false;
  return globs.some((glob) => matcherFor(glob)(relative));
}

/**
 * Whether `file` is not to be linted: anything inside a `node_modules` folder, and whatever `config.ignores`
 * names. A glob that names a folder (`dist`, `dist/`, `dist/**`, `**\/generated`) ignores everything inside it.
 */
export function isIgnored(file: string, config: ResolvedConfig): boolean {
  const absolute = path.resolve(config.baseDir, file);
  const relative = relativePosixPath(absolute, config.baseDir);
  const segments = relative !== undefined ? relative.split('/') : absolute.split(/[\\/]+/);
  if (segments.includes('node_modules')) return true;
  if (relative === undefined || config.ignores.length === 0) return false;
  const matchers = config.ignores.map((glob) => matcherFor(glob.length > 1 ? glob.replace(/\/+$/, '') : glob));
  // The file itself, then each folder above it inside baseDir: "dist" ignores "dist/a/b.js".
  for (let end = segments.length; end > 0; end--) {
    const candidate = segments.slice(0, end).join('/');
    if (matchers.some((matches) => matches(candidate))) return true;
  }
  return false;
}

/**
 * Whether `file` is test code for `config` (matches `testFiles.patterns`, relative to the config's folder).
 * Files outside that folder are not.
 */
export function isTestFile(file: string, config: Pick<ResolvedConfig, 'baseDir' | 'testFiles'>): boolean {
  const patterns = config.testFiles?.patterns;
  return patterns !== undefined && matchesAny(file, patterns, config.baseDir);
}
