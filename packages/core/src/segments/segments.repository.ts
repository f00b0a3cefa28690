/**
 * SQL of segments: counting a compiled rule's matches, the saved segments, and refreshing a
 * segment's (or a rule tag's) materialised membership as one set-based statement that records
 * who joined and who left.
 */
import type { Database, SegmentKind } from "@laoke/db";
import { type Kysely, type RawBuilder, sql, type Transaction } from "kysely";
import { type CustomerBriefColumns, customerBriefSql } from "../customers/index.ts";
import type { CompiledRule } from "./compile.ts";

type Db = Kysely<Database> | Transaction<Database>;

/** A saved segment as stored. */
export interface SegmentRow {
  id: number;
  name: string;
  description: string | null;
  kind: SegmentKind;
  rule: unknown;
  member_count: number;
  created_by_name: string | null;
  created_at: Date;
  updated_at: Date;
  refreshed_at: Date | null;
  refresh_ms: number | null;
}

/** Live customers of the shop matching the rule (ids only). */
function matches(shopId: number, rule: CompiledRule): RawBuilder<{ id: number }> {
  const metrics = rule.needsMetrics
    ? sql`left join customer_metrics m on m.shop_id = c.shop_id and m.customer_id = c.id`
    : sql``;
  return sql<{ id: number }>`select c.id from customers c ${metrics}
     where c.shop_id = ${shopId} and c.merged_into_id is null and c.anonymised_at is null and ${rule.where}`;
}

/**
 * Run a rule's statement with hash joins instead of nested loops. A rule's conditions are
 * correlated across tables (a "≥ 3 orders" tag, a spend threshold and a best-selling product pick
 * nearly the same customers), which the planner cannot know: it multiplies their selectivities,
 * expects a few hundred rows, and probes an index per row for the 35k that come. Measured on the
 * 1M-customer bench shop (docs/benchmarks.md): such a count took 380 ms with nested loops and
 * 140–200 ms with hash joins, and no rule got slower than 260 ms. Counting visits every match anyway,
 * so hashing bounds the worst case; a rule matching three customers pays one scan (≈ 60 ms).
 * Parallel workers stay allowed: with the shop's rows in shared buffers they split the scans
 * (PostgreSQL never uses them for the refreshes, which write).
 */
async function withHashJoins<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  const run = async (trx: Db) => {
    await sql`set local enable_nestloop = off`.execute(trx);
    const result = await work(trx);
    // The caller's transaction goes on with the planner as it was.
    await sql`reset enable_nestloop`.execute(trx);
    return result;
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}

/** How many live customers match. */
export async function countMatches(db: Db, shopId: number, rule: CompiledRule): Promise<number> {
  return withHashJoins(db, async (trx) => {
    const count = sql<{ n: number }>`select count(*)::int as n from (${matches(shopId, rule)}) x`;
    const { rows } = await count.execute(trx);
    return rows[0]?.n ?? 0;
  });
}

const SEGMENT_COLUMNS = sql`id, name, description, kind, rule, member_count, created_by_name, created_at,
  updated_at, refreshed_at, refresh_ms`;

/** Insert a segment (members come with the first refresh). */
export async function insertSegment(
  db: Db,
  shopId: number,
  s: { name: string; description: string | null; kind: SegmentKind; rule: unknown },
  by: { memberId: number | null; name: string },
): Promise<SegmentRow> {
  const { rows } = await sql<SegmentRow>`
    insert into segments (shop_id, name, description, kind, rule, created_by_member_id, created_by_name)
    values (${shopId}, ${s.name}, ${s.description}, ${s.kind}, ${JSON.stringify(s.rule)}::jsonb, ${by.memberId}, ${by.name})
    returning ${SEGMENT_COLUMNS}`.execute(db);
  return rows[0] as SegmentRow;
}

/** A live (not archived) segment of the shop. */
export async function findSegment(db: Db, shopId: number, id: number): Promise<SegmentRow | undefined> {
  const { rows } = await sql<SegmentRow>`select ${SEGMENT_COLUMNS} from segments
     where shop_id = ${shopId} and id = ${id} and archived_at is null`.execute(db);
  return rows[0];
}

/** The shop's live segments, newest first. */
export async function listSegmentRows(db: Db, shopId: number): Promise<SegmentRow[]> {
  const { rows } = await sql<SegmentRow>`select ${SEGMENT_COLUMNS} from segments
     where shop_id = ${shopId} and archived_at is null order by id desc`.execute(db);
  return rows;
}

/** True when a live segment of the shop already has this name (other than `exceptId`). */
export async function segmentNameTaken(db: Db, shopId: number, name: string, exceptId = 0): Promise<boolean> {
  const { rows } = await sql`select 1 from segments
     where shop_id = ${shopId} and name = ${name} and archived_at is null and id <> ${exceptId}`.execute(db);
  return rows.length > 0;
}

/** Change name, description or rule. */
export async function updateSegmentRow(
  db: Db,
  shopId: number,
  id: number,
  s: { name: string; description: string | null; rule: unknown },
): Promise<void> {
  await sql`update segments set name = ${s.name}, description = ${s.description},
       rule = ${JSON.stringify(s.rule)}::jsonb, updated_at = now()
     where shop_id = ${shopId} and id = ${id}`.execute(db);
}

/** Archive a segment: it stops refreshing and leaves the lists; its history stays. */
export async function archiveSegmentRow(db: Db, shopId: number, id: number): Promise<void> {
  await sql`update segments set archived_at = now(), updated_at = now()
     where shop_id = ${shopId} and id = ${id}`.execute(db);
}

