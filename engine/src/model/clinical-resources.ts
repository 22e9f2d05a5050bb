/**
 * FHIR, HL7's format for health records, is a vocabulary of its own: a patient's clinical data sits in resources of
 * a few types, under fields whose names say nothing sensitive in ordinary words — an AllergyIntolerance's `code` is
 * the allergen and its `reaction` the manifestations and their severity, a Condition's `code` is the diagnosis and
 * its `clinicalStatus` whether the patient still has it. Those fields are sensitive personal data (§3: medical
 * history, results of health checks, health care) wherever the value is a resource of that type, whatever the
 * application calls the variable.
 *
 * A read is a clinical field of a value that is such a resource: by its type with the checker (a type with a
 * `resourceType` property — `resourceType: 'Condition'`, or a type named for the resource: `FHIRCondition`,
 * `fhir4.AllergyIntolerance`), and without it by the declared type's name (`allergy: FHIRAllergy`) or by the
 * owner's name when the access goes on into FHIR's own structure (`condition.code.coding`). A write is a value put
 * into a clinical field of a resource being built (`{ resourceType: 'Condition', code: { coding: [{ display }] } }`).
 * The resource's other fields (`id`, `meta`, `recordedDate`, `subject`) are not reported.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import { splitWords, termsHint, mayContainTerm } from '../vocabulary';
import type { FileAnalysis } from './analysis';
import type { FieldUse } from './facts';
import { stripParens } from './syntax';

/** The sensitive kind (`sensitive.ts`) a resource's clinical fields hold. */
type ClinicalKind = 'medicalHistory' | 'healthCheck' | 'healthCare';

interface ClinicalResource {
  kind: ClinicalKind;
  /** The fields that hold the patient's clinical data. */
  fields: ReadonlySet<string>;
}

const resource = (kind: ClinicalKind, fields: string[]): ClinicalResource => ({ kind, fields: new Set(fields) });
const MEDICATION = ['medicationCodeableConcept', 'medicationReference', 'medication', 'dosageInstruction', 'dosage',
  'reasonCode', 'reasonReference'];

/** FHIR (R4/R5) resource types that hold a patient's clinical data, and their clinical fields. */
export const FHIR_CLINICAL_RESOURCES: ReadonlyMap<string, ClinicalResource> = new Map([
  ['AllergyIntolerance', resource('medicalHistory', ['code', 'reaction', 'clinicalStatus', 'verificationStatus', 'criticality'])],
  ['Condition', resource('medicalHistory', ['code', 'clinicalStatus', 'verificationStatus', 'severity', 'bodySite', 'stage', 'evidence'])],
  ['Procedure', resource('medicalHistory', ['code', 'reasonCode', 'reasonReference', 'bodySite', 'outcome', 'complication'])],
  ['FamilyMemberHistory', resource('medicalHistory', ['condition'])],
  ['Encounter', resource('medicalHistory', ['reasonCode', 'reasonReference', 'diagnosis'])],
  ['Observation', resource('healthCheck', ['code', 'valueQuantity', 'valueCodeableConcept', 'valueString', 'valueBoolean',
    'valueInteger', 'valueRange', 'valueRatio', 'valueSampledData', 'interpretation', 'component', 'bodySite'])],
  ['DiagnosticReport', resource('healthCheck', ['code', 'conclusion', 'conclusionCode', 'result', 'presentedForm'])],
  ['MedicationRequest', resource('healthCare', MEDICATION)],
  ['MedicationStatement', resource('healthCare', MEDICATION)],
  ['MedicationAdministration', resource('healthCare', MEDICATION)],
  ['MedicationDispense', resource('healthCare', MEDICATION)],
  ['Immunization', resource('healthCare', ['vaccineCode', 'reasonCode', 'reaction'])],
]);

/**
 * FHIR resource types that describe the care a clinic offers, its people, places and equipment, not a patient: a
 * `Medication` is a drug of the formulary (a patient's is a `MedicationRequest` or `MedicationStatement`).
 */
