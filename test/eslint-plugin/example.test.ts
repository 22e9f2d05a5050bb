/**
 * The ESLint plugin on the example app must report what the CLI reports: ESLint (its `ESLint` class, the plugin's
 * recommended flat config) and `privacy-lint -f json`, file by file — rule, severity, message, range, message id,
 * and each suggestion that edits the file (its title and its fix). With types (typescript-eslint's projectService
 * against the CLI with its tsconfig programs) in English, and without (no project against `--no-type-info`) in
 * Japanese.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import plugin = require('eslint-plugin-privacy-lint');

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const example = path.join(repoRoot, 'examples', 'shop-app');
const cliBin = path.join(repoRoot, 'cli', 'bin', 'privacy-lint.js');

/** One message as both tools give it; suggestions by title and fix (ESLint's merged `{ range, text }`). */
interface Comparable {
  ruleId: string;
  severity: number;
  message: string;
  messageId: string | undefined;
  line: number;
  column: number;
  endLine: number | undefined;
  endColumn: number | undefined;
  suggestions: Array<{ desc: string; fix: unknown }>;
  fix: unknown;
}

interface CliMessage {
  ruleId: string; severity: number; message: string; messageId: string; line: number; column: number; endLine: number; endColumn: number;
  fix?: unknown; suggestions?: Array<{ desc: string; fix?: unknown }>;
}

function cliFindings(args: string[]): Map<string, Comparable[]> {
  const run = spawnSync(process.execPath, [cliBin, '-f', 'json', ...args, '.'], { cwd: example, encoding: 'utf8', timeout: 120_000 });
  assert.equal(run.status, 1, run.stderr);
  const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: CliMessage[] }>;
  return new Map(results.filter((r) => r.messages.length).map((r) => [path.relative(example, r.filePath), r.messages.map((m) => ({
    ruleId: m.ruleId, severity: m.severity, message: m.message, messageId: m.messageId,
    line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn,
    // ESLint cannot apply a suggestion that only edits privacy-lint.json (it has no `fix` in the JSON report).
    suggestions: (m.suggestions ?? []).filter((s) => s.fix).map((s) => ({ desc: s.desc, fix: s.fix })),
    fix: m.fix,
  }))]));
}

async function eslintFindings(parserOptions: Linter.ParserOptions, locale: 'en' | 'ja'): Promise<Map<string, Comparable[]>> {
  const eslint = new ESLint({
    cwd: example,
    overrideConfigFile: true,
    overrideConfig: [plugin.configs.recommended, { languageOptions: { parserOptions }, settings: { 'privacy-lint': { locale } } }],
  });
  const results = await eslint.lintFiles(['.']);
  return new Map(results.filter((r) => r.messages.length).map((r) => [path.relative(example, r.filePath), r.messages.map((m) => ({
    ruleId: m.ruleId?.replace(/^privacy-lint\//, '') ?? `(fatal: ${m.message})`, severity: m.severity, message: m.message, messageId: m.messageId,
    line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn,
    suggestions: (m.suggestions ?? []).map((s) => ({ desc: s.desc, fix: s.fix })),
    fix: m.fix,
  }))]));
}

const count = (findings: Map<string, Comparable[]>): number => [...findings.values()].reduce((n, list) => n + list.length, 0);

describe('the ESLint plugin on the example app', function () {
  this.timeout(240_000);

  it('reports what the CLI reports with types (projectService), in English', async () => {
    const cli = cliFindings(['--locale', 'en']);
    assert.equal(count(cli), 22, 'the example has 22 findings (examples/shop-app/EXPECTED.md)');
    const eslint = await eslintFindings({ projectService: true, tsconfigRootDir: example }, 'en');
    assert.deepEqual(eslint, cli);
    assert.ok([...eslint.values()].flat().some((m) => m.suggestions.length > 0), 'suggestions are compared too');
  });

  it('reports what the CLI reports without types (no project), in Japanese', async () => {
    const cli = cliFindings(['--locale', 'ja', '--no-type-info']);
    assert.equal(count(cli), 21, 'one finding of the example needs types');
    const eslint = await eslintFindings({}, 'ja');
    assert.deepEqual(eslint, cli);
  });
});
