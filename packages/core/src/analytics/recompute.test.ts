import { createTestDatabase } from "@laoke/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { splitCustomerMerge } from "../customers/index.ts";
import { OPERATOR } from "../shared/actor.ts";
import { buildShop, runImport, tempDir } from "../testing/fixtures.ts";
import { insertTestOrders } from "../testing/orders.ts";
import { shopifyExport } from "../testing/shopify-files.ts";
import { writeTaobaoExport } from "../testing/taobao-files.ts";
import { markCustomersDirty, recomputeAnalytics, saveAnalyticsSettings } from "./index.ts";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(async () => {
  await h?.dispose();
});

async function metricsOf(shopId: number) {
  const { rows } = await h.pool.query(
    `select m.*, c.name from customer_metrics m join customers c on c.shop_id = m.shop_id and c.id = m.customer_id
      where m.shop_id = $1 order by c.name`,
    [shopId],
  );
  return new Map(rows.map((r) => [r.name as string, r]));
}

describe("recomputeAnalytics (full)", () => {
  it("computes purchase days, spend, recency, inter-purchase times and favourites per customer", async () => {
    const shop = await buildShop(h.db);
    await insertTestOrders(h.pool, shop, [
      // 甲: two orders on one day count once; refunds subtract; a closed order does not count.
      {
        customer: "甲",
        at: "2025-01-01",
        paidFen: 10_000,
        items: [{ product: "T恤", colour: "白色", size: "M" }],
      },
      {
        customer: "甲",
        at: "2025-01-01",
        paidFen: 5_000,
        items: [{ product: "T恤", colour: "白色", size: "L" }],
      },
      {
        customer: "甲",
        at: "2025-01-31",
        paidFen: 8_000,
        refundedFen: 3_000,
        items: [{ product: "卫衣", colour: "黑色", size: "L", quantity: 3 }],
      },
      { customer: "甲", at: "2025-03-02", paidFen: 9_000, status: "closed" },
      // 乙: only an unpaid order: a customer with no purchase.
      { customer: "乙", at: "2025-02-01", paidFen: 0, status: "unpaid" },
      // 丙: 23:30 and 00:30 in Shanghai are two different days, 1 day apart.
      { customer: "丙", at: "2025-03-01T23:30:00+08:00", paidFen: 2_000 },
      { customer: "丙", at: "2025-03-02T00:30:00+08:00", paidFen: 2_000 },
    ]);
    const result = await recomputeAnalytics(h, OPERATOR, shop, { mode: "full" });
    expect(result.mode).toBe("full");
    expect(result.customers).toBe(3);
    const m = await metricsOf(shop.id);

    const a = m.get("甲");
    expect(a).toMatchObject({
      paid_orders: 3,
      purchase_days: 2,
      total_spent_fen: 20_000,
      aov_fen: 6667,
      // as of the shop's latest order (2025-03-02 12:00, the closed one): 30 days after 2025-01-31
      recency_days: 30,
      ipt_mean_days: 30,
      ipt_median_days: 30,
      favourite_colour: "黑色",
      favourite_size: "L",
    });
    expect(new Date(a.first_order_at).toISOString()).toBe("2025-01-01T04:00:00.000Z");

    expect(m.get("乙")).toMatchObject({
      paid_orders: 0,
      purchase_days: 0,
      total_spent_fen: 0,
      recency_days: null,
      r_score: null,
      churn_status: "none",
    });
    expect(m.get("丙")).toMatchObject({ purchase_days: 2, ipt_mean_days: 1, recency_days: 0 });
  });

  it("scores RFM and 客单价 tiers against configured thresholds and classifies churn", async () => {
    const shop = await buildShop(h.db);
    await saveAnalyticsSettings(h.db, shop, {
      rfm: {
        recencyDays: [10, 30, 60, 120],
        frequency: [1, 2, 3, 4],
        monetaryFen: [1000, 5000, 10000, 50000],
      },
      aovBandsFen: [2000, 8000],
      churnDays: 90,
      atRiskDays: 45,
    });
    await insertTestOrders(h.pool, shop, [
      { customer: "近", at: "2025-06-30", paidFen: 60_000 },
      { customer: "近", at: "2025-06-01", paidFen: 1_000 },
      { customer: "中", at: "2025-05-01", paidFen: 3_000 },
      { customer: "远", at: "2025-01-01", paidFen: 500 },
    ]);
    await recomputeAnalytics(h, OPERATOR, shop, { mode: "full" });
    const m = await metricsOf(shop.id);
    expect(m.get("近")).toMatchObject({
      recency_days: 0,
      r_score: 5,
      f_score: 2,
      m_score: 5,
      // 客单价 (60,000 + 1,000) / 2 = 30,500 分, above both band edges
      aov_tier: 3,
      churn_status: "active",
    });
    // 60 days: beyond 45 (at risk), within 90
    expect(m.get("中")).toMatchObject({
      recency_days: 60,
      r_score: 3,
      f_score: 1,
      m_score: 2,
      churn_status: "at_risk",
    });
    expect(m.get("远")).toMatchObject({ r_score: 1, m_score: 1, aov_tier: 1, churn_status: "churned" });
  });

  it("derives thresholds from the shop's own distribution when none are set", async () => {
    const shop = await buildShop(h.db);
    const orders = [];
    // 10 buyers buying every 10·k days: gaps 10..100, P90 of the gaps = 91 days.
    for (let k = 1; k <= 10; k++) {
      orders.push({ customer: `c${k}`, at: "2025-01-01", paidFen: k * 1000 });
      const d = new Date(Date.UTC(2025, 0, 1 + 10 * k)).toISOString().slice(0, 10);
      orders.push({ customer: `c${k}`, at: d, paidFen: k * 1000 });
    }
    await insertTestOrders(h.pool, shop, orders);
    const r = await recomputeAnalytics(h, OPERATOR, shop, { mode: "full" });
    expect(r.thresholds?.churnDays).toBe(91);
    expect(r.thresholds?.atRiskDays).toBe(78);
    expect(r.thresholds?.derived).toEqual({ rfm: true, aovBands: true, churn: true });
    expect(r.thresholds?.rfm.frequency).toEqual([2, 2, 2, 2]);
    const m = await metricsOf(shop.id);
    const scores = [...m.values()].map((x) => x.m_score as number);
    // Quintiles: every score from 1 to 5 is used, two customers each.
    expect(scores.sort()).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it("an empty shop gives an empty, succeeded run", async () => {
    const shop = await buildShop(h.db);
    const r = await recomputeAnalytics(h, OPERATOR, shop, { mode: "full" });
    expect(r.customers).toBe(0);
    const { rows } = await h.pool.query("select status from analytics_runs where shop_id = $1", [shop.id]);
    expect(rows).toEqual([{ status: "succeeded" }]);
  });
});

describe("recomputeAnalytics (incremental)", () => {
  it("recomputes only customers of newer import batches and of dirty marks", async () => {
    const shop = await buildShop(h.db);
    // No refit for the few new orders below: this test is about what an incremental run reads.
    await saveAnalyticsSettings(h.db, shop, { clv: { refitGrowth: 10 } });
    const dir = tempDir();
    await runImport(
      h.pool,
      shop,
      writeTaobaoExport(dir, "1", [
        { id: "1001", nick: "老王", created: "2025-01-01 10:00:00", phone: "'13800000001" },
        { id: "1002", nick: "小李", created: "2025-01-05 10:00:00", phone: "'13800000002" },
      ]),
    );
    const first = await recomputeAnalytics(h, OPERATOR, shop, { mode: "incremental" });
    expect(first.mode).toBe("full");
    expect(first.customers).toBe(2);

    // Nothing changed: nothing to do.
    const idle = await recomputeAnalytics(h, OPERATOR, shop, { mode: "incremental" });
    expect(idle).toMatchObject({ mode: "incremental", customers: 0 });

    await runImport(
      h.pool,
      shop,
      writeTaobaoExport(dir, "2", [
        { id: "1003", nick: "老王", created: "2025-02-01 10:00:00", phone: "'13800000001" },
      ]),
    );
    const next = await recomputeAnalytics(h, OPERATOR, shop, { mode: "incremental" });
    expect(next).toMatchObject({ mode: "incremental", customers: 1 });
    const m = await h.pool.query(
      `select c.name, m.purchase_days, m.as_of from customer_metrics m
         join customer_identities i on i.shop_id = m.shop_id and i.customer_id = m.customer_id and i.kind = 'nick'
         join customers c on c.shop_id = m.shop_id and c.id = m.customer_id
        where m.shop_id = $1 order by i.value`,
      [shop.id],
    );
    expect(m.rows.map((r) => r.purchase_days)).toEqual([1, 2]);
    // 小李 kept the figures of the first run's date; 老王 was rescored as of the new latest order.
    expect(new Date(m.rows[0].as_of).toISOString()).toBe("2025-01-05T02:00:00.000Z");
    expect(new Date(m.rows[1].as_of).toISOString()).toBe("2025-02-01T02:00:00.000Z");
  });

  it("a split marks both customers for the next incremental run", async () => {
    const shop = await buildShop(h.db);
    await saveAnalyticsSettings(h.db, shop, { clv: { refitGrowth: 10 } });
    const dir = tempDir();
    // One phone in a Taobao and a Shopify export: one customer, automatically merged.
    await runImport(h.pool, shop, [
      ...writeTaobaoExport(dir, "1", [
        { id: "2001", nick: "阿花", created: "2025-01-01 10:00:00", phone: "'13900000009" },
      ]),
      shopifyExport(dir, "s.csv", [{ name: "#9001", email: "hua@example.com", phone: "13900000009" }]),
    ]);
    await recomputeAnalytics(h, OPERATOR, shop, { mode: "full" });
    const before = await h.pool.query("select count(*)::int as n from customer_metrics where shop_id = $1", [
      shop.id,
    ]);
    expect(before.rows[0].n).toBe(1);
    const { rows: merges } = await h.pool.query("select id from customer_merges where shop_id = $1", [
      shop.id,
    ]);
    expect(merges).toHaveLength(1);
    await splitCustomerMerge(h.pool, OPERATOR, shop, Number(merges[0].id));

    const r = await recomputeAnalytics(h, OPERATOR, shop, { mode: "incremental" });
    expect(r).toMatchObject({ mode: "incremental", customers: 2 });
    const after = await h.pool.query(
      "select purchase_days from customer_metrics where shop_id = $1 order by customer_id",
      [shop.id],
    );
    expect(after.rows).toEqual([{ purchase_days: 1 }, { purchase_days: 1 }]);
    const { rows: left } = await h.pool.query("select * from analytics_dirty where shop_id = $1", [shop.id]);
    expect(left).toEqual([]);
  });

  it("a mark made while a run is reading survives that run", async () => {
    const shop = await buildShop(h.db);
    const ids = await insertTestOrders(h.pool, shop, [{ customer: "甲", at: "2025-01-01", paidFen: 100 }]);
    await recomputeAnalytics(h, OPERATOR, shop, { mode: "full" });
    const id = ids.get("甲") as number;
    await markCustomersDirty(h.pool, shop.id, [id]);
    await recomputeAnalytics(h, OPERATOR, shop, {
      mode: "incremental",
      onProgress: (p) => {
        // A split committed while the run reads: its mark must not be deleted with the run's claim.
        if (p.phase === "reading") void markCustomersDirty(h.pool, shop.id, [id]);
      },
    });
    await new Promise((r) => setTimeout(r, 50));
    const { rows } = await h.pool.query("select customer_id from analytics_dirty where shop_id = $1", [
      shop.id,
    ]);
    expect(rows.map((r) => Number(r.customer_id))).toEqual([id]);
  });
});

describe("recomputeAnalytics (concurrent runs)", () => {
  it("two runs of one shop at once both succeed (their writes take turns)", async () => {
    const shop = await buildShop(h.db);
    await insertTestOrders(h.pool, shop, [
      { customer: "甲", at: "2025-01-01", paidFen: 100 },
      { customer: "乙", at: "2025-02-01", paidFen: 200 },
    ]);
    const runs = await Promise.all([
      recomputeAnalytics(h, OPERATOR, shop, { mode: "full" }),
      recomputeAnalytics(h, OPERATOR, shop, { mode: "full" }),
      recomputeAnalytics(h, OPERATOR, shop, { mode: "full" }),
    ]);
    expect(runs.map((r) => r.customers)).toEqual([2, 2, 2]);
    const { rows } = await h.pool.query(
      "select count(*)::int as n from customer_metrics where shop_id = $1",
      [shop.id],
    );
    expect(rows[0].n).toBe(2);
  });
});
