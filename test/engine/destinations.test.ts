/**
 * Destinations: `hostMatches` (the host globs of `transfers.internalHosts` and processors), `classifyUrl` (what a
 * resolved URL or literal prefix means under the shared test config), and how the model resolves destinations
 * from code, seen through the transfer rules.
 */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { classifyUrl, hostMatches, parseConfigText, resolveConfig, type Destination, type ResolvedConfig } from '@privacy-lint/engine';
import { ruleCatalog } from '@privacy-lint/rules';
import { TEST_CONFIG } from '../helpers/lint-source';
import { ruleTester } from '../helpers/rule-tester';

const HOST_MATCHES: Array<[pattern: string, host: string, matches: boolean]> = [
  ['api.shop.example.co.jp', 'api.shop.example.co.jp', true],
  ['API.Shop.Example.co.jp', 'api.shop.example.co.jp', true],
  ['api.shop.example.co.jp', 'api.shop.example.co.jp:8443', true],
  ['https://api.shop.example.co.jp/v1', 'api.shop.example.co.jp', true],
  ['api.shop.example.co.jp', 'shop.example.co.jp', false],
  ['api.shop.example.co.jp', 'api.shop.example.co.jp.evil.example', false],
  ['api.shop.example.co.jp', 'xapi.shop.example.co.jp', false],
  ['*.corezo.internal', 'billing.corezo.internal', true],
  ['*.corezo.internal', 'a.b.corezo.internal', true],
  ['*.corezo.internal', 'billing.corezo.internal:443', true],
  ['*.corezo.internal', 'corezo.internal', false],
  ['*.corezo.internal', 'evilcorezo.internal', false],
  ['*.corezo.internal', 'billing.corezo.internal.evil.example', false],
  ['*.corezo.internal', 'billing-corezo.internal', false],
  ['api.*.example.com', 'api.eu.example.com', true],
  ['api.*.example.com', 'api.example.com', false],
  ['api.*.example.com', 'api.a.b.example.com', true],
  // A star inside a label stays within that label.
  ['api-*.example.com', 'api-eu.example.com', true],
  ['api-*.example.com', 'api-.example.com', false],
  ['api-*.example.com', 'api-eu.x.example.com', false],
  ['*-api.*.example.com', 'eu-api.tenant.example.com', true],
  ['a*b*c.example.com', 'abc.example.com', false],
  ['a*b*c.example.com', 'axbxc.example.com', true],
  ['*.*.example.com', 'a.example.com', false],
  ['*.*.example.com', 'a.b.example.com', true],
  ['*', 'anything.example.com', true],
  // Ports: a pattern without one matches any port; a pattern with one, that port only.
  ['api.example.com:8443', 'api.example.com:8443', true],
  ['api.example.com:8443', 'api.example.com', false],
  ['api.example.com:8443', 'api.example.com:443', false],
  ['[::1]', '[::1]:8080', true],
];

describe('hostMatches', () => {
  for (const [pattern, host, matches] of HOST_MATCHES) {
    it(`${pattern} ${matches ? 'matches' : 'does not match'} ${host}`, () => {
      assert.equal(hostMatches(pattern, host), matches);
    });
  }
});

