/**
 * The log rule's suggestions, applied: the text after each one is what the user gets when they pick it.
 */
import { strict as assert } from 'node:assert';
import type { Finding, FixSuggestion, TextEdit } from '@privacy-lint/engine';
import { lintSource, type SourceCase } from '../helpers/lint-source';

function apply(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  for (const e of sorted) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return text;
}

function suggestionsAt(c: SourceCase, line: number): { finding: Finding; suggestions: FixSuggestion[] } {
  const finding = lintSource(c).find((f) => f.ruleId === 'no-personal-data-in-logs' && f.range.start.line === line);
  assert.ok(finding, `expected a finding on line ${line}`);
  return { finding, suggestions: finding.suggestions ?? [] };
}

const MASK_CONFIG = { fixes: { maskFunction: { name: 'mask', import: './src/lib/privacy' } } };

describe('no-personal-data-in-logs suggestions', () => {
  for (const typeInfo of [false, true]) {
    const mode = typeInfo ? 'with types' : 'without types';

    it(`masks a field and adds the import relative to the file (${mode})`, () => {
      const code = `import { logger } from './log';\ndeclare const c: { id: string; email: string };\nlogger.info({ to: c.email });\n`;
      const { suggestions } = suggestionsAt({ code, typeInfo, config: MASK_CONFIG }, 3);
      assert.deepEqual(suggestions.map((s) => s.kind), ['mask']);
      assert.equal(suggestions[0].title.en, 'Mask `c.email` with `mask()`');
      assert.equal(apply(code, suggestions[0].edits),
        `import { logger } from './log';\nimport { mask } from './lib/privacy';\ndeclare const c: { id: string; email: string };\nlogger.info({ to: mask(c.email) });\n`);
    });

    it(`expands a shorthand property and reuses an existing import (${mode})`, () => {
      const code = `import { mask } from './lib/privacy';\ndeclare const email: string;\nconsole.log({ email });\n`;
      const { suggestions } = suggestionsAt({ code, typeInfo, config: MASK_CONFIG }, 3);
      assert.equal(apply(code, suggestions[0].edits),
        `import { mask } from './lib/privacy';\ndeclare const email: string;\nconsole.log({ email: mask(email) });\n`);
    });

    it(`offers "log only the id" for a whole record (${mode})`, () => {
      const code = `interface Customer { id: string; email: string }\ndeclare const customer: Customer;\nconsole.log('saved', { customer });\n`;
      const { suggestions } = suggestionsAt({ code, typeInfo }, 3);
      assert.deepEqual(suggestions.map((s) => [s.kind, s.title.en]), [['log-id', 'Log only `customer.id`']]);
      assert.equal(apply(code, suggestions[0].edits),
        `interface Customer { id: string; email: string }\ndeclare const customer: Customer;\nconsole.log('saved', { customerId: customer.id });\n`);
    });
  }

  it('uses the default mask() without an import when none is configured', () => {
    const code = `declare const c: { phone: string };\nconsole.log(c.phone);\n`;
    const { suggestions } = suggestionsAt({ code }, 2);
    assert.equal(apply(code, suggestions[0].edits), `declare const c: { phone: string };\nconsole.log(mask(c.phone));\n`);
  });

  it('offers nothing it cannot do: no id on the type, no mask for a whole record', () => {
    const code = `interface Customer { email: string }\ndeclare const customer: Customer;\nconsole.log(customer);\n`;
    assert.deepEqual(suggestionsAt({ code, typeInfo: true }, 3).suggestions, []);
  });
});
