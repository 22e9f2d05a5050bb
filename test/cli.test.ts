/**
 * The CLI: the stylish and json formatters on synthetic results (pure functions), then the built CLI
 * (`cli/bin/privacy-lint.js`) run as a child process on the fixture projects in `test/fixtures/cli/`.
 * SARIF has its own file (`sarif.test.ts`).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import type { FileResult, Finding } from '@privacy-lint/engine/dist/types';
import { allRules } from '@privacy-lint/rules';
import { main } from 'privacy-lint/dist/main';
import { json, type JsonFileResult } from 'privacy-lint/dist/formatters/json';
import { stylish } from 'privacy-lint/dist/formatters/stylish';
import { displayWidth, stripAnsi } from 'privacy-lint/dist/formatters/terminal-text';
import type { FormatterContext } from 'privacy-lint/dist/formatters/types';
import { localeFromEnvironment } from 'privacy-lint/dist/locale';
import { useColor } from 'privacy-lint/dist/output';
import { tempDir as makeTempDir } from './helpers/temp';

const repoRoot = path.resolve(__dirname, '..', '..');
const bin = path.join(repoRoot, 'cli', 'bin', 'privacy-lint.js');
// The fixture projects run from a copy outside the repository, so the repository's own privacy-lint.json
// (which ignores test/fixtures/**) never governs them, as on a user's machine.
const fixtures = makeTempDir('privacy-lint-cli-');
fs.cpSync(path.join(repoRoot, 'test', 'fixtures', 'cli'), fixtures, { recursive: true });
const cliVersion = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'cli', 'package.json'), 'utf8')) as { version: string })
  .version;

// ---------------------------------------------------------------------------------------------------------------
// Synthetic results for the formatter unit tests

const cwd = path.resolve('/project');

/** A finding in `file` (relative to `cwd`); only what a test names differs from the defaults. */
function finding(file: string, line: number, column: number, more: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'no-personal-data-in-logs',
    messageId: 'personalDataInLog',
    message: { en: '`user.email` is contact data and reaches `console.log`.', ja: '`user.email` は連絡先データで、`console.log` に渡されています。' },
    severity: 'error',
    file: path.join(cwd, file),
    range: { start: { line, column }, end: { line, column: column + 10 } },
    startOffset: 100,
    endOffset: 110,
    clause: '§4(1)',
    ...more,
  };
}

function fileResult(file: string, findings: Finding[]): FileResult {
  return { file: path.join(cwd, file), findings, typeInfo: true };
}

function context(more: Partial<FormatterContext> = {}): FormatterContext {
  return {
    cwd,
    locale: 'en',
    rules: [],
    toolVersion: '1.2.3',
    informationUri: 'https://example.com/privacy-lint',
    color: false,
    ...more,
  };
}

const sampleResults: FileResult[] = [
  fileResult('src/a.ts', [
    finding('src/a.ts', 3, 15),
    finding('src/a.ts', 12, 3, {
      ruleId: 'unused-suppression',
      messageId: 'unused',
      severity: 'warning',
      message: { en: 'Unused suppression.', ja: '不要な抑制コメントです。' },
      clause: undefined,
    }),
  ]),
  fileResult('src/b.ts', []),
  fileResult('src/c/d.ts', [
    finding('src/c/d.ts', 1, 1, {
      ruleId: 'parse-error',
      messageId: 'parseError',
      message: { en: "')' expected.", ja: "')' が必要です。" },
      clause: undefined,
    }),
  ]),
];

