/**
 * SARIF 2.1.0 output for code-scanning services (GitHub, Azure DevOps, SonarQube …): one run whose driver lists
 * every rule with its policy clause, results with relative URIs under `%SRCROOT%` (the working directory), and
 * `partialFingerprints` that follow a finding when lines move but change when the flagged code changes.
 *
 * Nothing in the log contains source text: messages come from the engine already free of personal values, and
 * the fingerprints hash a normalised form of the flagged lines in which literal values are reduced to their shape.
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { blindSpotDescriptors, type FileResult, type Finding, type Locale, type RelatedLocation } from '@privacy-lint/engine';
// `artifactLocation` lives with the fixes, which need it too (sarif.ts imports edits.ts, never the other way).
import { artifactLocation, sarifFixes } from './edits';
import { blindSpotCounts, blindSpotGroups, placeText, type BlindSpotGroup } from './blind-spots';
import type { Formatter, FormatterContext, RuleDescriptor } from './types';

export { artifactLocation };

/** The `$schema` of the log; the official OASIS schema is mirrored by SchemaStore at this address. */
export const sarifSchemaUri = 'https://json.schemastore.org/sarif-2.1.0.json';

/** Key of our entry in `partialFingerprints`; bump the version when the recipe changes. */
export const fingerprintKey = 'privacyLint/v1';

const policyName: Record<Locale, string> = {
  en: 'Customer Information Protection Policy',
  ja: '顧客情報保護に関する基本方針',
};

const sarifLanguage: Record<Locale, string> = { en: 'en-US', ja: 'ja-JP' };

const docsLabel: Record<Locale, string> = { en: 'Rule documentation', ja: 'ルールの説明' };

type SarifLevel = 'error' | 'warning';

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

interface SarifPhysicalLocation {
  artifactLocation: { uri: string; uriBaseId?: string };
  region: SarifRegion;
}

/** `no-personal-data-in-logs` → `NoPersonalDataInLogs` (SARIF's `name` is an identifier-like label). */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

function levelOf(severity: Finding['severity']): SarifLevel {
  return severity === 'error' ? 'error' : 'warning';
}

function fullDescription(rule: RuleDescriptor, locale: Locale): string {
  const description = rule.description[locale];
  if (!rule.clause) return description;
  return locale === 'ja'
    ? `${description}（${policyName.ja} ${rule.clause}）`
    : `${description} (${policyName.en} ${rule.clause})`;
}

function ruleDescriptor(rule: RuleDescriptor, locale: Locale): object {
  const properties: { policyClause?: string; tags: string[] } = {
    tags: rule.clause ? ['privacy', 'security'] : ['privacy-lint'],
  };
  if (rule.clause) properties.policyClause = rule.clause;
  const full = fullDescription(rule, locale);
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.description[locale] },
    fullDescription: { text: full },
    // Code-scanning UIs show `help` next to an alert; it points to the rule's documentation.
    ...(rule.docsUrl
      ? { helpUri: rule.docsUrl, help: { text: `${full} ${rule.docsUrl}`, markdown: `${full}\n\n[${docsLabel[locale]}](${rule.docsUrl})` } }
      : {}),
    defaultConfiguration: { level: levelOf(rule.defaultSeverity) },
    properties,
  };
}

function physicalLocation(file: string, range: Finding['range'], cwd: string): SarifPhysicalLocation {
  return {
    artifactLocation: artifactLocation(file, cwd),
    region: {
      startLine: range.start.line,
      startColumn: range.start.column,
      endLine: range.end.line,
      endColumn: range.end.column,
    },
  };
}

/**
 * Normalises code for fingerprinting: collapses whitespace and reduces what could be a personal value (string
 * literal contents, digits, comments) to its shape, so a fingerprint can never be brute-forced back into a
 * hard-coded My Number or e-mail address, while edits to the code around the value still change it.
 */
