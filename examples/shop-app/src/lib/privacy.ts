import { CONSENT_SERVICE_URL } from '../config/endpoints';

/** Purposes a customer can consent to, as shown on the privacy settings page. */
export type ConsentPurpose = 'crm' | 'analytics' | 'partner-points' | 'referral' | 'ai-support';

export interface ConsentEntry {
  granted: boolean;
  /** ISO timestamp of the customer's last choice. */
  at: string;
}

export type ConsentState = Partial<Record<ConsentPurpose, ConsentEntry>>;

/** Whether the customer's stored consent covers the purpose (uses the copy loaded with the customer). */
export function hasConsent(subject: { consents: ConsentState }, purpose: ConsentPurpose): boolean {
  return subject.consents[purpose]?.granted === true;
}

/** Whether the customer asked to stop direct marketing (§1(5)). */
export function isOptedOut(customer: { marketingOptOut?: boolean }): boolean {
  return customer.marketingOptOut === true;
}

/** Live consent checks against the consent service, for code that only has an id at hand. */
export const consent = {
  async isGranted(customerId: string, purpose: ConsentPurpose): Promise<boolean> {
    const res = await fetch(`${CONSENT_SERVICE_URL}/customers/${encodeURIComponent(customerId)}/consents/${purpose}`);
    if (!res.ok) return false;
    const body = (await res.json()) as { granted?: boolean };
    return body.granted === true;
  },
};

/** Masks a value for display and logs: `t***@example.jp`, `*******5678`. */
export function mask(value: string): string {
  const at = value.indexOf('@');
  if (at > 0) return `${value.slice(0, 1)}***${value.slice(at)}`;
  if (value.length <= 4) return '****';
  return '*'.repeat(value.length - 4) + value.slice(-4);
}
