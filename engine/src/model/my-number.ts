/**
 * My Number uses: every expression that reads or writes a My Number value — property access, element access
 * with a literal key, destructuring, object literal properties, and variables or parameters named for it.
 * Type declarations are not uses, and a number-typed counter called `myNumber` is not a My Number.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import { classifyField, isAmbiguousMyNumberName, splitWords, type PersonalCategory } from '../vocabulary';
import { EMPTY_ENV } from './values';
import { isLiteralTree, stripParens, walkTree } from './syntax';
import { collectClinicalRead, collectClinicalWrite, makesNonClinicalResource } from './clinical-resources';
import type { FileAnalysis } from './analysis';
import type { MyNumberUse } from './facts';
import type { Declaration } from './scope';

const CANDIDATE_KINDS: ReadonlySet<ts.SyntaxKind> = new Set([ts.SyntaxKind.PropertyAccessExpression,
  ts.SyntaxKind.ElementAccessExpression, ts.SyntaxKind.BindingElement, ts.SyntaxKind.PropertyAssignment,
  ts.SyntaxKind.ShorthandPropertyAssignment, ts.SyntaxKind.Parameter, ts.SyntaxKind.VariableDeclaration,
  ts.SyntaxKind.CallExpression]);

/** Verbs of a setter given a field's name and a value (`update('diagnosis', v)`, `setValue`, `form.append`). */
const SETTER_VERBS: ReadonlySet<string> = new Set(['set', 'update', 'change', 'patch', 'put', 'append', 'assign', 'write',
  'save', 'store']);

/** Reads and writes of My Number: property access, element access, destructuring, object literals, declarations. */
export function collectMyNumberUse(a: FileAnalysis, node: ts.Node, uses: MyNumberUse[]): void {
  collectCategoryUse(a, node, uses, 'myNumber');
}

/**
 * Reads and writes of a field of one personal-data category (My Number, sensitive data …) in the same forms. A name
 * that is personal only on a person (`race`) counts where its owner is one (`customer.race`).
 */
export function collectCategoryUse(a: FileAnalysis, node: ts.Node, uses: MyNumberUse[], category: PersonalCategory): void {
  // Runs for every node of every file (sensitive data) and of a file that mentions My Number: reject other kinds
  // before any work, and allocate nothing per node (no closures: this is the hottest loop of the index walk).
  if (!CANDIDATE_KINDS.has(node.kind)) return;
  const before = uses.length;
  collectNamedUse(a, node, uses, category);
  // A health record's fields are sensitive by the record's type, not by their names (`allergy.reaction`).
  if (category === 'sensitive' && uses.length === before) {
    collectClinicalRead(a, node, uses);
    collectClinicalWrite(a, node, uses);
  }
}

