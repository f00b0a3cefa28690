import { describe, expect, it } from "vitest";
import { getShopSummary } from "../../stats/index.ts";
import { buildShop } from "../../testing/fixtures.ts";
import { insertTestOrders } from "../../testing/orders.ts";
import { getRepeatRateSeries } from "./index.ts";
import { numbersIn, randomHistory, SMALL_HISTORY, useShopWith } from "./report.fixtures.ts";

const ctx = useShopWith(SMALL_HISTORY);

describe("getRepeatRateSeries", () => {
  it("counts buyers, repeat buyers and new vs returning buyers per month over the whole history", async () => {
    const s = await getRepeatRateSeries(ctx.h.db, ctx.shop, { granularity: "month" });
    expect(s).toMatchObject({ granularity: "month", from: "2024-12-15", to: "2025-03-20", platform: null });
    const rows = s.points.map((p) => [
      p.start,
      p.end,
      p.buyers,
      p.repeatBuyers,
      p.newBuyers,
      p.returningBuyers,
      p.revenueFen,
      p.newBuyerRevenueFen,
    ]);
    expect(rows).toEqual([
      ["2024-12-15", "2024-12-31", 1, 0, 1, 0, 30_000, 30_000],
      // alice's two orders of 01-05 are one purchase; bob's 23:30 and 00:30 are two days.
      ["2025-01-01", "2025-01-31", 2, 1, 2, 0, 30_000, 30_000],
      // dave's closed and unpaid February orders do not count; alice's refund does.
      ["2025-02-01", "2025-02-28", 2, 0, 0, 2, 25_000, 0],
      ["2025-03-01", "2025-03-20", 2, 1, 2, 0, 15_000, 15_000],
    ]);
    expect(s.points[1]).toMatchObject({ repeatRate: 0.5, returningShare: 0, newBuyerRevenueShare: 1 });
    expect(s.points[2]).toMatchObject({
      returningShare: 1,
      returningBuyerRevenueFen: 25_000,
      returningBuyerRevenueShare: 1,
    });
    expect(s.total).toMatchObject({
      buyers: 5,
      repeatBuyers: 4,
      repeatRate: 0.8,
      newBuyers: 5,
      revenueFen: 100_000,
    });
  });

  it("agrees with getShopSummary over the whole history", async () => {
    const summary = await getShopSummary(ctx.h.db, ctx.shop);
    const { total } = await getRepeatRateSeries(ctx.h.db, ctx.shop, { granularity: "week" });
    expect(total.buyers).toBe(summary.buyers);
    expect(total.repeatRate).toBe(summary.repeatRate);
    expect(total.revenueFen).toBe(summary.revenueFen);
  });

  it("looks at purchases before the range to tell new from returning buyers", async () => {
    const s = await getRepeatRateSeries(ctx.h.db, ctx.shop, { from: "2025-02-01", to: "2025-03-31" });
    expect(s.points.map((p) => [p.start, p.end, p.buyers, p.newBuyers, p.returningBuyers])).toEqual([
      ["2025-02-01", "2025-02-28", 2, 0, 2],
      ["2025-03-01", "2025-03-31", 2, 2, 0],
    ]);
    // Only erin bought twice within the range; alice and carol had bought before it.
    expect(s.total).toMatchObject({
      buyers: 4,
      repeatBuyers: 1,
      repeatRate: 0.25,
      newBuyers: 2,
      returningBuyers: 2,
      revenueFen: 40_000,
      newBuyerRevenueFen: 15_000,
      returningBuyerRevenueFen: 25_000,
    });
  });

  it("splits days at midnight in the shop's zone and weeks on Mondays", async () => {
    const days = await getRepeatRateSeries(ctx.h.db, ctx.shop, {
      granularity: "day",
      from: "2025-01-20",
      to: "2025-01-21",
    });
    expect(days.points.map((p) => [p.start, p.buyers, p.newBuyers, p.revenueFen])).toEqual([
      ["2025-01-20", 1, 1, 8_000],
      ["2025-01-21", 1, 0, 7_000],
    ]);
    const weeks = await getRepeatRateSeries(ctx.h.db, ctx.shop, {
      granularity: "week",
      from: "2025-01-01",
      to: "2025-01-21",
    });
    expect(weeks.points.map((p) => [p.start, p.end, p.buyers, p.repeatBuyers])).toEqual([
      ["2025-01-01", "2025-01-05", 1, 0],
      ["2025-01-06", "2025-01-12", 0, 0],
      ["2025-01-13", "2025-01-19", 0, 0],
      ["2025-01-20", "2025-01-21", 1, 1],
    ]);
  });

  it("filters by platform, also when deciding who is new", async () => {
    const shopify = await getRepeatRateSeries(ctx.h.db, ctx.shop, { platform: "shopify" });
    expect(shopify).toMatchObject({ from: "2025-03-10", to: "2025-03-10" });
    expect(shopify.total).toMatchObject({ buyers: 1, repeatBuyers: 0, newBuyers: 1, revenueFen: 4_000 });
    // On taobao alone erin's first purchase is 2025-03-20.
    const taobao = await getRepeatRateSeries(ctx.h.db, ctx.shop, { platform: "taobao", from: "2025-03-01" });
    expect(taobao.total).toMatchObject({
      buyers: 2,
      newBuyers: 2,
      revenueFen: 11_000,
      newBuyerRevenueFen: 11_000,
    });
  });

  it("returns empty series and zeros for a shop without purchases, zero periods for an explicit range", async () => {
    const empty = await buildShop(ctx.h.db);
    const none = await getRepeatRateSeries(ctx.h.db, empty);
    expect(none).toMatchObject({ from: null, to: null, points: [] });
    expect(none.total).toMatchObject({
      buyers: 0,
      repeatRate: 0,
      returningShare: 0,
      newBuyerRevenueShare: 0,
    });
    const zeros = await getRepeatRateSeries(ctx.h.db, empty, { from: "2025-01-01", to: "2025-03-31" });
    expect(zeros.points).toHaveLength(3);
    expect(numbersIn(zeros).every(Number.isFinite)).toBe(true);
    expect(zeros.points.every((p) => p.buyers === 0 && p.repeatRate === 0)).toBe(true);
  });

  it("rejects invalid input with invalid_input naming the field", async () => {
    const bad = (query: object) => getRepeatRateSeries(ctx.h.db, ctx.shop, query as never);
    await expect(bad({ granularity: "year" })).rejects.toMatchObject({
      code: "invalid_input",
      data: { field: "granularity", value: "year" },
    });
    await expect(bad({ from: "2025-02-30" })).rejects.toMatchObject({
      data: { field: "from", value: "2025-02-30" },
    });
    await expect(bad({ from: "2025-03-01", to: "2025-02-01" })).rejects.toMatchObject({
      data: { field: "to" },
    });
    await expect(bad({ platform: "淘宝'; drop table orders" })).rejects.toMatchObject({
      data: { field: "platform" },
    });
    await expect(bad({ granularity: "day", from: "1990-01-01", to: "2025-01-01" })).rejects.toMatchObject({
      data: { field: "granularity" },
    });
  });
});

describe("getRepeatRateSeries on a random history", () => {
  it("matches getShopSummary and adds up across periods", async () => {
    const random = await buildShop(ctx.h.db);
    await insertTestOrders(ctx.h.pool, random, randomHistory(80, 7));
    const summary = await getShopSummary(ctx.h.db, random);
    const s = await getRepeatRateSeries(ctx.h.db, random, { granularity: "month" });
    expect(s.total.buyers).toBe(summary.buyers);
    expect(s.total.repeatRate).toBe(summary.repeatRate);
    expect(s.total.revenueFen).toBe(summary.revenueFen);
    const sum = (f: (p: (typeof s.points)[number]) => number) => s.points.reduce((n, p) => n + f(p), 0);
    // Over the whole history everyone is new exactly once (in their first period), and revenue adds up.
    expect(sum((p) => p.newBuyers)).toBe(summary.buyers);
    expect(sum((p) => p.revenueFen)).toBe(summary.revenueFen);
    expect(s.total.newBuyers).toBe(summary.buyers);
    expect(s.total.newBuyerRevenueFen).toBe(summary.revenueFen);
  });
});
