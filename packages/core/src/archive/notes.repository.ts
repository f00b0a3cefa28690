/** SQL of the notes staff write on customers (soft-deleted: `deleted_at`). */
import { type RawBuilder, sql } from "kysely";
import type { NoteRow } from "./archive.mappers.ts";
import type { Db } from "./archive.repository.ts";

const NOTE_COLUMNS = sql`n.id, n.customer_id, n.body, n.author_member_id, n.author_name, n.created_at,
  n.updated_at, n.created_at::text as created_key`;

/**
 * A customer's notes newest first, strictly before the keyset `before` (created_at as exact
 * text, id), as one select (also embedded in the archive document).
 */
export function customerNotesQuery(
  shopId: number,
  customerId: number,
  limit: number,
  before: { at: string; id: number } | null = null,
): RawBuilder<NoteRow> {
  const keyset = before ? sql`and (n.created_at, n.id) < (${before.at}::timestamptz, ${before.id})` : sql``;
  return sql<NoteRow>`
    select ${NOTE_COLUMNS} from customer_notes n
     where n.shop_id = ${shopId} and n.customer_id = ${customerId} and n.deleted_at is null ${keyset}
     order by n.created_at desc, n.id desc
     limit ${limit}`;
}

/** A page of a customer's notes, newest first. */
export async function selectCustomerNotes(
  db: Db,
  shopId: number,
  customerId: number,
  limit: number,
  before: { at: string; id: number } | null,
): Promise<NoteRow[]> {
  return (await customerNotesQuery(shopId, customerId, limit, before).execute(db)).rows;
}

/** One note that is not deleted, or undefined. */
export async function findNote(db: Db, shopId: number, id: number): Promise<NoteRow | undefined> {
  const { rows } = await sql<NoteRow>`
    select ${NOTE_COLUMNS} from customer_notes n
     where n.shop_id = ${shopId} and n.id = ${id} and n.deleted_at is null`.execute(db);
  return rows[0];
}

/** Add a note; returns its id. */
export async function insertNote(
  db: Db,
  shopId: number,
  customerId: number,
  body: string,
  by: { memberId: number | null; name: string },
): Promise<number> {
  const row = await db
    .insertInto("customer_notes")
    .values({
      shop_id: shopId,
      customer_id: customerId,
      body,
      author_member_id: by.memberId,
      author_name: by.name,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Change a note's text or delete it (soft); false when it is gone already. */
export async function updateNote(
  db: Db,
  shopId: number,
  id: number,
  change: { body: string } | { deleted: true },
): Promise<boolean> {
  const now = new Date();
  const row = await db
    .updateTable("customer_notes")
    .set("body" in change ? { body: change.body, updated_at: now } : { deleted_at: now, updated_at: now })
    .where("shop_id", "=", shopId)
    .where("id", "=", id)
    .where("deleted_at", "is", null)
    .returning("id")
    .executeTakeFirst();
  return row !== undefined;
}
