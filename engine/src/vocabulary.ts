/**
 * The personal-data vocabulary, as data: which field names carry which category of personal data, in
 * English, romaji and Japanese. Matching is by words (camelCase, snake_case, kebab-case are split), never by
 * substring, so `hostname`, `fileName` or `emailTemplateId` stay quiet.
 */

import { SENSITIVE_KINDS } from './sensitive';

export type PersonalCategory =
  | 'name' | 'kana' | 'contact' | 'address' | 'birthDate' | 'account' | 'myNumber' | 'sensitive'
  | 'identificationCode' | 'onlineIdentifier' | 'credential'
  /** A signed-in customer's session, access or refresh token (a JWT among them): whoever holds it is that customer. */
  | 'sessionToken'
  /** A request body, query or form, or a chat message, as a whole: the customer's input, which may hold any of the above. */
  | 'input';

/** The categories a field can be configured with (`personalData.extraFields`, `@personal` markers). */
export const PERSONAL_CATEGORIES: readonly PersonalCategory[] =
  ['name', 'kana', 'contact', 'address', 'birthDate', 'account', 'myNumber', 'sensitive', 'identificationCode',
    'onlineIdentifier', 'credential', 'sessionToken'];

/** How each category reads in messages. */
export const CATEGORY_LABELS: Record<PersonalCategory, { en: string; ja: string }> = {
  name: { en: 'a name', ja: '氏名' },
  kana: { en: 'the reading of a name (kana)', ja: '氏名のよみがな' },
  contact: { en: 'contact data', ja: '連絡先' },
  address: { en: 'an address', ja: '住所' },
  birthDate: { en: 'a date of birth', ja: '生年月日' },
  account: { en: 'an account or card number', ja: '口座番号・カード番号' },
  myNumber: { en: 'a My Number (individual number)', ja: '個人番号（マイナンバー）' },
  sensitive: { en: 'sensitive personal data (要配慮個人情報)', ja: '要配慮個人情報' },
  identificationCode: { en: 'an identification code (個人識別符号)', ja: '個人識別符号' },
  onlineIdentifier: { en: 'an online identifier (個人関連情報)', ja: 'オンライン識別子（個人関連情報）' },
  credential: { en: 'a customer\'s credential', ja: '顧客の認証情報' },
  sessionToken: { en: 'a customer\'s session or access token', ja: '顧客のセッション・アクセストークン' },
  input: { en: 'the customer\'s input (a request body, a form, a chat message) that may hold personal data',
    ja: '個人データを含み得る顧客の入力（リクエストボディ、フォーム、チャットのメッセージ）' },
};

interface VocabularyEntry {
  category: PersonalCategory;
  /** Word sequences, lower case; matched against the last words of an identifier. */
  terms: string[];
  /** Personal only when the owner is a person (`user.name`, not `file.name`). */
  needsPerson?: boolean;
  /** Words that, directly before the term, make it something else (`ipAddress`). */
  notAfter?: string[];
}

/**
 * The table. A term is written with spaces between words; `e mail` also matches `email` because matching
 * joins words. Order matters only for readability; the longest matching term wins.
 */
