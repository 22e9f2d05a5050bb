/**
 * Shapes TypeScript recurses on although they do not look nested: a long `&&` / `||` / `??` chain is bound
 * recursively (about 940 operands overflow the binder), and an edit of a long concatenation makes the incremental
 * parser walk the old tree recursively (about 6,000 parts overflow it). Found by `npm run fuzz` (seed 20261206): a
 * file like that took the types of its whole project with it, in the editor for every later file too. Generated
 * here, never committed.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { IncrementalSources, lintFiles, resolveConfig, TypeProjects, type FileResult } from '@privacy-lint/engine';
import { allRules, ruleCatalog } from '@privacy-lint/rules';
import { tempDir } from '../helpers/temp';

/** Found only with the checker: nothing but `Repo`'s declared method says `record` is a `Customer`. */
const TYPED = "import type { Repo } from './types';\ndeclare const repo: Repo;\nconst record = repo.find();\nconsole.log(record);\n";
const TYPES = 'export interface Customer { email: string }\nexport interface Repo { find(): Customer }\n';
const TSCONFIG = JSON.stringify({ compilerOptions: { strict: true, target: 'ES2022', module: 'commonjs', types: [], noEmit: true } });
const LOGGED = ['4:13 no-personal-data-in-logs'];

function project(files: Record<string, string>): string {
  const dir = tempDir('privacy-lint-deep-shapes-');
  for (const [rel, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, rel), content);
  return dir;
}

type ProgramFor = (tsconfig: string, files: readonly string[]) => import('typescript').Program | undefined;

function lint(dir: string, rels: string[], extra: { programFor?: ProgramFor; sources?: IncrementalSources; readFile?: (f: string) => string | undefined } = {}): Map<string, FileResult> {
  const results = lintFiles({
    files: rels.map((r) => path.join(dir, r)),
    rules: allRules,
    configFor: (f) => resolveConfig(undefined, f, ruleCatalog, dir),
    typeInfo: true,
    ...extra,
  });
  return new Map(results.map((r) => [path.relative(dir, r.file), r]));
}

