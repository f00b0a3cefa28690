/** SQL of the analytics history the dashboard shows: recent runs and the latest fit of each model. */
import type { Database } from "@laoke/db";
import type { Kysely } from "kysely";

/** The shop's most recent runs, newest first. */
export async function selectRecentRuns(db: Kysely<Database>, shopId: number, limit: number) {
  return db
    .selectFrom("analytics_runs")
    .select([
      "id",
      "mode",
      "status",
      "customers",
      "refit",
      "as_of",
      "thresholds",
      "timings",
      "error",
      "started_at",
      "finished_at",
    ])
    .where("shop_id", "=", shopId)
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}

/** The newest fit of each model (index clv_fits_latest). */
export async function selectLatestFits(db: Kysely<Database>, shopId: number) {
  return db
    .selectFrom("clv_fits")
    .distinctOn("model")
    .select([
      "id",
      "run_id",
      "model",
      "params",
      "standard_errors",
      "log_likelihood",
      "customers",
      "repeat_customers",
      "penalty",
      "converged",
      "trusted",
      "reason",
      "data_cutoff",
      "fitted_at",
    ])
    .where("shop_id", "=", shopId)
    .orderBy("model")
    .orderBy("fitted_at", "desc")
    .orderBy("id", "desc")
    .execute();
}
