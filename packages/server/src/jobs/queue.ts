/**
 * The job queue as the routes see it: send a typed job. Backed by pg-boss (`laoke worker` or the
 * in-process worker of `laoke serve --with-worker` / the demo).
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
