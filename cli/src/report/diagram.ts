/**
 * The diagram of the HTML record: categories of personal data on the left, third-party destinations on the right,
 * a line for each category sent to a destination — red when a rule reported one of those transfers, grey when some
 * have no consent check and nothing is reported, green when all are checked. Plain inline SVG made here (no library, no script, no external font), so the page stays one file.
 */
import type { Locale } from '@privacy-lint/engine';
import { categoryWord, consentWord, countryWord, kindShort, say, TEXT } from './labels';
import type { ProvisionRecord, RecordDestination } from './record';
import type { PersonalCategory } from './record';

/** Escapes text for HTML and SVG (element content and quoted attribute values). */
export function escapeHtml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\ufffd')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const FONT_SIZE = 13;
const ROW = 46;
const TOP = 34;
const GAP = 220;
const PAD = 12;
const MAX_LABEL = 40;

/** Roughly how wide a text is at the diagram's font size: wide for CJK and full-width forms, narrow otherwise. */
function textWidth(text: string, size = FONT_SIZE): number {
  let units = 0;
  for (const ch of text) units += /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 1 : 0.6;
  return units * size;
}

/** At most `MAX_LABEL` characters, with an ellipsis. */
function clip(text: string): string {
  const chars = [...text];
  return chars.length > MAX_LABEL ? `${chars.slice(0, MAX_LABEL - 1).join('')}…` : text;
}

const KIND_COLOURS: Record<string, string> = {
  external: '#b71c1c', unknown: '#e65100', processor: '#1565c0', permitted: '#6a1b9a', internal: '#546e7a',
};
/**
 * How a line is drawn: `reported` when a rule reported one of its transfers (red), `unguarded` when some have no
 * consent check but nothing is reported (a processor in Japan, a provision the law requires: grey), `guarded` when
 * every one is checked (green).
 */
export type FlowStatus = 'reported' | 'unguarded' | 'guarded';
export const FLOW_COLOURS: Record<FlowStatus, string> = { reported: '#d32f2f', unguarded: '#78909c', guarded: '#2e7d32' };

