/**
 * The rule registry (`rules/index.ts`) lists exactly the rule files, and every rule's metadata is complete: a
 * kebab-case id equal to its file name, descriptions and messages in English and Japanese, the policy clause, a
 * docs link, option schemas with descriptions — and messages whose placeholders are all filled when it reports.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { RuleModule } from '@privacy-lint/engine';
import { allRules, ruleCatalog, rulesById } from '@privacy-lint/rules';
import { lintSource, type SourceCase } from '../helpers/lint-source';
import { assertMessageIsClean, stringValuesIn } from '../helpers/rule-tester';

const RULES_DIR = path.dirname(require.resolve('@privacy-lint/rules/package.json'));
/** Files in `rules/` that are not rules. */
const NOT_RULES = new Set(['index.ts', 'shared.ts', 'transfers.ts']);
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

function ruleFiles(): string[] {
  return fs.readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !NOT_RULES.has(f)).sort();
}

function isRuleModule(x: unknown): x is RuleModule {
  const r = x as RuleModule | undefined;
  return !!r && typeof r === 'object' && typeof r.check === 'function' && !!r.meta && typeof r.meta.id === 'string';
}

describe('rule registry', () => {
  it('lists exactly the rule files in rules/', () => {
    const fromFiles = ruleFiles().map((f) => f.replace(/\.ts$/, ''));
    assert.ok(fromFiles.length > 0, 'no rule files found');
    assert.deepStrictEqual(allRules.map((r) => r.meta.id).sort(), fromFiles);
  });

  for (const file of ruleFiles()) {
    const id = file.replace(/\.ts$/, '');
    it(`${file} exports one rule, ${id}, the one in allRules`, () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const exported = require(path.join(RULES_DIR, 'dist', `${id}.js`)) as Record<string, unknown>;
      const rules = Object.values(exported).filter(isRuleModule);
      assert.equal(rules.length, 1, `${file} exports ${rules.length} rules`);
      assert.equal(rules[0].meta.id, id);
      assert.equal(rulesById.get(id), rules[0], 'allRules holds the object the file exports');
    });
  }

  it('has kebab-case, unique ids', () => {
    const ids = allRules.map((r) => r.meta.id);
    for (const id of ids) assert.match(id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, id);
    assert.equal(new Set(ids).size, ids.length, `duplicate ids in ${ids.join(', ')}`);
    assert.equal(rulesById.size, ids.length);
  });

  it('tells the config loader every rule, its options and default severity', () => {
    const ids = allRules.map((r) => r.meta.id).sort();
    assert.deepStrictEqual(Object.keys(ruleCatalog.options).sort(), ids);
    assert.deepStrictEqual(Object.keys(ruleCatalog.defaults).sort(), ids);
    for (const r of allRules) {
      assert.equal(ruleCatalog.options[r.meta.id], r.meta.optionsSchema);
      assert.equal(ruleCatalog.defaults[r.meta.id], r.meta.defaultSeverity === 'warning' ? 'warn' : 'error');
    }
    assert.deepStrictEqual(Object.keys(ruleCatalog.presets).sort(), ['recommended', 'strict']);
    for (const id of Object.keys(ruleCatalog.presets.strict)) assert.ok(rulesById.has(id), `strict names unknown rule ${id}`);
    for (const id of Object.keys(ruleCatalog.presets.recommended)) assert.ok(rulesById.has(id), `recommended names unknown rule ${id}`);
  });
});

