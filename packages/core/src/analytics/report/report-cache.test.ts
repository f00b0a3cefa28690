import { describe, expect, it } from "vitest";
import { anonymiseCustomer } from "../../customers/index.ts";
import { OPERATOR } from "../../shared/actor.ts";
import { getShopStats } from "../../stats/index.ts";
import { updateAnalyticsSettings } from "../settings.ts";
import { getShopReport, refreshViewedReports } from "./index.ts";
import { SMALL_HISTORY, useShopWith } from "./report.fixtures.ts";

const ctx = useShopWith(SMALL_HISTORY);

/** Change the data behind the reports (one paid order fewer) without anything the data version sees. */
async function dropNewestOrderSilently() {
  await ctx.h.pool.query(
    `delete from orders where shop_id = $1 and id = (
       select max(id) from orders where shop_id = $1 and status in ('paid', 'shipped', 'completed'))`,
    [ctx.shop.id],
  );
}

async function finishAnalyticsRun() {
  await ctx.h.db
    .insertInto("analytics_runs")
    .values({
      shop_id: ctx.shop.id,
      mode: "incremental",
      status: "succeeded",
      through_batch_id: null,
      as_of: null,
      error: null,
      finished_at: new Date(),
    })
    .execute();
}

describe("report cache", () => {
  it("computes again what people looked at, for the new data, when asked after a run", async () => {
    const before = await getShopReport(ctx.h.db, OPERATOR, ctx.shop.id, "gaps", { bucketDays: 14 });
    await dropNewestOrderSilently();
    await finishAnalyticsRun();
    expect(await refreshViewedReports(ctx.h.db, OPERATOR, ctx.shop.id)).toBeGreaterThanOrEqual(1);
    const rows = await ctx.h.pool.query(
      "select data_version, body from report_cache where shop_id = $1 and cache_key like 'gaps@%bucketDays%'",
      [ctx.shop.id],
    );
    const versions = await ctx.h.pool.query(
      "select max(id)::text as run from analytics_runs where shop_id = $1 and status = 'succeeded'",
      [ctx.shop.id],
    );
    expect(rows.rows).toHaveLength(1);
    expect(rows.rows[0].data_version.split(":")[1]).toBe(versions.rows[0].run);
    expect(rows.rows[0].body).not.toEqual(before);
  });

  it("answers a report and the stats from the cache until the data version moves on", async () => {
    const stats = await getShopStats(ctx.h.db, OPERATOR, ctx.shop.id);
    const gaps = await getShopReport(ctx.h.db, OPERATOR, ctx.shop.id, "gaps", {});
    const cached = await ctx.h.pool.query(
      "select cache_key, compute_ms from report_cache where shop_id = $1",
      [ctx.shop.id],
    );
    expect(cached.rows.map((r) => r.cache_key)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^gaps@\d{4}-\d{2}-\d{2}\?\[\]$/), "stats?[]"]),
    );

    await dropNewestOrderSilently();
    expect(await getShopStats(ctx.h.db, OPERATOR, ctx.shop.id)).toEqual(stats);
    expect(await getShopReport(ctx.h.db, OPERATOR, ctx.shop.id, "gaps", {})).toEqual(gaps);

    // A finished analytics run is a new version: both are computed again, from the data as it is.
    await finishAnalyticsRun();
    const fresh = await getShopStats(ctx.h.db, OPERATOR, ctx.shop.id);
    expect(fresh.paidOrders).toBe(stats.paidOrders - 1);
  });

  it("keys each query apart, whatever the order of its fields", async () => {
    const a = await getShopReport(ctx.h.db, OPERATOR, ctx.shop.id, "gaps", {
      from: "2025-01-01",
      bucketDays: 7,
    });
    const b = await getShopReport(ctx.h.db, OPERATOR, ctx.shop.id, "gaps", {
      bucketDays: 7,
      from: "2025-01-01",
    });
    const all = await getShopReport(ctx.h.db, OPERATOR, ctx.shop.id, "gaps", {});
    expect(b).toEqual(a);
    expect(all).not.toEqual(a);
  });

  it("computes again after a settings change and after an erasure", async () => {
    const before = await getShopStats(ctx.h.db, OPERATOR, ctx.shop.id);
    await dropNewestOrderSilently();
    await updateAnalyticsSettings(ctx.h.db, ctx.shop, { churnDays: 123 });
    const afterSettings = await getShopStats(ctx.h.db, OPERATOR, ctx.shop.id);
    expect(afterSettings.paidOrders).toBe(before.paidOrders - 1);

    await dropNewestOrderSilently();
    const customer = await ctx.h.pool.query(
      "select id from customers where shop_id = $1 and merged_into_id is null order by id limit 1",
      [ctx.shop.id],
    );
    await anonymiseCustomer(ctx.h.db, OPERATOR, ctx.shop.id, Number(customer.rows[0].id));
    const afterErasure = await getShopStats(ctx.h.db, OPERATOR, ctx.shop.id);
    expect(afterErasure.paidOrders).toBe(afterSettings.paidOrders - 1);
  });
});
