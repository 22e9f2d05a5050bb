/**
 * The language server stays in its workspace folders: documents, watched files and commands whose URIs lead
 * outside (`ws/../x`, `ws/%2E%2E/x`, a remote host's `file://remotehost/…`, a symlink out) are not read, linted or
 * written, and such a URI never breaks the handlers that come after it.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { LspTestClient, SERVER_BIN } from '../helpers/lsp-client';
import { tempDir } from '../helpers/temp';

const LEAKY = [
  'export interface Customer { id: string; email: string }',
  'export function register(c: Customer): void {',
  '  console.log(c.email);',
  '}',
  '',
].join('\n');

/** A broken config: if the server read it, a status `error` and config diagnostics would say so. */
const OUTSIDE_CONFIG = '{ "canaryKey": true }\n';

/** root/ws (the workspace folder) and root/outside (a sibling folder with its own broken config). */
function layout(): { root: string; ws: string; outside: string } {
  const root = fs.realpathSync(tempDir('privacy-lint-boundary-'));
  const ws = path.join(root, 'ws');
  const outside = path.join(root, 'outside');
  fs.mkdirSync(path.join(ws, 'src'), { recursive: true });
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(ws, 'privacy-lint.json'), JSON.stringify({ myNumber: { permittedModules: ['src/payroll/**'] } }, null, 2));
  fs.writeFileSync(path.join(ws, 'src', 'inside.ts'), LEAKY);
  fs.writeFileSync(path.join(outside, 'privacy-lint.json'), OUTSIDE_CONFIG);
  fs.writeFileSync(path.join(outside, 'x.ts'), LEAKY);
  return { root, ws, outside };
}

/**
 * The server's command with a preload that reports on stderr every file under `folder` the server opens or reads
 * (`fs` is patched in the server's own process; the engine reads the module's live properties): what the server
 * reads cannot be seen from its messages alone, e.g. a watched config outside whose errors are never published.
 */
function watchingReads(root: string, folder: string): { file: string; args: string[] } {
  const probe = path.join(root, 'reads-probe.js');
  fs.writeFileSync(probe, `'use strict';
const fs = require('node:fs');
const path = require('node:path');
const folder = ${JSON.stringify(folder)};
for (const name of ['openSync', 'readFileSync', 'open', 'readFile', 'createReadStream']) {
  const original = fs[name];
  fs[name] = function (file, ...rest) {
    if (typeof file === 'string' || file instanceof URL || Buffer.isBuffer(file)) {
      const p = path.resolve(String(file instanceof URL ? file.pathname : file));
      if (p === folder || p.startsWith(folder + path.sep)) process.stderr.write('reads-probe: ' + name + ' ' + p + '\\n');
    }
    return original.call(this, file, ...rest);
  };
}
`);
  return { file: process.execPath, args: ['--require', probe, SERVER_BIN, '--stdio'] };
}

/** The files under the watched folder the server read (see `watchingReads`). */
const readsOf = (client: LspTestClient): string[] => client.stderr.split('\n').filter((l) => l.startsWith('reads-probe: '));

function openRaw(client: LspTestClient, uri: string, text: string): void {
  client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text } });
}