describe('rule metadata', () => {
  for (const rule of allRules) {
    const { meta } = rule;
    describe(meta.id, () => {
      it('describes itself in one sentence, in English and Japanese', () => {
        assert.match(meta.description.en, /^(Disallow|Require|Detect) [^.]*\.$/);
        assert.ok(JAPANESE.test(meta.description.ja), `ja description: ${meta.description.ja}`);
      });

      it('cites a policy clause, in every message', () => {
        assert.match(meta.clause, /^(preamble, )?§\d+(\(\d+\))?(, §\d+(\(\d+\))?)*$/);
        const sections = meta.clause.match(/§\d+(\(\d+\))?/g) ?? [];
        for (const [messageId, text] of Object.entries(meta.messages)) {
          for (const s of sections) {
            assert.ok(text.en.includes(s), `${messageId} (en) does not cite ${s}`);
            assert.ok(text.ja.includes(s), `${messageId} (ja) does not cite ${s}`);
          }
        }
      });

      it('has messages in English and Japanese', () => {
        const ids = Object.keys(meta.messages);
        assert.ok(ids.length > 0);
        for (const [messageId, text] of Object.entries(meta.messages)) {
          assert.match(messageId, /^[a-z][A-Za-z0-9]*$/, 'message ids are camelCase');
          assert.ok(text.en.trim().length > 0, `${messageId}: no en text`);
          assert.ok(!JAPANESE.test(text.en.replace(/\([^)]*\)/g, '')), `${messageId}: en text is not English: ${text.en}`);
          assert.ok(JAPANESE.test(text.ja), `${messageId}: ja text is not Japanese: ${text.ja}`);
        }
      });

      it('is an error by default', () => {
        assert.equal(meta.defaultSeverity, 'error');
      });

      it('links its documentation, which exists', () => {
        assert.equal(meta.docsUrl, `https://github.com/corezo/privacy-lint/blob/main/rules/docs/${meta.id}.md`);
        assert.ok(fs.existsSync(path.join(RULES_DIR, 'docs', `${meta.id}.md`)), `rules/docs/${meta.id}.md is missing`);
      });

      it('describes every option, and its defaults are options it has', () => {
        const properties = meta.optionsSchema?.properties ?? {};
        for (const [name, schema] of Object.entries(properties)) {
          assert.ok(typeof (schema as { description?: unknown }).description === 'string'
            && (schema as { description: string }).description.length > 0, `option ${name} has no description`);
        }
        for (const name of Object.keys(meta.defaultOptions ?? {})) {
          assert.ok(name in properties, `default for unknown option ${name}`);
        }
      });
    });
  }
});

/**
 * One snippet per message that makes the rule report it: linting it checks that every placeholder the message
 * uses is filled (in both languages) and that no value written in the snippet is printed.
 */
const TRIGGERS: Record<string, Record<string, SourceCase>> = {
  'no-personal-data-in-logs': {
    personalDataInLog: { code: "declare const c: any;\nconsole.log('顧客 山田太郎', c.email);\n" },
  },
  'my-number-outside-permitted-module': {
    outsidePermittedModule: { code: "declare const e: any;\nconst n = e['my_number'];\n" },
  },
  'no-unguarded-external-transfer': {
    externalTransfer: { code: "declare const c: any;\nfetch('https://api.other.example.com/x', { method: 'POST', body: `宛先 ${c.email}` });\n" },
    unknownNamedDestination: {
      code: "declare const c: any;\nfetch(`${process.env.PARTNER_API_URL}/宛先`, { method: 'POST', body: c.phone });\n",
      config: { rules: { 'no-unguarded-external-transfer': ['error', { reportUnknownDestinations: true, unknownDestinationsAsErrors: true }] } },
    },
    unknownDestination: {
      code: "declare const c: any, url: string;\nfetch(url, { method: 'POST', body: c.phone });\n",
      config: { rules: { 'no-unguarded-external-transfer': ['error', { reportUnknownDestinations: true, unknownDestinationsAsErrors: true }] } },
    },
  },
  'no-foreign-transfer-without-consent': {
    foreignProcessor: { code: "declare const c: any;\nfetch('https://api.crm.example.com/contacts', { method: 'POST', body: c.email });\n" },
  },
  'no-my-number-transfer': {
    myNumberTransfer: { code: "declare const e: any;\nfetch('https://api.other.example.com/x', { method: 'POST', body: e.kojinBango });\n" },
  },
  'no-hardcoded-personal-data': {
    // privacy-lint-disable-next-line no-hardcoded-personal-data -- the well-known sample number, nobody's
    hardcodedMyNumber: { code: "export const seed = { note: '番号 1234 5678 9018' };\n" },
    hardcodedEmail: {
      code: "export const seed = { note: '宛先 taro.yamada@gmail.com' };\n",
      config: { rules: { 'no-hardcoded-personal-data': ['error', { emails: true }] } },
    },
    hardcodedPhone: {
      code: "export const seed = { note: '電話 090-1234-5678' };\n",
      config: { rules: { 'no-hardcoded-personal-data': ['error', { phones: true }] } },
    },
  },
  'marketing-requires-opt-out-check': {
    noOptOutCheck: { code: "declare const user: any;\ndeclare function sendNewsletter(u: unknown, s: string): void;\nsendNewsletter(user.email, '件名 セール');\n" },
  },
  'no-sensitive-personal-data': {
    outsidePermittedModule: { code: "declare const p: any;\nconst d = p.diagnosis + '（診断名）';\n" },
  },
  'no-personal-data-in-cookies': {
    personalDataInCookie: { code: "declare const c: any, res: any;\nres.cookie('宛先 メール', c.email);\n" },
    personalDataInStorage: {
      code: "declare const c: any;\nlocalStorage.setItem('宛先 メール', c.email);\n",
      config: { rules: { 'no-personal-data-in-cookies': ['error', { storage: 'error' }] } },
    },
    sessionTokenInCookie: {
      code: "declare const res: any, accessToken: string;\nres.cookie('セッション トークン', accessToken);\n",
      config: { personalData: { categories: { sessionToken: 'error' } } },
    },
    sessionTokenInStorage: {
      code: "declare const refreshToken: string;\nlocalStorage.setItem('リフレッシュ トークン', refreshToken);\n",
      config: { personalData: { categories: { sessionToken: 'error' } }, rules: { 'no-personal-data-in-cookies': ['error', { storage: 'error' }] } },
    },
  },
};

