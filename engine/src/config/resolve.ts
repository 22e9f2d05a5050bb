/**
 * From a config file to the configuration in force for one file: defaults, then the `extends` presets in order,
 * then the file's own keys, then each matching `overrides[]` entry. Rules merge per id; in the other sections
 * arrays replace, `personalData.extraFields` and `personalData.categories` merge per category and
 * `transfers.destinations` per name.
 */
import * as path from 'node:path';
import { matchesAny } from './globs';
import { defaultTestFilePatterns } from './schema';
import type { LoadedConfig } from './load';
import type { ConfigFileContents, ResolvedConfig, RuleCatalog, RuleConfig, RuleSetting } from './types';
import type { SeveritySetting } from '../types';

/** Functions whose result is no longer personal data, when the config does not say otherwise. */
export const defaultSanitizers: readonly string[] = ['mask', 'redact', 'anonymize', 'pseudonymize'];

/** The function the mask suggestion uses when the config does not say otherwise. */
export const defaultMaskFunction = { name: 'mask' } as const;

type ConfigLayer = Omit<ConfigFileContents, 'extends' | 'overrides' | 'ignores' | 'testFiles' | '$schema' | 'functions'>;

const sectionKeys = ['personalData', 'myNumber', 'transfers', 'sensitiveData', 'marketing', 'logs', 'fixes'] as const;

/**
 * Default options of a rule: the `default` of each property in its option schema. Rule authors put defaults
 * there, so the schema editors show and the options rules receive agree.
 */
export function defaultRuleOptions(catalog: RuleCatalog, ruleId: string): Record<string, unknown> {
  const schema = catalog.options[ruleId] as { properties?: Record<string, { default?: unknown }> } | undefined;
  const options: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(schema?.properties ?? {})) {
    if (property && typeof property === 'object' && 'default' in property) options[key] = structuredClone(property.default);
  }
  return options;
}

/**
 * The built-in configuration: every catalog rule at its default severity and options, the default sanitizers
 * and mask function, every list empty.
 *
 * @param baseDir Folder globs are relative to.
 * @param configFile The config file this configuration stands for, if any.
 */
export function defaultConfig(catalog: RuleCatalog, baseDir: string, configFile?: string): ResolvedConfig {
  const rules: Record<string, RuleConfig> = {};
  for (const id of new Set([...Object.keys(catalog.defaults), ...Object.keys(catalog.options)])) {
    rules[id] = { severity: catalog.defaults[id] ?? 'error', options: defaultRuleOptions(catalog, id) };
  }
  const config: ResolvedConfig = {
    baseDir,
    ignores: [],
    testFiles: { patterns: [...defaultTestFilePatterns], lint: false },
    rules,
    personalData: { extraFields: {}, ignoreFields: [], personalTypes: [], sanitizers: [...defaultSanitizers], categories: {} },
    myNumber: { permittedModules: [], permittedDestinations: [] },
    transfers: { internalHosts: [], processors: [], consentGuards: [], destinations: {} },
    sensitiveData: { permittedModules: [] },
    marketing: { optOutGuards: [], senders: [] },
    logs: { redactedKeys: [] },
    fixes: { maskFunction: { ...defaultMaskFunction } },
    functions: [],
  };
  if (configFile !== undefined) config.configFile = configFile;
  return config;
}

function severityOf(setting: RuleSetting): SeveritySetting {
  return Array.isArray(setting) ? setting[0] : setting;
}

/**
 * Applies rule settings to resolved rules. A severity alone keeps the options already in force (like ESLint);
 * `[severity, options]` sets the rule's default options merged with the given ones. Unknown ids are skipped
 * (they are reported when the file is loaded).
 */
function applyRules(rules: Record<string, RuleConfig>, settings: Record<string, RuleSetting>, catalog: RuleCatalog): void {
  for (const [id, setting] of Object.entries(settings)) {
    const current = rules[id];
    if (!current) continue;
    const options =
      Array.isArray(setting) && setting.length > 1 && setting[1]
        ? { ...defaultRuleOptions(catalog, id), ...structuredClone(setting[1]) }
        : current.options;
    rules[id] = { severity: severityOf(setting), options };
  }
}

function applyLayer(config: ResolvedConfig, layer: ConfigLayer, catalog: RuleCatalog): void {
  if (layer.rules) applyRules(config.rules, layer.rules, catalog);
  for (const key of sectionKeys) {
    const section = layer[key] as Record<string, unknown> | undefined;
    if (!section) continue;
    const target = config[key] as Record<string, unknown>;
    for (const [name, value] of Object.entries(section)) {
      if (value === undefined) continue;
      if ((key === 'personalData' && (name === 'extraFields' || name === 'categories')) || (key === 'transfers' && name === 'destinations')) {
        target[name] = { ...(target[name] as object), ...structuredClone(value as object) };
      } else {
        target[name] = structuredClone(value);
      }
    }
  }
}

/** Indexes of the `overrides[]` entries whose `files` match `file` (relative to the config's folder). */
export function matchingOverrides(loaded: LoadedConfig, file: string): number[] {
  const indexes: number[] = [];
  (loaded.contents.overrides ?? []).forEach((entry, index) => {
    if (matchesAny(file, entry.files, loaded.baseDir)) indexes.push(index);
  });
  return indexes;
}

/**
 * The configuration for `loaded` with the given `overrides[]` entries applied, without matching globs.
 * Files that match the same entries share the same result, which lets callers cache per entry set.
 */
export function resolveWithOverrides(loaded: LoadedConfig, overrideIndexes: readonly number[], catalog: RuleCatalog): ResolvedConfig {
  const config = defaultConfig(catalog, loaded.baseDir, loaded.file);
  const { contents } = loaded;
  const presets = contents.extends === undefined ? [] : Array.isArray(contents.extends) ? contents.extends : [contents.extends];
  for (const preset of presets) {
    const settings = catalog.presets[preset];
    if (settings) applyRules(config.rules, settings, catalog);
  }
  if (contents.ignores) config.ignores = [...contents.ignores];
  if (contents.testFiles?.patterns) config.testFiles.patterns = [...contents.testFiles.patterns];
  if (contents.testFiles?.lint !== undefined) config.testFiles.lint = contents.testFiles.lint;
  if (contents.functions) config.functions = structuredClone(contents.functions);
  applyLayer(config, contents, catalog);
  for (const index of overrideIndexes) {
    const entry = contents.overrides?.[index];
    if (entry) applyLayer(config, entry, catalog);
  }
  return config;
}

/**
 * The configuration in force for `file`.
 *
 * @param loaded The config file that applies to `file`, or undefined for the built-in defaults.
 * @param file The linted file (absolute, or relative to the config's folder).
 * @param catalog Rule ids, their option schemas, defaults and presets.
 * @param cwd The folder globs are relative to when there is no config file.
 */
export function resolveConfig(
  loaded: LoadedConfig | undefined,
  file: string,
  catalog: RuleCatalog,
  cwd: string,
): ResolvedConfig {
  if (!loaded) return defaultConfig(catalog, path.resolve(cwd));
  return resolveWithOverrides(loaded, matchingOverrides(loaded, file), catalog);
}
