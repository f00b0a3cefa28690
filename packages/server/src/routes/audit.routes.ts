/** The audit log, newest first. */
import { listAudit } from "@laoke/core";
import { z } from "zod";
import type { App, AppDeps } from "../deps.ts";
import { requireActor } from "../plugins/auth.ts";
import { isoDate, PageQuery } from "./schemas.ts";

const AuditEventSchema = z.object({
  id: z.number(),
  occurredAt: isoDate,
  actor: z.object({
    kind: z.string(),
    memberId: z.number().nullable(),
    apiKeyId: z.number().nullable(),
    name: z.string().nullable(),
  }),
  action: z.string(),
  targetType: z.string().nullable(),
  targetIds: z.array(z.string()),
  data: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  requestId: z.string().nullable(),
});

/** A point in time in the query string, e.g. 2026-11-01T00:00:00+08:00. */
const isoTime = z.iso.datetime({ offset: true }).transform((value) => new Date(value));

/** Register GET /audit. */
export async function auditRoutes(app: App, { handle }: AppDeps): Promise<void> {
  app.get(
    "/audit",
    {
      config: { access: "audit:read" },
      schema: {
        tags: ["audit"],
        summary: "Who did what to which records, when and from where",
        querystring: PageQuery.extend({
          action: z.string().max(100).optional(),
          memberId: z.coerce.number().int().positive().optional(),
          targetId: z.string().max(100).optional(),
          from: isoTime.optional().describe("Events at or after this time (ISO 8601 with offset)"),
          to: isoTime.optional().describe("Events before this time (ISO 8601 with offset)"),
        }),
        response: { 200: z.object({ items: z.array(AuditEventSchema), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return listAudit(handle.db, actor, actor.shopId, request.query);
    },
  );
}
