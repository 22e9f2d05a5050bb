/**
 * Validation of a parsed `privacy-lint.json` value: the JSON Schema (ajv), then what the schema cannot know —
 * rule ids and rule options from the catalog, and globs picomatch would accept but never match. Every problem
 * is phrased for the lead who wrote the file: where, what was expected, and the likely intended spelling.
 */
import { createHash } from 'node:crypto';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { configSchema, hostError, keyPathError, ruleSettingError } from './schema';
import { describePath, quote, type ConfigProblem, type Segment } from './json-text';
import { didYouMean, quotedAlternatives } from './suggest';
import { globProblem } from './globs';
import { checkFunctions, checkTransfers } from './catalogue-checks';
import type { RuleCatalog } from './types';

type Json = unknown;
type SchemaNode = Record<string, unknown>;

/** Keys allowed only at the top level, so a misplaced one gets a better message than "unknown key". */
const topLevelOnlyKeys = new Set(['extends', 'ignores', 'testFiles', 'overrides', '$schema', 'functions']);

/** Non-standard keywords editors understand; ajv must accept them as annotations. */
const editorKeywords = ['errorMessage', 'patternErrorMessage', 'markdownDescription', 'deprecationMessage'];

function createAjv(strict: boolean): Ajv {
  const ajv = new Ajv({ allErrors: true, verbose: true, strict, strictTuples: false, allowUnionTypes: true });
  ajv.addVocabulary(editorKeywords);
  return ajv;
}

let configValidator: ValidateFunction | undefined;
let optionsAjv: Ajv | undefined;
const optionValidators = new WeakMap<object, ValidateFunction | string>();

/**
 * The config schema's validator: the one generated at build time (`scripts/write-schema.js`, ajv standalone
 * code) when present — compiling the schema takes tens of milliseconds on every CLI start — else compiled here.
 */
function loadConfigValidator(): ValidateFunction {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const generated = require('./config-validator.generated.js') as { default?: ValidateFunction; schemaHash?: string };
    if (generated.default && generated.schemaHash === schemaHash()) return generated.default;
  } catch {
    // not generated (yet): compile below
  }
  return createAjv(true).compile(configSchema);
}

/** Identifies the schema a generated validator was made from, so a stale one is never used. */
export function schemaHash(): string {
  return createHash('sha256').update(JSON.stringify(configSchema)).digest('hex');
}

/** Ajv set up as the engine uses it, with source code kept for standalone generation (build time only). */
export function createStandaloneAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictTuples: false, allowUnionTypes: true, code: { source: true } });
  ajv.addVocabulary(editorKeywords);
  return ajv;
}

function validateAgainstConfigSchema(value: Json): ErrorObject[] {
  configValidator ??= loadConfigValidator();
  return configValidator(value) ? [] : [...(configValidator.errors ?? [])];
}

/** Rule option schemas come from rule authors; a broken one is reported, not thrown. */
function optionValidator(schema: object): ValidateFunction | string {
  let validator = optionValidators.get(schema);
  if (validator === undefined) {
    try {
      optionsAjv ??= createAjv(false);
      validator = optionsAjv.compile(schema);
    } catch (error) {
      validator = error instanceof Error ? error.message : String(error);
    }
    optionValidators.set(schema, validator);
  }
  return validator;
}

