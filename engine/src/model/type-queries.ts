/**
 * What types say: the personal fields of a type the checker knows or of a type written in code (interfaces,
 * classes, aliases, what they extend), whether an object is a person, and whether a My Number name is a counter.
 * When the checker knows a type, the type decides; names are a fallback.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import {
  isAmbiguousMyNumberName, classifyField, isPluralTermName, isPersonNoun, isNonPersonOwner, namesNonPersonThing, namesBusiness, namesMachine, isIpName, namesAppsOwnPrompt, type FieldMatch,
  PERSONAL_CATEGORIES, type PersonalCategory,
} from '../vocabulary';
import type { Declaration } from './scope';
import type { PersonalFact, PersonalValue } from './facts';
import { stripParens, propertyNameText } from './syntax';
import { mailPartyFacts } from './mail-message';
import { chatMessageFacts, chatMessageMemberFacts } from './chat-message';
import { holdsOnlyPlaceholders } from './placeholders';
import { namesVendorType, vendorTypeFacts } from './vendor-types';
import { isProcedureInput, procedureInputSchemaName } from './request-input';
import type { FileAnalysis } from './analysis';
import { UTILITY_TYPES, CONTAINER_TYPES, MAX_DEPTH } from './flow-tables';
import { ModuleLinks } from './module-links';
import { TracedValue, type Env, type Taint } from './values';

/** A property key spelled as a type's name (`Address`, `OrderLine`): PascalCase, not an acronym (`IP`, `URL`). */
/** What a name-like field of a person's record holds: a credential or a session token by its own name, else a name. */
function keptCategory(category: PersonalCategory | undefined): PersonalCategory {
  return category === 'credential' || category === 'sessionToken' ? category : 'name';
}

/** Query methods of database clients (Drizzle, Prisma, Knex, Kysely, TypeORM's DataSource, pg's Pool). */
const DATABASE_CLIENT_METHODS: ReadonlySet<string> = new Set(['select', 'selectDistinct', 'insert', 'update', 'delete',
  'transaction', '$transaction', 'execute', '$executeRaw', '$queryRaw', 'query', 'raw', 'selectFrom', 'insertInto',
  'deleteFrom', 'getRepository', 'createQueryBuilder', 'batch', '$connect', '$disconnect']);

function isTypeNameKey(name: string): boolean {
  return /^[A-Z][a-z]/.test(name);
}

export function asCollection(facts: PersonalFact[] | undefined): PersonalFact[] | undefined {
  return facts?.map((f) => (f.collection ? f : { ...f, collection: true }));
}

/**
 * A type whose values are all written in the code: a string, number or enum literal, `true`/`false`, or a union of
 * those (with `null`/`undefined`). Such a value is one of the program's constants, never a person's data.
 */
export function isLiteralType(t: ts.Type): boolean {
  const LITERAL = ts.TypeFlags.StringLiteral | ts.TypeFlags.NumberLiteral | ts.TypeFlags.BigIntLiteral
    | ts.TypeFlags.BooleanLiteral | ts.TypeFlags.EnumLiteral | ts.TypeFlags.Null | ts.TypeFlags.Undefined;
  const parts = t.isUnion() ? t.types : [t];
  return parts.every((p) => !!(p.flags & LITERAL) && (!p.isStringLiteral() || isCodeToken(p.value)))
    && parts.some((p) => !(p.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)));
}

/**
 * A string that is a token of the code (`'DRAFT_EMAIL'`, `'customer_email_list'`, `'loginForm[password]'`), not data written into
 * it: no `@`, no spaces, no run of digits (an address, a name or a phone number written as a literal stays data).
 */
function isCodeToken(text: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_.:[\]-]*$/.test(text) && !/\d{3}/.test(text);
}

/**
 * `address` on a record that also has a `port` or a `family` (Node's `AddressInfo`, a connection error's details, a
 * socket, a DNS look-up's `LookupAddress`): a network address, not where a person lives.
 */
export function isNetworkAddress(name: string, siblings: readonly string[]): boolean {
  return /^(address|addr)$/i.test(name) && siblings.some((s) => /^(port|localPort|remotePort|family)$/.test(s));
}

/** `'a'`, `1`, `'a' | 'b'`, `true`: a type written as literals only. */
function isLiteralTypeNode(type: ts.TypeNode): boolean {
  if (ts.isUnionTypeNode(type)) return type.types.every(isLiteralTypeNode);
  return ts.isLiteralTypeNode(type) && type.literal.kind !== ts.SyntaxKind.NullKeyword;
}

/** A property given a literal in the object literal of a `const` (`const LISTS = { CUSTOMER_EMAIL: 'list_1' }`). */
function isConstantProperty(decl: ts.Node): boolean {
  if (!ts.isPropertyAssignment(decl) || !isLiteralExpression(decl.initializer)) return false;
  let holder: ts.Node = decl.parent;
  while (holder.parent && (ts.isAsExpression(holder.parent) || ts.isSatisfiesExpression(holder.parent)
    || ts.isParenthesizedExpression(holder.parent))) holder = holder.parent;
  const v = holder.parent;
  return !!v && ts.isVariableDeclaration(v) && v.initializer === holder && ts.isVariableDeclarationList(v.parent)
    && !!(v.parent.flags & ts.NodeFlags.Const);
}

/**
 * A property of an object literal that is a dictionary of texts (`{ address: 'Address', addressCity: 'City', … }`, a
 * UI's translations or labels): at least eight properties, each a string literal or such a dictionary in turn.
 */
function isTextOfDictionary(decl: ts.Node): boolean {
  if (!ts.isPropertyAssignment(decl) || !ts.isStringLiteralLike(stripParens(decl.initializer))) return false;
  const literal = decl.parent;
  let known = textDictionaries.get(literal);
  if (known === undefined) {
    const props = literal.properties;
    known = props.length >= 8 && props.every((p) => ts.isPropertyAssignment(p)
      && (ts.isStringLiteralLike(stripParens(p.initializer)) || ts.isObjectLiteralExpression(stripParens(p.initializer))));
    textDictionaries.set(literal, known);
  }
  return known;
}
const textDictionaries = new WeakMap<ts.ObjectLiteralExpression, boolean>();

/** A literal of the code: a token-like string (see `isCodeToken`), a number, `-1`, `true`/`false`. */
export function isLiteralExpression(e: ts.Expression): boolean {
  e = stripParens(e);
  return (ts.isStringLiteralLike(e) && isCodeToken(e.text)) || ts.isNumericLiteral(e) || e.kind === ts.SyntaxKind.TrueKeyword
    || e.kind === ts.SyntaxKind.FalseKeyword || (ts.isPrefixUnaryExpression(e) && ts.isNumericLiteral(e.operand));
}

