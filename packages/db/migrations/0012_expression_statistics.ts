/**
 * Planner statistics on the expressions segment rules filter by. "Last order within 365 days" is
 * `coalesce(last_order_at, '-infinity') >= …` (decision 0010); the only index on that expression
 * is partial, and PostgreSQL ignores a partial index's statistics, so it guessed 0.5% of customers
 * for any date range. On the 1M-customer bench shop that turned a 5-condition count into nested
 * loops over 86k customers (400 ms); with these statistics it picks hash joins (140 ms).
 * Extended statistics on expressions need PostgreSQL 14, our minimum; Citus propagates them.
 */
import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time (see 0001).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create statistics customers_last_order_expr on (coalesce(last_order_at, '-infinity'::timestamptz)) from customers;
    create statistics customers_first_order_expr on (coalesce(first_order_at, '-infinity'::timestamptz)) from customers;
    create statistics customers_birth_month_expr on ((extract(month from birthday)::int)) from customers;
    analyze customers;
  `.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time (see 0001).
export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop statistics customers_birth_month_expr;
    drop statistics customers_first_order_expr;
    drop statistics customers_last_order_expr;
  `.execute(db);
}
