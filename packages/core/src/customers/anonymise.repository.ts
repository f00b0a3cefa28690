/**
 * SQL of erasing a customer's personal data (PIPL). Every statement takes the customer and the
 * customers merged into it (`family`), all within one transaction opened by the service.
 */
import type { Database } from "@laoke/db";
import { sql, type Transaction } from "kysely";

type Trx = Transaction<Database>;

/** Lock the live customer's row; false when there is none (unknown, merged away, anonymised). */
export async function lockLiveCustomer(trx: Trx, shopId: number, id: number): Promise<boolean> {
  const { rows } = await sql`
    select id from customers
     where shop_id = ${shopId} and id = ${id} and merged_into_id is null and anonymised_at is null
       for update`.execute(trx);
  return rows.length === 1;
}

/** The customer and every customer merged into it, at any depth (merges chain). */
export async function customerFamily(trx: Trx, shopId: number, id: number): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    with recursive family(id) as (
      select ${id}::bigint
      union
      select c.id from customers c join family f on c.shop_id = ${shopId} and c.merged_into_id = f.id
    )
    select id from family order by id`.execute(trx);
  return rows.map((r) => Number(r.id));
}

/**
 * Orders stay for the shop's accounts (amounts, dates, lines, region) but lose the receiver's
 * name, phone, street address and zip, the buyer's message, the seller's memo (free text that
 * often repeats them) and the link to the buyer's identity. Returns how many orders.
 */
export async function eraseOrders(trx: Trx, shopId: number, family: number[]): Promise<number> {
  const result = await sql`
    update orders set receiver_name = null, receiver_name_masked = false, receiver_phone = null,
           receiver_phone_masked = false, receiver_address = null, receiver_address_masked = false,
           receiver_zip = null, buyer_message = null, seller_memo = null, buyer_identity_id = null,
           updated_at = now()
     where shop_id = ${shopId} and customer_id = any(${family}::bigint[])`.execute(trx);
  return Number(result.numAffectedRows ?? 0);
}

/**
 * Identities lose their value and become masked (so no import ever matches them again). The rows
 * stay as non-personal markers: deleting them would make PostgreSQL check orders.buyer_identity_id,
 * which has no index, with a scan of the shop's orders per identity (1.6 s for two identities at
 * 1.5M orders).
 */
export async function eraseIdentities(trx: Trx, shopId: number, family: number[]): Promise<void> {
  await sql`
    update customer_identities set value = '', masked = true
     where shop_id = ${shopId} and customer_id = any(${family}::bigint[])`.execute(trx);
}

/** Merge records keep who was merged into whom, not the phone or email that matched. */
export async function eraseMergeValues(trx: Trx, shopId: number, family: number[]): Promise<void> {
  await sql`
    update customer_merges set matched_value = ''
     where shop_id = ${shopId}
       and (survivor_id = any(${family}::bigint[]) or merged_customer_id = any(${family}::bigint[])
            or split_customer_id = any(${family}::bigint[]))`.execute(trx);
}

/** Drop the customers' metrics (they leave every list; the next analytics run may rebuild them). */
export async function deleteMetrics(trx: Trx, shopId: number, family: number[]): Promise<void> {
  await sql`delete from customer_metrics where shop_id = ${shopId} and customer_id = any(${family}::bigint[])`.execute(
    trx,
  );
}

/** Clear the customers' personal fields (region kept for regional figures) and mark them anonymised. */
export async function eraseCustomers(trx: Trx, shopId: number, family: number[]): Promise<void> {
  await sql`
    update customers set name = null, name_masked = false, gender = null, birthday = null, phone = null,
           phone_masked = false, email = null, address = null, address_masked = false, zip = null, note = null,
           accepts_email_marketing = null, accepts_sms_marketing = null, anonymised_at = now(), updated_at = now()
     where shop_id = ${shopId} and id = any(${family}::bigint[])`.execute(trx);
}
