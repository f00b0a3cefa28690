/**
 * SQL of follow-up visits (回访). "Today" ends at midnight of the shop's time zone, computed in
 * PostgreSQL from shops.time_zone (a reference table on Citus), so daylight saving is its concern.
 */
import type { FollowUpChannel } from "@laoke/db";
import { type RawBuilder, sql } from "kysely";
import { customerBriefSql } from "../customers/brief.ts";
import type { FollowUpRow } from "./archive.mappers.ts";
import type { Db } from "./archive.repository.ts";
import type { FollowUpDue } from "./archive.schema.ts";

/** Filters of the follow-up list. */
export interface FollowUpFilter {
  status?: string | undefined;
  assigneeMemberId?: number | undefined;
  customerId?: number | undefined;
  due?: FollowUpDue | undefined;
}

/** The instant the shop's current day ends (its next local midnight) as of `now`. */
function endOfShopDay(shopId: number, now: Date): RawBuilder<Date> {
  return sql<Date>`(select (date_trunc('day', ${now}::timestamptz at time zone s.time_zone) + interval '1 day')
                            at time zone s.time_zone
                      from shops s where s.id = ${shopId})`;
}

/** Open visits due before now, by the end of the shop's day, or later. */
function dueCondition(shopId: number, due: FollowUpDue, now: Date): RawBuilder<boolean> {
  switch (due) {
    case "overdue":
      return sql`f.status = 'scheduled' and f.due_at < ${now}::timestamptz`;
    case "today":
      return sql`f.status = 'scheduled' and f.due_at >= ${now}::timestamptz and f.due_at < ${endOfShopDay(shopId, now)}`;
    case "upcoming":
      return sql`f.status = 'scheduled' and f.due_at >= ${endOfShopDay(shopId, now)}`;
  }
}

/** Follow-ups matching `where`, with their assignee's name and customer brief, as one select. */
function followUpsQuery(
  shopId: number,
  where: RawBuilder<unknown>,
  orderBy: RawBuilder<unknown>,
  limit: number,
): RawBuilder<FollowUpRow> {
  const customer = customerBriefSql("f");
  return sql<FollowUpRow>`
    select f.id, f.customer_id, f.channel, f.purpose, f.due_at, f.due_at::text as due_key, f.assignee_member_id,
           m.display_name as assignee_name, f.status, f.created_by_member_id, f.created_by_name, f.created_at,
           f.updated_at, f.completed_at, f.completed_by_member_id, f.completed_by_name, f.reached,
           f.satisfaction, f.product_feedback, f.preferences_learned, f.outcome_note, ${customer.columns}
      from follow_ups f
      left join staff_members m on m.shop_id = f.shop_id and m.id = f.assignee_member_id
      ${customer.joins}
     where f.shop_id = ${shopId} and ${where}
     order by ${orderBy}
     limit ${limit}`;
}

/** A customer's open visits, soonest first (at most `limit`), as one select for the archive document. */
export function customerOpenFollowUpsQuery(shopId: number, customerId: number, limit: number) {
  return followUpsQuery(
    shopId,
    sql`f.customer_id = ${customerId} and f.status = 'scheduled'`,
    sql`f.due_at, f.id`,
    limit,
  );
}

/** A customer's latest done or cancelled visits, newest first, as one select for the archive document. */
export function customerClosedFollowUpsQuery(shopId: number, customerId: number, limit: number) {
  return followUpsQuery(
    shopId,
    sql`f.customer_id = ${customerId} and f.status <> 'scheduled'`,
    sql`coalesce(f.completed_at, f.updated_at) desc, f.id desc`,
    limit,
  );
}

/**
 * A page of the shop's follow-ups by due time (keyset: after `after`): open ones soonest first,
 * finished ones (done or cancelled) latest first, as a history is read.
 */
