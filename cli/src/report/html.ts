/**
 * The record as one self-contained HTML page: styles inline, the diagram inline SVG, no script, nothing fetched
 * (a Content-Security-Policy of `default-src 'none'` says so to the browser too), so it can be archived, mailed or
 * opened offline as it is. Every text from the code is escaped.
 */
import type { Locale } from '@privacy-lint/engine';
import { anchorOf, escapeHtml, FLOW_COLOURS, recordDiagram } from './diagram';
import { categoryWord, consentWord, kindShort, kindWord, permittedWord, paren, say, sensitiveKindWord, TEXT } from './labels';
import { completenessItems, countryText, findingPosition, placeText } from './markdown';
import type { ProvisionRecord, RecordDestination, RecordFinding, RecordPlace, RecordSuppression, RecordTransfer, RecordUse } from './record';

const STYLE = `
:root { color-scheme: light; --line: #d0d7de; --muted: #57606a; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans CJK JP", "Yu Gothic", sans-serif; color: #1f2328; background: #fff; }
main { max-width: 1200px; margin: 0 auto; padding: 24px 32px 48px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 16px; margin: 24px 0 6px; }
p.lead { color: var(--muted); margin: 0 0 16px; }
dl.summary { display: grid; grid-template-columns: max-content auto; gap: 2px 16px; margin: 0; }
dl.summary dt { color: var(--muted); }
dl.summary dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; }
td.number { text-align: right; }
code { font: 12.5px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f6f8fa; padding: 0 3px; border-radius: 3px; white-space: nowrap; }
.table { overflow-x: auto; }
.badge { display: inline-block; padding: 0 7px; border-radius: 10px; font-size: 12px; font-weight: 600; white-space: nowrap; }
.badge.unguarded { background: #ffebe9; color: #b71c1c; }
.badge.partly { background: #fff8c5; color: #7d4e00; }
.badge.guarded { background: #dafbe1; color: #1a7f37; }
.badge.neutral { background: #eaeef2; color: #424a53; }
.badge.kind-external { background: #ffebe9; color: #b71c1c; }
.badge.kind-unknown { background: #fff1e5; color: #bc4c00; }
.badge.kind-processor { background: #ddf4ff; color: #0550ae; }
.badge.kind-permitted { background: #fbefff; color: #6a1b9a; }
.badge.kind-internal { background: #eaeef2; color: #424a53; }
.finding { color: #b71c1c; }
.muted { color: var(--muted); }
figure { margin: 12px 0; overflow-x: auto; }
figcaption { color: var(--muted); font-size: 13px; margin-top: 4px; }
svg.diagram text { font: ${13}px system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans CJK JP", sans-serif; fill: #1f2328; }
svg.diagram text.column { font-weight: 600; fill: #57606a; }
svg.diagram text.label { font-weight: 600; }
svg.diagram text.note { font-size: 11px; }
svg.diagram path:hover { stroke-opacity: 1; }
.legend span { margin-right: 16px; white-space: nowrap; }
.legend i { display: inline-block; width: 22px; height: 4px; vertical-align: middle; margin-right: 6px; border-radius: 2px; }
@media print { main { padding: 0; } a { color: inherit; text-decoration: none; } }
`;

function code(text: string): string {
  return `<code>${escapeHtml(text)}</code>`;
}

function badge(className: string, text: string): string {
  return `<span class="badge ${className}">${escapeHtml(text)}</span>`;
}

function findingsHtml(findings: readonly RecordFinding[], suppressed: readonly RecordSuppression[] | undefined, locale: Locale, at: RecordPlace): string {
  const parts = findings.map((f) => `<span class="finding">${code(f.ruleId)}${escapeHtml(findingPosition(f, at, locale))}${f.severity === 'warning' ? escapeHtml(locale === 'ja' ? '（警告）' : ' (warning)') : ''}</span>`);
  for (const s of suppressed ?? []) parts.push(`${code(s.ruleId)} <span class="muted">(${escapeHtml(say(TEXT.suppressedBy, locale))}: ${escapeHtml(s.reason)})</span>`);
  return parts.length ? parts.join('<br>') : `<span class="muted">${escapeHtml(say(TEXT.none, locale))}</span>`;
}

function categoriesHtml(categories: readonly string[], locale: Locale): string {
  return categories.map((c) => escapeHtml(categoryWord(c as never, locale))).join(', ');
}

