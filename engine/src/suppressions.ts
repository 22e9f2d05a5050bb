/**
 * Suppression comments: the one grammar that the CLI applies and the editor's "suppress" quick fix writes.
 *
 * ```ts
 * // privacy-lint-disable-next-line no-personal-data-in-logs, no-unguarded-external-transfer until 2025-12-31 -- <reason>
 * /* privacy-lint-disable no-personal-data-in-logs -- <reason> *\/   …   /* privacy-lint-enable no-personal-data-in-logs *\/
 * // privacy-lint-disable-file my-number-outside-permitted-module -- <reason>
 * ```
 *
 * Every suppression carries a reason (DevSkim/ESLint style `-- reason`); one without a reason, with an expired or
 * unreadable `until` date, or naming no rule suppresses nothing and is reported (`invalid-suppression`). A
 * suppression that suppressed nothing is reported too (`unused-suppression`), so stale ones do not pile up.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import { LineMap } from './text';
import type { Finding, FixSuggestion, LocalizedText, Position, Range, TextEdit } from './types';

/** Rule id of findings about malformed, reason-less, expired or unknown-rule suppression comments. */
export const INVALID_SUPPRESSION = 'invalid-suppression';
/** Rule id of findings about suppression comments that suppressed nothing. */
export const UNUSED_SUPPRESSION = 'unused-suppression';
/** The rule ids of findings about suppression comments themselves. They cannot be suppressed. */
export const SUPPRESSION_RULE_IDS = [INVALID_SUPPRESSION, UNUSED_SUPPRESSION] as const;

/** Findings of these rules are never suppressed: a file that does not parse is not checked at all. */
const NEVER_SUPPRESSED: ReadonlySet<string> = new Set<string>(['parse-error', ...SUPPRESSION_RULE_IDS]);

/** The four directive forms, named as written after `privacy-lint-`. */
export type SuppressionKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable' | 'disable-file';

/** Message ids of `invalid-suppression` and `unused-suppression` findings. */
export type SuppressionMessageId = 'missingReason' | 'missingRule' | 'unknownRule' | 'badDate' | 'expired' | 'unused';

/**
 * Messages of the two meta rules by message id, with `{{placeholders}}`:
 * `directive` (e.g. `privacy-lint-disable-next-line`), `ruleId`, `date`, `hint`.
 */
export const SUPPRESSION_MESSAGES: Readonly<Record<SuppressionMessageId, LocalizedText>> = {
  missingReason: {
    en: 'Suppression without a reason: add `-- <reason>` after the rule ids of `{{directive}}`. A suppression without a reason is not applied.',
    ja: '抑制コメントに理由がありません。`-- 理由` を付けてください。理由のない抑制は適用されません。',
  },
  missingRule: {
    en: '`{{directive}}` names no rule: write the rule ids after it (`{{directive}} <rule-id>, …`).',
    ja: '`{{directive}}` に規則 ID がありません。対象の規則 ID を続けて書いてください（`{{directive}} <規則ID>, …`）。',
  },
  unknownRule: {
    en: 'Unknown rule `{{ruleId}}` in suppression comment.{{hint}}',
    ja: '抑制コメントの規則 `{{ruleId}}` は存在しません。{{hint}}',
  },
  badDate: {
    en: 'Invalid `until` date {{date}}: write it as YYYY-MM-DD. This suppression is not applied.',
    ja: '`until` の日付 {{date}} が正しくありません。YYYY-MM-DD の形式で書いてください。この抑制は適用されません。',
  },
  expired: {
    en: 'Suppression expired (it was valid until {{date}}): the findings it covered are reported again. Fix them, or review the reason and renew the date.',
    ja: 'この抑制は期限切れです（{{date}} まで有効）。抑制していた指摘は再び報告されます。指摘を修正するか、理由を見直して期限を更新してください。',
  },
  unused: {
    en: 'Unused suppression: `{{directive}} {{ruleId}}` has no effect here; remove it.',
    ja: '不要な抑制コメントです。`{{directive}} {{ruleId}}` はここでは効果がありません。削除してください。',
  },
};

/** A piece of the text: offsets and the matching 1-based range. */
export interface TextSpan {
  startOffset: number;
  endOffset: number;
  range: Range;
}

/** One `privacy-lint-…` comment. Its own offsets and range cover the whole comment, delimiters included. */
export interface SuppressionDirective extends TextSpan {
  kind: SuppressionKind;
  /** `line` for `//`, `block` for `/* *\/`. */
  commentKind: 'line' | 'block';
  /** The `privacy-lint-…` word. */
  keywordSpan: TextSpan;
  /** Rule ids as written, in order (duplicates kept); empty when the comment names none. */
  ruleIds: string[];
  /** Where each of `ruleIds` is written (same order). */
  ruleIdSpans: TextSpan[];
  /** Text after `--`, whitespace collapsed; `undefined` without `--`, `''` when nothing follows it. */
  reason: string | undefined;
  /** Where the reason is written (empty span where it goes when the reason is empty); `undefined` without `--`. */
  reasonSpan: TextSpan | undefined;
  /** Text after `until` as written (not validated); `''` for a bare `until`; `undefined` without `until`. */
  until: string | undefined;
  /** Where the date is written (the `until` word itself when the date is missing). */
  untilSpan: TextSpan | undefined;
}

