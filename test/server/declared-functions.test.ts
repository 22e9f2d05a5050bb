/**
 * Declared functions (`functions` of privacy-lint.json) in the language server: a session lints the same files
 * again and again with the same configuration, and the declaring module is parsed anew whenever it is edited. A
 * declared function must stay recognised across those runs (what it is declared as is found again each run, not
 * remembered from an older tree).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LspTestClient } from '../helpers/lsp-client';
import { tempDir } from '../helpers/temp';

describe('language server: declared functions', function () {
  this.timeout(60000);

  it('a declared log, imported through a barrel, stays one after the module that declares it and the calling file are edited', async () => {
    const dir = tempDir('privacy-lint-lsp-declared-');
    const files: Record<string, string> = {
      'privacy-lint.json': JSON.stringify({ functions: [{ module: './src/lib/utils', export: 'log', kind: 'log' }] }),
      'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, target: 'ES2022', module: 'commonjs', lib: ['ES2022'] }, include: ['src'] }),
      'src/lib/utils.ts': 'export function log(...args: unknown[]): void {\n  void args;\n}\n',
      // Through a barrel: the declaration the barrel leads to is compared with the one the module exports.
      'src/lib/index.ts': "export { log } from './utils';\n",
      'src/app.ts': "import { log } from './lib';\n\nexport function signup(c: { id: string; email: string }): void {\n  log('signup', c.email);\n}\n",
    };
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    const app = path.join(dir, 'src', 'app.ts');
    const utils = path.join(dir, 'src', 'lib', 'utils.ts');
    const client = await LspTestClient.start({ folders: [dir] });
    try {
      assert.deepEqual((await client.open(app, files['src/app.ts'])).map((d) => d.code), ['no-personal-data-in-logs']);
      await client.open(utils, files['src/lib/utils.ts']);
      // Rewrite the declaring module (a new declaration of `log`), then edit the caller: still the declared log.
      const utilsVersion = client.change(utils, [{ text: '// the team\'s logger\nexport function log(...parts: unknown[]): void {\n  void parts.length;\n}\n' }]);
      await client.nextDiagnostics(client.uri(utils), utilsVersion);
      const appVersion = client.change(app, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '// sign-up\n' }]);
      const after = await client.nextDiagnostics(client.uri(app), appVersion);
      assert.deepEqual(after.diagnostics.map((d) => [d.code, d.range.start.line]), [['no-personal-data-in-logs', 4]]);
    } finally {
      await client.stop();
    }
  });
});
