/**
 * `privacy-lint init`: surveys a repository (package.json dependencies, hosts the code sends to, My Number modules)
 * and writes a commented privacy-lint.json in which nothing is approved until the lead uncomments it.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadConfigFile } from '@privacy-lint/engine';
import { ruleCatalog } from '@privacy-lint/rules';
import { tempDir } from './helpers/temp';

const bin = path.join(path.resolve(__dirname, '..', '..'), 'cli', 'bin', 'privacy-lint.js');

function cli(dir: string, args: string[], lang = 'C'): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir, env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: lang }, encoding: 'utf8', timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function project(files: Record<string, string>): string {
  const dir = tempDir('privacy-lint-init-');
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const SHOP = {
  'package.json': JSON.stringify({
    name: 'shop',
    scripts: { preinstall: 'node -e "require(\'fs\').writeFileSync(\'ran-script\', \'\')"' },
    dependencies: { express: '4', stripe: '14', pino: '9' },
  }),
  'src/crm/sync.ts': [
    "const CRM = 'https://api.crm.acme.co.jp/v1';",
    'export async function sync(c: { email: string }) {',
    "  await fetch(`${CRM}/contacts`, { method: 'POST', body: JSON.stringify(c) });",
    "  await fetch('https://example.com/placeholder');",
    "  await fetch('/api/same-origin');",
    '}',
    '',
  ].join('\n'),
  'src/billing/charge.ts': [
    "import Stripe from 'stripe';",
    "const stripe = new Stripe('key');",
    'export async function charge(c: { email: string }) {',
    '  await stripe.customers.create({ email: c.email });',
    '}',
    '',
  ].join('\n'),
  'src/payroll/my-number.ts': 'export function store(row: { myNumber: string }) {\n  return row.myNumber;\n}\n',
  // Code that would leave a mark if anything ran it.
  'src/side-effect.ts': "import * as fs from 'node:fs';\nfs.writeFileSync('ran-code', '');\n",
  'src/app.test.ts': "fetch('https://api.only-in-tests.co.jp/');\n",
  'dist/bundle.js': "fetch('https://api.only-in-build.co.jp/');\n",
};

describe('privacy-lint init', function () {
  this.timeout(60_000);

  it('lists the destinations and My Number modules it finds as commented lines, and approves nothing', () => {
    const dir = project(SHOP);
    const run = cli(dir, ['init']);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, 'privacy-lint: wrote privacy-lint.json: 2 destinations and 1 My Number module to confirm (5 files surveyed).\n'
      + 'privacy-lint: 1 reserved example host (RFC 2606/6761) not listed, such as example.com: never a real destination, but a lint run still reports personal data sent there.\n');
    const text = fs.readFileSync(path.join(dir, 'privacy-lint.json'), 'utf8');
    assert.ok(text.includes('// Frameworks: Express'), text);
    assert.ok(text.includes('// Loggers: pino.'), text);
    assert.ok(text.includes('"ignores": ["dist/**"]'), text);
    assert.ok(text.includes('      // "src/payroll/my-number.ts",  // 1 use'), text);
    assert.ok(text.includes('      // "api.crm.acme.co.jp",  // fetch: src/crm/sync.ts:3'), text);
    assert.ok(text.includes('      // { "host": "api.crm.acme.co.jp", "country": "??" },  // fetch: src/crm/sync.ts:3'), text);
    assert.ok(text.includes('      // { "host": "api.stripe.com", "name": "Stripe, Inc.", "country": "US" },  // stripe: package.json, src/billing/charge.ts:4'), text);
    for (const absent of ['same-origin', 'only-in-tests', 'only-in-build']) assert.ok(!text.includes(absent), absent);
    // example.com is named only in the note on reserved hosts, never as an entry to uncomment.
    assert.deepEqual(text.split('\n').filter((line) => line.includes('example.com')),
      ['    // 1 reserved example host (RFC 2606/6761) not listed, such as example.com (src/crm/sync.ts:4): never a real']);
    assert.ok(text.includes('never a real\n    // destination, but a lint run still reports personal data sent there.\n'), text);

    const loaded = loadConfigFile(path.join(dir, 'privacy-lint.json'), ruleCatalog);
    assert.deepEqual(loaded.errors, []);
    const contents = loaded.config!.contents;
    assert.deepEqual([contents.transfers, contents.myNumber], [
      { internalHosts: [], processors: [], consentGuards: [] },
      { permittedModules: [], permittedDestinations: [] },
    ]);
    assert.ok(!fs.existsSync(path.join(dir, 'ran-code')) && !fs.existsSync(path.join(dir, 'ran-script')), 'no code of the repository ran');
    assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
  });

  it('writes lines that work once uncommented: a confirmed processor is judged as one (abroad: consent needed)', () => {
    const dir = project(SHOP);
    cli(dir, ['init']);
    const file = path.join(dir, 'privacy-lint.json');
    const ruleIds = () => (JSON.parse(cli(dir, ['-f', 'json']).stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>)
      .filter((r) => r.filePath.endsWith('charge.ts')).flatMap((r) => r.messages.map((m) => m.ruleId));
    assert.deepEqual(ruleIds(), ['no-unguarded-external-transfer']);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('      // { "host": "api.stripe.com"', '      { "host": "api.stripe.com"'));
    // Stripe is now a registered processor, in the US: the finding is the foreign-transfer rule's.
    assert.deepEqual(ruleIds(), ['no-foreign-transfer-without-consent']);
    // An unknown host's country must be decided: uncommented as written, the config is rejected.
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('      // { "host": "api.crm.acme.co.jp"', '      { "host": "api.crm.acme.co.jp"'));
    const run = cli(dir, []);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /"transfers\.processors\[\d\]\.country" must be an ISO 3166-1 alpha-2 country code/);
  });

  it('says how many reserved example hosts it left out, with one of them, while a lint run reports sends to them', () => {
    const dir = project({
      'src/newsletter.ts': [
        'export async function subscribe(c: { email: string }) {',
        "  await fetch('https://hooks.newsletter-partner.example.net/subscribe', { method: 'POST', body: JSON.stringify({ email: c.email }) });",
        "  await fetch('https://api.sandbox.test/v1', { method: 'POST', body: JSON.stringify(c) });",
        // An internal host for the lint as for the survey: neither counted nor reported.
        "  await fetch('http://localhost:8080/echo', { method: 'POST', body: c.email });",
        '}',
        '',
      ].join('\n'),
    });
    const run = cli(dir, ['init']);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, 'privacy-lint: wrote privacy-lint.json: 0 destinations and 0 My Number modules to confirm (1 file surveyed).\n'
      + 'privacy-lint: 2 reserved example hosts (RFC 2606/6761) not listed, such as api.sandbox.test: never a real destination, but a lint run still reports personal data sent to them.\n');
    const text = fs.readFileSync(path.join(dir, 'privacy-lint.json'), 'utf8');
    // One comment in two lines, joined.
    const lines = text.split('\n');
    const at = lines.findIndex((line) => line.includes('reserved'));
    assert.equal(`${lines[at]} ${lines[at + 1]!.replace(/^ {4}\/\/ /, '')}`, '    // 2 reserved example hosts (RFC 2606/6761) not listed, '
      + 'such as api.sandbox.test (src/newsletter.ts:3): never a real destination, but a lint run still reports personal data sent to them.');
    assert.deepEqual(loadConfigFile(path.join(dir, 'privacy-lint.json'), ruleCatalog).errors, []);
    // What the note promises: the next run reports the sends to them.
    const lint = JSON.parse(cli(dir, ['-f', 'json']).stdout) as Array<{ messages: Array<{ ruleId: string; line: number }> }>;
    assert.deepEqual(lint.flatMap((r) => r.messages.map((m) => `${m.line}:${m.ruleId}`)).filter((m) => m.endsWith('external-transfer')).map((m) => m.split(':')[0]), ['2', '3']);

    const ja = project({ 'a.ts': "export const send = (c: { email: string }) => fetch('https://api.example.org/', { method: 'POST', body: c.email });\n" });
    const jaRun = cli(ja, ['init'], 'ja_JP.UTF-8');
    assert.match(jaRun.stderr, /\nprivacy-lint: 予約済みの例示用ホスト名（RFC 2606\/6761）1 件は一覧にしていません（例: api\.example\.org）。/);
    assert.ok(fs.readFileSync(path.join(ja, 'privacy-lint.json'), 'utf8').includes('（例: api.example.org、a.ts:1）。'));
  });

  it('never overwrites a privacy-lint.json, not even a dangling link to one', () => {
    const dir = project({ 'privacy-lint.json': '{ "extends": "strict" }\n', 'a.ts': "fetch('https://api.acme.co.jp/');\n" });
    const run = cli(dir, ['init']);
    assert.deepEqual(run, { status: 2, stdout: '', stderr: 'privacy-lint: privacy-lint.json already exists; init never overwrites it (edit it, or remove it to start again).\n' });
    assert.equal(fs.readFileSync(path.join(dir, 'privacy-lint.json'), 'utf8'), '{ "extends": "strict" }\n');

    const linked = project({ 'a.ts': "fetch('https://api.acme.co.jp/');\n" });
    fs.symlinkSync(path.join(linked, 'elsewhere.json'), path.join(linked, 'privacy-lint.json'));
    assert.equal(cli(linked, ['init']).status, 2);
    assert.ok(!fs.existsSync(path.join(linked, 'elsewhere.json')));
  });

  it('keeps what the code holds out of the JSON: a file name with a line break stays inside its comment', () => {
    const dir = project({ 'src/a\n"processors": [{ "host": "evil", "country": "JP" }],\n.ts': "fetch('https://api.acme.co.jp/');\n" });
    assert.equal(cli(dir, ['init']).status, 0);
    const loaded = loadConfigFile(path.join(dir, 'privacy-lint.json'), ruleCatalog);
    assert.deepEqual(loaded.errors, []);
    assert.deepEqual(loaded.config!.contents.transfers, { internalHosts: [], processors: [], consentGuards: [] });
  });

  it('writes its comments in Japanese for a Japanese locale, and says when it finds nothing', () => {
    const dir = project({ 'a.ts': 'export const x = 1;\n' });
    const run = cli(dir, ['init'], 'ja_JP.UTF-8');
    assert.equal(run.stderr, 'privacy-lint: privacy-lint.json を書きました。確認が必要な送信先 0 件、個人番号を扱うモジュール 0 件（1 ファイルを調べました）。\n');
    const text = fs.readFileSync(path.join(dir, 'privacy-lint.json'), 'utf8');
    assert.ok(text.includes('送信先は見つかりませんでした。'), text);
    assert.ok(text.includes('個人番号は見つかりませんでした。'), text);
    assert.deepEqual(loadConfigFile(path.join(dir, 'privacy-lint.json'), ruleCatalog).errors, []);
  });

  it('rejects paths and unknown options, and explains itself with --help', () => {
    const dir = project({});
    assert.equal(cli(dir, ['init', 'src']).status, 2);
    assert.equal(cli(dir, ['init', '--force']).status, 2);
    const help = cli(dir, ['init', '--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: privacy-lint init/);
    assert.deepEqual(fs.readdirSync(dir), []);
    assert.match(cli(dir, ['--help']).stdout, /privacy-lint init {6}Write a commented privacy-lint\.json/);
  });
});