/** Arguments of {@link applySuppressions}. */
export interface ApplySuppressionsArgs {
  /** Absolute path of the file; used for the findings about its suppression comments. */
  file: string;
  /** The file's text, exactly as the findings' offsets and ranges refer to it. */
  text: string;
  /** The findings of this file. */
  findings: Finding[];
  /** Ids of the rules that exist (a directive naming another id is reported). */
  knownRuleIds: ReadonlySet<string>;
  /** Today, for `until` dates; its local calendar date counts. */
  today: Date;
  /** Directives already parsed from `text` (by {@link parseSuppressions}); parsed here when absent. */
  directives?: SuppressionDirective[];
  /**
   * Rules that did not run on this file (flow rules on test code): a suppression naming one is not reported
   * as unused, since it may well be needed where the rule runs.
   */
  notRun?: ReadonlySet<string>;
}

/** A finding a suppression comment suppressed, with the comment's justification. */
export interface SuppressedFinding {
  finding: Finding;
  /** The reason written after `--`. */
  reason: string;
  /** The directive's form (`disable-next-line`, `disable`, `disable-file` …). */
  kind: SuppressionKind;
  /** The `until` date as written, when there is one. */
  until?: string;
}

const DIRECTIVE_PREFIX = 'privacy-lint-';
const DIRECTIVE_RE = /^privacy-lint-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|$)/;
/**
 * `--` (or a longer run of dashes) after whitespace starts the reason, as in ESLint. Editors and Japanese input
 * methods often turn `--` into a dash (—, ―, –) or full-width hyphens (－－): those are accepted too.
 */
const REASON_SEPARATOR_RE = /(^|\s)(-{2,}|[\u2013\u2014\u2015]+|[\uff0d\u30fc\u2010]{2,})/;
const RULE_ID_TOKEN_RE = /[^\s,]+/g;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Finds the suppression directives in a TypeScript or JavaScript file.
 *
 * Comments are found with the TypeScript scanner, so text in strings, template literals and regular expressions
 * that merely looks like a directive is ignored (JSX text is not told apart from code). A comment is a directive
 * when its text starts with `privacy-lint-disable-next-line`, `-disable`, `-enable` or `-disable-file`; the
 * directive is returned even when malformed, so {@link applySuppressions} can report it.
 *
 * @param text the file's text
 * @param scriptKind how to scan it (`TSX`/`JSX` for JSX files); TypeScript when omitted
 * @returns the directives in text order
 */
export function parseSuppressions(text: string, scriptKind?: ts.ScriptKind): SuppressionDirective[] {
  // Nearly every file has no directive: skip the scan entirely then.
  if (!text.includes(DIRECTIVE_PREFIX)) return [];
  const lines = new LineMap(text);
  const directives: SuppressionDirective[] = [];
  scanTokens(text, scriptKind, (kind, start, end) => {
    if (kind !== ts.SyntaxKind.SingleLineCommentTrivia && kind !== ts.SyntaxKind.MultiLineCommentTrivia) return;
    const directive = parseComment(text, start, end, kind === ts.SyntaxKind.MultiLineCommentTrivia ? 'block' : 'line', lines);
    if (directive) directives.push(directive);
  });
  return directives;
}

/** A disable directive that is in force, and which of its rule ids suppressed something. */
interface ActiveSuppression {
  directive: SuppressionDirective;
  /** For `disable`: where the region ends, per rule id (undefined: end of file). */
  regionEnds: (Position | undefined)[];
  used: boolean[];
}

/**
 * Applies a file's suppression comments to its findings.
 *
 * A `disable-next-line` directive covers findings starting on the line after the comment; a `disable` directive
 * covers findings starting at or after the comment, up to a later `enable` naming the same rule (or the end of
 * the file); `disable-file` covers the whole file. Findings of `parse-error` and of the suppression rules
 * themselves are never suppressed.
 *
 * Reported, as `invalid-suppression` (error): a directive naming no rule (`missingRule`), without a reason
 * (`missingReason`), naming an unknown rule (`unknownRule`, on that id), with an unreadable `until` date
 * (`badDate`) or one before today (`expired`). A directive without a reason, without rules, or with a bad or past
 * date suppresses nothing. Reported as `unused-suppression` (warning, `unused`), per rule id: a disable directive
 * that suppressed no finding of that rule, and an `enable` with no `disable` of that rule before it; these come
 * with a fix that removes the id (or the whole comment). Unused suppressions are not reported in a file with a
 * `parse-error` finding, since no rule ran there.
 *
 * @returns the findings not suppressed, in their original order, followed by the findings about the directives
 *   in text order
 */
