import { describe, expect, it } from "vitest";
import { OPERATOR } from "../../shared/actor.ts";
import { buildShop } from "../../testing/fixtures.ts";
import { insertTestOrders, type TestOrder } from "../../testing/orders.ts";
import { recomputeAnalytics, saveAnalyticsSettings } from "../index.ts";
import { getChurnSeries, resolveShopChurnDays } from "./index.ts";
import { numbersIn, randomHistory, useShopWith } from "./report.fixtures.ts";

// With churnDays 30 (churned once more than 30 days passed since the last purchase day):
// p churns 02-25 (31 days after 01-25), comes back 04-01, would churn 05-02 (after the range);
// q churns 03-04; r (active from 2024-12-20, gap of exactly 30 days is no churn) churns 02-19;
// s churns 03-03 and comes back that same day (gap 31), churns again 04-03.
const CHURN_HISTORY: TestOrder[] = [
  { customer: "p", at: "2025-01-10", paidFen: 1_000 },
  { customer: "p", at: "2025-01-25", paidFen: 1_000 },
  { customer: "p", at: "2025-04-01", paidFen: 1_000 },
  { customer: "q", at: "2025-02-01", paidFen: 1_000 },
  { customer: "r", at: "2024-12-20", paidFen: 1_000 },
  { customer: "r", at: "2025-01-19", paidFen: 1_000 },
  { customer: "s", at: "2025-01-31", paidFen: 1_000 },
  { customer: "s", at: "2025-03-03", paidFen: 1_000 },
  { customer: "t", at: "2025-02-10", paidFen: 1_000, status: "closed" },
];

const ctx = useShopWith(CHURN_HISTORY);

const figures = (p: {
  activeAtStart: number;
  newBuyers: number;
  reactivated: number;
  churned: number;
  churnedOfActiveAtStart: number;
  activeAtEnd: number;
}) => [p.activeAtStart, p.newBuyers, p.reactivated, p.churned, p.churnedOfActiveAtStart, p.activeAtEnd];

describe("getChurnSeries", () => {
  it("counts active, new, reactivated and churned buyers per month", async () => {
    const s = await getChurnSeries(ctx.h.db, ctx.shop, {
      from: "2025-01-01",
      to: "2025-04-30",
      churnDays: 30,
    });
    expect(s).toMatchObject({
      churnDays: 30,
      churnDaysSource: "query",
      from: "2025-01-01",
      to: "2025-04-30",
    });
    expect(s.points.map((p) => [p.start, ...figures(p)])).toEqual([
      ["2025-01-01", 1, 2, 0, 0, 0, 3],
      ["2025-02-01", 3, 1, 0, 2, 2, 2],
      ["2025-03-01", 2, 0, 1, 2, 2, 1],
      ["2025-04-01", 1, 0, 1, 1, 1, 1],
    ]);
    expect(s.points.map((p) => p.churnRate)).toEqual([0, 2 / 3, 1, 1]);
    // Over the range: r was the one buyer active at its start, and churned.
    expect(figures(s.total)).toEqual([1, 3, 2, 5, 1, 1]);
    expect(s.total.churnRate).toBe(1);
  });

  it("keeps the churn rate within 0..1 when periods are longer than churnDays", async () => {
    const s = await getChurnSeries(ctx.h.db, ctx.shop, {
      from: "2025-01-01",
      to: "2025-01-31",
      churnDays: 5,
    });
    // r churned 2024-12-26; in January p churns twice (01-16, 01-31), r once (01-25).
    expect(s.points.map((p) => [p.start, ...figures(p), p.churnRate])).toEqual([
      ["2025-01-01", 0, 2, 2, 3, 0, 1, 0],
    ]);
  });

  it("agrees with the per-customer churn status of an analytics run as of the range's end", async () => {
    await saveAnalyticsSettings(ctx.h.db, ctx.shop, { churnDays: 30 });
    await recomputeAnalytics(ctx.h, OPERATOR, ctx.shop, {
      mode: "full",
      asOf: new Date("2025-04-30T23:00:00+08:00"),
    });
    const { rows } = await ctx.h.pool.query<{ n: number }>(
      `select count(*)::int as n from customer_metrics where shop_id = $1 and churn_status in ('active', 'at_risk')`,
      [ctx.shop.id],
    );
    const s = await getChurnSeries(ctx.h.db, ctx.shop, { to: "2025-04-30", granularity: "week" });
    expect(s.churnDaysSource).toBe("settings");
    expect(s.points.at(-1)?.activeAtEnd).toBe(rows[0]?.n);
    await saveAnalyticsSettings(ctx.h.db, ctx.shop, {});
  });

  it("derives churnDays from the 90th percentile of purchase gaps, bounded to 30..730, or takes the last run's", async () => {
    // Gaps 15, 66, 30, 31: p90 = 55.5 → 56.
    expect(await resolveShopChurnDays(ctx.h.db, ctx.shop)).toEqual({ churnDays: 56, source: "derived" });
    const s = await getChurnSeries(ctx.h.db, ctx.shop, {});
    expect(s).toMatchObject({
      churnDays: 56,
      churnDaysSource: "derived",
      from: "2024-12-20",
      to: "2025-04-01",
    });
    const empty = await buildShop(ctx.h.db);
    expect(await resolveShopChurnDays(ctx.h.db, empty)).toEqual({ churnDays: 180, source: "derived" });
    // Once an analytics run derived the threshold, the series uses that one.
    await recomputeAnalytics(ctx.h, OPERATOR, ctx.shop, { mode: "full" });
    expect(await resolveShopChurnDays(ctx.h.db, ctx.shop)).toEqual({ churnDays: 56, source: "analyticsRun" });
  });

  it("holds activeAtEnd = activeAtStart + new + reactivated − churned on a random history", async () => {
    const random = await buildShop(ctx.h.db);
    await insertTestOrders(ctx.h.pool, random, randomHistory(60, 3));
    const s = await getChurnSeries(ctx.h.db, random, {
      granularity: "week",
      churnDays: 45,
      from: "2024-03-01",
    });
    let active = s.points[0]?.activeAtStart ?? 0;
    for (const p of s.points) {
      expect(p.activeAtStart).toBe(active);
      expect(p.churnedOfActiveAtStart).toBe(p.churned);
      expect(p.churnRate).toBeLessThanOrEqual(1);
      active = p.activeAtEnd;
    }
    expect(s.total.activeAtEnd).toBe(active);
  });

  it("returns an empty series for a shop without purchases", async () => {
    const empty = await buildShop(ctx.h.db);
    const s = await getChurnSeries(ctx.h.db, empty, { churnDays: 60 });
    expect(s).toMatchObject({ from: null, to: null, points: [], total: { activeAtStart: 0, churnRate: 0 } });
    const zeros = await getChurnSeries(ctx.h.db, empty, { from: "2025-01-01", to: "2025-02-28" });
    expect(zeros.points).toHaveLength(2);
    expect(numbersIn(zeros).every(Number.isFinite)).toBe(true);
  });
});
