import { strict as assert } from 'node:assert';
import * as ts from 'typescript';
import type { Finding, TextEdit } from '@privacy-lint/engine/dist/types';
import {
  applySuppressions,
  formatSuppression,
  parseSuppressions,
  suppressionEdit,
  SUPPRESSION_MESSAGES,
  SUPPRESSION_RULE_IDS,
} from '@privacy-lint/engine/dist/suppressions';

const FILE = '/project/src/customers.ts';
const LOGS = 'no-personal-data-in-logs';
const TRANSFER = 'no-unguarded-external-transfer';
const MY_NUMBER = 'my-number-outside-permitted-module';
const KNOWN: ReadonlySet<string> = new Set([LOGS, TRANSFER, MY_NUMBER, 'no-foreign-transfer-without-consent', 'no-my-number-transfer']);
/** 2025-06-15, local time (`until` compares calendar dates in local time). */
const TODAY = new Date(2025, 5, 15, 9, 30);

/** A synthetic finding of `ruleId` starting at a 1-based line and column of `text`, 5 characters long. */
function findingAt(text: string, ruleId: string, line: number, column = 1): Finding {
  const lineStarts = [0];
  for (const m of text.matchAll(/\r\n|\n|\r/g)) lineStarts.push(m.index + m[0].length);
  const startOffset = lineStarts[line - 1] + column - 1;
  return {
    ruleId,
    messageId: 'synthetic',
    message: { en: 'synthetic', ja: '合成' },
    severity: 'error',
    file: FILE,
    range: { start: { line, column }, end: { line, column: column + 5 } },
    startOffset,
    endOffset: startOffset + 5,
    clause: '§4(1)',
  };
}

const brief = (f: Finding) => `${f.ruleId}@${f.range.start.line}:${f.range.start.column}`;
const SUPPRESSION_IDS: ReadonlySet<string> = new Set(SUPPRESSION_RULE_IDS);
const describeProblem = (f: Finding) =>
  `${f.ruleId}/${f.messageId}@${f.range.start.line}:${f.range.start.column}-${f.range.end.line}:${f.range.end.column}`;
const applyEdit = (text: string, edit: TextEdit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end);

function run(code: string, findings: [string, number, number?][], today = TODAY) {
  const out = applySuppressions({
    file: FILE,
    text: code,
    findings: findings.map(([ruleId, line, column]) => findingAt(code, ruleId, line, column)),
    knownRuleIds: KNOWN,
    today,
  });
  return {
    out,
    remaining: out.filter((f) => !SUPPRESSION_IDS.has(f.ruleId)).map(brief),
    problems: out.filter((f) => SUPPRESSION_IDS.has(f.ruleId)),
  };
}

interface Case {
  name: string;
  code: string[];
  /** Findings the rules produced: rule id, 1-based line, column. */
  findings: [string, number, number?][];
  /** Findings left after suppression, `ruleId@line:column`. */
  remaining: string[];
  /** Findings about the directives, `ruleId/messageId@line:column-line:column`. */
  problems?: string[];
}