export function applySuppressions(args: ApplySuppressionsArgs): Finding[] {
  return applySuppressionsWithRecord(args).findings;
}

/**
 * {@link applySuppressions}, also returning the findings that were suppressed, each with the reason of the
 * (first) comment that suppressed it.
 */
export function applySuppressionsWithRecord(args: ApplySuppressionsArgs): { findings: Finding[]; suppressed: SuppressedFinding[] } {
  const { file, text, findings, knownRuleIds, today } = args;
  const directives = args.directives ?? parseSuppressions(text);
  if (directives.length === 0) return { findings: findings.slice(), suppressed: [] };

  const todayKey = today.getFullYear() * 10000 + (today.getMonth() + 1) * 100 + today.getDate();
  const problems: Finding[] = [];
  const active: ActiveSuppression[] = [];
  /** Per rule id: whether a `disable` naming it came since the last `enable` naming it. */
  const openRegions = new Map<string, boolean>();
  /** `enable` rule ids with no `disable` before them: [directive, index of the id]. */
  const strayEnables: [SuppressionDirective, number][] = [];
  const regionEnds = regionEndsOf(directives);

  directives.forEach((directive, index) => {
    const directiveWord = `privacy-lint-${directive.kind}`;
    let inForce = true;
    if (directive.ruleIds.length === 0) {
      problems.push(metaFinding(file, 'missingRule', directive, { directive: directiveWord }));
      inForce = false;
    }
    directive.ruleIds.forEach((ruleId, i) => {
      if (!knownRuleIds.has(ruleId)) {
        problems.push(metaFinding(file, 'unknownRule', directive.ruleIdSpans[i], { ruleId, hint: unknownRuleHint(ruleId, knownRuleIds) }));
      }
    });

    if (directive.kind === 'enable') {
      directive.ruleIds.forEach((ruleId, i) => {
        if (!knownRuleIds.has(ruleId)) return;
        if (!openRegions.get(ruleId)) strayEnables.push([directive, i]);
        openRegions.set(ruleId, false);
      });
      return;
    }
    if (directive.kind === 'disable') for (const ruleId of directive.ruleIds) openRegions.set(ruleId, true);

    if (!directive.reason) {
      problems.push(metaFinding(file, 'missingReason', directive, { directive: directiveWord }));
      inForce = false;
    }
    if (directive.until !== undefined) {
      const until = parseDate(directive.until);
      const span = directive.untilSpan ?? directive;
      if (until === undefined) {
        problems.push(metaFinding(file, 'badDate', span, {
          date: directive.until ? { en: `\`${directive.until}\``, ja: `\`${directive.until}\`` } : { en: '(missing)', ja: '（なし）' },
        }));
        inForce = false;
      } else if (until.key < todayKey) {
        problems.push(metaFinding(file, 'expired', span, { date: directive.until }));
        inForce = false;
      }
    }
    if (!inForce) return;
    active.push({
      directive,
      regionEnds: regionEnds[index] ?? directive.ruleIds.map(() => undefined),
      used: directive.ruleIds.map(() => false),
    });
  });

  const index = new SuppressionIndex(active);
  const remaining: Finding[] = [];
  const suppressedFindings: SuppressedFinding[] = [];
  for (const finding of findings) {
    const by = NEVER_SUPPRESSED.has(finding.ruleId) ? undefined
      : index.suppress(finding.ruleId, finding.range.start, finding.statementLine);
    if (!by) remaining.push(finding);
    else {
      suppressedFindings.push({ finding, reason: by.reason ?? '', kind: by.kind, ...(by.until !== undefined ? { until: by.until } : {}) });
    }
  }
  index.markUsed();

  const fileParsed = !findings.some((f) => f.ruleId === 'parse-error');
  if (fileParsed) {
    const lines = new LineMap(text);
    for (const { directive, used } of active) {
      const unused = directive.ruleIds.map((ruleId, i) => knownRuleIds.has(ruleId) && !used[i] && !args.notRun?.has(ruleId));
      problems.push(...unusedFindings(file, text, lines, directive, unused, unused, knownRuleIds));
    }
    // Stray enables, grouped by directive (a Map, not a search per id: a comment may name thousands of ids).
    const strayIds = new Map<SuppressionDirective, boolean[]>();
    for (const [directive, i] of strayEnables) {
      let stray = strayIds.get(directive);
      if (!stray) strayIds.set(directive, (stray = directive.ruleIds.map(() => false)));
      stray[i] = true;
    }
    for (const [directive, stray] of strayIds) problems.push(...unusedFindings(file, text, lines, directive, stray, stray, knownRuleIds));
  }

  problems.sort((a, b) => a.startOffset - b.startOffset || a.endOffset - b.endOffset);
  return { findings: remaining.concat(problems), suppressed: suppressedFindings };
}

