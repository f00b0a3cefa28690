/**
 * Indexes for the customer list (GET /api/v1/customers and its export): one per sort, each
 * ending in the id tie-breaker so a keyset page is one index range whatever the ties.
 * - customers by last/first paid order, newest first, over live customers only (merged-away and
 *   anonymised ones never appear in lists); a customer without a paid order sorts last through
 *   `coalesce(…, '-infinity')`, which keeps the keyset condition a single row comparison;
 * - the default list filtered by province;
 * - customers merged into another (few rows), so erasing a customer finds the records merged into it;
 * - customer_metrics by spend, paid orders and CLV. The spend and CLV indexes of 0002 are replaced:
 *   the new ones serve the same orderings (the ranking in analytics/top.ts) and the analytics
 *   writer, which rewrites every metrics row, maintains one index more instead of three.
 * - orders by time with the id tie-breaker (replacing 0001's orders_ordered_at, whose range scans
 *   it serves the same way): the order list stays one index range when thousands of orders share
 *   a time (exports with dates only, 双11 bursts);
 * - statistics on churn status and 客单价 tier together: filtered together, they are far from
 *   independent, and a rare pair estimated as common made the planner walk a whole sort index
 *   (9 s at 1M customers for a pair without matches; 90 ms with these statistics).
 * Citus-ready: shop_id first in every index.
 */
import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time (see 0001).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create index customers_list_last_order
        on customers (shop_id, (coalesce(last_order_at, '-infinity'::timestamptz)) desc, id desc)
     where merged_into_id is null and anonymised_at is null;
    create index customers_list_first_order
        on customers (shop_id, (coalesce(first_order_at, '-infinity'::timestamptz)) desc, id desc)
     where merged_into_id is null and anonymised_at is null;
    create index customers_list_province
        on customers (shop_id, province, (coalesce(last_order_at, '-infinity'::timestamptz)) desc, id desc)
     where merged_into_id is null and anonymised_at is null;
    create index customers_merged_into on customers (shop_id, merged_into_id) where merged_into_id is not null;

    drop index customer_metrics_spend;
    drop index customer_metrics_clv;
    create index customer_metrics_list_spend on customer_metrics (shop_id, total_spent_fen desc, customer_id desc);
    create index customer_metrics_list_orders on customer_metrics (shop_id, paid_orders desc, customer_id desc);
    create index customer_metrics_list_clv
        on customer_metrics (shop_id, clv_fen desc nulls last, customer_id desc);
    create statistics customer_metrics_churn_tier (mcv) on churn_status, aov_tier from customer_metrics;

    create index orders_ordered_at_id on orders (shop_id, ordered_at, id);
    drop index orders_ordered_at;
  `.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    create index orders_ordered_at on orders (shop_id, ordered_at);
    drop index orders_ordered_at_id;
    drop statistics customer_metrics_churn_tier;
    drop index customer_metrics_list_clv, customer_metrics_list_orders, customer_metrics_list_spend,
      customers_merged_into, customers_list_province, customers_list_first_order, customers_list_last_order;
    create index customer_metrics_clv on customer_metrics (shop_id, clv_fen desc nulls last);
    create index customer_metrics_spend on customer_metrics (shop_id, total_spent_fen desc);
  `.execute(db);
}
