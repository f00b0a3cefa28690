/** Inputs of product reviews: one typed in by staff, and a page of a customer's reviews. */
import { z } from "zod";

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** A review staff type in (from a call, a chat, a screenshot): stars, words, what and when. */
export const AddReviewInput = z.strictObject({
  rating: z.number().int().min(1).max(5).describe("1 (差评) to 5 stars"),
  content: z.string().trim().max(2000).optional(),
  orderId: id.nullish().describe("One of the customer's orders"),
  productId: id.nullish().describe("A product of the shop"),
  hasImages: z.boolean().optional(),
  reviewedAt: z.date().optional().describe("When the customer said it (not in the future); now when omitted"),
});
export type AddReviewInput = z.input<typeof AddReviewInput>;

/** Keyset page parameters of a customer's reviews, newest first. */
export const ListReviewsInput = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
export type ListReviewsInput = z.input<typeof ListReviewsInput>;
