/**
 * A customer's inferred behaviour as staff see it — each with its evidence and confidence — and
 * staff's verdict on it: confirmed (kept whatever later orders say) or rejected (hidden from
 * segments until the orders make a different claim).
 */
import type { Database, InferenceKind } from "@laoke/db";
import { type Kysely, sql } from "kysely";
import { z } from "zod";
import { liveCustomer } from "../customers/index.ts";
import type { Actor } from "../shared/actor.ts";
import { authorize } from "../shared/authorize.ts";
import { DomainError } from "../shared/errors.ts";
import { parseInput } from "../shared/validate.ts";

/** Every kind of inference, in the order the archive shows them. */
export const INFERENCE_KINDS: readonly InferenceKind[] = [
  "payday_buyer",
  "gift_buyer",
  "promotion_driven",
  "seasonal_buyer",
  "plus_size",
  "preferred_colour",
  "preferred_size",
  "likely_gender",
];

/** One inference as the API shows it. */
export interface Inference {
  kind: InferenceKind;
  value: string | null;
  confidence: number;
  evidence: Record<string, unknown>;
  status: "inferred" | "confirmed" | "rejected";
  decidedBy: string | null;
  decidedAt: Date | null;
  computedAt: Date;
}

/** A verdict on an inference; `reset` forgets an earlier one. */
export const DecideInferenceInput = z.object({ decision: z.enum(["confirm", "reject", "reset"]) });
export type DecideInferenceInput = z.input<typeof DecideInferenceInput>;

/** The customer's inferences (rejected ones too, marked), in catalogue order. */
export async function listInferences(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  customerId: number,
): Promise<Inference[]> {
  authorize(actor, "customers:read", shopId);
  await liveCustomer(db, shopId, customerId);
  const rows = await db
    .selectFrom("customer_inferences")
    .selectAll()
    .where("shop_id", "=", shopId)
    .where("customer_id", "=", customerId)
    .execute();
  return rows
    .map((r) => ({
      kind: r.kind,
      value: r.value,
      confidence: r.confidence,
      evidence: r.evidence,
      status: r.status,
      decidedBy: r.decided_by_name,
      decidedAt: r.decided_at,
      computedAt: r.computed_at,
    }))
    .sort((a, b) => INFERENCE_KINDS.indexOf(a.kind) - INFERENCE_KINDS.indexOf(b.kind));
}

/** Confirm, reject or reset one inference of a customer. */
export async function decideInference(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  customerId: number,
  kind: string,
  input: DecideInferenceInput,
): Promise<Inference> {
  authorize(actor, "customers:write", shopId);
  const { decision } = parseInput(DecideInferenceInput, input);
  await liveCustomer(db, shopId, customerId);
  const status = decision === "confirm" ? "confirmed" : decision === "reject" ? "rejected" : "inferred";
  const reset = decision === "reset";
  const updated = await sql`update customer_inferences set status = ${status},
       decided_by_member_id = ${reset || actor.kind !== "staff" ? null : actor.memberId},
       decided_by_name = ${reset ? null : actor.name}, decided_at = ${reset ? null : sql`now()`}
     where shop_id = ${shopId} and customer_id = ${customerId} and kind = ${kind}`.execute(db);
  if (Number(updated.numAffectedRows ?? 0) === 0) throw new DomainError("not_found");
  const found = (await listInferences(db, actor, shopId, customerId)).find((i) => i.kind === kind);
  if (!found) throw new DomainError("not_found");
  return found;
}
