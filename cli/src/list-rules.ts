/**
 * `privacy-lint --list-rules`: every rule with its clause, its severity in each preset and what it disallows, in the
 * message language.
 */
import type { Locale, RuleModule, RuleSetting } from '@privacy-lint/engine';
import type { RuleCatalog } from '@privacy-lint/engine';

function settingText(setting: RuleSetting | undefined, fallback: string): string {
  if (setting === undefined) return fallback;
  if (typeof setting === 'string') return setting;
  const [severity, options] = setting;
  return options && Object.keys(options).length ? `${severity} ${JSON.stringify(options)}` : severity;
}

export function listRulesText(rules: readonly RuleModule[], catalog: RuleCatalog, locale: Locale): string {
  const header = locale === 'ja'
    ? ['規則', '条項', 'recommended', 'strict', '概要']
    : ['rule', 'clause', 'recommended', 'strict', 'description'];
  const rows = rules.map((r) => {
    const byDefault = r.meta.defaultSeverity === 'warning' ? 'warn' : 'error';
    return [
      r.meta.id,
      r.meta.clause,
      settingText(catalog.presets.recommended?.[r.meta.id], byDefault),
      settingText(catalog.presets.strict?.[r.meta.id], byDefault),
      r.meta.description[locale],
    ];
  });
  const widths = header.slice(0, -1).map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
  const line = (row: string[]) => row.map((cell, i) => (i < widths.length ? cell.padEnd(widths[i]) : cell)).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}
