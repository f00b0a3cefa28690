/**
 * The customer list shows each customer's platforms (a subquery per row over their identities).
 * With the platform in the index that subquery is an index-only scan instead of a heap visit per
 * identity; the new index serves every lookup the old (shop_id, customer_id) one did.
 */
import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time (see 0001).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create index customer_identities_customer_platform on customer_identities (shop_id, customer_id, platform);
    drop index customer_identities_customer;
  `.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    create index customer_identities_customer on customer_identities (shop_id, customer_id);
    drop index customer_identities_customer_platform;
  `.execute(db);
}
