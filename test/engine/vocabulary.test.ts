/**
 * The personal-data vocabulary: word splitting, field classification in English, romaji and Japanese, the
 * near misses that must stay quiet, person nouns, the My Number/counter ambiguity and the config options.
 */
import { strict as assert } from 'node:assert';
import {
  CATEGORY_LABELS, JAPANESE_VOCABULARY, PERSONAL_CATEGORIES, VOCABULARY, classifyField, isAmbiguousMyNumberName,
  isPersonNoun, mayMentionCategory, splitWords, type PersonalCategory, type VocabularyOptions,
} from '@privacy-lint/engine';
import { lintSource } from '../helpers/lint-source';
import { FHIR_CLINICAL_RESOURCES, mayHoldClinicalResource, resourceOfName } from '@privacy-lint/engine/dist/model/clinical-resources';

const SPLIT: Array<[identifier: string, words: string[]]> = [
  ['email', ['email']],
  ['customerEmailAddress', ['customer', 'email', 'address']],
  ['email_address', ['email', 'address']],
  ['EMAIL_ADDRESS', ['email', 'address']],
  ['e-mail', ['e', 'mail']],
  ['postal-code', ['postal', 'code']],
  ['telNo', ['tel', 'no']],
  ['kojin_bango', ['kojin', 'bango']],
  ['HTMLParser', ['html', 'parser']],
  ['XMLHttpRequest', ['xml', 'http', 'request']],
  ['IPAddress', ['ip', 'address']],
  ['address1', ['address', '1']],
  ['addressLine2', ['address', 'line', '2']],
  ['$email', ['email']],
  ['_privateEmail', ['private', 'email']],
  ['#secret', ['secret']],
  ['user.email', ['user', 'email']],
  ['顧客氏名', ['顧客氏名']],
  ['顧客ID', ['顧客', 'id']],
  ['電話番号2', ['電話番号', '2']],
  ['', []],
];

describe('splitWords', () => {
  for (const [identifier, words] of SPLIT) {
    it(`${JSON.stringify(identifier)} → ${words.join(' ') || '(nothing)'}`, () => {
      assert.deepStrictEqual(splitWords(identifier), words);
    });
  }

  it('gives lists no caller can change: every caller shares them, and a name means the same all run long', () => {
    const words = splitWords('displayName');
    assert.ok(Object.isFrozen(words));
    assert.throws(() => { (words as string[]).pop(); }, TypeError);
    // A storage key named like a key's name (`…Name`) is read without its last word; the shared words stay whole.
    lintSource({ code: `declare const v: string;\nlocalStorage.setItem('displayName', v);\n`, typeInfo: false });
    assert.deepStrictEqual(splitWords('displayName'), ['display', 'name']);
    assert.equal(classifyField('displayName')?.needsPerson, true);
  });
});

/** `category`, `category?` (personal only on a person: needsPerson), or `-` (not personal). */
type Category = ReturnType<typeof classifyField> extends infer M ? (M extends { category: infer C } ? C : never) : never;
type Expected = Category | `${Category}?` | '-';

