/**
 * The engine run behind the ESLint rules. ESLint creates every rule of a file before it walks the file, so each of
 * our rules only registers itself (with its options) when it is created; the first of them to see the `Program`
 * node lints the file once, with every registered rule, and each rule reports its own findings. One analysis per
 * file, and suppressions judged with all the rules that run, as the CLI judges them.
 *
 * Flows cross files, so a file is linted with the project around it: the modules it imports are read from disk and
 * their analyses kept between files (`AnalysisCache`, one per working directory and config setting); with
 * typescript-eslint's `project` or `projectService`, its program gives the types, else the file is linted by names.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Rule, SourceCode } from 'eslint';
import type * as ts from 'typescript';
import {
  AnalysisCache, ConfigResolver, formatConfigError, isIgnored, isLintableFile, lintText,
  type Finding, type ResolvedConfig, type RuleConfig,
} from '@privacy-lint/engine';
import { allRules, ruleCatalog } from '@privacy-lint/rules';
import { pluginSettings, type PluginSettings } from './settings';

/** One file as ESLint lints it: our rules that are on, with their options, and their findings once linted. */
interface FileLint {
  enabled: Map<string, Record<string, unknown> | undefined>;
  settings: PluginSettings;
  findings?: Map<string, Finding[]>;
}

/** Keyed by ESLint's `SourceCode`: one per file and per pass of `--fix` (each pass lints the fixed text). */
const fileLints = new WeakMap<SourceCode, FileLint>();

function modifiedAt(file: string): number | undefined {
  try { return fs.statSync(file).mtimeMs; } catch { return undefined; }
}

/**
 * Configuration discovery and kept analyses for one working directory and one `configFile` setting. A config file
 * that changed on disk (a long-lived ESLint process in an editor) is read again, and every analysis is dropped.
 */
class Project {
  private readonly resolver: ConfigResolver;
  readonly analyses = new AnalysisCache();
  private readonly stamps = new Map<string, number | undefined>();

  constructor(cwd: string, explicitConfigFile: string | undefined) {
    this.resolver = new ConfigResolver({ catalog: ruleCatalog, cwd, explicitConfigFile });
  }

  /** The configuration of a file, with the errors of its config file. */
  forFile(file: string): { config: ResolvedConfig; errors: ReturnType<ConfigResolver['forFile']>['errors'] } {
    const configFile = this.resolver.configFileFor(file);
    if (configFile !== undefined) {
      const stamp = modifiedAt(configFile);
      if (this.stamps.has(configFile) && this.stamps.get(configFile) !== stamp) {
        this.resolver.clear();
        this.analyses.clear();
        this.stamps.clear();
      }
      this.stamps.set(configFile, stamp);
    }
    return this.resolver.forFile(file);
  }
}

const projects = new Map<string, Project>();

function projectFor(cwd: string, settings: PluginSettings): Project {
  const explicit = settings.configFile !== undefined ? path.resolve(cwd, settings.configFile) : undefined;
  const key = `${cwd}\0${explicit ?? ''}`;
  let project = projects.get(key);
  if (!project) {
    project = new Project(cwd, explicit);
    projects.set(key, project);
  }
  return project;
}

/** Registers one of our rules as on for the file `context` lints (called when ESLint creates the rule). */
export function registerRule(context: Rule.RuleContext, ruleId: string): FileLint {
  let lint = fileLints.get(context.sourceCode);
  if (!lint) {
    lint = { enabled: new Map(), settings: pluginSettings(context.settings) };
    fileLints.set(context.sourceCode, lint);
  }
  lint.enabled.set(ruleId, context.options[0] as Record<string, unknown> | undefined);
  return lint;
}

/** The program typescript-eslint made for the file (`project` or `projectService`), if any. */
function programOf(context: Rule.RuleContext): ts.Program | undefined {
  const services = context.sourceCode.parserServices as { program?: ts.Program | null } | undefined;
  const program = services?.program;
  return program && typeof program.getSourceFile === 'function' ? program : undefined;
}

/** The findings of `ruleId` in the file `context` lints: the file is linted (with every registered rule) on first ask. */
export function findingsOf(context: Rule.RuleContext, lint: FileLint, ruleId: string): Finding[] {
  lint.findings ??= lintFile(context, lint);
  return lint.findings.get(ruleId) ?? [];
}

function lintFile(context: Rule.RuleContext, lint: FileLint): Map<string, Finding[]> {
  const byRule = new Map<string, Finding[]>();
  const file = path.resolve(context.cwd, context.filename);
  const project = projectFor(context.cwd, lint.settings);
  const { config, errors } = project.forFile(path.resolve(context.cwd, context.physicalFilename));
  if (errors.length) {
    // As the CLI stops with exit code 2: a broken privacy-lint.json must not pass for a clean file.
    throw new Error(`privacy-lint: invalid configuration:\n${errors.map((e) => formatConfigError(e, lint.settings.locale)).join('\n')}`);
  }
  // What the CLI would not lint: declaration files, other languages, the config's `ignores`.
  if (!isLintableFile(file) || isIgnored(file, config)) return byRule;
  // ESLint decides which rules run and at which severity; options come from privacy-lint.json, ESLint's win.
  const rules: Record<string, RuleConfig> = {};
  for (const rule of allRules) {
    const id = rule.meta.id;
    rules[id] = lint.enabled.has(id)
      ? { severity: 'error', options: { ...(config.rules[id]?.options ?? {}), ...(lint.enabled.get(id) ?? {}) } }
      : { severity: 'off', options: {} };
  }
  const result = lintText(context.sourceCode.text, file, { ...config, rules }, {
    rules: allRules,
    configFor: (f) => project.forFile(f).config,
    program: programOf(context),
    analyses: project.analyses,
  });
  for (const finding of result.findings) {
    const list = byRule.get(finding.ruleId);
    if (list) list.push(finding); else byRule.set(finding.ruleId, [finding]);
  }
  return byRule;
}
