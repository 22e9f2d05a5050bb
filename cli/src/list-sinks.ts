/** `privacy-lint --list-sinks`: the sink catalogue (id, family, vendor, country, packages), as a table or JSON. */
import { SINK_CATALOG } from '@privacy-lint/engine';

/** One catalogue entry as the list shows it. */
export interface SinkListRow {
  id: string;
  kind: string;
  family: string;
  vendor: string;
  legalName: string;
  country: string;
  packages: string[];
  globals: string[];
  hosts: string[];
}

export function sinkListRows(): SinkListRow[] {
  return SINK_CATALOG.map((s) => ({
    id: s.id, kind: s.kind, family: s.family, vendor: s.vendor?.name ?? '', legalName: s.vendor?.legalName ?? '',
    country: s.vendor?.country ?? '', packages: [...new Set((s.modules ?? []).map((m) => m.split('#')[0]))],
    globals: [...(s.globals ?? [])], hosts: [...(s.vendor?.hosts ?? [])],
  }));
}

/** The list as text: one line per entry, aligned columns; `json` gives the rows as a JSON array. */
export function sinkListText(format: string): string {
  const rows = sinkListRows();
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n';
  const cells = rows.map((r) => [r.id, r.family, r.vendor || (r.kind === 'log' ? '(log)' : '(the URL decides)'), r.country || '-',
    [...r.packages, ...r.globals.map((g) => `${g} (global)`), ...(r.packages.length || r.globals.length ? [] : r.hosts)].join(', ')]);
  const head = ['id', 'family', 'vendor', 'country', 'packages / globals / hosts'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((x, i) => (i === c.length - 1 ? x : x.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(head), ...cells.map(line), '', `${rows.length} entries`, ''].join('\n');
}
