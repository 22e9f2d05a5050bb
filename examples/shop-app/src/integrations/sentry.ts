import * as Sentry from '@sentry/node';
import { SENTRY_DSN } from '../config/endpoints';
import type { SessionUser } from 'express';
import type { Customer } from '../customers/types';

Sentry.init({ dsn: SENTRY_DSN, environment: process.env.APP_ENV ?? 'development', tracesSampleRate: 0.1 });

/** Tags errors with the signed-in staff user. */
export function setStaffUser(user: SessionUser): void {
  Sentry.setUser({ id: user.id });
  Sentry.setTag('role', user.role);
}

/** Tags errors raised while handling a customer's request with that customer. */
export function setCustomerScope(customer: Customer): void {
  Sentry.setUser({ id: customer.id, email: customer.email });
}

export function reportError(err: unknown): void {
  Sentry.captureException(err);
}
