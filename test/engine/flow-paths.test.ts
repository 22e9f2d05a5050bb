/**
 * The path of a flow finding: from where the data entered, through variables and helpers' parameters in other
 * files, to the sink — one list of located steps per value the finding names, in words that name code, never values.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Finding } from '@privacy-lint/engine';
import { lintSource } from '../helpers/lint-source';

/** `file:line:column message` per step. */
function stepsOf(f: Finding, index = 0): string[] {
  return (f.paths?.[index] ?? []).map((s) => `${path.basename(s.file)}:${s.range.start.line}:${s.range.start.column} ${s.message.en}`);
}

describe('the path of a flow finding', () => {
  for (const typeInfo of [false, true]) {
    const mode = typeInfo ? 'with types' : 'without types';

    it(`goes from the field read through each helper's parameter to the sink, per value (${mode})`, () => {
      const findings = lintSource({
        typeInfo,
        code: "import { audit } from './audit';\ndeclare const c: { email: string; phone: string };\nconst e = c.email;\naudit(e, c.phone);\n",
        files: {
          'src/audit.ts': "import { write } from './write';\nexport function audit(a: string, b: string) {\n  write(a, b);\n}\n",
          'src/write.ts': "export const write = (x: string, y: string) => {\n  console.log('audit', x, y);\n};\n",
        },
      });
      assert.equal(findings.length, 1, findings.map((f) => f.message.en).join('\n'));
      const [f] = findings;
      assert.deepEqual(stepsOf(f, 0), [
        'app.ts:3:11 the data comes from `c.email`',
        'app.ts:4:7 flows into `e`',
        'audit.ts:3:9 flows into `a` in `audit`',
        'write.ts:2:24 flows into `x` in `write`',
        'write.ts:2:3 reaches the sink `console.log`',
      ]);
      assert.deepEqual(stepsOf(f, 1), [
        'app.ts:4:10 the data comes from `c.phone`',
        'audit.ts:3:12 flows into `b` in `audit`',
        'write.ts:2:27 flows into `y` in `write`',
        'write.ts:2:3 reaches the sink `console.log`',
      ]);
      assert.equal(f.paths?.length, 2);
      assert.match(f.paths![0][2].message.ja, /`audit` の `a` に渡ります/);
      assert.match(f.paths![0].at(-1)!.message.ja, /出力先 `console\.log` に届きます/);
    });

    it(`is the value and the sink for a direct log (${mode})`, () => {
      const [f] = lintSource({ typeInfo, code: "declare const c: { email: string };\nconsole.log('x', c.email);\n" });
      assert.deepEqual(stepsOf(f), ['app.ts:2:18 the data comes from `c.email`', 'app.ts:2:1 reaches the sink `console.log`']);
    });

    it(`never prints a value written in the code (${mode})`, () => {
      const [f] = lintSource({
        typeInfo,
        code: "const c = { email: 'taro@example.jp' };\nconst line = 'mail: ' + c.email;\nconsole.log(line);\n",
      });
      const words = f.paths!.flat().flatMap((s) => [s.message.en, s.message.ja]).join('\n');
      assert.ok(!words.includes('taro@example.jp'), words);
      assert.ok(!words.includes('mail: '), words);
      assert.ok(words.includes("`'…' + c.email`") || words.includes('`c.email`'), words);
    });
  }
});
