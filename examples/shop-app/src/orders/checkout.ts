import Stripe from 'stripe';
import type { Customer } from '../customers/types';
import type { Order } from './types';

/**
 * Card payments go through Stripe Checkout. Stripe, Inc. handles the data in the United States as a processor
 * (registered by vendor in privacy-lint.json).
 */
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '');

/** Opens a Stripe Checkout page for an order; Stripe's page collects the card. */
export async function startCheckout(customer: Customer, order: Order): Promise<string | null> {
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    client_reference_id: order.id,
    customer_email: customer.email,
    line_items: order.items.map((item) => ({
      quantity: item.quantity,
      price_data: { currency: 'jpy', unit_amount: item.unitPriceYen, product_data: { name: item.title } },
    })),
    success_url: 'https://shop.example.jp/orders/thanks',
  });
  return session.url;
}

/** Refunds a cancelled order. */
export async function refundOrder(order: Order, paymentIntentId: string): Promise<void> {
  await stripe.refunds.create({ payment_intent: paymentIntentId, amount: order.totalYen, metadata: { orderId: order.id } });
}
