import express, { json, Router, type NextFunction, type Request, type Response } from 'express';
import pinoHttp from 'pino-http';
import { logger } from './lib/logger';
import { customerRoutes } from './customers/routes';
import { orderRoutes } from './orders/routes';
import { supportRoutes } from './support/routes';
import { withholdingSlipsCsv } from './reports/withholding-slips';
import { reportError, setStaffUser } from './integrations/sentry';

const app = express();
app.use(json());
app.use(pinoHttp({ logger }));

/** Session check (the session store is out of scope for this example). */
app.use((req: Request, res: Response, next: NextFunction) => {
  const userId = req.headers['x-user-id'];
  if (!userId) {
    res.status(401).end();
    return;
  }
  req.user = { id: userId, role: req.headers['x-user-role'] === 'staff' ? 'staff' : 'customer' };
  if (req.user.role === 'staff') setStaffUser(req.user);
  next();
});

const healthCheckIntervalMs = 30_000;
app.get('/healthz', (_req: Request, res: Response) => res.json({ ok: true, healthCheckIntervalMs }));

app.use('/customers', customerRoutes);
app.use('/orders', orderRoutes);
app.use('/support', supportRoutes);

const backOffice = Router();
backOffice.get('/reports/withholding-slips/:year', async (req, res) => {
  const { fileName, csv } = await withholdingSlipsCsv(Number(req.params.year));
  req.log.info({ fileName, userId: req.user.id }, 'report downloaded');
  res.send(csv);
});
app.use('/back-office', backOffice);

app.use((err: Error, req: Request, res: Response, _next: NextFunction) => {
  reportError(err);
  req.log.error({ type: err.name, requestId: req.headers['x-request-id'] }, 'request failed');
  res.status(500).json({ error: 'internal_error' });
});

const port = Number(process.env.PORT ?? 3000);
app.listen(port, () => logger.info({ port }, 'shop-api listening'));