export const VOCABULARY: readonly VocabularyEntry[] = [
  { category: 'name', terms: ['full name', 'first name', 'last name', 'family name', 'given name', 'middle name',
    'sur name', 'fore name', 'shimei', 'kanji name', 'name kanji', 'sei mei kanji', 'myoji', 'myouji'],
    // `tableFullName`, `schemaFullName`, `classFullName`: a qualified name of a thing in code or a database.
    notAfter: ['table', 'tables', 'column', 'schema', 'class', 'type', 'metric', 'field', 'index', 'database', 'db',
      'dataset', 'host', 'domain', 'package', 'module', 'function', 'method', 'model', 'project', 'repo', 'repository',
      'image', 'resource', 'bucket', 'branch', 'namespace', 'queue', 'topic', 'file', 'path', 'service', 'app',
      'team', 'org', 'company', 'product', 'object', 'key', 'generator', 'generators', 'container', 'plugin', 'component',
      'entity', 'enum', 'dto', 'job', 'task', 'workflow', 'step', 'node', 'provider', 'integration', 'template', 'bot',
      'runner', 'builder', 'workspace', 'organization', 'channel'] },
  { category: 'name', terms: ['name', 'names', 'namae'], needsPerson: true },
  { category: 'kana', terms: ['kana', 'furigana', 'name kana', 'kana name', 'shimei kana', 'name furigana',
    'name reading', 'phonetic name', 'kana sei', 'kana mei'] },
  { category: 'contact', terms: ['email', 'emails', 'e mail', 'mail address', 'email address', 'email addresses',
    'mail addresses', 'e mail address', 'e mail addresses', 'mail addr', 'email addr',
    'phone', 'phones', 'phone number', 'phone no', 'phone num', 'tel', 'tel no', 'tel number', 'telephone',
    'telephone number', 'mobile number', 'mobile phone', 'cell phone', 'cellphone number', 'fax', 'fax number', 'fax no',
    'denwa', 'denwa bango', 'denwa bangou', 'denwa no', 'keitai', 'keitai bango', 'keitai bangou', 'keitai denwa',
    'meru', 'meeru', 'mail adoresu', 'meru adoresu', 'meeru adoresu', 'renrakusaki denwa'],
    // The company's mailboxes and lines, named for their role (`supportEmail`, `noreplyEmail`, `helpdeskPhone`).
    notAfter: ['support', 'noreply', 'helpdesk', 'webmaster', 'postmaster', 'abuse', 'mailer', 'bounce', 'bounces', 'system'] },
  { category: 'address', terms: ['address', 'addresses', 'street address', 'home address', 'address line',
    'postal code', 'post code', 'postcode', 'zip', 'zip code', 'zipcode', 'yubin bango', 'yubin bangou', 'yuubin bangou',
    'yuubin bango', 'yubin', 'yuubin', 'jusho', 'juusho', 'jyusho', 'jyuusho', 'jusyo', 'zyusyo'],
    notAfter: ['ip', 'mac', 'ble', 'bluetooth', 'memory', 'wallet', 'contract', 'ether', 'eth', 'server', 'remote', 'lookup',
      'resolved', 'dns',
      'local', 'host', 'web', 'url', 'bind', 'listen', 'return', 'base', 'proxy', 'socket', 'network', 'net', 'peer',
      'node', 'mail server', 'smtp', 'gateway', 'multicast', 'broadcast', 'virtual', 'physical', 'hardware', 'endpoint',
      'relative', 'absolute', 'start', 'end', 'target', 'source', 'destination', 'dest', 'src', 'module', 'block', 'page',
      // A place in an archive or on disk (`pathInZip`, `fileZip`): a `.zip` file, not a postal code.
      'in', 'into', 'path', 'file', 'folder', 'dir', 'archive',
      // A business's place (`warehouseAddress`, `storeAddress`, a tax service's `shipFromAddress`: where goods leave).
      'warehouse', 'store', 'shop', 'merchant', 'company', 'business', 'seller', 'supplier', 'office', 'branch', 'ship from',
      // A token's or a pool's contract on a blockchain (`tokenAddress`, `poolAddress`): code, not a place or a person.
      'token', 'nft', 'pool', 'pair', 'router', 'factory',
      // Where a page, a callback or a service is (`redirectAddress`, `serviceAddress`, `rpcAddress`): a URL or a host.
      'redirect', 'callback', 'service', 'api', 'rpc', 'grpc', 'origin', 'website', 'site', 'http', 'https', 'tcp', 'udp',
      'dns', 'cluster', 'instance', 'advertise', 'advertised', 'listening', 'plugin', 'subgraph'] },
  { category: 'birthDate', terms: ['birth date', 'birthdate', 'date of birth', 'dob', 'birthday', 'birth day',
    'birth year', 'seinengappi', 'seinen gappi', 'tanjobi', 'tanjoubi', 'tanjyobi'] },
  { category: 'account', terms: ['account number', 'account no', 'account num', 'bank account', 'bank account number',
    'card number', 'card no', 'card num', 'credit card', 'credit card number', 'iban', 'koza', 'kouza', 'koza bango',
    'koza bangou', 'kouza bango', 'kouza bangou', 'koza no', 'kouza no'] },
  { category: 'myNumber', terms: ['my number', 'mynumber', 'individual number', 'kojin bango', 'kojin bangou',
    'kojinbango', 'kojinbangou', 'my no'] },
  // Sensitive personal data (§3), by kind: see sensitive.ts.
  ...SENSITIVE_KINDS.map((k): VocabularyEntry => ({ category: 'sensitive', terms: k.terms, notAfter: k.notAfter })),
  ...SENSITIVE_KINDS.filter((k) => k.needsPerson)
    .map((k): VocabularyEntry => ({ category: 'sensitive', terms: k.needsPerson!, needsPerson: true })),
  // 個人識別符号: codes the law names as identifying a person by themselves.
  { category: 'identificationCode', terms: ['passport', 'passport number', 'passport no', 'passport num',
    'driver license', 'drivers license', 'driver licence', 'drivers licence', 'driving license', 'driving licence',
    'driver license number', 'drivers license number', 'driving licence number', 'license number', 'licence number',
    'basic pension number', 'pension number', 'kiso nenkin bango', 'kiso nenkin bangou', 'nenkin bango', 'nenkin bangou',
    'health insurance number', 'insurance card number', 'insured number', 'insured person number', 'hihokensha bango',
    'hihokensha bangou', 'hokensha bango', 'hokensha bangou', 'residence card number', 'residence card',
    'zairyu card', 'zairyu card number', 'zairyu kado', 'zairyu kado bango', 'ssn', 'social security number',
    'unten menkyo', 'menkyo bango', 'menkyosho bango', 'ryoken bango'],
    notAfter: ['software', 'product', 'app', 'plugin', 'api', 'key', 'seat', 'enterprise', 'site', 'server'] },
  // 個人関連情報: online identifiers (APPI art. 31). A User-Agent string is not one: it names a browser build or a
  // server's software (`Misskey/13.0`), shared by many; with an IP or a device id beside it, those are reported.
  { category: 'onlineIdentifier', terms: ['ip', 'ip address', 'ip addr', 'ip v4', 'ip v6', 'ipv4', 'ipv6', 'device id', 'device identifier', 'advertising id', 'ad id', 'idfa', 'idfv', 'gaid', 'cookie id',
    'geolocation', 'geo location', 'latitude', 'longitude', 'client ip', 'remote ip', 'remote addr', 'remote address'],
    // A host's address a program resolved or connects to (`resolvedIp` of an SSRF guard, `targetIp`): a machine's.
    notAfter: ['server', 'host', 'local', 'bind', 'listen', 'proxy', 'gateway', 'dns', 'node', 'server ip', 'internal',
      'resolved', 'pinned', 'lookup', 'upstream', 'outbound', 'target', 'destination', 'dest'] },
  // An account's handle and display name are the person's online identity, on a person only (`user.username`).
  { category: 'onlineIdentifier', terms: ['username', 'user name', 'usernames', 'login id', 'login name', 'screen name',
    'screenname', 'handle', 'acct'], needsPerson: true },
  { category: 'name', terms: ['display name', 'displayname', 'nickname', 'nick name'], needsPerson: true },
  // A customer's credentials (a company's own: `smtpPassword`, `dbPassword` are not a customer's).
  { category: 'credential', terms: ['password', 'passwd', 'passcode', 'pin', 'pin code', 'security answer',
    'secret answer', 'security question answer', 'otp', 'one time password', 'one time code', 'verification code',
    'pasuwado', 'pasuwaado', 'anshou bangou', 'ansho bango'],
    notAfter: ['smtp', 'db', 'database', 'mysql', 'postgres', 'redis', 'mongo', 'admin', 'root', 'api', 'app', 'client',
      'service', 'bot', 'proxy', 'ldap bind', 'bind', 'mail', 'mail server', 'ftp', 'sftp', 'ssh', 'keystore', 'key store',
      'cert', 'certificate', 'master', 'system', 'server', 'basic auth', 'auth', 'aws', 's3', 'webhook', 'default',
      'initial', 'temporary', 'temp', 'env', 'config'] },
  // A signed-in customer's session token, access or refresh token, a JWT: it authenticates as the person (and a
  // JWT's claims are readable by whoever holds it). The company's own tokens to other services are not: an app's,
  // a bot's, a workspace's or an integration's (`slackBotToken`, `githubAccessToken` of an installation, `apiToken`).
  { category: 'sessionToken', terms: ['session token', 'access token', 'refresh token', 'auth token', 'authentication token',
    'id token', 'jwt', 'jwt token', 'session jwt', 'bearer token', 'login token', 'sign in token', 'verification token'],
    notAfter: ['smtp', 'db', 'database', 'admin', 'root', 'api', 'app', 'application', 'client', 'service', 'bot', 'proxy',
      'system', 'server', 'webhook', 'default', 'env', 'config', 'master', 'platform', 'integration', 'installation',
      'workspace', 'team', 'org', 'organization', 'slack', 'github', 'gitlab', 'google', 'microsoft', 'provider',
      'oauth app', 'mapbox', 'figma', 'vendor', 'partner', 'page', 'channel', 'tenant', 'site', 'project', 'csrf', 'xsrf',
      'push', 'device', 'fcm', 'apns', 'expo'] },
];

