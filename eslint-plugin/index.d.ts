import type { ESLint, Linter } from 'eslint';

/** Privacy Lint's rules in ESLint: `plugins: { 'privacy-lint': plugin }`, or one of its flat configs. */
declare const plugin: ESLint.Plugin & {
  meta: { name: string; version: string; namespace: string };
  rules: NonNullable<ESLint.Plugin['rules']>;
  configs: {
    /** Every rule at its default severity (the CLI's `"extends": "recommended"`), on TypeScript and JavaScript files. */
    recommended: Linter.Config;
    /** Every rule an error, with the options of the CLI's `"extends": "strict"`. */
    strict: Linter.Config;
  };
};

export = plugin;
