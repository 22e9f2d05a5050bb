import type { Customer } from '../customers/types';

/**
 * The health-food consultation service: the one module permitted to read a customer's medical history
 * (sensitiveData.permittedModules in privacy-lint.json), with the customer's consent given on the consultation form.
 */
export function consultationSheet(customer: Customer): { customerId: string; history: string } {
  return { customerId: customer.id, history: customer.byoreki ?? '' };
}
