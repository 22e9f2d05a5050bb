/**
 * Canary: a project whose code holds a (fake) e-mail address and My Number, and whose privacy-lint.json is a
 * symlink to a file of (fake) secrets outside the project. None of those values may appear in anything Privacy Lint
 * prints: the CLI in every format (stdout and stderr), and the language server's diagnostics, hovers, code actions,
 * notifications and log lines.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
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

function canaryProject(): string {
  const root = tempDir('privacy-lint-canary-');
  fs.writeFileSync(path.join(root, 'secrets.env'), `API_TOKEN=${SECRETS[0]}\nDB_PASSWORD=${SECRETS[1]}\nDB_HOST=${SECRETS[2]}\n`);
  const project = path.join(root, 'project');
  fs.mkdirSync(path.join(project, 'src'), { recursive: true });
  fs.writeFileSync(path.join(project, 'src', 'customers.ts'), CODE);
  fs.writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, lib: ['ES2022', 'DOM'] }, include: ['src'] }));
  fs.symlinkSync(path.join(root, 'secrets.env'), path.join(project, 'privacy-lint.json'));
  return project;
}

describe('canary: no value from the code or the secrets file is ever printed', function () {
  this.timeout(60_000);

  for (const format of ['stylish', 'json', 'sarif']) {
    it(`the CLI (--format ${format}): findings in the code print none of its values`, () => {
      const project = canaryProject();
      fs.writeFileSync(path.join(project, 'valid.json'), '{ "extends": "recommended" }');
      const run = spawnSync(process.execPath, [CLI, '--format', format, '--config', 'valid.json', 'src'], { cwd: project, encoding: 'utf8' });
      assert.equal(run.status, 1, `the code has findings: ${run.stdout}${run.stderr}`);
      assert.deepEqual(leaks(run.stdout + run.stderr), []);
    });

    it(`the CLI (--format ${format}): the privacy-lint.json symlinked to a secrets file is reported without its contents`, () => {
      const project = canaryProject();
      const run = spawnSync(process.execPath, [CLI, '--format', format, '.'], { cwd: project, encoding: 'utf8' });
      assert.equal(run.status, 2, 'the broken config stops the run');
      assert.match(run.stdout + run.stderr, /privacy-lint\.json:1:1/, 'the error still says where');
      assert.deepEqual(leaks(run.stdout + run.stderr), []);
    });
  }

  it('the language server: diagnostics, hovers, code actions, notifications and log lines', async () => {
    const project = canaryProject();
    const client = await LspTestClient.start({ folders: [project] });
    const texts: string[] = [];
    try {
      const file = path.join(project, 'src', 'customers.ts');
      const uri = client.uri(file);
      const diagnostics: Diagnostic[] = await client.open(file, CODE);
      assert.ok(diagnostics.length >= 3, JSON.stringify(diagnostics.map((d) => d.code)));
      for (const diagnostic of diagnostics) {
        texts.push(JSON.stringify(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: diagnostic.range.start })));
        const actions = await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }) as CodeAction[];
        assert.ok(actions.length > 0);
        texts.push(JSON.stringify(actions));
      }
      // A change of the config file (a link out of the workspace: not read again), then settings: all validated again.
      client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri(path.join(project, 'privacy-lint.json')), type: 2 }] });
      const waiting = client.nextDiagnostics(uri);
      client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      await waiting;
      texts.push(JSON.stringify(await client.connection.sendRequest('workspace/executeCommand', { command: 'privacy-lint.scanWorkspace', arguments: [] })));
    } finally {
      await client.stop();
    }
    texts.push(JSON.stringify(client.published), JSON.stringify(client.received), client.stderr);
    assert.deepEqual(leaks(texts.join('\n')), []);
  });
});
