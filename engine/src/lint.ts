/**
 * The lint run: read and parse files (never executing them), build a TypeScript program per tsconfig.json
 * when type information is wanted, build each file's privacy model, run the rules, apply suppressions.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding, FileResult, FixSuggestion, LocalizedText, Range, Severity } from './types';
import type { RuleModule, RuleReport, SuggestionReport } from './rule';
import type { LintOptions } from './lint-api';
import type { ResolvedConfig } from './config/types';
import { ProjectContext, RunNames, DEFAULT_CACHE_SIZE, programCanName, type IncrementalSources } from './model/project';
import { isComponentFile } from './model/components';
import type { ProjectAnalyses } from './analysis-cache';
import { LruMap } from './lru';
import { FileAnalysis } from './model/analysis';
import { TreeRetention } from './model/retention';
import { PrivacyModel } from './model/model';
import { BlindSpotLog, unresolvedImports } from './model/blind-spots';
import { workspaceAwareModuleResolution } from './model/modules';
import { applySuppressionsWithRecord, type SuppressedFinding } from './suppressions';
import { fileFacts, type FileFacts } from './file-facts';
import { isRegularFile, readRegularFile } from './read-file';
import { mayRead } from './read-boundary';
import { isTestFile } from './config/globs';
import {
  MAX_ANALYSIS_DEPTH, MAX_TYPED_DEPTH, deepestBracket, isMeasured, isStackOverflow, overflowsTypeScript, parseOrOverflow,
  tooDeepForTypes, tooDeepToAnalyse, type NestingProblem,
} from './model/nesting';
import { syntaxIndex } from './model/syntax-index';
import { withoutJsDocHang } from './model/jsdoc-safe';

/**
 * The depth check before a file is analysed. A tree not measured yet (no program measured it) is measured by the
 * walk that indexes it for the analysis: one walk for both.
 */
function tooDeepToAnalyseIndexing(sf: ts.SourceFile): NestingProblem | undefined {
  if (!isMeasured(sf)) syntaxIndex(sf);
  return tooDeepToAnalyse(sf);
}

/** Files larger than this are not analysed (generated bundles, data dumps). */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

export const PARSE_ERROR_RULE_ID = 'parse-error';

/** Replaces `{{name}}` placeholders. */
export function interpolate(template: string, data: Record<string, string> | undefined): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k: string) => (data && k in data ? data[k] : m));
}

/** Kana, kanji and the long-vowel mark: the letters a half-width word or a code span is spaced from. */
const JA_LETTER = '[\\u3041-\\u3096\\u30A1-\\u30FA\\u30FC\\u4E00-\\u9FFF\\u3005]';
// Made once: every message of every finding is spaced (`replace` restarts a global pattern from the beginning).
const JA_LETTER_RE = new RegExp(JA_LETTER);
const JA_BEFORE_RE = new RegExp(`([A-Za-z0-9)\\]])(${JA_LETTER})`, 'g');
const JA_AFTER_RE = new RegExp(`(${JA_LETTER})([A-Za-z0-9(\\[])`, 'g');

/**
 * The house style of the Japanese messages: a space between a half-width word or a `code span` and the Japanese
 * around it (`` `Member` です``, `(api.example.com) へ`), never inside a code span. Applied to every filled-in
 * message, so a template and the values put into it cannot disagree.
 */
export function spaceJapanese(text: string): string {
  const parts = text.split('`');
  // Even parts are prose, odd parts are code spans (an unpaired backtick leaves the rest as prose).
  const prose = (i: number): boolean => i % 2 === 0 || i === parts.length - 1 && parts.length % 2 === 0;
  const letter = JA_LETTER_RE;
  const before = JA_BEFORE_RE;
  const after = JA_AFTER_RE;
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    let part = parts[i];
    if (prose(i)) {
      part = part.replace(before, '$1 $2').replace(after, '$1 $2');
      // A code span before: `Member`です → `Member` です; after: を`host` → を `host`.
      if (i > 0 && letter.test(part.charAt(0))) part = ' ' + part;
      if (i < parts.length - 1 && letter.test(part.charAt(part.length - 1))) part += ' ';
    }
    out += (i > 0 ? '`' : '') + part;
  }
  return out;
}

/** 1-based range of [start, end) offsets. */
export function rangeOf(sf: ts.SourceFile, start: number, end: number): Range {
  const s = sf.getLineAndCharacterOfPosition(start);
  const e = sf.getLineAndCharacterOfPosition(end);
  return { start: { line: s.line + 1, column: s.character + 1 }, end: { line: e.line + 1, column: e.character + 1 } };
}

interface DecodedText { text?: string; problem?: LocalizedText; }

function tooLargeProblem(): LocalizedText {
  return {
    en: `File skipped: it is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB (generated or bundled code?).`,
    ja: `ファイルが ${MAX_FILE_BYTES / 1024 / 1024} MiB を超えるため検査しませんでした（生成・バンドルされたコードではありませんか）。`,
  };
}

