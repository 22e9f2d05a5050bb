import { Pool } from 'pg';

/** Connection pool of the main PostgreSQL database (inside the VPC). */
export const db = new Pool({
  connectionString: process.env.DATABASE_URL ?? 'postgres://shop@db.shop.internal:5432/shop',
  max: 10,
});
