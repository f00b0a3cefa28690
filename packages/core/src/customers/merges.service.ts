/**
 * Undo of automatic merges ("split"). Every merge the importer makes on a phone or email is
 * recorded with the identities it moved; splitting moves them, and the orders placed through them,
 * back to the customer they came from (or to a new customer when the merge attached a new buyer),
 * and the importer never re-merges a pair that was split.
 */
import type pg from "pg";
import { markCustomersDirty } from "../analytics/index.ts";
import { forgetShopReports } from "../analytics/report/index.ts";
import type { Actor } from "../shared/actor.ts";
import { DomainError } from "../shared/errors.ts";
import type { Shop } from "../shops/index.ts";
import * as repo from "./merges.repository.ts";

/** A merge as the domain sees it. */
export interface CustomerMerge {
  id: number;
  survivorId: number;
  mergedCustomerId: number | null;
  identityIds: number[];
  reason: "phone" | "email";
  matchedValue: string;
  createdAt: Date;
  undoneAt: Date | null;
  splitCustomerId: number | null;
}

function toMerge(r: repo.MergeRow): CustomerMerge {
  return {
    id: Number(r.id),
    survivorId: Number(r.survivor_id),
    mergedCustomerId: r.merged_customer_id === null ? null : Number(r.merged_customer_id),
    identityIds: r.identity_ids.map(Number),
    reason: r.reason,
    matchedValue: r.matched_value,
    createdAt: r.created_at,
    undoneAt: r.undone_at,
    splitCustomerId: r.split_customer_id === null ? null : Number(r.split_customer_id),
  };
}

/** The shop's recorded merges, newest first. */
export async function listCustomerMerges(
  pool: pg.Pool,
  _actor: Actor,
  shop: Shop,
  limit = 100,
): Promise<CustomerMerge[]> {
  return (await repo.listMerges(pool, shop.id, limit)).map(toMerge);
}

/** Undo one merge; returns the customer that now holds the split-off identities and orders. */
export async function splitCustomerMerge(
  pool: pg.Pool,
  _actor: Actor,
  shop: Shop,
  mergeId: number,
): Promise<CustomerMerge> {
  const client = await pool.connect();
  try {
    await client.query("begin");
    await client.query("select pg_advisory_xact_lock(hashtext('laoke.import'), $1::int)", [shop.id]);
    const merge = await repo.lockMerge(client, shop.id, mergeId);
    if (!merge) throw new DomainError("merge_not_found", { id: mergeId });
    if (merge.undone_at) throw new DomainError("merge_already_undone", { id: mergeId });
    let target = merge.merged_customer_id === null ? null : Number(merge.merged_customer_id);
    if (target === null) target = await repo.insertCustomer(client, shop.id);
    else await repo.unmarkMerged(client, shop.id, target);
    await repo.moveIdentitiesWithOrders(client, shop.id, merge.identity_ids.map(Number), target);
    await repo.markUndone(client, shop.id, mergeId, target);
    await repo.refreshOrderTimes(client, shop.id, [Number(merge.survivor_id), target]);
    // Both customers' metrics change: the next incremental analytics run recomputes them.
    await markCustomersDirty(client, shop.id, [Number(merge.survivor_id), target]);
    // The customer count changes at once; cached reports and stats must not say otherwise.
    await forgetShopReports(client, shop.id);
    const done = await repo.lockMerge(client, shop.id, mergeId);
    await client.query("commit");
    return toMerge(done as repo.MergeRow);
  } catch (e) {
    await client.query("rollback").catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}
