/**
 * Code actions, built from what validation recorded for the document's version: the rules' suggestions (mask,
 * log only the id, wrap in a consent check, register a processor, allow a module), "Suppress with a reason",
 * "Show documentation", and `source.fixAll.privacyLint`, which applies only behaviour-preserving fixes (so it is
 * safe in `editor.codeActionsOnSave`).
 */
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type Range as LspRange,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  configTextChange,
  suppressionEdit,
  type Finding,
  type FixSuggestion,
  type Locale,
  type RuleModule,
  type TextEdit,
} from '@privacy-lint/engine';
import { docsUrlOf, toDiagnostic, toLspRange, type DiagnosticData } from './diagnostics';
import { Commands } from './commands';

/** What validation recorded for one document version. */
export interface ValidationRecord {
  uri: string;
  file: string;
  version: number;
  /** The text that was linted (edits' offsets refer to it). */
  text: string;
  findings: Finding[];
  locale: Locale;
}

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.privacyLint`;

export interface CodeActionContext {
  rules: readonly RuleModule[];
  /** The current text of a file: the editor's buffer, else the disk; undefined when it does not exist. */
  readText(file: string): string | undefined;
  /** The URI the client uses for a file (an open document's own URI when there is one). */
  uriOf(file: string): string;
  /** Whether a quick fix may edit this config file (one of the workspace's, not through a symlink out). */
  canEditConfig(file: string): boolean;
}

const SUPPRESSIBLE = (ruleId: string, rules: readonly RuleModule[]): boolean => rules.some((r) => r.meta.id === ruleId);

function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

function intersects(a: LspRange, b: LspRange): boolean {
  const before = (x: LspRange['start'], y: LspRange['start']): boolean => x.line < y.line || (x.line === y.line && x.character < y.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/** Engine edits (offsets) → LSP edits, grouped by file URI. */
function lspEdits(edits: readonly TextEdit[], record: ValidationRecord, context: CodeActionContext): Record<string, LspTextEdit[]> | undefined {
  const changes: Record<string, LspTextEdit[]> = {};
  for (const edit of edits) {
    const text = edit.file === record.file ? record.text : context.readText(edit.file);
    if (text === undefined) return undefined;
    const doc = TextDocument.create('file:///', 'plaintext', 0, text);
    const uri = edit.file === record.file ? record.uri : context.uriOf(edit.file);
    (changes[uri] ??= []).push({ range: { start: doc.positionAt(edit.start), end: doc.positionAt(edit.end) }, newText: edit.text });
  }
  return changes;
}

function suggestionAction(diagnostic: Diagnostic, suggestion: FixSuggestion, record: ValidationRecord, context: CodeActionContext, preferred: boolean): CodeAction | undefined {
  const action: CodeAction = { title: suggestion.title[record.locale], kind: CodeActionKind.QuickFix, diagnostics: [diagnostic] };
  if (suggestion.configEdit) {
    // Applied by the server (`privacy-lint.editConfig`): the config may be closed, and then the fix must reach
    // the disk to take effect; an edit that would change nothing is not offered.
    const edit = suggestion.configEdit;
    if (!context.canEditConfig(edit.file)) return undefined;
    let change;
    try {
      change = configTextChange(context.readText(edit.file), edit);
    } catch {
      return undefined; // the key holds something else than a list, or the file is not valid JSON: edited by hand
    }
    if (change.edits.length === 0) return undefined;
    action.command = { title: action.title, command: Commands.editConfig, arguments: [edit] };
    return action;
  }
  const changes = lspEdits(suggestion.edits, record, context);
  if (!changes) return undefined;
  action.edit = { changes };
  if (preferred) action.isPreferred = true;
  const selection = suggestion.placeholder === undefined ? undefined : placeholderRange(suggestion.placeholder, suggestion.edits, record);
  // The argument to fill in, selected once the edit is applied (what a snippet's placeholder would be).
  if (selection) action.command = { title: 'Reveal', command: Commands.reveal, arguments: [record.uri, selection] };
  return action;
}

/** Where `placeholder` is in the document's text once the edits of its own file are applied (the first one). */
function placeholderRange(placeholder: string, edits: readonly TextEdit[], record: ValidationRecord): LspRange | undefined {
  let text = record.text;
  let at: number | undefined;
  // From the last edit to the first, so the offsets of the ones before stay valid.
  for (const edit of [...edits].filter((e) => e.file === record.file).sort((a, b) => b.start - a.start)) {
    text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    const inside = edit.text.indexOf(placeholder);
    if (at !== undefined && at >= edit.start) at += edit.text.length - (edit.end - edit.start);
    if (inside >= 0) at = edit.start + inside;
  }
  if (at === undefined) return undefined;
  const doc = TextDocument.create(record.uri, 'x', 0, text);
  return { start: doc.positionAt(at), end: doc.positionAt(at + placeholder.length) };
}

function suppressAction(finding: Finding, diagnostic: Diagnostic, record: ValidationRecord, context: CodeActionContext): CodeAction | undefined {
  let result;
  try {
    result = suppressionEdit(record.text, record.file, finding.statementLine ?? finding.range.start.line, finding.ruleId);
  } catch {
    return undefined;
  }
  const changes = lspEdits([result.edit], record, context);
  if (!changes) return undefined;
  const { edit, cursorOffset } = result;
  const after = record.text.slice(0, edit.start) + edit.text + record.text.slice(edit.end);
  const cursor = TextDocument.create(record.uri, 'x', 0, after).positionAt(cursorOffset);
  const ja = record.locale === 'ja';
  return {
    title: ja ? `\`${finding.ruleId}\` を理由を書いて抑制する` : `Suppress \`${finding.ruleId}\` with a reason`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes },
    // Put the cursor where the reason goes.
    command: { title: 'Reveal', command: Commands.reveal, arguments: [record.uri, { start: cursor, end: cursor }] },
  };
}

