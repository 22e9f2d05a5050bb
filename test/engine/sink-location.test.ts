/**
 * Flow findings say where the data leaves the program (the sink call), also when the value is reported at the
 * call of a helper whose body, in another file, holds the sink: reports and the real-world scoring read it.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { lintSource } from '../helpers/lint-source';

/** `request.body` handed to `Api.handle` (src/api.ts, the given text), which logs through the project's Logger class. */
function throughProjectLogger(typeInfo: boolean, api: string): ReturnType<typeof lintSource> {
  return lintSource({
    typeInfo,
    code: "import { Api } from './api';\ndeclare const request: { body: unknown };\nconst api = new Api();\napi.handle(request.body);\n",
    files: {
      'src/logger.ts': 'export default class Logger {\n  error(message: string, data?: unknown) { this.write(message, data); }\n'
        + '  private write(message: string, data?: unknown) { console.log(message, data); }\n}\n',
      'src/api.ts': api,
    },
  });
}

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

    it(`is the log call the code wrote when the flow goes through the project's own logger class (${typeInfo ? 'types' : 'no types'})`, () => {
      const findings = throughProjectLogger(typeInfo, "import Logger from './logger';\nexport class Api {\n  private logger = new Logger();\n"
        + "  handle(data: unknown) {\n    this.logger.error('failed', { ps: data });\n  }\n}\n");
      const logs = findings.filter((f) => f.ruleId === 'no-personal-data-in-logs');
      assert.equal(logs.length, 1);
      assert.equal(logs[0].range.start.line, 4);
      assert.equal(path.basename(logs[0].sink!.file), 'api.ts');
      assert.deepEqual(logs[0].sink!.range.start, { line: 5, column: 5 });
    });

    it(`is the project logger's call when the chain reaches it at the helper depth limit (${typeInfo ? 'types' : 'no types'})`, () => {
      const findings = throughProjectLogger(typeInfo, "import Logger from './logger';\nexport class Api {\n  private logger = new Logger();\n"
        + '  handle(data: unknown) { return this.run(data); }\n  private run(data: unknown) { return this.fail(data); }\n'
        + "  private fail(data: unknown) {\n    this.logger.error('failed', { ps: data });\n  }\n}\n");
      const logs = findings.filter((f) => f.ruleId === 'no-personal-data-in-logs');
      assert.equal(logs.length, 1);
      assert.equal(logs[0].range.start.line, 4);
      assert.equal(path.basename(logs[0].sink!.file), 'api.ts');
      assert.deepEqual(logs[0].sink!.range.start, { line: 7, column: 5 });
    });
  }
});
