/**
 * A table runner for rules, after typescript-eslint's `RuleTester`: `valid` cases must not get a finding of the
 * rule, `invalid` cases must get exactly the listed findings (message id and exact position). Every case runs
 * through `lintSource` (a real temporary project, the real config resolution and rules) twice — without types and
 * with the type checker — unless it pins one mode with `typeInfo`.
 *
 * Every finding (of any rule) is also checked for what its message may say: no `{{placeholder}}` left over, text in
 * both locales, and none of the string values written in the code (messages never print personal values).
 */
import { strict as assert } from 'node:assert';
import * as ts from 'typescript';
import type { Finding, RuleModule, RuleSetting } from '@privacy-lint/engine';
import { allRules } from '@privacy-lint/rules';
import { lintSource, type SourceCase } from './lint-source';

/** A case that must not get a finding of the rule under test. */
export interface ValidCase extends Omit<SourceCase, 'typeInfo'> {
  /** Pin one mode: `true` only with the type checker, `false` only without. Default: both. */
  typeInfo?: boolean;
  /** Options of the rule under test: `["error", options]` is written into the case's config. */
  options?: Record<string, unknown>;
}

/** One expected finding, as typescript-eslint writes them (1-based line and column). */
export interface ExpectedError {
  messageId: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** Text the English message must contain (e.g. the destination it names); a list: each of them. */
  messageIncludes?: string | string[];
  /** The finding's severity, when the case is about it (online identifiers in logs are warnings). */
  severity?: 'error' | 'warning';
}

/** A case that must get exactly `errors` from the rule under test. */
export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
}

export interface RuleTests {
  valid: Array<string | ValidCase>;
  invalid: InvalidCase[];
}

/** Findings that mean the engine could not analyse the case at all. */
const BROKEN_RULE_IDS = new Set(['internal-error', 'parse-error']);

/** The title of a case: its first non-blank line of code, trimmed. */
export function caseTitle(code: string): string {
  return code.split(/\r?\n/).map((l) => l.trim()).find((l) => l.length > 0) ?? '(empty)';
}

function modesOf(c: ValidCase): boolean[] {
  return c.typeInfo === undefined ? [false, true] : [c.typeInfo];
}

function modeName(typeInfo: boolean): string {
  return typeInfo ? 'with types' : 'without types';
}

function lintCase(ruleId: string, c: ValidCase, typeInfo: boolean): Finding[] {
  let config = c.config;
  if (c.options) {
    const setting: RuleSetting = ['error', c.options];
    config = { ...(config ?? {}), rules: { ...(config?.rules ?? {}), [ruleId]: setting } };
  }
  return lintSource({ code: c.code, filename: c.filename, files: c.files, config, typeInfo });
}

function describeFindings(findings: readonly Finding[]): string {
  if (!findings.length) return '    (none)';
  return findings.map((f) =>
    `    ${f.ruleId}/${f.messageId} ${f.range.start.line}:${f.range.start.column}-${f.range.end.line}:${f.range.end.column} ${f.message.en}`,
  ).join('\n');
}

/** Where a literal's text is a module name, a property key or a field name rather than a value. */
function isNameLike(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isExternalModuleReference(parent)
    || ts.isImportTypeNode(parent) || ts.isLiteralTypeNode(parent)) return true;
  if (ts.isCallExpression(parent) && parent.arguments[0] === node
    && (parent.expression.kind === ts.SyntaxKind.ImportKeyword
      || (ts.isIdentifier(parent.expression) && parent.expression.text === 'require'))) return true;
  if (ts.isElementAccessExpression(parent) && parent.argumentExpression === node) return true;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent)
    || ts.isMethodDeclaration(parent)) && parent.name === node) return true;
  if (ts.isBindingElement(parent) && parent.propertyName === node) return true;
  if (ts.isComputedPropertyName(parent)) return true;
  return false;
}

