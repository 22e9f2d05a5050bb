/**
 * The JSON Schema of `privacy-lint report -f json` (written to `schemas/privacy-lint-report.schema.json` by
 * `scripts/write-schema.js`; tests validate the record against it). It follows the types of ./record.
 */
import { REPORT_SCHEMA_ID } from './record';

const category = {
  type: 'string',
  enum: ['name', 'kana', 'contact', 'address', 'birthDate', 'account', 'myNumber', 'sensitive', 'identificationCode',
    'onlineIdentifier', 'credential', 'sessionToken', 'input'],
  description: 'A category of personal data (see docs/configuration.md, personalData.categories; input: a request body or form as a whole).',
};

const place = {
  file: { type: 'string', description: 'Path relative to the folder the report was made in, with / separators.' },
  line: { type: 'integer', minimum: 1 },
  column: { type: 'integer', minimum: 1, description: 'Counted in UTF-16 code units, as editors count.' },
  endLine: { type: 'integer', minimum: 1 },
  endColumn: { type: 'integer', minimum: 1 },
};
const placeRequired = ['file', 'line', 'column', 'endLine', 'endColumn'];

const findings = {
  type: 'array',
  description: 'Findings of the rules at this place (empty when nothing is reported there).',
  items: {
    type: 'object',
    properties: {
      ruleId: { type: 'string' }, severity: { enum: ['error', 'warning'] },
      line: { type: 'integer', minimum: 1, description: 'Where the lint output reports the finding (the value sent, inside the call).' },
      column: { type: 'integer', minimum: 1 },
    },
    required: ['ruleId', 'severity', 'line', 'column'],
    additionalProperties: false,
  },
};

const suppressed = {
  type: 'array',
  description: 'Findings a privacy-lint-disable comment suppressed at this place, with the comment\'s reason.',
  items: {
    type: 'object',
    properties: { ruleId: { type: 'string' }, reason: { type: 'string' } },
    required: ['ruleId', 'reason'],
    additionalProperties: false,
  },
};

const use = {
  type: 'object',
  properties: {
    ...place,
    field: { type: 'string', description: 'The field as written in the code.' },
    form: { enum: ['property', 'element', 'destructuring', 'object-literal', 'parameter', 'variable'] },
    kind: { type: 'string', description: 'Sensitive data: the kind (medicalHistory, creed, …).' },
    permitted: { type: 'boolean', description: 'The file is one of the modules permitted to handle the category.' },
    findings,
    suppressed,
  },
  required: [...placeRequired, 'field', 'form', 'permitted', 'findings'],
  additionalProperties: false,
};

/** The schema object. */
export const reportSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: REPORT_SCHEMA_ID,
  title: 'Privacy Lint record of third-party provision',
  description: 'What the code sends where (policy §8(1)): privacy-lint report --format json. Names code, never the personal values found in it.',
  type: 'object',
  properties: {
    $schema: { type: 'string' },
    recordVersion: { const: 1 },
    tool: {
      type: 'object',
      properties: { name: { const: 'privacy-lint' }, version: { type: 'string' } },
      required: ['name', 'version'],
      additionalProperties: false,
    },
    generatedAt: { type: 'string', format: 'date-time' },
    locale: { enum: ['en', 'ja'], description: 'The language of the reason texts.' },
    revision: {
      type: 'object',
      description: 'The git commit checked out, and whether the working tree had changes (absent outside git).',
      properties: { commit: { type: 'string', pattern: '^[0-9a-f]{40,64}$' }, modified: { type: 'boolean' } },
      required: ['commit', 'modified'],
      additionalProperties: false,
    },
    summary: {
      type: 'object',
      properties: Object.fromEntries(['files', 'filesWithTypes', 'thirdPartyDestinations', 'transfers', 'thirdPartyTransfers',
        'unguardedTransfers', 'transfersWithFindings', 'myNumberUses', 'sensitiveUses'].map((k) => [k, { type: 'integer', minimum: 0 }])),
      required: ['files', 'filesWithTypes', 'thirdPartyDestinations', 'transfers', 'thirdPartyTransfers', 'unguardedTransfers',
        'transfersWithFindings', 'myNumberUses', 'sensitiveUses'],
      additionalProperties: false,
    },
    destinations: {
      type: 'array',
      description: 'Every destination personal data is sent to: third parties (every kind but internal) first.',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          kind: {
            enum: ['external', 'unknown', 'processor', 'permitted', 'internal'],
            description: 'external: a third party; unknown: not resolved from the code; processor: registered in transfers.processors; permitted: a provision of My Number the law requires (myNumber.permittedDestinations); internal: the company\'s own.',
          },
          label: { type: 'string' },
          hosts: { type: 'array', items: { type: 'string' } },
          vendor: { type: 'string' },
          processorName: { type: 'string' },
          country: { type: 'string', description: 'ISO 3166-1 alpha-2.' },
          countrySource: { enum: ['config', 'catalogue'], description: 'config: registered in privacy-lint.json; catalogue: the vendor\'s default region, not confirmed.' },
          name: { type: 'string', description: 'The environment variable or constant an unresolved URL is read from.' },
          consent: { enum: ['guarded', 'unguarded', 'partly'] },
          categories: { type: 'array', items: category },
          transfers: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              properties: {
                ...place,
                callee: { type: 'string' },
                sink: { type: 'string', description: 'Catalogue id of the sink (privacy-lint --list-sinks).' },
                via: { type: 'object', properties: place, required: placeRequired, additionalProperties: false },
                guarded: { type: 'boolean' },
                categories: { type: 'array', items: category, minItems: 1 },
                fields: { type: 'array', items: { type: 'string' } },
                findings,
                suppressed,
              },
              required: [...placeRequired, 'callee', 'sink', 'guarded', 'categories', 'fields', 'findings'],
              additionalProperties: false,
            },
          },
        },
        required: ['id', 'kind', 'label', 'hosts', 'consent', 'categories', 'transfers'],
        additionalProperties: false,
      },
    },
    myNumber: { type: 'array', items: use },
    sensitive: { type: 'array', items: use },
    testFilesSkipped: { type: 'array', items: { type: 'string' } },
    notAnalysed: {
      type: 'array',
      items: {
        type: 'object',
        properties: { file: { type: 'string' }, line: { type: 'integer', minimum: 1 }, reason: { type: 'string' } },
        required: ['file', 'line', 'reason'],
        additionalProperties: false,
      },
    },
    blindSpots: {
      type: 'object',
      properties: Object.fromEntries(['unresolvedImport', 'unknownReceiver', 'untypedFile', 'depthLimit'].map((k) => [k, { type: 'integer', minimum: 1 }])),
      additionalProperties: false,
    },
  },
  required: ['$schema', 'recordVersion', 'tool', 'generatedAt', 'locale', 'summary', 'destinations', 'myNumber', 'sensitive',
    'testFilesSkipped', 'notAnalysed', 'blindSpots'],
  additionalProperties: false,
} as const;
