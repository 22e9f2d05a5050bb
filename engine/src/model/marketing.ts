/**
 * Marketing sends (§1(5)): calls that send direct marketing to a person — recognised by name (a function or method
 * whose name says marketing, campaign, newsletter, promotion, promo, DM, メルマガ and a verb that sends) or listed in
 * `marketing.senders` — with a personal value among the arguments. A send is guarded when an opt-out check
 * (`marketing.optOutGuards`, or a flag such as `user.marketingOptOut`) dominates it, when the recipients were
 * filtered by one (`users.filter((u) => !u.marketingOptOut)`, `.filter(canSendMarketing)`), or when the sender
 * itself starts with one.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import type { SinkSpec } from '../sinks';
import { splitWords } from '../vocabulary';
import type { FileAnalysis } from './analysis';
import type { FunctionNode } from './values';
import type { PersonalValue, SinkSite } from './facts';
import { conditionDeniesGuard, conditionImpliesGuard, isGuardCallee, isGuarded } from './guards';
import { calleePath, stripParens } from './syntax';
import { syntaxIndex } from './syntax-index';

export const MARKETING_SPEC: SinkSpec = { id: 'marketing', kind: 'marketing', family: 'marketing', label: 'marketing' };

const MARKETING_WORDS = new Set(['marketing', 'campaign', 'campaigns', 'newsletter', 'newsletters', 'promotion', 'promotions',
  'promotional', 'promo', 'promos', 'dm', 'dms', 'mailmagazine', 'merumaga', 'mailmaga', 'hansoku', 'kyanpen']);
const SEND_WORDS = new Set(['send', 'sends', 'deliver', 'mail', 'email', 'push', 'notify', 'dispatch', 'enqueue', 'schedule',
  'post', 'blast', 'broadcast', 'okuru', 'soshin', 'haishin', 'sofu', 'trigger', 'queue']);
/** What a list or set does with an item (`promotions.push(p)`, `campaigns.add(c)`). */
const COLLECTION_METHODS = new Set(['push', 'unshift', 'add', 'append', 'set', 'splice', 'concat']);
const JAPANESE_MARKETING = ['メルマガ', 'メールマガジン', 'ダイレクトメール', '販促', 'キャンペーン', 'プロモーション', '広告メール'];
const JAPANESE_SEND = ['送信', '配信', '送付', '送る'];

const PREDICATE_PREFIXES = new Set(['is', 'has', 'can', 'should', 'may', 'check', 'was', 'did', 'will', 'must', 'allow',
  'allows', 'allowed', 'accepts', 'wants', 'get', 'count', 'validate', 'render', 'build', 'format', 'preview']);

/** Opt-out flags recognised without configuration; a `.` marks a property read rather than a call. */
const BUILTIN_BLOCKING_FLAGS = ['.optOut', '.optedOut', '.marketingOptOut', '.marketingOptedOut', '.emailOptOut', '.dmOptOut',
  '.unsubscribed', '.doNotContact', '.doNotEmail', '.doNotMail', '.noMarketing', '.haishinTeishi'];
const BUILTIN_ALLOWING_FLAGS = ['.marketingConsent', '.marketingOptIn', '.allowMarketing', '.acceptsMarketing',
  '.newsletterSubscribed', '.optIn', '.optedIn', '.canSendMarketing', '.canReceiveMarketing'];

/** A guard whose name says the person said no: it blocks when it holds. */
const BLOCKING_NAME = /opt_?out|opted_?out|unsubscri|suppress|do_?not|no_?marketing|block|teishi|stopped/i;

export function isBlockingGuard(guard: string): boolean {
  return BLOCKING_NAME.test(guard.split('.').pop() ?? guard);
}

interface GuardSets { allowing: string[]; blocking: string[] }

function guardSets(a: FileAnalysis): GuardSets {
  const configured = a.config.marketing.optOutGuards;
  const blocking = [...BUILTIN_BLOCKING_FLAGS];
  const allowing = [...BUILTIN_ALLOWING_FLAGS];
  for (const g of configured) {
    const list = isBlockingGuard(g) ? blocking : allowing;
    // A configured name counts called (`isOptedOut(u)`) and as a flag (`u.isOptedOut`).
    list.push(g, '.' + g.split('.').pop());
  }
  return { allowing, blocking };
}

