/** Queries shared by several reports: the span of a shop's purchase days, and its purchase gaps. */
import type { Database } from "@laoke/db";
import { type Kysely, sql } from "kysely";
import type { Shop } from "../../shops/index.ts";
import { paidOrders, purchaseDaySequence } from "./report.sql.ts";

/** First and last purchase day (shop zone) of the shop's paid orders on the platform, null when none. */
export async function selectPurchaseDayExtent(
  db: Kysely<Database>,
  shop: Shop,
  platform: string | undefined,
): Promise<{ first: string | null; last: string | null }> {
  // min/max of ordered_at, not of the day expression, so each is one step of the (shop_id, ordered_at) index.
  const { rows } = await sql<{ first: string | null; last: string | null }>`
    select ((min(o.ordered_at) at time zone ${shop.timeZone})::date)::text as first,
           ((max(o.ordered_at) at time zone ${shop.timeZone})::date)::text as last
      from orders o
     where ${paidOrders(shop, { platform })}`.execute(db);
  return rows[0] ?? { first: null, last: null };
}

/**
 * The `q` quantile (linear interpolation, like metrics.ts) of the gaps in days between a
 * customer's consecutive purchase days, over the shop's whole history on every platform; null
 * when no customer bought twice.
 */
export async function selectPurchaseGapQuantile(
  db: Kysely<Database>,
  shop: Shop,
  q: number,
): Promise<number | null> {
  const { rows } = await sql<{ value: number | null }>`
    select percentile_cont(${q}::float8) within group (order by day - prev_day) as value
      from (${purchaseDaySequence(shop, {})}) as s
     where prev_day is not null`.execute(db);
  return rows[0]?.value ?? null;
}
