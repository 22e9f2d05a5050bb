/**
 * The recipient of a send is contact data: whom an e-mail or an SMS goes to (`to`, `cc`, `PhoneNumber`, SES
 * `Destination.ToAddresses`) is a person's e-mail address or phone number, whatever the variable holding it is
 * called (`sgMail.send({ to: recipient, … })`, `{ to: order.shipTo }`). Not when it is the company's own (a
 * literal, a setting, an environment variable, an UPPER_CASE constant), an id, or a parameter of the enclosing
 * function passed on as it is (the callers are analysed with what they pass).
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import type { SinkSpec } from '../sinks';
import { splitWords } from '../vocabulary';
import { subjectText, type Env } from './values';
import type { FileAnalysis } from './analysis';
import type { PersonalValue } from './facts';
import { callTakingCallback, propertyNameText, stripParens } from './syntax';

const MAX_DEPTH = 4;
const ID_WORDS = new Set(['id', 'ids', 'uuid', 'key', 'token', 'sid', 'arn']);
const SETTINGS = /^(config|configuration|conf|cfg|settings|options|opts|env|environment|constants?|defaults?)$/i;

/** `'ops@…'`, `process.env.ALERT_TO`, `config.mail.adminTo`, `ADMIN_EMAIL`, a ternary or list of those. */
function isCompanyOwned(a: FileAnalysis, e: ts.Expression, depth: number): boolean {
  e = stripParens(e);
  if (ts.isStringLiteralLike(e) || ts.isNumericLiteral(e)) return true;
  if (ts.isArrayLiteralExpression(e)) return e.elements.length > 0 && e.elements.every((x) => isCompanyOwned(a, x, depth + 1));
  if (ts.isConditionalExpression(e)) return isCompanyOwned(a, e.whenTrue, depth + 1) && isCompanyOwned(a, e.whenFalse, depth + 1);
  if (ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || e.operatorToken.kind === ts.SyntaxKind.BarBarToken)) {
    return isCompanyOwned(a, e.left, depth + 1) && isCompanyOwned(a, e.right, depth + 1);
  }
  if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) {
    // `process.env.X`, `import.meta.env.X`, `config.mail.to`, `this.options.adminTo`, `MAIL.ADMIN`.
    let x: ts.Expression = e;
    while (ts.isPropertyAccessExpression(x) || ts.isElementAccessExpression(x)) {
      const name = ts.isPropertyAccessExpression(x) ? x.name.text : ts.isStringLiteralLike(x.argumentExpression) ? x.argumentExpression.text : '';
      if (SETTINGS.test(name) || /^[A-Z][A-Z0-9_]+$/.test(name)) return true;
      x = stripParens(x.expression);
    }
    return ts.isIdentifier(x) && (SETTINGS.test(x.text) || /^[A-Z][A-Z0-9_]+$/.test(x.text)) || ts.isMetaProperty(x);
  }
  if (ts.isIdentifier(e)) {
    if (/^[A-Z][A-Z0-9_]+$/.test(e.text)) return true;
    const decl = a.scope.resolve(e);
    if (decl && ts.isVariableDeclaration(decl) && decl.initializer && depth < MAX_DEPTH
      && ts.isVariableDeclarationList(decl.parent) && (decl.parent.flags & ts.NodeFlags.Const)) {
      return isCompanyOwned(a, decl.initializer, depth + 1);
    }
  }
  return false;
}

/** `userId`, `customer.id`, `subscriberToken`: an id, not an address. */
function isIdLike(e: ts.Expression): boolean {
  e = stripParens(e);
  const name = ts.isIdentifier(e) ? e.text : ts.isPropertyAccessExpression(e) ? e.name.text : undefined;
  if (!name) return false;
  const words = splitWords(name);
  return ID_WORDS.has(words[words.length - 1] ?? '');
}

/**
 * A parameter of the enclosing function as it is (`function notify(to) { send({ to }) }`): its callers are
 * analysed with what they pass (`notify(customer.email)` is reported there), so it is not a recipient of its own.
 */
function isParameter(a: FileAnalysis, e: ts.Expression): boolean {
  if (!ts.isIdentifier(e)) return false;
  let decl: ts.Node | undefined = a.scope.resolve(e);
  while (decl && ts.isBindingElement(decl)) decl = decl.parent.parent;
  return !!decl && ts.isParameter(decl);
}

