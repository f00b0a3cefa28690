/** SQL of the analytics runs: watermarks, touched customers, and the metrics rows themselves. */
import type { Database } from "@laoke/db";
import { type Kysely, sql } from "kysely";
import type pg from "pg";
import { type BinaryColumnType, type BinaryRows, copyBinaryStream } from "../shared/copy-binary.ts";
import type { Thresholds } from "./metrics.ts";

/**
 * Fresh planner statistics before reading a whole shop: right after a large import autovacuum has
 * not analysed the new rows yet, and a plan made for "tiny orders table" (nested loops over a
 * sequential scan) takes minutes instead of a second. Sampling costs well under a second.
 */
export async function refreshPlannerStatistics(db: Kysely<Database>): Promise<void> {
  const { rows } = await sql<{ table: string }>`
    select relname as table from pg_stat_user_tables
     where schemaname = current_schema() and relname in ('customers', 'orders', 'order_items')
       and (last_analyze is null and last_autoanalyze is null
            or n_mod_since_analyze > greatest(1000, 0.1 * n_live_tup))`.execute(db);
  for (const { table } of rows) await sql`analyze ${sql.table(table)}`.execute(db);
}

/** The last succeeded run of the shop, if any. */
export async function findLastRun(db: Kysely<Database>, shopId: number) {
  return db
    .selectFrom("analytics_runs")
    .selectAll()
    .where("shop_id", "=", shopId)
    .where("status", "=", "succeeded")
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** What a run needs to know about the shop before it starts, in one round trip. */
export interface ShopState {
  /**
   * The newest succeeded import batch. Batch ids of one shop grow in commit order (an import takes
   * the shop's lock before it allocates its id), so everything committed later has a larger id.
   */
  latestBatchId: number;
  /** The latest order time (any status): the default analysis date. Null for an empty shop. */
  latestOrderAt: Date | null;
  liveCustomers: number;
  /** Paid orders: how much data a fit saw (a refit waits until enough new data arrived). */
  paidOrders: number;
}

export async function readShopState(db: Kysely<Database>, shopId: number): Promise<ShopState> {
  const { rows } = await sql<{ batch: number | null; latest: Date | null; customers: number; paid: number }>`
    select (select max(id) from import_batches where shop_id = ${shopId} and status = 'succeeded') as batch,
           o.latest, o.paid,
           (select count(*) from customers where shop_id = ${shopId} and merged_into_id is null)::int as customers
      from (select max(ordered_at) as latest,
                   count(*) filter (where status in ('paid', 'shipped', 'completed'))::int as paid
              from orders where shop_id = ${shopId}) o`.execute(db);
  const r = rows[0];
  return {
    latestBatchId: Number(r?.batch ?? 0),
    latestOrderAt: r?.latest ?? null,
    liveCustomers: r?.customers ?? 0,
    paidOrders: r?.paid ?? 0,
  };
}

/**
 * Customers whose facts may have changed since batch `afterBatch`: buyers of orders written by
 * later batches, both sides of their merges, and customers marked dirty by other changes (a split).
 */
export async function touchedCustomers(
  db: Kysely<Database>,
  shopId: number,
  afterBatch: number,
  throughBatch: number,
  runId: number,
): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    select customer_id as id from orders
     where shop_id = ${shopId} and batch_id > ${afterBatch} and batch_id <= ${throughBatch}
    union
    select unnest(array[survivor_id, merged_customer_id, split_customer_id]) from customer_merges
     where shop_id = ${shopId} and batch_id > ${afterBatch} and batch_id <= ${throughBatch}
    union
    select customer_id from analytics_dirty where shop_id = ${shopId} and claimed_by_run = ${runId}`.execute(
    db,
  );
  return rows.map((r) => Number(r.id)).filter((id) => Number.isFinite(id) && id > 0);
}

/** Claim the current dirty marks for a run (a mark made later clears the claim and survives the run). */
export async function claimDirty(db: Kysely<Database>, shopId: number, runId: number): Promise<void> {
  await sql`update analytics_dirty set claimed_by_run = ${runId} where shop_id = ${shopId}`.execute(db);
}

/** Mark customers for the next incremental run (changes made outside an import, e.g. a split). */
export async function markCustomersDirty(
  client: pg.PoolClient | pg.Pool,
  shopId: number,
  customerIds: number[],
): Promise<void> {
  await client.query(
    `insert into analytics_dirty (shop_id, customer_id) select $1, unnest($2::bigint[])
     on conflict (shop_id, customer_id) do update set marked_at = now(), claimed_by_run = null`,
    [shopId, customerIds],
  );
}

export async function insertRun(
  db: Kysely<Database>,
  shopId: number,
  mode: "full" | "incremental",
): Promise<number> {
  const row = await db
    .insertInto("analytics_runs")
    .values({ shop_id: shopId, mode, status: "running" })
    .returning("id")
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** An incremental run that turned into a full one. */
export async function setRunMode(
  db: Kysely<Database>,
  shopId: number,
  runId: number,
  mode: "full" | "incremental",
): Promise<void> {
  await db
    .updateTable("analytics_runs")
    .set({ mode })
    .where("shop_id", "=", shopId)
    .where("id", "=", runId)
    .execute();
}

export async function failRun(
  db: Kysely<Database>,
  shopId: number,
  runId: number,
  error: string,
): Promise<void> {
  await db
    .updateTable("analytics_runs")
    .set({ status: "failed", error, finished_at: new Date() })
    .where("shop_id", "=", shopId)
    .where("id", "=", runId)
    .execute();
}

/** customer_metrics' columns as a full run writes them, with their types (binary COPY). */
const METRIC_TYPES = {
  shop_id: "int8",
  customer_id: "int8",
  as_of: "timestamptz",
  paid_orders: "int4",
  purchase_days: "int4",
  first_order_at: "timestamptz",
  last_order_at: "timestamptz",
  total_spent_fen: "int8",
  aov_fen: "int8",
  recency_days: "int4",
  r_score: "int2",
  f_score: "int2",
  m_score: "int2",
  aov_tier: "int2",
  churn_status: "text",
  ipt_mean_days: "float4",
  ipt_median_days: "float4",
  favourite_product_id: "int8",
  favourite_sku_id: "int8",
  favourite_colour: "text",
  favourite_size: "text",
  prediction_source: "text",
  fit_id: "int8",
  p_alive: "float4",
  p_alive_low: "float4",
  p_alive_high: "float4",
  horizon_days: "int4",
  expected_purchases: "float4",
  expected_purchases_low: "float4",
  expected_purchases_high: "float4",
  expected_next_purchase_on: "date",
  expected_next_purchase_low: "date",
  expected_next_purchase_high: "date",
  expected_spend_fen: "int8",
  expected_spend_low_fen: "int8",
  expected_spend_high_fen: "int8",
  clv_fen: "int8",
  clv_low_fen: "int8",
  clv_high_fen: "int8",
} as const satisfies Record<string, BinaryColumnType>;

type MetricColumn = keyof typeof METRIC_TYPES;
const METRIC_COLUMNS = Object.keys(METRIC_TYPES) as MetricColumn[];
const METRIC_COLUMN_TYPES = METRIC_COLUMNS.map((c) => METRIC_TYPES[c]);

/**
 * One customer_metrics row: numbers for numbers, days since 1970-01-01 for dates, epoch
 * milliseconds for timestamps, null for none.
 */
export type MetricRow = { [K in MetricColumn]: number | string | null };

/** Append one row to `out` in binary COPY format. */
export function writeMetricRow(out: BinaryRows, row: MetricRow): void {
  out.row(METRIC_COLUMNS.length);
  for (let i = 0; i < METRIC_COLUMNS.length; i++)
    out.value(METRIC_COLUMN_TYPES[i] as BinaryColumnType, row[METRIC_COLUMNS[i] as MetricColumn]);
}

/**
 * Replace the metrics of the given customers (all of the shop's when `customerIds` is null) with
 * `rows` (binary COPY chunks of writeMetricRow rows), clear the dirty marks that are now reflected, and close the run — one transaction,
 * so a reader sees the old or the new metrics, never a mix.
 */
export async function replaceMetrics(
  pool: pg.Pool,
  shopId: number,
  customerIds: number[] | null,
  rows: AsyncIterable<Buffer>,
  run: {
    id: number;
    throughBatchId: number;
    asOf: Date;
    customers: number;
    refit: boolean;
    thresholds: Thresholds;
  },
  timings: () => Record<string, number>,
): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("begin");
    // Two runs of one shop (an import's incremental run and a manual full one) write one after the
    // other: otherwise the second's delete misses the first's uncommitted rows and its COPY fails.
    await client.query("select pg_advisory_xact_lock(hashtext('laoke.analytics'), $1::int)", [shopId]);
    if (customerIds === null) await client.query("delete from customer_metrics where shop_id = $1", [shopId]);
    else
      await client.query(
        "delete from customer_metrics where shop_id = $1 and customer_id = any($2::bigint[])",
        [shopId, customerIds],
      );
    await client.query("delete from analytics_dirty where shop_id = $1 and claimed_by_run = $2", [
      shopId,
      run.id,
    ]);
    await copyBinaryStream(client, "customer_metrics", METRIC_COLUMNS, rows);
    await client.query(
      `update analytics_runs set status = 'succeeded', through_batch_id = $3, as_of = $4, customers = $5,
              refit = $6, thresholds = $7, timings = $8, finished_at = now()
        where shop_id = $1 and id = $2`,
      [
        shopId,
        run.id,
        run.throughBatchId,
        run.asOf,
        run.customers,
        run.refit,
        JSON.stringify(run.thresholds),
        JSON.stringify(timings()),
      ],
    );
    await client.query("commit");
  } catch (e) {
    await client.query("rollback").catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

/** A stored fit, as the prediction step needs it. */
export interface StoredFit {
  id: number;
  model: "bgnbd" | "pareto-nbd" | "gamma-gamma";
  params: Record<string, number>;
  logCovariance: number[][] | null;
  trusted: boolean;
}

/** Save one fit as a versioned row; returns its id. */
export async function insertFit(
  db: Kysely<Database>,
  shopId: number,
  runId: number,
  fit: {
    model: "bgnbd" | "pareto-nbd" | "gamma-gamma";
    params: Record<string, number>;
    standardErrors: Record<string, number> | undefined;
    logCovariance: number[][] | undefined;
    logLikelihood: number;
    customers: number;
    penalty: number;
    converged: boolean;
  },
  verdict: { trustworthy: boolean; reason: string; repeatBuyers: number },
  dataCutoff: Date,
): Promise<number> {
  const row = await db
    .insertInto("clv_fits")
    .values({
      shop_id: shopId,
      run_id: runId,
      model: fit.model,
      params: JSON.stringify(fit.params) as unknown as Record<string, number>,
      standard_errors: (fit.standardErrors ? JSON.stringify(fit.standardErrors) : null) as unknown as Record<
        string,
        number
      > | null,
      log_covariance: (fit.logCovariance ? JSON.stringify(fit.logCovariance) : null) as unknown as
        | number[][]
        | null,
      // A failed fit can end at ±Infinity; the column is a plain double.
      log_likelihood: Number.isFinite(fit.logLikelihood) ? fit.logLikelihood : -1e308,
      customers: fit.customers,
      repeat_customers: verdict.repeatBuyers,
      penalty: fit.penalty,
      converged: fit.converged,
      trusted: verdict.trustworthy,
      reason: verdict.reason,
      data_cutoff: dataCutoff,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** Fits by id (those a previous run used). */
export async function findFits(db: Kysely<Database>, shopId: number, ids: number[]): Promise<StoredFit[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("clv_fits")
    .select(["id", "model", "params", "log_covariance", "trusted"])
    .where("shop_id", "=", shopId)
    .where("id", "in", ids)
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    model: r.model,
    params: r.params,
    logCovariance: r.log_covariance,
    trusted: r.trusted,
  }));
}
