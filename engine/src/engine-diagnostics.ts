/**
 * Descriptors of the findings the engine itself reports (not rules of `@privacy-lint/rules`): files that do not
 * parse or fail inside the engine, and suppression comments. Code-scanning services need a descriptor for every
 * `ruleId` in a SARIF log; editors link each diagnostic to its documentation.
 */
import type { LocalizedText, Severity } from './types';

/** A diagnostic the engine reports itself, described like a rule for SARIF and editors. */
export interface EngineDiagnosticDescriptor {
  id: string;
  description: LocalizedText;
  defaultSeverity: Severity;
  docsUrl: string;
}

const DOCS = 'https://github.com/corezo/privacy-lint/blob/main/';

export const engineDiagnostics: readonly EngineDiagnosticDescriptor[] = [
  {
    id: 'parse-error',
    description: {
      en: 'Detect files that cannot be read or parsed, so they are never silently left unchecked.',
      ja: '読み込めない、または構文解析できないファイルを検出します（検査されないまま見過ごされないように）。',
    },
    defaultSeverity: 'error',
    docsUrl: `${DOCS}README.md#cli`,
  },
  {
    id: 'internal-error',
    description: {
      en: 'Detect files the engine failed on, so a bug in the linter never passes for a clean file.',
      ja: 'エンジンが解析に失敗したファイルを検出します（リンターの不具合が問題なしと見なされないように）。',
    },
    defaultSeverity: 'error',
    docsUrl: `${DOCS}README.md#cli`,
  },
  {
    id: 'invalid-suppression',
    description: {
      en: 'Detect suppression comments that are not applied: no reason, no or unknown rule id, or an expired or invalid "until" date.',
      ja: '適用されない抑制コメント（理由がない、規則 ID がない・存在しない、until の日付が期限切れ・不正）を検出します。',
    },
    defaultSeverity: 'error',
    docsUrl: `${DOCS}docs/suppressions.md`,
  },
  {
    id: 'unused-suppression',
    description: {
      en: 'Detect suppression comments that suppress nothing, so stale ones do not pile up.',
      ja: '何も抑制していない抑制コメントを検出します（不要な抑制が残り続けないように）。',
    },
    defaultSeverity: 'warning',
    docsUrl: `${DOCS}docs/suppressions.md`,
  },
];
