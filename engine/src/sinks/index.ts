/**
 * The sink catalog, as data: where personal data can leave the program, one file per family. Each entry says how
 * the sink is reached in code, which calls send, how the destination is found and who receives the data
 * (`./types`). Cookies, web storage and marketing senders slot in as new `kind`s with entries of the same shape.
 */
import type { SinkSpec } from './types';
import { LOG_SINKS } from './logs';
import { HTTP_SINKS } from './http';
import { MONITORING_SINKS } from './monitoring';
import { ANALYTICS_SINKS } from './analytics';
import { ADVERTISING_SINKS } from './advertising';
import { MESSAGING_SINKS } from './messaging';
import { PAYMENT_SINKS } from './payments';
import { CRM_SINKS } from './crm';
import { LLM_SINKS } from './llm';
import { SEARCH_WORKFLOW_SINKS } from './search-workflow';
import { IDENTITY_SINKS } from './identity';
import { STORAGE_SINKS } from '../sinks-storage';

export * from './types';
export { vendorIds, vendorSlug, specsOfVendor, vendorOf } from './vendors';

export const SINK_CATALOG: readonly SinkSpec[] = [
  ...LOG_SINKS, ...HTTP_SINKS, ...MONITORING_SINKS, ...ANALYTICS_SINKS, ...ADVERTISING_SINKS, ...MESSAGING_SINKS,
  ...PAYMENT_SINKS, ...CRM_SINKS, ...LLM_SINKS, ...SEARCH_WORKFLOW_SINKS, ...IDENTITY_SINKS, ...STORAGE_SINKS,
];


/** Whether an import source matches a catalog module pattern (`@sentry/*` matches `@sentry/node`). */
export function moduleMatches(pattern: string, source: string, exportName: string): boolean {
  const [mod, exp] = pattern.split('#');
  const modOk = mod.endsWith('/*') ? source.startsWith(mod.slice(0, -1)) : source === mod;
  if (!modOk) return false;
  if (exp) return exportName === exp;
  return exportName === 'default' || exportName === '*';
}

/** What an import brings in, in catalog terms. */
export interface ImportedSink {
  spec: SinkSpec;
  /**
   * `module`: the module object (`import axios from 'axios'`, `import * as Sentry from '@sentry/node'`,
   * `import { Logger } from '@nestjs/common'`); `factory`: a named export that makes clients (`Resend`,
   * `createClient`, `usePostHog`); `function`: a named export that sends (`generateText`, `captureException`).
   */
  role: 'module' | 'factory' | 'function';
  /** The sending function's name, for `function`. */
  method?: string;
}

const importCache = new Map<string, ImportedSink | null>();

/** The module part of a pattern matches the import source (`@sentry/*` matches `@sentry/node`). */
function moduleBaseMatches(pattern: string, source: string): boolean {
  const mod = pattern.split('#')[0];
  return mod.endsWith('/*') ? source.startsWith(mod.slice(0, -1)) : source === mod;
}

/**
 * The catalog entry an import brings in, and as what: the module object, a client factory or a sending function.
 * Memoized: the catalog is fixed and the same imports recur in every file.
 */
export function specForImport(source: string, exportName: string): ImportedSink | undefined {
  if (source.startsWith('.')) return undefined; // the project's own modules are followed, not looked up
  const key = `${source}\0${exportName}`;
  const known = importCache.get(key);
  if (known !== undefined) return known ?? undefined;
  let found: ImportedSink | undefined;
  const exact = SINK_CATALOG.find((spec) => spec.modules?.some((m) => moduleMatches(m, source, exportName)));
  if (exact) found = { spec: exact, role: 'module' };
  else if (exportName !== 'default' && exportName !== '*') {
    for (const spec of SINK_CATALOG) {
      if (!spec.modules?.some((m) => moduleBaseMatches(m, source))) continue;
      if (spec.methods?.includes(exportName)) { found = { spec, role: 'function', method: exportName }; break; }
      if (spec.factories?.includes(exportName)) { found = { spec, role: 'factory' }; break; }
    }
  }
  importCache.set(key, found ?? null);
  return found;
}

/**
 * An application's own e-mail service, known only by its name (`mailService.send({ to, … })`, `this.mailer.sendMail(…)`,
 * `emailService.sendEmail(…)`): used when nothing says what the receiver is (an object handed around untyped, as in
 * `crowi.mailService`). It sends through a mail server the code does not name, so the destination is unknown. Not
 * part of the catalogue (`--list-sinks`): it names no SDK.
 */
export const MAIL_SERVICE_BY_NAME: SinkSpec = {
  id: 'mail-service-by-name', kind: 'transfer', family: 'messaging', label: 'e-mail service',
  receiverPattern: /^(e?mail(er)?|e?mail_?(service|client|sender|transport|transporter)|smtp(_?client|_?transport)?|transporter)$/i,
  instanceMethods: ['send', 'sendMail', 'sendEmail', 'sendTemplate', 'sendTemplatedEmail', 'sendHtml', 'sendHtmlMail'],
};

/** Every method name that can send (the last segment of dotted ones too): a cheap first test for a call. */
export const SINK_METHOD_NAMES: ReadonlySet<string> = new Set([...SINK_CATALOG, MAIL_SERVICE_BY_NAME].flatMap((spec) =>
  [...(spec.methods ?? []), ...(spec.instanceMethods ?? []), ...(spec.chainMethods ?? [])].map((m) => m.split('.').pop()!)));

const vendorByHost = new Map<string, SinkSpec | null>();

/** The catalog entry whose vendor serves this host (`api.resend.com` → Resend), for URLs written in code. */
export function specForHost(host: string): SinkSpec | undefined {
  const known = vendorByHost.get(host);
  if (known !== undefined) return known ?? undefined;
  // A host can match a pattern only if it ends with the pattern's text after its last `*` (before a port, or with
  // it): a cheap test before the pattern, since every new host of a run was tried against every vendor's hosts.
  const lower = host.toLowerCase();
  const bare = lower.replace(/:\d+$/, '');
  const found = SINK_CATALOG.find((spec) => spec.vendor?.hosts?.some((h) => {
    const tail = hostTail(h);
    return (bare.endsWith(tail) || lower.endsWith(tail)) && hostGlob(h).test(host);
  }));
  vendorByHost.set(host, found ?? null);
  return found;
}

const tails = new Map<string, string>();
/** A host pattern's text after its last `*`, lower case (the whole pattern when it has none). */
function hostTail(pattern: string): string {
  let tail = tails.get(pattern);
  if (tail === undefined) { tail = pattern.slice(pattern.lastIndexOf('*') + 1).toLowerCase(); tails.set(pattern, tail); }
  return tail;
}

const globs = new Map<string, RegExp>();
function hostGlob(pattern: string): RegExp {
  let re = globs.get(pattern);
  if (!re) {
    re = new RegExp('^' + pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+') + '(:\\d+)?$', 'i');
    globs.set(pattern, re);
  }
  return re;
}