const NON_CLINICAL_RESOURCES: ReadonlySet<string> = new Set(['Medication', 'MedicationKnowledge', 'Substance',
  'SubstanceDefinition', 'Device', 'DeviceDefinition', 'Location', 'Organization', 'Practitioner', 'PractitionerRole',
  'HealthcareService', 'Endpoint', 'ValueSet', 'CodeSystem', 'ConceptMap', 'Questionnaire', 'ActivityDefinition',
  'PlanDefinition', 'ObservationDefinition', 'SpecimenDefinition', 'ChargeItemDefinition', 'Schedule', 'Slot',
  'InventoryItem']);

/**
 * `await fhir.create({ resourceType: 'Medication', … })`, `fhir.search<Medication>({ resourceType: 'Medication' })`:
 * the call makes or finds resources of a type that holds no patient's data.
 */
export function makesNonClinicalResource(init: ts.Expression): boolean {
  let e = stripParens(init);
  if (ts.isAwaitExpression(e)) e = stripParens(e.expression);
  if (!ts.isCallExpression(e)) return false;
  const literal = e.arguments.map((x) => stripParens(x)).find(ts.isObjectLiteralExpression);
  const type = literal?.properties.find((p) => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'resourceType');
  const value = type && ts.isPropertyAssignment(type) ? stripParens(type.initializer) : undefined;
  return !!value && ts.isStringLiteralLike(value) && NON_CLINICAL_RESOURCES.has(value.text);
}

/** Every clinical field name: the cheap first test for a property access (most are `.code` of something else). */
const CLINICAL_FIELDS: ReadonlySet<string> = new Set([...FHIR_CLINICAL_RESOURCES.values()].flatMap((r) => [...r.fields]));

/**
 * FHIR's own structure: names no other format uses for these values, so an access that goes on into one of them
 * (`condition.code.coding`, `allergy.reaction[0].manifestation`) is reading a resource even without a type.
 */
const FHIR_STRUCTURE = new Set(['coding', 'manifestation', 'clinicalStatus', 'verificationStatus', 'criticality',
  'valueQuantity', 'valueCodeableConcept', 'vaccineCode', 'medicationCodeableConcept', 'dosageInstruction',
  'conclusionCode', 'reasonCode', 'bodySite']);

/** The words a variable or type is named with, for each resource type (`patientAllergy`, `FHIRCondition`). */
const RESOURCE_BY_WORDS = new Map<string, string>();
for (const name of FHIR_CLINICAL_RESOURCES.keys()) {
  const words = splitWords(name).join(' ');
  RESOURCE_BY_WORDS.set(words, name);
  RESOURCE_BY_WORDS.set(words.endsWith('y') ? `${words.slice(0, -1)}ies` : `${words}s`, name);
}
for (const [alias, name] of [['allergy', 'AllergyIntolerance'], ['allergies', 'AllergyIntolerance'],
  ['medical condition', 'Condition'], ['medical conditions', 'Condition']]) RESOURCE_BY_WORDS.set(alias, name);
/** Trailing words that name the record rather than what it is (`conditionResource`, `allergyEntry`). */
const RECORD_WORDS = new Set(['resource', 'resources', 'entry', 'entries', 'data', 'record', 'records', 'dto', 'item',
  'items', 'domain', 'fhir']);

/**
 * Without the checker, a clinical field is found only through a name or a declared type name of a resource
 * (`patientAllergies`, `FHIRCondition`), or a `resourceType` written out: a text without any has no clinical read or
 * write.
 */
const CLINICAL_HINT = termsHint(RESOURCE_BY_WORDS.keys(), ['resourceType']);

/** Whether an untyped file's text may hold a clinical read or write (a cheap test before the walk). */
export function mayHoldClinicalResource(text: string): boolean {
  return text.includes('\\u') || hasFhirWord(text) || mayContainTerm(text, CLINICAL_HINT);
}

/** The resource type a name is for (`FHIRAllergy`, `patientAllergy`, `IAllergyIntolerance`, `conditionResource`). */
export function resourceOfName(name: string): string | undefined {
  let words = splitWords(name);
  while (words.length > 1 && RECORD_WORDS.has(words[words.length - 1])) words = words.slice(0, -1);
  for (let k = Math.min(3, words.length); k >= 1; k--) {
    const found = RESOURCE_BY_WORDS.get(words.slice(words.length - k).join(' '));
    if (found) return found;
  }
  return undefined;
}

