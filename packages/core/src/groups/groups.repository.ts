/** SQL of customer groups and their rosters. */
import type { Database, GroupChannel, GroupMatch } from "@laoke/db";
import { isUniqueViolation } from "@laoke/db";
import { type Kysely, sql, type Transaction } from "kysely";
import { customerBriefSql } from "../customers/index.ts";
import type { GroupRow, MemberRow } from "./groups.mappers.ts";
import { lurkerCondition } from "./lurkers.ts";

/** A connection or a transaction. */
export type Db = Kysely<Database> | Transaction<Database>;

/** The shop's groups (one, with `id`) by name, with roster, matched and lurker counts. */
export async function selectGroups(
  db: Db,
  shopId: number,
  lurkerDays: number,
  id?: number,
): Promise<GroupRow[]> {
  const { rows } = await sql<GroupRow>`
    select g.id, g.name, g.channel, g.description, g.created_by_name, g.created_at, g.updated_at,
           g.roster_imported_at, coalesce(s.members, 0) as member_count, coalesce(s.matched, 0) as matched_count,
           coalesce(s.lurkers, 0) as lurker_count
      from customer_groups g
      left join lateral (
        select count(*)::int as members, count(m.customer_id)::int as matched,
               (count(*) filter (where ${lurkerCondition(lurkerDays)}))::int as lurkers
          from customer_group_members m where m.shop_id = g.shop_id and m.group_id = g.id) s on true
     where g.shop_id = ${shopId} ${id === undefined ? sql`` : sql`and g.id = ${id}`}
     order by g.name, g.id`.execute(db);
  return rows;
}

/** A group's name, or undefined; `forUpdate` locks it (one roster import per group at a time). */
export async function findGroupHead(
  db: Db,
  shopId: number,
  id: number,
  forUpdate = false,
): Promise<{ id: number; name: string } | undefined> {
  const { rows } = await sql<{ id: number; name: string }>`
    select id, name from customer_groups where shop_id = ${shopId} and id = ${id}
    ${forUpdate ? sql`for update` : sql``}`.execute(db);
  return rows[0];
}

/** Insert a group; undefined when the shop has a group of that name. */
export async function insertGroup(
  db: Db,
  shopId: number,
  values: { name: string; channel: GroupChannel; description: string | null },
  by: { memberId: number | null; name: string },
): Promise<number | undefined> {
  const row = await db
    .insertInto("customer_groups")
    .values({ shop_id: shopId, ...values, created_by_member_id: by.memberId, created_by_name: by.name })
    .onConflict((oc) => oc.columns(["shop_id", "name"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  return row?.id;
}

/** Change a group: "missing" when there is none, "taken" when the new name is in use. */
export async function updateGroup(
  db: Db,
  shopId: number,
  id: number,
  values: { name?: string; channel?: GroupChannel; description?: string | null },
): Promise<"updated" | "missing" | "taken"> {
  try {
    const row = await db
      .updateTable("customer_groups")
      .set({ ...values, updated_at: new Date() })
      .where("shop_id", "=", shopId)
      .where("id", "=", id)
      .returning("id")
      .executeTakeFirst();
    return row ? "updated" : "missing";
  } catch (e) {
    // unique (shop_id, name): an existing (or concurrently created) one of that name.
    if (isUniqueViolation(e)) return "taken";
    throw e;
  }
}

/** Delete a group and its roster (on delete cascade); how many roster lines it had, or undefined. */
export async function deleteGroup(db: Db, shopId: number, id: number): Promise<number | undefined> {
  const { rows } = await sql<{ members: number }>`
    with gone as (delete from customer_groups where shop_id = ${shopId} and id = ${id} returning id)
    select (select count(*)::int from customer_group_members where shop_id = ${shopId} and group_id = ${id}) as members
      from gone`.execute(db);
  return rows[0]?.members;
}

/** Filters of a roster page. */
export interface MemberFilter {
  lurkerDays?: number | undefined;
  unmatched?: boolean | undefined;
  afterId?: number | undefined;
}

/** A page of a group's roster by id, with each matched customer's brief and last paid order. */
export async function selectMembers(
  db: Db,
  shopId: number,
  groupId: number,
  filter: MemberFilter,
  limit: number,
  id?: number,
): Promise<MemberRow[]> {
  const customer = customerBriefSql("m");
  const { rows } = await sql<MemberRow>`
    select m.id, m.group_id, m.customer_id, m.matched_by, m.member_name, m.member_phone, m.joined_at::text as joined_at,
           m.last_active_at, m.imported_at, ${customer.columns},
           (select max(o.ordered_at) from orders o
             where o.shop_id = m.shop_id and o.customer_id = m.customer_id
               and o.status in ('paid', 'shipped', 'completed')) as last_paid_order_at
      from customer_group_members m
      ${customer.joins}
     where m.shop_id = ${shopId} and m.group_id = ${groupId}
       ${id === undefined ? sql`` : sql`and m.id = ${id}`}
       ${filter.afterId === undefined ? sql`` : sql`and m.id > ${filter.afterId}`}
       ${filter.unmatched ? sql`and m.customer_id is null` : sql``}
       ${filter.lurkerDays === undefined ? sql`` : sql`and ${lurkerCondition(filter.lurkerDays)}`}
     order by m.id
     limit ${limit}`.execute(db);
  return rows;
}

/** Match a roster line to a customer by hand (or unmatch it); false when there is no such line. */
export async function setMemberCustomer(
  db: Db,
  shopId: number,
  groupId: number,
  memberId: number,
  customerId: number | null,
): Promise<boolean> {
  const matchedBy: GroupMatch | null = customerId === null ? null : "staff";
  const row = await db
    .updateTable("customer_group_members")
    .set({ customer_id: customerId, matched_by: matchedBy })
    .where("shop_id", "=", shopId)
    .where("group_id", "=", groupId)
    .where("id", "=", memberId)
    .returning("id")
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Delete the customers' roster lines, for their erasure (PIPL): a line holds their nickname and
 * phone. A later roster import brings the line back unmatched, like any stranger's.
 */
export async function eraseGroupMemberships(
  db: Db,
  shopId: number,
  customerIds: readonly number[],
): Promise<void> {
  await sql`
    delete from customer_group_members where shop_id = ${shopId} and customer_id = any(${customerIds}::bigint[])`.execute(
    db,
  );
}
