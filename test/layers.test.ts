/**
 * The layers of the product hold (ARCHITECTURE.md, "Layers and the way data flows"): layers.eslint.config.mjs, a
 * lint of imports per folder, finds nothing in the repository, and finds each crossing of a layer written on
 * purpose (test/fixtures/layers, each linted as if it were a file of the folder it crosses from). And no package's
 * modules import each other in a cycle when they run (a cycle makes a module see another half-loaded).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ESLint } from 'eslint';

const ROOT = path.resolve(__dirname, '..', '..');
const CONFIG = path.join(ROOT, 'layers.eslint.config.mjs');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'layers');
const SOURCES = ['engine/src/**/*.ts', 'rules/*.ts', 'cli/src/**/*.ts', 'server/src/**/*.ts', 'client/src/**/*.ts', 'eslint-plugin/src/**/*.ts'];

/** Each fixture, the file it is linted as, and the rule that must report it (undefined: nothing may be reported). */
const CROSSINGS: Array<{ fixture: string; as: string; rule?: string; says?: RegExp }> = [
  { fixture: 'rule-imports-engine-internals.ts', as: 'rules/leaky-rule.ts', rule: 'no-restricted-imports', says: /public entry/ },
  { fixture: 'rule-imports-typescript.ts', as: 'rules/leaky-rule.ts', rule: 'no-restricted-syntax', says: /no typescript/ },
  { fixture: 'rule-reads-files.ts', as: 'rules/leaky-rule.ts', rule: 'no-restricted-imports', says: /no fs/ },
  { fixture: 'rule-allowed.ts', as: 'rules/leaky-rule.ts' },
  { fixture: 'config-imports-model.ts', as: 'engine/src/config/leaky.ts', rule: 'no-restricted-imports', says: /must not import engine\/src\/model/ },
  { fixture: 'engine-imports-rules.ts', as: 'engine/src/leaky.ts', rule: 'no-restricted-imports', says: /never imports them/ },
  { fixture: 'cli-imports-engine-internals.ts', as: 'cli/src/leaky.ts', rule: 'no-restricted-imports', says: /public entry/ },
  { fixture: 'server-requires-engine-internals.ts', as: 'server/src/leaky.ts', rule: 'no-restricted-syntax', says: /public entry/ },
  { fixture: 'server-imports-vscode.ts', as: 'server/src/leaky.ts', rule: 'no-restricted-imports', says: /VS Code/ },
  { fixture: 'client-imports-engine.ts', as: 'client/src/leaky.ts', rule: 'no-restricted-imports', says: /only ever runs in the server/ },
];

/** The errors of a lint, as `file:line rule: message` (the config's warnings about inline comments are not). */
function errors(results: ESLint.LintResult[]): string[] {
  return results.flatMap((r) => r.messages.filter((m) => m.severity === 2)
    .map((m) => `${path.relative(ROOT, r.filePath)}:${m.line} ${m.ruleId ?? 'fatal'}: ${m.message}`));
}

describe('layers: the lint of imports', function () {
  this.timeout(120000);
  const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: CONFIG });

  it('finds no crossing of a layer in the repository', async () => {
    const results = await eslint.lintFiles(SOURCES);
    assert.ok(results.length > 100, `linted only ${results.length} files`);
    assert.ok(results.some((r) => r.filePath.endsWith(path.join('rules', 'no-personal-data-in-logs.ts'))), 'the rules were not linted');
    assert.deepEqual(errors(results), []);
  });

  it('has a fixture for every crossing it lists, and lists every fixture', () => {
    assert.deepEqual(CROSSINGS.map((c) => c.fixture).sort(), fs.readdirSync(FIXTURES).sort());
  });

  for (const c of CROSSINGS) {
    it(c.rule ? `reports ${c.fixture} as ${c.as}` : `lets ${c.fixture} pass as ${c.as}`, async () => {
      const text = fs.readFileSync(path.join(FIXTURES, c.fixture), 'utf8');
      const found = errors(await eslint.lintText(text, { filePath: path.join(ROOT, c.as) }));
      if (!c.rule) { assert.deepEqual(found, []); return; }
      assert.ok(found.length > 0, `${c.fixture} crosses a layer and the lint said nothing`);
      assert.ok(found.every((f) => / no-restricted-(imports|syntax): /.test(f)), found.join('\n'));
      assert.ok(found.some((f) => f.includes(` ${c.rule}: `)), found.join('\n'));
      if (c.says) assert.ok(found.some((f) => c.says!.test(f)), found.join('\n'));
    });
  }
});

/** The relative `require`s of each compiled module of a folder (what runs, type-only imports erased). */
function requireGraph(dir: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const walk = (d: string): void => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) { walk(p); continue; }
      if (!entry.name.endsWith('.js')) continue;
      const deps: string[] = [];
      for (const m of fs.readFileSync(p, 'utf8').matchAll(/\brequire\("(\.{1,2}\/[^"]+)"\)/g)) {
        const target = path.resolve(path.dirname(p), m[1]);
        const file = [target, `${target}.js`, path.join(target, 'index.js')].find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
        if (file) deps.push(file);
      }
      graph.set(p, deps);
    }
  };
  walk(dir);
  return graph;
}

/** The cycles of a graph: its strongly connected components of more than one module, or a module requiring itself. */
function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next); low.set(v, next); next++;
    stack.push(v); onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); }
      else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do { w = stack.pop()!; onStack.delete(w); component.push(w); } while (w !== v);
    if (component.length > 1 || graph.get(v)?.includes(v)) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('layers: no import cycle at run time', () => {
  for (const pkg of ['engine', 'rules', 'cli', 'server', 'eslint-plugin']) {
    it(`${pkg}`, () => {
      const dist = path.join(ROOT, pkg, 'dist');
      const graph = requireGraph(dist);
      assert.ok(graph.size > 0, `${pkg}/dist has no modules: build first`);
      assert.deepEqual(cycles(graph).map((c) => c.map((f) => path.relative(dist, f)).join(' ↔ ')), []);
    });
  }
});
