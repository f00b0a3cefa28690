/**
 * Every background job laoke runs, by name, with its payload type. The server sends them, the
 * worker (`laoke worker`, pg-boss) runs them; payloads carry ids, never personal data.
 */

/** Payload of each job. */
export interface JobPayloads {
  /** Run an uploaded import (import_jobs row `jobId`). */
  "import.run": { shopId: number; jobId: number };
  /** Recompute a shop's analytics after an import, or in full (nightly). */
  "analytics.recompute": { shopId: number; mode: "incremental" | "full" };
}

/** A job name. */
export type JobName = keyof JobPayloads;

/** Every job name, for registering workers. */
export const JOB_NAMES: readonly JobName[] = ["import.run", "analytics.recompute"];
