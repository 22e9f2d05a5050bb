/**
 * The default, human-readable format, laid out like ESLint's `stylish`: per file an underlined path (relative to
 * the working directory) and one aligned row per finding, then a one-line summary, then what the analysis could not
 * see (with the hint that fixes each). Prints nothing for a clean run that saw everything.
 */
import * as path from 'node:path';
import type { Finding, Locale } from '@privacy-lint/engine';
import type { Formatter } from './types';
import { displayWidth, palette, table, wrapText } from './terminal-text';
import { blindSpotGroups, blindSpotHeading, blindSpotLines } from './blind-spots';

const severityLabel: Record<Locale, Record<Finding['severity'], string>> = {
  en: { error: 'error', warning: 'warning' },
  ja: { error: 'エラー', warning: '警告' },
};

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function summaryText(locale: Locale, errors: number, warnings: number): string {
  const total = errors + warnings;
  if (locale === 'ja') return `✖ ${total} 件の問題（エラー ${errors} 件、警告 ${warnings} 件）`;
  return `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
}

/** ESLint's line under the summary: how many findings `--fix` would remove. */
function fixableText(locale: Locale, errors: number, warnings: number): string {
  if (locale === 'ja') return `  エラー ${errors} 件、警告 ${warnings} 件は \`--fix\` オプションで修正できます。`;
  return `  ${plural(errors, 'error')} and ${plural(warnings, 'warning')} potentially fixable with the \`--fix\` option.`;
}

/** ESLint-style report for people: per-file tables and a summary; '' when there is nothing to report. */
export const stylish: Formatter = (results, ctx) => {
  const c = palette(ctx.color);
  let output = '\n';
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;

  for (const result of results) {
    if (result.findings.length === 0) continue;
    const lineWidth = Math.max(...result.findings.map((f) => String(f.range.start.line).length));
    const rows = result.findings.map((f) => {
      if (f.severity === 'error') errors++;
      else warnings++;
      if (f.fix && f.fix.configEdit === undefined) {
        if (f.severity === 'error') fixableErrors++;
        else fixableWarnings++;
      }
      const severity =
        f.severity === 'error' ? c.red(severityLabel[ctx.locale].error) : c.yellow(severityLabel[ctx.locale].warning);
      return [
        '',
        // Line numbers are padded to one width so the colons line up, as in ESLint.
        `${String(f.range.start.line).padStart(lineWidth)}:${f.range.start.column}`,
        severity,
        // ESLint drops a final full stop so the rule id reads as the end of the sentence.
        f.message[ctx.locale].replace(/([^ ])\.$/u, '$1').replace(/\r?\n/g, ' '),
        f.ruleId,
      ];
    });
    const lines = fitsOneLine(rows, ctx.width)
      ? table(rows).map((line) =>
          // Dim the position and the rule id after alignment, so escapes never disturb the widths.
          ctx.color ? dimPositionAndRule(line, c.dim) : line,
        )
      : wrappedRows(rows, ctx.width!, c.dim);
    output += `${c.underline(path.relative(ctx.cwd, result.file) || path.basename(result.file))}\n`;
    output += `${lines.join('\n')}\n\n`;
  }

  const total = errors + warnings;
  // What the analysis could not see: printed with the summary, and alone after a clean run (clean is not blind).
  const blind = blindSpotGroups(results);
  const blindText = blind.length
    ? `${c.yellow(blindSpotHeading(ctx.locale))}\n${blindSpotLines(blind, ctx.cwd, ctx.locale)
      // On a terminal, wrapped at its width like the rows, continuation lines indented under the first.
      .map((l) => (ctx.width === undefined ? [l] : wrapText(l, Math.max(20, ctx.width - 4))).map((part, i) => `${i ? '    ' : '  '}${part}`).join('\n'))
      .join('\n')}\n`
    : '';
  if (total === 0) return blindText ? `\n${blindText}` : '';
  const summary = summaryText(ctx.locale, errors, warnings);
  output += `${(errors > 0 ? c.red : c.yellow)(c.bold(summary))}\n`;
  if (fixableErrors + fixableWarnings > 0) {
    output += `${(errors > 0 ? c.red : c.yellow)(c.bold(fixableText(ctx.locale, fixableErrors, fixableWarnings)))}\n`;
  }
  if (blindText) output += `\n${blindText}`;
  return output;
};

function dimPositionAndRule(line: string, dim: (s: string) => string): string {
  return line
    .replace(/^(\s+)(\d+:\d+)/u, (_m, lead: string, pos: string) => lead + dim(pos))
    .replace(/(\s)(\S+)$/u, (_m, space: string, rule: string) => space + dim(rule));
}

/** Whether every row fits in `width` columns as one aligned line (always, when there is no width). */
function fitsOneLine(rows: readonly string[][], width: number | undefined): boolean {
  if (width === undefined) return true;
  return table(rows).every((line) => displayWidth(line) <= width);
}

/**
 * Rows too wide for the terminal: the position and severity as usual, the message wrapped in its column (its
 * continuation lines start under its first word), the rule id after the message's last line when it fits there,
 * else on a line of its own in that column. No line is wider than `width` unless a column alone is.
 */
function wrappedRows(rows: readonly string[][], width: number, dim: (s: string) => string): string[] {
  const positionWidth = Math.max(...rows.map((r) => displayWidth(r[1]!)));
  const severityWidth = Math.max(...rows.map((r) => displayWidth(r[2]!)));
  const indent = 2 + positionWidth + 2 + severityWidth + 2;
  const messageWidth = Math.max(20, width - indent);
  const pad = ' '.repeat(indent);
  const out: string[] = [];
  for (const [, position, severity, message, ruleId] of rows) {
    const head = `  ${' '.repeat(positionWidth - displayWidth(position!))}${dim(position!)}  ${severity}${' '.repeat(severityWidth - displayWidth(severity!))}  `;
    const lines = wrapText(message!, messageWidth);
    const last = lines.length - 1;
    const withRule = displayWidth(lines[last]!) + 2 + displayWidth(ruleId!) <= messageWidth;
    lines.forEach((line, i) => {
      const text = i === last && withRule ? `${line}  ${dim(ruleId!)}` : line;
      out.push(`${i === 0 ? head : pad}${text}`.replace(/\s+$/, ''));
    });
    if (!withRule) out.push(`${pad}${dim(ruleId!)}`);
  }
  return out;
}
