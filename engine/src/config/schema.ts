/**
 * The JSON Schema of `privacy-lint.json`: the single source of truth for editors (IntelliSense through
 * `schemas/privacy-lint.schema.json`, written by `scripts/write-schema.js`) and for the engine's own validation.
 * It mirrors `ConfigFileContents` in `./types`; rule options are validated separately, per rule, from the catalog.
 *
 * `errorMessage` is the non-standard keyword VS Code shows instead of its generic text; the engine uses it too,
 * so both say the same thing.
 */

/** The personal-data categories a lead can extend with `personalData.extraFields`. Public API. */
export const personalCategories = [
  'name',
  'kana',
  'contact',
  'address',
  'birthDate',
  'account',
  'myNumber',
  'sensitive',
  'identificationCode',
  'onlineIdentifier',
  'credential',
  'sessionToken',
] as const;

export type PersonalCategory = (typeof personalCategories)[number];

/**
 * Where code that holds no real customer data lives, by default: tests, specs, end-to-end suites, fixtures,
 * mocks, stories and seed data. The flow rules (logs, transfers) do not run there unless `testFiles.lint` is
 * true; the My Number rule still does (a real My Number pasted into a fixture is exactly what it catches).
 * Migrations are not in the list: they run against production data. Public API (documented in
 * docs/configuration.md).
 */
export const defaultTestFilePatterns: readonly string[] = [
  '**/*.test.*',
  '**/*.spec.*',
  '**/__tests__/**',
  '**/test/**',
  '**/tests/**',
  '**/e2e/**',
  '**/test-*/**',
  '**/cypress/**',
  '**/playwright/**',
  '**/fixtures/**',
  '**/__fixtures__/**',
  '**/__mocks__/**',
  '**/mocks/**',
  '**/*.stories.*',
  '**/seed/**',
  '**/seeds/**',
  '**/seeders/**',
  '**/seed.*',
];

/** Built-in presets `extends` may name. */
export const presetNames = ['recommended', 'strict'] as const;

const categoryDescriptions: Record<PersonalCategory, string> = {
  name: 'Extra field names that hold a person\'s name (e.g. "shimei", "fullName").',
  kana: 'Extra field names that hold the reading of a name in kana (e.g. "furigana").',
  contact: 'Extra field names that hold contact data: e-mail addresses, phone numbers (e.g. "renrakusaki").',
  address: 'Extra field names that hold a postal address or postal code (e.g. "jusho", "yubinBango").',
  birthDate: 'Extra field names that hold a date of birth (e.g. "seinengappi").',
  account: 'Extra field names that hold a bank or card account number (e.g. "kozaBango").',
  myNumber: 'Extra field names that hold a My Number (individual number) (e.g. "kojinBango").',
  sensitive: 'Extra field names that hold sensitive (special care-required) data: health, creed, criminal record …',
  identificationCode: 'Extra field names that hold an identification code (個人識別符号): passport, driver\'s licence, pension or health insurance number …',
  onlineIdentifier: 'Extra field names that hold an online identifier (個人関連情報): IP address, user agent, device or advertising id, account handle …',
  credential: 'Extra field names that hold a customer\'s credential: password, PIN, security answer, one-time code …',
  sessionToken: 'Extra field names that hold a signed-in customer\'s session, access or refresh token (e.g. "sessionJwt").',
};

const categoryNouns: Record<PersonalCategory, string> = {
  name: 'names', kana: 'readings of names (kana)', contact: 'contact data (e-mail addresses, phone numbers)', address: 'addresses',
  birthDate: 'dates of birth', account: 'account and card numbers', myNumber: 'My Numbers', sensitive: 'sensitive personal data',
  identificationCode: 'identification codes (個人識別符号)', onlineIdentifier: 'online identifiers (個人関連情報: IP addresses, user agents, device ids …)',
  credential: 'customers\' credentials', sessionToken: 'customers\' session and access tokens',
};

const severitySchema = {
  type: 'string',
  enum: ['error', 'warn', 'off'],
  description: 'How findings of this rule are reported: "error" fails the run, "warn" does not, "off" disables the rule.',
};

export const ruleSettingError = 'must be "error", "warn" or "off" (or an array starting with one)';

/** A glob relative to the folder of `privacy-lint.json`; deeper checks (brackets, absolute paths) are in the loader. */
function globList(description: string, itemDescription: string): object {
  return {
    type: 'array',
    description,
    items: { type: 'string', minLength: 1, description: itemDescription },
  };
}

function identifierList(description: string, itemDescription: string, example: string): object {
  return {
    type: 'array',
    description,
    items: {
      type: 'string',
      pattern: '^[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*$',
      errorMessage: `must be a function name or a dotted path such as ${example}`,
      description: itemDescription,
    },
  };
}

