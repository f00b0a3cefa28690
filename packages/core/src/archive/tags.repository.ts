/** SQL of tags and of the tags on customers. */
import { isUniqueViolation } from "@laoke/db";
import { type RawBuilder, sql } from "kysely";
import type { CustomerTagRow, TagRow } from "./archive.mappers.ts";
import type { Db } from "./archive.repository.ts";

/** Who tagged: a staff member when a person did, and always a name. */
export interface TaggedBy {
  memberId: number | null;
  name: string;
}

/** The shop's tags (one, with `id`), by name, each with how many live customers carry it. */
export async function selectTags(db: Db, shopId: number, id?: number): Promise<TagRow[]> {
  const { rows } = await sql<TagRow>`
    select t.id, t.name, t.color, t.rule is not null as automatic, t.created_by_name, t.created_at, t.updated_at,
           (select count(*)::int from customer_tags ct
              join customers c on c.shop_id = ct.shop_id and c.id = ct.customer_id
             where ct.shop_id = t.shop_id and ct.tag_id = t.id
               and c.merged_into_id is null and c.anonymised_at is null) as customer_count
      from tags t
     where t.shop_id = ${shopId} ${id === undefined ? sql`` : sql`and t.id = ${id}`}
     order by t.name, t.id`.execute(db);
  return rows;
}

/** A tag's name and whether a rule drives it, or undefined. */
export async function findTagHead(
  db: Db,
  shopId: number,
  id: number,
): Promise<{ id: number; name: string; automatic: boolean } | undefined> {
  const { rows } = await sql<{ id: number; name: string; automatic: boolean }>`
    select id, name, rule is not null as automatic from tags where shop_id = ${shopId} and id = ${id}`.execute(
    db,
  );
  return rows[0];
}

/** Insert a manual tag; undefined when the shop has a tag of that name. */
export async function insertTag(
  db: Db,
  shopId: number,
  values: { name: string; color: string | null },
  by: TaggedBy,
): Promise<number | undefined> {
  const row = await db
    .insertInto("tags")
    .values({
      shop_id: shopId,
      name: values.name,
      color: values.color,
      created_by_member_id: by.memberId,
      created_by_name: by.name,
    })
    .onConflict((oc) => oc.columns(["shop_id", "name"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  return row?.id;
}

/** Rename or recolour a tag: "missing" when there is no such tag, "taken" when the name is in use. */
export async function updateTag(
  db: Db,
  shopId: number,
  id: number,
  values: { name?: string; color?: string | null },
): Promise<"updated" | "missing" | "taken"> {
  try {
    const row = await db
      .updateTable("tags")
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

/** Delete a tag (its customer_tags go with it, on delete cascade); how many customers carried it. */
export async function deleteTag(db: Db, shopId: number, id: number): Promise<number | undefined> {
  const { rows } = await sql<{ customers: number }>`
    with gone as (delete from tags where shop_id = ${shopId} and id = ${id} returning id)
    select (select count(*)::int from customer_tags
             where shop_id = ${shopId} and tag_id = ${id}) as customers
      from gone`.execute(db);
  return rows[0]?.customers;
}

/** The rows of a customer's tags, oldest first, as one select (also embedded in the archive document). */
export function customerTagsQuery(shopId: number, customerId: number): RawBuilder<CustomerTagRow> {
  return sql<CustomerTagRow>`
    select ct.tag_id, t.name, t.color, ct.source, ct.tagged_by_member_id, ct.tagged_by_name, ct.tagged_at
      from customer_tags ct
      join tags t on t.shop_id = ct.shop_id and t.id = ct.tag_id
     where ct.shop_id = ${shopId} and ct.customer_id = ${customerId}
     order by ct.tagged_at, ct.tag_id`;
}

/** A customer's tags, oldest first. */
export async function selectCustomerTags(
  db: Db,
  shopId: number,
  customerId: number,
): Promise<CustomerTagRow[]> {
  const { rows } = await customerTagsQuery(shopId, customerId).execute(db);
  return rows;
}

/** Tag a customer by hand; false when the customer carried the tag already. */
export async function insertCustomerTag(
  db: Db,
  shopId: number,
  customerId: number,
  tagId: number,
  by: TaggedBy,
): Promise<boolean> {
  const row = await db
    .insertInto("customer_tags")
    .values({
      shop_id: shopId,
      customer_id: customerId,
      tag_id: tagId,
      source: "manual",
      tagged_by_member_id: by.memberId,
      tagged_by_name: by.name,
    })
    .onConflict((oc) => oc.columns(["shop_id", "customer_id", "tag_id"]).doNothing())
    .returning("tag_id")
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Take a hand-given tag off a customer. "removed", "absent" (nothing to remove) or "rule" when
 * the tag is there by its rule, which only the rule may take away.
 */
export async function deleteManualCustomerTag(
  db: Db,
  shopId: number,
  customerId: number,
  tagId: number,
): Promise<"removed" | "absent" | "rule"> {
  const { rows } = await sql<{ source: string; removed: boolean }>`
    with gone as (
      delete from customer_tags
       where shop_id = ${shopId} and customer_id = ${customerId} and tag_id = ${tagId} and source = 'manual'
      returning source)
    select source, true as removed from gone
    union all
    select source, false from customer_tags
     where shop_id = ${shopId} and customer_id = ${customerId} and tag_id = ${tagId} and source <> 'manual'`.execute(
    db,
  );
  const row = rows[0];
  if (!row) return "absent";
  return row.removed ? "removed" : "rule";
}

/**
 * Tag every live customer of the shop among `customerIds` by hand (conflicts: already tagged,
 * left as they are). Answers which ids are live customers and which of them were tagged now.
 */
export async function insertCustomerTags(
  db: Db,
  shopId: number,
  tagId: number,
  customerIds: readonly number[],
  by: TaggedBy,
): Promise<{ live: number[]; inserted: number[] }> {
  const { rows } = await sql<{ live: number[]; inserted: number[] }>`
    with live as (
      select c.id from customers c
       where c.shop_id = ${shopId} and c.id = any(${customerIds}::bigint[])
         and c.merged_into_id is null and c.anonymised_at is null),
    added as (
      insert into customer_tags (shop_id, customer_id, tag_id, source, tagged_by_member_id, tagged_by_name)
      select ${shopId}, live.id, ${tagId}, 'manual', ${by.memberId}::bigint, ${by.name} from live
      on conflict (shop_id, customer_id, tag_id) do nothing
      returning customer_id)
    select coalesce((select array_agg(id order by id) from live), '{}') as live,
           coalesce((select array_agg(customer_id order by customer_id) from added), '{}') as inserted`.execute(
    db,
  );
  const row = rows[0];
  // bigint[] arrives as text elements (only plain int8 has a number parser).
  return { live: (row?.live ?? []).map(Number), inserted: (row?.inserted ?? []).map(Number) };
}
