/**
 * The daily clean-up of uploaded export files (job `uploads.cleanup`). Succeeded imports delete
 * their uploads at once; a failed import keeps them KEEP_FAILED_DAYS for inspection, and a crash
 * in the middle of an upload can leave a `.incoming-*` directory behind. Both are personal data
 * (buyers' names, phones, addresses) that must not pile up on disk.
 */
import fs from "node:fs";
import path from "node:path";
import type { Database } from "@laoke/db";
import { type Kysely, sql } from "kysely";
import { importJobDir, removeUploads, uploadsRoot } from "./uploads.ts";

/** How long a failed import's uploads are kept. */
export const KEEP_FAILED_DAYS = 7;
/** How old an unfinished upload directory must be to count as left behind by a crash. */
const STALE_INCOMING_HOURS = 24;

/** What one clean-up removed. */
export interface UploadsCleanup {
  failedJobs: number;
  incoming: number;
}

/** Delete failed imports' uploads older than the policy and abandoned incoming directories. */
export async function cleanUploads(
  db: Kysely<Database>,
  home: string,
  now = new Date(),
): Promise<UploadsCleanup> {
  // A maintenance pass over every shop (one query per day; on Citus it visits each shard).
  const cutoff = new Date(now.getTime() - KEEP_FAILED_DAYS * 86_400_000);
  const { rows } = await sql<{ shop_id: number; id: number }>`
    select shop_id, id from import_jobs where status = 'failed' and finished_at < ${cutoff}`.execute(db);
  let failedJobs = 0;
  for (const job of rows) {
    const dir = importJobDir(home, job.shop_id, job.id);
    if (fs.existsSync(dir)) {
      removeUploads(dir);
      failedJobs++;
    }
  }
  let incoming = 0;
  const root = uploadsRoot(home);
  const staleBefore = now.getTime() - STALE_INCOMING_HOURS * 3_600_000;
  for (const shop of fs.existsSync(root) ? fs.readdirSync(root) : []) {
    const shopDir = path.join(root, shop);
    if (!fs.statSync(shopDir).isDirectory()) continue;
    for (const entry of fs.readdirSync(shopDir)) {
      if (!entry.startsWith(".incoming-")) continue;
      const dir = path.join(shopDir, entry);
      if (fs.statSync(dir).mtimeMs < staleBefore) {
        removeUploads(dir);
        incoming++;
      }
    }
  }
  return { failedJobs, incoming };
}