describe('stylish formatter', () => {
  it('prints aligned rows per file and an ESLint-like summary', () => {
    assert.equal(
      stylish(sampleResults, context()),
      [
        '',
        'src/a.ts',
        '   3:15  error    `user.email` is contact data and reaches `console.log`  no-personal-data-in-logs',
        '  12:3   warning  Unused suppression                                      unused-suppression',
        '',
        'src/c/d.ts',
        "  1:1  error  ')' expected  parse-error",
        '',
        '✖ 3 problems (2 errors, 1 warning)',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing when there are no findings', () => {
    assert.equal(stylish([fileResult('src/b.ts', [])], context()), '');
    assert.equal(stylish([], context()), '');
  });

  it('uses singular words for one problem', () => {
    const out = stylish([fileResult('src/a.ts', [finding('src/a.ts', 1, 1)])], context());
    assert.equal(out.trimEnd().split('\n').pop(), '✖ 1 problem (1 error, 0 warnings)');
  });

  it('speaks Japanese and aligns full-width text by display width', () => {
    const out = stylish(sampleResults, context({ locale: 'ja' }));
    const lines = out.split('\n');
    assert.equal(lines[lines.length - 2], '✖ 3 件の問題（エラー 2 件、警告 1 件）');
    const rows = lines.filter((l) => /^\s+\d+:\d+/.test(l) && l.includes('src') === false);
    assert.equal(rows[0], '   3:15  エラー  `user.email` は連絡先データで、`console.log` に渡されています。  no-personal-data-in-logs');
    assert.equal(rows[1], '  12:3   警告    不要な抑制コメントです。                                         unused-suppression');
    // The rule ids of one file start in the same terminal column.
    const ruleColumn = (row: string) => displayWidth(row.slice(0, row.lastIndexOf('  ') + 2));
    assert.equal(ruleColumn(rows[0]!), ruleColumn(rows[1]!));
  });

  it('colours severity, path and summary only when asked, without changing the text', () => {
    const plain = stylish(sampleResults, context());
    const coloured = stylish(sampleResults, context({ color: true }));
    assert.notEqual(coloured, plain);
    assert.equal(stripAnsi(coloured), plain);
    assert.ok(coloured.includes('\u001b[4msrc/a.ts\u001b[24m'), 'underlined path');
    assert.ok(coloured.includes('\u001b[31merror\u001b[39m'), 'red error');
    assert.ok(coloured.includes('\u001b[33mwarning\u001b[39m'), 'yellow warning');
    assert.ok(coloured.includes('\u001b[2mno-personal-data-in-logs\u001b[22m'), 'dim rule id');
    assert.ok(plain.includes('\u001b') === false);
  });
});

describe('json formatter', () => {
  it('gives ESLint-shaped results with exact positions, counts and suggestions', () => {
    const withSuggestion = finding('src/a.ts', 3, 15, {
      category: 'contact',
      suggestions: [{ kind: 'mask', title: { en: 'Mask the value', ja: '値をマスクする' }, edits: [] }],
    });
    const results = [fileResult('src/a.ts', [withSuggestion]), ...sampleResults.slice(1)];
    assert.deepEqual(JSON.parse(json(results, context())), [
      {
        filePath: path.join(cwd, 'src/a.ts'),
        messages: [
          {
            ruleId: 'no-personal-data-in-logs',
            severity: 2,
            message: '`user.email` is contact data and reaches `console.log`.',
            line: 3,
            column: 15,
            endLine: 3,
            endColumn: 25,
            messageId: 'personalDataInLog',
            clause: '§4(1)',
            category: 'contact',
            suggestions: [{ desc: 'Mask the value', kind: 'mask' }],
          },
        ],
        errorCount: 1,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        suppressedMessages: [],
      },
      { filePath: path.join(cwd, 'src/b.ts'), messages: [], errorCount: 0, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, suppressedMessages: [] },
      {
        filePath: path.join(cwd, 'src/c/d.ts'),
        messages: [
          {
            ruleId: 'parse-error',
            severity: 2,
            message: "')' expected.",
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 11,
            messageId: 'parseError',
            fatal: true,
          },
        ],
        errorCount: 1,
        fatalErrorCount: 1,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        suppressedMessages: [],
      },
    ]);
  });

  it('uses the chosen locale for messages and suggestion titles', () => {
    const f = finding('src/a.ts', 1, 1, {
      suggestions: [{ kind: 'mask', title: { en: 'Mask the value', ja: '値をマスクする' }, edits: [] }],
    });
    const [result] = JSON.parse(json([fileResult('src/a.ts', [f])], context({ locale: 'ja' }))) as Array<{
      messages: Array<{ message: string; suggestions: Array<{ desc: string }> }>;
    }>;
    assert.equal(result!.messages[0]!.message, '`user.email` は連絡先データで、`console.log` に渡されています。');
    assert.equal(result!.messages[0]!.suggestions[0]!.desc, '値をマスクする');
  });
});

describe('CLI environment helpers', () => {
  it('takes the locale from LC_ALL, then LC_MESSAGES, then LANG', () => {
    assert.equal(localeFromEnvironment({ LANG: 'ja_JP.UTF-8' }), 'ja');
    assert.equal(localeFromEnvironment({ LANG: 'en_US.UTF-8' }), 'en');
    assert.equal(localeFromEnvironment({}), 'en');
    assert.equal(localeFromEnvironment({ LC_ALL: 'C', LANG: 'ja_JP.UTF-8' }), 'en');
    assert.equal(localeFromEnvironment({ LC_MESSAGES: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' }), 'ja');
    assert.equal(localeFromEnvironment({ LC_ALL: '', LC_MESSAGES: 'ja', LANG: 'en_US' }), 'ja');
    assert.equal(localeFromEnvironment({ LANG: 'jam' }), 'en');
  });

  it('colours on a terminal unless NO_COLOR, and when FORCE_COLOR says so', () => {
    assert.equal(useColor({}, true), true);
    assert.equal(useColor({}, false), false);
    assert.equal(useColor({ NO_COLOR: '1' }, true), false);
    assert.equal(useColor({ NO_COLOR: '' }, true), true);
    assert.equal(useColor({ FORCE_COLOR: '1' }, false), true);
    assert.equal(useColor({ FORCE_COLOR: '0' }, true), false);
    assert.equal(useColor({ FORCE_COLOR: '1', NO_COLOR: '1' }, false), true);
  });
});

/** A stream that keeps what is written to it. */
function memoryStream(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(String(chunk));
      callback();
    },
  });
  return { stream, text: () => chunks.join('') };
}

describe('main() in process', () => {
  it('resolves to the exit code and writes to the given streams', async () => {
    const out = memoryStream();
    const err = memoryStream();
    const code = await main(['-f', 'json', '--no-type-info'], {
      cwd: path.join(fixtures, 'clean'),
      env: {},
      stdout: out.stream,
      stderr: err.stream,
    });
    assert.equal(code, 0);
    assert.equal(err.text(), '');
    assert.deepEqual(
      (JSON.parse(out.text()) as Array<{ filePath: string; messages: unknown[] }>).map((r) => [r.filePath, r.messages]),
      [[path.join(fixtures, 'clean', 'src', 'uploads.ts'), []]],
    );
  });

  it('turns an unexpected exception into "internal error" and exit code 2, with the stack only under DEBUG', async () => {
    const failing = () => {
      const stream = new Writable({
        write(_chunk, _encoding, callback) {
          callback(new Error('disk full'));
        },
      });
      stream.on('error', () => undefined);
      return stream;
    };
    const err = memoryStream();
    assert.equal(await main(['--version'], { cwd, env: {}, stdout: failing(), stderr: err.stream }), 2);
    assert.equal(err.text(), 'privacy-lint: internal error: disk full (set DEBUG=1 for details)\n');

    const debugErr = memoryStream();
    assert.equal(await main(['--version'], { cwd, env: { DEBUG: '1' }, stdout: failing(), stderr: debugErr.stream }), 2);
    assert.match(debugErr.text(), /^privacy-lint: internal error: Error: disk full\n {4}at /);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The built CLI as a child process

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI in `dir` with a neutral environment (English, no colour) unless `env` says otherwise. */
function cli(dir: string, args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const base: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C' };
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir,
    env: { ...base, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const project = (name: string) => path.join(fixtures, name);

function tempDir(): string {
  return makeTempDir('privacy-lint-cli-');
}

/** The JSON report's shape is the formatter's own type, so test and formatter cannot drift apart. */
type JsonResult = JsonFileResult;

function jsonOf(run: Run): JsonResult[] {
  return JSON.parse(run.stdout) as JsonResult[];
}

/** `[relative path, ruleId, line, column, endLine, endColumn, severity]` of every message, for exact comparison. */
function positions(results: JsonResult[], root: string): Array<[string, string, number, number, number, number, number]> {
  return results.flatMap((r) =>
    r.messages.map(
      (m) =>
        [
          path.relative(root, r.filePath).split(path.sep).join('/'),
          m.ruleId,
          m.line,
          m.column,
          m.endLine,
          m.endColumn,
          m.severity,
        ] as [string, string, number, number, number, number, number],
    ),
  );
}

describe('privacy-lint CLI', function () {
  // Each run starts node and the TypeScript compiler; type-checked runs build a program.
  this.timeout(60_000);

  describe('usage', () => {
    it('--help lists every option, the exit codes and examples', () => {
      const run = cli(fixtures, ['--help']);
      assert.equal(run.status, 0);
      assert.equal(run.stderr, '');
      assert.match(run.stdout, /^Usage: privacy-lint \[options\] \[paths\.\.\.\]\n/);
      for (const option of [
        '-f, --format <name>',
        '-o, --output-file <file>',
        '-c, --config <file>',
        '--max-warnings <n>',
        '--quiet',
        '--print-config <file>',
        '--no-type-info',
        '--locale <ja|en>',
        '--list-rules',
        '--fix ',
        '--fix-dry-run',
        '-h, --help',
        '-v, --version',
      ]) {
        assert.ok(run.stdout.includes(option), `help mentions ${option}`);
      }
      assert.match(run.stdout, /Exit codes:\n {2}0 {2}.*\n {2}1 {2}.*\n {2}2 {2}Usage error, configuration error, or internal error\n/);
      assert.match(run.stdout, /Examples:\n {2}privacy-lint {2,}Lint the current folder\n/);
      assert.deepEqual(cli(fixtures, ['-h']).stdout, run.stdout);
    });

    it('--list-sinks prints the sink catalogue (id, family, vendor, country, packages), also as JSON', () => {
      const run = cli(fixtures, ['--list-sinks']);
      assert.equal(run.status, 0);
      assert.equal(run.stderr, '');
      assert.match(run.stdout, /^id +family +vendor +country +packages/);
      assert.match(run.stdout, /\nresend +messaging +Resend +US +resend\n/);
      assert.match(run.stdout, /\npayjp +payments +PAY\.JP +JP +payjp\n/);
      assert.match(run.stdout, /\n(\d+) entries\n$/);
      const json = cli(fixtures, ['--list-sinks', '-f', 'json']);
      const rows = JSON.parse(json.stdout) as Array<{ id: string; country: string; legalName: string; packages: string[] }>;
      assert.ok(rows.length >= 120);
      assert.deepEqual(rows.find((r) => r.id === 'mistral'),
        { ...rows.find((r) => r.id === 'mistral'), country: 'FR', legalName: 'Mistral AI SAS', packages: ['@mistralai/mistralai'] });
      assert.ok(cli(fixtures, ['--help']).stdout.includes('--list-sinks'));
    });

    it('--list-rules lists every rule with its clause, its preset settings and description, in the message language', () => {
      const run = cli(fixtures, ['--list-rules', '--locale', 'en']);
      assert.equal(run.status, 0);
      assert.equal(run.stderr, '');
      const lines = run.stdout.trimEnd().split('\n');
      assert.match(lines[0], /^rule\s+clause\s+recommended\s+strict\s+description$/);
      assert.deepEqual(lines.slice(1).map((l) => l.split(/\s+/)[0]), allRules.map((r) => r.meta.id));
      const cookies = lines.find((l) => l.startsWith('no-personal-data-in-cookies '));
      assert.match(cookies ?? '', /§5\s+error\s+error \{"storage":"error"\}\s+Disallow storing personal data in cookies/);
      const ja = cli(fixtures, ['--list-rules', '--locale', 'ja']).stdout;
      assert.ok(ja.includes('ログへの個人データの出力を禁止します。'), ja);
    });

    it('--version prints the version of the privacy-lint package', () => {
      assert.deepEqual(cli(fixtures, ['--version']), { status: 0, stdout: `${cliVersion}\n`, stderr: '' });
      assert.equal(cli(fixtures, ['-v']).stdout, `${cliVersion}\n`);
    });

    it('rejects an unknown option with exit code 2 and a hint to --help', () => {
      assert.deepEqual(cli(project('clean'), ['--fromat', 'json']), {
        status: 2,
        stdout: '',
        stderr: "privacy-lint: unknown option '--fromat'\nRun 'privacy-lint --help' to see the options.\n",
      });
      assert.equal(cli(project('clean'), ['-x']).stderr.split('\n')[0], "privacy-lint: unknown option '-x'");
    });

    it('rejects bad option values with exit code 2', () => {
      const cases: Array<[string[], string]> = [
        [['--format', 'xml'], "unknown format 'xml' (expected one of: stylish, json, json-with-metadata, sarif, github, junit, gitlab)"],
        [['--stdin'], '--stdin needs --stdin-filename <file>: the path the text is linted as (its config and file type)'],
        [['--stdin-filename', 'a.ts'], '--stdin-filename is only used with --stdin'],
        [['--stdin', '--stdin-filename', 'a.ts', '--changed-since', 'main'], '--changed-since cannot be used with --stdin'],
        [['--changed-since'], "option '--changed-since <value>' needs a value"],
        [['--baseline', ''], '--baseline needs a file name'],
        [['--max-warnings', 'many'], "--max-warnings expects a whole number of 0 or more, got 'many'"],
        [['--max-warnings', '1.5'], "--max-warnings expects a whole number of 0 or more, got '1.5'"],
        [['--locale', 'fr'], "unknown locale 'fr' (expected ja or en)"],
        [['--print-config', 'src/uploads.ts', 'src'], '--print-config takes exactly one file and no other paths'],
        [['--format'], "option '-f, --format <value>' needs a value"],
        [['--quiet=yes'], "option '--quiet' does not take an argument"],
      ];
      for (const [args, message] of cases) {
        const run = cli(project('clean'), args);
        assert.equal(run.status, 2, args.join(' '));
        assert.equal(run.stdout, '');
        assert.equal(run.stderr, `privacy-lint: ${message}\nRun 'privacy-lint --help' to see the options.\n`);
      }
    });

    it('stops with exit code 2 when a path does not exist, and lints nothing', () => {
      assert.deepEqual(cli(project('logs'), ['src', 'no/such/dir']), {
        status: 2,
        stdout: '',
        stderr: 'privacy-lint: No such file or directory: no/such/dir\n',
      });
    });

    it('stops with exit code 2 when an explicit folder has nothing to lint, but not for the default "."', () => {
      assert.deepEqual(cli(project('empty'), ['docs']), {
        status: 2,
        stdout: '',
        stderr: "privacy-lint: No files matching 'docs' were found: no JavaScript or TypeScript files in 'docs'.\n",
      });
      assert.deepEqual(cli(project('empty'), []), {
        status: 0,
        stdout: '',
        stderr: "privacy-lint: nothing to lint: no JavaScript or TypeScript files in '.'\n",
      });
    });
  });

  describe('exit codes and stylish output', () => {
    it('exits 0 and prints nothing on a clean project', () => {
      assert.deepEqual(cli(project('clean'), []), { status: 0, stdout: '', stderr: '' });
      assert.deepEqual(cli(project('clean'), ['--no-type-info', 'src']), { status: 0, stdout: '', stderr: '' });
    });

    it('exits 1 and prints the findings like ESLint when there are errors', () => {
      const run = cli(project('logs'), []);
      assert.equal(run.stderr, '');
      assert.equal(run.status, 1);
      assert.equal(run.stdout, STYLISH_LOGS);
    });

    it('reports the same findings without type information', () => {
      const typed = jsonOf(cli(project('logs'), ['-f', 'json']));
      const untyped = jsonOf(cli(project('logs'), ['-f', 'json', '--no-type-info']));
      assert.deepEqual(positions(untyped, project('logs')), positions(typed, project('logs')));
    });

    it('lints only the files and folders named', () => {
      const run = cli(project('logs'), ['-f', 'json', '--no-type-info', 'src/billing', 'src/app.ts']);
      assert.equal(run.status, 1);
      assert.deepEqual(
        jsonOf(run).map((r) => path.relative(project('logs'), r.filePath)),
        ['src/app.ts', 'src/billing/invoice.ts'],
      );
    });

    it('skips declaration files, node_modules and .git, and notes a named file it cannot lint', () => {
      const dir = tempDir();
      try {
        fs.cpSync(project('clean'), dir, { recursive: true });
        const leaky = 'export function f(user: { email: string }) { console.log(user.email); }\n';
        for (const file of ['node_modules/pkg/index.ts', '.git/hooks/x.js', 'src/nested/node_modules/y.mjs']) {
          fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
          fs.writeFileSync(path.join(dir, file), leaky);
        }
        fs.writeFileSync(path.join(dir, 'src', 'globals.d.ts'), 'declare const user: { email: string };\n');
        fs.writeFileSync(path.join(dir, 'src', 'notes.md'), leaky);
        for (const ext of ['.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs']) {
          fs.writeFileSync(path.join(dir, 'src', `all${ext}`), 'export const n = 1;\n');
        }
        const run = cli(dir, ['-f', 'json', '--no-type-info']);
        assert.equal(run.stderr, '');
        assert.equal(run.status, 0);
        assert.deepEqual(
          jsonOf(run).map((r) => path.relative(dir, r.filePath)),
          ['src/all.cjs', 'src/all.cts', 'src/all.js', 'src/all.jsx', 'src/all.mjs', 'src/all.mts', 'src/all.tsx', 'src/uploads.ts'],
        );

        assert.deepEqual(cli(dir, ['src/notes.md', 'src/globals.d.ts']), {
          status: 0,
          stdout: '',
          stderr:
            'privacy-lint: skipped src/notes.md: not a JavaScript or TypeScript source file\n' +
            'privacy-lint: skipped src/globals.d.ts: not a JavaScript or TypeScript source file\n',
        });
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('gives a parse-error finding for a file that does not parse and goes on with the others', () => {
      const run = cli(project('parse-error'), ['-f', 'json']);
      assert.equal(run.status, 1);
      assert.equal(run.stderr, '');
      const results = jsonOf(run);
      assert.deepEqual(
        results.map((r) => path.relative(project('parse-error'), r.filePath)),
        ['src/broken.ts', 'src/ok.ts'],
      );
      const [broken, ok] = results;
      assert.equal(broken!.messages.length, 1);
      assert.equal(broken!.messages[0]!.ruleId, 'parse-error');
      assert.equal(broken!.messages[0]!.severity, 2);
      assert.equal(broken!.messages[0]!.fatal, true);
      assert.deepEqual([broken!.messages[0]!.line, broken!.messages[0]!.column], [1, 48]);
      assert.deepEqual(positions([ok!], project('parse-error')), [['src/ok.ts', 'no-personal-data-in-logs', 2, 15, 2, 25, 2]]);
    });
  });

  describe('configuration', () => {
    it('stops with exit code 2 and path:line:column on bad JSON, linting nothing', () => {
      const run = cli(project('broken-json'), []);
      assert.equal(run.status, 2);
      assert.equal(run.stdout, '');
      assert.equal(run.stderr, 'privacy-lint.json:3:3: invalid JSON: expected "," before "\\"ignores\\""\n');
    });

    it('stops with exit code 2 and the position when line 1 is broken (it used to lint with the defaults)', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-lint-cli-'));
      try {
        fs.mkdirSync(path.join(dir, 'src'));
        fs.writeFileSync(path.join(dir, 'src', 'a.ts'), 'console.log(user.email);\n');
        for (const [text, position] of [['}', '1:1'], ['{"rules": {"x": }}', '1:17'], ['{"ignores": ["src/**"],, "rules": {}}', '1:24']]) {
          fs.writeFileSync(path.join(dir, 'privacy-lint.json'), text);
          const run = cli(dir, ['--no-type-info']);
          assert.equal(run.status, 2, text);
          assert.equal(run.stdout, '');
          assert.match(run.stderr, new RegExp(`^privacy-lint\\.json:${position}: invalid JSON: `), text);
        }
        const ja = cli(dir, ['--no-type-info', '--locale', 'ja']);
        assert.equal(ja.status, 2);
        assert.match(ja.stderr, /^privacy-lint\.json:1:24: JSON の誤り: /);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('stops with exit code 2 on an unknown key', () => {
      const run = cli(project('unknown-key'), ['-f', 'json']);
      assert.equal(run.status, 2);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /^privacy-lint\.json:3:3: unknown key "ignore" .*\(did you mean "ignores"\?\)\n$/);
    });

    it('reports config errors relative to the working directory', () => {
      const run = cli(fixtures, ['broken-json']);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /^broken-json\/privacy-lint\.json:3:3: /);
    });

    it('--config uses one file for everything; a missing one is exit code 2', () => {
      // The warnings project's config turns the log rule into a warning for the logs project too.
      const run = cli(project('logs'), ['-f', 'json', '--no-type-info', '--config', '../warnings/privacy-lint.json']);
      assert.equal(run.status, 0);
      assert.ok(jsonOf(run).every((r) => r.messages.every((m) => m.severity === 1)));
      assert.equal(jsonOf(run).reduce((n, r) => n + r.warningCount, 0), 3);

      const missing = cli(project('logs'), ['--config', 'nope.json']);
      assert.equal(missing.status, 2);
      assert.equal(missing.stdout, '');
      assert.equal(missing.stderr, 'nope.json:1:1: cannot read the config file: the file does not exist\n');

      const broken = cli(project('logs'), ['--config', '../broken-json/privacy-lint.json']);
      assert.equal(broken.status, 2);
      // Outside the working directory, the path is absolute.
      assert.ok(broken.stderr.startsWith(`${path.join(project('broken-json'), 'privacy-lint.json')}:3:3: invalid JSON: `));
    });

    it('skips ignored files and does not descend into ignored folders', () => {
      const run = cli(project('ignored'), ['-f', 'json']);
      // generated/ holds a broken privacy-lint.json: walking into it would be exit code 2.
      assert.equal(run.status, 1);
      assert.equal(run.stderr, '');
      assert.deepEqual(
        jsonOf(run).map((r) => path.relative(project('ignored'), r.filePath)),
        ['src/app.ts'],
      );
    });

    it('an explicitly named ignored file is skipped with a note; an ignored folder is exit code 2', () => {
      assert.deepEqual(cli(project('ignored'), ['src/app.gen.ts']), {
        status: 0,
        stdout: '',
        stderr: 'privacy-lint: skipped src/app.gen.ts: ignored by the configuration\n',
      });
      assert.deepEqual(cli(project('ignored'), ['generated']), {
        status: 2,
        stdout: '',
        stderr: "privacy-lint: No files matching 'generated' were found: all files in 'generated' are ignored by the configuration.\n",
      });
    });

    it('--print-config prints the resolved configuration of a file as JSON', () => {
      const run = cli(project('warnings'), ['--print-config', 'src/log.ts']);
      assert.equal(run.status, 0);
      assert.equal(run.stderr, '');
      const config = JSON.parse(run.stdout) as {
        configFile: string;
        baseDir: string;
        rules: Record<string, { severity: string }>;
      };
      assert.equal(config.configFile, path.join(project('warnings'), 'privacy-lint.json'));
      assert.equal(config.baseDir, project('warnings'));
      assert.equal(config.rules['no-personal-data-in-logs']!.severity, 'warn');
      assert.equal(config.rules['no-unguarded-external-transfer']!.severity, 'error');

      assert.deepEqual(cli(project('warnings'), ['--print-config', 'src/nope.ts']),
        { status: 2, stdout: '', stderr: 'privacy-lint: No such file or directory: src/nope.ts\n' });

      const broken = cli(project('broken-json'), ['--print-config', 'src/app.ts']);
      assert.equal(broken.status, 2);
      assert.match(broken.stderr, /^privacy-lint\.json:3:3: /);
    });
  });

  describe('warnings', () => {
    it('warnings alone exit 0; more than --max-warnings exit 1', () => {
      const run = cli(project('warnings'), []);
      assert.equal(run.status, 0);
      assert.equal(run.stdout.trimEnd().split('\n').pop(), '✖ 2 problems (0 errors, 2 warnings)');

      assert.equal(cli(project('warnings'), ['--no-type-info', '--max-warnings', '2']).status, 0);
      const tooMany = cli(project('warnings'), ['--no-type-info', '--max-warnings', '1']);
      assert.equal(tooMany.status, 1);
      assert.equal(tooMany.stderr, 'privacy-lint found too many warnings (maximum: 1, found: 2).\n');
      assert.equal(cli(project('warnings'), ['--no-type-info', '--max-warnings', '0']).status, 1);
    });

    it('--quiet hides warnings and does not count them', () => {
      assert.deepEqual(cli(project('warnings'), ['--no-type-info', '--quiet', '--max-warnings', '0']), { status: 0, stdout: '', stderr: '' });
      const quietJson = jsonOf(cli(project('warnings'), ['--no-type-info', '--quiet', '-f', 'json']));
      assert.deepEqual(quietJson.map((r) => [r.messages.length, r.errorCount, r.warningCount]), [[0, 0, 0]]);
      // Errors stay.
      assert.equal(cli(project('logs'), ['--no-type-info', '--quiet']).stdout, STYLISH_LOGS);
    });
  });

  describe('json format', () => {
    it('gives every file with exact positions', () => {
      const run = cli(project('logs'), ['--format', 'json']);
      assert.equal(run.status, 1);
      const results = jsonOf(run);
      assert.deepEqual(positions(results, project('logs')), [
        ['src/app.ts', 'no-personal-data-in-logs', 7, 15, 7, 25, 2],
        ['src/billing/invoice.ts', 'no-personal-data-in-logs', 8, 34, 8, 48, 2],
        ['src/顧客 list.ts', 'no-personal-data-in-logs', 3, 17, 3, 33, 2],
      ]);
      const first = results[0]!.messages[0]!;
      assert.equal(first.clause, '§4(1)');
      assert.equal(typeof first.messageId, 'string');
      assert.ok(first.message.includes('user.email'), first.message);
      assert.deepEqual(results.map((r) => [r.errorCount, r.warningCount]), [[1, 0], [1, 0], [1, 0]]);
    });
  });

  describe('locale', () => {
    it('--locale ja gives Japanese messages; LANG=ja_JP.UTF-8 does too, and --locale wins over LANG', () => {
      const ja = jsonOf(cli(project('logs'), ['-f', 'json', '--no-type-info', '--locale', 'ja']));
      const en = jsonOf(cli(project('logs'), ['-f', 'json', '--no-type-info', '--locale', 'en']));
      const fromLang = jsonOf(cli(project('logs'), ['-f', 'json', '--no-type-info'], { LANG: 'ja_JP.UTF-8' }));
      const overridden = jsonOf(cli(project('logs'), ['-f', 'json', '--no-type-info', '--locale', 'en'], { LANG: 'ja_JP.UTF-8' }));
      const messages = (results: JsonResult[]) => results.flatMap((r) => r.messages.map((m) => m.message));
      for (const message of messages(ja)) assert.match(message, /[\u3040-\u30ff\u4e00-\u9fff]/);
      for (const message of messages(en)) assert.doesNotMatch(message, /[\u3040-\u30ff\u4e00-\u9fff]/);
      assert.deepEqual(messages(fromLang), messages(ja));
      assert.deepEqual(messages(overridden), messages(en));

      const stylishJa = cli(project('logs'), ['--no-type-info', '--locale', 'ja']);
      assert.equal(stylishJa.status, 1);
      assert.equal(stylishJa.stdout.trimEnd().split('\n').pop(), '✖ 3 件の問題（エラー 3 件、警告 0 件）');
      assert.ok(stylishJa.stdout.includes('  7:15  エラー  '));
    });
  });

  describe('--output-file', () => {
    it('writes the report to a file in a new folder and nothing to stdout', () => {
      const dir = tempDir();
      try {
        const out = path.join(dir, 'reports', 'nested', 'privacy.json');
        const run = cli(project('logs'), ['-f', 'json', '--no-type-info', '-o', out]);
        assert.deepEqual(run, { status: 1, stdout: '', stderr: '' });
        const fromFile = JSON.parse(fs.readFileSync(out, 'utf8')) as JsonResult[];
        assert.deepEqual(fromFile, jsonOf(cli(project('logs'), ['-f', 'json', '--no-type-info'])));
        // No temporary file is left next to the report.
        assert.deepEqual(fs.readdirSync(path.dirname(out)), ['privacy.json']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('writes a plain stylish report to the file (a file is no terminal: no colours)', () => {
      const dir = tempDir();
      try {
        const out = path.join(dir, 'report.txt');
        assert.equal(cli(project('logs'), ['--no-type-info', '--output-file', out]).status, 1);
        assert.equal(fs.readFileSync(out, 'utf8'), STYLISH_LOGS);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    it('fails with exit code 2 when the report cannot be written', () => {
      const dir = tempDir();
      try {
        const blocker = path.join(dir, 'file');
        fs.writeFileSync(blocker, '');
        const run = cli(project('clean'), ['-o', path.join(blocker, 'report.json')]);
        assert.equal(run.status, 2);
        assert.match(run.stderr, /^privacy-lint: cannot write .*report\.json: /);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('colour', () => {
    it('colours stylish output when FORCE_COLOR is set and not when NO_COLOR is', () => {
      const forced = cli(project('logs'), ['--no-type-info'], { FORCE_COLOR: '1' });
      assert.ok(forced.stdout.includes('\u001b[31merror\u001b[39m'));
      assert.equal(stripAnsi(forced.stdout), STYLISH_LOGS);
      assert.equal(cli(project('logs'), ['--no-type-info'], { NO_COLOR: '1' }).stdout, STYLISH_LOGS);
    });
  });
});

/** The stylish report of the `logs` fixture, as ESLint would lay it out (its final full stops dropped). */
const STYLISH_LOGS = [
  '',
  'src/app.ts',
  '  7:15  error  Personal data written to a log by `console.log`: `user.email` is contact data. Logs must not contain personal data (policy §4(1)); log an id or mask the value  no-personal-data-in-logs',
  '',
  'src/billing/invoice.ts',
  '  8:34  error  Personal data written to a log by `console.warn`: `customer.phone` is contact data. Logs must not contain personal data (policy §4(1)); log an id or mask the value  no-personal-data-in-logs',
  '',
  'src/顧客 list.ts',
  '  3:17  error  Personal data written to a log by `console.log`: `customer.address` is an address. Logs must not contain personal data (policy §4(1)); log an id or mask the value  no-personal-data-in-logs',
  '',
  '✖ 3 problems (3 errors, 0 warnings)',
  '',
].join('\n');
