/**
 * Product reviews on a customer's archive: read with `customers:read`; staff type one in or
 * delete one they typed with `customers:write`. Imported reviews belong to the platform's
 * export and are changed only by importing it again (review-import.service.ts).
 */
import type { Database } from "@laoke/db";
import type { Kysely } from "kysely";
import { authorOf, isLiveCustomer } from "../archive/index.ts";
import type { Actor } from "../shared/actor.ts";
import { authorize } from "../shared/authorize.ts";
import { decodeCursor, encodeCursor } from "../shared/cursor.ts";
import { DomainError } from "../shared/errors.ts";
import { parseInput } from "../shared/validate.ts";
import { type Review, type ReviewRow, toReview } from "./reviews.mappers.ts";
import * as repo from "./reviews.repository.ts";
import {
  AddReviewInput,
  type AddReviewInput as AddReviewInputType,
  ListReviewsInput,
  type ListReviewsInput as ListReviewsInputType,
} from "./reviews.schema.ts";

const DEFAULT_LIMIT = 20;

/** A page of a live customer's reviews, newest first. */
export async function listReviews(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  customerId: number,
  input: ListReviewsInputType = {},
): Promise<{ items: Review[]; nextCursor: string | null }> {
  authorize(actor, "customers:read", shopId);
  const v = parseInput(ListReviewsInput, input);
  if (!(await isLiveCustomer(db, shopId, customerId))) throw new DomainError("not_found");
  const limit = v.limit ?? DEFAULT_LIMIT;
  const before = v.cursor ? decodeCursor(v.cursor, ["timestamp", "number"]) : null;
  const keyset = before ? { at: before[0] as string, id: before[1] as number } : null;
  const { rows } = await repo.customerReviewsQuery(shopId, customerId, limit + 1, keyset).execute(db);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toReview),
    nextCursor: rows.length > limit && last ? encodeCursor([last.reviewed_key, last.id]) : null,
  };
}

/**
 * Record a review a live customer gave outside an export (a call, a chat). The order must be one
 * of theirs and the product one of the shop's (`invalid_input` naming the field otherwise).
 */
export async function addReview(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  customerId: number,
  input: AddReviewInputType,
): Promise<Review> {
  authorize(actor, "customers:write", shopId);
  const v = parseInput(AddReviewInput, input);
  // A minute of slack for the caller's clock.
  if (v.reviewedAt && v.reviewedAt.getTime() > Date.now() + 60_000) {
    throw new DomainError("invalid_input", { field: "reviewedAt", value: v.reviewedAt.toISOString() });
  }
  if (!(await isLiveCustomer(db, shopId, customerId))) throw new DomainError("not_found");
  let platform = "other";
  if (v.orderId) {
    const found = await repo.orderPlatform(db, shopId, customerId, v.orderId);
    if (!found) throw new DomainError("invalid_input", { field: "orderId", value: String(v.orderId) });
    platform = found;
  }
  if (v.productId && !(await repo.productExists(db, shopId, v.productId))) {
    throw new DomainError("invalid_input", { field: "productId", value: String(v.productId) });
  }
  const id = await repo.insertManualReview(
    db,
    shopId,
    {
      customerId,
      orderId: v.orderId ?? null,
      productId: v.productId ?? null,
      platform,
      rating: v.rating,
      content: v.content ?? "",
      hasImages: v.hasImages ?? false,
      reviewedAt: v.reviewedAt ?? new Date(),
    },
    authorOf(actor),
  );
  return toReview((await repo.findReview(db, shopId, id)) as ReviewRow);
}

/** Delete a review staff typed in; an imported one is `review_imported` (import the export again instead). */
export async function deleteReview(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  reviewId: number,
): Promise<{ id: number }> {
  authorize(actor, "customers:write", shopId);
  const review = await repo.findReview(db, shopId, reviewId);
  if (!review) throw new DomainError("not_found");
  if (review.source !== "manual") throw new DomainError("review_imported");
  if (!(await repo.deleteManualReview(db, shopId, reviewId))) throw new DomainError("not_found");
  return { id: reviewId };
}
