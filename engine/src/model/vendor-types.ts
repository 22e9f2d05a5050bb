/**
 * Record types of SDKs that hold a person's data (`Stripe.Customer`, `Stripe.Checkout.Session`), for when the SDK's
 * declarations cannot be read (dependencies not installed, a run without types): a value declared or cast with one
 * of them (`event.data.object as Stripe.Checkout.Session`) holds those fields. As data, in the manner of the sink
 * catalogue; with the declarations installed the checker reads the same fields from them.
 */
// A plain require: `import * as` would route every `ts.isX` call through an interop getter (measurably slow).
import ts = require('typescript');
import type { PersonalCategory } from '../vocabulary';
import type { PersonalFact } from './facts';
import type { Declaration } from './scope';

type FieldList = ReadonlyArray<readonly [path: string, category: PersonalCategory]>;

const STRIPE_CUSTOMER: FieldList = [['email', 'contact'], ['name', 'name'], ['phone', 'contact'], ['address', 'address'],
  ['shipping.name', 'name'], ['shipping.address', 'address']];
const STRIPE_BILLING: FieldList = [['billing_details.email', 'contact'], ['billing_details.name', 'name'],
  ['billing_details.phone', 'contact'], ['billing_details.address', 'address']];

/** Module → the type's path under the module's export (`Checkout.Session`) → its personal fields. */
const VENDOR_RECORD_TYPES: ReadonlyMap<string, ReadonlyMap<string, FieldList>> = new Map([
  ['stripe', new Map<string, FieldList>([
    ['Customer', STRIPE_CUSTOMER],
    ['Checkout.Session', [['customer_details.email', 'contact'], ['customer_details.name', 'name'],
      ['customer_details.phone', 'contact'], ['customer_details.address', 'address'], ['customer_email', 'contact']]],
    ['Charge', [...STRIPE_BILLING, ['receipt_email', 'contact']]],
    ['PaymentMethod', STRIPE_BILLING],
    ['PaymentIntent', [['receipt_email', 'contact'], ['shipping.name', 'name'], ['shipping.address', 'address']]],
    ['Invoice', [['customer_email', 'contact'], ['customer_name', 'name'], ['customer_phone', 'contact'],
      ['customer_address', 'address'], ['customer_shipping.address', 'address']]],
    // A webhook event carries the object it is about: a customer, a checkout session, an invoice … (`data.object`).
    ['Event', [['data.object.customer_email', 'contact'], ['data.object.email', 'contact'], ['data.object.name', 'name']]],
  ])],
]);

/** The names of a module's export that stand for the module itself (`import Stripe from 'stripe'`, `{ Stripe }`). */
const MODULE_NAMESPACES: ReadonlyMap<string, string> = new Map([['stripe', 'Stripe']]);

function entityNameParts(name: ts.EntityName): string[] {
  return ts.isIdentifier(name) ? [name.text] : [...entityNameParts(name.left), name.right.text];
}

/** A type reference through an import of an SDK whose record types are listed here, with what it is made of. */
function vendorTypeReference(typeNode: ts.TypeNode, resolveName: (name: string, at: ts.Node) => Declaration | undefined) {
  if (!ts.isTypeReferenceNode(typeNode)) return undefined;
  const parts = entityNameParts(typeNode.typeName);
  const decl = resolveName(parts[0], typeNode);
  if (!decl || !(ts.isImportClause(decl) || ts.isImportSpecifier(decl) || ts.isNamespaceImport(decl))) return undefined;
  const importDecl = ts.isImportClause(decl) ? decl.parent : ts.isNamespaceImport(decl) ? decl.parent.parent : decl.parent.parent.parent;
  if (!ts.isStringLiteral(importDecl.moduleSpecifier)) return undefined;
  const module = importDecl.moduleSpecifier.text;
  const types = VENDOR_RECORD_TYPES.get(module);
  return types ? { module, types, decl, parts } : undefined;
}

/**
 * Whether a type reference names any type of such an SDK (`Stripe.Subscription`, listed or not): a value cast to it
 * is that SDK's record, and what it holds is that type's, not what it was read off (`event.data.object as
 * Stripe.Subscription` holds a customer's id, whatever else the event carries).
 */
export function namesVendorType(typeNode: ts.TypeNode, resolveName: (name: string, at: ts.Node) => Declaration | undefined): boolean {
  return !!vendorTypeReference(typeNode, resolveName);
}

/**
 * The personal facts of a type reference that names a known SDK record type through an import (`Stripe.Customer`
 * with `import Stripe from 'stripe'`, `Stripe.Checkout.Session`), or undefined.
 */
export function vendorTypeFacts(typeNode: ts.TypeNode, resolveName: (name: string, at: ts.Node) => Declaration | undefined):
  PersonalFact[] | undefined {
  const found = vendorTypeReference(typeNode, resolveName);
  if (!found) return undefined;
  const { module, types, decl, parts } = found;
  // What the imported name stands for: the module itself (a default, namespace or `{ Stripe }` import) or one type.
  const imported = ts.isImportSpecifier(decl) ? (decl.propertyName ?? decl.name).text : undefined;
  const path = imported === undefined || imported === MODULE_NAMESPACES.get(module) ? parts.slice(1) : [imported, ...parts.slice(1)];
  const typeName = path.join('.');
  const fields = types.get(typeName);
  if (!fields) return undefined;
  const display = `${MODULE_NAMESPACES.get(module) ?? module}.${typeName}`;
  return fields.map(([p, category]) => ({ category, field: p.split('.').pop()!, via: 'type' as const, typeName: display, path: p }));
}