/** Japanese terms, matched as substrings of identifiers written in Japanese (most specific first). */
export const JAPANESE_VOCABULARY: ReadonlyArray<{ term: string; category: PersonalCategory }> = [
  { term: '旅券番号', category: 'identificationCode' }, { term: 'パスポート番号', category: 'identificationCode' },
  { term: '運転免許', category: 'identificationCode' }, { term: '基礎年金番号', category: 'identificationCode' },
  { term: '被保険者番号', category: 'identificationCode' }, { term: '保険者番号', category: 'identificationCode' },
  { term: '在留カード', category: 'identificationCode' },
  { term: '個人番号', category: 'myNumber' }, { term: 'マイナンバー', category: 'myNumber' },
  { term: 'フリガナ', category: 'kana' }, { term: 'ふりがな', category: 'kana' }, { term: 'カナ', category: 'kana' },
  { term: 'よみがな', category: 'kana' },
  { term: '氏名', category: 'name' }, { term: '名前', category: 'name' }, { term: '姓名', category: 'name' },
  { term: '電話番号', category: 'contact' }, { term: '携帯番号', category: 'contact' }, { term: '電話', category: 'contact' },
  { term: 'メールアドレス', category: 'contact' }, { term: 'メアド', category: 'contact' }, { term: 'メール', category: 'contact' },
  { term: 'ＦＡＸ番号', category: 'contact' },
  { term: '郵便番号', category: 'address' }, { term: '住所', category: 'address' }, { term: '所在地', category: 'address' },
  { term: '生年月日', category: 'birthDate' }, { term: '誕生日', category: 'birthDate' },
  { term: '口座番号', category: 'account' }, { term: '口座', category: 'account' }, { term: 'カード番号', category: 'account' },
  ...SENSITIVE_KINDS.flatMap((k) => k.japanese.map((term) => ({ term, category: 'sensitive' as const }))),
  { term: 'IPアドレス', category: 'onlineIdentifier' }, { term: '端末ID', category: 'onlineIdentifier' },
  { term: 'パスワード', category: 'credential' }, { term: '暗証番号', category: 'credential' },
];

/**
 * Nouns that make an owner a person: `user.name`, `customerName`, `Customer` types. Not `worker` nor `tenant`: in
 * application code they are a job runner (BullMQ, worker threads) and a customer organisation far more often than a
 * person, so their names are a thing's (NON_PERSON_OWNERS).
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'user', 'users', 'customer', 'customers', 'member', 'members', 'employee', 'employees', 'patient', 'patients',
  'applicant', 'applicants', 'recipient', 'recipients', 'contact', 'contacts', 'person', 'persons', 'people',
  'guest', 'guests', 'student', 'students', 'staff', 'holder', 'payer', 'payee', 'buyer', 'consumer', 'subscriber',
  'subscribers', 'owner', 'profile', 'profiles', 'kokyaku', 'kaiin', 'shain', 'jugyoin',
  'juugyouin', 'kanja', 'moushikomisha', 'riyosha', 'riyousha', 'okyakusama', 'okyaku', 'honnin',
  'candidate', 'candidates', 'resident', 'residents', 'beneficiary', 'insured', 'policyholder',
  'sender', 'addressee', 'author', 'reviewer', 'attendee', 'participant', 'participants', 'visitor', 'partner', 'partners',
  'shopper', 'purchaser', 'orderer', 'landlord', 'borrower', 'lender', 'guarantor', 'spouse', 'dependent', 'dependents', 'emp', 'cust', 'usr',
]);
const JAPANESE_PERSON_NOUNS = ['顧客', '会員', '社員', '従業員', '患者', '申込者', '利用者', 'お客様', '受取人', '本人', '個人', '担当者', '契約者', '購入者'];

/** Adjectives between a person and their name: `userRealName`, `customerLegalName`, `memberPreferredName`. */
const NAME_MODIFIERS: ReadonlySet<string> = new Set(['real', 'legal', 'official', 'preferred', 'public', 'full',
  'current', 'new', 'old', 'previous', 'original', 'formal', 'short', 'long', 'known', 'primary', 'main']);

/** Leading words that make a name a flag or a question about a field (`hasEmail`, `isEmailValid`). */
const BOOLEAN_PREFIXES: ReadonlySet<string> = new Set(['is', 'has', 'have', 'had', 'should', 'can', 'could', 'needs',
  'need', 'must', 'allow', 'allows', 'enable', 'enabled', 'disable', 'use', 'uses', 'show', 'hide', 'requires',
  'require', 'include', 'includes', 'did', 'does', 'was', 'will', 'with', 'without', 'no', 'missing', 'valid', 'invalid']);

/** Verbs inside a name that make it a predicate about a field. */
const PREDICATE_WORDS: ReadonlySet<string> = new Set(['is', 'has', 'have', 'had', 'should', 'can', 'could', 'may',
  'might', 'must', 'will', 'was', 'were', 'does', 'did', 'use', 'uses', 'using', 'needs', 'requires', 'contains',
  'includes', 'allow', 'allows', 'mentions']);

/** Trailing words of a person's record: `customerRecord`, `userDto`, `memberInfo` are still the person. */
const RECORD_SUFFIXES: ReadonlySet<string> = new Set(['record', 'records', 'details', 'detail', 'entity', 'entities',
  'dto', 'model', 'row', 'rows', 'doc', 'document', 'object', 'obj', 'payload', 'json', 'props', 'data', 'info',
  'list', 'array', 'arr', 'value', 'item', 'items']);

/** Words after which a trailing personal word is still personal (`emailValue`, `rawEmail` needs nothing). */
const NEUTRAL_SUFFIXES: ReadonlySet<string> = new Set(['value', 'val', 'str', 'string', 'text', 'raw', 'input',
  'field', 'data', 'info', 'plain', 'orig', 'original', 'full', 'lower', 'upper', 'normalized', 'trimmed']);

/** Splits an identifier into lower-case words: `customerEmailAddress` → customer, email, address. */
export function splitWords(identifier: string): readonly string[] {
  // Pure and asked again and again for the same names (every call, member and declaration of every file): memoized,
  // and frozen, as every caller shares the list (one that changed it changed what the name means for the rest of the run).
  const known = splitCache.get(identifier);
  if (known) return known;
  const words = Object.freeze(splitWordsUncached(identifier));
  if (splitCache.size >= 100_000) splitCache.clear();
  splitCache.set(identifier, words);
  return words;
}

const splitCache = new Map<string, readonly string[]>();

function splitWordsUncached(identifier: string): string[] {
  const words: string[] = [];
  const chunks = identifier.split(/[^A-Za-z0-9\u3040-\u30ff\u3400-\u9fff\uff10-\uff5a]+/);
  for (const chunk of chunks) {
    if (!chunk) continue;
    const parts = chunk
      .replace(/([\u3040-\u30ff\u3400-\u9fff]+)/g, ' $1 ')
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      .replace(/([A-Za-z])([0-9])/g, '$1 $2')
      .replace(/([0-9])([A-Za-z])/g, '$1 $2')
      .split(' ');
    for (const p of parts) if (p) words.push(p.toLowerCase());
  }
  return words;
}

export interface FieldMatch {
  category: PersonalCategory;
  /** True when the match depends on the owner being a person (`name`). */
  needsPerson: boolean;
  /** The words before the matched term (`customer` in `customerName`). */
  qualifiers: string[];
}

/** User-tunable parts of the vocabulary (from `personalData` in privacy-lint.json). */
export interface VocabularyOptions {
  extraFields?: Record<string, string[]>;
  ignoreFields?: string[];
}

interface CompiledVocabulary {
  byJoined: Map<string, { entry: VocabularyEntry; words: number }>;
  maxWords: number;
  ignore: Set<string>;
  extraExact: Map<string, PersonalCategory>;
  cache: Map<string, FieldMatch | null>;
  /** `mayMentionCategory`'s test per category. */
  hints: Map<PersonalCategory, { test: TermsHint; text: string | undefined; result: boolean }>;
}

