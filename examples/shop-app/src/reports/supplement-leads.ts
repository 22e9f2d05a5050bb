import type { Customer } from '../customers/types';

/** Back-office list of customers to offer the new supplement line to. */
export function supplementLeads(customers: Customer[]): string[] {
  return customers.filter((c) => c.byoreki?.includes('高血圧')).map((c) => c.id);
}
