/**
 * Temporary folders for tests. Every run gets its own temp dir (set by ./root-hooks before any test file loads):
 * the folders made here are removed when the run ends, and the run fails if anything else was left behind in it.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const made: string[] = [];

/** A new empty folder in the run's temp dir, removed at the end of the run (or earlier with `removeTempDir`). */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

/** Removes every folder `tempDir` made. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) removeTempDir(dir);
}

/** A new temp folder holding `files` (relative path → text; folders made as needed). */
export function tempProject(prefix: string, files: Record<string, string>): string {
  const dir = tempDir(prefix);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