function compile(options: VocabularyOptions | undefined): CompiledVocabulary {
  const byJoined = new Map<string, { entry: VocabularyEntry; words: number }>();
  let maxWords = 1;
  const add = (entry: VocabularyEntry) => {
    for (const term of entry.terms) {
      const words = term.split(' ');
      maxWords = Math.max(maxWords, words.length);
      const joined = words.join('');
      if (!byJoined.has(joined)) byJoined.set(joined, { entry, words: words.length });
    }
  };
  for (const entry of VOCABULARY) add(entry);
  const extraExact = new Map<string, PersonalCategory>();
  for (const [category, fields] of Object.entries(options?.extraFields ?? {})) {
    for (const field of fields) {
      const words = splitWords(field);
      extraExact.set(field.toLowerCase(), category as PersonalCategory);
      if (words.length > 0) add({ category: category as PersonalCategory, terms: [words.join(' ')] });
    }
  }
  const ignore = new Set((options?.ignoreFields ?? []).map((f) => f.toLowerCase()));
  return { byJoined, maxWords, ignore, extraExact, cache: new Map(), hints: new Map() };
}

const compiledCache = new WeakMap<object, CompiledVocabulary>();
const defaultCompiled = compile(undefined);

/** The last options asked about: a run asks with one config's options millions of times (skips the WeakMap). */
let lastOptions: VocabularyOptions | undefined;
let lastCompiled = defaultCompiled;

function compiledFor(options: VocabularyOptions | undefined): CompiledVocabulary {
  if (!options) return defaultCompiled;
  if (options === lastOptions) return lastCompiled;
  let c = compiledCache.get(options);
  if (!c) { c = compile(options); compiledCache.set(options, c); }
  lastOptions = options;
  lastCompiled = c;
  return c;
}

function hasJapanese(s: string): boolean { return /[\u3040-\u30ff\u3400-\u9fff]/.test(s); }

/**
 * Classifies a field or variable name. Returns undefined for names that are not personal.
 * `needsPerson` matches (`name`) must be confirmed by the caller with the owner's context.
 */
export function classifyField(identifier: string, options?: VocabularyOptions): FieldMatch | undefined {
  const vocab = compiledFor(options);
  const cached = vocab.cache.get(identifier);
  if (cached !== undefined) return cached ?? undefined;
  const result = classifyUncached(identifier, vocab);
  vocab.cache.set(identifier, result ?? null);
  return result;
}

function classifyUncached(identifier: string, vocab: CompiledVocabulary): FieldMatch | undefined {
  const lower = identifier.toLowerCase();
  if (vocab.ignore.has(lower)) return undefined;
  const extra = vocab.extraExact.get(lower);
  if (extra) return { category: extra, needsPerson: false, qualifiers: [] };
  // A dotted key (`'chat.showSenderName'`, `'user.email'`) names its last segment: that decides.
  const dot = identifier.lastIndexOf('.');
  if (dot > 0 && dot < identifier.length - 1) return classifyUncached(identifier.slice(dot + 1), vocab);
  if (hasJapanese(identifier)) {
    for (const { term, category } of JAPANESE_VOCABULARY) {
      if (identifier.includes(term)) {
        return { category, needsPerson: false, qualifiers: [] };
      }
    }
  }
  let words = splitWords(identifier);
  // `myNumberOrPensionNumber`, `emailAndPhone`: each alternative is a field of its own; the most serious one counts.
  const joint = words.findIndex((w, i) => i > 0 && i < words.length - 1 && (w === 'or' || w === 'and'));
  if (joint > 0) {
    const parts = [words.slice(0, joint), words.slice(joint + 1)].map((ws) => classifyUncached(ws.map((w, i) => (i ? w[0].toUpperCase() + w.slice(1) : w)).join(''), vocab));
    const found = parts.filter((m): m is FieldMatch => !!m);
    if (found.length) return found.find((m) => m.category === 'myNumber') ?? found.find((m) => !m.needsPerson) ?? found[0];
  }
  // Trailing digits (`address1`) and neutral words (`emailValue`) do not change what a field holds.
  while (words.length > 1 && (/^[0-9]+$/.test(words[words.length - 1]) || NEUTRAL_SUFFIXES.has(words[words.length - 1]))) {
    words = words.slice(0, -1);
  }
  if (words.length === 0) return undefined;
  if (words.length > 1 && BOOLEAN_PREFIXES.has(words[0])) return undefined;
  for (let k = Math.min(vocab.maxWords + 2, words.length); k >= 1; k--) {
    const joined = words.slice(words.length - k).join('');
    const hit = vocab.byJoined.get(joined);
    if (!hit) continue;
    const qualifiers = words.slice(0, words.length - k);
    // A question about the field, not the field: `customerHasEmail`, `initializerIsMyNumber`, `mayUseMyNumber`.
    if (qualifiers.some((q) => PREDICATE_WORDS.has(q))) return undefined;
    const before = qualifiers[qualifiers.length - 1];
    if (before && hit.entry.notAfter?.includes(before)) return undefined;
    if (hit.entry.category === 'address' && qualifiers.length >= 2
      && hit.entry.notAfter?.includes(qualifiers.slice(-2).join(' '))) return undefined;
    if (hit.entry.needsPerson) {
      // `customerName` is personal by its own words; `fileName`, `displayName`, `typeName` are not. The word the term
      // belongs to decides, past adjectives (`customerLegalName`): `candidateRuleNames` are a rule's names.
      if (qualifiers.length > 0) {
        let k = qualifiers.length - 1;
        while (k > 0 && NAME_MODIFIERS.has(qualifiers[k])) k--;
        return PERSON_NOUNS.has(qualifiers[k])
          ? { category: hit.entry.category, needsPerson: false, qualifiers }
          : undefined;
      }
      return { category: hit.entry.category, needsPerson: true, qualifiers };
    }
    return { category: hit.entry.category, needsPerson: false, qualifiers };
  }
  return undefined;
}

/**
 * A name that asks a question about its last words rather than holding them: `isGuestUser`, `hasEmail`,
 * `shouldNotifyCustomer`.
 */
export function isPredicateName(identifier: string): boolean {
  const words = splitWords(identifier);
  return words.length > 1 && BOOLEAN_PREFIXES.has(words[0]);
}

/** Words that end a name of an id. */
const ID_NOUNS = new Set(['id', 'ids', 'uuid', 'uuids', 'guid', 'guids']);
/** Words that open a phrase after a name's head (`…IdFromWebhook`, `…IdForUser`, `…IdOfEvent`). */
const TRAILING_PHRASE = new Set(['by', 'per', 'from', 'for', 'of', 'in']);

/**
 * A name of an id, or of a function that gives one: its head (the words before a `from`, `for`, `by` … phrase) ends
 * with `Id`, `Ids`, `Uuid` (`teamId`, `slack_team_id`, `extractSlackTeamIdFromWebhook`). An id read out of what a
 * customer sent is not what they wrote.
 */
export function namesAnId(identifier: string): boolean {
  const words = splitWords(identifier);
  const i = words.findIndex((w, k) => k > 0 && TRAILING_PHRASE.has(w));
  const head = i > 0 ? words.slice(0, i) : words;
  return head.length > 0 && ID_NOUNS.has(head[head.length - 1]);
}

