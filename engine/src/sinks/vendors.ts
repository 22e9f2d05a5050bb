/**
 * Vendor ids: how `privacy-lint.json` names a catalogue vendor (`transfers.processors[].vendor`,
 * `transfers.destinations`, a declared function's `destination`). An id is a catalogue entry's id as
 * `--list-sinks` prints it (`stripe`, `slack-web-api`), or a vendor's name in lower case with dashes (`slack` for
 * both Slack entries, `datadog` for its three, `google-gemini`). A vendor named by id also covers the entries that
 * reach it through the same API hosts (`openai` covers LangChain's OpenAI models, which call `api.openai.com`).
 */
import type { SinkSpec, Vendor } from './types';

/** `Slack` → `slack`, `Customer.io` → `customer-io`, `PAY.JP` → `pay-jp`, `Yahoo! JAPAN Tag` → `yahoo-japan-tag`. */
export function vendorSlug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Vendor names that are not a party (`the model provider of the AI SDK call`): no name id for them. */
function isGenericVendorName(name: string): boolean {
  return /^the\b/i.test(name);
}

interface VendorIndex {
  /** Id → the entries it names directly. */
  byId: Map<string, SinkSpec[]>;
  ids: string[];
}

const indexes = new WeakMap<readonly SinkSpec[], VendorIndex>();

function indexOf(catalog: readonly SinkSpec[]): VendorIndex {
  let index = indexes.get(catalog);
  if (index) return index;
  const byId = new Map<string, SinkSpec[]>();
  const add = (id: string, spec: SinkSpec): void => {
    const list = byId.get(id);
    if (!list) byId.set(id, [spec]);
    else if (!list.includes(spec)) list.push(spec);
  };
  for (const spec of catalog) {
    if (!spec.vendor) continue;
    add(spec.id, spec);
    if (!isGenericVendorName(spec.vendor.name)) add(vendorSlug(spec.vendor.name), spec);
  }
  index = { byId, ids: [...byId.keys()].sort() };
  indexes.set(catalog, index);
  return index;
}

/** Every vendor id the catalogue knows, sorted (for validation and did-you-mean). */
export function vendorIds(catalog: readonly SinkSpec[]): readonly string[] {
  return indexOf(catalog).ids;
}

/**
 * The entries a vendor id stands for: those it names (by entry id or vendor name), and those whose vendor calls
 * one of their API hosts. Empty for an unknown id.
 */
export function specsOfVendor(catalog: readonly SinkSpec[], id: string): readonly SinkSpec[] {
  const named = indexOf(catalog).byId.get(id.toLowerCase()) ?? [];
  const hosts = new Set(named.flatMap((s) => s.vendor?.hosts ?? []));
  if (!hosts.size) return named;
  const out = [...named];
  for (const spec of catalog) {
    if (!out.includes(spec) && spec.vendor?.hosts?.some((h) => hosts.has(h))) out.push(spec);
  }
  return out;
}

/** The vendor record an id stands for (the first entry it names), for messages and default countries. */
export function vendorOf(catalog: readonly SinkSpec[], id: string): Vendor | undefined {
  return indexOf(catalog).byId.get(id.toLowerCase())?.[0]?.vendor;
}
