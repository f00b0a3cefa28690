/** @laoke/server: the HTTP API (Fastify) and the background worker (pg-boss). */
export { buildApp, type RouteInfo, registeredRoutes } from "./app.ts";
export { ConfigError, DEFAULT_WEB_ROOT, loadConfig, type ServerConfig } from "./config.ts";
export type { App, AppDeps } from "./deps.ts";
export { BOSS_SCHEMA, type BossOptions, type BossQueue, startBoss } from "./jobs/boss.ts";
export type { JobQueue } from "./jobs/queue.ts";
export {
  createWorkerLog,
  NIGHTLY_CRON,
  startWorker,
  type Worker,
  type WorkerLog,
  type WorkerOptions,
} from "./jobs/worker.ts";
export { webAppBuilt } from "./plugins/web.ts";
