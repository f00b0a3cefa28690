/**
 * Segments (分群/人群): the live count of a rule while it is edited, saved dynamic segments whose
 * membership follows every import and analytics run (with a join/leave history), static snapshots,
 * and rule tags refreshed the same way (decision 0010). Members are listed and exported through
 * the customer list (`segment` filter), so masking, paging and the audited CSV are the same.
 */
import type { Database, SegmentKind } from "@laoke/db";
import type { Kysely } from "kysely";
import { z } from "zod";
import { getAnalyticsSettings } from "../analytics/index.ts";
import { recordAudit } from "../audit/index.ts";
import { inferBehaviour } from "../behaviour/index.ts";
import { type CustomerBrief, toCustomerBrief } from "../customers/index.ts";
import type { Actor } from "../shared/actor.ts";
import { authorize } from "../shared/authorize.ts";
import { decodeCursor, encodeCursor } from "../shared/cursor.ts";
import { DomainError } from "../shared/errors.ts";
import { parseInput } from "../shared/validate.ts";
import { getShopById } from "../shops/index.ts";
import { type CompiledRule, compileRule } from "./compile.ts";
import { refreshCustomerProducts } from "./customer-products.repository.ts";
import { parseRule, type Rule } from "./rule.ts";
import * as repo from "./segments.repository.ts";

/** A saved segment as the API shows it. */
export interface Segment {
  id: number;
  name: string;
  description: string | null;
  kind: SegmentKind;
  rule: Rule;
  memberCount: number;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  refreshedAt: Date | null;
  refreshMs: number | null;
}

/** Input of a new segment. */
export const CreateSegmentInput = z.object({
  name: z.string().trim().min(1).max(60),
  description: z.string().trim().max(500).nullish(),
  kind: z.enum(["dynamic", "static"]).default("dynamic"),
  rule: z.unknown(),
});
export type CreateSegmentInput = z.input<typeof CreateSegmentInput>;

/** Changes to a segment (a static snapshot's rule cannot change: it describes who was taken). */
export const UpdateSegmentInput = z.object({
  name: z.string().trim().min(1).max(60).optional(),
  description: z.string().trim().max(500).nullish(),
  rule: z.unknown().optional(),
});
export type UpdateSegmentInput = z.input<typeof UpdateSegmentInput>;

function toSegment(row: repo.SegmentRow): Segment {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    kind: row.kind,
    rule: row.rule as Rule,
    memberCount: row.member_count,
    createdBy: row.created_by_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    refreshedAt: row.refreshed_at,
    refreshMs: row.refresh_ms,
  };
}

async function compileFor(db: Kysely<Database>, shopId: number, rule: Rule): Promise<CompiledRule> {
  const shop = await getShopById(db, shopId);
  return compileRule(rule, { timeZone: shop.timeZone });
}

/** How many live customers a rule matches right now (the builder's live count). */
export async function countSegment(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  rule: unknown,
): Promise<{ count: number; ms: number }> {
  authorize(actor, "customers:read", shopId);
  const checked = parseRule(rule);
  const started = Date.now();
  const count = await repo.countMatches(db, shopId, await compileFor(db, shopId, checked));
  return { count, ms: Date.now() - started };
}

function by(actor: Actor): { memberId: number | null; name: string } {
  return { memberId: actor.kind === "staff" ? actor.memberId : null, name: actor.name };
}

/** Save a segment and take its members now (a static one keeps exactly these). */
export async function createSegment(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  input: CreateSegmentInput,
): Promise<Segment> {
  authorize(actor, "customers:write", shopId);
  const v = parseInput(CreateSegmentInput, input);
  const rule = parseRule(v.rule);
  const compiled = await compileFor(db, shopId, rule);
  const id = await db.transaction().execute(async (trx) => {
    if (await repo.segmentNameTaken(trx, shopId, v.name))
      throw new DomainError("segment_name_taken", { name: v.name });
    const row = await repo.insertSegment(
      trx,
      shopId,
      { name: v.name, description: v.description ?? null, kind: v.kind, rule },
      by(actor),
    );
    await repo.refreshSegmentMembers(trx, shopId, row.id, compiled);
    await recordAudit(trx, actor, {
      shopId,
      action: "segment.created",
      targetType: "segment",
      targetIds: [row.id],
      data: { name: v.name, kind: v.kind },
    });
    return row.id;
  });
  return getSegment(db, actor, shopId, id);
}

