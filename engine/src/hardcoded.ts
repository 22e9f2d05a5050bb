/**
 * Personal data written into source code as literals (§4(1)): My Numbers (twelve digits whose last one is the
 * official check digit), e-mail addresses and Japanese phone numbers. Reserved example domains and numbers, and
 * values that cannot be a person's (an all-zero number, a business-only number), are not reported. Findings say
 * what kind of value the literal holds, never the value.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import { syntaxIndex } from './model/syntax-index';
import { classifyField, splitWords } from './vocabulary';

export type HardcodedKind = 'myNumber' | 'email' | 'phone';

export interface HardcodedLiteral {
  node: ts.Node;
  kind: HardcodedKind;
}

/**
 * The check digit of a My Number (個人番号), as the Ordinance of the Ministry of Internal Affairs and Communications
 * prescribes: with P(n) the n-th digit counted from the right of the first eleven, and Q(n) = n + 1 for n ≤ 6 and
 * n − 5 for n ≥ 7, the remainder r of Σ P(n)·Q(n) by 11 gives 0 when r ≤ 1, else 11 − r.
 */
export function myNumberCheckDigit(first11: string): number {
  let sum = 0;
  for (let n = 1; n <= 11; n++) {
    const p = Number(first11[11 - n]);
    const q = n <= 6 ? n + 1 : n - 5;
    sum += p * q;
  }
  const r = sum % 11;
  return r <= 1 ? 0 : 11 - r;
}

/** Twelve digits whose last one is the check digit of the first eleven (and not all zeros, a placeholder). */
export function isValidMyNumber(digits: string): boolean {
  if (!/^\d{12}$/.test(digits) || /^0{12}$/.test(digits)) return false;
  return myNumberCheckDigit(digits.slice(0, 11)) === Number(digits[11]);
}

// Twelve digits, bare or in groups of four split by a space or a hyphen, not inside a longer run of digits (a
// 13-digit corporate number is never a My Number).
// Not inside a longer run of letters and digits (`IDX_3b9a123456789018ef`, a hex digest): a number of its own. Not
// after a `+` either: `+260911111111` is an international phone number (a country code and a subscriber).
// Not after a word and a hyphen either (`tw-123456789012`, `order-…`): an id with its prefix.
const MY_NUMBER_IN_TEXT = /(?<![\dA-Za-z_+])(?<![A-Za-z0-9]-)(\d{4})([ -]?)(\d{4})\2(\d{4})(?![\dA-Za-z_])/g;
/** A UUID anywhere in a text (8-4-4-4-12 hex digits, not part of a longer run). */
const UUID_IN_TEXT = /(?<![0-9A-Fa-f-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f-])/g;

/** An Amazon Resource Name up to its account (`arn:aws:iam::123456789012`, `arn:aws-cn:s3:region:123456789012`). */
const ARN_ACCOUNT = /\barn:aws[a-z-]*:[a-z0-9-]*:[a-z0-9-]*:\d{12}(?![\dA-Za-z_])/g;

/** A web address (`https://…`, `//cdn…`) up to the next space or quote. */
const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s'"`<>]+/gi;

/** Text that ends with the first four groups of a UUID and its last hyphen (`123e4567-e89b-12d3-a456-`). */
const UUID_BEFORE = /[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-$/;
const EMAIL_IN_TEXT = /[A-Za-z0-9._%+-]+@((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}|localhost)\b/g;
// Japanese numbers: 0 + area/prefix + subscriber with separators (`03-1234-5678`, `090 1234 5678`, `03(1234)5678`),
// +81 forms, or a bare 10/11-digit number that is the whole literal.
const PHONE_IN_TEXT = /(?<![\d+])(?:\+81[- ]?|0)\d{1,4}(?:-|\s|\(|\)[- ]?)\d{1,4}(?:-|\s|\)[- ]?)\d{3,4}(?![\d])|\+81\d{9,10}(?!\d)/g;
const BARE_PHONE = /^0\d{9,10}$/;

/** Reserved names for examples and tests (RFC 2606, RFC 6761, JPRS), and names that never reach a person. */
const RESERVED_DOMAINS = ['example.com', 'example.net', 'example.org', 'example.jp', 'example.co.jp', 'example.ne.jp',
  'example.or.jp', 'example.ac.jp', 'example.ad.jp', 'example.ed.jp', 'example.go.jp', 'example.gr.jp', 'example.lg.jp'];
const RESERVED_TLDS = ['example', 'test', 'invalid', 'localhost', 'local'];

export function isReservedEmailDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  if (d === 'localhost') return true;
  const tld = d.slice(d.lastIndexOf('.') + 1);
  if (RESERVED_TLDS.includes(tld)) return true;
  return RESERVED_DOMAINS.some((r) => d === r || d.endsWith('.' + r));
}

