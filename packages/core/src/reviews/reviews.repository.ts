/** SQL of reviews: a customer's reviews, one review, staff-typed ones, and erasure. */
import type { Database } from "@laoke/db";
import { type Kysely, type RawBuilder, sql, type Transaction } from "kysely";
import type { ReviewRow } from "./reviews.mappers.ts";

/** A connection or a transaction. */
export type Db = Kysely<Database> | Transaction<Database>;

const REVIEW_COLUMNS = sql`r.id, r.customer_id, r.order_id, o.external_id as order_external_id, r.product_id,
  coalesce(p.title, r.product_title) as product_title, r.platform, r.rating, r.content, r.has_images,
  r.reviewed_at, r.reviewed_at::text as reviewed_key, r.seller_reply, r.follow_up, r.follow_up_at, r.source,
  r.created_by_name, r.created_at`;

const REVIEW_JOINS = sql`
  left join orders o on o.shop_id = r.shop_id and o.id = r.order_id
  left join products p on p.shop_id = r.shop_id and p.id = r.product_id`;

/**
 * A customer's reviews newest first, strictly before the keyset `before` (reviewed_at as exact
 * text, id), as one select (also embedded in the customer's archive document).
 */
export function customerReviewsQuery(
  shopId: number,
  customerId: number,
  limit: number,
  before: { at: string; id: number } | null = null,
): RawBuilder<ReviewRow> {
  const keyset = before ? sql`and (r.reviewed_at, r.id) < (${before.at}::timestamptz, ${before.id})` : sql``;
  return sql<ReviewRow>`
    select ${REVIEW_COLUMNS} from customer_reviews r ${REVIEW_JOINS}
     where r.shop_id = ${shopId} and r.customer_id = ${customerId} ${keyset}
     order by r.reviewed_at desc, r.id desc
     limit ${limit}`;
}

/** One review of the shop, or undefined. */
export async function findReview(db: Db, shopId: number, id: number): Promise<ReviewRow | undefined> {
  const { rows } = await sql<ReviewRow>`
    select ${REVIEW_COLUMNS} from customer_reviews r ${REVIEW_JOINS}
     where r.shop_id = ${shopId} and r.id = ${id}`.execute(db);
  return rows[0];
}

/** The platform of the customer's order, or undefined when it is not one of theirs. */
export async function orderPlatform(
  db: Db,
  shopId: number,
  customerId: number,
  orderId: number,
): Promise<string | undefined> {
  const row = await db
    .selectFrom("orders")
    .select("platform")
    .where("shop_id", "=", shopId)
    .where("id", "=", orderId)
    .where("customer_id", "=", customerId)
    .executeTakeFirst();
  return row?.platform;
}

/** True when the product is one of the shop's. */
export async function productExists(db: Db, shopId: number, productId: number): Promise<boolean> {
  const row = await db
    .selectFrom("products")
    .select("id")
    .where("shop_id", "=", shopId)
    .where("id", "=", productId)
    .executeTakeFirst();
  return row !== undefined;
}

/** A review staff typed in; returns its id. */
export async function insertManualReview(
  db: Db,
  shopId: number,
  review: {
    customerId: number;
    orderId: number | null;
    productId: number | null;
    platform: string;
    rating: number;
    content: string;
    hasImages: boolean;
    reviewedAt: Date;
  },
  by: { memberId: number | null; name: string },
): Promise<number> {
  const row = await db
    .insertInto("customer_reviews")
    .values({
      shop_id: shopId,
      customer_id: review.customerId,
      order_id: review.orderId,
      product_id: review.productId,
      platform: review.platform,
      rating: review.rating,
      content: review.content,
      has_images: review.hasImages,
      reviewed_at: review.reviewedAt,
      source: "manual",
      created_by_member_id: by.memberId,
      created_by_name: by.name,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Delete a review staff typed in; false when there is no such manual review. */
export async function deleteManualReview(db: Db, shopId: number, id: number): Promise<boolean> {
  const row = await db
    .deleteFrom("customer_reviews")
    .where("shop_id", "=", shopId)
    .where("id", "=", id)
    .where("source", "=", "manual")
    .returning("id")
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Delete the customers' reviews, for their erasure (PIPL): the text is theirs and often names
 * them, their body or their home. A later import of the same export brings nothing back, since
 * its rows no longer match an erased identity.
 */
export async function eraseCustomerReviews(
  db: Db,
  shopId: number,
  customerIds: readonly number[],
): Promise<void> {
  await sql`delete from customer_reviews where shop_id = ${shopId} and customer_id = any(${customerIds}::bigint[])`.execute(
    db,
  );
}
