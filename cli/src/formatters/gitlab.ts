/**
 * GitLab Code Quality report (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format): a JSON
 * array of issues that merge requests show as new or fixed. `fingerprint` is the SARIF fingerprint, so an issue
 * keeps its identity when lines move above it. Errors are `major`, warnings `minor` (as ESLint's GitLab formatters do).
 */
import { reportPath } from './github';
import { fingerprints } from './sarif';
import type { Formatter } from './types';

/** One Code Quality issue. */
export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'major' | 'minor';
  location: { path: string; lines: { begin: number; end: number } };
}

/** The results as a Code Quality JSON array. */
export const gitlab: Formatter = (results, ctx) => {
  const issues: CodeQualityIssue[] = [];
  for (const result of results) {
    if (result.findings.length === 0) continue; // fingerprints read the file's text: not for clean files
    const prints = fingerprints(result, ctx);
    result.findings.forEach((f, i) => {
      issues.push({
        description: `${f.message[ctx.locale]} (${f.ruleId})`,
        check_name: f.ruleId,
        fingerprint: prints[i]!,
        severity: f.severity === 'error' ? 'major' : 'minor',
        location: { path: reportPath(f.file, ctx.cwd), lines: { begin: f.range.start.line, end: f.range.end.line } },
      });
    });
  }
  return JSON.stringify(issues, null, 2);
};