const CLASSIFY: Array<[identifier: string, expected: Expected]> = [
  // English
  ['email', 'contact'],
  ['emails', 'contact'],
  ['mailAddress', 'contact'],
  ['emailAddress', 'contact'],
  ['emailAddresses', 'contact'],
  ['email_address', 'contact'],
  ['EMAIL', 'contact'],
  ['contactEmail', 'contact'],
  ['emailValue', 'contact'],
  ['rawEmail', 'contact'],
  ['phone', 'contact'],
  ['phoneNumber', 'contact'],
  ['homePhone', 'contact'],
  ['mobilePhone', 'contact'],
  ['faxNo', 'contact'],
  ['address', 'address'],
  ['address1', 'address'],
  ['billingAddress', 'address'],
  ['shippingAddressLine1', 'address'],
  ['postalCode', 'address'],
  ['zipCode', 'address'],
  ['zip', 'address'],
  ['birthDate', 'birthDate'],
  ['dateOfBirth', 'birthDate'],
  ['dob', 'birthDate'],
  ['birthday', 'birthDate'],
  ['bankAccountNumber', 'account'],
  ['cardNumber', 'account'],
  ['creditCard', 'account'],
  ['iban', 'account'],
  ['fullName', 'name'],
  ['firstName', 'name'],
  ['lastName', 'name'],
  ['familyName', 'name'],
  ['customerName', 'name'],
  ['recipientName', 'name'],
  ['kana', 'kana'],
  ['nameKana', 'kana'],
  ['phoneticName', 'kana'],
  ['individualNumber', 'myNumber'],
  ['myNumber', 'myNumber'],
  ['my_number', 'myNumber'],
  ['MY_NUMBER', 'myNumber'],
  ['diagnosis', 'sensitive'],
  ['medicalHistory', 'sensitive'],
  ['religion', 'sensitive'],
  ['criminalRecord', 'sensitive'],
  // romaji
  ['denwaBango', 'contact'],
  ['telNo', 'contact'],
  ['keitaiBango', 'contact'],
  ['meeruAdoresu', 'contact'],
  ['jusho', 'address'],
  ['juusho', 'address'],
  ['yubinBango', 'address'],
  ['seinengappi', 'birthDate'],
  ['kozaBango', 'account'],
  ['kouzaBangou', 'account'],
  ['shimei', 'name'],
  ['shimeiKana', 'kana'],
  ['furigana', 'kana'],
  ['kojinBango', 'myNumber'],
  ['kojin_bango', 'myNumber'],
  ['byoreki', 'sensitive'],
  // Japanese
  ['氏名', 'name'],
  ['顧客氏名', 'name'],
  ['氏名フリガナ', 'kana'],
  ['住所', 'address'],
  ['郵便番号', 'address'],
  ['電話番号', 'contact'],
  ['お客様電話番号', 'contact'],
  ['メールアドレス', 'contact'],
  ['生年月日', 'birthDate'],
  ['口座番号', 'account'],
  ['個人番号', 'myNumber'],
  ['マイナンバー', 'myNumber'],
  ['病歴', 'sensitive'],
  // `name` and `race` need a person
  ['name', 'name?'],
  ['namae', 'name?'],
  ['race', 'sensitive?'],
  ['customerRace', 'sensitive'],
  // sensitive kinds (§3): the Act's list and the policy's additions
  ['chiefComplaint', 'sensitive'],
  ['既往歴', 'sensitive'],
  ['shintai_shogai', 'sensitive'],
  ['honsekichi', 'sensitive'],
  ['healthCheckupResult', 'sensitive'],
  ['genomeData', 'sensitive'],
  ['unionMembership', 'sensitive'],
  ['sexLife', 'sensitive'],
  // ... and what only looks like them
  ['raceCondition', '-'],
  ['diagnostics', '-'],
  ['healthCheck', '-'],
  ['healthCheckInterval', '-'],
  // a service's health check results are a person's only on a person
  ['healthCheckResults', 'sensitive?'],
  ['employeeHealthCheckResults', 'sensitive'],
  ['bloodType', '-'],
  ['businessDiagnosis', '-'],
  // a product's own diagnosis of its content or an integration (audit 30: usertour)
  ['contentDiagnosis', '-'],
  ['tokenDiagnosis', '-'],
  ['patientDiagnosis', 'sensitive'],
  ['企業診断', '-'],
  ['dataLineage', '-'],
  // near misses: words, not substrings
  ['fileName', '-'],
  ['hostname', '-'],
  ['typeName', '-'],
  ['className', '-'],
  ['displayName', 'name?'],
  ['companyName', '-'],
  // the word the term belongs to decides, past adjectives: a rule's names, a user's legal name
  ['candidateRuleNames', '-'],
  ['customerCompanyName', '-'],
  ['userLegalName', 'name'],
  ['applicantNewUsername', 'onlineIdentifier'],
  // a dotted key names its last segment: a setting about showing names, a user's e-mail
  ['chat.showSenderName', '-'],
  ['user.email', 'contact'],
  ['emailTemplateId', '-'],
  ['emailTemplate', '-'],
  ['emailSubject', '-'],
  ['emailCount', '-'],
  ['addressBookVersion', '-'],
  ['addressBook', '-'],
  ['ipAddress', 'onlineIdentifier'],
  ['IPAddress', 'onlineIdentifier'],
  ['macAddress', '-'],
  ['serverAddress', '-'],
  ['shipFromAddress', '-'],
  ['avataxShipFromAddress', '-'],
  ['warehouseAddress', '-'],
  ['storeAddress', '-'],
  ['shipToAddress', 'address'],
  ['tokenAddress', '-'],
  ['poolAddress', '-'],
  ['customerAddress', 'address'],
  ['remoteAddress', 'onlineIdentifier'],
  ['returnAddress', '-'],
  ['mailServerAddress', '-'],
  ['mailServer', '-'],
  ['zipFile', '-'],
  ['telemetry', '-'],
  ['hotel', '-'],
  ['nameSpace', '-'],
  ['raceId', '-'],
  ['userId', '-'],
  ['customerId', '-'],
  ['顧客ID', '-'],
  ['myNumbers', '-'],
  // an account's handle and display name: personal on a person only (`user.username`, not `smtp.username`)
  ['userName', 'onlineIdentifier?'],
  ['username', 'onlineIdentifier?'],
  ['nickname', 'name?'],
  ['smtpUsername', '-'],
  // 個人識別符号, 個人関連情報 and a customer's credentials
  ['passportNumber', 'identificationCode'],
  ['driversLicenseNumber', 'identificationCode'],
  ['kisoNenkinBango', 'identificationCode'],
  ['hihokenshaBango', 'identificationCode'],
  ['在留カード番号', 'identificationCode'],
  ['softwareLicenseNumber', '-'],
  ['clientIp', 'onlineIdentifier'],
  // a User-Agent string names software, shared by many: not an identifier of a person on its own
  ['userAgent', '-'],
  ['user-agent', '-'],
  ['deviceId', 'onlineIdentifier'],
  ['serverIp', '-'],
  ['hostIp', '-'],
  ['password', 'credential'],
  ['newPassword', 'credential'],
  ['smtpPassword', '-'],
  ['dbPassword', '-'],
  ['pinCode', 'credential'],
  ['パスワード', 'credential'],
  ['hasPassword', '-'],
  // alternatives: each is a field of its own, the most serious counts
  ['myNumberOrPensionNumber', 'myNumber'],
  ['emailOrPhone', 'contact'],
  ['sortOrder', '-'],
  ['fileNameOrPath', '-'],
  ['passwordResetUrl', '-'],
  // boolean flags about a field are not the field
  ['emailVerified', '-'],
  ['phoneVerified', '-'],
  ['hasEmail', '-'],
  ['isEmail', '-'],
  ['isEmailValid', '-'],
  ['hasMyNumber', '-'],
];

