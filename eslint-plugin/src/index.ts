/**
 * eslint-plugin-privacy-lint: Privacy Lint's rules in ESLint's flat config, on @typescript-eslint/parser. The rules,
 * their presets and their messages are the CLI's; the engine lints each file with the project around it (see
 * ./file-findings), with types when typescript-eslint's `project` or `projectService` gives a program.
 *
 * ```js
 * // eslint.config.mjs
 * import privacyLint from 'eslint-plugin-privacy-lint';
 * export default [privacyLint.configs.recommended];
 * ```
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Linter, Rule } from 'eslint';
import { engineDiagnostics, type RuleSetting } from '@privacy-lint/engine';
import { allRules, ruleCatalog } from '@privacy-lint/rules';
import { engineRules, privacyRule } from './rules';
// The parser object itself (not a namespace copy): ESLint names and caches parsers by their `meta`.
import tsParser = require('@typescript-eslint/parser');

/** The plugin's namespace in rule ids (`privacy-lint/no-personal-data-in-logs`) and settings. */
const NAMESPACE = 'privacy-lint';

/** TypeScript and JavaScript, as the CLI finds them (it skips .d.ts files, so do the rules). */
const FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts', '**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'];

// dist/index.js in the repository, bundle/index.js in the package: package.json is one folder up from both.
const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { name: string; version: string };

const rules: Record<string, Rule.RuleModule> = {
  ...Object.fromEntries(allRules.map((rule) => [rule.meta.id, privacyRule(rule)])),
  ...engineRules(),
};

/** A preset of the CLI (`"extends": "recommended" | "strict"` in privacy-lint.json) as ESLint rule settings. */
function presetRules(preset: 'recommended' | 'strict'): Linter.RulesRecord {
  const settings: Linter.RulesRecord = {};
  for (const rule of allRules) {
    const setting: RuleSetting = ruleCatalog.presets[preset]?.[rule.meta.id] ?? ruleCatalog.defaults[rule.meta.id];
    settings[`${NAMESPACE}/${rule.meta.id}`] = setting as Linter.RuleEntry;
  }
  // The engine's own diagnostics at the severity the CLI gives them in every preset.
  for (const diagnostic of engineDiagnostics) {
    settings[`${NAMESPACE}/${diagnostic.id}`] = diagnostic.defaultSeverity === 'warning' ? 'warn' : 'error';
  }
  return settings;
}

const plugin = {
  meta: { name: pkg.name, version: pkg.version, namespace: NAMESPACE },
  rules,
  configs: {} as { recommended: Linter.Config; strict: Linter.Config },
};

function preset(name: 'recommended' | 'strict'): Linter.Config {
  return {
    name: `${NAMESPACE}/${name}`,
    files: FILES,
    languageOptions: { parser: tsParser as unknown as Linter.Parser },
    plugins: { [NAMESPACE]: plugin },
    rules: presetRules(name),
  };
}

plugin.configs.recommended = preset('recommended');
plugin.configs.strict = preset('strict');

export = plugin;
