/** Inputs of the customer archive staff write into: tags, notes and follow-up visits (回访). */
import { z } from "zod";

/** Tag colours: antd's preset colours, so the web app renders each as a `<Tag color>` of its palette. */
export const TAG_COLORS = [
  "blue",
  "purple",
  "cyan",
  "green",
  "magenta",
  "pink",
  "red",
  "orange",
  "yellow",
  "volcano",
  "geekblue",
  "lime",
  "gold",
] as const;
export type TagColor = (typeof TAG_COLORS)[number];

/** How many customers one bulk-tagging call may name. */
export const BULK_TAG_LIMIT = 1000;

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const tagName = z.string().trim().min(1).max(40);
const color = z.enum(TAG_COLORS);
/** Optional free text: blank means none. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === "" ? null : v))
    .nullish();

/** A new manual tag. Rules are set by the segments feature (setTagRule), never here. */
export const CreateTagInput = z.strictObject({ name: tagName, color: color.nullish() });
export type CreateTagInput = z.input<typeof CreateTagInput>;

/** Rename or recolour a tag (`color: null` clears it). */
export const UpdateTagInput = z.strictObject({ name: tagName.optional(), color: color.nullish() });
export type UpdateTagInput = z.input<typeof UpdateTagInput>;

/** Customers to tag at once (ids of other shops, merged or anonymised customers are skipped). */
export const BulkTagInput = z.strictObject({
  customerIds: z.array(id).min(1).max(BULK_TAG_LIMIT).describe(`At most ${BULK_TAG_LIMIT} customer ids`),
});
export type BulkTagInput = z.input<typeof BulkTagInput>;

/** A note's text. */
export const NoteInput = z.strictObject({ body: z.string().trim().min(1).max(2000) });
export type NoteInput = z.input<typeof NoteInput>;

/** Keyset page parameters. */
export const PageInput = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
export type PageInput = z.input<typeof PageInput>;

/** How a follow-up visit reaches the customer: a call, a chat message, the shop's group, in person. */
export const FOLLOW_UP_CHANNELS = ["phone", "message", "group", "visit"] as const;
/** Follow-up states: scheduled (open), done (outcome recorded), cancelled. */
export const FOLLOW_UP_STATUSES = ["scheduled", "done", "cancelled"] as const;
/**
 * Open visits by due time, in the shop's time zone: overdue (due before now), today (due from
 * now to the end of the shop's day), upcoming (due from tomorrow on). Together: every open visit.
 */
export const FOLLOW_UP_DUE = ["overdue", "today", "upcoming"] as const;
export type FollowUpDue = (typeof FOLLOW_UP_DUE)[number];

/** A visit to schedule; without `assigneeMemberId` a staff member schedules it for themself. */
export const ScheduleFollowUpInput = z.strictObject({
  customerId: id,
  channel: z.enum(FOLLOW_UP_CHANNELS),
  purpose: text(500),
  dueAt: z.date(),
  assigneeMemberId: id.nullish().describe("An active staff member; null for nobody; omitted for yourself"),
});
export type ScheduleFollowUpInput = z.input<typeof ScheduleFollowUpInput>;

/** Reschedule, reassign or reword an open visit. */
export const UpdateFollowUpInput = z.strictObject({
  dueAt: z.date().optional(),
  assigneeMemberId: id.nullable().optional(),
  channel: z.enum(FOLLOW_UP_CHANNELS).optional(),
  purpose: text(500),
});
export type UpdateFollowUpInput = z.input<typeof UpdateFollowUpInput>;

/** What a visit found out. */
export const CompleteFollowUpInput = z.strictObject({
  reached: z.boolean().describe("Whether the customer was reached"),
  satisfaction: z.number().int().min(1).max(5).nullish().describe("1 (unhappy) to 5 (delighted)"),
  productFeedback: text(2000),
  preferencesLearned: text(2000),
  note: text(2000),
});
export type CompleteFollowUpInput = z.input<typeof CompleteFollowUpInput>;

/** Filters of the follow-up list, sorted by due time. */
export const ListFollowUpsInput = PageInput.extend({
  status: z.enum(FOLLOW_UP_STATUSES).optional(),
  assigneeMemberId: id.optional(),
  due: z.enum(FOLLOW_UP_DUE).optional().describe("Open visits only: overdue, due today, or later"),
  customerId: id.optional(),
});
export type ListFollowUpsInput = z.input<typeof ListFollowUpsInput>;

/** Whose reminder badge: a staff member (yourself when omitted). */
export const DueFollowUpsInput = z.object({ memberId: id.optional() });
export type DueFollowUpsInput = z.input<typeof DueFollowUpsInput>;
