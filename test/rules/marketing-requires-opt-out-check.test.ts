/**
 * marketing-requires-opt-out-check (§1(5)): a marketing send (by name — marketing, campaign, newsletter, promo, DM,
 * メルマガ and a verb that sends — or `marketing.senders`) given a person needs a dominating opt-out check
 * (`marketing.optOutGuards`: `isOptedOut`, `prefs.canSendMarketing` in the shared test config, or an opt-out flag of
 * the record), or recipients filtered by one. Other mail, and questions about marketing, are not sends.
 */
import { strict as assert } from 'node:assert';
import type { TextEdit } from '@privacy-lint/engine';
import { lintSource } from '../helpers/lint-source';
import { ruleTester } from '../helpers/rule-tester';

const RULE = 'marketing-requires-opt-out-check';

const DECLS = `interface User { id: string; email: string; marketingOptOut: boolean }
declare function isOptedOut(u: User): Promise<boolean>;
declare const prefs: { canSendMarketing(u: User): boolean };
declare function sendNewsletter(u: User): Promise<void>;
declare const marketingMailer: { send(to: string, body: string): Promise<void> };
`;

ruleTester(RULE, {
  valid: [
    // Stopping or refunding a paid campaign, and boosting a post (an article) in one, send nothing to a person (audit
    // 29: daily-api's post-boost campaigns).
    `${DECLS}declare function stopCampaignPost(ctx: { user: User }, id: string): Promise<void>;
declare function startCampaignPost(ctx: { user: User }, id: string): Promise<void>;
declare function cancelNewsletter(user: User): Promise<void>;
export async function manage(ctx: { user: User }, user: User) {
  await stopCampaignPost(ctx, 'c1');
  await startCampaignPost(ctx, 'p1');
  await cancelNewsletter(user);
}`,
    // An item added to a list of promotions or campaigns is not a push notification (audit 9: vendure's order calculator).
    `${DECLS}interface Promotion { id: string; code: string }
export function apply(order: { promotions: Promotion[]; customer: User }, promotion: Promotion, user: User, campaigns: Set<User>) {
  order.promotions.push(promotion);
  order.promotions.push({ ...promotion, code: user.email });
  campaigns.add(user);
}`,
    // Dominated by a blocking guard (early exit, negated if) or an allowing one, or by the record's opt-out flag.
    `${DECLS}export async function weekly(user: User) {
  if (await isOptedOut(user)) return;
  await sendNewsletter(user);
}
export async function promo(user: User) {
  if (!(await isOptedOut(user))) await marketingMailer.send(user.email, 'sale');
  if (prefs.canSendMarketing(user)) await sendNewsletter(user);
  if (!user.marketingOptOut) await sendNewsletter(user);
  if (user.marketingOptOut) return;
  await sendNewsletter(user);
}`,
    // Recipients filtered by the check before the send.
    `${DECLS}export async function campaign(users: User[]) {
  const recipients = users.filter((u) => !u.marketingOptOut);
  for (const u of recipients) await sendNewsletter(u);
  users.filter(prefs.canSendMarketing).forEach((u) => sendNewsletter(u));
  await Promise.all(users.filter((u) => prefs.canSendMarketing(u)).map((u) => sendNewsletter(u)));
}`,
    // A sender that checks first is safe to call; its own parameter handed on is checked at its callers.
    `${DECLS}async function sendPromoMail(u: User) {
  if (await isOptedOut(u)) return;
  await marketingMailer.send(u.email, 'sale');
}
export async function notify(user: User) { await sendPromoMail(user); }`,
    // Not marketing, not a send, or no person.
    `${DECLS}declare function sendInvoice(u: User): void;
declare function sendPasswordReset(email: string): void;
declare const campaigns: { getStats(id: string): number; sendTestMail(to: string): void };
declare function renderNewsletter(u: User): string;
declare function canSendMarketing(u: User): boolean;
export function other(user: User) {
  sendInvoice(user);
  sendPasswordReset(user.email);
  campaigns.getStats(user.id);
  campaigns.sendTestMail('qa@shop.test');
  renderNewsletter(user);
  canSendMarketing(user);
}`,
  ],
  invalid: [
    {
      code: `${DECLS}declare function postNewsletter(u: User): Promise<void>;
export async function weekly(user: User) {
  await postNewsletter(user);
}`,
      errors: [{ messageId: 'noOptOutCheck', line: 8, column: 24 }],
    },
    {
      code: `${DECLS}declare const promotion: { push(u: User): Promise<void> };
export async function notify(user: User) {
  await promotion.push(user);
}`,
      errors: [{ messageId: 'noOptOutCheck', line: 8, column: 24 }],
    },
    {
      code: `${DECLS}export async function weekly(user: User) {
  await sendNewsletter(user);
  await marketingMailer.send(user.email, 'sale');
}`,
      errors: [
        { messageId: 'noOptOutCheck', line: 7, column: 24, endColumn: 28, messageIncludes: 'by `sendNewsletter`' },
        { messageId: 'noOptOutCheck', line: 8, column: 30, messageIncludes: '`isOptedOut`, `prefs.canSendMarketing`' },
      ],
    },
    {
      // Sends by name in English, romaji and Japanese, and `marketing.senders` (deliverCoupon in the test config).
      code: `declare const member: { id: string; email: string };
declare function sendDM(to: string): void;
declare function sendCampaignMail(to: string): void;
declare const newsletter: { deliver(to: string): void };
declare function merumagaHaishin(to: string): void;
declare function メルマガ送信(to: string): void;
declare function deliverCoupon(m: unknown): void;
sendDM(member.email);
sendCampaignMail(member.email);
newsletter.deliver(member.email);
merumagaHaishin(member.email);
メルマガ送信(member.email);
deliverCoupon(member);`,
      errors: [
        { messageId: 'noOptOutCheck', line: 8, column: 8 },
        { messageId: 'noOptOutCheck', line: 9, column: 18 },
        { messageId: 'noOptOutCheck', line: 10, column: 20, messageIncludes: '`newsletter.deliver`' },
        { messageId: 'noOptOutCheck', line: 11, column: 17 },
        { messageId: 'noOptOutCheck', line: 12, column: 8 },
        { messageId: 'noOptOutCheck', line: 13, column: 15, messageIncludes: '`deliverCoupon`' },
      ],
    },
    {
      // A loop over everyone, a filter by something else, a check after the send, a check in another function.
      code: `${DECLS}export async function blast(users: User[]) {
  for (const u of users) await sendNewsletter(u);
  const active = users.filter((u) => u.email !== '');
  active.forEach((u) => sendNewsletter(u));
}
export async function late(user: User) {
  await sendNewsletter(user);
  if (await isOptedOut(user)) return;
}
export async function outer(user: User) {
  if (await isOptedOut(user)) return;
  return async function later() { await sendNewsletter(user); };
}`,
      errors: [
        { messageId: 'noOptOutCheck', line: 7, column: 47 },
        { messageId: 'noOptOutCheck', line: 9, column: 40 },
        { messageId: 'noOptOutCheck', line: 12, column: 24 },
        { messageId: 'noOptOutCheck', line: 17, column: 56 },
      ],
    },
  ],
});

