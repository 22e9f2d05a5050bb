import { db } from '../lib/db';
import type { ConsentState } from '../lib/privacy';
import type { Customer, SignupForm } from './types';

interface CustomerRow {
  id: string;
  shimei: string;
  furigana: string;
  email: string;
  email_verified: boolean;
  denwa_bango: string;
  yubin_bango: string;
  jusho: string;
  seinengappi: string;
  consents: ConsentState | null;
  created_at: string;
}

function toCustomer(row: CustomerRow): Customer {
  return {
    id: row.id,
    shimei: row.shimei,
    furigana: row.furigana,
    email: row.email,
    emailVerified: row.email_verified,
    denwaBango: row.denwa_bango,
    yubinBango: row.yubin_bango,
    jusho: row.jusho,
    seinengappi: row.seinengappi,
    consents: row.consents ?? {},
    createdAt: row.created_at,
  };
}

export class CustomerRepository {
  async findById(id: string): Promise<Customer | undefined> {
    const result = await db.query<CustomerRow>('SELECT * FROM customers WHERE id = $1', [id]);
    const row = result.rows[0];
    return row ? toCustomer(row) : undefined;
  }

  async findByEmail(email: string): Promise<Customer | undefined> {
    const result = await db.query<CustomerRow>('SELECT * FROM customers WHERE lower(email) = lower($1)', [email]);
    const row = result.rows[0];
    return row ? toCustomer(row) : undefined;
  }

  async insert(form: SignupForm): Promise<Customer> {
    const result = await db.query<CustomerRow>(
      `INSERT INTO customers (shimei, furigana, email, denwa_bango, yubin_bango, jusho, seinengappi)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
      [form.shimei, form.furigana, form.email, form.denwaBango, form.yubinBango, form.jusho, form.seinengappi],
    );
    return toCustomer(result.rows[0]);
  }

  async findWithoutFurigana(limit: number): Promise<Customer[]> {
    const result = await db.query<CustomerRow>("SELECT * FROM customers WHERE furigana = '' LIMIT $1", [limit]);
    return result.rows.map(toCustomer);
  }

  async updateFurigana(id: string, furigana: string): Promise<void> {
    await db.query('UPDATE customers SET furigana = $2 WHERE id = $1', [id, furigana]);
  }

  async markEmailVerified(id: string): Promise<void> {
    await db.query('UPDATE customers SET email_verified = true WHERE id = $1', [id]);
  }
}

export const customerRepository = new CustomerRepository();