/** The shop's live segments, newest first. */
export async function listSegments(db: Kysely<Database>, actor: Actor, shopId: number): Promise<Segment[]> {
  authorize(actor, "customers:read", shopId);
  return (await repo.listSegmentRows(db, shopId)).map(toSegment);
}

/** One live segment, or `not_found`. */
export async function getSegment(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  id: number,
): Promise<Segment> {
  authorize(actor, "customers:read", shopId);
  const row = await repo.findSegment(db, shopId, id);
  if (!row) throw new DomainError("not_found");
  return toSegment(row);
}

/** Rename, describe, or change a dynamic segment's rule (members follow at once). */
export async function updateSegment(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  id: number,
  input: UpdateSegmentInput,
): Promise<Segment> {
  authorize(actor, "customers:write", shopId);
  const v = parseInput(UpdateSegmentInput, input);
  const current = await getSegment(db, actor, shopId, id);
  if (v.rule !== undefined && current.kind === "static") throw new DomainError("segment_static");
  const rule = v.rule === undefined ? current.rule : parseRule(v.rule);
  const name = v.name ?? current.name;
  await db.transaction().execute(async (trx) => {
    if (await repo.segmentNameTaken(trx, shopId, name, id))
      throw new DomainError("segment_name_taken", { name });
    const description = v.description === undefined ? current.description : v.description;
    await repo.updateSegmentRow(trx, shopId, id, { name, description, rule });
    if (v.rule !== undefined)
      await repo.refreshSegmentMembers(trx, shopId, id, await compileFor(db, shopId, rule));
    await recordAudit(trx, actor, {
      shopId,
      action: "segment.updated",
      targetType: "segment",
      targetIds: [id],
      data: { fields: Object.keys(v).filter((k) => v[k as keyof typeof v] !== undefined) },
    });
  });
  return getSegment(db, actor, shopId, id);
}

/** Archive a segment (it stops refreshing; its history stays). */
export async function archiveSegment(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  id: number,
): Promise<void> {
  authorize(actor, "customers:write", shopId);
  await getSegment(db, actor, shopId, id);
  await db.transaction().execute(async (trx) => {
    await repo.archiveSegmentRow(trx, shopId, id);
    await recordAudit(trx, actor, {
      shopId,
      action: "segment.archived",
      targetType: "segment",
      targetIds: [id],
    });
  });
}

/** Recompute one dynamic segment's members now. */
export async function refreshSegment(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  id: number,
): Promise<repo.RefreshCounts> {
  authorize(actor, "customers:write", shopId);
  const segment = await getSegment(db, actor, shopId, id);
  if (segment.kind === "static") throw new DomainError("segment_static");
  return repo.refreshSegmentMembers(db, shopId, id, await compileFor(db, shopId, segment.rule));
}

/** What refreshing a shop's dynamic segments and rule tags did. */
export interface ShopRefresh {
  /** Rows of customer_products rebuilt (one per customer and product bought). */
  products: number;
  segments: number;
  tags: number;
  joined: number;
  left: number;
  ms: number;
  /** Where the time went: derived tables (purchases, inferences), rule tags, segments. */
  timingsMs: Record<string, number>;
}

/**
 * Refresh every dynamic segment and rule tag of the shop: run by the analytics job after each
 * import and analytics run, with no person acting (so no authorization). A stored rule that no
 * longer validates (a catalogue change) is skipped, not fatal: the others still refresh.
 */
