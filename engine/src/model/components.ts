/**
 * Single-file components (Vue `.vue`, Svelte `.svelte`): their code lives in `<script>` blocks beside the markup.
 * The linter reads those blocks as one script: every character outside them becomes a space (line breaks stay), so
 * the script keeps the offsets, lines and columns it has in the file. Findings, suppression comments and fixes then
 * point into the component as they do into a `.ts` file, and an edit can never touch the markup, which the text the
 * parser sees does not hold.
 *
 * Only top-level `<script>` elements count, as in Vue's and Svelte's compilers: a `<script>` inside an HTML comment
 * is not one, and neither framework allows one inside its markup. `lang="ts"` (or `tsx`) makes the script
 * TypeScript; without it, JavaScript. `<script setup>` and `<script context="module">` are scripts like the others.
 */
import ts = require('typescript');
import * as path from 'node:path';

/** The component extensions the linter reads the scripts of. */
export const COMPONENT_EXTENSIONS = ['.vue', '.svelte'];

/** Whether `file` is a single-file component (by its extension). */
export function isComponentFile(file: string): boolean {
  return COMPONENT_EXTENSIONS.includes(path.extname(file).toLowerCase());
}

/** The script of a component: its text at the same offsets as in the file, and how to parse it. */
export interface ComponentScript {
  text: string;
  kind: ts.ScriptKind;
}

// Quoted attribute values may hold `>` (`generic="T extends Map<K, V>"`).
const OPEN_SCRIPT = /<script(?=[\s>/])((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const CLOSE_SCRIPT = /<\/script\s*>/gi;
const LANG = /\blang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

/** The script blocks of a component's text, kept in place; everything else blanked (line breaks kept). */
export function componentScript(text: string): ComponentScript {
  const keep: Array<[number, number]> = [];
  let typescript = false;
  let jsx = false;
  let at = 0;
  while (at < text.length) {
    const comment = text.indexOf('<!--', at);
    OPEN_SCRIPT.lastIndex = at;
    const open = OPEN_SCRIPT.exec(text);
    if (!open) break;
    // An HTML comment before the tag is skipped whole: it may hide the tag (`<!-- <script> -->`).
    if (comment >= 0 && comment < open.index) {
      const end = text.indexOf('-->', comment + 4);
      if (end < 0) break;
      at = end + 3;
      continue;
    }
    const attributes = open[1] ?? '';
    const start = open.index + open[0].length;
    // A self-closed `<script … />` (an external `src`) holds no code.
    if (attributes.trimEnd().endsWith('/')) { at = start; continue; }
    CLOSE_SCRIPT.lastIndex = start;
    const close = CLOSE_SCRIPT.exec(text);
    const end = close ? close.index : text.length;
    keep.push([start, end]);
    const lang = LANG.exec(attributes);
    const value = (lang?.[1] ?? lang?.[2] ?? lang?.[3] ?? '').toLowerCase();
    if (value === 'ts' || value === 'tsx' || value === 'typescript') typescript = true;
    if (value === 'tsx' || value === 'jsx') jsx = true;
    at = close ? close.index + close[0].length : text.length;
  }
  const parts: string[] = [];
  let from = 0;
  for (const [start, end] of keep) {
    parts.push(blank(text.slice(from, start)), text.slice(start, end));
    from = end;
  }
  parts.push(blank(text.slice(from)));
  const kind = typescript ? (jsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS) : jsx ? ts.ScriptKind.JSX : ts.ScriptKind.JS;
  return { text: parts.join(''), kind };
}

/** Spaces for every character but line breaks (one UTF-16 unit each, so offsets do not move). */
function blank(s: string): string {
  return s.replace(/[^\r\n\u2028\u2029]/g, ' ');
}
