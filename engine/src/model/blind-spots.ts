/**
 * What a run could not see: imports that resolve to nothing, receivers whose type the checker does not know, files
 * analysed without types, and flows cut at a depth limit. Counted so that a report tells "clean" from "blind";
 * never a finding (nothing is wrong with the code), always with the hint that removes it.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import * as fs from 'node:fs';
import { mayRead } from '../read-boundary';
import * as path from 'node:path';
import type { BlindSpot, BlindSpotKind, FileResult, Range } from '../types';
import type { ProjectContext } from './project';
import { SOURCE_EXTENSIONS } from './modules';

function rangeAt(node: ts.Node): Range {
  const sf = node.getSourceFile();
  const s = sf.getLineAndCharacterOfPosition(node.getStart(sf));
  const e = sf.getLineAndCharacterOfPosition(node.getEnd());
  return { start: { line: s.line + 1, column: s.character + 1 }, end: { line: e.line + 1, column: e.character + 1 } };
}

/** JavaScript files are not type-checked (`checkJs` is off): an untyped receiver there is expected, not a blind spot. */
const JS_FILE = /\.[cm]?jsx?$/i;

/**
 * The blind spots of one lint run, by file. Recorded where the analysis meets them (once per place: the same
 * place seen again, from another caller or after a cache eviction re-parsed its file, counts once).
 */
export class BlindSpotLog {
  private readonly byFile = new Map<string, Map<string, BlindSpot>>();
  private readonly unknownTypes = new WeakSet<ts.Node>();
  /**
   * How many times an evaluation stopped at the depth limit (a counter, as cheap as the limit itself): the model
   * compares it around each sink call's evaluation and records the call whose flow was cut.
   */
  depthCuts = 0;
  /**
   * Recorded but not yet placed (by kind): a flow can meet the same cut many times while one file is linted, so
   * placing it (its file, range and key) waits for `flush`, once per node.
   */
  private readonly pending = new Map<BlindSpotKind, Map<ts.Node, string | undefined>>();

  /** Records a blind spot at a node (its file and range), once per kind and position. */
  add(kind: BlindSpotKind, node: ts.Node, detail?: string): void {
    let nodes = this.pending.get(kind);
    if (!nodes) { nodes = new Map(); this.pending.set(kind, nodes); }
    if (!nodes.has(node)) nodes.set(node, detail);
  }

  /** Places what was recorded, so no tree is kept alive by the log (the lint run calls it after each file). */
  flush(): void {
    for (const [kind, nodes] of this.pending) {
      for (const [node, detail] of nodes) {
        const file = node.getSourceFile().fileName;
        this.addAt(file, kind, `${kind}:${node.pos}:${node.end}`, () => ({ kind, range: rangeAt(node), ...(detail ? { detail } : {}) }));
      }
    }
    this.pending.clear();
  }

  /** Records a blind spot of a whole file (analysed without types, and why). */
  addFile(file: string, kind: BlindSpotKind, detail: string): void {
    this.addAt(file, kind, `${kind}:file`, () => ({ kind, detail }));
  }

  private addAt(file: string, kind: BlindSpotKind, key: string, make: () => BlindSpot): void {
    let spots = this.byFile.get(file);
    if (!spots) { spots = new Map(); this.byFile.set(file, spots); }
    if (!spots.has(key)) spots.set(key, make());
  }

  /** The checker gave an expression the type `any` or `unknown` (remembered for `unknownReceiver`). */
  unknownType(node: ts.Node): void { this.unknownTypes.add(node); }

  /**
   * A call whose method a sink of the catalogue has (`send`, `info`, `capture` …), on a receiver that is neither
   * recognised nor typed: whether it sends personal data somewhere cannot be told.
   */
  unknownReceiver(receiver: ts.Node, call: ts.Node, callee: string | undefined): void {
    if (!this.unknownTypes.has(receiver) || JS_FILE.test(receiver.getSourceFile().fileName)) return;
    this.add('unknownReceiver', call, callee);
  }