/** URLs, paths and host names: messages name destinations on purpose. */
function isUrlLike(text: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^\.{0,2}\//.test(text)
    || /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?([/?#].*)?$/i.test(text);
}

/** Names rather than values: `info`, `app:billing`, `e-mail`, `user.email` (levels, namespaces, keys). */
function isIdentifierLike(text: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$.:-]*$/.test(text);
}

/**
 * The string values written in the code (longer than 3 characters, not URLs, hosts, module names or field names):
 * what a message must never repeat.
 */
export function stringValuesIn(sources: readonly string[]): string[] {
  const out = new Set<string>();
  for (const text of sources) {
    const sf = ts.createSourceFile('case.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)
        || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
        const value = node.text;
        const trimmed = value.trim();
        if (trimmed.length > 3 && !isUrlLike(trimmed) && !isIdentifierLike(trimmed)
          && !(ts.isStringLiteralLike(node) && isNameLike(node))) {
          out.add(value);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return [...out];
}

function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Checks what a finding's message says: both locales, placeholders filled, no value from the code. */
export function assertMessageIsClean(rule: RuleModule, finding: Finding, values: readonly string[], where: string): void {
  const template = rule.meta.messages[finding.messageId];
  assert.ok(template, `${where}: unknown message id ${finding.messageId}`);
  for (const locale of ['en', 'ja'] as const) {
    const message = finding.message[locale];
    assert.ok(message && message.trim().length > 0, `${where}: empty ${locale} message`);
    assert.ok(!/\{\{\s*\w+\s*\}\}/.test(message), `${where}: ${locale} message has an unfilled placeholder: ${message}`);
    // The template's own words may contain anything; what was filled in must not repeat a value from the code.
    const fixed = template[locale].replace(/\{\{\s*\w+\s*\}\}/g, '\u0000');
    for (const value of values) {
      assert.ok(occurrences(message, value) <= occurrences(fixed, value),
        `${where}: the ${locale} message prints the value ${JSON.stringify(value)} written in the code: ${message}`);
    }
    // The path's steps name code, never the values in it.
    for (const step of (finding.paths ?? []).flat()) {
      for (const value of values) {
        assert.ok(!step.message[locale].includes(value),
          `${where}: a ${locale} step of the path prints the value ${JSON.stringify(value)} written in the code: ${step.message[locale]}`);
      }
    }
  }
}

function ruleById(ruleId: string): RuleModule {
  const rule = allRules.find((r) => r.meta.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId} in allRules`);
  return rule;
}

function byPosition(a: { line: number; column: number; messageId: string }, b: { line: number; column: number; messageId: string }): number {
  return a.line - b.line || a.column - b.column || a.messageId.localeCompare(b.messageId);
}

function checkCase(ruleId: string, c: ValidCase, expected: readonly ExpectedError[]): void {
  const rule = ruleById(ruleId);
  for (const e of expected) {
    assert.ok(rule.meta.messages[e.messageId], `the case expects message id ${e.messageId}, which ${ruleId} does not have`);
  }
  const values = stringValuesIn([c.code, ...Object.values(c.files ?? {})]);
  // Both modes are always checked, so a failure says whether one mode or both are wrong.
  const failures: string[] = [];
  for (const typeInfo of modesOf(c)) {
    try {
      checkMode(ruleId, rule, c, expected, values, typeInfo);
    } catch (e) {
      if (!(e instanceof assert.AssertionError)) throw e;
      failures.push(e.message);
    }
  }
  if (failures.length) assert.fail(failures.join('\n\n'));
}

function checkMode(ruleId: string, rule: RuleModule, c: ValidCase, expected: readonly ExpectedError[],
  values: readonly string[], typeInfo: boolean): void {
  const findings = lintCase(ruleId, c, typeInfo);
  const where = `[${modeName(typeInfo)}]`;
  const context = `${where}\n  all findings:\n${describeFindings(findings)}`;
  const broken = findings.filter((f) => BROKEN_RULE_IDS.has(f.ruleId));
  assert.equal(broken.length, 0, `${where} the engine could not analyse the case:\n${describeFindings(broken)}`);
  const own = findings.filter((f) => f.ruleId === ruleId).sort((a, b) => byPosition(
    { line: a.range.start.line, column: a.range.start.column, messageId: a.messageId },
    { line: b.range.start.line, column: b.range.start.column, messageId: b.messageId }));
  const wanted = [...expected].sort(byPosition);
  const actual = own.map((f, i) => {
    const a: ExpectedError = { messageId: f.messageId, line: f.range.start.line, column: f.range.start.column };
    if (wanted[i]?.endLine !== undefined) a.endLine = f.range.end.line;
    if (wanted[i]?.endColumn !== undefined) a.endColumn = f.range.end.column;
    if (wanted[i]?.severity !== undefined) a.severity = f.severity;
    return a;
  });
  assert.deepStrictEqual(actual, wanted.map(({ messageIncludes: _m, ...e }) => e), `${ruleId} ${context}`);
  own.forEach((f, i) => {
    const e = wanted[i];
    for (const text of e.messageIncludes === undefined ? [] : [e.messageIncludes].flat()) {
      assert.ok(f.message.en.includes(text),
        `${where} the message at ${e.line}:${e.column} should mention ${JSON.stringify(text)}: ${f.message.en}`);
    }
    assert.equal(f.clause, rule.meta.clause, `${where} the finding cites the rule's clause`);
  });
  // What any rule says about this code must not print its values either.
  for (const f of findings) {
    const reporter = allRules.find((r) => r.meta.id === f.ruleId);
    if (reporter) assertMessageIsClean(reporter, f, values, `${where} ${f.ruleId} at ${f.range.start.line}:${f.range.start.column}`);
  }
}

/**
 * Registers one mocha `it` per case under `describe(ruleId)` (`describe("ruleId: topic")` when a topic is given, for
 * tables about one part of the model, such as guards or destinations).
 */
export function ruleTester(ruleId: string, tests: RuleTests, topic?: string): void {
  describe(topic ? `${ruleId}: ${topic}` : ruleId, function () {
    // The first case with types in a process builds the default library's program (about a second).
    this.timeout(20000);
    describe('valid', () => {
      for (const t of tests.valid) {
        const c: ValidCase = typeof t === 'string' ? { code: t } : t;
        it(caseTitle(c.code), () => checkCase(ruleId, c, []));
      }
    });
    describe('invalid', () => {
      for (const c of tests.invalid) {
        it(caseTitle(c.code), () => {
          assert.ok(c.errors.length > 0, 'an invalid case lists at least one error');
          checkCase(ruleId, c, c.errors);
        });
      }
    });
  });
}
