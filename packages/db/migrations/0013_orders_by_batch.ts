/**
 * Orders by import batch. After every import, the incremental analytics run and the segment
 * refresh ask "which customers' orders did the new batches write?" (`batch_id > watermark`); with
 * no index that read every order of the shop (2.5M rows, 1.5 GB on the 1M-customer bench shop)
 * twice per import, so the refresh grew with the shop instead of with the import.
 */
import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time (see 0001).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index orders_by_batch on orders (shop_id, batch_id)`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time (see 0001).
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index orders_by_batch`.execute(db);
}
