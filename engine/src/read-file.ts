/**
 * The one way the linter reads a file it did not write (sources, configs, tsconfigs and what TypeScript asks for):
 * only regular files, never more than a size limit. A FIFO, `/dev/zero` or `/dev/stdin` would otherwise hang the run
 * (opening a FIFO blocks until a writer comes) or fill the memory, and a 1.5 GB file would cost 1.5 GB before any
 * size check on the text could refuse it.
 */
import * as fs from 'node:fs';
import { mayRead } from './read-boundary';

/** What reading a file gave: its bytes, or why not (an fs error code such as `ENOENT`, `EACCES`, `ELOOP`). */
export type FileRead =
  | { bytes: Buffer; problem?: undefined }
  | { bytes?: undefined; problem: 'not-a-regular-file' | 'too-large' | 'outside-workspace' }
  | { bytes?: undefined; problem: 'error'; code: string };

// O_NONBLOCK: a regular file reads as usual, and a FIFO put in place after the stat below opens without waiting for
// a writer (then fstat refuses it). O_NOCTTY: opening a terminal never makes it ours.
const openFlags = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0);

/** Reads `file` (following links) when it is a regular file of at most `maxBytes` bytes. Never throws. */
export function readRegularFile(file: string, maxBytes: number): FileRead {
  // Outside the folders the language server may read (`setReadRoots`): not read, as if it were not there.
  if (!mayRead(file)) return { problem: 'outside-workspace' };
  let fd: number | undefined;
  try {
    // Checked before opening too: opening some devices has effects (a tape rewinds, a terminal is claimed).
    if (!fs.statSync(file).isFile()) return { problem: 'not-a-regular-file' };
    fd = fs.openSync(file, openFlags);
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { problem: 'not-a-regular-file' };
    if (stat.size > maxBytes) return { problem: 'too-large' };
    // The size can change while we read: read to the end, but never past the limit.
    let bytes = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === bytes.length) {
        if (length > maxBytes) return { problem: 'too-large' };
        const grown = Buffer.allocUnsafe(Math.min(bytes.length * 2, maxBytes + 1));
        bytes.copy(grown, 0, 0, length);
        bytes = grown;
      }
      const n = fs.readSync(fd, bytes, length, bytes.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return { bytes: bytes.subarray(0, length) };
  } catch (error) {
    return { problem: 'error', code: (error as NodeJS.ErrnoException).code ?? 'EIO' };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Whether `file` exists and is a regular file (following links): what may be read at all. */
export function isRegularFile(file: string): boolean {
  if (!mayRead(file)) return false;
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
