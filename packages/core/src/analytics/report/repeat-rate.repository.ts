/** SQL of the repeat-rate series: buyers, repeat buyers and new vs returning buyers per period. */
import type { Database } from "@laoke/db";
import { type Kysely, type RawBuilder, sql } from "kysely";
import type { Shop } from "../../shops/index.ts";
import type { Granularity } from "./report.schema.ts";
import {
  type DayRange,
  type OrderFilter,
  periodRows,
  periodStart,
  purchaseDaySequence,
} from "./report.sql.ts";

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
 * (start null). Read off each purchase day's predecessors: a day is a buyer's first in the period
 * when the previous purchase day is before the period's start, their second when the previous
 * one is in the period and the one before that is not. New buyers' first purchase ever (all
 * history up to the range's end) is in the period.
 */
export async function selectRepeatRate(
  db: Kysely<Database>,
  shop: Shop,
  range: DayRange,
  granularity: Granularity,
  history: OrderFilter,
): Promise<RepeatRateRow[]> {
  const counts = (start: RawBuilder<unknown>) => sql`
    count(*) filter (where prev_day is null or prev_day < ${start}) as buyers,
    count(*) filter (where prev_day >= ${start} and (prev2_day is null or prev2_day < ${start})) as repeat_buyers,
    count(*) filter (where first_day = day) as new_buyers,
    sum(net_fen) as revenue_fen,
    sum(net_fen) filter (where first_day >= ${start}) as new_revenue_fen`;
  const { rows } = await sql<RepeatRateRow>`
    with s as materialized (${purchaseDaySequence(shop, history)}),
    by_period as (
      select start, ${counts(sql`start`)}
        from (select ${periodStart(granularity, sql`day`, range)} as start, * from s
               where day >= ${range.from}::date) as d
       group by start
    )
    select p.start::text, p."end"::text, coalesce(b.buyers, 0)::int as buyers,
           coalesce(b.repeat_buyers, 0)::int as repeat_buyers, coalesce(b.new_buyers, 0)::int as new_buyers,
           coalesce(b.revenue_fen, 0)::bigint as revenue_fen, coalesce(b.new_revenue_fen, 0)::bigint as new_revenue_fen
      from (${periodRows(granularity, range)}) p left join by_period b on b.start = p.start
    union all
    select null, null, t.buyers::int, t.repeat_buyers::int, t.new_buyers::int, coalesce(t.revenue_fen, 0)::bigint,
           coalesce(t.new_revenue_fen, 0)::bigint
      from (select ${counts(sql`${range.from}::date`)} from s where day >= ${range.from}::date) as t
    order by 1 nulls last`.execute(db);
  return rows;
}
