/**
 * The record of third-party provision (policy §8(1)) as data: what the code sends where, built from a lint run's
 * results — the facts of each file's privacy model (`FileResult.facts`: every transfer of personal data, guarded or
 * not, and the uses of My Number and sensitive data) and the findings the rules reported on them. Nothing is
 * analysed here: transfers are grouped by destination and the findings are joined to the places they are about.
 *
 * The record names code (files, fields, callees, hosts), never the personal values found in it.
 */
import * as path from 'node:path';
import type {
  BlindSpotKind, DestinationFact, DestinationKind, FieldUseFact, FileResult, Finding, Locale, Range, Severity, TransferFact,
} from '@privacy-lint/engine';

/** A category of personal data as the engine's facts name it (`contact`, `myNumber`, `input` …). */
export type PersonalCategory = TransferFact['categories'][number];

/** Where the JSON record's schema is published (and `schemas/privacy-lint-report.schema.json` in the repository). */
export const REPORT_SCHEMA_ID = 'https://privacy-lint.dev/schemas/privacy-lint-report.schema.json';

/** A place in the code: a path relative to the working directory (POSIX) and a 1-based range. */
export interface RecordPlace {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A finding reported at a place of the record. */
export interface RecordFinding {
  ruleId: string;
  severity: Severity;
  /** Where the rule reports it (1-based), as the lint output shows it: the value sent, inside the call's place. */
  line: number;
  column: number;
}

/** A finding a `privacy-lint-disable…` comment suppressed there, with its reason. */
export interface RecordSuppression {
  ruleId: string;
  reason: string;
}

/** One call that sends personal data to the destination. */
export interface RecordTransfer extends RecordPlace {
  /** The callee as written (`stripe.checkout.sessions.create`, or the project helper that wraps the sink). */
  callee: string;
  /** Catalogue id of the sink (`fetch`, `axios`, `stripe`). */
  sink: string;
  /** The sink call inside the helper, when the data goes through one. */
  via?: RecordPlace;
  /** A consent check (`transfers.consentGuards`) dominates the call. */
  guarded: boolean;
  categories: PersonalCategory[];
  /** The personal fields sent, as named in the code (`email`, `shippingAddress`). */
  fields: string[];
  /** Findings of the rules on this call (`no-unguarded-external-transfer` …); empty when the transfer is allowed. */
  findings: RecordFinding[];
  suppressed?: RecordSuppression[];
}

/** Whether the transfers to a destination are checked for consent: all, none, or some of them. */
export type ConsentState = 'guarded' | 'unguarded' | 'partly';

/** One destination, with every transfer of personal data to it. */
export interface RecordDestination {
  /** A key unique within the record (`processor:CRM Example Inc.`, `external:api.example.net`). */
  id: string;
  kind: DestinationKind;
  /** How the record names it: the processor's registered name, the vendor, the host, or the name of the URL. */
  label: string;
  /** The hosts the transfers go to (none for an SDK, whose calls go to its vendor). */
  hosts: string[];
  vendor?: string;
  processorName?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  /** `config`: registered in `transfers.processors`; `catalogue`: the vendor's default region, not confirmed. */
  countrySource?: 'config' | 'catalogue';
  /** For a destination read from a name the code does not resolve: that name (`CRM_URL`). */
  name?: string;
  consent: ConsentState;
  /** Every category sent there, in the vocabulary's order. */
  categories: PersonalCategory[];
  transfers: RecordTransfer[];
}

/** A read or write of My Number or of sensitive data. */
export interface RecordUse extends RecordPlace {
  field: string;
  form: FieldUseFact['form'];
  /** Sensitive data: the kind (`medicalHistory` …). */
  kind?: string;
  /** The file is one of the modules permitted to handle the category (`myNumber` / `sensitiveData.permittedModules`). */
  permitted: boolean;
  findings: RecordFinding[];
  suppressed?: RecordSuppression[];
}

/** A file the run could not analyse (so what it sends is not in the record). */
export interface RecordUnanalysed {
  file: string;
  line: number;
  reason: string;
}

/** The whole record. */
export interface ProvisionRecord {
  $schema: string;
  /** The format of this object; raised when a field changes meaning. */
  recordVersion: 1;
  tool: { name: 'privacy-lint'; version: string };
  /** When the record was made (ISO 8601; `SOURCE_DATE_EPOCH` sets it for reproducible builds). */
  generatedAt: string;
  /** The language of `reason` texts. */
  locale: Locale;
  /** The git commit the code was at, and whether the working tree differed from it (absent outside git). */
  revision?: { commit: string; modified: boolean };
  summary: {
    files: number;
    filesWithTypes: number;
    /** Destinations outside the company (every kind but `internal`). */
    thirdPartyDestinations: number;
    /** Every transfer of personal data the record lists, the company's own systems included. */
    transfers: number;
    /** Transfers to destinations outside the company. */
    thirdPartyTransfers: number;
    /** Of those, the ones no consent check guards. */
    unguardedTransfers: number;
    /** Of those, the ones a rule reported (a finding on the call). */
    transfersWithFindings: number;
    myNumberUses: number;
    sensitiveUses: number;
  };
  /** Every destination personal data is sent to, third parties first (see `kind`), then the company's own. */
  destinations: RecordDestination[];
  myNumber: RecordUse[];
  sensitive: RecordUse[];
  /** Test code whose transfers are not listed (`testFiles`; `--include-tests` lists them). */
  testFilesSkipped: string[];
  notAnalysed: RecordUnanalysed[];
  /** What the analysis could not see, by kind (a transfer there may be missing from the record). */
  blindSpots: Partial<Record<BlindSpotKind, number>>;
}

/** What the record needs besides the results. */
export interface RecordContext {
  cwd: string;
  locale: Locale;
  toolVersion: string;
  generatedAt: Date;
  revision?: { commit: string; modified: boolean };
}

/** A finding as the record lists it: the rule, its severity and where the lint output reports it. */
function recordFinding(f: Finding): RecordFinding {
  return { ruleId: f.ruleId, severity: f.severity, line: f.range.start.line, column: f.range.start.column };
}

/** The order destinations are listed in: what needs the lead's attention first. */
const KIND_ORDER: readonly DestinationKind[] = ['external', 'unknown', 'processor', 'permitted', 'internal'];

/** Builds the record from the results of a run made with `facts: true`. */
export function buildRecord(results: readonly FileResult[], context: RecordContext): ProvisionRecord {
  const rel = (file: string): string => {
    const relative = path.relative(context.cwd, file);
    const shown = relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
    return shown.split(path.sep).join('/');
  };
  const place = (file: string, range: Range): RecordPlace => ({
    file: rel(file), line: range.start.line, column: range.start.column, endLine: range.end.line, endColumn: range.end.column,
  });

  const byId = new Map<string, RecordDestination>();
  const myNumber: RecordUse[] = [];
  const sensitive: RecordUse[] = [];
  const testFilesSkipped: string[] = [];
  const notAnalysed: RecordUnanalysed[] = [];
  const blindSpots: Partial<Record<BlindSpotKind, number>> = {};

  for (const result of results) {
    for (const spot of result.blindSpots ?? []) blindSpots[spot.kind] = (blindSpots[spot.kind] ?? 0) + 1;
    if (!result.facts) {
      const problem = result.findings.find((f) => f.ruleId === 'parse-error' || f.ruleId === 'internal-error') ?? result.findings[0];
      notAnalysed.push({ file: rel(result.file), line: problem?.range.start.line ?? 1, reason: problem ? problem.message[context.locale] : '' });
      continue;
    }
    const facts = result.facts;
    if (facts.flowsSkipped) testFilesSkipped.push(rel(result.file));
    const suppressed = result.suppressed ?? [];
    for (const t of facts.transfers) {
      const sinkFile = t.sink?.file ?? result.file;
      const sinkRange = t.sink?.range ?? t.range;
      // The findings about this call: reported inside it, about the data leaving at its sink.
      const about = (f: Finding): boolean => f.file === result.file && within(f.range, t.range)
        && !!f.sink && f.sink.file === sinkFile && sameRange(f.sink.range, sinkRange);
      const d = t.destination;
      const id = destinationId(d);
      let destination = byId.get(id);
      if (!destination) {
        destination = newDestination(id, d);
        byId.set(id, destination);
      }
      if (d.host !== undefined && !destination.hosts.includes(d.host)) destination.hosts.push(d.host);
      const found = result.findings.filter(about);
      const quiet = suppressed.filter((s) => about(s.finding));
      destination.transfers.push({
        ...place(result.file, t.range),
        callee: t.callee,
        sink: t.sinkId,
        ...(t.sink ? { via: place(t.sink.file, t.sink.range) } : {}),
        guarded: t.guarded,
        categories: t.categories,
        fields: t.fields,
        findings: found.map(recordFinding),
        ...(quiet.length ? { suppressed: quiet.map((s) => ({ ruleId: s.finding.ruleId, reason: s.reason })) } : {}),
      });
    }
    const uses = (list: readonly FieldUseFact[], permitted: boolean, category: PersonalCategory, into: RecordUse[]): void => {
      for (const use of list) {
        const about = (f: Finding): boolean => f.file === result.file && f.category === category && sameRange(f.range, use.range);
        const quiet = suppressed.filter((s) => about(s.finding));
        into.push({
          ...place(result.file, use.range),
          field: use.field,
          form: use.form,
          ...(use.kind ? { kind: use.kind } : {}),
          permitted,
          findings: result.findings.filter(about).map(recordFinding),
          ...(quiet.length ? { suppressed: quiet.map((s) => ({ ruleId: s.finding.ruleId, reason: s.reason })) } : {}),
        });
      }
    };
    uses(facts.myNumber.uses, facts.myNumber.permitted, 'myNumber', myNumber);
    uses(facts.sensitive.uses, facts.sensitive.permitted, 'sensitive', sensitive);
  }

  const destinations = [...byId.values()];
  for (const d of destinations) {
    d.hosts.sort();
    d.transfers.sort(comparePlaces);
    const guarded = d.transfers.filter((t) => t.guarded).length;
    d.consent = guarded === d.transfers.length ? 'guarded' : guarded === 0 ? 'unguarded' : 'partly';
    const found = new Set(d.transfers.flatMap((t) => t.categories));
    d.categories = CATEGORY_ORDER.filter((c) => found.has(c));
  }
  destinations.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.label.localeCompare(b.label, 'en'));
  myNumber.sort(comparePlaces);
  sensitive.sort(comparePlaces);
  const transfers = destinations.flatMap((d) => d.transfers);
  const thirdParty = destinations.filter((d) => d.kind !== 'internal').flatMap((d) => d.transfers);
  return {
    $schema: REPORT_SCHEMA_ID,
    recordVersion: 1,
    tool: { name: 'privacy-lint', version: context.toolVersion },
    generatedAt: context.generatedAt.toISOString(),
    locale: context.locale,
    ...(context.revision ? { revision: context.revision } : {}),
    summary: {
      files: results.length,
      filesWithTypes: results.filter((r) => r.typeInfo).length,
      thirdPartyDestinations: destinations.filter((d) => d.kind !== 'internal').length,
      transfers: transfers.length,
      thirdPartyTransfers: thirdParty.length,
      unguardedTransfers: thirdParty.filter((t) => !t.guarded).length,
      transfersWithFindings: thirdParty.filter((t) => t.findings.length > 0).length,
      myNumberUses: myNumber.length,
      sensitiveUses: sensitive.length,
    },
    destinations,
    myNumber,
    sensitive,
    testFilesSkipped: testFilesSkipped.sort(),
    notAnalysed: notAnalysed.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    blindSpots,
  };
}