/** Reads a file as text: UTF-8 (BOM stripped), UTF-16 with a BOM, or Shift_JIS; binary and huge files refused. */
export function decodeSource(buf: Buffer): DecodedText {
  if (buf.length > MAX_FILE_BYTES) return { problem: tooLargeProblem() };
  return decodeText(buf);
}

function decodeText(buf: Buffer): DecodedText {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)) };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)) };
  const head = buf.subarray(0, 8192);
  // Binary data has NUL bytes throughout, or among other control bytes; a source file may have a stray one in a
  // comment or a string (a note on "ID3 tags often contain \0 padding" written with the byte itself), which
  // TypeScript reads as any other character.
  let nuls = 0;
  for (let i = head.indexOf(0); i >= 0 && nuls <= 4; i = head.indexOf(0, i + 1)) nuls++;
  if (nuls > 4 || (nuls > 0 && head.some((b) => (b > 0 && b < 9) || (b > 13 && b < 27) || (b > 27 && b < 32)))) {
    return { problem: { en: 'File skipped: it looks binary (contains NUL bytes).', ja: 'バイナリファイルのようなため検査しませんでした（NUL バイトを含みます）。' } };
  }
  try {
    let text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text };
  } catch {
    try {
      return { text: new TextDecoder('shift_jis', { fatal: true }).decode(buf) };
    } catch {
      return { problem: { en: 'File skipped: it is neither UTF-8, UTF-16 nor Shift_JIS text.', ja: 'UTF-8・UTF-16・Shift_JIS のいずれでもないため検査しませんでした。' } };
    }
  }
}

/**
 * Reads a source file from disk as the engine lints it: a regular file of at most `MAX_FILE_BYTES`, decoded by
 * `decodeSource`; otherwise the problem, said for the user. What the CLI, the language server and the lint run use.
 */
export function readSourceFile(file: string): DecodedText {
  const read = readRegularFile(file, MAX_FILE_BYTES);
  switch (read.problem) {
    case undefined: return decodeSource(read.bytes);
    case 'too-large': return { problem: tooLargeProblem() };
    case 'not-a-regular-file':
      return { problem: { en: 'File skipped: it is not a regular file (a FIFO, device or socket).',
        ja: '通常のファイルではない（FIFO・デバイス・ソケット）ため検査しませんでした。' } };
    case 'error': return { problem: { en: `Cannot read the file (${read.code}).`, ja: `ファイルを読めません（${read.code}）。` } };
    case 'outside-workspace':
      return { problem: { en: 'File skipped: it lies outside the workspace folders.', ja: 'ワークスペースフォルダーの外にあるため検査しませんでした。' } };
  }
}

/**
 * Files TypeScript reads for types (declarations, tsconfig `extends`, files outside the run) may be larger than
 * the lint limit, but not without bound.
 */
const MAX_TYPES_FILE_BYTES = 64 * 1024 * 1024;

/**
 * `readFile` for TypeScript's hosts in place of `ts.sys.readFile`: regular files only (TypeScript would block on
 * a FIFO and read `/dev/zero` forever), decoded like the lint run decodes (a file it cannot decode as UTF-8 as
 * TypeScript does, replacement characters and all).
 */
export function readFileForTypeScript(file: string): string | undefined {
  const read = readRegularFile(file, MAX_TYPES_FILE_BYTES);
  if (!read.bytes) return undefined;
  return decodeText(read.bytes).text ?? read.bytes.toString('utf8');
}

/** What TypeScript's config parser may touch (`extends`, `files`, `include`), without reading special files. */
const configParseHost: ts.ParseConfigHost = {
  useCaseSensitiveFileNames: ts.sys.useCaseSensitiveFileNames,
  readDirectory: (root, ...rest) => (mayRead(root) ? ts.sys.readDirectory(root, ...rest) : []),
  fileExists: isRegularFile,
  readFile: readFileForTypeScript,
};

/** A `parse-error` finding at the start of a file: why the file is not linted. */
export function fileProblem(file: string, message: LocalizedText, line = 1, column = 1, offset = 0): Finding {
  return {
    ruleId: PARSE_ERROR_RULE_ID, messageId: 'parseError', message, severity: 'error', file,
    range: { start: { line, column }, end: { line, column } }, startOffset: offset, endOffset: offset,
  };
}

/**
 * A file nested too deeply to analyse (TypeScript, or our analysis, would overflow the stack on it), or — when
 * `withoutTypes` — too deeply for TypeScript's checker only, so it was analysed without type information.
 */
