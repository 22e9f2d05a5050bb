/** Where the report goes, and whether it may be coloured. */
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Writes `text` to `file` so that readers (a CI step uploading the SARIF) never see a half-written report:
 * the text goes to a temporary file in the same folder, which is then renamed over the target. Missing folders
 * are created.
 */
export function writeFileAtomically(file: string, text: string): void {
  const folder = path.dirname(file);
  fs.mkdirSync(folder, { recursive: true });
  const temporary = path.join(folder, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    fs.writeFileSync(temporary, text, 'utf8');
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Colour when forced (`FORCE_COLOR` set to anything but `0`/`false`, as the `supports-color` package reads it),
 * otherwise only on a terminal and when `NO_COLOR` (https://no-color.org) is unset or empty.
 */
export function useColor(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}

/** Writes to a stream and resolves once the data is handed to the OS, so a following exit loses nothing. */
export function writeStream(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (text === '') return Promise.resolve();
  return new Promise((resolve, reject) => {
    stream.write(text, (error?: Error | null) => (error ? reject(error) : resolve()));
  });
}
