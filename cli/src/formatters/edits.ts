/**
 * Suggestions as the machine-readable reports carry them: ESLint's one-fix shape for the JSON report, and SARIF
 * `fixes` (artifact changes with line/column regions). Only suggestions with text edits of source files have
 * either; one that only changes privacy-lint.json (register a processor) is listed without them.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LineMap, type FixSuggestion, type Locale, type Range } from '@privacy-lint/engine';
import type { FormatterContext } from './types';

/**
 * URI of a file for `artifactLocation`: relative to `%SRCROOT%` and percent-encoded per segment when the file is
 * under the working directory, an absolute `file:` URI otherwise.
 */
export function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const relative = path.relative(cwd, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    return { uri: pathToFileURL(file).href };
  }
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/** ESLint's fix: replace the text between the offsets `range[0]` and `range[1]` with `text`. */
export interface EslintFix {
  range: [number, number];
  text: string;
}

/**
 * The edits of `suggestion` as one ESLint fix of `file` (edits merged over the text between them, as ESLint merges
 * a rule's fixes), or undefined when it has no edit, edits another file, or the file's text is unknown.
 */
export function mergedFix(suggestion: FixSuggestion, file: string, text: string | undefined): EslintFix | undefined {
  const edits = [...suggestion.edits].sort((a, b) => a.start - b.start || a.end - b.end);
  if (edits.length === 0 || text === undefined || edits.some((e) => e.file !== file)) return undefined;
  if (edits.length === 1) return { range: [edits[0]!.start, edits[0]!.end], text: edits[0]!.text };
  let merged = '';
  let at = edits[0]!.start;
  for (const edit of edits) {
    if (edit.start < at) return undefined; // overlapping edits cannot be merged
    merged += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return { range: [edits[0]!.start, at], text: merged };
}

/**
 * The line map of a text, kept for the last text asked: the findings of one file all ask for its text, and
 * building the map for each suggestion made SARIF output quadratic (16,000 findings in one file: 50 s).
 */
let lastLines: { text: string; lines: LineMap } | undefined;
function lineMapOf(text: string): LineMap {
  if (lastLines?.text !== text) lastLines = { text, lines: new LineMap(text) };
  return lastLines.lines;
}

function rangeOf(lines: LineMap, start: number, end: number): Range {
  return { start: lines.position(start), end: lines.position(end) };
}

/** SARIF `fix` objects for the suggestions with text edits (each edited file's text must be known). */
export function sarifFixes(suggestions: readonly FixSuggestion[] | undefined, ctx: FormatterContext, locale: Locale): object[] {
  const fixes: object[] = [];
  for (const suggestion of suggestions ?? []) {
    if (suggestion.edits.length === 0) continue;
    const byFile = new Map<string, typeof suggestion.edits>();
    for (const edit of suggestion.edits) byFile.set(edit.file, [...(byFile.get(edit.file) ?? []), edit]);
    const changes: object[] = [];
    let complete = true;
    for (const [file, edits] of byFile) {
      const text = ctx.sourceText?.(file);
      if (text === undefined) {
        complete = false;
        break;
      }
      const lines = lineMapOf(text);
      changes.push({
        artifactLocation: artifactLocation(file, ctx.cwd),
        replacements: [...edits]
          .sort((a, b) => a.start - b.start)
          .map((edit) => {
            const range = rangeOf(lines, edit.start, edit.end);
            return {
              deletedRegion: {
                startLine: range.start.line,
                startColumn: range.start.column,
                endLine: range.end.line,
                endColumn: range.end.column,
                charOffset: edit.start,
                charLength: edit.end - edit.start,
              },
              insertedContent: { text: edit.text },
            };
          }),
      });
    }
    if (complete) fixes.push({ description: { text: suggestion.title[locale] }, artifactChanges: changes });
  }
  return fixes;
}
