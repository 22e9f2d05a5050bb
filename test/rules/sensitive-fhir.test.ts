/**
 * no-sensitive-personal-data on FHIR health records: the clinical fields of an AllergyIntolerance, a Condition, an
 * Observation … (`code`, `reaction`, `clinicalStatus`) are a patient's medical history whatever the variable is
 * called, so a read of one on a value that is such a resource (by its type, its declared type's name, or an access
 * that goes on into FHIR's own structure) and a value put into one in a resource being built are reported. The same
 * names on anything else (an error's `code`, a rule engine's `condition`, a resource's `id` or `meta`) stay quiet.
 */
import { ruleTester } from '../helpers/rule-tester';

const RULE = 'no-sensitive-personal-data';

const FHIR_TYPES = `export interface CodingData { code: string; display: string; system?: string }
export interface FHIRAllergy {
  id: string;
  resourceType: string;
  code: { coding: CodingData[]; text: string };
  clinicalStatus: { coding: CodingData[] };
  reaction: Array<{ manifestation: Array<{ text: string }>; severity: string }>;
  meta?: { lastUpdated: string };
  recordedDate: string;
}
export interface Condition { resourceType: 'Condition'; id: string; code: { coding: CodingData[] }; clinicalStatus: { coding: CodingData[] } }
`;

ruleTester(RULE, {
  valid: [
    {
      code: `// a resource's id, dates and meta; the same field names on values that are not health records
import type { FHIRAllergy } from './fhir';
declare const error: { code: string; severity: string };
declare const rule: { condition: { code: string; coding?: string }; stage: number };
export function summary(record: FHIRAllergy) {
  return [record.id, record.recordedDate, record.meta?.lastUpdated, error.code, error.severity, rule.condition.code, rule.stage];
}`,
      files: { 'src/fhir.ts': FHIR_TYPES },
    },
    `// a resource type that holds no clinical data, and a search of the concept dictionary for condition names
declare const conditionToLookup: string;
export const practitioner = { resourceType: 'Practitioner', name: [{ text: 'Dr. A' }], code: 'x' };
export const url = \`/concept?name=\${conditionToLookup}&searchType=fuzzy\`;
export const blank = { resourceType: 'Condition', code: { coding: [{ system: 'http://snomed.info/sct', code: '' }] } };`,
    {
      code: `// a permitted module reads the allergy record
import type { FHIRAllergy } from '../fhir';
export const mapped = (allergy: FHIRAllergy) => allergy.reaction.map((r) => r.severity);`,
      filename: 'src/health/allergies.ts',
      files: { 'src/fhir.ts': FHIR_TYPES },
    },
  ],
  invalid: [
    {
      code: `// an AllergyIntolerance typed by the app's own FHIR interface: its allergen, reactions and status
import type { FHIRAllergy } from './fhir';
export function mapAllergy(record: FHIRAllergy) {
  return {
    id: record.id,
    display: record.code?.text,
    reactions: record.reaction[0]?.manifestation.map((m) => m.text),
    status: record.clinicalStatus.coding[0].display,
  };
}`,
      files: { 'src/fhir.ts': FHIR_TYPES },
      errors: [
        { messageId: 'outsidePermittedModule', line: 6, column: 21, messageIncludes: '`AllergyIntolerance.code`' },
        { messageId: 'outsidePermittedModule', line: 7, column: 23, messageIncludes: 'medical history' },
        { messageId: 'outsidePermittedModule', line: 8, column: 20 },
      ],
    },
    {
      code: `// a Condition whose type says resourceType 'Condition', read through optional chains and destructuring
import type { Condition } from './fhir';
export function mapCondition(c?: Condition) {
  const status = c?.clinicalStatus?.coding[0]?.code;
  const { code } = c!;
  return { status, name: code.coding[0].display };
}`,
      typeInfo: true,
      files: { 'src/fhir.ts': FHIR_TYPES },
      errors: [
        { messageId: 'outsidePermittedModule', line: 4, column: 21, messageIncludes: '`Condition.clinicalStatus`' },
        { messageId: 'outsidePermittedModule', line: 5, column: 11 },
      ],
    },
    {
      code: `// without types: the owner is named for the resource and the access goes on into FHIR's coding
declare const condition: any;
declare const allergy: any;
export const name = condition.code.coding[0].display;
export const critical = allergy.criticality;`,
      typeInfo: false,
      errors: [
        { messageId: 'outsidePermittedModule', line: 3, column: 15, messageIncludes: '`allergy`' },
        { messageId: 'outsidePermittedModule', line: 4, column: 31 },
        { messageId: 'outsidePermittedModule', line: 5, column: 33 },
      ],
    },
    {
      code: `// the values put into a new Condition's clinical fields (not the coding system, a literal)
declare const form: { conceptId: string; display: string; clinicalStatus: string; patientId: string };
export const payload = {
  resourceType: 'Condition',
  clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: form.clinicalStatus }] },
  code: {
    coding: [{
      code: form.conceptId,
      display: form.display,
    }],
  },
  subject: { reference: \`Patient/\${form.patientId}\` },
};`,
      errors: [
        { messageId: 'outsidePermittedModule', line: 5, column: 100, messageIncludes: '`Condition.clinicalStatus.coding.code`' },
        { messageId: 'outsidePermittedModule', line: 8, column: 7 },
        { messageId: 'outsidePermittedModule', line: 9, column: 7, messageIncludes: '`Condition.code.coding.display`' },
      ],
    },
  ],
});
