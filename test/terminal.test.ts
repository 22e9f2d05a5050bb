/**
 * What a person sees at a terminal: a progress line on stderr for long runs (never in CI or when stderr is not a
 * terminal), and stylish rows wrapped at the terminal's width (at most 100 columns), Japanese included.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import type { FileResult, Finding } from '@privacy-lint/engine';
import { main } from 'privacy-lint/dist/main';
import { stylish } from 'privacy-lint/dist/formatters/stylish';
import { displayWidth, wrapText } from 'privacy-lint/dist/formatters/terminal-text';
import { tempDir } from './helpers/temp';

/** A stream that keeps what is written, and says whether it is a terminal. */
function capture(isTTY: boolean, columns?: number): Writable & { text: string; isTTY: boolean; columns?: number } {
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      stream.text += chunk.toString();
      callback();
    },
  }) as Writable & { text: string; isTTY: boolean; columns?: number };
  stream.text = '';
  stream.isTTY = isTTY;
  if (columns !== undefined) stream.columns = columns;
  return stream;
}

const LONG_EN = 'Personal data sent to `api.crm.example.co.jp` by `fetch` without a consent check: `c` is an object; its `email` is contact data. Customer data goes to third parties only with the customer\'s consent (policy §2); check consent first or register the destination as a processor.';
const LONG_JA = '`fetch` で同意確認なしに個人データを `api.crm.example.co.jp` へ送信しています: `c` は オブジェクトで、その `email` は連絡先です。顧客情報はお客さまの同意なく第三者に提供できません（方針 §2）。';

function result(messages: Array<{ en: string; ja: string }>): FileResult[] {
  const findings: Finding[] = messages.map((message, i) => ({
    ruleId: 'no-unguarded-external-transfer', messageId: 'x', message, severity: 'error', file: '/p/src/a.ts',
    range: { start: { line: 3 + i * 10, column: 5 }, end: { line: 3 + i * 10, column: 9 } }, startOffset: 0, endOffset: 0,
  }));
  return [{ file: '/p/src/a.ts', findings, typeInfo: true }];
}

const context = (width?: number, locale: 'en' | 'ja' = 'en') => ({
  cwd: '/p', locale, rules: [], toolVersion: '0', informationUri: 'x', color: false, ...(width !== undefined ? { width } : {}),
});

describe('stylish at a terminal', () => {
  it('wraps a long message under its first word, with the rule id after its last line', () => {
    const out = stylish(result([LONG_EN, { en: 'Short', ja: '短い' }].map((m) => (typeof m === 'string' ? { en: m, ja: m } : m))), context(100));
    const lines = out.split('\n');
    assert.ok(lines.every((l) => displayWidth(l) <= 100), out);
    assert.deepEqual(lines.slice(1, 7), [
      'src/a.ts',
      '   3:5  error  Personal data sent to `api.crm.example.co.jp` by `fetch` without a consent check: `c`',
      '               is an object; its `email` is contact data. Customer data goes to third parties only',
      "               with the customer's consent (policy §2); check consent first or register the",
      '               destination as a processor  no-unguarded-external-transfer',
      '  13:5  error  Short  no-unguarded-external-transfer',
    ]);
    // Without a width (a file or a pipe), one line per finding, as ESLint's.
    assert.equal(stylish(result([{ en: LONG_EN, ja: LONG_EN }]), context()).split('\n')[2], `  3:5  error  ${LONG_EN.slice(0, -1)}  no-unguarded-external-transfer`);
  });

  it('wraps Japanese between characters, by display width', () => {
    const out = stylish(result([{ en: '', ja: LONG_JA }]), context(60, 'ja'));
    const lines = out.split('\n').filter((l) => l.startsWith(' '));
    assert.ok(lines.length >= 4, out);
    assert.ok(lines.every((l) => displayWidth(l) <= 60), out);
    assert.equal(lines.map((l) => l.trim()).join('').replace(/\s+/g, ''), `3:5エラー${LONG_JA}no-unguarded-external-transfer`.replace(/\s+/g, ''));
  });

  it('cuts a word longer than a line', () => {
    assert.deepEqual(wrapText('a bcdefghij k', 4), ['a', 'bcde', 'fghi', 'j k']);
  });

  it('the CLI wraps at the width of a terminal on stdout, at most 100 columns', async () => {
    const dir = tempDir('privacy-lint-terminal-');
    fs.writeFileSync(path.join(dir, 'a.ts'), 'export function f(c: { email: string }) {\n  return fetch(`https://api.crm.acme.co.jp/x?e=${c.email}`);\n}\n');
    for (const [columns, limit] of [[60, 60], [200, 100]] as const) {
      const stdout = capture(true, columns);
      const code = await main(['--no-type-info', '--locale', 'en'], { cwd: dir, env: { NO_COLOR: '1' }, stdout, stderr: capture(false) });
      assert.equal(code, 1);
      const widths = stdout.text.split('\n').map(displayWidth);
      assert.ok(Math.max(...widths) <= limit && Math.max(...widths) > limit - 20, stdout.text);
    }
  });
});

describe('progress on a terminal', () => {
  const project = (): string => {
    const dir = tempDir('privacy-lint-progress-');
    for (const name of ['a.ts', 'b.ts', 'c.ts']) fs.writeFileSync(path.join(dir, name), 'export const n = 1;\n');
    return dir;
  };

  it('shows files done on stderr and erases the line before the report', async () => {
    const stderr = capture(true);
    const code = await main(['--no-type-info'], { cwd: project(), env: {}, stdout: capture(false), stderr, progressDelayMs: 0 });
    assert.equal(code, 0);
    assert.match(stderr.text, /^\rprivacy-lint: 1\/3 files \(33%\)\u001b\[K/);
    assert.ok(stderr.text.includes('\rprivacy-lint: 3/3 files (100%)\u001b[K'), JSON.stringify(stderr.text));
    assert.ok(stderr.text.endsWith('\r\u001b[K'), JSON.stringify(stderr.text));
  });

  it('shows nothing in CI, when stderr is not a terminal, or for a short run', async () => {
    for (const [env, tty, delay] of [[{ CI: 'true' }, true, 0], [{}, false, 0], [{}, true, undefined]] as const) {
      const stderr = capture(tty);
      await main(['--no-type-info'], { cwd: project(), env: { ...env }, stdout: capture(false), stderr, ...(delay !== undefined ? { progressDelayMs: delay } : {}) });
      assert.equal(stderr.text, '', JSON.stringify(env));
    }
  });
});
