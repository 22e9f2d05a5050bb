/**
 * Hover on a flagged value: what is personal and why, its category, the path it takes to the sink, the clause
 * and the documentation link — from the findings validation recorded for this document version.
 */
import * as path from 'node:path';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { CATEGORY_LABELS, type Finding, type Locale, type PersonalCategory, type RuleModule } from '@privacy-lint/engine';
import { docsUrlOf, toLspRange } from './diagnostics';

/** The code a step names (its first code span), for a compact path: `c.email` → `e` → `console.log`. */
function stepText(message: string): string {
  return /`[^`]*`/.exec(message)?.[0] ?? message;
}

function contains(f: Finding, position: Position): boolean {
  const r = toLspRange(f.range);
  const after = (a: Position, b: Position): boolean => a.line > b.line || (a.line === b.line && a.character >= b.character);
  return after(position, r.start) && after(r.end, position);
}

/**
 * Markdown for every finding under the cursor; undefined when there is none. The diagnostic's message is not
 * repeated (editors show it next to the hover): the hover adds what is personal, its category, the path the value
 * takes to where it is reported, the clause and the documentation.
 */
export function hoverFor(findings: readonly Finding[], position: Position, locale: Locale, rules: readonly RuleModule[]): Hover | undefined {
  const here = findings.filter((f) => contains(f, position));
  if (!here.length) return undefined;
  const ja = locale === 'ja';
  const code = (text: string): string => `\`${text.replace(/`/g, '')}\``;
  const sections = here.map((f) => {
    const lines = [`**Privacy Lint** · ${code(f.ruleId)}${f.clause ? ` · ${ja ? '方針' : 'policy'} ${f.clause}` : ''}`];
    const category = f.category ? CATEGORY_LABELS[f.category as PersonalCategory]?.[locale] ?? f.category : undefined;
    const subject = f.flow?.[0];
    if (subject || category) {
      lines.push('', `${ja ? '個人データ' : 'Personal data'}: ${[subject && code(subject), category].filter(Boolean).join(ja ? ' — ' : ' — ')}`);
    }
    // The way each value takes, with where each step is (file:line), as the diagnostic's related information does.
    if (f.paths?.length) {
      for (const steps of f.paths) {
        const where = (file: string, line: number): string => `${path.basename(file)}:${line}`;
        const parts = steps.map((s) => `${stepText(s.message.en)} (${where(s.file, s.range.start.line)})`);
        lines.push('', `${ja ? '経路' : 'Path'}: ${parts.join(' → ')}`);
      }
    } else if (f.flow && f.flow.length > 1) {
      lines.push('', `${ja ? '経路' : 'Path'}: ${f.flow.map(code).join(' → ')}`);
    }
    if (!subject && !category) lines.push('', f.message[locale]);
    const href = docsUrlOf(f.ruleId, rules);
    if (href) lines.push('', `[${ja ? 'ルールの説明' : 'Rule documentation'}](${href})`);
    return lines.join('\n');
  });
  const first = toLspRange(here[0].range);
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range: first };
}
