/** SQL for the shop summary. */
import type { Database } from "@laoke/db";
import { type Kysely, sql } from "kysely";

/** Raw counts of a shop's customers, orders and revenue. */
export async function selectShopSummary(db: Kysely<Database>, shopId: number, timeZone: string) {
  const result = await sql<{
    customers: number;
    orders: number;
    paid_orders: number;
    revenue_fen: number;
    buyers: number;
    repeat_buyers: number;
  }>`
    with paid as (
      select customer_id, paid_fen - refunded_fen as net, (ordered_at at time zone ${timeZone})::date as day
        from orders
       where shop_id = ${shopId} and status in ('paid', 'shipped', 'completed')
    ), per_buyer as (
      select customer_id, count(distinct day) as days from paid group by customer_id
    )
    select
      (select count(*) from customers where shop_id = ${shopId} and merged_into_id is null)::int as customers,
      (select count(*) from orders where shop_id = ${shopId})::int as orders,
      (select count(*) from paid)::int as paid_orders,
      (select coalesce(sum(net), 0) from paid)::bigint as revenue_fen,
      (select count(*) from per_buyer)::int as buyers,
      (select count(*) from per_buyer where days >= 2)::int as repeat_buyers
  `.execute(db);
  return result.rows[0];
}
