/** Inputs of customer groups (WeChat/QQ 群): the group itself, its member list and hand matches. */
import { z } from "zod";

/** Where a group lives. */
export const GROUP_CHANNELS = ["wechat", "qq", "other"] as const;

/** Days of silence that make a member a lurker when no number is given. */
export const DEFAULT_LURKER_DAYS = 30;

const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const days = z.coerce.number().int().min(1).max(3650);
/** `1`/`true` or `0`/`false` as a query string sends them. */
const flag = z.union([
  z.boolean(),
  z.enum(["1", "0", "true", "false"]).transform((v) => v === "1" || v === "true"),
]);
const description = z
  .string()
  .trim()
  .max(500)
  .transform((v) => (v === "" ? null : v))
  .nullish();

/** A new group. */
export const CreateGroupInput = z.strictObject({
  name: z.string().trim().min(1).max(60),
  channel: z.enum(GROUP_CHANNELS).optional().describe("wechat (default), qq or other"),
  description,
});
export type CreateGroupInput = z.input<typeof CreateGroupInput>;

/** Rename a group, move it to another channel or change its description (`null` clears it). */
export const UpdateGroupInput = z.strictObject({
  name: z.string().trim().min(1).max(60).optional(),
  channel: z.enum(GROUP_CHANNELS).optional(),
  description,
});
export type UpdateGroupInput = z.input<typeof UpdateGroupInput>;

/** How many days of silence make a lurker, for the groups' lurker counts. */
export const ListGroupsInput = z.object({ days: days.optional() });
export type ListGroupsInput = z.input<typeof ListGroupsInput>;

/** A page of a group's roster: everyone, only lurkers (silent `days`), or only lines not matched yet. */
export const ListMembersInput = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  lurkers: flag.optional().describe("1: only members silent for `days` (no paid order, no activity)"),
  days: days.optional().describe(`Days of silence for a lurker (default ${DEFAULT_LURKER_DAYS})`),
  unmatched: flag.optional().describe("1: only roster lines not matched to a customer yet"),
});
export type ListMembersInput = z.input<typeof ListMembersInput>;

/** Match a roster line to a customer by hand, or undo a match (`null`). */
export const MatchMemberInput = z.strictObject({
  customerId: id.nullable().describe("A live customer of the shop; null to unmatch"),
});
export type MatchMemberInput = z.input<typeof MatchMemberInput>;