/** The categories in the vocabulary's order (as the engine lists them). */
const CATEGORY_ORDER: readonly PersonalCategory[] = [
  'name', 'kana', 'contact', 'address', 'birthDate', 'account', 'myNumber', 'sensitive', 'identificationCode',
  'onlineIdentifier', 'credential', 'sessionToken', 'input',
];

/**
 * Transfers to one party are one destination: a processor by its registered name (all its hosts), a vendor by its
 * name, a host by itself, an unresolved URL by the name it was read from.
 */
function destinationId(d: DestinationFact): string {
  switch (d.kind) {
    case 'processor': return `processor:${d.processorName ?? d.host ?? d.label}:${d.country ?? ''}`;
    case 'external': return `external:${d.vendor ?? d.host ?? d.label}`;
    case 'unknown': return `unknown:${d.name ?? d.label}`;
    case 'permitted': return `permitted:${d.host ?? d.label}`;
    case 'internal': return `internal:${d.host ?? d.label}`;
  }
}

function newDestination(id: string, d: DestinationFact): RecordDestination {
  const label = d.kind === 'processor' ? d.processorName ?? d.host ?? d.label
    : d.kind === 'external' ? d.vendor ?? d.host ?? d.label
      : d.kind === 'unknown' ? d.label : d.host ?? d.label;
  // In the order the JSON shows the fields.
  return {
    id, kind: d.kind, label, hosts: [],
    ...(d.vendor !== undefined ? { vendor: d.vendor } : {}),
    ...(d.processorName !== undefined ? { processorName: d.processorName } : {}),
    ...(d.country !== undefined ? { country: d.country, countrySource: d.kind === 'processor' ? 'config' as const : 'catalogue' as const } : {}),
    ...(d.name !== undefined ? { name: d.name } : {}),
    consent: 'guarded', categories: [], transfers: [],
  };
}

function within(inner: Range, outer: Range): boolean {
  const before = (a: Range['start'], b: Range['start']): boolean => a.line < b.line || (a.line === b.line && a.column <= b.column);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.column === b.start.column && a.end.line === b.end.line && a.end.column === b.end.column;
}

function comparePlaces(a: RecordPlace, b: RecordPlace): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
}
