/**
 * Findings → LSP diagnostics: the one place that decides how a finding looks in an editor (0-based range on the
 * personal value, severity from config, `code` = rule id linking to its documentation, `source` = privacy-lint,
 * related locations for what makes the value personal and where it goes).
 */
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic, type Range as LspRange } from 'vscode-languageserver';
import { configErrorMessage, engineDiagnostics, type ConfigError, type Finding, type Locale, type Range, type RuleModule } from '@privacy-lint/engine';

export const SOURCE = 'privacy-lint';

/** The documentation link of a rule or engine diagnostic. */
export function docsUrlOf(ruleId: string, rules: readonly RuleModule[]): string | undefined {
  return rules.find((r) => r.meta.id === ruleId)?.meta.docsUrl ?? engineDiagnostics.find((d) => d.id === ruleId)?.docsUrl;
}

export function toLspRange(range: Range): LspRange {
  return {
    start: { line: range.start.line - 1, character: range.start.column - 1 },
    end: { line: range.end.line - 1, character: range.end.column - 1 },
  };
}

export function fileUri(file: string): string {
  return pathToFileURL(file).href;
}

/** What a diagnostic carries back to the server in code-action requests: which finding it is. */
export interface DiagnosticData { version: number; index: number; }

/**
 * One finding as an LSP diagnostic. `version` and `index` identify it in the validation record; `uriOf` gives the
 * client's URI of a file (an open document's own, e.g. an untitled one's).
 */
export function toDiagnostic(finding: Finding, locale: Locale, rules: readonly RuleModule[], version: number, index: number,
  uriOf: (file: string) => string = fileUri): Diagnostic {
  const href = docsUrlOf(finding.ruleId, rules);
  const diagnostic: Diagnostic = {
    range: toLspRange(finding.range),
    severity: finding.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: finding.ruleId,
    source: SOURCE,
    message: finding.message[locale],
    data: { version, index } satisfies DiagnosticData,
  };
  if (href) diagnostic.codeDescription = { href };
  if (finding.ruleId === 'unused-suppression') diagnostic.tags = [DiagnosticTag.Unnecessary];
  const related = [...(finding.related ?? []), ...pathSteps(finding, locale)];
  if (related.length) {
    diagnostic.relatedInformation = related.map((r) => ({
      location: { uri: uriOf(r.file), range: toLspRange(r.range) },
      message: typeof r.message === 'string' ? r.message : r.message[locale],
    }));
  }
  return diagnostic;
}

/**
 * The path of a flow finding as related information: each step where the data goes (from where it entered to the
 * sink), numbered, and named by the value when the finding names several. A step at the diagnostic's own range is
 * left out: the editor shows it already.
 */
export function pathSteps(finding: Finding, locale: Locale): Array<{ file: string; range: Range; message: string }> {
  const paths = finding.paths ?? [];
  const out: Array<{ file: string; range: Range; message: string }> = [];
  const same = (a: Range, b: Range): boolean => a.start.line === b.start.line && a.start.column === b.start.column
    && a.end.line === b.end.line && a.end.column === b.end.column;
  paths.forEach((steps) => {
    const value = paths.length > 1 ? stepSubject(steps) : undefined;
    steps.forEach((step, i) => {
      if (step.file === finding.file && same(step.range, finding.range)) return;
      const prefix = `${locale === 'ja' ? '経路' : 'path'} ${i + 1}/${steps.length}${value ? ` ${value}` : ''}: `;
      out.push({ file: step.file, range: step.range, message: prefix + step.message[locale] });
    });
  });
  return out;
}

/** The value a path follows, as its first step names it (`c.email`). */
function stepSubject(steps: NonNullable<Finding['paths']>[number]): string | undefined {
  const m = /`([^`]*)`/.exec(steps[0]?.message.en ?? '');
  return m ? `\`${m[1]}\`` : undefined;
}

/** A privacy-lint.json problem as a diagnostic in that file. */
export function configErrorDiagnostic(error: ConfigError, locale: Locale): Diagnostic {
  const start = { line: Math.max(0, error.line - 1), character: Math.max(0, error.column - 1) };
  return {
    range: { start, end: { line: start.line, character: start.character + 1 } },
    severity: DiagnosticSeverity.Error,
    code: 'config-error',
    source: SOURCE,
    message: locale === 'ja' ? `設定エラー: ${configErrorMessage(error, locale)}` : `Configuration error: ${error.message}`,
  };
}