export async function refreshShopSegments(
  db: Kysely<Database>,
  shopId: number,
  onSkipped: (what: string, error: unknown) => void = () => {},
): Promise<ShopRefresh> {
  const started = Date.now();
  const shop = await getShopById(db, shopId);
  const ctx = { timeZone: shop.timeZone };
  const out: ShopRefresh = { products: 0, segments: 0, tags: 0, joined: 0, left: 0, ms: 0, timingsMs: {} };
  let mark = Date.now();
  const lap = (phase: string) => {
    out.timingsMs[phase] = Date.now() - mark;
    mark = Date.now();
  };
  // What customers bought, and what their orders say about them, first: conditions read both.
  const { behaviour } = await getAnalyticsSettings(db, shop);
  out.products = await refreshCustomerProducts(db, shopId, (trx, scope) =>
    inferBehaviour(trx, shopId, scope, shop.timeZone, behaviour),
  );
  lap("derived");
  // Rule tags before segments: a segment may test a rule tag.
  for (const t of await repo.listRuleTags(db, shopId)) {
    try {
      await repo.refreshRuleTag(db, shopId, t.id, compileRule(parseRule(t.rule), ctx));
      out.tags++;
    } catch (error) {
      onSkipped(`tag ${t.id}`, error);
    }
  }
  lap("tags");
  for (const s of await repo.listSegmentRows(db, shopId)) {
    if (s.kind !== "dynamic") continue;
    try {
      const counts = await repo.refreshSegmentMembers(db, shopId, s.id, compileRule(parseRule(s.rule), ctx));
      out.segments++;
      out.joined += counts.joined;
      out.left += counts.left;
    } catch (error) {
      onSkipped(`segment ${s.id}`, error);
    }
  }
  lap("segments");
  out.ms = Date.now() - started;
  return out;
}

/** Set (or clear, with null) a tag's rule; a rule tag is applied at once and after every run. */
export async function setTagRule(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  tagId: number,
  rule: unknown,
): Promise<{ added: number; removed: number }> {
  authorize(actor, "settings", shopId);
  const checked = rule === null ? null : parseRule(rule);
  return db.transaction().execute(async (trx) => {
    const found = await trx
      .updateTable("tags")
      .set({ rule: checked === null ? null : JSON.stringify(checked), updated_at: new Date() })
      .where("shop_id", "=", shopId)
      .where("id", "=", tagId)
      .returning("id")
      .executeTakeFirst();
    if (!found) throw new DomainError("not_found");
    await recordAudit(trx, actor, {
      shopId,
      action: "tag.rule_changed",
      targetType: "tag",
      targetIds: [tagId],
      data: { automatic: checked !== null },
    });
    if (checked === null) {
      // The tag becomes manual again: what its rule gave stays, now as if given by hand.
      await trx
        .updateTable("customer_tags")
        .set({ source: "manual" })
        .where("shop_id", "=", shopId)
        .where("tag_id", "=", tagId)
        .execute();
      return { added: 0, removed: 0 };
    }
    return repo.refreshRuleTag(trx, shopId, tagId, await compileFor(db, shopId, checked));
  });
}

/** A page of a segment's join/leave history (each customer's name masked), newest first. */
export async function listSegmentEvents(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  id: number,
  input: { cursor?: string | undefined; limit?: number | undefined },
): Promise<{
  items: {
    id: number;
    customerId: number;
    customer: CustomerBrief;
    event: "joined" | "left";
    occurredAt: Date;
  }[];
  nextCursor: string | null;
}> {
  await getSegment(db, actor, shopId, id);
  const limit = Math.min(Math.max(input.limit ?? 50, 1), 200);
  const before = input.cursor ? (decodeCursor(input.cursor, ["number"])[0] as number) : null;
  const rows = await repo.listSegmentEvents(db, shopId, id, before, limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => ({
      id: r.id,
      customerId: r.customer_id,
      customer: toCustomerBrief(r.customer_id, r),
      event: r.event,
      occurredAt: r.occurred_at,
    })),
    nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null,
  };
}

/** Joins and leaves per day over the last `days` days (the segment page's trend). */
export async function segmentTrend(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  id: number,
  days = 30,
): Promise<{ day: string; joined: number; left: number }[]> {
  await getSegment(db, actor, shopId, id);
  const shop = await getShopById(db, shopId);
  return repo.segmentEventsByDay(db, shopId, id, shop.timeZone, Math.min(Math.max(days, 1), 365));
}
