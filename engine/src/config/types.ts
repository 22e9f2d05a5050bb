/**
 * The shape of `privacy-lint.json` (as written by leads) and of the configuration the engine uses for one
 * file (after `extends`, defaults and `overrides` are applied). Key names are public API.
 */
import type { SeveritySetting } from '../types';
import type { PersonalCategory } from './schema';

export type RuleSetting = SeveritySetting | [SeveritySetting] | [SeveritySetting, Record<string, unknown>];

/**
 * A registered processor (委託先): by host (URLs written in code and the SDKs that call it), by catalogue vendor (every
 * SDK call of that vendor, and URLs to its API hosts), or both.
 */
export interface ProcessorEntry { host?: string; vendor?: string; country: string; name?: string; }

/** What a declared function does with personal data (`functions[].kind`). Public API. */
export type DeclaredFunctionKind = 'log' | 'transfer' | 'source' | 'sanitizer' | 'pass-through';

/**
 * A function of the team's code or of a package, declared in `functions`: a sink (`log`, `transfer`), a source of
 * the customer's input, a sanitizer, or a function whose result carries its arguments.
 */
export interface DeclaredFunction {
  /** A package name (`@acme/notify`), a path relative to the config's folder (`./src/lib/notify`) or an alias as imported (`@/lib/utils`). */
  module: string;
  /** The export: a function (`log`, `default`), or a method of an exported object or class (`notifier.send`). */
  export: string;
  kind: DeclaredFunctionKind;
  /** For a transfer: `"internal"`, a host or a catalogue vendor id. */
  destination?: string;
}

/** What a lead writes. Every key is optional. */
export interface ConfigFileContents {
  $schema?: string;
  extends?: 'recommended' | 'strict' | Array<'recommended' | 'strict'>;
  ignores?: string[];
  testFiles?: { patterns?: string[]; lint?: boolean };
  rules?: Record<string, RuleSetting>;
  personalData?: {
    extraFields?: Record<string, string[]>;
    ignoreFields?: string[];
    personalTypes?: string[];
    sanitizers?: string[];
    /** Category → how findings about values of that category only are reported (logs, transfers, cookies). */
    categories?: Partial<Record<PersonalCategory, SeveritySetting>>;
  };
  myNumber?: { permittedModules?: string[]; permittedDestinations?: string[] };
  transfers?: {
    internalHosts?: string[]; processors?: ProcessorEntry[]; consentGuards?: string[];
    /** Environment variable or constant name → `"internal"`, a host or a catalogue vendor id. */
    destinations?: Record<string, string>;
  };
  sensitiveData?: { permittedModules?: string[] };
  marketing?: { optOutGuards?: string[]; senders?: string[] };
  /** `redactedKeys`: keys the team's own logger redacts or hashes wherever they are (`"from"`, `"user.email"`). */
  logs?: { redactedKeys?: string[] };
  fixes?: { maskFunction?: { name: string; import?: string } };
  functions?: DeclaredFunction[];
  overrides?: Array<Omit<ConfigFileContents, 'extends' | 'overrides' | 'ignores' | 'testFiles' | '$schema' | 'functions'> & { files: string[] }>;
}

export interface RuleConfig { severity: SeveritySetting; options: Record<string, unknown>; }

/** The configuration in force for one file. Globs are relative to `baseDir`. */
export interface ResolvedConfig {
  /** Absolute path of the config file, or undefined when built-in defaults are used. */
  configFile?: string;
  /** Folder globs are relative to (the config file's folder, or the working directory). */
  baseDir: string;
  ignores: string[];
  /**
   * Test code: files matching `patterns` (globs relative to `baseDir`) are skipped by the flow rules
   * (`RuleMeta.flow`) unless `lint` is true.
   */
  testFiles: { patterns: string[]; lint: boolean };
  rules: Record<string, RuleConfig>;
  personalData: {
    extraFields: Record<string, string[]>;
    ignoreFields: string[];
    personalTypes: string[];
    sanitizers: string[];
    categories: Partial<Record<PersonalCategory, SeveritySetting>>;
  };
  myNumber: { permittedModules: string[]; permittedDestinations: string[] };
  transfers: { internalHosts: string[]; processors: ProcessorEntry[]; consentGuards: string[]; destinations: Record<string, string> };
  sensitiveData: { permittedModules: string[] };
  marketing: { optOutGuards: string[]; senders: string[] };
  logs: { redactedKeys: string[] };
  fixes: { maskFunction: { name: string; import?: string } };
  /** The team's declared sinks, sources, sanitizers and pass-through functions (top level only). */
  functions: DeclaredFunction[];
}

/** A problem in a config file, with a 1-based position. */
export interface ConfigError {
  file: string;
  line: number;
  column: number;
  /** In English. */
  message: string;
  /** In Japanese, for the messages that have a translation (the others are shown in English in every locale). */
  messageJa?: string;
}

/** What the config loader needs to know about the rules (the engine does not import `rules/`). */
export interface RuleCatalog {
  /** Rule id → JSON Schema of its options object (or undefined when it takes none). */
  options: Record<string, object | undefined>;
  /** Rule id → default severity ('error' | 'warn'). */
  defaults: Record<string, SeveritySetting>;
  /** Preset name → rule settings layered over the defaults. */
  presets: Record<string, Record<string, RuleSetting>>;
}
