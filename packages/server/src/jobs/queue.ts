/**
 * The job queue as the routes see it: send a typed job. Backed by pg-boss (boss.ts); the jobs run
 * in `laoke worker`, or in the worker inside `laoke serve` (unless --no-worker) and the demo.
 */
import type { JobName, JobPayloads } from "@laoke/core";

/** Send a job; resolves with its queue id. */
export interface JobQueue {
  send<N extends JobName>(
    name: N,
    payload: JobPayloads[N],
    options?: { singletonKey?: string },
  ): Promise<string | null>;
}
