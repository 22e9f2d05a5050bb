/**
 * no-sensitive-personal-data (§3): every read or write of sensitive personal data (要配慮個人情報 and the policy's
 * additions) outside `sensitiveData.permittedModules` (`src/health/**` in the shared test config), in English,
 * romaji and Japanese; near misses that only look like it (`raceCondition`, `diagnostics`, a server's
 * `healthCheck`, blood type, `企業診断`) stay quiet.
 */
import { strict as assert } from 'node:assert';
import { lintSource } from '../helpers/lint-source';
import { ruleTester } from '../helpers/rule-tester';

const RULE = 'no-sensitive-personal-data';

ruleTester(RULE, {
  valid: [
    // A map of icons or components by name holds pictures and behaviour, not a record (audit 10: hedgedoc's icons).
    `import React from 'react';
export const Icons = {
  prescription: React.lazy(() => import('react-bootstrap-icons/dist/icons/prescription')),
  hospital: () => import('./icons/hospital'),
  diagnosis: function render() { return null; },
};
export const Prescription = () => 'BootstrapIconMock_Prescription';`,
    // Near misses: the words are not sensitive data of a person.
    `declare const server: { get(p: string, h: () => string): void; diagnostics: string[]; race: number };
let raceCondition = false;
const diagnostics = server.diagnostics;
const healthCheckInterval = 30_000;
function healthCheck() { return 'ok'; }
server.get('/healthz', healthCheck);
const lap = server.race;
console.info(raceCondition, diagnostics.length, healthCheckInterval, lap);`,
    // Blood type and nationality are not sensitive under the Act; a business diagnosis (企業診断) is the company's service.
    `declare const customer: { id: string; bloodType: string; nationality: string; 企業診断: string; dataLineage: string[] };
const shown = [customer.bloodType, customer.nationality, customer.企業診断, customer.dataLineage.length];
console.info(shown.length);`,
    // Type declarations and labels are not uses.
    `interface Patient { id: string; medicalHistory: string[]; diagnosis?: string; 既往歴?: string }
type Row = { honseki: string; shintai_shogai: boolean };
const labels = { medicalHistory: 'Medical history', diagnosis: '診断名' };
export function idOf(p: Patient): string { return p.id; }
console.info(labels);`,
    // Passing a record through does not open it.
    `interface Patient { id: string; diagnosis: string }
declare function book(p: Patient): void;
export function schedule(p: Patient) { book(p); }`,
    // A field's name given to a translation, a getter or a form registration, or a setter given a literal: no value written.
    `declare function t(key: string, fallback: string): string;
declare const params: URLSearchParams;
declare const form: { register(n: string, o: object): void; setValue(n: string, v: unknown): void; getValues(n: string, d?: string): string };
export const label = t('chiefComplaint', 'Chief complaint');
export const q = params.get('diagnosis');
form.register('medical_history', { required: true });
form.setValue('diagnosis', '');
export const blank = form.getValues('byoreki', 'none');`,
    // The dictionary of reactions a form offers is not a patient's allergy.
    `declare const concepts: { setMembers: { uuid: string; display: string }[] };
export const allergicReactions = concepts.setMembers.map((r) => ({ uuid: r.uuid, display: r.display }));`,
    // A permitted module (src/health/** in the shared config), and one permitted by the case's config.
    {
      code: `declare const patient: { diagnosis: string; byoreki: string };
export const summary = { diagnosis: patient.diagnosis, byoreki: patient.byoreki };`,
      filename: 'src/health/records.ts',
    },
    {
      code: `declare const member: { kumiai: string; honseki: string };
export const row = [member.kumiai, member.honseki];`,
      filename: 'src/hr/union.ts', config: { sensitiveData: { permittedModules: ['src/hr/**'] } },
    },
  ],
  invalid: [
    {
      code: `// a record's diagnosis written out is still one
declare const visit: { note: string };
export const record = { diagnosis: visit.note };`,
      errors: [{ messageId: 'outsidePermittedModule', line: 3, column: 25 }],
    },
    {
      code: `// a setter given the field's name and a value writes that field
declare const form: { chief_complaint: string; setValue(n: string, v: unknown): void };
declare const params: URLSearchParams;
declare const picked: string[];
const update = (key: string, value: string) => Object.assign(form, { [key]: value });
update('chief_complaint', picked.join('、'));
form.setValue('byoreki', picked[0]);
params.append('diagnosis', picked[1]);`,
      errors: [
        { messageId: 'outsidePermittedModule', line: 6, column: 8, messageIncludes: '`chief_complaint`' },
        { messageId: 'outsidePermittedModule', line: 7, column: 15 },
        { messageId: 'outsidePermittedModule', line: 8, column: 15 },
      ],
    },
    {
      code: `// a patient's allergies (FHIR AllergyIntolerance), read and written, in English and Japanese
declare const patient: { id: string; allergies: string[]; アレルギー: string };
const list = patient.allergies;
const jp = patient.アレルギー;
export const payload = { allergen: list[0], patient: patient.id };`,
      errors: [
        { messageId: 'outsidePermittedModule', line: 3, column: 22 },
        { messageId: 'outsidePermittedModule', line: 4, column: 20 },
        { messageId: 'outsidePermittedModule', line: 5, column: 26 },
      ],
    },
    {
      code: `interface Patient { id: string; medicalHistory: string[]; diagnosis: string; chiefComplaint: string }
declare const patient: Patient;
const history = patient.medicalHistory;
const d = patient['diagnosis'];
const { chiefComplaint } = patient;`,
      errors: [
        { messageId: 'outsidePermittedModule', line: 3, column: 25, endColumn: 39, messageIncludes: 'reads or writes sensitive personal data (medical history: `medicalHistory`)' },
        { messageId: 'outsidePermittedModule', line: 4, column: 19, messageIncludes: '`src/app.ts`' },
        { messageId: 'outsidePermittedModule', line: 5, column: 9, messageIncludes: 'takes' },
      ],
    },
    {
      // romaji, and the policy's additions: union membership, family origin, registered domicile, health care, sex life
      code: `declare const form: any;
const a = form.byoreki;
const b = form.shintai_shogai;
const c = { honseki: form.x, monchi: form.y, kumiai: form.z };
export function save(kenkoShindan: string, sexLife: string) { return [kenkoShindan, sexLife]; }
const rx = form.prescription;`,
      errors: [
        { messageId: 'outsidePermittedModule', line: 2, column: 16, messageIncludes: '(medical history: `byoreki`)' },
        { messageId: 'outsidePermittedModule', line: 3, column: 16, messageIncludes: '(disability: `shintai_shogai`)' },
        { messageId: 'outsidePermittedModule', line: 4, column: 13, messageIncludes: '(registered domicile: `honseki`)' },
        { messageId: 'outsidePermittedModule', line: 4, column: 30, messageIncludes: '(family origin: `monchi`)' },
        { messageId: 'outsidePermittedModule', line: 4, column: 46, messageIncludes: '(trade-union membership: `kumiai`)' },
        { messageId: 'outsidePermittedModule', line: 5, column: 22, messageIncludes: 'receives sensitive personal data (results of a health check' },
        { messageId: 'outsidePermittedModule', line: 5, column: 44, messageIncludes: '(sex life or sexual orientation: `sexLife`)' },
        { messageId: 'outsidePermittedModule', line: 6, column: 17, messageIncludes: '(health care: `prescription`)' },
      ],
    },
    {
      // Japanese field names
      code: `declare const 患者: any;
const 記録 = { 既往歴: 患者.既往歴, 本籍地: 患者.本籍地, 宗教: 患者.宗教 };`,
      errors: [
        { messageId: 'outsidePermittedModule', line: 2, column: 14 },
        { messageId: 'outsidePermittedModule', line: 2, column: 22, messageIncludes: '(medical history: `既往歴`)' },
        { messageId: 'outsidePermittedModule', line: 2, column: 27 },
        { messageId: 'outsidePermittedModule', line: 2, column: 35, messageIncludes: '(registered domicile: `本籍地`)' },
        { messageId: 'outsidePermittedModule', line: 2, column: 40 },
        { messageId: 'outsidePermittedModule', line: 2, column: 47, messageIncludes: '(creed or religion: `宗教`)' },
      ],
    },
    {
      // `race` only on a person; criminal record, crime victim, genome
      code: `declare const customer: any, applicant: any;
const r = customer.race;
const c = applicant.criminalRecord;
const v = applicant.crimeVictim;
const g = applicant.genomeData;`,
      errors: [
        { messageId: 'outsidePermittedModule', line: 2, column: 20, messageIncludes: '(race or ethnicity: `race`)' },
        { messageId: 'outsidePermittedModule', line: 3, column: 21, messageIncludes: '(criminal record' },
        { messageId: 'outsidePermittedModule', line: 4, column: 21, messageIncludes: '(having been a victim of crime' },
        { messageId: 'outsidePermittedModule', line: 5, column: 21, messageIncludes: '(genome data' },
      ],
    },
  ],
});