const cases: Case[] = [
  // Dashes that editors and Japanese input methods type for `--`
  {
    name: 'an em dash, a horizontal bar or full-width hyphens also start the reason',
    code: [
      '// privacy-lint-disable-next-line no-personal-data-in-logs — audit log in the restricted bucket',
      'a();',
      '// privacy-lint-disable-next-line no-personal-data-in-logs －－ 監査ログ（閲覧制限あり）',
      'b();',
      '// privacy-lint-disable-next-line no-personal-data-in-logs ― 監査ログ',
      'c();',
    ],
    findings: [[LOGS, 2, 1], [LOGS, 4, 1], [LOGS, 6, 1]],
    remaining: [],
  },
  // disable-line (ESLint's habit: at the end of the line it suppresses)
  {
    name: 'disable-line suppresses its own line only, and is reported when unused',
    code: [
      'a(); // privacy-lint-disable-line no-personal-data-in-logs -- audit log',
      'b();',
      'c(); // privacy-lint-disable-line no-personal-data-in-logs -- nothing here',
    ],
    findings: [[LOGS, 1, 1], [LOGS, 2, 1]],
    remaining: [`${'no-personal-data-in-logs'}@2:1`],
    problems: ['unused-suppression/unused@3:35-3:59'],
  },
  // disable-next-line
  {
    name: 'disable-next-line suppresses its rule on the next line only',
    code: [
      '// privacy-lint-disable-next-line no-personal-data-in-logs -- support needs the address in this audit log',
      'console.log(user.email);',
      'console.log(user.email);',
    ],
    findings: [[LOGS, 2, 13], [TRANSFER, 2, 1], [LOGS, 3, 13]],
    remaining: [`${TRANSFER}@2:1`, `${LOGS}@3:13`],
  },
  {
    name: 'disable-next-line does not skip a blank line (and is then unused)',
    code: ['// privacy-lint-disable-next-line no-personal-data-in-logs -- reason', '', 'console.log(user.email);'],
    findings: [[LOGS, 3, 13]],
    remaining: [`${LOGS}@3:13`],
    problems: ['unused-suppression/unused@1:35-1:59'],
  },
  {
    name: 'disable-next-line does not reach back to its own line',
    code: ['console.log(user.email); // privacy-lint-disable-next-line no-personal-data-in-logs -- reason', 'console.log(user.email);'],
    findings: [[LOGS, 1, 13], [LOGS, 2, 13]],
    remaining: [`${LOGS}@1:13`],
  },
  {
    name: 'disable-next-line with several rule ids',
    code: [
      '// privacy-lint-disable-next-line no-personal-data-in-logs, no-unguarded-external-transfer -- contract signed, see LEGAL-12',
      'axios.post(HOOK, user); console.log(user.email);',
    ],
    findings: [[TRANSFER, 2, 1], [LOGS, 2, 25], [MY_NUMBER, 2, 30]],
    remaining: [`${MY_NUMBER}@2:30`],
  },
  {
    name: 'rule ids separated by spaces only',
    code: ['// privacy-lint-disable-next-line no-personal-data-in-logs no-unguarded-external-transfer -- reason', 'x();'],
    findings: [[TRANSFER, 2, 1], [LOGS, 2, 1]],
    remaining: [],
  },
  {
    name: 'disable-next-line in a block comment',
    code: ['/* privacy-lint-disable-next-line no-personal-data-in-logs -- reason */', 'console.log(user.email);', 'console.log(user.email);'],
    findings: [[LOGS, 2, 13], [LOGS, 3, 13]],
    remaining: [`${LOGS}@3:13`],
  },
  {
    name: 'a multi-line block directive applies to the line after it ends',
    code: ['/* privacy-lint-disable-next-line no-personal-data-in-logs --', '   the reason goes on */', 'console.log(user.email);'],
    findings: [[LOGS, 2, 1], [LOGS, 3, 13]],
    remaining: [`${LOGS}@2:1`],
  },
  {
    name: 'indented directive, and the reason may follow several dashes',
    code: ['function f() {', '  // privacy-lint-disable-next-line no-personal-data-in-logs --- reason', '  log(user.email);', '}'],
    findings: [[LOGS, 3, 7]],
    remaining: [],
  },

  // regions
  {
    name: 'disable … enable region',
    code: [
      'console.log(user.email);',
      '/* privacy-lint-disable no-personal-data-in-logs -- legacy module, tracked in PRIV-7 */',
      'console.log(user.email);',
      'console.log(user.phone);',
      '/* privacy-lint-enable no-personal-data-in-logs */',
      'console.log(user.email);',
    ],
    findings: [[LOGS, 1, 13], [LOGS, 3, 13], [TRANSFER, 3, 1], [LOGS, 4, 13], [LOGS, 6, 13]],
    remaining: [`${LOGS}@1:13`, `${TRANSFER}@3:1`, `${LOGS}@6:13`],
  },
  {
    name: 'a region without enable runs to the end of the file; `//` form',
    code: ['// privacy-lint-disable no-personal-data-in-logs -- generated client', 'a();', '', 'b();'],
    findings: [[LOGS, 2, 1], [LOGS, 4, 1], [TRANSFER, 4, 1]],
    remaining: [`${TRANSFER}@4:1`],
  },
  {
    name: 'enable ends the region of the rules it names only',
    code: [
      '/* privacy-lint-disable no-personal-data-in-logs, no-unguarded-external-transfer -- migration */',
      'a();',
      '/* privacy-lint-enable no-personal-data-in-logs */',
      'b();',
    ],
    findings: [[LOGS, 2, 1], [TRANSFER, 2, 1], [LOGS, 4, 1], [TRANSFER, 4, 1]],
    remaining: [`${LOGS}@4:1`],
  },
  {
    name: 'a region starts at the comment, not at the start of its line',
    code: ['log(user.email); /* privacy-lint-disable no-personal-data-in-logs -- reason */ log(user.email);', 'log(user.email);'],
    findings: [[LOGS, 1, 5], [LOGS, 1, 84], [LOGS, 2, 5]],
    remaining: [`${LOGS}@1:5`],
  },
  {
    name: 'a region ends at the enable comment',
    code: [
      '/* privacy-lint-disable no-personal-data-in-logs -- reason */',
      'log(user.email); /* privacy-lint-enable no-personal-data-in-logs */ log(user.email);',
    ],
    findings: [[LOGS, 2, 5], [LOGS, 2, 73]],
    remaining: [`${LOGS}@2:73`],
  },
  {
    name: 'an enable without a disable before it is unused',
    code: ['a();', '/* privacy-lint-enable no-personal-data-in-logs */'],
    findings: [[LOGS, 1, 1]],
    remaining: [`${LOGS}@1:1`],
    problems: ['unused-suppression/unused@2:24-2:48'],
  },

  // disable-file
  {
    name: 'disable-file covers the whole file, before and after the comment, for its rules only',
    code: ['a();', '// privacy-lint-disable-file my-number-outside-permitted-module -- payroll export, reviewed by DPO', 'b();'],
    findings: [[MY_NUMBER, 1, 1], [MY_NUMBER, 3, 1], [LOGS, 3, 1]],
    remaining: [`${LOGS}@3:1`],
  },

  // reasons
  {
    name: 'a directive without a reason is reported and does not suppress',
    code: ['// privacy-lint-disable-next-line no-personal-data-in-logs', 'console.log(user.email);'],
    findings: [[LOGS, 2, 13]],
    remaining: [`${LOGS}@2:13`],
    problems: ['invalid-suppression/missingReason@1:1-1:59'],
  },
  {
    name: 'an empty reason after `--` is no reason',
    code: ['/* privacy-lint-disable no-personal-data-in-logs --   */', 'a();'],
    findings: [[LOGS, 2, 1]],
    remaining: [`${LOGS}@2:1`],
    problems: ['invalid-suppression/missingReason@1:1-1:57'],
  },
  {
    name: '`-` alone does not start a reason',
    code: ['// privacy-lint-disable-file no-personal-data-in-logs - reason', 'a();'],
    findings: [[LOGS, 2, 1]],
    remaining: [`${LOGS}@2:1`],
    problems: ['invalid-suppression/missingReason@1:1-1:63', 'invalid-suppression/unknownRule@1:55-1:56', 'invalid-suppression/unknownRule@1:57-1:63'],
  },
  {
    name: 'disable-file without a reason',
    code: ['// privacy-lint-disable-file no-personal-data-in-logs', 'a();'],
    findings: [[LOGS, 2, 1]],
    remaining: [`${LOGS}@2:1`],
    problems: ['invalid-suppression/missingReason@1:1-1:54'],
  },

  // rule ids
  {
    name: 'a directive naming no rule is malformed',
    code: ['// privacy-lint-disable-next-line -- reason', 'a();'],
    findings: [[LOGS, 2, 1]],
    remaining: [`${LOGS}@2:1`],
    problems: ['invalid-suppression/missingRule@1:1-1:44'],
  },
  {
    name: 'an enable naming no rule is malformed',
    code: ['/* privacy-lint-disable no-personal-data-in-logs -- reason */', 'a();', '/* privacy-lint-enable */', 'b();'],
    findings: [[LOGS, 2, 1], [LOGS, 4, 1]],
    remaining: [],
    problems: ['invalid-suppression/missingRule@3:1-3:26'],
  },
  {
    name: 'an unknown rule id is reported on the id; the known ids still suppress',
    code: ['// privacy-lint-disable-next-line no-personal-data-in-log, no-unguarded-external-transfer -- reason', 'a();'],
    findings: [[LOGS, 2, 1], [TRANSFER, 2, 1]],
    remaining: [`${LOGS}@2:1`],
    problems: ['invalid-suppression/unknownRule@1:35-1:58'],
  },
  {
    name: 'a finding of a rule not listed is not suppressed',
    code: ['// privacy-lint-disable-next-line no-unguarded-external-transfer -- reason', 'a();'],
    findings: [[LOGS, 2, 1], [TRANSFER, 2, 1]],
    remaining: [`${LOGS}@2:1`],
  },

  // until
  {
    name: '`until` in the future suppresses',
    code: ['// privacy-lint-disable-next-line no-personal-data-in-logs until 2025-12-31 -- until the vendor ships masking', 'a();'],
    findings: [[LOGS, 2, 1]],
    remaining: [],
  },
  {
    name: '`until` today still suppresses',
    code: ['// privacy-lint-disable-next-line no-personal-data-in-logs until 2025-06-15 -- reason', 'a();'],
    findings: [[LOGS, 2, 1]],
    remaining: [],
  },
  {
    name: '`until` in the past has expired: reported on the date, not suppressing',
    code: ['// privacy-lint-disable-next-line no-personal-data-in-logs until 2025-06-14 -- reason', 'a();'],
    findings: [[LOGS, 2, 1]],
    remaining: [`${LOGS}@2:1`],
    problems: ['invalid-suppression/expired@1:66-1:76'],
  },
  {
    name: 'an expired region does not suppress',
    code: ['/* privacy-lint-disable no-personal-data-in-logs until 2024-01-31 -- reason */', 'a();'],
    findings: [[LOGS, 2, 1]],
    remaining: [`${LOGS}@2:1`],
    problems: ['invalid-suppression/expired@1:56-1:66'],
  },
  {
    name: 'a day that does not exist is a bad date',
    code: ['// privacy-lint-disable-next-line no-personal-data-in-logs until 2025-02-29 -- reason', 'a();'],
    findings: [[LOGS, 2, 1]],
    remaining: [`${LOGS}@2:1`],
    problems: ['invalid-suppression/badDate@1:66-1:76'],
  },
  {
    name: 'a date not written YYYY-MM-DD is a bad date',
    code: ['// privacy-lint-disable-file no-personal-data-in-logs until 2025/12/31 -- reason', 'a();'],
    findings: [[LOGS, 2, 1]],
    remaining: [`${LOGS}@2:1`],
    problems: ['invalid-suppression/badDate@1:61-1:71'],
  },
  {
    name: '`until` without a date is reported on `until`',
    code: ['// privacy-lint-disable-next-line no-personal-data-in-logs until -- reason', 'a();'],
    findings: [[LOGS, 2, 1]],
    remaining: [`${LOGS}@2:1`],
    problems: ['invalid-suppression/badDate@1:60-1:65'],
  },

  // unused
  {
    name: 'an unused disable-next-line is reported per rule id',
    code: ['// privacy-lint-disable-next-line no-personal-data-in-logs, no-unguarded-external-transfer -- reason', 'a();'],
    findings: [[TRANSFER, 2, 1]],
    remaining: [],
    problems: ['unused-suppression/unused@1:35-1:59'],
  },
  {
    name: 'unused region and file directives',
    code: [
      '// privacy-lint-disable-file my-number-outside-permitted-module -- reason',
      '/* privacy-lint-disable no-personal-data-in-logs -- reason */',
      'a();',
      '/* privacy-lint-enable no-personal-data-in-logs */',
    ],
    findings: [],
    remaining: [],
    problems: ['unused-suppression/unused@1:30-1:64', 'unused-suppression/unused@2:25-2:49'],
  },
  {
    name: 'overlapping directives are all used',
    code: [
      '// privacy-lint-disable-file no-personal-data-in-logs -- reason',
      '// privacy-lint-disable-next-line no-personal-data-in-logs -- reason',
      'a();',
    ],
    findings: [[LOGS, 3, 1]],
    remaining: [],
  },
  {
    name: 'invalid directives are not also reported unused',
    code: ['// privacy-lint-disable-next-line no-personal-data-in-logs until 2020-01-01 -- reason', 'a();'],
    findings: [],
    remaining: [],
    problems: ['invalid-suppression/expired@1:66-1:76'],
  },

  // what is not a directive
  {
    name: 'directive text in strings, templates and regular expressions is ignored',
    code: [
      'const s = "// privacy-lint-disable-file no-personal-data-in-logs -- x";',
      "const q = '/* privacy-lint-disable no-personal-data-in-logs -- x */';",
      'const t = `${a} // privacy-lint-disable-file no-personal-data-in-logs -- x`;',
      'const u = `',
      '// privacy-lint-disable-next-line no-personal-data-in-logs -- x',
      '${user.email}`;',
      'const r = /\\/* privacy-lint-disable-file no-personal-data-in-logs -- x */;',
      'console.log(user.email);',
    ],
    findings: [[LOGS, 6, 3], [LOGS, 8, 13]],
    remaining: [`${LOGS}@6:3`, `${LOGS}@8:13`],
  },
  {
    name: 'a comment after a division or inside a template substitution is read',
    code: [
      'const half = total / 2; // privacy-lint-disable-next-line no-personal-data-in-logs -- reason',
      'log(user.email);',
      'const t = `${/* privacy-lint-disable-next-line no-unguarded-external-transfer -- reason */ x}`;',
      'send(user);',
    ],
    findings: [[LOGS, 2, 5], [TRANSFER, 4, 1]],
    remaining: [],
  },
  {
    name: 'other words after `privacy-lint-` are not directives',
    code: [
      '// privacy-lint-disable-lines no-personal-data-in-logs -- reason',
      '// see privacy-lint-disable-next-line in the docs',
      '/// privacy-lint-disable-next-line no-personal-data-in-logs -- reason',
      'a();',
    ],
    findings: [[LOGS, 4, 1]],
    remaining: [`${LOGS}@4:1`],
  },
  {
    name: 'no space after the comment opener is fine',
    code: ['//privacy-lint-disable-next-line no-personal-data-in-logs -- reason', 'a();'],
    findings: [[LOGS, 2, 1]],
    remaining: [],
  },
  {
    name: 'CRLF and CR line breaks count as lines',
    code: ['// privacy-lint-disable-next-line no-personal-data-in-logs -- reason\r\na();\rb();'],
    findings: [[LOGS, 2, 1], [LOGS, 3, 1]],
    remaining: [`${LOGS}@3:1`],
  },
];

