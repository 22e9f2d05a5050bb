/**
 * The documentation is tested like code (typescript-eslint `tests/docs.test.mts`): every rule has
 * `rules/docs/<id>.md`, its "❌ Incorrect" examples report the rule and its "✅ Correct" examples do not, and
 * the JSON shown in the docs is a valid `privacy-lint.json`. An example that stops behaving as its doc says fails
 * here, so the docs and the linter cannot drift apart.
 *
 * A ```ts block may start with header comments, read by this test and kept in the doc so readers see them too:
 * - `// filename: src/payroll/x.ts` — the file's path in the temporary project (default `src/app.ts`);
 * - `// typeInfo` — lint only with the type checker (otherwise the block must behave the same with and without);
 * - `// options: { … }` — (rule docs) the options of the documented rule for this block;
 * - `// reported: <rule-id>, … | nothing` — (configuration and suppression docs) exactly the rule ids reported.
 *
 * Rule doc and suppression doc blocks are linted under `TEST_CONFIG`. In `docs/configuration.md` a TS block is
 * linted under exactly the privacy-lint.json shown last before it under the same heading (`TEST_CONFIG` when none).
 * A JSON block whose first line is a comment with ❌ must be rejected, and a ```text block right after it shows
 * the errors exactly as the linter words them.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { configSchema, formatConfigError, parseConfigText, PERSONAL_CATEGORIES, type ConfigFileContents, type Finding } from '@privacy-lint/engine';
import { allRules, ruleCatalog } from '@privacy-lint/rules';
import { spawnSync } from 'node:child_process';
import { lintSource } from './helpers/lint-source';
import { tempDir } from './helpers/temp';

const ROOT = path.resolve(__dirname, '..', '..');
const RULE_DOCS = path.join(ROOT, 'rules', 'docs');
const CONFIGURATION_DOC = path.join(ROOT, 'docs', 'configuration.md');
const SUPPRESSIONS_DOC = path.join(ROOT, 'docs', 'suppressions.md');
const REPORT_DOC = path.join(ROOT, 'docs', 'report.md');
/** The policy the rule docs quote: the published text, kept in the repository so the check always runs. */
const POLICY_FILE = path.resolve(ROOT, 'docs', 'policy', 'customer-information-protection-policy.ja.txt');

/** Docs in prose (not rule docs) whose links and file names must hold. */
const PROSE_DOCS = ['README.md', 'docs/editor.md', 'docs/eslint-plugin.md', 'docs/report.md', 'docs/ci.md', 'docs/performance.md',
  'examples/shop-app/EXPECTED.md', 'examples/shop-app/README.md', 'test/editors/README.md', 'client/README.md', 'client/CHANGELOG.md',
  'eslint-plugin/README.md', 'eval/real-world/README.md'];
const META_RULES = new Set(['parse-error', 'invalid-suppression', 'unused-suppression']);

// ───────────────────────────── reading Markdown ─────────────────────────────

interface Heading { level: number; text: string; line: number }

interface CodeBlock {
  /** The info string's first word, lower case (`ts`, `jsonc`). */
  lang: string;
  code: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The headings in force, outermost first. */
  headings: Heading[];
}

interface MarkdownDoc {
  file: string;
  text: string;
  headings: Heading[];
  blocks: CodeBlock[];
}