function apply(text: string, edits: readonly TextEdit[]): string {
  for (const e of [...edits].sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return text;
}

describe(`${RULE}: suggestions`, function () {
  this.timeout(20000);
  for (const typeInfo of [false, true]) {
    const mode = typeInfo ? 'with types' : 'without types';
    it(`wraps the send in the opt-out check, awaited, negated for a blocking guard (${mode})`, () => {
      const code = `${DECLS}export async function weekly(user: User) {\n  await sendNewsletter(user);\n}\n`;
      const [f] = lintSource({ code, typeInfo }).filter((x) => x.ruleId === RULE);
      assert.deepEqual(f.suggestions?.map((s) => [s.kind, s.title.en, s.title.ja]),
        [['opt-out-guard', 'Wrap in an opt-out check (`isOptedOut`)', '配信停止の確認（`isOptedOut`）で囲む']]);
      assert.equal(apply(code, f.suggestions![0].edits),
        `${DECLS}export async function weekly(user: User) {\n  if (!(await isOptedOut(user))) {\n    await sendNewsletter(user);\n  }\n}\n`);
    });

    it(`puts an early exit before a declaration, with an allowing guard (${mode})`, () => {
      const code = `${DECLS}export async function weekly(user: User) {\n  const sent = await sendNewsletter(user);\n  return sent;\n}\n`;
      const config = { marketing: { optOutGuards: ['prefs.canSendMarketing'] } };
      const [f] = lintSource({ code, typeInfo, config }).filter((x) => x.ruleId === RULE);
      assert.equal(apply(code, f.suggestions![0].edits),
        `${DECLS}export async function weekly(user: User) {\n  if (!prefs.canSendMarketing(user)) return;\n  const sent = await sendNewsletter(user);\n  return sent;\n}\n`);
    });
  }

  it('offers nothing when the guard cannot be called in the file', () => {
    const code = `declare function sendNewsletter(u: unknown): void;\ndeclare const user: { id: string; email: string };\nsendNewsletter(user);\n`;
    const [f] = lintSource({ code }).filter((x) => x.ruleId === RULE);
    assert.ok(f);
    assert.equal(f.suggestions, undefined);
  });
});