function tooDeepProblem(file: string, text: string, problem: NestingProblem, withoutTypes = false): Finding {
  // Without a tree (the parser overflowed), the deepest brackets are the best guess of where.
  const offset = problem.pos ?? deepestBracket(text) ?? 0;
  const lines = text.slice(0, offset).split(/\r\n|\r|\n|\u2028|\u2029/);
  const levels = problem.depth !== undefined
    ? { en: ` (${problem.depth} levels; the limit is ${problem.limit})`, ja: `（${problem.depth} 段、上限は ${problem.limit} 段）` }
    : { en: '', ja: '' };
  const message = withoutTypes ? {
    en: `Checked without type information: the file is nested too deeply for the TypeScript type checker${levels.en}, so findings that need types may be missing. Split the expression or generate flatter code.`,
    ja: `型情報なしで検査しました: 入れ子が深すぎて TypeScript の型検査にかけられないため${levels.ja}、型情報が必要な指摘が漏れている可能性があります。式を分割するか、より平坦なコードを生成してください。`,
  } : {
    en: `File not analysed: it is nested too deeply to analyse${levels.en}. Split the expression or generate flatter code.`,
    ja: `入れ子が深すぎるため検査できませんでした${levels.ja}。式を分割するか、より平坦なコードを生成してください。`,
  };
  const finding = fileProblem(file, message, lines.length, lines[lines.length - 1].length + 1, offset);
  finding.messageId = withoutTypes ? 'tooDeepForTypes' : 'tooDeep';
  return finding;
}

/** The first syntax error TypeScript's parser recorded, if any. */
function syntaxError(sf: ts.SourceFile): ts.DiagnosticWithLocation | undefined {
  const diags = (sf as unknown as { parseDiagnostics?: ts.DiagnosticWithLocation[] }).parseDiagnostics;
  return diags && diags.length ? diags[0] : undefined;
}

/** The nearest `tsconfig.json` at or above the file's folder (not past `node_modules`). */
export function findTsconfig(file: string, cache: Map<string, string | null> = new Map()): string | undefined {
  const chain: string[] = [];
  let dir = path.dirname(file);
  for (;;) {
    const hit = cache.get(dir);
    if (hit !== undefined) { for (const d of chain) cache.set(d, hit); return hit ?? undefined; }
    chain.push(dir);
    const candidate = path.join(dir, 'tsconfig.json');
    // (Not above the folders the language server may read: a tsconfig.json there is not looked for.)
    if (!mayRead(candidate)) break;
    if (fs.existsSync(candidate)) { for (const d of chain) cache.set(d, candidate); return candidate; }
    if (path.basename(dir) === 'node_modules') break;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const d of chain) cache.set(d, null);
  return undefined;
}

/**
 * The tsconfig.json of the project that holds a file: the nearest one, unless that one does not list the file —
 * a solution-style root (`"files": []` with `references`) never stands in for its projects — and one of the
 * projects it references (followed transitively) does. Each referenced project is a project of its own.
 */
export function projectTsconfigFor(file: string, nearestCache: Map<string, string | null> = new Map(),
  projects: TsconfigCache = new Map()): string | undefined {
  const nearest = findTsconfig(file, nearestCache);
  if (!nearest) return undefined;
  const abs = path.resolve(file);
  const listed = (tsconfig: string): boolean => !!cachedTsconfig(tsconfig, projects)?.files.has(abs);
  if (listed(nearest)) return nearest;
  const seen = new Set<string>([nearest]);
  const queue = [nearest];
  while (queue.length) {
    const current = queue.shift()!;
    for (const ref of cachedTsconfig(current, projects)?.projectReferences ?? []) {
      const target = ts.resolveProjectReferencePath(ref);
      if (seen.has(target) || seen.size > 200) continue;
      seen.add(target);
      if (listed(target)) return target;
      queue.push(target);
    }
  }
  return nearest;
}

/** Parsed tsconfig.json files of one run (each expands its file list once), with a set of those files. */
export type TsconfigCache = Map<string, (TsconfigProject & { files: ReadonlySet<string> }) | null>;

function cachedTsconfig(tsconfig: string, cache: TsconfigCache): (TsconfigProject & { files: ReadonlySet<string> }) | undefined {
  let known = cache.get(tsconfig);
  if (known === undefined) {
    const project = readTsconfig(tsconfig);
    known = project ? { ...project, files: new Set(project.fileNames) } : null;
    cache.set(tsconfig, known);
  }
  return known ?? undefined;
}

const libFileCache = new Map<string, ts.SourceFile>();

/** What a tsconfig.json asks for, with the settings the linter needs (no emit, JavaScript included). */
export interface TsconfigProject {
  options: ts.CompilerOptions;
  fileNames: string[];
  projectReferences?: readonly ts.ProjectReference[];
}

