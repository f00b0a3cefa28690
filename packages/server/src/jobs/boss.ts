/**
 * The job queue on pg-boss, in the same database as the data: its tables live in their own
 * `pgboss` schema (never distributed on Citus). `startBoss` installs or upgrades that schema,
 * creates one queue per job name with its retry policy, and returns the queue the routes send to;
 * the worker (worker.ts) runs the handlers.
 */
import { JOB_NAMES, type JobName } from "@laoke/core";
import type { DatabaseHandle } from "@laoke/db";
import PgBoss from "pg-boss";
import type { JobQueue } from "./queue.ts";

/** The schema pg-boss keeps its tables in. */
export const BOSS_SCHEMA = "pgboss";

/**
 * Each queue's policy. Imports retry after a crash or a lost connection (a bad file is failed by
 * the handler without throwing, so it is never retried) and land in `import.failed` when the queue
 * gives up; analytics retries twice with backoff, and `stately` keeps at most one waiting and one
 * running job per singleton key (shop and mode), so a burst of imports queues one recompute.
 */
const QUEUES: Record<JobName, Omit<PgBoss.Queue, "name">> = {
  "import.failed": {
    policy: "standard",
    retryLimit: 5,
    retryDelay: 10,
    retryBackoff: true,
    expireInSeconds: 300,
  },
  "import.run": {
    policy: "standard",
    retryLimit: 2,
    retryDelay: 30,
    retryBackoff: true,
    // A million-order import takes minutes; a job still active after this is taken for crashed.
    expireInSeconds: 3 * 3600,
    deadLetter: "import.failed",
  },
  "analytics.recompute": {
    policy: "stately",
    retryLimit: 2,
    retryDelay: 60,
    retryBackoff: true,
    expireInSeconds: 3600,
  },
  "analytics.nightly": { policy: "standard", retryLimit: 1, retryDelay: 60, expireInSeconds: 600 },
  "uploads.cleanup": { policy: "standard", retryLimit: 1, retryDelay: 600, expireInSeconds: 600 },
};

/** The queue backed by pg-boss, with the pg-boss instance the worker registers on. */
export interface BossQueue extends JobQueue {
  readonly boss: PgBoss;
  /** Stop gracefully: workers take no new jobs, running ones get `timeoutMs` to finish, then the pool closes. */
  stop(options?: { timeoutMs?: number }): Promise<void>;
}

/** Options of `startBoss`. */
export interface BossOptions {
  /** Connections of pg-boss's own pool (default 3). */
  poolSize?: number;
  /** pg-boss reports background errors (lost connections, maintenance) here. */
  onError?: (error: Error) => void;
}

/** Start pg-boss on the handle's database and make sure every queue exists with its policy. */
export async function startBoss(
  handle: Pick<DatabaseHandle, "url">,
  options: BossOptions = {},
): Promise<BossQueue> {
  const boss = new PgBoss({
    connectionString: handle.url,
    schema: BOSS_SCHEMA,
    max: options.poolSize ?? 3,
    application_name: "laoke-jobs",
  });
  // An EventEmitter without an `error` listener would crash the process on the first hiccup.
  boss.on("error", options.onError ?? (() => {}));
  await boss.start();
  for (const name of JOB_NAMES) {
    const policy = QUEUES[name];
    await boss.createQueue(name, { name, ...policy });
    // createQueue leaves an existing queue alone: bring its policy up to date.
    await boss.updateQueue(name, { name, ...policy });
  }
  return {
    boss,
    send(name, payload, sendOptions) {
      return boss.send(
        name,
        payload,
        sendOptions?.singletonKey ? { singletonKey: sendOptions.singletonKey } : {},
      );
    },
    stop(stopOptions = {}) {
      return boss.stop({ graceful: true, timeout: stopOptions.timeoutMs ?? 30_000 });
    },
  };
}
