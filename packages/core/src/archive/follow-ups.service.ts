/**
 * Follow-up visits (回访): schedule one for a customer, list them by due time, reschedule,
 * reassign, cancel, and record the outcome once. A visit that is done or cancelled is closed:
 * changing it again is `follow_up_closed`. "Today" is the shop's day (shops.time_zone). Services
 * take `now` so tests can pin the clock.
 */
import type { Database } from "@laoke/db";
import type { Kysely } from "kysely";
import type { Actor } from "../shared/actor.ts";
import { authorize, can } from "../shared/authorize.ts";
import { decodeCursor, encodeCursor } from "../shared/cursor.ts";
import { DomainError } from "../shared/errors.ts";
import { parseInput } from "../shared/validate.ts";
import { authorOf, type FollowUp, type FollowUpRow, toFollowUp } from "./archive.mappers.ts";
import { type Db, isActiveMember, isLiveCustomer } from "./archive.repository.ts";
import {
  CompleteFollowUpInput,
  type CompleteFollowUpInput as CompleteFollowUpInputType,
  DueFollowUpsInput,
  type DueFollowUpsInput as DueFollowUpsInputType,
  ListFollowUpsInput,
  type ListFollowUpsInput as ListFollowUpsInputType,
  ScheduleFollowUpInput,
  type ScheduleFollowUpInput as ScheduleFollowUpInputType,
  UpdateFollowUpInput,
  type UpdateFollowUpInput as UpdateFollowUpInputType,
} from "./archive.schema.ts";
import * as repo from "./follow-ups.repository.ts";

const DEFAULT_LIMIT = 50;

async function assertAssignee(db: Db, shopId: number, memberId: number | null): Promise<void> {
  if (memberId !== null && !(await isActiveMember(db, shopId, memberId))) {
    throw new DomainError("assignee_invalid", { memberId });
  }
}

async function readFollowUp(db: Db, shopId: number, id: number): Promise<FollowUp> {
  return toFollowUp((await repo.findFollowUp(db, shopId, id)) as FollowUpRow);
}

/** Schedule a visit for a live customer; staff who name no assignee are the assignee. */
export async function scheduleFollowUp(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  input: ScheduleFollowUpInputType,
): Promise<FollowUp> {
  authorize(actor, "customers:write", shopId);
  const v = parseInput(ScheduleFollowUpInput, input);
  if (!(await isLiveCustomer(db, shopId, v.customerId))) throw new DomainError("not_found");
  const assignee =
    v.assigneeMemberId === undefined ? (actor.kind === "staff" ? actor.memberId : null) : v.assigneeMemberId;
  await assertAssignee(db, shopId, assignee);
  const id = await repo.insertFollowUp(
    db,
    shopId,
    {
      customerId: v.customerId,
      channel: v.channel,
      purpose: v.purpose ?? null,
      dueAt: v.dueAt,
      assigneeMemberId: assignee,
    },
    authorOf(actor),
  );
  return readFollowUp(db, shopId, id);
}

/** A page of the shop's visits by due time, soonest first, filtered. */
export async function listFollowUps(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  input: ListFollowUpsInputType = {},
  now: Date = new Date(),
): Promise<{ items: FollowUp[]; nextCursor: string | null }> {
  authorize(actor, "customers:read", shopId);
  const v = parseInput(ListFollowUpsInput, input);
  const limit = v.limit ?? DEFAULT_LIMIT;
  const after = v.cursor ? decodeCursor(v.cursor, ["timestamp", "number"]) : null;
  const rows = await repo.selectFollowUps(
    db,
    shopId,
    { status: v.status, assigneeMemberId: v.assigneeMemberId, customerId: v.customerId, due: v.due },
    after ? { at: after[0] as string, id: after[1] as number } : null,
    limit + 1,
    now,
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toFollowUp),
    nextCursor: rows.length > limit && last ? encodeCursor([last.due_key, last.id]) : null,
  };
}

