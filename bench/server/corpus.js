'use strict';
/**
 * Corpora of the language-server benchmark (bench/server.js), generated deterministically into bench/.corpus/server/:
 *
 * - `project-<N>/`: the application of bench/generate.js (default 200 files, with its tsconfig.json, vendor.d.ts and
 *   privacy-lint.json) plus one hand-shaped 3,000-line file, `src/app/customer-orders.ts`: typed customers,
 *   orders, shipments and invoices, loggers (pino and console), fetch / axios / Sentry / Segment calls, consent
 *   guards, masking, some personal-data flows and many near misses. It imports the shared modules of the
 *   application and one of its domains, so with types the language service loads the whole project.
 *   `editLine` is the line (0-based) inside a function body where `customer: Customer` is in scope; the latency
 *   benchmark types `console.log(customer.email);` there and deletes it again.
 * - `workspace-<N>/`: the application of bench/generate.js with N files (default 2,000) for the memory benchmark.
 * - `project-<N>/` with N = the workspace size: the same 3,000-line file in that bigger application, for a
 *   supplementary with-types latency measurement (how the latency grows with the project).
 *
 * Output depends only on (project files, workspace files, seed, SERVER_CORPUS_VERSION, bench/generate.js version).
 */
const fs = require('node:fs');
const path = require('node:path');
const { CORPUS_DIR } = require('../corpora');
const { generate, GENERATOR_VERSION } = require('../generate');

const SERVER_CORPUS_DIR = path.join(CORPUS_DIR, 'server');
const SERVER_CORPUS_VERSION = 1;
const BIG_FILE = 'src/app/customer-orders.ts';
const BIG_FILE_LINES = 3000;

// The benchmark generator's seeded PRNG, so every corpus and fuzz round is reproducible the same way.
const { mulberry32 } = require('../generate');

const PERSONAL = ['fullName', 'furigana', 'email', 'phoneNumber', 'address', 'postalCode', 'birthDate'];
const EVENTS = ['Order Placed', 'Order Paid', 'Order Shipped', 'Order Refunded', 'Cart Abandoned', 'Coupon Applied'];
const CARRIERS = ['yamato', 'sagawa', 'japanpost', 'dhl'];
const SEGMENTS = ['new', 'regular', 'vip', 'dormant'];

