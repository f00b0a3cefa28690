/**
 * `laoke serve`: the API server, with the background worker in the same process unless
 * --no-worker. Runs until SIGINT/SIGTERM, then stops in order: the HTTP server (requests in
 * progress finish), the worker and queue (running jobs get 30 s), the database. A second signal
 * exits at once.
 */
import { type DatabaseHandle, migrateToLatest, openDatabase, releaseShutdownSignals } from "@laoke/db";
import {
  type App,
  buildApp,
  loadConfig,
  type ServerConfig,
  startBoss,
  startWorker,
  webAppBuilt,
} from "@laoke/server";
import type { CliContext } from "../context.ts";
import { UsageError } from "../usage.ts";

/** Options of `serve`, as commander parses them (`--no-worker` sets `worker: false`). */
export interface ServeCommandOptions {
  port?: string;
  host?: string;
  worker?: boolean;
}

/** Start the server and block until it has been stopped by a signal. */
export async function runServe(ctx: CliContext, opts: ServeCommandOptions): Promise<void> {
  const config = serverConfig(ctx, opts);
  // From here on this process handles the stop signals and closes the database itself.
  releaseShutdownSignals();
  const handle = await openDatabase();
  try {
    const outcome = await migrateToLatest(handle.db);
    if (outcome.error) throw outcome.error;
    await serveUntilStopped(ctx, handle, config, { worker: opts.worker !== false });
  } finally {
    await handle.close();
  }
}

/** The server's configuration: the environment, then the command's flags. */
export function serverConfig(ctx: CliContext, opts: { port?: string; host?: string }): ServerConfig {
  const overrides: Partial<ServerConfig> = {};
  if (opts.port !== undefined) {
    const port = Number(opts.port);
    if (!/^\d+$/.test(opts.port) || port > 65535) {
      throw new UsageError(ctx.t("cli.serve.badPort", { value: opts.port }));
    }
    overrides.port = port;
  }
  if (opts.host) overrides.host = opts.host;
  return loadConfig(process.env, overrides);
}

/**
 * Run the HTTP server (and the worker) on an open database until a stop signal; returns once all
 * is stopped, leaving the database open for the caller to close. Call releaseShutdownSignals()
 * first when the database is the embedded one.
 */
export async function serveUntilStopped(
  ctx: CliContext,
  handle: DatabaseHandle,
  config: ServerConfig,
  options: { worker: boolean; afterListen?: (url: string) => void },
): Promise<void> {
  let stopping = false;
  const stopped = stopSignal(ctx).then(() => {
    stopping = true;
  });
  let app: App | undefined;
  const queue = await startBoss(handle, {
    onError: (e) => logQueueError((obj, msg) => app?.log.error(obj, msg), e, stopping),
  });
  try {
    app = await buildApp({ handle, config, jobs: queue });
  } catch (error) {
    await queue.stop({ timeoutMs: 1000 });
    throw error;
  }
  const worker = options.worker
    ? await startWorker(handle, queue, { home: config.home, log: app.log })
    : undefined;
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await worker?.stop();
    await queue.stop({ timeoutMs: 1000 });
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const url = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`;
  ctx.say(ctx.t("cli.serve.listening", { url }));
  if (!webAppBuilt(config.webRoot)) ctx.say(ctx.t("cli.serve.webMissing"));
  ctx.say(ctx.t("cli.serve.docs", { url: `${url}/api/docs` }));
  ctx.say(ctx.t(options.worker ? "cli.serve.workerHere" : "cli.serve.workerElsewhere"));
  options.afterListen?.(url);
  ctx.say(ctx.t("cli.serve.stopHint"));
  await stopped;
  ctx.say(ctx.t("cli.serve.stopping"));
  await app.close();
  await worker?.stop();
  await queue.stop();
  ctx.say(ctx.t("cli.serve.stopped"));
}

/**
 * Log a pg-boss background error in one short line (the error holds the whole connection). While
 * stopping, a server shutting down its connections (57P01: the embedded PostgreSQL got the same
 * Ctrl-C from the terminal) is expected, and not logged.
 */
export function logQueueError(
  log: (obj: object, msg: string) => void,
  error: Error & { code?: string },
  stopping: boolean,
): void {
  if (stopping && error.code === "57P01") return;
  log({ code: error.code, message: error.message }, "job queue error");
}

/**
 * Resolves on the first SIGINT/SIGTERM/SIGHUP; a second one a second or more later exits at once.
 * (A Ctrl-C in a terminal arrives twice within milliseconds: from the terminal, and forwarded by
 * bin/laoke.js, which runs this process as its child.)
 */
export function stopSignal(ctx: CliContext): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    let first = 0;
    const onSignal = (signal: NodeJS.Signals) => {
      if (first === 0) {
        first = Date.now();
        resolve(signal);
      } else if (Date.now() - first >= 1000) {
        process.stderr.write(`${ctx.t("cli.serve.stopped")}\n`);
        process.exit(signal === "SIGINT" ? 130 : 143);
      }
    };
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, onSignal);
  });
}