function docsAction(finding: Finding, diagnostic: Diagnostic, record: ValidationRecord, context: CodeActionContext): CodeAction | undefined {
  const href = docsUrlOf(finding.ruleId, context.rules);
  if (!href) return undefined;
  const ja = record.locale === 'ja';
  const title = ja ? `\`${finding.ruleId}\` のドキュメントを表示` : `Show documentation for \`${finding.ruleId}\``;
  return {
    title, kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title, command: Commands.showDocumentation, arguments: [href] },
  };
}

/** The behaviour-preserving fixes of a document, without overlaps, as one edit; undefined when there are none. */
export function fixAllEdit(record: ValidationRecord, context: CodeActionContext): { edit: WorkspaceEdit; count: number } | undefined {
  const fixes = record.findings.map((f) => f.fix).filter((f): f is FixSuggestion => !!f && f.edits.every((e) => e.file === record.file));
  const edits: TextEdit[] = [];
  let count = 0;
  for (const fix of fixes.sort((a, b) => a.edits[0].start - b.edits[0].start)) {
    if (fix.edits.some((e) => edits.some((kept) => e.start < kept.end && kept.start < e.end))) continue;
    edits.push(...fix.edits);
    count++;
  }
  if (!count) return undefined;
  const changes = lspEdits(edits, record, context);
  return changes ? { edit: { changes }, count } : undefined;
}

/** The code actions for a request, from the record of the document's current version. */
export function codeActionsFor(record: ValidationRecord, params: CodeActionParams, context: CodeActionContext): CodeAction[] {
  const actions: CodeAction[] = [];
  const only = params.context.only;
  if (wants(only, CodeActionKind.QuickFix)) {
    const indexes = new Set<number>();
    for (const d of params.context.diagnostics) {
      const data = d.data as DiagnosticData | undefined;
      if (d.source === 'privacy-lint' && data && data.version === record.version && record.findings[data.index]) indexes.add(data.index);
    }
    // Asked on every cursor move: compare ranges only, build diagnostics for the findings that are hit.
    record.findings.forEach((f, i) => {
      if (intersects(toLspRange(f.range), params.range)) indexes.add(i);
    });
    for (const index of [...indexes].sort((a, b) => a - b)) {
      const finding = record.findings[index];
      const diagnostic = toDiagnostic(finding, record.locale, context.rules, record.version, index, context.uriOf);
      (finding.suggestions ?? []).forEach((s, i) => {
        const action = suggestionAction(diagnostic, s, record, context, i === 0);
        if (action) actions.push(action);
      });
      if (finding.fix) {
        const action = suggestionAction(diagnostic, finding.fix, record, context, true);
        if (action) actions.push(action);
      }
      if (SUPPRESSIBLE(finding.ruleId, context.rules)) {
        const suppress = suppressAction(finding, diagnostic, record, context);
        if (suppress) actions.push(suppress);
      }
      const docs = docsAction(finding, diagnostic, record, context);
      if (docs) actions.push(docs);
    }
  }
  if (wants(only, FIX_ALL_KIND) && (only !== undefined || record.findings.some((f) => f.fix))) {
    const all = fixAllEdit(record, context);
    if (all) {
      actions.push({
        title: record.locale === 'ja' ? 'Privacy Lint: 動作を変えない修正をすべて適用' : 'Privacy Lint: apply all fixes that keep behaviour',
        kind: FIX_ALL_KIND,
        edit: all.edit,
      });
    }
  }
  return actions;
}
