/**
 * The workspace boundary: the server reads, lints and writes only files inside the client's workspace folders.
 * A URI names a file inside when it is a local `file:` URI (no remote host, no encoded slash) whose path, with
 * `..` resolved (`ws/../x`, `ws/%2E%2E/x`), lies in a folder, and whose real path (symlinks followed) lies in the
 * real path of a folder too (a link inside pointing outside is outside).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The local path a `file:` URI names; undefined for another scheme, a remote host or a URI Node cannot map. */
export function localPath(uri: string): string | undefined {
  if (!/^file:/i.test(uri)) return undefined;
  try {
    const url = new URL(uri);
    if (url.hostname !== '' && url.hostname.toLowerCase() !== 'localhost') return undefined;
    return path.resolve(fileURLToPath(url));
  } catch {
    return undefined; // `%2F` in the path, an invalid URI …
  }
}

/** Whether `file` is `folder` or inside it, by their paths alone. */
export function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/** The real path of `p`: symlinks of its longest existing prefix resolved, the rest (not there yet) kept. */
export function realPath(p: string): string {
  const absolute = path.resolve(p);
  try {
    return fs.realpathSync(absolute);
  } catch {
    const parent = path.dirname(absolute);
    return parent === absolute ? absolute : path.join(realPath(parent), path.basename(absolute));
  }
}

/** Whether `file` lies in one of `folders`, both by its path and by its real path. */
export function insideFolders(folders: readonly string[], file: string): boolean {
  const absolute = path.resolve(file);
  const folder = folders.find((f) => isInside(f, absolute));
  if (!folder) return false;
  const real = realPath(absolute);
  return folders.some((f) => isInside(realPath(f), real));
}
