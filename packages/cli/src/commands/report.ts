/**
 * `laoke report <kind>`: the shop-level reports (docs/analytics.md) as JSON, the same objects the
 * dashboard draws. Options pass through to the report's query, which validates them.
 */
import {
  getChurnSeries,
  getCohortTable,
  getInterPurchaseTimes,
  getReorderCurves,
  getRepeatRateSeries,
  getShopBreakdown,
  getShopBySlug,
  getTrafficCost,
} from "@laoke/core";
import { type CliContext, withDatabase } from "../context.ts";
import { UsageError } from "../usage.ts";

const REPORTS = {
  "repeat-rate": getRepeatRateSeries,
  churn: getChurnSeries,
  cohorts: getCohortTable,
  gaps: getInterPurchaseTimes,
  reorder: getReorderCurves,
  breakdown: getShopBreakdown,
  "traffic-cost": getTrafficCost,
} as const;

export const REPORT_KINDS = Object.keys(REPORTS) as (keyof typeof REPORTS)[];

/** Report options as commander parses them (camelCase); undefined ones are left to the defaults. */
export type ReportOptions = { shop: string } & Record<string, string | undefined>;

export async function runReport(ctx: CliContext, kind: string, opts: ReportOptions): Promise<void> {
  if (!(kind in REPORTS)) {
    throw new UsageError(ctx.t("cli.report.badKind", { kind, kinds: REPORT_KINDS.join(", ") }));
  }
  const { shop: slug, json: _json, ...query } = opts;
  const report = REPORTS[kind as keyof typeof REPORTS] as (
    db: Parameters<typeof getRepeatRateSeries>[0],
    shop: Parameters<typeof getRepeatRateSeries>[1],
    query: Record<string, string>,
  ) => Promise<unknown>;
  const defined = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
  const result = await withDatabase(async ({ db }) => report(db, await getShopBySlug(db, slug), defined));
  ctx.json(result);
}
