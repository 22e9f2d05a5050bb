/** The language of the messages when `--locale` is not given: the engine's rule, shared with the ESLint plugin. */
export { localeFromEnvironment } from '@privacy-lint/engine';
