import { Queue } from 'bullmq';

/**
 * The audit trail: events go through a queue to the audit store, where they are kept for seven years and read by
 * the security team. The linter cannot see where the queue leads, so privacy-lint.json declares `recordAudit` a
 * log (`functions`): what is written here must not be personal data (§4(1)), like any log.
 */
const auditQueue = new Queue('audit-trail', { connection: { host: process.env.REDIS_HOST ?? 'localhost', port: 6379 } });

export async function recordAudit(event: string, details: Record<string, unknown>): Promise<void> {
  await auditQueue.add(event, { at: new Date().toISOString(), details });
}
