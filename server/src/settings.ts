/**
 * The editor's `privacyLint.*` settings for one document. They are pulled per document URI (scope `resource`,
 * so each folder of a multi-root workspace can differ) and cached per URI until the client says they changed.
 */
import type { Connection } from 'vscode-languageserver';
import type { Locale } from '@privacy-lint/engine';

export interface Settings {
  enable: boolean;
  /** Validate as the user types (debounced) or only when the file is saved. */
  run: 'onType' | 'onSave';
  /** A privacy-lint.json to use instead of the nearest one, relative to the workspace folder ('' = nearest). */
  configFile: string;
  /** Use the TypeScript checker when a tsconfig.json covers the file. */
  typeInfo: 'auto' | 'off';
  /** Message language; `auto` follows the editor's display language. */
  locale: 'auto' | Locale;
}

export const defaultSettings: Readonly<Settings> = { enable: true, run: 'onType', configFile: '', typeInfo: 'auto', locale: 'auto' };

/** Takes what the client sent, keeping defaults for anything missing or malformed (clients send null for unset). */
export function normaliseSettings(raw: unknown): Settings {
  const s = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const pick = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
    (allowed as readonly unknown[]).includes(value) ? (value as T) : fallback;
  return {
    enable: typeof s.enable === 'boolean' ? s.enable : defaultSettings.enable,
    run: pick(s.run, ['onType', 'onSave'], defaultSettings.run),
    configFile: typeof s.configFile === 'string' ? s.configFile.trim() : defaultSettings.configFile,
    typeInfo: pick(s.typeInfo, ['auto', 'off'], defaultSettings.typeInfo),
    locale: pick(s.locale, ['auto', 'ja', 'en'], defaultSettings.locale),
  };
}

/** Settings per document URI, asked from the client when it can answer (`workspace/configuration`). */
export class SettingsCache {
  private readonly byUri = new Map<string, Promise<Settings>>();

  constructor(
    private readonly connection: Connection,
    private readonly clientAnswers: () => boolean,
    /** Settings given at startup (`initializationOptions.settings`) for clients that cannot be asked. */
    private readonly initial: () => unknown,
  ) {}

  get(uri: string): Promise<Settings> {
    let settings = this.byUri.get(uri);
    if (!settings) {
      settings = this.clientAnswers()
        ? this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'privacyLint' })
          .then(normaliseSettings, () => normaliseSettings(this.initial()))
        : Promise.resolve(normaliseSettings(this.initial()));
      this.byUri.set(uri, settings);
    }
    return settings;
  }

  delete(uri: string): void { this.byUri.delete(uri); }
  clear(): void { this.byUri.clear(); }
}

/** The message language: the setting, else the client's display language (`initialize` params `locale`). */
export function localeFor(settings: Settings, clientLocale: string | undefined): Locale {
  if (settings.locale !== 'auto') return settings.locale;
  return clientLocale?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
