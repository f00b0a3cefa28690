/**
 * Notes on a customer: anyone with `customers:write` adds them; only the author, or a role with
 * `settings` (owners, admins), edits or deletes one. Deleting is soft: the row stays, hidden.
 */
import type { Database } from "@laoke/db";
import type { Kysely } from "kysely";
import type { Actor } from "../shared/actor.ts";
import { authorize, can } from "../shared/authorize.ts";
import { decodeCursor, encodeCursor } from "../shared/cursor.ts";
import { DomainError } from "../shared/errors.ts";
import { parseInput } from "../shared/validate.ts";
import { authorOf, type CustomerNote, type NoteRow, toNote } from "./archive.mappers.ts";
import { isLiveCustomer } from "./archive.repository.ts";
import {
  NoteInput,
  type NoteInput as NoteInputType,
  PageInput,
  type PageInput as PageInputType,
} from "./archive.schema.ts";
import * as repo from "./notes.repository.ts";

const DEFAULT_LIMIT = 20;

/** A page of a live customer's notes, newest first. */
export async function listNotes(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  customerId: number,
  input: PageInputType = {},
): Promise<{ items: CustomerNote[]; nextCursor: string | null }> {
  authorize(actor, "customers:read", shopId);
  const v = parseInput(PageInput, input);
  if (!(await isLiveCustomer(db, shopId, customerId))) throw new DomainError("not_found");
  const limit = v.limit ?? DEFAULT_LIMIT;
  const before = v.cursor ? decodeCursor(v.cursor, ["timestamp", "number"]) : null;
  const rows = await repo.selectCustomerNotes(
    db,
    shopId,
    customerId,
    limit + 1,
    before ? { at: before[0] as string, id: before[1] as number } : null,
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toNote),
    nextCursor: rows.length > limit && last ? encodeCursor([last.created_key, last.id]) : null,
  };
}

/** Write a note on a live customer. */
export async function addNote(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  customerId: number,
  input: NoteInputType,
): Promise<CustomerNote> {
  authorize(actor, "customers:write", shopId);
  const v = parseInput(NoteInput, input);
  if (!(await isLiveCustomer(db, shopId, customerId))) throw new DomainError("not_found");
  const id = await repo.insertNote(db, shopId, customerId, v.body, authorOf(actor));
  return toNote((await repo.findNote(db, shopId, id)) as NoteRow);
}

/** The note, if the actor may change it: its author, or whoever holds `settings`. */
async function changeableNote(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  id: number,
): Promise<NoteRow> {
  const note = await repo.findNote(db, shopId, id);
  if (!note) throw new DomainError("not_found");
  const isAuthor = actor.kind === "staff" && note.author_member_id === actor.memberId;
  if (!isAuthor && !can(actor, "settings", shopId))
    throw new DomainError("forbidden", { permission: "settings" });
  return note;
}

/** Change a note's text (its author, or `settings`). */
export async function editNote(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  noteId: number,
  input: NoteInputType,
): Promise<CustomerNote> {
  authorize(actor, "customers:write", shopId);
  const v = parseInput(NoteInput, input);
  await changeableNote(db, actor, shopId, noteId);
  if (!(await repo.updateNote(db, shopId, noteId, { body: v.body }))) throw new DomainError("not_found");
  return toNote((await repo.findNote(db, shopId, noteId)) as NoteRow);
}

/** Delete a note (soft; its author, or `settings`). */
export async function deleteNote(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  noteId: number,
): Promise<{ id: number }> {
  authorize(actor, "customers:write", shopId);
  await changeableNote(db, actor, shopId, noteId);
  if (!(await repo.updateNote(db, shopId, noteId, { deleted: true }))) throw new DomainError("not_found");
  return { id: noteId };
}
