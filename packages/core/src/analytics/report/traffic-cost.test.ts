import { describe, expect, it } from "vitest";
import { buildShop } from "../../testing/fixtures.ts";
import { saveAnalyticsSettings } from "../index.ts";
import { getTrafficCost } from "./index.ts";
import { numbersIn, SMALL_HISTORY, useShopWith } from "./report.fixtures.ts";

const ctx = useShopWith(SMALL_HISTORY);

describe("getTrafficCost", () => {
  it("charges traffic on first purchase days only, per month and in total", async () => {
    const t = await getTrafficCost(ctx.h.db, ctx.shop);
    expect(t).toMatchObject({ share: 0.2, granularity: "month", from: "2024-12-15", to: "2025-03-20" });
    // First purchase days: carol 12-15, alice 01-05 (both orders), bob 01-20, dave 03-01, erin 03-10.
    expect(
      t.points.map((p) => [
        p.start,
        p.orders,
        p.revenueFen,
        p.newCustomers,
        p.newCustomerOrders,
        p.newCustomerRevenueFen,
        p.repeatRevenueFen,
        p.costIfAllPaidFen,
        p.acquisitionCostFen,
        p.savedFen,
        p.costPerOrderIfAllPaidFen,
        p.effectiveCostPerOrderFen,
      ]),
    ).toEqual([
      ["2024-12-15", 1, 30_000, 1, 1, 30_000, 0, 6_000, 6_000, 0, 6_000, 6_000],
      ["2025-01-01", 4, 30_000, 2, 3, 23_000, 7_000, 6_000, 4_600, 1_400, 1_500, 1_150],
      ["2025-02-01", 2, 25_000, 0, 0, 0, 25_000, 5_000, 0, 5_000, 2_500, 0],
      ["2025-03-01", 3, 15_000, 2, 2, 10_000, 5_000, 3_000, 2_000, 1_000, 1_000, 667],
    ]);
    expect(t.total).toEqual({
      orders: 10,
      revenueFen: 100_000,
      newCustomers: 5,
      newCustomerOrders: 6,
      newCustomerRevenueFen: 63_000,
      repeatRevenueFen: 37_000,
      costIfAllPaidFen: 20_000,
      acquisitionCostFen: 12_600,
      savedFen: 7_400,
      costPerOrderIfAllPaidFen: 2_000,
      effectiveCostPerOrderFen: 1_260,
      effectiveShare: 0.126,
    });
  });

  it("takes the share from the query, else from the shop's settings", async () => {
    const half = await getTrafficCost(ctx.h.db, ctx.shop, { share: 0.5, from: "2025-02-01" });
    // From February on, only dave's and erin's first days are first purchases.
    expect(half.total).toMatchObject({
      revenueFen: 40_000,
      newCustomerRevenueFen: 10_000,
      acquisitionCostFen: 5_000,
    });
    await saveAnalyticsSettings(ctx.h.db, ctx.shop, { trafficCostShare: 0.1 });
    expect((await getTrafficCost(ctx.h.db, ctx.shop)).total).toMatchObject({
      costIfAllPaidFen: 10_000,
      acquisitionCostFen: 6_300,
    });
    await saveAnalyticsSettings(ctx.h.db, ctx.shop, {});
    await expect(getTrafficCost(ctx.h.db, ctx.shop, { share: 1.5 })).rejects.toMatchObject({
      data: { field: "share" },
    });
  });

  it("returns zeros for a shop without purchases", async () => {
    const empty = await buildShop(ctx.h.db);
    const t = await getTrafficCost(ctx.h.db, empty, {
      from: "2025-01-01",
      to: "2025-01-31",
      granularity: "week",
    });
    expect(t.points).toHaveLength(5);
    expect(t.total).toMatchObject({ revenueFen: 0, effectiveShare: 0, effectiveCostPerOrderFen: 0 });
    expect(numbersIn(t).every(Number.isFinite)).toBe(true);
    expect((await getTrafficCost(ctx.h.db, empty)).points).toEqual([]);
  });
});
