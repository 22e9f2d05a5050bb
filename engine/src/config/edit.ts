/**
 * Changes to privacy-lint.json that quick fixes make ("register this host as a processor", "allow this module
 * to handle My Numbers"), as minimal text edits that keep the lead's comments and formatting, and the commented
 * starter file the editor's "Create Configuration File" writes.
 */
import { createScanner, findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, SyntaxKind, type Node, type ParseError } from 'jsonc-parser';
import type { ConfigEdit, Locale } from '../types';
import { defaultSanitizers } from './resolve';

/** Text edits of a config file (offsets into its current text), its text after them, and what to select. */
export interface ConfigTextChange {
  edits: Array<{ start: number; end: number; text: string }>;
  /** The whole text after the change. */
  text: string;
  /** Offsets (in `text`) of the placeholder the user must still decide, when there is one. */
  selection?: { start: number; end: number };
}

/** The file written when there is no config file yet (the change is then made in it). */
const NEW_FILE = '{\n  "extends": "recommended"\n}\n';

interface Layout { eol: string; unit: string; }

function layoutOf(text: string): Layout {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /^([ \t]+)"/m.exec(text)?.[1] ?? '  ';
  return { eol, unit: indent.startsWith('\t') ? '\t' : indent };
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function indentAt(text: string, offset: number): string {
  return /^[ \t]*/.exec(text.slice(lineStart(text, offset)))![0];
}

/** A value on one line, spaced like hand-written JSON: `{ "host": "a.example", "country": "JP" }`. */
function inlineJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(', ')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inlineJson(v)}`);
    return entries.length ? `{ ${entries.join(', ')} }` : '{}';
  }
  return JSON.stringify(value);
}

/** A value over several lines, its lines after the first indented by `indent`. */
function blockJson(value: unknown, indent: string, layout: Layout): string {
  return JSON.stringify(value, null, layout.unit).split('\n').join(layout.eol + indent);
}

/**
 * The text with `item` (a value, or a property when `key` is given) added at the end of the object or array
 * `container`. Only inserts: the lead's comments and formatting around it stay as they are, a comment at the
 * end of the last entry's line stays with that entry, and a one-line container stays on one line.
 */
function insertInto(text: string, container: Node, key: string | undefined, value: unknown, layout: Layout): string {
  const open = container.offset;
  const close = container.offset + container.length - 1;
  const children = container.children ?? [];
  const multiLine = /\n/.test(text.slice(open, close));
  const containerIndent = indentAt(text, open);
  const first = children[0];
  const childIndent = first && text.slice(lineStart(text, first.offset), first.offset).trim() === ''
    ? indentAt(text, first.offset) : containerIndent + layout.unit;
  const prefix = key === undefined ? '' : `${JSON.stringify(key)}: `;
  const block = prefix + blockJson(value, childIndent, layout);
  const splice = (at: number, end: number, insert: string): string => text.slice(0, at) + insert + text.slice(end);

  if (children.length) {
    const last = children[children.length - 1];
    const lastEnd = last.offset + last.length;
    if (!multiLine) return splice(lastEnd, lastEnd, `, ${prefix}${inlineJson(value)}`);
    // After the last entry: its comma (when it has one) and any comment on the rest of its line.
    const scanner = createScanner(text, false);
    scanner.setPosition(lastEnd);
    let hasComma = false;
    let insertAt = lastEnd;
    for (let token = scanner.scan(); ; token = scanner.scan()) {
      const end = scanner.getTokenOffset() + scanner.getTokenLength();
      if (token === SyntaxKind.CommaToken) {
        hasComma = true;
        insertAt = end;
      } else if (token === SyntaxKind.LineCommentTrivia
        || (token === SyntaxKind.BlockCommentTrivia && !/\n/.test(text.slice(scanner.getTokenOffset(), end)))) {
        insertAt = end;
      } else if (token !== SyntaxKind.Trivia) {
        break; // the end of the line, the closing bracket, or a comment over several lines (it belongs below)
      }
    }
    text = splice(insertAt, insertAt, layout.eol + childIndent + block);
    return hasComma ? text : splice(lastEnd, lastEnd, ',');
  }
  const inner = text.slice(open + 1, close);
  if (!multiLine && inner.trim() === '' && container.type === 'array' && (value === null || typeof value !== 'object')) {
    return splice(open + 1, close, inlineJson(value));
  }
  if (multiLine && text.slice(lineStart(text, close), close).trim() === '') {
    // The closing bracket on its own line: the entry goes on the line before it, after any comments.
    const at = lineStart(text, close);
    return splice(at, at, childIndent + block + layout.eol);
  }
  let from = close;
  while (from > open + 1 && /[ \t]/.test(text[from - 1])) from--;
  return splice(from, close, layout.eol + childIndent + block + layout.eol + containerIndent);
}

/** Why a config file cannot be changed safely, as an error. */
function unreadable(file: string, text: string, error: ParseError): Error {
  const line = text.slice(0, error.offset).split('\n').length;
  return new Error(`${file} is not valid JSON (${printParseErrorCode(error.error)} on line ${line}); fix it before changing it`);
}

/**
 * Appends `edit.value` to the array at `edit.path` (creating the array and its parents when missing) in the
 * current `text` of the config file, or in a minimal new file when `text` is undefined or blank. Only inserts
 * text: comments and formatting stay. A value the array already holds is not added again (no edits).
 * Throws when the file is not valid JSON or something on the path is not an object (the array not an array).
 */
export function configTextChange(text: string | undefined, edit: ConfigEdit): ConfigTextChange {
  const blank = text === undefined || text.trim() === ''; // trim() drops a lone BOM too
  const original = blank ? NEW_FILE : text;
  const bom = original.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = original.slice(bom);
  const layout = layoutOf(body);
  const errors: ParseError[] = [];
  const root = parseTree(body, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length) throw unreadable(edit.file, body, errors[0]);
  if (!root || root.type !== 'object') throw new Error(`${edit.file} does not hold a JSON object`);

  let node = root;
  let depth = 0;
  for (; depth < edit.path.length; depth++) {
    const child = findNodeAtLocation(node, [edit.path[depth]]);
    if (!child) break;
    const where = `"${edit.path.slice(0, depth + 1).join('.')}" in ${edit.file}`;
    if (depth < edit.path.length - 1 && child.type !== 'object') throw new Error(`${where} is not an object`);
    if (depth === edit.path.length - 1 && child.type !== 'array') throw new Error(`${where} is not an array`);
    node = child;
  }
  let changed: string;
  if (depth === edit.path.length) {
    const known = (node.children ?? []).some((c) => JSON.stringify(getNodeValue(c)) === JSON.stringify(edit.value));
    if (known) return { edits: [], text: original };
    changed = insertInto(body, node, undefined, edit.value, layout);
  } else {
    // The missing part of the path, built around the value: { "processors": [value] }.
    let value: unknown = [edit.value];
    for (let i = edit.path.length - 1; i > depth; i--) value = { [edit.path[i]]: value };
    changed = insertInto(body, node, edit.path[depth], value, layout);
  }
  const current = original.slice(0, bom) + changed;

  let selection: ConfigTextChange['selection'];
  if (edit.placeholder) {
    // The placeholder in the entry just added (an older entry may hold the same text).
    const array = findNodeAtLocation(parseTree(changed, [], { allowTrailingComma: true })!, edit.path);
    const added = array?.children?.[array.children.length - 1];
    if (added) {
      const at = changed.indexOf(JSON.stringify(edit.placeholder), added.offset);
      if (at >= 0 && at < added.offset + added.length) selection = { start: bom + at + 1, end: bom + at + 1 + edit.placeholder.length };
    }
  }
  if (blank) return { edits: [{ start: 0, end: text?.length ?? 0, text: current }], text: current, selection };
  // One edit replacing the changed span keeps the offsets simple for every client.
  let prefix = 0;
  while (prefix < original.length && prefix < current.length && original[prefix] === current[prefix]) prefix++;
  let suffix = 0;
  while (suffix < original.length - prefix && suffix < current.length - prefix
    && original[original.length - 1 - suffix] === current[current.length - 1 - suffix]) suffix++;
  return { edits: [{ start: prefix, end: original.length - suffix, text: current.slice(prefix, current.length - suffix) }], text: current, selection };
}

/** The commented starter privacy-lint.json, in the user's language. */
export function starterConfigText(locale: Locale, schemaUrl?: string): string {
  const ja = locale === 'ja';
  const c = (en: string, jaText: string): string => `  // ${ja ? jaText : en}`;
  const lines = [
    ja ? '// Privacy Lint の設定（コメント付き JSON）。パスはこのファイルのフォルダーからの相対パスです。'
      : '// Privacy Lint configuration (JSON with comments). Paths are relative to this file\'s folder.',
    '{',
    ...(schemaUrl ? [`  "$schema": ${JSON.stringify(schemaUrl)},`] : []),
    c('"recommended" or "strict".', '"recommended" または "strict"。'),
    '  "extends": "recommended",',
    c('Files and folders not to lint.', '検査しないファイルとフォルダー。'),
    '  "ignores": ["dist/**", "build/**"],',
    '',
    '  "personalData": {',
    `  ${c('Field names of your domain that hold personal data, by category.', '個人データを持つ独自のフィールド名（カテゴリーごと）。')}`,
    '    "extraFields": {},',
    `  ${c('Functions that make a value safe to log (masking, hashing with a key).', 'ログに出しても安全な値にする関数（マスキングなど）。')}`,
    // The defaults, written out: an empty list would replace them, and `mask(…)` would no longer count.
    `    "sanitizers": ${inlineJson(defaultSanitizers)}`,
    '  },',
    '',
    '  "myNumber": {',
    `  ${c('Modules allowed to handle My Number (個人番号関係事務).', '個人番号を扱ってよいモジュール（個人番号関係事務）。')}`,
    '    "permittedModules": [],',
    `  ${c('Hosts My Number may be sent to (required by law).', '個人番号を送信してよい送信先（法令で定められたもの）。')}`,
    '    "permittedDestinations": []',
    '  },',
    '',
    '  "transfers": {',
    `  ${c('Your own services.', '自社のサービス。')}`,
    '    "internalHosts": [],',
    `  ${c('Processors under contract (委託先) and the country where they handle the data.', '契約済みの委託先と、データを取り扱う国。')}`,
    '    "processors": [],',
    `  ${c('Functions that check the customer\'s consent before data leaves.', '送信前にお客さまの同意を確認する関数。')}`,
    '    "consentGuards": []',
    '  },',
    '',
    '  "fixes": {',
    `  ${c('The masking function quick fixes use, and where to import it from.', 'クイックフィックスが使うマスク関数とそのインポート元。')}`,
    '    "maskFunction": { "name": "mask" }',
    '  }',
    '}',
    '',
  ];
  return lines.join('\n');
}
