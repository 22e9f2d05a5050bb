/**
 * Module links as TypeScript makes them, with and without the checker: `paths` aliases (through `extends`),
 * workspace packages imported by name (their `exports` mapped back to sources), barrels and re-exports, default
 * exports, and solution-style tsconfigs whose referenced projects are the real ones.
 */
import * as assert from 'node:assert/strict';
import { lintSource } from '../helpers/lint-source';

const helper = 'export function audit(value: unknown) {\n  console.log(value);\n}\n';
const logged = (findings: { ruleId: string; range: { start: { line: number } } }[]) =>
  findings.filter((f) => f.ruleId === 'no-personal-data-in-logs').map((f) => f.range.start.line);

describe('module resolution', () => {
  for (const typeInfo of [false, true]) {
    const mode = typeInfo ? 'types' : 'no types';

    it(`follows a tsconfig paths alias declared in an extended config (${mode})`, () => {
      const findings = lintSource({
        typeInfo,
        code: "import { audit } from '@/lib/audit';\ndeclare const c: any;\naudit(c.email);\n",
        files: {
          'tsconfig.base.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['src/*'] } } }),
          'tsconfig.json': JSON.stringify({ extends: './tsconfig.base.json', compilerOptions: { strict: true, types: [] }, include: ['src'] }),
          'src/lib/audit.ts': helper,
        },
      });
      assert.deepEqual(logged(findings), [3]);
    });

    it(`follows a workspace package imported by name to its source, through exports pointing at dist (${mode})`, () => {
      const findings = lintSource({
        typeInfo,
        filename: 'apps/web/src/app.ts',
        code: "import { audit } from '@acme/logging';\nimport track from '@acme/logging/track';\ndeclare const c: any;\naudit(c.email);\ntrack(c.phone);\n",
        files: {
          'package.json': JSON.stringify({ name: 'root', private: true, workspaces: ['apps/*', 'packages/*'] }),
          'apps/web/package.json': JSON.stringify({ name: 'web' }),
          'packages/logging/package.json': JSON.stringify({ name: '@acme/logging',
            exports: { '.': { types: './dist/index.d.ts', import: './dist/index.js' }, './track': './dist/track.js' } }),
          'packages/logging/src/index.ts': "export * from './audit';\n",
          'packages/logging/src/audit.ts': helper,
          'packages/logging/src/track.ts': 'export default function track(v: unknown) {\n  console.info(v);\n}\n',
          ...(typeInfo ? { 'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, types: [] }, include: ['apps', 'packages'] }) } : {}),
        },
      });
      assert.deepEqual(logged(findings), [4, 5]);
    });

    // `exports: { "./*": "./dist/*.js" }` with a source path as the subpath (`backend-lib/src/logger`): the target,
    // `dist/src/logger.js`, has no source beside it, but TypeScript (node10 resolution ignores `exports`) and the
    // workspace link both reach `src/logger.ts` of the package itself.
    it(`follows a workspace package subpath that names a source file, past a wildcard export to dist (${mode})`, () => {
      const findings = lintSource({
        typeInfo,
        filename: 'packages/api/src/controller.ts',
        code: "import logger from 'backend-lib/src/logger';\ndeclare const c: any;\nlogger().info({ email: c.email }, 'sent');\n",
        files: {
          'package.json': JSON.stringify({ name: 'root', private: true, workspaces: ['packages/*'] }),
          'packages/api/package.json': JSON.stringify({ name: 'api', dependencies: { 'backend-lib': '0.0.1' } }),
          'packages/backend-lib/package.json': JSON.stringify({ name: 'backend-lib', exports: { './*': './dist/*.js' } }),
          'packages/backend-lib/src/logger.ts': "import pino from 'pino';\nlet LOGGER: ReturnType<typeof pino> | null = null;\n" +
            'export default function logger() {\n  if (!LOGGER) LOGGER = pino();\n  return LOGGER;\n}\n',
          ...(typeInfo ? { 'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, types: [] }, include: ['packages'] }) } : {}),
        },
      });
      assert.deepEqual(logged(findings), [3]);
    });

    // A package built with `rootDir: "."` (`main: dist/src/index.js`, types beside it) and never built in the
    // checkout: its `src/index.ts` (standardnotes' domain-core).
    it(`follows a workspace package whose main is a build of the whole package folder, dist/src (${mode})`, () => {
      const findings = lintSource({
        typeInfo,
        filename: 'packages/auth/src/handler.ts',
        code: "import { audit } from '@acme/domain-core';\ndeclare const c: any;\naudit(c.email);\n",
        files: {
          'package.json': JSON.stringify({ name: 'root', private: true, workspaces: ['packages/*'] }),
          'packages/auth/package.json': JSON.stringify({ name: 'auth', dependencies: { '@acme/domain-core': 'workspace:*' } }),
          'packages/domain-core/package.json': JSON.stringify({ name: '@acme/domain-core', main: 'dist/src/index.js',
            types: 'dist/src/index.d.ts' }),
          'packages/domain-core/src/index.ts': "export * from './audit';\n",
          'packages/domain-core/src/audit.ts': helper,
          ...(typeInfo ? { 'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, types: [] }, include: ['packages'] }) } : {}),
        },
      });
      assert.deepEqual(logged(findings), [3]);
    });

    it(`follows renamed re-exports and default exports through a barrel (${mode})`, () => {
      const findings = lintSource({
        typeInfo,
        code: "import { record, send } from './lib';\ndeclare const c: any;\nrecord(c.email);\nsend(c.phone);\n",
        files: {
          'src/lib/index.ts': "export { audit as record } from './audit';\nexport { default as send } from './send';\n",
          'src/lib/audit.ts': helper,
          'src/lib/send.ts': 'const send = (v: unknown) => { console.warn(v); };\nexport default send;\n',
        },
      });
      assert.deepEqual(logged(findings), [3, 4]);
    });

    it(`leaves a library import alone (${mode})`, () => {
      const findings = lintSource({
        typeInfo,
        code: "import { audit } from 'some-library';\ndeclare const c: any;\naudit(c.email);\n",
      });
      assert.deepEqual(logged(findings), []);
    });
  }

  it('types a file of a solution-style tsconfig through the referenced project that lists it', () => {
    const findings = lintSource({
      typeInfo: true,
      code: "interface Customer { id: string; email: string }\ndeclare function load(): Customer;\nconst c = load();\nconsole.log(c);\n",
      files: {
        'tsconfig.json': JSON.stringify({ files: [], references: [{ path: './tsconfig.app.json' }] }),
        'tsconfig.app.json': JSON.stringify({ compilerOptions: { strict: true, types: [], composite: true }, include: ['src/**/*.ts'] }),
      },
    });
    assert.deepEqual(findings.map((f) => f.ruleId), ['no-personal-data-in-logs']);
  });
});

describe('a checker that throws', () => {
  it('costs the file only its types: it is analysed again by names and flows', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const ts = await import('typescript');
    const { lintFiles, resolveConfig } = await import('@privacy-lint/engine');
    const { allRules, ruleCatalog } = await import('@privacy-lint/rules');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lint-checker-'));
    try {
      fs.mkdirSync(path.join(dir, 'src'));
      fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, types: [] }, include: ['src'] }));
      const file = path.join(dir, 'src', 'app.ts');
      fs.writeFileSync(file, 'declare const c: { email: string };\nconsole.log(c.email);\n');
      const loaded = { file: path.join(dir, 'privacy-lint.json'), baseDir: dir, contents: {} };
      const results = lintFiles({
        files: [file],
        rules: allRules,
        configFor: (f) => resolveConfig(loaded, f, ruleCatalog, dir),
        typeInfo: true,
        programFor: (_tsconfig, files) => {
          const program = ts.createProgram({ rootNames: files, options: { strict: true, types: [], noEmit: true } });
          const checker = program.getTypeChecker();
          const broken = new Proxy(checker, { get: (t, k) => (k === 'getTypeAtLocation' ? () => { throw new TypeError('boom'); } : Reflect.get(t, k)) });
          return new Proxy(program, { get: (t, k) => (k === 'getTypeChecker' ? () => broken : Reflect.get(t, k)) });
        },
      });
      assert.deepEqual(results[0].findings.map((f) => f.ruleId), ['no-personal-data-in-logs']);
      assert.equal(results[0].typeInfo, false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
