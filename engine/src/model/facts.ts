/** What the privacy model says about values: personal facts, personal values, destinations, sites. */
import type * as ts from 'typescript';
import type { PersonalCategory } from '../vocabulary';
import type { SinkSpec } from '../sinks';

/** Why a value is personal. */
export interface PersonalFact {
  category: PersonalCategory;
  /** The personal field (`email`), or the person noun for whole records by name (`customer`). */
  field: string;
  /**
   * `name`: the field's own name; `type`: a property of the value's type; `person`: a person record by name; `config`:
   * personalTypes; `recipient`: whom an e-mail or SMS is sent to (`to`, `PhoneNumber` of a catalogue send); `column`: a
   * column a literal SQL query selects (`typeName` is the table, `path` the column, `*` every column of a table of persons).
   */
  via: 'name' | 'type' | 'person' | 'config' | 'recipient' | 'column';
  /** The type that carries the field (`Customer`). */
  typeName?: string;
  /** Path of the field inside that type (`address.zip`). */
  path?: string;
  /** The declaration that makes it personal (a property signature), for related information. */
  declaration?: ts.Node;
  /** The value is a collection (array, set, map, tuple) of `typeName` records. */
  collection?: boolean;
  /**
   * An account's handle known only by the name of the variable holding it (`username`, `acct`): personal in a log,
   * but not taken for a transfer (federated and directory lookups send a handle to the server it names).
   */
  handleOnly?: boolean;
}

/**
 * One place on a personal value's way to where it is used: an expression as written there (a field read, a
 * variable, a helper's parameter). Paths name code, never the values in it.
 */
export interface FlowStep {
  node: ts.Node;
  /** Source text of `node` with literals elided. */
  text: string;
}

/** A personal value as written where it is used (the range diagnostics underline). */
export interface PersonalValue {
  node: ts.Node;
  /** Source text of `node` with literals elided, for messages. */
  subject: string;
  /** Source text of where the personal data came from (`c.email`), when it flowed from elsewhere. */
  source: string;
  facts: PersonalFact[];
  /** Steps from the origin to the use, for hovers. */
  flow: string[];
  /**
   * The places the value passed through, from where the data entered to this use (through helpers' parameters
   * when the value was bound at a call). Built when asked: only findings need it.
   */
  readonly steps: readonly FlowStep[];
}

export type DestinationKind = 'internal' | 'processor' | 'external' | 'unknown' | 'permitted';

export interface Destination {
  kind: DestinationKind;
  host?: string;
  /** Country of a registered processor. */
  country?: string;
  processorName?: string;
  /** Third-party SDK vendor. */
  vendor?: string;
  /** Where the URL was written (a literal or constant), for related information. */
  node?: ts.Node;
  /**
   * For an unknown destination read from a name (an environment variable, a module constant): the name, which
   * `transfers.destinations` of the config can map to where it points.
   */
  name?: string;
  /** Human description: `api.crm.example.com`, `Sentry`, `a relative URL`. */
  label: string;
}

export interface LogSite {
  call: ts.CallExpression;
  sink: SinkSpec;
  /** `console.log`, `logger.info`. */
  callee: string;
  values: PersonalValue[];
  /** When reported at a helper's call: the log call inside the helper. */
  innerCall?: ts.CallExpression | ts.NewExpression;
}

export interface TransferSite {
  /** The call that sends: the sink call, or the call of a local helper that wraps it. */
  call: ts.CallExpression | ts.NewExpression;
  sink: SinkSpec;
  callee: string;
  destination: Destination;
  values: PersonalValue[];
  /** A consent guard dominates the call. */
  guarded: boolean;
  /** When reported at a helper's call: the sink call inside the helper. */
  innerCall?: ts.CallExpression | ts.NewExpression;
}

/** A read or write of a field of one personal-data category (`PrivacyModel.fieldUses`). */
export type FieldUse = MyNumberUse;

/** A read or write of a My Number value. */
export interface MyNumberUse {
  node: ts.Node;
  /** The field name as written (`kojinBango`). */
  field: string;
  form: 'property' | 'element' | 'destructuring' | 'object-literal' | 'parameter' | 'variable';
  /** The sensitive kind (`SENSITIVE_KINDS` id) when the field's name does not say it (a FHIR resource's `code`). */
  kind?: string;
}

/**
 * A site of a generic sink kind (`cookie`, `storage`): a call or an assignment that keeps personal values where
 * the kind says (a cookie, the browser's storage).
 */
export interface SinkSite {
  /** The call or assignment that stores: the sink itself, or the call of a local helper that wraps it. */
  call: ts.Node;
  sink: SinkSpec;
  /** `res.cookie`, `localStorage.setItem`, `document.cookie`. */
  callee: string;
  values: PersonalValue[];
  /** When reported at a helper's call: the sink call inside the helper. */
  innerCall?: ts.Node;
  /** For kinds with a guard (marketing: an opt-out check), whether one dominates the site. */
  guarded?: boolean;
}
