/** How messages name types, collections and processors (checked through real findings). */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { spaceJapanese } from '@privacy-lint/engine/dist/lint';
import { lintSource } from '../helpers/lint-source';

const repoRoot = path.resolve(__dirname, '..', '..', '..');

const messages = (code: string, typeInfo: boolean) => lintSource({ code, typeInfo }).map((f) => f.message);

describe('messages', () => {
  for (const typeInfo of [false, true]) {
    const mode = typeInfo ? 'with types' : 'without types';
    it(`names a list of records as a list (${mode})`, () => {
      const [m] = messages(`interface MemberEntity { id: string; email: string }\ndeclare const all: MemberEntity[];\nconsole.log(all);\n`, typeInfo);
      assert.match(m.en, /`all` is a list of `MemberEntity` records; their `email` is contact data/);
      assert.match(m.ja, /`all` は `MemberEntity` 型の配列で、その `email` は連絡先です/);
    });

    it(`uses the right article (${mode})`, () => {
      const code = `interface User { id: string; email: string }\ninterface Order { id: string; jusho: string }\ninterface Uncle { id: string; phone: string }\n`
        + `declare const u: User; declare const o: Order; declare const x: Uncle;\nconsole.log(u, o, x);\n`;
      // One finding for the call, naming each value in its own sentence.
      const en = messages(code, typeInfo).map((m) => m.en);
      assert.equal(en.length, 1);
      assert.match(en[0], /`u` is a `User`; its `email` is contact data\. `o` is an `Order`;.*\. `x` is an `Uncle`;/);
    });
  }

  it('names the processor country in both languages', () => {
    const code = `declare const c: { email: string };\nfetch('https://api.crm.example.com/x', { method: 'POST', body: c.email });\n`;
    const [m] = lintSource({ code }).map((f) => f.message);
    assert.match(m.en, /to the processor CRM Inc \(api\.crm\.example\.com\) in the United States \(US\) by `fetch`/);
    assert.match(m.ja, /米国（US）の委託先 CRM Inc \(api\.crm\.example\.com\) へ送信しています/);
  });

  it('spaces a code span or a half-width word from the Japanese around it, never inside code (`Member` です)', () => {
    assert.equal(spaceJapanese('`updated` は個人データ型として設定された `Member`です。'), '`updated` は個人データ型として設定された `Member` です。');
    assert.equal(spaceJapanese('個人データを`hooks.slack.com`へ送信'), '個人データを `hooks.slack.com` へ送信');
    assert.equal(spaceJapanese('委託先 CRM (api.example.com)へ送信'), '委託先 CRM (api.example.com) へ送信');
    assert.equal(spaceJapanese('`顧客.氏名`は`a`'), '`顧客.氏名` は `a`');
    assert.equal(spaceJapanese('（方針 §2）。ID を出力'), '（方針 §2）。ID を出力');
    assert.equal(spaceJapanese('Segment（外部サービス）へ'), 'Segment（外部サービス）へ');
  });

  it('every Japanese message of the example app follows that style', () => {
    const run = spawnSync(process.execPath, [path.join(repoRoot, 'cli', 'bin', 'privacy-lint.js'), 'examples/shop-app', '--locale', 'ja', '--format', 'json'], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const messages = (JSON.parse(run.stdout) as Array<{ messages: Array<{ message: string }> }>).flatMap((f) => f.messages.map((m) => m.message));
    assert.ok(messages.length > 10, `${messages.length} messages`);
    const JA = /[\u3041-\u3096\u30A1-\u30FA\u30FC\u4E00-\u9FFF]/u;
    for (const message of messages) {
      const unspaced = message.split('`').flatMap((part, i, parts) => i % 2 === 1 ? [] : [
        ...(i > 0 && JA.test(part.charAt(0)) ? [`\`…\`${part.slice(0, 3)}`] : []),
        ...(i < parts.length - 1 && JA.test(part.slice(-1)) ? [`${part.slice(-3)}\`…\``] : []),
        ...Array.from(part.matchAll(new RegExp(`[A-Za-z0-9)]${JA.source}|${JA.source}[A-Za-z0-9(]`, 'gu')), (m) => m[0]),
      ]);
      assert.deepEqual(unspaced, [], message);
    }
  });
});