/**
 * Formats a suppression comment (without indentation or line break).
 *
 * `disable-next-line` and `disable-file` are written as `//` comments, `disable` and `enable` as `/* *\/` comments
 * (a region is usually opened and closed mid-line). An empty reason leaves `-- ` at the end for the user to
 * fill in. `until` is written before `--`; a `Date` is written as its local calendar date.
 *
 * @throws RangeError when `ruleIds` is empty or an id contains whitespace or a comma, or `until` is not a date
 */
export function formatSuppression(kind: SuppressionKind, ruleIds: readonly string[], reason: string, until?: string | Date): string {
  if (ruleIds.length === 0) throw new RangeError('a suppression names at least one rule id');
  for (const ruleId of ruleIds) {
    if (!/^[^\s,]+$/.test(ruleId)) throw new RangeError(`not a rule id: ${JSON.stringify(ruleId)}`);
  }
  let head = `privacy-lint-${kind} ${ruleIds.join(', ')}`;
  if (until !== undefined && kind !== 'enable') {
    const date = typeof until === 'string' ? until : formatDate(until);
    if (parseDate(date) === undefined) throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
    head += ` until ${date}`;
  }
  const oneLineReason = reason.replace(/\s+/g, ' ').trim();
  if (kind === 'disable-next-line' || kind === 'disable-line' || kind === 'disable-file') return `// ${head} -- ${oneLineReason}`;
  if (kind === 'enable' && !oneLineReason) return `/* ${head} */`;
  // `*/` inside the reason would end the comment early.
  const blockReason = oneLineReason.replace(/\*\//g, '* /');
  return `/* ${head} --${blockReason ? ` ${blockReason}` : ''} */`;
}

/**
 * The edit behind the editor's "suppress this finding" quick fix.
 *
 * Inserts `// privacy-lint-disable-next-line <ruleId> -- ` on its own line above `line`, with that line's
 * indentation and the file's line break (CRLF files stay CRLF). When the line above already holds a
 * `disable-next-line` directive, the rule id is added to its list instead (and `-- ` when it had no reason).
 * When `line` starts inside a multi-line string or template literal, where no comment can go, the statement's
 * lines are wrapped in `// privacy-lint-disable <ruleId> -- ` … `// privacy-lint-enable <ruleId>` instead.
 *
 * @param line 1-based line of the finding (its start line)
 * @returns the edit, and the offset in the edited text where the reason is to be typed
 * @throws RangeError when `line` is not a line of `text`
 */
export function suppressionEdit(text: string, file: string, line: number, ruleId: string): { edit: TextEdit; cursorOffset: number } {
  const lines = new LineMap(text);
  if (!Number.isInteger(line) || line < 1 || line > lines.count) throw new RangeError(`line ${line} is not in the file (1–${lines.count})`);

  const above = parseSuppressions(text).filter((d) => d.kind === 'disable-next-line' && d.range.end.line === line - 1).pop();
  if (above) return mergeIntoDirective(text, file, above, ruleId);

  const literals = multiLineLiterals(text);
  let startLine = line;
  for (let literal = enclosing(literals, lines.lineStart(startLine)); literal; literal = enclosing(literals, lines.lineStart(startLine))) {
    startLine = lines.position(literal.start).line;
  }
  const start = lines.lineStart(startLine);
  const indent = /^[ \t]*/.exec(text.slice(start, lines.contentEnd(startLine)))![0];
  const eol = lineBreakBefore(text, lines, startLine);
  if (startLine === line) {
    const opening = `${indent}${formatSuppression('disable-next-line', [ruleId], '')}`;
    return { edit: { file, start, end: start, text: `${opening}${eol}` }, cursorOffset: start + opening.length };
  }

  // Close the region after the last line of the literal (and of any literal that line ends inside).
  let endLine = line;
  while (endLine < lines.count) {
    const literal = enclosing(literals, lines.lineStart(endLine + 1));
    if (!literal) break;
    endLine = lines.position(literal.end).line;
  }
  // A region written with `//` comments, so the reason is typed at the end of a line as in the usual case.
  const opening = `${indent}// privacy-lint-disable ${ruleId} -- `;
  const closing = `${indent}// privacy-lint-enable ${ruleId}`;
  const end = endLine < lines.count ? lines.lineStart(endLine + 1) : text.length;
  const original = text.slice(start, end);
  const replacement = endLine < lines.count
    ? `${opening}${eol}${original}${closing}${eol}`
    : `${opening}${eol}${original}${eol}${closing}`;
  return { edit: { file, start, end, text: replacement }, cursorOffset: start + opening.length };
}

function mergeIntoDirective(text: string, file: string, directive: SuppressionDirective, ruleId: string): { edit: TextEdit; cursorOffset: number } {
  const insertAt = directive.ruleIdSpans.length > 0
    ? directive.ruleIdSpans[directive.ruleIdSpans.length - 1].endOffset
    : directive.keywordSpan.endOffset;
  const addition = directive.ruleIds.includes(ruleId) ? '' : `${directive.ruleIds.length > 0 ? ',' : ''} ${ruleId}`;
  let tailEnd: number;
  let suffix: string;
  if (directive.reasonSpan) {
    tailEnd = directive.reasonSpan.endOffset;
    suffix = directive.reason === '' && !/\s/.test(text.charAt(tailEnd - 1)) ? ' ' : '';
  } else {
    tailEnd = commentBodyEnd(text, directive);
    suffix = ' -- ';
  }
  const replacement = addition + text.slice(insertAt, tailEnd) + suffix;
  return { edit: { file, start: insertAt, end: tailEnd, text: replacement }, cursorOffset: insertAt + replacement.length };
}

/** End of a directive's words: before trailing whitespace and the closing `*\/`. */
function commentBodyEnd(text: string, directive: SuppressionDirective): number {
  let end = directive.endOffset;
  if (directive.commentKind === 'block' && text.startsWith('*/', end - 2) && end - directive.startOffset >= 4) end -= 2;
  while (end > directive.keywordSpan.endOffset && /\s/.test(text.charAt(end - 1))) end--;
  return end;
}

/** The line break that ends the line before `line` (or the file's first one), so edits keep the file's style. */
function lineBreakBefore(text: string, lines: LineMap, line: number): string {
  const lineBreak = line > 1
    ? text.slice(lines.contentEnd(line - 1), lines.lineStart(line))
    : /\r\n|\n|\r/.exec(text)?.[0] ?? '\n';
  return lineBreak === '\r\n' || lineBreak === '\r' ? lineBreak : '\n';
}

// ---------------------------------------------------------------------------------------------------------------
// Reading comments

function parseComment(text: string, start: number, end: number, commentKind: 'line' | 'block', lines: LineMap): SuppressionDirective | undefined {
  const bodyStart = start + 2;
  const bodyEnd = commentKind === 'block' && end - start >= 4 && text.startsWith('*/', end - 2) ? end - 2 : end;
  const body = text.slice(bodyStart, bodyEnd);
  const leading = /^\s*/.exec(body)![0].length;
  const match = DIRECTIVE_RE.exec(body.slice(leading));
  if (!match) return undefined;
  const span = (from: number, to: number): TextSpan => ({ startOffset: from, endOffset: to, range: { start: lines.position(from), end: lines.position(to) } });

  const keywordStart = bodyStart + leading;
  const restStart = keywordStart + match[0].length;
  const rest = text.slice(restStart, bodyEnd);
  const separator = REASON_SEPARATOR_RE.exec(rest);
  const headEnd = separator ? restStart + separator.index + separator[1].length : bodyEnd;

  let reason: string | undefined;
  let reasonSpan: TextSpan | undefined;
  if (separator) {
    const afterDashes = restStart + separator.index + separator[0].length;
    const raw = text.slice(afterDashes, bodyEnd);
    const trimmedStart = afterDashes + /^\s*/.exec(raw)![0].length;
    const trimmedEnd = afterDashes + raw.trimEnd().length;
    reason = raw.replace(/\s+/g, ' ').trim();
    if (reason) {
      reasonSpan = span(trimmedStart, trimmedEnd);
    } else {
      // Where the reason would go: after `-- `, or right after `--`.
      const at = /^[ \t]/.test(raw) ? afterDashes + 1 : afterDashes;
      reasonSpan = span(at, at);
    }
  }

  const tokens: { text: string; start: number; end: number }[] = [];
  for (const token of text.slice(restStart, headEnd).matchAll(RULE_ID_TOKEN_RE)) {
    tokens.push({ text: token[0], start: restStart + token.index, end: restStart + token.index + token[0].length });
  }
  const untilIndex = tokens.findIndex((t) => t.text === 'until');
  const idTokens = untilIndex >= 0 ? tokens.slice(0, untilIndex) : tokens;
  let until: string | undefined;
  let untilSpan: TextSpan | undefined;
  if (untilIndex >= 0) {
    const dateTokens = tokens.slice(untilIndex + 1);
    if (dateTokens.length === 0) {
      until = '';
      untilSpan = span(tokens[untilIndex].start, tokens[untilIndex].end);
    } else {
      const from = dateTokens[0].start;
      const to = dateTokens[dateTokens.length - 1].end;
      until = text.slice(from, to);
      untilSpan = span(from, to);
    }
  }

  return {
    kind: match[1] as SuppressionKind,
    commentKind,
    ...span(start, end),
    keywordSpan: span(keywordStart, restStart),
    ruleIds: idTokens.map((t) => t.text),
    ruleIdSpans: idTokens.map((t) => span(t.start, t.end)),
    reason,
    reasonSpan,
    until,
    untilSpan,
  };
}

/**
 * Runs the scanner over the whole text, telling it where a `/` starts a regular expression and where a `}` resumes
 * a template literal — the two things the scanner cannot know without the parser.
 */
function scanTokens(text: string, scriptKind: ts.ScriptKind | undefined, visit: (kind: ts.SyntaxKind, start: number, end: number) => void): void {
  const variant = scriptKind === ts.ScriptKind.TSX || scriptKind === ts.ScriptKind.JSX ? ts.LanguageVariant.JSX : ts.LanguageVariant.Standard;
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, /*skipTrivia*/ false, variant, text);
  /** Open `{` and `${`: true for a template substitution. */
  const braces: boolean[] = [];
  let previous: ts.SyntaxKind | undefined;
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if ((kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) && slashStartsRegex(previous)) {
      kind = scanner.reScanSlashToken();
    } else if (kind === ts.SyntaxKind.OpenBraceToken || kind === ts.SyntaxKind.TemplateHead) {
      braces.push(kind === ts.SyntaxKind.TemplateHead);
    } else if (kind === ts.SyntaxKind.CloseBraceToken && braces.pop()) {
      kind = scanner.reScanTemplateToken(/*isTaggedTemplate*/ false);
      if (kind === ts.SyntaxKind.TemplateMiddle) braces.push(true);
    }
    visit(kind, scanner.getTokenStart(), scanner.getTokenEnd());
    if (!isTrivia(kind)) previous = kind;
  }
}

