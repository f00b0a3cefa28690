/** `laoke worker`: only the background jobs (imports, recomputes, the nightly schedule), until a stop signal. */
import { migrateToLatest, openDatabase, releaseShutdownSignals } from "@laoke/db";
import { createWorkerLog, loadConfig, startBoss, startWorker } from "@laoke/server";
import type { CliContext } from "../context.ts";
import { logQueueError, stopSignal } from "./serve.ts";

/** Run the worker and block until it has been stopped by a signal. */
export async function runWorker(ctx: CliContext): Promise<void> {
  const config = loadConfig();
  const log = createWorkerLog(config.logLevel);
  releaseShutdownSignals();
  let stopping = false;
  const stopped = stopSignal(ctx).then(() => {
    stopping = true;
  });
  const handle = await openDatabase();
  try {
    const outcome = await migrateToLatest(handle.db);
    if (outcome.error) throw outcome.error;
    const queue = await startBoss(handle, {
      onError: (e) => logQueueError((obj, msg) => log.error(obj, msg), e, stopping),
    });
    const worker = await startWorker(handle, queue, { home: config.home, log });
    ctx.say(ctx.t("cli.worker.started"));
    await stopped;
    ctx.say(ctx.t("cli.serve.stopping"));
    await worker.stop();
    await queue.stop();
    ctx.say(ctx.t("cli.serve.stopped"));
  } finally {
    await handle.close();
  }
}
