/**
 * What a run could not see, per file: imports of project code that resolve to nothing, receivers of unknown type
 * (with types), files analysed without types although types were asked for, and flows cut at a depth limit. Each
 * is counted where it is and only there; what is not a blind spot (a package, an asset, a typed receiver, a chain
 * within the limits) is not counted.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { EVALUATION_BUDGET, MAX_DEPTH, withoutUntypedByDesign, type BlindSpot, type FileResult } from '@privacy-lint/engine';
import { lintProject } from '../helpers/lint-source';

const TSCONFIG = JSON.stringify({
  compilerOptions: { strict: true, target: 'ES2022', module: 'commonjs', types: [], skipLibCheck: true, noEmit: true,
    baseUrl: '.', paths: { '@app/*': ['src/*'] } },
  include: ['src/**/*'],
});

/** `kind detail@line` for each blind spot of a result. */
function spots(result: FileResult | undefined): string[] {
  return (result?.blindSpots ?? []).map((b: BlindSpot) => `${b.kind} ${b.detail ?? ''}${b.range ? `@${b.range.start.line}` : ''}`.trim());
}

function byName(results: FileResult[], name: string): FileResult | undefined {
  return results.find((r) => path.basename(r.file) === name);
}

describe('blind spots of a run', () => {
  for (const typeInfo of [false, true]) {
    const mode = typeInfo ? 'with types' : 'without types';

    it(`counts relative and aliased imports of project code that resolve to no file, and nothing else (${mode})`, () => {
      const [result] = lintProject({
        typeInfo,
        code: [
          "import { a } from './missing';", // 1: counted
          "import { b } from '@app/nowhere';", // 2: a `paths` alias: counted
          "import { c } from '@/lib/utils';", // 3: an alias by its form: counted
          "import { ok } from './helper';", // 4: resolves
          "import { fromAlias } from '@app/helper';", // 5: resolves through `paths`
          "import React from 'react';", // 6: a package: not project code
          "import './styles.css';", // 7: an asset
          "import type { T } from './types';", // 8: declarations beside it
          "import raw from './data.txt?raw';", // 9: a bundler query
          "export * from './also-missing';", // 10: counted
          'export const all = [a, b, c, ok, fromAlias, React, raw] as unknown as T;',
        ].join('\n'),
        files: {
          'tsconfig.json': TSCONFIG,
          'src/helper.ts': 'export const ok = 1;\nexport const fromAlias = 2;\n',
          'src/types.d.ts': 'export type T = string;\n',
        },
      });
      assert.deepEqual(spots(result), [
        'unresolvedImport ./missing@1',
        'unresolvedImport @app/nowhere@2',
        'unresolvedImport @/lib/utils@3',
        'unresolvedImport ./also-missing@10',
      ]);
    });

    it(`counts a sink whose flow was cut at the value depth limit, and a call whose helper chain goes on past the limit (${mode})`, () => {
      // A chain of constants two longer than the value depth limit.
      const length = MAX_DEPTH + 2;
      const chain = Array.from({ length }, (_, i) => `const a${i + 1} = ${i === 0 ? 'c.email' : `a${i}`};`).join('\n');
      const results = lintProject({
        typeInfo,
        code: `import { ok } from './helpers';\ndeclare const c: { email: string };\nok(c.email);\n${chain}\nconsole.log(a${length});\n`,
        files: {
          // h2 logs what it is given (found, three helpers deep) and hands it on to h3, past the limit (not followed).
          'src/helpers.ts': 'export function ok(v: string) { h1(v); }\nfunction h1(v: string) { h2(v); }\nfunction h2(v: string) { console.info(v); h3(v); }\nfunction h3(v: string) { console.log(v); }\n',
        },
      });
      const [app] = results;
      assert.deepEqual(app.findings.filter((f) => f.ruleId === 'no-personal-data-in-logs').map((f) => f.range.start.line), [3],
        'the log within the limit is found; the value chain past the limit is not');
      const found = spots(app);
      assert.ok(found.includes('depthLimit helper@3'), found.join('\n'));
      assert.ok(found.some((s) => /^depthLimit flow@\d+$/.test(s)), found.join('\n'));
    });

    it(`counts a call whose helper chain reaches a sink only past the limit, not one whose chain never sends (${mode})`, () => {
      // far: the log is four helpers in, none within the limit (the bounded summary says "never sends"); quiet:
      // five helpers that never send.
      const [app] = lintProject({
        typeInfo,
        code: "import { far, quiet } from './helpers';\ndeclare const c: { email: string };\nfar(c.email);\nquiet(c.email);\n",
        files: {
          'src/helpers.ts': [
            'export function far(v: string) { f1(v); }', 'function f1(v: string) { f2(v); }', 'function f2(v: string) { f3(v); }',
            'function f3(v: string) { console.log(v); }',
            'export function quiet(v: string) { q1(v); }', 'function q1(v: string) { q2(v); }', 'function q2(v: string) { q3(v); }',
            'function q3(v: string) { q4(v); }', 'function q4(v: string) { return v.length; }', '',
          ].join('\n'),
        },
      });
      assert.deepEqual(app.findings.filter((f) => f.ruleId === 'no-personal-data-in-logs'), [], 'the log past the limit is not found');
      assert.deepEqual(spots(app), ['depthLimit helper@3'], 'so the call says it was not followed to the end');
    });

    it(`tells a chain that sends past the limit in time linear in its length: 4,000 chained helpers, each called (${mode})`, function () {
      this.timeout(120_000);
      // f0 → f1 → … → fN-1, the last one logging; every fi is also called with an e-mail. Each call asks whether
      // its chain sends past the limit: asked at each of the N calls, the walk down the chain must not be repeated.
      const chain = (n: number) => [
        'declare const c: { email: string };',
        ...Array.from({ length: n }, (_, i) => `function f${i}(v: string) { ${i === n - 1 ? 'console.log(v);' : `f${i + 1}(v);`} }`),
        ...Array.from({ length: n }, (_, i) => `f${i}(c.email);`), '',
      ].join('\n');
      const cpu = (n: number): { ms: number; helperSpots: number } => {
        const started = process.cpuUsage();
        const [app] = lintProject({ typeInfo, code: chain(n) });
        const used = process.cpuUsage(started);
        return { ms: (used.user + used.system) / 1000, helperSpots: spots(app).filter((x) => x.startsWith('depthLimit helper')).length };
      };
      cpu(250); // warm up
      const large = cpu(4000);
      // The calls (and the calls inside the bodies) whose chain goes on past the limit: all but the last few.
      assert.ok(large.helperSpots > 7900, String(large.helperSpots));
      // About 0.2–0.4 s of CPU; it was over 4 s when each call walked the rest of the chain (quadratic).
      assert.ok(large.ms < 2500, `4,000 chained helpers: ${Math.round(large.ms)} ms of CPU`);
    });

    it(`counts nothing for a helper chain and a value chain within the limits (${mode})`, () => {
      const [app] = lintProject({
        typeInfo,
        code: "import { ok } from './helpers';\ndeclare const c: { email: string };\nok(c.email);\nconst a = c.email;\nconst b = a;\nconsole.log(b);\n",
        files: { 'src/helpers.ts': 'export function ok(v: string) { h1(v); }\nfunction h1(v: string) { h2(v); }\nfunction h2(v: string) { console.log(v); }\n' },
      });
      assert.deepEqual(app.findings.filter((f) => f.ruleId === 'no-personal-data-in-logs').map((f) => f.range.start.line), [3, 6]);
      assert.deepEqual(spots(app), []);
    });
  }

  it('with types: counts a sink-named call on a receiver the checker types as any, not a typed one, not in JavaScript', () => {
    const results = lintProject({
      typeInfo: true,
      code: [
        "import { Thing } from 'not-installed-sdk';",
        'declare const c: { email: string };',
        'const client = new Thing();',
        'client.send(c.email);', // 4: counted
        'declare const svc: { send(v: string): void };',
        'svc.send(c.email);', // 6: typed: not counted
        'declare const anything: any;',
        'anything.map((x: unknown) => x);', // 8: not a sink's method name
      ].join('\n'),
      files: { 'src/legacy.js': "const { Thing } = require('not-installed-sdk');\nconst client = new Thing();\nclient.send(process.argv[2]);\n" },
      lint: ['src/app.ts', 'src/legacy.js'],
    });
    assert.deepEqual(spots(byName(results, 'app.ts')), ['unknownReceiver client.send@4']);
    assert.deepEqual(spots(byName(results, 'legacy.js')), []);
    const untyped = lintProject({ typeInfo: false, code: "import { Thing } from 'not-installed-sdk';\nconst client = new Thing();\nclient.send('x');\n" });
    assert.deepEqual(spots(untyped[0]), [], 'without types, nothing was asked of the checker');
  });

  it('with types: counts a file no tsconfig.json covers in a project that has types, and says why', () => {
    const results = lintProject({
      typeInfo: true,
      filename: 'api/src/app.ts',
      code: 'export const a = 1;\n',
      files: { 'api/tsconfig.json': TSCONFIG, 'scripts/seed.ts': 'export const b = 2;\n' },
      lint: ['api/src/app.ts', 'scripts/seed.ts'],
    });
    assert.equal(byName(results, 'app.ts')!.typeInfo, true);
    assert.deepEqual(spots(byName(results, 'app.ts')), []);
    assert.deepEqual(spots(byName(results, 'seed.ts')), ['untypedFile no-tsconfig']);
    assert.deepEqual(withoutUntypedByDesign(results), results, 'kept: the run has types elsewhere');
    // A run in which no file has types (a JavaScript project without a tsconfig) works from names by design.
    const js = lintProject({ typeInfo: true, code: 'export const a = 1;\n', files: { 'lib/b.ts': 'export const b = 2;\n', 'unrelated/tsconfig.json': '{}' },
      lint: ['src/app.ts', 'lib/b.ts'] });
    assert.ok(js.every((r) => !r.typeInfo));
    assert.deepEqual(js.map(spots), [['untypedFile no-tsconfig'], ['untypedFile no-tsconfig']], 'each lintFiles call says it');
    assert.deepEqual(withoutUntypedByDesign(js).map(spots), [[], []], 'the whole run decides: none had types');
    assert.ok(withoutUntypedByDesign(js).every((r) => !('blindSpots' in r)));
    const none = lintProject({ typeInfo: true, code: 'export const a = 1;\n', files: { 'tsconfig.json': '{ not json' } });
    assert.equal(none[0].typeInfo, false);
    assert.deepEqual(withoutUntypedByDesign(none).map(spots), [['untypedFile tsconfig-unusable']], 'a tsconfig that cannot be used is always said');
  });

  it('with types: counts a file too deep for the checker, linted without types', () => {
    const chain = `interface A { a: A; email: string }\ndeclare const o: A;\nconsole.log(o${'.a'.repeat(400)}.email);\n`;
    const results = lintProject({ typeInfo: true, code: chain, files: { 'src/typed.ts': 'export const t = 1;\n' }, lint: ['src/app.ts', 'src/typed.ts'] });
    assert.equal(byName(results, 'app.ts')!.typeInfo, false);
    assert.deepEqual(spots(byName(results, 'app.ts')), ['untypedFile too-deep']);
    assert.deepEqual(spots(byName(results, 'typed.ts')), []);
  });
});

