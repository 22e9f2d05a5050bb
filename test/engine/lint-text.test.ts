/**
 * `lintText`: one text linted as the file it names (what the ESLint plugin, the server's open documents and the rule
 * tables call), its imports read from the disk or `readFile`, types from a given program; and `AnalysisCache`, which
 * keeps the analyses of imported modules between calls and drops them when a text or a file on disk changes.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { AnalysisCache, lintFiles, lintText, resolveConfig, type FileResult, type ResolvedConfig } from '@privacy-lint/engine';
import { allRules, ruleCatalog } from '@privacy-lint/rules';
import { tempDir } from '../helpers/temp';

/** A helper that logs what it is given: a caller handing it personal data is reported at the call. */
const LOGGING_HELPER = 'export function audit(entry: unknown): void {\n  console.log(entry);\n}\n';
/** The same helper once it no longer logs. */
const QUIET_HELPER = 'export function audit(entry: unknown): unknown {\n  return entry;\n}\n';
const LEAK = "import { audit } from './lib/log';\ndeclare const c: { id: string; email: string };\naudit({ id: c.id, mail: c.email });\n";
const CLEAN = "import { audit } from './lib/log';\ndeclare const c: { id: string; email: string };\naudit(c.id);\n";

function project(files: Record<string, string>): string {
  const dir = tempDir('privacy-lint-text-');
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

const configIn = (dir: string) => (file: string): ResolvedConfig => resolveConfig(undefined, file, ruleCatalog, dir);
const summary = (r: FileResult) => r.findings.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.ruleId}`);

describe('lintText', () => {
  it('lints the text given, not the file on disk, and follows its imports on disk', () => {
    const dir = project({ 'src/lib/log.ts': LOGGING_HELPER, 'src/app.ts': CLEAN });
    const file = path.join(dir, 'src', 'app.ts');
    const configFor = configIn(dir);
    assert.deepEqual(summary(lintFiles({ files: [file], rules: allRules, configFor, typeInfo: false })[0]), []);
    const result = lintText(LEAK, file, configFor(file), { rules: allRules, configFor });
    assert.equal(result.file, file);
    assert.equal(result.typeInfo, false);
    assert.deepEqual(summary(result), ['3:25 no-personal-data-in-logs'], 'the flow into the imported helper is seen');
  });

  it('reads imported modules through readFile when it has them (unsaved buffers)', () => {
    const dir = project({ 'src/lib/log.ts': LOGGING_HELPER });
    const file = path.join(dir, 'src', 'app.ts');
    const helper = path.join(dir, 'src', 'lib', 'log.ts');
    const result = lintText(LEAK, file, configIn(dir)(file), { rules: allRules, readFile: (f) => (f === helper ? QUIET_HELPER : undefined) });
    assert.deepEqual(summary(result), []);
  });

  it('takes types from the program it is given, without looking for a tsconfig.json', () => {
    const types = 'export interface Customer {\n  id: string;\n  email: string;\n}\n';
    const code = "import type { Customer } from './types';\ndeclare class Repository<T> { find(id: string): T }\n"
      + "declare const store: Repository<Customer>;\nconst record = store.find('1');\nconsole.log(record);\n";
    const dir = project({ 'src/types.ts': types, 'src/app.ts': code });
    const file = path.join(dir, 'src', 'app.ts');
    const config = configIn(dir)(file);
    assert.deepEqual(summary(lintText(code, file, config, { rules: allRules })), [], 'by names alone `record` is nothing');
    const program = ts.createProgram([file], { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, types: [] });
    const typed = lintText(code, file, config, { rules: allRules, program });
    assert.equal(typed.typeInfo, true);
    assert.deepEqual(summary(typed), ['5:13 no-personal-data-in-logs'], 'found through the type Customer');
    // A text the program does not hold is linted without types rather than with another text's types.
    const edited = code.replace("store.find('1')", "store.find('2')");
    assert.equal(lintText(edited, file, config, { rules: allRules, program }).typeInfo, false);
  });

  it('runs only the rules its config turns on, with their options', () => {
    const dir = project({});
    const file = path.join(dir, 'src', 'app.ts');
    const code = "const contact = 'taro.yamada@gmail.com';\nexport { contact };\n";
    const config = configIn(dir)(file);
    assert.deepEqual(summary(lintText(code, file, config, { rules: allRules })), []);
    const withEmails = { ...config, rules: { ...config.rules, 'no-hardcoded-personal-data': { severity: 'error' as const, options: { emails: true } } } };
    assert.deepEqual(summary(lintText(code, file, withEmails, { rules: allRules })), ['1:17 no-hardcoded-personal-data']);
  });
});

describe('AnalysisCache', () => {
  /** Lints each file's text in turn, counting how often the helper module is read. */
  function lintEach(dir: string, texts: Record<string, string>, analyses?: AnalysisCache): { results: string[][]; helperReads: number } {
    const helper = path.join(dir, 'src', 'lib', 'log.ts');
    let helperReads = 0;
    const readFile = (f: string): string | undefined => {
      if (f === helper) helperReads++;
      return undefined;
    };
    const configFor = configIn(dir);
    const results = Object.entries(texts).map(([rel, text]) => {
      const file = path.join(dir, rel);
      return summary(lintText(text, file, configFor(file), { rules: allRules, configFor, readFile, analyses }));
    });
    return { results, helperReads };
  }

  it('analyses a module imported by several files once, with the same findings as without it', () => {
    const texts = { 'src/a.ts': LEAK, 'src/b.ts': CLEAN, 'src/c.ts': LEAK };
    const dir = project({ 'src/lib/log.ts': LOGGING_HELPER, ...texts });
    const without = lintEach(dir, texts);
    const cache = new AnalysisCache();
    const withCache = lintEach(dir, texts, cache);
    assert.deepEqual(withCache.results, without.results);
    assert.deepEqual(without.results, [['3:25 no-personal-data-in-logs'], [], ['3:25 no-personal-data-in-logs']]);
    assert.equal(without.helperReads, 3);
    assert.equal(withCache.helperReads, 1);
    // Linting them again reads nothing: every analysis is still good.
    assert.equal(lintEach(dir, texts, cache).helperReads, 0);
  });

  it('drops every analysis when a file is given with another text (an imported module edited)', () => {
    const dir = project({ 'src/lib/log.ts': LOGGING_HELPER, 'src/app.ts': LEAK });
    const cache = new AnalysisCache();
    assert.deepEqual(lintEach(dir, { 'src/app.ts': LEAK }, cache).results, [['3:25 no-personal-data-in-logs']]);
    // The helper is linted with a text in which it no longer logs: the app's flow must be judged again.
    assert.deepEqual(lintEach(dir, { 'src/lib/log.ts': QUIET_HELPER, 'src/app.ts': LEAK }, cache).results, [[], []]);
  });

  it('sees a module that changed on disk once revalidateMs has passed', () => {
    const dir = project({ 'src/lib/log.ts': LOGGING_HELPER, 'src/app.ts': LEAK });
    const cache = new AnalysisCache(0);
    assert.deepEqual(lintEach(dir, { 'src/app.ts': LEAK }, cache).results, [['3:25 no-personal-data-in-logs']]);
    const helper = path.join(dir, 'src', 'lib', 'log.ts');
    fs.writeFileSync(helper, QUIET_HELPER);
    const later = new Date(Date.now() + 10_000);
    fs.utimesSync(helper, later, later);
    assert.deepEqual(lintEach(dir, { 'src/app.ts': LEAK }, cache).results, [[]]);
  });
});
