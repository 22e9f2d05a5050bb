/**
 * JUnit XML, which most CI systems show as test results (GitLab, Jenkins, Azure Pipelines, CircleCI): one
 * `<testsuite>` per linted file, a `<testcase>` with a `<failure>` per finding, and one passing `<testcase>` for a
 * clean file so the report shows it was checked.
 */
import type { Finding } from '@privacy-lint/engine';
import { reportPath } from './github';
import type { Formatter } from './types';

/** Text safe in XML content and attribute values; characters XML 1.0 cannot hold are dropped. */
export function escapeXml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const severityWord = { en: { error: 'error', warning: 'warning' }, ja: { error: 'エラー', warning: '警告' } } as const;

/** The results as a JUnit XML document. */
export const junit: Formatter = (results, ctx) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const result of results) {
    const file = reportPath(result.file, ctx.cwd);
    const cases = result.findings.map((f: Finding) => {
      const where = `${file}:${f.range.start.line}:${f.range.start.column}`;
      const message = f.message[ctx.locale];
      const body = `${severityWord[ctx.locale][f.severity]}: ${message} (${f.ruleId}) ${where}`;
      return (
        `    <testcase classname="${escapeXml(file)}" name="${escapeXml(`${f.ruleId} ${f.range.start.line}:${f.range.start.column}`)}" file="${escapeXml(file)}" line="${f.range.start.line}" time="0">\n` +
        `      <failure type="${escapeXml(f.ruleId)}" message="${escapeXml(message)}">${escapeXml(body)}</failure>\n` +
        '    </testcase>'
      );
    });
    if (cases.length === 0) cases.push(`    <testcase classname="${escapeXml(file)}" name="privacy-lint" file="${escapeXml(file)}" time="0" />`);
    const count = Math.max(result.findings.length, 1);
    tests += count;
    failures += result.findings.length;
    suites.push(
      `  <testsuite name="${escapeXml(file)}" tests="${count}" failures="${result.findings.length}" errors="0" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="privacy-lint" tests="${tests}" failures="${failures}" errors="0" time="0">\n` +
    (suites.length > 0 ? `${suites.join('\n')}\n` : '') +
    '</testsuites>\n'
  );
};
