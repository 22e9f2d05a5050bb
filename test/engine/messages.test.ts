/** How messages name types, collections and processors (checked through real findings). */
import { strict as assert } from 'node:assert';
import { lintSource } from '../helpers/lint-source';

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
      const en = messages(code, typeInfo).map((m) => m.en);
      assert.match(en[0], /`u` is a `User`;/);
      assert.match(en[1], /`o` is an `Order`;/);
      assert.match(en[2], /`x` is an `Uncle`;/);
    });
  }

  it('names the processor country in both languages', () => {
    const code = `declare const c: { email: string };\nfetch('https://api.crm.example.com/x', { method: 'POST', body: c.email });\n`;
    const [m] = lintSource({ code }).map((f) => f.message);
    assert.match(m.en, /to the processor CRM Inc \(api\.crm\.example\.com\) in the United States \(US\) by `fetch`/);
    assert.match(m.ja, /米国（US）の委託先 CRM Inc \(api\.crm\.example\.com\)へ送信しています/);
  });
});
