/**
 * Reading `privacy-lint.json`: JSON with comments and trailing commas, validated against the schema and the rule
 * catalog, every problem placed at the key or value the lead wrote. Bad input never throws; it becomes errors.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { mayRead } from '../read-boundary';
import { createScanner, getNodeValue, parseTree, printParseErrorCode, ParseErrorCode, SyntaxKind, type ParseError } from 'jsonc-parser';
import { duplicateKeys, excerpt, LineMap, offsetOf } from './json-text';
import { validateConfigValue } from './validate';
import { readRegularFile } from '../read-file';
import type { ConfigError, ConfigFileContents, RuleCatalog } from './types';

/** The name of the config file searched for next to and above each linted file. */
export const configFileName = 'privacy-lint.json';

/** A config file read and validated without errors. */
export interface LoadedConfig {
  /** Absolute path of the config file. */
  file: string;
  /** The config file's folder: globs in it are relative to this. */
  baseDir: string;
  contents: ConfigFileContents;
}

/** A message in English and Japanese. */
interface Words {
  en: string;
  ja: string;
}

const syntaxWords: Partial<Record<ParseErrorCode, Words>> = {
  [ParseErrorCode.InvalidSymbol]: { en: 'unexpected text', ja: '予期しない文字があります' },
  [ParseErrorCode.InvalidNumberFormat]: { en: 'invalid number', ja: '数値の形式が正しくありません' },
  [ParseErrorCode.PropertyNameExpected]: { en: 'expected a key in double quotes', ja: 'ダブルクォートで囲んだキーが必要です' },
  [ParseErrorCode.ValueExpected]: { en: 'expected a value', ja: '値が必要です' },
  [ParseErrorCode.ColonExpected]: { en: 'expected ":" after the key', ja: 'キーの後に ":" が必要です' },
  [ParseErrorCode.CommaExpected]: { en: 'expected ","', ja: '"," が必要です' },
  [ParseErrorCode.CloseBraceExpected]: { en: 'expected "}"', ja: '"}" が必要です' },
  [ParseErrorCode.CloseBracketExpected]: { en: 'expected "]"', ja: '"]" が必要です' },
  [ParseErrorCode.EndOfFileExpected]: {
    en: 'expected the end of the file after the top-level value',
    ja: '最上位の値の後にはファイルの終わりが必要です',
  },
  [ParseErrorCode.InvalidCommentToken]: { en: 'invalid comment', ja: 'コメントが正しくありません' },
  [ParseErrorCode.UnexpectedEndOfComment]: { en: 'comment is not closed (missing "*/")', ja: 'コメントが閉じていません（"*/" がありません）' },
  [ParseErrorCode.UnexpectedEndOfString]: { en: 'string is not closed (missing \'"\')', ja: '文字列が閉じていません（\'"\' がありません）' },
  [ParseErrorCode.UnexpectedEndOfNumber]: { en: 'number is not complete', ja: '数値が途中で終わっています' },
  [ParseErrorCode.InvalidUnicode]: { en: 'invalid \\u escape', ja: '\\u エスケープが正しくありません' },
  [ParseErrorCode.InvalidEscapeCharacter]: { en: 'invalid escape character', ja: 'エスケープ文字が正しくありません' },
  [ParseErrorCode.InvalidCharacter]: {
    en: 'invalid character in a string (control characters must be escaped)',
    ja: '文字列に使えない文字があります（制御文字はエスケープしてください）',
  },
};

/** Errors jsonc-parser reports while recovering from an earlier one. */
const followUpCodes = new Set<ParseErrorCode>([
  ParseErrorCode.ValueExpected,
  ParseErrorCode.PropertyNameExpected,
  ParseErrorCode.CloseBraceExpected,
  ParseErrorCode.CloseBracketExpected,
]);

function describeSyntaxError(error: ParseError, text: string): Words {
  const words = syntaxWords[error.error] ?? { en: printParseErrorCode(error.error), ja: printParseErrorCode(error.error) };
  // Only a bounded excerpt of the file's text: an unexpected token may be a whole line of something else.
  const found = excerpt(text.slice(error.offset, error.offset + Math.min(error.length, 200)));
  if (error.error === ParseErrorCode.InvalidSymbol) {
    const after = text.slice(error.offset + error.length, error.offset + error.length + 100).trimStart();
    if (found.startsWith("'")) {
      const fixed = `"${found.replace(/^'|'$/g, '')}"`;
      return { en: `${found} needs double quotes (${fixed})`, ja: `${found} はダブルクォートで囲んでください（${fixed}）` };
    }
    if (/^[A-Za-z_$][\w$-]*$/.test(found) && after.startsWith(':')) {
      return { en: `the key ${found} needs double quotes ("${found}")`, ja: `キー ${found} はダブルクォートで囲んでください（"${found}"）` };
    }
    return {
      en: `unexpected ${JSON.stringify(found)}; expected a value: a string in double quotes, a number, true, false, null, an object or an array`,
      ja: `予期しない ${JSON.stringify(found)} があります。値（ダブルクォートで囲んだ文字列、数値、true、false、null、オブジェクト、配列）が必要です`,
    };
  }
  if (error.error === ParseErrorCode.CommaExpected && found !== '') {
    return { en: `expected "," before ${JSON.stringify(found)}`, ja: `${JSON.stringify(found)} の前に "," が必要です` };
  }
  return words;
}

