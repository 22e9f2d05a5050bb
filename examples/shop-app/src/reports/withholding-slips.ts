import { logger } from '../lib/logger';
import { listEmployees } from '../payroll/repository';

const HEADER = 'employee_id,shimei,kojin_bango,shiharai_kingaku,gensen_choshu_zeigaku';

/**
 * CSV of the year's withholding slips (源泉徴収票) for the back office to print and hand out.
 * Lives with the other back-office reports, outside src/payroll/.
 */
export async function withholdingSlipsCsv(year: number): Promise<{ fileName: string; csv: string }> {
  const employees = await listEmployees(year);
  const lines = employees.map((e) => [e.id, e.shimei, e.kojinBango, e.annualIncomeYen, e.withheldTaxYen].join(','));
  const fileName = `withholding-slips-${year}.csv`;
  logger.info({ fileName, rows: lines.length }, 'withholding slips exported');
  return { fileName, csv: [HEADER, ...lines].join('\n') };
}