const hostPattern = '^[^\\s/]+$';

/** A key or a dotted path of keys, pino's way: `email`, `user.email`, `users[*].email`, `*.password`, `headers["x-user"]`. */
const keyPathPattern = '^(\\*|[^\\s.[\\]"\']+)(\\.(\\*|[^\\s.[\\]"\']+)|\\[(\\*|\\d+|"[^"]+"|\'[^\']+\')\\])*$';
export const keyPathError = 'must be a key or a dotted path of keys, like "email", "user.email" or "users[*].email"';
export const hostError = 'must be a host name or host glob without scheme or path, like "api.example.co.jp" or "*.example.internal"';

/**
 * The sections an `overrides[]` entry may also hold. Shared between the top level and the overrides,
 * so both stay in step.
 */
const sectionProperties = {
  rules: {
    type: 'object',
    description:
      'Rule id → severity ("error", "warn", "off"), or [severity] or [severity, options]. Options depend on the rule.',
    additionalProperties: { $ref: '#/definitions/ruleSetting' },
  },
  personalData: {
    type: 'object',
    description: 'Adjusts what the linter treats as personal data.',
    additionalProperties: false,
    properties: {
      extraFields: {
        type: 'object',
        description: 'Category → extra field or variable names that hold personal data of that category, on top of the built-in vocabulary.',
        additionalProperties: false,
        properties: Object.fromEntries(
          personalCategories.map((category) => [
            category,
            {
              type: 'array',
              description: categoryDescriptions[category],
              items: { type: 'string', minLength: 1, description: 'A field or variable name (any spelling: camelCase, snake_case, Japanese).' },
            },
          ]),
        ),
      },
      ignoreFields: {
        type: 'array',
        description: 'Field names never treated as personal data, even if the vocabulary says so (e.g. "displayName").',
        items: { type: 'string', minLength: 1, description: 'A field name.' },
      },
      personalTypes: {
        type: 'array',
        description: 'Type names whose values are personal as a whole (e.g. "Member"), even without personal fields.',
        items: { type: 'string', minLength: 1, description: 'A type, interface or class name.' },
      },
      sanitizers: identifierList(
        'Functions whose result is no longer personal data (masking, redaction). Replaces the default list: mask, redact, anonymize, pseudonymize.',
        'A function name or a dotted path (e.g. "mask" or "privacy.redact").',
        '"mask" or "privacy.redact"',
      ),
      categories: {
        type: 'object',
        description:
          'Category → how a finding is reported when every personal value it is about is of that category: "error", "warn" or "off". Applies to the log, transfer and cookie rules, within the rule\'s own severity. Default: "warn" for onlineIdentifier in logs and for sessionToken in logs, cookies and web storage, "off" for sessionToken in transfers (a token goes to the service it signs in to), the rule\'s severity otherwise.',
        additionalProperties: false,
        properties: Object.fromEntries(
          personalCategories.map((category) => [category, { ...severitySchema, description: `How findings about ${categoryNouns[category]} are reported: "error", "warn" or "off".` }]),
        ),
      },
    },
  },
  myNumber: {
    type: 'object',
    description: 'Where My Number (individual number) may be handled.',
    additionalProperties: false,
    properties: {
      permittedModules: globList(
        'Files allowed to handle My Number values, as globs relative to this file\'s folder (e.g. "src/payroll/**").',
        'A glob relative to the folder of privacy-lint.json.',
      ),
      permittedDestinations: {
        type: 'array',
        description: 'Hosts My Number may be sent to because a law requires it (e.g. the tax office). No transfer rule reports what is sent there.',
        items: { type: 'string', minLength: 1, pattern: hostPattern, errorMessage: hostError, description: 'A host name or host glob.' },
      },
    },
  },
  transfers: {
    type: 'object',
    description: 'Where personal data may be sent and what counts as consent.',
    additionalProperties: false,
    properties: {
      internalHosts: {
        type: 'array',
        description: 'Hosts that belong to your own organisation; sending personal data there is not a transfer to a third party.',
        items: { type: 'string', minLength: 1, pattern: hostPattern, errorMessage: hostError, description: 'A host name or host glob such as "*.example.internal".' },
      },
      processors: {
        type: 'array',
        description: 'Registered processors (entrusted parties) and the country where they handle the data.',
        items: {
          type: 'object',
          description: 'A registered processor, by "host", by catalogue "vendor", or both.',
          additionalProperties: false,
          required: ['country'],
          // Which of host and vendor is missing is told by the loader (validate.ts), with the vendors it knows.
          properties: {
            host: { type: 'string', minLength: 1, pattern: hostPattern, errorMessage: hostError, description: 'The processor\'s host name or host glob.' },
            vendor: {
              type: 'string',
              minLength: 1,
              description: 'A vendor of the sink catalogue (an id listed by `privacy-lint --list-sinks`, e.g. "stripe", "openai", or a vendor\'s name in lower case with dashes, e.g. "slack"): every call of its SDKs, and every URL to its API hosts, goes to this processor.',
            },
            country: {
              type: 'string',
              pattern: '^[A-Z]{2}$',
              errorMessage: 'must be an ISO 3166-1 alpha-2 country code in upper case, like "JP" or "US"',
              description: 'ISO 3166-1 alpha-2 code, in upper case, of the country where the processor handles the data (e.g. "JP", "US").',
            },
            name: { type: 'string', description: 'The processor\'s name, shown in messages (e.g. "Mailer KK").' },
          },
        },
      },
      destinations: {
        type: 'object',
        description:
          'Where URLs the code reads from a name point: an environment variable ("SLACK_WEBHOOK_URL", read as process.env.SLACK_WEBHOOK_URL), a module constant ("CRM_URL") or a path of an imported config ("config.crmUrl") → "internal", a host (classified like a URL to it) or a catalogue vendor id ("stripe").',
        additionalProperties: {
          type: 'string',
          minLength: 1,
          pattern: hostPattern,
          errorMessage: 'must be "internal", a host name like "api.example.co.jp", or a vendor id listed by `privacy-lint --list-sinks` like "stripe"',
          description: '"internal", a host name (e.g. "api.crm.example.com"), or a catalogue vendor id (e.g. "sendgrid").',
        },
      },
      consentGuards: identifierList(
        'Functions whose truthy result means the person consented to the transfer (names or dotted paths, awaited or not).',
        'A function name or a dotted path (e.g. "hasConsent" or "consent.isGranted").',
        '"hasConsent" or "consent.isGranted"',
      ),
    },
  },
  sensitiveData: {
    type: 'object',
    description: 'Where sensitive (special care-required) personal data may be handled.',
    additionalProperties: false,
    properties: {
      permittedModules: globList(
        'Files allowed to handle sensitive personal data, as globs relative to this file\'s folder (e.g. "src/health/**").',
        'A glob relative to the folder of privacy-lint.json.',
      ),
    },
  },
  marketing: {
    type: 'object',
    description: 'How marketing messages are sent and how opt-outs are checked.',
    additionalProperties: false,
    properties: {
      optOutGuards: identifierList(
        'Checks of whether a person may get direct marketing: a name that says they said no (e.g. "isOptedOut") blocks when true, any other (e.g. "canSendMarketing") allows when true; called or read as a flag of the record.',
        'A function name or a dotted path.',
        '"isOptedOut" or "prefs.isOptedOut"',
      ),
      senders: identifierList(
        'Functions that send marketing messages, besides those named for it (e.g. "deliverCoupon").',
        'A function name or a dotted path.',
        '"sendCampaignMail" or "campaigns.send"',
      ),
    },
  },
  logs: {
    type: 'object',
    description: 'What your own logging does with what it is given.',
    additionalProperties: false,
    properties: {
      redactedKeys: {
        type: 'array',
        description: 'Keys your own logger (a wrapper or a configured library, not console) redacts or hashes before writing, wherever they are in what it is given: a personal value logged only under one of them is not reported (e.g. "from", "email", "user.email"; "*" stands for any one key). pino\'s own "redact" option is read from the code.',
        items: { type: 'string', minLength: 1, pattern: keyPathPattern, errorMessage: keyPathError, description: 'A key ("email") or a dotted path of keys ("user.email", "users[*].email").' },
      },
    },
  },
  fixes: {
    type: 'object',
    description: 'How quick fixes and suggestions write code.',
    additionalProperties: false,
    properties: {
      maskFunction: {
        type: 'object',
        description: 'The function the "mask" suggestion wraps values in. Default: { "name": "mask" }.',
        additionalProperties: false,
        required: ['name'],
        properties: {
          name: {
            type: 'string',
            pattern: '^[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*$',
            errorMessage: 'must be a function name or a dotted path such as "mask" or "privacy.mask"',
            description: 'Function name or dotted path (e.g. "mask" or "privacy.mask").',
          },
          import: {
            type: 'string',
            minLength: 1,
            description: 'Module to import the function from when it is not in scope (e.g. "@acme/privacy").',
          },
        },
      },
    },
  },
} as const;

