import axios from 'axios';
import { MAILER_BASE_URL } from '../config/endpoints';
import { logger } from '../lib/logger';
import type { Customer } from '../customers/types';
import type { Order } from '../orders/types';

/** Transactional mail goes through Mailer KK, a processor in Japan (registered in privacy-lint.json). */
const mailerApi = axios.create({ baseURL: MAILER_BASE_URL, timeout: 5000 });

logger.info({ hostname: new URL(MAILER_BASE_URL).hostname }, 'mailer client ready');

export async function sendWelcomeMail(customer: Customer): Promise<void> {
  const emailTemplateId = 'welcome-v3';
  await mailerApi.post('/messages', { to: customer.email, templateId: emailTemplateId, variables: { shimei: customer.shimei } });
  logger.info({ emailTemplateId, customerId: customer.id }, 'welcome mail queued');
}

export async function sendOrderConfirmation(customer: Customer, order: Order): Promise<void> {
  const variables = {
    shimei: customer.shimei,
    orderId: order.id,
    totalYen: order.totalYen,
    shippingAddress: order.shippingAddress,
  };
  await mailerApi.post('/messages', { to: customer.email, templateId: 'order-confirmation-v2', variables });
  logger.info({ orderId: order.id, emailVerified: customer.emailVerified }, 'order confirmation queued');
}
