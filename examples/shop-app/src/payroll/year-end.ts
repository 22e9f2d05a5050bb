import { logger } from '../lib/logger';
import { listEmployees } from './repository';
import { alertRejected, submitWithholdingRecords } from './etax';
import type { Employee } from './types';

/** Check digit of a 12-digit individual number (番号法施行令 第8条). */
export function isValidKojinBango(kojinBango: string): boolean {
  if (!/^\d{12}$/.test(kojinBango)) return false;
  const digits = kojinBango.split('').map(Number);
  let sum = 0;
  for (let n = 1; n <= 11; n++) {
    const p = digits[11 - n];
    const q = n <= 6 ? n + 1 : n - 5;
    sum += p * q;
  }
  const remainder = sum % 11;
  const check = remainder <= 1 ? 0 : 11 - remainder;
  return check === digits[11];
}

/** Year-end adjustment (年末調整): validate every employee's number, then file the records. */
export async function runYearEnd(year: number): Promise<void> {
  const employees = await listEmployees(year);
  logger.info({ year, employees: employees.length }, 'year-end adjustment started');

  const valid: Employee[] = [];
  for (const e of employees) {
    if (!isValidKojinBango(e.kojinBango)) {
      await alertRejected(e, 'invalid check digit');
      continue;
    }
    valid.push(e);
  }
  const submitted = await submitWithholdingRecords(year, valid);
  logger.info({ year, submitted, rejected: employees.length - valid.length }, 'year-end adjustment finished');
}