/** A use of a field whose own name is of the category (`patient.byoreki`, `{ myNumber }`). */
function collectNamedUse(a: FileAnalysis, node: ts.Node, uses: MyNumberUse[], category: PersonalCategory): void {
  // A My Number is a scalar, so `config.myNumber.permittedModules` holds settings; sensitive data may be a record
  // (`patient.medicalHistory.entries` still reads the history).
  const scalar = category === 'myNumber';
  if (ts.isPropertyAccessExpression(node)) {
    if (isOfCategory(a, category, node.name.text, node.expression) && !isTypePosition(node) && !isCounterProperty(a, node, node.name.text)
      && !(scalar && usedAsObject(node, a)) && !isConstantMember(node)
      // `drugs.getMedication({ drugId })`, `page.clickMedications()`: a method is named for what it does, it holds no
      // record (what it returns is judged where it is kept). A My Number's getter still reads one.
      && !(!scalar && isCallee(node))) {
      uses.push({ node: node.name, field: node.name.text, form: 'property' });
    }
  } else if (ts.isElementAccessExpression(node)) {
    const arg = node.argumentExpression;
    if (ts.isStringLiteralLike(arg) && isOfCategory(a, category, arg.text, node.expression)) uses.push({ node: arg, field: arg.text, form: 'element' });
  } else if (ts.isCallExpression(node)) {
    // `update('chief_complaint', value)`, `setValue('byoreki', v)`, `params.append('diagnosis', d)`: a setter given a
    // field's name and a value writes that field (a literal value, `t('diagnosis', 'Diagnosis')`, writes nothing).
    const args = node.arguments;
    if (args.length < 2 || !ts.isStringLiteralLike(args[0]) || isLiteralValue(args[1]) || !isSetterCall(node)) return;
    if (!isOfCategory(a, category, args[0].text, undefined)) return;
    if (isAmbiguousMyNumberName(args[0].text) && isNumberValued(a, args[1])) return;
    uses.push({ node: args[0], field: args[0].text, form: 'property' });
  } else if (ts.isBindingElement(node)) {
    const key = node.propertyName ?? node.name;
    const text = ts.isIdentifier(key) || ts.isStringLiteral(key) ? key.text : undefined;
    const holder = ts.isObjectBindingPattern(node.parent) && ts.isVariableDeclaration(node.parent.parent) ? node.parent.parent.initializer : undefined;
    if (text && isOfCategory(a, category, text, holder) && !(ts.isIdentifier(node.name) && node.propertyName === undefined
      && a.isMyNumberCounter(text, node as Declaration))) {
      uses.push({ node: key, field: text, form: 'destructuring' });
    }
  } else if (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) {
    const key = node.name;
    const text = ts.isIdentifier(key) || ts.isStringLiteral(key) ? key.text : undefined;
    if (text && isOfCategory(a, category, text, undefined) && ts.isObjectLiteralExpression(node.parent)) {
      // `{ myNumber }` with a counter of that name is still a field called myNumber, but not a My Number.
      if (ts.isShorthandPropertyAssignment(node)) {
        const decl = a.scope.resolve(node.name);
        if (decl && a.isMyNumberCounter(text, decl)) return;
      } else if (isAmbiguousMyNumberName(text) && isNumberValued(a, node.initializer) && !a.isPersonLikeObjectLiteral(node.parent)) {
        return;
      } else if ((scalar ? isStructure(node.initializer) : isEmpty(node.initializer)) || isWordsLiteral(node.initializer)
        || holdsBehaviour(node.initializer)
        // `medications: { _sort: '-effective', _tag: ['current'] }`, `medications: z.object({ … })`: settings and
        // schemas the code writes under the field's name, no one's data.
        || (!scalar && (isConstantStructure(node.initializer) || isSchemaBuilder(node.initializer)))) {
        // (`prescription: React.lazy(() => import('…/icons/prescription'))`: an icon's name, not a record.)
        // `myNumber: { permittedModules: […] }`, `myNumber: 'Field names that hold…'`: named after My Number, not one
        return;
      }
      uses.push({ node: key, field: text, form: 'object-literal' });
    }
  } else if (ts.isParameter(node) && ts.isIdentifier(node.name)) {
    const fn = node.parent;
    const declarationOnly = !('body' in fn) || !(fn as ts.FunctionLikeDeclaration).body;
    if (!declarationOnly && isOfCategory(a, category, node.name.text, undefined) && !a.isMyNumberCounter(node.name.text, node)) {
      uses.push({ node: node.name, field: node.name.text, form: 'parameter' });
    }
  } else if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) {
    // `const kojinBango = readFromForm()`: a My Number held under its own name. When the initializer
    // already reads a My Number field, that read is the use reported.
    if (isOfCategory(a, category, node.name.text, undefined) && !a.isMyNumberCounter(node.name.text, node)
      && !initializerReadsCategory(a, category, node.initializer)
      && !(node.initializer && ((scalar ? isStructure(node.initializer) : isEmpty(node.initializer)) || isWordsLiteral(node.initializer)
        // `const Prescription: Icon = () => <svg …/>`: a component named after a picture, not a record.
        || holdsBehaviour(node.initializer)
        // `const medication = await fhir.create({ resourceType: 'Medication', … })`: a drug of the catalogue.
        || (!scalar && makesNonClinicalResource(node.initializer))))) {
      uses.push({ node: node.name, field: node.name.text, form: 'variable' });
    }
  }
}

/** `NOTE_TYPE.MEDICATION`, `NoteType.DIAGNOSIS`, `Fields.MY_NUMBER`: a member of an enum or a table of constants. */
function isConstantMember(node: ts.PropertyAccessExpression): boolean {
  if (!/^[A-Z][A-Z0-9_]+$/.test(node.name.text)) return false;
  const receiver = stripParens(node.expression);
  const name = ts.isIdentifier(receiver) ? receiver.text : ts.isPropertyAccessExpression(receiver) ? receiver.name.text : undefined;
  return !!name && (/^[A-Z][A-Z0-9_]+$/.test(name) || /^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)*$/.test(name));
}

