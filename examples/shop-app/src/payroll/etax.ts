import axios from 'axios';
import { ETAX_BASE_URL } from '../config/endpoints';
import { logger } from '../lib/logger';
import type { Employee, WithholdingRecord } from './types';

/** Incoming webhook of the #payroll-alerts channel. */
const PAYROLL_ALERTS_WEBHOOK = 'https://hooks.slack.com/services/T00000000/B00000000/example-payroll-alerts';

export function toWithholdingRecord(e: Employee): WithholdingRecord {
  return {
    kojinBango: e.kojinBango,
    shimei: e.shimei,
    jusho: e.jusho,
    shiharaiKingaku: e.annualIncomeYen,
    gensenChoshuZeigaku: e.withheldTaxYen,
  };
}

/** Submits the year's withholding records to the tax office (required by the Income Tax Act). */
export async function submitWithholdingRecords(year: number, employees: Employee[]): Promise<number> {
  const records = employees.map(toWithholdingRecord);
  const res = await axios.post<{ receiptNo: string }>(`${ETAX_BASE_URL}/withholding-records`, { year, records });
  logger.info({ year, count: records.length, receiptNo: res.data.receiptNo }, 'withholding records submitted');
  return records.length;
}

/** Tells the payroll team that e-Tax rejected an employee's record, so they can fix it by hand. */
export async function alertRejected(e: Employee, reason: string): Promise<void> {
  await axios.post(PAYROLL_ALERTS_WEBHOOK, { text: `e-Tax rejected employee ${e.id} (個人番号 ${e.kojinBango}): ${reason}` });
  logger.warn({ employeeId: e.id, reason }, 'withholding record rejected');
}