/** Whether a callee names a marketing sender: by its words, or by `marketing.senders`. */
export function isMarketingSender(path: string, senders: readonly string[]): boolean {
  if (senders.some((s) => path === s || path.endsWith('.' + s))) return true;
  const segments = path.split('.');
  const last = segments[segments.length - 1];
  if (/[\u3040-\u30ff\u3400-\u9fff]/.test(path)) {
    return JAPANESE_MARKETING.some((w) => path.includes(w)) && JAPANESE_SEND.some((w) => last.includes(w));
  }
  const words = segments.flatMap((s) => splitWords(s));
  const lastWords = splitWords(last);
  // `canSendMarketing(u)`, `isPromoMailable(u)`: a question about sending, not a send.
  if (PREDICATE_PREFIXES.has(lastWords[0])) return false;
  // `resolveCampaignFromEmail(models, doc)`, `getNewsletterEmail(id)`: a look-up of something about a send, not a send.
  if (LOOKUP_PREFIXES.has(lastWords[0]) && !lastWords.some((w) => w === 'send' || w === 'sends')) return false;
  // `order.promotions.push(promotion)`: an item added to a list of them, not a push notification.
  const holder = segments.length > 1 ? splitWords(segments[segments.length - 2]) : [];
  if (COLLECTION_METHODS.has(last) && /s$/.test(holder[holder.length - 1] ?? '')) return false;
  // `stopCampaignPost(ctx, id)`, `cancelNewsletter(id)`: ends or undoes one; nothing is sent.
  if (ENDING_VERBS.has(lastWords[0])) return false;
  // `startCampaignPost`, `boostCampaignPost`: a post (an article) is a noun unless it leads (`postNewsletter`).
  const sends = lastWords.filter((w, i) => SEND_WORDS.has(w) && (w !== 'post' || i === 0));
  return words.some((w) => MARKETING_WORDS.has(w)) && sends.length > 0;
}

/** Verbs that end, undo or remove a send rather than make one. */
const ENDING_VERBS = new Set(['stop', 'cancel', 'pause', 'end', 'delete', 'remove', 'archive', 'refund', 'unschedule', 'abort',
  'halt', 'disable', 'revoke', 'expire', 'close']);

const LOOKUP_PREFIXES = new Set(['resolve', 'get', 'find', 'fetch', 'load', 'lookup', 'read', 'build', 'compute', 'parse',
  'format', 'render', 'list', 'count', 'validate', 'check', 'ensure', 'normalize', 'normalise', 'select', 'query']);

const MARKETING_HINT = new RegExp([...MARKETING_WORDS, ...JAPANESE_MARKETING].join('|'), 'i');

/**
 * Whether a file's text can name a marketing sender at all: a sender's path holds a marketing word (as a piece of
 * an identifier, so a substring of the text) or ends with a configured sender's last segment. Files without one are
 * not walked. A file with `\u` escapes is always walked (an escaped identifier's text is not its spelling).
 */
function mayNameMarketingSender(text: string, senders: readonly string[]): boolean {
  return text.includes('\\u') || MARKETING_HINT.test(text) || senders.some((s) => text.includes(s.split('.').pop()!));
}

/** Every marketing send of a file that gives a person, guarded or not. */
export function collectMarketingSites(a: FileAnalysis): SinkSite[] {
  const sites: SinkSite[] = [];
  const senders = a.config.marketing.senders;
  if (!mayNameMarketingSender(a.sourceFile.text, senders)) return sites;
  const guards = guardSets(a);
  // The calls with arguments of the file, in order (found by the one walk that indexes it).
  for (const node of syntaxIndex(a.sourceFile).callsAndAssignments) {
    if (ts.isCallExpression(node)) {
      const path = calleePath(node.expression);
      if (path && !path.includes('()') && isMarketingSender(path, senders)
        && !isGuardCallee(node.expression, a.config.marketing.optOutGuards)) {
        const values = node.arguments.map((arg) => a.personalValue(arg)).filter((v): v is PersonalValue => !!v);
        if (values.length && !handedOnBySender(node, values, senders)) {
          sites.push({ call: node, sink: MARKETING_SPEC, callee: path, values, guarded: isSendGuarded(a, node, values, guards) });
        }
      }
    }
  }
  return sites;
}

/** Inside a sender (`function sendNewsletter(user)`), its own parameter handed on: the caller's send is the one checked. */
function handedOnBySender(call: ts.CallExpression, values: readonly PersonalValue[], senders: readonly string[]): boolean {
  const fn = ts.findAncestor(call.parent, (n) => ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n)
    || ((ts.isArrowFunction(n) || ts.isFunctionExpression(n)) && ts.isVariableDeclaration(n.parent))) as FunctionNode | undefined;
  if (!fn) return false;
  const name = ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)
    ? (fn.parent as ts.VariableDeclaration).name.getText() : fn.name?.getText();
  if (!name || !isMarketingSender(name, senders)) return false;
  const params = new Set(fn.parameters.map((p) => p.name.getText()));
  return values.every((v) => {
    const root = rootIdentifier(v.node);
    return !!root && params.has(root.text);
  });
}

