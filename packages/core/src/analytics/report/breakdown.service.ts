/** 维度拆解: repeat rate, orders, revenue and 客单价 by 客单价 tier, region, product or platform. */
import type { Database } from "@laoke/db";
import type { Kysely } from "kysely";
import type { Shop } from "../../shops/index.ts";
import { type BreakdownDbRow, hasAovTiers, selectBreakdown } from "./breakdown.repository.ts";
import { prepareReport } from "./range.ts";
import { type BreakdownDimension, BreakdownQuery } from "./report.schema.ts";
import { ratio } from "./util.ts";

/**
 * One group. key: the 客单价 tier (number), product id (number), province, city or platform
 * (string); null is the "unknown" group (no tier yet, no region). label: the product's title, or
 * the city's province. buyers: customers with a purchase day in the group; repeatBuyers: those
 * with ≥ 2 purchase days in it (product: ≥ 2 days they bought the product). orders: paid orders
 * (product: holding it). revenueFen: net revenue (product: net value of its lines). aovFen =
 * revenueFen / orders, rounded. revenueShare: of the revenue of all groups.
 */
export interface BreakdownRow {
  key: string | number | null;
  label: string | null;
  buyers: number;
  repeatBuyers: number;
  repeatRate: number;
  orders: number;
  revenueFen: number;
  aovFen: number;
  revenueShare: number;
}

/**
 * The groups of one dimension over the resolved range. available is false (and rows empty) for
 * aovTier until an analytics run has assigned tiers. groups counts every group; rows stops at
 * the query's limit.
 */
export interface ShopBreakdown {
  by: BreakdownDimension;
  available: boolean;
  from: string | null;
  to: string | null;
  platform: string | null;
  groups: number;
  rows: BreakdownRow[];
}

/** Repeat rate and 客单价 by one dimension. */
export async function getShopBreakdown(
  db: Kysely<Database>,
  shop: Shop,
  query: BreakdownQuery,
): Promise<ShopBreakdown> {
  const { q, range } = await prepareReport(db, shop, BreakdownQuery, query);
  const available = q.by !== "aovTier" || (await hasAovTiers(db, shop));
  const base = { by: q.by, available, platform: q.platform ?? null };
  if (range === null || !available)
    return { ...base, from: range?.from ?? null, to: range?.to ?? null, groups: 0, rows: [] };
  const rows = await selectBreakdown(db, shop, q.by, { ...range, platform: q.platform }, q.limit);
  const numericKey = q.by === "aovTier" || q.by === "product";
  return { ...base, ...range, groups: rows[0]?.groups ?? 0, rows: rows.map((r) => toRow(r, numericKey)) };
}

function toRow(r: BreakdownDbRow, numericKey: boolean): BreakdownRow {
  return {
    key: r.key !== null && numericKey ? Number(r.key) : r.key,
    label: r.label,
    buyers: r.buyers,
    repeatBuyers: r.repeat_buyers,
    repeatRate: ratio(r.repeat_buyers, r.buyers),
    orders: r.orders,
    revenueFen: r.revenue_fen,
    aovFen: Math.round(ratio(r.revenue_fen, r.orders)),
    revenueShare: r.revenue_share,
  };
}
