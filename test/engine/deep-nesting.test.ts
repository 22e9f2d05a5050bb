/**
 * Deep nesting never aborts a run: a file TypeScript (or our analysis) would overflow the stack on gets one
 * finding saying why, with a position, and every other file is still linted — with its types, when only the deep
 * file is too deep for the type checker. Long `+` and member chains are analysed, and a personal value nested
 * deeper than the analysis follows names is still found. Deep files are generated here, never committed.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { lintFiles, loadConfigFile, resolveConfig, TypeProjects, type FileResult } from '@privacy-lint/engine';
import { allRules, ruleCatalog } from '@privacy-lint/rules';

const GOOD = 'interface Customer { email: string }\nexport function f(c: Customer) { console.log(c.email); }\n';
/** Found only with the checker: nothing but `Repo`'s declared method says `record` is a `Customer`. */
const TYPED = "import type { Repo } from './types';\ndeclare const repo: Repo;\nconst record = repo.find();\nconsole.log(record);\n";
const TYPES = 'export interface Customer { email: string }\nexport interface Repo { find(): Customer }\n';
const TSCONFIG = JSON.stringify({ compilerOptions: { strict: true, target: 'ES2022', module: 'commonjs', types: [], noEmit: true } });

const dirs: string[] = [];

function project(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lint-deep-'));
  dirs.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

function lint(dir: string, rels: string[], typeInfo: boolean, programFor?: (tsconfig: string, files: readonly string[]) => import('typescript').Program | undefined): Map<string, FileResult> {
  const loaded = fs.existsSync(path.join(dir, 'privacy-lint.json')) ? loadConfigFile(path.join(dir, 'privacy-lint.json'), ruleCatalog).config : undefined;
  const results = lintFiles({
    files: rels.map((r) => path.join(dir, r)),
    rules: allRules,
    configFor: (f) => resolveConfig(loaded, f, ruleCatalog, dir),
    typeInfo,
    programFor,
  });
  return new Map(results.map((r) => [path.relative(dir, r.file), r]));
}

const summary = (r: FileResult | undefined) =>
  r?.findings.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.ruleId}`) ?? [];

/** ≈ 5,000 levels of each construct: far past what TypeScript's parser takes on Node's default stack. */
const N = 5000;
const DEEP: Record<string, string> = {
  'parens.ts': `const x = ${'('.repeat(N)}1${')'.repeat(N)};\n`,
  'arrays.ts': `const x = ${'['.repeat(N)}1${']'.repeat(N)};\n`,
  'calls.ts': `declare const f: any;\nconst x = ${'f('.repeat(N)}1${')'.repeat(N)};\n`,
  'ifs.ts': `declare const a: boolean;\n${'if (a) {\n'.repeat(N)}console.log(1);\n${'}\n'.repeat(N)}`,
  'templates.ts': `const x = ${'`${'.repeat(N)}1${'}`'.repeat(N)};\n`,
  'generics.ts': `type A<T> = T;\ntype X = ${'A<'.repeat(N)}string${'>'.repeat(N)};\n`,
};

describe('deep nesting', function () {
  this.timeout(60000);
  // Inside the suite: the root hook that checks for leftover temporary folders runs after the root's own hooks.
  after(() => { for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true }); });

  for (const [name, text] of Object.entries(DEEP)) {
    for (const typeInfo of [false, true]) {
      it(`${name} (${typeInfo ? 'with a tsconfig' : 'no types'}): one "nested too deeply" finding; the other files are linted`, () => {
        const dir = project({ [name]: text, 'good.ts': GOOD, 'tsconfig.json': TSCONFIG });
        const results = lint(dir, [name, 'good.ts'], typeInfo);
        const deep = results.get(name)!;
        assert.equal(deep.parseError, true);
        assert.equal(deep.findings.length, 1);
        assert.equal(deep.findings[0].ruleId, 'parse-error');
        assert.equal(deep.findings[0].messageId, 'tooDeep');
        assert.match(deep.findings[0].message.en, /nested too deeply/);
        assert.match(deep.findings[0].message.ja, /入れ子が深すぎる/);
        assert.ok(deep.findings[0].range.start.line > 1 || deep.findings[0].range.start.column > 1, 'a position where it is deep');
        assert.deepEqual(summary(results.get('good.ts')), ['2:46 no-personal-data-in-logs']);
        assert.equal(results.get('good.ts')!.typeInfo, typeInfo, 'the other file keeps its types');
      });
    }
  }

  it('a 2,000-link member chain in a typed project: the other files keep their types, the deep one is linted without them and says so', () => {
    const chain = `interface A { a: A; email: string }\ndeclare const o: A;\nconsole.log(o${'.a'.repeat(2000)}.email);\n`;
    const dir = project({ 'chain.ts': chain, 'typed.ts': TYPED, 'types.ts': TYPES, 'tsconfig.json': TSCONFIG });
    const results = lint(dir, ['chain.ts', 'typed.ts'], true);
    const typed = results.get('typed.ts')!;
    assert.equal(typed.typeInfo, true);
    assert.deepEqual(summary(typed), ['4:13 no-personal-data-in-logs'], 'found through the checker');
    const deep = results.get('chain.ts')!;
    assert.equal(deep.typeInfo, false);
    assert.ok(!deep.findings.some((f) => f.messageId === 'tooDeep' || f.ruleId === 'internal-error'));
    assert.ok(deep.findings.some((f) => f.ruleId === 'no-personal-data-in-logs'), 'its own finding, without types');
    const note = deep.findings.find((f) => f.messageId === 'tooDeepForTypes');
    assert.ok(note, 'it says it was checked without types');
    assert.equal(note.ruleId, 'parse-error');
    assert.equal(note.severity, 'error');
    assert.match(note.message.en, /without type information.*nested too deeply/);
    assert.match(note.message.ja, /型情報なしで検査しました/);
  });

  it('a chain of 1,000 declarations the checker overflows on (nothing nested): the file is analysed without types and says so', () => {
    // `const v1 = v0; … const v1000 = v999;` with v1000 logged: the checker infers v1000 through the whole chain and
    // overflows the stack; the measure of nesting does not see it. The file's own findings must not be lost.
    const n = 1000;
    const chain = ['declare const c: { email: string; name: string };', 'const v0 = c.email;',
      ...Array.from({ length: n }, (_, i) => `const v${i + 1} = v${i};`), `console.log(v${n});`, 'console.log(c.name);', ''].join('\n');
    const dir = project({ 'chain.ts': chain, 'typed.ts': TYPED, 'types.ts': TYPES, 'tsconfig.json': TSCONFIG });
    const results = lint(dir, ['chain.ts', 'typed.ts'], true);
    assert.deepEqual(summary(results.get('typed.ts')), ['4:13 no-personal-data-in-logs'], 'the other file keeps its types');
    const deep = results.get('chain.ts')!;
    assert.equal(deep.typeInfo, false);
    assert.equal(deep.parseError, undefined, 'it was analysed');
    assert.deepEqual(summary(deep).filter((f) => f.endsWith('no-personal-data-in-logs')), [`${n + 4}:13 no-personal-data-in-logs`], 'its own finding, without types');
    assert.deepEqual(deep.findings.filter((f) => f.ruleId === 'parse-error').map((f) => f.messageId), ['tooDeepForTypes']);
    assert.deepEqual(deep.blindSpots?.filter((b) => b.kind === 'untypedFile').map((b) => b.detail), ['too-deep']);
    assert.ok(deep.blindSpots?.some((b) => b.kind === 'depthLimit'), 'the chain is longer than the analysis follows: a blind spot, not clean');
  });

  it('the language service leaves a too-deep file out of its program and the project keeps its types', () => {
    const chain = `declare const o: any;\nconst x = o${'.a'.repeat(3000)};\n`;
    const dir = project({ 'chain.ts': chain, 'typed.ts': TYPED, 'types.ts': TYPES, 'tsconfig.json': TSCONFIG });
    const projects = new TypeProjects();
    try {
      const results = lint(dir, ['typed.ts', 'chain.ts'], true, (tsconfig, files) => projects.programFor(tsconfig, files));
      assert.equal(results.get('typed.ts')!.typeInfo, true);
      assert.deepEqual(summary(results.get('typed.ts')), ['4:13 no-personal-data-in-logs']);
      assert.deepEqual(results.get('chain.ts')!.findings.map((f) => f.messageId), ['tooDeepForTypes']);
    } finally {
      projects.disposeAll();
    }
  });

  it('a 2,000-part concatenation and a 2,000-link call chain are analysed', () => {
    const plus = `declare const c: { email: string };\nconsole.log(c.email${" + 'x'".repeat(2000)});\n`;
    const calls = `declare const q: any;\ndeclare const c: { email: string };\nconsole.log(q${'.a()'.repeat(2000)}, c.email);\n`;
    for (const typeInfo of [false, true]) {
      const dir = project({ 'plus.ts': plus, 'calls.ts': calls, 'tsconfig.json': TSCONFIG });
      const results = lint(dir, ['plus.ts', 'calls.ts'], typeInfo);
      assert.deepEqual(summary(results.get('plus.ts')), ['2:13 no-personal-data-in-logs'], `plus, typeInfo ${typeInfo}`);
      assert.ok(results.get('calls.ts')!.findings.some((f) => f.ruleId === 'no-personal-data-in-logs'), `calls, typeInfo ${typeInfo}`);
      assert.ok(!results.get('calls.ts')!.findings.some((f) => f.ruleId === 'internal-error'));
    }
  });

  it('a consent check in a 20,000-operand condition still guards the transfer, and a missing one is still reported', () => {
    const send = "fetch('https://api.other.example.com/x', { method: 'POST', body: c.email });";
    const code = ['declare function hasConsent(c: unknown): boolean;', 'declare const a: boolean;', 'declare const c: { email: string };',
      `if (!hasConsent(c)${' || !a'.repeat(20000)}) { } else { ${send} }`,
      `if (${'a && '.repeat(20000)}hasConsent(c)) { ${send} }`,
      `if (${'a && '.repeat(20000)}true) { ${send} }`, ''].join('\n');
    const dir = project({ 'guarded.ts': code, 'privacy-lint.json': JSON.stringify({ transfers: { consentGuards: ['hasConsent'] } }) });
    assert.deepEqual(summary(lint(dir, ['guarded.ts'], false).get('guarded.ts')), ['6:100078 no-unguarded-external-transfer']);
  });

  it('a personal value deeper than the analysis follows names (17 parentheses, concatenations, templates) is still found', () => {
    const d = 17;
    const files = {
      'parens.ts': `declare const c: { email: string };\nconsole.log(${'('.repeat(d)}c.email${')'.repeat(d)});\n`,
      'left.ts': `declare const c: { email: string };\nconsole.log(c.email${" + 'x'".repeat(d)});\n`,
      'right.ts': `declare const c: { email: string };\nconsole.log(${"'x' + (".repeat(d)}c.email${')'.repeat(d)});\n`,
      'templates.ts': `declare const c: { email: string };\nconsole.log(${'`${'.repeat(d)}c.email${'}`'.repeat(d)});\n`,
      'ternaries.ts': `declare const a: boolean;\ndeclare const c: { email: string };\nconsole.log(${"a ? 'x' : ".repeat(d)}c.email);\n`,
    };
    const dir = project(files);
    const results = lint(dir, Object.keys(files), false);
    for (const name of Object.keys(files)) {
      assert.ok(results.get(name)!.findings.some((f) => f.ruleId === 'no-personal-data-in-logs'), name);
    }
  });
});
