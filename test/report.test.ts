/**
 * `privacy-lint report`: the record of third-party provision (policy §8(1)). On the example app: the destinations,
 * their categories, which transfers are guarded and which are reported, the My Number and sensitive-data sites, and
 * that the record agrees with the lint run's own findings; the JSON validates against its schema, the Markdown
 * tables render row by row, the HTML is well-formed and self-contained. On small projects: escaping, no personal
 * values, test code, files that do not parse, `-o`, usage errors and `--concurrency`.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import * as parse5 from 'parse5';
import type { ProvisionRecord, RecordDestination } from 'privacy-lint/dist/report/record';
import { markdownCode, markdownText } from 'privacy-lint/dist/report/markdown';
import { reportSchema } from 'privacy-lint/dist/report/schema';
import { tempDir } from './helpers/temp';

const repoRoot = path.resolve(__dirname, '..', '..');
const bin = path.join(repoRoot, 'cli', 'bin', 'privacy-lint.js');
const example = path.join(repoRoot, 'examples', 'shop-app');
/** 2026-04-01T00:00:00Z, so the record's date is known. */
const EPOCH = '1775001600';

interface Run { status: number | null; stdout: string; stderr: string }

function cli(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd, encoding: 'utf8', timeout: 120_000,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C', SOURCE_DATE_EPOCH: EPOCH, ...env },
  });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function report(cwd: string, args: string[], env?: NodeJS.ProcessEnv): string {
  const run = cli(cwd, ['report', ...args], env);
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}

function project(files: Record<string, string>): string {
  const dir = tempDir('privacy-lint-report-');
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

// ───────────────────────────── Markdown and HTML readers ─────────────────────────────

interface MdToken { type: string; content: string; children: MdToken[] | null }
const MarkdownIt = require('markdown-it') as new (options?: object) => { parse(src: string, env: object): MdToken[] };

/** The tables of a Markdown document as rendered by markdown-it (GFM tables): rows of cell texts, header first. */
function markdownTables(markdown: string): string[][][] {
  const tokens = new MarkdownIt().parse(markdown, {});
  const tables: string[][][] = [];
  let row: string[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'table_open') tables.push([]);
    else if (t.type === 'tr_open') row = [];
    else if (t.type === 'tr_close') { tables[tables.length - 1].push(row!); row = undefined; }
    else if (t.type === 'inline' && row) row.push((t.children ?? []).map((c) => c.content).join(''));
  }
  return tables;
}

type Node = parse5.DefaultTreeAdapterMap['node'];
type Element = parse5.DefaultTreeAdapterMap['element'];

function elements(node: Node, out: Element[] = []): Element[] {
  if ('tagName' in node) out.push(node);
  const children = 'content' in node && node.nodeName === 'template' ? [] : ('childNodes' in node ? node.childNodes : []);
  for (const child of children) elements(child as Node, out);
  return out;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as parse5.DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map((c) => textOf(c as Node)).join('') : '';
}

const VOID = new Set(['meta', 'br', 'link', 'img', 'hr', 'input']);

/**
 * Well-formed: the HTML parser reports no error, every element is closed where it was opened (as XML would have it),
 * and the parser built exactly the tree the tags say (no element moved, added or dropped by error recovery).
 */
function assertWellFormed(html: string): parse5.DefaultTreeAdapterMap['document'] {
  const errors: string[] = [];
  const document = parse5.parse(html, { onParseError: (e) => errors.push(`${e.code} at ${e.startLine}:${e.startCol}`) });
  assert.deepEqual(errors, [], 'HTML parse errors');
  const stack: string[] = [];
  const written: string[] = [];
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=/>]+(?:="[^"]*")?)*)\s*(\/?)>/g)) {
    const [, closing, name, , selfClosing] = m;
    const tag = name.toLowerCase();
    if (closing) {
      assert.equal(stack.pop(), tag, `</${tag}> closes what it should (at offset ${m.index})`);
      continue;
    }
    written.push(`${stack.length} ${tag}`);
    if (!selfClosing && !VOID.has(tag)) stack.push(tag);
  }
  assert.deepEqual(stack, [], 'every element is closed');
  const built: string[] = [];
  const walk = (node: Node, depth: number): void => {
    if ('tagName' in node) built.push(`${depth} ${node.tagName}`);
    for (const child of 'childNodes' in node ? node.childNodes : []) walk(child as Node, 'tagName' in node ? depth + 1 : depth);
  };
  walk(document as Node, 0);
  assert.deepEqual(built, written, 'the parser built the tree the tags say');
  return document;
}

