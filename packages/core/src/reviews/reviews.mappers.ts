/**
 * Rows of customer_reviews to domain objects. A review is the buyer's own public text on the
 * platform, so it is returned as written; who the buyer is stays in the customer archive.
 */
import type { ReviewSource } from "@laoke/db";

/** A review as stored, with its order's number, its product's title and its time as exact text for cursors. */
export interface ReviewRow {
  id: number;
  customer_id: number;
  order_id: number | null;
  order_external_id: string | null;
  product_id: number | null;
  product_title: string | null;
  platform: string;
  rating: number | null;
  content: string;
  has_images: boolean;
  reviewed_at: Date;
  reviewed_key: string;
  seller_reply: string | null;
  follow_up: string | null;
  follow_up_at: Date | null;
  source: ReviewSource;
  created_by_name: string | null;
  created_at: Date;
}

/** A product review (评价) of a customer: imported from the platform or written by staff. */
export interface Review {
  id: number;
  customerId: number;
  orderId: number | null;
  orderExternalId: string | null;
  productId: number | null;
  productTitle: string | null;
  platform: string;
  /** 1–5 stars; null when the export had neither stars nor 好评/中评/差评. */
  rating: number | null;
  content: string;
  hasImages: boolean;
  reviewedAt: Date;
  sellerReply: string | null;
  /** The buyer's later addition (追评) and when it was written. */
  followUp: string | null;
  followUpAt: Date | null;
  source: ReviewSource;
  createdBy: string | null;
  createdAt: Date;
}

/** Map a review row. */
export function toReview(r: ReviewRow): Review {
  return {
    id: r.id,
    customerId: r.customer_id,
    orderId: r.order_id,
    orderExternalId: r.order_external_id,
    productId: r.product_id,
    productTitle: r.product_title,
    platform: r.platform,
    rating: r.rating,
    content: r.content,
    hasImages: r.has_images,
    reviewedAt: r.reviewed_at,
    sellerReply: r.seller_reply,
    followUp: r.follow_up,
    followUpAt: r.follow_up_at,
    source: r.source,
    createdBy: r.created_by_name,
    createdAt: r.created_at,
  };
}
