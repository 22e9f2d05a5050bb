import axios from 'axios';
import { MAILER_BASE_URL } from '../config/endpoints';
import { logger } from '../lib/logger';
import { isOptedOut } from '../lib/privacy';
import type { Customer } from '../customers/types';

/** Campaign mail goes through Mailer KK, a processor in Japan (registered in privacy-lint.json). */
const mailerApi = axios.create({ baseURL: MAILER_BASE_URL, timeout: 5000 });

async function sendCampaignMail(customer: Customer, templateId: string): Promise<void> {
  await mailerApi.post('/messages', { to: customer.email, templateId });
}

/** The weekly newsletter skips customers who asked to stop marketing mail. */
export async function sendWeeklyNewsletter(customers: Customer[]): Promise<number> {
  const recipients = customers.filter((c) => !isOptedOut(c));
  for (const c of recipients) await sendCampaignMail(c, 'newsletter-weekly');
  return recipients.length;
}

/** The spring sale goes to every customer. */
export async function sendSpringSale(customers: Customer[]): Promise<void> {
  for (const customer of customers) await sendCampaignMail(customer, 'spring-sale-2026');
  logger.info({ queued: customers.length }, 'spring sale queued');
}
