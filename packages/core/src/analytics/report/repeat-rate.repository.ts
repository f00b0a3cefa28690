/** SQL of the repeat-rate series: buyers, repeat buyers and new vs returning buyers per period. */
import type { Database } from "@laoke/db";
import { type Kysely, sql } from "kysely";
import type { Shop } from "../../shops/index.ts";
import type { Granularity } from "./report.schema.ts";
import { type DayRange, periodRows, periodStart, purchaseDays } from "./report.sql.ts";

/** Counts of one period, or of the whole range when `start` is null. */
export interface RepeatRateRow {
  start: string | null;
  end: string | null;
  buyers: number;
  repeat_buyers: number;
  new_buyers: number;
  revenue_fen: number;
  new_revenue_fen: number;
}

/**
 * One row per period of the range (zeros where nobody bought), then one row for the whole range
 * (start null). A buyer is new in a period when no purchase day precedes their first one in it —
 * looking at all history up to the range's end, not only the range.
 */
export async function selectRepeatRate(
  db: Kysely<Database>,
  shop: Shop,
  range: DayRange,
  granularity: Granularity,
  platform: string | undefined,
): Promise<RepeatRateRow[]> {
  const { rows } = await sql<RepeatRateRow>`
    with d as materialized (${purchaseDays(shop, { platform, to: range.to })}),
    per_customer as (
      select customer_id, min(day) as first_day,
             count(*) filter (where day >= ${range.from}::date) as days,
             min(day) filter (where day >= ${range.from}::date) as first_in_range,
             sum(net_fen) filter (where day >= ${range.from}::date) as net_fen
        from d group by customer_id
    ),
    per_period as (
      select customer_id, ${periodStart(granularity, sql`day`, range)} as start, count(*) as days,
             min(day) as first_in_period, sum(net_fen) as net_fen
        from d where day >= ${range.from}::date
       group by 1, 2
    ),
    by_period as (
      select pp.start, count(*) as buyers, count(*) filter (where pp.days >= 2) as repeat_buyers,
             count(*) filter (where c.first_day = pp.first_in_period) as new_buyers,
             sum(pp.net_fen) as revenue_fen,
             sum(pp.net_fen) filter (where c.first_day = pp.first_in_period) as new_revenue_fen
        from per_period pp join per_customer c using (customer_id)
       group by pp.start
    )
    select p.start::text, p."end"::text, coalesce(b.buyers, 0)::int as buyers,
           coalesce(b.repeat_buyers, 0)::int as repeat_buyers, coalesce(b.new_buyers, 0)::int as new_buyers,
           coalesce(b.revenue_fen, 0)::bigint as revenue_fen, coalesce(b.new_revenue_fen, 0)::bigint as new_revenue_fen
      from (${periodRows(granularity, range)}) p left join by_period b on b.start = p.start
    union all
    select null, null, count(*)::int, (count(*) filter (where days >= 2))::int,
           (count(*) filter (where first_day = first_in_range))::int, coalesce(sum(net_fen), 0)::bigint,
           coalesce(sum(net_fen) filter (where first_day = first_in_range), 0)::bigint
      from per_customer where days > 0
    order by 1 nulls last`.execute(db);
  return rows;
}
