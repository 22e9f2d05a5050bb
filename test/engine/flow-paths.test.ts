/**
 * The path of a flow finding: from where the data entered, through variables and helpers' parameters in other
 * files, to the sink — one list of located steps per value the finding names, in words that name code, never values.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Finding } from '@privacy-lint/engine';
import { lintProject, lintSource } from '../helpers/lint-source';

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

    // A helper that reads a personal field of the record it is given is reported inside, once; the calls that hand
    // it a person's record are where the data enters: each path starts at one of them.
    const telemetry = "import pino from 'pino';\nconst logger = pino();\n"
      + "export function logEvent(user: { uid: string; email?: string }, event: string) {\n  logger.info({ event, email: user.email });\n}\n";
    const auth = "import { logEvent } from './telemetry';\ninterface User { uid: string; email: string }\n"
      + "export function login(user: User) {\n  logEvent(user, 'login');\n}\n"
      + "export function signup(account: User) {\n  logEvent({ uid: account.uid }, 'signup');\n}\n"
      + "export function relay(u: User) {\n  forward(u, 'x');\n}\n"
      + "function forward(person: { uid: string }, note: string) {\n  logEvent(person, note);\n}\n";

    it(`starts at each call that hands a helper the record it reads a personal field of (${mode})`, () => {
      const results = lintProject({ typeInfo, code: auth, filename: 'src/auth.ts', files: { 'src/telemetry.ts': telemetry },
        lint: ['src/telemetry.ts', 'src/auth.ts'] });
      const [inHelper, inCallers] = results;
      assert.deepEqual(inCallers.findings.map((f) => f.message.en), [], 'reported once, in the helper');
      assert.equal(inHelper.findings.length, 1, inHelper.findings.map((f) => f.message.en).join('\n'));
      const [f] = inHelper.findings;
      // `signup` hands in an id only: no path from it. `forward` passes on what `relay` gives it (a `User`).
      assert.deepEqual(f.paths?.map((_, i) => stepsOf(f, i)), [
        [
          'auth.ts:4:12 the data comes from `user`',
          'telemetry.ts:4:31 flows into `user.email` in `logEvent`',
          'telemetry.ts:4:3 reaches the sink `logger.info`',
        ],
        [
          'auth.ts:10:11 the data comes from `u`',
          'auth.ts:13:12 flows into `person` in `forward`',
          'telemetry.ts:4:31 flows into `user.email` in `logEvent`',
          'telemetry.ts:4:3 reaches the sink `logger.info`',
        ],
      ]);
    });

    it(`starts at the calls in another TypeScript project of the run (${mode})`, () => {
      const tsconfig = JSON.stringify({ compilerOptions: { strict: true, target: 'ES2022', module: 'commonjs', types: [], noEmit: true }, include: ['src'] });
      const results = lintProject({
        typeInfo, code: auth.replace("'./telemetry'", "'../../../packages/telemetry/src/telemetry'"), filename: 'apps/api/src/auth.ts',
        files: { 'packages/telemetry/src/telemetry.ts': telemetry, 'packages/telemetry/tsconfig.json': tsconfig, 'apps/api/tsconfig.json': tsconfig },
        lint: ['packages/telemetry/src/telemetry.ts', 'apps/api/src/auth.ts'],
      });
      const [f] = results[0].findings;
      assert.deepEqual(f.paths?.map((p) => `${path.basename(p[0].file)}:${p[0].range.start.line} ${p[0].message.en}`),
        ['auth.ts:4 the data comes from `user`', 'auth.ts:10 the data comes from `u`']);
    });

    it(`starts at the calls of a helper whose call of another helper is the finding (${mode})`, () => {
      const results = lintProject({
        typeInfo,
        code: "import { sendLockoutEmail } from './lockout';\ninterface User { id: string; email: string }\n"
          + "export async function lock(user: User) {\n  await sendLockoutEmail(user);\n}\n",
        filename: 'src/account.ts',
        files: {
          'src/lockout.ts': "import { sendEmail } from './send';\n"
            + "export async function sendLockoutEmail(user: { id: string; email: string }) {\n  await sendEmail({ to: user.email, subject: 'Locked' });\n}\n",
          'src/send.ts': "import nodemailer from 'nodemailer';\nconst transporter = nodemailer.createTransport({ host: 'smtp.mailer-vendor.example.com' });\n"
            + "export async function sendEmail(data: { to: string; subject: string }) {\n  await transporter.sendMail({ from: 'no-reply@shop.example.jp', ...data });\n}\n",
        },
        lint: ['src/lockout.ts', 'src/account.ts'],
      });
      const [f] = results[0].findings;
      assert.equal(results[0].findings.length, 1, results[0].findings.map((x) => x.message.en).join('\n'));
      assert.deepEqual(f.paths?.map((p) => `${path.basename(p[0].file)}:${p[0].range.start.line} ${p[0].message.en}`),
        ['account.ts:4 the data comes from `user`']);
      assert.equal(path.basename(f.paths![0].at(-1)!.file), 'send.ts');
    });

    it(`names at most five callers of a helper per value, the first in source order (${mode})`, () => {
      const calls = Array.from({ length: 7 }, (_, i) => `export function f${i}(user: User) {\n  logEvent(user, 'e${i}');\n}\n`).join('');
      const results = lintProject({
        typeInfo, filename: 'src/many.ts', files: { 'src/telemetry.ts': telemetry },
        code: "import { logEvent } from './telemetry';\ninterface User { uid: string; email: string }\n" + calls,
        lint: ['src/telemetry.ts', 'src/many.ts'],
      });
      const [f] = results[0].findings;
      assert.deepEqual(f.paths?.map((p) => `${path.basename(p[0].file)}:${p[0].range.start.line}`),
        ['many.ts:4', 'many.ts:7', 'many.ts:10', 'many.ts:13', 'many.ts:16']);
    });

    it(`starts at the helper's parameter when no call of it is in the run (${mode})`, () => {
      const [f] = lintSource({ typeInfo, code: telemetry, filename: 'src/telemetry.ts', files: { 'src/auth.ts': auth } });
      assert.deepEqual(f.paths?.map((_, i) => stepsOf(f, i)), [[
        'telemetry.ts:4:31 the data comes from `user.email`',
        'telemetry.ts:4:3 reaches the sink `logger.info`',
      ]]);
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