function isTrivia(kind: ts.SyntaxKind): boolean {
  return kind >= ts.SyntaxKind.FirstTriviaToken && kind <= ts.SyntaxKind.LastTriviaToken;
}

/** Whether a `/` after a token of this kind starts a regular expression rather than dividing. */
function slashStartsRegex(previous: ts.SyntaxKind | undefined): boolean {
  if (previous === undefined) return true;
  switch (previous) {
    case ts.SyntaxKind.Identifier:
    case ts.SyntaxKind.PrivateIdentifier:
    case ts.SyntaxKind.NumericLiteral:
    case ts.SyntaxKind.BigIntLiteral:
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
    case ts.SyntaxKind.TemplateTail:
    case ts.SyntaxKind.RegularExpressionLiteral:
    case ts.SyntaxKind.CloseParenToken:
    case ts.SyntaxKind.CloseBracketToken:
    case ts.SyntaxKind.PlusPlusToken:
    case ts.SyntaxKind.MinusMinusToken:
    case ts.SyntaxKind.ThisKeyword:
    case ts.SyntaxKind.SuperKeyword:
    case ts.SyntaxKind.NullKeyword:
    case ts.SyntaxKind.TrueKeyword:
    case ts.SyntaxKind.FalseKeyword:
      return false;
    case ts.SyntaxKind.AwaitKeyword:
    case ts.SyntaxKind.YieldKeyword:
      return true;
  }
  // `return /x/`, `typeof /x/`: reserved words come before expressions. Contextual keywords (`type`, `of`,
  // `get` …) are mostly used as identifiers.
  if (previous >= ts.SyntaxKind.FirstReservedWord && previous <= ts.SyntaxKind.LastReservedWord) return true;
  if (previous >= ts.SyntaxKind.FirstKeyword && previous <= ts.SyntaxKind.LastKeyword) return false;
  return true;
}