describe('host globs in linear time', () => {
  it('match a glob of 40 stars against an 81-character host at once (was a backtracking regular expression)', () => {
    // `*.*.*.…x` was compiled to `^.+\..+\..+…x(:\d+)?$`: more than a minute against this host.
    const pattern = `${'*.'.repeat(40)}x`;
    const host = Array(41).fill('a').join('.');
    assert.equal(host.length, 81);
    const started = performance.now();
    assert.equal(hostMatches(pattern, host), false);
    assert.equal(hostMatches(pattern, `${host}.x`), true);
    assert.equal(hostMatches(`${'a*'.repeat(40)}x.example.com`, `${'a'.repeat(200)}.example.com`), false);
    const ms = performance.now() - started;
    assert.ok(ms < 1000, `took ${Math.round(ms)} ms`);
  });

  it('load a 12 MB config of 300,000 internal hosts and 100,000 processors and classify against it quickly, the first processor in the list winning', function () {
    this.timeout(60_000);
    const dir = path.resolve('/tmp/privacy-lint-destinations');
    const internalHosts: string[] = [];
    for (let i = 0; i < 300_000; i++) internalHosts.push(i % 3 === 0 ? `api${i}.tenant${i}.example.com` : `*.tenant${i}.example-${i % 97}.internal`);
    const processors = [
      { host: '*.mail.example.jp', country: 'JP', name: 'First' },
      ...Array.from({ length: 100_000 }, (_, i) => ({ host: `*.p${i}.example.net`, country: 'US' })),
      { host: 'eu.mail.example.jp', country: 'DE', name: 'Second' },
    ];
    // From the file's text (≈ 12 MB: every host checked by the schema and the catalogue checks) to classifying.
    const text = JSON.stringify({ transfers: { internalHosts, processors } }, null, 2);
    assert.ok(text.length > 10_000_000, `${text.length} characters`);
    // CPU time: the machine may be shared, and waiting for a core is not the engine being slow.
    const started = process.cpuUsage();
    const { contents, errors } = parseConfigText(path.join(dir, 'privacy-lint.json'), text, ruleCatalog);
    assert.deepEqual(errors, []);
    const big = resolveConfig({ file: path.join(dir, 'privacy-lint.json'), baseDir: dir, contents: contents! },
      path.join(dir, 'src/app.ts'), ruleCatalog, dir);
    const classify = (url: string) => classifyUrl({ text: url, complete: true }, big);
    assert.equal(classify('https://x.tenant7.example-7.internal/a').kind, 'internal');
    assert.equal(classify('https://api3.tenant3.example.com/a').kind, 'internal');
    assert.equal(classify('https://x.tenant3.example-3.internal/a').kind, 'external');
    assert.equal(classify('https://a.p99999.example.net/a').kind, 'processor');
    assert.equal(classify('https://eu.mail.example.jp/a').processorName, 'First');
    for (let i = 0; i < 10_000; i++) classify(`https://h.tenant${i}.example-${i % 97}.internal/${i}`);
    const used = process.cpuUsage(started);
    const ms = (used.user + used.system) / 1000;
    assert.ok(ms < 10_000, `took ${Math.round(ms)} ms of CPU`);
  });
});

/** A URL as the model resolved it: the whole text, or (`…` at the end) only the literal prefix it starts with. */
type UrlCase = [url: string | undefined, expected: Partial<Destination>];

