/**
 * Follow-up visits (回访): schedule, list by due time, the reminder badge, reschedule or
 * reassign, record the outcome once, cancel. "Today" is the shop's day (its time zone).
 */
import {
  CompleteFollowUpInput,
  cancelFollowUp,
  completeFollowUp,
  DueFollowUpsInput,
  ListFollowUpsInput,
  listDueFollowUps,
  listFollowUps,
  ScheduleFollowUpInput,
  scheduleFollowUp,
  UpdateFollowUpInput,
  updateFollowUp,
} from "@laoke/core";
import type { App, AppDeps } from "../deps.ts";
import { requireActor } from "../plugins/auth.ts";
import { DueFollowUpsSchema, FollowUpPageSchema, FollowUpSchema } from "./archive.schemas.ts";
import { IdParams, isoDate } from "./schemas.ts";

/** Register the /follow-ups routes. */
export async function followUpRoutes(app: App, { handle }: AppDeps): Promise<void> {
  const db = handle.db;

  app.get(
    "/follow-ups",
    {
      config: { access: "customers:read" },
      schema: {
        tags: ["follow-ups"],
        summary: "The shop's follow-up visits by due time, soonest first, by keyset pages",
        description:
          "due: overdue = open and due before now; today = open and due from now to the end of the shop's day; " +
          "upcoming = open and due later.",
        querystring: ListFollowUpsInput,
        response: { 200: FollowUpPageSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return listFollowUps(db, actor, actor.shopId, request.query);
    },
  );

  app.get(
    "/follow-ups/summary",
    {
      config: { access: "customers:read" },
      schema: {
        tags: ["follow-ups"],
        summary:
          "The reminder badge: open visits overdue and due today, yours and (owners, admins) the shop's",
        querystring: DueFollowUpsInput,
        response: { 200: DueFollowUpsSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return listDueFollowUps(db, actor, actor.shopId, request.query);
    },
  );

  app.post(
    "/follow-ups",
    {
      config: { access: "customers:write" },
      schema: {
        tags: ["follow-ups"],
        summary: "Schedule a visit for a customer; without assigneeMemberId you are the assignee",
        body: ScheduleFollowUpInput.extend({ dueAt: isoDate }),
        response: { 201: FollowUpSchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      return reply.code(201).send(await scheduleFollowUp(db, actor, actor.shopId, request.body));
    },
  );

  app.patch(
    "/follow-ups/:id",
    {
      config: { access: "customers:write" },
      schema: {
        tags: ["follow-ups"],
        summary: "Reschedule, reassign, or change the channel or purpose of an open visit",
        params: IdParams,
        body: UpdateFollowUpInput.extend({ dueAt: isoDate.optional() }),
        response: { 200: FollowUpSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return updateFollowUp(db, actor, actor.shopId, request.params.id, request.body);
    },
  );

  app.post(
    "/follow-ups/:id/complete",
    {
      config: { access: "customers:write" },
      schema: {
        tags: ["follow-ups"],
        summary: "Record the outcome of an open visit (once: then it is closed)",
        params: IdParams,
        body: CompleteFollowUpInput,
        response: { 200: FollowUpSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return completeFollowUp(db, actor, actor.shopId, request.params.id, request.body);
    },
  );

  app.post(
    "/follow-ups/:id/cancel",
    {
      config: { access: "customers:write" },
      schema: {
        tags: ["follow-ups"],
        summary: "Cancel an open visit",
        params: IdParams,
        response: { 200: FollowUpSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return cancelFollowUp(db, actor, actor.shopId, request.params.id);
    },
  );
}