function hasFhirWord(name: string): boolean {
  return /fhir/i.test(name);
}

const resourceByType = new WeakMap<ts.Type, string | null>();

/**
 * The clinical resource type a checker type is: a type with a `resourceType` property (FHIR's discriminator), by
 * that property's literal (`'Condition'`) or else by the type's name (`FHIRAllergy` with `resourceType: string`).
 */
function resourceOfType(checker: ts.TypeChecker, type: ts.Type, depth = 0): string | undefined {
  const known = resourceByType.get(type);
  if (known !== undefined) return known ?? undefined;
  let found: string | undefined;
  if (type.isUnion() && depth < 2) {
    for (const t of type.types) { found = resourceOfType(checker, t, depth + 1); if (found) break; }
  } else if (type.flags & ts.TypeFlags.Object) {
    const rt = type.getProperty('resourceType');
    const decl = rt?.valueDeclaration ?? rt?.declarations?.[0];
    if (rt && decl) {
      const rtType = checker.getTypeOfSymbolAtLocation(rt, decl);
      const literals = (rtType.isUnion() ? rtType.types : [rtType]).filter((t) => t.isStringLiteral()) as ts.StringLiteralType[];
      if (literals.length) found = literals.map((t) => t.value).find((v) => FHIR_CLINICAL_RESOURCES.has(v));
      else {
        const name = (type.aliasSymbol ?? type.getSymbol())?.name;
        found = name ? resourceOfName(name) : undefined;
      }
    }
  }
  resourceByType.set(type, found ?? null);
  return found;
}

/** Without a type: a declared type named for FHIR (`allergy: FHIRAllergy`, `c: fhir4.Condition`). */
function declaredResource(a: FileAnalysis, owner: ts.Identifier): string | undefined {
  const decl = a.scope.resolve(owner);
  const typeNode = decl && (ts.isParameter(decl) || ts.isVariableDeclaration(decl)) ? decl.type : undefined;
  if (!typeNode || !ts.isTypeReferenceNode(typeNode)) return undefined;
  const full = typeNode.typeName.getText();
  const last = ts.isQualifiedName(typeNode.typeName) ? typeNode.typeName.right.text : typeNode.typeName.text;
  return hasFhirWord(full) ? resourceOfName(last) : undefined;
}

/** The name a value goes by (`allergy`, `this.condition`, `entry.resource`). */
function ownerName(e: ts.Expression): string | undefined {
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return undefined;
}

/** Whether the access `node` goes on into FHIR's own structure (`.code.coding`, `.reaction[0].manifestation`). */
function continuesIntoFhir(node: ts.Expression): boolean {
  let e: ts.Node = node;
  for (let i = 0; i < 6; i++) {
    const parent: ts.Node = e.parent;
    if (ts.isPropertyAccessExpression(parent) && parent.expression === e) {
      if (FHIR_STRUCTURE.has(parent.name.text)) return true;
      e = parent;
    } else if ((ts.isElementAccessExpression(parent) && parent.expression === e) || ts.isNonNullExpression(parent)
      || ts.isParenthesizedExpression(parent)) {
      e = parent;
    } else {
      return false;
    }
  }
  return false;
}

/** The clinical resource type the value `owner` is, when `field` is read from it at `access`. */
function resourceOfOwner(a: FileAnalysis, owner: ts.Expression, field: string, access: ts.Expression): string | undefined {
  const e = stripParens(owner);
  const checker = a.checker;
  if (checker) {
    const type = checker.getTypeAtLocation(e);
    if (!(type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown))) return resourceOfType(checker, checker.getNonNullableType(type));
  }
  if (ts.isIdentifier(e)) {
    const declared = declaredResource(a, e);
    if (declared) return declared;
  }
  const name = ownerName(e);
  const named = name ? resourceOfName(name) : undefined;
  if (!named) return undefined;
  return hasFhirWord(name!) || FHIR_STRUCTURE.has(field) || continuesIntoFhir(access) ? named : undefined;
}

