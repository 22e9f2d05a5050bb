/**
 * One-off script: fills in missing furigana from the kana reading service.
 *   node dist/scripts/backfill-furigana.js
 */
import { KANA_SERVICE_URL } from '../config/endpoints';
import { customerRepository } from '../customers/repository';

async function readingOf(shimei: string): Promise<string | undefined> {
  const res = await fetch(`${KANA_SERVICE_URL}/reading?text=${encodeURIComponent(shimei)}`);
  if (!res.ok) return undefined;
  const body = (await res.json()) as { katakana?: string };
  return body.katakana;
}

async function main(): Promise<void> {
  const customers = await customerRepository.findWithoutFurigana(500);
  console.log(`backfilling furigana for ${customers.length} customers`);
  let updated = 0;
  for (const c of customers) {
    const furigana = await readingOf(c.shimei);
    if (!furigana) {
      console.log(`no reading found for ${c.shimei}`);
      continue;
    }
    await customerRepository.updateFurigana(c.id, furigana);
    updated++;
  }
  console.log(`done: ${updated} updated, ${customers.length - updated} skipped`);
}

main().catch((err: unknown) => {
  console.error('backfill failed', err instanceof Error ? err.name : err);
});