/** An object literal an argument is, or a same-file `const` is initialised with. */
function objectLiteralOf(a: FileAnalysis, e: ts.Expression): ts.ObjectLiteralExpression | undefined {
  e = stripParens(e);
  if (ts.isObjectLiteralExpression(e)) return e;
  if (ts.isIdentifier(e)) {
    const decl = a.scope.resolve(e);
    if (decl && ts.isVariableDeclaration(decl) && decl.initializer && ts.isObjectLiteralExpression(stripParens(decl.initializer))) {
      return stripParens(decl.initializer) as ts.ObjectLiteralExpression;
    }
  }
  return undefined;
}

/**
 * The recipients among a send's arguments that nothing else says are personal: contact data. Only asked for an
 * argument that carries no personal value of its own (the call is then reported once, for the recipient).
 */
export function recipientValues(a: FileAnalysis, spec: SinkSpec, args: readonly ts.Expression[]): PersonalValue[] {
  const fields = spec.recipientFields;
  if (!fields?.length) return [];
  const wanted = new Set(fields.map((f) => f.toLowerCase()));
  const out: PersonalValue[] = [];
  const leaf = (e: ts.Expression, field: string, depth: number): void => {
    e = stripParens(e);
    if (depth > MAX_DEPTH) return;
    if (ts.isArrayLiteralExpression(e)) { for (const x of e.elements) leaf(x, field, depth + 1); return; }
    // `to: [{ email: addr, name }]`, `to: { email: addr }`: what the recipient object holds.
    const literal = ts.isObjectLiteralExpression(e) ? e : undefined;
    if (literal) {
      for (const p of literal.properties) {
        if (ts.isPropertyAssignment(p)) leaf(p.initializer, field, depth + 1);
        else if (ts.isShorthandPropertyAssignment(p)) leaf(p.name, field, depth + 1);
      }
      return;
    }
    if (ts.isSpreadElement(e) || a.personalValue(e) || isCompanyOwned(a, e, 0) || isIdLike(e) || isParameter(a, e)) return;
    const subject = subjectText(e);
    out.push({ node: e, subject, source: subject, facts: [{ category: 'contact', field, via: 'recipient' }], flow: [subject], steps: [{ node: e, text: subject }] });
  };
  forEachRecipientField(a, wanted, args, (value, name, depth) => leaf(value, name, depth + 1));
  return out;
}

/**
 * Calls `found` with the value of every property of a send's arguments named as a recipient field (`wanted`, lower
 * case), looking into object literals (as written or held by a const), arrays and constructor calls — AWS SDK v3:
 * `client.send(new SendEmailCommand({ Destination: { ToAddresses: [to] } }))`.
 */
function forEachRecipientField(a: FileAnalysis, wanted: ReadonlySet<string>, args: readonly ts.Expression[],
  found: (value: ts.Expression, name: string, depth: number) => void): void {
  const visit = (e: ts.Expression, depth: number): void => {
    e = stripParens(e);
    if (depth > MAX_DEPTH) return;
    if (ts.isNewExpression(e)) { for (const x of e.arguments ?? []) visit(x, depth + 1); return; }
    if (ts.isArrayLiteralExpression(e)) { for (const x of e.elements) visit(x, depth + 1); return; }
    const literal = objectLiteralOf(a, e);
    if (!literal) return;
    for (const p of literal.properties) {
      const name = propertyNameText(p.name);
      if (!name || !(ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p))) continue;
      const value = ts.isPropertyAssignment(p) ? p.initializer : p.name;
      if (wanted.has(name.toLowerCase())) found(value, name, depth);
      else visit(value, depth + 1);
    }
  };
  for (const arg of args) visit(arg, 0);
}

/**
 * A parameter of a function written as an argument of a call (`super(meta, def, async (ps) => …)`, a framework's
 * handler): what it holds is handed in by the code that calls the callback, not by callers in the project.
 */
function isHandedInByOthers(p: ts.ParameterDeclaration): boolean {
  return callTakingCallback(p.parent) !== undefined;
}

/**
 * The recipients of a send that are parameters of the function holding it, passed on as they are
 * (`function sendEmail(to, subject) { transporter.sendMail({ to, subject }) }`): whom the callers send to.
 */
export function recipientParameters(a: FileAnalysis, spec: SinkSpec, args: readonly ts.Expression[]): Array<{ node: ts.Identifier; field: string }> {
  const fields = spec.recipientFields;
  if (!fields?.length) return [];
  const wanted = new Set(fields.map((f) => f.toLowerCase()));
  const out: Array<{ node: ts.Identifier; field: string }> = [];
  // The whole message is a parameter (`client.sendEmail(mailData)`): its recipients are in what the callers give.
  // Marked by an empty field; `boundPayloadRecipients` reads the caller's message.
  for (const arg of args) {
    const e = stripParens(arg);
    if (ts.isIdentifier(e) && isParameter(a, e)) out.push({ node: e, field: '' });
  }
  forEachRecipientField(a, wanted, args, (written, name) => {
    const value = stripParens(written);
    const leaves = ts.isArrayLiteralExpression(value) ? value.elements.map(stripParens) : [value];
    for (const leaf of leaves) if (ts.isIdentifier(leaf) && isParameter(a, leaf)) out.push({ node: leaf, field: name });
  });
  return out;
}