/** Business-only prefixes (toll-free, navi-dial, and the like): never a customer's own number. */
const BUSINESS_PREFIXES = ['0120', '0800', '0570', '0990', '0180'];

/** Whether digits (with the national 0, or from +81) are a Japanese number a person may have. */
export function isPersonalPhoneDigits(raw: string): boolean {
  let digits = raw.replace(/\D/g, '');
  if (raw.trim().startsWith('+81')) digits = '0' + digits.slice(2);
  if (!/^0[1-9]\d{8,9}$/.test(digits)) return false;
  if (digits.length === 11 && !/^0[2-9]0/.test(digits)) return false; // 11 digits: mobile, IP and M2M numbers only
  if (BUSINESS_PREFIXES.some((p) => digits.startsWith(p))) return false;
  // `090-0000-0000`, `03-0000-0000`: placeholders (the subscriber part is all zeros).
  if (/^0+$/.test(digits.slice(-4)) && /^0+$/.test(digits.slice(-8, -4))) return false;
  return true;
}

export interface HardcodedOptions { emails: boolean; phones: boolean }

/** The kinds of personal data in a literal's text (My Number first: it is checked always). */
export function kindsInText(text: string, options: HardcodedOptions): HardcodedKind[] {
  const kinds: HardcodedKind[] = [];
  // A UUID (`00000000-0000-4000-9000-000000000001`) is an id, whichever of its groups look like a My Number in
  // groups of four (`4000-9000-0000`) or twelve digits: blanked out first, keeping every other offset.
  // So is an AWS account in an ARN (`arn:aws:bedrock:us-east-1:123456789000:imported-model/…`): twelve digits too.
  // So are the digits of a web address (`https://host/tickets/123456789012`): a path or a query's id.
  const withoutUuids = text.replace(UUID_IN_TEXT, (u) => ' '.repeat(u.length)).replace(ARN_ACCOUNT, (a) => ' '.repeat(a.length))
    .replace(URL_IN_TEXT, (u) => ' '.repeat(u.length));
  for (const m of withoutUuids.matchAll(MY_NUMBER_IN_TEXT)) {
    // The last group of a UUID (`…-4a1b-9c2d-123456789012`) is twelve digits now and then: part of an id.
    if (m[2] === '' && UUID_BEFORE.test(withoutUuids.slice(0, m.index))) continue;
    if (isValidMyNumber(m[1] + m[3] + m[4])) { kinds.push('myNumber'); break; }
  }
  if (options.emails) {
    for (const m of text.matchAll(EMAIL_IN_TEXT)) {
      if (!isReservedEmailDomain(m[1])) { kinds.push('email'); break; }
    }
  }
  if (options.phones) {
    const candidates = [...text.matchAll(PHONE_IN_TEXT)].map((m) => m[0]);
    if (BARE_PHONE.test(text.trim())) candidates.push(text.trim());
    // Twelve digits in groups (a My Number's shape) have too many digits for a phone number.
    if (candidates.some(isPersonalPhoneDigits)) kinds.push('phone');
  }
  return kinds;
}

