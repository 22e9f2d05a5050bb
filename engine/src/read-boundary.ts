/**
 * Where the linter may read: everywhere for the command line (it reads what it is pointed at, and walks up for the
 * nearest tsconfig.json and package.json as TypeScript does), only inside the workspace folders for the language
 * server, which sets them here. Outside them nothing is read, nor looked for: a tsconfig.json, a package.json or a
 * `node_modules` above a workspace folder is as if it were not there (the linter's own files — TypeScript's
 * default libraries — excepted). Every read of the engine goes through `readRegularFile` and the existence checks
 * of module resolution, which ask `mayRead` first.
 */
import ts = require('typescript');
import * as fs from 'node:fs';
import * as path from 'node:path';

let roots: readonly string[] | undefined;
let realRoots: readonly string[] = [];

/** The linter's own files: TypeScript's default libraries and the engine's code. */
const OWN_FOLDERS: readonly string[] = [path.dirname(ts.getDefaultLibFilePath({})), path.resolve(__dirname, '..')];

/** Whether `file` is `folder` or inside it, by their paths alone. */
function inside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

function real(p: string): string | undefined {
  try { return fs.realpathSync.native(p); } catch { return undefined; }
}

/**
 * Limits every read to these folders (the language server's workspace folders); `undefined` lifts the limit (the
 * command line's default).
 */
export function setReadRoots(folders: readonly string[] | undefined): void {
  roots = folders?.map((f) => path.resolve(f));
  realRoots = roots?.map((f) => real(f) ?? f) ?? [];
}

/** The folders reads are limited to, or undefined when they are not. */
export function readRoots(): readonly string[] | undefined { return roots; }

/**
 * Whether the linter may read or look for `file`: always without a limit; with one, when the file lies in a folder
 * by its path and, if it exists, by its real path too (a link inside pointing outside is outside).
 */
export function mayRead(file: string): boolean {
  if (!roots) return true;
  const absolute = path.resolve(file);
  if (OWN_FOLDERS.some((f) => inside(f, absolute))) return true;
  if (!roots.some((f) => inside(f, absolute))) return false;
  const resolved = real(absolute);
  return resolved === undefined || realRoots.some((f) => inside(f, resolved)) || OWN_FOLDERS.some((f) => inside(f, resolved));
}