/** Every problem in `value` (the parsed file), in no particular order. */
export function validateConfigValue(value: Json, catalog: RuleCatalog): ConfigProblem[] {
  const problems = explainAjvErrors(validateAgainstConfigSchema(value), value, []);
  if (isPlainObject(value)) {
    problems.push(...checkRules(value.rules, ['rules'], catalog));
    problems.push(...checkGlobs(value, []));
    problems.push(...checkTransfers(value, []));
    problems.push(...checkFunctions(value.functions));
    if (Array.isArray(value.overrides)) {
      value.overrides.forEach((entry, index) => {
        if (!isPlainObject(entry)) return;
        problems.push(...checkRules(entry.rules, ['overrides', index, 'rules'], catalog));
        problems.push(...checkGlobs(entry, ['overrides', index]));
        problems.push(...checkTransfers(entry, ['overrides', index]));
      });
    }
  }
  return problems;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function knownRuleIds(catalog: RuleCatalog): string[] {
  return [...new Set([...Object.keys(catalog.options), ...Object.keys(catalog.defaults)])];
}

function checkRules(rules: Json, at: Segment[], catalog: RuleCatalog): ConfigProblem[] {
  if (!isPlainObject(rules)) return [];
  const problems: ConfigProblem[] = [];
  const ids = knownRuleIds(catalog);
  for (const [id, setting] of Object.entries(rules)) {
    if (!ids.includes(id)) {
      problems.push({
        path: [...at, id],
        target: 'key',
        message: `unknown rule ${quote(id)} in "${describePath(at)}"; expected one of: ${ids.join(', ')}${didYouMean(id, ids)}`,
        messageJa: `"${describePath(at)}" の規則 ${quote(id)} は存在しません。次のいずれかを書いてください: ${ids.join(', ')}${jaDidYouMean(id, ids)}`,
      });
      continue;
    }
    if (!Array.isArray(setting) || setting.length !== 2 || !isPlainObject(setting[1])) continue;
    const options = setting[1];
    const optionsPath = [...at, id, 1];
    const schema = catalog.options[id];
    if (!schema) {
      if (Object.keys(options).length > 0) {
        problems.push({ path: optionsPath, target: 'value', message: `rule "${id}" takes no options`, messageJa: `規則 "${id}" にオプションはありません` });
      }
      continue;
    }
    const validator = optionValidator(schema);
    if (typeof validator === 'string') {
      problems.push({
        path: optionsPath,
        target: 'value',
        message: `cannot check the options of rule "${id}": its option schema is invalid (${validator})`,
        messageJa: `規則 "${id}" のオプションを検査できません。規則のオプションのスキーマが正しくありません（${validator}）`,
      });
    } else if (!validator(options)) {
      problems.push(...explainAjvErrors([...(validator.errors ?? [])], options, optionsPath, id));
    }
  }
  return problems;
}

/** Glob lists in a config object (the top level or an `overrides[]` entry). */
function checkGlobs(section: Record<string, unknown>, at: Segment[]): ConfigProblem[] {
  const lists: Segment[][] = [
    ['ignores'],
    ['testFiles', 'patterns'],
    ['files'],
    ['myNumber', 'permittedModules'],
    ['sensitiveData', 'permittedModules'],
  ];
  const problems: ConfigProblem[] = [];
  for (const list of lists) {
    let value: Json = section;
    for (const key of list) value = isPlainObject(value) ? value[key as string] : undefined;
    if (!Array.isArray(value)) continue;
    value.forEach((glob, index) => {
      // Empty strings are already reported by the schema (minLength).
      if (typeof glob !== 'string' || glob === '') return;
      const problem = globProblem(glob);
      if (problem) {
        const path = [...at, ...list, index];
        problems.push({
          path, target: 'value',
          message: `"${describePath(path)}" ${problem.en}; got ${quote(glob)}`,
          messageJa: `"${describePath(path)}" ${problem.ja}（値: ${quote(glob)}）`,
        });
      }
    });
  }
  return problems;
}

function segmentsOf(instancePath: string, root: Json): Segment[] {
  if (instancePath === '') return [];
  const segments: Segment[] = [];
  let value = root;
  for (const raw of instancePath.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(value)) {
      const index = Number(key);
      segments.push(index);
      value = value[index];
    } else {
      segments.push(key);
      value = isPlainObject(value) ? value[key] : undefined;
    }
  }
  return segments;
}

function isWithin(instancePath: string, container: string): boolean {
  return instancePath === container || instancePath.startsWith(`${container}/`);
}

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}

/**
 * For `anyOf`/`oneOf`, ajv reports every failed alternative. When the value is an array or object and exactly
 * one alternative has that type, the lead meant that alternative: keep only its errors (they point inside the
 * value). Otherwise keep only the `anyOf` error itself, which says what forms are allowed.
 */