/**
 * A name whose last word is the plural of a personal term (`totalEmails`, `maxEmails`, `addresses`): when the value is
 * a number, it counts them.
 */
export function isPluralTermName(identifier: string, options?: VocabularyOptions): boolean {
  const words = splitWords(identifier);
  const last = words[words.length - 1] ?? '';
  if (!/s$/.test(last) || !classifyField(last, options)) return false;
  const singular = last.endsWith('es') && classifyField(last.slice(0, -2), options) ? last.slice(0, -2) : last.slice(0, -1);
  return singular !== last && !!classifyField(singular, options);
}

/** The last words of a name of a domain or a host (`emailDomain`, `senderHostname`). */
const DOMAIN_WORDS: ReadonlySet<string> = new Set(['domain', 'domains', 'hostname', 'tld']);

/** A name of a domain: its last word is `domain`, `hostname` or `tld` (`emailDomain`, `parsed.domain`). */
export function namesADomain(identifier: string): boolean {
  const words = splitWords(identifier);
  return words.length > 0 && DOMAIN_WORDS.has(words[words.length - 1]);
}

/** Words that make a name a number of things: first (`countUsers`, `numUsers`, `totalCustomers`) or last (`userCount`). */
const COUNT_FIRST_WORDS: ReadonlySet<string> = new Set(['count', 'num', 'number', 'total', 'n']);
// Not `num` last: `phoneNum`, `cardNum` are a phone's and a card's numbers.
const COUNT_LAST_WORDS: ReadonlySet<string> = new Set(['count', 'total']);

/**
 * A name of a count: `countUsers`, `numUsers`, `numberOfCustomers`, `totalCustomers`, `userCount`, `usersCount`,
 * Prisma's `_count`. Its head is the count, not the people counted: it holds a number, not a person's record.
 * (`phoneNumber`, `phoneNum` are not: a number is a count only in front, or as `…Count`/`…Total`.)
 */
export function namesACount(identifier: string): boolean {
  const words = splitWords(identifier);
  if (!words.length) return false;
  if (words.length === 1) return words[0] === 'count';
  return COUNT_FIRST_WORDS.has(words[0]) || COUNT_LAST_WORDS.has(words[words.length - 1]);
}

/** Whether a name (variable, type or property) denotes a person: `customer`, `currentUser`, `Member`, `顧客`. */
const personNounCache = new Map<string, boolean>();

export function isPersonNoun(identifier: string): boolean {
  let known = personNounCache.get(identifier);
  if (known === undefined) {
    known = isPersonNounUncached(identifier);
    if (personNounCache.size < 50_000) personNounCache.set(identifier, known);
  }
  return known;
}

/**
 * The words of a name up to a `by` or `per` phrase, whose head noun is what the name holds: `statsByCustomer` holds
 * stats, `usersById` users.
 */
export function headPhrase(words: readonly string[]): readonly string[] {
  const i = words.findIndex((w, k) => k > 0 && (w === 'by' || w === 'per'));
  return i > 0 ? words.slice(0, i) : words;
}

/**
 * Done by someone: `createdBy`, `updatedBy`, `lastModifiedBy`, `invitedBy` name the person who did it (Outline's
 * `document.updatedBy.name`, a record's `created_by`), as `author` or `owner` do.
 */
const DONE_BY: ReadonlySet<string> = new Set(['created', 'updated', 'modified', 'deleted', 'edited', 'published',
  'invited', 'approved', 'submitted', 'requested', 'reviewed', 'assigned', 'uploaded', 'archived', 'added', 'removed',
  'changed', 'authored', 'signed', 'completed', 'closed', 'resolved', 'shared', 'referred', 'verified', 'sent']);

function isPersonNounUncached(identifier: string): boolean {
  if (hasJapanese(identifier) && JAPANESE_PERSON_NOUNS.some((n) => identifier.includes(n))) return true;
  if (namesACount(identifier)) return false; // `countUsers`, `numMembers`: a number of people
  const all = splitWords(identifier);
  if (all.length >= 2 && all[all.length - 1] === 'by' && DONE_BY.has(all[all.length - 2])) return true;
  // The head noun decides: `currentUser` and `customerRecord` are persons, `UserService` and `statsByCustomer` are not.
  let words = headPhrase(all);
  while (words.length > 1 && (RECORD_SUFFIXES.has(words[words.length - 1]) || /^[0-9]+$/.test(words[words.length - 1]))) {
    words = words.slice(0, -1);
  }
  // `ModuleDtoEnumMember`, `ClassMember`: a member of a piece of code, not of a team.
  if (words.length > 1 && CODE_STRUCTURE_WORDS.has(words[words.length - 2])) return false;
  return PERSON_NOUNS.has(words[words.length - 1] ?? '');
}

/** Pieces of code whose parts are called members (`EnumMember`, `InterfaceMember`). */
const CODE_STRUCTURE_WORDS: ReadonlySet<string> = new Set(['enum', 'union', 'class', 'interface', 'struct', 'namespace',
  'type', 'schema']);

/**
 * Things that have a name and are not people: a team, a program, a workspace, an event, a job … (`program.name` is
 * a program's name even when the Program type also has a support e-mail).
 */