const CLASSIFY: UrlCase[] = [
  [undefined, { kind: 'unknown' }],
  ['…', { kind: 'unknown' }],
  ['/api/customers', { kind: 'internal', host: undefined }],
  ['./customers', { kind: 'internal' }],
  ['customers/1', { kind: 'internal' }],
  ['/api/customers/…', { kind: 'internal' }],
  ['customers…', { kind: 'unknown' }],
  ['mailto:taro@example.jp', { kind: 'unknown' }],
  ['https://api.shop.example.co.jp/customers', { kind: 'internal', host: 'api.shop.example.co.jp' }],
  ['https://api.shop.example.co.jp:8443/customers', { kind: 'internal', host: 'api.shop.example.co.jp' }],
  ['https://billing.corezo.internal', { kind: 'internal', host: 'billing.corezo.internal' }],
  ['wss://push.corezo.internal/socket', { kind: 'internal', host: 'push.corezo.internal' }],
  ['https://corezo.internal/x', { kind: 'external', host: 'corezo.internal' }],
  ['http://localhost:3000/x', { kind: 'internal', host: 'localhost' }],
  ['http://127.0.0.1:8080/x', { kind: 'internal', host: '127.0.0.1' }],
  ['http://[::1]:8080/x', { kind: 'internal', host: '[::1]' }],
  ['https://mailer.example.jp/send', { kind: 'processor', host: 'mailer.example.jp', country: 'JP', processorName: 'Mailer KK' }],
  ['https://MAILER.example.jp/send', { kind: 'processor', host: 'mailer.example.jp', country: 'JP' }],
  ['https://api.crm.example.com/contacts', { kind: 'processor', host: 'api.crm.example.com', country: 'US', processorName: 'CRM Inc' }],
  ['https://api.etax.example.go.jp/v1/withholding', { kind: 'permitted', host: 'api.etax.example.go.jp' }],
  ['https://api.other.example.com', { kind: 'external', host: 'api.other.example.com' }],
  ['HTTPS://API.Other.Example.COM/x', { kind: 'external', host: 'api.other.example.com' }],
  ['https://user:secret@api.other.example.com/x', { kind: 'external', host: 'api.other.example.com' }],
  ['//cdn.other.example.com/x', { kind: 'external', host: 'cdn.other.example.com' }],
  ['https://api.other.example.com/customers/…', { kind: 'external', host: 'api.other.example.com' }],
  ['https://…', { kind: 'unknown' }],
  ['https://api.other.example…', { kind: 'unknown' }],
  ['https://hooks.slack.com/services/T000/B000/XXXX', { kind: 'external', host: 'hooks.slack.com' }],
];

describe('classifyUrl', () => {
  let config: ResolvedConfig;
  before(() => {
    const dir = path.resolve('/tmp/privacy-lint-destinations');
    config = resolveConfig({ file: path.join(dir, 'privacy-lint.json'), baseDir: dir, contents: TEST_CONFIG },
      path.join(dir, 'src/app.ts'), ruleCatalog, dir);
  });
  for (const [url, expected] of CLASSIFY) {
    it(`${url ?? '(nothing resolved)'} → ${expected.kind}${expected.host ? ` ${expected.host}` : ''}`, () => {
      const value = url === undefined ? undefined
        : url.endsWith('…') ? { text: url.slice(0, -1), complete: false } : { text: url, complete: true };
      const d = classifyUrl(value, config);
      const actual: Partial<Destination> = {};
      for (const key of Object.keys(expected) as Array<keyof Destination>) (actual as Record<string, unknown>)[key] = d[key];
      assert.deepStrictEqual(actual, expected, `classified as ${JSON.stringify({ ...d, node: undefined })}`);
    });
  }
});

