/** @laoke/server: the HTTP API (Fastify) and the background worker (pg-boss). */
export { buildApp, type RouteInfo, registeredRoutes } from "./app.ts";
export { ConfigError, loadConfig, type ServerConfig } from "./config.ts";
export type { App, AppDeps } from "./deps.ts";
export type { JobQueue } from "./jobs/queue.ts";
