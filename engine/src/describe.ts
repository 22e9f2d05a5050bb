/**
 * Plain-language explanations of model facts for messages, in English and Japanese. They name fields, types and
 * expressions as written in code — never the values found in it.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import type { LocalizedText } from './types';
import type { PathStep } from './rule';
import { subjectText } from './model/values';
import { CATEGORY_LABELS } from './vocabulary';
import { sensitiveKindOf } from './sensitive';
import type { Destination, FlowStep, PersonalFact, PersonalValue } from './model/facts';
import { entriesOfReported } from './model/callers';

const code = (s: string) => '`' + s + '`';
/** "a `Customer`", "an `Order`", "a `User`", "an `Uncle`", "an `HourlyRate`". */
function article(word: string): string {
  if (/^[aeio]/i.test(word)) return 'an';
  if (/^u/i.test(word)) return /^u(ni|s[aeu]|ti|r[aeiou]|k|fo)/i.test(word) ? 'a' : 'an';
  if (/^(hour|honest|honou?r|heir)/i.test(word)) return 'an';
  return 'a';
}

/** The category as messages say it; sensitive data names its kind ("sensitive personal data (medical history, 要配慮個人情報)"). */
export function categoryLabel(fact: PersonalFact): LocalizedText {
  const label = CATEGORY_LABELS[fact.category];
  if (fact.category !== 'sensitive') return label;
  const kind = sensitiveKindOf(fact.field) ?? (fact.path ? sensitiveKindOf(fact.path.split('.').pop()!) : undefined);
  if (!kind) return label;
  return { en: `sensitive personal data (${kind.label.en}, 要配慮個人情報)`, ja: `要配慮個人情報（${kind.label.ja}）` };
}

function factClause(fact: PersonalFact): LocalizedText {
  const label = categoryLabel(fact);
  const path = fact.path ?? fact.field;
  if (fact.via === 'type') {
    const type = fact.typeName ? code(fact.typeName) : 'an object';
    return {
      en: `${fact.typeName ? article(fact.typeName) + ' ' + type : 'a value'} whose ${code(path)} is ${label.en}`,
      ja: `${fact.typeName ? code(fact.typeName) + ' 型で' : 'オブジェクトで'}、その ${code(path)} は${label.ja}`,
    };
  }
  if (fact.via === 'config') {
    return { en: `${article(fact.field)} ${code(fact.field)}, configured as a personal type`, ja: `個人データ型として設定された ${code(fact.field)}` };
  }
  if (fact.via === 'person') return { en: 'a person record (by its name)', ja: '名前から個人のレコードと判断される値' };
  if (fact.via === 'recipient') {
    return { en: `${label.en}: the recipient (\`${fact.field}\`) of the message`, ja: `メッセージの送信先（\`${fact.field}\`）で、${label.ja}` };
  }
  return { en: label.en, ja: label.ja };
}

/**
 * Rows of a literal SQL query, by the personal columns it selects: "rows of `cm_patients` whose column `name` is a
 * name", "… whose selected columns are personal data (`name`: a name; `furigana`: the reading of a name (kana))",
 * "rows of `customers` (a table of persons), every column".
 */
function rowsClause(v: PersonalValue): LocalizedText {
  const fact = v.facts[0];
  const table = code(fact.typeName ?? fact.field);
  const columns = v.facts.filter((f) => f.via === 'column' && f.typeName === fact.typeName);
  if (columns.some((c) => c.path === '*')) {
    return { en: `rows of ${table} (a table of persons), every column`, ja: `${table}（個人のテーブル）の行の全列` };
  }
  if (columns.length === 1) {
    const label = categoryLabel(fact);
    return { en: `rows of ${table} whose column ${code(fact.path ?? fact.field)} is ${label.en}`,
      ja: `${table} の行で、列 ${code(fact.path ?? fact.field)} は${label.ja}` };
  }
  return {
    en: `rows of ${table} whose selected columns are personal data (${columns.map((c) => `${code(c.path ?? c.field)}: ${categoryLabel(c).en}`).join('; ')})`,
    ja: `${table} の行で、選択した列は個人データ（${columns.map((c) => `${code(c.path ?? c.field)}: ${categoryLabel(c).ja}`).join('、')}）`,
  };
}

