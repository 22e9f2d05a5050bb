/**
 * Descriptors of the findings the engine itself reports (not rules of `@privacy-lint/rules`): files that do not
 * parse and suppression comments. Code-scanning services need a descriptor for every `ruleId` in a SARIF log.
 */
import type { RuleDescriptor } from './formatters';

export const engineDiagnostics: readonly RuleDescriptor[] = [
  {
    id: 'parse-error',
    description: {
      en: 'Detect files that cannot be read or parsed, so they are never silently left unchecked.',
      ja: '読み込めない、または構文解析できないファイルを検出します（検査されないまま見過ごされないように）。',
    },
    defaultSeverity: 'error',
  },
  {
    id: 'invalid-suppression',
    description: {
      en: 'Detect suppression comments that are not applied: no reason, no or unknown rule id, or an expired or invalid "until" date.',
      ja: '適用されない抑制コメント（理由がない、規則 ID がない・存在しない、until の日付が期限切れ・不正）を検出します。',
    },
    defaultSeverity: 'error',
  },
  {
    id: 'unused-suppression',
    description: {
      en: 'Detect suppression comments that suppress nothing, so stale ones do not pile up.',
      ja: '何も抑制していない抑制コメントを検出します（不要な抑制が残り続けないように）。',
    },
    defaultSeverity: 'warning',
  },
];