/**
 * A named object type declared in the code being linted (not a library's `.d.ts`, not an anonymous literal or an
 * inferred schema type): an interface, a class or a type alias with properties.
 */
function isDeclaredRecordType(type: ts.Type, sym: ts.Symbol): boolean {
  if (!(type.flags & ts.TypeFlags.Object) || sym.name.startsWith('__')) return false;
  const decls = sym.declarations;
  if (!decls?.length || decls.some((d) => d.getSourceFile().isDeclarationFile)) return false;
  return decls.every((d) => ts.isInterfaceDeclaration(d) || ts.isClassDeclaration(d) || ts.isTypeAliasDeclaration(d))
    && type.getProperties().length > 0;
}

/** A type that names a person (`Customer`, `MiRemoteUser | null`, `db.User`). */
function namesPersonType(type: ts.TypeNode): boolean {
  return typeNameIs(type, isPersonNoun);
}

/** A type that names a thing with a name of its own (`CameraInfo | null`, `Team`, `MediaDeviceInfo`). */
function namesNonPersonType(type: ts.TypeNode): boolean {
  return typeNameIs(type, isNonPersonOwner);
}

/** Whether a type reference (every member of a union, nulls aside) has a name that passes `test`. */
/**
 * A relation an entity (a record with an `id`) declares beside its foreign key (`employee: IEmployee` next to
 * `employeeId`, `createdByUser?: IUser` next to `createdByUserId`), in the code's own source: an ORM loads the linked
 * record only when a query asks for it, so the record as such holds the key, not the person. Types generated for a
 * query that did load it (Prisma's payloads) live in declaration files and are read as they are.
 */
function isRelationByKey(name: string, siblings: ReadonlySet<string>, decl: ts.Node): boolean {
  // An entity has a key of its own; a context that holds a user and their id (`{ user, userId }`) has both loaded.
  if (decl.getSourceFile().isDeclarationFile || !(siblings.has('id') || siblings.has('_id'))) return false;
  return siblings.has(`${name}Id`) || siblings.has(`${name}_id`) || siblings.has(`${name}ID`);
}

/**
 * How far a record's type is read for personal fields: its own, those of the records it holds (`order.customer.email`)
 * and, through the records those always have, one level further (`rule.action_rules.table_actions.emails`). An
 * optional record down there (`component.serverProps.user.password` of a component's settings) is not read.
 */
const NESTED_DEPTH = 2;

function typeNameIs(type: ts.TypeNode, test: (name: string) => boolean): boolean {
  if (ts.isUnionTypeNode(type)) {
    const named = type.types.filter((t) => t.kind !== ts.SyntaxKind.NullKeyword && t.kind !== ts.SyntaxKind.UndefinedKeyword
      && !(ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword));
    return named.length > 0 && named.every((t) => typeNameIs(t, test));
  }
  if (!ts.isTypeReferenceNode(type)) return false;
  const name = ts.isIdentifier(type.typeName) ? type.typeName : type.typeName.right;
  return test(name.text);
}

/** The name an identifier or a member access reads (`systemPrompts`, `session.systemMessage`). */
function nameOfNode(node: ts.Node): string {
  if (ts.isIdentifier(node)) return node.text;
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node) || ts.isElementAccessExpression(node)) return nameOfNode(node.expression);
  // `systemPrompts.at(0)`, `messages.find(…)`: an element of the list the name holds.
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) return nameOfNode(node.expression.expression);
  return '';
}

/** Whether `heldChatMessages` is reading the types a record holds (it reads one level down). */
let readingHeldMessages = false;

export abstract class TypeQueries extends ModuleLinks {
  // Asked of a layer above: the analysis of a file is one object, these are its methods.
  /** The personal value an expression carries here, and the unbound parameters it depends on (implemented by `Flows`). */
  protected abstract evaluate(expr: ts.Expression, env: Env, depth: number): Taint;
  /** Implemented by `Flows`. */
  protected abstract isConstLike(decl: ts.VariableDeclaration): boolean;
  /** Whether a value is the customer's input as a whole (a request body, a submitted form) (implemented by `Flows`). */
  protected abstract isInput(t: Taint): boolean;

  /** By depth (see `typeFacts`). */
  private readonly typeMemos = Array.from({ length: NESTED_DEPTH + 1 }, () => new Map<ts.Type, PersonalFact[] | null>());

  protected value(node: ts.Node, facts: PersonalFact[], source?: PersonalValue): PersonalValue {
    return new TracedValue(node, source ? source.facts : facts, source);
  }

  /** `k.myNumber` typed `number` on something that is not a person: a counter. */
  protected isCounterMember(node: ts.Node, name: string, object: ts.Expression, env: Env, d: number): boolean {
    if (!this.checker || !isAmbiguousMyNumberName(name)) return false;
    if (!(this.checker.getTypeAtLocation(node).flags & ts.TypeFlags.NumberLike)) return false;
    return !this.isPersonLike(object, env, d);
  }

  /** A value whose (checker) type has personal properties is personal as a whole. */
  protected typeTaint(node: ts.Node, decl?: Declaration): Taint | undefined {
    if (!this.checker) return undefined;
    const type = this.typeOfName(node, decl);
    const facts = this.typeFacts(type, 0) ?? (type.flags & ts.TypeFlags.Any ? this.unresolvedVendorFacts(decl) : undefined);
    // `systemPrompts: ChatMessage[]`: messages the app writes to instruct a model, not what the customer wrote.
    if (facts?.every((f) => f.category === 'input') && namesAppsOwnPrompt(nameOfNode(node))) return undefined;
    return facts ? { value: this.value(node, facts) } : undefined;
  }

  /**
   * A name declared with an SDK's record type the checker cannot read (`customer: Stripe.Customer` without the SDK
   * installed): the catalogue of such types, by the type as written (also as cast: `x as Stripe.Checkout.Session`).
   */
  protected unresolvedVendorFacts(decl: Declaration | undefined): PersonalFact[] | undefined {
    if (!decl || !(ts.isParameter(decl) || ts.isVariableDeclaration(decl) || ts.isPropertyDeclaration(decl))) return undefined;
    let typeNode = decl.type;
    if (!typeNode && ts.isVariableDeclaration(decl) && decl.initializer) {
      const init = stripParens(decl.initializer);
      if (ts.isAsExpression(init)) typeNode = init.type;
    }
    return typeNode ? this.vendorFacts(typeNode) : undefined;
  }

