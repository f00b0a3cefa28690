/**
 * customer_products: each live customer's paid purchases per product (first/last time, orders,
 * quantity, spend), the index behind "bought product X" conditions (migration 0009). Rebuilt for
 * the customers whose orders changed since the last refresh: orders of newer import batches,
 * survivors of newer merges, and both sides of recent splits. Imports of one shop commit in
 * batch-id order (they hold a per-shop lock from before their batch id is taken), so "batches up
 * to the newest succeeded one" is a watermark no running import can slip under.
 */
import type { Database } from "@laoke/db";
import { type Kysely, sql, type Transaction } from "kysely";
import { scopedOrders } from "../shared/scoped-orders.ts";

/** Splits are not batches: re-read those of the last hour before the previous refresh too. */
const SPLIT_MARGIN = sql`interval '1 hour'`;

/**
 * Rebuild the rows of changed customers (all of them the first time) and returns how many rows were
 * written. `alsoFor` runs in the same transaction for the same customers (behaviour inference):
 * "all", or "changed" with their ids in the temp table `changed_customers`.
 */
export async function refreshCustomerProducts(
  db: Kysely<Database>,
  shopId: number,
  alsoFor: (trx: Transaction<Database>, scope: "all" | "changed") => Promise<unknown> = async () => {},
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await sql`insert into segment_state (shop_id) values (${shopId}) on conflict do nothing`.execute(trx);
    const state = await sql<{ through: number | null; at: Date | null; newest: number | null }>`
      select s.products_through_batch_id as through, s.products_refreshed_at as at,
             (select max(id) from import_batches b where b.shop_id = s.shop_id and b.status = 'succeeded') as newest
        from segment_state s where s.shop_id = ${shopId} for update`.execute(trx);
    const { through, at, newest } = state.rows[0] ?? { through: null, at: null, newest: null };
    const first = at === null;
    if (first) {
      await sql`delete from customer_products where shop_id = ${shopId}`.execute(trx);
    } else {
      await sql`create temp table changed_customers on commit drop as
        select customer_id from orders where shop_id = ${shopId} and batch_id > ${through ?? 0}
        union select survivor_id from customer_merges where shop_id = ${shopId} and batch_id > ${through ?? 0}
        union select survivor_id from customer_merges
               where shop_id = ${shopId} and undone_at >= ${at}::timestamptz - ${SPLIT_MARGIN}
        union select split_customer_id from customer_merges
               where shop_id = ${shopId} and undone_at >= ${at}::timestamptz - ${SPLIT_MARGIN}
                 and split_customer_id is not null`.execute(trx);
      await sql`analyze changed_customers`.execute(trx);
      // Found by customer through the primary key, deleted by row address: a join here read all
      // of the shop's purchases (2.6M rows, 0.6–0.9 s) for 10k changed customers (scoped-orders.ts).
      await sql`delete from customer_products cp
         where cp.shop_id = ${shopId} and cp.ctid = any(array(
           select p.ctid from changed_customers x cross join lateral (
             select ctid from customer_products p where p.shop_id = ${shopId} and p.customer_id = x.customer_id offset 0) p))`.execute(
        trx,
      );
    }
    const inserted = await sql`
      insert into customer_products (shop_id, customer_id, product_id, first_bought_at, last_bought_at, orders,
                                     quantity, spent_fen)
      select ${shopId}::bigint, o.customer_id, oi.product_id, min(o.ordered_at), max(o.ordered_at),
             count(distinct o.id)::int, sum(oi.quantity)::int,
             sum(coalesce(oi.paid_fen, oi.unit_price_fen * oi.quantity) - oi.refund_fen)::bigint
        from ${scopedOrders(shopId, first ? "all" : "changed", false)} o
        join order_items oi on oi.shop_id = o.shop_id and oi.order_id = o.id
       where o.status in ('paid', 'shipped', 'completed') and oi.product_id is not null
       group by o.customer_id, oi.product_id`.execute(trx);
    await alsoFor(trx, first ? "all" : "changed");
    await sql`update segment_state set products_through_batch_id = ${newest}, products_refreshed_at = now()
       where shop_id = ${shopId}`.execute(trx);
    if (first) await sql`analyze customer_products`.execute(trx);
    return Number(inserted.numAffectedRows ?? 0);
  });
}
