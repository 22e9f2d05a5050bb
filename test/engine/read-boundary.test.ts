/**
 * The language server's read boundary (`setReadRoots`): with the workspace folders set, linting a file of the
 * workspace — with types, through the editor's language services and the CLI's programs, resolving its imports —
 * reads and looks for nothing above the folder: not the tsconfig.json, package.json, node_modules or sources of
 * the folder that holds the workspace. Without a limit (the command line) those are read as before.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts = require('typescript');
import { ConfigResolver, lintFiles, mayRead, setReadRoots, TypeProjects, type FileResult } from '@privacy-lint/engine';
import { allRules, ruleCatalog } from '@privacy-lint/rules';
import { tempDir } from '../helpers/temp';

const OUTER: Record<string, string> = {
  // A monorepo around the workspace folder: its tsconfig maps an alias to a source outside the folder, its package.json
  // names workspaces, and its node_modules holds a package the file imports.
  'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, types: [], baseUrl: '.', paths: { '@shared/*': ['shared/*'] } }, include: ['**/*.ts'] }),
  'package.json': JSON.stringify({ name: 'outer', private: true, workspaces: ['ws', 'shared'] }),
  'shared/customer.ts': 'export interface Customer { id: string; email: string }\nexport function load(): Customer { return { id: "1", email: "a@b.example" }; }\n',
  'node_modules/outer-lib/package.json': JSON.stringify({ name: 'outer-lib', types: 'index.d.ts' }),
  'node_modules/outer-lib/index.d.ts': 'export declare function fetchCustomer(): { email: string };\n',
  'ws/src/main.ts': `import { load } from '@shared/customer';
import { fetchCustomer } from 'outer-lib';
export function show(user: { email: string }) {
  console.log(user.email);
  console.log(load(), fetchCustomer());
}
`,
};

function write(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
}

/** The module object itself (what `import * as fs` and TypeScript's `ts.sys` read their functions from). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nodeFs = require('node:fs') as Record<string, unknown>;

/** Every path the file system is asked about while `run` runs (reads, stats, listings, opens). */
function touched(run: () => void): string[] {
  const seen: string[] = [];
  const names = ['openSync', 'readFileSync', 'statSync', 'lstatSync', 'existsSync', 'readdirSync', 'accessSync'] as const;
  const originals = names.map((n) => [n, nodeFs[n]] as const);
  for (const [n, original] of originals) {
    nodeFs[n] = function (this: unknown, p: unknown, ...rest: unknown[]) {
      if (typeof p === 'string') seen.push(path.resolve(p));
      return (original as (...a: unknown[]) => unknown).call(this, p, ...rest);
    };
  }
  try { run(); } finally {
    for (const [n, original] of originals) nodeFs[n] = original;
  }
  return seen;
}

function lint(dir: string, file: string, projects?: TypeProjects): FileResult[] {
  const resolver = new ConfigResolver({ catalog: ruleCatalog, cwd: path.join(dir, 'ws') });
  return lintFiles({
    files: [file], rules: allRules, typeInfo: true, today: new Date('2026-06-01T00:00:00Z'),
    configFor: (f) => resolver.forFile(f).config,
    ...(projects ? { programFor: (tsconfig: string, group: readonly string[]) => projects.programFor(tsconfig, group) } : {}),
  });
}

describe('read boundary (the language server reads only inside its workspace folders)', () => {
  let dir: string;
  let ws: string;
  let main: string;
  beforeEach(() => {
    dir = fs.realpathSync(tempDir('privacy-lint-boundary-'));
    write(dir, OUTER);
    ws = path.join(dir, 'ws');
    main = path.join(ws, 'src/main.ts');
  });
  afterEach(() => setReadRoots(undefined));

  const outside = (paths: string[]) => [...new Set(paths.filter((p) => p.startsWith(dir + path.sep) && !(p === ws || p.startsWith(ws + path.sep))))];

  for (const mode of ['programs (CLI)', 'language services (editor)'] as const) {
    it(`with the folder set, looks for nothing above it (${mode}) and still lints the file`, () => {
      setReadRoots([ws]);
      const projects = mode === 'language services (editor)' ? new TypeProjects() : undefined;
      let results: FileResult[] = [];
      try {
        const paths = touched(() => { results = lint(dir, main, projects); });
        assert.deepEqual(outside(paths), []);
      } finally {
        projects?.disposeAll();
      }
      const findings = results.flatMap((r) => r.findings).map((f) => `${f.ruleId}@${f.range.start.line}`);
      assert.ok(findings.includes('no-personal-data-in-logs@4'), findings.join(', '));
    });
  }

  it('refuses a path above the folder and a link inside that points outside; allows the linter\'s own libraries', () => {
    fs.symlinkSync(path.join(dir, 'shared'), path.join(ws, 'linked'));
    setReadRoots([ws]);
    assert.equal(mayRead(main), true);
    assert.equal(mayRead(path.join(ws, 'src/not-yet-there.ts')), true);
    assert.equal(mayRead(path.join(dir, 'tsconfig.json')), false);
    assert.equal(mayRead(path.join(ws, 'linked/customer.ts')), false);
    assert.equal(mayRead(ts.getDefaultLibFilePath({})), true);
    setReadRoots(undefined);
    assert.equal(mayRead(path.join(dir, 'tsconfig.json')), true);
  });

  it('without a limit (the command line), reads the tsconfig.json and sources above the file as TypeScript does', () => {
    const paths = touched(() => { lint(dir, main); });
    const above = outside(paths);
    assert.ok(above.includes(path.join(dir, 'tsconfig.json')), above.join(', '));
    assert.ok(above.includes(path.join(dir, 'shared/customer.ts')), above.join(', '));
  });
});
