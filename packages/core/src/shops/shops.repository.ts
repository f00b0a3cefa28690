/** SQL for shops. */
import type { Database } from "@laoke/db";
import type { Kysely } from "kysely";

/** Insert a shop; returns undefined when the slug is taken. */
export async function insertShop(
  db: Kysely<Database>,
  values: { slug: string; name: string; time_zone: string; currency: string },
) {
  return db
    .insertInto("shops")
    .values(values)
    .onConflict((oc) => oc.column("slug").doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** Find a shop by slug. */
export async function findShopBySlug(db: Kysely<Database>, slug: string) {
  return db.selectFrom("shops").selectAll().where("slug", "=", slug).executeTakeFirst();
}

/** Find a shop by id. */
export async function findShopById(db: Kysely<Database>, id: number) {
  return db.selectFrom("shops").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Every shop, by id (for jobs that visit each shop, such as the nightly recompute). */
export async function findAllShops(db: Kysely<Database>) {
  return db.selectFrom("shops").selectAll().orderBy("id").execute();
}

/** Change a shop's name, zone or currency; returns the updated row. */
export async function updateShopRow(
  db: Kysely<Database>,
  id: number,
  values: { name?: string; time_zone?: string; currency?: string },
) {
  return db
    .updateTable("shops")
    .set({ ...values, updated_at: new Date() })
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirst();
}

/** Find a shop by id and lock its row until the transaction ends. */
export async function findShopByIdForUpdate(db: Kysely<Database>, id: number) {
  return db.selectFrom("shops").selectAll().where("id", "=", id).forUpdate().executeTakeFirst();
}
