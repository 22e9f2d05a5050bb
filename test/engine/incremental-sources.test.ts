/**
 * Incremental parsing of editor buffers (`IncrementalSources`, used by the language server without types): after
 * every edit the findings are exactly those of a fresh parse, and the unchanged parts of the tree are reused.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigResolver, IncrementalSources, lintFiles, TypeProjects, type Finding } from '@privacy-lint/engine';
import { allRules, ruleCatalog } from '@privacy-lint/rules';
import { tempDir } from '../helpers/temp';

const dir = tempDir('privacy-lint-incremental-');
const file = path.join(dir, 'a.ts');
const resolver = new ConfigResolver({ catalog: ruleCatalog, cwd: dir });

function lint(text: string, sources?: IncrementalSources): Finding[] {
  const [result] = lintFiles({
    files: [file], rules: allRules, typeInfo: false, readFile: (f) => (f === file ? text : undefined),
    configFor: (f) => resolver.forFile(f).config, sources, today: new Date('2026-11-30'),
  });
  return result.findings;
}

const view = (findings: Finding[]): string[] => findings.map((f) => `${f.ruleId}@${f.range.start.line}:${f.range.start.column}-${f.range.end.line}:${f.range.end.column} ${f.message.en}`);

const BASE = [
  'interface Customer { id: string; email: string }',
  'export function a(c: Customer): void {',
  '  console.log(c.email);',
  '}',
  'export function b(c: Customer): void {',
  "  fetch('https://tracker.example.com', { method: 'POST', body: c.email });",
  '}',
  '',
].join('\n');

/** Each step edits the previous text; the findings after each must equal a fresh parse's. */
const EDITS: Array<[string, (t: string) => string]> = [
  ['type a new log line', (t) => t.replace('  console.log(c.email);\n', '  console.log(c.email);\n  console.log(c.id, c.email);\n')],
  ['delete a line', (t) => t.replace('  console.log(c.email);\n', '')],
  ['type one character at a time into a name', (t) => t.replace('c.id,', 'c.ida,')],
  ['break the syntax', (t) => t.replace('export function b(c: Customer): void {', 'export function b(c: Customer): void {{')],
  ['mend it', (t) => t.replace('void {{', 'void {')],
  ['add a @personal marker (JSDoc starts to matter)', (t) => `/** Lead. */\ninterface Lead {\n  /** @personal contact */\n  renraku: string;\n}\nexport function l(x: Lead): void { console.log(x.renraku); }\n${t}`],
  ['remove it again', (t) => t.replace('/** @personal contact */', '/** note */')],
  ['replace everything', () => 'export const nothing = 1;\n'],
  ['back to the start', () => BASE],
];

describe('IncrementalSources', () => {
  it('gives the findings of a fresh parse after every edit', () => {
    const sources = new IncrementalSources();
    let text = BASE;
    assert.deepEqual(view(lint(text, sources)), view(lint(text)));
    for (const [what, edit] of EDITS) {
      const next = edit(text);
      assert.notEqual(next, text, what);
      text = next;
      assert.deepEqual(view(lint(text, sources)), view(lint(text)), what);
    }
  });

  it('reuses the unchanged statements of the previous tree and parses nothing when the text is the same', () => {
    const sources = new IncrementalSources();
    const first = sources.parse(file, BASE);
    assert.equal(sources.parse(file, BASE), first, 'same text: the same tree');
    const firstStatement = first.statements[0];
    const edited = sources.parse(file, BASE.replace("'POST'", "'PUT'"));
    assert.notEqual(edited, first);
    assert.equal(edited.statements[0], firstStatement, 'the interface above the edit is the same node');
    assert.ok(edited.statements[2].parent === edited, 'parents are set on the new tree');
    assert.equal(edited.text, BASE.replace("'POST'", "'PUT'"));
    sources.delete(file);
    assert.equal(sources.size, 0);
  });

  it('the language service of a tsconfig project also parses a changed buffer incrementally', () => {
    const project = tempDir('privacy-lint-incremental-ls-');
    const tsconfig = path.join(project, 'tsconfig.json');
    const main = path.join(project, 'main.ts');
    fs.writeFileSync(tsconfig, JSON.stringify({ compilerOptions: { strict: true }, include: ['*.ts'] }));
    fs.writeFileSync(main, BASE);
    const projects = new TypeProjects();
    const before = projects.programFor(tsconfig, [main])!.getSourceFile(main)!;
    projects.setBuffer(main, BASE.replace("'POST'", "'PUT'"));
    const after = projects.programFor(tsconfig, [main])!.getSourceFile(main)!;
    assert.notEqual(after, before);
    assert.equal(after.text, BASE.replace("'POST'", "'PUT'"));
    assert.equal(after.statements[0], before.statements[0], 'the statement above the edit was reused, not parsed again');
    projects.disposeAll();
  });
});