function keepMeaningfulErrors(errors: ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  for (const alternative of errors) {
    if (alternative.keyword !== 'anyOf' && alternative.keyword !== 'oneOf') continue;
    const prefix = `${alternative.schemaPath}/`;
    const inside = errors.filter(
      (e) => e !== alternative && e.schemaPath.startsWith(prefix) && isWithin(e.instancePath, alternative.instancePath),
    );
    const branches = Array.isArray(alternative.schema) ? (alternative.schema as SchemaNode[]) : [];
    const type = jsonType(alternative.data);
    const candidates =
      type === 'array' || type === 'object' ? branches.map((b, i) => (b.type === type ? i : -1)).filter((i) => i >= 0) : [];
    if (candidates.length === 1) {
      dropped.add(alternative);
      for (const e of inside) if (!e.schemaPath.startsWith(`${prefix}${candidates[0]}/`)) dropped.add(e);
    } else {
      for (const e of inside) dropped.add(e);
    }
  }
  return errors.filter((e) => !dropped.has(e));
}

const typeWords: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

const typeWordsJa: Record<string, string> = {
  string: '文字列',
  number: '数値',
  integer: '整数',
  boolean: 'true か false',
  object: 'オブジェクト',
  array: '配列',
  null: 'null',
};

function expectedTypeJa(error: ErrorObject): string {
  const types = String(error.params.type ?? '').split(',');
  const schema = (error.parentSchema ?? {}) as SchemaNode;
  const items = schema.items as SchemaNode | undefined;
  return types
    .map((t) => (t === 'array' && items && !Array.isArray(items) && items.type === 'string' ? '文字列の配列' : typeWordsJa[t] ?? t))
    .join('または');
}

/** `（"x" の誤りではありませんか）` or the empty string: `didYouMean` in Japanese. */
function jaDidYouMean(word: string, candidates: Iterable<string>): string {
  const match = /"(.*)"/.exec(didYouMean(word, candidates))?.[1];
  return match === undefined ? '' : `（"${match}" の誤りではありませんか）`;
}

function expectedType(error: ErrorObject): string {
  const types = String(error.params.type ?? '').split(',');
  const schema = (error.parentSchema ?? {}) as SchemaNode;
  const items = schema.items as SchemaNode | undefined;
  return types
    .map((t) => (t === 'array' && items && !Array.isArray(items) && items.type === 'string' ? 'an array of strings' : typeWords[t] ?? t))
    .join(' or ');
}

/** Values a misspelt string may have meant, from `enum` and `const` in the schema node and its alternatives. */
function allowedStrings(schema: SchemaNode | undefined): string[] {
  if (!schema) return [];
  const values: string[] = [];
  if (Array.isArray(schema.enum)) values.push(...schema.enum.filter((v): v is string => typeof v === 'string'));
  if (typeof schema.const === 'string') values.push(schema.const);
  for (const key of ['anyOf', 'oneOf']) {
    const branches = schema[key];
    if (Array.isArray(branches)) for (const branch of branches) values.push(...allowedStrings(branch as SchemaNode));
  }
  return values;
}

/** ISO 3166-1 alpha-3 codes leads are likely to write, to point at the alpha-2 code instead. */
const alpha3ToAlpha2: Record<string, string> = {
  JPN: 'JP', USA: 'US', GBR: 'GB', DEU: 'DE', FRA: 'FR', IRL: 'IE', NLD: 'NL', CHN: 'CN', KOR: 'KR', TWN: 'TW',
  HKG: 'HK', SGP: 'SG', IND: 'IN', VNM: 'VN', PHL: 'PH', THA: 'TH', IDN: 'ID', AUS: 'AU', CAN: 'CA', BRA: 'BR',
};

/** The value a string that fails a pattern may have meant (in upper case; an alpha-3 country's alpha-2 code). */
function patternHint(error: ErrorObject): string | undefined {
  if (typeof error.data !== 'string') return undefined;
  const pattern = new RegExp(String(error.params.pattern), 'u');
  const upper = error.data.toUpperCase();
  if (upper !== error.data && pattern.test(upper)) return upper;
  const alpha2 = alpha3ToAlpha2[upper];
  if (alpha2 && pattern.test(alpha2)) return alpha2;
  return undefined;
}

