/** 同期群: retention and revenue of customers grouped by the month of their first purchase. */
import type { Database } from "@laoke/db";
import type { Kysely } from "kysely";
import type { Shop } from "../../shops/index.ts";
import { selectCohortCells } from "./cohort.repository.ts";
import { historyOf, prepareReport } from "./range.ts";
import { type CohortMetric, CohortQuery } from "./report.schema.ts";
import { groupBy, ratio } from "./util.ts";

/**
 * One month of a cohort. activeCustomers: members with a purchase day in that calendar month;
 * retention = activeCustomers / cohort size; revenueFen: their net revenue that month;
 * cumulativeRevenuePerCustomerFen: net revenue of months 0..monthsSince / cohort size.
 */
export interface CohortCell {
  monthsSince: number;
  activeCustomers: number;
  retention: number;
  revenueFen: number;
  cumulativeRevenuePerCustomerFen: number;
}

/** Customers whose first purchase ever was in `month` (its first day), with one cell per observed month. */
export interface Cohort {
  month: string;
  size: number;
  cells: CohortCell[];
}

/**
 * Cohorts of the range, oldest first. Cells run from month 0 to the range's last month (zeros
 * where nobody bought). `matrix[i][k]` is `metric` of cohort i in month k, null past the range's
 * end (for a heat map: rows cohorts, columns months since first purchase).
 */
export interface CohortTable {
  from: string | null;
  to: string | null;
  platform: string | null;
  metric: CohortMetric;
  maxMonthsSince: number;
  cohorts: Cohort[];
  matrix: (number | null)[][];
}

/** Cohort table by first-purchase month. */
export async function getCohortTable(
  db: Kysely<Database>,
  shop: Shop,
  query: CohortQuery = {},
): Promise<CohortTable> {
  const { q, range } = await prepareReport(db, shop, CohortQuery, query);
  const base = { platform: q.platform ?? null, metric: q.metric };
  if (range === null) return { ...base, from: null, to: null, maxMonthsSince: 0, cohorts: [], matrix: [] };
  const rows = await selectCohortCells(db, shop, range, historyOf(q, range));
  const lastMonth = monthNumber(range.to);
  const cohorts: Cohort[] = [];
  for (const [month, cells] of groupBy(rows, (r) => r.cohort)) {
    const size = cells.find((c) => c.months_since === 0)?.customers ?? 0;
    const observed = new Map(cells.map((c) => [c.months_since, c]));
    let cumulative = 0;
    const out: CohortCell[] = [];
    for (let k = 0; k <= lastMonth - monthNumber(month); k++) {
      const c = observed.get(k);
      cumulative += c?.revenue_fen ?? 0;
      out.push({
        monthsSince: k,
        activeCustomers: c?.customers ?? 0,
        retention: ratio(c?.customers ?? 0, size),
        revenueFen: c?.revenue_fen ?? 0,
        cumulativeRevenuePerCustomerFen: ratio(cumulative, size),
      });
    }
    cohorts.push({ month, size, cells: out });
  }
  const maxMonthsSince = Math.max(0, ...cohorts.map((c) => c.cells.length - 1));
  const matrix = cohorts.map((c) =>
    Array.from({ length: maxMonthsSince + 1 }, (_, k) => {
      const cell = c.cells[k];
      return cell === undefined ? null : cell[q.metric];
    }),
  );
  return { ...base, ...range, maxMonthsSince, cohorts, matrix };
}

/** Months since year 0 of a `YYYY-MM…` date. */
function monthNumber(day: string): number {
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
}