const HEADER = `/**
 * Customers and orders of the generated application (bench/server/corpus.js): one big module, the way some real
 * codebases keep a whole feature in one file. Typed entities, loggers, HTTP calls, consent guards, masking.
 */
import * as Sentry from '@sentry/node';
import axios from 'axios';
import { logger } from '../lib/logger';
import { consent, hasConsent, mask, type ConsentState } from '../lib/privacy';
import { analytics, crmApi, internalApi, mailerApi, partnerApi } from '../lib/clients';
import { postJson } from '../lib/http';
import { chunk, groupBy, isNonEmptyString, type Page, type Result } from '../lib/result';
import { CRM_URL, INTERNAL_API_URL, MAILER_URL, PARTNER_URL } from '../config/endpoints';
import { Customer1Repository } from '../customer1/repository';
import type { Customer1 } from '../customer1/types';

export type CustomerStatus = 'active' | 'pending' | 'suspended' | 'closed';
export type OrderStatus = 'draft' | 'placed' | 'paid' | 'shipped' | 'delivered' | 'cancelled' | 'refunded';
export type Currency = 'JPY' | 'USD' | 'EUR';
export type Segment = ${SEGMENTS.map((s) => `'${s}'`).join(' | ')};

/** A customer of the shop. */
export interface Customer {
  id: string;
  fullName: string;
  furigana: string;
  email: string;
  phoneNumber: string;
  address: string;
  postalCode: string;
  birthDate: string;
  status: CustomerStatus;
  consents: ConsentState;
  loyaltyPoints: number;
  segment: Segment;
  locale: string;
  createdAt: string;
}

export interface OrderLine {
  sku: string;
  name: string;
  quantity: number;
  unitPrice: number;
  taxRate: number;
}

export interface Order {
  id: string;
  customerId: string;
  lines: OrderLine[];
  currency: Currency;
  shippingAddress: string;
  shippingPostalCode: string;
  status: OrderStatus;
  placedAt: string;
  couponCode?: string;
  note?: string;
}

export interface Shipment {
  id: string;
  orderId: string;
  carrier: string;
  trackingNumber: string;
  recipientName: string;
  recipientPhone: string;
  shippedAt?: string;
}

export interface Invoice {
  id: string;
  orderId: string;
  billingName: string;
  subtotal: number;
  tax: number;
  total: number;
  currency: Currency;
  issuedAt: string;
}

export interface OrderTotals {
  subtotal: number;
  tax: number;
  total: number;
  items: number;
}

const customers = new Map<string, Customer>();
const orders = new Map<string, Order>();
const legacyRepository = new Customer1Repository();
const partnerHttp = axios.create({ baseURL: 'https://api.loyalty-partner.example.net/v2', timeout: 4000 });
const auditHttp = axios.create({ baseURL: 'https://audit.corp.internal/v2', timeout: 2000 });

void [consent, hasConsent, mask, analytics, crmApi, internalApi, mailerApi, partnerApi, postJson, chunk, groupBy,
  isNonEmptyString, CRM_URL, INTERNAL_API_URL, MAILER_URL, PARTNER_URL, legacyRepository, partnerHttp, auditHttp, Sentry];

export function totalsOf(order: Order): OrderTotals {
  let subtotal = 0;
  let tax = 0;
  let items = 0;
  for (const line of order.lines) {
    const amount = line.quantity * line.unitPrice;
    subtotal += amount;
    tax += Math.round(amount * line.taxRate);
    items += line.quantity;
  }
  return { subtotal, tax, total: subtotal + tax, items };
}

export function fromLegacy(record: Customer1): Pick<Customer, 'id' | 'status' | 'consents' | 'createdAt'> {
  return { id: record.id, status: record.status, consents: record.consents, createdAt: record.createdAt };
}
`;

