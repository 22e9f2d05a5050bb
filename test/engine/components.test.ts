/**
 * Single-file components (`.vue`, `.svelte`): their `<script>` blocks are linted in place — findings at the lines and
 * columns of the component, flows into the project's other files followed, the markup never parsed nor touched by a
 * fix — and discovery, the CLI and the editor's incremental parsing pick them up.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { ConfigResolver, discoverFiles, IncrementalSources, isLintableFile, lintFiles, type FileResult } from '@privacy-lint/engine';
import { componentScript } from '@privacy-lint/engine/dist/model/components';
import { allRules, ruleCatalog } from '@privacy-lint/rules';
import { tempDir } from '../helpers/temp';
import { spawnSync } from 'node:child_process';

const VUE = [
  '<template>',
  '  <div>{{ user.email }} <!-- <script>console.log(user.email)</script> --></div>',
  '</template>',
  '',
  '<script setup lang="ts">',
  "import { saveCustomer } from './crm';",
  'interface Customer { id: string; email: string; phone: string }',
  'function save(customer: Customer): void {',
  "  console.log('saving', customer.email);",
  '  saveCustomer(customer);',
  '}',
  '</script>',
  '',
  '<style scoped>',
  '.a { color: red; } /* console.log(user.email) */',
  '</style>',
  '',
].join('\n');

const CRM = [
  "import axios from 'axios';",
  'export function saveCustomer(c: { email: string; phone: string }) {',
  "  return axios.post('https://api.hubspot.com/contacts', { email: c.email, phone: c.phone });",
  '}',
  '',
].join('\n');

const SVELTE = [
  '<script context="module">',
  '  export const prerender = true;',
  '</script>',
  '<script>',
  '  export let member;',
  '  console.info(`member ${member.phoneNumber}`);',
  '</script>',
  '<p>{member.name} {console.log(member.email)}</p>',
  '',
].join('\n');

const bin = path.join(path.resolve(__dirname, '..', '..', '..'), 'cli', 'bin', 'privacy-lint.js');

