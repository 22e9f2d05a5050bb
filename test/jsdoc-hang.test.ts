/**
 * A JSDoc comment whose text ends in a word and `-` (`/** a-*\/`, or a file that ends inside `/** Back-of…`, as it
 * does while someone types) sends TypeScript's JSDoc scanner into an endless loop (microsoft/TypeScript#63580,
 * TypeScript 5.5 to 6.0.3). Found by `npm run fuzz` (seed 20261208, round 98: a file truncated to `/** Back-of`): the
 * typed run never ended. The CLI and the language server run as child processes with a time limit, so a
 * regression fails here instead of hanging the suite; `withoutJsDocHang` itself is checked in process.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { withoutJsDocHang } from '@privacy-lint/engine/dist/model/jsdoc-safe';
import { LspTestClient } from './helpers/lsp-client';
import { tempProject } from './helpers/temp';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'cli', 'bin', 'privacy-lint.js');

const TSCONFIG = JSON.stringify({ compilerOptions: { strict: true, target: 'ES2022', module: 'commonjs', types: [] }, include: ['src'] });
/** A valid file: TypeScript hangs on its doc comment. */
const DOC = "import { lookup } from 'dep';\n/** Logs the customer's e-*/\nexport function f(c: { email: string }) {\n  console.log(c.email, lookup);\n}\n";
/** What the editor holds while `/** Back-office …` is typed at the end of a file. */
const TYPING = "export interface Lead { email: string }\n\n/** Back-of";
/** `@personal` markers make even the run without types parse JSDoc. */
const MARKED = "interface Row {\n  /** @personal contact */\n  mailbox: string;\n}\n/** Row-*/\ndeclare const r: Row;\nconsole.log(r);\n";
/** A declaration file of a package with such a comment (TypeScript parses node_modules' .d.ts files too). */
const DEP = '/** Looks up a sub-*/\nexport declare const lookup: number;\n';
const GOOD = 'declare const c: { email: string };\nconsole.log(c.email);\n';
/** Found only with types (nothing but `Repo`'s declared method says `record` is a `Customer`): the file keeps them. */
const TYPED = "import type { Repo } from './types';\ndeclare const repo: Repo;\n/** Finds a record-*/\nconst record = repo.find();\nconsole.log(record);\n";
const TYPES = 'export interface Customer { email: string }\nexport interface Repo { find(): Customer }\n/** The end-*/\n';

function project(): string {
  return tempProject('privacy-lint-jsdoc-hang-', {
    'tsconfig.json': TSCONFIG,
    'src/doc.ts': DOC,
    'src/typing.ts': TYPING,
    'src/marked.ts': MARKED,
    'src/good.ts': GOOD,
    'src/typed.ts': TYPED,
    'src/types.ts': TYPES,
    'node_modules/dep/package.json': JSON.stringify({ name: 'dep', types: 'index.d.ts' }),
    'node_modules/dep/index.d.ts': DEP,
  });
}

interface JsonResult { filePath: string; messages: Array<{ ruleId: string; line: number }> }

describe('a JSDoc comment ending in `word-` never hangs TypeScript (microsoft/TypeScript#63580)', function () {
  this.timeout(120_000);

  it('withoutJsDocHang blanks only the `-` that ends such a comment, keeping every position', () => {
    const cases: Array<[text: string, expected: string]> = [
      ['/** a-*/\nlet x = 1;', '/** a */\nlet x = 1;'],
      ['/** a--*/ let y;', '/** a  */ let y;'],
      ['let z;\n/** Back-of', 'let z;\n/** Back of'],
      ['/**\n * e-mail-*/\nfunction g() {}', '/**\n * e-mail */\nfunction g() {}'],
      // Not JSDoc, not a comment, or not at its end: unchanged.
      ['/* a-*/ let x;', '/* a-*/ let x;'],
      ['const s = "/** a-*/";', 'const s = "/** a-*/";'],
      ["const t = `${a}/** b-*/`;", "const t = `${a}/** b-*/`;"],
      ["const glob = '**/test-*/**';", "const glob = '**/test-*/**';"],
      ['const r = /a-*/g;', 'const r = /a-*/g;'],
      ['/** a-b */ let w;', '/** a-b */ let w;'],
      ['let v; // /** a-*/', 'let v; // /** a-*/'],
    ];
    for (const [text, expected] of cases) {
      const out = withoutJsDocHang('a.ts', text);
      assert.equal(out, expected, text);
      assert.equal(out.length, text.length);
    }
    const jsx = 'export const e = <p>/** a-*/</p>;';
    assert.equal(withoutJsDocHang('a.tsx', jsx), jsx, 'JSX text is not a comment');
    const plain = 'export const ok = 1;\n';
    assert.equal(withoutJsDocHang('a.ts', plain), plain);
  });

  it('the CLI with types lints such files (a source file, a file ending mid-comment, a package .d.ts)', () => {
    const dir = project();
    const run = spawnSync(process.execPath, [CLI, '-f', 'json', 'src'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    assert.equal(run.signal, null, 'the typed run did not end within 60 s');
    assert.equal(run.status, 1, run.stderr);
    const results = new Map((JSON.parse(run.stdout) as JsonResult[]).map((r) => [path.relative(dir, r.filePath), r.messages.map((m) => `${m.line} ${m.ruleId}`)]));
    assert.deepEqual(results.get(path.join('src', 'doc.ts')), ['4 no-personal-data-in-logs']);
    assert.deepEqual(results.get(path.join('src', 'typing.ts')), ['3 parse-error']);
    assert.deepEqual(results.get(path.join('src', 'marked.ts')), ['7 no-personal-data-in-logs']);
    assert.deepEqual(results.get(path.join('src', 'good.ts')), ['2 no-personal-data-in-logs']);
    assert.deepEqual(results.get(path.join('src', 'typed.ts')), ['5 no-personal-data-in-logs'], 'linted with its types');
    // The file on disk is what it was.
    assert.equal(fs.readFileSync(path.join(dir, 'src', 'doc.ts'), 'utf8'), DOC);
  });

  it('the CLI without types lints a file with `@personal` markers and such a comment', () => {
    const dir = project();
    const run = spawnSync(process.execPath, [CLI, '--no-type-info', '-f', 'json', 'src/marked.ts'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    assert.equal(run.signal, null, 'the run did not end within 30 s');
    assert.deepEqual((JSON.parse(run.stdout) as JsonResult[]).flatMap((r) => r.messages.map((m) => `${m.line} ${m.ruleId}`)), ['7 no-personal-data-in-logs']);
  });

  it('the language server (types through its language service) answers while `/** Back-of` is typed, and goes on', async () => {
    const dir = project();
    const client = await LspTestClient.start({ folders: [dir] });
    try {
      const typing = path.join(dir, 'src', 'typing.ts');
      const first = await client.open(typing, 'export interface Lead { email: string }\n');
      assert.deepEqual(first, []);
      const version = client.change(typing, [{ text: TYPING }]);
      const published = await client.nextDiagnostics(client.uri(typing), version, 30_000);
      assert.deepEqual(published.diagnostics.map((d) => d.code), ['parse-error']);
      const doc = await client.open(path.join(dir, 'src', 'doc.ts'), DOC);
      assert.deepEqual(doc.map((d) => `${d.range.start.line + 1} ${d.code}`), ['4 no-personal-data-in-logs']);
      const typed = await client.open(path.join(dir, 'src', 'typed.ts'), TYPED);
      assert.deepEqual(typed.map((d) => `${d.range.start.line + 1} ${d.code}`), ['5 no-personal-data-in-logs'], 'linted with its types');
    } finally {
      await client.stop();
    }
  });
});
