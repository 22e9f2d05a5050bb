/** What the CLI tells people on stderr about baselines, test code and stdin, in English and Japanese. */
import type { Locale } from '@privacy-lint/engine';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** After a run with `--baseline`: how many findings it hid, and how many recorded ones are gone. */
export function baselineSummary(locale: Locale, file: string, known: number, fixed: number): string {
  if (locale === 'ja') {
    const fixedText = fixed > 0 ? `ベースラインの ${fixed} 件は解消済みです（--write-baseline ${file} で削除してください）。` : '';
    return `ベースライン ${file}: 既知の指摘 ${known} 件を除外しました。${fixedText}`;
  }
  const fixedText = fixed > 0 ? `; ${plural(fixed, 'baseline entry')} ${fixed === 1 ? 'is' : 'are'} fixed (run --write-baseline ${file} to remove ${fixed === 1 ? 'it' : 'them'})` : '';
  return `baseline ${file}: ${plural(known, 'known finding')} not reported${fixedText}.`.replace('entrys', 'entries');
}

/** After `--write-baseline`. */
export function baselineWritten(locale: Locale, file: string, total: number, added: number, removed: number): string {
  if (locale === 'ja') return `ベースライン ${file} に ${total} 件の指摘を記録しました（追加 ${added} 件、削除 ${removed} 件）。`;
  return `baseline ${file}: recorded ${plural(total, 'finding')} (${added} added, ${removed} removed).`;
}

/** `--stdin` for a file the configuration ignores or the linter does not read. */
export function stdinSkipped(locale: Locale, file: string, reason: 'ignored' | 'not-source'): string {
  if (locale === 'ja') {
    return reason === 'ignored'
      ? `${file} は設定で除外されているため、標準入力を検査しませんでした。`
      : `${file} は JavaScript・TypeScript のソースファイルではないため、標準入力を検査しませんでした。`;
  }
  return reason === 'ignored'
    ? `standard input not linted: ${file} is ignored by the configuration`
    : `standard input not linted: ${file} is not a JavaScript or TypeScript source file`;
}

/** After `--fix` or `--fix-dry-run`: how many findings were fixed, in how many files. */
export function fixSummary(locale: Locale, written: boolean, fixed: number, files: number): string {
  if (locale === 'ja') {
    return written ? `${files} 個のファイルで ${fixed} 件の指摘を修正しました。` : `${files} 個のファイルで ${fixed} 件の指摘を修正できます（書き込みはしていません）。`;
  }
  const what = `${plural(fixed, 'problem')} in ${plural(files, 'file')}`;
  return written ? `fixed ${what}.` : `would fix ${what} (nothing written).`;
}

/** A file whose fixes were not applied (or not written), and why. */
export function notFixed(locale: Locale, file: string, reason: 'unreadable' | 'encoding' | 'outside' | 'not-regular' | 'changed' | 'io', detail?: string): string {
  const why: Record<typeof reason, { en: string; ja: string }> = {
    unreadable: { en: 'it cannot be read', ja: '読み込めません' },
    encoding: { en: 'only UTF-8 files are fixed (it is Shift_JIS or UTF-16)', ja: '修正するのは UTF-8 のファイルだけです（Shift_JIS または UTF-16 です）' },
    outside: { en: 'it leads (through a symbolic link) outside the folders being linted', ja: '（シンボリックリンクを通じて）検査中のフォルダーの外にあります' },
    'not-regular': { en: 'it is not a regular file', ja: '通常のファイルではありません' },
    changed: { en: 'it changed on disk while it was linted', ja: '検査中にディスク上で変更されました' },
    io: { en: `it cannot be written${detail ? ` (${detail})` : ''}`, ja: `書き込めません${detail ? `（${detail}）` : ''}` },
  };
  return locale === 'ja' ? `${file} は修正しませんでした: ${why[reason].ja}。` : `${file} not fixed: ${why[reason].en}.`;
}