// Escapes that can write a digit or `@` (`\x31`, `\u0031`, `\u{31}`, octal `\61`, `\100`) or join two pieces of a
// string (a line continuation); hex, octal and binary numerals long enough to reach twelve decimal digits; numeric
// separators; exponents.
const HIDING_FORMS = /\\(x[34]|u00[34]|u\{0*[34]|[0-7]|\r|\n)|0[xX][0-9a-fA-F_]{9}|0[oO][0-7_]{12}|0[bB][01_]{36}|\d_\d|\d[eE][+-]?\d/;

/**
 * A literal's value is a piece of the file's text unless it is written with escapes (`"\x31…"`) or as a numeral
 * TypeScript normalises (`0x…`, `1_234`, `1.2e11`). So when the whole text holds no candidate and none of those
 * forms, no literal does, and the file need not be walked — one pass of the patterns over the text instead of one
 * per literal.
 */
function mayHoldHardcodedData(text: string, options: HardcodedOptions): boolean {
  if (HIDING_FORMS.test(text)) return true;
  // Looser than the literal tests (no boundaries, no check digit): a superset of what they can find.
  if (/\d{4}[ -]?\d{4}[ -]?\d{4}/.test(text)) return true;
  if (options.emails && text.includes('@')) return true;
  return !!options.phones && /\d[-\s()]?\d{3}/.test(text);
}

/**
 * A number written as a quantity or a moment, not an identifier: grouped in thousands (`123_456_789_000`, the way
 * amounts and millisecond timestamps are written; a My Number is written in groups of four), or a time given to
 * `new Date(…)`, `Date(…)` or `setTime(…)`, alone or in arithmetic (`new Date(Date.now() - 123456789012)`).
 */
function isQuantityOrTime(node: ts.NumericLiteral | ts.BigIntLiteral, sf: ts.SourceFile): boolean {
  if (/^\d{1,3}(_\d{3})+n?$/.test(node.getText(sf))) return true;
  let e: ts.Node = node;
  while (ts.isParenthesizedExpression(e.parent) || ts.isPrefixUnaryExpression(e.parent)
    || (ts.isBinaryExpression(e.parent) && [ts.SyntaxKind.PlusToken, ts.SyntaxKind.MinusToken, ts.SyntaxKind.AsteriskToken]
      .includes(e.parent.operatorToken.kind))) e = e.parent;
  const call = e.parent;
  if (!(ts.isNewExpression(call) || ts.isCallExpression(call)) || !call.arguments?.includes(e as ts.Expression)) return false;
  const callee = call.expression;
  return (ts.isIdentifier(callee) && callee.text === 'Date')
    || (ts.isPropertyAccessExpression(callee) && callee.name.text === 'setTime');
}

/** Words of a name that calls a value some other number: a phone's, an id, a moment, an amount, an address. */
const OTHER_NUMBER_WORDS: ReadonlySet<string> = new Set(['id', 'ids', 'uid', 'uuid', 'key', 'phone', 'tel', 'telephone', 'mobile',
  'fax', 'msisdn', 'time', 'times', 'timestamp', 'ts', 'date', 'at', 'qt', 'duration', 'ms', 'millis', 'seconds', 'epoch',
  'count', 'amount', 'price', 'total', 'size', 'bytes', 'url', 'uri', 'href', 'link', 'path', 'version', 'seq', 'sequence',
  'nonce', 'hash', 'checksum', 'offset', 'limit', 'account', 'order', 'invoice', 'tracking', 'serial', 'sku', 'isbn', 'ean',
  'jan', 'gtin', 'barcode', 'zip', 'postal', 'code']);

/**
 * The name a literal is written under: the property it is the value of (`phone: '…'`), the variable or field it
 * initialises or is assigned to, the JSX attribute it is given to.
 */
function nameOfSlot(node: ts.Node): string | undefined {
  let e: ts.Node = node;
  while (ts.isParenthesizedExpression(e.parent) || ts.isPrefixUnaryExpression(e.parent) || ts.isAsExpression(e.parent)
    || ts.isTemplateSpan(e.parent) || ts.isTemplateExpression(e.parent)) e = e.parent;
  const p = e.parent;
  if (!p) return undefined;
  if ((ts.isPropertyAssignment(p) || ts.isVariableDeclaration(p) || ts.isPropertyDeclaration(p)) && p.initializer === e) {
    return ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) || ts.isPrivateIdentifier(p.name) ? p.name.text : undefined;
  }
  if (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.EqualsToken && p.right === e) {
    const l = p.left;
    return ts.isIdentifier(l) ? l.text : ts.isPropertyAccessExpression(l) ? l.name.text
      : ts.isElementAccessExpression(l) && ts.isStringLiteralLike(l.argumentExpression) ? l.argumentExpression.text : undefined;
  }
  if (ts.isJsxExpression(p) && ts.isJsxAttribute(p.parent)) return p.parent.name.getText();
  if (ts.isJsxAttribute(p)) return p.name.getText();
  return undefined;
}

/**
 * Twelve digits written under a name that calls them another number (`phone: '…'`, `event_id`, `reported_date`, GA's
 * `qt` queue time): that number, unless the name itself says My Number.
 */
function underOtherNumberName(node: ts.Node): boolean {
  const name = nameOfSlot(node);
  if (!name) return false;
  const words = splitWords(name);
  // `myNumber`, `kojinBango`, `myNumberId`: a name that says My Number, whatever follows.
  for (let k = words.length; k > 0; k--) if (classifyField(words.slice(0, k).join('_'))?.category === 'myNumber') return false;
  return words.some((w) => OTHER_NUMBER_WORDS.has(w));
}

/** Every literal of a file that holds personal data. */
export function findHardcodedPersonalData(sf: ts.SourceFile, options: HardcodedOptions): HardcodedLiteral[] {
  const out: HardcodedLiteral[] = [];
  if (!mayHoldHardcodedData(sf.text, options)) return out;
  // The literals of the file outside import and export declarations, in order (found by the walk that indexes it).
  for (const node of syntaxIndex(sf).literals) {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)
      || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) || ts.isJsxText(node)) {
      for (const kind of kindsInText(node.text, options)) {
        if (kind !== 'myNumber' || !underOtherNumberName(node)) out.push({ node, kind });
      }
    } else if (ts.isNumericLiteral(node) || ts.isBigIntLiteral(node)) {
      const digits = node.text.replace(/_/g, '').replace(/n$/, '');
      if (isValidMyNumber(digits) && !isQuantityOrTime(node, sf) && !underOtherNumberName(node)) out.push({ node, kind: 'myNumber' });
    }
  }
  return out;
}