/**
 * What the callers hand a helper for a recipient it passes on (`recipientParameters`), followed back through the
 * callers' own parameters as far as the call bindings go: contact data, unless it is personal already (reported as
 * such), the company's own, an id, or still a parameter nobody bound (its callers are analysed with what they pass).
 */
export function boundRecipient(a: FileAnalysis, leaf: ts.Identifier, field: string, env: Env): PersonalValue | undefined {
  const given = callerExpression(a, leaf, env);
  if (!given) return undefined;
  const { analysis, scope } = given;
  const e = stripParens(given.e);
  if (ts.isObjectLiteralExpression(e) || ts.isArrayLiteralExpression(e) || ts.isSpreadElement(e)) return undefined;
  if (isCompanyOwned(analysis, e, 0) || isIdLike(e) || analysis.personalValue(e, scope)) return undefined;
  // Still what a helper's own callers pass (`const { to } = opts`, `emails.map((p) => p.to)` in `sendBatch(emails)`):
  // they are analysed with what they pass. A callback's parameter that code outside hands in is not. A recipient the
  // function works out itself from what it is given (`const to = props[identifierKey]`) is whom this call sends to.
  const params = analysis.evaluateWithParams(e, scope).params;
  if (params && [...params].some((p) => !isHandedInByOthers(p)) && passesOnParameter(analysis, e, 0)) return undefined;
  const subject = subjectText(e);
  return { node: e, subject, source: subject, facts: [{ category: 'contact', field, via: 'recipient' }], flow: [subject], steps: [{ node: e, text: subject }] };
}

/**
 * A parameter as it is, or a field of one read by its name (`opts.to`, `const { to } = opts`, `p.to` of a callback's
 * parameter), through same-file consts: what the callers give, not a value worked out here.
 */
function passesOnParameter(a: FileAnalysis, e: ts.Expression, depth: number): boolean {
  e = stripParens(e);
  while (ts.isNonNullExpression(e) || ts.isAsExpression(e)) e = stripParens(e.expression);
  if (depth > MAX_DEPTH) return true;
  if (ts.isPropertyAccessExpression(e)) return passesOnParameter(a, e.expression, depth + 1);
  if (ts.isElementAccessExpression(e)) {
    return ts.isStringLiteralLike(e.argumentExpression) && passesOnParameter(a, e.expression, depth + 1);
  }
  if (!ts.isIdentifier(e)) return false;
  const decl = a.scope.resolve(e);
  if (!decl) return false;
  if (ts.isParameter(decl)) return true;
  if (ts.isBindingElement(decl)) {
    let holder: ts.Node = decl;
    while (ts.isBindingElement(holder)) holder = holder.parent.parent;
    if (ts.isParameter(holder)) return true;
    return ts.isVariableDeclaration(holder) && !!holder.initializer && passesOnParameter(a, holder.initializer, depth + 1);
  }
  if (ts.isVariableDeclaration(decl) && decl.initializer && ts.isVariableDeclarationList(decl.parent)
    && (decl.parent.flags & ts.NodeFlags.Const)) return passesOnParameter(a, decl.initializer, depth + 1);
  return false;
}

/**
 * The recipients in what the callers hand a helper for a whole message it sends as it is
 * (`function sendMail({ mailData }) { client.sendEmail(mailData) }` called with `{ mailData: { To: to, … } }`): the
 * recipient fields of the caller's message, judged as a send's own (`recipientValues`).
 */
export function boundPayloadRecipients(a: FileAnalysis, spec: SinkSpec, leaf: ts.Identifier, env: Env): PersonalValue[] {
  const given = callerExpression(a, leaf, env);
  return given ? recipientValues(given.analysis, spec, [given.e]) : [];
}