const NON_PERSON_OWNERS = new Set(['program', 'programs', 'team', 'teams', 'workspace', 'workspaces', 'org', 'orgs',
  'organization', 'organizations', 'organisation', 'organisations', 'project', 'projects', 'company', 'companies',
  'tenant', 'tenants', 'event', 'events', 'job', 'jobs', 'queue', 'queues', 'product', 'products', 'plan', 'plans',
  'app', 'apps', 'application', 'applications', 'channel', 'channels', 'folder', 'folders', 'file', 'files', 'repo',
  'repos', 'repository', 'repositories', 'campaign', 'campaigns', 'integration', 'integrations', 'domain', 'domains',
  'page', 'pages', 'survey', 'surveys', 'tag', 'tags', 'category', 'categories', 'store', 'stores', 'shop', 'shops',
  'site', 'sites', 'environment', 'environments', 'bucket', 'buckets', 'template', 'templates', 'webhook',
  'webhooks', 'board', 'boards', 'task', 'tasks', 'worker', 'workers', 'service', 'services', 'server', 'servers',
  'model', 'models', 'feature', 'features', 'attribute', 'attributes', 'field', 'fields', 'table', 'tables',
  'column', 'columns', 'collection', 'collections', 'module', 'modules', 'package', 'packages', 'plugin', 'plugins',
  'provider', 'providers', 'vendor', 'vendors', 'brand', 'brands', 'reward', 'rewards',
  'discount', 'discounts', 'coupon', 'coupons', 'invoice', 'invoices', 'link', 'links', 'room', 'rooms',
  'group', 'groups', 'role', 'roles', 'permission', 'permissions', 'schedule', 'schedules', 'course', 'courses',
  // Things a user uploads or writes have names of their own (a file's, a rule's), not the user's.
  'attachment', 'attachments', 'document', 'documents', 'upload', 'uploads', 'asset', 'assets', 'image', 'images',
  'rule', 'rules',
  // An app's configurations have names of their own (an SMTP configuration's).
  'configuration', 'configurations', 'config', 'configs',
  // Devices and what a screen shows have names and ids of their own (a camera's `display_name`, a window's title).
  'widget', 'widgets', 'device', 'devices', 'camera', 'cameras', 'microphone', 'microphones', 'mic', 'mics', 'display', 'displays',
  'screen', 'screens', 'window', 'windows', 'printer', 'printers', 'sensor', 'sensors',
  // Places and settings of a shop or a workflow: a tax zone's, a region's, a shipping method's, a step's name.
  'zone', 'zones', 'region', 'regions', 'country', 'countries', 'currency', 'currencies', 'locale', 'locales',
  'method', 'methods', 'step', 'steps', 'workflow', 'workflows', 'stage', 'stages', 'pipeline', 'pipelines',
  'blueprint', 'blueprints', 'topic', 'topics', 'segment', 'segments', 'metric', 'metrics', 'report', 'reports',
  'dashboard', 'dashboards', 'view', 'views', 'venue', 'venues', 'audience', 'audiences', 'journey', 'journeys',
  // Machines and services a system is made of: a proxy target's, a node's, a host's name.
  'target', 'targets', 'node', 'nodes', 'instance', 'instances', 'cluster', 'clusters',
  'endpoint', 'endpoints', 'gateway', 'gateways', 'subgraph', 'subgraphs', 'datasource', 'datasources',
  'connector', 'connectors', 'merchant', 'merchants',
  // Settings and catalogue entries have names of their own (a priority's, a status's, a migration's).
  'priority', 'priorities', 'status', 'statuses', 'size', 'sizes', 'icon', 'icons', 'label', 'labels', 'level', 'levels',
  'migration', 'migrations',
  // Parts of the software itself: a database adapter's, a driver's, an export job's name.
  'db', 'dbs', 'database', 'databases', 'adapter', 'adapters', 'driver', 'drivers', 'connection', 'connections',
  'export', 'exports',
  // Groups that hold money or members: a collective's (Open Collective's hosts and funds), a fund's name.
  'collective', 'collectives', 'fund', 'funds',
  // What a build system runs: a code generator's, a container's name.
  'generator', 'generators', 'container', 'containers']);

/**
 * A company's places (`company.address`, `merchant.address`, `store.address`): a business's address is not a person's.
 * Owners whose address is a customer's (an order, an invoice, a shipment) are not among them.
 */
const BUSINESS_WORDS = new Set(['company', 'companies', 'org', 'orgs', 'organization', 'organizations', 'organisation',
  'organisations', 'tenant', 'tenants', 'store', 'stores', 'shop', 'shops', 'venue', 'venues', 'merchant', 'merchants',
  'business', 'businesses', 'branch', 'branches', 'office', 'offices', 'warehouse', 'warehouses', 'workspace', 'workspaces',
  'vendor', 'vendors', 'supplier', 'suppliers', 'corporate', 'corporation', 'platform', 'collective', 'collectives']);

/** Whether a name (of a variable, a property or a type: `merchantCompanyParams`) says its holder is a business. */
export function namesBusiness(name: string): boolean {
  const words = splitWords(name);
  return words.some((w) => BUSINESS_WORDS.has(w)) && !words.some((w) => PERSON_NOUNS.has(w));
}

/** Words of messages an app writes itself to instruct a model (`systemPrompt`, `systemMessages`, `promptTemplate`). */
const OWN_PROMPT_WORDS: ReadonlySet<string> = new Set(['system', 'template', 'templates', 'instruction', 'instructions']);

/**
 * Whether a name says it holds the app's own prompt or instructions to a model (`systemPrompts`, `promptTemplate`), not
 * the messages a customer wrote, although they are typed alike (`ChatMessage[]`).
 */
export function namesAppsOwnPrompt(name: string): boolean {
  const words = splitWords(name);
  return words.some((w) => OWN_PROMPT_WORDS.has(w)) && !words.some((w) => w === 'user' || w === 'users' || PERSON_NOUNS.has(w));
}

/** Words of a schema's or request type's name that say what it does, not what it describes. */
const SCHEMA_WORDS: ReadonlySet<string> = new Set(['schema', 'schemas', 'input', 'inputs', 'create', 'update', 'upsert',
  'delete', 'remove', 'edit', 'new', 'add', 'save', 'get', 'list', 'by', 'id', 'validator', 'validation', 'dto', 'params',
  'request', 'body', 'payload', 'form', 'data', 'args', 'options', 'z']);

/**
 * Whether a schema's name describes a thing that is not a person (`integrationCreateSchema`, `updateWidgetInput`):
 * a word of a thing with a name of its own, and no person's word (`createUserSchema`, `teamMemberInput` are people).
 */
export function namesNonPersonThing(identifier: string): boolean {
  const words = splitWords(identifier).filter((w) => !SCHEMA_WORDS.has(w));
  return words.some((w) => NON_PERSON_OWNERS.has(w)) && !words.some((w) => PERSON_NOUNS.has(w));
}

/** Names of a thing's name or place (`filename`, `pathname`, `slug`, `title`), one word each. */
const THING_NAME_WORDS: ReadonlySet<string> = new Set(['filename', 'filenames', 'pathname', 'pathnames', 'hostname',
  'hostnames', 'basename', 'dirname', 'filepath', 'filepaths', 'path', 'paths', 'slug', 'slugs', 'title', 'titles']);

/**
 * Whether a parameter's name says the value it is given is a thing's name or path, not a person's (`filename`,
 * `docName`, `workspaceNames`, `documentPath`, `title`): a function that calls its parameter so says what the value
 * it is handed is. A person's word (`userName`, `authorTitle`) says otherwise.
 */
export function namesThingsName(identifier: string): boolean {
  const words = splitWords(identifier);
  if (!words.length || words.some((w) => PERSON_NOUNS.has(w))) return false;
  const last = words[words.length - 1];
  if (words.length === 1) return THING_NAME_WORDS.has(last);
  return (last === 'name' || last === 'names' || THING_NAME_WORDS.has(last))
    && words.slice(0, -1).some((w) => NON_PERSON_OWNERS.has(w) || w === 'doc' || w === 'docs');
}

/** Machines a system is made of: an IP address such a record holds is the machine's (`server.ip`, `NodeInfo.ip`). */
const MACHINE_WORDS: ReadonlySet<string> = new Set(['server', 'servers', 'host', 'hosts', 'node', 'nodes', 'machine',
  'machines', 'instance', 'instances', 'container', 'containers', 'pod', 'pods', 'vm', 'vms', 'proxy', 'proxies',
  'gateway', 'gateways', 'router', 'routers', 'cluster', 'clusters', 'peer', 'peers', 'upstream', 'upstreams',
  'backend', 'backends', 'database', 'db', 'redis', 'smtp', 'dns']);

/** Head words of a record that holds who made a request (`ServerRequest`, `ClientInfo`): its IP is the requester's. */
const REQUESTER_WORDS: ReadonlySet<string> = new Set(['request', 'requests', 'req', 'client', 'clients', 'visitor',
  'visitors', 'session', 'sessions', 'viewer', 'viewers', 'caller', 'sender', 'origin', 'socket']);

