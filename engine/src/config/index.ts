/** The configuration layer: `privacy-lint.json` schema, loading, validation, discovery and resolution. */
export type {
  ConfigError,
  ConfigFileContents,
  ProcessorEntry,
  ResolvedConfig,
  RuleCatalog,
  RuleConfig,
  RuleSetting,
} from './types';
export { configSchema, defaultTestFilePatterns, personalCategories, presetNames, type PersonalCategory } from './schema';
export {
  configErrorMessage,
  configFileName,
  findConfigFile,
  formatConfigError,
  loadConfigFile,
  MAX_CONFIG_DEPTH,
  mayQuoteConfig,
  parseConfigText,
  readConfigText,
  withoutQuotes,
  type LoadedConfig,
} from './load';
export { defaultConfig, defaultMaskFunction, defaultRuleOptions, defaultSanitizers, resolveConfig } from './resolve';
export { globProblem, isIgnored, isTestFile, matchesAny, relativePosixPath } from './globs';
export { ConfigResolver, type ConfigForFile, type ConfigResolverOptions } from './resolver';
