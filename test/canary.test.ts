/**
 * Canary: a project whose code holds a (fake) e-mail address and My Number, and whose privacy-lint.json is a
 * symlink to a file of (fake) secrets outside the project. None of those values may appear in anything Privacy Lint
 * prints: the CLI in every format (stdout, stderr and the -o file, in English and Japanese), and the language
 * server's diagnostics, hovers, code actions, notifications and log lines (everything it writes to the client is
 * checked, not only the messages a test asks for), also with the linked privacy-lint.json open in the editor.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { formatNames } from 'privacy-lint/dist/formatters';
import { reportFormats } from 'privacy-lint/dist/report/command';
import { LspTestClient } from './helpers/lsp-client';
import { tempDir } from './helpers/temp';

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'cli', 'bin', 'privacy-lint.js');

const EMAIL = 'canary.person@example.com';
const MY_NUMBER = '123456789018';
const SECRETS = ['sk_live_CANARYf00dfeed1234', 'CanaryPassw0rd!', 'canary-db.internal.example'];
const CANARIES = [EMAIL, MY_NUMBER, ...SECRETS];

const CODE = [
  'export interface Customer { id: string; email: string; myNumber: string }',
  `const customer: Customer = { id: 'c1', email: '${EMAIL}', myNumber: '${MY_NUMBER}' };`,
  'console.log(customer.email);',
  'console.log(customer.myNumber);',
  'export function send(): void {',
  `  fetch('https://api.analytics-example.com/t', { method: 'POST', body: JSON.stringify({ mail: customer.email, n: customer.myNumber }) });`,
  '}',
  '',
].join('\n');

/** The values found in `text`, with a little context. */
function leaks(text: string): string[] {
  return CANARIES.filter((c) => text.includes(c)).map((c) => {
    const at = text.indexOf(c);
    return `${c} in …${text.slice(Math.max(0, at - 60), at + c.length + 20)}…`;
  });
}

/** The secrets file the config links to: an .env file (JSON syntax errors) or JSON (unknown keys and rules, wrong values). */
const SECRET_FILES = {
  env: `API_TOKEN=${SECRETS[0]}\nDB_PASSWORD=${SECRETS[1]}\nDB_HOST=${SECRETS[2]}\n`,
  json: JSON.stringify({ [SECRETS[0]]: 'token', rules: { [SECRETS[1]]: 'error', 'no-personal-data-in-logs': SECRETS[1] }, ignores: SECRETS[2], transfers: { internalHosts: [SECRETS[2], 7] } }, null, 2),
};
type SecretKind = keyof typeof SECRET_FILES;

/** root/secrets.(env|json) and root/project, whose privacy-lint.json is a link to the secrets file. */
function canaryProject(kind: SecretKind = 'env'): { root: string; project: string } {
  const root = tempDir('privacy-lint-canary-');
  const secrets = path.join(root, `secrets.${kind}`);
  fs.writeFileSync(secrets, SECRET_FILES[kind]);
  const project = path.join(root, 'project');
  fs.mkdirSync(path.join(project, 'src'), { recursive: true });
  fs.writeFileSync(path.join(project, 'src', 'customers.ts'), CODE);
  fs.writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, lib: ['ES2022', 'DOM'] }, include: ['src'] }));
  fs.symlinkSync(secrets, path.join(project, 'privacy-lint.json'));
  return { root, project };
}

