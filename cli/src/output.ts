/** Where the report goes, and whether it may be coloured. */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Links followed at most, as the kernel does (`ELOOP` beyond that). */
const MAX_LINK_HOPS = 40;

/**
 * Writes the report to `file` the way `> file` in a shell would, without half-written reports:
 *
 * - a regular file (or a missing one) is written atomically: the text goes to a temporary file in the same folder,
 *   which is then renamed over it, so a reader (a CI step uploading the SARIF) never sees half a report. Missing
 *   folders are created;
 * - a character device, FIFO or socket (`/dev/null`, `/dev/stdout`, `>(…)`) is written into: renaming over it would
 *   replace a device node by a regular file (as root, `-o /dev/null` broke the machine);
 * - a symbolic link is followed and its target handled as above: the link itself is never replaced.
 *
 * A folder fails (`EISDIR`). A reader that closed a FIFO early (`-o >(head -1)`) is not an error.
 */
export function writeReportFile(file: string, text: string): void {
  // stat follows every link, /proc's fd links included: what kind of file the text would end up in.
  const target = fs.statSync(file, { throwIfNoEntry: false });
  if (target && !target.isFile()) {
    writeInto(file, text);
    return;
  }
  const real = regularTarget(file, target);
  if (real === undefined) writeInto(file, text); // a regular file we cannot name (a deleted file behind /proc/self/fd)
  else writeFileAtomically(real, text);
}

/**
 * Whether `file` is this process's own stdout or stderr (`-o /dev/stdout`, a link to `/proc/self/fd/1`): then the
 * report is written to that stream. Reopening it by name would fail for a socket (Node's child processes get
 * sockets as pipes) and truncate or replace a redirected file (`>> log`).
 */
export function standardStreamOf(file: string): 'stdout' | 'stderr' | undefined {
  let target: fs.Stats | undefined;
  try {
    target = fs.statSync(file);
  } catch {
    return undefined; // missing or unreachable: writing it says why
  }
  for (const [fd, name] of [[1, 'stdout'], [2, 'stderr']] as const) {
    try {
      const stream = fs.fstatSync(fd);
      if (stream.dev === target.dev && stream.ino === target.ino) return name;
    } catch {
      // that descriptor is closed
    }
  }
  return undefined;
}

/**
 * The path the temporary file is renamed to: `file` itself, or the file its links lead to (existing or not), so
 * the link stays a link. Undefined when a link leads to an existing file that has no name to rename onto.
 */
function regularTarget(file: string, target: fs.Stats | undefined): string | undefined {
  if (target) {
    if (!fs.lstatSync(file).isSymbolicLink()) return file;
    // realpath(3) of a /proc/self/fd link to a deleted file names no file ("… (deleted)"): check it is the same one.
    const real = fs.realpathSync.native(file);
    const again = fs.statSync(real, { throwIfNoEntry: false });
    return again && again.dev === target.dev && again.ino === target.ino ? real : undefined;
  }
  // Missing: `file` itself, or the end of a chain of links to a file yet to be created (as `>` creates it).
  let current = file;
  for (let hop = 0; hop < MAX_LINK_HOPS; hop++) {
    const link = fs.lstatSync(current, { throwIfNoEntry: false });
    if (!link?.isSymbolicLink()) return current;
    current = path.resolve(path.dirname(current), fs.readlinkSync(current));
  }
  throw Object.assign(new Error(`ELOOP: too many symbolic links encountered, open '${file}'`), { code: 'ELOOP' });
}

/** Writes into an existing non-regular file: opened for writing only, never created, truncated or renamed over. */
function writeInto(file: string, text: string): void {
  const fd = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_NOCTTY);
  try {
    const data = Buffer.from(text, 'utf8');
    for (let written = 0; written < data.length; ) written += fs.writeSync(fd, data, written);
  } catch (error) {
    // The reader of a FIFO may stop reading (`-o >(head -1)`): its choice, as with `privacy-lint | head`.
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Writes `text` to the regular (or missing) file `file` so that readers never see a half-written file (a report, a
 * baseline, the cache): the text goes to a temporary file in the same folder, which is then renamed over the target.
 * Missing folders are created. A symbolic link is followed (its target is written; the link stays a link), and
 * anything but a regular file at the end of it (a device such as /dev/zero, a FIFO, a socket, a folder) is refused:
 * renaming over it would replace it with a regular file — as root, a device node of the whole machine.
 *
 * @throws an Error whose message says why (`code` `ENOTREG` for a file that is not a regular one)
 */
export function writeFileAtomically(file: string, text: string): void {
  const target = fs.statSync(file, { throwIfNoEntry: false });
  const real = target && !target.isFile() ? undefined : regularTarget(file, target);
  if (real === undefined) {
    throw Object.assign(new Error('it is not a regular file (a FIFO, device, socket or folder); nothing was written to it'), { code: 'ENOTREG' });
  }
  const folder = path.dirname(real);
  fs.mkdirSync(folder, { recursive: true });
  const temporary = path.join(folder, `.${path.basename(real)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    fs.writeFileSync(temporary, text, 'utf8');
    fs.renameSync(temporary, real);
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

/**
 * Writes to a stream and resolves once the data is handed to the OS, so a following exit loses nothing. A reader
 * that closed its end of the pipe (`privacy-lint | head`, `privacy-lint --help | true`, `2>&1 | head`) is its
 * choice, not our failure: the text is dropped quietly and the exit code stays what the run decides.
 */
export function writeStream(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (text === '') return Promise.resolve();
  // A closed pipe is also emitted as an 'error' event, which ends the process with a stack trace when nobody
  // listens; the write's own callback below gets every error, so the event has nothing to add.
  if (!stream.listeners('error').includes(ignoreStreamError)) stream.on('error', ignoreStreamError);
  return new Promise((resolve, reject) => {
    stream.write(text, (error?: Error | null) => {
      if (error && (error as NodeJS.ErrnoException).code !== 'EPIPE') reject(error);
      else resolve();
    });
  });
}

function ignoreStreamError(): void {}