/** String and template literal tokens that span lines: no comment can be inserted inside them. */
function multiLineLiterals(text: string): { start: number; end: number }[] {
  const literals: { start: number; end: number }[] = [];
  scanTokens(text, undefined, (kind, start, end) => {
    if (isTrivia(kind) || kind === ts.SyntaxKind.RegularExpressionLiteral) return;
    if (/[\r\n\u2028\u2029]/.test(text.slice(start, end))) literals.push({ start, end });
  });
  return literals;
}

function enclosing(literals: { start: number; end: number }[], offset: number): { start: number; end: number } | undefined {
  return literals.find((l) => l.start < offset && offset < l.end);
}

// ---------------------------------------------------------------------------------------------------------------
// Applying

/**
 * For each `disable` directive (by index), where the region of each of its rule ids ends: at the first later
 * `enable` naming that id, or the end of the file (undefined). One backward pass, instead of a scan forward from
 * every directive (quadratic in a file with thousands of them).
 */
function regionEndsOf(directives: readonly SuppressionDirective[]): ((Position | undefined)[] | undefined)[] {
  const ends: ((Position | undefined)[] | undefined)[] = new Array(directives.length);
  const nextEnable = new Map<string, Position>();
  for (let i = directives.length - 1; i >= 0; i--) {
    const directive = directives[i];
    if (directive.kind === 'disable') ends[i] = directive.ruleIds.map((ruleId) => nextEnable.get(ruleId));
    else if (directive.kind === 'enable') for (const ruleId of directive.ruleIds) nextEnable.set(ruleId, directive.range.start);
  }
  return ends;
}

