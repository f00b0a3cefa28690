/**
 * The shop-level reports by the name `laoke report <kind>` and `GET /analytics/reports/<kind>`
 * use, and the authorized entry point the API calls.
 */
import type { Database } from "@laoke/db";
import type { Kysely } from "kysely";
import type { Actor } from "../../shared/actor.ts";
import { authorize } from "../../shared/authorize.ts";
import { getShopById, type Shop } from "../../shops/index.ts";
import { getShopBreakdown } from "./breakdown.service.ts";
import { getChurnSeries } from "./churn.service.ts";
import { getCohortTable } from "./cohort.service.ts";
import { getInterPurchaseTimes, getReorderCurves } from "./gaps.service.ts";
import { getRepeatRateSeries } from "./repeat-rate.service.ts";
import {
  BreakdownQuery,
  ChurnQuery,
  CohortQuery,
  InterPurchaseQuery,
  ReorderQuery,
  RepeatRateQuery,
  TrafficCostQuery,
} from "./report.schema.ts";
import { cachedReport, parseReportCacheKey, recentlyViewedReports, reportCacheKey } from "./report-cache.ts";
import { getTrafficCost } from "./traffic-cost.service.ts";

/** Each report kind's service. */
export const SHOP_REPORTS = {
  "repeat-rate": getRepeatRateSeries,
  churn: getChurnSeries,
  cohorts: getCohortTable,
  gaps: getInterPurchaseTimes,
  reorder: getReorderCurves,
  breakdown: getShopBreakdown,
  "traffic-cost": getTrafficCost,
} as const;

/** A report's name. */
export type ShopReportKind = keyof typeof SHOP_REPORTS;

/** Every report name, in the order the CLI lists them. */
export const SHOP_REPORT_KINDS = Object.keys(SHOP_REPORTS) as ShopReportKind[];

/** Each report kind's query schema (range, platform and the kind's own options). */
export const SHOP_REPORT_QUERIES = {
  "repeat-rate": RepeatRateQuery,
  churn: ChurnQuery,
  cohorts: CohortQuery,
  gaps: InterPurchaseQuery,
  reorder: ReorderQuery,
  breakdown: BreakdownQuery,
  "traffic-cost": TrafficCostQuery,
} as const satisfies Record<ShopReportKind, unknown>;

/** The query a report kind takes. */
export type ShopReportQuery<K extends ShopReportKind> = Parameters<(typeof SHOP_REPORTS)[K]>[2];

/** The object a report kind answers. */
export type ShopReport<K extends ShopReportKind> = Awaited<ReturnType<(typeof SHOP_REPORTS)[K]>>;

/**
 * Report `kind` of the shop `shopId` for `actor` (needs `customers:read`); the query is validated by
 * the report. Answers are cached per data version (report-cache.ts).
 */
export async function getShopReport<K extends ShopReportKind>(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  kind: K,
  query: ShopReportQuery<K>,
): Promise<ShopReport<K>> {
  authorize(actor, "customers:read", shopId);
  const report = SHOP_REPORTS[kind] as unknown as (
    db: Kysely<Database>,
    shop: Shop,
    query: ShopReportQuery<K>,
  ) => Promise<ShopReport<K>>;
  // Today is part of the key: a report without an explicit range ends today.
  const key = reportCacheKey(`${kind}@${new Date().toISOString().slice(0, 10)}`, query as object);
  const compute = async (): Promise<unknown> => report(db, await getShopById(db, shopId), query);
  return (await cachedReport(db, shopId, key, compute)) as ShopReport<K>;
}

/**
 * Compute again, for the shop's current data, the reports people looked at in the last week, so
 * the dashboard opened after an import finds them ready (the recompute job calls this last).
 * Each is computed under today's date, as a request today would ask for it. Returns how many.
 */
export async function refreshViewedReports(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
): Promise<number> {
  let refreshed = 0;
  for (const key of await recentlyViewedReports(db, shopId)) {
    const parsed = parseReportCacheKey(key);
    const kind = parsed?.name.split("@")[0];
    if (!parsed || !kind || !(kind in SHOP_REPORTS)) continue;
    const query = parsed.query as ShopReportQuery<ShopReportKind>;
    try {
      await getShopReport(db, actor, shopId, kind as ShopReportKind, query);
      refreshed++;
    } catch {
      // A query that no longer validates (its report changed since) is simply not kept warm; the
      // recompute before it has succeeded either way.
    }
  }
  return refreshed;
}
