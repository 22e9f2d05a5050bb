import { tempDir as makeTempDir } from './helpers/temp';
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import pm from 'picomatch';
import {
  ConfigResolver,
  configSchema,
  defaultTestFilePatterns,
  relativePosixPath,
  findConfigFile,
  formatConfigError,
  isIgnored,
  isTestFile,
  loadConfigFile,
  matchesAny,
  mayQuoteConfig,
  parseConfigText,
  personalCategories,
  resolveConfig,
  type ConfigError,
  type LoadedConfig,
  type ResolvedConfig,
  type RuleCatalog,
} from '@privacy-lint/engine/dist/config/index';
import { japaneseErrorMessage } from '@privacy-lint/engine/dist/config/validate';

const fixtures = path.join(__dirname, '..', 'fixtures', 'config');

/** A small catalog standing in for `@privacy-lint/rules`. */
const catalog: RuleCatalog = {
  options: {
    'no-personal-data-in-logs': undefined,
    'no-unguarded-external-transfer': {
      type: 'object',
      properties: {
        reportUnknownDestinations: {
          type: 'boolean',
          default: false,
          description: 'Also report transfers whose destination cannot be resolved.',
        },
      },
      additionalProperties: false,
    },
    'my-number-outside-permitted-module': undefined,
  },
  defaults: {
    'no-personal-data-in-logs': 'error',
    'no-unguarded-external-transfer': 'error',
    'my-number-outside-permitted-module': 'warn',
  },
  presets: {
    recommended: { 'my-number-outside-permitted-module': 'error' },
    strict: {
      'no-unguarded-external-transfer': ['error', { reportUnknownDestinations: true }],
      'no-personal-data-in-logs': 'error',
    },
  },
};

const ruleIds = 'no-personal-data-in-logs, no-unguarded-external-transfer, my-number-outside-permitted-module';

/**
 * Config text with `¦` just before each place an error must point at; returns the text without the markers
 * and the expected 1-based positions.
 */
function marked(text: string): { text: string; positions: Array<{ line: number; column: number }> } {
  const positions: Array<{ line: number; column: number }> = [];
  let clean = '';
  for (const char of text) {
    if (char === '¦') {
      // Editors do not count a byte order mark as a column.
      const lines = clean.replace(/^\ufeff/, '').split('\n');
      positions.push({ line: lines.length, column: lines[lines.length - 1].length + 1 });
    } else {
      clean += char;
    }
  }
  return { text: clean, positions };
}

/** Parses marked text and asserts the exact errors: one per marker, in order, with these messages. */
function assertErrors(markedText: string, messages: string[]): void {
  const { text, positions } = marked(markedText);
  assert.equal(positions.length, messages.length, 'test setup: one marker per message');
  const result = parseConfigText('/project/privacy-lint.json', text, catalog);
  assert.deepEqual(
    result.errors.map((e) => ({ line: e.line, column: e.column, message: e.message })),
    positions.map((p, i) => ({ ...p, message: messages[i] })),
  );
  assert.equal(result.contents, undefined);
  for (const e of result.errors) assert.equal(e.file, '/project/privacy-lint.json');
}

function tempDir(): string {
  return fs.realpathSync(makeTempDir('privacy-lint-config-'));
}

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

function loaded(baseDir: string, contents: LoadedConfig['contents']): LoadedConfig {
  return { file: path.join(baseDir, 'privacy-lint.json'), baseDir, contents };
}

