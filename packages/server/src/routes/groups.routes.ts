/**
 * Customer groups (WeChat/QQ 群): the list with roster and lurker counts and a group's roster
 * (`customers:read`; phones masked without `pii:read`), groups managed with `settings`, a roster
 * imported while the request waits (one file of at most 20 MB) and lines matched by hand
 * (`customers:write`).
 */
import {
  CreateGroupInput,
  createGroup,
  createTranslator,
  DEFAULT_LURKER_DAYS,
  deleteGroup,
  GROUP_CHANNELS,
  getGroup,
  getShopById,
  importRoster,
  ListGroupsInput,
  ListMembersInput,
  listGroupMembers,
  listGroups,
  MatchMemberInput,
  matchGroupMember,
  UpdateGroupInput,
  updateGroup,
} from "@laoke/core";
import { z } from "zod";
import type { App, AppDeps } from "../deps.ts";
import { requireActor } from "../plugins/auth.ts";
import { requestLanguage } from "../plugins/problem-details.ts";
import { CustomerBriefSchema, IdParams, isoDate } from "./schemas.ts";
import { RowRejectSchema, rejectsView, withMultipart, withUploadedFiles } from "./uploads.ts";

const translators = { "zh-CN": createTranslator("zh-CN"), en: createTranslator("en") };
const nullableString = z.string().nullable();

const GroupSchema = z.object({
  id: z.number(),
  name: z.string(),
  channel: z.enum(GROUP_CHANNELS),
  description: nullableString,
  memberCount: z.number().describe("Lines of the roster"),
  matchedCount: z.number().describe("Lines matched to a customer"),
  lurkerCount: z.number().describe("Members silent for lurkerDays: no paid order, no activity"),
  lurkerDays: z.number(),
  createdBy: nullableString,
  createdAt: isoDate,
  updatedAt: isoDate,
  rosterImportedAt: isoDate.nullable(),
});

const MemberSchema = z.object({
  id: z.number(),
  groupId: z.number(),
  customerId: z.number().nullable().describe("Null until the line is matched to a customer"),
  customer: CustomerBriefSchema.nullable().describe("The matched customer; null until matched"),
  matchedBy: z.enum(["phone", "name", "staff"]).nullable(),
  name: z.string(),
  phone: nullableString.describe("Masked unless you hold pii:read"),
  joinedAt: nullableString.describe("YYYY-MM-DD"),
  lastActiveAt: isoDate.nullable(),
  lastPaidOrderAt: isoDate.nullable(),
  importedAt: isoDate,
});

const RosterImportSchema = z.object({
  groupId: z.number(),
  members: z.number().describe("Lines in the roster now"),
  inserted: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  removed: z.number().describe("Lines of the old roster not in the new one"),
  matched: z.number(),
  unmatched: z.number().describe("Lines kept without a customer, for staff to match"),
  rejected: z.number(),
  rejects: z.array(RowRejectSchema),
});

const MemberParams = IdParams.extend({ memberId: IdParams.shape.id });

/** Register the /groups routes. */
export async function groupRoutes(app: App, deps: AppDeps): Promise<void> {
  await withMultipart(app, deps, 1, (scope) => registerGroupRoutes(scope, deps));
}

function registerGroupRoutes(app: App, deps: AppDeps): void {
  const db = deps.handle.db;

  app.get(
    "/groups",
    {
      config: { access: "customers:read" },
      schema: {
        tags: ["groups"],
        summary: "The shop's customer groups by name, with roster, matched and lurker counts",
        querystring: ListGroupsInput,
        response: { 200: z.object({ items: z.array(GroupSchema) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return { items: await listGroups(db, actor, actor.shopId, request.query) };
    },
  );

  app.get(
    "/groups/:id",
    {
      config: { access: "customers:read" },
      schema: {
        tags: ["groups"],
        summary: "One customer group with its roster, matched and lurker counts",
        params: IdParams,
        querystring: ListGroupsInput,
        response: { 200: GroupSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return getGroup(db, actor, actor.shopId, request.params.id, request.query);
    },
  );

  app.post(
    "/groups",
    {
      config: { access: "settings" },
      schema: {
        tags: ["groups"],
        summary: "Create a customer group (name unique in the shop; audited)",
        body: CreateGroupInput,
        response: { 201: GroupSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      return reply.code(201).send(await createGroup(db, actor, actor.shopId, request.body));
    },
  );

  app.patch(
    "/groups/:id",
    {
      config: { access: "settings" },
      schema: {
        tags: ["groups"],
        summary: "Rename a group, change its channel or description (audited)",
        params: IdParams,
        body: UpdateGroupInput,
        response: { 200: GroupSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return updateGroup(db, actor, actor.shopId, request.params.id, request.body);
    },
  );

  app.delete(
    "/groups/:id",
    {
      config: { access: "settings" },
      schema: {
        tags: ["groups"],
        summary: "Delete a group and its roster (audited)",
        params: IdParams,
        response: { 200: z.object({ id: z.number(), members: z.number() }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return deleteGroup(db, actor, actor.shopId, request.params.id);
    },
  );

  app.post(
    "/groups/:id/roster",
    {
      config: { access: "customers:write" },
      schema: {
        tags: ["groups"],
        summary: "Replace a group's roster with an uploaded member list (multipart/form-data; audited)",
        description:
          "Field `file`: a WeChat/QQ group export or a hand-made sheet, CSV (UTF-8 or GB18030) or XLSX, 20 MB at " +
          "most, with 昵称/群昵称/微信昵称 or 手机号/电话, optionally 入群时间 and 最后发言时间. Lines are matched to " +
          "customers by phone or exact name; the rest are kept unmatched. The same roster again changes nothing.",
        params: IdParams,
        consumes: ["multipart/form-data"],
        response: { 200: RosterImportSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const shop = await getShopById(db, actor.shopId);
      const result = await withUploadedFiles(
        request,
        deps,
        actor.shopId,
        { field: "file", maxFiles: 1 },
        (files) =>
          importRoster(db, actor, {
            shop,
            groupId: request.params.id,
            file: files[0] as (typeof files)[number],
          }),
      );
      return { ...result, rejects: rejectsView(translators[requestLanguage(request)], result.rejects) };
    },
  );

  app.get(
    "/groups/:id/members",
    {
      config: { access: "customers:read" },
      schema: {
        tags: ["groups"],
        summary: "A group's roster by keyset pages: everyone, lurkers only, or lines not matched yet",
        description: `lurkers=1: members silent for \`days\` (default ${DEFAULT_LURKER_DAYS}): no activity in the roster, no paid order, not joined within those days.`,
        params: IdParams,
        querystring: ListMembersInput,
        response: {
          200: z.object({
            items: z.array(MemberSchema),
            nextCursor: z.string().nullable(),
            lurkerDays: z.number().nullable(),
          }),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return listGroupMembers(db, actor, actor.shopId, request.params.id, request.query);
    },
  );

  app.patch(
    "/groups/:id/members/:memberId",
    {
      config: { access: "customers:write" },
      schema: {
        tags: ["groups"],
        summary: "Match a roster line to a customer by hand, or unmatch it (customerId null)",
        params: MemberParams,
        body: MatchMemberInput,
        response: { 200: MemberSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id, memberId } = request.params;
      return matchGroupMember(db, actor, actor.shopId, id, memberId, request.body);
    },
  );
}