  /** The facts of an SDK record type as written (`Stripe.Customer`), names resolved in this file (`vendor-types.ts`). */
  protected vendorFacts(typeNode: ts.TypeNode): PersonalFact[] | undefined {
    return vendorTypeFacts(typeNode, (n, at) => this.scope.resolveName(n, at));
  }

  /** Whether a type as written is one of an SDK whose record types are known (`Stripe.Subscription`). */
  protected isVendorType(typeNode: ts.TypeNode): boolean {
    return namesVendorType(typeNode, (n, at) => this.scope.resolveName(n, at));
  }

  protected readonly declaredTypes = new Map<Declaration, ts.Type>();

  /**
   * The type of a name, from its declaration when it has one here (asked once per variable or parameter, not at
   * every reference: the checker's type at a reference runs its control-flow narrowing each time). A declared
   * `any` or `unknown` is asked at the reference, where narrowing may know more.
   */
  protected typeOfName(node: ts.Node, decl: Declaration | undefined): ts.Type {
    const checker = this.checker!;
    if (decl && ts.isIdentifier(node) && (ts.isParameter(decl) || ts.isVariableDeclaration(decl) || ts.isBindingElement(decl))
      && ts.isIdentifier(decl.name)) {
      let type = this.declaredTypes.get(decl);
      if (!type) { type = checker.getTypeAtLocation(decl.name); this.declaredTypes.set(decl, type); }
      if (!(type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown))) return type;
    }
    return checker.getTypeAtLocation(node);
  }

  protected typeFacts(type: ts.Type, depth: number): PersonalFact[] | undefined {
    const checker = this.checker!;
    // A type's facts at the top (its fields and those of the records it holds) and inside another (fewer levels
    // read) differ: each depth is kept apart, so the order types are asked in does not change the answer.
    const memo = this.typeMemos[Math.min(depth, NESTED_DEPTH)];
    const cached = memo.get(type);
    if (cached !== undefined) return cached ?? undefined;
    if (depth > NESTED_DEPTH) return undefined;
    memo.set(type, null); // cycle guard
    let result: PersonalFact[] | undefined;
    if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Never | ts.TypeFlags.StringLike
      | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.BigIntLike | ts.TypeFlags.ESSymbolLike
      | ts.TypeFlags.Void | ts.TypeFlags.Undefined | ts.TypeFlags.Null)) {
      result = undefined;
    } else if (type.isUnionOrIntersection()) {
      for (const t of type.types) { result = this.typeFacts(t, depth); if (result) break; }
    } else if (checker.isArrayType(type) || checker.isTupleType(type)) {
      for (const t of checker.getTypeArguments(type as ts.TypeReference)) { result = this.typeFacts(t, depth); if (result) break; }
      result = asCollection(result);
    } else {
      const alias = type.aliasSymbol?.name;
      const underlying = alias && UTILITY_TYPES.has(alias) ? type.aliasTypeArguments?.[0] : undefined;
      const name = alias && !UTILITY_TYPES.has(alias) ? alias
        : (underlying?.aliasSymbol ?? underlying?.getSymbol())?.name ?? type.getSymbol()?.name ?? alias;
      if (CONTAINER_TYPES.has(name ?? '') && (type as ts.TypeReference).target) {
        for (const t of checker.getTypeArguments(type as ts.TypeReference)) { result = this.typeFacts(t, depth); if (result) break; }
        if (name !== 'Promise' && name !== 'PromiseLike') result = asCollection(result);
      } else if (type.flags & ts.TypeFlags.Object && type.getCallSignatures().length === 0 && !declaredInJson(type)) {
        // (The type of a JSON file the code imports — `en.json`'s `login.fields.confirm_password` — is its literals:
        // a label's text, not a person's password.)
        result = this.objectTypeFacts(type, name, depth);
      }
    }
    memo.set(type, result ?? null);
    return result;
  }

  private objectTypeFacts(type: ts.Type, typeName: string | undefined, depth: number): PersonalFact[] | undefined {
    const checker = this.checker!;
    const display = typeName && typeName !== '__type' && typeName !== '__object' ? typeName : undefined;
    if (display && this.config.personalData.personalTypes.includes(display)) {
      return [{ category: 'name', field: display, via: 'config', typeName: display }];
    }
    // `Record<ChannelTypeEnum, ChannelPreference>`: its keys (`email`, `sms`) are kinds, its values settings.
    const [keys, values] = type.aliasSymbol?.name === 'Record' ? type.aliasTypeArguments ?? [] : [];
    if (keys && values && !(keys.flags & (ts.TypeFlags.String | ts.TypeFlags.Number | ts.TypeFlags.Any))
      && this.holdsRecordsWithoutFacts(values, depth)) return undefined;
    const props = checker.getPropertiesOfType(type);
    if (props.length > 200) return undefined;
    // A database client (`NodePgDatabase<typeof schema>`, a Prisma client, a Knex instance): a connection whose
    // methods read the tables, not a record holding what they hold.
    if (this.isDatabaseClient(props)) return undefined;
    const facts: PersonalFact[] = [];
    const nameProps: ts.Symbol[] = [];
    /** Properties named like data that hold a service (an e-mail adapter): not walked into either. */
    const services = new Set<ts.Symbol>();
    for (const p of props) {
      const decl = p.valueDeclaration ?? p.declarations?.[0];
      if (decl && decl.getSourceFile().isDeclarationFile && /[\\/]typescript[\\/]lib[\\/]/.test(decl.getSourceFile().fileName)) continue;
      // Methods are not fields: `findByEmail` on a service says nothing about what it holds.
      if (decl && (ts.isMethodDeclaration(decl) || ts.isMethodSignature(decl))) continue;
      const field = (decl && markedField(decl)) ?? classifyField(p.name, this.vocabulary);
      if (field) {
        // A property typed with literals holds one of the code's constants (`{ 'translate-email': 'default' } as const`).
        if (decl && (isLiteralType(checker.getTypeOfSymbolAtLocation(p, decl)) || isConstantProperty(decl))) continue;
        // Given only placeholders or the code's literals where it is written (`ip: ''`, `ip: LOCALHOST_IP`,
        // `latitude: 'Unknown'`): no one's value.
        if (holdsOnlyPlaceholders(checker, p, field.category, isLiteralExpression)) continue;
        // `addressLine1: 'Address 1'` in a dictionary of a UI's texts (translations, labels): a label, not an address.
        if (decl && isTextOfDictionary(decl)) continue;
        // `{ address, port }` (a socket's, an error's `ECONNREFUSED` details): a network address.
        if (field.category === 'address' && isNetworkAddress(p.name, props.map((x) => x.name))) continue;
        // `IMerchantCompanyParams.address`, `Organization.address`: a business's place, not a person's.
        if (field.category === 'address' && display && namesBusiness(display)) continue;
        const pt = decl ? checker.getTypeOfSymbolAtLocation(p, decl) : undefined;
        // A function (`getEmailVerificationCode = async () => …`, a property holding one) is behaviour, not data.
        if (pt && pt.getCallSignatures().length > 0) continue;
        // `payload.email` of a framework instance: its e-mail adapter (an object with `sendEmail`), not an address.
        if (pt && field.category === 'contact' && this.holdsBehaviour(pt)) { services.add(p); continue; }
        // `Address?: CustomFieldConfig[]` of a map keyed by entity types: the key names a type, its value is settings.
        if (pt && isTypeNameKey(p.name) && this.holdsRecordsWithoutFacts(pt, depth)) continue;
        // `ServerStatusRequestContext.ip`, `NodeInfo.ipAddress`: the address of a machine, not of a person.
        if (field.category === 'onlineIdentifier' && display && isIpName(p.name) && namesMachine(display)) continue;
        // `Repository.full_name`, `Organization.fullName`: the name of a thing, not of a person (unless its own words
        // say whose: `contactFullName`).
        if (field.category === 'name' && display && isNonPersonOwner(display) && !field.qualifiers.some((q) => isPersonNoun(q))) continue;
        // A name or a password is a person's only on a person-like record (`SmtpConfig.password` is the company's).
        if (field.needsPerson || field.category === 'credential' || field.category === 'sessionToken') { nameProps.push(p); continue; }
        // A flag or a count, optional ones too (`channels: { email?: boolean }` is whether to use e-mail).
        const defined = pt && (pt.flags & ts.TypeFlags.Union) ? checker.getNonNullableType(pt) : pt;
        if (defined && (defined.flags & ts.TypeFlags.BooleanLike)) continue;
        if (defined && (defined.flags & ts.TypeFlags.NumberLike) && isPluralTermName(p.name, this.vocabulary)) continue;
        if (field.category === 'myNumber' && pt && (pt.flags & ts.TypeFlags.NumberLike) && isAmbiguousMyNumberName(p.name)
          && !(display && isPersonNoun(display))) continue;
        facts.push({ category: field.category, field: p.name, via: 'type', typeName: display, path: p.name, declaration: decl });
      }
    }
    // A thing's record (`NotificationTemplate`, `JobStep`) names the thing, whatever else it holds.
    if (nameProps.length && (facts.length || (display && isPersonNoun(display))) && !(display && isNonPersonOwner(display))) {
      for (const p of nameProps) {
        const category = keptCategory(classifyField(p.name, this.vocabulary)?.category);
        facts.unshift({ category, field: p.name, via: 'type', typeName: display, path: p.name, declaration: p.valueDeclaration });
      }
    }
    // An e-mail message names its senders and recipients in `from` / `to` (a word that is personal nowhere else).
    if (!facts.length) facts.push(...(mailPartyFacts(checker, type, display) ?? []));
    // A chat message (`{ role: 'user' | 'assistant', content }`): what it holds is what the customer wrote.
    if (!facts.length) facts.push(...(chatMessageFacts(checker, type, display) ?? []));
    if (!facts.length && depth < NESTED_DEPTH) {
      const names = new Set(props.map((x) => x.name));
      for (const p of props) {
        // A property of a mapped type (`Pick<AuthStore, 'user'>`) has no value declaration of its own, only the
        // original's; a getter (`get user()` of a store) holds data as a field does.
        const decl = p.valueDeclaration ?? p.declarations?.[0];
        if (!decl || !(ts.isPropertySignature(decl) || ts.isPropertyDeclaration(decl) || ts.isPropertyAssignment(decl)
          || ts.isGetAccessorDeclaration(decl))) continue;
        if (isRelationByKey(p.name, names, decl) || services.has(p)) continue;
        // `user: Promise<User>` of an entity (a TypeORM lazy relation): loaded when awaited, not held by the record.
        if ((ts.isPropertyDeclaration(decl) || ts.isPropertySignature(decl)) && decl.type && typeNameIs(decl.type, (n) => n === 'Promise')) continue;
        // Inside a record it holds, only what that record always has: an optional record two levels down
        // (`component.serverProps.user` of a component's settings) is what it may be given, not what it holds.
        if (depth > 0 && (p.flags & ts.SymbolFlags.Optional)) continue;
        let inner = this.typeFacts(checker.getTypeOfSymbolAtLocation(p, decl), depth + 1);
        // `job.step.template.name`: the name of a thing the record links to is that thing's.
        if (inner && isNonPersonOwner(p.name)) inner = inner.filter((f) => f.category !== 'name' || f.path?.includes('.'));
        if (inner?.length) {
          const f = inner[0];
          // (The record is one record, whether or not what it holds is a list: `RequestPayload.messages`.)
          const { collection: _listInside, ...one } = f;
          facts.push({ ...one, typeName: display ?? f.typeName, path: `${p.name}.${f.path ?? f.field}` });
          break;
        }
      }
    }
    return facts.length ? this.orderFacts(facts) : undefined;
  }

  /** An object with methods or function-valued properties (a service, an adapter): behaviour, not a value. */
  /** Whether properties are a database client's: several of its query methods (`select`, `insert`, `transaction` …). */
  private isDatabaseClient(props: readonly ts.Symbol[]): boolean {
    let methods = 0;
    for (const p of props) {
      if (!DATABASE_CLIENT_METHODS.has(p.name)) continue;
      const decl = p.valueDeclaration ?? p.declarations?.[0];
      if (!decl) continue;
      const isMethod = ts.isMethodDeclaration(decl) || ts.isMethodSignature(decl)
        || this.checker!.getTypeOfSymbolAtLocation(p, decl).getCallSignatures().length > 0;
      if (isMethod && ++methods >= 3) return true;
    }
    return false;
  }

  private holdsBehaviour(type: ts.Type): boolean {
    const checker = this.checker!;
    const t = checker.getNonNullableType(type);
    // `EmailAdapter | Promise<EmailAdapter>`: each is a service (a factory, an adapter).
    if (t.isUnion()) return t.types.every((x) => x.getCallSignatures().length > 0 || this.holdsBehaviour(x));
    if (!(t.flags & ts.TypeFlags.Object) || checker.isArrayType(t)) return false;
    return t.getProperties().some((p) => {
      const decl = p.valueDeclaration ?? p.declarations?.[0];
      if (!decl) return false;
      if (ts.isMethodDeclaration(decl) || ts.isMethodSignature(decl)) return true;
      return checker.getTypeOfSymbolAtLocation(p, decl).getCallSignatures().length > 0;
    });
  }

  /**
   * Whether a property's type is records (or a list of them) of which nothing is personal: what a key that names a
   * type holds in a map of settings by entity type (`{ Address: CustomFieldConfig[] }`). A string is not a record.
   */
  private holdsRecordsWithoutFacts(type: ts.Type, depth: number): boolean {
    const checker = this.checker!;
    const t = checker.getNonNullableType(type);
    const element = checker.isArrayType(t) ? checker.getTypeArguments(t as ts.TypeReference)[0] : t;
    if (!element) return false;
    // A union of settings records (`StringFieldConfig | IntFieldConfig | …`) is records too.
    const members = element.isUnion() ? element.types : [element];
    if (!members.every((m) => (m.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection)) && m.getCallSignatures().length === 0)) return false;
    return !this.typeFacts(element, depth + 1);
  }

  private orderFacts(facts: PersonalFact[]): PersonalFact[] {
    const rank = (f: PersonalFact) => (f.category === 'myNumber' ? 0 : f.category === 'sensitive' ? 1 : f.category === 'name' ? 3 : 2);
    return [...facts].sort((a, b) => rank(a) - rank(b));
  }

  /** Without the checker: the declared type of a parameter or variable, when it is visible in this file. */
  protected declaredTypeTaint(id: ts.Identifier, decl: Declaration): Taint | undefined {
    if (this.checker) return undefined;
    let typeNode: ts.TypeNode | undefined;
    if (ts.isParameter(decl) || ts.isVariableDeclaration(decl)) typeNode = decl.type;
    if (!typeNode && ts.isVariableDeclaration(decl) && decl.initializer) {
      const init = stripParens(decl.initializer);
      if (ts.isAsExpression(decl.initializer)) typeNode = decl.initializer.type;
      else if (ts.isNewExpression(init) && ts.isIdentifier(init.expression)) {
        // `const record = new Customer()`: the class's fields.
        return this.withFacts(id, this.namedTypeFacts(init.expression.text, init, 0));
      } else if (ts.isCallExpression(init)) {
        const declared = this.declaredReturnType(init.expression);
        if (declared) return this.withFacts(id, declared.analysis.syntacticTypeFacts(declared.type, 0));
      }
    }
    if (!typeNode) return undefined;
    return this.withFacts(id, this.syntacticTypeFacts(typeNode, 0));
  }

  /** The written return type of a called function, also for `declare function` (no body). */
  private declaredReturnType(callee: ts.Expression): { type: ts.TypeNode; analysis: FileAnalysis } | undefined {
    const target = this.resolveFunction(callee);
    if (target?.fn.type) return { type: target.fn.type, analysis: target.analysis };
    const e = stripParens(callee);
    if (!ts.isIdentifier(e)) return undefined;
    let decl = this.scope.resolve(e);
    let owner: FileAnalysis = this.analysis;
    if (decl && ts.isImportSpecifier(decl)) {
      const imported = this.importedDeclaration(decl);
      if (imported) { decl = imported.decl; owner = imported.analysis; }
    }
    if (decl && ts.isFunctionDeclaration(decl) && decl.type) return { type: decl.type, analysis: owner };
    return undefined;
  }

  private withFacts(node: ts.Node, facts: PersonalFact[] | undefined): Taint | undefined {
    return facts ? { value: this.value(node, facts) } : undefined;
  }

  protected typeNodeIsKnown(typeNode: ts.TypeNode): boolean {
    if (ts.isTypeLiteralNode(typeNode) || ts.isIndexedAccessTypeNode(typeNode) || ts.isLiteralTypeNode(typeNode)) return true;
    if (ts.isArrayTypeNode(typeNode)) return this.typeNodeIsKnown(typeNode.elementType);
    if (typeNode.kind === ts.SyntaxKind.StringKeyword || typeNode.kind === ts.SyntaxKind.NumberKeyword
      || typeNode.kind === ts.SyntaxKind.BooleanKeyword) return true;
    if (ts.isTypeReferenceNode(typeNode) && ts.isIdentifier(typeNode.typeName)) {
      const decl = this.scope.resolveName(typeNode.typeName.text, typeNode);
      return !!decl && (ts.isInterfaceDeclaration(decl) || ts.isTypeAliasDeclaration(decl) || ts.isClassDeclaration(decl));
    }
    return false;
  }

  /** Personal facts of a type written in code: `Customer`, `Customer[]`, `Promise<Customer>`, `{ email: string }`. */
  syntacticTypeFacts(typeNode: ts.TypeNode, depth: number): PersonalFact[] | undefined {
    if (depth > 3) return undefined;
    if (ts.isArrayTypeNode(typeNode)) return asCollection(this.syntacticTypeFacts(typeNode.elementType, depth + 1));
    if (ts.isUnionTypeNode(typeNode) || ts.isIntersectionTypeNode(typeNode)) {
      for (const t of typeNode.types) { const f = this.syntacticTypeFacts(t, depth + 1); if (f) return f; }
      return undefined;
    }
    if (ts.isParenthesizedTypeNode(typeNode)) return this.syntacticTypeFacts(typeNode.type, depth + 1);
    if (ts.isTypeLiteralNode(typeNode)) return this.membersFacts(typeNode.members, undefined);
    if (ts.isTypeReferenceNode(typeNode)) {
      const name = ts.isIdentifier(typeNode.typeName) ? typeNode.typeName.text : typeNode.typeName.right.text;
      if (['Promise', 'Array', 'ReadonlyArray', 'Readonly', 'Partial', 'Required', 'Set'].includes(name) && typeNode.typeArguments?.[0]) {
        const inner = this.syntacticTypeFacts(typeNode.typeArguments[0], depth + 1);
        return ['Array', 'ReadonlyArray', 'Set'].includes(name) ? asCollection(inner) : inner;
      }
      if (this.config.personalData.personalTypes.includes(name)) {
        return [{ category: 'name', field: name, via: 'config', typeName: name }];
      }
      // `Stripe.Checkout.Session`, `Stripe.Customer`: an SDK's record type, known by the catalogue of such types.
      const vendor = this.vendorFacts(typeNode);
      if (vendor) return vendor;
      if (!ts.isIdentifier(typeNode.typeName)) return undefined;
      return this.namedTypeFacts(name, typeNode, depth);
    }
    return undefined;
  }

  /** A declared type that is records of the code's own type (or a list of them) of which nothing is personal. */
  private namesRecordsWithoutFacts(typeNode: ts.TypeNode): boolean {
    const t = ts.isArrayTypeNode(typeNode) ? typeNode.elementType : typeNode;
    if (!ts.isTypeReferenceNode(t) || !ts.isIdentifier(t.typeName) || t.typeArguments?.length) return false;
    let decl: Declaration | undefined = this.scope.resolveName(t.typeName.text, t);
    // Only a type whose declaration is read: one that cannot be found says nothing.
    if (decl && ts.isImportSpecifier(decl)) decl = this.importedDeclaration(decl)?.decl;
    if (!decl || !(ts.isInterfaceDeclaration(decl) || ts.isClassDeclaration(decl) || ts.isTypeAliasDeclaration(decl))) return false;
    return !this.namedTypeFacts(t.typeName.text, t, 1);
  }

  /** Facts of an interface, class or type alias by name, including what it inherits (`extends Person`). */
  private namedTypeFacts(name: string, at: ts.Node, depth: number): PersonalFact[] | undefined {
    if (depth > 3) return undefined;
    let decl: Declaration | undefined = this.scope.resolveName(name, at);
    let owner: FileAnalysis = this.analysis;
    if (decl && ts.isImportSpecifier(decl)) {
      const imported = this.importedDeclaration(decl);
      if (imported) { decl = imported.decl; owner = imported.analysis; }
    }
    if (!decl) return undefined;
    if (ts.isInterfaceDeclaration(decl) || ts.isClassDeclaration(decl)) {
      const own = owner.membersFacts(decl.members, name);
      if (own) return own;
      for (const clause of decl.heritageClauses ?? []) {
        for (const base of clause.types) {
          if (!ts.isIdentifier(base.expression)) continue;
          const inherited = owner.namedTypeFacts(base.expression.text, base, depth + 1);
          if (inherited) return inherited.map((f) => ({ ...f, typeName: name }));
        }
      }
      return undefined;
    }
    if (ts.isTypeAliasDeclaration(decl)) {
      if (ts.isTypeLiteralNode(decl.type)) return owner.membersFacts(decl.type.members, name);
      return owner.syntacticTypeFacts(decl.type, depth + 1);
    }
    return undefined;
  }

  private membersFacts(members: ts.NodeArray<ts.TypeElement | ts.ClassElement>, typeName: string | undefined): PersonalFact[] | undefined {
    const facts: PersonalFact[] = [];
    const names: ts.Node[] = [];
    for (const m of members) {
      if (!(ts.isPropertySignature(m) || ts.isPropertyDeclaration(m))) continue;
      const n = propertyNameText(m.name);
      if (!n) continue;
      const field = markedField(m) ?? classifyField(n, this.vocabulary);
      if (!field) continue;
      if (m.type && m.type.kind === ts.SyntaxKind.BooleanKeyword) continue;
      if (m.type && m.type.kind === ts.SyntaxKind.NumberKeyword && isPluralTermName(n, this.vocabulary)) continue;
      // A property typed with literals (`kind: 'email' | 'sms'`) holds one of the code's constants.
      if (m.type && isLiteralTypeNode(m.type)) continue;
      if (field.category === 'address' && isNetworkAddress(n, members.map((x) => (x.name && propertyNameText(x.name as ts.PropertyName)) ?? ''))) continue;
      // `Address?: CustomFieldConfig[]`: a key that names a type, holding settings records with nothing personal.
      if (m.type && isTypeNameKey(n) && this.namesRecordsWithoutFacts(m.type)) continue;
      // A property holding a function (`findByEmail: (e: string) => …`) is a method, not a field.
      if ((m.type && ts.isFunctionTypeNode(m.type)) || (ts.isPropertyDeclaration(m) && m.initializer
        && (ts.isArrowFunction(m.initializer) || ts.isFunctionExpression(m.initializer)))) continue;
      if (field.needsPerson || field.category === 'credential' || field.category === 'sessionToken') { names.push(m); continue; }
      if (field.category === 'myNumber' && m.type?.kind === ts.SyntaxKind.NumberKeyword && isAmbiguousMyNumberName(n)
        && !(typeName && isPersonNoun(typeName))) continue;
      facts.push({ category: field.category, field: n, via: 'type', typeName, path: n, declaration: m });
    }
    if (names.length && (facts.length || (typeName && isPersonNoun(typeName)))) {
      for (const m of names) {
        const n = propertyNameText((m as ts.PropertySignature).name)!;
        const category = keptCategory(classifyField(n, this.vocabulary)?.category);
        facts.unshift({ category, field: n, via: 'type', typeName, path: n, declaration: m });
      }
    }
    return facts.length ? this.orderFacts(facts) : chatMessageMemberFacts(members, typeName) ?? this.heldChatMessages(members, typeName);
  }

  /**
   * Chat messages a record holds, as written (`ChatOptions { messages: RequestMessage[] }`): what the checker finds one
   * level down in any record, read here for chat messages only.
   */
  private heldChatMessages(members: ts.NodeArray<ts.TypeElement | ts.ClassElement>, typeName: string | undefined): PersonalFact[] | undefined {
    // One level down only: a type that holds itself (`TreeNode { children: TreeNode[] }`) would otherwise be read
    // without end.
    // (Across files too: the flag is the module's, and the analysis runs on one thread.)
    if (readingHeldMessages) return undefined;
    readingHeldMessages = true;
    try {
      return this.heldChatMessagesOf(members, typeName);
    } finally {
      readingHeldMessages = false;
    }
  }

  private heldChatMessagesOf(members: ts.NodeArray<ts.TypeElement | ts.ClassElement>, typeName: string | undefined): PersonalFact[] | undefined {
    for (const m of members) {
      if (!(ts.isPropertySignature(m) || ts.isPropertyDeclaration(m)) || !m.type || m.questionToken) continue;
      const n = propertyNameText(m.name);
      let t: ts.TypeNode = m.type;
      if (ts.isArrayTypeNode(t)) t = t.elementType;
      if (!n || !ts.isTypeReferenceNode(t) || !ts.isIdentifier(t.typeName)) continue;
      const inner = this.namedTypeFacts(t.typeName.text, t, 2);
      if (inner?.length && inner.every((f) => f.category === 'input')) {
        const { collection: _listInside, ...f } = inner[0];
        return [{ ...f, typeName: typeName ?? f.typeName, path: `${n}.${f.path ?? f.field}` }];
      }
    }
    return undefined;
  }

  /** Whether an object is a person: its name (`customer`), its type (`Customer`, or one with personal fields). */
  /**
   * Whether an expression is a function: a method of the enclosing class read off `this`, a function or arrow the
   * code declares, or (with the checker) a value whose type has call signatures and no properties of a record.
   */
  private isFunctionValue(e: ts.Expression): boolean {
    if (ts.isPropertyAccessExpression(e) && e.expression.kind === ts.SyntaxKind.ThisKeyword) {
      const cls = ts.findAncestor(e, ts.isClassLike);
      if (cls?.members.some((m) => ts.isMethodDeclaration(m) && m.name && propertyNameText(m.name) === e.name.text)) return true;
    }
    if (ts.isIdentifier(e)) {
      const decl = this.scope.resolve(e);
      if (decl && ts.isFunctionDeclaration(decl)) return true;
      if (decl && ts.isVariableDeclaration(decl) && decl.initializer && ts.isVariableDeclarationList(decl.parent)
        && (decl.parent.flags & ts.NodeFlags.Const)) {
        const init = stripParens(decl.initializer);
        if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return true;
      }
    }
    if (this.checker && (ts.isIdentifier(e) || ts.isPropertyAccessExpression(e))) {
      const type = this.checker.getTypeAtLocation(e);
      return type.getCallSignatures().length > 0 && type.getProperties().length === 0 && !(type.flags & ts.TypeFlags.Any);
    }
    return false;
  }

  isPersonLike(object: ts.Expression, env: Env, d: number): boolean {
    const e = stripParens(object);
    // `this.name` of a TypeORM migration (`class AlterTableEmployee1688122296981 implements MigrationInterface`): the
    // migration's name, whatever table it alters.
    if (e.kind === ts.SyntaxKind.ThisKeyword && isMigrationClass(ts.findAncestor(e, ts.isClassLike))) return false;
    // `this.moveCustomer.name`, `createUser.name`: a function's name (a log's label), not a person's.
    if (this.isFunctionValue(e)) return false;
    const text = ts.isIdentifier(e) ? e.text : ts.isPropertyAccessExpression(e) ? e.name.text
      : e.kind === ts.SyntaxKind.ThisKeyword ? (ts.findAncestor(e, ts.isClassLike)?.name?.text ?? '') : '';
    if (text && isPersonNoun(text)) return true;
    // A program, a team, a job: its name is not a person's, whatever other fields its type has.
    if (text && isNonPersonOwner(text)) return false;
    if (this.checker) {
      const type = this.checker.getTypeAtLocation(e);
      const sym = type.aliasSymbol ?? type.getSymbol();
      if (sym && isPersonNoun(sym.name)) return true;
      if (sym && isNonPersonOwner(sym.name)) return false;
      // `CameraInfo | null`: a thing's record, whatever may stand in for it.
      const defined = type.isUnion() ? this.checker.getNonNullableType(type) : undefined;
      const definedSym = defined && (defined.aliasSymbol ?? defined.getSymbol());
      if (definedSym && isNonPersonOwner(definedSym.name)) return false;
      // Personal fields of its own make a person's record; one deep inside (`args.req.user.email` of an export's
      // arguments) makes a record that holds a person somewhere, whose own `name` is its own.
      if (this.typeFacts(type, 0)?.some((f) => !f.path?.includes('.'))) return true;
      // A record of a named type the code declares (an interface, a class, an alias) with no personal field and no
      // person's name: the type decides, so what a customer sent typed as `CreateApiKeyRequest` is not a person.
      if (sym && isDeclaredRecordType(type, sym)) return false;
    }
    if (ts.isIdentifier(e)) {
      const decl = this.scope.resolve(e);
      if (decl && (ts.isParameter(decl) || ts.isVariableDeclaration(decl)) && decl.type) {
        if (namesPersonType(decl.type)) return true;
        // `cameraLabel: CameraInfo | null`: a device's record, whatever ids it holds.
        if (namesNonPersonType(decl.type)) return false;
        if (this.syntacticTypeFacts(decl.type, 0)) return true;
        // A parameter declared as a record type of the code that names no person (`data: CreateApiKeyRequest`, an
        // alias of a schema whose fields cannot be read here): the declared type decides, even when a caller hands
        // it what a customer sent.
        if (ts.isParameter(decl) && this.namesDeclaredRecord(decl.type)) return false;
      }
      if (decl && ts.isVariableDeclaration(decl) && decl.initializer && this.isConstLike(decl) && d < MAX_DEPTH) {
        // `const exist = await find(uri) as MiRemoteUser | null`: cast to a person's type.
        for (let x: ts.Expression = decl.initializer; ts.isParenthesizedExpression(x) || ts.isAsExpression(x)
          || ts.isTypeAssertionExpression(x) || ts.isSatisfiesExpression(x); x = x.expression) {
          if (!ts.isParenthesizedExpression(x) && namesPersonType(x.type)) return true;
        }
        const init = stripParens(decl.initializer);
        // `const updated = { ...exist, ...changes }`: a copy of a person's record.
        if (ts.isObjectLiteralExpression(init)
          && init.properties.some((p) => ts.isSpreadAssignment(p) && this.isPersonLike(p.expression, env, d + 1))) return true;
      }
      if (decl && ts.isParameter(decl)) {
        const bound = env.bindings.get(decl);
        if (bound?.expr && d < MAX_DEPTH) return bound.analysis.isPersonLike(bound.expr, bound.env, d + 1);
      }
      // `.input(integrationCreateSchema).mutation(({ input }) => …)`: what its schema's name says it describes.
      if (decl && ts.isBindingElement(decl) && isProcedureInput(decl)) {
        const schema = procedureInputSchemaName(decl);
        if (schema && namesNonPersonThing(schema)) return false;
      }
    }
    // What a customer sent (`req.body.name`, `input.displayName`) is theirs, unless the handler it is sent to is
    // named for a thing (`postSimilarMetrics`, `createTeam`): then it is that thing's.
    return d < MAX_DEPTH && this.isInput(this.evaluate(e, env, d + 1)) && !handlerNamedForThing(e);
  }

  /** A reference to an interface, class or type alias of the code (declared or imported here), not a person's. */
  private namesDeclaredRecord(type: ts.TypeNode): boolean {
    if (!ts.isTypeReferenceNode(type) || type.typeArguments?.length || !ts.isIdentifier(type.typeName)) return false;
    if (UTILITY_TYPES.has(type.typeName.text) || CONTAINER_TYPES.has(type.typeName.text)) return false;
    const d = this.scope.resolveName(type.typeName.text, type);
    return !!d && (ts.isInterfaceDeclaration(d) || ts.isClassDeclaration(d) || ts.isTypeAliasDeclaration(d)
      || ts.isImportSpecifier(d) || ts.isImportClause(d));
  }

  /** An object literal with other personal fields (`{ name, myNumber: 1 }` on a person record). */
  isPersonLikeObjectLiteral(literal: ts.ObjectLiteralExpression): boolean {
    return literal.properties.some((p) => {
      const n = p.name && propertyNameText(p.name);
      const f = n ? classifyField(n, this.vocabulary) : undefined;
      return !!f && f.category !== 'myNumber' && !f.needsPerson;
    });
  }

  /**
   * `myNumber` is also an ordinary counter name: a number-typed local (declared `number`, initialised with a
   * number or arithmetic) is not a My Number. The romaji and Japanese names are never counters.
   */
  isMyNumberCounter(name: string, decl: Declaration): boolean {
    if (!isAmbiguousMyNumberName(name)) return false;
    if (!(ts.isVariableDeclaration(decl) || ts.isParameter(decl))) return false;
    if (decl.type) return decl.type.kind === ts.SyntaxKind.NumberKeyword && !this.initializerIsMyNumber(decl.initializer);
    const init = decl.initializer && stripParens(decl.initializer);
    if (init && (ts.isNumericLiteral(init) || (ts.isPrefixUnaryExpression(init) && ts.isNumericLiteral(init.operand))
      || (ts.isBinaryExpression(init) && [ts.SyntaxKind.MinusToken, ts.SyntaxKind.AsteriskToken, ts.SyntaxKind.SlashToken,
        ts.SyntaxKind.PercentToken].includes(init.operatorToken.kind)))) return true;
    if (this.checker && ts.isIdentifier(decl.name)) {
      const t = this.checker.getTypeAtLocation(decl.name);
      if (t.flags & ts.TypeFlags.NumberLike) return !this.initializerIsMyNumber(decl.initializer);
    }
    return false;
  }

  private initializerIsMyNumber(init: ts.Expression | undefined): boolean {
    if (!init) return false;
    const e = stripParens(init);
    const name = ts.isPropertyAccessExpression(e) ? e.name.text
      : ts.isElementAccessExpression(e) && ts.isStringLiteralLike(e.argumentExpression) ? e.argumentExpression.text : undefined;
    return !!name && classifyField(name, this.vocabulary)?.category === 'myNumber';
  }
}