function readMarkdown(file: string): MarkdownDoc {
  const text = fs.readFileSync(file, 'utf8');
  const lines = text.split(/\r?\n/);
  const headings: Heading[] = [];
  const blocks: CodeBlock[] = [];
  let stack: Heading[] = [];
  let fence: { marker: string; lang: string; line: number; body: string[] } | undefined;
  lines.forEach((line, i) => {
    if (fence) {
      if (line.trimStart().startsWith(fence.marker) && line.trim() === line.trim()[0].repeat(line.trim().length)) {
        blocks.push({ lang: fence.lang, code: fence.body.join('\n') + '\n', line: fence.line, headings: [...stack] });
        fence = undefined;
      } else {
        fence.body.push(line);
      }
      return;
    }
    const open = /^\s{0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(line);
    if (open) {
      fence = { marker: open[1], lang: open[2].toLowerCase(), line: i + 1, body: [] };
      return;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const h = { level: heading[1].length, text: heading[2], line: i + 1 };
      stack = stack.filter((s) => s.level < h.level);
      stack.push(h);
      headings.push(h);
    }
  });
  assert.equal(fence, undefined, `${file}: a code fence opened on line ${fence?.line} is never closed`);
  return { file, text, headings, blocks };
}

const isTs = (b: CodeBlock) => ['ts', 'typescript', 'tsx'].includes(b.lang);
const isJson = (b: CodeBlock) => ['json', 'jsonc'].includes(b.lang);

/** ❌ / ✅ from the innermost heading that says which; undefined when none does. */
function exampleKind(block: CodeBlock): 'incorrect' | 'correct' | undefined {
  for (let i = block.headings.length - 1; i >= 0; i--) {
    const text = block.headings[i].text;
    if (/❌|\bIncorrect\b/.test(text)) return 'incorrect';
    if (/✅|\bCorrect\b/.test(text)) return 'correct';
  }
  return undefined;
}

interface ExampleHeader {
  filename?: string;
  typeInfo: boolean;
  options?: Record<string, unknown>;
  /** Rule ids, sorted; empty for `nothing`. */
  reported?: string[];
}

/** The header comments at the top of a TS block. */
function readHeader(block: CodeBlock): ExampleHeader {
  const header: ExampleHeader = { typeInfo: false };
  for (const raw of block.code.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const m = /^\/\/\s*(filename|typeInfo|options|reported)\b:?\s*(.*)$/.exec(line);
    if (!m) break;
    const [, key, value] = m;
    if (key === 'filename') header.filename = value;
    else if (key === 'typeInfo') header.typeInfo = true;
    else if (key === 'options') header.options = JSON.parse(value) as Record<string, unknown>;
    else header.reported = value === 'nothing' ? [] : value.split(',').map((s) => s.trim()).filter(Boolean).sort();
  }
  if (block.lang === 'tsx' && !header.filename) header.filename = 'src/app.tsx';
  return header;
}

const where = (doc: MarkdownDoc, block: CodeBlock) => `${path.relative(ROOT, doc.file)}:${block.line}`;
const brief = (f: Finding) => `${f.range.start.line}:${f.range.start.column} ${f.ruleId}: ${f.message.en}`;
const list = (findings: Finding[]) => (findings.length ? findings.map((f) => `\n    ${brief(f)}`).join('') : ' (none)');

/** Lints a block in each mode it claims to work in: with the checker only (`// typeInfo`), or without and with. */
function lintBlock(block: CodeBlock, header: ExampleHeader, config?: ConfigFileContents): { typeInfo: boolean; findings: Finding[] }[] {
  const modes = header.typeInfo ? [true] : [false, true];
  return modes.map((typeInfo) => ({
    typeInfo,
    findings: lintSource({ code: block.code, filename: header.filename, typeInfo, config }),
  }));
}

const modeName = (typeInfo: boolean) => (typeInfo ? 'with the type checker' : 'without the type checker');

/** Parses a JSON block as privacy-lint.json; `❌` in its first comment line means it must be rejected. */
function checkConfigBlock(doc: MarkdownDoc, block: CodeBlock): ConfigFileContents | undefined {
  const firstLine = block.code.trimStart().split('\n')[0];
  const expectInvalid = /^\/\/.*❌/.test(firstLine);
  const { contents, errors } = parseConfigText('privacy-lint.json', block.code, ruleCatalog);
  if (expectInvalid) {
    assert.ok(errors.length > 0, `${where(doc, block)}: this config is marked ❌ but the linter accepts it`);
    // A ```text block right after it shows the errors: they must be exactly what the linter says.
    const next = doc.blocks[doc.blocks.indexOf(block) + 1];
    if (next && next.lang === 'text' && next.headings.at(-1) === block.headings.at(-1) && /privacy-lint\.json:\d+:\d+:/.test(next.code)) {
      assert.equal(next.code.trim(), errors.map(formatConfigError).join('\n'),
        `${where(doc, next)}: the errors shown differ from what the linter reports`);
    }
    return undefined;
  }
  assert.deepEqual(errors.map(formatConfigError), [], `${where(doc, block)}: not a valid privacy-lint.json`);
  return contents;
}

function assertNoParseError(doc: MarkdownDoc, block: CodeBlock, runs: { typeInfo: boolean; findings: Finding[] }[]): void {
  for (const { findings } of runs) {
    const broken = findings.filter((f) => f.ruleId === 'parse-error');
    assert.deepEqual(broken.map(brief), [], `${where(doc, block)}: the example does not parse`);
  }
}

// ───────────────────────────── the rule docs ─────────────────────────────

/** Policy text without whitespace, so a quote may wrap lines in Markdown. */
function compact(s: string): string {
  return s.replace(/[\s\u3000]+/g, '');
}

/** Blockquote lines written in Japanese: quotes from the policy (summaries are plain paragraphs). */
function japaneseQuotes(text: string): string[] {
  return text.split(/\r?\n/)
    .filter((l) => /^>/.test(l))
    .map((l) => l.replace(/^>\s?/, '').replace(/[*_]/g, '').trim())
    .filter((l) => /^[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/.test(l));
}

/** The first lint with the type checker loads the default library; later ones share it. */
const LINT_TIMEOUT = 30_000;

describe('rule docs', function () {
  this.timeout(LINT_TIMEOUT);
  for (const rule of allRules) {
    const id = rule.meta.id;
    const file = path.join(RULE_DOCS, `${id}.md`);

    describe(id, () => {
      const doc = fs.existsSync(file) ? readMarkdown(file) : undefined;

      it('has rules/docs/<id>.md, which the rule links to', () => {
        assert.ok(doc, `missing ${path.relative(ROOT, file)}`);
        assert.ok(rule.meta.docsUrl?.endsWith(`rules/docs/${id}.md`), `meta.docsUrl ${rule.meta.docsUrl} does not point at the doc`);
      });

      if (!doc) return;

      it('is titled with the rule id', () => {
        const first = doc.headings[0];
        assert.ok(first && first.level === 1, 'the doc starts with a level-1 heading');
        assert.equal(first.text.replace(/`/g, ''), id);
        assert.equal(doc.headings.filter((h) => h.level === 1).length, 1, 'one level-1 heading');
      });

      it(`cites the clause it enforces (${rule.meta.clause}), quoted in Japanese`, () => {
        assert.ok(doc.text.includes(rule.meta.clause), `the doc does not mention "${rule.meta.clause}"`);
        assert.ok(japaneseQuotes(doc.text).length > 0, 'no blockquote in Japanese quoting the policy');
      });

      it('quotes the policy verbatim', function () {
        const policy = compact(fs.readFileSync(POLICY_FILE, 'utf8'));
        for (const quote of japaneseQuotes(doc.text)) {
          assert.ok(policy.includes(compact(quote)), `not in the policy: ${quote}`);
        }
      });

      it('documents its options', () => {
        const properties = Object.keys((rule.meta.optionsSchema as { properties?: object } | undefined)?.properties ?? {});
        for (const option of properties) assert.ok(doc.text.includes(`\`${option}\``), `option \`${option}\` is not documented`);
        assert.match(doc.text, /^## Options/m, 'an "## Options" section (saying "none" when there are none)');
      });

      it('shows how to suppress a finding with a reason', () => {
        assert.ok(doc.text.includes(`privacy-lint-disable-next-line ${id} -- `), 'no suppression example with a reason');
      });

      const tsBlocks = doc.blocks.filter(isTs);
      const incorrect = tsBlocks.filter((b) => exampleKind(b) === 'incorrect');
      const correct = tsBlocks.filter((b) => exampleKind(b) === 'correct');

      it('has ❌ Incorrect and ✅ Correct examples, and no TS example outside them', () => {
        assert.ok(incorrect.length > 0, 'no ❌ Incorrect example');
        assert.ok(correct.length > 0, 'no ✅ Correct example');
        const loose = tsBlocks.filter((b) => exampleKind(b) === undefined).map((b) => where(doc, b));
        assert.deepEqual(loose, [], 'TS blocks must sit under a ❌ Incorrect or ✅ Correct heading');
      });

      it('shows only valid privacy-lint.json', () => {
        for (const block of doc.blocks.filter(isJson)) checkConfigBlock(doc, block);
      });

      for (const block of incorrect) {
        it(`❌ example at line ${block.line} reports ${id}`, () => {
          const header = readHeader(block);
          const config = header.options ? { rules: { [id]: ['error', header.options] } } as ConfigFileContents : undefined;
          const runs = lintBlock(block, header, config);
          assertNoParseError(doc, block, runs);
          for (const { typeInfo, findings } of runs) {
            assert.ok(findings.some((f) => f.ruleId === id),
              `${where(doc, block)}: expected ${id} ${modeName(typeInfo)}; got${list(findings)}`);
          }
        });
      }

      for (const block of correct) {
        it(`✅ example at line ${block.line} does not report ${id}`, () => {
          const header = readHeader(block);
          const config = header.options ? { rules: { [id]: ['error', header.options] } } as ConfigFileContents : undefined;
          const runs = lintBlock(block, header, config);
          assertNoParseError(doc, block, runs);
          for (const { typeInfo, findings } of runs) {
            const wrong = findings.filter((f) => f.ruleId === id || f.ruleId === 'invalid-suppression' || f.ruleId === 'unused-suppression');
            assert.deepEqual(wrong.map(brief), [], `${where(doc, block)}: expected no ${id} ${modeName(typeInfo)}`);
          }
        });
      }
    });
  }

  describe('rules/docs/README.md', () => {
    const readme = path.join(RULE_DOCS, 'README.md');

    it('lists every rule with its clause and default severity', () => {
      const rows = fs.readFileSync(readme, 'utf8').split(/\r?\n/).filter((l) => l.startsWith('|'));
      for (const rule of allRules) {
        const { id, clause, defaultSeverity } = rule.meta;
        const row = rows.find((r) => r.includes(`(${id}.md)`) || r.includes(`(./${id}.md)`));
        assert.ok(row, `README.md has no table row linking ${id}.md`);
        assert.ok(row.includes(clause), `the row of ${id} does not give its clause ${clause}`);
        assert.ok(new RegExp(`\\b${defaultSeverity === 'warning' ? 'warn' : 'error'}\\b`).test(row),
          `the row of ${id} does not give its default severity ${defaultSeverity}`);
      }
    });

    it('links only to docs that exist, and every doc is listed', () => {
      const text = fs.readFileSync(readme, 'utf8');
      const linked = new Set([...text.matchAll(/\]\((?:\.\/)?([a-z0-9-]+)\.md\)/g)].map((m) => m[1]));
      const files = fs.readdirSync(RULE_DOCS).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.slice(0, -3));
      const ids = new Set(allRules.map((r) => r.meta.id));
      for (const name of linked) assert.ok(files.includes(name), `README.md links ${name}.md, which does not exist`);
      for (const name of files) {
        assert.ok(ids.has(name), `rules/docs/${name}.md documents no rule`);
        assert.ok(linked.has(name), `README.md does not link ${name}.md`);
      }
    });
  });
});

// ───────────────────────────── links ─────────────────────────────

/** Markdown text with its fenced code blocks removed. */
function withoutCodeBlocks(text: string): string {
  return text.replace(/^\s{0,3}(`{3,}|~{3,})[\s\S]*?^\s{0,3}\1\s*$/gm, '');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\- _]/gu, '').replace(/ /g, '-');
}

describe('links in the docs', () => {
  const docs = [
    ...allRules.map((r) => path.join(RULE_DOCS, `${r.meta.id}.md`)),
    path.join(RULE_DOCS, 'README.md'), CONFIGURATION_DOC, SUPPRESSIONS_DOC,
    ...PROSE_DOCS.map((d) => path.join(ROOT, d)),
  ].filter((f) => fs.existsSync(f));

  for (const file of docs) {
    it(`${path.relative(ROOT, file)} links to files and headings that exist in the repository`, () => {
      const doc = readMarkdown(file);
      // Links in code blocks are code, not links.
      const prose = withoutCodeBlocks(doc.text);
      for (const m of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1];
        if (/^[a-z]+:/i.test(target)) continue;
        const [relative, anchor] = target.split('#');
        const targetFile = relative ? path.resolve(path.dirname(file), relative) : file;
        // Inside the repository: a link to a folder beside it (the policy's source, another checkout) exists only on
        // the machine it was written on.
        const inRepository = path.relative(ROOT, targetFile);
        assert.ok(!inRepository.startsWith('..') && !path.isAbsolute(inRepository), `${path.relative(ROOT, file)}: link outside the repository ${target}`);
        assert.ok(fs.existsSync(targetFile), `${path.relative(ROOT, file)}: broken link ${target}`);
        if (anchor !== undefined && targetFile.endsWith('.md')) {
          const anchors = readMarkdown(targetFile).headings.map((h) => slug(h.text));
          assert.ok(anchors.includes(anchor), `${path.relative(ROOT, file)}: no heading #${anchor} in ${relative || 'this file'}`);
        }
      }
    });
  }
});

