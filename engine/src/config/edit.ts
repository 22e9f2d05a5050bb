/**
 * Changes to privacy-lint.json that quick fixes make ("register this host as a processor", "allow this module
 * to handle My Numbers"), as minimal text edits that keep the lead's comments and formatting, and the commented
 * starter file the editor's "Create Configuration File" writes.
 */
import { applyEdits, modify, parseTree, findNodeAtLocation, type FormattingOptions } from 'jsonc-parser';
import type { ConfigEdit, Locale } from '../types';

/** Text edits of a config file (offsets into its current text), its text after them, and what to select. */
export interface ConfigTextChange {
  edits: Array<{ start: number; end: number; text: string }>;
  /** The whole text after the change. */
  text: string;
  /** Offsets (in `text`) of the placeholder the user must still decide, when there is one. */
  selection?: { start: number; end: number };
}

function formattingOf(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /^([ \t]+)"/m.exec(text)?.[1] ?? '  ';
  return indent.startsWith('\t')
    ? { insertSpaces: false, tabSize: 4, eol }
    : { insertSpaces: true, tabSize: indent.length, eol };
}

/**
 * Appends `edit.value` to the array at `edit.path` (creating the array and its parents when missing) in the
 * current `text` of the config file, or in a minimal new file when `text` is undefined. Comments stay.
 */
export function configTextChange(text: string | undefined, edit: ConfigEdit): ConfigTextChange {
  const original = text ?? '{\n  "extends": "recommended"\n}\n';
  const formattingOptions = formattingOf(original);
  const edits: ConfigTextChange['edits'] = [];
  let current = original;
  const tree = parseTree(current);
  const array = tree ? findNodeAtLocation(tree, edit.path) : undefined;
  if (array && array.type !== 'array') {
    throw new Error(`"${edit.path.join('.')}" in ${edit.file} is not an array`);
  }
  // Adding the (empty) array first keeps comments in the objects around it (a parent created in one step is
  // rewritten whole).
  const steps: Array<{ path: Array<string | number>; value: unknown; isArrayInsertion?: boolean }> = [];
  if (!array) steps.push({ path: edit.path, value: [] });
  steps.push({ path: [...edit.path, -1], value: edit.value, isArrayInsertion: true });
  for (const step of steps) {
    const stepEdits = modify(current, step.path, step.value, { formattingOptions, isArrayInsertion: step.isArrayInsertion });
    current = applyEdits(current, stepEdits);
  }
  // One edit replacing the changed span keeps the offsets simple for every client.
  let prefix = 0;
  while (prefix < original.length && prefix < current.length && original[prefix] === current[prefix]) prefix++;
  let suffix = 0;
  while (suffix < original.length - prefix && suffix < current.length - prefix
    && original[original.length - 1 - suffix] === current[current.length - 1 - suffix]) suffix++;
  edits.push({ start: prefix, end: original.length - suffix, text: current.slice(prefix, current.length - suffix) });
  let selection: ConfigTextChange['selection'];
  if (edit.placeholder) {
    const at = current.indexOf(JSON.stringify(edit.placeholder), prefix);
    if (at >= 0) selection = { start: at + 1, end: at + 1 + edit.placeholder.length };
  }
  return { edits: text === undefined ? [{ start: 0, end: 0, text: current }] : edits, text: current, selection };
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
    '    "sanitizers": []',
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