/** Reads a tsconfig.json; undefined when it is unusable. */
export function readTsconfig(tsconfig: string, readFile: (f: string) => string | undefined = () => undefined): TsconfigProject | undefined {
  const read = ts.readConfigFile(tsconfig, (f) => readFile(f) ?? readFileForTypeScript(f));
  if (read.error) return undefined;
  const parsed = ts.parseJsonConfigFileContent(read.config, configParseHost, path.dirname(tsconfig), { noEmit: true }, tsconfig);
  const options: ts.CompilerOptions = { ...parsed.options, noEmit: true, allowJs: true, checkJs: false, incremental: false,
    composite: false, declaration: false, tsBuildInfoFile: undefined };
  return { options, fileNames: parsed.fileNames.map((f) => path.resolve(f)), projectReferences: parsed.projectReferences };
}

/**
 * A program for one tsconfig.json, with our own files added; undefined when the tsconfig is unusable. The files
 * of `leaveOut` (TypeScript overflowed the stack on them) are left out like files measured too deep.
 */
function createProgram(tsconfig: string, files: string[], readFile: (f: string) => string | undefined,
  cache: TsconfigCache, leaveOut: ReadonlySet<string> = new Set()): ts.Program | undefined {
  const project = cachedTsconfig(tsconfig, cache);
  if (!project) return undefined;
  const { options } = project;
  const host = ts.createCompilerHost(options, true);
  const originalGetSourceFile = host.getSourceFile.bind(host);
  const linted = new Set(files);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    // The default library never changes within a process: parse it once, share it across programs.
    if (!/[\\/]typescript[\\/]lib[\\/]lib\.[^\\/]*\.d\.ts$/.test(fileName)) {
      // A file TypeScript cannot parse, bind or check without overflowing the stack is left out of the program
      // (an empty file stands in): the other files keep their types, and the run lints that one without them.
      const abs = path.resolve(fileName);
      const parsed = leaveOut.has(abs) ? undefined
        : parseOrOverflow(() => ({ sf: originalGetSourceFile(fileName, languageVersion, onError, shouldCreate) }));
      // A file of the run is measured by the walk that indexes it for the analysis (one walk for both).
      if (parsed?.sf && linted.has(abs)) syntaxIndex(parsed.sf);
      if (parsed && (!parsed.sf || !tooDeepForTypes(parsed.sf))) return parsed.sf;
      return ts.createSourceFile(fileName, '', languageVersion, true);
    }
    const key = `${fileName}|${typeof languageVersion === 'object' ? languageVersion.languageVersion : languageVersion}`;
    let sf = libFileCache.get(key);
    if (!sf) { sf = originalGetSourceFile(fileName, languageVersion, onError, shouldCreate); if (sf) libFileCache.set(key, sf); }
    return sf;
  };
  // Regular files only, for the same reasons as everywhere else (a tsconfig's `files` may name a FIFO); and never
  // a text TypeScript's JSDoc scanner would hang on (its programs parse every file's JSDoc).
  host.readFile = (f) => {
    const text = readFile(f) ?? readFileForTypeScript(f);
    return text === undefined ? undefined : withoutJsDocHang(f, text);
  };
  // Nothing outside the folders the language server may read is looked for (`mayRead`; no limit on the command line).
  const { fileExists, directoryExists, getDirectories } = host;
  host.fileExists = (f) => mayRead(f) && fileExists.call(host, f);
  if (directoryExists) host.directoryExists = (d) => mayRead(d) && directoryExists.call(host, d);
  if (getDirectories) host.getDirectories = (d) => (mayRead(d) ? getDirectories.call(host, d) : []);
  host.resolveModuleNameLiterals = workspaceAwareModuleResolution(options, host);
  // A file TypeScript cannot name (`log\util.ts` on POSIX) is linted without the program, never under another name.
  const roots = Array.from(new Set([...project.fileNames, ...files.filter(programCanName)]));
  // Project references are not passed on: TypeScript would then read a referenced project's built declarations
  // (which a checkout rarely has) instead of its sources; imports resolve through `paths` and packages instead.
  return ts.createProgram({ rootNames: roots, options, host });
}

function severityOf(config: ResolvedConfig, rule: RuleModule): Severity | undefined {
  const setting = config.rules[rule.meta.id]?.severity;
  if (setting === 'off') return undefined;
  if (setting === 'warn') return 'warning';
  if (setting === 'error') return 'error';
  return rule.meta.defaultSeverity;
}

/**
 * The rules that do not run on `file` although they are on: the flow rules and the others that skip test code
 * (`skipsTestCode`), when the file is test code (`testFiles`) and test code is not linted.
 */
export function rulesSkippedFor(file: string, rules: readonly RuleModule[], config: ResolvedConfig): Set<string> {
  const skipped = new Set<string>();
  if (!flowsSkippedFor(file, config)) return skipped;
  for (const rule of rules) if (rule.meta.flow || rule.meta.skipsTestCode) skipped.add(rule.meta.id);
  return skipped;
}

