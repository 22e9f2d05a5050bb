/**
 * The language server meets the same bad files as the CLI: Scan Workspace reports them and goes on (a file between
 * 2,000,000 characters and the 4 MiB limit, a link loop, a FIFO and a name that is not UTF-8 used to fail it or be
 * dropped), and an open large file gets its diagnostics.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LspTestClient } from '../helpers/lsp-client';

const LEAK = 'declare const c: { email: string };\nconsole.log(c.email);\n';

describe('language server: bad files', () => {
  let dir: string;
  let client: LspTestClient | undefined;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lint-lsp-hostile-')); });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('Scan Workspace reports a large file, a link loop, a FIFO and a name that is not UTF-8, and the other files', async function () {
    this.timeout(60_000);
    const big = '// ' + 'x'.repeat(2_500_000) + '\n' + LEAK;
    fs.writeFileSync(path.join(dir, 'big.js'), big);
    fs.writeFileSync(path.join(dir, 'good.ts'), LEAK);
    fs.symlinkSync('loop.ts', path.join(dir, 'loop.ts'));
    assert.equal(spawnSync('mkfifo', [path.join(dir, 'pipe.ts')]).status, 0);
    fs.writeFileSync(Buffer.concat([Buffer.from(`${dir}/a`), Buffer.from([0xff]), Buffer.from('.ts')]), LEAK);
    client = await LspTestClient.start({ folders: [dir], settings: { typeInfo: 'off' } });
    const result = await client.connection.sendRequest('workspace/executeCommand', { command: 'privacy-lint.scanWorkspace', arguments: [] }) as { files: number; findings: number };
    assert.equal(result.findings, 5);
    const published = new Map(client.published.filter((p) => p.diagnostics.length)
      .map((p) => [path.relative(dir, fileURLToPath(p.uri)), p.diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)} ${d.message}`)]));
    assert.deepEqual(published.get('big.js')?.map((d) => d.split(' ').slice(0, 2).join(' ')), ['3:13 no-personal-data-in-logs']);
    assert.deepEqual(published.get('good.ts')?.map((d) => d.split(' ').slice(0, 2).join(' ')), ['2:13 no-personal-data-in-logs']);
    assert.deepEqual(published.get('loop.ts'), ['1:1 parse-error Cannot read the file (ELOOP).']);
    assert.deepEqual(published.get('pipe.ts'), ['1:1 parse-error File skipped: it is not a regular file (a FIFO, device or socket).']);
    assert.deepEqual(published.get('a\\xFF.ts'), ['1:1 parse-error File skipped: its name is not valid UTF-8 (invalid bytes shown as \\xNN). Rename it.']);
  });

  it('publishes the findings of an open file between 2,000,000 characters and the 4 MiB limit', async function () {
    this.timeout(60_000);
    const file = path.join(dir, 'big.js');
    const big = '// ' + 'x'.repeat(2_500_000) + '\n' + LEAK;
    fs.writeFileSync(file, big);
    client = await LspTestClient.start({ folders: [dir], settings: { typeInfo: 'off' } });
    const published = client.nextDiagnostics(pathToFileURL(file).href, undefined, 30_000);
    client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: pathToFileURL(file).href, languageId: 'javascript', version: 1, text: big } });
    const diagnostics = (await published).diagnostics;
    assert.deepEqual(diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)}`), ['3:13 no-personal-data-in-logs']);
  });
});