describe('suppressions', () => {
  describe('applySuppressions', () => {
    for (const c of cases) {
      it(c.name, () => {
        const { remaining, problems } = run(c.code.join('\n'), c.findings);
        assert.deepEqual(remaining, c.remaining);
        assert.deepEqual(problems.map(describeProblem), c.problems ?? []);
      });
    }

    it('keeps the findings in order and adds the directive findings after them, in text order', () => {
      const code = [
        '// privacy-lint-disable-next-line no-unguarded-external-transfer, no-personal-data-in-logs -- reason',
        'a();',
        '// privacy-lint-disable-next-line no-personal-data-in-logs',
        'b();',
      ].join('\n');
      const { out } = run(code, [[TRANSFER, 2, 1], [MY_NUMBER, 4, 1], [LOGS, 1, 1]]);
      assert.deepEqual(out.map(brief), [`${MY_NUMBER}@4:1`, `${LOGS}@1:1`, 'unused-suppression@1:67', 'invalid-suppression@3:1']);
    });

    it('builds complete findings about directives: offsets, severity, both languages, no clause', () => {
      const code = 'a();\n// privacy-lint-disable-next-line no-personal-data-in-logs\nb();';
      const { problems } = run(code, []);
      assert.equal(problems.length, 1);
      const [missing] = problems;
      assert.equal(missing.file, FILE);
      assert.equal(missing.severity, 'error');
      assert.equal(missing.clause, undefined);
      assert.equal('clause' in missing, false);
      assert.equal(code.slice(missing.startOffset, missing.endOffset), '// privacy-lint-disable-next-line no-personal-data-in-logs');
      assert.deepEqual(missing.range, { start: { line: 2, column: 1 }, end: { line: 2, column: 59 } });
      assert.equal(missing.message.ja, '抑制コメントに理由がありません。`-- 理由` を付けてください。理由のない抑制は適用されません。');
      assert.equal(
        missing.message.en,
        'Suppression without a reason: add `-- <reason>` after the rule ids of `privacy-lint-disable-next-line`. A suppression without a reason is not applied.',
      );
    });

    it('fills every placeholder of every message', () => {
      const code = [
        '// privacy-lint-disable-next-line -- reason',
        '// privacy-lint-disable-next-line no-personal-data-in-log -- reason',
        '// privacy-lint-disable-next-line no-personal-data-in-logs until 2025-13-01 -- reason',
        '// privacy-lint-disable-next-line no-personal-data-in-logs until 2025-01-01 -- reason',
        '// privacy-lint-disable-next-line no-personal-data-in-logs -- reason',
        '// privacy-lint-disable-next-line no-personal-data-in-logs',
        'a();',
      ].join('\n');
      const { problems } = run(code, []);
      assert.deepEqual(problems.map((p) => p.messageId), ['missingRule', 'unknownRule', 'badDate', 'expired', 'unused', 'missingReason']);
      for (const p of problems) {
        assert.doesNotMatch(p.message.en, /\{\{|\}\}/);
        assert.doesNotMatch(p.message.ja, /\{\{|\}\}/);
        assert.equal(p.severity, p.ruleId === 'unused-suppression' ? 'warning' : 'error');
      }
      const byId = new Map(problems.map((p) => [p.messageId, p.message]));
      assert.deepEqual(byId.get('unknownRule'), {
        en: 'Unknown rule `no-personal-data-in-log` in suppression comment. Did you mean `no-personal-data-in-logs`?',
        ja: '抑制コメントの規則 `no-personal-data-in-log` は存在しません。`no-personal-data-in-logs` の誤りではありませんか。',
      });
      assert.deepEqual(byId.get('badDate'), {
        en: 'Invalid `until` date `2025-13-01`: write it as YYYY-MM-DD. This suppression is not applied.',
        ja: '`until` の日付 `2025-13-01` が正しくありません。YYYY-MM-DD の形式で書いてください。この抑制は適用されません。',
      });
      assert.match(byId.get('expired')!.en, /valid until 2025-01-01/);
      assert.match(byId.get('expired')!.ja, /2025-01-01 まで有効/);
      assert.deepEqual(byId.get('unused'), {
        en: 'Unused suppression: `privacy-lint-disable-next-line no-personal-data-in-logs` has no effect here; remove it.',
        ja: '不要な抑制コメントです。`privacy-lint-disable-next-line no-personal-data-in-logs` はここでは効果がありません。削除してください。',
      });
      assert.match(byId.get('missingRule')!.ja, /`privacy-lint-disable-next-line` に規則 ID がありません/);
      assert.deepEqual(Object.keys(SUPPRESSION_MESSAGES).sort(), ['badDate', 'expired', 'missingReason', 'missingRule', 'unknownRule', 'unused']);
    });

    it('gives no hint for an unknown rule id far from every known one', () => {
      const { problems } = run('// privacy-lint-disable-next-line no-console -- reason\na();', []);
      assert.deepEqual(problems.map((p) => p.message.en), ['Unknown rule `no-console` in suppression comment.']);
      assert.deepEqual(problems.map((p) => p.message.ja), ['抑制コメントの規則 `no-console` は存在しません。']);
    });

    it('writes a missing date in words', () => {
      const { problems } = run('// privacy-lint-disable-next-line no-personal-data-in-logs until -- reason\na();', [[LOGS, 2, 1]]);
      assert.equal(problems[0].message.en, 'Invalid `until` date (missing): write it as YYYY-MM-DD. This suppression is not applied.');
      assert.match(problems[0].message.ja, /^`until` の日付 （なし） が正しくありません。/);
    });

    it('compares `until` with the local calendar date of `today`', () => {
      const code = '// privacy-lint-disable-next-line no-personal-data-in-logs until 2025-06-15 -- reason\na();';
      assert.deepEqual(run(code, [[LOGS, 2, 1]], new Date(2025, 5, 15, 23, 59)).remaining, []);
      assert.deepEqual(run(code, [[LOGS, 2, 1]], new Date(2025, 5, 16, 0, 0)).remaining, [`${LOGS}@2:1`]);
    });

    it('never suppresses parse errors nor its own findings, and reports nothing unused in a file that did not parse', () => {
      const code = [
        '// privacy-lint-disable-file no-personal-data-in-logs, parse-error, invalid-suppression -- reason',
        'const = ;',
      ].join('\n');
      const out = applySuppressions({
        file: FILE,
        text: code,
        findings: [findingAt(code, 'parse-error', 2, 7)],
        knownRuleIds: new Set([...KNOWN, 'parse-error', 'invalid-suppression']),
        today: TODAY,
      });
      assert.deepEqual(out.map(brief), ['parse-error@2:7']);
    });

    it('uses directives parsed beforehand', () => {
      const code = '// privacy-lint-disable-next-line no-personal-data-in-logs -- reason\na();';
      const directives = parseSuppressions(code);
      const out = applySuppressions({ file: FILE, text: code, findings: [findingAt(code, LOGS, 2)], knownRuleIds: KNOWN, today: TODAY, directives });
      assert.deepEqual(out, []);
      const none = applySuppressions({ file: FILE, text: code, findings: [findingAt(code, LOGS, 2)], knownRuleIds: KNOWN, today: TODAY, directives: [] });
      assert.deepEqual(none.map(brief), [`${LOGS}@2:1`]);
    });

    describe('in time linear in the size of the file', () => {
      // Before: every finding was tried against every suppression, every `disable` searched forward for its
      // `enable`, every stray `enable` searched all the others, and every unused id of a comment looked at all its
      // ids and at its whole line: 4k / 8k / 16k suppressed findings took 2.2 / 5.9 / 24 s. The bounds are
      // generous; each case takes well under a second now.
      const BOUND_MS = 4000;

      /** A file from lines, and a finding of `ruleId` at a 1-based line and column, found in O(1). */
      function file(lines: string[]) {
        const starts: number[] = [];
        let offset = 0;
        for (const line of lines) {
          starts.push(offset);
          offset += line.length + 1;
        }
        const at = (ruleId: string, line: number, column = 1): Finding => ({
          ...findingAt('x', ruleId, 1),
          range: { start: { line, column }, end: { line, column: column + 5 } },
          startOffset: starts[line - 1] + column - 1,
          endOffset: starts[line - 1] + column + 4,
        });
        return { text: lines.join('\n'), at };
      }
      function timed(text: string, findings: Finding[]): { out: Finding[]; ms: number } {
        const started = performance.now();
        const out = applySuppressions({ file: FILE, text, findings, knownRuleIds: KNOWN, today: TODAY });
        return { out, ms: performance.now() - started };
      }

      it('16,000 findings each suppressed by the line above', function () {
        this.timeout(120_000);
        const n = 16_000;
        const lines: string[] = [];
        for (let i = 0; i < n; i++) lines.push(`// privacy-lint-disable-next-line ${LOGS} -- audit log`, 'log(c.email);');
        const { text, at } = file(lines);
        const { out, ms } = timed(text, Array.from({ length: n }, (_, i) => at(LOGS, 2 * i + 2)));
        assert.deepEqual(out, []);
        assert.ok(ms < BOUND_MS, `took ${Math.round(ms)} ms`);
      });

      it('8,000 nested regions with a finding in each, then 8,000 stray enables', function () {
        this.timeout(120_000);
        const n = 8000;
        const lines: string[] = [];
        for (let i = 0; i < n; i++) lines.push(`/* privacy-lint-disable ${LOGS} -- legacy */ log(c.email);`);
        for (let i = 0; i < n; i++) lines.push(`/* privacy-lint-enable ${TRANSFER} */`);
        const { text, at } = file(lines);
        const column = lines[0].indexOf('log(') + 1;
        const { out, ms } = timed(text, Array.from({ length: n }, (_, i) => at(LOGS, i + 1, column)));
        assert.equal(out.length, n);
        assert.ok(out.every((f) => f.ruleId === 'unused-suppression' && f.range.start.line > n), 'only the stray enables are reported');
        assert.ok(ms < BOUND_MS, `took ${Math.round(ms)} ms`);
      });

      it('one comment naming 16,000 unused ids, and 8,000 unused comments on one long line', function () {
        this.timeout(120_000);
        const many = file([`// privacy-lint-disable-next-line ${Array(16_000).fill(LOGS).join(', ')} -- audit`, 'a();']);
        const first = timed(many.text, []);
        assert.equal(first.out.length, 16_000);
        assert.ok(first.out.every((f) => f.fix?.edits[0].start === 0), 'each fix removes the whole comment');
        assert.ok(first.ms < BOUND_MS, `16,000 ids took ${Math.round(first.ms)} ms`);

        const long = file([`a(); ${Array(8000).fill(`/* privacy-lint-disable-line ${LOGS} -- x */`).join(' ')}`]);
        const second = timed(long.text, []);
        assert.equal(second.out.length, 8000);
        assert.ok(second.ms < BOUND_MS, `8,000 comments on one line took ${Math.round(second.ms)} ms`);
      });
    });

    describe('the fix of an unused suppression', () => {
      const fixed = (lines: string[], findings: [string, number, number?][]) => {
        const code = lines.join('\n');
        const unused = run(code, findings).problems.filter((p) => p.messageId === 'unused');
        return unused.map((p) => {
          assert.equal(p.fix?.kind, 'remove-unused-suppression');
          assert.equal(p.fix!.edits.length, 1);
          return applyEdit(code, p.fix!.edits[0]).split('\n');
        });
      };

      it('removes a comment alone on its line with the line', () => {
        assert.deepEqual(fixed(['a();', '  // privacy-lint-disable-next-line no-personal-data-in-logs -- reason', '  b();'], []), [['a();', '  b();']]);
      });

      it('removes a trailing comment with the space before it', () => {
        assert.deepEqual(fixed(['a(); // privacy-lint-disable-next-line no-personal-data-in-logs -- reason', 'b();'], []), [['a();', 'b();']]);
      });

      it('removes a leading block comment with the space after it', () => {
        assert.deepEqual(fixed(['/* privacy-lint-disable no-personal-data-in-logs -- reason */ a();'], []), [['a();']]);
      });

      it('removes only the unused id when another id is used', () => {
        const lines = ['// privacy-lint-disable-next-line no-personal-data-in-logs, no-unguarded-external-transfer, my-number-outside-permitted-module -- r', 'a();'];
        assert.deepEqual(fixed(lines, [[TRANSFER, 2, 1]]), [
          ['// privacy-lint-disable-next-line no-unguarded-external-transfer, my-number-outside-permitted-module -- r', 'a();'],
          ['// privacy-lint-disable-next-line no-personal-data-in-logs, no-unguarded-external-transfer -- r', 'a();'],
        ]);
      });

      it('gives fixes that can all be applied together', () => {
        const code = '// privacy-lint-disable-next-line no-personal-data-in-logs, my-number-outside-permitted-module, no-unguarded-external-transfer -- r\na();';
        const edits = run(code, [[TRANSFER, 2, 1]]).problems.map((p) => p.fix!.edits[0]).sort((x, y) => y.start - x.start);
        for (let i = 1; i < edits.length; i++) assert.ok(edits[i].end <= edits[i - 1].start, 'edits overlap');
        const result = edits.reduce(applyEdit, code);
        assert.equal(result, '// privacy-lint-disable-next-line no-unguarded-external-transfer -- r\na();');
      });

      it('removes the whole comment when none of its ids is used', () => {
        const lines = ['// privacy-lint-disable-next-line no-personal-data-in-logs, no-unguarded-external-transfer -- r', 'a();'];
        assert.deepEqual(fixed(lines, []), [['a();'], ['a();']]);
      });
    });
  });

  describe('parseSuppressions', () => {
    it('reads every part of a directive with its position', () => {
      const code = 'x();\n  /* privacy-lint-disable no-personal-data-in-logs,no-unguarded-external-transfer until 2025-12-31 --  legacy\n     export */';
      const [d] = parseSuppressions(code);
      assert.equal(d.kind, 'disable');
      assert.equal(d.commentKind, 'block');
      assert.deepEqual(d.ruleIds, [LOGS, TRANSFER]);
      assert.equal(d.reason, 'legacy export');
      assert.equal(d.until, '2025-12-31');
      assert.deepEqual(d.range, { start: { line: 2, column: 3 }, end: { line: 3, column: 15 } });
      assert.equal(code.slice(d.startOffset, d.endOffset), code.slice(7));
      assert.equal(code.slice(d.keywordSpan.startOffset, d.keywordSpan.endOffset), 'privacy-lint-disable');
      assert.deepEqual(d.ruleIdSpans.map((s) => code.slice(s.startOffset, s.endOffset)), [LOGS, TRANSFER]);
      assert.deepEqual(d.ruleIdSpans.map((s) => s.range.start), [{ line: 2, column: 27 }, { line: 2, column: 52 }]);
      assert.deepEqual(d.untilSpan!.range, { start: { line: 2, column: 89 }, end: { line: 2, column: 99 } });
      assert.equal(code.slice(d.reasonSpan!.startOffset, d.reasonSpan!.endOffset), 'legacy\n     export');
    });

    it('tells the four kinds apart and keeps text order', () => {
      const code = [
        '// privacy-lint-disable-file a -- r',
        '/* privacy-lint-disable b -- r */',
        '// privacy-lint-disable-next-line c -- r',
        '/* privacy-lint-enable b */',
        '/* privacy-lint-disable-next-line d -- r */',
      ].join('\n');
      const directives = parseSuppressions(code);
      assert.deepEqual(directives.map((d) => [d.kind, d.commentKind, d.ruleIds.join(), d.range.start.line]), [
        ['disable-file', 'line', 'a', 1],
        ['disable', 'block', 'b', 2],
        ['disable-next-line', 'line', 'c', 3],
        ['enable', 'block', 'b', 4],
        ['disable-next-line', 'block', 'd', 5],
      ]);
      assert.equal(directives[3].reason, undefined);
    });

    it('tells a missing reason from an empty one, and a bare `until` from none', () => {
      const [none, empty, bare] = parseSuppressions('// privacy-lint-disable-file a\n// privacy-lint-disable-file a --\n// privacy-lint-disable-file a until -- r');
      assert.equal(none.reason, undefined);
      assert.equal(none.reasonSpan, undefined);
      assert.equal(none.until, undefined);
      assert.equal(empty.reason, '');
      assert.equal(bare.until, '');
      assert.deepEqual(bare.ruleIds, ['a']);
    });

    it('scans TSX', () => {
      const code = 'const el = <div title="// privacy-lint-disable-file a -- r">{/* privacy-lint-disable-next-line b -- r */ name}</div>;';
      assert.deepEqual(parseSuppressions(code, ts.ScriptKind.TSX).map((d) => d.ruleIds.join()), ['b']);
    });

    it('finds nothing in a file without directives', () => {
      assert.deepEqual(parseSuppressions('const privacy = "lint"; // eslint-disable-line\n'), []);
    });
  });

  describe('formatSuppression', () => {
    const table: [Parameters<typeof formatSuppression>, string][] = [
      [['disable-next-line', [LOGS], 'audit log, reviewed'], '// privacy-lint-disable-next-line no-personal-data-in-logs -- audit log, reviewed'],
      [['disable-next-line', [LOGS, TRANSFER], ''], '// privacy-lint-disable-next-line no-personal-data-in-logs, no-unguarded-external-transfer -- '],
      [['disable-file', [MY_NUMBER], 'payroll', '2026-03-31'], '// privacy-lint-disable-file my-number-outside-permitted-module until 2026-03-31 -- payroll'],
      [['disable', [LOGS], 'legacy', new Date(2025, 11, 1)], '/* privacy-lint-disable no-personal-data-in-logs until 2025-12-01 -- legacy */'],
      [['disable', [LOGS], 'ends */ early\nand wraps'], '/* privacy-lint-disable no-personal-data-in-logs -- ends * / early and wraps */'],
      [['disable', [LOGS], ''], '/* privacy-lint-disable no-personal-data-in-logs -- */'],
      [['enable', [LOGS], ''], '/* privacy-lint-enable no-personal-data-in-logs */'],
    ];
    for (const [args, expected] of table) {
      it(expected, () => assert.equal(formatSuppression(...args), expected));
    }

    it('writes what parseSuppressions reads', () => {
      const text = formatSuppression('disable', [LOGS, TRANSFER], 'legacy  export', '2026-01-31');
      const [d] = parseSuppressions(text);
      assert.deepEqual([d.kind, d.ruleIds, d.reason, d.until], ['disable', [LOGS, TRANSFER], 'legacy export', '2026-01-31']);
    });

    it('rejects a directive it could not write correctly', () => {
      assert.throws(() => formatSuppression('disable-next-line', [], 'r'), RangeError);
      assert.throws(() => formatSuppression('disable-next-line', ['a b'], 'r'), RangeError);
      assert.throws(() => formatSuppression('disable-next-line', [LOGS], 'r', '2025-02-30'), RangeError);
    });
  });

  describe('suppressionEdit', () => {
    /** Applies the quick fix, types a reason at the cursor, and checks the finding is then suppressed. */
    function suppress(lines: string[], line: number, ruleId = LOGS, eol = '\n') {
      const text = lines.join(eol);
      const { edit, cursorOffset } = suppressionEdit(text, FILE, line, ruleId);
      assert.equal(edit.file, FILE);
      const edited = applyEdit(text, edit);
      const reasoned = edited.slice(0, cursorOffset) + 'REASON' + edited.slice(cursorOffset);
      return { edit, edited, reasoned, lines: reasoned.split(eol) };
    }

    it('inserts a directive above, with the indentation of the line', () => {
      const { edit, lines } = suppress(['function f(user: User) {', '    console.log(user.email);', '}'], 2);
      assert.deepEqual(edit, { file: FILE, start: 25, end: 25, text: '    // privacy-lint-disable-next-line no-personal-data-in-logs -- \n' });
      assert.deepEqual(lines, [
        'function f(user: User) {',
        '    // privacy-lint-disable-next-line no-personal-data-in-logs -- REASON',
        '    console.log(user.email);',
        '}',
      ]);
    });

    it('keeps tabs', () => {
      const { lines } = suppress(['if (x) {', '\t\tlog(user.email);', '}'], 2);
      assert.equal(lines[1], '\t\t// privacy-lint-disable-next-line no-personal-data-in-logs -- REASON');
    });

    it('works on the first line', () => {
      const { edit, lines } = suppress(['log(user.email);'], 1);
      assert.deepEqual([edit.start, edit.end], [0, 0]);
      assert.deepEqual(lines, ['// privacy-lint-disable-next-line no-personal-data-in-logs -- REASON', 'log(user.email);']);
    });

    it('keeps CRLF line breaks', () => {
      const { edit, edited, reasoned } = suppress(['a();', '  log(user.email);', ''], 2, LOGS, '\r\n');
      assert.equal(edit.text, '  // privacy-lint-disable-next-line no-personal-data-in-logs -- \r\n');
      assert.equal(edited, 'a();\r\n  // privacy-lint-disable-next-line no-personal-data-in-logs -- \r\n  log(user.email);\r\n');
      assert.equal(reasoned, 'a();\r\n  // privacy-lint-disable-next-line no-personal-data-in-logs -- REASON\r\n  log(user.email);\r\n');
      const { remaining, problems } = run(reasoned, [[LOGS, 3, 7]]);
      assert.deepEqual([remaining, problems], [[], []]);
    });

    it('keeps CRLF on the first line too', () => {
      const { edit } = suppress(['log(user.email);', 'b();'], 1, LOGS, '\r\n');
      assert.equal(edit.text, '// privacy-lint-disable-next-line no-personal-data-in-logs -- \r\n');
    });

    it('adds the rule id to a disable-next-line directive on the line above', () => {
      const { edit, lines } = suppress(['  // privacy-lint-disable-next-line no-unguarded-external-transfer -- vendor approved', '  send(user);'], 2);
      assert.equal(edit.text, ', no-personal-data-in-logs -- vendor approved');
      assert.deepEqual(lines, [
        '  // privacy-lint-disable-next-line no-unguarded-external-transfer, no-personal-data-in-logs -- vendor approvedREASON',
        '  send(user);',
      ]);
    });

    it('keeps `until` when adding to a directive', () => {
      const { lines } = suppress(['// privacy-lint-disable-next-line no-unguarded-external-transfer until 2025-12-31 -- r', 'send(user);'], 2);
      assert.equal(lines[0], '// privacy-lint-disable-next-line no-unguarded-external-transfer, no-personal-data-in-logs until 2025-12-31 -- rREASON');
    });

    it('adds `-- ` to a directive above that has no reason', () => {
      const { lines } = suppress(['// privacy-lint-disable-next-line no-unguarded-external-transfer', 'send(user);'], 2);
      assert.equal(lines[0], '// privacy-lint-disable-next-line no-unguarded-external-transfer, no-personal-data-in-logs -- REASON');
      const { lines: bare } = suppress(['// privacy-lint-disable-next-line no-unguarded-external-transfer --', 'send(user);'], 2);
      assert.equal(bare[0], '// privacy-lint-disable-next-line no-unguarded-external-transfer, no-personal-data-in-logs -- REASON');
    });

    it('adds to a block directive above', () => {
      const { lines } = suppress(['/* privacy-lint-disable-next-line no-unguarded-external-transfer */', 'send(user);'], 2);
      assert.equal(lines[0], '/* privacy-lint-disable-next-line no-unguarded-external-transfer, no-personal-data-in-logs -- REASON */');
    });

    it('adds the id to a directive above that names none', () => {
      const { lines } = suppress(['// privacy-lint-disable-next-line -- r', 'send(user);'], 2);
      assert.equal(lines[0], '// privacy-lint-disable-next-line no-personal-data-in-logs -- rREASON');
    });

    it('does not list a rule id twice', () => {
      const { edit, lines } = suppress(['// privacy-lint-disable-next-line no-personal-data-in-logs until 2020-01-01 -- r', 'log(user.email);'], 2);
      assert.equal(edit.text, ' until 2020-01-01 -- r');
      assert.equal(lines[0], '// privacy-lint-disable-next-line no-personal-data-in-logs until 2020-01-01 -- rREASON');
    });

    it('inserts a new line when the directive above is of another kind', () => {
      const { lines } = suppress(['/* privacy-lint-disable no-unguarded-external-transfer -- r */', 'log(user.email);'], 2);
      assert.equal(lines[1], '// privacy-lint-disable-next-line no-personal-data-in-logs -- REASON');
    });

    it('wraps a statement in a region when the line starts inside a multi-line template', () => {
      const { lines, reasoned } = suppress(['function f() {', '  logger.info(`customer', '    ${user.email}`);', '  return 1;', '}'], 3);
      assert.deepEqual(lines, [
        'function f() {',
        '  // privacy-lint-disable no-personal-data-in-logs -- REASON',
        '  logger.info(`customer',
        '    ${user.email}`);',
        '  // privacy-lint-enable no-personal-data-in-logs',
        '  return 1;',
        '}',
      ]);
      const { remaining, problems } = run(reasoned, [[LOGS, 4, 7], [LOGS, 6, 3]]);
      assert.deepEqual([remaining, problems.map(describeProblem)], [[`${LOGS}@6:3`], []]);
    });

    it('wraps to the end of the file when the template ends on the last line', () => {
      const { lines } = suppress(['log(`a', '${user.email}', '`)'], 2);
      assert.deepEqual(lines, [
        '// privacy-lint-disable no-personal-data-in-logs -- REASON',
        'log(`a',
        '${user.email}',
        '`)',
        '// privacy-lint-enable no-personal-data-in-logs',
      ]);
    });

    it('rejects a line outside the file', () => {
      assert.throws(() => suppressionEdit('a();\n', FILE, 3, LOGS), RangeError);
      assert.throws(() => suppressionEdit('a();\n', FILE, 0, LOGS), RangeError);
    });
  });

  it('exports the two suppression rule ids', () => {
    assert.deepEqual([...SUPPRESSION_RULE_IDS], ['invalid-suppression', 'unused-suppression']);
  });
});