function show(identifier: string, options?: VocabularyOptions): Expected {
  const m = classifyField(identifier, options);
  if (!m) return '-';
  return m.needsPerson ? `${m.category}?` : m.category;
}

describe('classifyField', () => {
  for (const [identifier, expected] of CLASSIFY) {
    it(`${identifier} → ${expected}`, () => {
      assert.equal(show(identifier), expected);
    });
  }

  it('names the person noun that qualifies a name (`customerName`)', () => {
    assert.deepStrictEqual(classifyField('customerName')?.qualifiers, ['customer']);
    assert.deepStrictEqual(classifyField('name')?.qualifiers, []);
  });

  describe('with personalData options', () => {
    const options: VocabularyOptions = {
      extraFields: { contact: ['renrakusaki'], myNumber: ['tokuteiKojin'] },
      ignoreFields: ['contactEmail'],
    };
    const TABLE: Array<[identifier: string, withOptions: Expected, without: Expected]> = [
      ['renrakusaki', 'contact', '-'],
      ['RENRAKUSAKI', 'contact', '-'],
      ['kinkyuRenrakusaki', 'contact', '-'],
      ['tokuteiKojin', 'myNumber', '-'],
      ['contactEmail', '-', 'contact'],
      ['ContactEmail', '-', 'contact'],
      ['email', 'contact', 'contact'],
      ['displayName', 'name?', 'name?'],
    ];
    for (const [identifier, withOptions, without] of TABLE) {
      it(`${identifier} → ${withOptions} (without options: ${without})`, () => {
        assert.equal(show(identifier, options), withOptions);
        assert.equal(show(identifier), without);
      });
    }
  });
});

