/** The language of the messages when none is chosen (the CLI's `--locale`, the ESLint plugin's `locale` setting). */
import type { Locale } from './types';

/**
 * POSIX order: `LC_ALL` overrides `LC_MESSAGES`, which overrides `LANG`; the first one set decides.
 * Japanese when it starts with `ja` (`ja_JP.UTF-8`, `ja`), English otherwise (including `C` and unset).
 */
export function localeFromEnvironment(env: NodeJS.ProcessEnv): Locale {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ja(?![a-z])/i.test(value) ? 'ja' : 'en';
}
