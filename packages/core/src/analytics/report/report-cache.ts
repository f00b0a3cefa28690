/**
 * Shop reports and the headline stats scan every order of the shop (seconds at 1M customers), but
 * their answer changes only with the data: an import, an analytics run, or a change of the shop's
 * time zone or analytics settings (the data version, see selectDataVersion). So each answer is
 * kept with the version it was computed for and served again until the version moves on; the
 * first request after a change computes it anew. Edits outside those (erasing a customer,
 * splitting a merge) call forgetShopReports. Decision 0009.
 */
import type { Database } from "@laoke/db";
import type { Kysely } from "kysely";
import {
  deleteShopCache,
  selectCachedBody,
  selectDataVersion,
  selectRecentKeys,
  upsertCachedBody,
} from "./report-cache.repository.ts";

/** A stable key for a report and its query (object keys sorted, undefined left out). */
export function reportCacheKey(name: string, query: object = {}): string {
  const entries = Object.entries(query)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  return `${name}?${JSON.stringify(entries)}`;
}

/** The name and query a key was made of (reportCacheKey read backwards), or null if it is not one. */
export function parseReportCacheKey(key: string): { name: string; query: Record<string, unknown> } | null {
  const at = key.indexOf("?");
  if (at < 0) return null;
  try {
    const entries = JSON.parse(key.slice(at + 1)) as unknown;
    if (!Array.isArray(entries)) return null;
    return { name: key.slice(0, at), query: Object.fromEntries(entries as [string, unknown][]) };
  } catch {
    return null;
  }
}

/** Keys of the answers people asked for in the last `days` days (at most `limit`), newest first. */
export async function recentlyViewedReports(
  db: Kysely<Database>,
  shopId: number,
  { days = 7, limit = 20 }: { days?: number; limit?: number } = {},
): Promise<string[]> {
  return selectRecentKeys(db, shopId, new Date(Date.now() - days * 86_400_000), limit);
}

/**
 * The cached answer of `key` for the shop's current data, or `compute()`'s, stored for next time.
 * The answer goes through JSON either way, so a fresh and a cached answer look the same.
 */
export async function cachedReport<T>(
  db: Kysely<Database>,
  shopId: number,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  const version = await selectDataVersion(db, shopId);
  const cached = await selectCachedBody(db, shopId, key, version);
  if (cached !== undefined) return cached as T;
  const started = performance.now();
  const body = JSON.parse(JSON.stringify(await compute())) as T;
  await upsertCachedBody(db, {
    shopId,
    key,
    version,
    body,
    computeMs: Math.round(performance.now() - started),
  });
  return body;
}

/** Drop every cached answer of the shop (after an edit the data version does not see). */
export async function forgetShopReports(
  db: Parameters<typeof deleteShopCache>[0],
  shopId: number,
): Promise<void> {
  await deleteShopCache(db, shopId);
}
