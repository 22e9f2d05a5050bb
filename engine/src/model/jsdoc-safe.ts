/**
 * TypeScript's JSDoc scanner never returns on a JSDoc comment whose text ends in a word followed by `-`: `/** a-*\/`
 * in a valid file, or a file that ends inside `/** Back-of…` (as it does while the comment is being typed). In
 * `scanJsDocToken` the loop `while (pos < end && isIdentifierPart(char = …) || char === minus)` keeps the stale `-`
 * once `pos` reaches the end and runs on forever (microsoft/TypeScript#63580, in TypeScript 5.5 to 6.0.3; fixed on
 * its main branch, not released for 6.0). One such file — or a package's .d.ts — hung a typed run and the language
 * server for good; the run without types too when the file has `@personal` markers (then its JSDoc is parsed).
 *
 * Every text TypeScript parses with JSDoc goes through `withoutJsDocHang` first: the `-`s that end such a comment
 * become spaces. Only comment text changes, character for character, so every position stays where it was.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');

const MINUS = 45;

/** `text` with the `-`s that end a JSDoc comment (where TypeScript's JSDoc scanner would never stop) as spaces. */
export function withoutJsDocHang(file: string, text: string): string {
  // Cheap tests first: almost no file has a comment ending in `-*/`, or ends two characters after a `-`.
  const endsAfterMinus = text.length >= 3 && text.charCodeAt(text.length - 3) === MINUS;
  if (!endsAfterMinus && !text.includes('-*/')) return text;
  // Where comments are, without JSDoc (parsing it is what hangs): a `-*/` in a string, template, regular
  // expression or JSX text is left alone. A file too deep to parse is left as it is (it is left out anyway).
  let sf: ts.SourceFile;
  try {
    sf = ts.createSourceFile(file, text, { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone }, false);
  } catch (e) {
    if (e instanceof RangeError) return text; // the stack overflowed: `parseOrOverflow` deals with the file
    throw e;
  }
  // The last character of a JSDoc comment's text that TypeScript scans is 3 before the comment's end: before `*/`,
  // or before the last two characters of a comment the file ends in.
  const candidates: number[] = [];
  for (let i = text.indexOf('-*/'); i >= 0; i = text.indexOf('-*/', i + 1)) candidates.push(i);
  if (endsAfterMinus && !text.endsWith('-*/')) candidates.push(text.length - 3);
  const blank: number[] = [];
  for (const last of candidates) {
    const comment = commentAt(sf, last);
    if (!comment || comment.end - 3 !== last || !isJsDocLike(text, comment.pos)) continue;
    for (let j = last; j >= comment.pos + 3 && text.charCodeAt(j) === MINUS; j--) blank.push(j);
  }
  if (!blank.length) return text;
  const chars = text.split('');
  for (const j of blank) chars[j] = ' ';
  return chars.join('');
}

/** A `/**` comment as TypeScript's parser takes it for JSDoc (not `/**\/`). */
function isJsDocLike(text: string, pos: number): boolean {
  return text.charCodeAt(pos + 1) === 42 && text.charCodeAt(pos + 2) === 42 && text.charCodeAt(pos + 3) !== 47;
}

/** The block comment `at` lies in, if it lies in the trivia before a token (not in a token's own text). */
function commentAt(sf: ts.SourceFile, at: number): ts.CommentRange | undefined {
  let node: ts.Node = sf;
  for (;;) {
    const child = node.getChildren(sf).find((c) => c.pos <= at && at < c.end);
    if (!child) break;
    node = child;
  }
  if (node === sf) node = sf.endOfFileToken;
  // JSX text has no trivia: what looks like a comment there is text.
  if (node.kind === ts.SyntaxKind.JsxText || at >= node.getStart(sf)) return undefined;
  return ts.getLeadingCommentRanges(sf.text, node.pos)
    ?.find((r) => r.kind === ts.SyntaxKind.MultiLineCommentTrivia && r.pos <= at && at < r.end);
}
