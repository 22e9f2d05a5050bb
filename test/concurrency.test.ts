/**
 * `--concurrency`: TypeScript projects linted on worker threads give exactly the output of one thread.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigResolver, lintFiles } from '@privacy-lint/engine';
import { allRules, ruleCatalog } from '@privacy-lint/rules';
import { lintInWorkers, parseConcurrency, projectUnits, threadCount } from 'privacy-lint/dist/concurrency';
import { tempDir } from './helpers/temp';

const bin = path.join(path.resolve(__dirname, '..', '..'), 'cli', 'bin', 'privacy-lint.js');

function cli(dir: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir, env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C' }, encoding: 'utf8', timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Three packages with a tsconfig.json each, and a loose script outside any project. */
function monorepo(): string {
  const dir = tempDir('privacy-lint-concurrency-');
  const write = (name: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  };
  for (const pkg of ['billing', 'crm', 'web']) {
    write(`packages/${pkg}/tsconfig.json`, '{ "compilerOptions": { "strict": true }, "include": ["src"] }\n');
    write(`packages/${pkg}/src/customer.ts`, 'export interface Customer { id: string; email: string }\n');
    // `c` is personal through its type, declared in another file of the project.
    write(`packages/${pkg}/src/${pkg}.ts`, [
      "import type { Customer } from './customer';",
      'export function send(c: Customer) {',
      "  // privacy-lint-disable-next-line no-my-number-transfer -- legacy",
      '  console.log(c);',
      `  return fetch('https://api.${pkg}.co.jp/x', { method: 'POST', body: JSON.stringify(c) });`,
      '}',
      '',
    ].join('\n'));
  }
  write('scripts/seed.js', "console.log(user.email);\n");
  return dir;
}

describe('--concurrency', function () {
  this.timeout(120_000);

  it('groups the files by TypeScript project, largest first; one unit without types', () => {
    const dir = monorepo();
    const files = ['packages/billing/src/billing.ts', 'packages/billing/src/customer.ts', 'packages/crm/src/crm.ts', 'scripts/seed.js']
      .map((f) => path.join(dir, f));
    assert.deepEqual(projectUnits(files, true).map((unit) => unit.map((f) => path.relative(dir, f))), [
      ['packages/billing/src/billing.ts', 'packages/billing/src/customer.ts'],
      ['packages/crm/src/crm.ts'],
      ['scripts/seed.js'],
    ]);
    assert.deepEqual(projectUnits(files, false), [files]);
    assert.equal(threadCount(2, 3), 2);
    assert.equal(threadCount(8, 3), 3);
    assert.equal(threadCount('off', 3), 1);
    // auto: half the cores (one thread keeps about 1.5 cores busy), never more than the units, at least one.
    assert.deepEqual([1, 2, 3, 4, 8].map((cores) => threadCount('auto', 100, cores)), [1, 1, 1, 2, 4]);
    assert.equal(threadCount('auto', 3, 16), 3);
    assert.deepEqual(['4', 'auto', 'off', '0', '-1', 'x', '1.5'].map(parseConcurrency), [4, 'auto', 'off', undefined, undefined, undefined, undefined]);
  });

  it('lints the projects in worker threads with the same results as lintFiles on one thread', async () => {
    const dir = monorepo();
    const files = ['billing', 'crm', 'web'].flatMap((p) => [`packages/${p}/src/${p}.ts`, `packages/${p}/src/customer.ts`])
      .concat('scripts/seed.js').map((f) => path.join(dir, f));
    const resolver = new ConfigResolver({ catalog: ruleCatalog, cwd: dir });
    const single = lintFiles({ files, rules: [...allRules], configFor: (f) => resolver.forFile(f).config, typeInfo: true });
    const threaded = await lintInWorkers(files, projectUnits(files, true), 2, { cwd: dir, includeTests: false, typeInfo: true, overrides: {} });
    assert.deepEqual(threaded.results, single);
    assert.ok(single.some((r) => r.typeInfo && r.findings.some((f) => f.ruleId === 'no-unguarded-external-transfer')));
    // Text given in place of the file on disk (standard input, fixed text) reaches the workers.
    const text = 'export const nothing = 1;\n';
    const replaced = await lintInWorkers(files, projectUnits(files, true), 2, { cwd: dir, includeTests: false, typeInfo: true, overrides: { [files[0]!]: text } });
    assert.deepEqual(replaced.results[0]!.findings, []);
  });

  it('gives the same report from the command line, with --fix-dry-run too', () => {
    const dir = monorepo();
    for (const [args, threads] of [[['-f', 'sarif'], 'auto'], [['--fix-dry-run', '-f', 'json'], '2']] as const) {
      const one = cli(dir, [...args]);
      assert.equal(one.status, 1, one.stderr);
      assert.deepEqual(cli(dir, [...args, '--concurrency', threads]), one, `${args.join(' ')} --concurrency ${threads}`);
    }
    assert.ok(cli(dir, ['--fix-dry-run', '-f', 'json', '--concurrency', '2']).stdout.includes('"output"'));
    // What the run could not see is decided over the whole run, whichever thread linted the file: the loose script
    // outside every project is a blind spot of a run whose other files have types.
    const sarif = JSON.parse(cli(dir, ['-f', 'sarif', '--concurrency', '2']).stdout) as { runs: Array<{ properties: { blindSpots: Record<string, number> } }> };
    assert.equal(sarif.runs[0]!.properties.blindSpots.untypedFile, 1);
  });

  it('rejects a value that is not a number of threads, auto or off', () => {
    const dir = tempDir('privacy-lint-concurrency-');
    const run = cli(dir, ['--concurrency', '0']);
    assert.equal(run.status, 2);
    assert.equal(run.stderr, "privacy-lint: --concurrency expects a number of threads (1 or more), auto or off, got '0'\nRun 'privacy-lint --help' to see the options.\n");
  });
});
