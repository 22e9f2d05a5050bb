/** An employee, as payroll (給与計算) keeps them. Only src/payroll/** may handle the My Number. */
export interface Employee {
  id: string;
  shimei: string;
  furigana: string;
  jusho: string;
  seinengappi: string;
  /** 個人番号 (My Number): needed for withholding records and social insurance only. */
  kojinBango: string;
  /** Salary account (口座番号). */
  kozaBango: string;
  annualIncomeYen: number;
  withheldTaxYen: number;
}

/** One row of the statutory withholding record (給与所得の源泉徴収票) sent to e-Tax. */
export interface WithholdingRecord {
  kojinBango: string;
  shimei: string;
  jusho: string;
  shiharaiKingaku: number;
  gensenChoshuZeigaku: number;
}
