/** SQL of the churn series: activations and churn events of every buyer, counted by period. */
import type { Database } from "@laoke/db";
import { type Kysely, type RawBuilder, sql } from "kysely";
import type { Shop } from "../../shops/index.ts";
import type { Granularity } from "./report.schema.ts";
import { type DayRange, periodRows, periodStart, purchaseDays } from "./report.sql.ts";

/** Event counts of one period, or (start null) of everything before the range. */
export interface ChurnRow {
  start: string | null;
  end: string | null;
  new_buyers: number;
  reactivated: number;
  churned: number;
  /** Churn events ending a spell that began before the period (before the range, for the total). */
  churned_of_start: number;
  churned_of_range_start: number;
}

/**
 * Events per period, from each customer's purchase days up to the range's end. A purchase day
 * with no next one within `churnDays` days makes the customer churned `churnDays + 1` days later
 * (as metrics.ts: churned once the days since the last purchase exceed churnDays); a purchase
 * more than churnDays after the previous one is a reactivation. A spell starts at a first
 * purchase or a reactivation. Churn events after the range's end have not happened yet.
 */
export async function selectChurnEvents(
  db: Kysely<Database>,
  shop: Shop,
  range: DayRange,
  granularity: Granularity,
  churnDays: number,
  platform: string | undefined,
): Promise<ChurnRow[]> {
  const inRange = (day: RawBuilder<unknown>) =>
    sql`case when ${day} < ${range.from}::date then null else ${periodStart(granularity, day, range)} end`;
  const { rows } = await sql<ChurnRow>`
    with d as (${purchaseDays(shop, { platform, to: range.to })}),
    seq as (
      select customer_id, day, day - lag(day) over w as since_prev, lead(day) over w - day as until_next
        from d window w as (partition by customer_id order by day)
    ),
    ev as (
      select customer_id, day, since_prev is null as is_new, coalesce(since_prev > ${churnDays}::int, false) as is_back,
             case when until_next is null or until_next > ${churnDays}::int then day + ${churnDays}::int + 1 end as churn_day
        from seq
    ),
    spells as (
      select day, is_new, is_back, churn_day,
             max(case when is_new or is_back then day end) over (partition by customer_id order by day) as spell_start
        from ev
    ),
    acts as materialized (
      select ${inRange(sql`day`)} as start, count(*) filter (where is_new) as new_buyers,
             count(*) filter (where is_back) as reactivated
        from spells group by 1
    ),
    churns as materialized (
      select ${inRange(sql`churn_day`)} as start, count(*) as churned,
             count(*) filter (where spell_start < ${periodStart(granularity, sql`churn_day`, range)}) as churned_of_start,
             count(*) filter (where spell_start < ${range.from}::date) as churned_of_range_start
        from spells where churn_day <= ${range.to}::date group by 1
    )
    select p.start::text, p."end"::text, coalesce(a.new_buyers, 0)::int as new_buyers,
           coalesce(a.reactivated, 0)::int as reactivated, coalesce(c.churned, 0)::int as churned,
           coalesce(c.churned_of_start, 0)::int as churned_of_start,
           coalesce(c.churned_of_range_start, 0)::int as churned_of_range_start
      from (${periodRows(granularity, range)}) p
      left join acts a on a.start = p.start
      left join churns c on c.start = p.start
    union all
    select null, null, coalesce((select new_buyers from acts where start is null), 0)::int,
           coalesce((select reactivated from acts where start is null), 0)::int,
           coalesce((select churned from churns where start is null), 0)::int, 0, 0
    order by 1 nulls first`.execute(db);
  return rows;
}
