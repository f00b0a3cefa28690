/** SQL of the cohort table: customers by month of first purchase, their activity by month since. */
import type { Database } from "@laoke/db";
import { type Kysely, type RawBuilder, sql } from "kysely";
import type { Shop } from "../../shops/index.ts";
import { type DayRange, type OrderFilter, purchaseDaySequence } from "./report.sql.ts";

/** Activity of one cohort in one month: customers with a purchase day in it and their net revenue. */
export interface CohortCellRow {
  cohort: string;
  months_since: number;
  customers: number;
  revenue_fen: number;
}

// Months since year 0 as a number: date_part is float arithmetic, much cheaper per row than
// date_trunc or extract (numeric).
const month = (day: RawBuilder<unknown>) =>
  sql`(date_part('year', ${day}) * 12 + date_part('month', ${day}))`;

/**
 * Cells of cohorts whose first purchase ever (all history on the platform) lies in the range,
 * counting purchases up to the range's end. A purchase day makes its customer active in its month
 * when the previous purchase day is in an earlier month. Month 0 holds every member, so it gives
 * the sizes.
 */
export async function selectCohortCells(
  db: Kysely<Database>,
  shop: Shop,
  range: DayRange,
  history: OrderFilter,
): Promise<CohortCellRow[]> {
  const { rows } = await sql<CohortCellRow>`
    select (date_trunc('month', min(first_day)::timestamp)::date)::text as cohort, months_since,
           (count(*) filter (where prev_day is null or ${month(sql`prev_day`)} < m))::int as customers,
           sum(net_fen)::bigint as revenue_fen
      from (select *, ${month(sql`day`)} as m, (${month(sql`day`)} - ${month(sql`first_day`)})::int as months_since,
                   ${month(sql`first_day`)} as cohort_month
              from (${purchaseDaySequence(shop, history)}) as s
             where first_day >= ${range.from}::date) as d
     group by cohort_month, months_since
     order by cohort_month, months_since`.execute(db);
  return rows;
}
