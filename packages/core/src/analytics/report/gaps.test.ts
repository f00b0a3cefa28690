import { describe, expect, it } from "vitest";
import { buildShop } from "../../testing/fixtures.ts";
import { getInterPurchaseTimes, getReorderCurves } from "./index.ts";
import { SMALL_HISTORY, useShopWith } from "./report.fixtures.ts";

const ctx = useShopWith(SMALL_HISTORY);

describe("getInterPurchaseTimes", () => {
  it("summarises the gaps between consecutive purchase days", async () => {
    // Gaps: bob 1 (23:30 → 00:30 Shanghai), erin 10, alice 36, carol 50.
    const t = await getInterPurchaseTimes(ctx.h.db, ctx.shop);
    expect(t).toMatchObject({
      repeatBuyers: 4,
      count: 4,
      meanDays: 24.25,
      p25Days: 7.75,
      medianDays: 23,
      p75Days: 39.5,
      maxDays: 50,
      bucketDays: 30,
    });
    expect(t.p90Days).toBeCloseTo(45.8, 10);
    expect(t.histogram).toEqual([
      { fromDays: 0, toDays: 29, count: 2 },
      { fromDays: 30, toDays: 59, count: 2 },
    ]);
  });

  it("keeps both days of a gap inside the range and on the platform", async () => {
    const ranged = await getInterPurchaseTimes(ctx.h.db, ctx.shop, { from: "2025-01-01", bucketDays: 7 });
    expect([ranged.count, ranged.medianDays, ranged.histogram.length]).toEqual([3, 10, 6]);
    const taobao = await getInterPurchaseTimes(ctx.h.db, ctx.shop, { platform: "taobao" });
    expect([taobao.count, taobao.repeatBuyers, taobao.medianDays]).toEqual([3, 3, 36]);
  });

  it("has null statistics and no buckets without repeat purchases", async () => {
    const empty = await buildShop(ctx.h.db);
    expect(await getInterPurchaseTimes(ctx.h.db, empty)).toMatchObject({
      count: 0,
      repeatBuyers: 0,
      meanDays: null,
      medianDays: null,
      p90Days: null,
      histogram: [],
    });
  });
});

describe("getReorderCurves", () => {
  it("gives each product's repeat buyers, gap quartiles and cumulative reorder curve", async () => {
    const r = await getReorderCurves(ctx.h.db, ctx.shop, { minRepeatBuyers: 1 });
    expect(r.products).toHaveLength(1);
    const shampoo = r.products[0];
    // 洗发水: alice 01-05 → 02-10 (36), carol 12-15 → 02-03 (50), erin 03-10 → 03-20 (10); bob once.
    // dave's closed order does not count.
    expect(shampoo).toMatchObject({
      title: "洗发水",
      buyers: 4,
      repeatBuyers: 3,
      repeatRate: 0.75,
      reorders: 3,
      p25Days: 23,
      medianDays: 36,
      p75Days: 43,
    });
    expect(shampoo?.curve).toHaveLength(51);
    expect([shampoo?.curve[9], shampoo?.curve[10], shampoo?.curve[36], shampoo?.curve[50]]).toEqual([
      0,
      1 / 3,
      2 / 3,
      1,
    ]);
  });

  it("caps the curve at maxDays, honours minRepeatBuyers, the platform and the range", async () => {
    const capped = await getReorderCurves(ctx.h.db, ctx.shop, { minRepeatBuyers: 1, maxDays: 20 });
    expect(capped.products[0]?.curve).toHaveLength(21);
    expect((await getReorderCurves(ctx.h.db, ctx.shop, { minRepeatBuyers: 4 })).products).toEqual([]);
    const shopify = await getReorderCurves(ctx.h.db, ctx.shop, { minRepeatBuyers: 1, platform: "shopify" });
    expect(shopify.products).toEqual([]);
    const feb = await getReorderCurves(ctx.h.db, ctx.shop, {
      minRepeatBuyers: 1,
      from: "2025-01-01",
      to: "2025-02-28",
    });
    expect(feb.products[0]).toMatchObject({ buyers: 3, repeatBuyers: 1, medianDays: 36 });
  });

  it("is empty for a shop without purchases", async () => {
    const empty = await buildShop(ctx.h.db);
    expect(await getReorderCurves(ctx.h.db, empty)).toMatchObject({ from: null, to: null, products: [] });
  });
});