/** The SVG of the record's third-party transfers, or undefined when there are none. */
export function recordDiagram(record: ProvisionRecord): string | undefined {
  const locale: Locale = record.locale;
  const destinations = record.destinations.filter((d) => d.kind !== 'internal');
  if (destinations.length === 0) return undefined;
  const categories: PersonalCategory[] = [];
  for (const d of destinations) for (const c of d.categories) if (!categories.includes(c)) categories.push(c);
  const order = ['name', 'kana', 'contact', 'address', 'birthDate', 'account', 'myNumber', 'sensitive', 'identificationCode',
    'onlineIdentifier', 'credential', 'sessionToken', 'input'];
  categories.sort((a, b) => order.indexOf(a) - order.indexOf(b));

  const categoryLabels = categories.map((c) => clip(categoryWord(c, locale)));
  const destinationLabels = destinations.map((d) => clip(d.label));
  const destinationNotes = destinations.map((d) => clip([kindShort(d.kind, locale), d.country ? countryWord(d.country, locale) : ''].filter(Boolean).join(' · ')));
  const leftWidth = Math.ceil(Math.max(120, ...categoryLabels.map((l) => textWidth(l))) + 2 * PAD);
  const rightWidth = Math.ceil(Math.max(160, ...destinationLabels.map((l) => textWidth(l)), ...destinationNotes.map((l) => textWidth(l, 11))) + 2 * PAD);
  const rows = Math.max(categories.length, destinations.length);
  const height = TOP + rows * ROW + 8;
  const width = leftWidth + GAP + rightWidth + 2;
  const leftY = (i: number): number => TOP + i * ROW + (rows - categories.length) * ROW / 2;
  const rightY = (i: number): number => TOP + i * ROW + (rows - destinations.length) * ROW / 2;
  const boxHeight = ROW - 10;

  const out: string[] = [];
  const title = say(TEXT.diagram, locale);
  out.push(`<svg class="diagram" role="img" aria-labelledby="diagram-title" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`);
  out.push(`<title id="diagram-title">${escapeHtml(title)}</title>`);
  out.push(`<text x="1" y="16" class="column">${escapeHtml(say(TEXT.categories, locale))}</text>`);
  out.push(`<text x="${leftWidth + GAP + 1}" y="16" class="column">${escapeHtml(say(TEXT.destinations, locale))}</text>`);

  // Lines first, so the boxes are drawn over their ends.
  out.push('<g class="flows" fill="none">');
  // Reported flows last, so they are drawn over the others.
  const flows: Array<{ status: FlowStatus; svg: string }> = [];
  categories.forEach((category, i) => {
    destinations.forEach((d, j) => {
      const transfers = d.transfers.filter((t) => t.categories.includes(category));
      if (transfers.length === 0) return;
      const unguarded = transfers.filter((t) => !t.guarded).length;
      const reported = transfers.filter((t) => t.findings.length > 0).length;
      const status: FlowStatus = reported > 0 ? 'reported' : unguarded > 0 ? 'unguarded' : 'guarded';
      const x1 = leftWidth + 1;
      const y1 = leftY(i) + boxHeight / 2;
      const x2 = leftWidth + GAP + 1;
      const y2 = rightY(j) + boxHeight / 2;
      const mid = (x1 + x2) / 2;
      const widthPx = Math.min(2 + transfers.length, 8);
      const count = locale === 'ja' ? `${transfers.length} 件` : `${transfers.length} ${transfers.length === 1 ? 'transfer' : 'transfers'}`;
      const consent = consentWord(unguarded === 0 ? 'guarded' : unguarded === transfers.length ? 'unguarded' : 'partly', locale, transfers.length - unguarded, transfers.length);
      const findings = reported > 0 ? `, ${say(TEXT.withFindings, locale)}: ${reported}` : '';
      const tip = `${categoryWord(category, locale)} → ${d.label}: ${count}, ${consent}${findings}`;
      flows.push({ status, svg: `<path class="${status}" d="M${x1} ${y1.toFixed(1)} C${mid} ${y1.toFixed(1)} ${mid} ${y2.toFixed(1)} ${x2} ${y2.toFixed(1)}" stroke="${FLOW_COLOURS[status]}" stroke-width="${widthPx}" stroke-opacity="0.65"><title>${escapeHtml(tip)}</title></path>` });
    });
  });
  const layer: Record<FlowStatus, number> = { guarded: 0, unguarded: 1, reported: 2 };
  flows.sort((a, b) => layer[a.status] - layer[b.status]);
  for (const flow of flows) out.push(flow.svg);
  out.push('</g>');

  out.push('<g class="categories">');
  categories.forEach((category, i) => {
    const y = leftY(i);
    out.push(`<g><rect x="1" y="${y.toFixed(1)}" width="${leftWidth}" height="${boxHeight}" rx="6" fill="#f5f5f5" stroke="#616161"/>`
      + `<text x="${1 + PAD}" y="${(y + boxHeight / 2 + 4.5).toFixed(1)}">${escapeHtml(categoryLabels[i])}</text></g>`);
  });
  out.push('</g>');

  out.push('<g class="destinations">');
  destinations.forEach((d, j) => {
    const y = rightY(j);
    const x = leftWidth + GAP + 1;
    const colour = KIND_COLOURS[d.kind] ?? '#424242';
    out.push(`<a href="#${escapeHtml(anchorOf(d))}"><g><rect x="${x}" y="${y.toFixed(1)}" width="${rightWidth}" height="${boxHeight}" rx="6" fill="#ffffff" stroke="${colour}" stroke-width="2"/>`
      + `<text x="${x + PAD}" y="${(y + 15).toFixed(1)}" class="label">${escapeHtml(destinationLabels[j])}</text>`
      + `<text x="${x + PAD}" y="${(y + 29).toFixed(1)}" class="note" fill="${colour}">${escapeHtml(destinationNotes[j])}</text></g></a>`);
  });
  out.push('</g>');
  out.push('</svg>');
  return out.join('\n');
}

/** The fragment id of a destination's section in the page. */
export function anchorOf(d: Pick<RecordDestination, 'id'>): string {
  return `destination-${[...d.id].map((c) => (/[A-Za-z0-9_-]/.test(c) ? c : `.${c.codePointAt(0)!.toString(16)}`)).join('')}`;
}
