/**
 * The audit log: who did what to which records, when and from where. Every login, failure,
 * unmask, export, import, deletion, role change and setting change is recorded here, in the same
 * transaction as the change where there is one.
 */
import type { Database } from "@laoke/db";
import type { Kysely, Transaction } from "kysely";
import type { Actor, Origin } from "../shared/actor.ts";
import { authorize } from "../shared/authorize.ts";
import { decodeCursor, encodeCursor } from "../shared/cursor.ts";
import * as repo from "./audit.repository.ts";

/** Every audited action. Add here when a new sensitive action appears. */
export type AuditAction =
  | "auth.login"
  | "auth.login_failed"
  | "auth.locked"
  | "auth.logout"
  | "auth.password_reset"
  | "auth.password_changed"
  | "staff.created"
  | "staff.invited"
  | "staff.invitation_revoked"
  | "staff.joined"
  | "staff.role_changed"
  | "staff.deactivated"
  | "staff.reactivated"
  | "staff.reset_issued"
  | "api_key.created"
  | "api_key.revoked"
  | "customer.unmasked"
  | "customer.anonymised"
  | "customer.updated"
  | "customers.exported"
  | "customers.tagged"
  | "tag.created"
  | "tag.updated"
  | "tag.deleted"
  | "import.started"
  | "import.finished"
  | "settings.changed"
  | "shop.updated"
  | "analytics.recomputed"
  | "segment.created"
  | "segment.updated"
  | "segment.archived"
  | "tag.rule_changed"
  | "reviews.imported"
  | "group.created"
  | "group.updated"
  | "group.deleted"
  | "group.roster_imported";

/** One event to record. */
export interface AuditEntry {
  shopId: number;
  action: AuditAction;
  targetType?: string;
  targetIds?: (string | number)[];
  data?: Record<string, unknown>;
  /** Where an anonymous caller came from (signed-in actors carry their own origin). */
  origin?: Origin;
}

/** An event as the API shows it. */
export interface AuditEvent {
  id: number;
  occurredAt: Date;
  actor: { kind: string; memberId: number | null; apiKeyId: number | null; name: string | null };
  action: string;
  targetType: string | null;
  targetIds: string[];
  data: Record<string, unknown>;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

/**
 * Who an event is recorded for: any actor, or (for work finished later by a job) the staff member
 * or API key it was done for, named without a session, or the system itself.
 */
export type AuditAuthor =
  | Actor
  | { kind: "staff"; memberId: number; name: string; origin?: Origin }
  | { kind: "api_key"; keyId: number; name: string; origin?: Origin }
  | { kind: "system"; name: string; origin?: Origin };

/** Append an event for `actor` (or an anonymous caller when null), inside `db` if it is a transaction. */
export async function recordAudit(
  db: Kysely<Database> | Transaction<Database>,
  actor: AuditAuthor | null,
  entry: AuditEntry,
): Promise<void> {
  const origin = actor?.origin ?? entry.origin;
  await repo.insertAuditEvent(db, {
    shop_id: entry.shopId,
    actor_kind: actor ? actor.kind : "anonymous",
    actor_member_id: actor?.kind === "staff" ? actor.memberId : null,
    actor_api_key_id: actor?.kind === "api_key" ? actor.keyId : null,
    actor_name: actor ? actor.name : null,
    action: entry.action,
    target_type: entry.targetType ?? null,
    target_ids: (entry.targetIds ?? []).map(String),
    data: JSON.stringify(entry.data ?? {}),
    ip: origin?.ip ?? null,
    user_agent: origin?.userAgent ?? null,
    request_id: origin?.requestId ?? null,
  });
}

/** Filters of the audit list. */
export interface AuditListInput {
  action?: string | undefined;
  memberId?: number | undefined;
  targetId?: string | undefined;
  /** Events at or after `from` and before `to` (e.g. a week: from Monday 00:00 to the next Monday). */
  from?: Date | undefined;
  to?: Date | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

/** A page of the shop's audit log, newest first; needs `audit:read`. */
export async function listAudit(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  input: AuditListInput,
): Promise<{ items: AuditEvent[]; nextCursor: string | null }> {
  authorize(actor, "audit:read", shopId);
  const limit = Math.min(Math.max(input.limit ?? 50, 1), 200);
  const before = input.cursor ? decodeCursor(input.cursor, ["timestamp", "number"]) : undefined;
  const rows = await repo.listAuditEvents(db, shopId, {
    action: input.action,
    memberId: input.memberId,
    targetId: input.targetId,
    from: input.from,
    to: input.to,
    before: before ? { at: before[0] as string, id: before[1] as number } : undefined,
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toAuditEvent),
    nextCursor: rows.length > limit && last ? encodeCursor([last.occurred_key, last.id]) : null,
  };
}

function toAuditEvent(r: repo.AuditRow): AuditEvent {
  return {
    id: r.id,
    occurredAt: r.occurred_at,
    actor: {
      kind: r.actor_kind,
      memberId: r.actor_member_id,
      apiKeyId: r.actor_api_key_id,
      name: r.actor_name,
    },
    action: r.action,
    targetType: r.target_type,
    targetIds: r.target_ids,
    data: r.data,
    ip: r.ip,
    userAgent: r.user_agent,
    requestId: r.request_id,
  };
}
