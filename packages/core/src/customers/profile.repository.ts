/** SQL of profile edits: lock a live customer's row, write the changed columns. */
import type { CustomersTable, Database } from "@laoke/db";
import { sql, type Transaction, type Updateable } from "kysely";
import type { CustomerRow } from "./customers.repository.ts";

/** The live customer's row, locked until the transaction ends, or undefined. */
export async function lockLiveCustomerRow(
  trx: Transaction<Database>,
  shopId: number,
  id: number,
): Promise<CustomerRow | undefined> {
  const { rows } = await sql<CustomerRow>`
    select c.*, c.birthday::text as birthday from customers c
     where c.shop_id = ${shopId} and c.id = ${id} and c.merged_into_id is null and c.anonymised_at is null
       for update`.execute(trx);
  return rows[0];
}

/** Write profile columns of a customer and return the row as it is now. */
export async function updateCustomerRow(
  trx: Transaction<Database>,
  shopId: number,
  id: number,
  values: Updateable<CustomersTable>,
): Promise<CustomerRow> {
  const { rows } = await sql<CustomerRow>`
    with changed as (${trx
      .updateTable("customers")
      .set({ ...values, updated_at: new Date() })
      .where("shop_id", "=", shopId)
      .where("id", "=", id)
      .returningAll()})
    select c.*, c.birthday::text as birthday from changed c`.execute(trx);
  return rows[0] as CustomerRow;
}