describe('isPersonNoun', () => {
  const TABLE: Array<[identifier: string, person: boolean]> = [
    ['customer', true],
    ['customers', true],
    ['currentUser', true],
    ['Member', true],
    ['employee', true],
    ['patient', true],
    ['applicant', true],
    ['recipient', true],
    ['contact', true],
    ['person', true],
    // An affiliate or referral partner is a person who signed up (a partner program's applicants and payees).
    ['partnerData', true],
    ['partners', true],
    ['partnerService', false],
    ['kokyaku', true],
    ['okyakusama', true],
    ['顧客', true],
    ['会員', true],
    ['お客様', true],
    ['fileName', false],
    ['Order', false],
    ['Product', false],
    ['staffing', false],
    ['UserService', false],
    ['customerRepository', false],
    // a count of people is a number
    ['countUsers', false],
    ['numMembers', false],
    ['totalCustomers', false],
    ['userCount', false],
  ];
  for (const [identifier, person] of TABLE) {
    it(`${identifier} ${person ? 'is' : 'is not'} a person`, () => {
      assert.equal(isPersonNoun(identifier), person);
    });
  }
});

describe('isAmbiguousMyNumberName', () => {
  const TABLE: Array<[identifier: string, ambiguous: boolean]> = [
    ['myNumber', true],
    ['my_number', true],
    ['MY_NO', true],
    ['myNo', true],
    ['kojinBango', false],
    ['individualNumber', false],
    ['個人番号', false],
    ['myNumberCount', false],
  ];
  for (const [identifier, ambiguous] of TABLE) {
    it(`${identifier} ${ambiguous ? 'can' : 'cannot'} be a counter`, () => {
      assert.equal(isAmbiguousMyNumberName(identifier), ambiguous);
    });
  }
});

describe('the vocabulary table', () => {
  it('has terms and a label in both languages for every category', () => {
    for (const category of PERSONAL_CATEGORIES) {
      assert.ok(VOCABULARY.some((e) => e.category === category && e.terms.length > 0), `no terms for ${category}`);
      assert.ok(CATEGORY_LABELS[category].en && CATEGORY_LABELS[category].ja, `no label for ${category}`);
    }
    // `input` (a whole request body or form) is labelled but not configurable: no field name is "the input".
    assert.deepStrictEqual(Object.keys(CATEGORY_LABELS).sort(), [...PERSONAL_CATEGORIES, 'input'].sort());
  });

  it('writes terms in lower case, words separated by single spaces', () => {
    for (const e of VOCABULARY) {
      for (const t of e.terms) assert.match(t, /^[a-z0-9]+( [a-z0-9]+)*$/, `term ${JSON.stringify(t)}`);
    }
  });

  it('never gives one term two categories', () => {
    const seen = new Map<string, Category>();
    for (const e of VOCABULARY) {
      for (const t of e.terms) {
        const joined = t.split(' ').join('');
        const before = seen.get(joined);
        assert.ok(!before || before === e.category, `${t} is both ${before} and ${e.category}`);
        seen.set(joined, e.category);
      }
    }
  });

  it('lists Japanese terms most specific first (none is hidden by an earlier term of another category)', () => {
    JAPANESE_VOCABULARY.forEach((later, i) => {
      JAPANESE_VOCABULARY.slice(0, i).forEach((earlier) => {
        assert.ok(!(later.term.includes(earlier.term) && later.category !== earlier.category),
          `${later.term} (${later.category}) can never match: ${earlier.term} (${earlier.category}) comes first`);
      });
    });
  });

  it('covers the words the policy names', () => {
    // 氏名 生年月日 住所 電話番号 メールアドレス 口座番号 個人番号 (policy §5 and the summary)
    const policyWords: Array<[string, PersonalCategory]> = [['氏名', 'name'], ['生年月日', 'birthDate'], ['住所', 'address'],
      ['電話番号', 'contact'], ['メールアドレス', 'contact'], ['口座番号', 'account'], ['個人番号', 'myNumber']];
    for (const [word, category] of policyWords) assert.equal(classifyField(word)?.category, category, word);
  });
});