function rootIdentifier(node: ts.Node): ts.Identifier | undefined {
  let e: ts.Node = node;
  while (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e) || ts.isParenthesizedExpression(e)
    || ts.isNonNullExpression(e) || ts.isAwaitExpression(e)) e = e.expression;
  return ts.isIdentifier(e) ? e : undefined;
}

function isSendGuarded(a: FileAnalysis, call: ts.CallExpression, values: readonly PersonalValue[], g: GuardSets): boolean {
  if (isGuarded(call, g.allowing, a.scope) || isGuarded(call, g.blocking, a.scope, true)) return true;
  if (values.every((v) => recipientsFiltered(a, v.node, g, 0))) return true;
  return senderChecksFirst(a, call, g);
}

/** A filter callback that keeps only those who may get marketing: `canSendMarketing`, `(u) => !u.marketingOptOut`. */
function keepsAllowed(a: FileAnalysis, cb: ts.Expression, g: GuardSets): boolean {
  cb = stripParens(cb);
  if (ts.isIdentifier(cb) || ts.isPropertyAccessExpression(cb)) {
    return isGuardCallee(cb, g.allowing.filter((x) => !x.startsWith('.')));
  }
  if (ts.isArrowFunction(cb) || ts.isFunctionExpression(cb)) {
    let body: ts.Node | undefined = cb.body;
    if (ts.isBlock(body)) {
      const ret = body.statements.length === 1 && ts.isReturnStatement(body.statements[0]) ? body.statements[0].expression : undefined;
      body = ret;
    }
    if (!body || !ts.isExpression(body)) return false;
    return conditionImpliesGuard(body, g.allowing, a.scope) || conditionDeniesGuard(body, g.blocking, a.scope);
  }
  return false;
}

/** `xs.filter(keep)` with a callback that keeps only those who may get marketing (through `.slice()`, `.sort()` too). */
function isFilteredList(a: FileAnalysis, e: ts.Expression, g: GuardSets, depth: number): boolean {
  e = stripParens(e);
  if (depth > 4) return false;
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression)) {
    const method = e.expression.name.text;
    if (method === 'filter' && e.arguments[0] && keepsAllowed(a, e.arguments[0], g)) return true;
    if (['slice', 'sort', 'map', 'concat', 'reverse', 'toSorted', 'filter'].includes(method)) {
      return isFilteredList(a, e.expression.expression, g, depth + 1);
    }
    return false;
  }
  if (ts.isIdentifier(e)) {
    const decl = a.scope.resolve(e);
    if (decl && ts.isVariableDeclaration(decl) && decl.initializer && ts.isVariableDeclarationList(decl.parent)
      && decl.parent.flags & ts.NodeFlags.Const) return isFilteredList(a, decl.initializer, g, depth + 1);
  }
  return false;
}

/** The recipient (or its field) comes from a list filtered by an opt-out check. */
function recipientsFiltered(a: FileAnalysis, node: ts.Node, g: GuardSets, depth: number): boolean {
  if (ts.isExpression(node) && isFilteredList(a, node, g, depth)) return true;
  const root = rootIdentifier(node);
  if (!root) return false;
  const decl = a.scope.resolve(root);
  if (!decl) return false;
  // `for (const u of recipients)` over a filtered list.
  if (ts.isVariableDeclaration(decl) && ts.isVariableDeclarationList(decl.parent) && ts.isForOfStatement(decl.parent.parent)) {
    return isFilteredList(a, decl.parent.parent.expression, g, depth + 1);
  }
  // `recipients.forEach((u) => send(u))`, `recipients.map(async (u) => send(u))` on a filtered list.
  if (ts.isParameter(decl)) {
    const fn = decl.parent;
    if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isCallExpression(fn.parent)
      && ts.isPropertyAccessExpression(fn.parent.expression)
      && ['forEach', 'map', 'flatMap', 'some', 'every'].includes(fn.parent.expression.name.text)) {
      return isFilteredList(a, fn.parent.expression.expression, g, depth + 1);
    }
  }
  return false;
}

/** A sender of this project that checks first: `async function sendNewsletter(u) { if (await isOptedOut(u)) return; … }`. */
function senderChecksFirst(a: FileAnalysis, call: ts.CallExpression, g: GuardSets): boolean {
  const target = a.resolveFunction(call.expression);
  const body = target?.fn.body;
  if (!target || !body || !ts.isBlock(body)) return false;
  const scope = target.analysis.scope;
  return body.statements.some((s) => ts.isIfStatement(s) && exits(s.thenStatement)
    && (conditionImpliesGuard(s.expression, g.blocking, scope) || conditionDeniesGuard(s.expression, g.allowing, scope)));
}

function exits(s: ts.Statement): boolean {
  if (ts.isReturnStatement(s) || ts.isThrowStatement(s)) return true;
  return ts.isBlock(s) && s.statements.length > 0 && exits(s.statements[s.statements.length - 1]);
}
