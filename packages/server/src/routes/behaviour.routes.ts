/** A customer's behaviour inferred from orders (with evidence), and staff's verdict on each. */
import { DecideInferenceInput, decideInference, INFERENCE_KINDS, listInferences } from "@laoke/core";
import { z } from "zod";
import type { App, AppDeps } from "../deps.ts";
import { requireActor } from "../plugins/auth.ts";
import { IdParams, isoDate, isoDateOrNull } from "./schemas.ts";

const InferenceSchema = z.object({
  kind: z.enum(INFERENCE_KINDS as [string, ...string[]]),
  value: z.string().nullable().describe("The colour, size, season or gender; null for yes/no behaviours"),
  confidence: z.number().describe("Wilson lower bound (95%) of the share of evidence that supports it"),
  evidence: z
    .record(z.string(), z.unknown())
    .describe("Counts behind it, e.g. days, inWindow, share, shopShare"),
  status: z.enum(["inferred", "confirmed", "rejected"]),
  decidedBy: z.string().nullable(),
  decidedAt: isoDateOrNull,
  computedAt: isoDate,
});

/** Register /customers/:id/inferences. */
export async function behaviourRoutes(app: App, { handle }: AppDeps): Promise<void> {
  const db = handle.db;

  app.get(
    "/customers/:id/inferences",
    {
      config: { access: "customers:read" },
      schema: {
        tags: ["customers"],
        summary: "Behaviour inferred from the customer's orders, with evidence and confidence",
        params: IdParams,
        response: { 200: z.object({ items: z.array(InferenceSchema) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return { items: await listInferences(db, actor, actor.shopId, request.params.id) };
    },
  );

  app.post(
    "/customers/:id/inferences/:kind",
    {
      config: { access: "customers:write" },
      schema: {
        tags: ["customers"],
        summary: "Confirm, reject (hidden from segments) or reset one inference",
        params: IdParams.extend({ kind: z.string().max(40) }),
        body: DecideInferenceInput,
        response: { 200: InferenceSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return decideInference(db, actor, actor.shopId, request.params.id, request.params.kind, request.body);
    },
  );
}