const summary = (r: FileResult | undefined) => r?.findings.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.ruleId}`) ?? [];

/** Logical chains of 2,000 operands: twice what TypeScript's binder takes on Node's default stack. */
const CHAINS: Record<string, string> = {
  'and.ts': `declare const a: boolean;\nexport const x = ${'a && '.repeat(2000)}a;\n`,
  'or.ts': `declare const a: boolean;\nexport const x = ${'a || '.repeat(2000)}a;\n`,
  'nullish.ts': `declare const a: string | undefined;\nexport const x = ${'a ?? '.repeat(2000)}'';\n`,
  'and-assign.ts': `let a = true;\n${'a &&= '.repeat(2000)}a;\n`,
};

describe('deep shapes: what TypeScript recurses on although it does not look nested', function () {
  this.timeout(60000);

  for (const [name, text] of Object.entries(CHAINS)) {
    it(`${name}: the other files keep their types (one program, as the CLI makes)`, () => {
      const dir = project({ [name]: text, 'typed.ts': TYPED, 'types.ts': TYPES, 'tsconfig.json': TSCONFIG });
      const results = lint(dir, [name, 'typed.ts']);
      assert.equal(results.get('typed.ts')!.typeInfo, true, 'the project keeps its types');
      assert.deepEqual(summary(results.get('typed.ts')), LOGGED, 'found through the checker');
      const deep = results.get(name)!;
      assert.equal(deep.typeInfo, false);
      assert.deepEqual(deep.findings.map((f) => f.messageId), ['tooDeepForTypes'], 'it says it was checked without types');
    });
  }

  it('a 2,000-operand `&&` chain in the editor: the language service leaves it out once, every later file keeps its types', () => {
    const dir = project({ 'and.ts': CHAINS['and.ts'], 'typed.ts': TYPED, 'types.ts': TYPES, 'tsconfig.json': TSCONFIG });
    const projects = new TypeProjects();
    try {
      const programFor: ProgramFor = (tsconfig, files) => projects.programFor(tsconfig, files);
      for (let i = 0; i < 2; i++) {
        const results = lint(dir, ['typed.ts', 'and.ts'], { programFor });
        assert.equal(results.get('typed.ts')!.typeInfo, true, `run ${i}`);
        assert.deepEqual(summary(results.get('typed.ts')), LOGGED);
        assert.deepEqual(results.get('and.ts')!.findings.map((f) => f.messageId), ['tooDeepForTypes']);
      }
      const program = projects.programFor(path.join(dir, 'tsconfig.json'), [path.join(dir, 'typed.ts')]);
      assert.ok(program, 'the program is kept');
      assert.equal(projects.programFor(path.join(dir, 'tsconfig.json'), [path.join(dir, 'typed.ts')]), program, 'and not made again');
    } finally {
      projects.disposeAll();
    }
  });

  it('a shape the measure does not see (a JSDoc type nested 3,000 levels): the file TypeScript overflows on is found and left out', () => {
    // Our own parse skips JSDoc; programs parse it, and overflow. The last resort finds the file by parsing and
    // binding each one alone, in the CLI's program and in the editor's language service alike.
    const doc = `/** @type {${'Array<'.repeat(3000)}string${'>'.repeat(3000)}} */\nexport const x = 1;\n`;
    const dir = project({ 'doc.ts': doc, 'typed.ts': TYPED, 'types.ts': TYPES, 'tsconfig.json': TSCONFIG });
    const projects = new TypeProjects();
    try {
      const programFor: ProgramFor = (tsconfig, files) => projects.programFor(tsconfig, files);
      for (const [how, extra] of [['cli', {}], ['editor', { programFor }], ['editor again', { programFor }]] as const) {
        const results = lint(dir, ['typed.ts', 'doc.ts'], extra);
        assert.equal(results.get('typed.ts')!.typeInfo, true, how);
        assert.deepEqual(summary(results.get('typed.ts')), LOGGED, how);
        assert.deepEqual(results.get('doc.ts')!.findings.map((f) => f.messageId), ['tooDeepForTypes'], how);
      }
    } finally {
      projects.disposeAll();
    }
  });

  it('editing a file with a 10,000-part concatenation (editor buffers, without types): it is still analysed', () => {
    const text = `declare const c: { email: string };\nconsole.log(c.email${" + 'x'".repeat(10000)});\n`;
    const dir = project({ 'plus.ts': text });
    const file = path.join(dir, 'plus.ts');
    const sources = new IncrementalSources();
    for (const buffer of [text, `// edited\n${text}`, `// edited again\n${text}`]) {
      const results = lintFiles({ files: [file], rules: allRules, configFor: (f) => resolveConfig(undefined, f, ruleCatalog, dir),
        typeInfo: false, sources, readFile: (f) => (f === file ? buffer : undefined) });
      assert.deepEqual(results[0].findings.map((f) => f.ruleId), ['no-personal-data-in-logs'], JSON.stringify(buffer.slice(0, 20)));
    }
  });

  it('editing a file with a 10,000-part concatenation in a typed project: the language service parses it again in full', () => {
    const text = `declare const c: { email: string };\nexport const s = c.email${" + 'x'".repeat(10000)};\n`;
    const dir = project({ 'plus.ts': text, 'typed.ts': TYPED, 'types.ts': TYPES, 'tsconfig.json': TSCONFIG });
    const plus = path.join(dir, 'plus.ts');
    const projects = new TypeProjects();
    try {
      const programFor: ProgramFor = (tsconfig, files) => projects.programFor(tsconfig, files);
      for (const buffer of [text, `// edited\n${text}`, `// edited again\n${text}`]) {
        projects.setBuffer(plus, buffer);
        const results = lint(dir, ['typed.ts', 'plus.ts'], { programFor, readFile: (f) => projects.buffer(f) });
        assert.equal(results.get('typed.ts')!.typeInfo, true, JSON.stringify(buffer.slice(0, 20)));
        assert.deepEqual(summary(results.get('typed.ts')), LOGGED);
        assert.equal(results.get('plus.ts')!.typeInfo, true);
        assert.deepEqual(results.get('plus.ts')!.findings, []);
      }
    } finally {
      projects.disposeAll();
    }
  });
});
