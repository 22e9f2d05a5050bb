/**
 * The rule contract (`createRule`, in the manner of typescript-eslint's `RuleCreator`): a rule's options are typed
 * from its defaults, every message id it reports or suggests by is checked at compile time (the `@ts-expect-error`
 * lines below fail the build when a wrong id or option is accepted), suggestions are titled by the rule's own
 * messages and built by the engine's fixer, and the model a rule sees holds no analysis or checker.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  createRule, lintText, resolveConfig, type RuleContext, type RuleModule, type Finding,
} from '@privacy-lint/engine';
import { ruleCatalog } from '@privacy-lint/rules';
import { tempDir } from '../helpers/temp';

type Options = { level: 'quiet' | 'loud' };
type MessageIds = 'loggedValue';
type SuggestionIds = 'hideIt' | 'keepId';

const probe = createRule<Options, MessageIds, SuggestionIds>({
  meta: {
    id: 'probe-rule',
    description: { en: 'Detect probes.', ja: 'プローブを検出します。' },
    clause: '§4(1)',
    defaultSeverity: 'error',
    docsUrl: 'https://example.invalid/probe-rule.md',
    optionsSchema: { type: 'object', properties: { level: { enum: ['quiet', 'loud'], description: 'How loud.' } }, additionalProperties: false },
    defaultOptions: { level: 'loud' },
    suggestions: {
      hideIt: { kind: 'hide', en: 'Hide {{subject}} behind {{mask}}() ({{level}})', ja: '{{subject}} を {{mask}}() で隠す（{{level}}）' },
      keepId: { kind: 'keep-id', en: 'Keep {{access}}', ja: '{{access}} を残す' },
    },
    messages: { loggedValue: { en: 'Logged by `{{sink}}` (§4(1)).', ja: '`{{sink}}` で出力（§4(1)）。' } },
  },
  check({ model, options, fixer, report }) {
    for (const site of model.logSites) {
      const value = site.values[0];
      const hide = fixer.mask(value);
      report({
        messageId: 'loggedValue',
        node: value.node,
        data: { sink: site.callee },
        suggest: hide ? [{ messageId: 'hideIt', fix: hide, data: { level: options.level } }] : [],
      });
    }
  },
});

/** Never called: what the compiler must refuse (each `@ts-expect-error` fails the build if the line compiles). */
export function contractTypeChecks(context: RuleContext<Options, MessageIds, SuggestionIds>): void {
  const { model, options, fixer, report } = context;
  const site = model.logSites[0];
  const fix = fixer.mask(site.values[0])!;
  // @ts-expect-error: not a message id of the rule
  report({ messageId: 'loggedValues', node: site.call });
  // @ts-expect-error: a suggestion's id is not a finding's
  report({ messageId: 'hideIt', node: site.call });
  // @ts-expect-error: not a suggestion id of the rule
  report({ messageId: 'loggedValue', node: site.call, suggest: [{ messageId: 'hide', fix }] });
  // @ts-expect-error: the options are typed from the defaults
  if (options.level === 'silent') return;
  // @ts-expect-error: rules see the model, not the analysis behind it
  void model.analysis;
  // @ts-expect-error: nor the type checker
  void model.checker;
  createRule<Options, MessageIds>({
    // @ts-expect-error: every message id needs its message
    meta: { ...probe.meta, messages: {} },
    check() {},
  });
  const { defaultOptions: _defaults, ...withoutDefaults } = probe.meta;
  // @ts-expect-error: a rule with options gives their defaults
  createRule<Options, MessageIds, SuggestionIds>({ meta: withoutDefaults, check() {} });
}

describe('createRule: the typed rule contract', () => {
  const dir = tempDir('privacy-lint-create-rule-');

  function lint(rule: RuleModule, code: string): Finding[] {
    const file = path.join(dir, 'src', 'app.ts');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, code);
    const loaded = { file: path.join(dir, 'privacy-lint.json'), baseDir: dir, contents: {} };
    const config = resolveConfig(loaded, file, ruleCatalog, dir);
    return lintText(code, file, config, { rules: [rule] }).findings;
  }

  it('returns the rule it is given (a plain module the registry and the adapters read)', () => {
    assert.equal(typeof probe.check, 'function');
    assert.equal(probe.meta.id, 'probe-rule');
  });

  it('titles a suggestion with the rule\'s message, filled from the fix\'s data and the report\'s', () => {
    const findings = lint(probe, 'declare const c: any;\nconsole.log(c.email);\n');
    assert.equal(findings.length, 1);
    assert.equal(findings[0].message.en, 'Logged by `console.log` (§4(1)).');
    assert.deepEqual(findings[0].suggestions?.map((s) => [s.kind, s.title.en, s.title.ja]), [
      ['hide', 'Hide c.email behind mask() (loud)', 'c.email を mask() で隠す（loud）'],
    ]);
    assert.deepEqual(findings[0].suggestions?.[0].edits.map((e) => e.text), ['mask(c.email)']);
  });

  it('gives the rule the model without the analysis behind it, even at run time', () => {
    let seen: Record<string, unknown> | undefined;
    const looking = createRule<Options, MessageIds, SuggestionIds>({
      meta: probe.meta,
      check({ model }) { seen = model as unknown as Record<string, unknown>; },
    });
    lint(looking, 'export const x = 1;\n');
    assert.ok(seen);
    assert.equal(seen.analysis, undefined);
    assert.equal(seen.checker, undefined);
    assert.ok(!Object.keys(seen).some((k) => /analysis/i.test(k)), Object.keys(seen).join(', '));
  });

  it('refuses a suggestion whose message id the rule does not have (an internal error on the file)', () => {
    const wrong = createRule<Options, MessageIds, SuggestionIds>({
      meta: probe.meta,
      check({ model, fixer, report }) {
        for (const site of model.logSites) {
          const fix = fixer.mask(site.values[0])!;
          report({ messageId: 'loggedValue', node: site.call, data: { sink: site.callee }, suggest: [{ messageId: 'gone' as SuggestionIds, fix }] });
        }
      },
    });
    const findings = lint(wrong, 'declare const c: any;\nconsole.log(c.email);\n');
    assert.deepEqual(findings.map((f) => f.ruleId), ['internal-error']);
    assert.match(findings[0].message.en, /suggested by unknown message id gone/);
  });
});