function table(head: readonly string[], rows: readonly string[][], numeric: ReadonlySet<number> = new Set()): string {
  const th = head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => `<td${numeric.has(i) ? ' class="number"' : ''}>${c}</td>`).join('')}</tr>`).join('\n');
  return `<div class="table"><table>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table></div>`;
}

function reportedCount(d: RecordDestination): number {
  return d.transfers.filter((t) => t.findings.length > 0).length;
}

function guardedCount(d: RecordDestination): number {
  return d.transfers.filter((t) => t.guarded).length;
}

/**
 * The consent badge of a destination: green when every transfer is checked; red (yellow when some are checked) when a
 * rule reported one; grey when the transfers need no check as far as the rules go (a processor in Japan, a
 * provision the law requires).
 */
function consentBadge(d: RecordDestination, locale: Locale): string {
  const reported = d.transfers.some((t) => t.findings.length > 0);
  const style = d.consent === 'guarded' ? 'guarded' : !reported ? 'neutral' : d.consent;
  return badge(style, consentWord(d.consent, locale, guardedCount(d), d.transfers.length));
}

function transferConsentBadge(t: RecordTransfer, locale: Locale): string {
  return badge(t.guarded ? 'guarded' : t.findings.length > 0 ? 'unguarded' : 'neutral', consentWord(t.guarded ? 'guarded' : 'unguarded', locale));
}

function transferRow(t: RecordTransfer, locale: Locale): string[] {
  const via = t.via ? `<br><span class="muted">${escapeHtml(say(TEXT.via, locale))} ${code(placeText(t.via))}</span>` : '';
  return [
    code(placeText(t)),
    `${code(t.callee)} <span class="muted">(${escapeHtml(t.sink)})</span>${via}`,
    categoriesHtml(t.categories, locale),
    t.fields.map(code).join(', '),
    transferConsentBadge(t, locale),
    findingsHtml(t.findings, t.suppressed, locale, t),
  ];
}

function destinationSection(d: RecordDestination, locale: Locale): string {
  const facts: Array<[string, string]> = [[say(TEXT.kind, locale), escapeHtml(kindWord(d, locale))]];
  if (d.processorName) facts.push([say(TEXT.processorName, locale), escapeHtml(d.processorName)]);
  if (d.hosts.length) facts.push([say(TEXT.hosts, locale), d.hosts.map(code).join(', ')]);
  if (d.country) facts.push([say(TEXT.country, locale), escapeHtml(countryText(d, locale))]);
  facts.push([say(TEXT.consent, locale), consentBadge(d, locale)]);
  return [
    `<section id="${escapeHtml(anchorOf(d))}">`,
    `<h3>${escapeHtml(d.label)} ${badge(`kind-${d.kind}`, kindShort(d.kind, locale))}</h3>`,
    `<dl class="summary">${facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join('')}</dl>`,
    table([say(TEXT.place, locale), say(TEXT.call, locale), say(TEXT.categories, locale), say(TEXT.fields, locale), say(TEXT.consent, locale), say(TEXT.findings, locale)],
      d.transfers.map((t) => transferRow(t, locale))),
    '</section>',
  ].join('\n');
}

function usesTable(uses: readonly RecordUse[], locale: Locale, sensitive: boolean): string {
  const head = [say(TEXT.place, locale), ...(sensitive ? [say(TEXT.sensitiveKind, locale)] : []), say(TEXT.field, locale), say(TEXT.module, locale), say(TEXT.findings, locale)];
  return table(head, uses.map((u) => [
    code(placeText(u)),
    ...(sensitive ? [escapeHtml(sensitiveKindWord(u.kind, locale))] : []),
    code(u.field),
    badge(u.permitted ? 'guarded' : 'unguarded', permittedWord(u, locale)),
    findingsHtml(u.findings, u.suppressed, locale, u),
  ]));
}

/** The record as one HTML page. */
export function recordHtml(record: ProvisionRecord): string {
  const locale = record.locale;
  const t = (text: { en: string; ja: string }): string => escapeHtml(say(text, locale));
  const s = record.summary;
  const third = record.destinations.filter((d) => d.kind !== 'internal');
  const own = record.destinations.filter((d) => d.kind === 'internal');
  const out: string[] = [
    '<!DOCTYPE html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    // Nothing may be loaded or run: the page is complete as it is.
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="privacy-lint ${escapeHtml(record.tool.version)}">`,
    `<title>${t(TEXT.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${t(TEXT.title)}</h1>`,
    `<p class="lead">${t(TEXT.subtitle)}</p>`,
  ];
  const summary: Array<[string, string]> = [
    [say(TEXT.generated, locale), escapeHtml(record.generatedAt)],
    [say(TEXT.tool, locale), `privacy-lint ${escapeHtml(record.tool.version)}`],
  ];
  if (record.revision) summary.push([say(TEXT.revision, locale), `${code(record.revision.commit)}${record.revision.modified ? ` ${t(TEXT.modified)}` : ''}`]);
  summary.push(
    [say(TEXT.files, locale), `${s.files}${paren(`${t(TEXT.withTypes)}: ${s.filesWithTypes}`, locale)}`],
    [say(TEXT.thirdParties, locale), String(s.thirdPartyDestinations)],
    [say(TEXT.thirdPartyTransfers, locale), `${s.thirdPartyTransfers}${paren(`${t(TEXT.unguarded)}: ${s.unguardedTransfers}${locale === 'ja' ? '、' : '; '}${t(TEXT.withFindings)}: ${s.transfersWithFindings}`, locale)}`],
    [say(TEXT.myNumber, locale), String(s.myNumberUses)],
    [say(TEXT.sensitive, locale), String(s.sensitiveUses)],
  );
  out.push(`<dl class="summary">${summary.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`).join('')}</dl>`);

  out.push(`<h2>${t(TEXT.diagram)}</h2>`);
  const diagram = recordDiagram(record);
  if (diagram) {
    out.push('<figure>', diagram, `<figcaption>${t(TEXT.diagramNote)}</figcaption>`,
      `<p class="legend">${(['reported', 'unguarded', 'guarded'] as const).map((status) =>
        `<span><i style="background:${FLOW_COLOURS[status]}"></i>${t(TEXT.legend[status])}</span>`).join('')}</p>`,
      '</figure>');
  } else {
    out.push(`<p>${t(TEXT.noDestinations)}</p>`);
  }

  out.push(`<h2>${t(TEXT.destinations)}</h2>`);
  if (third.length === 0) {
    out.push(`<p>${t(TEXT.noDestinations)}</p>`);
  } else {
    out.push(table(
      [say(TEXT.destination, locale), say(TEXT.kind, locale), say(TEXT.country, locale), say(TEXT.consent, locale), say(TEXT.categories, locale),
        say(TEXT.places, locale), say(TEXT.reportedPlaces, locale)],
      third.map((d) => [
        `<a href="#${escapeHtml(anchorOf(d))}">${escapeHtml(d.label)}</a>`,
        escapeHtml(kindWord(d, locale)),
        escapeHtml(countryText(d, locale)),
        consentBadge(d, locale),
        categoriesHtml(d.categories, locale),
        String(d.transfers.length),
        String(reportedCount(d)),
      ]),
      new Set([5, 6]),
    ));
    for (const d of third) out.push(destinationSection(d, locale));
  }
  if (own.length > 0) {
    out.push(`<h2>${t(TEXT.ownSystems)}</h2>`, `<p class="muted">${t(TEXT.ownSystemsNote)}</p>`);
    for (const d of own) out.push(destinationSection(d, locale));
  }

  out.push(`<h2>${t(TEXT.myNumber)}</h2>`, `<p class="muted">${t(TEXT.myNumberNote)}</p>`);
  out.push(record.myNumber.length ? usesTable(record.myNumber, locale, false) : `<p>${t(TEXT.noUses)}</p>`);
  out.push(`<h2>${t(TEXT.sensitive)}</h2>`, `<p class="muted">${t(TEXT.sensitiveNote)}</p>`);
  out.push(record.sensitive.length ? usesTable(record.sensitive, locale, true) : `<p>${t(TEXT.noUses)}</p>`);

  out.push(`<h2>${t(TEXT.completeness)}</h2>`, `<p class="muted">${t(TEXT.completenessNote)}</p>`);
  const missed = completenessItems(record);
  if (missed.length === 0) out.push(`<p>${t(TEXT.nothingMissed)}</p>`);
  else {
    out.push('<ul>');
    for (const item of missed) {
      out.push(`<li>${escapeHtml(item.title)}: ${item.count}<ul>${item.places.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul></li>`);
    }
    out.push('</ul>');
  }
  out.push('</main>', '</body>', '</html>', '');
  return out.join('\n');
}
