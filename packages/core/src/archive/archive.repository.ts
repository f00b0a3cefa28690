/** SQL the archive's services share: is this customer live, is this member active staff of the shop. */
import type { Database } from "@laoke/db";
import { type Kysely, sql, type Transaction } from "kysely";

/** A connection or a transaction. */
export type Db = Kysely<Database> | Transaction<Database>;

/** True when the customer is live in the shop: not merged away, not anonymised. */
export async function isLiveCustomer(db: Db, shopId: number, customerId: number): Promise<boolean> {
  const { rows } = await sql`
    select 1 from customers
     where shop_id = ${shopId} and id = ${customerId} and merged_into_id is null and anonymised_at is null`.execute(
    db,
  );
  return rows.length === 1;
}

/** True when the member is an active staff member of the shop. */
export async function isActiveMember(db: Db, shopId: number, memberId: number): Promise<boolean> {
  const row = await db
    .selectFrom("staff_members")
    .select("id")
    .where("shop_id", "=", shopId)
    .where("id", "=", memberId)
    .where("status", "=", "active")
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Erase what staff wrote about these customers, for their erasure (PIPL): notes and tags are
 * deleted (free text and labels such as "孕妇" can be personal, even sensitive); follow-ups keep
 * only their channel, times and satisfaction score for the shop's figures, open ones cancelled.
 */
export async function eraseCustomerArchive(
  db: Db,
  shopId: number,
  customerIds: readonly number[],
): Promise<void> {
  await sql`delete from customer_notes where shop_id = ${shopId} and customer_id = any(${customerIds}::bigint[])`.execute(
    db,
  );
  await sql`delete from customer_tags where shop_id = ${shopId} and customer_id = any(${customerIds}::bigint[])`.execute(
    db,
  );
  await sql`
    update follow_ups
       set purpose = null, product_feedback = null, preferences_learned = null, outcome_note = null,
           status = case when status = 'scheduled' then 'cancelled' else status end, updated_at = now()
     where shop_id = ${shopId} and customer_id = any(${customerIds}::bigint[])`.execute(db);
}
