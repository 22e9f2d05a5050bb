import axios from 'axios';
import { CRM_BASE_URL } from '../config/endpoints';
import { consent, hasConsent } from '../lib/privacy';
import { logger } from '../lib/logger';
import type { Customer } from '../customers/types';
import type { Order } from '../orders/types';

/**
 * CRM Example Inc. hosts the sales team's CRM in the United States. It is a registered processor abroad, so
 * (policy §2(1)) a customer's data may only go there after the customer agreed to it.
 */
const crm = axios.create({ baseURL: CRM_BASE_URL, timeout: 10_000 });

/** Creates or updates the CRM contact, for customers who opted in on the privacy settings page. */
export async function upsertContact(customer: Customer): Promise<void> {
  if (!hasConsent(customer, 'crm')) {
    logger.debug({ customerId: customer.id }, 'crm sync skipped: no consent');
    return;
  }
  await crm.put(`/contacts/${customer.id}`, { name: customer.shimei, email: customer.email, phone: customer.denwaBango });
}

/** Records a closed deal so the account managers see the order in the CRM. */
export async function recordDeal(customer: Customer, order: Order): Promise<void> {
  await crm.post('/deals', { contact: customer, amount: order.totalYen, currency: 'JPY', closedAt: order.placedAt });
  logger.info({ orderId: order.id }, 'deal recorded in crm');
}

/** Consulting leads: only the id is at hand, so the live consent service is asked first. */
export async function pushLead(customer: Customer, topic: string): Promise<void> {
  if (await consent.isGranted(customer.id, 'crm')) {
    await crm.post('/leads', { email: customer.email, name: customer.shimei, topic });
  }
}