/**
 * Whether the name of a record (a variable or a type: `server`, `targetHost`, `ServerStatusRequestContext`) says it
 * describes a machine, not a person or the party of a request: one of its words names a machine, none names a person,
 * and its head word is not one of a requester (`ServerRequest.ip` is the client's).
 */
export function namesMachine(identifier: string): boolean {
  let words = splitWords(identifier);
  while (words.length > 1 && RECORD_SUFFIXES.has(words[words.length - 1])) words = words.slice(0, -1);
  if (!words.length || words.some((w) => PERSON_NOUNS.has(w))) return false;
  return words.some((w) => MACHINE_WORDS.has(w)) && !REQUESTER_WORDS.has(words[words.length - 1]);
}

/** Whether a field's name is an IP address's (`ip`, `ipAddress`, `clientIpV4`), not another online identifier. */
export function isIpName(identifier: string): boolean {
  return splitWords(identifier).some((w) => w === 'ip' || w === 'ips' || w === 'ipv' || w === 'ipv4' || w === 'ipv6');
}

/** Whether a name (variable, property or type) denotes a thing that has a name but is not a person. */
export function isNonPersonOwner(identifier: string): boolean {
  let words = splitWords(identifier);
  while (words.length > 1 && RECORD_SUFFIXES.has(words[words.length - 1])) words = words.slice(0, -1);
  return NON_PERSON_OWNERS.has(words[words.length - 1] ?? '');
}

/**
 * `myNumber` in English is also an ordinary counter name; the romaji and Japanese names never are.
 */
export function isAmbiguousMyNumberName(identifier: string): boolean {
  const words = splitWords(identifier);
  const joined = words.join('');
  return joined === 'mynumber' || joined === 'myno';
}

/**
 * A cheap test on a file's text before walking it for the fields of one category: whether every word of some term of
 * that category occurs in it (case-insensitively; `_` and `-` between them do not count), the first one where a word
 * of a name can begin (`patientRace`, `race_code`, `RACE`, not `trace`), or a Japanese term, or a configured extra
 * field. `classifyField` puts a name in the category only when its last words spell a term, so a file without any
 * has no use of the category. A file with `\u` escapes is always walked (an escaped identifier's text is not its
 * spelling).
 */
export function mayMentionCategory(text: string, category: PersonalCategory, options?: VocabularyOptions): boolean {
  const vocab = compiledFor(options);
  let hint = vocab.hints.get(category);
  if (!hint) { hint = { test: categoryHint(vocab, category), text: undefined, result: false }; vocab.hints.set(category, hint); }
  // Asked by the index walk and again by the rules of the same file: the last answer is kept (the same string).
  if (hint.text !== text) { hint.text = text; hint.result = text.includes('\\u') || mayContainTerm(text, hint.test); }
  return hint.result;
}

/** A test of a text for names that end with one of some terms (see `mayMentionCategory`), made once. */
export interface TermsHint {
  /** Plain occurrences that are enough (Japanese terms, configured extra fields), case-sensitive. */
  substrings: readonly string[];
  /** Any term's first word, case-insensitively: the quick rejection. */
  firstWords: RegExp;
  /** The same, longest first, to find where each occurs (global). */
  firstWordsAt: RegExp;
  terms: readonly { first: string; rest: readonly string[] }[];
}

/** The test for names ending with one of `terms` (lower-case words separated by spaces), or holding a substring. */
export function termsHint(terms: Iterable<string>, substrings: readonly string[] = []): TermsHint {
  const byTerm = new Map<string, { first: string; rest: string[] }>();
  for (const term of terms) {
    const [first, ...rest] = term.split(' ').filter(Boolean);
    if (first) byTerm.set(term, { first, rest });
  }
  // Longest first: where `healthcare` stands, the alternation must not stop at `health`.
  const firsts = [...new Set([...byTerm.values()].map((t) => t.first))].sort((a, b) => b.length - a.length);
  const source = firsts.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
  return {
    substrings, terms: [...byTerm.values()],
    firstWords: firsts.length ? new RegExp(source, 'i') : /$^/,
    firstWordsAt: firsts.length ? new RegExp(source, 'gi') : /$^/g,
  };
}

/**
 * Whether a name in `text` may end with one of the hint's terms: every word of a term occurs (case-insensitively; `_`
 * and `-` between them do not count), the first one where a word of a name can begin (`patientRace`, `race_code`,
 * `RACE`, not `trace`) — or one of its substrings occurs. One pass of one pattern over the text (and over it without
 * separators), then a look for the other words of the few terms whose first word was found.
 */
export function mayContainTerm(text: string, hint: TermsHint): boolean {
  if (hint.substrings.some((t) => text.includes(t))) return true;
  if (!hint.firstWords.test(text)) return false;
  const found = new Set<string>();
  wordStartsOf(text, hint.firstWordsAt, found);
  const joinedText = text.replace(SEPARATORS, '');
  if (joinedText.length !== text.length) wordStartsOf(joinedText, hint.firstWordsAt, found);
  if (!found.size) return false;
  const starts = [...found];
  let joined: string | undefined;
  return hint.terms.some(({ first, rest }) => starts.some((w) => w.startsWith(first))
    && rest.every((w) => (joined ??= joinedText.toLowerCase()).includes(w)));
}

const SEPARATORS = /[_-]+/g;

/** The words of the pattern that occur where splitWords begins a word: after a non-letter, or capitalised. */
function wordStartsOf(text: string, re: RegExp, into: Set<string>): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const i = m.index;
    const before = i > 0 ? text.charCodeAt(i - 1) : 0;
    const c = text.charCodeAt(i);
    const beforeIsLetter = (before >= 65 && before <= 90) || (before >= 97 && before <= 122);
    const isLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!beforeIsLetter || (c >= 65 && c <= 90) || !isLetter) into.add(m[0].toLowerCase());
  }
}

function categoryHint(vocab: CompiledVocabulary, category: PersonalCategory): TermsHint {
  const terms: string[] = [];
  for (const { entry } of vocab.byJoined.values()) if (entry.category === category) terms.push(...entry.terms);
  const substrings = JAPANESE_VOCABULARY.filter((j) => j.category === category).map((j) => j.term);
  for (const [lower, c] of vocab.extraExact) if (c === category) substrings.push(lower);
  return termsHint(terms, substrings);
}


/** Words a name of the app's own API is made of (`API_ROOT`, `apiBaseUrl`, `NEXT_PUBLIC_API_URL`, `VITE_BACKEND_URL`). */
const OWN_API_NAME_WORDS: ReadonlySet<string> = new Set(['api', 'apis', 'base', 'root', 'backend', 'server', 'origin',
  'graphql', 'gql', 'rest', 'url', 'uri', 'endpoint', 'host', 'next', 'public', 'vite', 'react', 'app', 'nuxt', 'expo',
  'env', 'v1', 'v2', 'v3', 'hosted', 'local', 'internal', 'main', 'default', 'ws', 'wss', 'address', 'gateway',
  // A web framework's name says the app's own backend written in it (`FASTAPI_URL`, `DJANGO_API_URL`).
  'fastapi', 'django', 'flask', 'rails', 'laravel', 'nestjs']);
