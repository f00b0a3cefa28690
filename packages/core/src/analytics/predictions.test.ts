import path from "node:path";
import { createTestDatabase } from "@laoke/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDemoShop } from "../demo/index.ts";
import { OPERATOR } from "../shared/actor.ts";
import { buildShop, runImport, tempDir } from "../testing/fixtures.ts";
import { insertTestOrders } from "../testing/orders.ts";
import { recomputeAnalytics, saveAnalyticsSettings } from "./index.ts";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(async () => {
  await h?.dispose();
});

describe("predictions in recomputeAnalytics", () => {
  it("fits BG/NBD and Gamma-Gamma on a demo shop and stores predictions with intervals", async () => {
    const shop = await buildShop(h.db);
    const demo = await generateDemoShop({ customers: 1500, seed: 11, outDir: path.join(tempDir(), "demo") });
    await runImport(h.pool, shop, demo.files);
    const run = await recomputeAnalytics(h, OPERATOR, shop, { mode: "full" });
    expect(run.thresholds?.prediction).toMatchObject({ trusted: true, spendTrusted: true, reason: "ok" });

    const fits = await h.pool.query(
      "select model, params, trusted, converged, customers from clv_fits where shop_id = $1 order by model",
      [shop.id],
    );
    expect(fits.rows.map((f) => [f.model, f.trusted, f.converged])).toEqual([
      ["bgnbd", true, true],
      ["gamma-gamma", true, true],
    ]);
    const m = await h.pool.query(
      `select m.*, (select count(*) from customer_metrics where shop_id = m.shop_id)::int as n
         from customer_metrics m where shop_id = $1 and purchase_days > 0`,
      [shop.id],
    );
    expect(m.rows.length).toBeGreaterThan(1000);
    for (const r of m.rows) {
      expect(r.prediction_source).toBe("bgnbd");
      expect(r.p_alive).toBeGreaterThan(0);
      expect(r.p_alive).toBeLessThanOrEqual(1);
      expect(r.p_alive_low).toBeLessThanOrEqual(r.p_alive * 1.02 + 1e-6);
      expect(r.p_alive_high).toBeGreaterThanOrEqual(r.p_alive * 0.98 - 1e-6);
      expect(r.expected_purchases).toBeGreaterThanOrEqual(0);
      expect(Number(r.clv_low_fen)).toBeLessThanOrEqual(Number(r.clv_high_fen));
      expect(Number(r.clv_fen)).toBeGreaterThanOrEqual(0);
      // Null when the median wait is over ten years (few purchases, long ago).
      if (r.expected_next_purchase_on !== null) {
        expect(r.expected_next_purchase_on.getTime()).toBeGreaterThanOrEqual(
          new Date(r.as_of).getTime() - 86_400_000,
        );
        expect(r.expected_next_purchase_high.getTime()).toBeLessThanOrEqual(
          new Date(r.as_of).getTime() + 3653 * 86_400_000,
        );
      }
      expect(r.horizon_days).toBe(365);
      expect(Number(r.expected_spend_low_fen)).toBeLessThanOrEqual(Number(r.expected_spend_high_fen));
      expect(Number(r.expected_spend_fen)).toBeGreaterThan(0);
      if (r.expected_next_purchase_on !== null) {
        expect(r.expected_next_purchase_low.getTime()).toBeLessThanOrEqual(
          r.expected_next_purchase_high.getTime(),
        );
      }
    }
    // The signal the models must find: recent repeat buyers are worth more than long-gone one-timers,
    // and more likely alive than repeat buyers who lapsed (BG/NBD puts every one-timer's P(alive)
    // at 1: one can only drop out after a repeat purchase).
    const recentRepeat = m.rows.filter((r) => r.purchase_days >= 3 && r.recency_days < 60);
    const lapsedRepeat = m.rows.filter((r) => r.purchase_days >= 2 && r.recency_days > 500);
    const lapsedOnce = m.rows.filter((r) => r.purchase_days === 1 && r.recency_days > 700);
    const mean = (rows: typeof m.rows, k: string) => rows.reduce((s, r) => s + Number(r[k]), 0) / rows.length;
    for (const group of [recentRepeat, lapsedRepeat, lapsedOnce]) expect(group.length).toBeGreaterThan(5);
    expect(mean(recentRepeat, "p_alive")).toBeGreaterThan(mean(lapsedRepeat, "p_alive") + 0.2);
    expect(mean(lapsedOnce, "p_alive")).toBe(1);
    expect(mean(recentRepeat, "clv_fen")).toBeGreaterThan(2 * mean(lapsedOnce, "clv_fen"));
    // Active repeat buyers get a next-purchase date.
    expect(recentRepeat.every((r) => r.expected_next_purchase_on !== null)).toBe(true);
  });

  it("falls back to the explained heuristic on a shop too small to fit, and says why", async () => {
    const shop = await buildShop(h.db);
    await insertTestOrders(h.pool, shop, [
      { customer: "甲", at: "2025-01-01", paidFen: 10_000 },
      { customer: "甲", at: "2025-01-29", paidFen: 20_000 },
      { customer: "乙", at: "2025-01-15", paidFen: 5_000 },
    ]);
    const run = await recomputeAnalytics(h, OPERATOR, shop, { mode: "full" });
    expect(run.thresholds?.prediction).toMatchObject({ trusted: false, reason: "too_few_customers" });
    const { rows } = await h.pool.query(
      `select c.name, m.prediction_source, m.p_alive, m.expected_purchases, m.clv_fen, m.clv_low_fen, m.expected_spend_fen
         from customer_metrics m join customers c on c.shop_id = m.shop_id and c.id = m.customer_id
        where m.shop_id = $1 order by c.name`,
      [shop.id],
    );
    // As of 2025-01-29: 甲 x = 1 over T = 4 weeks, 乙 x = 0 over T = 2 weeks → 1/6 repeat purchase a week.
    const rate = 1 / 6;
    for (const r of rows) {
      expect(r.prediction_source).toBe("heuristic");
      expect(r.p_alive).toBeNull();
      expect(r.expected_purchases).toBeCloseTo((rate * 365) / 7, 3);
      expect(r.clv_low_fen).toBe(r.clv_fen);
    }
    // Each customer's own average purchase value (rows by name: 乙 before 甲): 5,000 and 15,000 分.
    expect(rows.map((r) => Number(r.expected_spend_fen))).toEqual([5_000, 15_000]);
    expect(Number(rows[1].clv_fen)).toBeCloseTo(3 * Number(rows[0].clv_fen), -1);
  });

  it("an incremental run predicts with the stored fit; enough new purchases trigger a refit", async () => {
    const shop = await buildShop(h.db);
    const demo = await generateDemoShop({ customers: 600, seed: 5, outDir: path.join(tempDir(), "demo") });
    await runImport(h.pool, shop, demo.files);
    const first = await recomputeAnalytics(h, OPERATOR, shop, { mode: "full" });
    const fitId = first.thresholds?.prediction.purchaseFitId;

    const later = await generateDemoShop({
      customers: 20,
      seed: 6,
      outDir: path.join(tempDir(), "later"),
      start: new Date(Date.UTC(2026, 10, 1)),
      end: new Date(Date.UTC(2026, 10, 20)),
    });
    await runImport(h.pool, shop, later.files);
    const next = await recomputeAnalytics(h, OPERATOR, shop, { mode: "incremental" });
    expect(next.mode).toBe("incremental");
    expect(next.thresholds?.prediction.purchaseFitId).toBe(fitId);
    const { rows } = await h.pool.query(
      "select distinct fit_id from customer_metrics where shop_id = $1 and fit_id is not null",
      [shop.id],
    );
    expect(rows.map((r) => Number(r.fit_id))).toEqual([fitId]);

    // A threshold of 0 %: any new purchase calls for a refit, which is a full run with a new fit.
    await saveAnalyticsSettings(h.db, shop, { clv: { refitGrowth: 0 } });
    const more = await generateDemoShop({
      customers: 20,
      seed: 7,
      outDir: path.join(tempDir(), "more"),
      start: new Date(Date.UTC(2026, 10, 21)),
      end: new Date(Date.UTC(2026, 10, 25)),
    });
    await runImport(h.pool, shop, more.files);
    const refit = await recomputeAnalytics(h, OPERATOR, shop, { mode: "incremental" });
    expect(refit.mode).toBe("full");
    expect(refit.thresholds?.prediction.purchaseFitId).toBeGreaterThan(fitId ?? 0);
  });
});
