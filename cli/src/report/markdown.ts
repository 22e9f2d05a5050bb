/**
 * The record as Markdown (GitHub-flavoured tables): for a pull request, a wiki page or the lead's file of records.
 * Every text from the code is escaped, so a path or a field name can never break a table or inject markup.
 */
import type { Locale } from '@privacy-lint/engine';
import {
  categoryWord, consentWord, countryWord, kindWord, permittedWord, paren, say, sensitiveKindWord, TEXT,
} from './labels';
import type { ProvisionRecord, RecordDestination, RecordFinding, RecordPlace, RecordSuppression, RecordTransfer, RecordUse } from './record';

/**
 * Text on one line with every character Markdown could read as inline markup escaped (emphasis, code, links, HTML,
 * entities, table cells).
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ')
    .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);
}

/** `markdownText` for the start of a line or a list item: also what would start a block (a list, a quote, a heading). */
export function markdownLineStart(text: string): string {
  return markdownText(text).replace(/^([#+\-=>])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A code span, when the text can be one inside a table cell; otherwise the text escaped. */
export function markdownCode(text: string): string {
  if (text === '' || /[`|\u0000-\u001f\u007f\u2028\u2029]/.test(text) || /^\s|\s$/.test(text)) return markdownText(text);
  return `\`${text}\``;
}

function row(cells: readonly string[]): string {
  return `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
}

function table(head: readonly string[], rows: readonly string[][]): string[] {
  return [row(head.map(markdownText)), row(head.map(() => '---')), ...rows.map(row)];
}

/** `file:line:column`, as compilers and linters print a place (editors and terminals open it there). */
export function placeText(p: RecordPlace): string {
  return `${p.file}:${p.line}:${p.column}`;
}

/** A finding's own position when the lint output reports it elsewhere than the place starts (the value in the call). */
export function findingPosition(f: RecordFinding, at: RecordPlace, locale: Locale): string {
  if (f.line === at.line && f.column === at.column) return '';
  const where = `${f.line}:${f.column}`;
  return locale === 'ja' ? `（${where}）` : ` at ${where}`;
}

function findingsText(findings: readonly RecordFinding[], suppressed: readonly RecordSuppression[] | undefined, locale: Locale, at: RecordPlace): string {
  const parts = findings.map((f) => `${markdownCode(f.ruleId)}${markdownText(findingPosition(f, at, locale))}${f.severity === 'warning' ? (locale === 'ja' ? '（警告）' : ' (warning)') : ''}`);
  for (const s of suppressed ?? []) parts.push(`${markdownCode(s.ruleId)} (${markdownText(say(TEXT.suppressedBy, locale))}: ${markdownText(s.reason)})`);
  return parts.length ? parts.join(', ') : markdownText(say(TEXT.none, locale));
}

function categoriesText(d: { categories: readonly string[] }, locale: Locale): string {
  return d.categories.map((c) => markdownText(categoryWord(c as never, locale))).join(', ');
}

export function countryText(d: RecordDestination, locale: Locale): string {
  if (!d.country) return say(TEXT.countryUnknown, locale);
  const word = countryWord(d.country, locale);
  return d.countrySource === 'catalogue' ? `${word} — ${say(TEXT.countryCatalogue, locale)}` : word;
}

function guardedCount(d: RecordDestination): number {
  return d.transfers.filter((t) => t.guarded).length;
}

function transferRow(t: RecordTransfer, locale: Locale): string[] {
  const call = `${markdownCode(t.callee)} (${markdownCode(t.sink)})`;
  const via = t.via ? ` ${markdownText(say(TEXT.via, locale))} ${markdownCode(placeText(t.via))}` : '';
  return [
    markdownCode(placeText(t)),
    call + via,
    categoriesText(t, locale),
    t.fields.map(markdownCode).join(', '),
    markdownText(consentWord(t.guarded ? 'guarded' : 'unguarded', locale)),
    findingsText(t.findings, t.suppressed, locale, t),
  ];
}

function destinationSection(d: RecordDestination, locale: Locale): string[] {
  const out = [`### ${markdownText(d.label)}`, ''];
  const facts: string[] = [`- ${markdownText(say(TEXT.kind, locale))}: ${markdownText(kindWord(d, locale))}`];
  if (d.processorName) facts.push(`- ${markdownText(say(TEXT.processorName, locale))}: ${markdownText(d.processorName)}`);
  if (d.hosts.length) facts.push(`- ${markdownText(say(TEXT.hosts, locale))}: ${d.hosts.map(markdownCode).join(', ')}`);
  if (d.country) facts.push(`- ${markdownText(say(TEXT.country, locale))}: ${markdownText(countryText(d, locale))}`);
  facts.push(`- ${markdownText(say(TEXT.consent, locale))}: ${markdownText(consentWord(d.consent, locale, guardedCount(d), d.transfers.length))}`);
  out.push(...facts, '');
  out.push(...table(
    [say(TEXT.place, locale), say(TEXT.call, locale), say(TEXT.categories, locale), say(TEXT.fields, locale), say(TEXT.consent, locale), say(TEXT.findings, locale)],
    d.transfers.map((t) => transferRow(t, locale)),
  ), '');
  return out;
}

function useRows(uses: readonly RecordUse[], locale: Locale, sensitive: boolean): string[][] {
  return uses.map((u) => [
    markdownCode(placeText(u)),
    ...(sensitive ? [markdownText(sensitiveKindWord(u.kind, locale))] : []),
    markdownCode(u.field),
    markdownText(permittedWord(u, locale)),
    findingsText(u.findings, u.suppressed, locale, u),
  ]);
}

/** The record as a Markdown document. */
export function recordMarkdown(record: ProvisionRecord): string {
  const locale = record.locale;
  const t = (text: { en: string; ja: string }): string => markdownText(say(text, locale));
  const s = record.summary;
  const third = record.destinations.filter((d) => d.kind !== 'internal');
  const own = record.destinations.filter((d) => d.kind === 'internal');
  const out: string[] = [`# ${t(TEXT.title)}`, '', t(TEXT.subtitle), ''];
  out.push(`- ${t(TEXT.generated)}: ${markdownText(record.generatedAt)}`);
  out.push(`- ${t(TEXT.tool)}: privacy-lint ${markdownText(record.tool.version)}`);
  if (record.revision) out.push(`- ${t(TEXT.revision)}: ${markdownCode(record.revision.commit)}${record.revision.modified ? ` ${t(TEXT.modified)}` : ''}`);
  out.push(`- ${t(TEXT.files)}: ${s.files}${paren(`${t(TEXT.withTypes)}: ${s.filesWithTypes}`, locale)}`);
  out.push(`- ${t(TEXT.thirdParties)}: ${s.thirdPartyDestinations}`);
  out.push(`- ${t(TEXT.thirdPartyTransfers)}: ${s.thirdPartyTransfers}${paren(`${t(TEXT.unguarded)}: ${s.unguardedTransfers}${locale === 'ja' ? '、' : '; '}${t(TEXT.withFindings)}: ${s.transfersWithFindings}`, locale)}`);
  out.push(`- ${t(TEXT.myNumber)}: ${s.myNumberUses}`);
  out.push(`- ${t(TEXT.sensitive)}: ${s.sensitiveUses}`, '');

  out.push(`## ${t(TEXT.destinations)}`, '');
  if (third.length === 0) {
    out.push(t(TEXT.noDestinations), '');
  } else {
    out.push(...table(
      [say(TEXT.destination, locale), say(TEXT.kind, locale), say(TEXT.country, locale), say(TEXT.consent, locale), say(TEXT.categories, locale),
        say(TEXT.places, locale), say(TEXT.reportedPlaces, locale)],
      third.map((d) => [
        markdownText(d.label),
        markdownText(kindWord(d, locale)),
        markdownText(countryText(d, locale)),
        markdownText(consentWord(d.consent, locale, guardedCount(d), d.transfers.length)),
        categoriesText(d, locale),
        String(d.transfers.length),
        String(d.transfers.filter((t) => t.findings.length > 0).length),
      ]),
    ), '');
    for (const d of third) out.push(...destinationSection(d, locale));
  }

  if (own.length > 0) {
    out.push(`## ${t(TEXT.ownSystems)}`, '', t(TEXT.ownSystemsNote), '');
    for (const d of own) out.push(...destinationSection(d, locale));
  }

  out.push(`## ${t(TEXT.myNumber)}`, '', t(TEXT.myNumberNote), '');
  if (record.myNumber.length === 0) out.push(t(TEXT.noUses), '');
  else out.push(...table([say(TEXT.place, locale), say(TEXT.field, locale), say(TEXT.module, locale), say(TEXT.findings, locale)], useRows(record.myNumber, locale, false)), '');

  out.push(`## ${t(TEXT.sensitive)}`, '', t(TEXT.sensitiveNote), '');
  if (record.sensitive.length === 0) out.push(t(TEXT.noUses), '');
  else {
    out.push(...table([say(TEXT.place, locale), say(TEXT.sensitiveKind, locale), say(TEXT.field, locale), say(TEXT.module, locale), say(TEXT.findings, locale)],
      useRows(record.sensitive, locale, true)), '');
  }

  out.push(`## ${t(TEXT.completeness)}`, '', t(TEXT.completenessNote), '');
  const missed = completenessItems(record);
  if (missed.length === 0) out.push(t(TEXT.nothingMissed), '');
  for (const item of missed) {
    out.push(`- ${markdownText(item.title)}: ${item.count}`);
    for (const place of item.places) out.push(`  - ${markdownLineStart(place)}`);
  }
  if (missed.length) out.push('');
  return out.join('\n');
}

/** What the record may miss, shared by the Markdown and HTML records. */
export function completenessItems(record: ProvisionRecord): Array<{ title: string; count: number; places: string[] }> {
  const locale = record.locale;
  const items: Array<{ title: string; count: number; places: string[] }> = [];
  if (record.notAnalysed.length) {
    items.push({ title: say(TEXT.notAnalysed, locale), count: record.notAnalysed.length,
      places: record.notAnalysed.map((u) => `${u.file}:${u.line}${u.reason ? ` — ${u.reason}` : ''}`) });
  }
  if (record.testFilesSkipped.length) {
    items.push({ title: say(TEXT.testFiles, locale), count: record.testFilesSkipped.length, places: record.testFilesSkipped });
  }
  const spots = Object.entries(record.blindSpots).filter(([, n]) => (n ?? 0) > 0);
  if (spots.length) {
    const total = spots.reduce((n, [, c]) => n + (c ?? 0), 0);
    items.push({ title: say(TEXT.blindSpots, locale), count: total,
      places: spots.map(([kind, n]) => `${TEXT.blindSpotKinds[kind as keyof typeof TEXT.blindSpotKinds]?.[locale] ?? kind}: ${n}`) });
  }
  return items;
}
