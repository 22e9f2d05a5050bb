/**
 * Module resolution as TypeScript does it, with or without a program: `paths` and `baseUrl` (through `extends`),
 * `node_modules`, and the repository's own workspace packages imported by name (npm, yarn and pnpm workspaces),
 * mapped back to their sources when a package points at built output. Only files inside the repository count: a
 * library's declarations are not project code.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import * as fs from 'node:fs';
import { mayRead } from '../read-boundary';
import * as path from 'node:path';
import { readRegularFile } from '../read-file';

/** package.json and tsconfig files module resolution reads are small; this bounds a wrong one. */
const MAX_RESOLUTION_FILE_BYTES = 4 * 1024 * 1024;

/** The extensions the linter reads. */
export const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

// No exception for a missing file (most of what resolution asks about does not exist, and an exception costs more
// than the stat).
function isFile(f: string): boolean {
  if (!mayRead(f)) return false;
  try { return !!fs.statSync(f, { throwIfNoEntry: false })?.isFile(); } catch { return false; }
}

function isDirectory(f: string): boolean {
  if (!mayRead(f)) return false;
  try { return !!fs.statSync(f, { throwIfNoEntry: false })?.isDirectory(); } catch { return false; }
}

function readJson(file: string): Record<string, unknown> | undefined {
  try {
    const text = readRegularFile(file, 1024 * 1024).bytes?.toString('utf8');
    if (text === undefined) return undefined;
    const parsed = ts.parseConfigFileTextToJson(file, text);
    return parsed.config && typeof parsed.config === 'object' ? parsed.config as Record<string, unknown> : undefined;
  } catch { return undefined; }
}

/** Hosts that are nobody's own: where code, packages and personal mailboxes live. */
const SHARED_HOSTS: ReadonlySet<string> = new Set(['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org', 'gitee.com',
  'sourceforge.net', 'sr.ht', 'npmjs.com', 'npmjs.org', 'www.npmjs.com', 'yarnpkg.com', 'jsr.io', 'github.io', 'gitlab.io',
  'vercel.app', 'netlify.app', 'pages.dev', 'herokuapp.com', 'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com',
  'live.com', 'msn.com', 'yahoo.com', 'yahoo.co.jp', 'icloud.com', 'me.com', 'mac.com', 'proton.me', 'protonmail.com',
  'pm.me', 'qq.com', '163.com', '126.com', 'foxmail.com', 'yandex.ru', 'mail.ru', 'gmx.de', 'gmx.net', 'gmx.com',
  'aol.com', 'zoho.com', 'fastmail.com', 'hey.com', 'docomo.ne.jp', 'ezweb.ne.jp', 'softbank.ne.jp',
  'users.noreply.github.com', 'noreply.github.com', 'example.com', 'example.org', 'example.net', 'localhost',
  'twitter.com', 'x.com', 'linkedin.com', 'medium.com', 'youtube.com', 'discord.gg', 'discord.com']);