/** Apply `change` to an open visit: unknown is `not_found`, done or cancelled is `follow_up_closed`. */
async function changeOpenFollowUp(
  db: Kysely<Database>,
  shopId: number,
  id: number,
  change: repo.FollowUpChange,
): Promise<FollowUp> {
  if (!(await repo.updateOpenFollowUp(db, shopId, id, change))) {
    const row = await repo.findFollowUp(db, shopId, id);
    if (!row) throw new DomainError("not_found");
    throw new DomainError("follow_up_closed", { status: row.status });
  }
  return readFollowUp(db, shopId, id);
}

/** Reschedule, reassign, or change the channel or purpose of an open visit. */
export async function updateFollowUp(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  followUpId: number,
  input: UpdateFollowUpInputType,
): Promise<FollowUp> {
  authorize(actor, "customers:write", shopId);
  const v = parseInput(UpdateFollowUpInput, input);
  if (v.assigneeMemberId !== undefined) await assertAssignee(db, shopId, v.assigneeMemberId);
  return changeOpenFollowUp(db, shopId, followUpId, {
    ...(v.channel === undefined ? {} : { channel: v.channel }),
    ...(v.purpose === undefined ? {} : { purpose: v.purpose }),
    ...(v.assigneeMemberId === undefined ? {} : { assignee_member_id: v.assigneeMemberId }),
    // A new due time is reminded of again.
    ...(v.dueAt === undefined ? {} : { due_at: v.dueAt, reminded_at: null }),
  });
}

/** Record what an open visit found out; it is done from then on. */
export async function completeFollowUp(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  followUpId: number,
  input: CompleteFollowUpInputType,
  now: Date = new Date(),
): Promise<FollowUp> {
  authorize(actor, "customers:write", shopId);
  const v = parseInput(CompleteFollowUpInput, input);
  const by = authorOf(actor);
  return changeOpenFollowUp(db, shopId, followUpId, {
    status: "done",
    completed_at: now,
    completed_by_member_id: by.memberId,
    completed_by_name: by.name,
    reached: v.reached,
    satisfaction: v.satisfaction ?? null,
    product_feedback: v.productFeedback ?? null,
    preferences_learned: v.preferencesLearned ?? null,
    outcome_note: v.note ?? null,
  });
}

/** Cancel an open visit. */
export async function cancelFollowUp(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  followUpId: number,
): Promise<FollowUp> {
  authorize(actor, "customers:write", shopId);
  return changeOpenFollowUp(db, shopId, followUpId, { status: "cancelled" });
}

/** Open visits overdue and due later today (the shop's day). */
export interface DueCounts {
  overdue: number;
  today: number;
}

/** The reminder badge: a member's own due visits, and for those who manage staff, everyone's. */
export interface DueFollowUps {
  /** Visits assigned to the member; null when there is no member (an API key or the command line). */
  mine: DueCounts | null;
  /** Every open visit of the shop: for owners and admins (`staff:manage`), null for others. */
  all: DueCounts | null;
}

/**
 * Counts for the "due" badge. `memberId` defaults to the signed-in staff member; someone else's
 * counts need `staff:manage`, like the shop-wide ones, so owners see whose visits are overdue.
 */
export async function listDueFollowUps(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  input: DueFollowUpsInputType = {},
  now: Date = new Date(),
): Promise<DueFollowUps> {
  authorize(actor, "customers:read", shopId);
  const v = parseInput(DueFollowUpsInput, input);
  const own = actor.kind === "staff" ? actor.memberId : null;
  const manager = can(actor, "staff:manage", shopId);
  const memberId = v.memberId ?? own;
  if (memberId !== own && !manager) throw new DomainError("forbidden", { permission: "staff:manage" });
  const c = await repo.countDueFollowUps(db, shopId, memberId, now);
  return {
    mine: memberId === null ? null : { overdue: c.mine_overdue, today: c.mine_today },
    all: manager ? { overdue: c.all_overdue, today: c.all_today } : null,
  };
}
