/**
 * Segments (分群): the field catalogue the rule builder reads, the live count of a rule, saved
 * dynamic and static segments with their join/leave history, and a tag's rule. Members are read
 * and exported through the customer list (`GET /customers?segment=ID`, `/customers/export?segment=ID`).
 */
import {
  archiveSegment,
  CreateSegmentInput,
  countSegment,
  createSegment,
  describeFields,
  getSegment,
  listSegmentEvents,
  listSegments,
  refreshSegment,
  segmentTrend,
  setTagRule,
  UpdateSegmentInput,
  updateSegment,
} from "@laoke/core";
import { z } from "zod";
import type { App, AppDeps } from "../deps.ts";
import { requireActor } from "../plugins/auth.ts";
import { CustomerBriefSchema, IdParams, isoDate, isoDateOrNull, PageQuery } from "./schemas.ts";

const RULE_DESCRIPTION =
  'A rule: a condition {"field", "op", "value"} or a group {"all": [rules]} / {"any": [rules]}, nested up to 5 ' +
  "levels, at most 40 conditions. Fields and the operators each allows: GET /segments/fields. Purchase conditions " +
  '(products, skus, product_keyword) take an optional "withinDays".';

/** A rule on the wire (validated against the field catalogue by the service). */
const RuleSchema = z.record(z.string(), z.unknown()).describe(RULE_DESCRIPTION);

const SegmentSchema = z.object({
  id: z.number(),
  name: z.string(),
  description: z.string().nullable(),
  kind: z.enum(["dynamic", "static"]),
  rule: RuleSchema,
  memberCount: z.number(),
  createdBy: z.string().nullable(),
  createdAt: isoDate,
  updatedAt: isoDate,
  refreshedAt: isoDateOrNull,
  refreshMs: z.number().nullable(),
});

const FieldSchema = z.object({
  name: z.string(),
  type: z.string(),
  operators: z.array(z.string()),
  values: z.array(z.string()).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
});

const RefreshSchema = z.object({ members: z.number(), joined: z.number(), left: z.number() });

/** Register the /segments routes and PUT /tags/:id/rule. */
export async function segmentRoutes(app: App, { handle }: AppDeps): Promise<void> {
  const db = handle.db;

  app.get(
    "/segments/fields",
    {
      config: { access: "customers:read" },
      schema: {
        tags: ["segments"],
        summary: "Fields a rule may test, their type and the operators each allows",
        response: { 200: z.object({ items: z.array(FieldSchema) }) },
      },
    },
    async () => ({
      items: describeFields().map((f) => ({
        ...f,
        operators: [...f.operators],
        values: f.values && [...f.values],
      })),
    }),
  );

  app.post(
    "/segments/count",
    {
      config: { access: "customers:read" },
      schema: {
        tags: ["segments"],
        summary: "How many live customers a rule matches now (the rule builder's live count)",
        body: z.object({ rule: RuleSchema }),
        response: { 200: z.object({ count: z.number(), ms: z.number() }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return countSegment(db, actor, actor.shopId, request.body.rule);
    },
  );

  app.get(
    "/segments",
    {
      config: { access: "customers:read" },
      schema: {
        tags: ["segments"],
        summary: "The shop's saved segments, newest first",
        response: { 200: z.object({ items: z.array(SegmentSchema) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return { items: await listSegments(db, actor, actor.shopId) };
    },
  );

  app.post(
    "/segments",
    {
      config: { access: "customers:write" },
      schema: {
        tags: ["segments"],
        summary:
          "Save a segment: dynamic (members follow every import and analytics run) or a static snapshot",
        body: CreateSegmentInput.extend({ rule: RuleSchema }),
        response: { 201: SegmentSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      reply.code(201);
      return createSegment(db, actor, actor.shopId, request.body);
    },
  );

  app.get(
    "/segments/:id",
    {
      config: { access: "customers:read" },
      schema: {
        tags: ["segments"],
        summary: "One segment",
        params: IdParams,
        response: { 200: SegmentSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return getSegment(db, actor, actor.shopId, request.params.id);
    },
  );

  app.patch(
    "/segments/:id",
    {
      config: { access: "customers:write" },
      schema: {
        tags: ["segments"],
        summary: "Rename, describe, or change a dynamic segment's rule (members follow at once)",
        params: IdParams,
        body: UpdateSegmentInput.extend({ rule: RuleSchema.optional() }),
        response: { 200: SegmentSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return updateSegment(db, actor, actor.shopId, request.params.id, request.body);
    },
  );

  app.delete(
    "/segments/:id",
    {
      config: { access: "customers:write" },
      schema: {
        tags: ["segments"],
        summary: "Archive a segment (it stops refreshing; its history is kept)",
        params: IdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await archiveSegment(db, actor, actor.shopId, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/segments/:id/refresh",
    {
      config: { access: "customers:write" },
      schema: {
        tags: ["segments"],
        summary: "Recompute a dynamic segment's members now",
        params: IdParams,
        response: { 200: RefreshSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return refreshSegment(db, actor, actor.shopId, request.params.id);
    },
  );

  app.get(
    "/segments/:id/events",
    {
      config: { access: "customers:read" },
      schema: {
        tags: ["segments"],
        summary: "Who joined and who left, newest first",
        params: IdParams,
        querystring: PageQuery,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.number(),
                customerId: z.number(),
                customer: CustomerBriefSchema,
                event: z.enum(["joined", "left"]),
                occurredAt: isoDate,
              }),
            ),
            nextCursor: z.string().nullable(),
          }),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return listSegmentEvents(db, actor, actor.shopId, request.params.id, request.query);
    },
  );

  app.get(
    "/segments/:id/trend",
    {
      config: { access: "customers:read" },
      schema: {
        tags: ["segments"],
        summary: "Joins and leaves per day (shop's time zone) over the last `days` days",
        params: IdParams,
        querystring: z.object({ days: z.coerce.number().int().min(1).max(365).optional() }),
        response: {
          200: z.object({
            items: z.array(z.object({ day: z.string(), joined: z.number(), left: z.number() })),
          }),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return { items: await segmentTrend(db, actor, actor.shopId, request.params.id, request.query.days) };
    },
  );

  app.put(
    "/tags/:id/rule",
    {
      config: { access: "settings" },
      schema: {
        tags: ["tags"],
        summary:
          "Make a tag automatic with a rule (applied now and after every import), or manual again with null",
        params: IdParams,
        body: z.object({ rule: RuleSchema.nullable() }),
        response: { 200: z.object({ added: z.number(), removed: z.number() }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return setTagRule(db, actor, actor.shopId, request.params.id, request.body.rule);
    },
  );
}
