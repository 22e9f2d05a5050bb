/** Public API of the Privacy Lint engine. */
export * from './types';
export { fileFacts, type FileFacts, type TransferFact, type DestinationFact, type FieldUseFact } from './file-facts';
export * from './rule';
export * from './lint-api';
export { setReadRoots, readRoots, mayRead } from './read-boundary';
export { EVALUATION_BUDGET, MAX_DEPTH } from './model/flow-tables';
export * from './vocabulary';
export { findHardcodedPersonalData, isValidMyNumber, myNumberCheckDigit, type HardcodedKind, type HardcodedLiteral } from './hardcoded';
export { isBlockingGuard, isMarketingSender } from './model/marketing';
export { SENSITIVE_KINDS, sensitiveKindOf, type SensitiveKind } from './sensitive';
export * from './sinks';
export * from './model/facts';
export { PrivacyModel } from './model/model';
export { IncrementalSources, ProjectContext, SOURCE_EXTENSIONS } from './model/project';
export { classifyUrl, hostMatches } from './model/destinations';
export { describeValue, describeDestination, describePath, describePaths } from './describe';
export { lintText, type LintTextOptions } from './lint-text';
export { localeFromEnvironment } from './locale';
export { AnalysisCache } from './analysis-cache';
export { lintFiles, runRules, rangeOf, rangeOfNode, interpolate, decodeSource, readSourceFile, PARSE_ERROR_RULE_ID, MAX_FILE_BYTES } from './lint';
export { readRegularFile, isRegularFile, type FileRead } from './read-file';
export * from './suppressions';
export {
  ConfigResolver, loadConfigFile, parseConfigText, mayQuoteConfig, withoutQuotes, findConfigFile, resolveConfig, defaultConfig, isIgnored, matchesAny,
  formatConfigError, configErrorMessage, readConfigText, configSchema, relativePosixPath, isTestFile, defaultTestFilePatterns,
  personalCategories, type PersonalCategory,
} from './config/index';
export type * from './config/types';
export type { ConfigForFile, ConfigResolverOptions, LoadedConfig } from './config/index';
export type { Fix, RuleFixer } from './fixer';
export { DESTINATION_PLACEHOLDER } from './declare-fixes';
export { configTextChange, starterConfigText, type ConfigTextChange } from './config/edit';
export { TypeProjects } from './type-projects';
export { findTsconfig, readTsconfig, projectTsconfigFor, type TsconfigProject, type TsconfigCache } from './lint';
export { discoverFiles, isLintableFile, isVendoredCopy, MissingPathError, sortPaths, type Discovery, type IgnorePolicy } from './discovery';
export { LineMap } from './text';
export { engineDiagnostics, type EngineDiagnosticDescriptor } from './engine-diagnostics';
export { surveyRepository, sinksForPackage, type RepositorySurvey, type SurveyDestination, type SurveyPlace, type SurveyOptions } from './survey';
export { blindSpotDescriptors, untypedReason, type BlindSpotDescriptor } from './blind-spot-hints';
export { withoutUntypedByDesign } from './model/blind-spots';
