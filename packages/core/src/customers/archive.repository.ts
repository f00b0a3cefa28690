/**
 * One customer's whole archive page in one round trip: PostgreSQL assembles the profile,
 * identities, newest orders with their lines, metrics, merges, tags, newest notes, follow-up
 * visits and newest reviews as one JSON document. On a busy server this is several times cheaper than ten queries:
 * one round trip instead of ten, and one JSON.parse instead of node-postgres decoding every
 * column of every row (bench/api).
 */
import type { Database } from "@laoke/db";
import { type Kysely, sql } from "kysely";
import {
  type CustomerTagRow,
  customerClosedFollowUpsQuery,
  customerNotesQuery,
  customerOpenFollowUpsQuery,
  customerTagsQuery,
  type FollowUpRow,
  type NoteRow,
} from "../archive/index.ts";
import { customerReviewsQuery, type ReviewRow } from "../reviews/index.ts";
import type { CustomerRow, IdentityRow, MergeIntoRow, MetricsRow } from "./customers.repository.ts";
import { reviveTimestamps } from "./json-rows.ts";
import { ORDER_COLUMNS, type OrderRow } from "./orders.repository.ts";

/** Everything the customer page shows, as stored. */
export interface ArchiveRows {
  customer: CustomerRow;
  identities: IdentityRow[];
  orders: OrderRow[];
  metrics: MetricsRow | null;
  merges: MergeIntoRow[];
  tags: CustomerTagRow[];
  notes: NoteRow[];
  openFollowUps: FollowUpRow[];
  closedFollowUps: FollowUpRow[];
  reviews: ReviewRow[];
}

/** How many notes, open and closed follow-ups and reviews the archive page shows (the rest are paged). */
export const ARCHIVE_LIMITS = { notes: 20, openFollowUps: 50, closedFollowUps: 10, reviews: 10 };

/** The live customer's archive (not merged away, not anonymised), or undefined. */
export async function findCustomerArchive(
  db: Kysely<Database>,
  shopId: number,
  customerId: number,
  recentOrders: number,
): Promise<ArchiveRows | undefined> {
  const { rows } = await sql<{ doc: ArchiveRows | null }>`
    select case when c.id is null then null else json_build_object(
      'customer', to_json(c),
      'identities', (select coalesce(json_agg(i order by i.id), '[]'::json) from (
          select id, platform, kind, value, masked, created_at from customer_identities
           where shop_id = ${shopId} and customer_id = ${customerId}) i),
      'orders', (select coalesce(json_agg(o order by o.ordered_at desc, o.id desc), '[]'::json) from (
          select ${ORDER_COLUMNS} from orders o
           where o.shop_id = ${shopId} and o.customer_id = ${customerId}
           order by o.ordered_at desc, o.id desc limit ${recentOrders}) o),
      'metrics', (select to_json(m) from (
          select m.*, m.expected_next_purchase_on::text as expected_next_purchase_on,
                 m.expected_next_purchase_low::text as expected_next_purchase_low,
                 m.expected_next_purchase_high::text as expected_next_purchase_high,
                 p.title as favourite_product_title
            from customer_metrics m
            left join products p on p.shop_id = m.shop_id and p.id = m.favourite_product_id
           where m.shop_id = ${shopId} and m.customer_id = ${customerId}) m),
      'merges', (select coalesce(json_agg(g order by g.id desc), '[]'::json) from (
          select id, merged_customer_id, reason, matched_value, created_at, undone_at, split_customer_id
            from customer_merges where shop_id = ${shopId} and survivor_id = ${customerId}) g),
      'tags', (select coalesce(json_agg(t order by t.tagged_at, t.tag_id), '[]'::json) from (
          ${customerTagsQuery(shopId, customerId)}) t),
      'notes', (select coalesce(json_agg(n order by n.created_at desc, n.id desc), '[]'::json) from (
          ${customerNotesQuery(shopId, customerId, ARCHIVE_LIMITS.notes)}) n),
      'openFollowUps', (select coalesce(json_agg(f order by f.due_at, f.id), '[]'::json) from (
          ${customerOpenFollowUpsQuery(shopId, customerId, ARCHIVE_LIMITS.openFollowUps)}) f),
      'closedFollowUps', (select coalesce(json_agg(f order by coalesce(f.completed_at, f.updated_at) desc, f.id desc),
                                          '[]'::json) from (
          ${customerClosedFollowUpsQuery(shopId, customerId, ARCHIVE_LIMITS.closedFollowUps)}) f),
      'reviews', (select coalesce(json_agg(r order by r.reviewed_at desc, r.id desc), '[]'::json) from (
          ${customerReviewsQuery(shopId, customerId, ARCHIVE_LIMITS.reviews)}) r)
    ) end as doc
      from (select 1) one
      left join lateral (
        select c.*, c.birthday::text as birthday from customers c
         where c.shop_id = ${shopId} and c.id = ${customerId}
           and c.merged_into_id is null and c.anonymised_at is null) c on true`.execute(db);
  const doc = rows[0]?.doc;
  if (!doc) return undefined;
  reviveTimestamps(doc.customer);
  doc.identities.forEach(reviveTimestamps);
  doc.orders.forEach(reviveTimestamps);
  reviveTimestamps(doc.metrics);
  doc.merges.forEach(reviveTimestamps);
  doc.tags.forEach(reviveTimestamps);
  doc.notes.forEach(reviveTimestamps);
  doc.openFollowUps.forEach(reviveTimestamps);
  doc.closedFollowUps.forEach(reviveTimestamps);
  doc.reviews.forEach(reviveTimestamps);
  return doc;
}
