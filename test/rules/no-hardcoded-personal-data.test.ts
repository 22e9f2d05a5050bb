/**
 * no-hardcoded-personal-data (§4(1)): a My Number written into code (twelve digits with a valid check digit, bare or
 * in groups of four) is always reported; e-mail addresses and Japanese phone numbers in string literals by option.
 * Reserved example domains and placeholder numbers, a 13-digit corporate number and numbers whose check digit does
 * not match stay quiet. Tests, fixtures and seeds are read like any other file.
 */
// privacy-lint-disable-file no-hardcoded-personal-data -- the rule's own test data: the well-known sample number 123456789018 and made-up variants, nobody's
import { strict as assert } from 'node:assert';
import { isValidMyNumber, myNumberCheckDigit } from '@privacy-lint/engine';
import { ruleTester } from '../helpers/rule-tester';

const RULE = 'no-hardcoded-personal-data';
const BOTH = { emails: true, phones: true };

describe(`${RULE}: the My Number check digit`, () => {
  it('computes the check digit as the ordinance prescribes', () => {
    assert.equal(myNumberCheckDigit('12345678901'), 8);
    assert.equal(myNumberCheckDigit('00000000000'), 0);
    // r ≤ 1 gives 0: Σ for 10000000000 is 1·6 = 6 → 11 − 6 = 5; for 00000000001 it is 1·2 → 9.
    assert.equal(myNumberCheckDigit('10000000000'), 5);
    assert.equal(myNumberCheckDigit('00000000001'), 9);
  });

  it('accepts twelve digits with the right check digit only, and not the all-zero placeholder', () => {
    assert.ok(isValidMyNumber('123456789018'));
    assert.ok(!isValidMyNumber('123456789012'));
    assert.ok(!isValidMyNumber('000000000000'));
    assert.ok(!isValidMyNumber('1234567890180'));
    assert.ok(!isValidMyNumber('12345678901'));
  });
});

