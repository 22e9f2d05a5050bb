import { logger } from '../lib/logger';
import { mask } from '../lib/privacy';
import { sendWelcomeMail } from '../integrations/mailer';
import { upsertContact } from '../integrations/crm';
import { identifyNewCustomer } from '../integrations/analytics';
import { notifyOps } from '../integrations/slack';
import { CustomerRepository, customerRepository } from './repository';
import type { Customer, SignupForm } from './types';

export class CustomerService {
  constructor(private readonly repo: CustomerRepository = customerRepository) {}

  async get(id: string): Promise<Customer | undefined> {
    const record = await this.repo.findById(id);
    logger.debug({ record }, 'customer loaded');
    return record;
  }

  async signUp(form: SignupForm): Promise<Customer> {
    const existing = await this.repo.findByEmail(form.email);
    if (existing) {
      logger.info({ customerId: existing.id }, 'sign-up for an existing customer');
      return existing;
    }
    const customer = await this.repo.insert(form);
    await sendWelcomeMail(customer);
    await upsertContact(customer);
    identifyNewCustomer(customer);
    if (form.email.endsWith('.co.jp')) {
      await notifyOps(`New corporate customer: ${customer.shimei} <${customer.email}>`);
    }
    return customer;
  }

  async verifyEmail(id: string): Promise<void> {
    await this.repo.markEmailVerified(id);
    logger.info({ customerId: id, emailVerified: true }, 'email verified');
  }

  /** Called by the SMS gateway webhook when a text message could not be delivered. */
  async recordSmsFailure(customer: Customer, reason: string): Promise<void> {
    logger.warn(`SMS delivery to ${customer.denwaBango} failed: ${reason}`);
  }

  /** Called by the mailer's bounce webhook. */
  async recordBounce(customer: Customer): Promise<void> {
    logger.warn({ customerId: customer.id, email: mask(customer.email) }, 'mail bounced');
  }
}

export const customerService = new CustomerService();
