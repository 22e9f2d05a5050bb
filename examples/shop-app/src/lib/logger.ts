import pino from 'pino';

/** The application logger. Logs are shipped to the log platform and kept for 90 days. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: { service: 'shop-api' },
});

export type { Logger } from 'pino';
