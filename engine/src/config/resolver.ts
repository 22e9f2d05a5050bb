/**
 * Config discovery with caches, for the CLI (thousands of files, few config files) and the language server
 * (asks again on every change; clears when a config file changes).
 */
import * as path from 'node:path';
import { configFileName, isConfigCandidate, loadConfigFile, type LoadedConfig } from './load';
import { defaultConfig, matchingOverrides, resolveWithOverrides } from './resolve';
import type { ConfigError, ResolvedConfig, RuleCatalog } from './types';

/** What a `ConfigResolver` needs: the rule catalog, the working directory and an optional `--config` file. */
export interface ConfigResolverOptions {
  catalog: RuleCatalog;
  /** Folder globs are relative to when no config file applies; base of a relative `explicitConfigFile`. */
  cwd: string;
  /** A config file given by the user (`--config`): used for every file instead of discovery. */
  explicitConfigFile?: string;
}

/** The configuration for one file and the errors of the config file it comes from. */
export interface ConfigForFile {
  /** Treat as read-only: files with the same config and matching overrides share one object. */
  config: ResolvedConfig;
  /** Errors of the config file in force; when there are any, `config` holds the defaults. */
  errors: ConfigError[];
}

interface LoadResult {
  config?: LoadedConfig;
  errors: ConfigError[];
}

/** Finds, loads and resolves the configuration for each file, caching what files share. */
export class ConfigResolver {
  private readonly catalog: RuleCatalog;
  private readonly cwd: string;
  private readonly explicitConfigFile?: string;
  /** Config path → loaded config or its errors. */
  private readonly loaded = new Map<string, LoadResult>();
  /** Folder → nearest config file at or above it. */
  private readonly nearest = new Map<string, string | undefined>();
  /** `config path` + matching override indexes → resolved config. */
  private readonly resolvedByLayers = new Map<string, ResolvedConfig>();
  /** Linted file → result. */
  private readonly resolvedByFile = new Map<string, ConfigForFile>();
  private defaults?: ResolvedConfig;

  constructor(options: ConfigResolverOptions) {
    this.catalog = options.catalog;
    this.cwd = path.resolve(options.cwd);
    if (options.explicitConfigFile !== undefined) this.explicitConfigFile = path.resolve(this.cwd, options.explicitConfigFile);
  }

  /**
   * The configuration in force for `file`: from the explicit config file, or the nearest `privacy-lint.json`
   * walking up from the file's folder, or the built-in defaults relative to `cwd`.
   */
  forFile(file: string): ConfigForFile {
    const absolute = path.resolve(this.cwd, file);
    let result = this.resolvedByFile.get(absolute);
    if (!result) {
      result = this.resolve(absolute);
      this.resolvedByFile.set(absolute, result);
    }
    return result;
  }

  /** The config file that applies to `file`, or undefined when the defaults apply. */
  configFileFor(file: string): string | undefined {
    return this.explicitConfigFile ?? this.nearestConfigFile(path.dirname(path.resolve(this.cwd, file)));
  }

  /** Forgets every cached config file, discovery result and resolved configuration (a config file changed). */
  clear(): void {
    this.loaded.clear();
    this.nearest.clear();
    this.resolvedByLayers.clear();
    this.resolvedByFile.clear();
  }

  private resolve(file: string): ConfigForFile {
    const configFile = this.configFileFor(file);
    if (configFile === undefined) {
      this.defaults ??= defaultConfig(this.catalog, this.cwd);
      return { config: this.defaults, errors: [] };
    }
    const { config: loaded, errors } = this.load(configFile);
    if (!loaded) {
      return { config: this.layered(`${configFile}\0error`, () => defaultConfig(this.catalog, path.dirname(configFile), configFile)), errors };
    }
    const indexes = matchingOverrides(loaded, file);
    const config = this.layered(`${configFile}\0${indexes.join(',')}`, () => resolveWithOverrides(loaded, indexes, this.catalog));
    return { config, errors };
  }

  private layered(key: string, build: () => ResolvedConfig): ResolvedConfig {
    let config = this.resolvedByLayers.get(key);
    if (!config) {
      config = build();
      this.resolvedByLayers.set(key, config);
    }
    return config;
  }

  private load(configFile: string): LoadResult {
    let result = this.loaded.get(configFile);
    if (!result) {
      result = loadConfigFile(configFile, this.catalog);
      this.loaded.set(configFile, result);
    }
    return result;
  }

  private nearestConfigFile(dir: string): string | undefined {
    if (this.nearest.has(dir)) return this.nearest.get(dir);
    const candidate = path.join(dir, configFileName);
    const parent = path.dirname(dir);
    const found = isConfigCandidate(candidate) ? candidate : parent === dir ? undefined : this.nearestConfigFile(parent);
    this.nearest.set(dir, found);
    return found;
  }
}