/** Blocks of the big file: each returns its lines; `k` makes names unique, `r` is the PRNG. */
const BLOCKS = [
  function loadCustomer(k, r) {
    const leak = r() < 0.25;
    return [
      `export async function loadCustomer${k}(id: string): Promise<Customer | undefined> {`,
      `  const cached = customers.get(id);`,
      `  if (cached) return cached;`,
      `  const res = await fetch(\`\${INTERNAL_API_URL}/customers/\${encodeURIComponent(id)}\`);`,
      `  if (!res.ok) {`,
      `    logger.warn({ customerId: id, status: res.status }, 'customer lookup failed');`,
      `    return undefined;`,
      `  }`,
      `  const customer = (await res.json()) as Customer;`,
      `  customers.set(customer.id, customer);`,
      leak ? `  logger.info({ customerId: customer.id, email: customer.email }, 'customer loaded');`
        : `  logger.info({ customerId: customer.id, segment: customer.segment }, 'customer loaded');`,
      `  return customer;`,
      `}`,
    ];
  },
  function confirmOrder(k, r) {
    const field = PERSONAL[Math.floor(r() * 3)];
    return [
      `export async function confirmOrder${k}(customer: Customer, order: Order): Promise<void> {`,
      `  const totals = totalsOf(order);`,
      `  if (totals.items === 0) {`,
      `    logger.warn({ orderId: order.id }, 'empty order not confirmed');`,
      `    return;`,
      `  }`,
      `  await fetch(\`\${MAILER_URL}/messages\`, {`,
      `    method: 'POST',`,
      `    headers: { 'content-type': 'application/json' },`,
      `    body: JSON.stringify({ to: customer.email, template: 'order-confirmed', name: customer.${field}, total: totals.total }),`,
      `  });`,
      `  order.status = 'placed';`,
      `  orders.set(order.id, order);`,
      `  logger.info({ orderId: order.id, customerId: customer.id, total: totals.total }, 'order confirmed');`,
      `}`,
    ];
  },
  function syncToCrm(k, r) {
    const guarded = r() < 0.6;
    const field = PERSONAL[Math.floor(r() * PERSONAL.length)];
    const call = `await crmApi.post('/contacts', { ref: customer.id, ${field}: customer.${field}, segment: customer.segment });`;
    return [
      `export async function syncCustomerToCrm${k}(customer: Customer): Promise<boolean> {`,
      `  if (customer.status !== 'active') return false;`,
      ...(guarded ? [`  if (!hasConsent(customer, 'crm')) {`, `    logger.debug({ customerId: customer.id }, 'crm sync skipped: no consent');`, `    return false;`, `  }`, `  ${call}`]
        : [`  ${call}`]),
      `  logger.info({ customerId: customer.id }, 'customer synced to crm');`,
      `  return true;`,
      `}`,
    ];
  },
  function shareWithPartner(k, r) {
    const guard = r();
    const field = PERSONAL[Math.floor(r() * PERSONAL.length)];
    const send = [
      `  const res = await fetch(\`\${PARTNER_URL}/members\`, {`,
      `    method: 'POST',`,
      `    body: JSON.stringify({ memberRef: customer.id, ${field}: customer.${field}, points: customer.loyaltyPoints }),`,
      `  });`,
    ];
    const body = guard < 0.4 ? [`  if (!(await consent.isGranted(customer.id, 'partner'))) return 0;`, ...send]
      : guard < 0.7 ? [`  if (!hasConsent(customer, 'partner')) return 0;`, ...send]
        : send;
    return [
      `export async function shareLoyaltyWithPartner${k}(customer: Customer): Promise<number> {`,
      ...body,
      `  if (!res.ok) logger.error({ customerId: customer.id, status: res.status }, 'partner share failed');`,
      `  return res.status;`,
      `}`,
    ];
  },
  function invoice(k) {
    return [
      `export function issueInvoice${k}(customer: Customer, order: Order, issuedAt = new Date().toISOString()): Invoice {`,
      `  const totals = totalsOf(order);`,
      `  const discount = order.couponCode ? Math.min(500, Math.floor(totals.subtotal * 0.05)) : 0;`,
      `  const subtotal = totals.subtotal - discount;`,
      `  const tax = order.currency === 'JPY' ? Math.floor(subtotal * 0.1) : Math.round(subtotal * 0.08 * 100) / 100;`,
      `  const invoice: Invoice = {`,
      `    id: \`inv-\${order.id}-${k}\`,`,
      `    orderId: order.id,`,
      `    billingName: customer.fullName,`,
      `    subtotal,`,
      `    tax,`,
      `    total: subtotal + tax,`,
      `    currency: order.currency,`,
      `    issuedAt,`,
      `  };`,
      `  logger.info({ invoiceId: invoice.id, orderId: order.id, total: invoice.total }, 'invoice issued');`,
      `  return invoice;`,
      `}`,
    ];
  },
  function addressLabel(k, r) {
    const masked = r() < 0.5;
    return [
      `export function shippingLabel${k}(customer: Customer, order: Order): string[] {`,
      `  const lines = [\`〒\${order.shippingPostalCode}\`, order.shippingAddress, \`\${customer.fullName} 様\`];`,
      `  if (customer.phoneNumber) lines.push(\`TEL \${customer.phoneNumber}\`);`,
      `  if (order.note && order.note.length <= 40) lines.push(order.note);`,
      masked ? `  logger.debug({ orderId: order.id, to: mask(customer.fullName) }, 'label printed');`
        : `  logger.debug({ orderId: order.id, lines: lines.length }, 'label printed');`,
      `  return lines;`,
      `}`,
    ];
  },
  function serviceClass(k, r) {
    const leak = r() < 0.3;
    return [
      `export class OrderBook${k} {`,
      `  private readonly byCustomer = new Map<string, Order[]>();`,
      ``,
      `  add(order: Order): void {`,
      `    const list = this.byCustomer.get(order.customerId) ?? [];`,
      `    list.push(order);`,
      `    this.byCustomer.set(order.customerId, list);`,
      `  }`,
      ``,
      `  ordersOf(customer: Customer, status?: OrderStatus): Order[] {`,
      `    const list = this.byCustomer.get(customer.id) ?? [];`,
      `    return status ? list.filter((o) => o.status === status) : [...list];`,
      `  }`,
      ``,
      `  lifetimeValue(customer: Customer): number {`,
      `    let sum = 0;`,
      `    for (const order of this.ordersOf(customer)) {`,
      `      if (order.status === 'cancelled' || order.status === 'refunded') continue;`,
      `      sum += totalsOf(order).total;`,
      `    }`,
      leak ? `    console.log(\`lifetime value of \${customer.fullName}: \${sum}\`);`
        : `    console.log(\`lifetime value of \${customer.id}: \${sum}\`);`,
      `    return sum;`,
      `  }`,
      ``,
      `  async cancel(customer: Customer, orderId: string): Promise<boolean> {`,
      `    const order = this.ordersOf(customer).find((o) => o.id === orderId);`,
      `    if (!order || order.status === 'shipped' || order.status === 'delivered') return false;`,
      `    order.status = 'cancelled';`,
      `    await internalApi.post('/orders/cancelled', { orderId, customerId: customer.id, email: customer.email });`,
      `    return true;`,
      `  }`,
      `}`,
    ];
  },
  function validateOrder(k) {
    return [
      `export function validateOrder${k}(input: unknown): Result<Order> {`,
      `  if (typeof input !== 'object' || input === null) return { ok: false, errors: ['order must be an object'] };`,
      `  const body = input as Partial<Order>;`,
      `  const errors: string[] = [];`,
      `  if (!isNonEmptyString(body.id)) errors.push('id is required');`,
      `  if (!isNonEmptyString(body.customerId)) errors.push('customerId is required');`,
      `  if (!Array.isArray(body.lines) || body.lines.length === 0) errors.push('lines must not be empty');`,
      `  else {`,
      `    body.lines.forEach((line, i) => {`,
      `      if (!Number.isInteger(line.quantity) || line.quantity <= 0) errors.push(\`lines[\${i}].quantity must be positive\`);`,
      `      if (!(line.unitPrice >= 0)) errors.push(\`lines[\${i}].unitPrice must not be negative\`);`,
      `    });`,
      `  }`,
      `  if (body.currency !== 'JPY' && body.currency !== 'USD' && body.currency !== 'EUR') errors.push('currency is not supported');`,
      `  if (!isNonEmptyString(body.shippingPostalCode) || !/^\\d{3}-?\\d{4}$/.test(body.shippingPostalCode)) errors.push('postal code');`,
      `  if (errors.length > 0) return { ok: false, errors };`,
      `  return { ok: true, value: body as Order };`,
      `}`,
    ];
  },
  function track(k, r) {
    const event = EVENTS[Math.floor(r() * EVENTS.length)];
    const identify = r() < 0.5;
    return [
      `export function trackOrder${k}(customer: Customer, order: Order): void {`,
      `  const totals = totalsOf(order);`,
      `  analytics.track({ userId: customer.id, event: '${event}', properties: { orderId: order.id, total: totals.total, items: totals.items } });`,
      ...(identify ? [`  if (hasConsent(customer, 'analytics')) {`, `    analytics.identify({ userId: customer.id, traits: { email: customer.email, segment: customer.segment } });`, `  }`] : []),
      `}`,
    ];
  },
  function sentryScope(k, r) {
    const leak = r() < 0.35;
    return [
      `export async function withCustomerScope${k}<T>(customer: Customer, work: () => Promise<T>): Promise<T | undefined> {`,
      leak ? `  Sentry.setUser({ id: customer.id, email: customer.email });` : `  Sentry.setUser({ id: customer.id });`,
      `  try {`,
      `    return await work();`,
      `  } catch (err) {`,
      `    Sentry.captureException(err);`,
      `    logger.error({ customerId: customer.id, type: err instanceof Error ? err.name : 'unknown' }, 'work failed');`,
      `    return undefined;`,
      `  } finally {`,
      `    Sentry.setUser(null);`,
      `  }`,
      `}`,
    ];
  },
  function summarize(k) {
    return [
      `export function summarizeOrders${k}(list: readonly Order[], cursor?: string, size = 20): Page<OrderTotals & { id: string }> {`,
      `  const groups = groupBy(list, (o) => o.status);`,
      `  const counts: Partial<Record<OrderStatus, number>> = {};`,
      `  for (const [status, group] of Object.entries(groups)) counts[status as OrderStatus] = group?.length ?? 0;`,
      `  logger.debug({ counts }, 'orders summarized');`,
      `  const start = cursor ? list.findIndex((o) => o.id === cursor) + 1 : 0;`,
      `  const items = list.slice(start, start + size).map((o) => ({ id: o.id, ...totalsOf(o) }));`,
      `  const last = items[items.length - 1];`,
      `  return { items, total: list.length, cursor: items.length === size && last ? last.id : undefined };`,
      `}`,
    ];
  },
  function refund(k, r) {
    const leak = r() < 0.3;
    return [
      `export async function refundOrder${k}(customer: Customer, order: Order, reason: string): Promise<Result<number>> {`,
      `  if (order.status !== 'paid' && order.status !== 'shipped' && order.status !== 'delivered') {`,
      `    return { ok: false, errors: [\`order \${order.id} cannot be refunded in status \${order.status}\`] };`,
      `  }`,
      `  const amount = totalsOf(order).total;`,
      `  try {`,
      `    await auditHttp.post('/refunds', { orderId: order.id, customerId: customer.id, amount, reason });`,
      `    await postJson(\`\${INTERNAL_API_URL}/payments/refund\`, { orderId: order.id, amount });`,
      `  } catch (err) {`,
      leak ? `    logger.error({ err, customer }, 'refund failed');` : `    logger.error({ err, customerId: customer.id }, 'refund failed');`,
      `    return { ok: false, errors: ['refund failed'] };`,
      `  }`,
      `  order.status = 'refunded';`,
      `  return { ok: true, value: amount };`,
      `}`,
    ];
  },
  function ship(k, r) {
    const carrier = CARRIERS[Math.floor(r() * CARRIERS.length)];
    const external = r() < 0.5;
    return [
      `export async function createShipment${k}(customer: Customer, order: Order): Promise<Shipment> {`,
      `  const shipment: Shipment = {`,
      `    id: \`shp-\${order.id}\`,`,
      `    orderId: order.id,`,
      `    carrier: '${carrier}',`,
      `    trackingNumber: '',`,
      `    recipientName: customer.fullName,`,
      `    recipientPhone: customer.phoneNumber,`,
      `  };`,
      external
        ? `  const res = await partnerHttp.post<{ trackingNumber: string }>('/shipments', { ref: shipment.id, name: shipment.recipientName, phone: shipment.recipientPhone });`
        : `  const res = await internalApi.post<{ trackingNumber: string }>('/shipments', shipment);`,
      `  shipment.trackingNumber = res.data.trackingNumber;`,
      `  shipment.shippedAt = new Date().toISOString();`,
      `  logger.info({ shipmentId: shipment.id, carrier: shipment.carrier }, 'shipment created');`,
      `  return shipment;`,
      `}`,
    ];
  },
  function batch(k) {
    return [
      `export async function remindDormantCustomers${k}(list: readonly Customer[]): Promise<number> {`,
      `  let sent = 0;`,
      `  for (const group of chunk(list, 50)) {`,
      `    for (const customer of group) {`,
      `      if (customer.segment !== 'dormant' || customer.status !== 'active') continue;`,
      `      await mailerApi.post('/messages', { to: customer.email, templateId: 'we-miss-you', locale: customer.locale });`,
      `      sent++;`,
      `    }`,
      `  }`,
      `  logger.info({ sent, total: list.length }, 'dormant reminders sent');`,
      `  return sent;`,
      `}`,
    ];
  },
];