/** Suppressions (rule ids of directives in force) that cover the same findings and are used together. */
interface SuppressionGroup {
  members: [ActiveSuppression, number][];
  used: boolean;
}

/** The `disable` regions of one rule id, in text order: their starts and their ends are both non-decreasing. */
interface RegionList {
  members: [ActiveSuppression, number][];
  starts: Position[];
  ends: (Position | undefined)[];
  /** Difference array over `members`: which of them covered a finding (marked in `markUsed`). */
  covered: number[];
}

/**
 * The suppressions in force, indexed so that a finding only looks at those that can cover it: line directives by
 * (rule id, line), file directives by rule id, regions by rule id with binary search. Before, every finding was
 * tried against every suppression (16,000 suppressed findings took 24 s); now the time is O(n log n).
 */
class SuppressionIndex {
  private readonly byLine = new Map<string, SuppressionGroup>();
  private readonly wholeFile = new Map<string, SuppressionGroup>();
  private readonly regions = new Map<string, RegionList>();

  constructor(active: readonly ActiveSuppression[]) {
    for (const suppression of active) {
      const { directive } = suppression;
      directive.ruleIds.forEach((ruleId, i) => {
        switch (directive.kind) {
          case 'disable-line':
            groupOf(this.byLine, `${directive.range.start.line}\u0000${ruleId}`).members.push([suppression, i]);
            break;
          case 'disable-next-line':
            groupOf(this.byLine, `${directive.range.end.line + 1}\u0000${ruleId}`).members.push([suppression, i]);
            break;
          case 'disable-file':
            groupOf(this.wholeFile, ruleId).members.push([suppression, i]);
            break;
          case 'disable': {
            let list = this.regions.get(ruleId);
            if (!list) this.regions.set(ruleId, (list = { members: [], starts: [], ends: [], covered: [] }));
            list.members.push([suppression, i]);
            list.starts.push(directive.range.start);
            list.ends.push(suppression.regionEnds[i]);
            list.covered.push(0);
            break;
          }
        }
      });
    }
    for (const list of this.regions.values()) list.covered.push(0);
  }

  /**
   * The directive that suppresses a finding of `ruleId` at `at` (in a statement starting on `statementLine`), if
   * any; notes the use.
   */
  suppress(ruleId: string, at: Position, statementLine: number | undefined): SuppressionDirective | undefined {
    let suppressed: SuppressionDirective | undefined;
    const hit = (group: SuppressionGroup | undefined): void => {
      if (group) {
        group.used = true;
        suppressed ??= group.members[0][0].directive;
      }
    };
    hit(this.byLine.get(`${at.line}\u0000${ruleId}`));
    if (statementLine !== undefined && statementLine !== at.line) hit(this.byLine.get(`${statementLine}\u0000${ruleId}`));
    hit(this.wholeFile.get(ruleId));
    const list = this.regions.get(ruleId);
    if (list) {
      // Regions covering `at` started at or before it and end after it: a contiguous run [from, to), as both the
      // starts and the ends are in order.
      const to = firstIndex(list.starts.length, (k) => comparePositions(list.starts[k], at) > 0);
      const from = firstIndex(list.ends.length, (k) => {
        const end = list.ends[k];
        return end === undefined || comparePositions(at, end) < 0;
      });
      if (from < to) {
        list.covered[from]++;
        list.covered[to]--;
        suppressed ??= list.members[to - 1][0].directive;
      }
    }
    return suppressed;
  }

  /** Marks every suppression that covered a finding as used (once, after all findings). */
  markUsed(): void {
    const mark = ([suppression, i]: [ActiveSuppression, number]): void => {
      suppression.used[i] = true;
    };
    for (const group of [...this.byLine.values(), ...this.wholeFile.values()]) if (group.used) group.members.forEach(mark);
    for (const list of this.regions.values()) {
      let depth = 0;
      list.members.forEach((member, k) => {
        depth += list.covered[k];
        if (depth > 0) mark(member);
      });
    }
  }
}

function groupOf(groups: Map<string, SuppressionGroup>, key: string): SuppressionGroup {
  let group = groups.get(key);
  if (!group) groups.set(key, (group = { members: [], used: false }));
  return group;
}

