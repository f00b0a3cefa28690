/** API keys: create (token shown once), list, revoke. */
import { createApiKey, listApiKeys, revokeApiKey } from "@laoke/core";
import { z } from "zod";
import type { App, AppDeps } from "../deps.ts";
import { requireActor } from "../plugins/auth.ts";
import { IdParams, isoDate, isoDateOrNull, OkSchema, PermissionSchema } from "./schemas.ts";

const ApiKeySchema = z.object({
  id: z.number(),
  name: z.string(),
  tokenPrefix: z.string(),
  permissions: z.array(PermissionSchema),
  createdBy: z.number(),
  createdAt: isoDate,
  lastUsedAt: isoDateOrNull,
  expiresAt: isoDateOrNull,
  revokedAt: isoDateOrNull,
});

/** Register the /api-keys routes. */
export async function apiKeyRoutes(app: App, { handle }: AppDeps): Promise<void> {
  const db = handle.db;

  app.get(
    "/api-keys",
    {
      config: { access: "api_keys:manage" },
      schema: {
        tags: ["api-keys"],
        summary: "The shop's API keys (without tokens)",
        response: { 200: z.object({ items: z.array(ApiKeySchema) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return { items: await listApiKeys(db, actor, actor.shopId) };
    },
  );

  app.post(
    "/api-keys",
    {
      config: { access: "api_keys:manage" },
      schema: {
        tags: ["api-keys"],
        summary: "Create an API key; the token is in this answer only",
        body: z.object({
          name: z.string().max(100),
          permissions: z.array(PermissionSchema).min(1),
          expiresInDays: z.number().int().optional(),
        }),
        response: { 201: ApiKeySchema.extend({ token: z.string() }) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const key = await createApiKey(db, actor, actor.shopId, request.body);
      return reply.code(201).send({ ...key, token: key.token as string });
    },
  );

  app.delete(
    "/api-keys/:id",
    {
      config: { access: "api_keys:manage" },
      schema: {
        tags: ["api-keys"],
        summary: "Revoke an API key at once",
        params: IdParams,
        response: { 200: OkSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await revokeApiKey(db, actor, actor.shopId, request.params.id);
      return { ok: true as const };
    },
  );
}