/** Self-contained: no script, nothing fetched, no http(s) address anywhere, links only within the page. */
function assertSelfContained(html: string, document: parse5.DefaultTreeAdapterMap['document']): void {
  assert.doesNotMatch(html, /https?:/i);
  assert.doesNotMatch(html, /<script|<iframe|<object|<embed|<link\b|@import|url\(/i);
  const ids = new Set<string>();
  for (const element of elements(document as Node)) {
    for (const attr of element.attrs) {
      assert.ok(!/^on/i.test(attr.name), `no event handler attribute (${attr.name})`);
      assert.ok(!['src', 'srcset', 'action', 'xlink:href', 'poster', 'data'].includes(attr.name), `no ${attr.name} attribute`);
      if (attr.name === 'id') ids.add(attr.value);
    }
  }
  for (const element of elements(document as Node)) {
    const href = element.attrs.find((a) => a.name === 'href');
    if (!href) continue;
    assert.match(href.value, /^#/, 'links stay within the page');
    assert.ok(ids.has(href.value.slice(1)), `${href.value} exists`);
  }
  const csp = elements(document as Node).find((e) => e.tagName === 'meta' && e.attrs.some((a) => a.value === 'Content-Security-Policy'));
  assert.match(csp?.attrs.find((a) => a.name === 'content')?.value ?? '', /default-src 'none'/);
}

// ───────────────────────────── the example app ─────────────────────────────

describe('privacy-lint report', function () {
  this.timeout(180_000);

  describe('on examples/shop-app', () => {
    let record: ProvisionRecord;
    let markdown: string;
    let html: string;
    before(() => {
      record = JSON.parse(report(example, ['-f', 'json'])) as ProvisionRecord;
      markdown = report(example, []);
      html = report(example, ['-f', 'html']);
    });
    const destination = (label: string): RecordDestination => {
      const found = record.destinations.find((d) => d.label === label);
      assert.ok(found, `destination ${label}`);
      return found;
    };
    const at = (place: string) => {
      const [file, line] = place.split(':');
      const found = record.destinations.flatMap((d) => d.transfers.map((t) => ({ d, t }))).filter(({ t }) => t.file === file && t.line === Number(line));
      assert.equal(found.length, 1, `one transfer at ${place}`);
      return found[0];
    };

    it('validates against schemas/privacy-lint-report.schema.json, which is the schema the CLI publishes', () => {
      const file = JSON.parse(fs.readFileSync(path.join(repoRoot, 'schemas', 'privacy-lint-report.schema.json'), 'utf8')) as object;
      assert.deepEqual(file, JSON.parse(JSON.stringify(reportSchema)));
      const ajv = new Ajv({ allErrors: true, strict: true });
      addFormats(ajv);
      const validate = ajv.compile(file);
      assert.ok(validate(record), JSON.stringify(validate.errors, null, 2));
      assert.equal(record.$schema, 'https://privacy-lint.dev/schemas/privacy-lint-report.schema.json');
      assert.equal(record.generatedAt, '2026-04-01T00:00:00.000Z');
      assert.equal(record.tool.name, 'privacy-lint');
    });

    it('lists every third-party destination with its kind, processor name, country and consent', () => {
      const third = record.destinations.filter((d) => d.kind !== 'internal')
        .map((d) => [d.kind, d.label, d.processorName ?? '', d.country ?? '', d.countrySource ?? '', d.consent].join(' | '));
      assert.deepEqual(third, [
        'external | api.delivery-example.co.jp |  |  |  | unguarded',
        'external | api.points-partner.example.net |  |  |  | unguarded',
        'external | api.referral-network.example.net |  |  |  | unguarded',
        'external | Segment |  | US | catalogue | partly',
        'external | Sentry |  | US | catalogue | unguarded',
        'external | Slack |  | US | catalogue | unguarded',
        'processor | CRM Example Inc. | CRM Example Inc. | US | config | partly',
        'processor | Mailer KK | Mailer KK | JP | config | unguarded',
        'processor | OpenAI OpCo, LLC | OpenAI OpCo, LLC | US | config | partly',
        'processor | Stripe, Inc. | Stripe, Inc. | US | config | unguarded',
        'permitted | api.etax.example.go.jp |  |  |  | unguarded',
      ]);
      assert.deepEqual(destination('CRM Example Inc.').hosts, ['api.crm-example.com']);
      assert.deepEqual(destination('Slack').hosts, ['hooks.slack.com']);
      assert.deepEqual(destination('Stripe, Inc.').hosts, [], 'an SDK registered by vendor has no host');
      assert.deepEqual(record.destinations.filter((d) => d.kind === 'internal').map((d) => d.label), ['kana.shop.internal', 'points.shop.internal']);
    });

    it('gives the categories of personal data that flow to each destination', () => {
      assert.deepEqual(destination('CRM Example Inc.').categories, ['name', 'kana', 'contact', 'address', 'birthDate', 'sensitive']);
      assert.deepEqual(destination('Slack').categories, ['name', 'contact', 'myNumber']);
      assert.deepEqual(destination('OpenAI OpCo, LLC').categories, ['name', 'input']);
      assert.deepEqual(destination('api.etax.example.go.jp').categories, ['name', 'address', 'myNumber']);
      assert.deepEqual(destination('Stripe, Inc.').categories, ['contact']);
      assert.deepEqual(at('src/integrations/partner-points.ts:9').t.fields, ['email', 'seinengappi']);
    });

    it('tells guarded transfers from unguarded ones, and names the findings on each', () => {
      const brief = (place: string): string => {
        const { d, t } = at(place);
        return `${d.label} ${t.guarded ? 'guarded' : 'unguarded'} ${t.findings.map((f) => f.ruleId).join(',') || '-'}`;
      };
      assert.deepEqual([
        'src/integrations/crm.ts:15', 'src/integrations/crm.ts:20', 'src/integrations/crm.ts:27',
        'src/integrations/analytics.ts:11', 'src/integrations/analytics.ts:16',
        'src/support/routes.ts:15', 'src/support/routes.ts:16',
        'src/orders/checkout.ts:13', 'src/integrations/mailer.ts:14', 'src/payroll/etax.ts:22', 'src/payroll/etax.ts:29',
        'src/customers/service.ts:30', 'src/customers/members.ts:15',
      ].map(brief), [
        'CRM Example Inc. guarded -',
        'CRM Example Inc. unguarded no-foreign-transfer-without-consent',
        'CRM Example Inc. guarded -',
        'Segment unguarded no-unguarded-external-transfer',
        'Segment guarded -',
        'OpenAI OpCo, LLC guarded -',
        'OpenAI OpCo, LLC unguarded no-foreign-transfer-without-consent',
        'Stripe, Inc. unguarded no-foreign-transfer-without-consent',
        'Mailer KK unguarded -',
        'api.etax.example.go.jp unguarded -',
        'Slack unguarded no-my-number-transfer',
        'Slack unguarded no-unguarded-external-transfer',
        'points.shop.internal unguarded -',
      ]);
      // Through the helper notifyOps: the place the data is handed in, and the sink inside the helper.
      assert.deepEqual(at('src/customers/service.ts:30').t.via && [at('src/customers/service.ts:30').t.via!.file, at('src/customers/service.ts:30').t.callee],
        ['src/integrations/slack.ts', 'notifyOps']);
      assert.deepEqual(record.summary, {
        files: 35, filesWithTypes: 35, thirdPartyDestinations: 11, transfers: 22, thirdPartyTransfers: 19, unguardedTransfers: 14,
        transfersWithFindings: 10, myNumberUses: 9, sensitiveUses: 2,
      });
    });

    it('puts every transfer finding of the lint run on exactly one transfer of the record, at the position the lint gives', () => {
      const run = cli(example, ['-f', 'json']);
      const lint = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number }> }>;
      const transferRules = new Set(['no-unguarded-external-transfer', 'no-foreign-transfer-without-consent', 'no-my-number-transfer']);
      const fromLint = lint.flatMap((f) => f.messages.filter((m) => transferRules.has(m.ruleId))
        .map((m) => `${path.relative(example, f.filePath).split(path.sep).join('/')}:${m.line}:${m.column} ${m.ruleId}`)).sort();
      const fromRecord = record.destinations.flatMap((d) => d.transfers.flatMap((t) => t.findings.map((f) => `${t.file}:${f.line}:${f.column} ${f.ruleId}`))).sort();
      assert.equal(fromLint.length, 10);
      assert.deepEqual(fromRecord, fromLint);
      // The value is reported inside the call: the record's place is the call, its finding the value.
      const inside = record.destinations.flatMap((d) => d.transfers).filter((t) => t.findings.some((f) => f.line !== t.line || f.column !== t.column));
      assert.ok(inside.length > 0, 'some finding is reported on the value, not where the call starts');
    });

    it('lists the My Number and sensitive-data handling sites, permitted module or not', () => {
      const uses = (list: ProvisionRecord['myNumber']) => list.map((u) => `${u.file}:${u.line} ${u.field} ${u.permitted ? 'permitted' : 'outside'} ${u.findings.map((f) => f.ruleId).join(',') || '-'}`);
      assert.deepEqual(uses(record.myNumber), [
        'src/orders/contractors.ts:26 my_number outside my-number-outside-permitted-module',
        'src/payroll/etax.ts:11 kojinBango permitted -',
        'src/payroll/etax.ts:11 kojinBango permitted -',
        'src/payroll/etax.ts:29 kojinBango permitted -',
        'src/payroll/repository.ts:24 kojinBango permitted -',
        'src/payroll/repository.ts:24 kojin_bango permitted -',
        'src/payroll/year-end.ts:7 kojinBango permitted -',
        'src/payroll/year-end.ts:28 kojinBango permitted -',
        'src/reports/withholding-slips.ts:12 kojinBango outside my-number-outside-permitted-module',
      ]);
      assert.deepEqual(uses(record.sensitive), [
        'src/health/consultation.ts:8 byoreki permitted -',
        'src/reports/supplement-leads.ts:5 byoreki outside no-sensitive-personal-data',
      ]);
      assert.deepEqual(record.sensitive.map((u) => u.kind), ['medicalHistory', 'medicalHistory']);
      assert.deepEqual([record.notAnalysed, record.testFilesSkipped, record.blindSpots], [[], [], {}]);
    });

    it('Markdown: a row per destination, per transfer and per site, each with every cell', () => {
      const tables = markdownTables(markdown);
      const [destinations] = tables;
      assert.deepEqual(destinations[0], ['Destination', 'Kind', 'Country', 'Consent', 'Categories of personal data', 'Places', 'Reported']);
      assert.equal(destinations.length - 1, record.summary.thirdPartyDestinations);
      for (const row of tables.flat()) assert.equal(row.length, tables.find((t) => t.includes(row))![0].length, `cells of ${row.join(' | ')}`);
      assert.deepEqual(destinations.find((r) => r[0] === 'Stripe, Inc.'),
        ['Stripe, Inc.', 'processor abroad: prior consent required (§2(1))', 'United States (US)', 'no consent check', 'contact data', '1', '1']);
      assert.deepEqual(destinations.find((r) => r[0] === 'Segment')?.slice(2, 4),
        ['United States (US) — vendor default, not confirmed', 'partly checked (1 of 2)']);
      // One table per destination (third parties and own systems), then My Number and sensitive data.
      assert.equal(tables.length, 1 + record.destinations.length + 2);
      const crm = tables[1 + record.destinations.findIndex((d) => d.label === 'CRM Example Inc.')];
      assert.deepEqual(crm.map((r) => [r[0], r[4], r[5]]), [
        ['Place', 'Consent', 'Findings'],
        ['src/integrations/crm.ts:15:9', 'consent checked', 'none'],
        ['src/integrations/crm.ts:20:9', 'no consent check', 'no-foreign-transfer-without-consent at 20:45'],
        ['src/integrations/crm.ts:27:11', 'consent checked', 'none'],
      ]);
      const myNumber = tables[tables.length - 2];
      assert.deepEqual(myNumber[0], ['Place', 'Field', 'Module', 'Findings']);
      assert.equal(myNumber.length - 1, 9);
      assert.deepEqual(myNumber[1], ['src/orders/contractors.ts:26:22', 'my_number', 'not a permitted module', 'my-number-outside-permitted-module']);
      assert.deepEqual(tables[tables.length - 1][2], ['src/reports/supplement-leads.ts:5:36', 'medical history', 'byoreki', 'not a permitted module', 'no-sensitive-personal-data']);
      // The raw rows too: every line of a table has as many cells as its header.
      for (const line of markdown.split('\n').filter((l) => l.startsWith('|'))) assert.match(line, /^\| .* \|$/);
    });

    it('HTML: well-formed, self-contained, with a diagram of categories → destinations', () => {
      const document = assertWellFormed(html);
      assertSelfContained(html, document);
      const svg = elements(document as Node).find((e) => e.tagName === 'svg');
      assert.ok(svg, 'an inline SVG diagram');
      const lines = elements(svg as Node).filter((e) => e.tagName === 'path');
      const third = record.destinations.filter((d) => d.kind !== 'internal');
      const pairs = new Set(third.flatMap((d) => d.categories.map((c) => `${c}→${d.id}`)));
      assert.equal(lines.length, pairs.size, 'one line per category sent to a destination');
      const reported = lines.filter((l) => l.attrs.some((a) => a.name === 'class' && a.value === 'reported'));
      const expectedReported = new Set(third.flatMap((d) => d.transfers.filter((t) => t.findings.length).flatMap((t) => t.categories.map((c) => `${c}→${d.id}`))));
      assert.equal(reported.length, expectedReported.size, 'red lines: the pairs a rule reported');
      const texts = elements(svg as Node).filter((e) => e.tagName === 'text').map((e) => textOf(e as Node));
      for (const d of third) assert.ok(texts.includes(d.label), `the diagram shows ${d.label}`);
      const sections = elements(document as Node).filter((e) => e.tagName === 'section');
      assert.equal(sections.length, record.destinations.length);
      assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
    });

    it('speaks Japanese with --locale ja', () => {
      const ja = report(example, ['--locale', 'ja']);
      assert.match(ja, /^# 第三者提供記録\n/);
      assert.ok(markdownTables(ja)[0][0].includes('送信先'));
      assert.ok(ja.includes('委託先（外国）: 事前の同意が必要（§2(1)）'));
      const page = report(example, ['-f', 'html'], { LANG: 'ja_JP.UTF-8' });
      assert.match(page, /<html lang="ja">/);
      assertWellFormed(page);
    });
  });

  // ───────────────────────────── small projects ─────────────────────────────

  describe('on small projects', () => {
    it('escapes what comes from the code, and never prints a personal value found in it', () => {
      const dir = project({
        'privacy-lint.json': '{ "transfers": { "processors": [{ "host": "api.partner.example.net", "country": "SG", "name": "Partner <b>&amp; | *Co*" }] } }\n',
        'src/a.ts': `export function send(customer: { email: string }) {
  fetch('https://x"y<i>|*z*.example.net/in', { method: 'POST', body: JSON.stringify({ email: customer.email }) });
  fetch('https://api.partner.example.net/in', { method: 'POST', body: JSON.stringify({ email: customer.email, cc: 'hanako.suzuki@example.co.jp' }) });
}
export const kojinBango = '123456789018';
`,
      });
      const record = JSON.parse(report(dir, ['-f', 'json'])) as ProvisionRecord;
      assert.deepEqual(record.destinations.map((d) => d.label), ['x"y<i>|*z*.example.net', 'Partner <b>&amp; | *Co*']);
      assert.deepEqual(record.myNumber.map((u) => u.field), ['kojinBango'], 'the hard-coded My Number is a site, named by its field');
      const markdown = report(dir, []);
      const html = report(dir, ['-f', 'html']);
      for (const text of [JSON.stringify(record), markdown, html]) {
        assert.ok(!text.includes('hanako') && !text.includes('123456789018'), 'no personal value from the code');
      }
      const [destinations] = markdownTables(markdown);
      assert.deepEqual(destinations.map((r) => r[0]), ['Destination', 'x"y<i>|*z*.example.net', 'Partner <b>&amp; | *Co*']);
      assert.deepEqual(destinations.map((r) => r.length), [7, 7, 7]);
      assert.ok(!/<i>|<b>/.test(new MarkdownItRenderer().render(markdown)), 'no HTML from the code in the rendered Markdown');
      const document = assertWellFormed(html);
      assertSelfContained(html, document);
      const headings = elements(document as Node).filter((e) => e.tagName === 'h3').map((e) => textOf(e as Node));
      assert.deepEqual(headings.map((h) => h.replace(/ (third party|processor)$/, '')), ['x"y<i>|*z*.example.net', 'Partner <b>&amp; | *Co*']);
    });

    it('markdownText and markdownCode keep a table cell one cell of literal text', () => {
      const cells = ['a|b', '*em* _em_', '<script>x</script>', '[link](#x)', '`code`', 'back\\slash', '&amp;', 'line\nbreak', '- item', '# h'];
      const markdown = ['| a | b |', '| --- | --- |', ...cells.map((c) => `| ${markdownText(c)} | ${markdownCode(c)} |`)].join('\n');
      const [table] = markdownTables(markdown);
      assert.deepEqual(table.slice(1), cells.map((c) => [c.replace('\n', ' '), c.replace('\n', ' ')]));
    });

    it('lists the transfers of test code only with --include-tests', () => {
      const dir = project({
        'src/a.ts': 'export function f(u: { email: string }) { return fetch("https://api.other.example.net/x", { method: "POST", body: u.email }); }\n',
        'src/a.test.ts': 'export function g(u: { email: string }) { return fetch("https://api.test-only.example.net/x", { method: "POST", body: u.email }); }\n',
      });
      const without = JSON.parse(report(dir, ['-f', 'json'])) as ProvisionRecord;
      assert.deepEqual(without.destinations.map((d) => d.label), ['api.other.example.net']);
      assert.deepEqual(without.testFilesSkipped, ['src/a.test.ts']);
      assert.ok(report(dir, []).includes('src/a.test.ts'), 'the Markdown says which test code is not listed');
      const withTests = JSON.parse(report(dir, ['-f', 'json', '--include-tests'])) as ProvisionRecord;
      assert.deepEqual(withTests.destinations.map((d) => d.label), ['api.other.example.net', 'api.test-only.example.net']);
      assert.deepEqual(withTests.testFilesSkipped, []);
    });

    it('records a category the rules are told not to report: what flows, not what is reported', () => {
      const dir = project({
        'privacy-lint.json': '{ "personalData": { "categories": { "contact": "off" } } }\n',
        'src/a.ts': 'export function f(u: { email: string }) { return fetch("https://api.other.example.net/x", { method: "POST", body: u.email }); }\n',
      });
      const record = JSON.parse(report(dir, ['-f', 'json'])) as ProvisionRecord;
      assert.deepEqual(record.destinations.map((d) => [d.label, d.categories, d.transfers.map((t) => t.findings.length)]),
        [['api.other.example.net', ['contact'], [0]]]);
    });

    it('says what it could not analyse, and what nothing sent looks like', () => {
      const dir = project({ 'src/ok.ts': 'export const x = 1;\n', 'src/broken.ts': 'const = ;\n' });
      const record = JSON.parse(report(dir, ['-f', 'json'])) as ProvisionRecord;
      assert.deepEqual(record.destinations, []);
      assert.deepEqual(record.notAnalysed.map((u) => [u.file, u.line]), [['src/broken.ts', 1]]);
      assert.match(record.notAnalysed[0].reason, /^Parsing error/);
      const markdown = report(dir, []);
      assert.ok(markdown.includes('The code sends no personal data to any destination the analysis could see.'));
      assert.ok(markdown.includes('- Files not analysed: 1\n  - src/broken.ts:1'));
      const html = report(dir, ['-f', 'html']);
      assert.ok(!html.includes('<svg'), 'no diagram without destinations');
      assertSelfContained(html, assertWellFormed(html));
    });

    it('-o writes the record as the lint reports are written: folders created, links followed and kept', () => {
      const dir = project({ 'src/a.ts': 'export function f(u: { email: string }) { return fetch("https://api.other.example.net/x", { method: "POST", body: u.email }); }\n' });
      assert.equal(cli(dir, ['report', '-f', 'html', '-o', 'out/records/record.html']).status, 0);
      assert.match(fs.readFileSync(path.join(dir, 'out', 'records', 'record.html'), 'utf8'), /^<!DOCTYPE html>/);
      fs.writeFileSync(path.join(dir, 'target.md'), 'old');
      fs.symlinkSync('target.md', path.join(dir, 'link.md'));
      const run = cli(dir, ['report', '-o', 'link.md']);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout, '');
      assert.ok(fs.lstatSync(path.join(dir, 'link.md')).isSymbolicLink(), 'the link stays a link');
      assert.match(fs.readFileSync(path.join(dir, 'target.md'), 'utf8'), /^# Record of third-party provision/);
      const folder = cli(dir, ['report', '-o', 'out']);
      assert.equal(folder.status, 2);
      assert.match(folder.stderr, /^privacy-lint: cannot write out: EISDIR/);
    });

    it('rejects what it does not know with exit code 2, and explains itself with --help', () => {
      const dir = project({ 'src/a.ts': 'export const x = 1;\n' });
      const format = cli(dir, ['report', '-f', 'sarif']);
      assert.equal(format.status, 2);
      assert.equal(format.stderr, "privacy-lint: unknown report format 'sarif' (expected one of: markdown, json, html)\nRun 'privacy-lint report --help' to see the options.\n");
      assert.equal(cli(dir, ['report', '--fix']).status, 2);
      assert.equal(cli(dir, ['report', 'missing']).status, 2);
      const help = cli(dir, ['report', '--help']);
      assert.equal(help.status, 0);
      for (const option of ['--format', 'markdown', 'json', 'html', '--output-file', '--locale', '--include-tests', '--concurrency']) {
        assert.ok(help.stdout.includes(option), `report --help names ${option}`);
      }
      assert.match(cli(dir, ['--help']).stdout, /privacy-lint report {4}Write the record of third-party provision/);
      const bad = project({ 'privacy-lint.json': '{ "transfers": { "procesors": [] } }\n', 'src/a.ts': 'export const x = 1;\n' });
      const config = cli(bad, ['report']);
      assert.equal(config.status, 2);
      assert.match(config.stderr, /procesors/);
    });

    it('--concurrency gives the same record', () => {
      const tsconfig = JSON.stringify({ compilerOptions: { strict: true, target: 'ES2022', module: 'commonjs', lib: ['ES2022', 'DOM'], types: [] }, include: ['**/*.ts'] });
      const dir = project({
        'one/tsconfig.json': tsconfig,
        'one/a.ts': 'export function f(u: { email: string }) { return fetch("https://api.one.example.net/x", { method: "POST", body: u.email }); }\n',
        'two/tsconfig.json': tsconfig,
        'two/b.ts': 'declare function hasConsent(u: unknown): boolean;\nexport function g(u: { shimei: string }) { if (hasConsent(u)) fetch("https://api.two.example.net/x", { method: "POST", body: u.shimei }); }\n',
        'privacy-lint.json': '{ "transfers": { "consentGuards": ["hasConsent"] } }\n',
      });
      const one = report(dir, ['-f', 'json']);
      assert.equal(report(dir, ['-f', 'json', '--concurrency', '2']), one);
      const record = JSON.parse(one) as ProvisionRecord;
      assert.deepEqual(record.destinations.map((d) => `${d.label} ${d.consent}`), ['api.one.example.net unguarded', 'api.two.example.net guarded']);
      assert.equal(record.summary.filesWithTypes, 2);
    });
  });
});

const MarkdownItRenderer = require('markdown-it') as new (options?: object) => { render(src: string): string };