/** Whether the flows of `file` are left alone: it is test code and test code is not linted (`testFiles`). */
export function flowsSkippedFor(file: string, config: ResolvedConfig): boolean {
  return config.testFiles?.lint === false && isTestFile(file, config);
}

/** Runs the rules over one file's model. */
export function runRules(model: PrivacyModel, rules: readonly RuleModule[], config: ResolvedConfig,
  skipped: ReadonlySet<string> = rulesSkippedFor(model.sourceFile.fileName, rules, config)): Finding[] {
  const findings: Finding[] = [];
  const sf = model.sourceFile;
  for (const rule of rules) {
    const severity = severityOf(config, rule);
    if (!severity || skipped.has(rule.meta.id)) continue;
    const options = { ...(rule.meta.defaultOptions ?? {}), ...(config.rules[rule.meta.id]?.options ?? {}) };
    const seen = new Set<string>();
    rule.check({
      model, config, options, fixer: model.fixer(config),
      report: (r: RuleReport) => {
        const template = rule.meta.messages[r.messageId];
        if (!template) throw new Error(`rule ${rule.meta.id} reported unknown message id ${r.messageId}`);
        const start = r.node.getStart(sf);
        const end = Math.max(r.node.getEnd(), r.endNode?.getEnd() ?? 0);
        const key = `${r.messageId}:${start}:${end}`;
        if (seen.has(key)) return;
        seen.add(key);
        const range = rangeOf(sf, start, end);
        const statementLine = statementStartLine(sf, r.node);
        findings.push({
          ruleId: rule.meta.id, messageId: r.messageId, severity: r.maxSeverity === 'warning' ? 'warning' : severity, file: sf.fileName,
          ...(statementLine < range.start.line ? { statementLine } : {}),
          message: { en: interpolate(template.en, r.data), ja: spaceJapanese(interpolate(template.ja, r.data)) },
          range, startOffset: start, endOffset: end, clause: rule.meta.clause,
          suggestions: r.suggest?.length ? r.suggest.map((sg) => suggestionOf(rule, sg)) : undefined,
          related: r.related, flow: r.flow, category: r.category,
          ...(r.paths?.length ? { paths: r.paths.map((steps) => steps.map((step) => ({
            file: step.node.getSourceFile().fileName, range: rangeOfNode(step.node), message: step.message,
          }))) } : {}),
          ...(r.sink ? { sink: { file: r.sink.getSourceFile().fileName, range: rangeOfNode(r.sink) } } : {}),
        });
      },
    });
  }
  return findings;
}

/** A suggestion as findings carry it: its kind and title from the rule's `meta.suggestions`, its edits from its fix. */
function suggestionOf(rule: RuleModule, s: SuggestionReport): FixSuggestion {
  const template = rule.meta.suggestions?.[s.messageId];
  if (!template) throw new Error(`rule ${rule.meta.id} suggested by unknown message id ${s.messageId}`);
  const data = s.data ? { ...s.fix.data, ...s.data } : s.fix.data;
  return {
    kind: template.kind,
    title: { en: interpolate(template.en, data), ja: interpolate(template.ja, data) },
    edits: s.fix.edits,
    ...(s.fix.configEdit ? { configEdit: s.fix.configEdit } : {}),
    ...(s.fix.placeholder !== undefined ? { placeholder: s.fix.placeholder } : {}),
  };
}

/** The first line of the statement that holds a node (the whole `await fetch(…, {…})` call). */
function statementStartLine(sf: ts.SourceFile, node: ts.Node): number {
  let n: ts.Node = node;
  while (n.parent && !ts.isBlock(n.parent) && !ts.isSourceFile(n.parent) && !ts.isCaseClause(n.parent)
    && !ts.isDefaultClause(n.parent) && !ts.isModuleBlock(n.parent) && !ts.isClassLike(n.parent)) {
    n = n.parent;
  }
  return sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
}

function byPosition(a: Finding, b: Finding): number {
  return a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column
    || a.ruleId.localeCompare(b.ruleId);
}

