/**
 * "Install into your own project": `npm pack` of the `privacy-lint` package, installed without the network into a
 * fresh project (TypeScript, its only dependency, taken from this repository's node_modules), then
 * `npx privacy-lint` there — exit 1 on a file with a finding, 0 on a clean one. The package ships the CLI as one
 * bundle (engine and rules inside): the workspace packages are private and never published. The ESLint plugin is a
 * second tarball, installed beside ESLint and @typescript-eslint/parser (its peers, linked from this repository like
 * TypeScript): `npx eslint` with its recommended config reports in that project what `npx privacy-lint` reports.
 * The plugin's other supported peers (ESLint 10, TypeScript 5.9) are installed in a second project from the npm cache
 * or the registry, the one step here that may use the network.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(command: string, args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    // No registry: everything must come from the tarball and the local TypeScript.
    env: { ...process.env, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', LANG: 'C' },
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('installing privacy-lint into a project', function () {
  this.timeout(180_000);
  let root: string;
  let project: string;

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lint-install-'));
    project = path.join(root, 'project');
    fs.mkdirSync(path.join(project, 'src'), { recursive: true });
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'customer-app', version: '1.0.0', private: true }));
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('packs the CLI as a bundle whose only dependency is TypeScript', () => {
    const packed = run(npm, ['pack', '--json', '--pack-destination', root], path.join(repoRoot, 'cli'));
    assert.equal(packed.status, 0, packed.stderr);
    const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const files = info!.files.map((f) => f.path).sort();
    assert.ok(files.includes('bundle/privacy-lint.js') && files.includes('bin/privacy-lint.js'), files.join(', '));
    assert.ok(!files.some((f) => f.startsWith('src/')), 'no sources: the bin uses the bundle');
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'cli', 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    assert.deepEqual(Object.keys(manifest.dependencies), ['typescript']);
    fs.renameSync(path.join(root, info!.filename), path.join(root, 'privacy-lint.tgz'));
  });

  it('the CLI package is a command: it names no module entry it cannot load, and ships no unbundled code', () => {
    // `main` pointed at dist/main.js, which npm packs whatever `files` says and which requires the private
    // workspace packages: `require('privacy-lint')` failed in every project that installed it.
    const listed = run('tar', ['-tzf', path.join(root, 'privacy-lint.tgz')], root);
    assert.equal(listed.status, 0, listed.stderr);
    assert.deepEqual(listed.stdout.split('\n').filter(Boolean).sort(),
      ['package/bin/privacy-lint.js', 'package/bundle/privacy-lint.js', 'package/package.json']);
    const packed = run('tar', ['-xzOf', path.join(root, 'privacy-lint.tgz'), 'package/package.json'], root);
    const manifest = JSON.parse(packed.stdout) as Record<string, unknown>;
    for (const key of ['main', 'types', 'typings', 'exports', 'module']) assert.equal(manifest[key], undefined, `${key} in the packed package.json`);
    assert.deepEqual(manifest.bin, { 'privacy-lint': 'bin/privacy-lint.js' });
  });

  it('packs the ESLint plugin as a bundle whose only requirements are its peers: ESLint, the parser and TypeScript', () => {
    const packed = run(npm, ['pack', '--json', '--pack-destination', root], path.join(repoRoot, 'eslint-plugin'));
    assert.equal(packed.status, 0, packed.stderr);
    const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const files = info!.files.map((f) => f.path).sort();
    assert.deepEqual(files, ['README.md', 'bundle/index.js', 'index.d.ts', 'index.js', 'package.json']);
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'eslint-plugin', 'package.json'), 'utf8')) as {
      name: string; dependencies?: Record<string, string>; peerDependencies: Record<string, string>;
    };
    assert.equal(manifest.name, 'eslint-plugin-privacy-lint');
    assert.equal(manifest.dependencies, undefined);
    assert.deepEqual(Object.keys(manifest.peerDependencies).sort(), ['@typescript-eslint/parser', 'eslint', 'typescript']);
    fs.renameSync(path.join(root, info!.filename), path.join(root, 'eslint-plugin-privacy-lint.tgz'));
  });

  it('installs offline next to a local TypeScript (and ESLint with its parser for the plugin)', () => {
    const local = (name: string) => path.join(repoRoot, 'node_modules', name);
    const installed = run(npm, ['install', '--no-save', local('typescript'), local('eslint'), local('@typescript-eslint/parser'),
      path.join(root, 'privacy-lint.tgz'), path.join(root, 'eslint-plugin-privacy-lint.tgz')], project);
    assert.equal(installed.status, 0, installed.stderr);
    assert.ok(fs.existsSync(path.join(project, 'node_modules', 'privacy-lint', 'bundle', 'privacy-lint.js')));
    assert.ok(fs.existsSync(path.join(project, 'node_modules', 'eslint-plugin-privacy-lint', 'bundle', 'index.js')));
    assert.ok(!fs.existsSync(path.join(project, 'node_modules', '@privacy-lint')), 'the workspace packages are inside the bundles');
    // The CLI is a command, not a module: requiring it says there is no entry (not that a private package is missing).
    const required = run(process.execPath, ['-e', "try { require('privacy-lint'); console.log('loaded'); } catch (e) { console.log(e.code, e.message.split('\\n')[0]); }"], project);
    assert.match(required.stdout, /^MODULE_NOT_FOUND Cannot find module 'privacy-lint'/);
  });

  it('`npx privacy-lint` exits with 1 on a finding (types used) and 0 on clean code', () => {
    fs.writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, target: 'es2022', module: 'commonjs' } }));
    fs.writeFileSync(path.join(project, 'src', 'types.ts'), 'export interface Customer {\n  id: string;\n  email: string;\n}\n');
    fs.writeFileSync(path.join(project, 'src', 'leak.ts'),
      "import type { Customer } from './types';\ndeclare function find(id: string): Customer;\nexport function show(id: string): void {\n  const record = find(id);\n  console.log(record);\n}\n");
    fs.writeFileSync(path.join(project, 'src', 'clean.ts'), "export function show(id: string): void {\n  console.log('shown', id);\n}\n");
    const dirty = run(npx, ['--no-install', 'privacy-lint', '-f', 'json', 'src/leak.ts'], project);
    assert.equal(dirty.status, 1, dirty.stderr);
    const [result] = JSON.parse(dirty.stdout) as Array<{ messages: Array<{ ruleId: string; line: number }> }>;
    assert.deepEqual(result!.messages.map((m) => `${m.line}:${m.ruleId}`), ['5:no-personal-data-in-logs'], 'found through the type Customer');
    const clean = run(npx, ['--no-install', 'privacy-lint', 'src/clean.ts'], project);
    assert.equal(clean.status, 0, clean.stdout + clean.stderr);
    assert.equal(clean.stdout, '');
    const version = run(npx, ['--no-install', 'privacy-lint', '--version'], project);
    assert.equal(version.stdout.trim(), JSON.parse(fs.readFileSync(path.join(repoRoot, 'cli', 'package.json'), 'utf8')).version);
  });

  it('`npx eslint` with the installed plugin reports what `npx privacy-lint` reports (types through projectService)', () => {
    fs.writeFileSync(path.join(project, 'eslint.config.mjs'), [
      "import privacyLint from 'eslint-plugin-privacy-lint';",
      '',
      'export default [',
      '  privacyLint.configs.recommended,',
      '  { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },',
      "  { settings: { 'privacy-lint': { locale: 'ja' } } },",
      '];',
      '',
    ].join('\n'));
    // Only the type checker knows what a generic repository returns: a finding here means the plugin had types.
    fs.writeFileSync(path.join(project, 'src', 'generic.ts'), "import type { Customer } from './types';\n"
      + "declare class Repository<T> { find(id: string): T }\ndeclare const store: Repository<Customer>;\n"
      + "export function show(id: string): void {\n  const record = store.find(id);\n  console.log(record);\n}\n");
    type Results = Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number; message: string }> }>;
    const eslint = run(npx, ['--no-install', 'eslint', '-f', 'json', 'src/leak.ts', 'src/generic.ts', 'src/clean.ts'], project);
    assert.equal(eslint.status, 1, eslint.stdout + eslint.stderr);
    const cli = run(npx, ['--no-install', 'privacy-lint', '-f', 'json', '--locale', 'ja', 'src/leak.ts', 'src/generic.ts', 'src/clean.ts'], project);
    assert.equal(cli.status, 1, cli.stderr);
    const byFile = (results: Results, prefix: string) => Object.fromEntries(results.map((r) => [path.basename(r.filePath),
      r.messages.map((m) => `${m.line}:${m.column} ${prefix}${m.ruleId} ${m.message}`)]));
    const found = byFile(JSON.parse(eslint.stdout) as Results, '');
    assert.deepEqual(found, byFile(JSON.parse(cli.stdout) as Results, 'privacy-lint/'));
    assert.deepEqual(['leak.ts', 'generic.ts', 'clean.ts'].map((name) => found[name]?.length), [1, 1, 0]);
    assert.match(found['generic.ts']![0]!, /^6:15 privacy-lint\/no-personal-data-in-logs .*`Customer` 型/);
    fs.rmSync(path.join(project, 'eslint.config.mjs'));
    fs.rmSync(path.join(project, 'src', 'generic.ts'));
  });

  it('the plugin installs and reports the same on ESLint 10 with TypeScript 5.9 (its other supported peers)', () => {
    // ESLint 10 is npm's `latest`; TypeScript 5.9 is the last 5.x. Neither is in this repository's node_modules, so
    // they come from the npm cache or the registry (the only test here that may use it), pinned to the versions
    // checked. The peers must be one copy each: the parser and the plugin share the project's TypeScript.
    const other = path.join(root, 'eslint10-ts59');
    fs.mkdirSync(path.join(other, 'src'), { recursive: true });
    fs.writeFileSync(path.join(other, 'package.json'), JSON.stringify({ name: 'older-typescript-app', version: '1.0.0', private: true, type: 'module' }));
    fs.writeFileSync(path.join(other, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, target: 'es2022', module: 'nodenext' }, include: ['src'] }));
    for (const name of ['types.ts', 'leak.ts', 'clean.ts']) {
      fs.writeFileSync(path.join(other, 'src', name), fs.readFileSync(path.join(project, 'src', name), 'utf8').replace("from './types'", "from './types.js'"));
    }
    fs.writeFileSync(path.join(other, 'src', 'generic.ts'), "import type { Customer } from './types.js';\n"
      + "declare class Repository<T> { find(id: string): T }\ndeclare const store: Repository<Customer>;\n"
      + "export function show(id: string): void {\n  const record = store.find(id);\n  console.log(record);\n}\n");
    fs.writeFileSync(path.join(other, 'eslint.config.js'), [
      "import privacyLint from 'eslint-plugin-privacy-lint';",
      'export default [',
      "  { ignores: ['eslint.config.js'] },",
      '  privacyLint.configs.recommended,',
      '  { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },',
      '];',
      '',
    ].join('\n'));
    const installed = spawnSync(npm, ['install', '--prefer-offline', '--no-save', 'eslint@10.16.0', 'typescript@5.9.3',
      `@typescript-eslint/parser@${JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules', '@typescript-eslint', 'parser', 'package.json'), 'utf8')).version}`,
      path.join(root, 'eslint-plugin-privacy-lint.tgz')], {
      cwd: other, encoding: 'utf8', timeout: 150_000,
      env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' },
    });
    assert.equal(installed.status, 0, installed.stderr);
    const version = (name: string) => (JSON.parse(fs.readFileSync(path.join(other, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    assert.deepEqual([version('eslint'), version('typescript')], ['10.16.0', '5.9.3']);
    type Results = Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number }> }>;
    const eslint = run(npx, ['--no-install', 'eslint', '-f', 'json', 'src'], other);
    assert.equal(eslint.status, 1, eslint.stdout + eslint.stderr);
    const found = Object.fromEntries((JSON.parse(eslint.stdout) as Results).map((r) => [path.basename(r.filePath),
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)]));
    assert.deepEqual(found, {
      'clean.ts': [],
      'generic.ts': ['6:15 privacy-lint/no-personal-data-in-logs'], // only with types: TypeScript 5.9's program was used
      'leak.ts': ['5:15 privacy-lint/no-personal-data-in-logs'],
      'types.ts': [],
    });
  });

  it('`init`, `--fix`, `--cache` and `--concurrency` work from the installed bundle', () => {
    const init = run(npx, ['--no-install', 'privacy-lint', 'init'], project);
    assert.equal(init.status, 0, init.stderr);
    assert.ok(fs.readFileSync(path.join(project, 'privacy-lint.json'), 'utf8').includes('"permittedModules"'));
    fs.writeFileSync(path.join(project, 'src', 'stale.ts'), "// privacy-lint-disable-next-line no-personal-data-in-logs -- legacy\nconsole.log('ok');\n");
    const fixed = run(npx, ['--no-install', 'privacy-lint', '--fix', '--cache', 'src/stale.ts'], project);
    assert.equal(fixed.stderr, 'privacy-lint: fixed 1 problem in 1 file.\n');
    assert.equal(fs.readFileSync(path.join(project, 'src', 'stale.ts'), 'utf8'), "console.log('ok');\n");
    assert.ok(fs.existsSync(path.join(project, '.privacy-lint-cache')));
    // Two projects, so two worker threads start from the bundle's own file.
    fs.mkdirSync(path.join(project, 'admin', 'src'), { recursive: true });
    fs.writeFileSync(path.join(project, 'admin', 'tsconfig.json'), '{ "include": ["src"] }\n');
    fs.copyFileSync(path.join(project, 'src', 'leak.ts'), path.join(project, 'admin', 'src', 'leak.ts'));
    fs.copyFileSync(path.join(project, 'src', 'types.ts'), path.join(project, 'admin', 'src', 'types.ts'));
    const single = run(npx, ['--no-install', 'privacy-lint', '-f', 'json'], project);
    const threaded = run(npx, ['--no-install', 'privacy-lint', '-f', 'json', '--concurrency', '2'], project);
    assert.equal(threaded.stderr, '');
    assert.equal(threaded.status, 1);
    assert.equal(threaded.stdout, single.stdout);
  });
});
