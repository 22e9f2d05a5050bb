/**
 * Flow findings say where the data leaves the program (the sink call), also when the value is reported at the
 * call of a helper whose body, in another file, holds the sink: reports and the real-world scoring read it.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { lintSource } from '../helpers/lint-source';

describe('the sink location of a flow finding', () => {
  for (const typeInfo of [false, true]) {
    it(`is the log call itself for a direct log (${typeInfo ? 'types' : 'no types'})`, () => {
      const [f] = lintSource({ typeInfo, code: 'declare const c: { email: string };\nconsole.log(\n  c.email);\n' });
      assert.equal(f.ruleId, 'no-personal-data-in-logs');
      assert.equal(path.basename(f.sink!.file), 'app.ts');
      assert.deepEqual(f.sink!.range.start, { line: 2, column: 1 });
    });

    it(`is the call inside the helper's file when reported at the helper's caller (${typeInfo ? 'types' : 'no types'})`, () => {
      const findings = lintSource({
        typeInfo,
        code: "import { track } from './telemetry';\ndeclare const c: any;\ntrack(c.email);\n",
        files: { 'src/telemetry.ts': 'function audit(value: unknown) {\n  console.log(value);\n}\nexport function track(v: unknown) {\n  audit(v);\n}\n' },
      });
      assert.equal(findings.length, 1);
      const [f] = findings;
      assert.equal(f.range.start.line, 3);
      assert.equal(path.basename(f.sink!.file), 'telemetry.ts');
      assert.deepEqual(f.sink!.range.start, { line: 2, column: 3 });
    });
  }
});
