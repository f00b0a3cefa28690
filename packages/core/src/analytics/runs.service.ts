/**
 * Analytics runs as the dashboard sees them: the recent history with the fits in use, and a
 * request to recompute that is queued as the `analytics.recompute` job (the queue itself belongs
 * to the server, so it is passed in).
 */
import type { ClvModelName, Database } from "@laoke/db";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/index.ts";
import type { JobPayloads } from "../jobs.ts";
import type { Actor } from "../shared/actor.ts";
import { authorize } from "../shared/authorize.ts";
import type { PredictionState } from "./recompute.service.ts";
import { selectLatestFits, selectRecentRuns } from "./run-history.repository.ts";
import { findLastRun } from "./runs.repository.ts";

/** One recompute run. timingsMs: milliseconds per phase (prepare, read, fit, write). */
export interface AnalyticsRun {
  id: number;
  mode: "full" | "incremental";
  status: "running" | "succeeded" | "failed";
  customers: number;
  refit: boolean;
  asOf: Date | null;
  startedAt: Date;
  finishedAt: Date | null;
  timingsMs: Record<string, number>;
  error: string | null;
}

/** A stored model fit. inUse: the last succeeded run predicts with it. reason: why it is (not) trusted. */
export interface AnalyticsFit {
  id: number;
  runId: number | null;
  model: ClvModelName;
  params: Record<string, number>;
  standardErrors: Record<string, number> | null;
  logLikelihood: number;
  customers: number;
  repeatCustomers: number;
  penalty: number;
  converged: boolean;
  trusted: boolean;
  reason: string | null;
  inUse: boolean;
  dataCutoff: Date;
  fittedAt: Date;
}

/** Recent runs (newest first) and the newest fit of each model. */
export interface AnalyticsRunHistory {
  runs: AnalyticsRun[];
  fits: AnalyticsFit[];
}

/** The shop's recent analytics runs and latest fits (needs `customers:read`). */
export async function listAnalyticsRuns(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  options: { limit?: number | undefined } = {},
): Promise<AnalyticsRunHistory> {
  authorize(actor, "customers:read", shopId);
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 20), 1), 100);
  const [runs, fits, last] = await Promise.all([
    selectRecentRuns(db, shopId, limit),
    selectLatestFits(db, shopId),
    findLastRun(db, shopId),
  ]);
  const prediction = (last?.thresholds as { prediction?: Partial<PredictionState> } | undefined)?.prediction;
  const inUse = new Set([prediction?.purchaseFitId, prediction?.spendFitId].filter((id) => id != null));
  return {
    runs: runs.map((r) => ({
      id: Number(r.id),
      mode: r.mode,
      status: r.status,
      customers: r.customers,
      refit: r.refit,
      asOf: r.as_of,
      startedAt: r.started_at,
      finishedAt: r.finished_at,
      timingsMs: r.timings,
      error: r.error,
    })),
    fits: fits.map((f) => ({
      id: Number(f.id),
      runId: f.run_id === null ? null : Number(f.run_id),
      model: f.model,
      params: f.params,
      standardErrors: f.standard_errors,
      logLikelihood: f.log_likelihood,
      customers: f.customers,
      repeatCustomers: f.repeat_customers,
      penalty: f.penalty,
      converged: f.converged,
      trusted: f.trusted,
      reason: f.reason,
      inUse: inUse.has(Number(f.id)),
      dataCutoff: f.data_cutoff,
      fittedAt: f.fitted_at,
    })),
  };
}

/** Sends one job; resolves with its queue id, or null when an equal job is already waiting. */
export type EnqueueRecompute = (
  payload: JobPayloads["analytics.recompute"],
  options: { singletonKey: string },
) => Promise<string | null>;

/** The queue's singleton key of a shop's recompute: one waiting job per shop and mode. */
export function recomputeSingletonKey(shopId: number, mode: "incremental" | "full"): string {
  return `analytics.recompute:${shopId}:${mode}`;
}

/** What a recompute request did: queued a job, or found one of that mode already waiting. */
export interface RecomputeRequest {
  mode: "incremental" | "full";
  jobId: string | null;
  alreadyQueued: boolean;
}

/** Queue a recompute of the shop's analytics (needs `analytics:run`); audited as `analytics.recomputed`. */
export async function requestAnalyticsRecompute(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  mode: "incremental" | "full",
  enqueue: EnqueueRecompute,
): Promise<RecomputeRequest> {
  authorize(actor, "analytics:run", shopId);
  const jobId = await enqueue({ shopId, mode }, { singletonKey: recomputeSingletonKey(shopId, mode) });
  const result = { mode, jobId, alreadyQueued: jobId === null };
  await recordAudit(db, actor, {
    shopId,
    action: "analytics.recomputed",
    targetType: "shop",
    targetIds: [shopId],
    data: result,
  });
  return result;
}
