/** Pure logic of the 评价 card: the add form's body, its order and product choices, what is shown. */
import type { Dayjs } from "dayjs";
import type { Order } from "../customers/customers.api.ts";
import type { AddReviewBody, Review } from "./reviews.api.ts";

/** The detail document carries this many newest reviews; a full page of them may hide more. */
export const NEWEST_SHOWN = 10;

/** The add-review form's values. */
export interface ReviewFormValues {
  rating: number;
  content?: string;
  orderId?: number;
  productId?: number;
  hasImages?: boolean;
  reviewedAt?: Dayjs | null;
}

/** The POST body: blank text and unset choices are left out, the time goes as ISO (now when absent). */
export function addReviewBody(values: ReviewFormValues): AddReviewBody {
  const content = values.content?.trim();
  return {
    rating: values.rating,
    ...(content ? { content } : {}),
    ...(values.orderId ? { orderId: values.orderId } : {}),
    ...(values.productId ? { productId: values.productId } : {}),
    ...(values.hasImages ? { hasImages: true } : {}),
    ...(values.reviewedAt ? { reviewedAt: values.reviewedAt.toISOString() } : {}),
  };
}

/** Only reviews staff typed in may be deleted; imported ones follow their export. */
export function isDeletable(review: Pick<Review, "source">): boolean {
  return review.source === "manual";
}

/** A choice of the form's selects. */
export interface Choice {
  value: number;
  label: string;
}

/** The customer's recent orders, newest first, as "platform order number · day" choices. */
export function orderChoices(orders: readonly Order[], day: (iso: string) => string): Choice[] {
  return [...orders]
    .sort((a, b) => b.orderedAt.localeCompare(a.orderedAt))
    .map((o) => ({ value: o.id, label: `${o.externalId} · ${day(o.orderedAt)}` }));
}

/**
 * Products the customer bought (what a review is about), once each by id, from the chosen order
 * only when one is chosen; lines without a known product cannot be offered.
 */
export function productChoices(orders: readonly Order[], orderId?: number): Choice[] {
  const seen = new Map<number, Choice>();
  for (const order of orders) {
    if (orderId && order.id !== orderId) continue;
    for (const line of order.items) {
      if (line.productId !== null && !seen.has(line.productId))
        seen.set(line.productId, { value: line.productId, label: line.title });
    }
  }
  return [...seen.values()];
}

/** The reviews to list: every loaded page once "查看全部" is on, else the detail's newest. */
export function shownReviews(
  newest: readonly Review[],
  pages: readonly { items: Review[] }[] | undefined,
  all: boolean,
): Review[] {
  return all && pages ? pages.flatMap((p) => p.items) : [...newest];
}