describe('canary: no value from the code or the secrets file is ever printed', function () {
  this.timeout(60_000);

  for (const format of formatNames) {
    it(`the CLI (--format ${format}): findings in the code print none of its values`, () => {
      const { project } = canaryProject();
      fs.writeFileSync(path.join(project, 'valid.json'), '{ "extends": "recommended" }');
      // In Japanese without types (a quicker run; the messages are what differs).
      for (const locale of ['en', 'ja']) {
        const report = path.join(project, `report-${locale}.out`);
        const args = ['--format', format, '--locale', locale, ...(locale === 'ja' ? ['--no-type-info'] : []), '--config', 'valid.json', '-o', report, 'src'];
        const run = spawnSync(process.execPath, [CLI, ...args], { cwd: project, encoding: 'utf8' });
        assert.equal(run.status, 1, `the code has findings: ${run.stdout}${run.stderr}`);
        const written = fs.readFileSync(report, 'utf8');
        assert.ok(written.length > 0, 'the report was written');
        assert.deepEqual(leaks(run.stdout + run.stderr + written), []);
      }
    });

    it(`the CLI (--format ${format}): the privacy-lint.json symlinked to a secrets file is reported without its contents`, () => {
      for (const kind of Object.keys(SECRET_FILES) as SecretKind[]) {
        const { project } = canaryProject(kind);
        for (const locale of kind === 'env' ? ['en', 'ja'] : ['en']) {
          const run = spawnSync(process.execPath, [CLI, '--format', format, '--locale', locale, '.'], { cwd: project, encoding: 'utf8' });
          assert.equal(run.status, 2, 'the broken config stops the run');
          assert.match(run.stdout + run.stderr, /privacy-lint\.json:\d+:\d+/, 'the error still says where');
          assert.deepEqual(leaks(run.stdout + run.stderr), [], `${kind}, ${locale}`);
        }
      }
    });
  }

  for (const format of Object.keys(reportFormats)) {
    it(`privacy-lint report (--format ${format}): the record names the data sent, never a value; the linked config is not quoted`, () => {
      const { project } = canaryProject();
      fs.writeFileSync(path.join(project, 'valid.json'), '{ "extends": "recommended" }');
      const texts: string[] = [];
      for (const locale of ['en', 'ja']) {
        const record = path.join(project, `record-${locale}.out`);
        const args = ['report', '--format', format, '--locale', locale, ...(locale === 'ja' ? ['--no-type-info'] : []), '--config', 'valid.json', '-o', record, 'src'];
        const run = spawnSync(process.execPath, [CLI, ...args], { cwd: project, encoding: 'utf8' });
        assert.equal(run.status, 0, run.stderr);
        const written = fs.readFileSync(record, 'utf8');
        assert.match(written, /analytics-example\.com/, 'the record lists the destination');
        texts.push(run.stdout, run.stderr, written);
      }
      const broken = spawnSync(process.execPath, [CLI, 'report', '--format', format, '.'], { cwd: project, encoding: 'utf8' });
      assert.equal(broken.status, 2, 'the broken config stops the record');
      assert.match(broken.stdout + broken.stderr, /privacy-lint\.json:1:1/, 'the config error still says where');
      texts.push(broken.stdout, broken.stderr);
      assert.deepEqual(leaks(texts.join('\n')), []);
    });
  }

  it('the CLI: --print-config and --write-baseline print and write none of the values', () => {
    const { project } = canaryProject();
    const printed = spawnSync(process.execPath, [CLI, '--print-config', 'src/customers.ts'], { cwd: project, encoding: 'utf8' });
    assert.equal(printed.status, 2, 'the broken config is an error');
    fs.writeFileSync(path.join(project, 'valid.json'), '{ "extends": "recommended" }');
    const baseline = path.join(project, 'baseline.json');
    const written = spawnSync(process.execPath, [CLI, '--config', 'valid.json', '--write-baseline', baseline, 'src'], { cwd: project, encoding: 'utf8' });
    assert.equal(written.status, 0, written.stderr);
    assert.deepEqual(leaks(printed.stdout + printed.stderr + written.stdout + written.stderr + fs.readFileSync(baseline, 'utf8')), []);
  });

  /**
   * The server with the project as its folder (the secrets file is outside the workspace), or with the folder
   * above it (the secrets file is in the workspace, but outside the folder of the config that links to it). Each
   * time privacy-lint.json is also opened in the editor, which shows the link's target, and every message the
   * server writes to the client is checked.
   */
  for (const [kind, folder] of [['env', 'project'], ['json', 'project'], ['env', 'root'], ['json', 'root']] as Array<[SecretKind, 'project' | 'root']>) {
    it(`the language server (a ${kind} secrets file, the ${folder} as the workspace): diagnostics, hovers, code actions, notifications and log lines`, async () => {
      const dirs = canaryProject(kind);
      const { project } = dirs;
      const client = await LspTestClient.start({ folders: [dirs[folder]], recordOutput: true });
      const texts: string[] = [];
      try {
        const file = path.join(project, 'src', 'customers.ts');
        const uri = client.uri(file);
        const diagnostics: Diagnostic[] = await client.open(file, CODE);
        assert.ok(diagnostics.length >= 3, JSON.stringify(diagnostics.map((d) => d.code)));
        const ask = async (on: string, ds: Diagnostic[]): Promise<void> => {
          for (const diagnostic of ds) {
            texts.push(JSON.stringify(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: on }, position: diagnostic.range.start })));
            const actions = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: on }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }) as CodeAction[];
            texts.push(JSON.stringify(actions));
          }
        };
        await ask(uri, diagnostics);
        // The linked privacy-lint.json open in the editor (its text is the secrets file's), in English and Japanese.
        const config = path.join(project, 'privacy-lint.json');
        const configUri = client.uri(config);
        // Outside the workspace (a link out of it) nothing is said about it: an empty publish without a version.
        const shown = client.nextDiagnostics(configUri, folder === 'root' ? 1 : undefined);
        client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: configUri, languageId: 'json', version: 1, text: SECRET_FILES[kind] } });
        const configDiagnostics = (await shown).diagnostics;
        await ask(configUri, configDiagnostics);
        client.settings = { locale: 'ja' };
        const again = client.nextDiagnostics(configUri);
        client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
        await ask(configUri, (await again).diagnostics);
        client.close(config);
        client.settings = {};
        // A change of the config file on disk, then settings: all validated again.
        client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
        const waiting = client.nextDiagnostics(uri);
        client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
        await waiting;
        texts.push(JSON.stringify(await client.connection.sendRequest('workspace/executeCommand', { command: 'privacy-lint.scanWorkspace', arguments: [] })));
      } finally {
        await client.stop();
      }
      texts.push(client.output, client.stderr);
      assert.ok(client.output.includes('publishDiagnostics'), 'the whole output was recorded');
      assert.deepEqual(leaks(texts.join('\n')), []);
    });
  }
});