/**
 * The Japanese of the schema's `errorMessage`s (the schema, which editors show, is in English): each a predicate
 * written after the subject (`"transfers.internalHosts[0]" は…`).
 */
const schemaMessagesJa: Record<string, string> = {
  [ruleSettingError]: 'は "error"、"warn"、"off" のいずれか（またはそれで始まる配列）でなければなりません',
  'must be [severity] or [severity, options], where severity is "error", "warn" or "off"':
    'は [重大度] または [重大度, オプション] でなければなりません（重大度は "error"、"warn"、"off" のいずれか）',
  [hostError]: 'はスキームやパスを含まないホスト名またはホストのグロブ（例: "api.example.co.jp"、"*.example.internal"）でなければなりません',
  'must be an ISO 3166-1 alpha-2 country code in upper case, like "JP" or "US"':
    'は大文字の ISO 3166-1 alpha-2 国コード（例: "JP"、"US"）でなければなりません',
  'must be "internal", a host name like "api.example.co.jp", or a vendor id listed by `privacy-lint --list-sinks` like "stripe"':
    'は "internal"、ホスト名（例: "api.example.co.jp"）、または `privacy-lint --list-sinks` が示すベンダー ID（例: "stripe"）でなければなりません',
  'must be "recommended" or "strict", or an array of them': 'は "recommended" か "strict"、またはそれらの配列でなければなりません',
  [keyPathError]: 'はキーまたはドット区切りのキーのパス（例: "email"、"user.email"、"users[*].email"）でなければなりません',
  'must be an exported name ("log", "default") or a method of an exported object or class ("notifier.send")':
    'はエクスポートされた名前（"log"、"default"）か、エクスポートされたオブジェクトやクラスのメソッド（"notifier.send"）でなければなりません',
};

/** The Japanese of one of the schema's `errorMessage`s, or undefined when it has none (a test checks they all do). */
export function japaneseErrorMessage(english: string): string | undefined {
  const known = schemaMessagesJa[english];
  if (known !== undefined) return known;
  // identifierList: `must be a function name or a dotted path such as "mask" or "privacy.mask"`.
  const identifier = /^must be a function name or a dotted path such as (.+)$/.exec(english);
  if (identifier) return `は関数名またはドット区切りのパス（例: ${identifier[1].replace(/ or /g, '、')}）でなければなりません`;
  return undefined;
}

/** `ajv`'s comparison words (`>=`, `<`) in Japanese. */
const comparisonJa: Record<string, string> = { '>=': '以上', '>': 'より大きい値', '<=': '以下', '<': '未満' };