/**
 * An explicit marker: a property documented with `@personal` (optionally `@personal contact`) is personal data of
 * that category (default `name`), whatever it is called.
 */
export function markedField(decl: ts.Node): FieldMatch | undefined {
  for (const tag of ts.getJSDocTags(decl)) {
    if (tag.tagName.text !== 'personal') continue;
    const comment = typeof tag.comment === 'string' ? tag.comment.trim().split(/\s+/)[0] : undefined;
    const category = (PERSONAL_CATEGORIES as readonly string[]).includes(comment ?? '') ? comment as PersonalCategory : 'name';
    return { category, needsPerson: false, qualifiers: [] };
  }
  return undefined;
}

/** The function a node is in is named for a thing that is not a person (`postSimilarMetrics`, `updateProjectSettings`). */
export function handlerNamedForThing(node: ts.Node): boolean {
  const fn = ts.findAncestor(node.parent, (n) => ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n)
    || ts.isArrowFunction(n) || ts.isMethodDeclaration(n));
  if (!fn) return false;
  let name: ts.Node | undefined = (fn as ts.FunctionDeclaration | ts.MethodDeclaration).name;
  if (!name && ts.isVariableDeclaration(fn.parent)) name = fn.parent.name;
  if (!name && ts.isPropertyAssignment(fn.parent)) name = fn.parent.name;
  if (name && ts.isIdentifier(name) && namesNonPersonThing(name.text)) return true;
  const resource = routeResource(fn);
  return !!resource && namesNonPersonThing(resource);
}

