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
import { dayInZone } from "../clv/index.ts";
import type { Actor } from "../shared/actor.ts";
import { authorize } from "../shared/authorize.ts";
import { BinaryRows } from "../shared/copy-binary.ts";
import type { Shop } from "../shops/index.ts";
import { type FactsScope, readCustomerFacts } from "./facts.ts";
import { computeThresholds, describeCustomer, type Thresholds } from "./metrics.ts";
import {
  fitFromStored,
  fitShopModels,
  type PurchaseFit,
  paramVector,
  ShopPredictor,
  type WarmStarts,
} from "./predictions.ts";
import {
  claimDirty,
  failRun,
  findFits,
  findLastRun,
  insertFit,
  insertRun,
  type MetricRow,
  readShopState,
  refreshPlannerStatistics,
  replaceMetrics,
  setRunMode,
  touchedCustomers,
  writeMetricRow,
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
  thresholds: RunState | null;
  timingsMs: Record<string, number>;
}

interface DbHandle {
  db: Kysely<Database>;
  pool: pg.Pool;
}

/** Rows per COPY batch when writing metrics. */
const WRITE_BATCH = 10_000;

/** Recompute the shop's customer metrics (needs `analytics:run`; the CLI's operator has it). */
export async function recomputeAnalytics(
  handle: DbHandle,
  actor: Actor,
  shop: Shop,
  options: RecomputeOptions,
): Promise<RecomputeResult> {
  authorize(actor, "analytics:run", shop.id);
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
  const lastState = last?.thresholds as RunState | undefined;
  let mode: "full" | "incremental" =
    options.mode === "incremental" && last?.through_batch_id != null && lastState?.prediction
      ? "incremental"
      : "full";
  const runId = await insertRun(db, shop.id, mode);
  try {
    const settings = await getAnalyticsSettings(db, shop);
    await claimDirty(db, shop.id, runId);
    const {
      latestBatchId: throughBatchId,
      latestOrderAt,
      liveCustomers,
      paidOrders,
    } = await readShopState(db, shop.id);
    const asOf = options.asOf ?? latestOrderAt ?? new Date();
    const asOfDay = dayInZone(shop.timeZone)(asOf);

    let scope: FactsScope = { kind: "all" };
    if (mode === "incremental" && lastState?.prediction) {
      const ids = await touchedCustomers(
        db,
        shop.id,
        Number(last?.through_batch_id ?? 0),
        throughBatchId,
        runId,
      );
      // A refit when enough new purchases arrived; a full pass when most customers changed anyway.
      const grown = paidOrders > lastState.prediction.paidOrders * (1 + settings.clv.refitGrowth);
      if (grown || (ids.length > FULL_RUN_SHARE * liveCustomers && ids.length > FULL_RUN_MIN)) {
        mode = "full";
        await setRunMode(db, shop.id, runId, mode);
      } else scope = { kind: "some", customerIds: ids };
    }
    if (mode === "full") await refreshPlannerStatistics(db);
    const total = scope.kind === "all" ? liveCustomers : scope.customerIds.length;
    lap("prepare");

    const summaries = new CustomerSummaries(Math.max(1024, total));
    await readCustomerFacts(pool, shop, scope, asOf, summaries, (done) =>
      progress({ phase: "reading", done, total }),
    );
    lap("read");

    progress({ phase: "fitting", done: 0, total: 1 });
    let state: RunState;
    if (mode === "full" || !lastState?.prediction) {
      state = {
        ...computeThresholds(summaries, asOfDay, settings),
        prediction: await fitAndStore(
          db,
          shop.id,
          runId,
          summaries,
          asOfDay,
          asOf,
          settings,
          paidOrders,
          lastState,
        ),
      };
    } else state = lastState;
    const predictor = await predictorFor(db, shop.id, state.prediction, settings, asOfDay);
    lap("fit");

    const lines = metricBatches(shop.id, summaries, asOf, asOfDay, state, predictor, (done) =>
      progress({ phase: "writing", done, total: summaries.length }),
    );
    await replaceMetrics(
      pool,
      shop.id,
      scope.kind === "all" ? null : scope.customerIds,
      lines,
      {
        id: runId,
        throughBatchId,
        asOf,
        customers: summaries.length,
        refit: state !== lastState,
        thresholds: state,
      },
      () => {
        lap("write");
        return timings;
      },
    );
    progress({ phase: "done", done: summaries.length, total: summaries.length });
    return { runId, mode, customers: summaries.length, asOf, thresholds: state, timingsMs: timings };
  } catch (e) {
    await failRun(db, shop.id, runId, e instanceof Error ? e.message : String(e)).catch(() => {});
    throw e;
  }
}

/**
 * An incremental run touching more than this share of the customers (and more than FULL_RUN_MIN of
 * them) does a full run instead: one ordered pass is then cheaper than reading a large id list.
 */
const FULL_RUN_SHARE = 0.25;
const FULL_RUN_MIN = 50_000;

/** What a run stores for the next incremental one: thresholds plus which fits to predict with. */
export interface RunState extends Thresholds {
  prediction: PredictionState;
}

/** The fits a run predicted with (or why it fell back to the heuristic). */
export interface PredictionState {
  purchaseFitId: number;
  spendFitId: number | null;
  trusted: boolean;
  spendTrusted: boolean;
  /** Why the purchase fit is not trusted ("ok" when it is): shown beside heuristic predictions. */
  reason: string;
  fallbackRatePerWeek: number;
  /** Paid orders when the models were fitted (refit when they grew by refitGrowth). */
  paidOrders: number;
}

