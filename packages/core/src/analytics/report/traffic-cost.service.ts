/** 流量成本: what traffic would cost if every order were bought, vs only the first orders. */
import type { Database } from "@laoke/db";
import type { Kysely } from "kysely";
import type { Shop } from "../../shops/index.ts";
import { getAnalyticsSettings } from "../settings.ts";
import { historyOf, prepareReport } from "./range.ts";
import { type Granularity, TrafficCostQuery } from "./report.schema.ts";
import { selectTrafficRevenue, type TrafficRow } from "./traffic-cost.repository.ts";
import { ratio, sumFields } from "./util.ts";

/**
 * Traffic cost of a period at `share` of sales (money in 分, rounded to whole 分).
 * newCustomerRevenueFen: net revenue of customers' first purchase days; repeatRevenueFen: the
 * rest. costIfAllPaidFen = share × revenue (every order bought with traffic); acquisitionCostFen
 * = share × newCustomerRevenue (only first purchases need traffic); savedFen = the difference.
 * Per order: divided by all paid orders. effectiveShare = acquisition cost / revenue.
 */
export interface TrafficCostFigures {
  orders: number;
  revenueFen: number;
  newCustomers: number;
  newCustomerOrders: number;
  newCustomerRevenueFen: number;
  repeatRevenueFen: number;
  costIfAllPaidFen: number;
  acquisitionCostFen: number;
  savedFen: number;
  costPerOrderIfAllPaidFen: number;
  effectiveCostPerOrderFen: number;
  effectiveShare: number;
}

/** One period: first and last day (inclusive, clipped to the range) and its figures. */
export interface TrafficCostPoint extends TrafficCostFigures {
  start: string;
  end: string;
}

/** The series (default monthly) and the whole range's figures at one traffic share. */
export interface TrafficCost {
  share: number;
  granularity: Granularity;
  from: string | null;
  to: string | null;
  platform: string | null;
  points: TrafficCostPoint[];
  total: TrafficCostFigures;
}

/** How repeat purchases amortise acquisition cost, per period and over the range. */
export async function getTrafficCost(
  db: Kysely<Database>,
  shop: Shop,
  query: TrafficCostQuery = {},
): Promise<TrafficCost> {
  const { q, range } = await prepareReport(db, shop, TrafficCostQuery, query);
  const share = q.share ?? (await getAnalyticsSettings(db, shop)).trafficCostShare;
  const base = { share, granularity: q.granularity, platform: q.platform ?? null };
  if (range === null) return { ...base, from: null, to: null, points: [], total: figures(share, []) };
  const rows = await selectTrafficRevenue(db, shop, range, q.granularity, historyOf(q, range));
  const points = rows.map((r) => ({ start: r.start, end: r.end, ...figures(share, [r]) }));
  return { ...base, ...range, points, total: figures(share, rows) };
}

/** Figures of rows taken together. */
function figures(share: number, rows: TrafficRow[]): TrafficCostFigures {
  const s = sumFields(rows, [
    "orders",
    "revenue_fen",
    "new_customers",
    "new_customer_orders",
    "new_customer_revenue_fen",
  ]);
  const costIfAllPaidFen = Math.round(share * s.revenue_fen);
  const acquisitionCostFen = Math.round(share * s.new_customer_revenue_fen);
  return {
    orders: s.orders,
    revenueFen: s.revenue_fen,
    newCustomers: s.new_customers,
    newCustomerOrders: s.new_customer_orders,
    newCustomerRevenueFen: s.new_customer_revenue_fen,
    repeatRevenueFen: s.revenue_fen - s.new_customer_revenue_fen,
    costIfAllPaidFen,
    acquisitionCostFen,
    savedFen: costIfAllPaidFen - acquisitionCostFen,
    costPerOrderIfAllPaidFen: Math.round(ratio(share * s.revenue_fen, s.orders)),
    effectiveCostPerOrderFen: Math.round(ratio(share * s.new_customer_revenue_fen, s.orders)),
    effectiveShare: ratio(share * s.new_customer_revenue_fen, s.revenue_fen),
  };
}
