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

/** The customer's metrics and predictions of the last analytics run, if any. */
export async function findMetrics(
  db: Db,
  shopId: number,
  customerId: number,
): Promise<MetricsRow | undefined> {
  const { rows } = await sql<MetricsRow>`
    select m.*, m.expected_next_purchase_on::text as expected_next_purchase_on,
           m.expected_next_purchase_low::text as expected_next_purchase_low,
           m.expected_next_purchase_high::text as expected_next_purchase_high,
           p.title as favourite_product_title
      from customer_metrics m
      left join products p on p.shop_id = m.shop_id and p.id = m.favourite_product_id
     where m.shop_id = ${shopId} and m.customer_id = ${customerId}`.execute(db);
  return rows[0];
}

/** Automatic merges into the customer, newest first. */
export async function listMergesInto(db: Db, shopId: number, customerId: number): Promise<MergeIntoRow[]> {
  return db
    .selectFrom("customer_merges")
    .select([
      "id",
      "merged_customer_id",
      "reason",
      "matched_value",
      "created_at",
      "undone_at",
      "split_customer_id",
    ])
    .where("shop_id", "=", shopId)
    .where("survivor_id", "=", customerId)
    .orderBy("id", "desc")
    .execute();
}
