/**
 * The language server with a file nested too deeply for TypeScript on disk, in the project of the files being
 * edited: its language service used to overflow the stack while building the program, and every other open file
 * of the project went without diagnostics. Now the others keep theirs (with types), the deep file gets one
 * diagnostic saying why, and the server goes on. Deep files are generated here.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspTestClient } from '../helpers/lsp-client';

const TSCONFIG = JSON.stringify({ compilerOptions: { strict: true, target: 'ES2022', module: 'commonjs', types: [] }, include: ['src'] });
const TYPES = 'export interface Customer { email: string }\nexport interface Repo { find(): Customer }\n';
/** Found only with types: nothing but `Repo`'s declared method says `record` is a `Customer`. */
const TYPED = "import type { Repo } from './types';\ndeclare const repo: Repo;\nconst record = repo.find();\nconsole.log(record);\n";
const PARENS = `export const x = ${'('.repeat(5000)}1${')'.repeat(5000)};\n`;
const CHAIN = `declare const o: any;\nexport const y = o${'.a'.repeat(3000)};\n`;

describe('language server: a file nested too deeply for TypeScript', function () {
  this.timeout(60000);
  let dir: string;
  let client: LspTestClient;
  const file = (name: string): string => path.join(dir, name);

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lint-lsp-deep-'));
    const files: Record<string, string> = {
      'tsconfig.json': TSCONFIG, 'src/types.ts': TYPES, 'src/deep.ts': PARENS, 'src/chain.ts': CHAIN,
    };
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    client = await LspTestClient.start({ folders: [dir] });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the other files of its project get their diagnostics, with types', async () => {
    const diagnostics = await client.open(file('src/typed.ts'), TYPED);
    assert.deepEqual(diagnostics.map((d) => `${d.code}@${d.range.start.line + 1}`), ['no-personal-data-in-logs@4']);
  });

  it('the deep file gets one diagnostic saying why, and the server goes on', async () => {
    const deep = await client.open(file('src/deep.ts'), PARENS);
    assert.equal(deep.length, 1);
    assert.equal(deep[0].code, 'parse-error');
    assert.match(String(deep[0].message), /nested too deeply/);
    const chain = await client.open(file('src/chain.ts'), CHAIN);
    assert.deepEqual(chain.map((d) => d.code), ['parse-error']);
    assert.match(String(chain[0].message), /without type information/);
    // An edit elsewhere is still linted with types.
    const version = client.change(file('src/typed.ts'), [{ text: `${TYPED}console.log(repo.find());\n` }]);
    const after = await client.nextDiagnostics(client.uri(file('src/typed.ts')), version);
    assert.deepEqual(after.diagnostics.map((d) => `${d.code}@${d.range.start.line + 1}`), ['no-personal-data-in-logs@4', 'no-personal-data-in-logs@5']);
  });
});
