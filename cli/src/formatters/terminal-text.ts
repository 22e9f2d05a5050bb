/**
 * Terminal text helpers for the stylish format: ANSI styles that vanish when colour is off, and the display width
 * of a string, so columns stay aligned when messages are in Japanese (full-width characters take two cells).
 */

/** ANSI styles; each returns its input unchanged when colour is off. */
export interface Palette {
  red(s: string): string;
  yellow(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

/** The styles to use: real ANSI escapes when `color`, identity functions otherwise. */
export function palette(color: boolean): Palette {
  if (!color) {
    const plain = (s: string) => s;
    return { red: plain, yellow: plain, dim: plain, bold: plain, underline: plain };
  }
  return { red: wrap(31, 39), yellow: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22), underline: wrap(4, 24) };
}

// eslint-disable-next-line no-control-regex
const ansiPattern = /\u001b\[[0-9;]*m/g;

/** `s` without ANSI style escapes. */
export function stripAnsi(s: string): string {
  return s.replace(ansiPattern, '');
}

/** East Asian Wide and Fullwidth ranges (Unicode UAX #11), enough for Japanese, Chinese, Korean and emoji. */
const wideRanges: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x231a, 0x231b],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

function isZeroWidth(cp: number): boolean {
  return (
    (cp >= 0x0300 && cp <= 0x036f) || // combining diacritics
    (cp >= 0x200b && cp <= 0x200f) || // zero-width space, joiners, marks
    (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors
    cp === 0x3099 ||
    cp === 0x309a // combining (semi-)voiced sound marks
  );
}

/** Number of terminal cells `s` takes, ignoring ANSI escapes. */
export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of stripAnsi(s)) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || isZeroWidth(cp)) continue;
    width += wideRanges.some(([lo, hi]) => cp >= lo && cp <= hi) ? 2 : 1;
  }
  return width;
}

/**
 * Lays rows out in left-aligned columns separated by two spaces (like the `text-table` package ESLint's stylish
 * uses), padding by display width and trimming trailing spaces.
 */
export function table(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
    });
  }
  return rows.map((row) =>
    row
      .map((cell, i) => cell + ' '.repeat(widths[i]! - displayWidth(cell)))
      .join('  ')
      .replace(/\s+$/, ''),
  );
}

/**
 * Wraps plain text (no ANSI escapes) into lines of at most `width` cells: between words, and between any two wide
 * characters (Japanese has no spaces); a word longer than a line is cut.
 */
export function wrapText(text: string, width: number): string[] {
  const tokens = text.match(/[^\s\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]+|\s+|[\s\S]/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  const push = (): void => {
    lines.push(line.replace(/\s+$/, ''));
    line = '';
    lineWidth = 0;
  };
  for (const token of tokens) {
    if (/^\s+$/.test(token)) {
      if (lineWidth > 0) {
        line += ' ';
        lineWidth += 1;
      }
      continue;
    }
    const tokenWidth = displayWidth(token);
    if (lineWidth > 0 && lineWidth + tokenWidth > width) push();
    if (tokenWidth <= width) {
      line += token;
      lineWidth += tokenWidth;
      continue;
    }
    for (const ch of token) {
      const w = displayWidth(ch);
      if (lineWidth + w > width && lineWidth > 0) push();
      line += ch;
      lineWidth += w;
    }
  }
  if (line.trim() !== '' || lines.length === 0) push();
  return lines;
}