// How destinations are resolved from code: literals, templates, constants (same file and imported), `new URL`,
// axios `baseURL`, http options; unknown ones are quiet unless `reportUnknownDestinations` is on.
ruleTester('no-unguarded-external-transfer', {
  valid: [
    // Relative URLs and same origin are internal.
    `// relative literal, template and concatenation
declare const c: any, id: string;
fetch('/api/customers', { method: 'POST', body: c.email });
fetch(\`/api/customers/\${id}\`, { method: 'PUT', body: c.email });
fetch('/api/customers/' + id, { method: 'PUT', body: c.email });`,
    `// internal host from a constant, with a glob
const BILLING = 'https://billing.corezo.internal/v1';
declare const c: any;
fetch(\`\${BILLING}/customers\`, { method: 'POST', body: c.email });`,
    {
      code: `import { SHOP_API } from './endpoints';
declare const c: any;
fetch(new URL('/customers', SHOP_API), { method: 'POST', body: c.email });`,
      files: {
        'src/endpoints.ts': `export const SHOP_API = 'https://api.shop.example.co.jp';
`,
      },
    },
    {
      code: `// a processor in Japan through an imported object of endpoints
import { ENDPOINTS } from './endpoints';
declare const c: any;
fetch(\`\${ENDPOINTS.mailer}/send\`, { method: 'POST', body: c.email });`,
      files: {
        'src/endpoints.ts': `export const ENDPOINTS = { crm: 'https://api.crm.example.com/v2', mailer: 'https://mailer.example.jp/v1' };
`,
      },
    },
    {
      code: `// a setting whose fallback is this machine or this page: the app's own service, wherever it is deployed
import axios from 'axios';
import { API_ROOT } from './config';
declare const c: any;
axios.post(\`\${API_ROOT}/v1/tenants\`, { email: c.email });
fetch(process.env.API_URL ?? 'http://127.0.0.1:4000/x', { method: 'POST', body: c.email });
fetch((window as any).API_BASE || location.origin + '/api', { method: 'POST', body: c.phone });`,
      files: {
        'src/config.ts': `export const API_ROOT = (window as any)._env_.REACT_APP_API_URL || process.env.REACT_APP_API_URL || 'http://localhost:3000';
`,
      },
    },
    `// a host that starts like an external one but resolves to a relative path
declare const c: any;
const path = '/proxy/api.other.example.com';
fetch(path, { method: 'POST', body: c.email });`,
    // Unknown destinations are quiet when switched off.
    {
      code: `declare const c: any, tenant: string;
fetch(\`https://\${tenant}.example.com/customers\`, { method: 'POST', body: c.email });`,
      options: { reportUnknownDestinations: false },
    },
    {
      code: `declare const c: any;
let url = '/api/local';
url = 'https://api.other.example.com/x';
fetch(url, { method: 'POST', body: c.email });`,
      options: { reportUnknownDestinations: false },
    },
  ],
  invalid: [
    {
      code: `// a setting whose fallback leaves the machine: where the data goes when nothing is set
import axios from 'axios';
declare const c: any;
const TRACKER = process.env.TRACKER_URL || 'https://api.other.example.com';
axios.post(\`\${TRACKER}/t\`, { email: c.email });
// settings alone: still a destination that cannot be resolved statically
fetch(process.env.HOOK ?? process.env.OTHER_HOOK, { method: 'POST', body: c.phone });`,
      errors: [
        { messageId: 'externalTransfer', line: 5, column: 37, messageIncludes: '`api.other.example.com`' },
        { messageId: 'unknownDestination', line: 7, column: 75 },
      ],
    },
    // Literals and templates with a literal prefix.
    {
      code: `// a string literal
declare const c: any;
fetch('https://api.other.example.com/x', { method: 'POST', body: c.email });`,
      errors: [
        { messageId: 'externalTransfer', line: 3, column: 66, endLine: 3, endColumn: 73, messageIncludes: '`api.other.example.com`' },
      ],
    },
    {
      code: `declare const c: any, id: string;
fetch(\`https://api.other.example.com/customers/\${id}\`, { method: 'PUT', body: c.email });
fetch('https://api.other.example.com/customers/' + id, { method: 'PUT', body: c.phone });`,
      errors: [
        { messageId: 'externalTransfer', line: 2, column: 79, endLine: 2, endColumn: 86, messageIncludes: '`api.other.example.com`' },
        { messageId: 'externalTransfer', line: 3, column: 79, endLine: 3, endColumn: 86, messageIncludes: '`api.other.example.com`' },
      ],
    },
    {
      code: `// upper case, port and protocol-relative URLs
declare const c: any;
fetch('HTTPS://API.Other.Example.COM:8443/x', { method: 'POST', body: c.email });
fetch('//cdn.other.example.com/x', { method: 'POST', body: c.phone });`,
      errors: [
        { messageId: 'externalTransfer', line: 3, column: 71, endLine: 3, endColumn: 78, messageIncludes: '`api.other.example.com`' },
        { messageId: 'externalTransfer', line: 4, column: 60, endLine: 4, endColumn: 67, messageIncludes: '`cdn.other.example.com`' },
      ],
    },
    {
      code: `// not internal: the apex of a glob, and a look-alike suffix
declare const c: any;
fetch('https://corezo.internal/x', { method: 'POST', body: c.email });
fetch('https://api.shop.example.co.jp.evil.example/x', { method: 'POST', body: c.phone });`,
      errors: [
        { messageId: 'externalTransfer', line: 3, column: 60, endLine: 3, endColumn: 67, messageIncludes: '`corezo.internal`' },
        { messageId: 'externalTransfer', line: 4, column: 80, endLine: 4, endColumn: 87, messageIncludes: '`api.shop.example.co.jp.evil.example`' },
      ],
    },
    // Constants: same file and imported.
    {
      code: `const API = 'https://api.other.example.com';
const ENDPOINTS = { users: \`\${API}/users\` } as const;
declare const c: any;
fetch(API + '/users', { method: 'POST', body: c.email });
fetch(ENDPOINTS.users, { method: 'POST', body: c.phone });`,
      errors: [
        { messageId: 'externalTransfer', line: 4, column: 47, endLine: 4, endColumn: 54, messageIncludes: '`api.other.example.com`' },
        { messageId: 'externalTransfer', line: 5, column: 48, endLine: 5, endColumn: 55, messageIncludes: '`api.other.example.com`' },
      ],
    },
    {
      code: `import { PARTNER_URL, PARTNER_URL as PARTNER } from './endpoints';
declare const c: any;
fetch(PARTNER_URL, { method: 'POST', body: c.email });
fetch(PARTNER, { method: 'POST', body: c.phone });`,
      files: {
        'src/endpoints.ts': `export const PARTNER_URL = 'https://api.other.example.com/partner';
`,
      },
      errors: [
        { messageId: 'externalTransfer', line: 3, column: 44, endLine: 3, endColumn: 51, messageIncludes: '`api.other.example.com`' },
        { messageId: 'externalTransfer', line: 4, column: 40, endLine: 4, endColumn: 47, messageIncludes: '`api.other.example.com`' },
      ],
    },
    {
      code: `// a namespace import of the endpoints module
import * as endpoints from './endpoints';
declare const c: any;
fetch(endpoints.PARTNER_URL, { method: 'POST', body: c.email });`,
      files: {
        'src/endpoints.ts': `export const PARTNER_URL = 'https://api.other.example.com/partner';
`,
      },
      errors: [
        { messageId: 'externalTransfer', line: 4, column: 54, endLine: 4, endColumn: 61, messageIncludes: '`api.other.example.com`' },
      ],
    },
    // `new URL(...)`.
    {
      code: `// new URL(path, base), url.href, url.toString()
declare const c: any;
const base = 'https://api.other.example.com';
const url = new URL('/v1/users', base);
fetch(url, { method: 'POST', body: c.email });
fetch(url.href, { method: 'POST', body: c.phone });
fetch(url.toString(), { method: 'POST', body: c.address });
fetch(new URL('https://api.other.example.com/v2/users'), { method: 'POST', body: c.fullName });`,
      errors: [
        { messageId: 'externalTransfer', line: 5, column: 36, endLine: 5, endColumn: 43, messageIncludes: '`api.other.example.com`' },
        { messageId: 'externalTransfer', line: 6, column: 41, endLine: 6, endColumn: 48, messageIncludes: '`api.other.example.com`' },
        { messageId: 'externalTransfer', line: 7, column: 47, endLine: 7, endColumn: 56, messageIncludes: '`api.other.example.com`' },
        { messageId: 'externalTransfer', line: 8, column: 82, endLine: 8, endColumn: 92, messageIncludes: '`api.other.example.com`' },
      ],
    },
    {
      code: `// new URL with a relative base path stays with the absolute base
declare const c: any;
fetch(new URL('users', 'https://api.other.example.com/v1/'), { method: 'POST', body: c.email });`,
      errors: [
        { messageId: 'externalTransfer', line: 3, column: 86, endLine: 3, endColumn: 93, messageIncludes: '`api.other.example.com`' },
      ],
    },
    // axios `baseURL`.
    {
      code: `import axios from 'axios';
import { PARTNER_BASE } from './endpoints';
const partner = axios.create({ baseURL: PARTNER_BASE, timeout: 5000 });
declare const c: any;
partner.post('/users', { email: c.email });
axios.post('/users', { phone: c.phone }, { baseURL: PARTNER_BASE });
axios({ baseURL: PARTNER_BASE, url: '/users', method: 'post', data: { address: c.address } });`,
      files: {
        'src/endpoints.ts': `export const PARTNER_BASE = 'https://api.other.example.com';
`,
      },
      errors: [
        { messageId: 'externalTransfer', line: 5, column: 33, endLine: 5, endColumn: 40, messageIncludes: '`api.other.example.com`' },
        { messageId: 'externalTransfer', line: 6, column: 31, endLine: 6, endColumn: 38, messageIncludes: '`api.other.example.com`' },
        { messageId: 'externalTransfer', line: 7, column: 80, endLine: 7, endColumn: 89, messageIncludes: '`api.other.example.com`' },
      ],
    },
    // `node:http(s)` options.
    {
      code: `import https from 'node:https';
const HOST = 'api.other.example.com';
declare const c: any;
const req = https.request({ hostname: HOST, path: '/users', method: 'POST' });
req.end(JSON.stringify({ email: c.email }));`,
      errors: [
        { messageId: 'externalTransfer', line: 5, column: 33, endLine: 5, endColumn: 40, messageIncludes: '`api.other.example.com`' },
      ],
    },
    // Unknown destinations, reported with the option.
    {
      code: `declare const c: any, tenant: string; declare const process: any;
fetch(\`https://\${tenant}.example.com/customers\`, { method: 'POST', body: c.email });
fetch(process.env.PARTNER_URL, { method: 'POST', body: c.phone });
function send(url: string) { return fetch(url, { method: 'POST', body: c.address }); }`,
      options: { reportUnknownDestinations: true },
      errors: [
        { messageId: 'unknownDestination', line: 2, column: 74, endLine: 2, endColumn: 81 },
        { messageId: 'unknownNamedDestination', line: 3, column: 56, endLine: 3, endColumn: 63 },
        { messageId: 'unknownDestination', line: 4, column: 72, endLine: 4, endColumn: 81 },
      ],
    },
    {
      code: `// a let reassigned to another URL: unknown
declare const c: any;
let url = '/api/local';
url = 'https://api.other.example.com/x';
fetch(url, { method: 'POST', body: c.email });`,
      options: { reportUnknownDestinations: true },
      errors: [
        { messageId: 'unknownDestination', line: 5, column: 36, endLine: 5, endColumn: 43 },
      ],
    },
  ],
}, 'destinations');

ruleTester('no-foreign-transfer-without-consent', {
  valid: [
    `declare const c: any;
fetch('https://MAILER.example.jp/send', { method: 'POST', body: c.email });`,
  ],
  invalid: [
    {
      code: `// a processor abroad through an imported object of endpoints
import { ENDPOINTS } from './endpoints';
declare const c: any;
fetch(ENDPOINTS.crm + '/contacts', { method: 'POST', body: c.email });`,
      files: {
        'src/endpoints.ts': `export const ENDPOINTS = { crm: 'https://api.crm.example.com/v2', mailer: 'https://mailer.example.jp/v1' };
`,
      },
      errors: [
        { messageId: 'foreignProcessor', line: 4, column: 60, endLine: 4, endColumn: 67, messageIncludes: 'CRM Inc (api.crm.example.com) in the United States (US)' },
      ],
    },
    {
      code: `import axios from 'axios';
const crm = axios.create({ baseURL: 'https://api.crm.example.com:443/v2' });
declare const c: any;
crm.post('contacts', { email: c.email });`,
      errors: [
        { messageId: 'foreignProcessor', line: 4, column: 31, endLine: 4, endColumn: 38, messageIncludes: 'in the United States (US)' },
      ],
    },
  ],
}, 'destinations');