ruleTester(RULE, {
  valid: [
    // Twelve digits inside a longer name or digest (a migration's index name) are not a number of their own.
    "await queryRunner.query('CREATE INDEX \"IDX_3b9a123456789018ef\" ON \"note\" (\"userId\")');",
    // Wrong check digit, a corporate number (13 digits), longer runs, and a placeholder.
    `const dummyMyNumber = '123456789012';
const corporateNumber = '1234567890123';
const orderNo = 'ORD-1234567890180';
const amount = 1234567890123;
const cleared = '000000000000';
const spaced = '1234 5678 9012';`,
    // Twelve digits with a valid check digit written as another number (audit 29: a test fixture's phone, GA's queue
    // time, an event id with its prefix, a ticket id, a reported date, an address's path).
    `export const fixture = {
  phone: '123456789018',
  qt: 123456789018,
  twitterEventId: 'tw-123456789018',
  ticket: { id: 123456789018, url: 'https://support.example.com/api/v2/tickets/123456789018.json' },
  reported_date: 123456789018,
};
let createdAt;
createdAt = 123456789018;`,
    // E-mail addresses and phone numbers are off by default.
    `const to = 'taro.yamada@gmail.com';
const tel = '090-1234-5678';`,
    // With the options on: reserved example domains and placeholder or business numbers.
    {
      code: `const a = 'taro@example.com';
const b = 'hanako@mail.example.jp';
const c = 'user@shop.test';
const d = 'x@foo.invalid';
const e = 'root@localhost';
const f = 'member@corezo.example';
const g = '090-0000-0000';
const h = '03-0000-0000';
const i = '0120-123-456';
const j = '0570-000-111';
const k = 'v1.2.3-1234';
const l = '2026-06-01 12:30';`,
      options: BOTH,
    },
  ],
  invalid: [
    {
      code: `export const seedEmployee = { id: 'e1', kojinBango: '123456789018' };
const grouped = '1234 5678 9018';
const hyphenated = \`番号: 1234-5678-9018\`;
const asNumber = 123456789018;
const separated = 1234_5678_9018;
const big = 123456789018n;
const employee = { myNumberId: '123456789018', note: 'ID 123456789018' };`,
      errors: [
        { messageId: 'hardcodedMyNumber', line: 1, column: 53, endColumn: 67, messageIncludes: 'string literal' },
        { messageId: 'hardcodedMyNumber', line: 2, column: 17 },
        { messageId: 'hardcodedMyNumber', line: 3, column: 20 },
        { messageId: 'hardcodedMyNumber', line: 4, column: 18, messageIncludes: 'number literal' },
        { messageId: 'hardcodedMyNumber', line: 5, column: 19 },
        { messageId: 'hardcodedMyNumber', line: 6, column: 13 },
        { messageId: 'hardcodedMyNumber', line: 7, column: 32 },
        { messageId: 'hardcodedMyNumber', line: 7, column: 54 },
      ],
    },
    // Alone in a file (no plain candidate in its text), written so that the text does not show the digits: escapes,
    // a line continuation, hex and octal numerals, an exponent, an e-mail's `@` as an escape.
    { code: "const escaped = '\\x31\\x32\\x33\\x34\\x35\\x36\\x37\\x38\\x39\\x30\\x31\\x38';", errors: [{ line: 1, column: 17, messageId: 'hardcodedMyNumber' }] },
    { code: "const unicode = '\\u0031234\\u{35}67890\\u00318';", errors: [{ line: 1, column: 17, messageId: 'hardcodedMyNumber' }] },
    { code: "const continued = '123456\\\n789018';", errors: [{ line: 1, column: 19, messageId: 'hardcodedMyNumber' }] },
    { code: 'const big = 123456789018n;', errors: [{ line: 1, column: 13, messageId: 'hardcodedMyNumber' }] },
    { code: 'const hex = 0x1cbe991a1a;', errors: [{ line: 1, column: 13, messageId: 'hardcodedMyNumber' }] },
    { code: 'const octal = 0o1627646215032;', errors: [{ line: 1, column: 15, messageId: 'hardcodedMyNumber' }] },
    { code: 'const exp = 1.23456789018e11;', errors: [{ line: 1, column: 13, messageId: 'hardcodedMyNumber' }] },
    { code: "const mail = 'taro.yamada\\x40gmail.com';", options: BOTH, errors: [{ line: 1, column: 14, messageId: 'hardcodedEmail' }] },
    {
      // Test files, fixtures and seeds are read too.
      code: `describe('payroll', () => {
  it('files the slip', () => {
    const employee = { myNumber: '987654321000', email: 'hanako.sato@corezo.co.jp', tel: '03-1234-5678' };
    void employee;
  });
});`,
      filename: 'test/payroll.test.ts',
      options: BOTH,
      errors: [
        { messageId: 'hardcodedMyNumber', line: 3, column: 34 },
        { messageId: 'hardcodedEmail', line: 3, column: 57, messageIncludes: '`test/payroll.test.ts`' },
        { messageId: 'hardcodedPhone', line: 3, column: 90 },
      ],
    },
    {
      code: `const mobile = '090-1234-5678';
const landline = '03-1234-5678';
const intl = '+81 90 1234 5678';
const bare = '09012345678';
const parens = '03(1234)5678';
const inText = \`お問い合わせ: 06-6123-4567 まで\`;
const mail = 'Taro.Yamada+shop@gmail.com';`,
      options: BOTH,
      errors: [
        { messageId: 'hardcodedPhone', line: 1, column: 16 },
        { messageId: 'hardcodedPhone', line: 2, column: 18 },
        { messageId: 'hardcodedPhone', line: 3, column: 14 },
        { messageId: 'hardcodedPhone', line: 4, column: 14 },
        { messageId: 'hardcodedPhone', line: 5, column: 16 },
        { messageId: 'hardcodedPhone', line: 6, column: 16 },
        { messageId: 'hardcodedEmail', line: 7, column: 14 },
      ],
    },
    {
      // Only the option that is on.
      code: `const tel = '090-1234-5678';
const mail = 'taro@gmail.com';`,
      options: { phones: true },
      errors: [{ messageId: 'hardcodedPhone', line: 1, column: 13 }],
    },
    {
      code: `const seed = [{ name: '山田太郎', mail: 'taro@gmail.com' }];`,
      filename: 'db/seeds/customers.ts',
      options: { emails: true },
      errors: [{ messageId: 'hardcodedEmail', line: 1, column: 37 }],
    },
  ],
});