/** Turns ajv errors for `value` (found at `base` in the file) into problems in plain words. */
function explainAjvErrors(errors: ErrorObject[], value: Json, base: Segment[], ruleId?: string): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  for (const error of keepMeaningfulErrors(errors)) {
    const path = [...base, ...segmentsOf(error.instancePath, value)];
    const subject = `"${describePath(path)}"`;
    const schema = (error.parentSchema ?? {}) as SchemaNode;
    const custom = typeof schema.errorMessage === 'string' ? schema.errorMessage : undefined;
    const data = error.data;
    switch (error.keyword) {
      case 'additionalProperties': {
        const key = String(error.params.additionalProperty);
        const expected = Object.keys((schema.properties ?? {}) as SchemaNode);
        const listed = expected.length > 0 ? `; expected one of: ${expected.join(', ')}` : '';
        const listedJa = expected.length > 0 ? `使えるキー: ${expected.join(', ')}` : '';
        let message: string;
        let messageJa: string;
        if (ruleId !== undefined && path.length === base.length) {
          message = `unknown option ${quote(key)} for rule "${ruleId}"${listed}${didYouMean(key, expected)}`;
          messageJa = `規則 "${ruleId}" にオプション ${quote(key)} はありません。${listedJa}${jaDidYouMean(key, expected)}`;
        } else if (path[0] === 'overrides' && path.length === 2 && topLevelOnlyKeys.has(key)) {
          message = `${quote(key)} is only allowed at the top level of the file, not in ${subject}`;
          messageJa = `${quote(key)} はファイルの最上位にだけ書けます（${subject} には書けません）`;
        } else {
          message = `unknown key ${quote(key)} in ${subject}${listed}${didYouMean(key, expected)}`;
          messageJa = `${subject} に不明なキー ${quote(key)} があります。${listedJa}${jaDidYouMean(key, expected)}`;
        }
        problems.push({ path: [...path, key], target: 'key', message, messageJa });
        continue;
      }
      case 'required':
        problems.push({
          path,
          target: 'value',
          message: `${subject} is missing the required key "${String(error.params.missingProperty)}"`,
          messageJa: `${subject} に必須のキー "${String(error.params.missingProperty)}" がありません`,
        });
        continue;
    }
    let message: string;
    let messageJa: string;
    if (custom !== undefined) {
      message = `${subject} ${custom}`;
      const ja = japaneseErrorMessage(custom);
      messageJa = ja === undefined ? `${subject} が正しくありません（${custom}）` : `${subject} ${ja}`;
    } else {
      switch (error.keyword) {
        case 'type':
          message = `${subject} must be ${expectedType(error)}`;
          messageJa = `${subject} は${expectedTypeJa(error)}でなければなりません`;
          break;
        case 'enum':
          message = `${subject} must be ${quotedAlternatives(error.params.allowedValues as unknown[])}`;
          messageJa = `${subject} は ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join('、')} のいずれかでなければなりません`;
          break;
        case 'const':
          message = `${subject} must be ${JSON.stringify(error.params.allowedValue)}`;
          messageJa = `${subject} は ${JSON.stringify(error.params.allowedValue)} でなければなりません`;
          break;
        case 'pattern':
          message = `${subject} must match the pattern ${String(error.params.pattern)}`;
          messageJa = `${subject} はパターン ${String(error.params.pattern)} に合っていなければなりません`;
          break;
        case 'minLength':
          message = error.params.limit === 1 ? `${subject} must not be empty` : `${subject} must have at least ${error.params.limit} characters`;
          messageJa = error.params.limit === 1 ? `${subject} を空にはできません` : `${subject} は ${error.params.limit} 文字以上でなければなりません`;
          break;
        case 'maxLength':
          message = `${subject} must have at most ${error.params.limit} characters`;
          messageJa = `${subject} は ${error.params.limit} 文字以下でなければなりません`;
          break;
        case 'minItems':
          message = error.params.limit === 1 ? `${subject} must list at least one item` : `${subject} must list at least ${error.params.limit} items`;
          messageJa = `${subject} には少なくとも ${error.params.limit} 個の項目が必要です`;
          break;
        case 'maxItems':
          message = `${subject} must list at most ${error.params.limit} items`;
          messageJa = `${subject} に書ける項目は ${error.params.limit} 個までです`;
          break;
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum': {
          const comparison = String(error.params.comparison);
          message = `${subject} must be ${comparison} ${error.params.limit}`;
          messageJa = `${subject} は ${error.params.limit} ${comparisonJa[comparison] ?? comparison}でなければなりません`;
          break;
        }
        case 'anyOf':
        case 'oneOf':
          message = `${subject} does not have any of the allowed forms`;
          messageJa = `${subject} は許される形のどれにも当てはまりません`;
          break;
        default:
          message = `${subject} ${error.message ?? 'is not valid'}`;
          messageJa = `${subject} が正しくありません（${error.message ?? error.keyword}）`;
      }
    }
    if (error.keyword === 'pattern') {
      const hint = patternHint(error);
      message += `; got ${quote(data)}${hint === undefined ? '' : ` (did you mean "${hint}"?)`}`;
      messageJa += `（値: ${quote(data)}）${hint === undefined ? '' : `（"${hint}" の誤りではありませんか）`}`;
    } else if (typeof data === 'string') {
      message += didYouMean(data, allowedStrings(schema));
      messageJa += jaDidYouMean(data, allowedStrings(schema));
    }
    problems.push({ path, target: 'value', message, messageJa });
  }
  return problems;
}
