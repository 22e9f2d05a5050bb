/**
 * The kinds of sensitive personal data (機微（センシティブ）情報, §3): the special care-required personal information
 * of Article 2(3) of the Act on the Protection of Personal Information (要配慮個人情報: race, creed, social status,
 * medical history, criminal record, having been a victim of crime, disability, results of health checks, genome …)
 * and what the policy adds (trade-union membership, family origin, registered domicile, health care, sex life).
 *
 * Each kind lists its field names in English and romaji (matched by words, like the rest of the vocabulary, so
 * `raceCondition`, `diagnostics`, `healthCheck` and `healthCheckInterval` are not sensitive) and in Japanese
 * (matched as substrings). Blood type and nationality are not sensitive under the Act and are not listed.
 */
export interface SensitiveKind {
  id: string;
  label: { en: string; ja: string };
  terms: string[];
  /** Personal only on a person (`customer.race`, not `race`). */
  needsPerson?: string[];
  /** Words that, directly before a term, make it something else (`businessDiagnosis`, `dataLineage`). */
  notAfter?: string[];
  japanese: string[];
}

export const SENSITIVE_KINDS: readonly SensitiveKind[] = [
  { id: 'race', label: { en: 'race or ethnicity', ja: '人種' }, terms: ['ethnicity', 'ethnic origin', 'jinshu', 'minzoku'],
    needsPerson: ['race'], japanese: ['人種', '民族'] },
  { id: 'creed', label: { en: 'creed or religion', ja: '信条' }, terms: ['religion', 'creed', 'religious belief', 'political opinion',
    'political party', 'shinjo', 'shinkyo', 'shukyo', 'shuukyou', 'shukyou'], japanese: ['信条', '宗教', '信仰', '支持政党'] },
  { id: 'socialStatus', label: { en: 'social status', ja: '社会的身分' }, terms: ['social status', 'shakaiteki mibun'],
    japanese: ['社会的身分'] },
  { id: 'medicalHistory', label: { en: 'medical history', ja: '病歴' }, terms: ['medical history', 'medical record', 'medical records',
    'diagnosis', 'diagnoses', 'disease', 'diseases', 'illness', 'medical condition', 'chief complaint', 'past history',
    'allergy', 'allergies', 'allergen', 'allergens', 'allergy intolerance',
    'byoreki', 'byouki', 'byoumei', 'byomei', 'kiooreki', 'kioureki', 'kioreki', 'shinsatsu kiroku', 'shindanmei', 'shuso'],
    notAfter: ['business', 'company', 'corporate', 'management', 'kigyo', 'keiei', 'system', 'network', 'error', 'fault',
      'site', 'seo', 'self',
      // A diagnosis of software (`externalServiceDiagnosis`, `lowConfidenceDiagnosis` of a failed run's analysis).
      'service', 'build', 'run', 'job', 'deploy', 'deployment', 'test', 'failure', 'crash', 'performance', 'debug',
      'confidence', 'code', 'app', 'server', 'database', 'db', 'config', 'configuration', 'task', 'workflow', 'pipeline',
      // Of a product's content or an integration (`contentDiagnosis`: why an in-app tour does or does not show).
      'content', 'token', 'identity', 'validation', 'connection', 'request', 'response', 'api', 'page', 'integration',
      'sdk', 'plugin', 'domain', 'query', 'cache', 'queue', 'event', 'sync', 'install', 'installation', 'setup'],
    // `企業診断` (business diagnosis, one of the company's services) is not a diagnosis of a person.
    japanese: ['病歴', '病名', '既往歴', '診断名', '傷病', '主訴', '診療記録', 'カルテ', 'アレルギー'] },
  { id: 'criminalRecord', label: { en: 'criminal record', ja: '犯罪の経歴' }, terms: ['criminal record', 'criminal history',
    'conviction', 'convictions', 'arrest record', 'hanzai reki', 'hanzaireki', 'zenka'], japanese: ['犯罪歴', '犯罪の経歴', '前科'] },
  { id: 'crimeVictim', label: { en: 'having been a victim of crime', ja: '犯罪により害を被った事実' }, terms: ['crime victim',
    'victim of crime', 'hanzai higai', 'higaisha'], japanese: ['犯罪被害', '被害者'] },
  { id: 'disability', label: { en: 'disability', ja: '心身の機能の障害' }, terms: ['disability', 'disabilities',
    'disability grade', 'shintai shogai', 'shintai shougai', 'shogaisha', 'shougaisha', 'shogai tokyu', 'shogai kubun',
    'shogai', 'shougai'], japanese: ['障害者', '身体障害', '障がい', '障害等級', '障害区分', '障害の有無'] },
  // A "health check" is also a service's liveness probe (`healthCheckResults` of the database and redis, `/healthz`):
  // its results are a person's only on a person (`employee.healthCheckResult`, `patientHealthCheckResults`).
  { id: 'healthCheck', label: { en: 'results of a health check', ja: '健康診断等の結果' }, terms: ['health checkup',
    'medical checkup', 'checkup result', 'checkup results', 'kenko shindan',
    'kenkou shindan', 'kenshin', 'kenshin kekka', 'stress check result'], needsPerson: ['health check result', 'health check results'],
    japanese: ['健康診断', '健診結果', '検診結果', '人間ドック'] },
  { id: 'genome', label: { en: 'genome data', ja: 'ゲノム情報' }, terms: ['genome', 'genome data', 'genetic data',
    'genetic test', 'genetic test result', 'genetic information', 'idenshi'], japanese: ['ゲノム', '遺伝子', '遺伝情報'] },
  { id: 'unionMembership', label: { en: 'trade-union membership', ja: '労働組合への加盟' }, terms: ['union membership',
    'trade union', 'labor union', 'labour union', 'kumiai', 'rodo kumiai', 'roudou kumiai'], japanese: ['労働組合'] },
  { id: 'familyOrigin', label: { en: 'family origin', ja: '門地' }, terms: ['family origin', 'monchi'], japanese: ['門地'] },
  { id: 'registeredDomicile', label: { en: 'registered domicile', ja: '本籍地' }, terms: ['honseki', 'honsekichi',
    'registered domicile', 'permanent domicile'], japanese: ['本籍'] },
  { id: 'healthCare', label: { en: 'health care', ja: '保健医療' }, terms: ['health care', 'healthcare record', 'prescription',
    'prescriptions', 'medication', 'medications', 'hoken iryo', 'shohosen', 'tsuin reki'], japanese: ['保健医療', '処方', '通院歴', '服薬'] },
  { id: 'sexLife', label: { en: 'sex life or sexual orientation', ja: '性生活' }, terms: ['sex life', 'sexual orientation',
    'sexual life'], japanese: ['性生活', '性的指向'] },
];

const byJoinedTerm = new Map<string, SensitiveKind>();
for (const kind of SENSITIVE_KINDS) {
  for (const term of [...kind.terms, ...(kind.needsPerson ?? [])]) byJoinedTerm.set(term.split(' ').join(''), kind);
}

function words(identifier: string): string[] {
  return identifier.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w.toLowerCase());
}

/** Which kind of sensitive data a field name holds, when the vocabulary classified it as sensitive. */
export function sensitiveKindOf(identifier: string): SensitiveKind | undefined {
  for (const kind of SENSITIVE_KINDS) {
    if (kind.japanese.some((j) => identifier.includes(j))) return kind;
  }
  const w = words(identifier);
  for (let end = w.length; end > 0; end--) {
    for (let start = 0; start < end; start++) {
      const hit = byJoinedTerm.get(w.slice(start, end).join(''));
      if (hit) return hit;
    }
  }
  return undefined;
}