/** The ways a term is written in a name: camelCase after a person, snake_case, UPPER_SNAKE, kebab-case key, alone. */
function spellings(term: string): string[] {
  const words = term.split(' ');
  const camel = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  return [`customer${camel}`, words.join('_'), `patient_${words.join('_')}`, words.join('_').toUpperCase(), words.join('-'),
    `${words[0]}${camel.slice(words[0].length)}Value`, camel, `x2${words.join('')}`];
}

describe('mayMentionCategory (the test before a file is walked for a category)', () => {
  it('says yes for every name classifyField puts in the category, however it is written', () => {
    let checked = 0;
    for (const entry of VOCABULARY) {
      for (const term of entry.terms) {
        for (const name of spellings(term)) {
          const m = classifyField(name);
          if (m?.category !== entry.category) continue;
          checked++;
          assert.ok(mayMentionCategory(`export const v = record.${name.includes('-') ? `['${name}']` : name};`, entry.category),
            `${name} (${entry.category})`);
        }
      }
    }
    for (const { term, category } of JAPANESE_VOCABULARY) assert.ok(mayMentionCategory(`record.${term}`, category), term);
    assert.ok(checked > 500, `${checked} names checked`);
  });

  it("says no when a term's first word is only inside another word, or a term's other words are missing", () => {
    // `race` in `trace`/`embrace`, `union` of a union type without `trade`/`labor`/`membership`, `past` without `history`.
    assert.equal(mayMentionCategory('const trace = tracer.embrace(x); type U = A | B; // a union of the past', 'sensitive'), false);
    assert.equal(mayMentionCategory('export const patientRace = 1;', 'sensitive'), true);
    assert.equal(mayMentionCategory("headers['x-trade-union'] = v;", 'sensitive'), true);
    assert.equal(mayMentionCategory('const RACE_CODE = 1;', 'sensitive'), true);
  });
});

describe('mayHoldClinicalResource (the test before an untyped file is walked for FHIR resources)', () => {
  it('says yes for every name of a resource resourceOfName knows, however it is written', () => {
    for (const type of FHIR_CLINICAL_RESOURCES.keys()) {
      const words = splitWords(type);
      for (const name of [type, `patient${type}`, `${type}s`, words.join('_'), words.join('_').toUpperCase(), `FHIR${type}`,
        `${words.join('_')}_entries`, `my${type}Resource`]) {
        if (resourceOfName(name)) assert.ok(mayHoldClinicalResource(`const a = ${name}.code;`), name);
      }
    }
    assert.ok(mayHoldClinicalResource("const r = { resourceType: 'Condition' };"));
    assert.ok(mayHoldClinicalResource('declare const a: fhir4.Bundle;'));
  });

  it('says no for code that only shares letters with a resource (an Observable, a precondition)', () => {
    assert.equal(mayHoldClinicalResource('const o$ = new Observable(); if (preconditions.ok) observer.next(unobserved);'), false);
  });
});
