/** SQL for the append-only audit log: insert and read, nothing else. */
import type { AuditActorKind, AuditEventsTable, Database } from "@laoke/db";
import { type Kysely, type Selectable, sql, type Transaction } from "kysely";

/** One audit row as stored, with its time as exact text for cursors. */
export type AuditRow = Selectable<AuditEventsTable> & { occurred_key: string };

/** What an insert needs. */
export interface AuditInsert {
  shop_id: number;
  actor_kind: AuditActorKind;
  actor_member_id: number | null;
  actor_api_key_id: number | null;
  actor_name: string | null;
  action: string;
  target_type: string | null;
  target_ids: string[];
  data: string;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
}

/** Append one event. */
export async function insertAuditEvent(db: Kysely<Database> | Transaction<Database>, row: AuditInsert) {
  await db.insertInto("audit_events").values(row).execute();
}

/** Filters for reading the log. */
export interface AuditQuery {
  action?: string | undefined;
  memberId?: number | undefined;
  targetId?: string | undefined;
  /** Events at or after `from` and before `to`. */
  from?: Date | undefined;
  to?: Date | undefined;
  /** Keyset: events strictly before this (occurred_at as PostgreSQL text, id). */
  before?: { at: string; id: number } | undefined;
  limit: number;
}

/** A page of a shop's events, newest first (keyset on occurred_at, id). */
export async function listAuditEvents(db: Kysely<Database>, shopId: number, q: AuditQuery) {
  let query = db
    .selectFrom("audit_events")
    .selectAll()
    // Exact to the microsecond (a JS Date keeps milliseconds): cursors must neither skip nor repeat.
    .select(sql<string>`occurred_at::text`.as("occurred_key"))
    .where("shop_id", "=", shopId);
  if (q.action) query = query.where("action", "=", q.action);
  if (q.memberId !== undefined) query = query.where("actor_member_id", "=", q.memberId);
  if (q.targetId) query = query.where(sql<boolean>`${q.targetId} = any(target_ids)`);
  if (q.from) query = query.where("occurred_at", ">=", q.from);
  if (q.to) query = query.where("occurred_at", "<", q.to);
  if (q.before) {
    const { at, id } = q.before;
    query = query.where(sql<boolean>`(occurred_at, id) < (${at}::timestamptz, ${id})`);
  }
  return query.orderBy("occurred_at", "desc").orderBy("id", "desc").limit(q.limit).execute();
}