function runCli(args: string[], dir: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir, env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C' }, encoding: 'utf8', timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function project(files: Record<string, string>): string {
  const dir = tempDir('privacy-lint-components-');
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

function lint(dir: string, rels: string[], typeInfo = false, readFile?: (f: string) => string | undefined, sources?: IncrementalSources): FileResult[] {
  const resolver = new ConfigResolver({ catalog: ruleCatalog, cwd: dir });
  return lintFiles({ files: rels.map((r) => path.join(dir, r)), rules: allRules, typeInfo, configFor: (f) => resolver.forFile(f).config, readFile, sources });
}

const where = (r: FileResult) => r.findings.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.ruleId}`);

describe('single-file components (.vue, .svelte)', () => {
  it('keeps only the script blocks, at their offsets, and reads their language', () => {
    const script = componentScript(VUE);
    assert.equal(script.text.length, VUE.length);
    assert.deepEqual(script.text.split('\n').map((l) => l.length), VUE.split('\n').map((l) => l.length), 'every line keeps its length');
    assert.equal(script.kind, ts.ScriptKind.TS);
    const lines = script.text.split('\n');
    assert.equal(lines[8], "  console.log('saving', customer.email);", 'the script is where it was');
    assert.ok(lines.slice(0, 5).every((l) => l.trim() === ''), 'the markup, the comment and the <script …> tag are blanked');
    assert.ok(lines.slice(11).every((l) => l.trim() === ''), 'the closing tag and the style block are blanked');
    assert.ok(!script.text.includes('user.email'), 'a <script> inside an HTML comment is not a script');
    assert.equal(componentScript('<script>\nlet a = 1;\n</script>').kind, ts.ScriptKind.JS);
    // A quoted attribute value may hold `>`: the tag ends after it (Vue's `generic`).
    const generic = componentScript('<script setup lang="ts" generic="T extends Map<string, number>">\nlet a = 1;\n</script>\n');
    assert.equal(generic.text.split('\n')[1], 'let a = 1;');
    assert.equal(generic.text.split('\n')[0]!.trim(), '');
    assert.equal(generic.kind, ts.ScriptKind.TS);
    assert.equal(componentScript("<script lang='tsx'>\nlet a = <b/>;\n</script>").kind, ts.ScriptKind.TSX);
    assert.equal(componentScript('<script lang=ts src="./x.ts" />\n<template><p/></template>').text.trim(), '', 'an external script holds no code');
    const markup = '<template>\r\n  <p>é</p>\r\n</template>\r\n';
    assert.equal(componentScript(markup).text, ' '.repeat(10) + '\r\n' + ' '.repeat(10) + '\r\n' + ' '.repeat(11) + '\r\n', 'line breaks, CRLF included, stay');
    // The text after a `<script>` that is never closed is its code (as the frameworks' parsers take it).
    assert.equal(componentScript('<p/>\n<script>\nlet a = 1;\n').text, '    \n        \nlet a = 1;\n');
  });

  it('reports in a component at its own lines, follows its imports, and never parses the markup', () => {
    const dir = project({ 'src/Profile.vue': VUE, 'src/crm.ts': CRM, 'src/Member.svelte': SVELTE });
    const [member, profile, crm] = lint(dir, ['src/Member.svelte', 'src/Profile.vue', 'src/crm.ts']);
    assert.deepEqual(where(profile!), ['9:25 no-personal-data-in-logs'], JSON.stringify(profile));
    assert.ok(!profile!.parseError);
    assert.deepEqual(where(member!), ['6:26 no-personal-data-in-logs'], 'the markup\'s `{console.log(…)}` is not read');
    assert.deepEqual(where(crm!), ['3:66 no-unguarded-external-transfer']);
    // A relative import of a component resolves to it: a helper exported from a component's script is followed.
    const helper = "<script lang=\"ts\">\nexport function audit(entry: unknown): void {\n  console.log(entry);\n}\n</script>\n<template><p/></template>\n";
    const dir2 = project({ 'Audit.vue': helper, 'app.ts': "import { audit } from './Audit.vue';\ndeclare const c: { email: string };\naudit(c.email);\n" });
    assert.deepEqual(where(lint(dir2, ['app.ts'])[0]!), ['3:7 no-personal-data-in-logs']);
  });

  it('gives a syntax error of a script at its place in the component', () => {
    const dir = project({ 'Broken.vue': '<template>\n  <p>{{ a }}</p>\n</template>\n<script setup lang="ts">\nconst x = ;\n</script>\n' });
    const [result] = lint(dir, ['Broken.vue']);
    assert.equal(result!.parseError, true);
    assert.equal(result!.findings[0]!.ruleId, 'parse-error');
    assert.equal(result!.findings[0]!.range.start.line, 5);
  });

  it('lints components without types in a typed run, and does not call them blind', () => {
    const dir = project({ 'tsconfig.json': '{"compilerOptions":{"strict":true},"include":["src"]}', 'src/Profile.vue': VUE, 'src/crm.ts': CRM });
    const [profile, crm] = lint(dir, ['src/Profile.vue', 'src/crm.ts'], true);
    assert.deepEqual(where(profile!), ['9:25 no-personal-data-in-logs']);
    assert.equal(profile!.typeInfo, false);
    assert.deepEqual(profile!.blindSpots ?? [], []);
    assert.equal(crm!.typeInfo, true);
  });

  it('re-parses a component as its new language when an edit changes `lang`', () => {
    const dir = project({});
    const file = path.join(dir, 'Edit.vue');
    const sources = new IncrementalSources();
    const lintBuffer = (text: string) => lint(dir, ['Edit.vue'], false, (f) => (f === file ? text : undefined), sources)[0]!;
    // JSX in a `lang="ts"` script is a syntax error (`<b/>` would be a type assertion); in `lang="tsx"` it is not.
    const ts1 = '<script lang="ts">\nexport const el = <b/>;\nexport function f(c: { email: string }) {\n  console.log(c.email);\n}\n</script>\n';
    assert.equal(lintBuffer(ts1).parseError, true);
    // Only the attribute changes: the script's text is the same, its language is not.
    const tsx1 = ts1.replace('lang="ts"', 'lang="tsx"');
    assert.deepEqual(where(lintBuffer(tsx1)), ['4:15 no-personal-data-in-logs']);
    assert.equal(lintBuffer(ts1).parseError, true, 'and back');
    // The attribute and the script change together.
    const tsx2 = tsx1.replace('c.email);', 'c.email, 1);');
    assert.deepEqual(where(lintBuffer(tsx2)), ['4:15 no-personal-data-in-logs']);
    assert.equal(lintBuffer(tsx2.replace('lang="tsx"', 'lang="ts"').replace('1);', '2);')).parseError, true);
  });

  it('is found by discovery and the CLI, and --fix leaves the markup as it was', () => {
    assert.ok(isLintableFile('/a/B.vue') && isLintableFile('/a/b.svelte') && !isLintableFile('/a/b.html'));
    const unused = VUE.replace("import { saveCustomer }", "// privacy-lint-disable-next-line no-personal-data-in-logs -- old\nimport { saveCustomer }");
    const dir = project({ 'src/Profile.vue': unused, 'src/crm.ts': CRM, 'src/page.html': '<script>console.log(user.email)</script>\n' });
    const resolver = new ConfigResolver({ catalog: ruleCatalog, cwd: dir });
    const found = discoverFiles([dir], dir, { configFor: (f) => resolver.forFile(f).config, isIgnored: () => false }, false).files.map((f) => path.relative(dir, f));
    assert.deepEqual(found, ['src/Profile.vue', 'src/crm.ts']);
    const run = runCli(['--fix', '-f', 'json', '.'], dir);
    assert.equal(run.status, 1, run.stderr);
    assert.equal(fs.readFileSync(path.join(dir, 'src/Profile.vue'), 'utf8'), VUE, 'only the unused suppression was removed');
  });
});
