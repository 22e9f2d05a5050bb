import { db } from '../lib/db';
import { logger } from '../lib/logger';

/**
 * Consulting engagements are partly delivered by freelance consultants (個人事業主). Their fees are paid by
 * accounting from the payment records built here.
 */
export interface ContractorPayment {
  engagementId: string;
  contractorId: string;
  feeYen: number;
  withholdingYen: number;
  payeeNumber: string;
}

/** Turns a row of the engagement spreadsheet upload into a payment record. */
export function toPayment(row: Record<string, string>): ContractorPayment {
  const feeYen = Number(row['fee_yen']);
  const withholdingYen = Math.floor(feeYen * 0.1021);
  return {
    engagementId: row['engagement_id'],
    contractorId: row['contractor_id'],
    feeYen,
    withholdingYen,
    // accounting needs the payee's number for the payment report (支払調書)
    payeeNumber: row['my_number'],
  };
}

export async function importPayments(rows: Array<Record<string, string>>): Promise<number> {
  const payments = rows.map(toPayment);
  for (const p of payments) {
    await db.query('INSERT INTO contractor_payments (engagement_id, contractor_id, fee_yen, withholding_yen) VALUES ($1, $2, $3, $4)', [
      p.engagementId,
      p.contractorId,
      p.feeYen,
      p.withholdingYen,
    ]);
  }
  logger.info({ imported: payments.length }, 'contractor payments imported');
  return payments.length;
}