describe(`${RULE}: the other rules name the sensitive category`, function () {
  this.timeout(20000);
  for (const typeInfo of [false, true]) {
    it(`a log or a transfer of sensitive data says which kind it is (${typeInfo ? 'with' : 'without'} types)`, () => {
      const code = `declare const patient: { id: string; diagnosis: string; honseki: string };
console.log(patient.diagnosis);
fetch('https://api.other.example.com/x', { method: 'POST', body: patient.honseki });
`;
      const findings = lintSource({ code, typeInfo, filename: 'src/health/clinic.ts' });
      const log = findings.find((f) => f.ruleId === 'no-personal-data-in-logs');
      const transfer = findings.find((f) => f.ruleId === 'no-unguarded-external-transfer');
      assert.match(log?.message.en ?? '', /`patient\.diagnosis` is sensitive personal data \(medical history, 要配慮個人情報\)/);
      assert.match(log?.message.ja ?? '', /要配慮個人情報（病歴）/);
      assert.match(transfer?.message.en ?? '', /`patient\.honseki` is sensitive personal data \(registered domicile, 要配慮個人情報\)/);
      assert.equal(log?.category, 'sensitive');
      // In a permitted module the use itself is fine: only the log and the transfer are reported.
      assert.deepEqual(findings.filter((f) => f.ruleId === RULE), []);
    });
  }

  it('offers to permit the module in privacy-lint.json', () => {
    const [f] = lintSource({ code: `declare const p: any;\nconst d = p.diagnosis;\n`, filename: 'src/clinic/visit.ts' })
      .filter((x) => x.ruleId === RULE);
    assert.deepEqual(f.suggestions?.map((s) => [s.kind, s.title.en, s.configEdit?.path, s.configEdit?.value]), [[
      'permit-module', 'Allow `src/clinic/visit.ts` to handle sensitive personal data in privacy-lint.json',
      ['sensitiveData', 'permittedModules'], 'src/clinic/visit.ts',
    ]]);
    assert.equal(f.suggestions?.[0].title.ja, '`src/clinic/visit.ts` での要配慮個人情報の取扱いを privacy-lint.json で許可する');
  });
});
