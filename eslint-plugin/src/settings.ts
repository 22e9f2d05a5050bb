/**
 * The plugin's settings, read from ESLint's shared `settings` under `privacy-lint`:
 *
 * ```js
 * settings: { 'privacy-lint': { locale: 'ja', configFile: 'config/privacy-lint.json' } }
 * ```
 */
import { localeFromEnvironment, type Locale } from '@privacy-lint/engine';

/** The key of the plugin's settings in ESLint's `settings`. */
export const SETTINGS_KEY = 'privacy-lint';

export interface PluginSettings {
  /** Language of the messages and the suggestions' titles (default: from LC_ALL, LC_MESSAGES or LANG, as the CLI). */
  locale: Locale;
  /**
   * A privacy-lint.json for every file, relative to ESLint's working directory (the CLI's `-c`); by default the
   * nearest privacy-lint.json above each file, as the CLI and the editor find it.
   */
  configFile?: string;
}

/** The settings in force; a mistake in them is an error, as ESLint treats a mistake in its own configuration. */
export function pluginSettings(settings: Record<string, unknown> | undefined, env: NodeJS.ProcessEnv = process.env): PluginSettings {
  const raw = settings?.[SETTINGS_KEY];
  if (raw === undefined) return { locale: localeFromEnvironment(env) };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`settings["${SETTINGS_KEY}"] must be an object.`);
  const { locale, configFile, ...rest } = raw as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length) {
    throw new Error(`settings["${SETTINGS_KEY}"]: unknown setting ${unknown.map((k) => `"${k}"`).join(', ')} (known: "locale", "configFile").`);
  }
  if (locale !== undefined && locale !== 'ja' && locale !== 'en') {
    throw new Error(`settings["${SETTINGS_KEY}"].locale must be "ja" or "en".`);
  }
  if (configFile !== undefined && (typeof configFile !== 'string' || configFile === '')) {
    throw new Error(`settings["${SETTINGS_KEY}"].configFile must be the path of a privacy-lint.json.`);
  }
  return { locale: locale ?? localeFromEnvironment(env), ...(configFile !== undefined ? { configFile } : {}) };
}
