/**
 * A survey of a repository for `privacy-lint init`: where the code sends data (hosts written in it and the SDKs of
 * the sink catalogue it calls), which loggers it uses, and which modules handle My Number. It reads and parses the
 * files like a lint run (never running them) and looks at every send, not only those that carry personal data: the
 * lead decides each destination once, before the first finding.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import * as path from 'node:path';
import type { ResolvedConfig } from './config/types';
import { FileAnalysis } from './model/analysis';
import { EMPTY_ENV } from './model/values';
import { DEFAULT_CACHE_SIZE, ProjectContext } from './model/project';
import { LruMap } from './lru';
import { readSourceFile } from './lint';
import { SINK_CATALOG, specForHost, type SinkSpec, type Vendor } from './sinks';
import { isTestFile } from './config/globs';

/** Where something was found: a file (absolute) and a 1-based line; line 0 for a package.json dependency. */
export interface SurveyPlace {
  file: string;
  line: number;
}

/** A place the code sends data to: a host written in it, or the vendor behind an SDK. */
export interface SurveyDestination {
  /** The host (`api.crm.example.co.jp`), or the vendor's first API host (globs allowed: `*.adyen.com`). */
  host?: string;
  /** The vendor from the catalogue, when the host or the SDK is one of theirs. */
  vendor?: Vendor;
  /** Catalogue ids of the SDKs or clients that send there (`stripe`, `fetch`). */
  via: string[];
  /** Where: the sending calls, or the package.json that depends on the SDK. */
  places: SurveyPlace[];
}

/** What `surveyRepository` found. */
export interface RepositorySurvey {
  /** Sorted by host (vendors without a host last, by name). */
  destinations: SurveyDestination[];
  /** Catalogue log sinks called (`console`, `pino`), by id. */
  loggers: string[];
  /** Files where My Number is read or written, with how many uses, by path. */
  myNumberFiles: Array<{ file: string; uses: number }>;
  /** Sends whose destination could not be read (a URL built at run time), up to 20 places. */
  unresolved: SurveyPlace[];
  /**
   * Hosts left out of `destinations` because they are reserved names (RFC 2606 and RFC 6761: `example.com`,
   * `*.example.net`, `*.test`, `*.invalid`, `localhost`, loopback addresses), sorted by host. They are never a real
   * destination, so `init` proposes no entry for them, but a lint run still reports personal data sent to them.
   */
  reserved: SurveyDestination[];
}

export interface SurveyOptions {
  /** Absolute paths of the source files (test code is skipped: it sends nothing real). */
  files: readonly string[];
  configFor(file: string): ResolvedConfig;
  /** Names of the packages the repository depends on (package.json `dependencies` …), with the file that lists them. */
  packages?: ReadonlyArray<{ name: string; file: string }>;
}

/** Hosts that are never a real destination (RFC 2606 and RFC 6761 names, loopback). */
function reservedHost(host: string): boolean {
  return /(^|\.)(example\.(com|net|org)|example|test|invalid|localhost)$/i.test(host) || host === '127.0.0.1' || host === '[::1]';
}

/** The catalogue entries a package brings in (`@sentry/node` → Sentry). */
export function sinksForPackage(name: string): SinkSpec[] {
  return SINK_CATALOG.filter((spec) => spec.modules?.some((m) => {
    const mod = m.split('#')[0];
    return mod.endsWith('/*') ? name.startsWith(mod.slice(0, -1)) : name === mod;
  }));
}

