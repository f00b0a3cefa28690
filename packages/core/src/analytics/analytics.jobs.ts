/**
 * Analytics jobs: `analytics.recompute` (after each import, and nightly in full) and
 * `analytics.nightly`, an hourly tick that sends the full run to every shop whose local clock
 * reads 03:xx, so each shop is recomputed in the small hours of its own time zone.
 */

import type { Database } from "@laoke/db";
import type { Kysely } from "kysely";
import type pg from "pg";
import { type JobPayloads, type JobSender, WORKER } from "../jobs.ts";
import { refreshShopSegments } from "../segments/index.ts";
import { getShopById, listShops } from "../shops/index.ts";
import { getShopStats } from "../stats/index.ts";
import { recomputeAnalytics } from "./recompute.service.ts";
import { refreshViewedReports } from "./report/index.ts";
import { recomputeSingletonKey } from "./runs.service.ts";

/** The local hour of the nightly full recompute. */
export const NIGHTLY_HOUR = 3;

/** Run one shop's recompute; the result is small enough to keep as the job's output. */
export async function runRecomputeJob(
  handle: { db: Kysely<Database>; pool: pg.Pool },
  payload: JobPayloads["analytics.recompute"],
): Promise<{ runId: number; mode: "full" | "incremental"; customers: number }> {
  const shop = await getShopById(handle.db, payload.shopId);
  const result = await recomputeAnalytics(handle, WORKER, shop, { mode: payload.mode });
  // Every import ends in this job: compute the dashboard's headline numbers and the reports people
  // looked at this week now, so the first person to open it after the import does not wait for
  // scans of every order.
  await getShopStats(handle.db, WORKER, shop.id);
  await refreshViewedReports(handle.db, WORKER, shop.id);
  // Dynamic segments and rule tags follow the new data (decision 0010).
  await refreshShopSegments(handle.db, shop.id);
  return { runId: result.runId, mode: result.mode, customers: result.customers };
}

/** Send the full recompute of every shop whose local hour at `now` is NIGHTLY_HOUR; returns their ids. */
export async function sendNightlyRecomputes(
  db: Kysely<Database>,
  jobs: JobSender,
  now: Date = new Date(),
): Promise<number[]> {
  const sent: number[] = [];
  for (const shop of await listShops(db)) {
    if (localHour(shop.timeZone, now) !== NIGHTLY_HOUR) continue;
    await jobs.send(
      "analytics.recompute",
      { shopId: shop.id, mode: "full" },
      { singletonKey: recomputeSingletonKey(shop.id, "full") },
    );
    sent.push(shop.id);
  }
  return sent;
}

function localHour(timeZone: string, at: Date): number {
  const hour = new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", hourCycle: "h23" })
    .formatToParts(at)
    .find((p) => p.type === "hour")?.value;
  return Number(hour);
}
