/**
 * An e-mail message as applications hold it (a parsed Gmail or IMAP message, an Outlook item): a `subject` with a
 * `from` (or `sender`), directly or in its `headers`. Its sender and recipients are people's addresses and names
 * (`"Taro Yamada <taro@example.jp>"`), so a message — and a thread of them — is personal data as a whole, although
 * `from` and `to` name nothing personal anywhere else (a route's `from`, a range's `to`). A message being composed
 * (`{ to, subject, html, from? }` handed to a mailer) is left to the transfer rules, which read its recipients where
 * it is sent: the sender and a date must be required properties.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import type { PersonalFact } from './facts';

/**
 * A received message always has a sender and a date; a message being composed leaves them to defaults (`from?: string`
 * of a mailer's options or an app's `SendEmailProps`; an app's `SendMailOptions` may require a `from` but has no
 * date), and its recipients are read where it is sent.
 */
function hasRequired(type: ts.Type, name: string): boolean {
  const p = type.getProperty(name);
  return !!p && !(p.flags & ts.SymbolFlags.Optional);
}

/** Where a received message names who sent it. */
const SENDERS = ['from', 'sender'];
/** When a message was sent or received. */
const DATES = ['date', 'internalDate', 'receivedAt', 'receivedDate', 'receivedDateTime', 'sentAt', 'sentDate', 'sentDateTime'];
/** Where a message names its people. */
const PARTIES = ['from', 'to', 'cc', 'bcc', 'replyTo', 'reply-to', 'sender', 'recipients'];

/** The contact facts of a message type's senders and recipients, or undefined when the type is no e-mail message. */
export function mailPartyFacts(checker: ts.TypeChecker, type: ts.Type, typeName: string | undefined): PersonalFact[] | undefined {
  // A declared message type (`ParsedMessage`, `EmailMessage`), not the shape of an object literal the code writes
  // (`{ from: 'shop@…', to, subject }` is a message being sent, whose `from` is the company's).
  if (!typeName || !type.getProperty('subject')) return undefined;
  let holder = type;
  let prefix = '';
  if (!SENDERS.some((p) => hasRequired(type, p))) {
    // `{ subject, headers: { from, to } }`: the parsed headers of a Gmail message.
    const headers = type.getProperty('headers');
    const decl = headers?.valueDeclaration ?? headers?.declarations?.[0];
    if (!headers || !decl) return undefined;
    holder = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(headers, decl));
    prefix = 'headers.';
  }
  if (!SENDERS.some((p) => hasRequired(holder, p))) return undefined;
  // Sent, not being written: a received message has a date (`ParsedMessageHeaders.date`, Gmail's `internalDate`).
  if (!DATES.some((p) => hasRequired(holder, p) || hasRequired(type, p))) return undefined;
  const facts: PersonalFact[] = [];
  for (const party of PARTIES) {
    const p = holder.getProperty(party);
    if (!p) continue;
    const decl = p.valueDeclaration ?? p.declarations?.[0];
    // A flag or a count (`to: number` of a range) is no address.
    const pt = decl ? checker.getTypeOfSymbolAtLocation(p, decl) : undefined;
    if (pt && pt.flags & (ts.TypeFlags.BooleanLike | ts.TypeFlags.NumberLike)) continue;
    facts.push({ category: 'contact', field: party, via: 'type', typeName, path: `${prefix}${party}`, declaration: decl });
  }
  return facts.length ? facts : undefined;
}
