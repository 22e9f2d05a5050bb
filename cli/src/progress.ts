/**
 * Progress of a long run, for a person at a terminal: one line on stderr (`privacy-lint: 120/1000 files`), rewritten
 * in place and erased before the report is written. Shown only when stderr is a terminal, not in CI (the `CI`
 * variable that CI services set), and only once the run has taken a while, so short runs and logs stay clean.
 */
import type { Locale } from '@privacy-lint/engine';

/** A run shorter than this shows no progress at all. */
export const PROGRESS_DELAY_MS = 2000;
/** At most one update per this many milliseconds. */
const PROGRESS_INTERVAL_MS = 100;

/** Whether the environment is a CI service (`CI` set to anything but empty, `0` or `false`). */
export function isCi(env: NodeJS.ProcessEnv): boolean {
  const ci = env.CI;
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
}

/** The progress line of one run. */
export class Progress {
  private readonly start = Date.now();
  private last = 0;
  private shown = false;

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly enabled: boolean,
    private readonly locale: Locale,
    private readonly delayMs = PROGRESS_DELAY_MS,
  ) {}

  /** Shows how many files are done, of how many (a terminal write is synchronous, so this shows during a sync run). */
  update(done: number, total: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.start < this.delayMs || (this.shown && now - this.last < PROGRESS_INTERVAL_MS && done < total)) return;
    this.last = now;
    this.shown = true;
    const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
    const text = this.locale === 'ja' ? `privacy-lint: ${done}/${total} ファイル (${percent}%)` : `privacy-lint: ${done}/${total} files (${percent}%)`;
    this.stream.write(`\r${text}\u001b[K`);
  }

  /** Erases the line, when one was shown. */
  clear(): void {
    if (!this.shown) return;
    this.shown = false;
    this.stream.write('\r\u001b[K');
  }
}
