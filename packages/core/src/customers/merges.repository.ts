/** SQL for automatic customer merges and their undo (split). */
import type pg from "pg";

/** One recorded merge. */
export interface MergeRow {
  id: number;
  survivor_id: number;
  merged_customer_id: number | null;
  identity_ids: number[];
  reason: "phone" | "email";
  matched_value: string;
  undone_at: Date | null;
  split_customer_id: number | null;
  created_at: Date;
}

/** Lock and read one merge of a shop. */
export async function lockMerge(
  client: pg.PoolClient,
  shopId: number,
  mergeId: number,
): Promise<MergeRow | undefined> {
  const { rows } = await client.query<MergeRow>(
    "select * from customer_merges where shop_id = $1 and id = $2 for update",
    [shopId, mergeId],
  );
  return rows[0];
}

/** Merges of a shop, newest first. */
export async function listMerges(
  client: pg.Pool | pg.PoolClient,
  shopId: number,
  limit: number,
): Promise<MergeRow[]> {
  const { rows } = await client.query<MergeRow>(
    "select * from customer_merges where shop_id = $1 order by id desc limit $2",
    [shopId, limit],
  );
  return rows;
}

/** Create an empty customer to receive split-off identities. */
export async function insertCustomer(client: pg.PoolClient, shopId: number): Promise<number> {
  const { rows } = await client.query<{ id: number }>(
    "insert into customers (shop_id) values ($1) returning id",
    [shopId],
  );
  return Number(rows[0]?.id);
}

/** Move identities, and the orders placed through them, to `customerId`. */
export async function moveIdentitiesWithOrders(
  client: pg.PoolClient,
  shopId: number,
  identityIds: number[],
  customerId: number,
): Promise<void> {
  await client.query(
    "update customer_identities set customer_id = $3 where shop_id = $1 and id = any($2::bigint[])",
    [shopId, identityIds, customerId],
  );
  await client.query(
    "update orders set customer_id = $3, updated_at = now() where shop_id = $1 and buyer_identity_id = any($2::bigint[])",
    [shopId, identityIds, customerId],
  );
}

/** Bring a soft-merged customer back to life. */
export async function unmarkMerged(client: pg.PoolClient, shopId: number, customerId: number): Promise<void> {
  await client.query(
    "update customers set merged_into_id = null, updated_at = now() where shop_id = $1 and id = $2",
    [shopId, customerId],
  );
}

/** Record that a merge was undone, and into which customer it was split. */
export async function markUndone(
  client: pg.PoolClient,
  shopId: number,
  mergeId: number,
  splitCustomerId: number,
) {
  await client.query(
    "update customer_merges set undone_at = now(), split_customer_id = $3 where shop_id = $1 and id = $2",
    [shopId, mergeId, splitCustomerId],
  );
}

/** Recompute first/last paid order times of some customers. */
export async function refreshOrderTimes(
  client: pg.PoolClient,
  shopId: number,
  customerIds: number[],
): Promise<void> {
  await client.query(
    `update customers c set first_order_at = x.first_at, last_order_at = x.last_at, updated_at = now()
       from (select c2.id,
                    (select min(ordered_at) from orders o where o.shop_id = $1 and o.customer_id = c2.id
                        and o.status in ('paid', 'shipped', 'completed')) as first_at,
                    (select max(ordered_at) from orders o where o.shop_id = $1 and o.customer_id = c2.id
                        and o.status in ('paid', 'shipped', 'completed')) as last_at
               from customers c2 where c2.shop_id = $1 and c2.id = any($2::bigint[])) x
      where c.shop_id = $1 and c.id = x.id`,
    [shopId, customerIds],
  );
}
