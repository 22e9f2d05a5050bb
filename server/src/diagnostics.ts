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
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => ({
      location: { uri: uriOf(r.file), range: toLspRange(r.range) },
      message: r.message[locale],
    }));
  }
  return diagnostic;
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