describe('the evaluation budget of one file', () => {
  const code = [
    'declare const customer: { email: string };',
    'const a = customer.email;',
    'const b = `${a}`;',
    'console.log(b);',
  ].join('\n');

  it('cuts a file whose analysis needs more evaluations than the budget, and says so; a file within it is analysed whole', () => {
    const whole = lintProject({ typeInfo: false, code, files: {} })[0];
    assert.equal(whole.findings.filter((f) => f.ruleId === 'no-personal-data-in-logs').length, 1);
    assert.ok(!spots(whole).some((x) => x.startsWith('depthLimit')));
    const saved = EVALUATION_BUDGET.perFile;
    EVALUATION_BUDGET.perFile = 2;
    try {
      const cut = lintProject({ typeInfo: false, code, files: {} })[0];
      assert.equal(cut.findings.filter((f) => f.ruleId === 'no-personal-data-in-logs').length, 0);
      assert.ok(spots(cut).some((x) => /^depthLimit flow@4$/.test(x)), spots(cut).join('\n'));
    } finally {
      EVALUATION_BUDGET.perFile = saved;
    }
    // The budget is the file's: the next file is analysed whole again.
    const again = lintProject({ typeInfo: false, code, files: {} })[0];
    assert.equal(again.findings.filter((f) => f.ruleId === 'no-personal-data-in-logs').length, 1);
  });
});
