/**
 * SQL of a roster import, inside its transaction: the roster is staged (a temporary table),
 * matched to live customers — by unmasked phone identity, else by a name exactly one customer
 * has — and then replaces the group's roster: lines gone are deleted, new ones inserted, known
 * ones updated only when something changed, so importing the same roster again writes nothing.
 */
import { sql } from "kysely";
import type { Db } from "./groups.repository.ts";

/** One staged roster line. */
export interface StagedMember {
  /** The line's place in the file: new lines get their ids in roster order. */
  seq: number;
  key: string;
  name: string;
  phone: string | null;
  joinedAt: string | null;
  lastActiveAt: Date | null;
}

/** What replacing a roster did. */
export interface RosterCounts {
  inserted: number;
  updated: number;
  removed: number;
}

const CHUNK = 2000;

/** Create the staging table (dropped at commit), fill it and match its lines to customers. */
export async function stageRoster(trx: Db, shopId: number, rows: readonly StagedMember[]): Promise<void> {
  await sql`
    create temporary table stage_roster (
      key text primary key, seq int not null, name text not null, phone text, "joinedAt" date, "lastActiveAt" timestamptz,
      customer_id bigint, matched_by text
    ) on commit drop`.execute(trx);
  for (let i = 0; i < rows.length; i += CHUNK) {
    await sql`
      insert into stage_roster select x.* from json_populate_recordset(null::stage_roster, ${JSON.stringify(
        rows.slice(i, i + CHUNK),
      )}::json) x`.execute(trx);
  }
  await sql`
    update stage_roster s set customer_id = i.customer_id, matched_by = 'phone'
      from customer_identities i
      join customers c on c.shop_id = i.shop_id and c.id = i.customer_id
       and c.merged_into_id is null and c.anonymised_at is null
     where i.shop_id = ${shopId} and i.platform = '*' and i.kind = 'phone' and not i.masked and i.value = s.phone`.execute(
    trx,
  );
  // A name two customers share names neither of them.
  await sql`
    update stage_roster s set customer_id = m.id, matched_by = 'name'
      from (select c.name, min(c.id) as id from customers c
             where c.shop_id = ${shopId} and not c.name_masked and c.merged_into_id is null and c.anonymised_at is null
               and c.name in (select name from stage_roster where customer_id is null and name <> '')
             group by c.name having count(*) = 1) m
     where s.customer_id is null and s.name = m.name`.execute(trx);
}

/**
 * Replace the group's roster with the staged one. A line staff matched by hand keeps its customer;
 * a later roster without the joining or activity column keeps what is known.
 */
export async function replaceRoster(trx: Db, shopId: number, groupId: number): Promise<RosterCounts> {
  const removed = await sql`
    delete from customer_group_members m
     where m.shop_id = ${shopId} and m.group_id = ${groupId}
       and not exists (select 1 from stage_roster s where s.key = m.member_key)`.execute(trx);
  const { rows } = await sql<{ inserted: boolean }>`
    insert into customer_group_members as m (shop_id, group_id, member_key, customer_id, matched_by, member_name,
           member_phone, joined_at, last_active_at)
    select ${shopId}, ${groupId}, s.key, s.customer_id, s.matched_by, s.name, s.phone, s."joinedAt", s."lastActiveAt"
      from stage_roster s
     order by s.seq
    on conflict (shop_id, group_id, member_key) do update set
           customer_id = case when m.matched_by = 'staff' then m.customer_id else excluded.customer_id end,
           matched_by = case when m.matched_by = 'staff' then m.matched_by else excluded.matched_by end,
           member_name = excluded.member_name, member_phone = excluded.member_phone,
           joined_at = coalesce(excluded.joined_at, m.joined_at),
           last_active_at = greatest(excluded.last_active_at, m.last_active_at), imported_at = now()
     where (m.customer_id, m.matched_by, m.member_name, m.member_phone, m.joined_at, m.last_active_at)
           is distinct from
           (case when m.matched_by = 'staff' then m.customer_id else excluded.customer_id end,
            case when m.matched_by = 'staff' then m.matched_by else excluded.matched_by end,
            excluded.member_name, excluded.member_phone, coalesce(excluded.joined_at, m.joined_at),
            greatest(excluded.last_active_at, m.last_active_at))
    returning (xmax = 0) as inserted`.execute(trx);
  const inserted = rows.filter((r) => r.inserted).length;
  return { inserted, updated: rows.length - inserted, removed: Number(removed.numAffectedRows ?? 0) };
}

/** How many of the group's roster lines are matched to a customer now. */
export async function countMatched(trx: Db, shopId: number, groupId: number): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from customer_group_members
     where shop_id = ${shopId} and group_id = ${groupId} and customer_id is not null`.execute(trx);
  return rows[0]?.n ?? 0;
}

/** Note when the group's roster was last imported. */
export async function touchRosterImported(trx: Db, shopId: number, groupId: number): Promise<void> {
  await sql`
    update customer_groups set roster_imported_at = now() where shop_id = ${shopId} and id = ${groupId}`.execute(
    trx,
  );
}