/** `x.getMedication(…)`: the access is the callee of a call. */
function isCallee(node: ts.PropertyAccessExpression): boolean {
  let outer: ts.Node = node;
  while (ts.isParenthesizedExpression(outer.parent) || ts.isNonNullExpression(outer.parent)) outer = outer.parent;
  return (ts.isCallExpression(outer.parent) || ts.isNewExpression(outer.parent)) && outer.parent.expression === outer;
}

/**
 * An object or array literal whose every leaf is a literal (`{ _sort: '-effective', _count: 100 }`): the code's
 * settings. An empty one (`allergies: []`) is a record's list still to be filled.
 */
function isConstantStructure(e: ts.Expression): boolean {
  const x = stripParens(e);
  const empty = ts.isObjectLiteralExpression(x) ? x.properties.length === 0 : ts.isArrayLiteralExpression(x) && x.elements.length === 0;
  return !empty && isLiteralTree(x);
}

/** The roots of schema builders: zod, yup, Joi, TypeBox, Valibot, VineJS, Effect Schema. */
const SCHEMA_ROOTS: ReadonlySet<string> = new Set(['z', 'zod', 'yup', 'Yup', 'joi', 'Joi', 'Type', 'v', 'valibot', 'vine', 'S', 'Schema']);
/** What they build with (`z.object`, `yup.array`, `Type.Object`, `Joi.alternatives`). */
const SCHEMA_BUILDERS: ReadonlySet<string> = new Set(['object', 'array', 'string', 'number', 'boolean', 'enum', 'nativeEnum',
  'union', 'literal', 'optional', 'nullable', 'record', 'tuple', 'date', 'any', 'unknown', 'lazy', 'discriminatedUnion',
  'intersection', 'mixed', 'alternatives', 'picklist', 'strictObject', 'looseObject', 'Object', 'Array', 'String',
  'Number', 'Boolean', 'Union', 'Literal', 'Optional', 'Record', 'Struct']);

/** `z.object({ … }).default({})`, `yup.array().of(…)`: a schema, built by a validation library (not a value). */
function isSchemaBuilder(e: ts.Expression): boolean {
  let x = stripParens(e);
  for (let i = 0; i < 12 && ts.isCallExpression(x); i++) {
    const callee = stripParens(x.expression);
    if (!ts.isPropertyAccessExpression(callee)) return false;
    const base = stripParens(callee.expression);
    if (ts.isIdentifier(base)) return SCHEMA_ROOTS.has(base.text) && SCHEMA_BUILDERS.has(callee.name.text);
    x = base;
  }
  return false;
}

/** Whether a call's callee is named for setting something (`update`, `setFieldValue`, `formData.append`). */
function isSetterCall(call: ts.CallExpression): boolean {
  const callee = stripParens(call.expression);
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  if (!name) return false;
  return splitWords(name).some((w) => SETTER_VERBS.has(w));
}

/** A value the code writes itself: a literal, a flag, `null`, `undefined`. */
function isLiteralValue(e: ts.Expression): boolean {
  e = stripParens(e);
  return ts.isStringLiteralLike(e) || ts.isNumericLiteral(e) || e.kind === ts.SyntaxKind.TrueKeyword
    || e.kind === ts.SyntaxKind.FalseKeyword || e.kind === ts.SyntaxKind.NullKeyword
    || (ts.isIdentifier(e) && e.text === 'undefined');
}

/** Whether a name is a field of `category`; one personal only on a person (`race`) counts where its owner is one. */
function isOfCategory(a: FileAnalysis, category: PersonalCategory, name: string, owner: ts.Expression | undefined): boolean {
  const m = classifyField(name, a.vocabulary);
  if (m?.category !== category) return false;
  return !m.needsPerson || (!!owner && a.isPersonLike(owner, EMPTY_ENV, 0));
}

/**
 * `state.myNumber` typed `number` on something that is not a person (a game state, a counter object) is a
 * counter, not a My Number. Needs the checker; without it the name decides.
 */
function isCounterProperty(a: FileAnalysis, node: ts.PropertyAccessExpression, name: string): boolean {
  if (!a.checker || !isAmbiguousMyNumberName(name)) return false;
  const t = a.checker.getTypeAtLocation(node);
  if (!(t.flags & ts.TypeFlags.NumberLike)) return false;
  return !a.isPersonLike(node.expression, EMPTY_ENV, 0);
}

function isNumberValued(a: FileAnalysis, e: ts.Expression): boolean {
  e = stripParens(e);
  if (ts.isNumericLiteral(e) || (ts.isPrefixUnaryExpression(e) && ts.isNumericLiteral(e.operand))) return true;
  if (a.checker) return !!(a.checker.getTypeAtLocation(e).flags & ts.TypeFlags.NumberLike);
  return false;
}