/** Words of a route's path that say what is done, not to what (`/teams/add`, `/projects/:id/update`). */
const ROUTE_ACTIONS: ReadonlySet<string> = new Set(['add', 'create', 'new', 'update', 'edit', 'delete', 'remove', 'get',
  'set', 'save', 'list', 'all', 'query', 'search', 'rename', 'change', 'upsert', 'patch', 'v1', 'v2', 'v3', 'api']);

/**
 * The resource a route handler's path names, the last word of it that is neither a parameter nor an action:
 * `teams` of `router.post('/teams/add', (req, res) => …)`, `projects` of `app.put('/projects/:id', …)`. What the
 * customer sends there describes that resource.
 */
function routeResource(fn: ts.Node): string | undefined {
  const call = fn.parent;
  if (!ts.isCallExpression(call) || !call.arguments.includes(fn as ts.Expression)) return undefined;
  const first = call.arguments[0] && stripParens(call.arguments[0]);
  if (!first || !ts.isStringLiteralLike(first) || !first.text.startsWith('/')) return undefined;
  const segments = first.text.split('/').filter((s) => s && !/^[:{[*]/.test(s) && !ROUTE_ACTIONS.has(s.toLowerCase()));
  return segments.pop();
}

/** A database migration class: it implements or extends a migration type, or its name ends in a timestamp. */
function isMigrationClass(cls: ts.ClassLikeDeclaration | undefined): boolean {
  if (!cls) return false;
  if (cls.name && /\d{10,}$/.test(cls.name.text)) return true;
  return !!cls.heritageClauses?.some((h) => h.types.some((t) => /Migration/.test(t.expression.getText())));
}

/** An object type the checker made from a JSON file (`import en from './en.json'`, `require('./en.json')`). */
function declaredInJson(type: ts.Type): boolean {
  const decl = type.getSymbol()?.declarations?.[0];
  return !!decl && decl.getSourceFile().fileName.toLowerCase().endsWith('.json');
}