describe('rule messages, as reported', () => {
  it('has a trigger for every message of every rule', () => {
    const expected = allRules.map((r) => `${r.meta.id}:${Object.keys(r.meta.messages).sort().join(',')}`).sort();
    const actual = Object.entries(TRIGGERS).map(([id, m]) => `${id}:${Object.keys(m).sort().join(',')}`).sort();
    assert.deepStrictEqual(actual, expected);
  });

  for (const rule of allRules) {
    for (const messageId of Object.keys(rule.meta.messages)) {
      const trigger = TRIGGERS[rule.meta.id]?.[messageId];
      it(`${rule.meta.id}/${messageId} fills every placeholder`, function () {
        this.timeout(20000);
        assert.ok(trigger, 'no trigger');
        const findings = lintSource(trigger).filter((f) => f.ruleId === rule.meta.id && f.messageId === messageId);
        assert.equal(findings.length, 1, `expected one ${messageId} finding`);
        const f = findings[0];
        const used = new Set([...rule.meta.messages[messageId].en.matchAll(PLACEHOLDER),
          ...rule.meta.messages[messageId].ja.matchAll(PLACEHOLDER)].map((m) => m[1]));
        assert.ok(used.size > 0, 'the message takes no data');
        assertMessageIsClean(rule, f, stringValuesIn([trigger.code]), `${rule.meta.id}/${messageId}`);
        assert.equal(f.severity, 'error');
        assert.equal(f.clause, rule.meta.clause);
      });
    }
  }
});

describe('the message value check', () => {
  it('collects the values written in code, not URLs, hosts, module names, keys or levels', () => {
    const code = [
      "import axios from 'axios';",
      "const email = 'taro.yamada@example.jp';",
      "const tel = '090-1234-5678';",
      "const who = `山田太郎 ${email}`;",
      "const body = { 'my_number': 1, email };",
      "fetch('https://api.other.example.com/x', { method: 'POST' });",
      "logger.log('info', body['kojinBango'], 'api.shop.example.co.jp', '/api/customers');",
    ].join('\n');
    assert.deepStrictEqual(stringValuesIn([code]).sort(), ['090-1234-5678', 'taro.yamada@example.jp', '山田太郎 '].sort());
  });

  it('fails a message that prints a value, in either language', () => {
    const rule = rulesById.get('no-personal-data-in-logs')!;
    const finding = lintSource({ code: "declare const c: any;\nconsole.log(c.email);\n" })
      .find((f) => f.ruleId === rule.meta.id)!;
    assert.ok(finding);
    assertMessageIsClean(rule, finding, ['taro.yamada@example.jp'], 'clean');
    for (const locale of ['en', 'ja'] as const) {
      const leaking = { ...finding, message: { ...finding.message, [locale]: `${finding.message[locale]} taro.yamada@example.jp` } };
      assert.throws(() => assertMessageIsClean(rule, leaking, ['taro.yamada@example.jp'], 'leaking'), /prints the value/);
    }
    const unfilled = { ...finding, message: { ...finding.message, ja: '{{sink}} で出力' } };
    assert.throws(() => assertMessageIsClean(rule, unfilled, [], 'unfilled'), /unfilled placeholder/);
  });
});