/** Lints files on disk (or the buffers given by `readFile`). Never throws for bad input; never runs their code. */
export function lintFiles(options: LintOptions): FileResult[] {
  const files = options.files.map((f) => path.resolve(f));
  const today = options.today ?? new Date();
  const knownRuleIds = new Set(options.rules.map((r) => r.meta.id));
  const texts = new Map<string, string>();
  const fileResults = new Map<string, FileResult>();
  // Every result goes through here, so progress is told once per file, whatever path the file took.
  const results = {
    set(file: string, result: FileResult): void {
      const first = !fileResults.has(file);
      fileResults.set(file, result);
      if (first) options.onFileLinted?.(fileResults.size, files.length);
    },
    get: (file: string) => fileResults.get(file),
  };

  const readOverride = (f: string): string | undefined => options.readFile?.(f);
  const readText = (f: string): string | undefined => {
    const cached = texts.get(f);
    if (cached !== undefined) return cached;
    const override = readOverride(f);
    if (override !== undefined) return override;
    return readSourceFile(f).text;
  };

  for (const file of files) {
    const override = readOverride(file);
    if (override !== undefined) {
      // An editor buffer is held to the same limit as a file on disk, so the editor and the CLI agree.
      if (override.length > MAX_FILE_BYTES) {
        results.set(file, { file, typeInfo: false, parseError: true, findings: [fileProblem(file, tooLargeProblem())] });
      } else {
        texts.set(file, override);
      }
      continue;
    }
    const decoded = readSourceFile(file);
    if (decoded.problem || decoded.text === undefined) {
      results.set(file, { file, typeInfo: false, parseError: true, findings: [fileProblem(file, decoded.problem!)] });
      continue;
    }
    texts.set(file, decoded.text);
  }

  // Analyses kept from earlier runs still hold unless one of these texts, or a file they read, changed.
  options.analyses?.begin({ texts, readText, configFor: options.configFor });
  // What the analysis could not see, by file: reported with the results so "clean" can be told from "blind".
  const blindSpots = options.analyses?.blindSpots ?? new BlindSpotLog();

  // Group the readable files by their tsconfig.json when types are wanted (by the given program when there is one).
  const groups = new Map<string | null, string[]>();
  const tsconfigCache = new Map<string, string | null>();
  const tsconfigFiles: TsconfigCache = new Map();
  const given = options.program;
  for (const file of texts.keys()) {
    // A component's scripts (.vue, .svelte) are never in a program: they are read without types, by design.
    const key = !options.typeInfo || isComponentFile(file) ? null
      : given ? (programCanName(file) && given.getSourceFile(file) ? GIVEN_PROGRAM : null)
        : projectTsconfigFor(file, tsconfigCache, tsconfigFiles) ?? null;
    const list = groups.get(key) ?? [];
    list.push(file);
    groups.set(key, list);
  }

  /** Files left out of their program: it held an empty stand-in for them (too deep for TypeScript). */
  const standIns = new Set<string>();
  /**
   * Lints one group of files (one program when `tsconfig` is given); returns the files to lint without types.
   * `leftOutOfProgram`: these files were meant to have types but their program could not take them.
   */
  // The names the run's texts use, shared by its TypeScript projects (only the texts read for linting: a file too
  // large or unreadable is not read again for this).
  const runNames = new RunNames(files, (f) => texts.get(f));
  const lintGroup = (tsconfig: string | null, groupFiles: string[], leftOutOfProgram = false): string[] => {
    let program: ts.Program | undefined;
    let checker: ts.TypeChecker | undefined;
    if (tsconfig) {
      // Files TypeScript overflowed on although they measured shallow enough: left out of the next attempt.
      const overflowed = new Set<string>();
      for (let attempt = 0; ; attempt++) {
        program = undefined;
        try {
          program = tsconfig === GIVEN_PROGRAM ? given
            : options.programFor ? options.programFor(tsconfig, groupFiles)
              : createProgram(tsconfig, groupFiles, (f) => texts.get(path.resolve(f)), tsconfigFiles, overflowed);
          // This binds every file of the program: one TypeScript cannot bind would abort the whole project.
          checker = program?.getTypeChecker();
          break;
        } catch (e) {
          if (!isStackOverflow(e)) throw e;
          // Programs leave out files measured too deep for TypeScript before binding; a shape the measure misses
          // is found by binding each file on its own, and the program is made again without it.
          const culprits = !options.programFor && tsconfig !== GIVEN_PROGRAM && program && attempt < 2 ? overflowingFiles(program) : [];
          // Last line of defence: the project's files are linted without types.
          if (!culprits.length) return groupFiles;
          for (const f of culprits) overflowed.add(f);
        }
      }
    }
    const leftOut: string[] = [];
    const analysesOf = (typed: boolean): ProjectAnalyses => {
      const typedProgram = typed && checker ? program : undefined;
      const make = (read: (f: string) => string | undefined, configFor: (f: string) => ResolvedConfig) =>
        projectAnalyses(read, configFor, typedProgram, groupFiles, options.sources);
      // Callers and implementations are looked for in every file of the run (`callers.ts`, `implementations.ts`).
      if (options.analyses) {
        const kept = options.analyses.entry(typedProgram, make);
        kept.project.runNames = runNames;
        return kept;
      }
      const made = make(readText, options.configFor);
      made.project.blindSpots = blindSpots;
      made.project.runNames = runNames;
      return made;
    };
    const { project, analysisFor, forget } = analysesOf(true);
    // Without a program, a file's tree and analysis are let go once no file left to lint needs them (not when the
    // analyses are kept between runs).
    const retention = program || options.analyses || !forget ? undefined
      : new TreeRetention(groupFiles, (f) => texts.get(f), (f, s) => project.resolveImport(f, s));
    const letGo = (file: string): void => {
      for (const f of retention?.linted(file) ?? []) forget!(f);
    };
    let previous: string | undefined;
    // When the checker throws on a file (a library without its types, unusual declarations), that file is
    // analysed again by names and flows alone: one bad node never costs the file its findings.
    let untyped: ReturnType<typeof analysesOf> | undefined;
    // A file outside the program (a caller of a helper in another TypeScript project of the run) is read without
    // types: the checker knows only its program's files.
    if (project.program) project.outsideProgram = (f) => (untyped ??= analysesOf(false)).analysisFor(f);
    const findingsOf = (file: string, text: string, config: ResolvedConfig, of: (f: string) => FileAnalysis | undefined): { findings: Finding[]; suppressed: SuppressedFinding[]; facts?: FileFacts } => {
      const analysis = of(file);
      if (!analysis) throw new Error('the file could not be analysed');
      const model = new PrivacyModel(analysis);
      for (const { node, specifier } of unresolvedImports(analysis.sourceFile, analysis.project)) {
        blindSpots.add('unresolvedImport', node, specifier);
      }
      const notRun = rulesSkippedFor(file, options.rules, config);
      // The same test for the same name (a glob match per file): asked once.
      const findings = runRules(model, options.rules, config, model.sourceFile.fileName === file ? notRun : undefined);
      const checked = applySuppressionsWithRecord({ file, text, findings, knownRuleIds, today, notRun });
      // From the very model the rules queried, so the facts and the findings never disagree.
      return options.facts ? { ...checked, facts: fileFacts(model, config, flowsSkippedFor(file, config), rangeOfNode) } : checked;
    };
    for (const file of groupFiles) {
      if (previous !== undefined) letGo(previous);
      previous = file;
      // The run's own name for the file, never one derived from `sf.fileName` (TypeScript rewrites names).
      const sf = project.sourceFile(file);
      const text = texts.get(file)!;
      // Left out of the program (too deep for TypeScript: an empty file stands in for it) or not the text we
      // read: lint it without types rather than lint something else. (The text with a JSDoc comment TypeScript
      // would hang on made safe, `withoutJsDocHang`, is the text we read: only comment characters differ.)
      if (program && sf && sf.text !== text && sf.text !== withoutJsDocHang(file, text) && program.getSourceFile(file) === sf) {
        leftOut.push(file);
        if (sf.text === '') standIns.add(file);
        continue;
      }
      if (!sf) {
        // Parsing overflowed the stack; otherwise not expected (the text was read above), but one file must never
        // abort the run.
        results.set(file, { file, typeInfo: false, parseError: true, findings: [project.overflowed(file)
          ? tooDeepProblem(file, text, { limit: MAX_ANALYSIS_DEPTH })
          : fileProblem(file, { en: 'The file could not be parsed.', ja: 'ファイルを解析できませんでした。' })] });
        continue;
      }
      const err = syntaxError(sf);
      if (err) {
        const pos = sf.getLineAndCharacterOfPosition(err.start);
        const msg = ts.flattenDiagnosticMessageText(err.messageText, ' ');
        results.set(file, { file, typeInfo: !!checker, parseError: true, findings: [fileProblem(file,
          { en: `Parsing error: ${msg}`, ja: `構文エラー: ${msg}` }, pos.line + 1, pos.character + 1, err.start)] });
        continue;
      }
      const deep = tooDeepToAnalyseIndexing(sf);
      if (deep) {
        results.set(file, { file, typeInfo: !!checker, parseError: true, findings: [tooDeepProblem(file, text, deep)] });
        continue;
      }
      const config = options.configFor(file);
      let findings: Finding[];
      let typeInfo = !!checker;
      let suppressed: SuppressedFinding[] = [];
      let facts: FileFacts | undefined;
      let parseError = false;
      // The checker overflowed the stack on a file the measure of nesting let through (a chain of a thousand
      // `const vN = vN-1` is flat, but inferring the last one recurses through all of them).
      let checkerOverflowed = false;
      try {
        try {
          ({ findings, suppressed, facts } = findingsOf(file, text, config, analysisFor));
        } catch (typedError) {
          if (!checker) throw typedError;
          // Without types, as a file too deep for the checker: its own findings are not lost with its types.
          untyped ??= analysesOf(false);
          ({ findings, suppressed, facts } = findingsOf(file, text, config, untyped.analysisFor));
          typeInfo = false;
          checkerOverflowed = isStackOverflow(typedError);
          blindSpots.addFile(file, 'untypedFile', checkerOverflowed ? 'too-deep' : 'checker-failed');
        }
      } catch (e) {
        if (isStackOverflow(e)) {
          // Last line of defence: the tree was measured, but something still recursed too deep on it.
          findings = [tooDeepProblem(file, text, { limit: MAX_ANALYSIS_DEPTH })];
          parseError = true;
        } else {
          // An internal error in one file must not stop the run: report it on that file.
          const message = (e as Error).message;
          findings = [fileProblem(file, { en: `Internal error while analysing this file: ${message}`,
            ja: `このファイルの解析中に内部エラーが発生しました: ${message}` })];
          findings[0].ruleId = 'internal-error';
        }
      }
      // Deep is not clean: a file its program could not take because of its nesting says so.
      // An empty stand-in without a measured depth: TypeScript overflowed on it when it was bound on its own.
      const deepForTypes = parseError ? undefined
        : leftOutOfProgram ? tooDeepForTypes(sf) ?? (standIns.has(file) ? { limit: MAX_TYPED_DEPTH } : undefined)
          : checkerOverflowed ? { limit: MAX_TYPED_DEPTH } : undefined;
      if (deepForTypes) findings.push(tooDeepProblem(file, text, deepForTypes, true));
      // Types were asked for and this file was analysed without them: say why, so the run is not taken for clean.
      // (Not a component: its scripts are read without types by design, and no tsconfig.json would change that.)
      if (options.typeInfo && !typeInfo && !parseError && !isComponentFile(file) && !blindSpots.forFile(file).some((b) => b.kind === 'untypedFile')) {
        blindSpots.addFile(file, 'untypedFile', leftOutOfProgram ? 'too-deep' : tsconfig ? 'tsconfig-unusable' : 'no-tsconfig');
      }
      findings.sort(byPosition);
      blindSpots.flush();
      results.set(file, { file, findings, typeInfo, ...(suppressed.length > 0 ? { suppressed } : {}), ...(parseError ? { parseError } : {}),
        ...(facts && !parseError ? { facts } : {}) });
    }
    if (previous !== undefined) letGo(previous);
    return leftOut;
  };

  const leftOut: string[] = [];
  for (const [tsconfig, groupFiles] of groups) leftOut.push(...lintGroup(tsconfig, groupFiles));
  if (leftOut.length) lintGroup(null, leftOut, true);
  return files.map((f) => results.get(f)!).filter(Boolean).map((result) => {
    const spots = blindSpots.forFile(result.file);
    return spots.length ? { ...result, blindSpots: spots } : result;
  });
}