/** A read of a clinical field (`allergy.reaction`, `condition?.clinicalStatus`) or of one destructured. */
export function collectClinicalRead(a: FileAnalysis, node: ts.Node, uses: FieldUse[]): void {
  if (ts.isPropertyAccessExpression(node)) {
    const field = node.name.text;
    if (!CLINICAL_FIELDS.has(field)) return;
    const type = resourceOfOwner(a, node.expression, field, node);
    const r = type ? FHIR_CLINICAL_RESOURCES.get(type) : undefined;
    if (r?.fields.has(field)) uses.push({ node: node.name, field: `${type}.${field}`, form: 'property', kind: r.kind });
  } else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent) && ts.isVariableDeclaration(node.parent.parent)) {
    const key = node.propertyName ?? node.name;
    const field = ts.isIdentifier(key) || ts.isStringLiteral(key) ? key.text : undefined;
    const init = node.parent.parent.initializer;
    if (!field || !init || !CLINICAL_FIELDS.has(field)) return;
    const type = resourceOfOwner(a, init, field, init);
    const r = type ? FHIR_CLINICAL_RESOURCES.get(type) : undefined;
    if (r?.fields.has(field)) uses.push({ node: key, field: `${type}.${field}`, form: 'destructuring', kind: r.kind });
  }
}

/**
 * Writes into a resource being built: `resourceType: 'Condition'` in an object literal makes each value put under
 * one of its clinical fields a write of that field (`code: { coding: [{ code: form.conceptId, display: form.display }] }`),
 * reported where the value is put. Literals (a coding system's URL, a fixed code) are the application's, not the patient's.
 */
export function collectClinicalWrite(a: FileAnalysis, node: ts.Node, uses: FieldUse[]): void {
  if (!ts.isPropertyAssignment(node) || !ts.isIdentifier(node.name) || node.name.text !== 'resourceType') return;
  const init = stripParens(node.initializer);
  if (!ts.isStringLiteralLike(init)) return;
  const r = FHIR_CLINICAL_RESOURCES.get(init.text);
  if (!r || !ts.isObjectLiteralExpression(node.parent)) return;
  for (const prop of node.parent.properties) {
    const name = prop.name && (ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name)) ? prop.name.text : undefined;
    if (!name || !r.fields.has(name)) continue;
    const path = `${init.text}.${name}`;
    if (ts.isShorthandPropertyAssignment(prop)) uses.push({ node: prop.name, field: path, form: 'object-literal', kind: r.kind });
    else if (ts.isPropertyAssignment(prop)) putValues(prop.initializer, prop.name, path, r.kind, uses, 0);
  }
}

function putValues(value: ts.Expression, at: ts.Node, path: string, kind: ClinicalKind, uses: FieldUse[], depth: number): void {
  const e = stripParens(value);
  if (depth > 6 || isFixed(e)) return;
  if (ts.isObjectLiteralExpression(e)) {
    for (const p of e.properties) {
      if (ts.isShorthandPropertyAssignment(p)) uses.push({ node: p.name, field: `${path}.${p.name.text}`, form: 'object-literal', kind });
      else if (ts.isPropertyAssignment(p)) putValues(p.initializer, p.name, `${path}.${p.name.getText()}`, kind, uses, depth + 1);
      else if (ts.isSpreadAssignment(p)) putValues(p.expression, p, path, kind, uses, depth + 1);
    }
  } else if (ts.isArrayLiteralExpression(e)) {
    for (const el of e.elements) putValues(ts.isSpreadElement(el) ? el.expression : el, at, path, kind, uses, depth + 1);
  } else {
    uses.push({ node: at, field: path, form: 'object-literal', kind });
  }
}

/** A value the code fixes itself: a literal, `null`, `undefined`, a template without substitutions. */
function isFixed(e: ts.Expression): boolean {
  return ts.isStringLiteralLike(e) || ts.isNumericLiteral(e) || e.kind === ts.SyntaxKind.TrueKeyword
    || e.kind === ts.SyntaxKind.FalseKeyword || e.kind === ts.SyntaxKind.NullKeyword
    || (ts.isIdentifier(e) && e.text === 'undefined');
}
