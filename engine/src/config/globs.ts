/**
 * Globs in `privacy-lint.json`: relative to the config file's folder, matched with picomatch (`dot: true`) on
 * POSIX-style relative paths, so a config behaves the same on Windows and in CI.
 */
import * as path from 'node:path';
import picomatch from 'picomatch';
import type { ResolvedConfig } from './types';

/**
 * Why a glob written by a lead cannot work, in words (English and Japanese, each a predicate written after the
 * glob's place: `"ignores[0]" must not be empty`), or undefined when it is fine. Checks what picomatch would
 * silently accept but never match: absolute paths, `..`, Windows separators, unbalanced brackets.
 */
export function globProblem(glob: string): { en: string; ja: string } | undefined {
  if (glob.trim() === '') return { en: 'must not be empty', ja: 'を空にはできません' };
  if (/^(\/|[A-Za-z]:[\\/]|\\\\)/.test(glob)) {
    return {
      en: 'must be relative to the folder of privacy-lint.json, not an absolute path',
      ja: 'は privacy-lint.json のフォルダーからの相対パスでなければなりません（絶対パスは使えません）',
    };
  }
  if (glob.startsWith('!')) {
    return {
      en: 'must not start with "!": negated globs are not supported; list only the files to match',
      ja: 'は "!" で始められません。否定のグロブは使えないので、対象のファイルだけを書いてください',
    };
  }
  if (/(^|\/)\.\.(\/|$)/.test(glob)) {
    return {
      en: 'must not contain "..": globs only match files inside the folder of privacy-lint.json',
      ja: 'に ".." は使えません。グロブは privacy-lint.json のフォルダー内のファイルにだけ一致します',
    };
  }
  // A backslash before an ordinary character is a Windows separator, not an escape of a glob character.
  if (/\\[^*?[\]{}()!+@|\\]/.test(glob)) {
    const fixed = glob.replace(/\\/g, '/');
    return { en: `must use forward slashes ("${fixed}"), not backslashes`, ja: `はバックスラッシュではなくスラッシュで区切ってください（"${fixed}"）` };
  }
  // Only brackets, braces and parentheses can be unbalanced (and picomatch refuses very long input): compiling
  // every glob of a list of 300,000 just to find none took seconds.
  if (/[[\](){}]/.test(glob) || glob.length > 1000) {
    try {
      picomatch.makeRe(glob, { strictBrackets: true });
    } catch (error) {
      const why = describePicomatchError(error);
      return { en: `is not a valid glob: ${why.en}`, ja: `は正しいグロブではありません: ${why.ja}` };
    }
  }
  return undefined;
}

function describePicomatchError(error: unknown): { en: string; ja: string } {
  const text = error instanceof Error ? error.message : String(error);
  const unbalanced = /^Missing (opening|closing): "(.)"/.exec(text);
  if (unbalanced) {
    const [, side, char] = unbalanced;
    return {
      en: `${side === 'opening' ? 'no opening' : 'missing closing'} "${char}" (write "\\${char}" to match the character itself)`,
      ja: `${side === 'opening' ? '開き' : '閉じ'}の "${char}" がありません（文字そのものに一致させるには "\\${char}" と書いてください）`,
    };
  }
  const en = text.charAt(0).toLowerCase() + text.slice(1);
  return { en, ja: `picomatch のエラー（${en}）` };
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
 * One pattern for several globs, matching what their picomatch matchers match (a path equal to a glob, or one its
 * pattern matches): the patterns picomatch made for them, as alternatives. Null when a glob is invalid, a pattern
 * has flags or a back reference, or picomatch would reformat paths before matching (Windows, where `\\` is a
 * separator): then the matchers are used one by one.
 */
const PROBE = 'a\\b';

function combinedPattern(globs: readonly string[]): RegExp | null {
  const sources: string[] = [];
  for (const glob of globs) {
    let state: { regex?: unknown; output?: unknown } | undefined;
    try {
      state = (picomatch(glob, { dot: true }) as unknown as (input: string, returnObject: boolean) => { regex?: unknown; output?: unknown })(PROBE, true);
    } catch {
      return null;
    }
    const regex = state?.regex;
    // A back reference would point at another group once the patterns are joined.
    if (!(regex instanceof RegExp) || regex.flags !== '' || state?.output !== PROBE || /\\[1-9k]/.test(regex.source)) return null;
    sources.push(`(?:${regex.source})`);
  }
  return new RegExp(sources.join('|'));
}

/** A path of plain names (no glob syntax, no `.`/`..` segments): picomatch matches it only by equality. */
const PLAIN_PATH = /^(?!\.\.?(?:\/|$))[\w.-]+(?:\/(?!\.\.?(?:\/|$))[\w.-]+)*$/;

/**
 * A glob list prepared for many lookups: plain paths in a Set, `plain/path/**` as a Set of folders (it matches the
 * folder and everything inside, as picomatch does), and only the other globs as picomatch matchers, compiled when
 * first needed. A config may list hundreds of thousands of globs: compiling and trying each one for every file
 * ran out of memory.
 */
class GlobIndex {
  private readonly exact = new Set<string>();
  private readonly folders = new Set<string>();
  private readonly others: string[] = [];
  private matchers?: ((input: string) => boolean)[];

  constructor(globs: readonly string[]) {
    for (const glob of globs) {
      if (PLAIN_PATH.test(glob)) this.exact.add(glob);
      else if (glob.endsWith('/**') && PLAIN_PATH.test(glob.slice(0, -3))) this.folders.add(glob.slice(0, -3));
      else this.others.push(glob);
    }
  }

  matches(relative: string): boolean {
    if (this.exact.has(relative)) return true;
    if (this.folders.size > 0) {
      for (let end = relative.indexOf('/'); ; end = relative.indexOf('/', end + 1)) {
        if (this.folders.has(end < 0 ? relative : relative.slice(0, end))) return true;
        if (end < 0) break;
      }
    }
    if (this.others.length === 0) return false;
    if (this.combined === undefined) this.combined = combinedPattern(this.others);
    if (this.combined) return relative !== '' && (this.others.includes(relative) || this.combined.test(relative));
    this.matchers ??= this.others.map(matcherFor);
    return this.matchers.some((matches) => matches(relative));
  }
  /** The globs' patterns as one (each file is tested against every glob of `testFiles`); null: not possible. */
  private combined?: RegExp | null;
}

const globIndexes = new WeakMap<readonly string[], GlobIndex>();

/** The index of a glob list, built once per list (configs are not changed once resolved). */
function globIndex(globs: readonly string[]): GlobIndex {
  let index = globIndexes.get(globs);
  if (!index) {
    index = new GlobIndex(globs);
    globIndexes.set(globs, index);
  }
  return index;
}

/**
 * `file` relative to `baseDir` with `/` separators, or undefined when the file is outside `baseDir`.
 * A relative `file` is taken as relative to `baseDir`.
 */
export function relativePosixPath(file: string, baseDir: string): string | undefined {
  // Asked for every file several times (ignores, test files, module globs): the common case — an absolute,
  // normalised POSIX path inside an absolute, normalised folder — without resolving both twice.
  if (path.sep === '/' && file.length > baseDir.length + 1 && file.charCodeAt(baseDir.length) === 47 /* / */
    && file.startsWith(baseDir) && isNormalAbsolute(baseDir) && isNormalAbsolute(file)) {
    return file.slice(baseDir.length + 1);
  }
  const relative = path.relative(baseDir, path.resolve(baseDir, file));
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
    return undefined;
  }
  return relative.split(path.sep).join('/');
}