/**
 * Arrays and objects nested deeper than this are refused before parsing: the parser and the validators recurse,
 * and 3,000 levels ended in an "internal error" with no position. A real config needs about six.
 */
export const MAX_CONFIG_DEPTH = 64;

/** The offset of the first `[` or `{` nested deeper than `MAX_CONFIG_DEPTH`, found with the (iterative) scanner. */
function tooDeepAt(text: string): number | undefined {
  const scanner = createScanner(text, false);
  let depth = 0;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.OpenBraceToken || kind === SyntaxKind.OpenBracketToken) {
      if (++depth > MAX_CONFIG_DEPTH) return scanner.getTokenOffset();
    } else if (kind === SyntaxKind.CloseBraceToken || kind === SyntaxKind.CloseBracketToken) {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}

/**
 * Parses and validates the text of a config file. JSON with comments and trailing commas; a leading BOM is
 * ignored. Returns the contents only when there are no errors; errors are sorted by position. A text that is not
 * a valid config always gives at least one error.
 *
 * @param file Path reported in errors.
 * @param text The file's text.
 * @param catalog Rule ids, their option schemas, defaults and presets.
 */
export function parseConfigText(
  file: string,
  text: string,
  catalog: RuleCatalog,
): { contents?: ConfigFileContents; errors: ConfigError[] } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = new LineMap(source);
  const at = (offset: number, message: string, messageJa?: string): ConfigError =>
    messageJa === undefined ? { file, ...lines.position(offset), message } : { file, ...lines.position(offset), message, messageJa };

  if (source.trim() === '') {
    return { errors: [at(0, 'the file is empty; expected a JSON object such as {}', 'ファイルが空です。{} のような JSON オブジェクトを書いてください')] };
  }

  const deep = tooDeepAt(source);
  if (deep !== undefined) {
    return {
      errors: [at(deep,
        `arrays and objects are nested more than ${MAX_CONFIG_DEPTH} levels deep here; a privacy-lint.json needs only a few levels`,
        `ここで配列とオブジェクトの入れ子が ${MAX_CONFIG_DEPTH} 段を超えています。privacy-lint.json に必要なのは数段です`)],
    };
  }

  const syntaxErrors: ParseError[] = [];
  const root = parseTree(source, syntaxErrors, { allowTrailingComma: true, disallowComments: false });
  if (syntaxErrors.length > 0 || !root) {
    const errors: ConfigError[] = [];
    let previous: { line: number; offset: number } | undefined;
    for (const syntaxError of syntaxErrors) {
      const words = describeSyntaxError(syntaxError, source);
      const error = at(syntaxError.offset, `invalid JSON: ${words.en}`, `JSON の誤り: ${words.ja}`);
      // One mistake sets off others: "{a: 1}" gives three errors on its line, and the parser's recovery often
      // reports a missing value or bracket on the next line. Those follow-ups would only mislead. The first error
      // is never a follow-up (it used to be dropped when it was on line 1, and the broken file then loaded as an
      // empty config, i.e. the defaults), and neither is an error of another kind.
      const followUp =
        previous !== undefined &&
        (syntaxError.offset === previous.offset ||
          (followUpCodes.has(syntaxError.error) && (error.line === previous.line || error.line === previous.line + 1)));
      previous = { line: error.line, offset: syntaxError.offset };
      if (!followUp) errors.push(error);
    }
    if (errors.length === 0) errors.push(at(0, 'invalid JSON: expected a value', 'JSON の誤り: 値が必要です'));
    return { errors };
  }

  // getNodeValue builds objects without a prototype; callers expect plain JSON values. A JSON round trip
  // also keeps a "__proto__" key an ordinary property.
  const value: unknown = JSON.parse(JSON.stringify(getNodeValue(root)));
  const problems = [...duplicateKeys(root), ...validateConfigValue(value, catalog)];
  const errors = problems
    .map((problem) => ({
      offset: problem.offset ?? offsetOf(root, problem.path, problem.target),
      message: problem.message,
      messageJa: problem.messageJa,
    }))
    .sort((a, b) => a.offset - b.offset)
    .filter((e, i, all) => i === 0 || e.offset !== all[i - 1].offset || e.message !== all[i - 1].message)
    .map((e) => at(e.offset, e.message, e.messageJa));
  return errors.length > 0 ? { errors } : { contents: value as ConfigFileContents, errors };
}

