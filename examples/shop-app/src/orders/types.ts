export type OrderStatus = 'pending' | 'paid' | 'shipped' | 'cancelled';

export interface OrderItem {
  sku: string;
  title: string;
  quantity: number;
  unitPriceYen: number;
  lineNo?: number;
}

/** Where the parcel goes: often not the customer's own address (gifts). */
export interface ShippingAddress {
  recipientName: string;
  yubinBango: string;
  jusho: string;
  denwaBango: string;
}

export interface Order {
  id: string;
  customerId: string;
  items: OrderItem[];
  totalYen: number;
  status: OrderStatus;
  shippingAddress: ShippingAddress;
  placedAt: string;
}

export interface Cart {
  items: OrderItem[];
  shippingAddress: ShippingAddress;
}