/** "`c` is a `Customer`; its `email` is contact data" — what is personal and why. */
export function describeValue(v: PersonalValue): LocalizedText {
  const fact = v.facts[0];
  if (fact.via === 'column') {
    const rows = rowsClause(v);
    return v.source !== v.subject
      ? { en: `${code(v.subject)} contains ${code(v.source)}, ${rows.en}`, ja: `${code(v.subject)} に ${code(v.source)}（${rows.ja}）が含まれています` }
      : { en: `${code(v.subject)} is ${rows.en}`, ja: `${code(v.subject)} は${rows.ja}です` };
  }
  const clause = factClause(fact);
  const flowed = v.source !== v.subject;
  if (fact.via === 'type') {
    const typePart = fact.collection
      ? (fact.typeName ? `a list of ${code(fact.typeName)} records` : 'a list of objects')
      : (fact.typeName ? `${article(fact.typeName)} ${code(fact.typeName)}` : 'an object');
    const typePartJa = fact.collection
      ? (fact.typeName ? `${code(fact.typeName)} 型の配列` : 'オブジェクトの配列')
      : (fact.typeName ? `${code(fact.typeName)} 型` : 'オブジェクト');
    const path = code(fact.path ?? fact.field);
    const label = categoryLabel(fact);
    if (!flowed) {
      return { en: `${code(v.subject)} is ${typePart}; ${fact.collection ? 'their' : 'its'} ${path} is ${label.en}`,
        ja: `${code(v.subject)} は ${typePartJa}で、その ${path} は${label.ja}です` };
    }
    return { en: `${code(v.subject)} contains ${code(v.source)}, ${typePart} whose ${path} is ${label.en}`,
      ja: `${code(v.subject)} に ${code(v.source)}（${typePartJa}、その ${path} は${label.ja}）が含まれています` };
  }
  if (!flowed) {
    return fact.via === 'name' || fact.via === 'person'
      ? { en: `${code(v.subject)} is ${clause.en}`, ja: `${code(v.subject)} は${clause.ja}です` }
      : { en: `${code(v.subject)} is ${clause.en}`, ja: `${code(v.subject)} は${clause.ja}です` };
  }
  return { en: `${code(v.subject)} contains ${code(v.source)}, which is ${clause.en}`,
    ja: `${code(v.subject)} に ${code(v.source)}（${clause.ja}）が含まれています` };
}

/** The name of the function a node is in (`audit`, `Mailer.send`), for paths; undefined at a module's top. */
function functionNameOf(node: ts.Node): string | undefined {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n)
      || ts.isConstructorDeclaration(n) || ts.isGetAccessor(n) || ts.isSetAccessor(n)) {
      let name = ts.isConstructorDeclaration(n) ? 'constructor' : n.name && ts.isIdentifier(n.name) ? n.name.text : undefined;
      if (!name && ts.isVariableDeclaration(n.parent) && ts.isIdentifier(n.parent.name)) name = n.parent.name.text;
      if (!name && ts.isPropertyAssignment(n.parent) && ts.isIdentifier(n.parent.name)) name = n.parent.name.text;
      if (!name) return undefined;
      const cls = ts.isClassLike(n.parent) ? n.parent.name?.text : undefined;
      return cls ? `${cls}.${name}` : name;
    }
  }
  return undefined;
}

/** The sink as written: the callee of a call, the target of an assignment (`document.cookie`). */
function sinkText(node: ts.Node): string {
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) return subjectText(node.expression);
  if (ts.isBinaryExpression(node)) return subjectText(node.left);
  return subjectText(node);
}

/**
 * The way a personal value takes to a sink, in words: where the data entered, each variable or helper parameter
 * it passes through (with the function it is in), and the sink. Names code, never values (literals are elided).
 */