export function normaliseCode(code: string): string {
  return code
    .replace(/[0-9]/g, '0')
    .replace(/(['"`])(?:\\.|(?!\1)[^\\\n])*\1/g, (literal) => `${literal[0]}${literal.length - 2}${literal[0]}`)
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/.*$/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Flagged lines or spans longer than this many characters are fingerprinted from a bounded window instead of
 * whole: otherwise every finding on a minified 1 MB line would normalise that whole line again (time quadratic
 * in the line's length). Shorter code, which is nearly all code, gets exactly the fingerprint it always had.
 */
export const FINGERPRINT_WINDOW = 1024;
/** Context kept on each side of the flagged span when the flagged lines are longer than the window. */
const CONTEXT = FINGERPRINT_WINDOW / 4;

/**
 * Where each line starts, with the line breaks the fingerprint recipe has always used (CR, LF, CRLF), computed
 * once per file: splitting the whole text again for every finding made SARIF output quadratic in the findings.
 */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (ch === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Offset of the line break ending the 0-based `line` (the text's end for the last line). */
function lineContentEnd(text: string, starts: readonly number[], line: number): number {
  if (line + 1 >= starts.length) return text.length;
  const next = starts[line + 1]!;
  return text.charCodeAt(next - 1) === 10 && text.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
}

function normaliseLines(code: string): string {
  return code.split(/\r\n|\r|\n/).map(normaliseCode).join('\n');
}

/**
 * `text.slice(from, to)` when it has at most `FINGERPRINT_WINDOW` characters, else its head and tail with its
 * length between them (sliced directly, so a long span costs no more than a short one).
 */
function boundedSlice(text: string, from: number, to: number): string {
  if (to - from <= FINGERPRINT_WINDOW) return text.slice(from, to);
  const half = FINGERPRINT_WINDOW / 2;
  return `${text.slice(from, from + half)}\u0001${to - from}\u0001${text.slice(to - half, to)}`;
}

/** The code a fingerprint is computed from: the flagged lines, plus the flagged span itself. */
function flaggedCode(f: Finding, text: string | undefined, starts: readonly number[] | undefined): string {
  if (text === undefined || starts === undefined) return f.message.en;
  // A range that ends at column 1 ends before that line's first character.
  const lastLine = f.range.end.line > f.range.start.line && f.range.end.column === 1 ? f.range.end.line - 1 : f.range.end.line;
  const first = Math.max(0, f.range.start.line - 1);
  const last = Math.min(lastLine, starts.length) - 1;
  let flaggedLines = '';
  if (first < starts.length && last >= first) {
    const from = starts[first]!;
    const to = lineContentEnd(text, starts, last);
    if (to - from <= FINGERPRINT_WINDOW) {
      flaggedLines = normaliseLines(text.slice(from, to));
    } else {
      // Long lines: the span with some context on each side, within the flagged lines (edits there still count).
      const windowStart = Math.max(from, Math.min(f.startOffset, to) - CONTEXT);
      const windowEnd = Math.min(to, Math.max(f.endOffset, from) + CONTEXT);
      flaggedLines = normaliseLines(boundedSlice(text, windowStart, Math.max(windowStart, windowEnd)));
    }
  }
  return `${flaggedLines}\u0000${normaliseCode(boundedSlice(text, f.startOffset, Math.max(f.startOffset, f.endOffset)))}`;
}

/**
 * `partialFingerprints` values for the findings of one file, in order: a sha256 over the rule id, the relative
 * path, the normalised flagged code and the occurrence index among findings with that same key. Line numbers are
 * not part of it, so inserting lines above a finding keeps its fingerprint.
 */
export function fingerprints(result: FileResult, ctx: FormatterContext): string[] {
  const text = ctx.sourceText?.(result.file);
  const starts = text === undefined ? undefined : lineStarts(text);
  const relative = path.relative(ctx.cwd, result.file).split(path.sep).join('/');
  const seen = new Map<string, number>();
  return result.findings.map((f) => {
    const key = [f.ruleId, relative, flaggedCode(f, text, starts)].join('\u0000');
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex');
  });
}

/**
 * A finding's paths as SARIF `codeFlows`: one code flow per personal value the finding names, each one thread flow
 * whose locations go from where the data entered to the sink, each with what happens there. Code scanning shows
 * them as the alert's paths.
 */
function codeFlows(paths: readonly RelatedLocation[][], ctx: FormatterContext): object[] {
  return paths.map((steps) => ({
    threadFlows: [{
      locations: steps.map((step, i) => ({
        location: { physicalLocation: physicalLocation(step.file, step.range, ctx.cwd), message: { text: step.message[ctx.locale] } },
        executionOrder: i + 1,
        // Where the data entered and where it leaves are what a reader needs; the steps between explain.
        importance: i === 0 || i === steps.length - 1 ? 'essential' : 'important',
      })),
    }],
  }));
}

/** Descriptors of the blind-spot notifications (`toolComponent.notifications`), in a fixed order. */
function notificationDescriptors(locale: Locale): object[] {
  return blindSpotDescriptors.map((d) => ({
    id: d.id,
    name: pascalCase(d.id),
    shortDescription: { text: d.title[locale] },
    fullDescription: { text: d.hint[locale] },
    defaultConfiguration: { level: 'warning' },
  }));
}

/** One tool execution notification per kind of blind spot the run met: the count, the hint, the first places. */
function blindSpotNotifications(groups: readonly BlindSpotGroup[], ctx: FormatterContext): object[] {
  return groups.map((g) => {
    const index = blindSpotDescriptors.findIndex((d) => d.kind === g.kind);
    const d = blindSpotDescriptors[index]!;
    return {
      descriptor: { id: d.id, index },
      level: 'warning',
      message: { text: `${d.count(g.count)[ctx.locale]}: ${d.hint[ctx.locale]}` },
      locations: g.examples.map((p) => ({
        physicalLocation: p.range ? physicalLocation(p.file, p.range, ctx.cwd) : { artifactLocation: artifactLocation(p.file, ctx.cwd) },
        message: { text: placeText(p, g.kind, ctx.cwd, ctx.locale) },
      })),
    };
  });
}

/** The results as a SARIF 2.1.0 log with one run. */
export const sarif: Formatter = (results, ctx) => {
  const rules: RuleDescriptor[] = [...ctx.rules];
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults: object[] = [];

  for (const result of results) {
    const prints = fingerprints(result, ctx);
    // Findings a comment suppressed stay in the log with the comment's reason, as SARIF `suppressions`.
    const suppressed = result.suppressed ?? [];
    const suppressedPrints = suppressed.length > 0 ? fingerprints({ ...result, findings: suppressed.map((s) => s.finding) }, ctx) : [];
    const entries = [
      ...result.findings.map((f, i) => ({ f, print: prints[i], justification: undefined as string | undefined })),
      ...suppressed.map((s, i) => ({ f: s.finding, print: suppressedPrints[i], justification: s.reason })),
    ];
    entries.forEach(({ f, print, justification }) => {
      let index = ruleIndex.get(f.ruleId);
      if (index === undefined) {
        // A diagnostic the catalog does not describe still gets a descriptor, so `ruleIndex` is always valid.
        index = rules.length;
        rules.push({ id: f.ruleId, description: { en: f.ruleId, ja: f.ruleId }, defaultSeverity: f.severity });
        ruleIndex.set(f.ruleId, index);
      }
      const sarifResult: Record<string, unknown> = {
        ruleId: f.ruleId,
        ruleIndex: index,
        level: levelOf(f.severity),
        message: { text: f.message[ctx.locale] },
        locations: [{ physicalLocation: physicalLocation(f.file, f.range, ctx.cwd) }],
        partialFingerprints: { [fingerprintKey]: print },
      };
      if (justification !== undefined) sarifResult.suppressions = [{ kind: 'inSource', justification }];
      const fixes = sarifFixes(f.suggestions, ctx, ctx.locale);
      if (fixes.length > 0) sarifResult.fixes = fixes;
      if (f.paths && f.paths.length > 0) sarifResult.codeFlows = codeFlows(f.paths, ctx);
      if (f.related && f.related.length > 0) {
        sarifResult.relatedLocations = f.related.map((r, j) => ({
          id: j + 1,
          physicalLocation: physicalLocation(r.file, r.range, ctx.cwd),
          message: { text: r.message[ctx.locale] },
        }));
      }
      sarifResults.push(sarifResult);
    });
  }

  const blind = blindSpotGroups(results);
  const log = {
    $schema: sarifSchemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'privacy-lint',
            version: ctx.toolVersion,
            informationUri: ctx.informationUri,
            rules: rules.map((r) => ruleDescriptor(r, ctx.locale)),
            notifications: notificationDescriptors(ctx.locale),
          },
        },
        // What the run could not see: a notification per kind (with the hint that fixes it), and the counts.
        invocations: [{
          executionSuccessful: true,
          ...(blind.length ? { toolExecutionNotifications: blindSpotNotifications(blind, ctx) } : {}),
        }],
        language: sarifLanguage[ctx.locale],
        originalUriBaseIds: {
          '%SRCROOT%': { uri: pathToFileURL(ctx.cwd).href.replace(/\/?$/, '/') },
        },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
        properties: { blindSpots: blindSpotCounts(blind) },
      },
    ],
  };
  return JSON.stringify(log, null, 2);
};
