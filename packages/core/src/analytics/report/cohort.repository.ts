/** SQL of the cohort table: customers by month of first purchase, their activity by month since. */
import type { Database } from "@laoke/db";
import { type Kysely, sql } from "kysely";
import type { Shop } from "../../shops/index.ts";
import { type DayRange, purchaseDays } from "./report.sql.ts";

/** Activity of one cohort in one month: customers with a purchase day in it and their net revenue. */
export interface CohortCellRow {
  cohort: string;
  months_since: number;
  customers: number;
  revenue_fen: number;
}

/**
 * Cells of cohorts whose first purchase ever (all history on the platform) lies in the range,
 * counting purchases up to the range's end. Month 0 holds every member, so it gives the sizes.
 */
export async function selectCohortCells(
  db: Kysely<Database>,
  shop: Shop,
  range: DayRange,
  platform: string | undefined,
): Promise<CohortCellRow[]> {
  const { rows } = await sql<CohortCellRow>`
    with d as materialized (${purchaseDays(shop, { platform, to: range.to })}),
    members as (
      select customer_id, date_trunc('month', min(day)::timestamp)::date as cohort
        from d group by customer_id having min(day) >= ${range.from}::date
    ),
    monthly as (
      select customer_id, date_trunc('month', day::timestamp)::date as month, sum(net_fen) as net_fen
        from d where day >= ${range.from}::date group by 1, 2
    )
    select m.cohort::text,
           ((extract(year from a.month) - extract(year from m.cohort)) * 12
             + extract(month from a.month) - extract(month from m.cohort))::int as months_since,
           count(*)::int as customers, sum(a.net_fen)::bigint as revenue_fen
      from members m join monthly a using (customer_id)
     group by 1, 2
     order by 1, 2`.execute(db);
  return rows;
}
