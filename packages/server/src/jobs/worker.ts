/**
 * The worker: wires core's job handlers to pg-boss queues and schedules the nightly recompute.
 * Runs inside `laoke serve` (unless --no-worker), alone as `laoke worker`, and in tests. Handlers
 * take one job at a time per queue: an import and a recompute each keep a core busy.
 */
import {
  cleanUploads,
  failAbandonedImportJob,
  JOB_NAMES,
  type JobName,
  type JobPayloads,
  runImportJob,
  runRecomputeJob,
  sendNightlyRecomputes,
} from "@laoke/core";
import type { DatabaseHandle } from "@laoke/db";
import type PgBoss from "pg-boss";
import pino from "pino";
import type { BossQueue } from "./boss.ts";

/**
 * The hourly tick of the nightly recompute. A pg-boss schedule has one time zone and shops have
 * their own, so the tick runs every hour at :30 and sends the full run to the shops whose local
 * time is then 03:30 (see core's sendNightlyRecomputes).
 */
export const NIGHTLY_CRON = "30 * * * *";

/** The daily clean-up of kept uploads (04:15 UTC, a quiet hour in China and Europe alike). */
export const CLEANUP_CRON = "15 4 * * *";

/** Where the worker reports; pino loggers (Fastify's `app.log`) fit. */
export interface WorkerLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** Options of `startWorker`. */
export interface WorkerOptions {
  /** LAOKE_HOME: where uploads and rejects files live. */
  home: string;
  log?: WorkerLog;
  /** How often an idle queue is polled (default 2 s). */
  pollingIntervalSeconds?: number;
  /** Least time between two progress writes of an import (default 500 ms). */
  progressIntervalMs?: number;
}

/** A running worker. */
export interface Worker {
  /** Stop taking jobs (running ones finish; `BossQueue.stop` waits for them). */
  stop(): Promise<void>;
}

const SILENT: WorkerLog = { info() {}, warn() {}, error() {} };

/** An error for the log, without what some carry along (a pg error's whole connection). */
function brief(error: unknown): object {
  if (!(error instanceof Error)) return { message: String(error) };
  const { name, message, stack } = error;
  const code = (error as { code?: unknown }).code;
  return { type: name, message, ...(code === undefined ? {} : { code }), stack };
}

/** A JSON-lines logger for a worker running without the HTTP server (`laoke worker`). */
export function createWorkerLog(level: string): WorkerLog {
  return pino({ level, base: { service: "laoke-worker" } });
}

/** Register every handler and the nightly schedule on `queue`'s pg-boss. */
export async function startWorker(
  handle: Pick<DatabaseHandle, "db" | "pool">,
  queue: BossQueue,
  options: WorkerOptions,
): Promise<Worker> {
  const log = options.log ?? SILENT;
  const boss = queue.boss;
  const workOptions: PgBoss.WorkOptions = {
    batchSize: 1,
    ...(options.pollingIntervalSeconds ? { pollingIntervalSeconds: options.pollingIntervalSeconds } : {}),
  };

  async function work<N extends JobName>(name: N, handler: (data: JobPayloads[N]) => Promise<unknown>) {
    await boss.work<JobPayloads[N]>(name, workOptions, async (jobs) => {
      const outputs: unknown[] = [];
      for (const job of jobs) {
        const started = Date.now();
        try {
          const output = await handler(job.data);
          log.info({ job: name, id: job.id, data: job.data, ms: Date.now() - started, output }, "job done");
          outputs.push(output);
        } catch (error) {
          // pg-boss records the error on the job and retries it by the queue's policy.
          log.error({ job: name, id: job.id, data: job.data, err: brief(error) }, "job failed");
          throw error;
        }
      }
      return outputs.length === 1 ? outputs[0] : { outputs };
    });
  }

  await work("import.run", (data) =>
    runImportJob(handle, data, {
      home: options.home,
      jobs: queue,
      progressIntervalMs: options.progressIntervalMs,
      warn: (message, error) => log.warn({ err: brief(error), data }, message),
    }),
  );
  await work("import.failed", (data) => failAbandonedImportJob(handle.db, data));
  await work("analytics.recompute", (data) => runRecomputeJob(handle, data));
  await work("analytics.nightly", async () => ({ shops: await sendNightlyRecomputes(handle.db, queue) }));
  await boss.schedule("analytics.nightly", NIGHTLY_CRON, {}, { tz: "UTC" });
  await work("uploads.cleanup", () => cleanUploads(handle.db, options.home));
  await boss.schedule("uploads.cleanup", CLEANUP_CRON, {}, { tz: "UTC" });

  return {
    async stop() {
      for (const name of JOB_NAMES) {
        await boss.offWork(name);
      }
    },
  };
}
