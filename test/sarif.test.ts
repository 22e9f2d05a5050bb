import { tempDir } from './helpers/temp';
/**
 * SARIF output: the formatter on synthetic results, and the built CLI's `--format sarif` on the fixture projects,
 * both validated against the official SARIF 2.1.0 JSON schema.
 *
 * `fixtures/sarif-2.1.0.schema.json` is the OASIS SARIF 2.1.0 schema (draft-07, `$id`
 * https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json), copied
 * unchanged from the npm package `@datadog/datadog-ci@2.48.0`, file
 * `package/dist/commands/sarif/json-schema/sarif-schema-2.1.0.json` (sha256
 * 10666d46649b52e262001e70d43e6c52f7c0279ca3dbdfe9a7dc2e4071556454), which ships it to validate SARIF uploads.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FileResult, Finding } from '@privacy-lint/engine/dist/types';
import { allRules } from '@privacy-lint/rules';
import {
  artifactLocation,
  fingerprintKey,
  fingerprints,
  normaliseCode,
  pascalCase,
  sarif,
} from 'privacy-lint/dist/formatters/sarif';
import type { FormatterContext, RuleDescriptor } from 'privacy-lint/dist/formatters/types';

const repoRoot = path.resolve(__dirname, '..', '..');
const bin = path.join(repoRoot, 'cli', 'bin', 'privacy-lint.js');
// Fixture projects are used from a copy outside the repository (see cli.test.ts).
const fixtures = tempDir('privacy-lint-sarif-');
fs.cpSync(path.join(repoRoot, 'test', 'fixtures', 'cli'), fixtures, { recursive: true });
const schemaFile = path.join(repoRoot, 'test', 'fixtures', 'sarif-2.1.0.schema.json');

let validateSarif: ValidateFunction;
before(() => {
  const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as object;
  assert.equal(
    createHash('sha256').update(fs.readFileSync(schemaFile)).digest('hex'),
    '10666d46649b52e262001e70d43e6c52f7c0279ca3dbdfe9a7dc2e4071556454',
    'the schema is the unmodified OASIS file',
  );
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  validateSarif = ajv.compile(schema);
});

function assertValidSarif(log: unknown): void {
  const valid = validateSarif(log);
  assert.ok(valid, `SARIF does not match the schema:\n${JSON.stringify(validateSarif.errors, null, 2)}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Types of the parts of a SARIF log the tests read

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: SarifRegion };
  message?: { text: string };
  id?: number;
}
interface SarifNotification {
  descriptor: { id: string; index: number };
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: SarifRegion }; message: { text: string } }>;
}
interface SarifThreadFlowLocation {
  location: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: SarifRegion }; message: { text: string } };
  executionOrder: number;
  importance: string;
}
interface SarifResult {
  codeFlows?: Array<{ threadFlows: Array<{ locations: SarifThreadFlowLocation[] }> }>;
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  partialFingerprints: Record<string, string>;
}
interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri?: string;
  defaultConfiguration: { level: string };
  properties: { policyClause?: string; tags: string[] };
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[]; notifications?: Array<{ id: string }> } };
    invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications?: SarifNotification[] }>;
    properties?: { blindSpots: Record<string, number> };
    language: string;
    originalUriBaseIds: Record<string, { uri: string }>;
    columnKind: string;
    results: SarifResult[];
  }>;
}

// ---------------------------------------------------------------------------------------------------------------
// The formatter on synthetic results

const cwd = path.resolve('/project');

const logRule: RuleDescriptor = {
  id: 'no-personal-data-in-logs',
  description: { en: 'Disallow personal data in log calls.', ja: 'ログ出力に個人データを含めることを禁止します。' },
  clause: '§4(1)',
  defaultSeverity: 'error',
  docsUrl: 'https://example.com/rules/no-personal-data-in-logs',
};
const unusedRule: RuleDescriptor = {
  id: 'unused-suppression',
  description: { en: 'Detect suppressions that suppress nothing.', ja: '何も抑制していない抑制コメントを検出します。' },
  defaultSeverity: 'warning',
};

const SOURCE = [
  'export function greet(user: User): void {', // 1
  '  console.log(user.email);', // 2
  '  console.log(user.email);', // 3
  '  console.log(user.phone);', // 4
  '}', // 5
].join('\n');

/** A finding on `line` of SOURCE (or `text`), flagging `flagged` (its first occurrence on the line). */
function findingAt(file: string, line: number, flagged: string, text = SOURCE, more: Partial<Finding> = {}): Finding {
  const lines = text.split('\n');
  const column = lines[line - 1]!.indexOf(flagged) + 1;
  assert.ok(column > 0, `${flagged} on line ${line}`);
  const startOffset = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  return {
    ruleId: 'no-personal-data-in-logs',
    messageId: 'personalDataInLog',
    message: { en: `\`${flagged}\` is personal data.`, ja: `\`${flagged}\` は個人データです。` },
    severity: 'error',
    file: path.join(cwd, file),
    range: { start: { line, column }, end: { line, column: column + flagged.length } },
    startOffset,
    endOffset: startOffset + flagged.length,
    clause: '§4(1)',
    ...more,
  };
}

