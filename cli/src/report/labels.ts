/** The words of the Markdown and HTML records, in the two languages the CLI speaks. */
import { SENSITIVE_KINDS, type DestinationKind, type Locale } from '@privacy-lint/engine';
import type { ConsentState, RecordDestination, RecordUse } from './record';
import type { PersonalCategory } from './record';

type Words = Record<Locale, string>;

const CATEGORY_WORDS: Record<PersonalCategory, Words> = {
  name: { en: 'name', ja: '氏名' },
  kana: { en: 'name reading (kana)', ja: '氏名のよみがな' },
  contact: { en: 'contact data', ja: '連絡先' },
  address: { en: 'address', ja: '住所' },
  birthDate: { en: 'date of birth', ja: '生年月日' },
  account: { en: 'account or card number', ja: '口座番号・カード番号' },
  myNumber: { en: 'My Number', ja: '個人番号（マイナンバー）' },
  sensitive: { en: 'sensitive data (要配慮個人情報)', ja: '要配慮個人情報' },
  identificationCode: { en: 'identification code', ja: '個人識別符号' },
  onlineIdentifier: { en: 'online identifier', ja: 'オンライン識別子' },
  credential: { en: 'credential', ja: '認証情報' },
  sessionToken: { en: 'session or access token', ja: 'セッション・アクセストークン' },
  input: { en: 'customer input (form, request body)', ja: 'お客さまの入力（フォーム・リクエスト）' },
};

/** A category as the record's tables name it. */
export function categoryWord(category: PersonalCategory, locale: Locale): string {
  return CATEGORY_WORDS[category]?.[locale] ?? category;
}

/** A kind of sensitive data (`medicalHistory` → medical history / 病歴). */
export function sensitiveKindWord(kind: string | undefined, locale: Locale): string {
  const found = SENSITIVE_KINDS.find((k) => k.id === kind);
  return found ? found.label[locale] : locale === 'ja' ? '機微情報' : 'sensitive data';
}

/** A country by its ISO code, in the locale's words (`US` → United States / アメリカ合衆国), with the code. */
export function countryWord(code: string | undefined, locale: Locale): string {
  if (!code) return '';
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([locale], { type: 'region' }).of(code.toUpperCase());
  } catch {
    name = undefined;
  }
  return name && name !== code ? `${name} (${code})` : code;
}

/** What kind of recipient a destination is, and what the policy asks of a transfer to it. */
export function kindWord(d: Pick<RecordDestination, 'kind' | 'country' | 'vendor'>, locale: Locale): string {
  const ja = locale === 'ja';
  switch (d.kind) {
    case 'processor':
      return d.country === 'JP'
        ? (ja ? '委託先（国内）' : 'processor (委託先) in Japan')
        : (ja ? '委託先（外国）: 事前の同意が必要（§2(1)）' : 'processor abroad: prior consent required (§2(1))');
    case 'external':
      return ja ? '第三者: 同意が必要（§2）' : 'third party: consent required (§2)';
    case 'unknown':
      return ja ? '送信先を特定できない: privacy-lint.json で宣言してください' : 'not resolved from the code: declare it in privacy-lint.json';
    case 'permitted':
      return ja ? '法令に基づく提供先（個人番号）' : 'required by law (My Number)';
    case 'internal':
      return ja ? '自社のシステム' : "the company's own system";
  }
}

/** The short name of a kind, for legends and badges. */
export function kindShort(kind: DestinationKind, locale: Locale): string {
  const words: Record<DestinationKind, Words> = {
    processor: { en: 'processor', ja: '委託先' },
    external: { en: 'third party', ja: '第三者' },
    unknown: { en: 'unresolved', ja: '未特定' },
    permitted: { en: 'required by law', ja: '法令に基づく提供' },
    internal: { en: 'own system', ja: '自社' },
  };
  return words[kind][locale];
}

