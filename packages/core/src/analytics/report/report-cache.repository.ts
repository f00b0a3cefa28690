/** SQL of the report cache (migration 0007). */
import type { Database } from "@laoke/db";
import { type Kysely, sql } from "kysely";

/**
 * What a shop's reports depend on, as one string: the newest import, the newest analytics run,
 * and the shop's time zone and analytics settings. Any change gives a new version. (Missing ids
 * are 0, not left out: concat_ws skips nulls, and "run 1, no import" must differ from "import 1".)
 */
export async function selectDataVersion(db: Kysely<Database>, shopId: number): Promise<string> {
  const result = await sql<{ version: string }>`
    select concat_ws(':',
      coalesce((select max(id) from import_batches where shop_id = ${shopId} and status = 'succeeded'), 0),
      coalesce((select max(id) from analytics_runs where shop_id = ${shopId} and status = 'succeeded'), 0),
      (select md5(time_zone || analytics_settings::text) from shops where id = ${shopId})
    ) as version
  `.execute(db);
  return result.rows[0]?.version ?? "";
}

export async function selectCachedBody(
  db: Kysely<Database>,
  shopId: number,
  key: string,
  version: string,
): Promise<unknown | undefined> {
  const row = await db
    .selectFrom("report_cache")
    .select("body")
    .where("shop_id", "=", shopId)
    .where("cache_key", "=", key)
    .where("data_version", "=", version)
    .executeTakeFirst();
  return row?.body;
}

export async function upsertCachedBody(
  db: Kysely<Database>,
  row: { shopId: number; key: string; version: string; body: unknown; computeMs: number },
): Promise<void> {
  const values = {
    shop_id: row.shopId,
    cache_key: row.key,
    data_version: row.version,
    body: JSON.stringify(row.body),
    compute_ms: row.computeMs,
  };
  await db
    .insertInto("report_cache")
    .values(values)
    .onConflict((oc) =>
      oc.columns(["shop_id", "cache_key"]).doUpdateSet({
        data_version: values.data_version,
        body: values.body,
        compute_ms: values.compute_ms,
        computed_at: sql`now()`,
      }),
    )
    .execute();
}

/** A plain pg client or pool (the merge tools work on one) or Kysely. */
type Queryable = Kysely<Database> | { query(text: string, values: unknown[]): Promise<unknown> };

export async function deleteShopCache(db: Queryable, shopId: number): Promise<void> {
  if ("deleteFrom" in db) await db.deleteFrom("report_cache").where("shop_id", "=", shopId).execute();
  else await db.query("delete from report_cache where shop_id = $1", [shopId]);
}

/** Keys of the shop's answers computed since `since`, newest first. */
export async function selectRecentKeys(
  db: Kysely<Database>,
  shopId: number,
  since: Date,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom("report_cache")
    .select("cache_key")
    .where("shop_id", "=", shopId)
    .where("computed_at", ">=", since)
    .orderBy("computed_at", "desc")
    .limit(limit)
    .execute();
  return rows.map((r) => r.cache_key);
}
