/** The shop summary printed after an import and by `laoke stats`. */
import type { Database } from "@laoke/db";
import type { Kysely } from "kysely";
import { cachedReport, reportCacheKey } from "../analytics/report/index.ts";
import type { Actor } from "../shared/actor.ts";
import { authorize } from "../shared/authorize.ts";
import { getShopById, type Shop } from "../shops/index.ts";
import { selectShopSummary } from "./stats.repository.ts";

/**
 * Headline numbers of a shop. paidOrders = orders paid and not closed; revenueFen = paid minus
 * refunds on those; buyers = customers with a paid order; repeatRate = share of buyers with paid
 * orders on at least two distinct days (shop time zone), 0 when there are no buyers.
 */
export interface ShopSummary {
  customers: number;
  buyers: number;
  orders: number;
  paidOrders: number;
  revenueFen: number;
  repeatRate: number;
}

/** Compute the summary of one shop. */
export async function getShopSummary(db: Kysely<Database>, shop: Shop): Promise<ShopSummary> {
  const row = await selectShopSummary(db, shop.id, shop.timeZone);
  const buyers = row?.buyers ?? 0;
  return {
    customers: row?.customers ?? 0,
    buyers,
    orders: row?.orders ?? 0,
    paidOrders: row?.paid_orders ?? 0,
    revenueFen: Number(row?.revenue_fen ?? 0),
    repeatRate: buyers === 0 ? 0 : (row?.repeat_buyers ?? 0) / buyers,
  };
}

/**
 * The summary of the actor's shop `shopId` (needs `customers:read`): the API's `GET /stats`,
 * cached per data version like the reports (a scan of every order at 1M customers takes seconds).
 */
export async function getShopStats(db: Kysely<Database>, actor: Actor, shopId: number): Promise<ShopSummary> {
  authorize(actor, "customers:read", shopId);
  return cachedReport(db, shopId, reportCacheKey("stats"), async () =>
    getShopSummary(db, await getShopById(db, shopId)),
  );
}
