/** 回购间隔: how long customers take to buy again, overall and per product (reorder curves). */
import type { Database } from "@laoke/db";
import type { Kysely } from "kysely";
import type { Shop } from "../../shops/index.ts";
import {
  cumulativeShares,
  type Frequency,
  type HistogramBucket,
  histogram,
  summarise,
} from "./distribution.ts";
import { type ProductGapRow, selectProductGaps, selectPurchaseGaps } from "./gaps.repository.ts";
import { prepareReport } from "./range.ts";
import { InterPurchaseQuery, ReorderQuery } from "./report.schema.ts";
import { groupBy, ratio } from "./util.ts";

/**
 * Gaps in whole days between consecutive purchase days of a customer, both days within the
 * range. repeatBuyers: customers with at least one gap. Quantiles interpolate linearly; the
 * statistics are null when there is no gap.
 */
export interface InterPurchaseTimes {
  from: string | null;
  to: string | null;
  platform: string | null;
  bucketDays: number;
  repeatBuyers: number;
  count: number;
  meanDays: number | null;
  p25Days: number | null;
  medianDays: number | null;
  p75Days: number | null;
  p90Days: number | null;
  maxDays: number | null;
  histogram: HistogramBucket[];
}

/** Distribution of the time between purchases. */
export async function getInterPurchaseTimes(
  db: Kysely<Database>,
  shop: Shop,
  query: InterPurchaseQuery = {},
): Promise<InterPurchaseTimes> {
  const { q, range } = await prepareReport(db, shop, InterPurchaseQuery, query);
  const rows = range === null ? [] : await selectPurchaseGaps(db, shop, range, q.platform);
  const table: Frequency[] = rows.map((r) => ({ value: r.gap, count: r.gaps }));
  const s = summarise(table);
  return {
    from: range?.from ?? null,
    to: range?.to ?? null,
    platform: q.platform ?? null,
    bucketDays: q.bucketDays,
    repeatBuyers: rows.reduce((n, r) => n + r.first_gaps, 0),
    count: s.count,
    meanDays: s.mean,
    p25Days: s.p25,
    medianDays: s.median,
    p75Days: s.p75,
    p90Days: s.p90,
    maxDays: s.max,
    histogram: histogram(table, q.bucketDays),
  };
}

/**
 * A product's re-orders: gaps between consecutive days on which one customer bought it (lines
 * not refunded or closed, both days in the range). repeatRate = repeatBuyers / buyers.
 * `curve[d]` = share of the re-orders that came within d days (d = 0 … min(longest gap, maxDays)).
 */
export interface ReorderCurve {
  productId: number;
  title: string;
  buyers: number;
  repeatBuyers: number;
  repeatRate: number;
  reorders: number;
  p25Days: number | null;
  medianDays: number | null;
  p75Days: number | null;
  curve: number[];
}

/** The top products by repeat buyers with their reorder curves. */
export interface ReorderCurves {
  from: string | null;
  to: string | null;
  platform: string | null;
  maxDays: number;
  minRepeatBuyers: number;
  products: ReorderCurve[];
}

/** Reorder curves of the products most often bought again (drives replenishment reminders). */
export async function getReorderCurves(
  db: Kysely<Database>,
  shop: Shop,
  query: ReorderQuery = {},
): Promise<ReorderCurves> {
  const { q, range } = await prepareReport(db, shop, ReorderQuery, query);
  const rows = range === null ? [] : await selectProductGaps(db, shop, range, q.platform, q);
  const products = [...groupBy(rows, (r) => r.product_id).values()].map((gaps): ReorderCurve => {
    const first = gaps[0] as ProductGapRow;
    const table = gaps.map((g) => ({ value: g.gap, count: g.gaps }));
    const s = summarise(table);
    return {
      productId: first.product_id,
      title: first.title,
      buyers: first.buyers,
      repeatBuyers: first.repeat_buyers,
      repeatRate: ratio(first.repeat_buyers, first.buyers),
      reorders: s.count,
      p25Days: s.p25,
      medianDays: s.median,
      p75Days: s.p75,
      curve: cumulativeShares(table, q.maxDays),
    };
  });
  return {
    from: range?.from ?? null,
    to: range?.to ?? null,
    platform: q.platform ?? null,
    maxDays: q.maxDays,
    minRepeatBuyers: q.minRepeatBuyers,
    products,
  };
}
