/**
 * Lints code snippets the way the CLI does: real files in a temporary project, the real config resolution and
 * the real rules. Used by the rule tables and engine tests; a case of one file goes through `lintText`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintFiles, lintText, resolveConfig, type ConfigFileContents, type FileResult, type Finding } from '@privacy-lint/engine';
import { allRules, ruleCatalog } from '@privacy-lint/rules';
import { tempDir } from './temp';

export interface SourceCase {
  code: string;
  /** Path of the file inside the temporary project (default `src/app.ts`). */
  filename?: string;
  /** privacy-lint.json contents (merged over the shared test config unless `replaceConfig`). */
  config?: ConfigFileContents;
  /** Other files of the project, by relative path. */
  files?: Record<string, string>;
  /** Lint with the type checker (a tsconfig.json is written unless `files` has one, anywhere). Default: both modes are checked by the tables. */
  typeInfo?: boolean;
}

/**
 * The config most tests share: one internal host, a JP and a US processor, two guards, a tax office, a health
 * module permitted to handle sensitive data, two opt-out guards and a marketing sender.
 */
export const TEST_CONFIG: ConfigFileContents = {
  myNumber: { permittedModules: ['src/payroll/**'], permittedDestinations: ['api.etax.example.go.jp'] },
  sensitiveData: { permittedModules: ['src/health/**'] },
  marketing: { optOutGuards: ['isOptedOut', 'prefs.canSendMarketing'], senders: ['deliverCoupon'] },
  transfers: {
    internalHosts: ['api.shop.example.co.jp', '*.corezo.internal'],
    processors: [
      { host: 'mailer.example.jp', country: 'JP', name: 'Mailer KK' },
      { host: 'api.crm.example.com', country: 'US', name: 'CRM Inc' },
    ],
    consentGuards: ['hasConsent', 'consent.isGranted'],
  },
};

const root = tempDir('privacy-lint-test-');
let counter = 0;

export function lintSource(c: SourceCase): Finding[] {
  return lintProject(c)[0].findings;
}

/**
 * Like `lintSource`, with the whole results (blind spots, type information, with `facts` the model's facts) of `lint`
 * (default: the case's file).
 */
export function lintProject(c: SourceCase & { lint?: string[]; facts?: boolean }): FileResult[] {
  const dir = path.join(root, String(counter++));
  const filename = c.filename ?? 'src/app.ts';
  const files: Record<string, string> = { ...(c.files ?? {}), [filename]: c.code };
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  if (c.typeInfo && !Object.keys(files).some((f) => path.basename(f) === 'tsconfig.json')) {
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { strict: true, target: 'ES2022', module: 'commonjs', lib: ['ES2022', 'DOM'], types: [], skipLibCheck: true, noEmit: true },
      include: ['src/**/*'],
    }));
  }
  const contents: ConfigFileContents = { ...TEST_CONFIG, ...(c.config ?? {}) };
  const configFile = path.join(dir, 'privacy-lint.json');
  const loaded = { file: configFile, baseDir: dir, contents };
  const configFor = (f: string) => resolveConfig(loaded, f, ruleCatalog, dir);
  const today = new Date('2026-06-01T00:00:00Z');
  // One file: its text as the case gives it (the text-level API the ESLint plugin and the server use); the other
  // files of the case are read from the disk like any imported module.
  if (!c.lint) {
    const file = path.join(dir, filename);
    return [lintText(c.code, file, configFor(file), { rules: allRules, configFor, typeInfo: !!c.typeInfo, today, ...(c.facts ? { facts: true } : {}) })];
  }
  return lintFiles({
    files: c.lint.map((f) => path.join(dir, f)),
    rules: allRules,
    configFor,
    typeInfo: !!c.typeInfo,
    today,
    ...(c.facts ? { facts: true } : {}),
  });
}
