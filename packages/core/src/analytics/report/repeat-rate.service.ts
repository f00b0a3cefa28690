/** 复购率 over time: the repeat-rate series with new vs returning buyers and their revenue. */
import type { Database } from "@laoke/db";
import type { Kysely } from "kysely";
import type { Shop } from "../../shops/index.ts";
import { historyOf, prepareReport } from "./range.ts";
import { type RepeatRateRow, selectRepeatRate } from "./repeat-rate.repository.ts";
import { type Granularity, RepeatRateQuery } from "./report.schema.ts";
import { ratio } from "./util.ts";

/**
 * Repeat figures of a period or range. A purchase is a distinct day (shop zone) with a paid
 * order. repeatBuyers bought on ≥ 2 days within the period; newBuyers made their first purchase
 * ever (all history, same platform filter) within it, returningBuyers had bought before it, so
 * new + returning = buyers. Revenue is net (paid − refunded) in 分, split by the same two groups.
 */
export interface RepeatRateFigures {
  buyers: number;
  repeatBuyers: number;
  repeatRate: number;
  newBuyers: number;
  returningBuyers: number;
  returningShare: number;
  revenueFen: number;
  newBuyerRevenueFen: number;
  returningBuyerRevenueFen: number;
  newBuyerRevenueShare: number;
  returningBuyerRevenueShare: number;
}

/** One period: first and last day (inclusive, clipped to the range) and its figures. */
export interface RepeatRatePoint extends RepeatRateFigures {
  start: string;
  end: string;
}

/** The series over the resolved range (null bounds: the shop has no purchases), plus the whole range's figures. */
export interface RepeatRateSeries {
  granularity: Granularity;
  from: string | null;
  to: string | null;
  platform: string | null;
  points: RepeatRatePoint[];
  total: RepeatRateFigures;
}

/** Repeat rate, new and returning buyers per month, week or day. Whole-history total = getShopSummary's repeatRate. */
export async function getRepeatRateSeries(
  db: Kysely<Database>,
  shop: Shop,
  query: RepeatRateQuery = {},
): Promise<RepeatRateSeries> {
  const { q, range } = await prepareReport(db, shop, RepeatRateQuery, query);
  const base = { granularity: q.granularity, platform: q.platform ?? null };
  if (range === null) return { ...base, from: null, to: null, points: [], total: toFigures(undefined) };
  const rows = await selectRepeatRate(db, shop, range, q.granularity, historyOf(q, range));
  const points = rows.flatMap((r) =>
    r.start === null || r.end === null ? [] : [{ start: r.start, end: r.end, ...toFigures(r) }],
  );
  return { ...base, ...range, points, total: toFigures(rows.find((r) => r.start === null)) };
}

function toFigures(r: RepeatRateRow | undefined): RepeatRateFigures {
  const buyers = r?.buyers ?? 0;
  const newBuyers = r?.new_buyers ?? 0;
  const revenueFen = r?.revenue_fen ?? 0;
  const newRevenue = r?.new_revenue_fen ?? 0;
  return {
    buyers,
    repeatBuyers: r?.repeat_buyers ?? 0,
    repeatRate: ratio(r?.repeat_buyers ?? 0, buyers),
    newBuyers,
    returningBuyers: buyers - newBuyers,
    returningShare: ratio(buyers - newBuyers, buyers),
    revenueFen,
    newBuyerRevenueFen: newRevenue,
    returningBuyerRevenueFen: revenueFen - newRevenue,
    newBuyerRevenueShare: ratio(newRevenue, revenueFen),
    returningBuyerRevenueShare: ratio(revenueFen - newRevenue, revenueFen),
  };
}
