/** SQL of the traffic-cost view: revenue of first purchase days vs repeat purchase days, by period. */
import type { Database } from "@laoke/db";
import { type Kysely, sql } from "kysely";
import type { Shop } from "../../shops/index.ts";
import type { Granularity } from "./report.schema.ts";
import {
  type DayRange,
  type OrderFilter,
  periodRows,
  periodStart,
  purchaseDaySequence,
} from "./report.sql.ts";

/** Paid orders and net revenue of a period, and the part made on customers' first purchase days. */
export interface TrafficRow {
  start: string;
  end: string;
  orders: number;
  revenue_fen: number;
  new_customers: number;
  new_customer_orders: number;
  new_customer_revenue_fen: number;
}

/**
 * One row per period of the range. A first purchase day is the customer's earliest purchase day
 * ever (all history on the platform); every paid order of that day is a first-purchase order.
 */
export async function selectTrafficRevenue(
  db: Kysely<Database>,
  shop: Shop,
  range: DayRange,
  granularity: Granularity,
  history: OrderFilter,
): Promise<TrafficRow[]> {
  const { rows } = await sql<TrafficRow>`
    with by_period as (
      select ${periodStart(granularity, sql`day`, range)} as start, sum(orders) as orders, sum(net_fen) as revenue_fen,
             count(*) filter (where prev_day is null) as new_customers,
             sum(orders) filter (where prev_day is null) as new_customer_orders,
             sum(net_fen) filter (where prev_day is null) as new_customer_revenue_fen
        from (${purchaseDaySequence(shop, history)}) as s
       where day >= ${range.from}::date
       group by 1
    )
    select p.start::text, p."end"::text, coalesce(b.orders, 0)::int as orders,
           coalesce(b.revenue_fen, 0)::bigint as revenue_fen, coalesce(b.new_customers, 0)::int as new_customers,
           coalesce(b.new_customer_orders, 0)::int as new_customer_orders,
           coalesce(b.new_customer_revenue_fen, 0)::bigint as new_customer_revenue_fen
      from (${periodRows(granularity, range)}) p left join by_period b on b.start = p.start
     order by p.start`.execute(db);
  return rows;
}