/** The expression a caller gives for a parameter (or a field of one), followed back through the callers' own. */
function callerExpression(a: FileAnalysis, leaf: ts.Identifier, env: Env): { analysis: FileAnalysis; e: ts.Expression; scope: Env } | undefined {
  let analysis = a;
  let e: ts.Expression = leaf;
  let scope = env;
  for (let i = 0; i < 8; i++) {
    e = stripParens(e);
    if (!ts.isIdentifier(e)) break;
    let decl: ts.Node | undefined = analysis.scope.resolve(e);
    let key: string | undefined;
    // `function sendFollowUp({ to, subject }: Options)`: the caller's `{ to: … }`.
    if (decl && ts.isBindingElement(decl) && ts.isObjectBindingPattern(decl.parent) && ts.isParameter(decl.parent.parent) && !decl.dotDotDotToken) {
      key = propertyNameText(decl.propertyName ?? decl.name);
      decl = decl.parent.parent;
    } else if (decl && ts.isBindingElement(decl) && ts.isObjectBindingPattern(decl.parent) && !decl.dotDotDotToken
      && ts.isVariableDeclaration(decl.parent.parent) && decl.parent.parent.initializer
      && ts.isIdentifier(stripParens(decl.parent.parent.initializer))) {
      // `const { to } = options` with `options` a parameter: the caller's `{ to: … }`.
      const holder = analysis.scope.resolve(stripParens(decl.parent.parent.initializer) as ts.Identifier);
      if (holder && ts.isParameter(holder)) {
        key = propertyNameText(decl.propertyName ?? decl.name);
        decl = holder;
      }
    }
    if (!decl || !ts.isParameter(decl)) break;
    const bound = scope.bindings.get(decl);
    if (!bound?.expr) return undefined;
    let next: ts.Expression | undefined = bound.expr;
    if (key) next = bound.analysis.objectProperty(bound.expr, key, bound.env);
    if (!next) return undefined;
    analysis = bound.analysis;
    scope = bound.env;
    e = next;
  }
  return { analysis, e, scope };
}

/** Where a message names whom it goes to, for a mail service found by its receiver's name (it has no fields). */
const MAIL_RECIPIENT_FIELDS = ['to', 'cc', 'bcc'];

/** `data.to`, `this.props.to`, `to`: an expression as text, without `?.` and `!`. */
function pathText(e: ts.Expression): string | undefined {
  e = stripParens(e);
  while (ts.isNonNullExpression(e)) e = stripParens(e.expression);
  if (ts.isIdentifier(e)) return e.text;
  if (e.kind === ts.SyntaxKind.ThisKeyword) return 'this';
  if (ts.isPropertyAccessExpression(e)) {
    const base = pathText(e.expression);
    return base === undefined ? undefined : `${base}.${e.name.text}`;
  }
  return undefined;
}

/**
 * What a log call writes that the same function sends a message to: `Logger.info(\`mail to ${data.to}\`)` with
 * `transporter.sendMail({ to: data.to, … })`, or the object that holds it (`log('not sent', this.props)` with
 * `mailer.sendMail({ to: this.props.to })`). Whom a message goes to is a person's address (the recipient of a send is
 * contact data), in the log too. The company's own addresses and ids are not; a part personal on its own is
 * reported as such already.
 */
export function sentRecipientValues(a: FileAnalysis, logCall: ts.CallExpression, leaves: readonly ts.Expression[],
  sends: readonly { call: ts.CallExpression | ts.NewExpression; spec: SinkSpec; args: readonly ts.Expression[] }[]): PersonalValue[] {
  if (!sends.length) return [];
  const recipients: Array<{ text: string; field: string }> = [];
  for (const send of sends) {
    const fields = send.spec.recipientFields?.length ? send.spec.recipientFields : send.spec.id === 'mail-service-by-name' ? MAIL_RECIPIENT_FIELDS : [];
    if (!fields.length) continue;
    const wanted = new Set(fields.map((f) => f.toLowerCase()));
    for (const arg of send.args) {
      const literal = objectLiteralOf(a, arg);
      for (const p of literal?.properties ?? []) {
        const name = propertyNameText(p.name);
        if (!name || !wanted.has(name.toLowerCase())) continue;
        const value = ts.isPropertyAssignment(p) ? stripParens(p.initializer) : ts.isShorthandPropertyAssignment(p) ? p.name : undefined;
        if (!value || isCompanyOwned(a, value, 0) || isIdLike(value)) continue;
        const text = pathText(value);
        if (text) recipients.push({ text, field: name });
      }
    }
  }
  if (!recipients.length) return [];
  const out: PersonalValue[] = [];
  for (const leaf of leaves) {
    const text = pathText(leaf);
    if (!text || text === 'this' || isCompanyOwned(a, leaf, 0) || a.personalValue(leaf)) continue;
    const hit = recipients.find((r) => r.text === text || r.text.startsWith(`${text}.`));
    if (!hit) continue;
    const subject = subjectText(leaf);
    out.push({ node: leaf, subject, source: subject, facts: [{ category: 'contact', field: hit.field, via: 'recipient' }],
      flow: [subject], steps: [{ node: leaf, text: subject }] });
  }
  return out;
}
