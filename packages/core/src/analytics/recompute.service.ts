/**
 * recomputeAnalytics: the job that keeps customer_metrics current after each import.
 *   full        every live customer: thresholds from the shop's distribution, model refit, rescore.
 *   incremental customers touched since the last run (orders of newer import batches, their merges,
 *               dirty marks), scored with the last run's thresholds and fit; escalates to a full run
 *               when there is no previous run or enough new repeat purchases arrived for a refit.
 * Metrics rows carry their `as_of`: after an incremental run, untouched customers keep the
 * figures of the earlier date until the next full run (nightly in production).
 */
import type { Database } from "@laoke/db";
import type { Kysely } from "kysely";
import type pg from "pg";
import type { Actor } from "../shared/actor.ts";
import type { Shop } from "../shops/index.ts";
import { dayNumber, type FactsScope, latestOrderTime, readCustomerFacts } from "./facts.ts";
import { computeThresholds, describeCustomer, type Thresholds } from "./metrics.ts";
import {
  claimDirty,
  failRun,
  findLastRun,
  insertRun,
  latestBatchId,
  type MetricRow,
  metricLine,
  refreshPlannerStatistics,
  replaceMetrics,
  touchedCustomers,
} from "./runs.repository.ts";
import { type AnalyticsSettings, getAnalyticsSettings } from "./settings.ts";
import { CustomerSummaries } from "./summary-table.ts";

export interface RecomputeOptions {
  mode: "full" | "incremental";
  /** Analysis date (default: the shop's latest order, so an old export is not read as "everyone churned"). */
  asOf?: Date;
  onProgress?: (p: RecomputeProgress) => void;
}

export interface RecomputeProgress {
  phase: "reading" | "fitting" | "writing" | "done";
  done: number;
  total: number;
}

export interface RecomputeResult {
  runId: number;
  /** The mode actually run (an incremental request may become full). */
  mode: "full" | "incremental";
  customers: number;
  asOf: Date | null;
  thresholds: Thresholds | null;
  timingsMs: Record<string, number>;
}

interface DbHandle {
  db: Kysely<Database>;
  pool: pg.Pool;
}

/** Rows per COPY batch when writing metrics. */
const WRITE_BATCH = 10_000;

/** Recompute the shop's customer metrics. */
export async function recomputeAnalytics(
  handle: DbHandle,
  _actor: Actor,
  shop: Shop,
  options: RecomputeOptions,
): Promise<RecomputeResult> {
  const { db, pool } = handle;
  const timings: Record<string, number> = {};
  let mark = Date.now();
  const lap = (name: string) => {
    const now = Date.now();
    timings[name] = (timings[name] ?? 0) + now - mark;
    mark = now;
  };
  const progress = options.onProgress ?? (() => {});

  const last = await findLastRun(db, shop.id);
  const mode = options.mode === "incremental" && last?.through_batch_id != null ? "incremental" : "full";
  const runId = await insertRun(db, shop.id, mode);
  try {
    const settings = await getAnalyticsSettings(db, shop);
    const throughBatchId = await latestBatchId(db, shop.id);
    await claimDirty(db, shop.id, runId);
    const asOf = options.asOf ?? (await latestOrderTime(pool, shop.id)) ?? new Date();
    const asOfDay = dayNumber(asOf, shop.timeZone);

    if (mode === "full") await refreshPlannerStatistics(db);
    let scope: FactsScope = { kind: "all" };
    let total = await countLiveCustomers(db, shop.id);
    if (mode === "incremental") {
      const ids = await touchedCustomers(
        db,
        shop.id,
        Number(last?.through_batch_id ?? 0),
        throughBatchId,
        runId,
      );
      scope = { kind: "some", customerIds: ids };
      total = ids.length;
    }
    lap("prepare");

    const summaries = new CustomerSummaries(Math.max(1024, total));
    await readCustomerFacts(pool, shop, scope, asOf, (page) => {
      for (const f of page) summaries.add(f);
      progress({ phase: "reading", done: summaries.length, total });
    });
    lap("read");

    const thresholds =
      mode === "full" || !last
        ? computeThresholds(summaries, asOfDay, settings)
        : (last.thresholds as unknown as Thresholds);
    progress({ phase: "fitting", done: 0, total: 1 });
    lap("thresholds");

    const lines = metricBatches(shop.id, summaries, asOf, asOfDay, thresholds, settings, (done) =>
      progress({ phase: "writing", done, total: summaries.length }),
    );
    await replaceMetrics(
      pool,
      shop.id,
      scope.kind === "all" ? null : scope.customerIds,
      lines,
      { id: runId, throughBatchId, asOf, customers: summaries.length, refit: false, thresholds },
      () => {
        lap("write");
        return timings;
      },
    );
    progress({ phase: "done", done: summaries.length, total: summaries.length });
    return { runId, mode, customers: summaries.length, asOf, thresholds, timingsMs: timings };
  } catch (e) {
    await failRun(db, shop.id, runId, e instanceof Error ? e.message : String(e)).catch(() => {});
    throw e;
  }
}

async function countLiveCustomers(db: Kysely<Database>, shopId: number): Promise<number> {
  const row = await db
    .selectFrom("customers")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("shop_id", "=", shopId)
    .where("merged_into_id", "is", null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The metrics rows as COPY text, in batches. */
async function* metricBatches(
  shopId: number,
  s: CustomerSummaries,
  asOf: Date,
  asOfDay: number,
  t: Thresholds,
  _settings: AnalyticsSettings,
  onBatch: (done: number) => void,
): AsyncGenerator<string[]> {
  let batch: string[] = [];
  const orNull = (v: number) => (Number.isNaN(v) ? null : v);
  for (let i = 0; i < s.length; i++) {
    const d = describeCustomer(s, i, asOfDay, t);
    const firstMs = s.get("firstOrderMs", i);
    const lastMs = s.get("lastOrderMs", i);
    const row: MetricRow = {
      shop_id: shopId,
      customer_id: s.get("customerId", i),
      as_of: asOf,
      paid_orders: s.get("paidOrders", i),
      purchase_days: s.get("purchaseDays", i),
      first_order_at: Number.isNaN(firstMs) ? null : new Date(firstMs),
      last_order_at: Number.isNaN(lastMs) ? null : new Date(lastMs),
      total_spent_fen: s.get("totalFen", i),
      aov_fen: d.aovFen,
      recency_days: d.recencyDays,
      r_score: d.rScore,
      f_score: d.fScore,
      m_score: d.mScore,
      aov_tier: d.aovTier,
      churn_status: d.churnStatus,
      ipt_mean_days: orNull(s.get("iptMeanDays", i)),
      ipt_median_days: orNull(s.get("iptMedianDays", i)),
      favourite_product_id: orNull(s.get("favouriteProductId", i)),
      favourite_sku_id: orNull(s.get("favouriteSkuId", i)),
      favourite_colour: s.favouriteColour[i] ?? null,
      favourite_size: s.favouriteSize[i] ?? null,
      prediction_source: null,
      fit_id: null,
      p_alive: null,
      p_alive_low: null,
      p_alive_high: null,
      horizon_days: null,
      expected_purchases: null,
      expected_purchases_low: null,
      expected_purchases_high: null,
      expected_next_purchase_on: null,
      expected_spend_fen: null,
      clv_fen: null,
      clv_low_fen: null,
      clv_high_fen: null,
    };
    batch.push(metricLine(row));
    if (batch.length >= WRITE_BATCH) {
      yield batch;
      onBatch(i + 1);
      batch = [];
    }
  }
  if (batch.length) yield batch;
  onBatch(s.length);
}
