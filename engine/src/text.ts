import type { Position } from './types';

/**
 * Line starts of a text, with the same line breaks as the TypeScript compiler (CR, LF, CRLF, U+2028, U+2029), so
 * lines agree with the ranges rules compute from a `ts.SourceFile`.
 */
export class LineMap {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      } else if (ch === 10 || ch === 0x2028 || ch === 0x2029) {
        this.starts.push(i + 1);
      }
    }
  }

  get count(): number {
    return this.starts.length;
  }

  /** Offset where a 1-based line starts. */
  lineStart(line: number): number {
    return this.starts[line - 1];
  }

  /** Offset of the line break ending a 1-based line (the text's end for the last line). */
  contentEnd(line: number): number {
    if (line >= this.starts.length) return this.text.length;
    let end = this.starts[line];
    if (end > 0 && this.text.charCodeAt(end - 1) === 10 && this.text.charCodeAt(end - 2) === 13) end -= 2;
    else end -= 1;
    return end;
  }

  /** 1-based line and column of an offset. */
  position(offset: number): Position {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low] + 1 };
  }
}

/**
 * The span that changed between two texts, from their common prefix and suffix: what TypeScript's incremental
 * parser needs to reuse the unchanged parts of a tree.
 */
export function textChange(oldText: string, newText: string): { start: number; oldEnd: number; newEnd: number } {
  const max = Math.min(oldText.length, newText.length);
  let start = 0;
  while (start < max && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let suffix = 0;
  while (suffix < max - start
    && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
  return { start, oldEnd: oldText.length - suffix, newEnd: newText.length - suffix };
}
