/**
 * What the `.vsix` ships: the manifest's promises (VS Code 1.100, every string in both languages, the schema), the
 * allow-list of files, and the bundles themselves — the bundled server and CLI must find the TypeScript they ship
 * and report exactly what the workspace packages report. Needs `npm run bundle` (run by `npm test` first).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { LspTestClient } from './helpers/lsp-client';

const repoRoot = path.resolve(__dirname, '..', '..');
const client = path.join(repoRoot, 'client');
/** The extension's manifest is the root package.json (the workspace root too), as in lsp-sample and vscode-eslint. */
const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const nls = (locale: '' | '.ja'): Record<string, string> => JSON.parse(fs.readFileSync(path.join(repoRoot, `package.nls${locale}.json`), 'utf8'));

describe('the VS Code extension package', function () {
  this.timeout(120000);

  before(() => {
    assert.ok(fs.existsSync(path.join(client, 'dist', 'server.js')), 'run `npm run bundle` first (npm test does)');
  });

  it('runs on VS Code 1.100 and is typed against no newer API', () => {
    assert.equal(manifest.engines.vscode, '^1.100.0');
    const clientPackage = JSON.parse(fs.readFileSync(path.join(client, 'package.json'), 'utf8'));
    assert.equal(clientPackage.devDependencies['@types/vscode'], '1.100.0');
  });

  it('is the root package.json: the workspace root, its entry points in client/, and no second manifest', () => {
    assert.equal(`${manifest.publisher}.${manifest.name}`, 'corezo.privacy-lint-vscode');
    assert.deepEqual(manifest.workspaces, ['engine', 'rules', 'cli', 'server', 'client', 'eslint-plugin']);
    assert.equal(manifest.main, './client/dist/extension.js');
    assert.ok(fs.existsSync(path.join(repoRoot, manifest.l10n, 'bundle.l10n.ja.json')));
    assert.ok(fs.existsSync(path.join(repoRoot, '.vscodeignore')) && !fs.existsSync(path.join(client, '.vscodeignore')));
    const clientPackage = JSON.parse(fs.readFileSync(path.join(client, 'package.json'), 'utf8'));
    assert.equal(clientPackage.contributes, undefined);
    assert.equal(clientPackage.main, undefined);
  });

  it('has every manifest string in English and Japanese, and the l10n bundle covers the same keys', () => {
    const keys = Array.from(JSON.stringify(manifest).matchAll(/"%([^"%]+)%"/g), (m) => m[1]);
    assert.ok(keys.length >= 15, `${keys.length} localized manifest strings`);
    const en = nls('');
    const ja = nls('.ja');
    for (const key of keys) {
      assert.ok(en[key], `package.nls.json has ${key}`);
      assert.ok(ja[key] && (ja[key] !== en[key] || en[key] === 'Privacy Lint'), `package.nls.ja.json translates ${key}`);
    }
    const bundle = JSON.parse(fs.readFileSync(path.join(client, 'l10n', 'bundle.l10n.ja.json'), 'utf8')) as Record<string, string>;
    const source = fs.readdirSync(path.join(client, 'src')).map((f) => fs.readFileSync(path.join(client, 'src', f), 'utf8')).join('\n');
    const used = Array.from(source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g), (m) => m[1].replace(/\\'/g, "'"));
    assert.ok(used.length > 5, `${used.length} l10n.t strings in client/src`);
    for (const text of used) assert.ok(bundle[text], `bundle.l10n.ja.json translates "${text}"`);
  });

  it('says "1 privacy finding" and "2 privacy findings" (status bar, Scan Workspace), in Japanese too', () => {
    const { findingsLine, scanSummary } = require(path.join(client, 'out', 'counts.js')) as {
      findingsLine(n: number, l10n: { t(m: string, ...a: Array<string | number | boolean>): string }): string;
      scanSummary(files: number, findings: number, l10n: { t(m: string, ...a: Array<string | number | boolean>): string }): string;
    };
    const bundle = JSON.parse(fs.readFileSync(path.join(client, 'l10n', 'bundle.l10n.ja.json'), 'utf8')) as Record<string, string>;
    const l10n = (texts: Record<string, string> | undefined) => ({
      t: (message: string, ...args: Array<string | number | boolean>) => (texts?.[message] ?? message).replace(/\{(\d+)\}/g, (_m, i: string) => String(args[Number(i)])),
    });
    const en = l10n(undefined);
    assert.equal(findingsLine(1, en), '1 privacy finding. Click to open the Problems view.');
    assert.equal(findingsLine(0, en), '0 privacy findings. Click to open the Problems view.');
    assert.equal(findingsLine(2, en), '2 privacy findings. Click to open the Problems view.');
    assert.deepEqual([[1, 1], [1, 3], [4, 1], [4, 3]].map(([files, findings]) => scanSummary(files, findings, en)), [
      'Privacy Lint: scanned 1 file, 1 finding.', 'Privacy Lint: scanned 1 file, 3 findings.',
      'Privacy Lint: scanned 4 files, 1 finding.', 'Privacy Lint: scanned 4 files, 3 findings.',
    ]);
    assert.equal(findingsLine(1, l10n(bundle)), 'プライバシーの問題 1 件。クリックすると問題ビューを開きます。');
    assert.equal(scanSummary(1, 1, l10n(bundle)), 'Privacy Lint: 1 ファイルをスキャンし、1 件の問題が見つかりました。');
  });

  it('contributes the settings, commands, activation and workspace-trust promises the issue lists', () => {
    const settings = Object.keys(manifest.contributes.configuration.properties).sort();
    assert.deepEqual(settings, ['privacyLint.configFile', 'privacyLint.enable', 'privacyLint.locale', 'privacyLint.run', 'privacyLint.trace.server', 'privacyLint.typeInfo']);
    for (const key of settings.filter((k) => k !== 'privacyLint.trace.server')) {
      assert.equal(manifest.contributes.configuration.properties[key].scope, 'resource', key);
    }
    assert.deepEqual(manifest.contributes.commands.map((c: { command: string }) => c.command).sort(),
      ['privacyLint.createConfigFile', 'privacyLint.fixAll', 'privacyLint.restartServer', 'privacyLint.scanWorkspace', 'privacyLint.showOutput']);
    assert.ok(manifest.activationEvents.includes('onLanguage:typescript') && manifest.activationEvents.includes('onLanguage:javascript'));
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(manifest.capabilities.virtualWorkspaces.supported, 'limited');
  });

  it('the client calls only commands the server offers, and listens to the notification the server sends', () => {
    // The client may not import the server (it runs in VS Code's process): the contract is two copies, kept equal here.
    const { Commands, StatusNotification } = require(path.join(repoRoot, 'server', 'dist', 'commands.js')) as { Commands: Record<string, string>; StatusNotification: string };
    const protocol = fs.readFileSync(path.join(client, 'src', 'protocol.ts'), 'utf8');
    const used = Array.from(protocol.matchAll(/'(privacy-lint\.[A-Za-z]+)'/g), (m) => m[1]);
    assert.ok(used.length >= 3, `${used.length} server commands in client/src/protocol.ts`);
    for (const command of used) assert.ok(Object.values(Commands).includes(command), `the server offers ${command}`);
    assert.ok(protocol.includes(`'${StatusNotification}'`), `the client listens to ${StatusNotification}`);
  });

  it('gives privacy-lint.json completion and hovers from the CLI\'s schema, but leaves the errors to the server (each shows once)', () => {
    const [validation] = manifest.contributes.jsonValidation;
    assert.equal(validation.fileMatch, 'privacy-lint.json');
    const shipped = JSON.parse(fs.readFileSync(path.join(repoRoot, validation.url), 'utf8')) as Record<string, unknown>;
    const cliSchema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'schemas', 'privacy-lint.schema.json'), 'utf8')) as Record<string, unknown>;
    // Completion: every key the CLI knows, with its description, in the same place.
    const keys = (schema: Record<string, unknown>): string[] => {
      const out: string[] = [];
      const walk = (node: unknown, at: string): void => {
        if (Array.isArray(node)) { node.forEach((n, i) => walk(n, `${at}/${i}`)); return; }
        if (!node || typeof node !== 'object') return;
        for (const [k, v] of Object.entries(node)) {
          if (k === 'properties') for (const [name, child] of Object.entries(v as object)) out.push(`${at}/${name}: ${(child as { description?: string }).description}`);
          walk(v, `${at}/${k}`);
        }
      };
      walk(schema, '');
      return out.map((k) => k.replace(/\/(oneOf|anyOf|allOf)\//g, '/of/'));
    };
    assert.deepEqual(keys(shipped), keys(cliSchema));
    // Values to complete: the CLI's enums (presets, severities) as examples.
    assert.ok(JSON.stringify(shipped).includes('"recommended"') && JSON.stringify(shipped).includes('"strict"'));
    // No errors from VS Code's own check: configs the CLI rejects are fine for the shipped schema.
    const ajv = new Ajv({ strict: false, allErrors: true });
    const vscodeCheck = ajv.compile(shipped);
    const cliCheck = new Ajv({ strict: false, allErrors: true }).compile(cliSchema);
    for (const broken of [
      { consentGuardz: ['hasConsent'] },
      { extends: 'strictest', rules: { 'no-personal-data-in-logs': 'loud' } },
      { transfers: { processors: [{ host: 'a b/c', country: 'jp' }] } },
      { ignores: 'dist/**', myNumber: { permittedModules: [1] } },
    ]) {
      assert.equal(cliCheck(broken), false, `the CLI rejects ${JSON.stringify(broken)}`);
      assert.equal(vscodeCheck(broken), true, `VS Code reports nothing for ${JSON.stringify(broken)}: ${JSON.stringify(vscodeCheck.errors)}`);
    }
    assert.equal(shipped.allowComments, true);
    assert.equal(shipped.allowTrailingCommas, true);
  });

  it('ships only the allow-listed files: bundles, schema, docs, TypeScript, manifest and texts', () => {
    const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
    // At the root, as `npm run package` runs it: the root .vscodeignore decides.
    const ls = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies', '--readme-path', 'client/README.md'], { cwd: repoRoot, encoding: 'utf8' });
    assert.equal(ls.status, 0, ls.stderr);
    const files = ls.stdout.trim().split('\n').map((f) => f.trim()).filter(Boolean);
    const allowed = [/^package(\.nls(\.ja)?)?\.json$/, /^client\/(README|CHANGELOG)\.md$/, /^LICENSE$/, /^client\/l10n\/bundle\.l10n\.ja\.json$/,
      /^client\/dist\/(extension|server|cli)\.js(\.map)?$/, /^client\/dist\/privacy-lint\.schema\.json$/, /^client\/dist\/docs\/[\w-]+\.md$/, /^client\/dist\/typescript\//];
    const unexpected = files.filter((f) => !allowed.some((re) => re.test(f)));
    assert.deepEqual(unexpected, []);
    for (const must of ['package.json', 'LICENSE', 'client/dist/extension.js', 'client/dist/server.js', 'client/dist/cli.js', 'client/dist/privacy-lint.schema.json',
      'client/dist/typescript/lib/typescript.js', 'client/dist/typescript/lib/lib.es2022.d.ts']) {
      assert.ok(files.includes(must), `the package has ${must}`);
    }
    const ruleDocs = fs.readdirSync(path.join(repoRoot, 'rules', 'docs')).filter((f) => f.endsWith('.md'));
    for (const doc of ruleDocs) assert.ok(files.includes(`client/dist/docs/${doc}`), doc);
    assert.ok(!files.some((f) => /(^|\/)src\//.test(f) || f.includes('node_modules')), 'no sources or node_modules');
  });

  it('the bundled CLI reports exactly what the workspace CLI reports (types included)', () => {
    const run = (bin: string): string => {
      const r = spawnSync(process.execPath, [bin, 'examples/shop-app', '-f', 'json'], { cwd: repoRoot, encoding: 'utf8' });
      assert.equal(r.status, 1, r.stderr);
      return r.stdout;
    };
    assert.equal(run(path.join(client, 'dist', 'cli.js')), run(path.join(repoRoot, 'cli', 'bin', 'privacy-lint.js')));
  });

  it('the bundled server lints with types like the workspace server', async () => {
    const folder = path.join(repoRoot, 'examples', 'shop-app');
    const file = path.join(folder, 'src', 'customers', 'members.ts');
    const text = fs.readFileSync(file, 'utf8');
    const results: unknown[] = [];
    for (const command of [undefined, { file: process.execPath, args: [path.join(client, 'dist', 'server.js'), '--stdio'] }]) {
      const lsp = await LspTestClient.start({ folders: [folder], command });
      try {
        results.push((await lsp.open(file, text)).map((d) => [d.code, d.range, d.message]));
      } finally {
        await lsp.stop();
      }
    }
    assert.equal((results[0] as unknown[]).length, 2, 'members.ts has a typed finding (a `Member` is personal by config) and a transfer');
    assert.deepEqual(results[1], results[0]);
  });
});
