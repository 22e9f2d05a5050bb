/**
 * What the parts of a file's analysis hand each other: personal values as they are traced (`Taint`, `TracedValue`),
 * the bindings of a helper's parameters at one call (`Env`), and the sink calls found in code with their origins.
 */
import type * as ts from 'typescript';
import type { SinkSpec } from '../sinks';
import type { PersonalValue, PersonalFact, FlowStep } from './facts';
import type { FileAnalysis } from './analysis';

/** Argument bindings of a helper's parameters at one call site. */
export interface Env {
  readonly bindings: ReadonlyMap<ts.ParameterDeclaration, { expr: ts.Expression | undefined; analysis: FileAnalysis; env: Env }>;
}

export const EMPTY_ENV: Env = { bindings: new Map() };

export interface Taint {
  value?: PersonalValue;
  /** Unbound parameters of an enclosing function that the value depends on. */
  params?: Set<ts.ParameterDeclaration>;
}

export const NONE: Taint = {};

/** Short source text for messages: literals are elided so values written in code are never printed. */
export function subjectText(node: ts.Node): string {
  let text = node.getText().replace(/\s+/g, ' ');
  text = text.replace(/(['"`])(?:\\.|(?!\1)[^\\])*\1/g, "'…'").replace(/\d{4,}/g, '…');
  return text.length > 48 ? text.slice(0, 45) + '…' : text;
}

/**
 * A personal value as the evaluation builds it: texts for messages (subject, source, flow) are computed only
 * when a report asks for them — most intermediate values are merged away before anything is reported.
 */
export class TracedValue implements PersonalValue {
  private subjectCache?: string;

  constructor(readonly node: ts.Node, readonly facts: PersonalFact[], private readonly from?: PersonalValue) {}

  get subject(): string { return (this.subjectCache ??= subjectText(this.node)); }
  get source(): string { return this.from ? this.from.source : this.subject; }
  get flow(): string[] {
    if (!this.from) return [this.subject];
    const base = this.from.flow;
    return base[base.length - 1] === this.subject ? base : [...base, this.subject];
  }
  get steps(): readonly FlowStep[] {
    const own = { node: this.node, text: this.subject };
    if (!this.from) return [own];
    const base = this.from.steps;
    return base[base.length - 1]?.node === this.node ? base : [...base, own];
  }
}

export type FunctionNode = ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction | ts.MethodDeclaration;

/** Where a callee's value comes from, in catalog terms. */
export interface SinkOrigin {
  spec: SinkSpec;
  /**
   * `module`/`global`: the SDK's module object or global; `instance`: a client; `factory`: what makes clients
   * (`Resend`, `usePostHog`, a project subclass); `function`: one sending function (`generateText`, a method
   * destructured from a hook: `const { boot } = useIntercom()`).
   */
  role: 'module' | 'global' | 'instance' | 'factory' | 'function';
  /** The sending function's method name, for `function`. */
  method?: string;
  /** The call or `new` that made the instance. */
  creation?: ts.CallExpression | ts.NewExpression;
  /** The file the instance was made in (another project file when it was imported). */
  analysis?: FileAnalysis;
  /** For a client made by another client (`mg.client()`, `meili.index('x')`): the first client's creation. */
  first?: { creation: ts.CallExpression | ts.NewExpression; analysis: FileAnalysis };
}

/** A sink call found in code, before deciding what it carries. */
export interface SinkCall {
  call: ts.CallExpression | ts.NewExpression;
  spec: SinkSpec;
  callee: string;
  origin: SinkOrigin;
  /** The method called (`post`), or undefined when the export/instance itself is called. */
  method?: string;
  /** What carries the data when it is not the call's arguments (what callbacks return, for `callbackMethods`). */
  payload?: readonly ts.Expression[];
}