describe('language server: the workspace boundary', function () {
  this.timeout(60000);

  it('documents outside the folders (`ws/../x`, `%2E%2E`, a remote host, a folder link out) get no diagnostics, actions or hovers, and nothing outside is read', async () => {
    const { root, ws, outside } = layout();
    fs.symlinkSync(outside, path.join(ws, 'linked')); // a folder link out of the workspace
    const client = await LspTestClient.start({ folders: [ws], command: watchingReads(root, outside) });
    try {
      const wsUri = client.uri(ws);
      const uris = [
        `${wsUri}/../outside/x.ts`,
        `${wsUri}/%2E%2E/outside/x.ts`,
        `${wsUri}/src/%2e%2e/%2e%2e/outside/y.ts`,
        `file://remotehost${ws}/src/remote.ts`,
        `${wsUri}/linked/x.ts`,
      ];
      for (const uri of uris) {
        const published = client.nextDiagnostics(uri, undefined);
        openRaw(client, uri, LEAKY);
        assert.deepEqual((await published).diagnostics, [], uri);
        const actions = await client.connection.sendRequest('textDocument/codeAction', {
          textDocument: { uri }, range: { start: { line: 2, character: 14 }, end: { line: 2, character: 21 } }, context: { diagnostics: [] },
        }) as CodeAction[];
        assert.deepEqual(actions, [], uri);
        const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 16 } });
        assert.equal(hover, null, uri);
      }
      // The output channel says why, in the user's words.
      assert.ok(client.received.logs.some((l) => l.includes('outside the workspace folders') && l.includes('x.ts')), client.received.logs.join('\n'));
      // The outside config was never read: no status error, no diagnostics for it.
      assert.ok(!client.received.status.some((s) => (s as { state: string }).state === 'error'), JSON.stringify(client.received.status));
      assert.ok(!client.published.some((p) => p.uri.endsWith('/outside/privacy-lint.json')));
      // A document inside is linted as usual.
      const inside = await client.open(path.join(ws, 'src', 'inside.ts'), LEAKY);
      assert.deepEqual(inside.map((d) => d.code), ['no-personal-data-in-logs']);
      assert.equal(fs.readFileSync(path.join(outside, 'privacy-lint.json'), 'utf8'), OUTSIDE_CONFIG);
      assert.deepEqual(readsOf(client), [], 'files outside the folders were read');
    } finally {
      await client.stop();
    }
  });

  it('after a `file://remotehost/…` document, configuration and watched-file handlers keep working', async () => {
    const { ws } = layout();
    const client = await LspTestClient.start({ folders: [ws] });
    try {
      const remote = `file://remotehost${ws}/src/remote.ts`;
      const published = client.nextDiagnostics(remote);
      openRaw(client, remote, LEAKY);
      await published;
      const inside = path.join(ws, 'src', 'inside.ts');
      const uri = client.uri(inside);
      assert.equal((await client.open(inside, LEAKY)).length, 1);

      let again = client.nextDiagnostics(uri);
      client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      assert.equal((await again).diagnostics.length, 1, 'validated again after a settings change');

      fs.writeFileSync(path.join(ws, 'privacy-lint.json'), JSON.stringify({ rules: { 'no-personal-data-in-logs': 'off' } }));
      again = client.waitForDiagnostics(uri, (ds) => ds.length === 0, 'the log rule turned off by the saved config');
      client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri(path.join(ws, 'privacy-lint.json')), type: 2 }] });
      await again;
      client.close(remote);
      const all = [...client.received.logs, client.stderr].join('\n');
      assert.doesNotMatch(all, /internal error|ERR_INVALID_FILE_URL_HOST/);
    } finally {
      await client.stop();
    }
  });

  it('watched-file changes outside the folders are not read', async () => {
    const { root, ws, outside } = layout();
    const client = await LspTestClient.start({ folders: [ws], command: watchingReads(root, outside) });
    try {
      const wsUri = client.uri(ws);
      const changes = [
        { uri: `${wsUri}/../outside/privacy-lint.json`, type: 2 },
        { uri: `${wsUri}/%2E%2E/outside/privacy-lint.json`, type: 1 },
        { uri: `${wsUri}/../outside/x.ts`, type: 2 },
        { uri: `file://remotehost${ws}/privacy-lint.json`, type: 2 },
      ];
      client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
      // Handled in order: by the time the document's diagnostics come, the watched files were handled.
      const inside = path.join(ws, 'src', 'inside.ts');
      await client.open(inside, LEAKY);
      // Again with the folder's config and a project in use (a change of a config in use is read again at once).
      client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
      await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: client.uri(inside) }, position: { line: 2, character: 16 } });
      assert.deepEqual(client.published.filter((p) => /privacy-lint\.json$/.test(p.uri)).map((p) => p.uri), []);
      assert.doesNotMatch([...client.received.logs, client.stderr].join('\n'), /internal error/);
      assert.deepEqual(readsOf(client), [], 'files outside the folders were read');
    } finally {
      await client.stop();
    }
  });

  it('editConfig and createConfigFile accept only the workspace\'s config files; a quick fix never writes through a symlink out', async () => {
    const { ws, outside } = layout();
    // The folder's privacy-lint.json is a link to a file outside the workspace.
    const target = path.join(outside, 'shared.json');
    fs.writeFileSync(target, JSON.stringify({ myNumber: { permittedModules: ['src/payroll/**'] } }, null, 2));
    fs.rmSync(path.join(ws, 'privacy-lint.json'));
    fs.symlinkSync(target, path.join(ws, 'privacy-lint.json'));
    const before = fs.readFileSync(target, 'utf8');
    const client = await LspTestClient.start({ folders: [ws] });
    try {
      const hr = path.join(ws, 'src', 'hr.ts');
      const diagnostics: Diagnostic[] = await client.open(hr, 'export function slip(e: { id: string; myNumber: string }): string {\n  return e.myNumber;\n}\n');
      assert.equal(diagnostics[0]?.code, 'my-number-outside-permitted-module');
      const actions = await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: client.uri(hr) }, range: diagnostics[0].range, context: { diagnostics },
      }) as CodeAction[];
      assert.ok(!actions.some((a) => a.title.startsWith('Allow')), `no config fix through the link: ${actions.map((a) => a.title)}`);

      const edit = (file: string) => client.connection.sendRequest('workspace/executeCommand', {
        command: 'privacy-lint.editConfig', arguments: [{ file, path: ['myNumber', 'permittedModules'], value: 'src/hr.ts' }],
      });
      await assert.rejects(edit(path.join(ws, 'privacy-lint.json')), /workspace/);
      await assert.rejects(edit(path.join(outside, 'privacy-lint.json')), /workspace/);
      await assert.rejects(edit(`${ws}/../outside/privacy-lint.json`), /workspace/);
      await assert.rejects(edit(path.join(ws, 'src', 'hr.ts')), /workspace/);
      assert.equal(fs.readFileSync(target, 'utf8'), before);
      assert.equal(fs.readFileSync(path.join(outside, 'privacy-lint.json'), 'utf8'), OUTSIDE_CONFIG);

      const create = (folderUri: string) => client.connection.sendRequest('workspace/executeCommand', { command: 'privacy-lint.createConfigFile', arguments: [folderUri] });
      const empty = path.join(path.dirname(ws), 'empty');
      fs.mkdirSync(empty);
      await assert.rejects(create(client.uri(empty)), /workspace folder/);
      await assert.rejects(create(`${client.uri(ws)}/../empty`), /workspace folder/);
      await assert.rejects(create(`file://remotehost${empty}`), /workspace folder/);
      assert.deepEqual(fs.readdirSync(empty), []);
      await assert.rejects(client.connection.sendRequest('workspace/executeCommand', {
        command: 'privacy-lint.reveal', arguments: [client.uri(path.join(outside, 'x.ts')), { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }],
      }), /workspace/);
    } finally {
      await client.stop();
    }
  });

  it('fix-all (the command and the source action) changes nothing in a document outside the folders', async () => {
    const { ws } = layout();
    const client = await LspTestClient.start({ folders: [ws] });
    try {
      // An unused suppression: the fix a fix-all applies.
      const fixable = 'export function f(): void {\n  // privacy-lint-disable-next-line no-personal-data-in-logs -- nothing here\n  console.log("hello");\n}\n';
      const wsUri = client.uri(ws);
      for (const uri of [`${wsUri}/../outside/fix.ts`, `${wsUri}/%2E%2E/outside/fix.ts`, `file://remotehost${ws}/src/fix.ts`]) {
        const published = client.nextDiagnostics(uri, undefined);
        openRaw(client, uri, fixable);
        await published;
        const actions = await client.connection.sendRequest('textDocument/codeAction', {
          textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.privacyLint'] },
        }) as CodeAction[];
        assert.deepEqual(actions, [], uri);
        const result = await client.connection.sendRequest('workspace/executeCommand', { command: 'privacy-lint.fixAll', arguments: [uri] });
        assert.deepEqual(result, { applied: 0 }, uri);
      }
      assert.deepEqual(client.received.applyEdit, []);
      // The same text inside is fixed: the test can see a fix-all.
      const inside = path.join(ws, 'src', 'fix.ts');
      await client.open(inside, fixable);
      assert.deepEqual(await client.connection.sendRequest('workspace/executeCommand', { command: 'privacy-lint.fixAll', arguments: [client.uri(inside)] }), { applied: 1 });
    } finally {
      await client.stop();
    }
  });

  it('a `configFile` setting naming a file outside its folder is not read', async () => {
    const { root, ws, outside } = layout();
    const client = await LspTestClient.start({ folders: [ws], settings: { configFile: '../outside/privacy-lint.json' }, command: watchingReads(root, outside) });
    try {
      const inside = await client.open(path.join(ws, 'src', 'inside.ts'), LEAKY);
      assert.deepEqual(inside.map((d) => d.code), ['no-personal-data-in-logs']);
      assert.ok(!client.received.status.some((s) => (s as { state: string }).state === 'error'), JSON.stringify(client.received.status));
      assert.deepEqual(readsOf(client), [], 'files outside the folders were read');
    } finally {
      await client.stop();
    }
  });
});
