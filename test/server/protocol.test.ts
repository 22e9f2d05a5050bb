/**
 * The language server, started from its built bin over stdio and spoken to in JSON-RPC, like an editor does:
 * diagnostics after open and after edits, cancellation of stale versions, code actions and the text they
 * produce, hovers, config errors and reloads, pull diagnostics, scan workspace, and agreement with the CLI.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, Diagnostic, Hover, TextEdit as LspTextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspTestClient } from '../helpers/lsp-client';
import { tempDir } from '../helpers/temp';

const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** A project in a temp folder (outside the repository, so its privacy-lint.json never governs it). */
function project(files: Record<string, string>): string {
  const dir = tempDir('privacy-lint-lsp-');
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function applyEdits(text: string, edits: readonly LspTextEdit[]): string {
  const doc = TextDocument.create('file:///x', 'typescript', 0, text);
  return TextDocument.applyEdits(doc, edits as LspTextEdit[]);
}

/** The edits of one document in a workspace edit (either `changes` or `documentChanges`). */
function editsFor(edit: WorkspaceEdit | undefined, uri: string): LspTextEdit[] {
  if (!edit) return [];
  if (edit.changes?.[uri]) return edit.changes[uri];
  const docEdits = (edit.documentChanges ?? []).filter((c): c is { textDocument: { uri: string; version: number | null }; edits: LspTextEdit[] } => 'textDocument' in c && c.textDocument.uri === uri);
  return docEdits.flatMap((c) => c.edits);
}

function summary(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.code}@${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}`);
}

const CONFIG = JSON.stringify({
  transfers: { consentGuards: ['hasConsent'], processors: [{ host: 'mailer.example.jp', country: 'JP' }] },
  myNumber: { permittedModules: ['src/payroll/**'] },
  fixes: { maskFunction: { name: 'mask', import: './src/lib/privacy' } },
}, null, 2);

const CUSTOMERS = [
  "import { hasConsent } from './consent';",
  '',
  'export interface Customer { id: string; email: string; name: string }',
  '',
  'export function register(c: Customer): void {',
  '  console.log(c.email);',
  '}',
  '',
  'export async function track(c: Customer): Promise<void> {',
  "  await fetch('https://api.analytics-example.com/track', { method: 'POST', body: JSON.stringify({ mail: c.email }) });",
  '}',
  '',
].join('\n');

const BASE_FILES = {
  'privacy-lint.json': CONFIG,
  'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, target: 'ES2022', module: 'commonjs', lib: ['ES2022', 'DOM'] }, include: ['src'] }),
  'src/consent.ts': 'export async function hasConsent(c: { id: string }): Promise<boolean> { return c.id !== ""; }\n',
  'src/lib/privacy.ts': 'export function mask(v: string): string { return v.replace(/./g, "*"); }\n',
  'src/customers.ts': CUSTOMERS,
};

describe('language server over stdio', function () {
  this.timeout(60000);
  let dir: string;
  let client: LspTestClient;
  const file = (name: string): string => path.join(dir, name);

  describe('push diagnostics (a client without pull support, like Neovim 0.7)', () => {
    before(async () => {
      dir = project(BASE_FILES);
      client = await LspTestClient.start({ folders: [dir] });
    });
    after(async () => { await client.stop(); });

    it('publishes diagnostics on open: range on the personal value, rule id, docs link, source, related locations', async () => {
      const diagnostics = await client.open(file('src/customers.ts'), CUSTOMERS);
      assert.deepEqual(summary(diagnostics), [
        'no-personal-data-in-logs@6:15-6:22',
        'no-unguarded-external-transfer@10:105-10:112',
      ]);
      const log = diagnostics[0];
      assert.equal(log.source, 'privacy-lint');
      assert.equal(log.severity, 1);
      assert.match(log.codeDescription!.href, /rules\/docs\/no-personal-data-in-logs\.md$/);
      assert.match(String(log.message), /c\.email/);
      assert.match(String(log.message), /§4\(1\)/);
      const transfer = diagnostics[1];
      const related = transfer.relatedInformation!.map((r) => `${path.basename(new URL(r.location.uri).pathname)}:${r.location.range.start.line + 1}`);
      assert.deepEqual(related, ['customers.ts:3', 'customers.ts:10', 'customers.ts:10'],
        'the email property in the type, the destination URL, then the path to the sink');
      assert.equal(transfer.relatedInformation![2].message, 'path 2/2: reaches the sink `fetch`');
    });

    it('lints the scripts of a Vue or Svelte component as it is typed, whatever language the editor gives it', async () => {
      const vue = ['<template>', '  <p>{{ c.email }}</p>', '</template>', '<script setup lang="ts">',
        'declare const c: { id: string; email: string };', 'console.log(c.email);', '</script>', ''].join('\n');
      assert.deepEqual(summary(await client.open(file('src/Profile.vue'), vue, 'vue')), ['no-personal-data-in-logs@6:13-6:20']);
      // Without a Vue extension VS Code calls it plain text; an untitled Svelte buffer is named by its language.
      assert.deepEqual(summary(await client.open(file('src/Card.vue'), vue, 'plaintext')), ['no-personal-data-in-logs@6:13-6:20']);
      const svelte = vue.replace('<script setup lang="ts">', '<script lang="ts">');
      const uri = 'untitled:Untitled-7';
      const published = client.nextDiagnostics(uri, 1);
      client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'svelte', version: 1, text: svelte } });
      assert.deepEqual(summary((await published).diagnostics), ['no-personal-data-in-logs@6:13-6:20']);
    });

    it('gives the path of a flow through helpers in other files as related information, and in the hover', async () => {
      fs.writeFileSync(file('src/audit.ts'), "import { write } from './write';\nexport function audit(a: string, b: string) {\n  write(a, b);\n}\n");
      fs.writeFileSync(file('src/write.ts'), "export function write(x: string, y: string) {\n  console.log('audit', x, y);\n}\n");
      const text = "import { audit } from './audit';\nimport type { Customer } from './customers';\nexport function signUp(c: Customer) {\n  audit(c.email, c.name);\n}\n";
      const diagnostics = await client.open(file('src/signup.ts'), text);
      assert.deepEqual(summary(diagnostics), ['no-personal-data-in-logs@4:9-4:24'], 'one finding for both fields');
      const steps = diagnostics[0].relatedInformation!
        .filter((r) => r.message.startsWith('path '))
        .map((r) => `${path.basename(new URL(r.location.uri).pathname)}:${r.location.range.start.line + 1} ${r.message}`);
      assert.deepEqual(steps, [
        'signup.ts:4 path 1/4 `c.email`: the data comes from `c.email`',
        'audit.ts:3 path 2/4 `c.email`: flows into `a` in `audit`',
        'write.ts:2 path 3/4 `c.email`: flows into `x` in `write`',
        'write.ts:2 path 4/4 `c.email`: reaches the sink `console.log`',
        'signup.ts:4 path 1/4 `c.name`: the data comes from `c.name`',
        'audit.ts:3 path 2/4 `c.name`: flows into `b` in `audit`',
        'write.ts:2 path 3/4 `c.name`: flows into `y` in `write`',
        'write.ts:2 path 4/4 `c.name`: reaches the sink `console.log`',
      ]);
      const hover = await client.connection.sendRequest('textDocument/hover', {
        textDocument: { uri: client.uri(file('src/signup.ts')) }, position: { line: 3, character: 10 },
      }) as Hover;
      const value = (hover.contents as { value: string }).value;
      assert.match(value, /Path: `c\.email` \(signup\.ts:4\) → `a` \(audit\.ts:3\) → `x` \(write\.ts:2\) → `console\.log` \(write\.ts:2\)/);
      assert.match(value, /Path: `c\.name` \(signup\.ts:4\) → `b` \(audit\.ts:3\) → `y` \(write\.ts:2\) → `console\.log` \(write\.ts:2\)/);
    });

    it('follows incremental edits without saving (types from the language service included)', async () => {
      // Line 7 is `}` of register(): insert a line before it.
      const version = client.change(file('src/customers.ts'), [{ range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, text: '  console.info(c);\n' }]);
      const published = await client.nextDiagnostics(client.uri(file('src/customers.ts')), version);
      assert.deepEqual(summary(published.diagnostics).slice(0, 2), ['no-personal-data-in-logs@6:15-6:22', 'no-personal-data-in-logs@7:16-7:17']);
      assert.equal(fs.readFileSync(file('src/customers.ts'), 'utf8'), CUSTOMERS, 'the disk is untouched');
    });

    it('drops stale work: of several quick versions only the newest is published', async () => {
      const uri = client.uri(file('src/customers.ts'));
      const before = client.published.length;
      const v1 = client.change(file('src/customers.ts'), [{ range: { start: { line: 6, character: 0 }, end: { line: 7, character: 0 } }, text: '' }]);
      const v2 = client.change(file('src/customers.ts'), [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: '  console.log(c.name);\n' }]);
      const v3 = client.change(file('src/customers.ts'), [{ range: { start: { line: 5, character: 0 }, end: { line: 6, character: 0 } }, text: '' }]);
      const last = await client.nextDiagnostics(uri, v3);
      const versions = client.published.slice(before).filter((p) => p.uri === uri).map((p) => p.version);
      assert.deepEqual(versions, [v3], `published versions ${versions} (stale ${v1}, ${v2} must not be)`);
      assert.deepEqual(summary(last.diagnostics), ['no-personal-data-in-logs@6:15-6:22', 'no-unguarded-external-transfer@10:105-10:112']);
    });

    it('offers the mask quick fix with the configured function and adds its import', async () => {
      const uri = client.uri(file('src/customers.ts'));
      const actions = await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri }, range: { start: { line: 5, character: 16 }, end: { line: 5, character: 16 } }, context: { diagnostics: [] },
      }) as CodeAction[];
      const titles = actions.map((a) => a.title);
      assert.deepEqual(titles, [
        'Mask `c.email` with `mask()`',
        'Suppress `no-personal-data-in-logs` with a reason',
        'Show documentation for `no-personal-data-in-logs`',
      ]);
      const mask = actions[0];
      assert.equal(mask.kind, 'quickfix');
      assert.equal(mask.isPreferred, true);
      const after = applyEdits(CUSTOMERS, editsFor(mask.edit, uri));
      assert.match(after, /^import \{ hasConsent \} from '\.\/consent';\nimport \{ mask \} from '\.\/lib\/privacy';\n/);
      assert.match(after, /console\.log\(mask\(c\.email\)\);/);
    });

    it('suppresses with a reason: inserts the directive and puts the cursor where the reason goes', async () => {
      const uri = client.uri(file('src/customers.ts'));
      const actions = await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri }, range: { start: { line: 5, character: 16 }, end: { line: 5, character: 20 } }, context: { diagnostics: [] },
      }) as CodeAction[];
      const suppress = actions.find((a) => a.title.startsWith('Suppress'))!;
      const after = applyEdits(CUSTOMERS, editsFor(suppress.edit, uri));
      const lines = after.split('\n');
      assert.equal(lines[5], '  // privacy-lint-disable-next-line no-personal-data-in-logs -- ');
      assert.equal(suppress.command?.command, 'privacy-lint.reveal');
      const [target, range] = suppress.command!.arguments as [string, { start: { line: number; character: number } }];
      assert.equal(target, uri);
      assert.deepEqual(range.start, { line: 5, character: lines[5].length });
      await client.connection.sendRequest('workspace/executeCommand', { command: suppress.command!.command, arguments: suppress.command!.arguments });
      assert.deepEqual(client.received.showDocument.at(-1), { uri, selection: range, takeFocus: true });
    });

    it('wraps an unguarded transfer in an awaited consent check, and registering the host edits privacy-lint.json', async () => {
      const uri = client.uri(file('src/customers.ts'));
      const actions = await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri }, range: { start: { line: 9, character: 106 }, end: { line: 9, character: 106 } }, context: { diagnostics: [] },
      }) as CodeAction[];
      const guard = actions.find((a) => a.title === 'Wrap in a consent check (`hasConsent`)');
      assert.ok(guard, `actions: ${actions.map((a) => a.title)}`);
      const guarded = applyEdits(CUSTOMERS, editsFor(guard.edit, uri));
      assert.ok(guarded.includes([
        '  if (await hasConsent(c)) {',
        "    await fetch('https://api.analytics-example.com/track', { method: 'POST', body: JSON.stringify({ mail: c.email }) });",
        '  }',
      ].join('\n')), guarded);

      const register = actions.find((a) => a.title === 'Register `api.analytics-example.com` as a processor (entrustment) in privacy-lint.json — a legal decision for the lead, not a code fix; then set its country');
      assert.ok(register, `actions: ${actions.map((a) => a.title)}`);
      // The config is not open: the server writes it at once (one keystroke, the fix takes effect) and opens it
      // with the unknown country selected for the lead to fill in.
      assert.equal(register.command?.command, 'privacy-lint.editConfig');
      const configUri = client.uri(file('privacy-lint.json'));
      const uri2 = client.uri(file('src/customers.ts'));
      const revalidated = client.waitForDiagnostics(uri2, (ds) => JSON.stringify(ds.map((d) => d.code)) === JSON.stringify(['no-personal-data-in-logs', 'no-foreign-transfer-without-consent']), 'the host as a processor abroad');
      await client.connection.sendRequest('workspace/executeCommand', { command: register.command!.command, arguments: register.command!.arguments });
      const config = fs.readFileSync(file('privacy-lint.json'), 'utf8');
      assert.deepEqual(JSON.parse(config).transfers.processors, [
        { host: 'mailer.example.jp', country: 'JP' },
        { host: 'api.analytics-example.com', name: 'analytics-example.com', country: 'XX' },
      ]);
      const shown = client.received.showDocument.at(-1) as { uri: string; selection: { start: { line: number; character: number }; end: { line: number; character: number } } };
      assert.equal(shown.uri, configUri);
      const line = config.split('\n')[shown.selection.start.line];
      assert.equal(line.slice(shown.selection.start.character, shown.selection.end.character), 'XX');
      // Every open document is validated again with the new config: the host is now a processor abroad.
      assert.deepEqual((await revalidated).diagnostics.map((d) => d.code), ['no-personal-data-in-logs', 'no-foreign-transfer-without-consent']);
      fs.writeFileSync(file('privacy-lint.json'), CONFIG);
      const restored = client.waitForDiagnostics(uri2, (ds) => JSON.stringify(ds.map((d) => d.code)) === JSON.stringify(['no-personal-data-in-logs', 'no-unguarded-external-transfer']), 'the original findings');
      client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
      await restored;
    });

    it('a consent check whose guard takes more than the person selects the placeholder to fill in after the edit', async () => {
      const f = file('src/purpose.ts');
      const text = [
        'declare function hasConsent(c: { email: string }, purpose: string): Promise<boolean>;',
        'export async function share(c: { email: string }): Promise<void> {',
        "  await fetch('https://api.analytics-example.com/t', { method: 'POST', body: c.email });",
        '}',
        '',
      ].join('\n');
      const diagnostics = await client.open(f, text);
      const uri = client.uri(f);
      const transfer = diagnostics.find((d) => d.code === 'no-unguarded-external-transfer')!;
      const actions = await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri }, range: transfer.range, context: { diagnostics: [transfer] },
      }) as CodeAction[];
      const guard = actions.find((a) => a.title === 'Wrap in a consent check (`hasConsent`; then fill in `<purpose>`)');
      assert.ok(guard, `actions: ${actions.map((a) => a.title)}`);
      const after = applyEdits(text, editsFor(guard.edit, uri));
      assert.match(after, /if \(await hasConsent\(c, <purpose>\)\)/);
      // Applied, the editor selects `<purpose>` (as a snippet's placeholder would be), ready to be typed over.
      assert.equal(guard.command?.command, 'privacy-lint.reveal');
      const [revealUri, selection] = guard.command!.arguments as [string, { start: { line: number; character: number }; end: { line: number; character: number } }];
      assert.equal(revealUri, uri);
      const line = after.split('\n')[selection.start.line];
      assert.equal(selection.end.line, selection.start.line);
      assert.equal(line.slice(selection.start.character, selection.end.character), '<purpose>');
      client.close(f);
    });

    it('hovers explain the finding: what, category, path, clause and link', async () => {
      const hover = await client.connection.sendRequest('textDocument/hover', {
        textDocument: { uri: client.uri(file('src/customers.ts')) }, position: { line: 5, character: 17 },
      }) as Hover;
      const value = (hover.contents as { value: string }).value;
      assert.match(value, /`no-personal-data-in-logs`/);
      assert.match(value, /§4\(1\)/);
      assert.match(value, /Personal data: `c\.email` — contact data/);
      assert.ok(!value.includes('Logs must not contain'), 'the diagnostic message is not repeated (editors show it beside the hover)');
      assert.match(value, /\[Rule documentation\]\(https:\/\/github\.com\/.*no-personal-data-in-logs\.md\)/);
      const nothing = await client.connection.sendRequest('textDocument/hover', {
        textDocument: { uri: client.uri(file('src/customers.ts')) }, position: { line: 0, character: 2 },
      });
      assert.equal(nothing, null);
    });

    it('My Number outside the permitted modules: "Allow this module" edits myNumber.permittedModules', async () => {
      const hr = file('src/hr/tax.ts');
      fs.mkdirSync(path.dirname(hr), { recursive: true });
      const text = 'export function slip(e: { id: string; myNumber: string }): string {\n  return e.myNumber;\n}\n';
      const diagnostics = await client.open(hr, text);
      assert.deepEqual(diagnostics.map((d) => d.code), ['my-number-outside-permitted-module']);
      const actions = await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: client.uri(hr) }, range: diagnostics[0].range, context: { diagnostics },
      }) as CodeAction[];
      const allow = actions.find((a) => a.title === 'Allow `src/hr/tax.ts` to handle My Number in privacy-lint.json');
      assert.ok(allow, `actions: ${actions.map((a) => a.title)}`);
      const clean = client.waitForDiagnostics(client.uri(hr), (ds) => ds.length === 0, 'no finding in the permitted module');
      await client.connection.sendRequest('workspace/executeCommand', { command: allow.command!.command, arguments: allow.command!.arguments });
      const config = JSON.parse(fs.readFileSync(file('privacy-lint.json'), 'utf8'));
      assert.deepEqual(config.myNumber.permittedModules, ['src/payroll/**', 'src/hr/tax.ts']);
      assert.deepEqual((await clean).diagnostics, [], 'the module may handle My Number now');
      fs.writeFileSync(file('privacy-lint.json'), CONFIG);
      const back = client.waitForDiagnostics(client.uri(hr), (ds) => ds.length === 1, 'the finding back with the original config');
      client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri(file('privacy-lint.json')), type: 2 }] });
      await back;
      client.close(hr);
    });

    it('source.fixAll.privacyLint applies only behaviour-preserving fixes (an unused suppression), and the command applies them', async () => {
      const f = file('src/fixable.ts');
      const text = 'export function f(c: { email: string }): void {\n  // privacy-lint-disable-next-line no-personal-data-in-logs -- nothing to hide here\n  console.log("hello");\n  console.log(c.email);\n}\n';
      const diagnostics = await client.open(f, text);
      assert.deepEqual(diagnostics.map((d) => d.code), ['unused-suppression', 'no-personal-data-in-logs']);
      const uri = client.uri(f);
      const actions = await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.privacyLint'] },
      }) as CodeAction[];
      assert.deepEqual(actions.map((a) => a.kind), ['source.fixAll.privacyLint']);
      const fixed = applyEdits(text, editsFor(actions[0].edit, uri));
      assert.equal(fixed, 'export function f(c: { email: string }): void {\n  console.log("hello");\n  console.log(c.email);\n}\n', 'the log of c.email is left alone: masking is a suggestion');
      const result = await client.connection.sendRequest('workspace/executeCommand', { command: 'privacy-lint.fixAll', arguments: [uri] });
      assert.deepEqual(result, { applied: 1 });
      const applied = client.received.applyEdit.at(-1) as { edit: WorkspaceEdit };
      assert.equal(applyEdits(text, editsFor(applied.edit, uri)), fixed);
      client.close(f);
    });

    it('a file that does not parse gets one diagnostic with a position; the server goes on', async () => {
      const f = file('src/broken.ts');
      const diagnostics = await client.open(f, 'export function (: {\n');
      assert.equal(diagnostics.length, 1);
      assert.equal(diagnostics[0].code, 'parse-error');
      assert.equal(diagnostics[0].range.start.line, 0);
      client.close(f);
      const again = await client.open(file('src/ok.ts'), 'export const a = 1;\n');
      assert.deepEqual(again, []);
      client.close(file('src/ok.ts'));
    });

    it('a buffer larger than the CLI accepts gets the same "too large" diagnostic instead of hanging the editor', async () => {
      const f = file('src/huge.ts');
      const diagnostics = await client.open(f, `// ${'x'.repeat(4 * 1024 * 1024 + 10)}\n`);
      assert.deepEqual(diagnostics.map((d) => d.code), ['parse-error']);
      assert.match(String(diagnostics[0].message), /larger than 4 MiB/);
      client.close(f);
    });

    it('errors in privacy-lint.json show in that file; the last good config stays in force; saving a fix re-validates', async () => {
      const configFile = file('privacy-lint.json');
      const broken = CONFIG.replace('"consentGuards"', '"consentGuardz"');
      const configDiagnostics = await client.open(configFile, broken, 'jsonc');
      assert.equal(configDiagnostics.length, 1);
      assert.equal(configDiagnostics[0].code, 'config-error');
      assert.match(String(configDiagnostics[0].message), /consentGuardz/);
      assert.match(String(configDiagnostics[0].message), /consentGuards/, 'did-you-mean');
      assert.equal(configDiagnostics[0].range.start.line, broken.split('\n').findIndex((l) => l.includes('consentGuardz')));

      // Saved broken: the rules keep the last good config (the processor mailer.example.jp still counts).
      fs.writeFileSync(configFile, broken.replace('"mask"', '"hide"'));
      const uri = client.uri(file('src/customers.ts'));
      const statusBefore = client.received.status.length;
      const waiting = client.nextDiagnostics(uri);
      client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri(configFile), type: 2 }] });
      const still = await waiting;
      assert.deepEqual(still.diagnostics.map((d) => d.code), ['no-personal-data-in-logs', 'no-unguarded-external-transfer']);
      assert.ok(client.received.status.slice(statusBefore).some((s) => (s as { state: string }).state === 'error'), 'status says the config is broken');

      // Fixed and saved, with the log rule turned off: every open document is validated again.
      const fixed = JSON.stringify({ ...JSON.parse(CONFIG), rules: { 'no-personal-data-in-logs': 'off' } });
      fs.writeFileSync(configFile, fixed);
      const next = client.waitForDiagnostics(uri, (ds) => JSON.stringify(ds.map((d) => d.code)) === JSON.stringify(['no-unguarded-external-transfer']), 'the log rule turned off');
      client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: client.uri(configFile), version: 2 }, contentChanges: [{ text: fixed }] });
      client.save(configFile);
      await next;
      assert.deepEqual(client.received.status.at(-1), { state: 'ok' });
      // The output channel said the config was broken; it says it is fixed too.
      const brokenAt = client.received.logs.findIndex((l) => l.includes(`${configFile} has an error`));
      assert.ok(brokenAt >= 0, client.received.logs.join('\n'));
      assert.ok(client.received.logs.slice(brokenAt).some((l) => l === `Privacy Lint: ${configFile} is valid again and in force.`), client.received.logs.join('\n'));
      client.close(configFile);
      fs.writeFileSync(configFile, CONFIG);
      const restored = client.waitForDiagnostics(uri, (ds) => ds.length === 2, 'both findings back');
      client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri(configFile), type: 2 }] });
      await restored;
    });

    it('a config broken on line 1 is reported at its position while the last good config stays in force', async () => {
      // Before: "}" (or "]", ",", {"x": }) lost its only error as a "follow-up", and the defaults were used silently.
      const configFile = file('privacy-lint.json');
      const uri = client.uri(file('src/customers.ts'));
      const statusBefore = client.received.status.length;
      fs.writeFileSync(configFile, '}');
      const configErrors = client.nextDiagnostics(client.uri(configFile));
      const waiting = client.nextDiagnostics(uri);
      client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri(configFile), type: 2 }] });
      const published = await configErrors;
      assert.deepEqual(published.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]), [['config-error', 0, 0]]);
      assert.deepEqual((await waiting).diagnostics.map((d) => d.code), ['no-personal-data-in-logs', 'no-unguarded-external-transfer']);
      assert.ok(client.received.status.slice(statusBefore).some((s) => (s as { state: string }).state === 'error'), 'status says the config is broken');
      fs.writeFileSync(configFile, CONFIG);
      const restored = client.waitForDiagnostics(uri, (ds) => ds.length === 2, 'both findings back');
      client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri(configFile), type: 2 }] });
      await restored;
    });

    it('an unknown command is an error response, not a crash', async () => {
      await assert.rejects(client.connection.sendRequest('workspace/executeCommand', { command: 'privacy-lint.nope', arguments: [] }), /unknown command/);
      const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: client.uri(file('src/customers.ts')) }, position: { line: 5, character: 17 } });
      assert.ok(hover);
    });
  });

  describe('settings, pull diagnostics, scan and the CLI', () => {
    it('runs on save when the setting says so', async () => {
      dir = project(BASE_FILES);
      client = await LspTestClient.start({ folders: [dir], settings: { run: 'onSave' } });
      try {
        const f = file('src/customers.ts');
        assert.equal((await client.open(f, CUSTOMERS)).length, 2);
        const uri = client.uri(f);
        const count = client.published.length;
        const version = client.change(f, [{ range: { start: { line: 5, character: 0 }, end: { line: 6, character: 0 } }, text: '' }]);
        // Saving is the event that validates; nothing was published for the change itself.
        const next = client.nextDiagnostics(uri, version);
        client.save(f);
        const published = await next;
        assert.equal(client.published.slice(count).filter((p) => p.uri === uri).length, 1);
        assert.deepEqual(published.diagnostics.map((d) => d.code), ['no-unguarded-external-transfer']);
      } finally {
        await client.stop();
      }
    });

    it('speaks Japanese when the editor does, and honours typeInfo: off (without the checker a `Pick<Customer, …>` parameter is not known)', async () => {
      dir = project({ ...BASE_FILES, 'src/typed.ts': "import type { Customer } from './customers';\nexport function f(x: Pick<Customer, 'email' | 'id'>): void {\n  console.log(x);\n}\n" });
      client = await LspTestClient.start({ folders: [dir], locale: 'ja' });
      try {
        const withTypes = await client.open(file('src/typed.ts'), fs.readFileSync(file('src/typed.ts'), 'utf8'));
        assert.deepEqual(withTypes.map((d) => d.code), ['no-personal-data-in-logs']);
        assert.match(String(withTypes[0].message), /方針 §4\(1\)/);
        client.close(file('src/typed.ts'));
        client.settings = { typeInfo: 'off' };
        client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
        const without = await client.open(file('src/typed.ts'), fs.readFileSync(file('src/typed.ts'), 'utf8'));
        assert.deepEqual(without, []);
        // A config mistake in Japanese too: in the file's diagnostics, and the output channel's line.
        const configFile = file('privacy-lint.json');
        fs.writeFileSync(configFile, '{ "rules": { "no-personal-data-in-logs": "warning" } }\n');
        const configErrors = client.nextDiagnostics(client.uri(configFile));
        client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri(configFile), type: 2 }] });
        const shown = (await configErrors).diagnostics.map((d) => String(d.message));
        assert.equal(shown.length, 1);
        assert.match(shown[0], /^設定エラー: "rules\.no-personal-data-in-logs" は "error"、"warn"、"off"/);
        assert.match(shown[0], /"warn"/, 'the did-you-mean');
        const revalidated = client.nextDiagnostics(client.uri(file('src/typed.ts')));
        await revalidated;
        assert.ok(client.received.logs.some((l) => l.startsWith(`Privacy Lint: ${configFile} に 1 件のエラーがあります`)), client.received.logs.join('\n'));
      } finally {
        await client.stop();
      }
    });

    it('multi-root: each folder uses its own privacy-lint.json and its own settings', async () => {
      const code = 'export function f(c: { email: string }): void {\n  console.log(c.email);\n}\n';
      const strict = project({ 'privacy-lint.json': '{}', 'src/a.ts': code });
      const relaxed = project({ 'privacy-lint.json': JSON.stringify({ rules: { 'no-personal-data-in-logs': 'warn' } }), 'src/a.ts': code });
      const off = project({ 'privacy-lint.json': '{}', 'src/a.ts': code });
      client = await LspTestClient.start({ folders: [strict, relaxed, off] });
      // Settings are asked per document: the third folder turns the linter off.
      client.connection.onRequest('workspace/configuration', (p: { items: Array<{ scopeUri?: string }> }) =>
        p.items.map((item) => (item.scopeUri?.startsWith(client.uri(off)) ? { enable: false } : {})));
      try {
        const severities = [];
        for (const folder of [strict, relaxed, off]) {
          const f = path.join(folder, 'src', 'a.ts');
          severities.push((await client.open(f, code)).map((d) => `${d.code}:${d.severity}`));
        }
        assert.deepEqual(severities, [['no-personal-data-in-logs:1'], ['no-personal-data-in-logs:2'], []]);
        // No tsconfig.json in these folders: said once per folder that lints (not once per file or per edit).
        const f = path.join(strict, 'src', 'b.ts');
        await client.open(f, code);
        client.change(f, [{ text: code + '\n' }]);
        await client.nextDiagnostics(client.uri(f), 2);
        const notes = client.received.logs.filter((l) => l.includes('outside any tsconfig.json project'));
        assert.deepEqual(notes.map((l) => l.includes(strict) ? 'strict' : l.includes(relaxed) ? 'relaxed' : 'other'), ['strict', 'relaxed']);
      } finally {
        await client.stop();
      }
    });

    it('answers textDocument/diagnostic when the client pulls (VS Code)', async () => {
      dir = project(BASE_FILES);
      client = await LspTestClient.start({ folders: [dir], pull: true });
      try {
        const f = file('src/customers.ts');
        const items = await client.open(f, CUSTOMERS);
        assert.deepEqual(summary(items), ['no-personal-data-in-logs@6:15-6:22', 'no-unguarded-external-transfer@10:105-10:112']);
        client.change(f, [{ range: { start: { line: 5, character: 0 }, end: { line: 6, character: 0 } }, text: '' }]);
        assert.deepEqual((await client.pull(f)).map((d) => d.code), ['no-unguarded-external-transfer']);
        assert.equal(client.published.filter((p) => p.uri === client.uri(f)).length, 0, 'nothing pushed for a pulled document');
      } finally {
        await client.stop();
      }
    });

    it('Scan Workspace publishes what the CLI reports for every file of the example app, and the open files agree too', async () => {
      const example = tempDir('privacy-lint-lsp-example-');
      fs.cpSync(path.join(repoRoot, 'examples', 'shop-app'), example, { recursive: true });
      const cli = spawnSync(process.execPath, [path.join(repoRoot, 'cli', 'bin', 'privacy-lint.js'), '-f', 'json', '.'], { cwd: example, encoding: 'utf8' });
      const report = JSON.parse(cli.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number; endLine: number; endColumn: number }> }>;
      const expected = new Map(report.filter((r) => r.messages.length).map((r) => [path.resolve(example, r.filePath),
        r.messages.map((f) => `${f.ruleId}@${f.line}:${f.column}-${f.endLine}:${f.endColumn}`)]));
      assert.equal([...expected.values()].flat().length, 22, 'the example has 22 findings (EXPECTED.md)');

      client = await LspTestClient.start({ folders: [example] });
      try {
        const result = await client.connection.sendRequest('workspace/executeCommand', { command: 'privacy-lint.scanWorkspace', arguments: [] }) as { files: number; findings: number };
        assert.equal(result.findings, 22);
        assert.equal(result.files, report.length);
        const scanned = new Map(client.published.filter((p) => p.diagnostics.length).map((p) => [new URL(p.uri).pathname, summary(p.diagnostics)]));
        assert.deepEqual(scanned, expected);
        // Opening each flagged file validates its buffer: the same findings again.
        for (const [f, findings] of expected) {
          assert.deepEqual(summary(await client.open(f, fs.readFileSync(f, 'utf8'))), findings, f);
        }
        // Closing a scanned file keeps its findings in the Problems panel (linted again from the disk).
        const [first, findings] = [...expected][0];
        const republished = client.nextDiagnostics(client.uri(first));
        client.close(first);
        assert.deepEqual(summary((await republished).diagnostics), findings);
      } finally {
        await client.stop();
      }
    });

    it('Create Configuration File writes a commented, valid privacy-lint.json and opens it', async () => {
      dir = project({ 'src/a.ts': 'export const a = 1;\n' });
      client = await LspTestClient.start({ folders: [dir] });
      try {
        const result = await client.connection.sendRequest('workspace/executeCommand', { command: 'privacy-lint.createConfigFile', arguments: [client.uri(dir)] });
        const uri = client.uri(file('privacy-lint.json'));
        assert.deepEqual(result, { uri, created: true });
        // On the disk at once: never an empty file waiting for a save (a broken config for the CLI meanwhile).
        const text = fs.readFileSync(file('privacy-lint.json'), 'utf8');
        assert.match(text, /^\/\/ Privacy Lint configuration/);
        assert.match(text, /"consentGuards": \[\]/);
        const cli = spawnSync(process.execPath, [path.join(repoRoot, 'cli', 'bin', 'privacy-lint.js'), '.'], { cwd: dir, encoding: 'utf8' });
        assert.equal(cli.status, 0, cli.stdout + cli.stderr);
        assert.deepEqual(client.received.showDocument.at(-1), { uri, takeFocus: true });
        const again = await client.connection.sendRequest('workspace/executeCommand', { command: 'privacy-lint.createConfigFile', arguments: [client.uri(dir)] });
        assert.deepEqual(again, { uri, created: false });
        assert.equal(fs.readFileSync(file('privacy-lint.json'), 'utf8'), text, 'an existing config is never overwritten');
      } finally {
        await client.stop();
      }
    });
  });

  describe('documents changing under the server', () => {
    it('a pull that waited while its document was closed and reopened never answers with the old text', async () => {
      dir = project(BASE_FILES);
      client = await LspTestClient.start({ folders: [dir], pull: true });
      // The client answers settings slowly: the pull of the first text is still waiting when the file reopens.
      client.connection.onRequest('workspace/configuration', async (p: { items: unknown[] }) => {
        await new Promise((r) => setTimeout(r, 300));
        return p.items.map(() => ({}));
      });
      try {
        const f = file('src/customers.ts');
        client.openNoWait(f, CUSTOMERS);
        const first = client.pull(f).then(summary, (e: Error) => `cancelled: ${e.message}`);
        client.close(f);
        const withoutLog = CUSTOMERS.replace('  console.log(c.email);\n', '');
        client.openNoWait(f, withoutLog);
        const answer = await first;
        assert.ok(typeof answer === 'string' ? answer.startsWith('cancelled') : !answer.some((d) => d.startsWith('no-personal-data-in-logs')),
          `the first pull answered with the closed text's findings: ${JSON.stringify(answer)}`);
        assert.deepEqual(summary(await client.pull(f)), ['no-unguarded-external-transfer@9:105-9:112']);
        const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: client.uri(f) }, position: { line: 5, character: 17 } });
        assert.equal(hover, null, 'no record of the old text answers for the new one');
      } finally {
        await client.stop();
      }
    });

    it('saving a module re-validates the open documents that import it (push clients)', async () => {
      dir = project({
        ...BASE_FILES,
        'src/endpoints.ts': "export const TRACKING_URL = 'https://api.analytics-example.com/track';\n",
        'src/track.ts': "import { TRACKING_URL } from './endpoints';\nexport function send(c: { email: string }): void {\n  fetch(TRACKING_URL, { method: 'POST', body: c.email });\n}\n",
      });
      client = await LspTestClient.start({ folders: [dir] });
      try {
        const track = file('src/track.ts');
        assert.deepEqual((await client.open(track, fs.readFileSync(track, 'utf8'))).map((d) => d.code), ['no-unguarded-external-transfer']);
        const endpoints = file('src/endpoints.ts');
        await client.open(endpoints, fs.readFileSync(endpoints, 'utf8'));
        // The URL now points at the registered processor in Japan.
        const processor = "export const TRACKING_URL = 'https://mailer.example.jp/track';\n";
        client.change(endpoints, [{ text: processor }]);
        fs.writeFileSync(endpoints, processor);
        const clean = client.waitForDiagnostics(client.uri(track), (ds) => ds.length === 0, 'no finding once the module says processor');
        client.save(endpoints);
        await clean;
      } finally {
        await client.stop();
      }
    });

    it('with run: onSave, fix-all works on unsaved text (codeActionsOnSave asks before the save)', async () => {
      dir = project(BASE_FILES);
      client = await LspTestClient.start({ folders: [dir], settings: { run: 'onSave' } });
      try {
        const f = file('src/fixable.ts');
        const text = 'export const a = 1;\n';
        await client.open(f, text);
        const edited = '// privacy-lint-disable-next-line no-personal-data-in-logs -- nothing here\nexport const a = 2;\n';
        client.change(f, [{ text: edited }]);
        const actions = await client.connection.sendRequest('textDocument/codeAction', {
          textDocument: { uri: client.uri(f) }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          context: { diagnostics: [], only: ['source.fixAll.privacyLint'] },
        }) as CodeAction[];
        assert.equal(actions.length, 1);
        assert.equal(applyEdits(edited, editsFor(actions[0].edit, client.uri(f))), 'export const a = 2;\n');
      } finally {
        await client.stop();
      }
    });

    it('files the CLI skips (ignored by the config, node_modules) get no findings in the editor either', async () => {
      const code = 'export function f(c: { email: string }): void {\n  console.log(c.email);\n}\n';
      dir = project({ 'privacy-lint.json': JSON.stringify({ ignores: ['generated/**'] }), 'generated/client.ts': code, 'node_modules/lib/index.ts': code, 'src/a.ts': code });
      client = await LspTestClient.start({ folders: [dir] });
      try {
        assert.deepEqual(await client.open(file('generated/client.ts'), code), []);
        assert.deepEqual(await client.open(file('node_modules/lib/index.ts'), code), []);
        assert.equal((await client.open(file('src/a.ts'), code)).length, 1);
      } finally {
        await client.stop();
      }
    });

    it('a config fix written to disk keeps a symlinked privacy-lint.json a symlink, and its permissions', async () => {
      const withoutConfig = Object.fromEntries(Object.entries(BASE_FILES).filter(([name]) => name !== 'privacy-lint.json'));
      dir = project({ ...withoutConfig, 'shared/privacy.json': CONFIG });
      fs.symlinkSync(path.join('shared', 'privacy.json'), file('privacy-lint.json'));
      fs.chmodSync(file('shared/privacy.json'), 0o640);
      client = await LspTestClient.start({ folders: [dir] });
      try {
        const hr = file('src/hr/tax.ts');
        fs.mkdirSync(path.dirname(hr), { recursive: true });
        const diagnostics = await client.open(hr, 'export function slip(e: { id: string; myNumber: string }): string {\n  return e.myNumber;\n}\n');
        const actions = await client.connection.sendRequest('textDocument/codeAction', {
          textDocument: { uri: client.uri(hr) }, range: diagnostics[0].range, context: { diagnostics },
        }) as CodeAction[];
        const allow = actions.find((a) => a.title.startsWith('Allow'))!;
        await client.connection.sendRequest('workspace/executeCommand', { command: allow.command!.command, arguments: allow.command!.arguments });
        assert.ok(fs.lstatSync(file('privacy-lint.json')).isSymbolicLink());
        assert.deepEqual(JSON.parse(fs.readFileSync(file('shared/privacy.json'), 'utf8')).myNumber.permittedModules, ['src/payroll/**', 'src/hr/tax.ts']);
        assert.equal(fs.statSync(file('shared/privacy.json')).mode & 0o777, 0o640);
      } finally {
        await client.stop();
      }
    });

    it('answers with the URI the client used, however it encodes the path (`%28shop%29`)', async () => {
      dir = project({ ...BASE_FILES, 'src/(shop)/customers.ts': CUSTOMERS.replace("'./consent'", "'../consent'") });
      client = await LspTestClient.start({ folders: [dir] });
      try {
        const f = file('src/(shop)/customers.ts');
        const ours = client.uri(f);
        const theirs = ours.replace('(', '%28').replace(')', '%29');
        assert.notEqual(theirs, ours);
        const scan = await client.connection.sendRequest('workspace/executeCommand', { command: 'privacy-lint.scanWorkspace', arguments: [] }) as { findings: number };
        assert.ok(scan.findings >= 2);
        const cleared = client.waitForDiagnostics(ours, (ds) => ds.length === 0, 'the scan results handed over to the open document');
        const opened = client.nextDiagnostics(theirs, 1);
        client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: theirs, languageId: 'typescript', version: 1, text: fs.readFileSync(f, 'utf8') } });
        await cleared;
        const related = (await opened).diagnostics.flatMap((d) => d.relatedInformation ?? []).map((r) => r.location.uri);
        assert.ok(related.length > 0 && related.every((u) => u === theirs), JSON.stringify(related));
      } finally {
        await client.stop();
      }
    });

    it('each privacy-lint.json mistake shows once: JSON syntax errors are left to an editor that reports them (VS Code), the rest the server reports', async () => {
      dir = project(BASE_FILES);
      const syntax = '{ "extends": "recommended" "ignores": [] }';
      const unknownKey = '{ "extendz": "recommended" }';
      const configFile = file('privacy-lint.json');
      for (const editorReportsJsonSyntax of [true, false]) {
        client = await LspTestClient.start({ folders: [dir], initializationOptions: { editorReportsJsonSyntax } });
        try {
          const onOpen = (await client.open(configFile, syntax, 'jsonc')).map((d) => String(d.message));
          if (editorReportsJsonSyntax) assert.deepEqual(onOpen, []);
          else assert.match(onOpen.join('\n'), /invalid JSON/);
          const version = client.change(configFile, [{ text: unknownKey }]);
          const after = await client.nextDiagnostics(client.uri(configFile), version);
          assert.equal(after.diagnostics.length, 1);
          assert.match(String(after.diagnostics[0].message), /extendz.*extends/);
        } finally {
          await client.stop();
        }
      }
    });

    it('closing privacy-lint.json with unsaved mistakes leaves only what the file on disk has', async () => {
      dir = project(BASE_FILES);
      client = await LspTestClient.start({ folders: [dir] });
      try {
        const configFile = file('privacy-lint.json');
        assert.equal((await client.open(configFile, '{ "nope": 1 }', 'jsonc')).length, 1);
        const cleared = client.waitForDiagnostics(client.uri(configFile), (ds) => ds.length === 0, 'the errors of the buffer gone');
        client.close(configFile);
        await cleared;
      } finally {
        await client.stop();
      }
    });
  });

  it('`npx privacy-lint-server` works from the repository root (how Neovim and Emacs users start it)', () => {
    const run = spawnSync('npx', ['--no-install', 'privacy-lint-server', '--version'], { cwd: repoRoot, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout.trim(), JSON.parse(fs.readFileSync(path.join(repoRoot, 'server', 'package.json'), 'utf8')).version);
  });

  it('the bin explains itself without a transport instead of crashing', () => {
    const run = spawnSync(process.execPath, [path.join(repoRoot, 'server', 'bin', 'privacy-lint-server.js')], { encoding: 'utf8' });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /Usage: privacy-lint-server --stdio/);
  });
});
