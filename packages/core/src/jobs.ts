/**
 * Every background job laoke runs, by name, with its payload type. The server sends them, the
 * worker (`laoke worker`, pg-boss) runs them; payloads carry ids, never personal data.
 */
import type { Actor } from "./shared/actor.ts";

/**
 * The actor job handlers call services as: the worker is a local process on the database host,
 * trusted like the command line. Who may start a job is checked when it is sent (an upload needs
 * `import`); audit events of a job name the person it runs for.
 */
export const WORKER: Actor = { kind: "operator", name: "worker" };

/** Payload of each job. */
export interface JobPayloads {
  /** Run an uploaded import (import_jobs row `jobId`). */
  "import.run": { shopId: number; jobId: number };
  /** An `import.run` the queue gave up on (retries used up, crash, timeout): mark the import failed. */
  "import.failed": { shopId: number; jobId: number };
  /** Recompute a shop's analytics after an import, or in full (nightly). */
  "analytics.recompute": { shopId: number; mode: "incremental" | "full" };
  /** The hourly tick that sends the nightly full recompute of every shop whose local time is 03:xx. */
  "analytics.nightly": Record<string, never>;
  /** The daily removal of failed imports' uploads past their keeping time and of crash leftovers. */
  "uploads.cleanup": Record<string, never>;
}

/** A job name. */
export type JobName = keyof JobPayloads;

/** Every job name, for creating queues and registering workers. */
export const JOB_NAMES: readonly JobName[] = [
  "import.failed",
  "import.run",
  "analytics.recompute",
  "analytics.nightly",
  "uploads.cleanup",
];

/** How job handlers send follow-up jobs (the server's queue satisfies it); resolves with the job id, or null when a singleton was already queued. */
export interface JobSender {
  send<N extends JobName>(
    name: N,
    payload: JobPayloads[N],
    options?: { singletonKey?: string },
  ): Promise<string | null>;
}