/** The words among them that say whose the address is: the app's own API or server, not just "a URL". */
const OWN_API_WORDS: ReadonlySet<string> = new Set(['api', 'apis', 'backend', 'server', 'origin', 'graphql', 'gql', 'rest',
  'fastapi', 'django', 'flask', 'rails', 'laravel', 'nestjs']);
/**
 * Servers an app talks to that are not its own backend, whatever the setting is called (`SMTP_SERVER_HOST`,
 * `REDIS_SERVER_URL`): a mail relay hands the message on to its recipients; the others are infrastructure the rules
 * judge by their own catalogue entries.
 */
const OTHER_SERVER_WORDS: ReadonlySet<string> = new Set(['smtp', 'mail', 'email', 'imap', 'pop', 'pop3', 'sendmail', 'mx',
  'ldap', 'ftp', 'sftp', 'proxy', 'turn', 'stun', 'ntp', 'dns', 'webhook', 'hook', 'callback', 'oauth', 'auth', 'sso', 'oidc',
  'identity', 'idp', 'saml', 'cdn', 'ws', 'socket', 'push', 'sentry', 'otel', 'otlp', 'collector', 'log', 'logs', 'logging']);

/**
 * Whether a setting's or constant's name calls it the app's own API (`API_ROOT`, `config.apiBaseUrl`,
 * `import.meta.env.VITE_API_URL`, `process.env.NEXT_PUBLIC_API_URL`): its last part is made only of such words, one
 * of them an API or a server. A name with any other word (`CRM_API_URL`, `WEBHOOK_URL`, `paymentsApiUrl`) names
 * something else; a vendor's name (`STRIPE_API_BASE`) is read before this.
 */
export function namesOwnApi(name: string): boolean {
  const words = addressWords(name);
  if (words.length > 0 && words.every((w) => OWN_API_NAME_WORDS.has(w)) && words.some((w) => OWN_API_WORDS.has(w))) return true;
  // `INFERENCE_SERVER_HOST`, `GAUZY_API_SERVER_URL`: one word for which of the app's servers, then a server's address.
  // (`CRM_API_URL` names an API, which may be anyone's; a server named so is one the app runs.)
  const named = withoutBrowserPrefix(words);
  if (named.length >= 3 && named.includes('server') && !OWN_API_NAME_WORDS.has(named[0]) && !OTHER_SERVER_WORDS.has(named[0])
    && named.slice(1).every((w) => OWN_API_NAME_WORDS.has(w))) return true;
  // `REACT_CARE_API_URL`, `NEXT_PUBLIC_STACK_API_URL`: a setting built into the browser's bundle, naming the API of
  // one product (the app's own name) — the front end's own back end. Vendors' names are read before this.
  const rest = withoutBrowserPrefix(words);
  if (rest === words) return false;
  return rest.length >= 3 && !OWN_API_NAME_WORDS.has(rest[0]) && rest.slice(1).every((w) => OWN_API_NAME_WORDS.has(w))
    && rest.slice(1).some((w) => OWN_API_WORDS.has(w));
}

/** Head words of a class that talks to one outside service (`KwsClient`, `PlcApi`, `HubspotSdk`). */
const SERVICE_CLIENT_HEADS: ReadonlySet<string> = new Set(['client', 'api', 'sdk']);
/** Words that name no service of their own (`ApiClient`, `HttpClient`, `BackendClient`, `AppApi`). */
const GENERIC_CLIENT_WORDS: ReadonlySet<string> = new Set(['http', 'https', 'fetch', 'request', 'web', 'app', 'my',
  'base', 'abstract', 'generic', 'default', 'main', 'core', 'custom', 'shared', 'common', 'internal', 'own', 'local', 'remote',
  'private', 'public', 'json', 'xhr', 'axios', 'graph', 'ql', 'rpc', 'trpc', 'grpc', 'socket', 'ws', 'typed', 'auth',
  'authenticated', 'authorized', 'cached', 'retry', 'retrying', 'browser', 'node', 'service', 'services']);

/**
 * Whether a class's name says it is the client of one outside service (`KwsClient`, `PlcClient`, `GithubApi`): a head
 * word of a client and, before it, a word of a service's own name. Its configured base address (`this.cfg.apiOrigin`,
 * `this.options.baseUrl`) is that service's API, not the app's own, whatever the setting is called.
 */
export function namesServiceClient(className: string): boolean {
  const words = splitWords(className);
  if (words.length < 2 || !SERVICE_CLIENT_HEADS.has(words[words.length - 1])) return false;
  const rest = words.slice(0, -1);
  return rest.some((w) => !OWN_API_NAME_WORDS.has(w) && !GENERIC_CLIENT_WORDS.has(w) && !SERVICE_CLIENT_HEADS.has(w)
    && !/^v?[0-9]+$/.test(w));
}

/** A setting's words without the prefix a bundler gives it (`VITE_HUBSPOT_API_URL` → `hubspot`, `api`, `url`). */
export function withoutBrowserPrefix(words: readonly string[]): readonly string[] {
  const prefix = BROWSER_SETTING_PREFIXES.find((p) => p.length < words.length && p.every((w, i) => words[i] === w));
  return prefix ? words.slice(prefix.length) : words;
}

/** The prefixes bundlers give the settings they build into a browser's code (CRA, Next.js, Vite, Expo, Nuxt …). */
const BROWSER_SETTING_PREFIXES: ReadonlyArray<readonly string[]> = [['react', 'app'], ['react'], ['next', 'public'], ['vite'],
  ['expo', 'public'], ['nuxt', 'public'], ['public'], ['gatsby'], ['vue', 'app']];

/** Words that say a name holds an address at all. */
const ADDRESS_WORDS: ReadonlySet<string> = new Set(['url', 'uri', 'endpoint', 'host', 'origin']);
/** Words that say whose: the app's (`baseUrl`, `rootURL`, `appUrl`), not "a URL" of something (`url`, `webhookUrl`). */
const APP_BASE_WORDS: ReadonlySet<string> = new Set(['base', 'root', 'app', 'origin']);

/**
 * Whether a name calls an address the app's own base without saying which service it serves (`baseUrl`, `rootURL`,
 * `getBaseUrl()`, `process.env.APP_URL`): made only of the words of `namesOwnApi`, one an address and one saying it is
 * the app's base. What follows it decides (`${baseUrl}/api/v1` is the app's API); `instance.url`, `webhookUrl` and
 * `gitlabBaseUrl` are not such names.
 */
export function namesAppBase(name: string): boolean {
  const words = addressWords(name);
  return words.length > 0 && words.every((w) => OWN_API_NAME_WORDS.has(w)) && words.some((w) => ADDRESS_WORDS.has(w))
    && words.some((w) => APP_BASE_WORDS.has(w) || OWN_API_WORDS.has(w));
}

/** The words of a name's last part, a getter's `get` and plurals left out (`getApiUrls` → `api`, `url`). */
function addressWords(name: string): string[] {
  const words = splitWords(name.split('.').pop() ?? name);
  const from = words.length > 1 && words[0] === 'get' ? 1 : 0;
  return words.slice(from).map((w) => (w.length > 3 && w.endsWith('s') && OWN_API_NAME_WORDS.has(w.slice(0, -1)) ? w.slice(0, -1) : w));
}
