// The layers of the product (docs: /work/shared/design/ARCHITECTURE.md, "Layers and the way data flows"), as a
// lint of imports: `no-restricted-imports` per folder, and the same patterns for the other ways TypeScript and
// CommonJS import a module (`import x = require(…)`, `require(…)`, `import(…)`), which that rule does not see.
// test/layers.test.ts runs it with ESLint's Node API (so `npm test` fails when a layer is crossed); by hand:
//   npx eslint -c layers.eslint.config.mjs engine/src rules cli/src server/src client/src eslint-plugin/src
import tsParser from '@typescript-eslint/parser';

/** A restricted import: the module specifiers it matches, and what to do instead. */
const restrict = (regex, message) => ({ regex, message });

// The packages of the repository, by their names, and by relative paths into their folders (sources live in
// <package>/src, so a path into another package climbs two folders at least).
const into = (folder) => `^(\\.\\./){2,}(.*/)?${folder}(/|$)`;
const pkg = (names, folder) => `^(${names.join('|')})(/|$)|${into(folder)}`;
const ENGINE_INTERNALS = restrict(`^@privacy-lint/engine/|${into('engine')}`,
  "Import the engine's public entry, '@privacy-lint/engine'; its internals are not an API.");
const RULES_INTERNALS = restrict(`^@privacy-lint/rules/|${into('rules')}`, "Import the rules' public entry, '@privacy-lint/rules'.");
const RULES = restrict(pkg(['@privacy-lint/rules'], 'rules'), 'The engine runs the rules it is given; it never imports them.');
const EDITORS = restrict('^vscode$|^vscode-languageserver|^vscode-languageclient|^vscode-jsonrpc',
  'The editor and the language server protocol belong to client/ and server/.');
const VSCODE = restrict('^vscode$', 'Only the VS Code extension (client/) talks to VS Code.');
const LSP_CLIENT = restrict('^vscode-languageclient', 'The language client belongs to client/.');
const SERVER = restrict(pkg(['privacy-lint-server'], 'server'), 'The language server is a process of its own: talk to it over LSP.');
const CLIENT = restrict(pkg(['@privacy-lint/vscode-client'], 'client'), 'The VS Code extension is an adapter no one imports.');
const CLI = restrict(pkg(['privacy-lint'], 'cli'), 'The CLI is an adapter no one imports.');
const ESLINT_PLUGIN = restrict(pkg(['eslint-plugin-privacy-lint'], 'eslint-plugin'), 'The ESLint plugin is an adapter no one imports.');
const ANALYSIS = restrict(pkg(['@privacy-lint/engine', '@privacy-lint/rules', 'typescript'], '(engine|rules)'),
  'Analysis only ever runs in the server process: the client starts the server and passes settings.');

/** `no-restricted-imports` with these patterns, and `no-restricted-syntax` for the other ways of importing. */
function layer(files, patterns) {
  const selectors = [];
  for (const { regex, message } of patterns) {
    // esquery reads `/…/` up to the first slash: slashes in the pattern are written `\x2F`.
    const re = `/${regex.replaceAll('/', '\\x2F')}/`;
    selectors.push(
      { selector: `TSImportEqualsDeclaration[moduleReference.expression.value=${re}]`, message },
      { selector: `CallExpression[callee.name='require'][arguments.0.value=${re}]`, message },
      { selector: `ImportExpression[source.value=${re}]`, message },
    );
  }
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: patterns.map(({ regex, message }) => ({ regex, message })) }],
      'no-restricted-syntax': ['error', ...selectors],
    },
  };
}

export default [
  {
    files: ['**/*.ts', '**/*.mts', '**/*.cts'],
    languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' },
    // Inline `eslint-disable` comments are for other configs' rules; a layer is not crossed by a comment.
    linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
  },
  // The engine parses, builds the privacy model, loads config: it knows nothing of rules, editors or adapters.
  layer(['engine/src/**/*.ts'], [RULES, EDITORS, SERVER, CLIENT, CLI, ESLINT_PLUGIN]),
  // The configuration is loaded and validated before any file is analysed: it never reaches into the model.
  layer(['engine/src/config/**/*.ts'], [
    restrict('^\\.{1,2}/(.*/)?model(/|$)', 'The configuration comes before the model: engine/src/config must not import engine/src/model.'),
    RULES, EDITORS, SERVER, CLIENT, CLI, ESLINT_PLUGIN,
  ]),
  // A rule is a query over the model: the engine's public entry and the rules' own files, nothing else (no
  // engine internals, no `typescript` for the checker, no file system, network or processes).
  layer(['rules/*.ts'], [
    restrict('^(?!@privacy-lint/engine$)(?!\\./)',
      "rules/ imports only the engine's public entry ('@privacy-lint/engine') and its own files: no engine internals, no typescript, no fs, network or processes."),
  ]),
  // Adapters use the engine and the rules through their public entries.
  layer(['cli/src/**/*.ts'], [ENGINE_INTERNALS, RULES_INTERNALS, EDITORS, SERVER, CLIENT, ESLINT_PLUGIN]),
  layer(['server/src/**/*.ts'], [ENGINE_INTERNALS, RULES_INTERNALS, VSCODE, LSP_CLIENT, CLIENT, CLI, ESLINT_PLUGIN]),
  layer(['eslint-plugin/src/**/*.ts'], [ENGINE_INTERNALS, RULES_INTERNALS, EDITORS, SERVER, CLIENT, CLI]),
  layer(['client/src/**/*.ts'], [ANALYSIS, SERVER, CLI, ESLINT_PLUGIN]),
];
