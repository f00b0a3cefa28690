/** What the routes get: the database, the configuration, and the job queue. */
import type { DatabaseHandle } from "@laoke/db";
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { ServerConfig } from "./config.ts";
import type { JobQueue } from "./jobs/queue.ts";

/** Dependencies handed to every route module. */
export interface AppDeps {
  handle: DatabaseHandle;
  config: ServerConfig;
  jobs: JobQueue;
}

/** The Fastify instance type the routes register on (zod validation and serialisation). */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;
