/**
 * What the run could not see, summed over its files for the reports: per kind a count, the hint that removes it and
 * a few places, so a clean report can be told from a blind one. Names files, specifiers and callees, never values.
 */
import * as path from 'node:path';
import { blindSpotDescriptors, untypedReason, type BlindSpot, type BlindSpotKind, type FileResult, type Locale, type Range } from '@privacy-lint/engine';

/** Places listed per kind at most (the count is always the whole count). */
export const MAX_EXAMPLES = 10;

export interface BlindSpotPlace {
  file: string;
  range?: Range;
  detail?: string;
}

export interface BlindSpotGroup {
  kind: BlindSpotKind;
  /** Stable id (`unresolved-import`), as SARIF notification descriptors name it. */
  id: string;
  count: number;
  /** The first places, in path order. */
  examples: BlindSpotPlace[];
}

/** The blind spots of a run by kind, in the order reports list them; kinds with none are left out. */
export function blindSpotGroups(results: readonly FileResult[]): BlindSpotGroup[] {
  const byKind = new Map<BlindSpotKind, BlindSpotGroup>();
  for (const d of blindSpotDescriptors) byKind.set(d.kind, { kind: d.kind, id: d.id, count: 0, examples: [] });
  for (const result of results) {
    for (const spot of result.blindSpots ?? []) {
      const group = byKind.get(spot.kind);
      if (!group) continue;
      group.count++;
      if (group.examples.length < MAX_EXAMPLES) group.examples.push(place(result.file, spot));
    }
  }
  return [...byKind.values()].filter((g) => g.count > 0);
}

function place(file: string, spot: BlindSpot): BlindSpotPlace {
  return { file, ...(spot.range ? { range: spot.range } : {}), ...(spot.detail ? { detail: spot.detail } : {}) };
}

/** The counts by kind, every kind present (0 when none): what JSON and SARIF carry as numbers. */
export function blindSpotCounts(groups: readonly BlindSpotGroup[]): Record<BlindSpotKind, number> {
  const counts = { untypedFile: 0, unresolvedImport: 0, unknownReceiver: 0, depthLimit: 0 } as Record<BlindSpotKind, number>;
  for (const g of groups) counts[g.kind] = g.count;
  return counts;
}

/** "`@/lib/utils` in src/a.ts:2" — one place, in words. */
export function placeText(p: BlindSpotPlace, kind: BlindSpotKind, cwd: string, locale: Locale): string {
  const where = `${path.relative(cwd, p.file) || path.basename(p.file)}${p.range ? `:${p.range.start.line}` : ''}`;
  if (kind === 'untypedFile') return `${where} (${untypedReason(p.detail)[locale]})`;
  if (p.detail && kind !== 'depthLimit') return locale === 'ja' ? `${where} の \`${p.detail}\`` : `\`${p.detail}\` in ${where}`;
  return where;
}

/** One line per kind: the count, up to three places, and the hint. */
export function blindSpotLines(groups: readonly BlindSpotGroup[], cwd: string, locale: Locale): string[] {
  return groups.map((g) => {
    const d = blindSpotDescriptors.find((x) => x.kind === g.kind)!;
    const shown = g.examples.slice(0, 3).map((p) => placeText(p, g.kind, cwd, locale));
    const more = g.count > shown.length ? (locale === 'ja' ? ' ほか' : ', …') : '';
    const examples = shown.length ? (locale === 'ja' ? `（${shown.join('、')}${more}）` : ` (${shown.join(', ')}${more})`) : '';
    return locale === 'ja'
      ? `${d.count(g.count).ja}${examples}: ${d.hint.ja}`
      : `${d.count(g.count).en}${examples}: ${d.hint.en}`;
  });
}

/** The summary's heading. */
export function blindSpotHeading(locale: Locale): string {
  return locale === 'ja'
    ? '解析で見えなかった箇所（問題なしとは限りません）:'
    : 'Not seen by the analysis (a clean result there is not proof):';
}