/** The group of the files `LintOptions.program` holds (not a path: no tsconfig.json is named so). */
const GIVEN_PROGRAM = '\0program';

/**
 * A project's files and their analyses, built as the lint run asks for them (the file linted, the modules it
 * imports): with a program, from its source files and its checker; without, parsed on demand.
 */
function projectAnalyses(readText: (f: string) => string | undefined, configFor: (f: string) => ResolvedConfig,
  program: ts.Program | undefined, knownFiles: readonly string[], sources: IncrementalSources | undefined): ProjectAnalyses {
  const project = new ProjectContext(readText, program?.getTypeChecker(), program, knownFiles, DEFAULT_CACHE_SIZE, sources);
  // Without a program, files are parsed as they are linted and analyses are kept in an LRU (with the parsed
  // files): memory stays bounded on large runs, and the modules everyone imports stay cached.
  const analyses = new LruMap<string, FileAnalysis | null>(program ? Number.MAX_SAFE_INTEGER : DEFAULT_CACHE_SIZE);
  const analysisFor = (f: string): FileAnalysis | undefined => {
    // Asked for every cross-file lookup with a path that is nearly always resolved already: try it as is first.
    const asIs = analyses.get(f);
    if (asIs !== undefined) return asIs ?? undefined;
    const abs = path.resolve(f);
    const known = abs === f ? undefined : analyses.get(abs);
    if (known !== undefined) return known ?? undefined;
    analyses.set(abs, null); // cycle guard while building
    const sf = project.sourceFile(abs);
    if (!sf || syntaxError(sf) || tooDeepToAnalyseIndexing(sf)) return undefined;
    const a = new FileAnalysis(sf, configFor(abs), project, analysisFor);
    analyses.set(abs, a);
    return a;
  };
  const forget = (f: string): void => {
    analyses.delete(f);
    project.forget(f);
  };
  return { project, analysisFor, forget };
}

/** The files of a program that overflowed the stack which TypeScript cannot bind on their own. */
function overflowingFiles(program: ts.Program): string[] {
  return program.getSourceFiles()
    .filter((sf) => !program.isSourceFileDefaultLibrary(sf) && sf.text !== '' && overflowsTypeScript(sf.fileName, sf.text))
    .map((sf) => path.resolve(sf.fileName));
}

/** 1-based range of a node. */
export function rangeOfNode(node: ts.Node): Range {
  const sf = node.getSourceFile();
  return rangeOf(sf, node.getStart(sf), node.getEnd());
}
