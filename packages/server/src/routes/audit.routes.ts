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
