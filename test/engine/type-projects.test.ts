/**
 * TypeProjects, the editor's language services: the findings they give are the CLI's, the editor's buffers win
 * over the disk without touching it, changes on disk and to tsconfig.json are picked up when notified, and an
 * edit re-parses only the edited file.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigResolver, lintFiles, TypeProjects, type FileResult, type Finding } from '@privacy-lint/engine';
import { allRules, ruleCatalog } from '@privacy-lint/rules';
import { tempDir } from '../helpers/temp';

const TSCONFIG = JSON.stringify({
  compilerOptions: { strict: true, target: 'ES2022', module: 'commonjs', lib: ['ES2022', 'DOM'], types: [], skipLibCheck: true, noEmit: true },
  include: ['src/**/*'],
}, null, 2);

const TYPES = `export interface Customer {\n  id: string;\n  email: string;\n}\nexport declare function load(): Customer[];\n`;
/** `x` says nothing by its name, and only the checker knows its type (the element of what `load()` returns). */
const MAIN = `import { load } from './types';\n\nexport function show() {\n  const [x] = load();\n  console.log(x);\n}\n`;

interface Project {
  dir: string;
  tsconfig: string;
  types: string;
  main: string;
}

function project(files: Record<string, string> = {}): Project {
  const dir = tempDir('privacy-lint-types-');
  const all: Record<string, string> = { 'tsconfig.json': TSCONFIG, 'src/types.ts': TYPES, 'src/main.ts': MAIN, ...files };
  for (const [rel, text] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return { dir, tsconfig: path.join(dir, 'tsconfig.json'), types: path.join(dir, 'src/types.ts'), main: path.join(dir, 'src/main.ts') };
}

/** Lints like the CLI (`projects` undefined: one fresh program per run) or like the editor (the language services). */
function lint(p: Project, files: string[], projects?: TypeProjects, typeInfo = true): FileResult[] {
  const resolver = new ConfigResolver({ catalog: ruleCatalog, cwd: p.dir });
  return lintFiles({
    files, rules: allRules, typeInfo, today: new Date('2026-06-01T00:00:00Z'),
    configFor: (file) => resolver.forFile(file).config,
    ...(projects ? {
      programFor: (tsconfig: string, groupFiles: readonly string[]) => projects.programFor(tsconfig, groupFiles),
      readFile: (file: string) => projects.buffer(file),
    } : {}),
  });
}

const where = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.ruleId}@${f.range.start.line}:${f.range.start.column}`);

describe('TypeProjects', () => {
  let projects: TypeProjects;
  beforeEach(() => { projects = new TypeProjects(); });
  afterEach(() => projects.disposeAll());

  it('finds what the CLI finds, with the checker (a value personal only by its type)', () => {
    const p = project({
      'src/send.ts': `import type { Customer } from './types';\nexport async function sync(customer: Customer) {\n  await fetch('https://api.other.example.com/x', { method: 'POST', body: JSON.stringify(customer) });\n}\n`,
    });
    const files = [p.main, p.types, path.join(p.dir, 'src/send.ts')];
    const editor = lint(p, files, projects);
    const cli = lint(p, files);
    assert.deepEqual(editor.map((r) => r.typeInfo), [true, true, true]);
    assert.deepEqual(where(editor[0].findings), ['no-personal-data-in-logs@5:15']);
    assert.ok(editor[2].findings.length > 0);
    // Ranges, rule ids, messages, suggestions: all the same.
    assert.deepEqual(editor, cli);
    // Without the checker the name `x` says nothing.
    assert.deepEqual(where(lint(p, [p.main], undefined, false)[0].findings), []);
  });

  it('lints the editor\'s buffer without writing the disk, and the disk again once the buffer is closed', () => {
    const p = project();
    assert.deepEqual(where(lint(p, [p.main], projects)[0].findings), ['no-personal-data-in-logs@5:15']);
    const edited = MAIN.replace('console.log(x);', 'console.log(x);\n  console.info(x);');
    projects.setBuffer(p.main, edited);
    assert.equal(projects.buffer(p.main), edited);
    assert.deepEqual(where(lint(p, [p.main], projects)[0].findings), ['no-personal-data-in-logs@5:15', 'no-personal-data-in-logs@6:16']);
    assert.equal(fs.readFileSync(p.main, 'utf8'), MAIN);
    projects.removeBuffer(p.main);
    assert.equal(projects.buffer(p.main), undefined);
    assert.deepEqual(where(lint(p, [p.main], projects)[0].findings), ['no-personal-data-in-logs@5:15']);
  });

  it('sees an unsaved change of an imported file in the files that import it', () => {
    const p = project();
    lint(p, [p.main], projects);
    projects.setBuffer(p.types, TYPES.replace('  email: string;\n', ''));
    assert.deepEqual(where(lint(p, [p.main], projects)[0].findings), []);
    projects.removeBuffer(p.types);
    assert.deepEqual(where(lint(p, [p.main], projects)[0].findings), ['no-personal-data-in-logs@5:15']);
  });

  it('reads a file changed on disk again when told (and only then)', () => {
    const p = project();
    assert.deepEqual(where(lint(p, [p.main], projects)[0].findings), ['no-personal-data-in-logs@5:15']);
    fs.writeFileSync(p.types, TYPES.replace('  email: string;\n', '  plan: string;\n'));
    // Until the watcher reports the change, the service keeps the text it read.
    assert.deepEqual(where(lint(p, [p.main], projects)[0].findings), ['no-personal-data-in-logs@5:15']);
    projects.fileChanged(p.types, 'changed');
    assert.deepEqual(where(lint(p, [p.main], projects)[0].findings), []);
  });

  it('takes in a file created on disk', () => {
    const p = project({ 'src/main.ts': `import { leads } from './lead';\nexport function show() {\n  const [x] = leads();\n  console.log(x);\n}\n` });
    assert.deepEqual(where(lint(p, [p.main], projects)[0].findings), []);
    fs.writeFileSync(path.join(p.dir, 'src/lead.ts'), `export interface Lead { phone: string }\nexport declare function leads(): Lead[];\n`);
    projects.fileChanged(path.join(p.dir, 'src/lead.ts'), 'created');
    assert.deepEqual(where(lint(p, [p.main], projects)[0].findings), ['no-personal-data-in-logs@4:15']);
  });

  it('forgets a file deleted on disk', () => {
    const p = project();
    assert.deepEqual(where(lint(p, [p.main], projects)[0].findings), ['no-personal-data-in-logs@5:15']);
    fs.rmSync(p.types);
    projects.fileChanged(p.types, 'deleted');
    const program = projects.programFor(p.tsconfig, [p.main]);
    assert.equal(program?.getSourceFile(p.types), undefined);
    assert.deepEqual(where(lint(p, [p.main], projects)[0].findings), []);
  });

  it('takes its types from an imported file too large to lint, like the CLI', () => {
    // A generated file over the 4 MiB lint limit is skipped as a linted file, but its types still count.
    const padding = `/* ${'generated '.repeat(450_000)}*/\n`;
    const p = project({ 'src/types.ts': padding + TYPES });
    const editor = lint(p, [p.main], projects);
    assert.deepEqual(where(editor[0].findings), ['no-personal-data-in-logs@5:15']);
    assert.deepEqual(editor, lint(p, [p.main]));
  });

  it('re-parses only the edited file: the others are the same objects in the next program', () => {
    const p = project();
    const first = projects.programFor(p.tsconfig, [p.main]);
    assert.ok(first);
    const types = first.getSourceFile(p.types);
    const main = first.getSourceFile(p.main);
    assert.ok(types && main);
    projects.setBuffer(p.main, MAIN + '// edited\n');
    const second = projects.programFor(p.tsconfig, [p.main]);
    assert.ok(second);
    assert.notEqual(second, first);
    assert.equal(second.getSourceFile(p.types), types);
    assert.notEqual(second.getSourceFile(p.main), main);
    assert.equal(second.getSourceFile(p.main)?.text, MAIN + '// edited\n');
    // Nothing changed: the same program.
    assert.equal(projects.programFor(p.tsconfig, [p.main]), second);
  });

  it('checks a file the tsconfig does not include with its settings', () => {
    const p = project({ 'scripts/report.ts': `import type { Customer } from '../src/types';\nexport function report(r: Customer) {\n  console.log(r);\n}\n` });
    const report = path.join(p.dir, 'scripts/report.ts');
    const program = projects.programFor(p.tsconfig, [report]);
    assert.ok(program?.getSourceFile(report));
    const [result] = lint(p, [report], projects);
    assert.equal(result.typeInfo, true);
    assert.deepEqual(where(result.findings), ['no-personal-data-in-logs@3:15']);
    assert.deepEqual(lint(p, [report], projects), lint(p, [report]));
  });

  it('lints by names when the tsconfig.json is broken, and rebuilds when it is fixed', () => {
    const p = project({
      'tsconfig.json': '{ "compilerOptions": { "strict": true, ',
      'src/main.ts': MAIN.replace('console.log(x);', 'console.log(x);\n  console.log(x.email);'),
    });
    assert.equal(projects.programFor(p.tsconfig, [p.main]), undefined);
    assert.equal(projects.size, 0);
    const [byNames] = lint(p, [p.main], projects);
    assert.equal(byNames.typeInfo, false);
    assert.deepEqual(where(byNames.findings), ['no-personal-data-in-logs@6:15']);
    // The same as a run without types, and it says why it had none.
    assert.deepEqual(byNames.blindSpots, [{ kind: 'untypedFile', detail: 'tsconfig-unusable' }]);
    assert.deepEqual({ ...byNames, blindSpots: undefined }, { ...lint(p, [p.main], undefined, false)[0], blindSpots: undefined });
    fs.writeFileSync(p.tsconfig, TSCONFIG);
    projects.fileChanged(p.tsconfig, 'changed');
    const [typed] = lint(p, [p.main], projects);
    assert.equal(typed.typeInfo, true);
    assert.deepEqual(where(typed.findings), ['no-personal-data-in-logs@5:15', 'no-personal-data-in-logs@6:15']);
    assert.equal(projects.size, 1);
  });

  it('rebuilds the project when its tsconfig.json changes', () => {
    const p = project();
    const before = projects.programFor(p.tsconfig, [p.main]);
    assert.equal(before?.getCompilerOptions().target, 9 /* ES2022 */);
    fs.writeFileSync(p.tsconfig, TSCONFIG.replace('"ES2022",', '"ES2020",'));
    projects.fileChanged(p.tsconfig, 'changed');
    const after = projects.programFor(p.tsconfig, [p.main]);
    assert.ok(after);
    assert.notEqual(after, before);
    assert.equal(after.getCompilerOptions().target, 7 /* ES2020 */);
    assert.equal(projects.size, 1);
    assert.deepEqual(where(lint(p, [p.main], projects)[0].findings), ['no-personal-data-in-logs@5:15']);
  });

  it('reads the settings again when a tsconfig it extends changes', () => {
    const base = JSON.parse(TSCONFIG) as { compilerOptions: object };
    const p = project({
      'tsconfig.base.json': JSON.stringify(base),
      'tsconfig.json': JSON.stringify({ extends: './tsconfig.base.json', include: ['src/**/*'] }),
    });
    assert.equal(projects.programFor(p.tsconfig, [p.main])?.getCompilerOptions().target, 9 /* ES2022 */);
    fs.writeFileSync(path.join(p.dir, 'tsconfig.base.json'), JSON.stringify(base).replace('"ES2022",', '"ES2020",'));
    projects.fileChanged(path.join(p.dir, 'tsconfig.base.json'), 'changed');
    assert.equal(projects.programFor(p.tsconfig, [p.main])?.getCompilerOptions().target, 7 /* ES2020 */);
  });

  it('keeps one service per tsconfig.json and drops them all on disposeAll', () => {
    const a = project();
    const b = project();
    assert.ok(projects.programFor(a.tsconfig, [a.main]));
    assert.ok(projects.programFor(b.tsconfig, [b.main]));
    assert.ok(projects.programFor(a.tsconfig, [a.main]));
    assert.equal(projects.size, 2);
    projects.disposeAll();
    assert.equal(projects.size, 0);
  });
});
