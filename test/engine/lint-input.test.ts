/**
 * Bad input never stops a run: unreadable, binary, huge and odd-encoding files and syntax errors each get one
 * clear finding with a position (or are decoded and linted), and the other files are still analysed.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintFiles, resolveConfig, MAX_FILE_BYTES, type FileResult, type RuleModule } from '@privacy-lint/engine';
import { allRules, ruleCatalog } from '@privacy-lint/rules';
import { tempDir } from '../helpers/temp';

const GOOD = 'declare const c: { email: string };\nconsole.log(c.email);\n';

function project(files: Record<string, string | Buffer>): string {
  const dir = tempDir('privacy-lint-input-');
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

function lint(dir: string, rels: string[], rules: readonly RuleModule[] = allRules): Map<string, FileResult> {
  const results = lintFiles({
    files: rels.map((r) => path.join(dir, r)),
    rules,
    configFor: (f) => resolveConfig(undefined, f, ruleCatalog, dir),
    typeInfo: false,
  });
  return new Map(results.map((r) => [path.relative(dir, r.file), r]));
}

const summary = (r: FileResult | undefined) =>
  r?.findings.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.ruleId}`) ?? [];

describe('lint input', () => {
  it('reports a syntax error with its position and goes on with the other files', () => {
    const dir = project({ 'broken.ts': 'const a = 1;\nconst b = (;\n', 'good.ts': GOOD });
    const results = lint(dir, ['broken.ts', 'good.ts']);
    const broken = results.get('broken.ts')!;
    assert.equal(broken.parseError, true);
    assert.deepEqual(summary(broken), ['2:12 parse-error']);
    assert.match(broken.findings[0].message.en, /^Parsing error: Expression expected/);
    assert.match(broken.findings[0].message.ja, /^構文エラー: /);
    assert.deepEqual(summary(results.get('good.ts')), ['2:13 no-personal-data-in-logs']);
  });

  it('skips a binary file with one finding and never reads it as code', () => {
    const dir = project({ 'blob.ts': Buffer.from([0x63, 0x6f, 0x00, 0x01, 0xff, 0x00, 0x10]), 'good.ts': GOOD });
    const results = lint(dir, ['blob.ts', 'good.ts']);
    assert.deepEqual(summary(results.get('blob.ts')), ['1:1 parse-error']);
    assert.match(results.get('blob.ts')!.findings[0].message.en, /binary/);
    assert.deepEqual(summary(results.get('good.ts')), ['2:13 no-personal-data-in-logs']);
  });

  it('reads a source file with a stray NUL byte in a comment as code (binary data has them throughout)', () => {
    const source = Buffer.concat([Buffer.from('// ID3 tags often contain '), Buffer.from([0]), Buffer.from(' padding\n' + GOOD)]);
    const dir = project({ 'upload.ts': source, 'blob.ts': Buffer.concat([Buffer.from('x'.repeat(3000)), Buffer.from([0, 0, 0, 0, 0, 1])]) });
    const results = lint(dir, ['upload.ts', 'blob.ts']);
    assert.deepEqual(summary(results.get('upload.ts')), ['3:13 no-personal-data-in-logs']);
    assert.deepEqual(summary(results.get('blob.ts')), ['1:1 parse-error']);
  });

  it('skips a file larger than the limit', () => {
    const big = '// ' + 'x'.repeat(MAX_FILE_BYTES) + '\n' + GOOD;
    const dir = project({ 'bundle.js': big, 'good.ts': GOOD });
    const results = lint(dir, ['bundle.js', 'good.ts']);
    assert.deepEqual(summary(results.get('bundle.js')), ['1:1 parse-error']);
    assert.match(results.get('bundle.js')!.findings[0].message.en, /larger than 4 MiB/);
    assert.deepEqual(summary(results.get('good.ts')), ['2:13 no-personal-data-in-logs']);
  });

  it('reports a file that cannot be read', () => {
    const dir = project({ 'good.ts': GOOD });
    const results = lint(dir, ['missing.ts', 'good.ts']);
    assert.deepEqual(summary(results.get('missing.ts')), ['1:1 parse-error']);
    assert.match(results.get('missing.ts')!.findings[0].message.en, /Cannot read the file \(ENOENT\)/);
  });

  it('decodes Shift_JIS, UTF-16 and UTF-8 with a BOM, with the positions of the decoded text', () => {
    const shiftJisName = Buffer.from([0x8e, 0x81, 0x96, 0xbc]); // 氏名
    const sjis = Buffer.concat([Buffer.from('declare const x: string;\nconst '), shiftJisName,
      Buffer.from(' = x;\nconsole.log('), shiftJisName, Buffer.from(');\n')]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, 'utf16le')]);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GOOD)]);
    const dir = project({ 'sjis.ts': sjis, 'utf16.ts': utf16, 'bom.ts': bom });
    const results = lint(dir, ['sjis.ts', 'utf16.ts', 'bom.ts']);
    assert.deepEqual(summary(results.get('sjis.ts')), ['3:13 no-personal-data-in-logs']);
    assert.match(results.get('sjis.ts')!.findings[0].message.en, /`氏名` is a name/);
    assert.deepEqual(summary(results.get('utf16.ts')), ['2:13 no-personal-data-in-logs']);
    assert.deepEqual(summary(results.get('bom.ts')), ['2:13 no-personal-data-in-logs']);
  });

  it('turns an internal error in one file into a finding on that file and goes on', () => {
    const dir = project({ 'a.ts': GOOD, 'b.ts': GOOD });
    const exploding: RuleModule = {
      meta: { ...allRules[0].meta, id: 'exploding-rule' },
      check({ model }) {
        if (model.sourceFile.fileName.endsWith('a.ts')) throw new Error('boom');
      },
    };
    const results = lint(dir, ['a.ts', 'b.ts'], [exploding, ...allRules]);
    assert.deepEqual(summary(results.get('a.ts')), ['1:1 internal-error']);
    assert.match(results.get('a.ts')!.findings[0].message.en, /Internal error while analysing this file: boom/);
    assert.deepEqual(summary(results.get('b.ts')), ['2:13 no-personal-data-in-logs']);
  });
});