function context(sources: Record<string, string>, more: Partial<FormatterContext> = {}): FormatterContext {
  return {
    cwd,
    locale: 'en',
    rules: [logRule, unusedRule],
    toolVersion: '1.2.3',
    informationUri: 'https://example.com/privacy-lint',
    color: false,
    sourceText: (file) => sources[path.relative(cwd, file).split(path.sep).join('/')],
    ...more,
  };
}

describe('sarif formatter', () => {
  it('writes a valid SARIF 2.1.0 log with rules, relative locations and fingerprints', () => {
    const results: FileResult[] = [
      {
        file: path.join(cwd, 'src/greet.ts'),
        typeInfo: true,
        findings: [
          findingAt('src/greet.ts', 2, 'user.email', SOURCE, {
            related: [
              {
                file: path.join(cwd, 'src/types.ts'),
                range: { start: { line: 3, column: 3 }, end: { line: 3, column: 8 } },
                message: { en: '`email` is declared here.', ja: '`email` はここで宣言されています。' },
              },
            ],
          }),
          findingAt('src/greet.ts', 4, 'user.phone', SOURCE, {
            ruleId: 'unused-suppression',
            severity: 'warning',
            clause: undefined,
          }),
        ],
      },
      { file: path.join(cwd, 'src/clean.ts'), typeInfo: true, findings: [] },
    ];
    const log = JSON.parse(sarif(results, context({ 'src/greet.ts': SOURCE }))) as SarifLog;
    assertValidSarif(log);

    assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    const [run] = log.runs;
    // The notification descriptors of blind spots are always listed (see 'what the run could not see').
    assert.deepEqual(run!.tool.driver.notifications!.map((n) => n.id), ['untyped-file', 'unresolved-import', 'unknown-receiver', 'depth-limit']);
    assert.deepEqual({ ...run!.tool.driver, notifications: undefined }, {
      notifications: undefined,
      name: 'privacy-lint',
      version: '1.2.3',
      informationUri: 'https://example.com/privacy-lint',
      rules: [
        {
          id: 'no-personal-data-in-logs',
          name: 'NoPersonalDataInLogs',
          shortDescription: { text: 'Disallow personal data in log calls.' },
          fullDescription: { text: 'Disallow personal data in log calls. (Customer Information Protection Policy §4(1))' },
          helpUri: 'https://example.com/rules/no-personal-data-in-logs',
          help: {
            text: 'Disallow personal data in log calls. (Customer Information Protection Policy §4(1)) https://example.com/rules/no-personal-data-in-logs',
            markdown:
              'Disallow personal data in log calls. (Customer Information Protection Policy §4(1))\n\n[Rule documentation](https://example.com/rules/no-personal-data-in-logs)',
          },
          defaultConfiguration: { level: 'error' },
          properties: { tags: ['privacy', 'security'], policyClause: '§4(1)' },
        },
        {
          id: 'unused-suppression',
          name: 'UnusedSuppression',
          shortDescription: { text: 'Detect suppressions that suppress nothing.' },
          fullDescription: { text: 'Detect suppressions that suppress nothing.' },
          defaultConfiguration: { level: 'warning' },
          properties: { tags: ['privacy-lint'] },
        },
      ],
    });
    assert.deepEqual(run!.invocations, [{ executionSuccessful: true }], 'no notification: the run saw everything');
    assert.deepEqual(run!.properties, { blindSpots: { untypedFile: 0, unresolvedImport: 0, unknownReceiver: 0, depthLimit: 0 } });
    assert.equal(run!.columnKind, 'utf16CodeUnits');
    assert.equal(run!.language, 'en-US');
    assert.deepEqual(run!.originalUriBaseIds, { '%SRCROOT%': { uri: `${pathToFileURL(cwd).href}/` } });

    const [first, second] = run!.results;
    assert.equal(run!.results.length, 2);
    assert.deepEqual(
      { ...first!, partialFingerprints: undefined },
      {
        ruleId: 'no-personal-data-in-logs',
        ruleIndex: 0,
        level: 'error',
        message: { text: '`user.email` is personal data.' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'src/greet.ts', uriBaseId: '%SRCROOT%' },
              region: { startLine: 2, startColumn: 15, endLine: 2, endColumn: 25 },
            },
          },
        ],
        relatedLocations: [
          {
            id: 1,
            physicalLocation: {
              artifactLocation: { uri: 'src/types.ts', uriBaseId: '%SRCROOT%' },
              region: { startLine: 3, startColumn: 3, endLine: 3, endColumn: 8 },
            },
            message: { text: '`email` is declared here.' },
          },
        ],
        partialFingerprints: undefined,
      },
    );
    assert.match(first!.partialFingerprints[fingerprintKey]!, /^[0-9a-f]{64}$/);
    assert.equal(second!.ruleIndex, 1);
    assert.equal(second!.level, 'warning');
    assert.notEqual(second!.partialFingerprints[fingerprintKey], first!.partialFingerprints[fingerprintKey]);
  });

  it('gives each value\'s path as a code flow: one thread flow from where the data entered to the sink', () => {
    const step = (file: string, line: number, column: number, length: number, en: string) => ({
      file: path.join(cwd, file), range: { start: { line, column }, end: { line, column: column + length } }, message: { en, ja: `${en}（ja）` },
    });
    const finding = findingAt('src/greet.ts', 2, 'user.email', SOURCE, {
      paths: [
        [step('src/greet.ts', 2, 15, 10, 'the data comes from `user.email`'), step('src/audit.ts', 3, 9, 1, 'flows into `a` in `audit`'),
          step('src/audit.ts', 3, 3, 11, 'reaches the sink `console.log`')],
        [step('src/greet.ts', 4, 15, 10, 'the data comes from `user.phone`'), step('src/audit.ts', 3, 3, 11, 'reaches the sink `console.log`')],
      ],
    });
    const log = JSON.parse(sarif([{ file: finding.file, typeInfo: true, findings: [finding] }], context({ 'src/greet.ts': SOURCE }))) as SarifLog;
    assertValidSarif(log);
    const flows = log.runs[0]!.results[0]!.codeFlows!;
    assert.equal(flows.length, 2, 'one code flow per value');
    const [first] = flows[0]!.threadFlows;
    assert.deepEqual(first!.locations.map((l) => [l.location.physicalLocation.artifactLocation.uri, l.location.physicalLocation.region.startLine,
      l.location.message.text, l.executionOrder, l.importance]), [
      ['src/greet.ts', 2, 'the data comes from `user.email`', 1, 'essential'],
      ['src/audit.ts', 3, 'flows into `a` in `audit`', 2, 'important'],
      ['src/audit.ts', 3, 'reaches the sink `console.log`', 3, 'essential'],
    ]);
    assert.equal(flows[1]!.threadFlows[0]!.locations.length, 2);
    const ja = JSON.parse(sarif([{ file: finding.file, typeInfo: true, findings: [finding] }], context({}, { locale: 'ja' }))) as SarifLog;
    assert.equal(ja.runs[0]!.results[0]!.codeFlows![0]!.threadFlows[0]!.locations[1]!.location.message.text, 'flows into `a` in `audit`（ja）');
    const plain = JSON.parse(sarif([{ file: finding.file, typeInfo: true, findings: [{ ...finding, paths: undefined }] }], context({}))) as SarifLog;
    assert.equal(plain.runs[0]!.results[0]!.codeFlows, undefined, 'no paths, no code flows');
  });

  it('says what the run could not see: run properties with the counts, a notification per kind with its hint and places', () => {
    const results: FileResult[] = [
      {
        file: path.join(cwd, 'src/a.ts'), typeInfo: true, findings: [],
        blindSpots: [
          { kind: 'unresolvedImport', range: { start: { line: 1, column: 22 }, end: { line: 1, column: 35 } }, detail: '@/lib/utils' },
          { kind: 'unresolvedImport', range: { start: { line: 2, column: 22 }, end: { line: 2, column: 33 } }, detail: './missing' },
          { kind: 'unknownReceiver', range: { start: { line: 9, column: 1 }, end: { line: 9, column: 21 } }, detail: 'client.send' },
        ],
      },
      { file: path.join(cwd, 'src/deep.ts'), typeInfo: false, findings: [], blindSpots: [{ kind: 'untypedFile', detail: 'checker-failed' }] },
    ];
    const log = JSON.parse(sarif(results, context({}))) as SarifLog;
    assertValidSarif(log);
    const [run] = log.runs;
    assert.deepEqual(run!.properties, { blindSpots: { untypedFile: 1, unresolvedImport: 2, unknownReceiver: 1, depthLimit: 0 } });
    const notes = run!.invocations[0]!.toolExecutionNotifications!;
    assert.equal(run!.invocations[0]!.executionSuccessful, true);
    assert.deepEqual(notes.map((n) => [n.descriptor.id, n.descriptor.index, n.level]),
      [['untyped-file', 0, 'warning'], ['unresolved-import', 1, 'warning'], ['unknown-receiver', 2, 'warning']]);
    assert.match(notes[1]!.message.text, /^2 imports of project code resolved to no file: .*`compilerOptions\.paths`/);
    assert.match(notes[0]!.message.text, /install the project's dependencies \(`npm ci`\)/);
    assert.match(notes[2]!.message.text, /Install the project's dependencies/);
    assert.deepEqual(notes[1]!.locations.map((l) => [l.physicalLocation.artifactLocation.uri, l.physicalLocation.region?.startLine, l.message.text]), [
      ['src/a.ts', 1, '`@/lib/utils` in src/a.ts:1'],
      ['src/a.ts', 2, '`./missing` in src/a.ts:2'],
    ]);
    assert.deepEqual(notes[0]!.locations, [{ physicalLocation: { artifactLocation: { uri: 'src/deep.ts', uriBaseId: '%SRCROOT%' } },
      message: { text: 'src/deep.ts (the type checker failed on it)' } }]);
    // Each notification's descriptor is the driver's, by id and index.
    const descriptors = run!.tool.driver.notifications!;
    for (const n of notes) assert.equal(descriptors[n.descriptor.index]!.id, n.descriptor.id);
    const ja = JSON.parse(sarif(results, context({}, { locale: 'ja' }))) as SarifLog;
    assert.match(ja.runs[0]!.invocations[0]!.toolExecutionNotifications![1]!.message.text, /^解決できなかったプロジェクト内の import 2 件: /);
  });

  it('adds a descriptor for a rule id the catalog does not know, so ruleIndex stays valid', () => {
    const f = findingAt('src/greet.ts', 2, 'user.email', SOURCE, { ruleId: 'future-rule' });
    const log = JSON.parse(
      sarif([{ file: f.file, findings: [f], typeInfo: false }], context({ 'src/greet.ts': SOURCE })),
    ) as SarifLog;
    assertValidSarif(log);
    const rules = log.runs[0]!.tool.driver.rules;
    assert.deepEqual(rules.map((r) => r.id), ['no-personal-data-in-logs', 'unused-suppression', 'future-rule']);
    assert.equal(log.runs[0]!.results[0]!.ruleIndex, 2);
  });

  it('writes messages and rule descriptions in Japanese with --locale ja', () => {
    const f = findingAt('src/greet.ts', 2, 'user.email');
    const log = JSON.parse(
      sarif([{ file: f.file, findings: [f], typeInfo: true }], context({ 'src/greet.ts': SOURCE }, { locale: 'ja' })),
    ) as SarifLog;
    assertValidSarif(log);
    assert.equal(log.runs[0]!.language, 'ja-JP');
    assert.equal(log.runs[0]!.results[0]!.message.text, '`user.email` は個人データです。');
    assert.equal(log.runs[0]!.tool.driver.rules[0]!.shortDescription.text, 'ログ出力に個人データを含めることを禁止します。');
    assert.equal(
      log.runs[0]!.tool.driver.rules[0]!.fullDescription.text,
      'ログ出力に個人データを含めることを禁止します。（顧客情報保護に関する基本方針 §4(1)）',
    );
  });

  it('names rules in PascalCase', () => {
    assert.equal(pascalCase('no-personal-data-in-logs'), 'NoPersonalDataInLogs');
    assert.equal(pascalCase('my-number-outside-permitted-module'), 'MyNumberOutsidePermittedModule');
    assert.equal(pascalCase('parse-error'), 'ParseError');
  });

  it('percent-encodes relative URIs and uses file: URIs outside the working directory', () => {
    assert.deepEqual(artifactLocation(path.join(cwd, 'src', '顧客 list.ts'), cwd), {
      uri: 'src/%E9%A1%A7%E5%AE%A2%20list.ts',
      uriBaseId: '%SRCROOT%',
    });
    assert.deepEqual(artifactLocation(path.join(cwd, 'a#b%c.ts'), cwd), { uri: 'a%23b%25c.ts', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(artifactLocation(path.resolve('/elsewhere/x.ts'), cwd), { uri: pathToFileURL('/elsewhere/x.ts').href });
  });

  it('never hashes literal values: strings keep their length, digits become 0, comments go', () => {
    assert.equal(
      normaliseCode(`  log('taro@example.com',   "123-4567",  \`x\`) // call 090-1234-5678`),
      "log('16', \"8\", `1`)",
    );
    assert.equal(normaliseCode('const n = 123456789012; /* 個人番号 */'), 'const n = 000000000000;');
    assert.equal(normaliseCode('a.b( c )'), 'a.b( c )');
  });

  describe('fingerprints', () => {
    const file = 'src/greet.ts';
    const prints = (text: string, findings: Finding[]) =>
      fingerprints({ file: path.join(cwd, file), findings, typeInfo: true }, context({ [file]: text }));

    it('stay the same when lines are inserted above or indentation changes', () => {
      const before = prints(SOURCE, [findingAt(file, 2, 'user.email'), findingAt(file, 4, 'user.phone')]);
      const moved = `// header\n\n${SOURCE.replace(/^ {2}/gm, '    ')}`;
      const after = prints(moved, [findingAt(file, 4, 'user.email', moved), findingAt(file, 6, 'user.phone', moved)]);
      assert.deepEqual(after, before);
    });

    it('differ between findings, including identical lines (by occurrence)', () => {
      const all = prints(SOURCE, [
        findingAt(file, 2, 'user.email'),
        findingAt(file, 3, 'user.email'),
        findingAt(file, 4, 'user.phone'),
      ]);
      assert.equal(new Set(all).size, 3);
    });

    it('change when the flagged code changes, or with the rule or the file', () => {
      const base = prints(SOURCE, [findingAt(file, 2, 'user.email')])[0];
      const edited = SOURCE.replace('console.log(user.email)', 'console.warn(user.email)');
      assert.notEqual(prints(edited, [findingAt(file, 2, 'user.email', edited)])[0], base);
      assert.notEqual(prints(SOURCE, [findingAt(file, 2, 'user.email', SOURCE, { ruleId: 'other' })])[0], base);
      const elsewhere = fingerprints(
        { file: path.join(cwd, 'src/other.ts'), findings: [findingAt('src/other.ts', 2, 'user.email')], typeInfo: true },
        context({ 'src/other.ts': SOURCE }),
      )[0];
      assert.notEqual(elsewhere, base);
    });

    it('are the sha256 of rule, path, normalised lines and span, and occurrence', () => {
      const expected = createHash('sha256')
        .update(['no-personal-data-in-logs', 'src/greet.ts', 'console.log(user.email);\u0000user.email', '0'].join('\u0000'))
        .digest('hex');
      assert.equal(prints(SOURCE, [findingAt(file, 2, 'user.email')])[0], expected);
    });

    // Before: each finding split the whole file into lines again (16,000 findings: 12.8 s) and normalised its whole
    // line however long (a 1 MB minified line: over a minute). The bounds are generous; linear code takes < 1 s.
    it('take time linear in the findings: 16,000 findings in a 16,000-line file', function () {
      this.timeout(60_000);
      const lines = Array.from({ length: 16_000 }, (_, i) => `  console.log(user.email, ${i});`);
      const text = lines.join('\n');
      const findings: Finding[] = [];
      let offset = 0;
      lines.forEach((line, i) => {
        const column = line.indexOf('user.email') + 1;
        findings.push(findingAt(file, 1, 'user.email', line, {
          range: { start: { line: i + 1, column }, end: { line: i + 1, column: column + 10 } },
          startOffset: offset + column - 1,
          endOffset: offset + column - 1 + 10,
        }));
        offset += line.length + 1;
      });
      const started = performance.now();
      const all = prints(text, findings);
      const ms = performance.now() - started;
      assert.equal(new Set(all).size, 16_000);
      assert.ok(ms < 5000, `16,000 fingerprints took ${Math.round(ms)} ms`);
    });

    it('take bounded time per finding on a 1 MB line, and still change when the code near the span changes', function () {
      this.timeout(60_000);
      const unit = 'f(user.email);'; // 14 characters
      const text = unit.repeat(75_000); // ≈ 1 MB, one line
      const findingsOn = (source: string, count: number) =>
        Array.from({ length: count }, (_, i) => {
          const start = i * 37 * unit.length + 2;
          return findingAt(file, 1, 'user.email', source, {
            range: { start: { line: 1, column: start + 1 }, end: { line: 1, column: start + 11 } },
            startOffset: start,
            endOffset: start + 10,
          });
        });
      const started = performance.now();
      const all = prints(text, findingsOn(text, 2000));
      const ms = performance.now() - started;
      assert.equal(all.length, 2000);
      assert.ok(ms < 5000, `2,000 fingerprints on a 1 MB line took ${Math.round(ms)} ms`);

      // The window still covers the code around the span: an edit next to it changes the fingerprint, an edit
      // half a megabyte away does not.
      const [base] = prints(text, findingsOn(text, 1));
      const near = `f(user.email);g${text.slice(15)}`;
      assert.notEqual(prints(near, findingsOn(near, 1))[0], base);
      const far = `${text.slice(0, 500_000)}g${text.slice(501_000)}${'x'.repeat(999)}`;
      assert.equal(prints(far, findingsOn(far, 1))[0], base);
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The built CLI

function cli(dir: string, args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function copyProject(name: string): string {
  const dir = tempDir('privacy-lint-sarif-');
  fs.cpSync(path.join(fixtures, name), dir, { recursive: true });
  return dir;
}

describe('privacy-lint --format sarif', function () {
  this.timeout(60_000);

  it('is valid SARIF with every rule described and each finding located relative to %SRCROOT%', () => {
    const dir = path.join(fixtures, 'logs');
    const run = cli(dir, ['--format', 'sarif']);
    assert.equal(run.status, 1);
    assert.equal(run.stderr, '');
    const log = JSON.parse(run.stdout) as SarifLog;
    assertValidSarif(log);

    const [sarifRun] = log.runs;
    const driver = sarifRun!.tool.driver;
    assert.equal(driver.name, 'privacy-lint');
    assert.equal(
      driver.version,
      (JSON.parse(fs.readFileSync(path.join(repoRoot, 'cli', 'package.json'), 'utf8')) as { version: string }).version,
    );
    assert.match(driver.informationUri, /^https:\/\//);
    assert.deepEqual(
      driver.rules.map((r) => r.id),
      [...allRules.map((r) => r.meta.id), 'parse-error', 'internal-error', 'invalid-suppression', 'unused-suppression'],
    );
    for (const rule of allRules) {
      const descriptor = driver.rules.find((r) => r.id === rule.meta.id)!;
      assert.equal(descriptor.name, pascalCase(rule.meta.id));
      assert.equal(descriptor.shortDescription.text, rule.meta.description.en);
      assert.equal(descriptor.helpUri, rule.meta.docsUrl);
      assert.equal(descriptor.defaultConfiguration.level, rule.meta.defaultSeverity);
      assert.equal(descriptor.properties.policyClause, rule.meta.clause);
      assert.deepEqual(descriptor.properties.tags, ['privacy', 'security']);
    }
    assert.equal(driver.rules.find((r) => r.id === 'unused-suppression')!.defaultConfiguration.level, 'warning');
    // The engine's own diagnostics link to their documentation too (the editor's diagnostics use the same links).
    assert.match(String(driver.rules.find((r) => r.id === 'unused-suppression')!.helpUri), /docs\/suppressions\.md$/);

    assert.deepEqual(sarifRun!.originalUriBaseIds, { '%SRCROOT%': { uri: `${pathToFileURL(dir).href}/` } });
    assert.deepEqual(
      sarifRun!.results.map((r) => {
        const { artifactLocation: where, region } = r.locations[0]!.physicalLocation;
        return [r.ruleId, r.level, where.uri, where.uriBaseId, region.startLine, region.startColumn, region.endLine, region.endColumn];
      }),
      [
        ['no-personal-data-in-logs', 'error', 'src/app.ts', '%SRCROOT%', 7, 15, 7, 25],
        ['no-personal-data-in-logs', 'error', 'src/billing/invoice.ts', '%SRCROOT%', 8, 34, 8, 48],
        ['no-personal-data-in-logs', 'error', 'src/%E9%A1%A7%E5%AE%A2%20list.ts', '%SRCROOT%', 3, 17, 3, 33],
      ],
    );
    for (const result of sarifRun!.results) {
      assert.equal(driver.rules[result.ruleIndex]!.id, result.ruleId);
    }
    // The same messages as the json format gives.
    const json = JSON.parse(cli(dir, ['--format', 'json']).stdout) as Array<{ messages: Array<{ message: string }> }>;
    assert.deepEqual(
      sarifRun!.results.map((r) => r.message.text),
      json.flatMap((r) => r.messages.map((m) => m.message)),
    );
  });

  it('keeps fingerprints when a blank line is inserted above, and they differ between findings', () => {
    const dir = copyProject('logs');
    try {
      const fingerprintsOf = () => {
        const run = cli(dir, ['-f', 'sarif']);
        assert.equal(run.status, 1, run.stderr);
        const log = JSON.parse(run.stdout) as SarifLog;
        assertValidSarif(log);
        return log.runs[0]!.results.map((r) => [r.locations[0]!.physicalLocation.region.startLine, r.partialFingerprints[fingerprintKey]]);
      };
      const before = fingerprintsOf();
      assert.equal(new Set(before.map(([, print]) => print)).size, before.length, 'distinct per finding');

      const app = path.join(dir, 'src', 'app.ts');
      fs.writeFileSync(app, `\n${fs.readFileSync(app, 'utf8')}`);
      const after = fingerprintsOf();
      assert.deepEqual(after.map(([line]) => line), [8, 8, 3], 'the app.ts finding moved down one line');
      assert.deepEqual(after.map(([, print]) => print), before.map(([, print]) => print));

      // Changing the flagged code changes its fingerprint, and only its.
      fs.writeFileSync(app, fs.readFileSync(app, 'utf8').replace('console.log(user.email)', 'console.error(user.email)'));
      const changed = fingerprintsOf();
      assert.notEqual(changed[0]![1], before[0]![1]);
      assert.deepEqual(changed.slice(1), before.slice(1));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is valid for a clean project (no results) and for a file that does not parse', () => {
    const clean = JSON.parse(cli(path.join(fixtures, 'clean'), ['-f', 'sarif']).stdout) as SarifLog;
    assertValidSarif(clean);
    assert.deepEqual(clean.runs[0]!.results, []);

    const run = cli(path.join(fixtures, 'parse-error'), ['-f', 'sarif']);
    assert.equal(run.status, 1);
    const log = JSON.parse(run.stdout) as SarifLog;
    assertValidSarif(log);
    const parseError = log.runs[0]!.results.find((r) => r.ruleId === 'parse-error')!;
    assert.equal(parseError.level, 'error');
    assert.equal(parseError.locations[0]!.physicalLocation.artifactLocation.uri, 'src/broken.ts');
    assert.equal(log.runs[0]!.tool.driver.rules[parseError.ruleIndex]!.id, 'parse-error');
  });

  it('writes Japanese messages with --locale ja, and to --output-file', () => {
    const dir = tempDir('privacy-lint-sarif-out-');
    try {
      const out = path.join(dir, 'reports', 'privacy.sarif');
      const run = cli(path.join(fixtures, 'logs'), ['-f', 'sarif', '--locale', 'ja', '-o', out]);
      assert.deepEqual(run, { status: 1, stdout: '', stderr: '' });
      const log = JSON.parse(fs.readFileSync(out, 'utf8')) as SarifLog;
      assertValidSarif(log);
      assert.equal(log.runs[0]!.language, 'ja-JP');
      for (const result of log.runs[0]!.results) assert.match(result.message.text, /[\u3040-\u30ff\u4e00-\u9fff]/);
      const logRuleDescriptor = log.runs[0]!.tool.driver.rules.find((r) => r.id === 'no-personal-data-in-logs')!;
      assert.equal(
        logRuleDescriptor.shortDescription.text,
        allRules.find((r) => r.meta.id === 'no-personal-data-in-logs')!.meta.description.ja,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