export async function selectFollowUps(
  db: Db,
  shopId: number,
  filter: FollowUpFilter,
  after: { at: string; id: number } | null,
  limit: number,
  now: Date,
): Promise<FollowUpRow[]> {
  const parts: RawBuilder<unknown>[] = [sql`true`];
  if (filter.status) parts.push(sql`f.status = ${filter.status}`);
  if (filter.assigneeMemberId !== undefined)
    parts.push(sql`f.assignee_member_id = ${filter.assigneeMemberId}`);
  if (filter.customerId !== undefined) parts.push(sql`f.customer_id = ${filter.customerId}`);
  if (filter.due) parts.push(dueCondition(shopId, filter.due, now));
  const latestFirst = filter.status === "done" || filter.status === "cancelled";
  if (after)
    parts.push(
      latestFirst
        ? sql`(f.due_at, f.id) < (${after.at}::timestamptz, ${after.id})`
        : sql`(f.due_at, f.id) > (${after.at}::timestamptz, ${after.id})`,
    );
  const { rows } = await followUpsQuery(
    shopId,
    sql.join(parts, sql` and `),
    latestFirst ? sql`f.due_at desc, f.id desc` : sql`f.due_at, f.id`,
    limit,
  ).execute(db);
  return rows;
}

/** One follow-up, or undefined. */
export async function findFollowUp(db: Db, shopId: number, id: number): Promise<FollowUpRow | undefined> {
  const { rows } = await followUpsQuery(shopId, sql`f.id = ${id}`, sql`f.id`, 1).execute(db);
  return rows[0];
}

/** Schedule a visit; returns its id. */
export async function insertFollowUp(
  db: Db,
  shopId: number,
  values: {
    customerId: number;
    channel: FollowUpChannel;
    purpose: string | null;
    dueAt: Date;
    assigneeMemberId: number | null;
  },
  by: { memberId: number | null; name: string },
): Promise<number> {
  const row = await db
    .insertInto("follow_ups")
    .values({
      shop_id: shopId,
      customer_id: values.customerId,
      channel: values.channel,
      purpose: values.purpose,
      due_at: values.dueAt,
      assignee_member_id: values.assigneeMemberId,
      created_by_member_id: by.memberId,
      created_by_name: by.name,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** What may change on an open visit, column by column. */
export interface FollowUpChange {
  channel?: FollowUpChannel;
  purpose?: string | null;
  due_at?: Date;
  assignee_member_id?: number | null;
  reminded_at?: null;
  status?: "done" | "cancelled";
  completed_at?: Date;
  completed_by_member_id?: number | null;
  completed_by_name?: string;
  reached?: boolean;
  satisfaction?: number | null;
  product_feedback?: string | null;
  preferences_learned?: string | null;
  outcome_note?: string | null;
}

/** Change a visit that is still open; false when it is unknown, done or cancelled. */
export async function updateOpenFollowUp(
  db: Db,
  shopId: number,
  id: number,
  change: FollowUpChange,
): Promise<boolean> {
  const row = await db
    .updateTable("follow_ups")
    .set({ ...change, updated_at: new Date() })
    .where("shop_id", "=", shopId)
    .where("id", "=", id)
    .where("status", "=", "scheduled")
    .returning("id")
    .executeTakeFirst();
  return row !== undefined;
}

/** Open visits overdue and due later today: the member's (when given) and everyone's. */
export async function countDueFollowUps(
  db: Db,
  shopId: number,
  memberId: number | null,
  now: Date,
): Promise<{ mine_overdue: number; mine_today: number; all_overdue: number; all_today: number }> {
  const { rows } = await sql<{
    mine_overdue: number;
    mine_today: number;
    all_overdue: number;
    all_today: number;
  }>`
    select count(*) filter (where f.due_at < ${now}::timestamptz and f.assignee_member_id = ${memberId}::bigint)::int
             as mine_overdue,
           count(*) filter (where f.due_at >= ${now}::timestamptz and f.assignee_member_id = ${memberId}::bigint)::int
             as mine_today,
           count(*) filter (where f.due_at < ${now}::timestamptz)::int as all_overdue,
           count(*) filter (where f.due_at >= ${now}::timestamptz)::int as all_today
      from follow_ups f
     where f.shop_id = ${shopId} and f.status = 'scheduled' and f.due_at < ${endOfShopDay(shopId, now)}`.execute(
    db,
  );
  return rows[0] ?? { mine_overdue: 0, mine_today: 0, all_overdue: 0, all_today: 0 };
}
