/**
 * The facts a lint run gives with `facts: true` (`FileResult.facts`): every transfer of personal data — guarded or
 * not, to any destination — with its destination, categories and fields, and the uses of My Number and sensitive
 * data with whether the module is permitted. What `privacy-lint report` lists, from the model the rules query.
 */
import { strict as assert } from 'node:assert';
import type { FileFacts, TransferFact } from '@privacy-lint/engine';
import { lintProject, type SourceCase } from '../helpers/lint-source';

function factsOf(c: SourceCase): FileFacts {
  for (const typeInfo of [false, true]) {
    const [result] = lintProject({ ...c, typeInfo, facts: true });
    assert.ok(result.facts, `facts ${typeInfo ? 'with' : 'without'} types`);
    if (typeInfo) return result.facts;
  }
  throw new Error('unreachable');
}

/** A transfer as `line kind label guarded categories fields`, for compact comparison. */
function brief(t: TransferFact): string {
  return `${t.range.start.line} ${t.destination.kind} ${t.destination.label}${t.guarded ? ' guarded' : ''} ${t.categories.join(',')} ${t.fields.join(',')}`;
}

describe('engine: file facts (LintOptions.facts)', () => {
  it('lists every transfer of personal data: guarded or not, internal, processor, external, unknown', () => {
    const facts = factsOf({ code: `declare const u: { id: string; email: string; shimei: string };
declare function hasConsent(u: unknown): boolean;
declare const url: string;
fetch('https://api.shop.example.co.jp/users', { method: 'POST', body: JSON.stringify({ email: u.email }) });
fetch('https://mailer.example.jp/send', { method: 'POST', body: u.email });
fetch('https://api.crm.example.com/deals', { method: 'POST', body: JSON.stringify({ shimei: u.shimei }) });
if (hasConsent(u)) fetch('https://api.other.example.net/x', { method: 'POST', body: u.email });
fetch('https://api.other.example.net/x', { method: 'POST', body: u.shimei });
fetch(url, { method: 'POST', body: u.email });
fetch('https://api.other.example.net/x', { method: 'POST', body: u.id });
` });
    assert.deepEqual(facts.transfers.map(brief), [
      '4 internal api.shop.example.co.jp contact email',
      '5 processor Mailer KK (mailer.example.jp) contact email',
      '6 processor CRM Inc (api.crm.example.com) name shimei',
      '7 external api.other.example.net guarded contact email',
      '8 external api.other.example.net name shimei',
      '9 unknown an unresolved URL contact email',
    ]);
    const crm = facts.transfers[2];
    assert.equal(crm.destination.country, 'US');
    assert.equal(crm.destination.processorName, 'CRM Inc');
    assert.equal(crm.sinkId, 'fetch');
    assert.equal(crm.callee, 'fetch');
    assert.equal(crm.sink, undefined, 'a direct sink call has no inner sink');
  });

  it('a transfer through a helper is listed at the call that hands the data in, with the sink inside the helper', () => {
    const facts = factsOf({ code: `declare const customer: { id: string; email: string };
function post(body: unknown) {
  return fetch('https://hooks.slack.com/services/T/B/X', { method: 'POST', body: JSON.stringify(body) });
}
post({ text: customer.email });
` });
    assert.deepEqual(facts.transfers.map(brief), ['5 external hooks.slack.com contact email']);
    const [t] = facts.transfers;
    assert.equal(t.callee, 'post');
    assert.equal(t.destination.vendor, 'Slack');
    assert.equal(t.sink?.range.start.line, 3);
  });

  it('lists uses of My Number and sensitive data, with whether the module is permitted', () => {
    const code = `declare const e: { kojinBango: string; byoreki: string };
export const n = e.kojinBango;
export const b = e.byoreki;
`;
    const outside = factsOf({ code, filename: 'src/reports/a.ts' });
    assert.deepEqual(outside.myNumber.uses.map((u) => [u.range.start.line, u.field, u.form]), [[2, 'kojinBango', 'property']]);
    assert.equal(outside.myNumber.permitted, false);
    assert.deepEqual(outside.sensitive.uses.map((u) => [u.range.start.line, u.field, u.kind]), [[3, 'byoreki', 'medicalHistory']]);
    assert.equal(outside.sensitive.permitted, false);
    assert.equal(factsOf({ code, filename: 'src/payroll/a.ts' }).myNumber.permitted, true);
    assert.equal(factsOf({ code, filename: 'src/health/a.ts' }).sensitive.permitted, true);
  });

  it('test code: its transfers are left out as the flow rules leave them out, unless test code is linted', () => {
    const code = `declare const u: { email: string };\nfetch('https://api.other.example.net/x', { method: 'POST', body: u.email });\n`;
    const skipped = factsOf({ code, filename: 'src/app.test.ts' });
    assert.deepEqual(skipped.transfers, []);
    assert.equal(skipped.flowsSkipped, true);
    const linted = factsOf({ code, filename: 'src/app.test.ts', config: { testFiles: { lint: true } } });
    assert.deepEqual(linted.transfers.map(brief), ['2 external api.other.example.net contact email']);
    assert.equal(linted.flowsSkipped, undefined);
  });

  it('are given only when asked for, and never for a file that does not parse', () => {
    const [plain] = lintProject({ code: 'declare const u: { email: string };\nfetch("https://a.example.net", { body: u.email });\n' });
    assert.equal(plain.facts, undefined);
    const [broken] = lintProject({ code: 'const = ;\n', facts: true });
    assert.equal(broken.parseError, true);
    assert.equal(broken.facts, undefined);
  });
});
