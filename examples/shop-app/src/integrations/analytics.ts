import { Analytics } from '@segment/analytics-node';
import { SEGMENT_WRITE_KEY } from '../config/endpoints';
import { hasConsent } from '../lib/privacy';
import type { Customer } from '../customers/types';
import type { Order } from '../orders/types';

/** Product analytics (Segment). A third party: no registered processor, so data goes there only with consent. */
const analytics = new Analytics({ writeKey: SEGMENT_WRITE_KEY, flushAt: 20 });

export function identifyNewCustomer(customer: Customer): void {
  analytics.identify({ userId: customer.id, traits: { email: customer.email, createdAt: customer.createdAt } });
}

export function identifyReturningCustomer(customer: Customer): void {
  if (!hasConsent(customer, 'analytics')) return;
  analytics.identify({ userId: customer.id, traits: { email: customer.email, furigana: customer.furigana } });
}

export function trackOrderCompleted(customer: Customer, order: Order): void {
  analytics.track({
    userId: customer.id,
    event: 'Order Completed',
    properties: { orderId: order.id, totalYen: order.totalYen, itemCount: order.items.length },
  });
}

export async function flushAnalytics(): Promise<void> {
  await analytics.closeAndFlush();
}
