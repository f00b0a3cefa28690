/** SQL of one customer's archive: the profile, identities, metrics and the merges into it. */
import type { CustomerIdentitiesTable, CustomerMetricsTable, CustomersTable, Database } from "@laoke/db";
import { type Kysely, type Selectable, sql, type Transaction } from "kysely";

type Db = Kysely<Database> | Transaction<Database>;

/** A customer row as stored (birthday as `YYYY-MM-DD` text). */
export type CustomerRow = Selectable<CustomersTable>;

/** An identity row as stored. */
export type IdentityRow = Pick<
  Selectable<CustomerIdentitiesTable>,
  "id" | "platform" | "kind" | "value" | "masked" | "created_at"
>;

/** A metrics row as stored (dates as `YYYY-MM-DD` text), with the favourite product's title. */
export type MetricsRow = Selectable<CustomerMetricsTable> & { favourite_product_title: string | null };

/** A merge into the customer. */
export interface MergeIntoRow {
  id: number;
  merged_customer_id: number | null;
  reason: "phone" | "email";
  matched_value: string;
  created_at: Date;
  undone_at: Date | null;
  split_customer_id: number | null;
}

/** The customer if it is live in the shop: not merged away, not anonymised. */
export async function findLiveCustomer(db: Db, shopId: number, id: number): Promise<CustomerRow | undefined> {
  const { rows } = await sql<CustomerRow>`
    select c.*, c.birthday::text as birthday from customers c
     where c.shop_id = ${shopId} and c.id = ${id} and c.merged_into_id is null and c.anonymised_at is null`.execute(
    db,
  );
  return rows[0];
}

/** The customer's identities, oldest first. */
export async function listIdentities(db: Db, shopId: number, customerId: number): Promise<IdentityRow[]> {
  return db
    .selectFrom("customer_identities")
    .select(["id", "platform", "kind", "value", "masked", "created_at"])
    .where("shop_id", "=", shopId)
    .where("customer_id", "=", customerId)
    .orderBy("id")
    .execute();
}
