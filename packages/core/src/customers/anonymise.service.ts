/**
 * Erase a customer's personal data on request (PIPL 删除权): one transaction, taken under the
 * shop's import lock so an import cannot interleave. The customer row stays, anonymised, so its
 * orders still count in the shop's figures; it leaves every list and its id answers `not_found`
 * from then on. A later import of the same buyer creates a new customer (docs/security.md).
 */
import type { Database } from "@laoke/db";
import { type Kysely, sql } from "kysely";
import { forgetShopReports } from "../analytics/report/index.ts";
import { eraseCustomerArchive } from "../archive/index.ts";
import { recordAudit } from "../audit/index.ts";
import { eraseGroupMemberships } from "../groups/index.ts";
import { eraseCustomerReviews } from "../reviews/index.ts";
import type { Actor } from "../shared/actor.ts";
import { authorize } from "../shared/authorize.ts";
import { DomainError } from "../shared/errors.ts";
import { parseInput } from "../shared/validate.ts";
import * as repo from "./anonymise.repository.ts";
import { AnonymiseCustomerInput } from "./customers.schema.ts";

/** What an anonymisation touched. */
export interface AnonymiseResult {
  customerId: number;
  /** Customers merged into it earlier, anonymised with it. */
  mergedCustomerIds: number[];
  orders: number;
}

/** Anonymise a live customer of the shop; needs `customers:delete`; audited with the reason. */
export async function anonymiseCustomer(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  customerId: number,
  input: AnonymiseCustomerInput = {},
): Promise<AnonymiseResult> {
  authorize(actor, "customers:delete", shopId);
  const v = parseInput(AnonymiseCustomerInput, input);
  return db.transaction().execute(async (trx) => {
    // The importer's lock: no import may match this buyer halfway through the erasure.
    await sql`select pg_advisory_xact_lock(hashtext('laoke.import'), ${shopId}::int)`.execute(trx);
    if (!(await repo.lockLiveCustomer(trx, shopId, customerId))) throw new DomainError("not_found");
    const family = await repo.customerFamily(trx, shopId, customerId);
    const orders = await repo.eraseOrders(trx, shopId, family);
    await repo.eraseIdentities(trx, shopId, family);
    await repo.eraseMergeValues(trx, shopId, family);
    await repo.deleteMetrics(trx, shopId, family);
    await eraseCustomerArchive(trx, shopId, family);
    await eraseCustomerReviews(trx, shopId, family);
    await eraseGroupMemberships(trx, shopId, family);
    await repo.eraseCustomers(trx, shopId, family);
    // Regions and counts in the shop's reports change with the erasure.
    await forgetShopReports(trx, shopId);
    const mergedCustomerIds = family.filter((id) => id !== customerId);
    await recordAudit(trx, actor, {
      shopId,
      action: "customer.anonymised",
      targetType: "customer",
      targetIds: [customerId, ...mergedCustomerIds],
      data: { reason: v.reason ?? null, orders, mergedCustomers: mergedCustomerIds.length },
    });
    return { customerId, mergedCustomerIds, orders };
  });
}
