/**
 * The edits of the rules' suggestions, built by the engine from what it knows of the file (its types, its imports,
 * the functions its calls reach), as typescript-eslint's rules get a fixer. A rule decides which suggestions it
 * offers and titles each by message id (`meta.suggestions`); the fixer says what each one changes, and with what
 * data the title is filled. Undefined: the suggestion does not apply here.
 */
import type * as ts from 'typescript';
import type { ConfigEdit, TextEdit } from './types';
import type { ResolvedConfig } from './config/types';
import type { PersonalValue, TransferSite } from './model/facts';
import type { FileAnalysis } from './model/analysis';
import { maskFix, recordIdFix } from './fixes';
import { guardWrapFix, permitModuleFix, registerProcessorFix } from './transfer-fixes';
import { declareFunctionFix } from './declare-fixes';

/** What a suggestion changes, and the data its title's placeholders are filled with. */
export interface Fix {
  /** Edits of source files (may be empty when the suggestion only changes the configuration). */
  edits: TextEdit[];
  /** A change to privacy-lint.json. */
  configEdit?: ConfigEdit;
  /** Text in `edits` the user must still fill in (`<purpose>`), which an editor selects after applying them. */
  placeholder?: string;
  data: Record<string, string>;
}

export interface RuleFixer {
  /** `c.email` → `mask(c.email)` with the configured masking function, imported when missing. Data: `subject`, `mask`. */
  mask(value: PersonalValue): Fix | undefined;
  /**
   * `customer` → `customer.id` for a whole record whose type has an id-like property; with `fields`, also
   * `user.email` → `user.id`. Data: `access` (what is kept instead).
   */
  recordId(value: PersonalValue, options?: { fields?: boolean }): Fix | undefined;
  /**
   * The statement holding `call` wrapped in a check by `guard` (called with the person the value belongs to; with
   * `whole`, the value itself when it is a record), or preceded by an early return; `blocking` for a guard that says
   * no when it holds (`isOptedOut`). Data: `guard`, and `fill` when arguments are left for the user to fill in.
   */
  guardWrap(call: ts.Node, value: PersonalValue, guard: string, options?: { blocking?: boolean; whole?: boolean }): Fix | undefined;
  /** The site's external host added to `transfers.processors`, its country left to set. Data: `host`. */
  registerProcessor(site: TransferSite): Fix | undefined;
  /** This file added to `permittedModules` of `myNumber` or `sensitiveData`. Data: `module`. */
  permitModule(section: 'myNumber' | 'sensitiveData'): Fix | undefined;
  /**
   * The project function a transfer to an unknown destination is reported at declared in `functions`, its
   * destination left to set. Data: `name`, `where`.
   */
  declareFunction(site: TransferSite): Fix | undefined;
}

/** The fixer of one file's analysis. */
export class FileFixer implements RuleFixer {
  constructor(private readonly analysis: FileAnalysis, private readonly config: ResolvedConfig) {}

  mask(value: PersonalValue): Fix | undefined {
    return maskFix(value, this.config);
  }

  recordId(value: PersonalValue, options: { fields?: boolean } = {}): Fix | undefined {
    return recordIdFix(value, this.analysis.checker, options.fields === true);
  }

  guardWrap(call: ts.Node, value: PersonalValue, guard: string, options: { blocking?: boolean; whole?: boolean } = {}): Fix | undefined {
    return guardWrapFix(call, value, guard, options.blocking === true, options.whole === true, this.analysis);
  }

  registerProcessor(site: TransferSite): Fix | undefined {
    return registerProcessorFix(site, this.config);
  }

  permitModule(section: 'myNumber' | 'sensitiveData'): Fix | undefined {
    return permitModuleFix(this.analysis.sourceFile.fileName, this.config, section);
  }

  declareFunction(site: TransferSite): Fix | undefined {
    return declareFunctionFix(site, this.config, this.analysis);
  }
}
