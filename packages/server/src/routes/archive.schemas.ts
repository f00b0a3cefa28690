/** Response schemas of the customer archive: tags, notes, follow-up visits (回访) and reviews (评价). */
import { FOLLOW_UP_CHANNELS, FOLLOW_UP_STATUSES } from "@laoke/core";
import { z } from "zod";
import { CustomerBriefSchema, isoDate } from "./schemas.ts";

const nullableString = z.string().nullable();

/** A tag of the shop. */
export const TagSchema = z.object({
  id: z.number(),
  name: z.string(),
  color: nullableString.describe("An antd preset colour"),
  automatic: z.boolean().describe("Given and taken by its rule (PUT /tags/{id}/rule), never by hand"),
  customerCount: z.number().describe("Live customers carrying it"),
  createdBy: nullableString,
  createdAt: isoDate,
  updatedAt: isoDate,
});

/** A tag on a customer. */
export const CustomerTagSchema = z.object({
  id: z.number().describe("The tag's id"),
  name: z.string(),
  color: nullableString,
  source: z.enum(["manual", "rule"]),
  taggedAt: isoDate,
  taggedBy: nullableString,
  taggedByMemberId: z.number().nullable(),
});

/** A note on a customer. */
export const NoteSchema = z.object({
  id: z.number(),
  customerId: z.number(),
  body: z.string(),
  authorMemberId: z.number().nullable(),
  authorName: nullableString,
  createdAt: isoDate,
  updatedAt: isoDate,
});

/** A follow-up visit; `outcome` once done. */
export const FollowUpSchema = z.object({
  id: z.number(),
  customerId: z.number(),
  customer: CustomerBriefSchema,
  channel: z.enum(FOLLOW_UP_CHANNELS),
  purpose: nullableString,
  dueAt: isoDate,
  status: z.enum(FOLLOW_UP_STATUSES),
  assignee: z.object({ memberId: z.number(), name: nullableString }).nullable(),
  createdBy: nullableString,
  createdAt: isoDate,
  updatedAt: isoDate,
  outcome: z
    .object({
      completedAt: isoDate,
      completedBy: nullableString,
      reached: z.boolean(),
      satisfaction: z.number().nullable(),
      productFeedback: nullableString,
      preferencesLearned: nullableString,
      note: nullableString,
    })
    .nullable(),
});

/** Open visits overdue and due later today. */
const DueCountsSchema = z.object({ overdue: z.number(), today: z.number() });

/** The reminder badge. */
export const DueFollowUpsSchema = z.object({
  mine: DueCountsSchema.nullable().describe("Visits assigned to the member; null for API keys"),
  all: DueCountsSchema.nullable().describe("The whole shop's; only for owners and admins (staff:manage)"),
});

/** A page of follow-ups. */
export const FollowUpPageSchema = z.object({
  items: z.array(FollowUpSchema),
  nextCursor: z.string().nullable(),
});

/** A product review (评价), imported from a review export or typed in by staff. */
export const ReviewSchema = z.object({
  id: z.number(),
  customerId: z.number(),
  orderId: z.number().nullable(),
  orderExternalId: nullableString.describe("The platform's order number"),
  productId: z.number().nullable(),
  productTitle: nullableString,
  platform: z.string(),
  rating: z.number().nullable().describe("1–5 stars (好评 5, 中评 3, 差评 1 when the export has no stars)"),
  content: z.string(),
  hasImages: z.boolean(),
  reviewedAt: isoDate,
  sellerReply: nullableString,
  followUp: nullableString.describe("The buyer's later addition (追评)"),
  followUpAt: isoDate.nullable(),
  source: z.enum(["import", "manual"]),
  createdBy: nullableString.describe("Who typed it in (manual reviews)"),
  createdAt: isoDate,
});
