/**
 * Reading `privacy-lint.json`: JSON with comments and trailing commas, validated against the schema and the rule
 * catalog, every problem placed at the key or value the lead wrote. Bad input never throws; it becomes errors.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getNodeValue, parseTree, printParseErrorCode, ParseErrorCode, type ParseError } from 'jsonc-parser';
import { duplicateKeys, LineMap, offsetOf } from './json-text';
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

const syntaxWords: Partial<Record<ParseErrorCode, string>> = {
  [ParseErrorCode.InvalidSymbol]: 'unexpected text',
  [ParseErrorCode.InvalidNumberFormat]: 'invalid number',
  [ParseErrorCode.PropertyNameExpected]: 'expected a key in double quotes',
  [ParseErrorCode.ValueExpected]: 'expected a value',
  [ParseErrorCode.ColonExpected]: 'expected ":" after the key',
  [ParseErrorCode.CommaExpected]: 'expected ","',
  [ParseErrorCode.CloseBraceExpected]: 'expected "}"',
  [ParseErrorCode.CloseBracketExpected]: 'expected "]"',
  [ParseErrorCode.EndOfFileExpected]: 'expected the end of the file after the top-level value',
  [ParseErrorCode.InvalidCommentToken]: 'invalid comment',
  [ParseErrorCode.UnexpectedEndOfComment]: 'comment is not closed (missing "*/")',
  [ParseErrorCode.UnexpectedEndOfString]: 'string is not closed (missing \'"\')',
  [ParseErrorCode.UnexpectedEndOfNumber]: 'number is not complete',
  [ParseErrorCode.InvalidUnicode]: 'invalid \\u escape',
  [ParseErrorCode.InvalidEscapeCharacter]: 'invalid escape character',
  [ParseErrorCode.InvalidCharacter]: 'invalid character in a string (control characters must be escaped)',
};

/** Errors jsonc-parser reports while recovering from an earlier one. */
const followUpCodes = new Set<ParseErrorCode>([
  ParseErrorCode.ValueExpected,
  ParseErrorCode.PropertyNameExpected,
  ParseErrorCode.CloseBraceExpected,
  ParseErrorCode.CloseBracketExpected,
]);

function describeSyntaxError(error: ParseError, text: string): string {
  const words = syntaxWords[error.error] ?? printParseErrorCode(error.error);
  const found = text.slice(error.offset, error.offset + error.length);
  if (error.error === ParseErrorCode.InvalidSymbol) {
    const after = text.slice(error.offset + error.length).trimStart();
    if (found.startsWith("'")) {
      return `${found} needs double quotes ("${found.replace(/^'|'$/g, '')}")`;
    }
    if (/^[A-Za-z_$][\w$-]*$/.test(found) && after.startsWith(':')) return `the key ${found} needs double quotes ("${found}")`;
    return `unexpected ${JSON.stringify(found)}; expected a value: a string in double quotes, a number, true, false, null, an object or an array`;
  }
  if (error.error === ParseErrorCode.CommaExpected && found !== '') return `expected "," before ${JSON.stringify(found)}`;
  return words;
}

/**
 * Parses and validates the text of a config file. JSON with comments and trailing commas; a leading BOM is
 * ignored. Returns the contents only when there are no errors; errors are sorted by position.
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
  const at = (offset: number, message: string): ConfigError => ({ file, ...lines.position(offset), message });

  if (source.trim() === '') {
    return { errors: [at(0, 'the file is empty; expected a JSON object such as {}')] };
  }

  const syntaxErrors: ParseError[] = [];
  const root = parseTree(source, syntaxErrors, { allowTrailingComma: true, disallowComments: false });
  if (syntaxErrors.length > 0 || !root) {
    const errors: ConfigError[] = [];
    let previousLine = 0;
    for (const syntaxError of syntaxErrors) {
      const error = at(syntaxError.offset, `invalid JSON: ${describeSyntaxError(syntaxError, source)}`);
      const line = error.line;
      // One mistake sets off others: "{a: 1}" gives three errors on its line, and the parser's recovery often
      // reports a missing value or bracket on the next line. Those follow-ups would only mislead.
      const followUp = line === previousLine || (followUpCodes.has(syntaxError.error) && line === previousLine + 1);
      previousLine = line;
      if (!followUp) errors.push(error);
    }
    return { errors };
  }

  // getNodeValue builds objects without a prototype; callers expect plain JSON values. A JSON round trip
  // also keeps a "__proto__" key an ordinary property.
  const value: unknown = JSON.parse(JSON.stringify(getNodeValue(root)));
  const problems = [...duplicateKeys(root), ...validateConfigValue(value, catalog)];
  const errors = problems
    .map((problem) => ({ offset: problem.offset ?? offsetOf(root, problem.path, problem.target), message: problem.message }))
    .sort((a, b) => a.offset - b.offset)
    .filter((e, i, all) => i === 0 || e.offset !== all[i - 1].offset || e.message !== all[i - 1].message)
    .map((e) => at(e.offset, e.message));
  return errors.length > 0 ? { errors } : { contents: value as ConfigFileContents, errors };
}

/**
 * Reads and validates a config file. A missing or unreadable file is one error at 1:1.
 *
 * @param file Path of the config file (made absolute).
 * @param catalog Rule ids, their option schemas, defaults and presets.
 */
export function loadConfigFile(file: string, catalog: RuleCatalog): { config?: LoadedConfig; errors: ConfigError[] } {
  const absolute = path.resolve(file);
  // Regular files only: `--config /dev/stdin` or a FIFO would block the run, `/dev/zero` would fill the memory.
  const read = readRegularFile(absolute, MAX_CONFIG_BYTES);
  if (read.problem !== undefined) {
    const code = read.problem === 'error' ? read.code : undefined;
    const reason =
      read.problem === 'too-large' ? `it is larger than ${MAX_CONFIG_BYTES / 1024 / 1024} MiB`
      : code === 'ENOENT' ? 'the file does not exist'
      : read.problem === 'not-a-regular-file' ? (isFolder(absolute) ? 'it is a folder, not a file' : 'it is not a regular file (a FIFO, device or socket)')
      : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
      : code === 'ELOOP' ? 'too many levels of symbolic links'
      : `error ${code}`;
    return { errors: [{ file: absolute, line: 1, column: 1, message: `cannot read the config file: ${reason}` }] };
  }
  const text = read.bytes.toString('utf8');
  const { contents, errors } = parseConfigText(absolute, text, catalog);
  if (!contents) return { errors };
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
    if (isFile(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** A config file is a few kilobytes; this only keeps a wrong path from filling the memory. */
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

function isFolder(file: string): boolean {
  return fs.statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/** Whether `file` exists and is a regular file (a folder named privacy-lint.json is not a config). */
export function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** `path:line:column: message`, the form editors and terminals turn into links. */
export function formatConfigError(e: ConfigError): string {
  return `${e.file}:${e.line}:${e.column}: ${e.message}`;
}
