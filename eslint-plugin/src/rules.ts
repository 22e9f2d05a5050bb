/**
 * Our rules as ESLint rules: the same ids, descriptions, docs and option schemas; each reports the findings the
 * engine gives for it, at the same range, with the CLI's message (English or Japanese by the `locale` setting), the
 * suggestions that edit only this file as ESLint suggestions, and the safe fixes (removing an unused suppression) as
 * ESLint fixes. The engine's own diagnostics (files it could not analyse, suppression comments) are rules too, so
 * the plugin reports everything the CLI reports.
 */
import * as path from 'node:path';
import type { Rule } from 'eslint';
import {
  SUPPRESSION_MESSAGES, engineDiagnostics, type FixSuggestion, type Finding, type Locale, type RuleModule,
} from '@privacy-lint/engine';
import { findingsOf, registerRule } from './file-findings';

/**
 * The messages are the engine's, filled in and chosen by locale when the file is linted, so each message id is a
 * template of one placeholder. Reporting by id keeps `messageId` in ESLint's results and rule tests.
 */
const WHOLE_MESSAGE = '{{ message }}';

/** Message ids of the engine's own diagnostics, by rule id. */
const ENGINE_MESSAGE_IDS: Record<string, string[]> = {
  'parse-error': ['parseError', 'tooDeep', 'tooDeepForTypes'],
  'internal-error': ['parseError'],
  'invalid-suppression': Object.keys(SUPPRESSION_MESSAGES).filter((id) => id !== 'unused'),
  'unused-suppression': ['unused'],
};

interface RuleShape {
  id: string;
  description: string;
  docsUrl: string;
  messageIds: readonly string[];
  schema: Rule.RuleMetaData['schema'];
  hasSuggestions: boolean;
  fixable: boolean;
}

/** Edits of this file only: ESLint applies a fix or suggestion to the file it reports on, never to others. */
function editsHere(suggestion: FixSuggestion | undefined, file: string): suggestion is FixSuggestion {
  return !!suggestion && !suggestion.configEdit && suggestion.edits.length > 0
    && suggestion.edits.every((edit) => path.resolve(edit.file) === file);
}

function fixer(suggestion: FixSuggestion): Rule.ReportFixer {
  return (fix) => suggestion.edits.map((edit) => fix.replaceTextRange([edit.start, edit.end], edit.text));
}

/** One finding as an ESLint report (ESLint's columns are 0-based, ours 1-based; both count UTF-16 code units). */
export function reportOf(finding: Finding, shape: RuleShape, file: string, locale: Locale): Rule.ReportDescriptor {
  const { start, end } = finding.range;
  const message = finding.message[locale];
  const suggest = (finding.suggestions ?? []).filter((s) => editsHere(s, file))
    .map((s): Rule.SuggestionReportDescriptor => ({ desc: s.title[locale], fix: fixer(s) }));
  return {
    loc: { start: { line: start.line, column: start.column - 1 }, end: { line: end.line, column: end.column - 1 } },
    ...(shape.messageIds.includes(finding.messageId) ? { messageId: finding.messageId, data: { message } } : { message }),
    ...(shape.hasSuggestions && suggest.length ? { suggest } : {}),
    ...(shape.fixable && editsHere(finding.fix, file) ? { fix: fixer(finding.fix) } : {}),
  };
}

function eslintRule(shape: RuleShape): Rule.RuleModule {
  return {
    meta: {
      type: 'problem',
      docs: { description: shape.description, url: shape.docsUrl, recommended: true },
      messages: Object.fromEntries(shape.messageIds.map((id) => [id, WHOLE_MESSAGE])),
      schema: shape.schema,
      ...(shape.hasSuggestions ? { hasSuggestions: true } : {}),
      ...(shape.fixable ? { fixable: 'code' as const } : {}),
    },
    create(context) {
      const lint = registerRule(context, shape.id);
      return {
        Program() {
          const file = path.resolve(context.cwd, context.filename);
          for (const finding of findingsOf(context, lint, shape.id)) context.report(reportOf(finding, shape, file, lint.settings.locale));
        },
      };
    },
  };
}

/** An ESLint rule for one of our rules. */
export function privacyRule(rule: RuleModule): Rule.RuleModule {
  return eslintRule({
    id: rule.meta.id,
    description: rule.meta.description.en,
    docsUrl: rule.meta.docsUrl,
    messageIds: Object.keys(rule.meta.messages),
    schema: rule.meta.optionsSchema ? [rule.meta.optionsSchema] : [],
    hasSuggestions: Object.keys(rule.meta.suggestions ?? {}).length > 0,
    fixable: (rule.meta.fixes?.length ?? 0) > 0,
  });
}

/** ESLint rules for the engine's own diagnostics (`parse-error`, `internal-error`, the suppression checks). */
export function engineRules(): Record<string, Rule.RuleModule> {
  return Object.fromEntries(engineDiagnostics.map((d) => [d.id, eslintRule({
    id: d.id,
    description: d.description.en,
    docsUrl: d.docsUrl,
    messageIds: ENGINE_MESSAGE_IDS[d.id] ?? [],
    schema: [],
    hasSuggestions: false,
    fixable: d.id === 'unused-suppression',
  })]));
}
