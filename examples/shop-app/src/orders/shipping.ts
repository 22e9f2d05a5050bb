import axios from 'axios';
import { logger } from '../lib/logger';
import type { Order } from './types';

/** Delivery company's shipment API. (Not yet registered as a processor: the contract is still being signed.) */
const CARRIER_API_URL = 'https://api.delivery-example.co.jp/v1';

export async function createShipment(order: Order): Promise<string> {
  const parcels = order.items.map((item) => ({ sku: item.sku, quantity: item.quantity }));
  const shipment = { reference: order.id, to: order.shippingAddress, parcels };
  const res = await axios.post<{ trackingNo: string }>(`${CARRIER_API_URL}/shipments`, shipment);
  logger.info({ orderId: order.id, trackingNo: res.data.trackingNo }, 'shipment booked');
  return res.data.trackingNo;
}

export async function cancelShipment(trackingNo: string): Promise<void> {
  await axios.delete(`${CARRIER_API_URL}/shipments/${trackingNo}`);
}
