/**
 * What the privacy model of one file says, as plain data an adapter can keep and print: every call that sends
 * personal data out of the program (to any destination, checked for consent or not) and every read or write of My
 * Number and of sensitive personal data. Findings are what the rules object to; these are the facts the rules query,
 * for reports that must list what is allowed too (the record of third-party provision, policy §8(1)).
 *
 * Like messages, facts name code — fields, callees, hosts, the names of environment variables — never the values
 * found in it.
 */
import type * as ts from 'typescript';
import type { PersonalCategory } from './vocabulary';
import type { Range } from './types';
import type { DestinationKind, FieldUse, PersonalValue, TransferSite } from './model/facts';
import type { PrivacyModel } from './model/model';
import type { ResolvedConfig } from './config/types';
import { matchesAny } from './config/globs';
import { sensitiveKindOf } from './sensitive';
import { CATEGORY_LABELS } from './vocabulary';

/** Where a transfer goes, as the transfer rules see it (see `Destination` of the model). */
export interface DestinationFact {
  /** `internal` (the company's own), `processor` (registered 委託先), `permitted` (a provision of My Number the law requires), `external`, `unknown`. */
  kind: DestinationKind;
  /** How messages name it: a host, a vendor, `process.env.CRM_URL`, `an unresolved URL`. */
  label: string;
  host?: string;
  /** Third-party SDK vendor (`Stripe`), also for a processor registered by vendor. */
  vendor?: string;
  /** A registered processor's name, as `transfers.processors` gives it. */
  processorName?: string;
  /** A registered processor's country (ISO 3166-1 alpha-2). */
  country?: string;
  /** For an unknown destination read from a name (an environment variable, a constant): the name. */
  name?: string;
}

/** One call that hands personal data to a transfer sink. */
export interface TransferFact {
  /** The call that hands the data over: the sink call, or the call of a project helper that wraps it. */
  range: Range;
  /** The sink call inside the helper, when the data is handed over through one (possibly in another file). */
  sink?: { file: string; range: Range };
  /** Catalogue id of the sink (`fetch`, `axios`, `stripe`, `slack-webhook`). */
  sinkId: string;
  /** The callee as written at `range` (`stripe.checkout.sessions.create`, `notifyOps`). */
  callee: string;
  destination: DestinationFact;
  /** A consent guard (`transfers.consentGuards`) dominates the call. */
  guarded: boolean;
  /** The categories of personal data sent, in the vocabulary's order. */
  categories: PersonalCategory[];
  /** The personal fields sent (`email`, `shippingAddress`, the person noun of a whole record), sorted. */
  fields: string[];
}

/** A read or write of a field of one category (My Number, sensitive data). */
export interface FieldUseFact {
  range: Range;
  /** The field as written (`kojinBango`, `byoreki`). */
  field: string;
  form: FieldUse['form'];
  /** For sensitive data: the kind (`medicalHistory`, `creed` …; see `SENSITIVE_KINDS`). */
  kind?: string;
}

/** The facts of one file (`FileResult.facts`, when `LintOptions.facts` asks for them). */
export interface FileFacts {
  /**
   * Every transfer of personal data, whatever the destination and the guard, in source order. Empty for test code
   * whose flows are not linted (`testFiles`): then `flowsSkipped` is set.
   */
  transfers: TransferFact[];
  /** Uses of My Number; `permitted`: the file is one of `myNumber.permittedModules`. */
  myNumber: { permitted: boolean; uses: FieldUseFact[] };
  /** Uses of sensitive personal data (要配慮個人情報); `permitted`: the file is one of `sensitiveData.permittedModules`. */
  sensitive: { permitted: boolean; uses: FieldUseFact[] };
  /** The file is test code and the flow rules skip it (`testFiles.lint` false): its transfers are not listed. */
  flowsSkipped?: true;
}

const CATEGORY_ORDER = Object.keys(CATEGORY_LABELS) as PersonalCategory[];

/**
 * The facts of a file's model. `rangeOf` turns a node into the 1-based range findings use; `flowsSkipped` is true
 * when the flow rules do not run on the file (test code), and then its transfers are left out as the rules leave
 * them out.
 */
export function fileFacts(model: PrivacyModel, config: ResolvedConfig, flowsSkipped: boolean,
  rangeOf: (node: ts.Node) => Range): FileFacts {
  const file = model.sourceFile.fileName;
  const transfers = flowsSkipped ? [] : model.transferSites.map((site) => transferFact(site, rangeOf));
  transfers.sort((a, b) => comparePositions(a.range, b.range));
  const uses = (list: readonly FieldUse[], sensitive: boolean): FieldUseFact[] => list.map((use) => {
    const kind = sensitive ? sensitiveKindOf(use.field)?.id : undefined;
    return { range: rangeOf(use.node), field: use.field, form: use.form, ...(kind ? { kind } : {}) };
  }).sort((a, b) => comparePositions(a.range, b.range));
  return {
    transfers,
    myNumber: { permitted: matchesAny(file, config.myNumber.permittedModules, config.baseDir), uses: uses(model.myNumberUses, false) },
    sensitive: { permitted: matchesAny(file, config.sensitiveData.permittedModules, config.baseDir), uses: uses(model.fieldUses('sensitive'), true) },
    ...(flowsSkipped ? { flowsSkipped: true as const } : {}),
  };
}

function transferFact(site: TransferSite, rangeOf: (node: ts.Node) => Range): TransferFact {
  const d = site.destination;
  const destination: DestinationFact = { kind: d.kind, label: d.label };
  if (d.host !== undefined) destination.host = d.host;
  if (d.vendor !== undefined) destination.vendor = d.vendor;
  if (d.processorName !== undefined) destination.processorName = d.processorName;
  if (d.country !== undefined) destination.country = d.country;
  if (d.name !== undefined) destination.name = d.name;
  const inner = site.innerCall;
  return {
    range: rangeOf(site.call),
    ...(inner && inner !== site.call ? { sink: { file: inner.getSourceFile().fileName, range: rangeOf(inner) } } : {}),
    sinkId: site.sink.id,
    callee: site.callee,
    destination,
    guarded: site.guarded,
    categories: categoriesOf(site.values),
    fields: [...new Set(site.values.flatMap((v) => v.facts.map((f) => f.path ?? f.field)))].sort(),
  };
}

function categoriesOf(values: readonly PersonalValue[]): PersonalCategory[] {
  const found = new Set(values.flatMap((v) => v.facts.map((f) => f.category)));
  return CATEGORY_ORDER.filter((c) => found.has(c));
}

function comparePositions(a: Range, b: Range): number {
  return a.start.line - b.start.line || a.start.column - b.start.column;
}