/** Who joined and who left in one refresh. */
export interface RefreshCounts {
  members: number;
  joined: number;
  left: number;
}

/**
 * Bring the segment's members in line with the rule in one statement: joiners inserted, leavers
 * deleted, both recorded in segment_events. Running it twice changes nothing the second time.
 */
export async function refreshSegmentMembers(
  db: Db,
  shopId: number,
  segmentId: number,
  rule: CompiledRule,
): Promise<RefreshCounts> {
  const started = Date.now();
  const { rows } = await withHashJoins(db, (trx) =>
    sql<RefreshCounts>`
    with matched as materialized (${matches(shopId, rule)}),
    joined as (
      insert into segment_members (shop_id, segment_id, customer_id)
      select ${shopId}::bigint, ${segmentId}::bigint, x.id from matched x
       where not exists (select 1 from segment_members sm
                          where sm.shop_id = ${shopId} and sm.segment_id = ${segmentId} and sm.customer_id = x.id)
      returning customer_id
    ),
    leaving as (
      delete from segment_members sm
       where sm.shop_id = ${shopId} and sm.segment_id = ${segmentId}
         and not exists (select 1 from matched x where x.id = sm.customer_id)
      returning customer_id
    ),
    events as (
      insert into segment_events (shop_id, segment_id, customer_id, event)
      select ${shopId}::bigint, ${segmentId}::bigint, customer_id, 'joined' from joined
      union all
      select ${shopId}::bigint, ${segmentId}::bigint, customer_id, 'left' from leaving
    )
    select (select count(*) from matched)::int as members, (select count(*) from joined)::int as joined,
           (select count(*) from leaving)::int as "left"`.execute(trx),
  );
  const counts = rows[0] as RefreshCounts;
  await sql`update segments set member_count = ${counts.members}, refreshed_at = now(),
       refresh_ms = ${Date.now() - started}
     where shop_id = ${shopId} and id = ${segmentId}`.execute(db);
  return counts;
}

/**
 * Apply a rule tag: customers matching get the tag (source `rule`), those who stop matching lose
 * it. A tag a person gave by hand is never taken away by its rule.
 */
export async function refreshRuleTag(
  db: Db,
  shopId: number,
  tagId: number,
  rule: CompiledRule,
): Promise<{ added: number; removed: number }> {
  const { rows } = await withHashJoins(db, (trx) =>
    sql<{ added: number; removed: number }>`
    with matched as materialized (${matches(shopId, rule)}),
    added as (
      insert into customer_tags (shop_id, customer_id, tag_id, source, tagged_by_name)
      select ${shopId}::bigint, x.id, ${tagId}::bigint, 'rule', null from matched x
       where not exists (select 1 from customer_tags t
                          where t.shop_id = ${shopId} and t.tag_id = ${tagId} and t.customer_id = x.id)
      returning customer_id
    ),
    removed as (
      delete from customer_tags t
       where t.shop_id = ${shopId} and t.tag_id = ${tagId} and t.source = 'rule'
         and not exists (select 1 from matched x where x.id = t.customer_id)
      returning customer_id
    )
    select (select count(*) from added)::int as added, (select count(*) from removed)::int as removed`.execute(
      trx,
    ),
  );
  await sql`update tags set refreshed_at = now() where shop_id = ${shopId} and id = ${tagId}`.execute(db);
  return rows[0] as { added: number; removed: number };
}

/** The shop's rule tags (id and rule). */
export async function listRuleTags(db: Db, shopId: number): Promise<{ id: number; rule: unknown }[]> {
  const { rows } = await sql<{ id: number; rule: unknown }>`select id, rule from tags
     where shop_id = ${shopId} and rule is not null order by id`.execute(db);
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

/** One join/leave event, with its customer's brief columns. */
export interface SegmentEventRow extends CustomerBriefColumns {
  id: number;
  customer_id: number;
  event: "joined" | "left";
  occurred_at: Date;
}

/** A page of a segment's join/leave history with each customer's brief, newest first (keyset by id). */
export async function listSegmentEvents(
  db: Db,
  shopId: number,
  segmentId: number,
  beforeId: number | null,
  limit: number,
): Promise<SegmentEventRow[]> {
  const before = beforeId === null ? sql`` : sql`and e.id < ${beforeId}`;
  const customer = customerBriefSql("e");
  const { rows } = await sql<SegmentEventRow>`
    select e.id, e.customer_id, e.event, e.occurred_at, ${customer.columns}
      from segment_events e
      ${customer.joins}
     where e.shop_id = ${shopId} and e.segment_id = ${segmentId} ${before}
     order by e.id desc limit ${limit}`.execute(db);
  return rows.map((r) => ({ ...r, id: Number(r.id), customer_id: Number(r.customer_id) }));
}

/** Joins and leaves per day of the last `days` days, in the shop's time zone. */
export async function segmentEventsByDay(
  db: Db,
  shopId: number,
  segmentId: number,
  timeZone: string,
  days: number,
): Promise<{ day: string; joined: number; left: number }[]> {
  const { rows } = await sql<{ day: string; joined: number; left: number }>`
    select (occurred_at at time zone ${timeZone})::date::text as day,
           count(*) filter (where event = 'joined')::int as joined,
           count(*) filter (where event = 'left')::int as "left"
      from segment_events
     where shop_id = ${shopId} and segment_id = ${segmentId}
       and occurred_at >= now() - make_interval(days => ${days}::int)
     group by 1 order by 1`.execute(db);
  return rows;
}