describe('which docs are checked', () => {
  it('every Markdown file of the repository is one the link and promise tests read (a new doc cannot slip past them)', () => {
    // Not docs: dependencies, build output, the bench's generated corpus and results, test fixtures, and the
    // real-world set's labelling notes. The rule docs are all read (by rule id and by listing rules/docs).
    const notDocs = new Set(['node_modules', '.git', 'bench/.corpus', 'bench/results', 'test/fixtures', 'rules/docs',
      'eval/real-world/labels', 'eval/real-world/second-annotator', 'dist-vsix', '.vscode-test']);
    const found: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
        const rel = dir ? `${dir}/${entry.name}` : entry.name;
        if (entry.isDirectory()) {
          if (!notDocs.has(rel) && entry.name !== 'node_modules' && entry.name !== 'dist') walk(rel);
        } else if (entry.isFile() && entry.name.endsWith('.md')) {
          found.push(rel);
        }
      }
    };
    walk('');
    const checked = new Set([...PROSE_DOCS, 'docs/configuration.md', 'docs/suppressions.md']);
    assert.deepEqual(found.filter((f) => !checked.has(f)).sort(), []);
  });
});

// ───────────────────────────── what the docs promise ─────────────────────────────

describe('the docs promise only what is there', function () {
  this.timeout(60_000);
  const docs = [...PROSE_DOCS, 'docs/configuration.md', 'docs/suppressions.md',
    ...fs.readdirSync(RULE_DOCS).map((f) => path.join('rules', 'docs', f))];
  /** Sentences of a doc's prose (code blocks removed), paragraphs joined. */
  const sentences = (doc: string): string[] => withoutCodeBlocks(fs.readFileSync(path.join(ROOT, doc), 'utf8'))
    .replace(/\n(?!\n)/g, ' ').split(/(?<=[.。])\s+|\n+/);

  it('every file path a doc names in backticks exists inside the repository', () => {
    // Where a path may be relative to: the doc, the repository, the example app, the editor tests' workspace, the
    // engine's sources (`model/syntax-index.ts`).
    const bases = ['.', 'examples/shop-app', 'examples/shop-app/src', 'test/editors/fixtures/workspace', 'engine/src'];
    // What the bench writes is not in a checkout: its output folders (ignored by git), and the files of its
    // generated corpora, which its scripts name.
    const benchScripts = ['bench', 'bench/server'].flatMap((d) => fs.readdirSync(path.join(ROOT, d)).filter((f) => f.endsWith('.js'))
      .map((f) => fs.readFileSync(path.join(ROOT, d, f), 'utf8'))).join('\n');
    const benchWrites = (file: string): boolean => /^bench\/(results|\.corpus)\//.test(file) || benchScripts.includes(`'${file}'`);
    const missing: string[] = [];
    for (const doc of docs) {
      const prose = withoutCodeBlocks(fs.readFileSync(path.join(ROOT, doc), 'utf8'));
      for (const m of prose.matchAll(/`([^`\s*?{}<>!]+\.(?:md|ts|json|js|txt|sh|png))`/g)) {
        if (!m[1].includes('/') || benchWrites(m[1])) continue;
        const found = [path.dirname(doc), ...bases].some((base) => {
          const file = path.resolve(ROOT, base, m[1]);
          return file.startsWith(ROOT + path.sep) && fs.existsSync(file);
        });
        if (!found) missing.push(`${doc}: ${m[1]}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('SARIF and JSON reports are described as they are: suggestions by title in JSON, none in SARIF', () => {
    const dir = tempDir('privacy-lint-docs-');
    fs.writeFileSync(path.join(dir, 'a.ts'), 'declare const c: { id: string; email: string };\nconsole.log(c.email);\n');
    const cli = path.join(ROOT, 'cli', 'bin', 'privacy-lint.js');
    const json = JSON.parse(spawnSync(process.execPath, [cli, '--format', 'json', 'a.ts'], { cwd: dir, encoding: 'utf8' }).stdout) as Array<{ messages: Array<{ suggestions?: object[] }> }>;
    const suggestions = json.flatMap((f) => f.messages.flatMap((m) => m.suggestions ?? []));
    assert.ok(suggestions.length > 0, 'the JSON report lists suggestions');
    const jsonHasEdits = suggestions.some((s) => 'fix' in s || 'edits' in s);
    const sarif = JSON.parse(spawnSync(process.execPath, [cli, '--format', 'sarif', 'a.ts'], { cwd: dir, encoding: 'utf8' }).stdout) as { runs: Array<{ results: Array<{ fixes?: unknown[] }> }> };
    const sarifHasFixes = sarif.runs.some((r) => r.results.some((x) => x.fixes?.length));
    const claims: string[] = [];
    for (const doc of docs) {
      for (const sentence of sentences(doc)) {
        const negated = /\bnot\b|ない|ません/.test(sentence);
        if (!sarifHasFixes && !negated && /SARIF/.test(sentence) && /suggest|quick fix|修正候補/i.test(sentence)) claims.push(`${doc}: ${sentence}`);
        if (!jsonHasEdits && !negated && /JSON report/.test(sentence) && /\bedits?\b/.test(sentence)) claims.push(`${doc}: ${sentence}`);
      }
    }
    assert.deepEqual(claims, []);
  });

  it('no example config has a relative `$schema` (it breaks when the config is copied)', () => {
    const configs = [path.join(ROOT, 'examples', 'shop-app', 'privacy-lint.json')];
    const texts = configs.map((f) => fs.readFileSync(f, 'utf8'));
    for (const doc of docs) for (const block of readMarkdown(path.join(ROOT, doc)).blocks.filter(isJson)) texts.push(block.code);
    const relative = texts.flatMap((t) => Array.from(t.matchAll(/"\$schema"\s*:\s*"([^"]*)"/g), (m) => m[1])).filter((u) => !/^https?:\/\//.test(u));
    assert.deepEqual(relative, []);
  });
});

// ───────────────────────────── docs/configuration.md ─────────────────────────────

/** Every key path of privacy-lint.json, dotted, with `[]` for array items (`transfers.processors[].host`). */
function configKeyPaths(): string[] {
  const paths: string[] = [];
  const walk = (schema: Record<string, unknown>, prefix: string): void => {
    const properties = schema.properties as Record<string, Record<string, unknown>> | undefined;
    for (const [key, child] of Object.entries(properties ?? {})) {
      const p = prefix ? `${prefix}.${key}` : key;
      paths.push(p);
      // Categories are listed in a table of their own (extraFields and categories take the same keys); overrides
      // hold the same sections as the top level.
      if (p === 'personalData.extraFields' || p === 'personalData.categories' || p.startsWith('overrides')) {
        if (p === 'overrides') paths.push('overrides[].files');
        continue;
      }
      walk(child, p);
      const items = child.items as Record<string, unknown> | undefined;
      if (items && typeof items === 'object' && items.properties) walk(items, `${p}[]`);
    }
  };
  walk(configSchema as unknown as Record<string, unknown>, '');
  return paths;
}

/** The `##` sections of a doc: their heading and text. */
function sections(doc: MarkdownDoc): { heading: Heading; text: string }[] {
  const lines = doc.text.split(/\r?\n/);
  const tops = doc.headings.filter((h) => h.level === 2);
  return tops.map((h, i) => ({ heading: h, text: lines.slice(h.line, (tops[i + 1]?.line ?? lines.length + 1) - 1).join('\n') }));
}

/** What a config example replaces from TEST_CONFIG, so the example runs under exactly the config shown. */
const EMPTY_SECTIONS: ConfigFileContents = { myNumber: {}, transfers: {} };

function checkReportedBlocks(doc: MarkdownDoc, configFor: (block: CodeBlock) => ConfigFileContents | undefined): void {
  for (const block of doc.blocks.filter(isTs)) {
    it(`the example at line ${block.line} is reported as it says`, () => {
      const header = readHeader(block);
      assert.ok(header.reported, `${where(doc, block)}: a TS example here starts with "// reported: <rule-id>, …" or "// reported: nothing"`);
      const runs = lintBlock(block, header, configFor(block));
      assertNoParseError(doc, block, runs);
      for (const { typeInfo, findings } of runs) {
        const ids = [...new Set(findings.map((f) => f.ruleId))].sort();
        assert.deepEqual(ids, header.reported, `${where(doc, block)} ${modeName(typeInfo)}: got${list(findings)}`);
      }
    });
  }
}

/** A describe block for a doc that fails (rather than breaking the whole run) when the doc is missing. */
function describeDoc(file: string, body: (doc: MarkdownDoc) => void): void {
  describe(path.relative(ROOT, file), function () {
    this.timeout(LINT_TIMEOUT);
    if (!fs.existsSync(file)) {
      it('exists', () => assert.fail(`missing ${path.relative(ROOT, file)}`));
      return;
    }
    body(readMarkdown(file));
  });
}

describeDoc(CONFIGURATION_DOC, (doc) => {
  it('explains every key of privacy-lint.json', () => {
    const missing = configKeyPaths().filter((p) => !doc.text.includes(`\`${p}\``));
    assert.deepEqual(missing, [], 'keys not mentioned as `dotted.path`');
    const categories = PERSONAL_CATEGORIES.filter((c) => !doc.text.includes(`\`${c}\``));
    assert.deepEqual(categories, [], 'personal-data categories not listed');
    for (const rule of allRules) assert.ok(doc.text.includes(rule.meta.id), `rule ${rule.meta.id} is not named`);
  });

  it('has a Japanese summary (要約) in every section', () => {
    for (const { heading, text } of sections(doc)) {
      assert.match(text, /要約/, `section "${heading.text}" (line ${heading.line}) has no 要約`);
    }
  });

  it('shows only valid privacy-lint.json, and the errors of invalid ones as the linter reports them', () => {
    const jsonBlocks = doc.blocks.filter(isJson);
    assert.ok(jsonBlocks.length > 0);
    for (const block of jsonBlocks) checkConfigBlock(doc, block);
  });

  checkReportedBlocks(doc, (block) => {
    // The last valid config shown before the block, under the same innermost heading.
    const before = doc.blocks.slice(0, doc.blocks.indexOf(block)).filter(isJson)
      .filter((b) => b.headings.at(-1) === block.headings.at(-1)).pop();
    const contents = before ? checkConfigBlock(doc, before) : undefined;
    return contents ? { ...EMPTY_SECTIONS, ...contents } : undefined;
  });
});

// ───────────────────────────── docs/suppressions.md ─────────────────────────────

describeDoc(SUPPRESSIONS_DOC, (doc) => {

  it('has a Japanese summary (要約) in every section', () => {
    for (const { heading, text } of sections(doc)) {
      assert.match(text, /要約/, `section "${heading.text}" (line ${heading.line}) has no 要約`);
    }
  });

  it('names only rules that exist outside its examples', () => {
    // The examples are linted: a misspelt id there is shown on purpose and reported as `invalid-suppression`.
    const known = new Set([...allRules.map((r) => r.meta.id), ...META_RULES]);
    for (const m of withoutCodeBlocks(doc.text).matchAll(/privacy-lint-(?:disable-next-line|disable-file|disable|enable)\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)/g)) {
      for (const ruleId of m[1].split(/\s*,\s*/)) {
        if (ruleId === 'until') continue;
        assert.ok(known.has(ruleId), `unknown rule id ${ruleId} in "${m[0]}"`);
      }
    }
  });

  checkReportedBlocks(doc, () => undefined);
});

// ───────────────────────────── docs/report.md ─────────────────────────────

describeDoc(REPORT_DOC, (doc) => {
  it('has a Japanese summary (要約) in every section', () => {
    for (const { heading, text } of sections(doc)) {
      assert.match(text, /要約/, `section "${heading.text}" (line ${heading.line}) has no 要約`);
    }
  });

  it('shows rows of the example app\'s record as privacy-lint report prints them', () => {
    const shown = doc.blocks.filter((b) => b.lang === 'markdown').flatMap((b) => b.code.split('\n')).filter((l) => l.startsWith('|'));
    assert.ok(shown.length >= 4, 'the doc shows a table of the record');
    const run = spawnSync(process.execPath, [path.join(ROOT, 'cli', 'bin', 'privacy-lint.js'), 'report', '--locale', 'en'],
      { cwd: path.join(ROOT, 'examples', 'shop-app'), encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const printed = new Set(run.stdout.split('\n'));
    assert.deepEqual(shown.filter((line) => !printed.has(line)), []);
  });

  it('names every option of privacy-lint report --help', () => {
    const help = spawnSync(process.execPath, [path.join(ROOT, 'cli', 'bin', 'privacy-lint.js'), 'report', '--help'], { encoding: 'utf8' }).stdout;
    const options = [...new Set(Array.from(help.matchAll(/^\s+(?:-\w, )?(--[a-z-]+)/gm), (m) => m[1]))].filter((o) => o !== '--help');
    assert.ok(options.length >= 6);
    assert.deepEqual(options.filter((o) => !doc.text.includes(`\`${o}`)), []);
  });
});
