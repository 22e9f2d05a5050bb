import { db } from '../lib/db';
import type { Employee } from './types';

interface EmployeeRow {
  id: string;
  shimei: string;
  furigana: string;
  jusho: string;
  seinengappi: string;
  kojin_bango: string;
  koza_bango: string;
  annual_income_yen: string;
  withheld_tax_yen: string;
}

export async function listEmployees(year: number): Promise<Employee[]> {
  const result = await db.query<EmployeeRow>('SELECT * FROM payroll.employees_for_year($1)', [year]);
  return result.rows.map((row) => ({
    id: row.id,
    shimei: row.shimei,
    furigana: row.furigana,
    jusho: row.jusho,
    seinengappi: row.seinengappi,
    kojinBango: row.kojin_bango,
    kozaBango: row.koza_bango,
    annualIncomeYen: Number(row.annual_income_yen),
    withheldTaxYen: Number(row.withheld_tax_yen),
  }));
}