export function describePath(v: PersonalValue, sink: ts.Node): PathStep[] {
  const steps: PathStep[] = v.steps.map((step, i) => {
    const text = code(step.text);
    if (i === 0) return { node: step.node, message: { en: `the data comes from ${text}`, ja: `データの出どころ: ${text}` } };
    const fn = functionNameOf(step.node);
    return { node: step.node, message: fn
      ? { en: `flows into ${text} in ${code(fn)}`, ja: `${code(fn)} の ${text} に渡ります` }
      : { en: `flows into ${text}`, ja: `${text} に渡ります` } };
  });
  const callee = code(sinkText(sink));
  steps.push({ node: sink, message: { en: `reaches the sink ${callee}`, ja: `出力先 ${callee} に届きます` } });
  return steps;
}

/**
 * Every way a personal value takes to a sink (`describePath`): when the value is read in a helper from what its
 * callers hand in, one path from each call that hands in a person's data (`callers.ts`), else the one path.
 */
export function describePaths(v: PersonalValue, sink: ts.Node): PathStep[][] {
  const entries = entriesOfReported(v);
  if (!entries.length) return [describePath(v, sink)];
  return entries.map((entry) => describePath(withEntry(v, entry), sink));
}

/** The value with its way starting at a caller's argument (`entry`), then as the helper sees it. */
function withEntry(v: PersonalValue, entry: readonly FlowStep[]): PersonalValue {
  const steps = [...entry, ...v.steps];
  return { node: v.node, subject: v.subject, source: v.source, facts: v.facts, flow: v.flow, steps };
}

/** "Sentry (a third-party SDK)", "api.example.com", "Mailer KK (mailer.example.jp, US)". */
export function describeDestination(d: Destination): LocalizedText {
  if (d.vendor && d.kind === 'external') return { en: `${d.vendor} (a third-party service)`, ja: `${d.vendor}（外部サービス）` };
  switch (d.kind) {
    case 'processor': {
      // A processor registered by vendor is named as registered; its SDK calls have no host.
      const who = d.processorName ? (d.host ? `${d.processorName} (${d.host})` : d.processorName) : d.host ?? d.label;
      return { en: `the processor ${who} in ${countryName(d.country).en}`,
        ja: `${countryName(d.country).ja}の委託先 ${who}` };
    }
    case 'external': return { en: code(d.host ?? d.label), ja: code(d.host ?? d.label) };
    case 'unknown':
      // Read from an environment variable or a constant whose value is not in the code: say which.
      return d.name
        ? { en: `the address in ${code(d.label)}, which cannot be resolved statically`, ja: `${code(d.label)} の送信先（静的に特定できません）` }
        : { en: 'a destination that cannot be resolved statically', ja: '静的に特定できない送信先' };
    case 'internal': return { en: `an internal destination: ${d.label}`, ja: `社内の送信先: ${d.label}` };
    case 'permitted': return { en: `${code(d.host ?? d.label)} (a destination the law requires)`, ja: `${code(d.host ?? d.label)}（法令に基づく提供先）` };
  }
}

const COUNTRIES: Record<string, { en: string; ja: string }> = {
  JP: { en: 'Japan', ja: '日本' }, US: { en: 'the United States', ja: '米国' }, GB: { en: 'the United Kingdom', ja: '英国' },
  DE: { en: 'Germany', ja: 'ドイツ' }, FR: { en: 'France', ja: 'フランス' }, IE: { en: 'Ireland', ja: 'アイルランド' },
  NL: { en: 'the Netherlands', ja: 'オランダ' }, SG: { en: 'Singapore', ja: 'シンガポール' }, CN: { en: 'China', ja: '中国' },
  KR: { en: 'South Korea', ja: '韓国' }, TW: { en: 'Taiwan', ja: '台湾' }, IN: { en: 'India', ja: 'インド' },
  AU: { en: 'Australia', ja: 'オーストラリア' }, CA: { en: 'Canada', ja: 'カナダ' }, VN: { en: 'Vietnam', ja: 'ベトナム' },
  PH: { en: 'the Philippines', ja: 'フィリピン' },
};

/** "the United States (US)" / "米国（US）"; unknown codes as written. */
function countryName(code: string | undefined): { en: string; ja: string } {
  const c = (code ?? '').toUpperCase();
  const known = COUNTRIES[c];
  return known ? { en: `${known.en} (${c})`, ja: `${known.ja}（${c}）` } : { en: c, ja: c };
}

/** The category names of a value, for hovers and reports. */
export function categoryOf(v: PersonalValue): string { return v.facts[0].category; }