/** Fit the shop's models, store them as versioned rows, and say which to use. */
async function fitAndStore(
  db: Kysely<Database>,
  shopId: number,
  runId: number,
  summaries: CustomerSummaries,
  asOfDay: number,
  asOf: Date,
  settings: AnalyticsSettings,
  paidOrders: number,
  previous: RunState | undefined,
): Promise<PredictionState> {
  const models = fitShopModels(
    summaries,
    asOfDay,
    settings,
    await warmStarts(db, shopId, previous, settings),
  );
  const purchaseFitId = await insertFit(db, shopId, runId, models.purchase, models.purchaseTrust, asOf);
  const spendFitId =
    models.spend && models.spendTrust
      ? await insertFit(db, shopId, runId, models.spend, models.spendTrust, asOf)
      : null;
  return {
    purchaseFitId,
    spendFitId,
    trusted: models.purchaseTrust.trustworthy,
    spendTrusted: models.spendTrust?.trustworthy ?? false,
    reason: models.purchaseTrust.reason,
    fallbackRatePerWeek: models.fallbackRatePerWeek,
    paidOrders,
  };
}

/** The previous run's parameters as starting points, when it fitted the same models. */
async function warmStarts(
  db: Kysely<Database>,
  shopId: number,
  previous: RunState | undefined,
  settings: AnalyticsSettings,
): Promise<WarmStarts> {
  const p = previous?.prediction;
  if (!p) return {};
  const fits = await findFits(db, shopId, fitIds(p));
  const purchase = fits.find((f) => f.id === p.purchaseFitId && f.model === settings.clv.model);
  const spend = fits.find((f) => f.id === p.spendFitId);
  const start = (f: (typeof fits)[number] | undefined) => {
    const v = f && paramVector(f);
    return v?.every((x) => Number.isFinite(x) && x > 0) ? v : undefined;
  };
  return { purchase: start(purchase), spend: start(spend) };
}

/** The ids of the fits a run's state names. */
function fitIds(state: PredictionState): number[] {
  return [state.purchaseFitId, state.spendFitId].filter((id): id is number => id !== null);
}

/** The predictor for a run, from the fits its state names. */
async function predictorFor(
  db: Kysely<Database>,
  shopId: number,
  state: PredictionState,
  settings: AnalyticsSettings,
  asOfDay: number,
): Promise<ShopPredictor> {
  const fits = await findFits(db, shopId, fitIds(state));
  const purchase = fits.find((f) => f.id === state.purchaseFitId);
  if (!purchase) throw new Error(`analytics: fit ${state.purchaseFitId} is missing`);
  const spend = fits.find((f) => f.id === state.spendFitId);
  return new ShopPredictor(
    {
      purchase: fitFromStored(purchase) as PurchaseFit,
      spend: spend ? fitFromStored(spend) : undefined,
      fallbackRatePerWeek: state.fallbackRatePerWeek,
      trusted: state.trusted,
      spendTrusted: state.spendTrusted,
    },
    settings,
    asOfDay,
  );
}

/** The metrics rows as binary COPY, in chunks of WRITE_BATCH rows. */
async function* metricBatches(
  shopId: number,
  s: CustomerSummaries,
  asOf: Date,
  asOfDay: number,
  t: RunState,
  predictor: ShopPredictor,
  onBatch: (done: number) => void,
): AsyncGenerator<Buffer> {
  const out = new BinaryRows();
  const orNull = (v: number) => (Number.isNaN(v) ? null : v);
  const asOfMs = asOf.getTime();
  for (let i = 0; i < s.length; i++) {
    const d = describeCustomer(s, i, asOfDay, t);
    const p = predictor.predict(s, i);
    const firstMs = s.get("firstOrderMs", i);
    const lastMs = s.get("lastOrderMs", i);
    const row: MetricRow = {
      shop_id: shopId,
      customer_id: s.get("customerId", i),
      as_of: asOfMs,
      paid_orders: s.get("paidOrders", i),
      purchase_days: s.get("purchaseDays", i),
      first_order_at: orNull(firstMs),
      last_order_at: orNull(lastMs),
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
      prediction_source: p.source,
      fit_id: p.source === null || p.source === "heuristic" ? null : t.prediction.purchaseFitId,
      p_alive: p.pAlive?.[0] ?? null,
      p_alive_low: p.pAlive?.[1] ?? null,
      p_alive_high: p.pAlive?.[2] ?? null,
      horizon_days: p.source === null ? null : predictor.horizonDays,
      expected_purchases: p.expectedPurchases?.[0] ?? null,
      expected_purchases_low: p.expectedPurchases?.[1] ?? null,
      expected_purchases_high: p.expectedPurchases?.[2] ?? null,
      expected_next_purchase_on: p.nextPurchaseDay?.[0] ?? null,
      expected_next_purchase_low: p.nextPurchaseDay?.[1] ?? null,
      expected_next_purchase_high: p.nextPurchaseDay?.[2] ?? null,
      expected_spend_fen: p.expectedSpendFen?.[0] ?? null,
      expected_spend_low_fen: p.expectedSpendFen?.[1] ?? null,
      expected_spend_high_fen: p.expectedSpendFen?.[2] ?? null,
      clv_fen: p.clvFen?.[0] ?? null,
      clv_low_fen: p.clvFen?.[1] ?? null,
      clv_high_fen: p.clvFen?.[2] ?? null,
    };
    writeMetricRow(out, row);
    if ((i + 1) % WRITE_BATCH === 0) {
      yield out.take();
      onBatch(i + 1);
    }
  }
  if (out.byteLength > 0) yield out.take();
  onBatch(s.length);
}
