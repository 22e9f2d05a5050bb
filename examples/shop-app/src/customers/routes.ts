import { Router } from 'express';
import { customerService } from './service';
import { setCustomerScope } from '../integrations/sentry';
import { identifyReturningCustomer } from '../integrations/analytics';
import { pushLead } from '../integrations/crm';
import { recordAudit } from '../lib/audit';
import type { SignupForm } from './types';

export const customerRoutes = Router();

customerRoutes.post('/signup', async (req, res) => {
  const form = req.body as SignupForm;
  const { email } = form;
  req.log.info({ email }, 'sign-up requested');
  const customer = await customerService.signUp(form);
  await recordAudit('customer.signed-up', { customerId: customer.id, source: 'web' });
  req.log.info({ customerId: customer.id }, 'sign-up completed');
  res.status(201).json({ id: customer.id });
});

customerRoutes.get('/:id', async (req, res) => {
  const customer = await customerService.get(req.params.id);
  if (!customer) {
    req.log.info({ userId: req.user.id, customerId: req.params.id }, 'customer not found');
    res.status(404).end();
    return;
  }
  setCustomerScope(customer);
  req.log.debug({ userId: req.user.id, customerId: customer.id }, 'customer viewed');
  res.json(customer);
});

customerRoutes.post('/:id/login', async (req, res) => {
  const customer = await customerService.get(req.params.id);
  if (!customer) {
    res.status(404).end();
    return;
  }
  identifyReturningCustomer(customer);
  await recordAudit('customer.signed-in', { customerId: customer.id, email: customer.email });
  res.cookie('customer_id', customer.id, { httpOnly: true, secure: true });
  res.cookie('last_login_email', customer.email, { maxAge: 30 * 24 * 60 * 60 * 1000 });
  req.log.info({ customerId: customer.id, emailVerified: customer.emailVerified }, 'customer signed in');
  res.status(204).end();
});

customerRoutes.post('/:id/consulting-inquiry', async (req, res) => {
  const customer = await customerService.get(req.params.id);
  if (!customer) {
    res.status(404).end();
    return;
  }
  const topic = String(req.body.topic ?? 'general');
  await pushLead(customer, topic);
  req.log.info({ customerId: customer.id, topic }, 'consulting inquiry received');
  res.status(202).end();
});
