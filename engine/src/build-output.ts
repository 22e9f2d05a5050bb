/**
 * Build output: the folders a tsconfig.json writes compiled code to (`outDir`, `declarationDir`). Discovery does not
 * walk into them, as tsc itself leaves `outDir` out of a project's files: `dist/` made by `tsc` after `init` would
 * otherwise be linted again, every finding twice, and a baseline written then would record build artifacts.
 *
 * Cheap on purpose: only the tsconfig.json of a folder being walked is read (as JSON with comments, never run),
 * with the `extends` chain of relative paths that stay inside the folder the walk started from (a package such as
 * `@tsconfig/node20` is not read, nor anything outside the linted tree), and no file list is enumerated.
 */
import ts = require('typescript');
import * as path from 'node:path';
import { readFileForTypeScript } from './lint';

/** How deep an `extends` chain is followed. */
const MAX_EXTENDS = 5;

/** Whether `inner` is `outer` or inside it. */
function within(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The folder a path glob of `include` starts from (`src/**\/*.ts` → `src`). */
function staticPrefix(glob: string, base: string): string {
  const segments = glob.split(/[\\/]/);
  const fixed: string[] = [];
  for (const segment of segments) {
    if (/[*?{[]/.test(segment)) break;
    fixed.push(segment);
  }
  // A last segment without wildcards may be a file (`src/index.ts`): its folder holds sources either way.
  return path.resolve(base, fixed.join('/') || '.');
}

interface Found {
  outDir?: string;
  declarationDir?: string;
  rootDir?: string;
  /** Folders holding sources: `include` prefixes and `files` folders, absolute. */
  sources?: string[];
}

function readChain(tsconfig: string, walkRoot: string, depth: number, configDir = path.dirname(tsconfig)): Found {
  const read = ts.readConfigFile(tsconfig, readFileForTypeScript);
  if (read.error || !read.config || typeof read.config !== 'object') return {};
  const config = read.config as { extends?: unknown; compilerOptions?: Record<string, unknown>; include?: unknown; files?: unknown };
  const dir = path.dirname(tsconfig);
  let found: Found = {};
  const bases = typeof config.extends === 'string' ? [config.extends] : Array.isArray(config.extends) ? config.extends : [];
  if (depth < MAX_EXTENDS) {
    for (const base of bases) {
      if (typeof base !== 'string' || !/^\.\.?([\\/]|$)/.test(base)) continue;
      let file = path.resolve(dir, base);
      if (!file.endsWith('.json')) file += '.json';
      if (!within(file, walkRoot)) continue;
      found = { ...found, ...readChain(file, walkRoot, depth + 1, configDir) };
    }
  }
  const options = config.compilerOptions && typeof config.compilerOptions === 'object' ? config.compilerOptions : {};
  for (const key of ['outDir', 'declarationDir', 'rootDir'] as const) {
    const value = options[key];
    // A path of an extended config is relative to that config, or to the extending one with `${configDir}`.
    if (typeof value === 'string' && value !== '') found[key] = path.resolve(dir, value.replace(/^\$\{configDir\}/, configDir));
  }
  const sources: string[] = [];
  const inConfigDir = (p: string) => p.replace(/^\$\{configDir\}/, configDir);
  if (Array.isArray(config.include)) for (const g of config.include) if (typeof g === 'string') sources.push(staticPrefix(inConfigDir(g), dir));
  if (Array.isArray(config.files)) for (const f of config.files) if (typeof f === 'string') sources.push(path.dirname(path.resolve(dir, inConfigDir(f))));
  if (sources.length > 0) found.sources = sources;
  return found;
}

/**
 * The build output folders of the tsconfig.json in `folder` (absolute): its `outDir` and `declarationDir` when they
 * lie inside `folder` and hold none of its sources (an `outDir` of `.`, or one that contains `rootDir` or an
 * `include`d folder, emits next to the sources and is not skipped). Empty when there is no usable tsconfig.json.
 */
export function buildOutputFolders(folder: string, walkRoot: string): string[] {
  const found = readChain(path.join(folder, 'tsconfig.json'), walkRoot, 0);
  const sources = [...(found.sources ?? [folder]), ...(found.rootDir ? [found.rootDir] : [])];
  const out: string[] = [];
  for (const dir of [found.outDir, found.declarationDir]) {
    if (dir === undefined || dir === folder || !within(dir, folder)) continue;
    // The default `include` (everything) is no source folder of its own: tsc leaves outDir out of it.
    if (sources.some((source) => source !== folder && within(source, dir))) continue;
    if (!out.includes(dir)) out.push(dir);
  }
  return out;
}