/** Whether the transfers are checked for consent. */
export function consentWord(consent: ConsentState, locale: Locale, guarded?: number, total?: number): string {
  const ja = locale === 'ja';
  switch (consent) {
    case 'guarded': return ja ? '同意確認あり' : 'consent checked';
    case 'unguarded': return ja ? '同意確認なし' : 'no consent check';
    case 'partly': return ja ? `一部のみ同意確認（${guarded}/${total}）` : `partly checked (${guarded} of ${total})`;
  }
}

/** A use's module: permitted to handle the category or not. */
export function permittedWord(use: Pick<RecordUse, 'permitted'>, locale: Locale): string {
  if (locale === 'ja') return use.permitted ? '許可されたモジュール' : '許可外のモジュール';
  return use.permitted ? 'permitted module' : 'not a permitted module';
}

/** The headings and fixed texts of the record. */
export const TEXT = {
  title: { en: 'Record of third-party provision', ja: '第三者提供記録' },
  subtitle: {
    en: 'What the code sends where, for the record of third-party provision (policy §8(1)), made by privacy-lint from the code.',
    ja: '顧客情報保護方針 §8(1) の第三者提供記録のため、privacy-lint がコードから作成した「どの個人データをどこへ送るか」の一覧です。',
  },
  generated: { en: 'Generated', ja: '作成日時' },
  tool: { en: 'Tool', ja: 'ツール' },
  revision: { en: 'Code revision', ja: 'コードのリビジョン' },
  modified: { en: '(with uncommitted changes)', ja: '（コミットされていない変更あり）' },
  files: { en: 'Files analysed', ja: '解析したファイル' },
  withTypes: { en: 'with type information', ja: '型情報あり' },
  summary: { en: 'Summary', ja: '概要' },
  thirdParties: { en: 'Third-party destinations', ja: '第三者の送信先' },
  thirdPartyTransfers: { en: 'Transfers of personal data to third parties', ja: '第三者への個人データの送信' },
  unguarded: { en: 'without a consent check', ja: '同意確認なし' },
  withFindings: { en: 'reported by the rules', ja: 'ルールの指摘あり' },
  diagram: { en: 'Categories of personal data → destinations', ja: '個人データの種類 → 送信先' },
  diagramNote: {
    en: 'Each line is a category of personal data sent to a destination, thicker for more places in the code; hover over a line for the count. The company\'s own systems are not shown.',
    ja: '線は、個人データの種類が送信先へ送られていることを表し、コード上の箇所が多いほど太く描いています（線にポインターを合わせると件数を表示します）。自社のシステムは表示していません。',
  },
  legend: {
    reported: { en: 'reported by a rule (a finding)', ja: 'ルールの指摘あり' },
    unguarded: { en: 'no consent check, not reported (e.g. a processor in Japan, required by law)', ja: '同意確認なし・指摘なし（国内の委託先、法令に基づく提供など）' },
    guarded: { en: 'consent checked', ja: '同意確認あり' },
  },
  destinations: { en: 'Destinations', ja: '送信先' },
  destination: { en: 'Destination', ja: '送信先' },
  kind: { en: 'Kind', ja: '区分' },
  processorName: { en: 'Processor (registered)', ja: '委託先名（登録）' },
  hosts: { en: 'Hosts', ja: 'ホスト' },
  country: { en: 'Country', ja: '国' },
  countryUnknown: { en: 'unknown', ja: '不明' },
  countryCatalogue: { en: 'vendor default, not confirmed', ja: 'ベンダーの既定、未確認' },
  consent: { en: 'Consent', ja: '同意確認' },
  categories: { en: 'Categories of personal data', ja: '個人データの種類' },
  places: { en: 'Places', ja: '箇所' },
  reportedPlaces: { en: 'Reported', ja: '指摘' },
  place: { en: 'Place', ja: '箇所' },
  call: { en: 'Call', ja: '呼び出し' },
  via: { en: 'via', ja: '経由' },
  fields: { en: 'Fields', ja: '項目' },
  findings: { en: 'Findings', ja: '指摘' },
  suppressedBy: { en: 'suppressed', ja: '抑制' },
  none: { en: 'none', ja: 'なし' },
  noDestinations: { en: 'The code sends no personal data to any destination the analysis could see.', ja: '解析できた範囲では、個人データの送信はありません。' },
  ownSystems: { en: "The company's own systems", ja: '自社のシステム' },
  ownSystemsNote: {
    en: 'Not third-party provision; listed so the lead can confirm that these hosts are the company\'s own (transfers.internalHosts).',
    ja: '第三者提供ではありません。自社のホストであること（transfers.internalHosts）を責任者が確認できるよう掲載しています。',
  },
  myNumber: { en: 'My Number handling sites', ja: '個人番号（マイナンバー）の取扱箇所' },
  myNumberNote: {
    en: 'Reads and writes of My Number (個人番号). Only the modules of myNumber.permittedModules may handle it (policy preamble, §1(1)).',
    ja: '個人番号の読み書きです。取り扱えるのは myNumber.permittedModules のモジュールだけです（方針 前文・§1(1)）。',
  },
  sensitive: { en: 'Sensitive data (要配慮個人情報) handling sites', ja: '要配慮個人情報の取扱箇所' },
  sensitiveNote: {
    en: 'Reads and writes of sensitive personal data. Only the modules of sensitiveData.permittedModules may handle it (policy §3).',
    ja: '要配慮個人情報の読み書きです。取り扱えるのは sensitiveData.permittedModules のモジュールだけです（方針 §3）。',
  },
  field: { en: 'Field', ja: '項目' },
  sensitiveKind: { en: 'Kind', ja: '種類' },
  module: { en: 'Module', ja: 'モジュール' },
  noUses: { en: 'None found.', ja: '見つかりませんでした。' },
  completeness: { en: 'What this record may miss', ja: 'この記録に含まれない可能性があるもの' },
  completenessNote: {
    en: 'The record lists what the analysis could see in the code; a lead confirms it against contracts and operations.',
    ja: 'この記録は解析でコードから読み取れた範囲のものです。契約や運用と照らして責任者が確認してください。',
  },
  notAnalysed: { en: 'Files not analysed', ja: '解析できなかったファイル' },
  testFiles: { en: 'Test code whose transfers are not listed (testFiles; --include-tests lists them)', ja: '送信を記載していないテストコード（testFiles。--include-tests で記載します）' },
  blindSpots: { en: 'Blind spots of the analysis (privacy-lint -f json-with-metadata lists them)', ja: '解析の死角（privacy-lint -f json-with-metadata で一覧できます）' },
  blindSpotKinds: {
    unresolvedImport: { en: 'imports that resolve to no file', ja: '解決できない import' },
    unknownReceiver: { en: 'sending calls on values of unknown type', ja: '型が不明な値に対する送信らしき呼び出し' },
    untypedFile: { en: 'files analysed without type information', ja: '型情報なしで解析したファイル' },
    depthLimit: { en: 'flows cut at the depth limit', ja: '深さの上限で打ち切ったデータの流れ' },
  },
  nothingMissed: { en: 'Nothing: every file was analysed, with no blind spots.', ja: 'ありません。すべてのファイルを死角なく解析しました。' },
  yes: { en: 'yes', ja: 'はい' },
  no: { en: 'no', ja: 'いいえ' },
  guarded: { en: 'checked', ja: 'あり' },
  unguardedShort: { en: 'none', ja: 'なし' },
} satisfies Record<string, Words | Record<string, Words>>;

/** Text in parentheses after a word: ` (text)`, or full-width and unspaced in Japanese. */
export function paren(text: string, locale: Locale): string {
  return locale === 'ja' ? `（${text}）` : ` (${text})`;
}

/** A fixed text in the locale. */
export function say(text: Words, locale: Locale): string {
  return text[locale];
}
