/** 流失: how many buyers were active, churned and came back in each period. */
import type { Database } from "@laoke/db";
import type { Kysely } from "kysely";
import type { Shop } from "../../shops/index.ts";
import { defaultChurnDays, type Thresholds } from "../metrics.ts";
import { findLastRun } from "../runs.repository.ts";
import { getAnalyticsSettings } from "../settings.ts";
import { type ChurnRow, selectChurnEvents } from "./churn.repository.ts";
import { prepareReport } from "./range.ts";
import { selectPurchaseGapQuantile } from "./report.repository.ts";
import { ChurnQuery, type Granularity } from "./report.schema.ts";
import { ratio, sumFields } from "./util.ts";

/**
 * Churn figures of a period. Active at a day's end: last purchase day at most churnDays earlier.
 * activeAtStart: active at the end of the day before the period. newBuyers: first purchases;
 * reactivated: purchases more than churnDays after the previous one; churned: churn events (the
 * day the days since the last purchase first exceed churnDays). churnedOfActiveAtStart: those of
 * activeAtStart who churned in the period; churnRate = churnedOfActiveAtStart / activeAtStart,
 * which equals churned / activeAtStart whenever the period is no longer than churnDays + 1 days.
 * activeAtEnd = activeAtStart + newBuyers + reactivated − churned.
 */
export interface ChurnFigures {
  activeAtStart: number;
  newBuyers: number;
  reactivated: number;
  churned: number;
  churnedOfActiveAtStart: number;
  churnRate: number;
  activeAtEnd: number;
}

/** One period: first and last day (inclusive, clipped to the range) and its figures. */
export interface ChurnPoint extends ChurnFigures {
  start: string;
  end: string;
}

/**
 * Where the churn threshold came from: the query, the shop's settings, the last analytics run
 * (the threshold it derived, which customers' churn status uses), or the shop's purchase gaps now.
 */
export type ChurnDaysSource = "query" | "settings" | "analyticsRun" | "derived";

/** The series over the resolved range, plus the whole range taken as one period. */
export interface ChurnSeries {
  granularity: Granularity;
  churnDays: number;
  churnDaysSource: ChurnDaysSource;
  from: string | null;
  to: string | null;
  platform: string | null;
  points: ChurnPoint[];
  total: ChurnFigures;
}

/**
 * The shop's churn threshold: the analytics setting; else the one the last analytics run derived,
 * so the series agrees with the customers' churn status; else derived now like that run would:
 * the 90th percentile of the gaps between consecutive purchase days (whole history, every
 * platform) through metrics.ts' defaultChurnDays.
 */
export async function resolveShopChurnDays(
  db: Kysely<Database>,
  shop: Shop,
): Promise<{ churnDays: number; source: Exclude<ChurnDaysSource, "query"> }> {
  const settings = await getAnalyticsSettings(db, shop);
  if (settings.churnDays !== null) return { churnDays: settings.churnDays, source: "settings" };
  const stored = storedChurnDays((await findLastRun(db, shop.id))?.thresholds);
  if (stored !== null) return { churnDays: stored, source: "analyticsRun" };
  const p90 = await selectPurchaseGapQuantile(db, shop, 0.9);
  return { churnDays: defaultChurnDays(p90 ?? Number.NaN), source: "derived" };
}

/** The churn threshold a run derived from the data (not one it took from the settings of its day). */
function storedChurnDays(thresholds: Record<string, unknown> | undefined): number | null {
  const t = thresholds as Partial<Pick<Thresholds, "churnDays" | "derived">> | undefined;
  const days = t?.churnDays;
  return t?.derived?.churn === true && Number.isInteger(days) && (days as number) > 0
    ? (days as number)
    : null;
}

/** Active, new, reactivated and churned buyers per month, week or day. */
export async function getChurnSeries(
  db: Kysely<Database>,
  shop: Shop,
  query: ChurnQuery = {},
): Promise<ChurnSeries> {
  const { q, range } = await prepareReport(db, shop, ChurnQuery, query);
  const threshold =
    q.churnDays === undefined
      ? await resolveShopChurnDays(db, shop)
      : { churnDays: q.churnDays, source: "query" as const };
  const base = {
    granularity: q.granularity,
    churnDays: threshold.churnDays,
    churnDaysSource: threshold.source,
    platform: q.platform ?? null,
  };
  if (range === null) return { ...base, from: null, to: null, points: [], total: figures(0, [], "total") };
  const rows = await selectChurnEvents(db, shop, range, q.granularity, threshold.churnDays, q.platform);
  const before = rows.find((r) => r.start === null);
  const initial = (before?.new_buyers ?? 0) + (before?.reactivated ?? 0) - (before?.churned ?? 0);
  const periods = rows.filter((r) => r.start !== null);
  let active = initial;
  const points = periods.map((r) => {
    const f = figures(active, [r], "period");
    active = f.activeAtEnd;
    return { start: r.start as string, end: r.end as string, ...f };
  });
  return { ...base, ...range, points, total: figures(initial, periods, "total") };
}

/** Figures of rows taken as one period starting with `activeAtStart` active buyers. */
function figures(activeAtStart: number, rows: ChurnRow[], kind: "period" | "total"): ChurnFigures {
  const s = sumFields(rows, [
    "new_buyers",
    "reactivated",
    "churned",
    "churned_of_start",
    "churned_of_range_start",
  ]);
  const churnedOfActiveAtStart = kind === "period" ? s.churned_of_start : s.churned_of_range_start;
  return {
    activeAtStart,
    newBuyers: s.new_buyers,
    reactivated: s.reactivated,
    churned: s.churned,
    churnedOfActiveAtStart,
    churnRate: ratio(churnedOfActiveAtStart, activeAtStart),
    activeAtEnd: activeAtStart + s.new_buyers + s.reactivated - s.churned,
  };
}