  /** The blind spots recorded in a file, in source order (whole-file ones first). */
  forFile(file: string): BlindSpot[] {
    if (this.pending.size) this.flush();
    const spots = this.byFile.get(file);
    if (!spots) return [];
    return [...spots.values()].sort((a, b) => (a.range?.start.line ?? 0) - (b.range?.start.line ?? 0)
      || (a.range?.start.column ?? 0) - (b.range?.start.column ?? 0));
  }
}

/** Files that are not code the linter reads (styles, images, data): importing them is not a blind spot. */
const ASSET = /\.(css|scss|sass|less|styl|pcss|svg|png|jpe?g|gif|webp|avif|ico|bmp|json|json5|md|mdx|html?|vue|svelte|astro|wasm|txt|ya?ml|toml|graphql|gql|glsl|woff2?|ttf|otf|eot|mp3|mp4|webm|wav|ogg|pdf|csv|xml|node)$/i;

/**
 * Project imports of a file that resolve to nothing: relative specifiers, and aliased ones (a tsconfig `paths`
 * pattern, `@/…`, `~/…`, `#…`, a workspace package of the repository). A package from node_modules is not the
 * project's code and is never counted. Only the file's own import, export-from and `import x = require()` forms.
 */
export function unresolvedImports(sf: ts.SourceFile, project: ProjectContext): Array<{ node: ts.Node; specifier: string }> {
  const out: Array<{ node: ts.Node; specifier: string }> = [];
  for (const statement of sf.statements) {
    let spec: ts.Expression | undefined;
    if (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) spec = statement.moduleSpecifier;
    else if (ts.isImportEqualsDeclaration(statement) && ts.isExternalModuleReference(statement.moduleReference)) {
      spec = statement.moduleReference.expression;
    }
    if (!spec || !ts.isStringLiteral(spec)) continue;
    const specifier = spec.text;
    // Loader and bundler suffixes (`./x.svg?raw`, `raw-loader!./x`) and assets name no code.
    if (/[?!]/.test(specifier) || ASSET.test(specifier)) continue;
    const relative = specifier.startsWith('.');
    if (!relative && !project.isProjectSpecifier(sf.fileName, specifier)) continue;
    if (project.resolveImport(sf.fileName, specifier)) continue;
    if (relative && existsBeside(sf.fileName, specifier)) continue;
    out.push({ node: spec, specifier });
  }
  return out;
}

/** A relative import of something the linter does not read but that is there (declarations, a folder's types). */
function existsBeside(fromFile: string, specifier: string): boolean {
  const base = path.resolve(path.dirname(fromFile), specifier);
  const stem = SOURCE_EXTENSIONS.includes(path.extname(base)) ? base.slice(0, -path.extname(base).length) : base;
  const candidates = [base, `${stem}.d.ts`, `${stem}.d.mts`, `${stem}.d.cts`, path.join(base, 'index.d.ts'), path.join(base, 'package.json')];
  return candidates.some((c) => { try { return mayRead(c) && fs.statSync(c).isFile(); } catch { return false; } });
}

/**
 * The results of a whole run without the `untypedFile` blind spots of files no tsconfig.json covers, when no file
 * of the run had types: such a run (a JavaScript project without a tsconfig) works from names by design and is not
 * called blind for it. In a run where other files have types, a file outside every project is a blind spot. Asked
 * of the whole run (the CLI's files over all its threads), not of one `lintFiles` call.
 */
export function withoutUntypedByDesign(results: readonly FileResult[]): FileResult[] {
  if (results.some((r) => r.typeInfo)) return [...results];
  return results.map((r) => {
    if (!r.blindSpots?.some((b) => b.kind === 'untypedFile' && b.detail === 'no-tsconfig')) return r;
    const rest = r.blindSpots.filter((b) => !(b.kind === 'untypedFile' && b.detail === 'no-tsconfig'));
    const { blindSpots: _dropped, ...without } = r;
    return rest.length ? { ...without, blindSpots: rest } : without;
  });
}
