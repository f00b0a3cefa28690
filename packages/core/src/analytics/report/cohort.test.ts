import { describe, expect, it } from "vitest";
import { buildShop } from "../../testing/fixtures.ts";
import { insertTestOrders } from "../../testing/orders.ts";
import { getCohortTable, getRepeatRateSeries } from "./index.ts";
import { numbersIn, randomHistory, SMALL_HISTORY, useShopWith } from "./report.fixtures.ts";

const ctx = useShopWith(SMALL_HISTORY);

describe("getCohortTable", () => {
  it("groups customers by first-purchase month and follows them month by month", async () => {
    const t = await getCohortTable(ctx.h.db, ctx.shop);
    expect(t).toMatchObject({ from: "2024-12-15", to: "2025-03-20", metric: "retention", maxMonthsSince: 3 });
    expect(t.cohorts.map((c) => [c.month, c.size])).toEqual([
      ["2024-12-01", 1],
      ["2025-01-01", 2],
      ["2025-03-01", 2],
    ]);
    const jan = t.cohorts[1];
    expect(jan?.cells).toEqual([
      {
        monthsSince: 0,
        activeCustomers: 2,
        retention: 1,
        revenueFen: 30_000,
        cumulativeRevenuePerCustomerFen: 15_000,
      },
      {
        monthsSince: 1,
        activeCustomers: 1,
        retention: 0.5,
        revenueFen: 15_000,
        cumulativeRevenuePerCustomerFen: 22_500,
      },
      {
        monthsSince: 2,
        activeCustomers: 0,
        retention: 0,
        revenueFen: 0,
        cumulativeRevenuePerCustomerFen: 22_500,
      },
    ]);
    expect(t.cohorts[0]?.cells.map((c) => c.cumulativeRevenuePerCustomerFen)).toEqual([
      30_000, 30_000, 40_000, 40_000,
    ]);
    expect(t.matrix).toEqual([
      [1, 0, 1, 0],
      [1, 0.5, 0, null],
      [1, null, null, null],
    ]);
  });

  it("fills the matrix with the chosen metric and keeps cohorts that started in the range", async () => {
    const t = await getCohortTable(ctx.h.db, ctx.shop, { from: "2025-01-01", metric: "revenueFen" });
    // carol's first purchase (2024-12-15) is before the range: no cohort for her.
    expect(t.cohorts.map((c) => c.month)).toEqual(["2025-01-01", "2025-03-01"]);
    expect(t.matrix).toEqual([
      [30_000, 15_000, 0],
      [15_000, null, null],
    ]);
    const shopify = await getCohortTable(ctx.h.db, ctx.shop, {
      platform: "shopify",
      metric: "activeCustomers",
    });
    expect(shopify.cohorts).toEqual([
      {
        month: "2025-03-01",
        size: 1,
        cells: [
          {
            monthsSince: 0,
            activeCustomers: 1,
            retention: 1,
            revenueFen: 4_000,
            cumulativeRevenuePerCustomerFen: 4_000,
          },
        ],
      },
    ]);
  });

  it("has cohort sizes that add up to the new buyers of the range", async () => {
    const random = await buildShop(ctx.h.db);
    await insertTestOrders(ctx.h.pool, random, randomHistory(60, 11));
    const t = await getCohortTable(ctx.h.db, random, { from: "2024-06-01" });
    const repeat = await getRepeatRateSeries(ctx.h.db, random, { from: "2024-06-01" });
    expect(t.cohorts.reduce((n, c) => n + c.size, 0)).toBe(repeat.total.newBuyers);
    for (const c of t.cohorts) expect(c.cells[0]?.retention).toBe(1);
  });

  it("is empty for a shop without purchases", async () => {
    const empty = await buildShop(ctx.h.db);
    expect(await getCohortTable(ctx.h.db, empty)).toMatchObject({
      cohorts: [],
      matrix: [],
      maxMonthsSince: 0,
    });
    const ranged = await getCohortTable(ctx.h.db, empty, { from: "2025-01-01", to: "2025-06-30" });
    expect(ranged.cohorts).toEqual([]);
    expect(numbersIn(ranged).every(Number.isFinite)).toBe(true);
  });
});