/**
 * Config files larger than this are not read (a link to a log or a disk image is not a config). Generous: a
 * generated list of 300,000 host globs is about 12 MB, and it loads in about a second.
 */
export const MAX_CONFIG_BYTES = 64 * 1024 * 1024;

/** The text of a config file, or why it cannot be used; `quotable` says whether errors may quote the text. */
type ConfigText = { text: string; quotable: boolean; problem?: undefined } | { problem: Words; text?: undefined };

/**
 * Reads a config file, the one place that decides what may be read and quoted. Errors go to CI logs and editor
 * diagnostics, so the text is quotable only when it is a regular file inside the folder that holds the config
 * (its project): a `privacy-lint.json` that is a link to a secrets file or to `/proc/self/environ` is read (a
 * shared config linked from another folder is legitimate) but its errors give positions only. Folders, devices,
 * FIFOs, sockets, links that lead nowhere or loop are reported, never silently skipped; the bytes come from the
 * engine's `readRegularFile`. UTF-8 (with or without a BOM) and UTF-16 LE/BE with a BOM are read.
 */
export function readConfigText(file: string): ConfigText {
  let target = file;
  let quotable = true;
  try {
    if (fs.lstatSync(file).isSymbolicLink()) {
      target = fs.realpathSync(file);
      quotable = insideConfigFolder(file, target);
      // A /proc link to a pipe or socket (`/dev/stdin` when standard input is one) resolves to a name that is no
      // file ("/proc/…/fd/pipe:[…]"), yet the link leads to something: the safe read below says what it is.
      if (!reachable(target) && reachable(file)) {
        target = file;
        quotable = false;
      }
    }
  } catch (error) {
    return { problem: readProblem(error as NodeJS.ErrnoException, true) };
  }
  // The engine's safe read (regular files only, FIFOs opened without blocking, the size checked before reading).
  const read = readRegularFile(target, MAX_CONFIG_BYTES);
  if (read.problem === undefined) return { text: decodeConfig(read.bytes), quotable };
  if (read.problem === 'too-large') {
    return { problem: { en: `it is larger than ${MAX_CONFIG_BYTES / 1024 / 1024} MiB`, ja: `${MAX_CONFIG_BYTES / 1024 / 1024} MiB を超えています` } };
  }
  if (read.problem === 'outside-workspace') {
    return { problem: { en: 'it lies outside the workspace folders', ja: 'ワークスペースフォルダーの外にあります' } };
  }
  if (read.problem === 'not-a-regular-file') {
    return isFolder(target)
      ? { problem: { en: 'it is a folder, not a file', ja: 'ファイルではなくフォルダーです' } }
      : { problem: { en: 'it is not a regular file (a FIFO, device or socket)', ja: '通常のファイルではありません（FIFO、デバイス、ソケットなど）' } };
  }
  return { problem: readProblem({ code: read.problem === 'error' ? read.code : 'EIO' } as NodeJS.ErrnoException, false) };
}

