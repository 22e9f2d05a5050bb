/**
 * The language server meets the same bad files as the CLI: Scan Workspace reports them and goes on (a file between
 * 2,000,000 characters and the 4 MiB limit, a link loop, a FIFO and a name that is not UTF-8 used to fail it or be
 * dropped), and an open large file gets its diagnostics.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
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
