/**
 * bench/analytics/reports: time each shop-level report (packages/core/src/analytics/report) on an
 * existing shop, e.g. the one `laoke demo --customers 100000` creates, against the stats summary
 * (one pass over the shop's paid orders) run just before each run of a report. Prints one JSON
 * object: per report the median milliseconds of `--runs` runs, the baseline's median beside it,
 * and their ratio. Usage:
 *   LAOKE_HOME=… npx tsx bench/analytics/reports.ts --shop demo [--runs 3] [--only churn,cohorts]
 * Uses DATABASE_URL when set, else the embedded server under LAOKE_HOME.
 */
import { parseArgs } from "node:util";
import {
  getChurnSeries,
  getCohortTable,
  getInterPurchaseTimes,
  getReorderCurves,
  getRepeatRateSeries,
  getShopBreakdown,
  getShopBySlug,
  getShopSummary,
  getTrafficCost,
} from "@laoke/core";
import { openDatabase } from "@laoke/db";

const { values } = parseArgs({
  options: {
    shop: { type: "string", default: "demo" },
    runs: { type: "string", default: "3" },
    only: { type: "string" },
  },
});
const runs = Math.max(1, Number(values.runs));
const only = values.only?.split(",");

async function main() {
  const handle = await openDatabase({ poolSize: 2 });
  try {
    const { db } = handle;
    const shop = await getShopBySlug(db, values.shop as string);
    const baseline = () => getShopSummary(db, shop);
    // The last 92 days of the shop's data, for the reports over a short range.
    const { rows } = await handle.pool.query<{ from: string; to: string }>(
      `select ((max(ordered_at) at time zone $2)::date - 91)::text as from, ((max(ordered_at) at time zone $2)::date)::text as to
         from orders where shop_id = $1`,
      [shop.id, shop.timeZone],
    );
    const quarter = { from: String(rows[0]?.from), to: String(rows[0]?.to) };
    const reports: Record<string, () => Promise<unknown>> = {
      repeatRateMonth: () => getRepeatRateSeries(db, shop, { granularity: "month" }),
      repeatRateWeek: () => getRepeatRateSeries(db, shop, { granularity: "week" }),
      repeatRateDay: () => getRepeatRateSeries(db, shop, { granularity: "day" }),
      churnMonth: () => getChurnSeries(db, shop, { granularity: "month" }),
      churnMonthGivenDays: () => getChurnSeries(db, shop, { granularity: "month", churnDays: 90 }),
      cohorts: () => getCohortTable(db, shop, {}),
      interPurchaseTimes: () => getInterPurchaseTimes(db, shop, {}),
      reorderCurves: () => getReorderCurves(db, shop, {}),
      breakdownAovTier: () => getShopBreakdown(db, shop, { by: "aovTier" }),
      breakdownProvince: () => getShopBreakdown(db, shop, { by: "province" }),
      breakdownCity: () => getShopBreakdown(db, shop, { by: "city" }),
      breakdownProduct: () => getShopBreakdown(db, shop, { by: "product" }),
      breakdownPlatform: () => getShopBreakdown(db, shop, { by: "platform" }),
      trafficCost: () => getTrafficCost(db, shop, {}),
      repeatRateQuarterWeek: () => getRepeatRateSeries(db, shop, { ...quarter, granularity: "week" }),
      cohortsQuarter: () => getCohortTable(db, shop, quarter),
      churnQuarterWeek: () => getChurnSeries(db, shop, { ...quarter, granularity: "week" }),
    };
    // The machine's speed drifts with other work, so each run of a report is paired with a run of
    // the baseline just before it; the ratio is of the medians of the pairs.
    const time = async (run: () => Promise<unknown>) => {
      const t0 = performance.now();
      await run();
      return performance.now() - t0;
    };
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
    await baseline(); // warm the cache
    const ms: Record<string, number> = {};
    const ratios: Record<string, number> = {};
    for (const [name, run] of Object.entries(reports)) {
      if (only && !only.includes(name)) continue;
      const base: number[] = [];
      const own: number[] = [];
      for (let i = 0; i < runs; i++) {
        base.push(await time(baseline));
        own.push(await time(run));
      }
      ms[name] = Math.round(median(own));
      ms[`${name}.baseline`] = Math.round(median(base));
      ratios[name] = Math.round((median(own) / median(base)) * 100) / 100;
      process.stderr.write(`${name}: ${ms[name]} ms (${ratios[name]}× baseline)\n`);
    }
    const summary = await getShopSummary(db, shop);
    process.stdout.write(
      `${JSON.stringify({ shop: shop.slug, customers: summary.customers, paidOrders: summary.paidOrders, runs, ms, ratios })}\n`,
    );
  } finally {
    await handle.close();
  }
}

await main();