/** JSON Schema (draft-07) of `privacy-lint.json`. */
export const configSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://privacy-lint.dev/schemas/privacy-lint.schema.json',
  title: 'Privacy Lint configuration',
  description:
    'Configuration of Privacy Lint (privacy-lint.json, JSON with comments). Globs are relative to the folder of this file.',
  type: 'object',
  additionalProperties: false,
  properties: {
    extends: {
      description: 'Built-in presets to start from, applied in order: "recommended" or "strict".',
      errorMessage: 'must be "recommended" or "strict", or an array of them',
      anyOf: [
        { type: 'string', enum: [...presetNames], description: 'A built-in preset.' },
        {
          type: 'array',
          description: 'Built-in presets, applied in order.',
          items: { type: 'string', enum: [...presetNames], description: 'A built-in preset.' },
        },
      ],
    },
    ignores: globList(
      'Files and folders not linted, as globs relative to this file\'s folder (e.g. "dist/**" or "dist"). node_modules, Yarn\'s own .yarn folder and .pnp.cjs are always ignored.',
      'A glob relative to the folder of privacy-lint.json; a folder ignores everything inside it.',
    ),
    testFiles: {
      type: 'object',
      description:
        'Test code (tests, fixtures, mocks, stories, seeds) holds no real customer data: the log and transfer rules skip it unless "lint" is true. The My Number rule always runs on it.',
      additionalProperties: false,
      properties: {
        patterns: globList(
          `Globs, relative to this file's folder, of files that are test code. Replaces the default list: ${defaultTestFilePatterns.join(', ')}.`,
          'A glob relative to the folder of privacy-lint.json.',
        ),
        lint: {
          type: 'boolean',
          description: 'true: lint test code with every rule (like --include-tests). Default: false.',
        },
      },
    },
    ...sectionProperties,
    functions: {
      type: 'array',
      description:
        'Functions of your code or of a package that the linter should treat as sinks (kind "log" or "transfer"), sources of the customer\'s input, sanitizers or pass-through functions. Calls are recognised however the function is imported (aliases, barrels, require, renamed imports).',
      items: {
        type: 'object',
        description: 'A declared function.',
        additionalProperties: false,
        required: ['module', 'export', 'kind'],
        properties: {
          module: {
            type: 'string',
            minLength: 1,
            description: 'Where it is exported: a package name ("@acme/notify"), a path relative to this file\'s folder starting with "./" or "../" ("./src/lib/notify"), or an alias as your code imports it ("@/lib/utils").',
          },
          export: {
            type: 'string',
            pattern: '^[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)?$',
            errorMessage: 'must be an exported name ("log", "default") or a method of an exported object or class ("notifier.send")',
            description: 'The exported function ("log", "default"), or "object.method" for a method of an exported object or class ("slack.post", "Notifier.send").',
          },
          kind: {
            type: 'string',
            enum: ['log', 'transfer', 'source', 'sanitizer', 'pass-through'],
            description: '"log": writes its arguments to a log; "transfer": sends them out (see "destination"); "source": returns the customer\'s input (like a request body); "sanitizer": its result is no longer personal data; "pass-through": its result carries its arguments.',
          },
          destination: {
            type: 'string',
            minLength: 1,
            pattern: hostPattern,
            errorMessage: 'must be "internal", a host name like "api.example.co.jp", or a vendor id listed by `privacy-lint --list-sinks` like "stripe"',
            description: 'For a "transfer": where it sends — "internal", a host ("hooks.slack.com") or a catalogue vendor id ("sendgrid"). Without it the destination is unknown.',
          },
        },
      },
    },
    overrides: {
      type: 'array',
      description: 'Settings for some files only, applied in order after the top-level settings when "files" matches.',
      items: {
        type: 'object',
        description: 'Settings for the files matched by "files".',
        additionalProperties: false,
        required: ['files'],
        properties: {
          files: {
            type: 'array',
            minItems: 1,
            description: 'Globs relative to this file\'s folder; the override applies to files matching any of them.',
            items: { type: 'string', minLength: 1, description: 'A glob relative to the folder of privacy-lint.json.' },
          },
          ...sectionProperties,
        },
      },
    },
    $schema: { type: 'string', description: 'The JSON Schema editors validate this file with.' },
  },
  definitions: {
    ruleSetting: {
      description: 'Severity ("error", "warn", "off"), or [severity] or [severity, options].',
      errorMessage: ruleSettingError,
      anyOf: [
        severitySchema,
        {
          type: 'array',
          description: '[severity] or [severity, options].',
          errorMessage: 'must be [severity] or [severity, options], where severity is "error", "warn" or "off"',
          minItems: 1,
          maxItems: 2,
          items: [
            severitySchema,
            { type: 'object', description: 'Options of the rule (see the rule\'s documentation).' },
          ],
        },
      ],
    },
  },
} as const;
