import { db } from '../lib/db';
import { logger } from '../lib/logger';
import { INVENTORY_SERVICE_URL } from '../config/endpoints';
import { sendOrderConfirmation } from '../integrations/mailer';
import { recordDeal } from '../integrations/crm';
import { trackOrderCompleted } from '../integrations/analytics';
import type { Customer } from '../customers/types';
import type { Cart, Order, OrderItem } from './types';

/** Numbers the lines of an order 1, 2, 3 … for the invoice. */
export function numberLines(items: OrderItem[]): OrderItem[] {
  let myNumber = 0;
  const numbered = items.map((item) => {
    myNumber++;
    return { ...item, lineNo: myNumber };
  });
  logger.debug({ lines: myNumber }, 'order lines numbered');
  return numbered;
}

function totalOf(items: OrderItem[]): number {
  return items.reduce((sum, item) => sum + item.quantity * item.unitPriceYen, 0);
}

export class OrderService {
  async placeOrder(customer: Customer, cart: Cart): Promise<Order> {
    const items = numberLines(cart.items);
    const result = await db.query<Order>(
      'INSERT INTO orders (customer_id, items, total_yen, shipping_address) VALUES ($1, $2, $3, $4) RETURNING *',
      [customer.id, JSON.stringify(items), totalOf(items), JSON.stringify(cart.shippingAddress)],
    );
    const order = result.rows[0];
    logger.info({ order }, 'order placed');

    await fetch(`${INVENTORY_SERVICE_URL}/reservations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ orderId: order.id, items: items.map((i) => ({ sku: i.sku, quantity: i.quantity })) }),
    });
    await sendOrderConfirmation(customer, order);
    trackOrderCompleted(customer, order);
    await recordDeal(customer, order);
    return order;
  }

  async findById(id: string): Promise<Order | undefined> {
    const result = await db.query<Order>('SELECT * FROM orders WHERE id = $1', [id]);
    return result.rows[0];
  }

  async listForCustomer(customerId: string): Promise<Order[]> {
    const result = await db.query<Order>('SELECT * FROM orders WHERE customer_id = $1 ORDER BY placed_at DESC', [customerId]);
    return result.rows;
  }

  async cancel(order: Order, reason: string): Promise<void> {
    await db.query("UPDATE orders SET status = 'cancelled' WHERE id = $1", [order.id]);
    logger.info({ orderId: order.id, totalYen: order.totalYen, reason }, 'order cancelled');
  }
}

export const orderService = new OrderService();
