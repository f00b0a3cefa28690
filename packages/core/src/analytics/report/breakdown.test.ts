import { describe, expect, it } from "vitest";
import { OPERATOR } from "../../shared/actor.ts";
import { buildShop } from "../../testing/fixtures.ts";
import { recomputeAnalytics, saveAnalyticsSettings } from "../index.ts";
import { type BreakdownRow, getShopBreakdown } from "./index.ts";
import { SMALL_HISTORY, useShopWith } from "./report.fixtures.ts";

const ctx = useShopWith(SMALL_HISTORY);

/** key, label, buyers, repeat buyers, orders, revenue, 客单价. */
const brief = (rows: BreakdownRow[]) =>
  rows.map((r) => [r.key, r.label, r.buyers, r.repeatBuyers, r.orders, r.revenueFen, r.aovFen]);

describe("getShopBreakdown", () => {
  it("by province and city, with an unknown (null) group", async () => {
    const byProvince = await getShopBreakdown(ctx.h.db, ctx.shop, { by: "province" });
    expect(byProvince).toMatchObject({ by: "province", available: true, groups: 3 });
    expect(brief(byProvince.rows)).toEqual([
      ["浙江", null, 3, 3, 7, 54_000, 7_714],
      ["上海", null, 1, 1, 2, 40_000, 20_000],
      [null, null, 1, 0, 1, 6_000, 6_000],
    ]);
    expect(byProvince.rows.map((r) => r.revenueShare)).toEqual([0.54, 0.4, 0.06]);
    const byCity = await getShopBreakdown(ctx.h.db, ctx.shop, { by: "city", limit: 3 });
    expect(byCity.groups).toBe(4);
    expect(brief(byCity.rows)).toEqual([
      ["杭州", "浙江", 2, 2, 5, 39_000, 7_800],
      ["上海", "上海", 1, 1, 2, 40_000, 20_000],
      ["宁波", "浙江", 1, 1, 2, 15_000, 7_500],
    ]);
  });

  it("by platform: a buyer counts on each platform with that platform's purchase days", async () => {
    const r = await getShopBreakdown(ctx.h.db, ctx.shop, { by: "platform" });
    expect(brief(r.rows)).toEqual([
      ["taobao", null, 5, 3, 9, 96_000, 10_667],
      ["shopify", null, 1, 0, 1, 4_000, 4_000],
    ]);
    expect(r.rows.map((x) => x.repeatRate)).toEqual([0.6, 0]);
    const march = await getShopBreakdown(ctx.h.db, ctx.shop, {
      by: "platform",
      from: "2025-03-01",
      platform: "taobao",
    });
    expect(brief(march.rows)).toEqual([["taobao", null, 2, 0, 2, 11_000, 5_500]]);
  });

  it("by product: buyers who bought it on two days, revenue of its kept lines", async () => {
    const r = await getShopBreakdown(ctx.h.db, ctx.shop, { by: "product" });
    const [shampoo, conditioner] = r.rows;
    expect(brief(r.rows).map((x) => x.slice(1))).toEqual([
      ["洗发水", 4, 3, 7, 87_000, 12_429],
      ["护发素", 3, 0, 3, 18_000, 6_000],
    ]);
    expect(typeof shampoo?.key).toBe("number");
    expect(shampoo?.revenueShare).toBeCloseTo(87 / 105, 12);
    expect(conditioner?.repeatRate).toBe(0);
  });

  it("by 客单价 tier: unavailable before an analytics run, then grouped by the stored tier", async () => {
    expect(await getShopBreakdown(ctx.h.db, ctx.shop, { by: "aovTier" })).toMatchObject({
      available: false,
      rows: [],
    });
    // Tier = 1 + band edges at or below the customer's AOV: alice 10000 → 2, carol 20000 → 3, others → 1.
    await saveAnalyticsSettings(ctx.h.db, ctx.shop, { aovBandsFen: [10_000, 15_000] });
    await recomputeAnalytics(ctx.h, OPERATOR, ctx.shop, { mode: "full" });
    const r = await getShopBreakdown(ctx.h.db, ctx.shop, { by: "aovTier" });
    expect(r.available).toBe(true);
    expect(brief(r.rows)).toEqual([
      [1, null, 3, 2, 5, 30_000, 6_000],
      [2, null, 1, 1, 3, 30_000, 10_000],
      [3, null, 1, 1, 2, 40_000, 20_000],
    ]);
  });

  it("returns no rows for a shop without purchases and rejects an unknown dimension", async () => {
    const empty = await buildShop(ctx.h.db);
    expect(await getShopBreakdown(ctx.h.db, empty, { by: "city" })).toMatchObject({ groups: 0, rows: [] });
    await expect(getShopBreakdown(ctx.h.db, ctx.shop, { by: "district" } as never)).rejects.toMatchObject({
      code: "invalid_input",
      data: { field: "by", value: "district" },
    });
  });
});
