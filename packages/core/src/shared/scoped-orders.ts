/**
 * The orders a derived-table refresh reads: every order of the shop, or only those of the
 * customers in the temp table `changed_customers` (distinct ids), after an import.
 *
 * The changed scope looks each customer's orders up through `orders_customer`, whatever the planner
 * estimates: sampled statistics put 21 orders on each customer of the 1M bench shop (there are 2.5),
 * so for 10k changed customers it chose to read all 2.5M orders (1.2 s from a cold cache) instead
 * of 10k index lookups (60 ms). `offset 0` keeps the lateral subquery from being flattened back
 * into a join the planner would reorder.
 */
import { type RawBuilder, sql } from "kysely";

/** Which customers a refresh covers: all of the shop's, or those in `changed_customers`. */
export type RefreshScope = "all" | "changed";

/**
 * Rows of `orders` (all columns) in scope, as a subquery to alias; with `liveOnly`, only orders of
 * customers neither merged away nor erased.
 */
export function scopedOrders(shopId: number, scope: RefreshScope, liveOnly: boolean): RawBuilder<unknown> {
  const live = liveOnly
    ? sql`and exists (select 1 from customers c where c.shop_id = o.shop_id and c.id = o.customer_id
                       and c.merged_into_id is null and c.anonymised_at is null)`
    : sql``;
  if (scope === "all") return sql`(select o.* from orders o where o.shop_id = ${shopId} ${live})`;
  return sql`(select o.* from changed_customers x cross join lateral (
      select o.* from orders o where o.shop_id = ${shopId} and o.customer_id = x.customer_id ${live} offset 0) o)`;
}
