/**
 * Plain-language explanations of model facts for messages, in English and Japanese. They name fields, types and
 * expressions as written in code — never the values found in it.
 */
import type { LocalizedText } from './types';
import { CATEGORY_LABELS } from './vocabulary';
import type { Destination, PersonalFact, PersonalValue } from './model/facts';

const code = (s: string) => '`' + s + '`';
/** "a `Customer`", "an `Order`". */
const article = (word: string) => (/^[aeioAEIO]/.test(word) ? 'an' : 'a');

function factClause(fact: PersonalFact): LocalizedText {
  const label = CATEGORY_LABELS[fact.category];
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
  return { en: label.en, ja: label.ja };
}

/** "`c` is a `Customer`; its `email` is contact data" — what is personal and why. */
export function describeValue(v: PersonalValue): LocalizedText {
  const fact = v.facts[0];
  const clause = factClause(fact);
  const flowed = v.source !== v.subject;
  if (fact.via === 'type') {
    const typePart = fact.typeName ? `${article(fact.typeName)} ${code(fact.typeName)}` : 'an object';
    const typePartJa = fact.typeName ? `${code(fact.typeName)} 型` : 'オブジェクト';
    const path = code(fact.path ?? fact.field);
    const label = CATEGORY_LABELS[fact.category];
    if (!flowed) {
      return { en: `${code(v.subject)} is ${typePart}; its ${path} is ${label.en}`,
        ja: `${code(v.subject)} は${typePartJa}で、その ${path} は${label.ja}です` };
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

/** "Sentry (a third-party SDK)", "api.example.com", "Mailer KK (mailer.example.jp, US)". */
export function describeDestination(d: Destination): LocalizedText {
  if (d.vendor) return { en: `${d.vendor} (a third-party service)`, ja: `${d.vendor}（外部サービス）` };
  switch (d.kind) {
    case 'processor': {
      const who = d.processorName ? `${d.processorName} (${d.host})` : d.host ?? d.label;
      return { en: `the processor ${who} in ${d.country}`, ja: `${d.country} にある委託先 ${who}` };
    }
    case 'external': return { en: code(d.host ?? d.label), ja: code(d.host ?? d.label) };
    case 'unknown': return { en: 'a destination that cannot be resolved statically', ja: '静的に特定できない送信先' };
    case 'internal': return { en: `an internal destination (${d.label})`, ja: `社内の送信先（${d.label}）` };
    case 'permitted': return { en: `${code(d.host ?? d.label)} (a destination the law requires)`, ja: `${code(d.host ?? d.label)}（法令に基づく提供先）` };
  }
}

/** The category names of a value, for hovers and reports. */
export function categoryOf(v: PersonalValue): string { return v.facts[0].category; }
