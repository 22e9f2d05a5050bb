import { Router } from 'express';
import { customerService } from '../customers/service';
import { orderService } from './service';
import { createShipment } from './shipping';
import { startCheckout } from './checkout';
import type { Cart } from './types';

export const orderRoutes = Router();

orderRoutes.post('/', async (req, res) => {
  const customer = await customerService.get(req.user.id);
  if (!customer) {
    res.status(403).end();
    return;
  }
  const cart = req.body as Cart;
  const order = await orderService.placeOrder(customer, cart);
  req.log.info({ orderId: order.id, items: order.items.length }, 'order accepted');
  res.status(201).json({ id: order.id, totalYen: order.totalYen });
});

orderRoutes.post('/:id/checkout', async (req, res) => {
  const customer = await customerService.get(req.user.id);
  const order = await orderService.findById(req.params.id);
  if (!customer || !order || order.customerId !== customer.id) {
    res.status(404).end();
    return;
  }
  const checkoutUrl = await startCheckout(customer, order);
  res.json({ checkoutUrl });
});

orderRoutes.get('/', async (req, res) => {
  const orders = await orderService.listForCustomer(req.user.id);
  req.log.debug({ userId: req.user.id, count: orders.length }, 'orders listed');
  res.json(orders);
});

orderRoutes.post('/:id/ship', async (req, res) => {
  const order = await orderService.findById(req.params.id);
  if (!order) {
    res.status(404).end();
    return;
  }
  const trackingNo = await createShipment(order);
  req.log.info({ orderId: order.id, trackingNo }, 'shipment created');
  res.json({ trackingNo });
});
