/**
 * When two customers merge (the importer links them by phone or e-mail), what staff wrote about
 * the merged one — tags, notes, follow-up visits, reviews, group roster lines — moves to the
 * survivor, so nothing vanishes from view. A later split gives back identities and orders but
 * not these: which note was about which person is not recorded (docs/segments.md says so).
 * Derived rows (inferences, purchases per product, segment members) follow at the next refresh.
 */
import type pg from "pg";

/** Move the archive of `fromId` to `toId` (same shop), inside the caller's transaction. */
export async function moveCustomerArchive(
  client: pg.PoolClient,
  shopId: number,
  fromId: number,
  toId: number,
): Promise<void> {
  const params = [shopId, fromId, toId];
  // A tag both carry stays once, as the survivor has it.
  await client.query(
    `insert into customer_tags (shop_id, customer_id, tag_id, source, tagged_by_member_id, tagged_by_name, tagged_at)
     select shop_id, $3, tag_id, source, tagged_by_member_id, tagged_by_name, tagged_at
       from customer_tags where shop_id = $1 and customer_id = $2
     on conflict do nothing`,
    params,
  );
  await client.query("delete from customer_tags where shop_id = $1 and customer_id = $2", [shopId, fromId]);
  for (const table of ["customer_notes", "follow_ups", "customer_reviews", "customer_group_members"]) {
    await client.query(
      `update ${table} set customer_id = $3 where shop_id = $1 and customer_id = $2`,
      params,
    );
  }
  await client.query("delete from customer_inferences where shop_id = $1 and customer_id = $2", [
    shopId,
    fromId,
  ]);
}