/** An absolute POSIX path with no `.` or `..` segment, no empty segment and no trailing `/` (what path.resolve gives). */
function isNormalAbsolute(p: string): boolean {
  return p.charCodeAt(0) === 47 && (p.length === 1 || !/\/\/|\/\.\.?(\/|$)|\/$/.test(p));
}

/**
 * Whether `file` matches any of `globs`, taken relative to `baseDir` (the config file's folder).
 * Files outside `baseDir` match nothing. A relative `file` is taken as relative to `baseDir`.
 */
export function matchesAny(file: string, globs: readonly string[], baseDir: string): boolean {
  if (globs.length === 0) return false;
  const relative = relativePosixPath(file, baseDir);
  if (relative === undefined) return false;
  return globIndex(globs).matches(relative);
}

/**
 * Whether `file` is not to be linted: anything inside a `node_modules` folder, Yarn's own code (`.yarn/`, `.pnp.cjs`),
 * and whatever `config.ignores`
 * names. A glob that names a folder (`dist`, `dist/`, `dist/**`, `**\/generated`) ignores everything inside it.
 */
export function isIgnored(file: string, config: ResolvedConfig): boolean {
  const absolute = path.resolve(config.baseDir, file);
  const relative = relativePosixPath(absolute, config.baseDir);
  const segments = relative !== undefined ? relative.split('/') : absolute.split(/[\\/]+/);
  if (segments.includes('node_modules') || segments.includes('.yarn') || /^\.pnp\.(c?js|loader\.mjs)$/.test(segments[segments.length - 1])) return true;
  if (relative === undefined || config.ignores.length === 0) return false;
  const index = ignoresIndex(config.ignores);
  // The file itself, then each folder above it inside baseDir: "dist" ignores "dist/a/b.js".
  for (let end = segments.length; end > 0; end--) {
    if (index.matches(segments.slice(0, end).join('/'))) return true;
  }
  return false;
}

const ignoresIndexes = new WeakMap<readonly string[], GlobIndex>();

/** `ignores` indexed, with trailing slashes dropped (`dist/` names the folder `dist`). */
function ignoresIndex(ignores: readonly string[]): GlobIndex {
  let index = ignoresIndexes.get(ignores);
  if (!index) {
    index = new GlobIndex(ignores.map((glob) => (glob.length > 1 ? glob.replace(/\/+$/, '') : glob)));
    ignoresIndexes.set(ignores, index);
  }
  return index;
}

/**
 * Whether `file` is test code for `config` (matches `testFiles.patterns`, relative to the config's folder).
 * Files outside that folder are not.
 */
export function isTestFile(file: string, config: Pick<ResolvedConfig, 'baseDir' | 'testFiles'>): boolean {
  const patterns = config.testFiles?.patterns;
  return patterns !== undefined && matchesAny(file, patterns, config.baseDir);
}