describe('config: schema', () => {
  it('is a draft-07 schema with the public $id', () => {
    assert.equal(configSchema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(configSchema.$id, 'https://privacy-lint.dev/schemas/privacy-lint.schema.json');
    assert.equal(typeof configSchema.title, 'string');
    assert.equal(typeof configSchema.description, 'string');
  });

  it('has exactly the public top-level keys', () => {
    assert.deepEqual(Object.keys(configSchema.properties).sort(), [
      '$schema', 'extends', 'fixes', 'functions', 'ignores', 'logs', 'marketing', 'myNumber', 'overrides', 'personalData', 'rules',
      'sensitiveData', 'testFiles', 'transfers',
    ]);
  });

  it('describes every property and closes every object', () => {
    const undescribed: string[] = [];
    const open: string[] = [];
    const walk = (node: unknown, where: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${where}[${i}]`));
      if (typeof node !== 'object' || node === null) return;
      const schema = node as Record<string, unknown>;
      if (schema.properties) {
        if (schema.additionalProperties !== false) open.push(where);
        for (const [key, property] of Object.entries(schema.properties as Record<string, Record<string, unknown>>)) {
          if (typeof property.description !== 'string' || property.description === '') undescribed.push(`${where}.${key}`);
        }
      }
      for (const [key, child] of Object.entries(schema)) if (key !== 'enum') walk(child, `${where}/${key}`);
    };
    walk(configSchema, '#');
    assert.deepEqual(undescribed, []);
    assert.deepEqual(open, []);
  });

  it('lists the personal-data categories as extraFields keys', () => {
    assert.deepEqual([...personalCategories], ['name', 'kana', 'contact', 'address', 'birthDate', 'account', 'myNumber', 'sensitive',
      'identificationCode', 'onlineIdentifier', 'credential', 'sessionToken']);
    const extraFields = configSchema.properties.personalData.properties.extraFields;
    assert.deepEqual(Object.keys(extraFields.properties), [...personalCategories]);
  });
});

describe('config: parseConfigText', () => {
  it('accepts the full example from the issue, with comments and trailing commas', () => {
    const file = path.join(fixtures, 'full', 'privacy-lint.json');
    const result = parseConfigText(file, fs.readFileSync(file, 'utf8'), catalog);
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.contents, {
      $schema: 'https://privacy-lint.dev/schemas/privacy-lint.schema.json',
      extends: 'recommended',
      ignores: ['dist/**'],
      rules: {
        'no-personal-data-in-logs': 'warn',
        'no-unguarded-external-transfer': ['error', { reportUnknownDestinations: true }],
      },
      personalData: {
        extraFields: { contact: ['renrakusaki'] },
        ignoreFields: ['displayName'],
        personalTypes: ['Member'],
        sanitizers: ['mask', 'redact'],
      },
      myNumber: { permittedModules: ['src/payroll/**'], permittedDestinations: ['api.etax.example.go.jp'] },
      transfers: {
        internalHosts: ['api.example.co.jp', '*.example.internal'],
        processors: [{ host: 'mailer.example.jp', country: 'JP', name: 'Mailer KK' }],
        consentGuards: ['hasConsent', 'consent.isGranted'],
      },
      sensitiveData: { permittedModules: ['src/health/**'] },
      marketing: { optOutGuards: ['isOptedOut'], senders: ['sendCampaignMail'] },
      fixes: { maskFunction: { name: 'mask', import: '@example/privacy' } },
      overrides: [{ files: ['scripts/**'], rules: { 'no-personal-data-in-logs': 'off' } }],
    });
  });

  it('accepts an empty object, extends arrays and every severity form', () => {
    for (const text of [
      '{}',
      '{ "extends": ["recommended", "strict"] }',
      '{ "rules": { "no-personal-data-in-logs": ["off"], "my-number-outside-permitted-module": ["warn", {}] } }',
      '{ "transfers": { "processors": [{ "host": "*.mailer.example.com", "country": "US" }] } }',
    ]) {
      assert.deepEqual(parseConfigText('f.json', text, catalog).errors, [], text);
    }
  });

  it('ignores a byte order mark, also in positions', () => {
    assert.deepEqual(parseConfigText('f.json', '\ufeff{ "extends": "strict" }', catalog), {
      contents: { extends: 'strict' },
      errors: [],
    });
    assertErrors('\ufeff{ ¦"personalDta": {} }', [
      'unknown key "personalDta" in "(root)"; expected one of: extends, ignores, testFiles, rules, personalData, myNumber, transfers, ' +
        'sensitiveData, marketing, logs, fixes, functions, overrides, $schema (did you mean "personalData"?)',
    ]);
  });

  describe('JSON syntax', () => {
    it('reports a missing comma at the next key', () => {
      assertErrors('{\n  "extends": "strict"\n  ¦"ignores": []\n}', ['invalid JSON: expected "," before "\\"ignores\\""']);
    });

    it('reports an unclosed object at the end', () => {
      assertErrors('{\n  "ignores": ["dist"]\n¦', ['invalid JSON: expected "}"']);
    });

    it('reports unquoted and single-quoted keys, and every line with a syntax error', () => {
      assertErrors("{\n  ¦extends: \"strict\",\n  ¦'ignores': []\n}", [
        'invalid JSON: the key extends needs double quotes ("extends")',
        "invalid JSON: 'ignores' needs double quotes (\"ignores\")",
      ]);
    });

    it('reports an unclosed comment', () => {
      assertErrors('{}\n¦/* unfinished', ['invalid JSON: comment is not closed (missing "*/")']);
    });

    it('reports an empty file', () => {
      assertErrors('¦  \n', ['the file is empty; expected a JSON object such as {}']);
    });
  });

  describe('keys and types', () => {
    it('reports an unknown key in a section with the keys it expects', () => {
      assertErrors('{ "personalData": { "extraFields": { ¦"phone": ["tel"] }, ¦"sanitiser": [] } }', [
        'unknown key "phone" in "personalData.extraFields"; expected one of: name, kana, contact, address, birthDate, ' +
          'account, myNumber, sensitive, identificationCode, onlineIdentifier, credential, sessionToken',
        'unknown key "sanitiser" in "personalData"; expected one of: extraFields, ignoreFields, personalTypes, sanitizers, categories ' +
          '(did you mean "sanitizers"?)',
      ]);
    });

    it('reports wrong types at the value', () => {
      assertErrors('{ "ignores": ¦"dist/**", "myNumber": { "permittedModules": [¦42] }, "rules": ¦[] }', [
        '"ignores" must be an array of strings',
        '"myNumber.permittedModules[0]" must be a string',
        '"rules" must be an object',
      ]);
    });

    it('reports a root that is not an object', () => {
      assertErrors('¦["recommended"]', ['"(root)" must be an object']);
    });

    it('reports a misspelt preset, alone or in an array', () => {
      assertErrors('{ "extends": ¦"recomended" }', [
        '"extends" must be "recommended" or "strict", or an array of them (did you mean "recommended"?)',
      ]);
      assertErrors('{ "extends": ["recommended", ¦"strcit"] }', [
        '"extends[1]" must be "recommended" or "strict" (did you mean "strict"?)',
      ]);
    });

    it('reports a key given twice', () => {
      assertErrors('{\n  "ignores": [],\n  ¦"ignores": ["dist"]\n}', [
        'duplicate key "ignores" in "(root)"; each key may appear only once',
      ]);
    });

    it('reports a mask function without a name, and a name that is not a function path', () => {
      assertErrors('{ "fixes": { "maskFunction": ¦{ "import": "x" } } }', ['"fixes.maskFunction" is missing the required key "name"']);
      assertErrors('{ "fixes": { "maskFunction": { "name": ¦"mask()" } } }', [
        '"fixes.maskFunction.name" must be a function name or a dotted path such as "mask" or "privacy.mask"; got "mask()"',
      ]);
    });

    it('reports guards that are not function names or dotted paths', () => {
      assertErrors('{ "transfers": { "consentGuards": ["hasConsent", ¦"consent.isGranted()"] } }', [
        '"transfers.consentGuards[1]" must be a function name or a dotted path such as "hasConsent" or ' +
          '"consent.isGranted"; got "consent.isGranted()"',
      ]);
    });

    it('accepts the keys a logger redacts, and reports one that is not a key or a path of keys', () => {
      assert.deepEqual(parseConfigText('f.json', '{ "logs": { "redactedKeys": ["from", "user.email", "users[*].phone", "*.password"] } }', catalog).errors, []);
      assertErrors('{ "logs": { "redactedKeys": ["from", ¦"user email"] } }', [
        '"logs.redactedKeys[1]" must be a key or a dotted path of keys, like "email", "user.email" or "users[*].email"; got "user email"',
      ]);
      assertErrors('{ "logs": { ¦"redactKeys": ["from"] } }', [
        'unknown key "redactKeys" in "logs"; expected one of: redactedKeys (did you mean "redactedKeys"?)',
      ]);
    });

    it('reports hosts written as URLs', () => {
      assertErrors('{ "transfers": { "internalHosts": [¦"https://api.example.co.jp"] } }', [
        '"transfers.internalHosts[0]" must be a host name or host glob without scheme or path, like ' +
          '"api.example.co.jp" or "*.example.internal"; got "https://api.example.co.jp"',
      ]);
    });
  });

  describe('rules', () => {
    it('reports a severity that is not error, warn or off', () => {
      assertErrors('{ "rules": { "no-personal-data-in-logs": ¦"wran" } }', [
        '"rules.no-personal-data-in-logs" must be "error", "warn" or "off" (or an array starting with one) ' +
          '(did you mean "warn"?)',
      ]);
      assertErrors('{ "rules": { "no-personal-data-in-logs": ¦"warning" } }', [
        '"rules.no-personal-data-in-logs" must be "error", "warn" or "off" (or an array starting with one) ' +
          '(did you mean "warn"?)',
      ]);
      assertErrors('{ "rules": { "no-personal-data-in-logs": ¦2 } }', [
        '"rules.no-personal-data-in-logs" must be "error", "warn" or "off" (or an array starting with one)',
      ]);
    });

    it('reports a wrong severity inside an array at the item', () => {
      assertErrors('{ "rules": { "no-personal-data-in-logs": [¦"eror"] } }', [
        '"rules.no-personal-data-in-logs[0]" must be "error", "warn" or "off" (did you mean "error"?)',
      ]);
      assertErrors('{ "rules": { "no-personal-data-in-logs": ¦[] } }', [
        '"rules.no-personal-data-in-logs" must be [severity] or [severity, options], where severity is "error", ' +
          '"warn" or "off"',
      ]);
    });

    it('reports an unknown rule id at the key, with the closest id', () => {
      assertErrors('{ "rules": { ¦"no-personal-data-in-log": "warn" } }', [
        `unknown rule "no-personal-data-in-log" in "rules"; expected one of: ${ruleIds} (did you mean "no-personal-data-in-logs"?)`,
      ]);
      assertErrors('{ "overrides": [{ "files": ["a"], "rules": { ¦"console-log": "off" } }] }', [
        `unknown rule "console-log" in "overrides[0].rules"; expected one of: ${ruleIds}`,
      ]);
    });

    it('treats "__proto__" as an ordinary, unknown key', () => {
      assertErrors('{ "rules": { ¦"__proto__": "off" } }', [`unknown rule "__proto__" in "rules"; expected one of: ${ruleIds}`]);
      assert.equal(({} as Record<string, unknown>).off, undefined);
    });

    it('validates rule options against the rule\'s schema', () => {
      assertErrors('{ "rules": { "no-unguarded-external-transfer": ["warn", { "reportUnknownDestinations": ¦"yes" }] } }', [
        '"rules.no-unguarded-external-transfer[1].reportUnknownDestinations" must be true or false',
      ]);
      assertErrors('{ "rules": { "no-unguarded-external-transfer": ["warn", { ¦"reportUnknownDestination": true }] } }', [
        'unknown option "reportUnknownDestination" for rule "no-unguarded-external-transfer"; expected one of: ' +
          'reportUnknownDestinations (did you mean "reportUnknownDestinations"?)',
      ]);
    });

    it('rejects options for a rule that takes none', () => {
      assertErrors('{ "rules": { "no-personal-data-in-logs": ["error", ¦{ "strict": true }] } }', [
        'rule "no-personal-data-in-logs" takes no options',
      ]);
    });
  });

  describe('globs', () => {
    const cases: Array<[string, string]> = [
      ['', '"ignores[0]" must not be empty'],
      ['/src/**', '"ignores[0]" must be relative to the folder of privacy-lint.json, not an absolute path; got "/src/**"'],
      ['C:/src/**', '"ignores[0]" must be relative to the folder of privacy-lint.json, not an absolute path; got "C:/src/**"'],
      ['src/[a-z', '"ignores[0]" is not a valid glob: missing closing "]" (write "\\]" to match the character itself); got "src/[a-z"'],
      ['src/{a,b', '"ignores[0]" is not a valid glob: missing closing "}" (write "\\}" to match the character itself); got "src/{a,b"'],
      ['src/@(a|b', '"ignores[0]" is not a valid glob: missing closing ")" (write "\\)" to match the character itself); got "src/@(a|b"'],
      ['src/a]', '"ignores[0]" is not a valid glob: no opening "[" (write "\\[" to match the character itself); got "src/a]"'],
      ['../shared/**', '"ignores[0]" must not contain "..": globs only match files inside the folder of privacy-lint.json; got "../shared/**"'],
      ['!dist/**', '"ignores[0]" must not start with "!": negated globs are not supported; list only the files to match; got "!dist/**"'],
      ['src\\payroll\\**', '"ignores[0]" must use forward slashes ("src/payroll/**"), not backslashes; got "src\\\\payroll\\\\**"'],
    ];
    for (const [glob, message] of cases) {
      it(`reports ${JSON.stringify(glob)}`, () => {
        assertErrors(`{ "ignores": [¦${JSON.stringify(glob)}] }`, [message]);
      });
    }

    it('checks every glob list, in overrides too', () => {
      assertErrors(
        '{ "myNumber": { "permittedModules": [¦"/payroll"] }, "sensitiveData": { "permittedModules": [¦"["] },' +
          ' "overrides": [{ "files": [¦"{a"], "myNumber": { "permittedModules": [¦"!x"] } }] }',
        [
          '"myNumber.permittedModules[0]" must be relative to the folder of privacy-lint.json, not an absolute path; got "/payroll"',
          '"sensitiveData.permittedModules[0]" is not a valid glob: missing closing "]" (write "\\]" to match the character itself); got "["',
          '"overrides[0].files[0]" is not a valid glob: missing closing "}" (write "\\}" to match the character itself); got "{a"',
          '"overrides[0].myNumber.permittedModules[0]" must not start with "!": negated globs are not supported; list only the files to match; got "!x"',
        ],
      );
    });

    it('accepts ordinary globs', () => {
      const text = JSON.stringify({ ignores: ['dist', 'dist/', './build/**', '**/*.gen.ts', 'src/{a,b}/*.ts', '.cache/**', 'x/[ab].ts'] });
      assert.deepEqual(parseConfigText('f.json', text, catalog).errors, []);
    });
  });

  describe('processors', () => {
    it('reports lower-case and three-letter country codes', () => {
      assertErrors(
        '{ "transfers": { "processors": [{ "host": "a.example.jp", "country": ¦"jp" }, { "host": "b.example.com", "country": ¦"USA" }] } }',
        [
          '"transfers.processors[0].country" must be an ISO 3166-1 alpha-2 country code in upper case, like "JP" or "US"; got "jp" (did you mean "JP"?)',
          '"transfers.processors[1].country" must be an ISO 3166-1 alpha-2 country code in upper case, like "JP" or "US"; got "USA" (did you mean "US"?)',
        ],
      );
    });

    it('reports a processor without host or vendor, or without country', () => {
      assertErrors('{ "transfers": { "processors": [¦{ "country": "JP" }, ¦{ "host": "x.example.com" }, ¦{ "vendor": "stripe" }] } }', [
        '"transfers.processors[0]" must name a "host" (like "api.example.co.jp") or a catalogue "vendor" (like "stripe"), or both',
        '"transfers.processors[1]" is missing the required key "country"',
        '"transfers.processors[2]" is missing the required key "country"',
      ]);
    });

    it('accepts a processor by catalogue vendor: an entry id or a vendor name in lower case with dashes', () => {
      const text = JSON.stringify({ transfers: { processors: [
        { vendor: 'stripe', country: 'US' }, { vendor: 'slack', country: 'US', name: 'Slack' },
        { vendor: 'slack-web-api', country: 'US' }, { vendor: 'OpenAI', country: 'US' }, { vendor: 'pay-jp', country: 'JP' },
        { host: 'api.openai.com', vendor: 'openai', country: 'US' },
      ] } });
      assert.deepEqual(parseConfigText('f.json', text, catalog).errors, []);
    });

    it('reports a vendor the catalogue does not know, at the value, with the likely spelling (also in overrides)', () => {
      assertErrors(
        '{ "transfers": { "processors": [{ "vendor": ¦"strpe", "country": "US" }, { "vendor": ¦"acme-crm", "country": "JP" }] },' +
          ' "overrides": [{ "files": ["a/**"], "transfers": { "processors": [{ "vendor": ¦"sendgrd", "country": "US" }] } }] }',
        [
          '"transfers.processors[0].vendor" must be a vendor of the sink catalogue (an id listed by `privacy-lint --list-sinks`, like "stripe" or "openai"); got "strpe" (did you mean "stripe"?)',
          '"transfers.processors[1].vendor" must be a vendor of the sink catalogue (an id listed by `privacy-lint --list-sinks`, like "stripe" or "openai"); got "acme-crm"',
          '"overrides[0].transfers.processors[0].vendor" must be a vendor of the sink catalogue (an id listed by `privacy-lint --list-sinks`, like "stripe" or "openai"); got "sendgrd" (did you mean "sendgrid"?)',
        ],
      );
    });

    it('says in Japanese what a processor needs', () => {
      const result = parseConfigText('f.json', '{ "transfers": { "processors": [{ "vendor": "strpe", "country": "US" }] } }', catalog);
      assert.match(result.errors[0].messageJa ?? '', /シンクカタログのベンダー.*"stripe" の誤りではありませんか/);
    });
  });

  describe('personalData.categories', () => {
    it('accepts a severity per category', () => {
      const text = JSON.stringify({ personalData: { categories: { onlineIdentifier: 'error', credential: 'warn', kana: 'off' } } });
      assert.deepEqual(parseConfigText('f.json', text, catalog).errors, []);
    });

    it('reports an unknown category (the kebab-case spelling too) and an unknown severity, with the likely spelling', () => {
      assertErrors('{ "personalData": { "categories": { ¦"online-identifier": "warn", "credential": ¦"warning" } } }', [
        'unknown key "online-identifier" in "personalData.categories"; expected one of: name, kana, contact, address, birthDate, account, ' +
          'myNumber, sensitive, identificationCode, onlineIdentifier, credential, sessionToken (did you mean "onlineIdentifier"?)',
        '"personalData.categories.credential" must be "error", "warn" or "off" (did you mean "warn"?)',
      ]);
    });

    it('merges per category across overrides', () => {
      const dir = tempDir();
      const config = resolveConfig(loaded(dir, {
        personalData: { categories: { onlineIdentifier: 'error', credential: 'warn' } },
        overrides: [{ files: ['scripts/**'], personalData: { categories: { onlineIdentifier: 'off' } } }],
      }), path.join(dir, 'scripts', 'sync.ts'), catalog, dir);
      assert.deepEqual(config.personalData.categories, { onlineIdentifier: 'off', credential: 'warn' });
    });
  });

  describe('destinations', () => {
    it('accepts "internal", hosts and vendor ids, keyed by variable names and dotted paths', () => {
      const text = JSON.stringify({ transfers: { destinations: {
        CRM_URL: 'internal', MAILER_URL: 'mailer.example.jp', LLM_URL: 'openai', 'settings.crmUrl': 'api.crm.example.com:8443', $x: 'slack',
      } } });
      assert.deepEqual(parseConfigText('f.json', text, catalog).errors, []);
    });

    it('reports a name that is not one, a URL and an unknown vendor, at their positions', () => {
      assertErrors(
        '{ "transfers": { "destinations": { ¦"crm url": "internal", "A": ¦"https://api.example.com/x", "B": ¦"sendgrd", "C": ¦"interal" } } }',
        [
          '"crm url" in "transfers.destinations" must be an environment variable or constant name, or a dotted path, like "SLACK_WEBHOOK_URL" or "config.crmUrl"',
          '"transfers.destinations.A" must be "internal", a host name like "api.example.co.jp", or a vendor id listed by `privacy-lint --list-sinks` like "stripe"; got "https://api.example.com/x"',
          '"transfers.destinations.B" must be "internal", a host name like "api.example.co.jp", or a vendor id listed by `privacy-lint --list-sinks` like "stripe"; got "sendgrd" (did you mean "sendgrid"?)',
          '"transfers.destinations.C" must be "internal", a host name like "api.example.co.jp", or a vendor id listed by `privacy-lint --list-sinks` like "stripe"; got "interal" (did you mean "internal"?)',
        ],
      );
    });

    it('merges entries by name across overrides', () => {
      const dir = tempDir();
      const config = resolveConfig(loaded(dir, {
        transfers: { destinations: { CRM_URL: 'internal', MAILER_URL: 'mailer.example.jp' } },
        overrides: [{ files: ['scripts/**'], transfers: { destinations: { CRM_URL: 'api.crm.example.com' } } }],
      }), path.join(dir, 'scripts', 'sync.ts'), catalog, dir);
      assert.deepEqual(config.transfers.destinations, { CRM_URL: 'api.crm.example.com', MAILER_URL: 'mailer.example.jp' });
    });
  });

  describe('functions', () => {
    it('accepts sinks, sources, sanitizers and pass-through functions of packages, paths and aliases', () => {
      const text = JSON.stringify({ functions: [
        { module: '@/lib/utils', export: 'log', kind: 'log' },
        { module: './src/notify', export: 'notifySlack', kind: 'transfer', destination: 'hooks.slack.com' },
        { module: '@acme/mailer', export: 'Mailer.deliver', kind: 'transfer', destination: 'sendgrid' },
        { module: '../shared/audit', export: 'default', kind: 'transfer', destination: 'internal' },
        { module: '@/lib/http', export: 'readJsonBody', kind: 'source' },
        { module: '@acme/privacy', export: 'hashEmail', kind: 'sanitizer' },
        { module: 'jsonwebtoken', export: 'sign', kind: 'pass-through' },
      ] });
      assert.deepEqual(parseConfigText('f.json', text, catalog).errors, []);
    });

    it('reports what is wrong with an entry, where it is, with the likely spelling', () => {
      assertErrors(
        [
          '{ "functions": [',
          '  { "module": "@/lib/utils", "export": "log", "kind": ¦"lgo" },',
          '  { "module": "./notify", "export": ¦"notify.slack.send", "kind": "transfer" },',
          '  { "module": "./notify", "export": "notify", "kind": "log", ¦"destination": "internal" },',
          '  { "module": "./notify", "export": "notify", "kind": "transfer", "destination": ¦"sendgird" },',
          '  ¦{ "export": "x", "kind": "source" }',
          '] }',
        ].join('\n'),
        [
          '"functions[0].kind" must be "log", "transfer", "source", "sanitizer" or "pass-through" (did you mean "log"?)',
          '"functions[1].export" must be an exported name ("log", "default") or a method of an exported object or class ("notifier.send"); got "notify.slack.send"',
          '"functions[2]" has a "destination", but only a "transfer" sends anywhere; got kind "log"',
          '"functions[3].destination" must be "internal", a host name like "api.example.co.jp", or a vendor id listed by `privacy-lint --list-sinks` like "stripe"; got "sendgird" (did you mean "sendgrid"?)',
          '"functions[4]" is missing the required key "module"',
        ],
      );
    });

    it('is allowed at the top level only', () => {
      assertErrors('{ "overrides": [{ "files": ["a/**"], ¦"functions": [] }] }', [
        '"functions" is only allowed at the top level of the file, not in "overrides[0]"',
      ]);
    });

    it('is resolved as written, for every file', () => {
      const dir = tempDir();
      const functions = [{ module: './src/notify', export: 'notifySlack', kind: 'transfer' as const, destination: 'hooks.slack.com' }];
      const config = resolveConfig(loaded(dir, { functions }), path.join(dir, 'src', 'a.ts'), catalog, dir);
      assert.deepEqual(config.functions, functions);
    });
  });

  describe('overrides', () => {
    it('requires files, at least one, and only section keys', () => {
      assertErrors('{ "overrides": [¦{ "rules": {} }, { "files": ¦[] }, { "files": ["a"], ¦"ignores": ["b"], ¦"extends": "strict" }] }', [
        '"overrides[0]" is missing the required key "files"',
        '"overrides[1].files" must list at least one item',
        '"ignores" is only allowed at the top level of the file, not in "overrides[2]"',
        '"extends" is only allowed at the top level of the file, not in "overrides[2]"',
      ]);
    });
  });

  it('reports every error at once, in the order of the file', () => {
    assertErrors(
      [
        '{',
        '  // comments are fine',
        '  "extends": ¦"recomended",',
        '  "rules": {',
        '    ¦"no-personal-data-in-log": "warn",',
        '    "no-unguarded-external-transfer": ["error", { "reportUnknownDestinations": ¦"yes" }],',
        '  },',
        '  ¦"personalDta": {},',
        '  "transfers": { "processors": [{ "host": "m.example.us", "country": ¦"us" }] },',
        '  "ignores": [¦"dist/[a-z"],',
        '}',
      ].join('\n'),
      [
        '"extends" must be "recommended" or "strict", or an array of them (did you mean "recommended"?)',
        `unknown rule "no-personal-data-in-log" in "rules"; expected one of: ${ruleIds} (did you mean "no-personal-data-in-logs"?)`,
        '"rules.no-unguarded-external-transfer[1].reportUnknownDestinations" must be true or false',
        'unknown key "personalDta" in "(root)"; expected one of: extends, ignores, testFiles, rules, personalData, myNumber, transfers, ' +
          'sensitiveData, marketing, logs, fixes, functions, overrides, $schema (did you mean "personalData"?)',
        '"transfers.processors[0].country" must be an ISO 3166-1 alpha-2 country code in upper case, like "JP" or "US"; got "us" (did you mean "US"?)',
        '"ignores[0]" is not a valid glob: missing closing "]" (write "\\]" to match the character itself); got "dist/[a-z"',
      ],
    );
  });

  it('uses CRLF line ends for positions like LF', () => {
    const result = parseConfigText('f.json', '{\r\n  "extends": "x"\r\n}\r\n', catalog);
    assert.deepEqual(
      result.errors.map((e) => [e.line, e.column]),
      [[2, 14]],
    );
  });
});

describe('config: loadConfigFile and formatConfigError', () => {
  it('loads a valid file with its folder as baseDir', () => {
    const file = path.join(fixtures, 'full', 'privacy-lint.json');
    const result = loadConfigFile(file, catalog);
    assert.deepEqual(result.errors, []);
    assert.equal(result.config?.file, file);
    assert.equal(result.config?.baseDir, path.join(fixtures, 'full'));
    assert.equal(result.config?.contents.extends, 'recommended');
  });

  it('reports every mistake of a broken file with file:line:column', () => {
    const file = path.join(fixtures, 'broken', 'privacy-lint.json');
    const result = loadConfigFile(file, catalog);
    assert.equal(result.config, undefined);
    assert.deepEqual(result.errors.map(formatConfigError), [
      `${file}:3:14: "extends" must be "recommended" or "strict", or an array of them (did you mean "recommended"?)`,
      `${file}:5:5: unknown rule "no-personal-data-in-log" in "rules"; expected one of: ${ruleIds} (did you mean "no-personal-data-in-logs"?)`,
      `${file}:6:80: "rules.no-unguarded-external-transfer[1].reportUnknownDestinations" must be true or false`,
      `${file}:9:62: "transfers.processors[0].country" must be an ISO 3166-1 alpha-2 country code in upper case, like "JP" or "US"; got "usa" (did you mean "US"?)`,
      `${file}:11:15: "ignores[0]" is not a valid glob: missing closing "]" (write "\\]" to match the character itself); got "dist/[a-z"`,
    ]);
  });

  it('reports a missing file as one error at 1:1', () => {
    const file = path.join(fixtures, 'does-not-exist', 'privacy-lint.json');
    assert.deepEqual(loadConfigFile(file, catalog), {
      errors: [{
        file, line: 1, column: 1,
        message: 'cannot read the config file: the file does not exist',
        messageJa: '設定ファイルを読み取れません: ファイルが存在しません',
      }],
    });
  });

  it('reports a folder given as the config file', () => {
    const dir = path.join(fixtures, 'full');
    assert.deepEqual(loadConfigFile(dir, catalog).errors.map(formatConfigError), [
      `${dir}:1:1: cannot read the config file: it is a folder, not a file`,
    ]);
  });

  it('formats errors as path:line:column: message', () => {
    const error: ConfigError = { file: '/p/privacy-lint.json', line: 4, column: 7, message: 'bad' };
    assert.equal(formatConfigError(error), '/p/privacy-lint.json:4:7: bad');
  });
});

describe('config: findConfigFile', () => {
  let root: string;
  before(() => {
    root = tempDir();
    write(path.join(root, 'privacy-lint.json'), '{}');
    write(path.join(root, 'packages', 'app', 'privacy-lint.json'), '{}');
    fs.mkdirSync(path.join(root, 'packages', 'app', 'src', 'deep'), { recursive: true });
    fs.mkdirSync(path.join(root, 'packages', 'lib', 'src'), { recursive: true });
    // A folder with the config's name is not a config file.
    fs.mkdirSync(path.join(root, 'packages', 'lib', 'privacy-lint.json'), { recursive: true });
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('finds the nearest config file walking up', () => {
    assert.equal(findConfigFile(path.join(root, 'packages', 'app', 'src', 'deep')), path.join(root, 'packages', 'app', 'privacy-lint.json'));
    assert.equal(findConfigFile(path.join(root, 'packages', 'app')), path.join(root, 'packages', 'app', 'privacy-lint.json'));
    assert.equal(findConfigFile(path.join(root, 'packages', 'lib', 'src')), path.join(root, 'privacy-lint.json'));
    assert.equal(findConfigFile(root), path.join(root, 'privacy-lint.json'));
  });
});

describe('config: resolveConfig', () => {
  const base = path.resolve('/work/project');

  it('uses the defaults without a config file', () => {
    const config = resolveConfig(undefined, path.join(base, 'src', 'a.ts'), catalog, base);
    const expected: ResolvedConfig = {
      baseDir: base,
      ignores: [],
      testFiles: { patterns: [...defaultTestFilePatterns], lint: false },
      rules: {
        'no-personal-data-in-logs': { severity: 'error', options: {} },
        'no-unguarded-external-transfer': { severity: 'error', options: { reportUnknownDestinations: false } },
        'my-number-outside-permitted-module': { severity: 'warn', options: {} },
      },
      personalData: { extraFields: {}, ignoreFields: [], personalTypes: [], sanitizers: ['mask', 'redact', 'anonymize', 'pseudonymize'], categories: {} },
      myNumber: { permittedModules: [], permittedDestinations: [] },
      transfers: { internalHosts: [], processors: [], consentGuards: [], destinations: {} },
      sensitiveData: { permittedModules: [] },
      marketing: { optOutGuards: [], senders: [] },
      logs: { redactedKeys: [] },
      fixes: { maskFunction: { name: 'mask' } },
      functions: [],
    };
    assert.deepEqual(config, expected);
  });

  it('applies presets in order, then the file\'s rules', () => {
    const config = resolveConfig(
      loaded(base, {
        extends: ['recommended', 'strict'],
        rules: { 'no-unguarded-external-transfer': 'warn', 'no-personal-data-in-logs': ['off'] },
      }),
      path.join(base, 'src', 'a.ts'),
      catalog,
      '/elsewhere',
    );
    assert.equal(config.configFile, path.join(base, 'privacy-lint.json'));
    assert.equal(config.baseDir, base);
    assert.deepEqual(config.rules, {
      'no-personal-data-in-logs': { severity: 'off', options: {} },
      // A severity alone keeps the options the preset set.
      'no-unguarded-external-transfer': { severity: 'warn', options: { reportUnknownDestinations: true } },
      'my-number-outside-permitted-module': { severity: 'error', options: {} },
    });
  });

  it('merges given rule options over the rule defaults', () => {
    const catalogWithTwoOptions: RuleCatalog = {
      ...catalog,
      options: {
        ...catalog.options,
        'no-unguarded-external-transfer': {
          type: 'object',
          properties: {
            reportUnknownDestinations: { type: 'boolean', default: false, description: 'd' },
            reportProcessors: { type: 'boolean', default: true, description: 'd' },
          },
          additionalProperties: false,
        },
      },
    };
    const config = resolveConfig(
      loaded(base, { rules: { 'no-unguarded-external-transfer': ['warn', { reportUnknownDestinations: true }] } }),
      path.join(base, 'a.ts'),
      catalogWithTwoOptions,
      base,
    );
    assert.deepEqual(config.rules['no-unguarded-external-transfer'], {
      severity: 'warn',
      options: { reportUnknownDestinations: true, reportProcessors: true },
    });
  });

  const withOverrides = loaded(base, {
    rules: { 'no-personal-data-in-logs': 'warn' },
    personalData: { extraFields: { contact: ['renrakusaki'], name: ['shimei2'] }, sanitizers: ['mask', 'redact'] },
    transfers: { internalHosts: ['api.example.co.jp'], consentGuards: ['hasConsent'] },
    fixes: { maskFunction: { name: 'mask', import: '@example/privacy' } },
    overrides: [
      {
        files: ['scripts/**'],
        rules: { 'no-personal-data-in-logs': 'off' },
        personalData: { extraFields: { contact: ['tel'] } },
        transfers: { internalHosts: ['*.scripts.internal'] },
        fixes: { maskFunction: { name: 'redact' } },
      },
      { files: ['scripts/admin/**', '.github/**'], rules: { 'my-number-outside-permitted-module': 'off' } },
    ],
  });

  it('applies the file\'s sections over the defaults', () => {
    const config = resolveConfig(withOverrides, path.join(base, 'src', 'a.ts'), catalog, base);
    assert.deepEqual(config.rules['no-personal-data-in-logs'], { severity: 'warn', options: {} });
    assert.deepEqual(config.personalData, {
      extraFields: { contact: ['renrakusaki'], name: ['shimei2'] },
      ignoreFields: [],
      personalTypes: [],
      sanitizers: ['mask', 'redact'],
      categories: {},
    });
    assert.deepEqual(config.transfers, { internalHosts: ['api.example.co.jp'], processors: [], consentGuards: ['hasConsent'], destinations: {} });
    assert.deepEqual(config.fixes, { maskFunction: { name: 'mask', import: '@example/privacy' } });
  });

  it('applies matching overrides in order: rules per id, arrays replace, objects merge', () => {
    const config = resolveConfig(withOverrides, path.join(base, 'scripts', 'admin', 'seed.ts'), catalog, base);
    assert.deepEqual(config.rules, {
      'no-personal-data-in-logs': { severity: 'off', options: {} },
      'no-unguarded-external-transfer': { severity: 'error', options: { reportUnknownDestinations: false } },
      'my-number-outside-permitted-module': { severity: 'off', options: {} },
    });
    assert.deepEqual(config.personalData.extraFields, { contact: ['tel'], name: ['shimei2'] });
    assert.deepEqual(config.transfers, { internalHosts: ['*.scripts.internal'], processors: [], consentGuards: ['hasConsent'], destinations: {} });
    // maskFunction is one value: the override's replaces the file's, import included.
    assert.deepEqual(config.fixes, { maskFunction: { name: 'redact' } });
  });

  it('matches override globs on relative paths, dot files included, and not outside the config folder', () => {
    const inScripts = resolveConfig(withOverrides, path.join(base, 'scripts', 'seed.ts'), catalog, base);
    assert.equal(inScripts.rules['no-personal-data-in-logs'].severity, 'off');
    assert.equal(inScripts.rules['my-number-outside-permitted-module'].severity, 'warn');
    const dotFolder = resolveConfig(withOverrides, path.join(base, '.github', 'x.ts'), catalog, base);
    assert.equal(dotFolder.rules['my-number-outside-permitted-module'].severity, 'off');
    const outside = resolveConfig(withOverrides, path.resolve(base, '..', 'scripts', 'seed.ts'), catalog, base);
    assert.equal(outside.rules['no-personal-data-in-logs'].severity, 'warn');
    const nearMiss = resolveConfig(withOverrides, path.join(base, 'src', 'scripts.ts'), catalog, base);
    assert.equal(nearMiss.rules['no-personal-data-in-logs'].severity, 'warn');
  });

  it('does not share arrays with the loaded config', () => {
    const config = resolveConfig(withOverrides, path.join(base, 'src', 'a.ts'), catalog, base);
    config.transfers.internalHosts.push('mutated');
    assert.deepEqual(withOverrides.contents.transfers?.internalHosts, ['api.example.co.jp']);
  });
});

describe('config: isIgnored and matchesAny', () => {
  const base = path.resolve('/work/project');
  const config = (ignores: string[]): ResolvedConfig => ({ ...resolveConfig(undefined, base, catalog, base), ignores });

  it('always ignores node_modules', () => {
    assert.equal(isIgnored(path.join(base, 'node_modules', 'x', 'index.js'), config([])), true);
    assert.equal(isIgnored(path.join(base, 'packages', 'a', 'node_modules', 'y.ts'), config([])), true);
    assert.equal(isIgnored(path.join('/elsewhere', 'node_modules', 'y.ts'), config([])), true);
    assert.equal(isIgnored(path.join(base, 'src', 'node_modules_helper.ts'), config([])), false);
  });

  it("always ignores Yarn's own code: .yarn/ (releases, plugins, sdks) and .pnp.cjs", () => {
    assert.equal(isIgnored(path.join(base, '.yarn', 'releases', 'yarn-4.12.0.cjs'), config([])), true);
    assert.equal(isIgnored(path.join(base, 'apps', 'web', '.yarn', 'sdks', 'x.js'), config([])), true);
    assert.equal(isIgnored(path.join(base, '.pnp.cjs'), config([])), true);
    assert.equal(isIgnored(path.join(base, '.pnp.loader.mjs'), config([])), true);
    assert.equal(isIgnored(path.join(base, 'src', 'yarn.ts'), config([])), false);
    assert.equal(isIgnored(path.join(base, 'src', 'pnp.cjs'), config([])), false);
  });

  it('ignores everything inside a folder named by a glob', () => {
    for (const glob of ['dist', 'dist/', 'dist/**', './dist']) {
      assert.equal(isIgnored(path.join(base, 'dist', 'a', 'b.js'), config([glob])), true, glob);
      assert.equal(isIgnored(path.join(base, 'distribution', 'b.js'), config([glob])), false, glob);
      assert.equal(isIgnored(path.join(base, 'src', 'dist.ts'), config([glob])), false, glob);
    }
    assert.equal(isIgnored(path.join(base, 'src', 'generated', 'api.ts'), config(['**/generated'])), true);
    assert.equal(isIgnored(path.join(base, 'src', 'generated.ts'), config(['**/generated'])), false);
  });

  it('ignores files by pattern, dot files included, relative to baseDir only', () => {
    assert.equal(isIgnored(path.join(base, 'src', 'a.min.js'), config(['**/*.min.js'])), true);
    assert.equal(isIgnored(path.join(base, 'src', 'a.js'), config(['**/*.min.js'])), false);
    assert.equal(isIgnored(path.join(base, '.cache', 'a.ts'), config(['.cache/**'])), true);
    assert.equal(isIgnored(path.join(base, 'build', '.tmp', 'a.ts'), config(['build/**'])), true);
    assert.equal(isIgnored(path.join(base, 'src', '.eslintrc.js'), config(['**/*.js'])), true);
    assert.equal(isIgnored(path.resolve(base, '..', 'dist', 'a.js'), config(['dist'])), false);
  });

  it('matches plain paths and folder globs exactly as picomatch does', () => {
    const globs = ['src/a.ts', 'src/a.ts/', '.env', 'src', 'src/**', 'src/gen/**', 'Src/**', 'a-b_c.d/**', './src/a.ts', 'src/./a.ts', 'src/**/x.ts', 'src/*'];
    const paths = ['src/a.ts', 'src', 'src/b.ts', 'src/gen', 'src/gen/x.ts', 'src/generated/x.ts', '.env', 'a-b_c.d/e', 'srcx/a.ts', 'src/deep/x.ts'];
    for (const glob of globs) {
      const picomatch = pm(glob, { dot: true });
      for (const file of paths) assert.equal(matchesAny(file, [glob], base), picomatch(file), `${glob} on ${file}`);
    }
  });

  it('matches a list of globs as their picomatch matchers do, one by one (the list is matched as one pattern)', () => {
    const globs = [...defaultTestFilePatterns, 'src/**/*.gen.ts', '**/x?y/*', '{a,b}/**', '!(c)/*.ts', '**/.hidden/**',
      '*.{test,spec}.[jt]s', '+(a|b)/c', '@(x|y).ts', '**/[abc]/*', 'src/**/x.ts'];
    const matchers = globs.map((glob) => pm(glob, { dot: true }));
    const paths = ['src/a.test.ts', 'x/test/y.ts', 'src/fixtures/f.ts', 'a/.hidden/z', 'c/d.ts', 'b/q.ts', 'xay/z', '.e2e/x',
      '__tests__/a', 'foo.stories.tsx', 'seed/x.sql', 'src/x.gen.ts', 'a.spec.js', 'e2e', 'test', 'a/test', 'mocks/x', 'a/c',
      'ab/c', 'x.ts', 'z/b/q', 'd/e.ts', 'src/deep/x.ts', 'src/x.ts', 'srcx.ts'];
    for (const file of paths) {
      assert.equal(matchesAny(path.join(base, file), globs, base), matchers.some((m) => m(file)), file);
    }
  });

  it('takes a path relative to baseDir as path.relative does, whatever its form', () => {
    const reference = (file: string, dir: string): string | undefined => {
      const relative = path.relative(dir, path.resolve(dir, file));
      if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return undefined;
      return relative.split(path.sep).join('/');
    };
    const dirs = [base, path.join(base, 'src'), path.parse(base).root, `${base}${path.sep}`, `${base}${path.sep}.${path.sep}src`];
    // Written out, not joined (path.join would normalise them): `.`, `..`, empty segments, a trailing separator.
    const raw = (...parts: string[]): string => [base, ...parts].join(path.sep);
    const files = [raw('src', 'a.ts'), raw('src'), raw('.'), raw('..'), raw('src', '.', 'a.ts'), raw('src', '..', 'b.ts'),
      raw('src', '', 'c.ts'), raw('src', 'a', ''), raw('.hidden', 'x'), raw('..x', 'y'), raw('...'), raw('..', 'outside', 'a.ts'),
      raw('srcx', 'a.ts'), 'src/relative.ts'];
    for (const dir of dirs) for (const file of files) assert.equal(relativePosixPath(file, dir), reference(file, dir), `${file} in ${dir}`);
  });

  it('loads and applies 300,000 globs quickly (every glob was compiled, and tried for every file)', function () {
    this.timeout(120_000);
    const ignores: string[] = [];
    for (let i = 0; i < 300_000; i++) ignores.push(i % 3 === 0 ? `gen/tenant${i}/**` : i % 3 === 1 ? `gen/file${i}.ts` : `gen/dir${i}`);
    ignores.push('**/*.min.js');
    const started = performance.now();
    const { errors } = parseConfigText('/work/project/privacy-lint.json', JSON.stringify({ ignores, myNumber: { permittedModules: ignores } }), catalog);
    assert.deepEqual(errors, []);
    const big = config(ignores);
    assert.equal(isIgnored(path.join(base, 'gen', 'tenant3', 'x.ts'), big), true);
    assert.equal(isIgnored(path.join(base, 'gen', 'file4.ts'), big), true);
    assert.equal(isIgnored(path.join(base, 'gen', 'dir5', 'a', 'b.ts'), big), true);
    assert.equal(isIgnored(path.join(base, 'src', 'a.min.js'), big), true);
    assert.equal(isIgnored(path.join(base, 'gen', 'tenant4', 'x.ts'), big), false);
    for (let i = 0; i < 2000; i++) isIgnored(path.join(base, 'src', `f${i}`, 'x.ts'), big);
    for (let i = 0; i < 2000; i++) matchesAny(path.join(base, 'src', `f${i}.ts`), ignores, base);
    const ms = performance.now() - started;
    assert.ok(ms < 15_000, `took ${Math.round(ms)} ms`);
  });

  it('matches globs relative to baseDir', () => {
    assert.equal(matchesAny(path.join(base, 'src', 'payroll', 'pay.ts'), ['src/payroll/**'], base), true);
    assert.equal(matchesAny(path.join(base, 'src', 'payroll.ts'), ['src/payroll/**'], base), false);
    assert.equal(matchesAny(path.join(base, 'src', 'hr', 'x.ts'), ['src/payroll/**', 'src/hr/*.ts'], base), true);
    assert.equal(matchesAny(path.join(base, 'src', 'payroll', '.internal', 'x.ts'), ['src/payroll/**'], base), true);
    assert.equal(matchesAny('src/payroll/pay.ts', ['src/payroll/**'], base), true);
    assert.equal(matchesAny(path.join(base, 'src', 'payroll', 'pay.ts'), [], base), false);
    assert.equal(matchesAny(path.resolve(base, '..', 'src', 'payroll', 'pay.ts'), ['**'], base), false);
  });
});

describe('config: ConfigResolver', () => {
  let root: string;
  const appConfig = () => path.join(root, 'app', 'privacy-lint.json');
  before(() => {
    root = tempDir();
    write(path.join(root, 'privacy-lint.json'), '{ "rules": { "no-personal-data-in-logs": "warn" } }');
    write(appConfig(), '{\n  // the app is stricter\n  "extends": "strict",\n  "overrides": [{ "files": ["scripts/**"], "rules": { "no-personal-data-in-logs": "off" } }]\n}');
    write(path.join(root, 'broken', 'privacy-lint.json'), '{\n  "rulez": {}\n}');
    fs.mkdirSync(path.join(root, 'app', 'src'), { recursive: true });
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('uses the nearest config file for each file', () => {
    const resolver = new ConfigResolver({ catalog, cwd: root });
    const app = resolver.forFile(path.join(root, 'app', 'src', 'a.ts'));
    assert.deepEqual(app.errors, []);
    assert.equal(app.config.configFile, appConfig());
    assert.equal(app.config.baseDir, path.join(root, 'app'));
    assert.equal(app.config.rules['no-personal-data-in-logs'].severity, 'error');
    assert.deepEqual(app.config.rules['no-unguarded-external-transfer'].options, { reportUnknownDestinations: true });

    const script = resolver.forFile(path.join(root, 'app', 'scripts', 'seed.ts'));
    assert.equal(script.config.rules['no-personal-data-in-logs'].severity, 'off');

    const top = resolver.forFile(path.join(root, 'lib', 'b.ts'));
    assert.equal(top.config.configFile, path.join(root, 'privacy-lint.json'));
    assert.equal(top.config.rules['no-personal-data-in-logs'].severity, 'warn');
  });

  it('resolves relative file paths against cwd', () => {
    const resolver = new ConfigResolver({ catalog, cwd: root });
    assert.equal(resolver.forFile('app/src/a.ts').config.configFile, appConfig());
  });

  it('returns the errors of a broken config file, with the defaults', () => {
    const resolver = new ConfigResolver({ catalog, cwd: root });
    const file = path.join(root, 'broken', 'privacy-lint.json');
    const result = resolver.forFile(path.join(root, 'broken', 'src', 'x.ts'));
    assert.deepEqual(result.errors.map(formatConfigError), [
      `${file}:2:3: unknown key "rulez" in "(root)"; expected one of: extends, ignores, testFiles, rules, personalData, myNumber, ` +
        'transfers, sensitiveData, marketing, logs, fixes, functions, overrides, $schema (did you mean "rules"?)',
    ]);
    assert.equal(result.config.configFile, file);
    assert.equal(result.config.baseDir, path.join(root, 'broken'));
    assert.equal(result.config.rules['no-personal-data-in-logs'].severity, 'error');
  });

  it('uses an explicit config file for every file', () => {
    const resolver = new ConfigResolver({ catalog, cwd: root, explicitConfigFile: 'app/privacy-lint.json' });
    const result = resolver.forFile(path.join(root, 'lib', 'b.ts'));
    assert.equal(result.config.configFile, appConfig());
    assert.equal(result.config.rules['no-unguarded-external-transfer'].options.reportUnknownDestinations, true);
  });

  it('reports a missing explicit config file', () => {
    const resolver = new ConfigResolver({ catalog, cwd: root, explicitConfigFile: 'nope.json' });
    assert.deepEqual(resolver.forFile(path.join(root, 'a.ts')).errors.map(formatConfigError), [
      `${path.join(root, 'nope.json')}:1:1: cannot read the config file: the file does not exist`,
    ]);
  });

  it('uses the defaults relative to cwd when there is no config file', () => {
    const empty = tempDir();
    try {
      if (findConfigFile(empty) !== undefined) return; // a config above the temp folder would apply
      const resolver = new ConfigResolver({ catalog, cwd: empty });
      const result = resolver.forFile(path.join(empty, 'src', 'a.ts'));
      assert.deepEqual(result.errors, []);
      assert.equal(result.config.configFile, undefined);
      assert.equal(result.config.baseDir, empty);
      assert.equal(result.config.rules['my-number-outside-permitted-module'].severity, 'warn');
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  it('caches loaded and resolved configs until clear()', () => {
    const resolver = new ConfigResolver({ catalog, cwd: root });
    const a = resolver.forFile(path.join(root, 'app', 'src', 'a.ts'));
    const b = resolver.forFile(path.join(root, 'app', 'src', 'b.ts'));
    // Files with the same config and overrides share one resolved object.
    assert.equal(a.config, b.config);
    const original = fs.readFileSync(appConfig(), 'utf8');
    try {
      fs.writeFileSync(appConfig(), '{ "rules": { "no-personal-data-in-logs": "off" } }');
      assert.equal(resolver.forFile(path.join(root, 'app', 'src', 'c.ts')).config.rules['no-personal-data-in-logs'].severity, 'error');
      resolver.clear();
      assert.equal(resolver.forFile(path.join(root, 'app', 'src', 'a.ts')).config.rules['no-personal-data-in-logs'].severity, 'off');
    } finally {
      fs.writeFileSync(appConfig(), original);
    }
  });

  it('notices a config file added after clear()', () => {
    const resolver = new ConfigResolver({ catalog, cwd: root });
    const file = path.join(root, 'lib', 'src', 'b.ts');
    assert.equal(resolver.forFile(file).config.configFile, path.join(root, 'privacy-lint.json'));
    write(path.join(root, 'lib', 'privacy-lint.json'), '{}');
    try {
      assert.equal(resolver.forFile(file).config.configFile, path.join(root, 'privacy-lint.json'));
      resolver.clear();
      assert.equal(resolver.forFile(file).config.configFile, path.join(root, 'lib', 'privacy-lint.json'));
    } finally {
      fs.rmSync(path.join(root, 'lib', 'privacy-lint.json'));
    }
  });
});

describe('config: broken files are never silently replaced by the defaults', () => {
  // Before: an error on line 1 of a kind the parser also reports while recovering ("expected a value", a missing
  // bracket) was dropped as a follow-up of an error that did not exist, the file had no errors and no contents,
  // and the defaults were used without a word.
  const LINE_ONE: Array<[text: string, column: number]> = [
    ['{"ignores": ["src/**"],, "rules": {}}', 24],
    ['}', 1],
    [']', 1],
    [',', 1],
    ['{"rules": {"x": }}', 17],
    ['[', 2],
  ];
  for (const [text, column] of LINE_ONE) {
    it(`reports ${JSON.stringify(text)} at 1:${column}`, () => {
      const { contents, errors } = parseConfigText('/project/privacy-lint.json', text, catalog);
      assert.equal(contents, undefined);
      assert.ok(errors.length > 0, 'no error');
      assert.deepEqual([errors[0].line, errors[0].column], [1, column]);
      assert.match(errors[0].message, /^invalid JSON: /);
    });
  }

  it('reports each mistake of another kind, also on the same line', () => {
    const { errors } = parseConfigText('/project/privacy-lint.json', '{a: 1, b: 2}', catalog);
    assert.deepEqual(errors.map((e) => `${e.column} ${e.message}`), [
      '2 invalid JSON: the key a needs double quotes ("a")',
      '8 invalid JSON: the key b needs double quotes ("b")',
    ]);
  });

  it('gives the resolver the errors, so the CLI stops and the server keeps the last good version', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lint-config-'));
    try {
      fs.writeFileSync(path.join(dir, 'privacy-lint.json'), '{"ignores": ["src/**"],, "rules": {}}');
      const { errors } = new ConfigResolver({ catalog, cwd: dir }).forFile(path.join(dir, 'src', 'a.ts'));
      assert.equal(errors.length, 1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports nesting 3,000 levels deep with a position instead of failing', () => {
    for (const text of ['['.repeat(3000), `${'['.repeat(3000)}${']'.repeat(3000)}`, `{"a":${'{"a":'.repeat(3000)}1${'}'.repeat(3001)}`]) {
      const { contents, errors } = parseConfigText('/project/privacy-lint.json', text, catalog);
      assert.equal(contents, undefined);
      assert.equal(errors.length, 1);
      assert.match(errors[0].message, /nested more than 64 levels deep/);
      assert.equal(errors[0].line, 1);
      assert.ok(errors[0].column > 60 && errors[0].column < 400, `column ${errors[0].column}`);
    }
  });

  it('quotes at most a short excerpt of the file in a message', () => {
    const long = 'x'.repeat(100_000);
    for (const text of [`{ ${long}: 1 }`, `{ "ignores": ["${long}[" ] }`, `{ "${long}": 1 }`, `{ "transfers": { "internalHosts": ["https://${long}"] } }`]) {
      const { errors } = parseConfigText('/project/privacy-lint.json', text, catalog);
      assert.ok(errors.length > 0);
      for (const e of errors) assert.ok(e.message.length < 600, `a message of ${e.message.length} characters`);
    }
  });
});

describe('config: what is read', () => {
  let dir: string;
  let outside: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lint-config-'));
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lint-outside-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });
  const configIn = (folder: string) => path.join(folder, 'privacy-lint.json');
  const messages = (file: string) => loadConfigFile(file, catalog).errors.map((e) => formatConfigError(e));

  it('never quotes a link target outside the config\'s folder, but gives positions', () => {
    const secret = path.join(outside, 'secrets.json');
    fs.writeFileSync(secret, '{\n  "apiToken": "tok-abcdef-0123",\n  "password": hunter-two\n}\n');
    fs.symlinkSync(secret, configIn(dir));
    const shown = messages(configIn(dir));
    assert.equal(shown.length, 1);
    assert.ok(shown[0].startsWith(`${configIn(dir)}:3:15: invalid JSON (details not shown`), 'a position, no details');
    assert.ok(!/apiToken|tok-abcdef|hunter|password/.test(shown.join('\n')), 'the message quotes the linked file');

    fs.writeFileSync(secret, '{ "apiToken": "tok-abcdef-0123" }');
    const invalid = messages(configIn(dir));
    assert.ok(invalid.length === 1 && invalid[0].includes(':1:3: invalid configuration (details not shown'), 'a position, no details');
    assert.ok(!/apiToken|tok-abcdef/.test(invalid.join('\n')), 'the message quotes the linked file');

    // A valid shared config linked from elsewhere still works.
    fs.writeFileSync(secret, '{ "ignores": ["dist/**"] }');
    assert.deepEqual(loadConfigFile(configIn(dir), catalog).config?.contents, { ignores: ['dist/**'] });
  });

  it('never quotes /proc/self/environ through a link', () => {
    fs.symlinkSync('/proc/self/environ', configIn(dir));
    // In a child process with a known environment, which says only whether the messages quote it.
    const probe = `
      const { loadConfigFile, formatConfigError } = require(${JSON.stringify(require.resolve('@privacy-lint/engine'))});
      const shown = loadConfigFile(${JSON.stringify(configIn(dir))}, { options: {}, defaults: {}, presets: {} }).errors.map((e) => formatConfigError(e)).join('\\n');
      console.log(JSON.stringify({ errors: shown.length > 0, quotes: /PL_PROBE|probe-value/.test(shown) }));`;
    const run = spawnSync(process.execPath, ['-e', probe], { env: { PL_PROBE: 'probe-value-123456' }, encoding: 'utf8' });
    assert.deepEqual(JSON.parse(run.stdout), { errors: true, quotes: false });
  });

  it('says by the same rule whether an editor\'s buffer of the file may be quoted (mayQuoteConfig)', () => {
    fs.writeFileSync(path.join(outside, 'secrets.json'), '{}');
    fs.writeFileSync(path.join(dir, 'shared.json'), '{}');
    const link = (name: string, target: string) => { fs.symlinkSync(target, path.join(dir, name)); return path.join(dir, name); };
    assert.equal(mayQuoteConfig(path.join(dir, 'shared.json')), true, 'a regular file');
    assert.equal(mayQuoteConfig(path.join(dir, 'not-yet-saved.json')), true, 'no file yet: only the buffer');
    assert.equal(mayQuoteConfig(link('inside.json', 'shared.json')), true, 'a link inside the folder');
    assert.equal(mayQuoteConfig(link('out.json', path.join(outside, 'secrets.json'))), false, 'a link out of the folder');
    assert.equal(mayQuoteConfig(link('up.json', path.join('..', path.basename(outside), 'secrets.json'))), false, 'a relative link out');
    assert.equal(mayQuoteConfig(link('env.json', '/proc/self/environ')), false, '/proc/self/environ');
    assert.equal(mayQuoteConfig(link('dangling.json', path.join(outside, 'gone.json'))), false, 'a link that leads nowhere');
  });

  it('quotes a link target inside the config\'s folder as usual', () => {
    fs.writeFileSync(path.join(dir, 'shared.json'), '{ "ignore": [] }');
    fs.symlinkSync('shared.json', configIn(dir));
    assert.match(messages(configIn(dir))[0], /unknown key "ignore"/);
  });

  it('reports links that loop or lead nowhere, FIFOs and devices, without blocking, also when found by discovery', () => {
    fs.symlinkSync(configIn(dir), configIn(dir));
    assert.deepEqual(messages(configIn(dir)), [`${configIn(dir)}:1:1: cannot read the config file: it is a symbolic link that loops`]);
    const resolved = new ConfigResolver({ catalog, cwd: dir }).forFile(path.join(dir, 'a.ts'));
    assert.equal(resolved.errors.length, 1, 'discovery passed over a broken config');
    fs.rmSync(configIn(dir));

    fs.symlinkSync(path.join(outside, 'gone.json'), configIn(dir));
    assert.deepEqual(messages(configIn(dir)), [`${configIn(dir)}:1:1: cannot read the config file: it is a symbolic link to a file that does not exist`]);
    fs.rmSync(configIn(dir));

    fs.symlinkSync('/dev/zero', configIn(dir));
    assert.deepEqual(messages(configIn(dir)), [`${configIn(dir)}:1:1: cannot read the config file: it is not a regular file (a FIFO, device or socket)`]);
    fs.rmSync(configIn(dir));

    assert.equal(spawnSync('mkfifo', [configIn(dir)]).status, 0, 'mkfifo');
    {
      assert.deepEqual(messages(configIn(dir)), [`${configIn(dir)}:1:1: cannot read the config file: it is not a regular file (a FIFO, device or socket)`]);
      assert.equal(new ConfigResolver({ catalog, cwd: dir }).forFile(path.join(dir, 'a.ts')).errors.length, 1, 'discovery passed over a FIFO');
    }
  });

  it('reads UTF-16 LE and BE with a byte order mark, and UTF-8 with one', () => {
    const text = '{ "ignores": ["生成/**"] }';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    for (const bytes of [le, Buffer.concat([Buffer.from([0xfe, 0xff]), be]), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])]) {
      fs.writeFileSync(configIn(dir), bytes);
      const { config, errors } = loadConfigFile(configIn(dir), catalog);
      assert.deepEqual(errors, []);
      assert.deepEqual(config?.contents, { ignores: ['生成/**'] });
    }
  });
});

describe('config: messages in Japanese', () => {
  it('has Japanese for syntax errors, unreadable files and the common validation errors', () => {
    const ja = (text: string) => parseConfigText('/p/privacy-lint.json', text, catalog).errors.map((e) => formatConfigError(e, 'ja'));
    assert.deepEqual(ja('{\n  "ignores": ["dist"]\n'), ['/p/privacy-lint.json:3:1: JSON の誤り: "}" が必要です']);
    assert.deepEqual(ja('{ "ignore": [] }'), [
      '/p/privacy-lint.json:1:3: "(root)" に不明なキー "ignore" があります。使えるキー: extends, ignores, testFiles, rules, personalData, myNumber, transfers, sensitiveData, marketing, logs, fixes, functions, overrides, $schema（"ignores" の誤りではありませんか）',
    ]);
    assert.deepEqual(ja('{ "ignores": "dist" }'), ['/p/privacy-lint.json:1:14: "ignores" は文字列の配列でなければなりません']);
    assert.deepEqual(ja('{ "rules": { "no-personal-data-in-log": "off" } }').length, 1);
    assert.match(ja('{ "rules": { "no-personal-data-in-log": "off" } }')[0], /規則 "no-personal-data-in-log" は存在しません/);
    assert.deepEqual(
      loadConfigFile('/nonexistent/privacy-lint.json', catalog).errors.map((e) => formatConfigError(e, 'ja')),
      ['/nonexistent/privacy-lint.json:1:1: 設定ファイルを読み取れません: ファイルが存在しません'],
    );
  });
});

describe('config: every message has its Japanese', () => {
  /** The test catalog, with rules whose option schemas use every keyword a message is written for. */
  const wide: RuleCatalog = {
    ...catalog,
    options: {
      ...catalog.options,
      'keywords-rule': {
        type: 'object',
        additionalProperties: false,
        properties: {
          c: { const: 'x' }, p: { type: 'string', pattern: '^a+$' }, s: { type: 'string', minLength: 2, maxLength: 3 },
          e: { type: 'string', minLength: 1 }, l: { type: 'array', minItems: 2, maxItems: 3 }, l1: { type: 'array', minItems: 1 },
          n: { type: 'number', minimum: 1, exclusiveMaximum: 10 }, o: { oneOf: [{ type: 'string' }, { type: 'number' }] },
          m: { type: 'number', multipleOf: 2 }, k: { enum: ['one', 'two'] },
        },
      },
      'broken-schema-rule': { type: 'no-such-type' },
    },
    defaults: { ...catalog.defaults, 'keywords-rule': 'error', 'broken-schema-rule': 'error' },
  };
  const rule = (options: Record<string, unknown>) => JSON.stringify({ rules: { 'keywords-rule': ['error', options] } });
  const CASES: Array<[what: string, text: string]> = [
    ['a rule set to "warning"', '{ "rules": { "no-personal-data-in-logs": "warning" } }'],
    ['an empty rule array', '{ "rules": { "no-personal-data-in-logs": [] } }'],
    ['options for a rule without options', '{ "rules": { "no-personal-data-in-logs": ["error", { "x": 1 }] } }'],
    ['a rule whose option schema is broken', '{ "rules": { "broken-schema-rule": ["error", { "x": 1 }] } }'],
    ['a misspelt preset', '{ "extends": "recomended" }'],
    ['a URL as a host', '{ "transfers": { "internalHosts": ["https://api.example.com/v1"] } }'],
    ['a country in lower case', '{ "transfers": { "processors": [{ "host": "a.example.com", "country": "jp" }] } }'],
    ['an alpha-3 country', '{ "transfers": { "processors": [{ "host": "a.example.com", "country": "JPN" }] } }'],
    ['a guard with a space', '{ "transfers": { "consentGuards": ["has consent"] } }'],
    ['a redacted key with a space', '{ "logs": { "redactedKeys": ["user email"] } }'],
    ['a mask function that is not a name', '{ "fixes": { "maskFunction": { "name": "1mask" } } }'],
    ['a destination with a space', '{ "transfers": { "destinations": { "CRM_URL": "a b" } } }'],
    ['a declared function with a deep export', '{ "functions": [{ "module": "x", "export": "a.b.c", "kind": "log" }] }'],
    ['a declared transfer to a URL', '{ "functions": [{ "module": "x", "export": "send", "kind": "transfer", "destination": "https://x.example/y" }] }'],
    ['an absolute glob', '{ "ignores": ["/src/**"] }'],
    ['a negated glob', '{ "ignores": ["!src/**"] }'],
    ['a glob with ..', '{ "ignores": ["../src/**"] }'],
    ['a glob with backslashes', '{ "ignores": ["src\\\\gen\\\\x.ts"] }'],
    ['a glob with an unbalanced bracket', '{ "ignores": ["src/[ab.ts"] }'],
    ['an empty glob', '{ "ignores": [""] }'],
    ['a const', rule({ c: 'y' })],
    ['a pattern', rule({ p: 'b' })],
    ['a string too short', rule({ s: 'a' })],
    ['a string too long', rule({ s: 'abcd' })],
    ['an empty string', rule({ e: '' })],
    ['too few items', rule({ l: [1] })],
    ['too many items', rule({ l: [1, 2, 3, 4] })],
    ['no items', rule({ l1: [] })],
    ['a number too small', rule({ n: 0 })],
    ['a number too large', rule({ n: 10 })],
    ['none of the forms', rule({ o: true })],
    ['not a multiple', rule({ m: 3 })],
    ['not in the enum', rule({ k: 'three' })],
    ['an unknown option', rule({ zz: 1 })],
  ];
  const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;

  for (const [what, text] of CASES) {
    it(`${what}: every error has a Japanese message`, () => {
      const errors = parseConfigText('/p/privacy-lint.json', text, wide).errors;
      assert.ok(errors.length > 0, 'the case is an error');
      for (const e of errors) {
        assert.ok(e.messageJa !== undefined && japanese.test(e.messageJa), `no Japanese for: ${e.message}`);
        assert.ok(!japanese.test(e.message), `Japanese in the English message: ${e.message}`);
      }
    });
  }

  it('the schema\'s own error messages (which editors show in English) each have their Japanese', () => {
    const found: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) { node.forEach(walk); return; }
      if (typeof node !== 'object' || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        if (key === 'errorMessage' && typeof value === 'string') found.push(value);
        else walk(value);
      }
    };
    walk(configSchema);
    assert.ok(found.length >= 8, found.join('\n'));
    for (const message of found) {
      const ja = japaneseErrorMessage(message);
      assert.ok(ja !== undefined && japanese.test(ja), `no Japanese for the schema's ${JSON.stringify(message)}`);
    }
  });
});

describe('config: testFiles', () => {
  const base = path.resolve('/work/project');
  const loaded = (contents: object): LoadedConfig => ({ file: path.join(base, 'privacy-lint.json'), baseDir: base, contents });
  const defaults = resolveConfig(undefined, path.join(base, 'src', 'a.ts'), catalog, base);

  it('marks tests, specs, fixtures, mocks, stories and seeds as test code by default, not migrations or app code', () => {
    const test = [
      'src/user.test.ts', 'src/user.spec.tsx', 'src/__tests__/user.ts', 'test/helpers.ts', 'packages/api/tests/a.js',
      'e2e/login.ts', 'src/fixtures/customers.ts', 'src/__fixtures__/a.ts', 'src/__mocks__/mailer.ts', 'src/mocks/api.ts',
      'src/Button.stories.tsx', 'db/seeds/customers.ts', 'db/seed/a.ts', 'db/seeders/a.js', 'prisma/seed.ts',
      'packages/backend/test-server/entry.ts', 'apps/web/playwright/login.spec-helper.ts', 'cypress/support/commands.ts',
    ];
    const app = [
      'src/user.ts', 'src/testing-mode.ts', 'src/contest/entry.ts', 'db/migrations/0001-backfill.ts', 'src/seedling.ts',
      'src/latest/a.ts', 'src/specs-page.tsx', 'src/mockup/screen.ts',
      // production routes named after tests: the cleanup of end-to-end test data, completing A/B tests
      'app/api/cron/cleanup/e2e-tests/route.ts', 'app/api/links/[id]/complete-tests/route.ts', 'app/api/send-test/route.ts',
    ];
    for (const file of test) assert.ok(isTestFile(path.join(base, file), defaults), file);
    for (const file of app) assert.ok(!isTestFile(path.join(base, file), defaults), file);
    assert.ok(!isTestFile(path.resolve('/elsewhere/test/a.ts'), defaults), 'outside the config folder: not test code');
  });

  it('takes its own patterns (replacing the defaults) and lint from the file', () => {
    const config = resolveConfig(loaded({ testFiles: { patterns: ['qa/**'], lint: true } }), path.join(base, 'a.ts'), catalog, base);
    assert.deepEqual(config.testFiles, { patterns: ['qa/**'], lint: true });
    assert.ok(isTestFile(path.join(base, 'qa', 'a.ts'), config));
    assert.ok(!isTestFile(path.join(base, 'src', 'a.test.ts'), config));
    const lintOnly = resolveConfig(loaded({ testFiles: { lint: true } }), path.join(base, 'a.ts'), catalog, base);
    assert.deepEqual(lintOnly.testFiles, { patterns: [...defaultTestFilePatterns], lint: true });
  });

  it('is validated: only patterns and lint, globs checked, top level only', () => {
    const errors = (text: string): string[] => parseConfigText('f.json', text, catalog).errors.map((e) => e.message);
    assert.deepEqual(errors('{ "testFiles": { "patterns": ["**/*.test.*"], "lint": false } }'), []);
    assert.deepEqual(errors('{ "testFiles": { "lint": "yes" } }'), ['"testFiles.lint" must be true or false']);
    assert.deepEqual(errors('{ "testFiles": { "pattern": [] } }'), [
      'unknown key "pattern" in "testFiles"; expected one of: patterns, lint (did you mean "patterns"?)',
    ]);
    assert.deepEqual(errors('{ "testFiles": { "patterns": ["../e2e/**"] } }'), [
      '"testFiles.patterns[0]" must not contain "..": globs only match files inside the folder of privacy-lint.json; got "../e2e/**"',
    ]);
    assert.deepEqual(errors('{ "overrides": [{ "files": ["a/**"], "testFiles": {} }] }'), [
      '"testFiles" is only allowed at the top level of the file, not in "overrides[0]"',
    ]);
  });
});