/** Members a My Number value (a string or number) has; any other member means the thing is an object. */
const VALUE_MEMBERS = new Set(['length', 'slice', 'substring', 'substr', 'trim', 'trimStart', 'trimEnd', 'replace',
  'replaceAll', 'padStart', 'padEnd', 'toString', 'split', 'charAt', 'charCodeAt', 'startsWith', 'endsWith', 'includes',
  'indexOf', 'match', 'test', 'toFixed', 'valueOf', 'normalize', 'at', 'concat', 'localeCompare', 'toLowerCase',
  'toUpperCase', 'codePointAt', 'search', 'repeat']);

/** `config.myNumber.permittedModules`: `myNumber` here holds settings, not a number. */
function usedAsObject(node: ts.PropertyAccessExpression, a: FileAnalysis): boolean {
  // `config.myNumber!.permittedModules`, `(config.myNumber).x`: look through `!` and parentheses.
  let inner: ts.Expression = node;
  while (ts.isNonNullExpression(inner.parent) || ts.isParenthesizedExpression(inner.parent)) inner = inner.parent;
  const parent = inner.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.expression === inner && !VALUE_MEMBERS.has(parent.name.text)) return true;
  // With the checker: an array or object type (`extraFields.myNumber: string[]`, an optional settings section)
  // holds names or settings.
  if (a.checker) {
    const t = a.checker.getNonNullableType(a.checker.getTypeAtLocation(node));
    if (a.checker.isArrayType(t) || (t.flags & ts.TypeFlags.Object && t.getCallSignatures().length === 0
      && !(t.flags & (ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike)) && t.getProperties().length > 0
      && !t.getProperty('toFixed') && !t.getProperty('charAt'))) return true;
  }
  return false;
}

/** An object, array or function can hold My Numbers but is not one; `undefined` and `null` hold nothing. */
function isStructure(e: ts.Expression): boolean {
  e = stripParens(e);
  return ts.isObjectLiteralExpression(e) || ts.isArrayLiteralExpression(e) || ts.isArrowFunction(e) || ts.isFunctionExpression(e)
    || e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword
    || e.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(e) && e.text === 'undefined');
}

/** A cleared value (`undefined`, `null`) or a flag holds nothing. */
function isEmpty(e: ts.Expression): boolean {
  e = stripParens(e);
  return e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword
    || e.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(e) && e.text === 'undefined');
}

/** `const MY_NUMBER = 'my-number-outside-permitted-module'`: a word, not a number (a hard-coded number has digits). */
function isWordsLiteral(e: ts.Expression): boolean {
  return ts.isStringLiteralLike(e) && /[A-Za-z\u3040-\u30ff\u3400-\u9fff]/.test(e.text) && !/\d{4}/.test(e.text);
}

function isTypePosition(node: ts.Node): boolean {
  return !!ts.findAncestor(node, (n) => ts.isTypeNode(n) || ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n));
}

function initializerReadsCategory(a: FileAnalysis, category: PersonalCategory, init: ts.Expression | undefined): boolean {
  if (!init) return false;
  let found = false;
  walkTree(init, (n) => {
    if (found) return false;
    if (ts.isPropertyAccessExpression(n) && isOfCategory(a, category, n.name.text, n.expression) && !(category !== 'myNumber' && isCallee(n))) found = true;
    else if (ts.isElementAccessExpression(n) && ts.isStringLiteralLike(n.argumentExpression)
      && isOfCategory(a, category, n.argumentExpression.text, n.expression)) found = true;
    return !found;
  });
  return found;
}

/**
 * A property that holds behaviour or a component, not data: a function, a class, JSX, a dynamic import or a lazily
 * loaded component (`React.lazy(() => import(…))`, Next's `dynamic(…)`, Vue's `defineAsyncComponent(…)`).
 */
function holdsBehaviour(init: ts.Expression): boolean {
  const e = stripParens(init);
  if (ts.isArrowFunction(e) || ts.isFunctionExpression(e) || ts.isClassExpression(e) || ts.isJsxElement(e)
    || ts.isJsxSelfClosingElement(e) || ts.isJsxFragment(e)) return true;
  if (!ts.isCallExpression(e)) return false;
  if (e.expression.kind === ts.SyntaxKind.ImportKeyword) return true;
  const callee = stripParens(e.expression);
  const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
  return /^(lazy|dynamic|defineAsyncComponent|loadable)$/.test(name);
}