/** The function the benchmark edits; `editAt` is the index (in the returned lines) of the line to insert before. */
function editTarget() {
  const lines = [
    `export function recalculateLoyalty(customer: Customer, history: readonly Order[]): number {`,
    `  let points = 0;`,
    `  for (const order of history) {`,
    `    if (order.customerId !== customer.id || order.status !== 'delivered') continue;`,
    `    points += Math.floor(totalsOf(order).subtotal / 100);`,
    `  }`,
    `  customer.loyaltyPoints = points;`,
    `  logger.info({ customerId: customer.id, points }, 'loyalty recalculated');`,
    `  return points;`,
    `}`,
  ];
  return { lines, editAt: 2 };
}

/** The 3,000-line file and the 0-based line where the benchmark types. */
function bigFile(seed) {
  const r = mulberry32(seed);
  const out = HEADER.split('\n');
  if (out[out.length - 1] === '') out.pop();
  let editLine;
  let k = 0;
  const reserve = 40; // room for the closing catalog
  while (out.length < BIG_FILE_LINES - reserve) {
    if (editLine === undefined && out.length >= BIG_FILE_LINES / 2) {
      const t = editTarget();
      out.push('');
      editLine = out.length + t.editAt;
      out.push(...t.lines);
      continue;
    }
    const block = BLOCKS[k % BLOCKS.length](Math.floor(k / BLOCKS.length) + 1, r);
    if (out.length + 1 + block.length > BIG_FILE_LINES - reserve) break;
    out.push('', ...block);
    k++;
  }
  // Pad to exactly BIG_FILE_LINES lines with a SKU catalog (one entry per line).
  out.push('', 'export const SKU_CATALOG: readonly string[] = [');
  let n = 1;
  while (out.length < BIG_FILE_LINES - 1) out.push(`  'SKU-${String(n++).padStart(5, '0')}',`);
  out.push('];');
  return { text: out.join('\n') + '\n', editLine, lines: out.length };
}

