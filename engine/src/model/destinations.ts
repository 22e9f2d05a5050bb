/**
 * Classifies where a transfer goes, from the URL text (or its literal prefix) the model could resolve:
 * relative → internal; `transfers.internalHosts` → internal; `myNumber.permittedDestinations` → permitted
 * (a provision the law requires); `transfers.processors[].host` → processor with its country; any other
 * host → external; nothing resolvable → unknown.
 */
import type * as ts from 'typescript';
import type { ResolvedConfig } from '../config/types';
import type { Destination } from './facts';

export interface UrlValue {
  /** The URL text, or the literal prefix it starts with when `complete` is false. */
  text: string;
  complete: boolean;
  /** Where it was written. */
  node?: ts.Node;
  /** It came (partly) from an unbound parameter of the enclosing function. */
  dependsOnParams?: boolean;
}

/** Host-glob matching: `*.example.internal` matches any subdomain; a bare host matches itself. */
export function hostMatches(pattern: string, host: string): boolean {
  return hostPattern(pattern).test(host.toLowerCase());
}

const hostPatterns = new Map<string, RegExp>();

/** The pattern as a regular expression (compiled once: every transfer is classified against every entry). */
function hostPattern(pattern: string): RegExp {
  let re = hostPatterns.get(pattern);
  if (!re) {
    const p = pattern.toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/\/.*$/, '');
    const body = p.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.+');
    re = new RegExp('^' + body + (p.includes(':') ? '$' : '(:\\d+)?$'));
    hostPatterns.set(pattern, re);
  }
  return re;
}

/** The host of an absolute URL, or undefined when the text does not yet contain a whole host. */
export function hostOf(url: UrlValue): string | undefined {
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#]*)([/?#].*)?$/i.exec(url.text);
  if (!m) return undefined;
  if (!url.complete && m[2] === undefined) return undefined; // `https://${tenant}.example.com`
  return m[1].replace(/^[^@]*@/, '').toLowerCase();
}

const classified = new WeakMap<ResolvedConfig, Map<string, Destination>>();

/** Where a URL goes under a config (memoized per config: the same endpoints recur across a project). */
export function classifyUrl(url: UrlValue | undefined, config: ResolvedConfig): Destination {
  if (!url) return classifyUrlUncached(url, config);
  let byUrl = classified.get(config);
  if (!byUrl) { byUrl = new Map(); classified.set(config, byUrl); }
  const key = `${url.complete ? 1 : 0}${url.text}`;
  let d = byUrl.get(key);
  if (!d) { d = classifyUrlUncached({ ...url, node: undefined }, config); byUrl.set(key, d); }
  return url.node ? { ...d, node: url.node } : d;
}

function classifyUrlUncached(url: UrlValue | undefined, config: ResolvedConfig): Destination {
  if (!url || (!url.complete && url.text === '')) return { kind: 'unknown', label: 'an unresolved URL', node: url?.node };
  const absolute = /^([a-z][a-z0-9+.-]*:)?\/\//i.test(url.text);
  if (!absolute) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(url.text)) return { kind: 'unknown', label: url.text.split(':')[0] + ': URL', node: url.node };
    if (!url.complete && !url.text.startsWith('/') && !url.text.startsWith('.')) {
      return { kind: 'unknown', label: 'an unresolved URL', node: url.node };
    }
    return { kind: 'internal', label: 'a relative URL (same origin)', node: url.node };
  }
  const host = hostOf(url);
  if (!host) return { kind: 'unknown', label: 'an unresolved host', node: url.node };
  const bare = host.replace(/:\d+$/, '');
  if (config.myNumber.permittedDestinations.some((p) => hostMatches(p, host))) {
    return { kind: 'permitted', host: bare, label: bare, node: url.node };
  }
  if (config.transfers.internalHosts.some((p) => hostMatches(p, host))
    || bare === 'localhost' || bare === '127.0.0.1' || bare === '[::1]') {
    return { kind: 'internal', host: bare, label: bare, node: url.node };
  }
  const processor = config.transfers.processors.find((p) => hostMatches(p.host, host));
  if (processor) {
    return { kind: 'processor', host: bare, country: processor.country.toUpperCase(), processorName: processor.name,
      label: processor.name ? `${processor.name} (${bare})` : bare, node: url.node };
  }
  return { kind: 'external', host: bare, label: bare, node: url.node };
}
