/**
 * SQL of a review import, set-based inside the import's transaction: staged rows (a temporary
 * table) are matched to live customers — by the order first, then by the buyer's nick — and
 * their products, then upserted by external id or content hash, so a re-import changes nothing.
 */
import { sql } from "kysely";
import type { ReviewRecord } from "./review-columns.ts";
import type { Db } from "./reviews.repository.ts";

/** One staged row: a review record (without the column names kept for rejects) and its position in the import. */
export type StagedReview = Omit<ReviewRecord, "matchField"> & { seq: number };

const CHUNK = 2000;

/** Create the staging table (dropped at commit) and fill it. */
export async function stageReviews(trx: Db, rows: readonly StagedReview[]): Promise<void> {
  await sql`
    create temporary table stage_reviews (
      seq int primary key, platform text, "externalId" text, "contentHash" text, "orderExternalId" text,
      nick text, "productExternalId" text, "productTitle" text, rating smallint, content text,
      "hasImages" boolean, "reviewedAt" timestamptz, "sellerReply" text, "followUp" text,
      "followUpAt" timestamptz, customer_id bigint, order_id bigint, product_id bigint, matched_platform text
    ) on commit drop`.execute(trx);
  for (let i = 0; i < rows.length; i += CHUNK) {
    // One JSON parameter per chunk: no limit on bound parameters, one round trip.
    await sql`
      insert into stage_reviews select x.* from json_populate_recordset(null::stage_reviews, ${JSON.stringify(
        rows.slice(i, i + CHUNK),
      )}::json) x`.execute(trx);
  }
}

/**
 * Find each staged row's live customer: its order (same platform when the export names one),
 * else the buyer's unmasked nick identity; then its product by id, by the order's line of that
 * title, or by a title only one product of the shop has. Answers the seqs left unmatched.
 */
export async function matchStagedReviews(trx: Db, shopId: number): Promise<number[]> {
  await sql`
    update stage_reviews s set customer_id = m.customer_id, order_id = m.order_id, matched_platform = m.platform
      from (select distinct on (s2.seq) s2.seq, o.customer_id, o.id as order_id, o.platform
              from stage_reviews s2
              join orders o on o.shop_id = ${shopId} and o.external_id = s2."orderExternalId"
               and (s2.platform is null or o.platform = s2.platform)
              join customers c on c.shop_id = o.shop_id and c.id = o.customer_id
               and c.merged_into_id is null and c.anonymised_at is null
             order by s2.seq, o.platform = 'taobao' desc, o.id) m
     where s.seq = m.seq`.execute(trx);
  await sql`
    update stage_reviews s set customer_id = m.customer_id, matched_platform = m.platform
      from (select distinct on (s2.seq) s2.seq, i.customer_id, i.platform
              from stage_reviews s2
              join customer_identities i on i.shop_id = ${shopId} and i.kind = 'nick' and not i.masked
               and i.value = s2.nick and i.platform = coalesce(s2.platform, i.platform)
              join customers c on c.shop_id = i.shop_id and c.id = i.customer_id
               and c.merged_into_id is null and c.anonymised_at is null
             where s2.customer_id is null
             order by s2.seq, i.platform = 'taobao' desc, i.id) m
     where s.seq = m.seq`.execute(trx);
  await sql`
    update stage_reviews s set product_id = coalesce(
        (select p.id from products p
          where p.shop_id = ${shopId} and p.platform = s.matched_platform and p.external_id = s."productExternalId"
          order by p.id limit 1),
        (select oi.product_id from order_items oi
          where oi.shop_id = ${shopId} and oi.order_id = s.order_id and oi.title = s."productTitle"
            and oi.product_id is not null
          order by oi.line_no limit 1),
        (select min(p.id) from products p
          where p.shop_id = ${shopId} and p.platform = s.matched_platform and p.title = s."productTitle"
          having count(*) = 1))
     where s.customer_id is not null and (s."productExternalId" is not null or s."productTitle" is not null)`.execute(
    trx,
  );
  const { rows } = await sql<{ seq: number }>`
    select seq from stage_reviews where customer_id is null order by seq`.execute(trx);
  return rows.map((r) => r.seq);
}

/** What an upsert did. */
export interface UpsertCounts {
  inserted: number;
  updated: number;
}

/**
 * Upsert the matched rows, once per key (the last row of a key wins): new reviews inserted, known
 * ones updated only when the export says something new (an edited text, a reply, a 追评), so an
 * unchanged file writes nothing. A later export without a reply or 追评 column keeps what is known.
 */
export async function upsertStagedReviews(trx: Db, shopId: number): Promise<UpsertCounts> {
  const counts: UpsertCounts = { inserted: 0, updated: 0 };
  for (const key of ["externalId", "contentHash"] as const) {
    const column = sql.raw(key === "externalId" ? "external_id" : "content_hash");
    const staged = sql.raw(`"${key}"`);
    const { rows } = await sql<{ inserted: boolean }>`
      insert into customer_reviews as r (shop_id, customer_id, order_id, product_id, product_title, platform,
             external_id, content_hash, rating, content, has_images, reviewed_at, seller_reply, follow_up,
             follow_up_at, source)
      select ${shopId}, s.customer_id, s.order_id, s.product_id, s."productTitle", s.review_platform,
             s."externalId", s."contentHash", s.rating, s.content, s."hasImages", s."reviewedAt", s."sellerReply",
             s."followUp", s."followUpAt", 'import'
        from (select distinct on (coalesce(platform, matched_platform, 'other'), ${staged}) *,
                     coalesce(platform, matched_platform, 'other') as review_platform
                from stage_reviews
               where customer_id is not null and ${staged} is not null
               order by coalesce(platform, matched_platform, 'other'), ${staged}, seq desc) s
      on conflict (shop_id, platform, ${column}) where ${column} is not null do update set
             customer_id = excluded.customer_id, order_id = coalesce(excluded.order_id, r.order_id),
             product_id = coalesce(excluded.product_id, r.product_id),
             product_title = coalesce(excluded.product_title, r.product_title),
             rating = coalesce(excluded.rating, r.rating), content = excluded.content,
             has_images = excluded.has_images or r.has_images, reviewed_at = excluded.reviewed_at,
             seller_reply = coalesce(excluded.seller_reply, r.seller_reply),
             follow_up = coalesce(excluded.follow_up, r.follow_up),
             follow_up_at = coalesce(excluded.follow_up_at, r.follow_up_at), updated_at = now()
       where (r.customer_id, r.order_id, r.product_id, r.product_title, r.rating, r.content, r.has_images,
              r.reviewed_at, r.seller_reply, r.follow_up, r.follow_up_at)
             is distinct from
             (excluded.customer_id, coalesce(excluded.order_id, r.order_id),
              coalesce(excluded.product_id, r.product_id), coalesce(excluded.product_title, r.product_title),
              coalesce(excluded.rating, r.rating), excluded.content, excluded.has_images or r.has_images,
              excluded.reviewed_at, coalesce(excluded.seller_reply, r.seller_reply),
              coalesce(excluded.follow_up, r.follow_up), coalesce(excluded.follow_up_at, r.follow_up_at))
      returning (xmax = 0) as inserted`.execute(trx);
    for (const row of rows) {
      if (row.inserted) counts.inserted++;
      else counts.updated++;
    }
  }
  return counts;
}