/** Whether a config link's real target is inside the (real) folder that holds the link. */
function insideConfigFolder(file: string, target: string): boolean {
  const relative = path.relative(fs.realpathSync(path.dirname(file)), target);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * Whether errors about the text of `file` may quote it, by the rule of `readConfigText`: not when the file is a
 * link to a file outside its folder (or a link that cannot be followed). For a text that was not read by
 * `loadConfigFile` (an editor's buffer of the file, which shows the link's target), so that its errors quote no
 * more than the CLI's do; a file that does not exist yet is the buffer only and may be quoted.
 */
export function mayQuoteConfig(file: string): boolean {
  let link: boolean;
  try {
    link = fs.lstatSync(file).isSymbolicLink();
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
  if (!link) return true;
  try {
    return insideConfigFolder(file, fs.realpathSync(file));
  } catch {
    return false;
  }
}

/** Whether `file` leads to something (following links), whatever it is. */
function reachable(file: string): boolean {
  if (!mayRead(file)) return false;
  try {
    return fs.statSync(file, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}

function isFolder(file: string): boolean {
  if (!mayRead(file)) return false;
  return fs.statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

function readProblem(error: NodeJS.ErrnoException, resolvingLink: boolean): Words {
  switch (error.code) {
    case 'ENOENT':
      return resolvingLink && isLink(error.path)
        ? { en: 'it is a symbolic link to a file that does not exist', ja: '存在しないファイルへのシンボリックリンクです' }
        : { en: 'the file does not exist', ja: 'ファイルが存在しません' };
    case 'ELOOP':
      return { en: 'it is a symbolic link that loops', ja: '循環しているシンボリックリンクです' };
    case 'EISDIR':
      return { en: 'it is a folder, not a file', ja: 'ファイルではなくフォルダーです' };
    case 'EACCES':
    case 'EPERM':
      return { en: 'permission denied', ja: '読み取る権限がありません' };
    default:
      // The code only: an error's message may carry paths the user did not write.
      return { en: `it cannot be read (${error.code ?? 'unknown error'})`, ja: `読み取れません（${error.code ?? '不明なエラー'}）` };
  }
}

function isLink(file: string | undefined): boolean {
  try {
    return file !== undefined && fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** UTF-16 LE/BE by their BOM, else UTF-8 (a UTF-8 BOM is removed by the parser). */
function decodeConfig(buf: Buffer): string {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  return new TextDecoder('utf-8').decode(buf);
}

/** Errors of a file whose text must not be quoted: the same positions, with the words that quote nothing. */
export function withoutQuotes(errors: readonly ConfigError[]): ConfigError[] {
  return errors.map((e) => ({
    ...e,
    message: `${e.message.startsWith('invalid JSON') ? 'invalid JSON' : 'invalid configuration'} (details not shown: the file is a link to a file outside the config's folder)`,
    messageJa: `${e.message.startsWith('invalid JSON') ? 'JSON の誤り' : '設定の誤り'}（設定ファイルのフォルダーの外にあるファイルへのリンクのため、詳細は表示しません）`,
  }));
}

/**
 * Reads and validates a config file (see `readConfigText` for what is read). A file that cannot be used is one
 * error at 1:1.
 *
 * @param file Path of the config file (made absolute).
 * @param catalog Rule ids, their option schemas, defaults and presets.
 */
export function loadConfigFile(file: string, catalog: RuleCatalog): { config?: LoadedConfig; errors: ConfigError[] } {
  const absolute = path.resolve(file);
  const read = readConfigText(absolute);
  if (read.problem) {
    return {
      errors: [{
        file: absolute, line: 1, column: 1,
        message: `cannot read the config file: ${read.problem.en}`,
        messageJa: `設定ファイルを読み取れません: ${read.problem.ja}`,
      }],
    };
  }
  const { contents, errors } = parseConfigText(absolute, read.text, catalog);
  if (!contents) return { errors: read.quotable ? errors : withoutQuotes(errors) };
  return { config: { file: absolute, baseDir: path.dirname(absolute), contents }, errors };
}

/**
 * The nearest `privacy-lint.json` in `fromDir` or any folder above it, up to the filesystem root.
 *
 * @returns The absolute path of the file, or undefined when there is none.
 */
export function findConfigFile(fromDir: string): string | undefined {
  let dir = path.resolve(fromDir);
  for (;;) {
    const candidate = path.join(dir, configFileName);
    if (isConfigCandidate(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * Whether a `privacy-lint.json` found while walking up is the config in force: anything there but a folder (a
 * folder named privacy-lint.json is not a config). A FIFO, a device, a link that loops or leads nowhere is one,
 * broken: it is reported rather than silently passed over for a config further up or the defaults.
 */
export function isConfigCandidate(file: string): boolean {
  // Above the language server's workspace folders, no config is looked for (`setReadRoots`).
  if (!mayRead(file)) return false;
  try {
    fs.lstatSync(file);
  } catch {
    return false;
  }
  try {
    return !fs.statSync(file).isDirectory();
  } catch {
    return true;
  }
}

/** Whether `file` exists and is a regular file. */
export function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * `path:line:column: message`, the form editors and terminals turn into links; the message in `locale` when it
 * has a translation (English otherwise).
 */
export function formatConfigError(e: ConfigError, locale?: unknown): string {
  return `${e.file}:${e.line}:${e.column}: ${configErrorMessage(e, locale)}`;
}

/** The message of a config error in `locale` ('ja' or 'en'; English when there is no translation). */
export function configErrorMessage(e: ConfigError, locale?: unknown): string {
  return locale === 'ja' && e.messageJa !== undefined ? e.messageJa : e.message;
}