/** The hosts a package.json names as its own (`homepage`, `author`'s url and e-mail domain), lower-case, no `www.`. */
function manifestHosts(manifest: Record<string, unknown>): string[] {
  const urls: string[] = [];
  const mails: string[] = [];
  if (typeof manifest.homepage === 'string') urls.push(manifest.homepage);
  const author = manifest.author;
  if (typeof author === 'string') {
    // `"Name <mail@host> (https://site)"`.
    const mail = /<([^>\s]+@[^>\s]+)>/.exec(author)?.[1];
    const site = /\((https?:\/\/[^)\s]+)\)/.exec(author)?.[1];
    if (mail) mails.push(mail);
    if (site) urls.push(site);
  } else if (author && typeof author === 'object') {
    const { url, email } = author as Record<string, unknown>;
    if (typeof url === 'string') urls.push(url);
    if (typeof email === 'string') mails.push(email);
  }
  const hosts: string[] = [];
  for (const u of urls) {
    const host = /^https?:\/\/([^/?#:\s]+)/i.exec(u.trim())?.[1];
    if (host) hosts.push(host);
  }
  for (const m of mails) hosts.push(m.slice(m.lastIndexOf('@') + 1));
  return [...new Set(hosts.map((h) => h.toLowerCase().replace(/^www\./, '').replace(/\.$/, '')))]
    .filter((h) => h.includes('.') && !SHARED_HOSTS.has(h));
}

const RESOLUTION_HOST: ts.ModuleResolutionHost = {
  fileExists: isFile,
  // Through the engine's one safe read (regular files only, bounded): a stat before reading leaves a window in which
  // the file can become a FIFO.
  readFile: (f) => readRegularFile(f, MAX_RESOLUTION_FILE_BYTES).bytes?.toString('utf8'),
  directoryExists: isDirectory,
  realpath: (f) => { try { return fs.realpathSync(f); } catch { return f; } },
  getCurrentDirectory: () => process.cwd(),
};

/** A relative or absolute specifier (`./x`, `../x`, `/abs/x`, `C:\\x`). */
function isPathLike(specifier: string): boolean {
  return specifier.startsWith('.') || specifier.startsWith('/') || path.isAbsolute(specifier);
}

/** Whether a tsconfig `paths` key (`@/*`, `~lib`, `*`) matches a specifier. */
function matchesPathPattern(pattern: string, specifier: string): boolean {
  const star = pattern.indexOf('*');
  if (star < 0) return pattern === specifier;
  const prefix = pattern.slice(0, star);
  const suffix = pattern.slice(star + 1);
  return specifier.length >= prefix.length + suffix.length && specifier.startsWith(prefix) && specifier.endsWith(suffix);
}

/** A workspace package of the repository: its name, folder and manifest. */
interface WorkspacePackage { name: string; dir: string; manifest: Record<string, unknown>; }

/** The workspace packages under one root, by name (found once per root). */
function workspacePackages(root: string, manifest: Record<string, unknown>, patternsFromPnpm: string[]): Map<string, WorkspacePackage> {
  const ws = manifest.workspaces;
  const patterns = [...patternsFromPnpm,
    ...(Array.isArray(ws) ? ws : ws && typeof ws === 'object' && Array.isArray((ws as { packages?: unknown }).packages)
      ? (ws as { packages: unknown[] }).packages : [])].filter((p): p is string => typeof p === 'string' && !p.startsWith('!'));
  const found = new Map<string, WorkspacePackage>();
  const visit = (dir: string, segments: string[], budget: { n: number }): void => {
    if (budget.n-- <= 0) return;
    if (segments.length === 0) {
      const pkg = readJson(path.join(dir, 'package.json'));
      if (pkg && typeof pkg.name === 'string' && !found.has(pkg.name)) found.set(pkg.name, { name: pkg.name, dir, manifest: pkg });
      return;
    }
    const [head, ...rest] = segments;
    if (head === '**') {
      visit(dir, rest, budget);
      for (const child of subdirectories(dir)) visit(child, segments, budget);
    } else if (head.includes('*')) {
      const re = new RegExp('^' + head.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*') + '$');
      for (const child of subdirectories(dir)) if (re.test(path.basename(child))) visit(child, rest, budget);
    } else {
      visit(path.join(dir, head), rest, budget);
    }
  };
  for (const p of patterns) visit(root, p.replace(/\/+$/, '').split('/').filter((s) => s && s !== '.'), { n: 5000 });
  return found;
}

function subdirectories(dir: string): string[] {
  if (!mayRead(dir)) return [];
  try {
    return fs.readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'node_modules' && !d.name.startsWith('.'))
      .map((d) => path.join(dir, d.name));
  } catch { return []; }
}

/**
 * `dist/lib/x.js` of a workspace package → `src/lib/x.ts` (or the same path with a source extension), when it exists;
 * `dist/src/index.js` (a build of the whole package folder, `rootDir: "."`) → `src/index.ts`.
 */
function sourceOf(file: string, pkgDir: string): string | undefined {
  const rel = path.relative(pkgDir, file);
  const stem = rel.replace(/(\.d)?\.[cm]?[jt]sx?$/, '');
  const candidates = [stem, stem.replace(/^(dist|build|built|lib|out|esm|cjs)(\/|$)/, 'src$2'), stem.replace(/^(dist|build|built|lib|out)\/(esm|cjs)\//, 'src/'),
    stem.replace(/^(dist|build|built|out)\//, '')];
  for (const c of new Set(candidates)) {
    for (const ext of SOURCE_EXTENSIONS) {
      const f = path.join(pkgDir, c + ext);
      if (!f.endsWith('.d.ts') && isFile(f)) return f;
    }
    for (const ext of SOURCE_EXTENSIONS) {
      const f = path.join(pkgDir, c, 'index' + ext);
      if (isFile(f)) return f;
    }
  }
  return undefined;
}

/** The `exports` target of a subpath: strings, condition objects (types/import/require/default …) and `*` patterns. */
function exportTarget(exportsField: unknown, subpath: string): string[] {
  const targets: string[] = [];
  const collect = (v: unknown): void => {
    if (typeof v === 'string') targets.push(v);
    else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') {
      for (const key of ['source', 'types', 'typescript', 'import', 'module', 'require', 'node', 'default']) {
        if (key in (v as object)) collect((v as Record<string, unknown>)[key]);
      }
    }
  };
  if (typeof exportsField === 'string' || Array.isArray(exportsField)) {
    if (subpath === '.') collect(exportsField);
    return targets;
  }
  if (!exportsField || typeof exportsField !== 'object') return targets;
  const map = exportsField as Record<string, unknown>;
  if (!Object.keys(map).some((k) => k.startsWith('.'))) { if (subpath === '.') collect(map); return targets; }
  if (subpath in map) { collect(map[subpath]); return targets; }
  for (const [key, value] of Object.entries(map)) {
    const star = key.indexOf('*');
    if (star < 0) continue;
    const prefix = key.slice(0, star);
    const suffix = key.slice(star + 1);
    if (subpath.startsWith(prefix) && subpath.endsWith(suffix) && subpath.length >= prefix.length + suffix.length) {
      const middle = subpath.slice(prefix.length, subpath.length - suffix.length);
      const before = targets.length;
      collect(value);
      for (let i = before; i < targets.length; i++) targets[i] = targets[i].split('*').join(middle);
    }
  }
  return targets;
}

/**
 * Resolves bare and aliased specifiers for one run. Relative specifiers are the caller's business (they are
 * resolved without any configuration).
 */
export class ModuleResolver {
  // Shared by the resolvers of one process for a few seconds: an editor lints on every keystroke, and reading
  // every package.json of a monorepo each time would cost more than the lint; a CLI run reads them once.
  private static shared = { at: 0, optionsByDir: new Map<string, ts.CompilerOptions | null>(),
    workspaceByDir: new Map<string, Map<string, WorkspacePackage> | null>() };
  private readonly optionsByDir: Map<string, ts.CompilerOptions | null>;
  private readonly workspaceByDir: Map<string, Map<string, WorkspacePackage> | null>;
  private readonly cache = ts.createModuleResolutionCache(process.cwd(), (f) => f);

  constructor(private readonly programOptions?: ts.CompilerOptions) {
    const now = Date.now();
    if (now - ModuleResolver.shared.at > 10_000) {
      ModuleResolver.shared = { at: now, optionsByDir: new Map(), workspaceByDir: new Map() };
    }
    this.optionsByDir = ModuleResolver.shared.optionsByDir;
    this.workspaceByDir = ModuleResolver.shared.workspaceByDir;
  }

  /**
   * Whether a non-relative specifier names the project's own code, so that failing to resolve it is a blind spot:
   * an alias (a `paths` pattern other than a catch-all `*`, `@/…`, `~/…`, a package.json `#import`) or a workspace
   * package of the repository. A package from node_modules is not.
   */
  isProjectSpecifier(fromFile: string, specifier: string): boolean {
    if (specifier.startsWith('#') || specifier.startsWith('@/') || specifier.startsWith('~/')) return true;
    if (specifier.startsWith('node:')) return false;
    const dir = path.dirname(fromFile);
    const options = this.programOptions ?? this.compilerOptionsFor(dir);
    if (Object.keys(options?.paths ?? {}).some((p) => p !== '*' && matchesPathPattern(p, specifier))) return true;
    const parts = specifier.split('/');
    const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
    return !!this.workspaceFor(dir)?.has(name);
  }

  /** The repository file a specifier refers to from `fromFile`, or undefined (a library, or not found). */
  resolve(fromFile: string, specifier: string): string | undefined {
    const viaTs = this.resolveWithCompilerOptions(fromFile, specifier);
    if (viaTs) return viaTs;
    return this.resolveWorkspacePackage(fromFile, specifier);
  }

  private resolveWithCompilerOptions(fromFile: string, specifier: string): string | undefined {
    const options = this.programOptions ?? this.compilerOptionsFor(path.dirname(fromFile));
    if (!options) return undefined;
    // Without `baseUrl` or a matching `paths` pattern, a bare specifier can only name a package in node_modules,
    // which is never project code: skip TypeScript's search of every node_modules folder up the tree. (`#x`
    // specifiers go through package.json `imports`, which can point into the repository.)
    if (!specifier.startsWith('#') && !isPathLike(specifier) && options.baseUrl === undefined
      && !Object.keys(options.paths ?? {}).some((pattern) => matchesPathPattern(pattern, specifier))) return undefined;
    const opts = this.resolutionOptions(options);
    let resolved: ts.ResolvedModuleFull | undefined;
    try {
      resolved = ts.resolveModuleName(specifier, fromFile, opts, RESOLUTION_HOST, this.cache).resolvedModule;
    } catch { return undefined; }
    if (!resolved) return undefined;
    const file = path.resolve(resolved.resolvedFileName);
    if (!/[\\/]node_modules[\\/]/.test(file) && !resolved.isExternalLibraryImport) {
      return file.endsWith('.d.ts') ? this.sourceBeside(file) ?? file : file;
    }
    return undefined;
  }

  private readonly resolutionOptionsOf = new WeakMap<ts.CompilerOptions, ts.CompilerOptions>();

  /** The options resolution runs with (made once per options object, so the resolution cache is shared). */
  private resolutionOptions(options: ts.CompilerOptions): ts.CompilerOptions {
    let opts = this.resolutionOptionsOf.get(options);
    if (!opts) {
      opts = { ...options, allowJs: true, moduleResolution: options.moduleResolution ?? ts.ModuleResolutionKind.Bundler,
        module: options.module ?? ts.ModuleKind.ESNext };
      this.resolutionOptionsOf.set(options, opts);
    }
    return opts;
  }

  /** A `.d.ts` produced from a source in the repository: that source. */
  private sourceBeside(dts: string): string | undefined {
    for (const ext of ['.ts', '.tsx', '.js']) {
      const f = dts.slice(0, -'.d.ts'.length) + ext;
      if (isFile(f)) return f;
    }
    return undefined;
  }

  /** The compilerOptions of the nearest tsconfig.json / jsconfig.json above a folder (with `extends` applied). */
  private compilerOptionsFor(dir: string): ts.CompilerOptions | undefined {
    const chain: string[] = [];
    let current = dir;
    let found: ts.CompilerOptions | null | undefined;
    for (let i = 0; i < 64; i++) {
      const known = this.optionsByDir.get(current);
      if (known !== undefined) { found = known; break; }
      chain.push(current);
      const config = ['tsconfig.json', 'jsconfig.json'].map((n) => path.join(current, n)).find(isFile);
      if (config) { found = this.readOptions(config) ?? null; break; }
      if (path.basename(current) === 'node_modules') { found = null; break; }
      const parent = path.dirname(current);
      if (parent === current) { found = null; break; }
      current = parent;
    }
    for (const d of chain) this.optionsByDir.set(d, found ?? null);
    return found ?? undefined;
  }

  private readOptions(config: string): ts.CompilerOptions | undefined {
    try {
      const read = ts.readConfigFile(config, RESOLUTION_HOST.readFile!);
      if (read.error) return undefined;
      const host: ts.ParseConfigHost = { ...ts.sys, readDirectory: () => [], fileExists: isFile, readFile: RESOLUTION_HOST.readFile! };
      return ts.parseJsonConfigFileContent(read.config, host, path.dirname(config), undefined, config).options;
    } catch { return undefined; }
  }

  /** `@acme/utils/format` → the workspace package `@acme/utils` of this repository, its entry or that subpath. */
  resolveWorkspacePackage(fromFile: string, specifier: string): string | undefined {
    if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return undefined;
    const parts = specifier.split('/');
    const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
    const sub = parts.slice(specifier.startsWith('@') ? 2 : 1).join('/');
    const pkg = this.workspaceFor(path.dirname(fromFile))?.get(name);
    if (!pkg) return undefined;
    const subpath = sub ? `./${sub}` : '.';
    const targets = exportTarget(pkg.manifest.exports, subpath);
    if (!targets.length) {
      if (sub) targets.push(`./${sub}`);
      else for (const key of ['source', 'types', 'typings', 'module', 'main']) {
        const v = pkg.manifest[key];
        if (typeof v === 'string') targets.push(v);
      }
      if (!targets.length) targets.push('./index');
    }
    // A subpath that names a file of the package (`backend-lib/src/logger`) is also tried as it is, after the
    // `exports` targets: TypeScript's node10 resolution ignores `exports` and reaches it through the workspace link,
    // and a wildcard export to the build (`"./*": "./dist/*.js"`) has no source beside its target.
    if (sub && !targets.includes(`./${sub}`)) targets.push(`./${sub}`);
    for (const t of targets) {
      const abs = path.resolve(pkg.dir, t);
      if (isFile(abs) && !abs.endsWith('.d.ts') && SOURCE_EXTENSIONS.includes(path.extname(abs))) return abs;
      const source = sourceOf(abs, pkg.dir);
      if (source) return source;
    }
    return undefined;
  }

  private readonly commandLineByDir = new Map<string, boolean>();

  /**
   * Whether a file belongs to a command-line program: its nearest package.json declares a `bin` and depends on a
   * command-line framework (commander, yargs, oclif …). What such a program prints is its output to the person
   * running it.
   */
  isCommandLinePackage(fromFile: string): boolean {
    const chain: string[] = [];
    let current = path.dirname(fromFile);
    let found = false;
    for (let i = 0; i < 64; i++) {
      const known = this.commandLineByDir.get(current);
      if (known !== undefined) { found = known; break; }
      chain.push(current);
      const manifest = readJson(path.join(current, 'package.json'));
      if (manifest) {
        const deps = { ...(manifest.dependencies as object ?? {}), ...(manifest.devDependencies as object ?? {}) };
        found = !!manifest.bin && Object.keys(deps).some((d) => CLI_FRAMEWORKS.has(d));
        break;
      }
      const parent = path.dirname(current);
      if (parent === current) break;
      current = parent;
    }
    for (const d of chain) this.commandLineByDir.set(d, found);
    return found;
  }

  private readonly ownHostsByDir = new Map<string, readonly string[]>();

  /**
   * The hosts the project's own package manifests name as its own: the `homepage` and the author's site and e-mail
   * domain of each package.json from the file's folder up (`"homepage": "https://ever.team"` → `ever.team`, whose
   * `api.ever.team` is the product's own API). Code hosts, package registries and free mail providers are nobody's
   * own domain and are left out.
   */
  /** The name of the package a file belongs to (its nearest package.json's `name`), remembered per folder. */
  packageNameOf(fromFile: string): string | undefined {
    const chain: string[] = [];
    let current = path.dirname(fromFile);
    let found: string | null = null;
    for (let i = 0; i < 64; i++) {
      const known = this.packageNameByDir.get(current);
      if (known !== undefined) { found = known; break; }
      chain.push(current);
      const manifest = readJson(path.join(current, 'package.json'));
      if (manifest) { found = typeof manifest.name === 'string' ? manifest.name : null; break; }
      const parent = path.dirname(current);
      if (parent === current) break;
      current = parent;
    }
    for (const d of chain) this.packageNameByDir.set(d, found);
    return found ?? undefined;
  }
  private readonly packageNameByDir = new Map<string, string | null>();

  ownHosts(fromFile: string): readonly string[] {
    const dir = path.dirname(fromFile);
    const known = this.ownHostsByDir.get(dir);
    if (known) return known;
    const parent = path.dirname(dir);
    const above = parent === dir ? [] : this.ownHosts(path.join(parent, 'x'));
    const manifest = mayRead(path.join(dir, 'package.json')) ? readJson(path.join(dir, 'package.json')) : undefined;
    const own = manifest ? manifestHosts(manifest).filter((h) => !above.includes(h)) : [];
    const hosts = own.length ? [...own, ...above] : above;
    this.ownHostsByDir.set(dir, hosts);
    return hosts;
  }

  private workspaceFor(dir: string): Map<string, WorkspacePackage> | undefined {
    const chain: string[] = [];
    let current = dir;
    let found: Map<string, WorkspacePackage> | null | undefined;
    for (let i = 0; i < 64; i++) {
      const known = this.workspaceByDir.get(current);
      if (known !== undefined) { found = known; break; }
      chain.push(current);
      const manifest = readJson(path.join(current, 'package.json'));
      const pnpm = pnpmPatterns(path.join(current, 'pnpm-workspace.yaml'));
      if ((manifest && manifest.workspaces) || pnpm.length) {
        found = workspacePackages(current, manifest ?? {}, pnpm);
        break;
      }
      const parent = path.dirname(current);
      if (parent === current) { found = null; break; }
      current = parent;
    }
    for (const d of chain) this.workspaceByDir.set(d, found ?? null);
    return found ?? undefined;
  }
}

/** Packages programs parse their command lines with. */
const CLI_FRAMEWORKS: ReadonlySet<string> = new Set(['commander', '@commander-js/extra-typings', 'yargs', '@oclif/core',
  'oclif', 'cac', 'clipanion', 'meow', 'citty', 'sade', 'vorpal', 'caporal', '@caporal/core', '@drizzle-team/brocli', 'cmd-ts']);

/** The `packages:` list of a pnpm-workspace.yaml (a list of quoted or bare globs; nothing else is read). */
function pnpmPatterns(file: string): string[] {
  const text = readRegularFile(file, 256 * 1024).bytes?.toString('utf8');
  if (text === undefined) return [];
  const out: string[] = [];
  let inPackages = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^packages\s*:/.test(line)) { inPackages = true; continue; }
    if (inPackages) {
      const m = /^\s*-\s*['"]?([^'"#]+?)['"]?\s*(#.*)?$/.exec(line);
      if (m) out.push(m[1].trim());
      else if (/^\S/.test(line)) inPackages = false;
    }
  }
  return out;
}

/**
 * Module resolution for the type checker's programs: TypeScript's own, and where it finds nothing, the repository's
 * workspace package imported by name mapped to its source (`@acme/db` → `packages/db/src/index.ts`). A checkout whose
 * packages were never built (no `dist/*.d.ts`) or never installed (no `node_modules` link) then still has the types
 * of its own packages, instead of `any` for every value that comes from a sibling package.
 */
export function workspaceAwareModuleResolution(options: ts.CompilerOptions, host: ts.ModuleResolutionHost):
  NonNullable<ts.CompilerHost['resolveModuleNameLiterals']> {
  const cache = ts.createModuleResolutionCache(process.cwd(), (f) => f, options);
  const resolver = new ModuleResolver(options);
  return (literals, containingFile, redirectedReference, opts, containingSourceFile) => literals.map((literal) => {
    const mode = ts.getModeForUsageLocation(containingSourceFile, literal, opts);
    const found = ts.resolveModuleName(literal.text, containingFile, opts, host, cache, redirectedReference, mode);
    if (found.resolvedModule) return found;
    const source = resolver.resolveWorkspacePackage(containingFile, literal.text);
    if (!source) return found;
    return { resolvedModule: { resolvedFileName: source, extension: path.extname(source) as ts.Extension, isExternalLibraryImport: false } };
  });
}
