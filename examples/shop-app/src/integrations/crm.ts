import { consent, hasConsent } from '../lib/privacy';
import { logger } from '../lib/logger';
import { crmClient } from '../lib/http-clients';
import type { Customer } from '../customers/types';
import type { Order } from '../orders/types';

// Policy §2(1): customer data goes to the CRM (a processor abroad) only after the customer agreed to it.

/** Creates or updates the CRM contact, for customers who opted in on the privacy settings page. */
export async function upsertContact(customer: Customer): Promise<void> {
  if (!hasConsent(customer, 'crm')) {
    logger.debug({ customerId: customer.id }, 'crm sync skipped: no consent');
    return;
  }
  await crmClient.put(`/contacts/${customer.id}`, { name: customer.shimei, email: customer.email, phone: customer.denwaBango });
}

/** Records a closed deal so the account managers see the order in the CRM. */
export async function recordDeal(customer: Customer, order: Order): Promise<void> {
  await crmClient.post('/deals', { contact: customer, amount: order.totalYen, currency: 'JPY', closedAt: order.placedAt });
  logger.info({ orderId: order.id }, 'deal recorded in crm');
}

/** Consulting leads: only the id is at hand, so the live consent service is asked first. */
export async function pushLead(customer: Customer, topic: string): Promise<void> {
  if (await consent.isGranted(customer.id, 'crm')) {
    await crmClient.post('/leads', { email: customer.email, name: customer.shimei, topic });
  }
}