/** Surveys the files; never throws for a file it cannot read or parse (it is left out). */
export function surveyRepository(options: SurveyOptions): RepositorySurvey {
  const byKey = new Map<string, SurveyDestination>();
  const reserved = new Map<string, SurveyDestination>();
  const loggers = new Set<string>();
  const myNumber = new Map<string, number>();
  const unresolved: SurveyPlace[] = [];

  const destination = (key: string, init: () => SurveyDestination): SurveyDestination => {
    let found = byKey.get(key);
    if (!found) byKey.set(key, (found = init()));
    return found;
  };
  const addVendor = (spec: SinkSpec, vendor: Vendor, place: SurveyPlace): void => {
    const d = destination(`vendor:${vendor.name}`, () => ({ host: vendor.hosts?.[0], vendor, via: [], places: [] }));
    if (!d.via.includes(spec.id)) d.via.push(spec.id);
    d.places.push(place);
  };

  for (const { name, file } of options.packages ?? []) {
    for (const spec of sinksForPackage(name)) {
      if (spec.kind === 'log') loggers.add(spec.id);
      else if (spec.vendor) addVendor(spec, spec.vendor, { file, line: 0 });
    }
  }

  const files = options.files.map((f) => path.resolve(f)).filter((f) => !isTestFile(f, options.configFor(f)));
  const readText = (f: string): string | undefined => readSourceFile(f).text;
  const project = new ProjectContext(readText, undefined, undefined, files, DEFAULT_CACHE_SIZE);
  const analyses = new LruMap<string, FileAnalysis | null>(DEFAULT_CACHE_SIZE);
  const analysisFor = (f: string): FileAnalysis | undefined => {
    const abs = path.resolve(f);
    const known = analyses.get(abs);
    if (known !== undefined) return known ?? undefined;
    analyses.set(abs, null);
    const sf = project.sourceFile(abs);
    if (!sf || (sf as unknown as { parseDiagnostics?: unknown[] }).parseDiagnostics?.length) return undefined;
    const analysis = new FileAnalysis(sf, options.configFor(abs), project, analysisFor);
    analyses.set(abs, analysis);
    return analysis;
  };

  for (const file of files) {
    let analysis: FileAnalysis | undefined;
    try {
      analysis = analysisFor(file);
      if (!analysis) continue;
      const sf = analysis.sourceFile;
      const lineOf = (node: ts.Node): number => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
      for (const sink of analysis.sinkCalls) {
        if (sink.spec.kind === 'log') {
          loggers.add(sink.spec.id);
          continue;
        }
        if (sink.spec.kind !== 'transfer') continue;
        const place = { file, line: lineOf(sink.call) };
        const { destination: to } = analysis.destinationOf(sink, EMPTY_ENV);
        if (to.kind === 'internal' || to.kind === 'permitted') continue;
        if (to.host !== undefined) {
          if (reservedHost(to.host)) {
            let r = reserved.get(to.host);
            if (!r) reserved.set(to.host, (r = { host: to.host, via: [], places: [] }));
            if (!r.via.includes(sink.spec.id)) r.via.push(sink.spec.id);
            r.places.push(place);
            continue;
          }
          const vendor = specForHost(to.host)?.vendor;
          const d = destination(`host:${to.host}`, () => ({ host: to.host, ...(vendor ? { vendor } : {}), via: [], places: [] }));
          if (!d.via.includes(sink.spec.id)) d.via.push(sink.spec.id);
          d.places.push(place);
        } else if (to.vendor !== undefined) {
          const spec = SINK_CATALOG.find((s) => s.vendor?.name === to.vendor);
          if (spec?.vendor) addVendor(sink.spec, spec.vendor, place);
        } else if (to.kind === 'unknown' && unresolved.length < 20) {
          unresolved.push(place);
        }
      }
      if (analysis.myNumberUses.length > 0) myNumber.set(file, analysis.myNumberUses.length);
    } catch {
      // One file the analysis cannot take must not stop the survey: it is left out.
    }
  }

  // A vendor reached both by its SDK and by a URL of its API host is one destination.
  for (const [key, d] of byKey) {
    if (!key.startsWith('vendor:') || d.host === undefined) continue;
    const byHost = byKey.get(`host:${d.host}`);
    if (!byHost) continue;
    byHost.via.push(...d.via.filter((v) => !byHost.via.includes(v)));
    byHost.places.push(...d.places);
    byHost.vendor ??= d.vendor;
    byKey.delete(key);
  }
  const destinations = [...byKey.values()].sort((a, b) =>
    (a.host === undefined ? 1 : 0) - (b.host === undefined ? 1 : 0)
    || (a.host ?? a.vendor?.name ?? '').localeCompare(b.host ?? b.vendor?.name ?? ''));
  const reservedHosts = [...reserved.values()].sort((a, b) => a.host!.localeCompare(b.host!));
  for (const d of [...destinations, ...reservedHosts]) d.places.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return {
    destinations,
    loggers: [...loggers].sort(),
    myNumberFiles: [...myNumber].map(([file, uses]) => ({ file, uses })).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    unresolved,
    reserved: reservedHosts,
  };
}