/** The first index in [0, length) where the monotone `test` holds (false … false true … true), or `length`. */
function firstIndex(length: number, test: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (test(mid)) high = mid;
    else low = mid + 1;
  }
  return low;
}

function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.column - b.column;
}

function parseDate(text: string): { key: number } | undefined {
  const match = DATE_RE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return { key: year * 10000 + month * 100 + day };
}

function formatDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "Did you mean …?" for a rule id close to a known one (a typo or a stale name). */
function unknownRuleHint(ruleId: string, knownRuleIds: ReadonlySet<string>): LocalizedText {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(ruleId.length / 4)) + 1;
  for (const known of knownRuleIds) {
    const distance = editDistance(ruleId, known);
    if (distance < bestDistance) [best, bestDistance] = [known, distance];
  }
  return best === undefined ? { en: '', ja: '' } : { en: ` Did you mean \`${best}\`?`, ja: `\`${best}\` の誤りではありませんか。` };
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length];
}

function metaFinding(file: string, messageId: SuppressionMessageId, at: TextSpan, data: Record<string, string | LocalizedText>, fix?: FixSuggestion): Finding {
  const ruleId = messageId === 'unused' ? UNUSED_SUPPRESSION : INVALID_SUPPRESSION;
  const template = SUPPRESSION_MESSAGES[messageId];
  const fill = (locale: keyof LocalizedText) => template[locale].replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
    const value = data[key];
    return value === undefined ? whole : typeof value === 'string' ? value : value[locale];
  });
  const finding: Finding = {
    ruleId,
    messageId,
    message: { en: fill('en'), ja: fill('ja') },
    severity: ruleId === UNUSED_SUPPRESSION ? 'warning' : 'error',
    file,
    range: at.range,
    startOffset: at.startOffset,
    endOffset: at.endOffset,
  };
  if (fix) finding.fix = fix;
  return finding;
}

/**
 * The `unused` findings of a directive, one per rule id marked in `report`, each with the fix that removes it: the
 * whole comment when none of its rule ids does anything, else the id and one separator next to it. `unused` marks
 * the directive's unused ids. What is kept is worked out once per directive, not once per id (a comment may name
 * thousands).
 */
function unusedFindings(
  file: string,
  text: string,
  lines: LineMap,
  directive: SuppressionDirective,
  unused: readonly boolean[],
  report: readonly boolean[],
  knownRuleIds: ReadonlySet<string>,
): Finding[] {
  const kept = directive.ruleIds.map((id, i) => knownRuleIds.has(id) && !unused[i]);
  const anyKept = kept.some(Boolean);
  const wholeComment = anyKept ? undefined : removeComment(text, lines, directive);
  const found: Finding[] = [];
  let keptBefore = false;
  directive.ruleIds.forEach((ruleId, index) => {
    if (report[index]) {
      let edit: TextEdit;
      if (wholeComment) {
        edit = { file, ...wholeComment, text: '' };
      } else {
        const spans = directive.ruleIdSpans;
        // An id after a kept one goes with the separator before it; a leading run of unused ids, with the one
        // after. So the fixes for several ids of one comment never overlap.
        edit = keptBefore
          ? { file, start: spans[index - 1].endOffset, end: spans[index].endOffset, text: '' }
          : { file, start: spans[index].startOffset, end: spans[index + 1].startOffset, text: '' };
      }
      const fix: FixSuggestion = {
        kind: 'remove-unused-suppression',
        title: { en: `Remove unused suppression of \`${ruleId}\``, ja: `不要な抑制 \`${ruleId}\` を削除` },
        edits: [edit],
      };
      found.push(metaFinding(file, 'unused', directive.ruleIdSpans[index], { directive: `privacy-lint-${directive.kind}`, ruleId }, fix));
    }
    if (kept[index]) keptBefore = true;
  });
  return found;
}

/**
 * The text to delete with a comment: its whole line(s) when alone there, else the comment and the space beside it.
 * Looks only at the whitespace next to the comment, not at the whole line (many comments on one long line).
 */
function removeComment(text: string, lines: LineMap, directive: SuppressionDirective): { start: number; end: number } {
  const { startOffset, endOffset } = directive;
  const lineStart = lines.lineStart(directive.range.start.line);
  const endLine = directive.range.end.line;
  const contentEnd = lines.contentEnd(endLine);
  let before = startOffset;
  while (before > lineStart && /\s/.test(text.charAt(before - 1))) before--;
  let after = endOffset;
  while (after < contentEnd && /\s/.test(text.charAt(after))) after++;
  const aloneBefore = before === lineStart;
  const aloneAfter = after === contentEnd;
  if (aloneBefore && aloneAfter) {
    return { start: lineStart, end: endLine < lines.count ? lines.lineStart(endLine + 1) : text.length };
  }
  if (aloneAfter) return { start: before, end: contentEnd };
  return { start: startOffset, end: after };
}