function writeIfChanged(file, text) {
  try {
    if (fs.readFileSync(file, 'utf8') === text) return;
  } catch { /* missing */ }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

/** The application of bench/generate.js with `files` files plus the 3,000-line file. */
function project(dir, files, seed) {
  const app = generate({ files, seed, out: dir });
  const big = bigFile(seed);
  const bigPath = path.join(dir, BIG_FILE);
  writeIfChanged(bigPath, big.text);
  return {
    dir,
    files: app.sourceFiles + 1,
    lines: app.lines + big.lines,
    bigFile: { file: bigPath, lines: big.lines, bytes: Buffer.byteLength(big.text), editLine: big.editLine },
  };
}

/**
 * Generates (or reuses) the corpora; returns their paths and sizes. `large`: also the project with
 * `workspaceFiles` files around the 3,000-line file (a supplementary with-types latency measurement).
 */
function prepare({ projectFiles = 200, workspaceFiles = 2000, seed = 20240401, large = true } = {}) {
  const workspaceDir = path.join(SERVER_CORPUS_DIR, `workspace-${workspaceFiles}`);
  const workspace = generate({ files: workspaceFiles, seed, out: workspaceDir });
  return {
    version: SERVER_CORPUS_VERSION,
    generatorVersion: GENERATOR_VERSION,
    seed,
    project: project(path.join(SERVER_CORPUS_DIR, `project-${projectFiles}`), projectFiles, seed),
    ...(large ? { largeProject: project(path.join(SERVER_CORPUS_DIR, `project-${workspaceFiles}`), workspaceFiles, seed) } : {}),
    workspace: { dir: workspaceDir, files: workspace.sourceFiles, lines: workspace.lines },
  };
}

module.exports = { prepare, bigFile, SERVER_CORPUS_DIR, BIG_FILE };
