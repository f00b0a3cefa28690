/**
 * Manual tags: the shop's tag list (managed with `settings`), and tagging customers one at a
 * time or in bulk (`customers:write`). Tagging is idempotent. A tag with a rule (set by the
 * segments feature) is automatic: its rule alone gives and takes it (decision 0010).
 */
import type { Database } from "@laoke/db";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/index.ts";
import type { Actor } from "../shared/actor.ts";
import { authorize } from "../shared/authorize.ts";
import { DomainError } from "../shared/errors.ts";
import { parseInput } from "../shared/validate.ts";
import { authorOf, type CustomerTag, type Tag, toCustomerTag, toTag } from "./archive.mappers.ts";
import { type Db, isLiveCustomer } from "./archive.repository.ts";
import {
  BulkTagInput,
  type BulkTagInput as BulkTagInputType,
  CreateTagInput,
  type CreateTagInput as CreateTagInputType,
  UpdateTagInput,
  type UpdateTagInput as UpdateTagInputType,
} from "./archive.schema.ts";
import * as repo from "./tags.repository.ts";

/** The shop's tags by name, each with how many live customers carry it. */
export async function listTags(db: Kysely<Database>, actor: Actor, shopId: number): Promise<Tag[]> {
  authorize(actor, "customers:read", shopId);
  return (await repo.selectTags(db, shopId)).map(toTag);
}

async function readTag(db: Db, shopId: number, id: number): Promise<Tag> {
  const row = (await repo.selectTags(db, shopId, id))[0];
  if (!row) throw new DomainError("not_found");
  return toTag(row);
}

/** Create a manual tag; a name the shop uses already is `tag_exists`. Audited. */
export async function createTag(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  input: CreateTagInputType,
): Promise<Tag> {
  authorize(actor, "settings", shopId);
  const v = parseInput(CreateTagInput, input);
  return db.transaction().execute(async (trx) => {
    const id = await repo.insertTag(trx, shopId, { name: v.name, color: v.color ?? null }, authorOf(actor));
    if (id === undefined) throw new DomainError("tag_exists", { name: v.name });
    await recordAudit(trx, actor, {
      shopId,
      action: "tag.created",
      targetType: "tag",
      targetIds: [id],
      data: { name: v.name, color: v.color ?? null },
    });
    return readTag(trx, shopId, id);
  });
}

/** Rename or recolour a tag (manual or automatic). Audited with the old and new name. */
export async function updateTag(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  tagId: number,
  input: UpdateTagInputType,
): Promise<Tag> {
  authorize(actor, "settings", shopId);
  const v = parseInput(UpdateTagInput, input);
  return db.transaction().execute(async (trx) => {
    const before = await repo.findTagHead(trx, shopId, tagId);
    if (!before) throw new DomainError("not_found");
    const outcome = await repo.updateTag(trx, shopId, tagId, {
      ...(v.name === undefined ? {} : { name: v.name }),
      ...(v.color === undefined ? {} : { color: v.color }),
    });
    if (outcome === "missing") throw new DomainError("not_found");
    if (outcome === "taken") throw new DomainError("tag_exists", { name: v.name ?? before.name });
    await recordAudit(trx, actor, {
      shopId,
      action: "tag.updated",
      targetType: "tag",
      targetIds: [tagId],
      data: {
        from: before.name,
        name: v.name ?? before.name,
        ...(v.color === undefined ? {} : { color: v.color }),
      },
    });
    return readTag(trx, shopId, tagId);
  });
}

/** Delete a tag and take it off every customer. Audited with its name and how many carried it. */
export async function deleteTag(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  tagId: number,
): Promise<{ id: number; customers: number }> {
  authorize(actor, "settings", shopId);
  return db.transaction().execute(async (trx) => {
    const tag = await repo.findTagHead(trx, shopId, tagId);
    const customers = tag ? await repo.deleteTag(trx, shopId, tagId) : undefined;
    if (!tag || customers === undefined) throw new DomainError("not_found");
    await recordAudit(trx, actor, {
      shopId,
      action: "tag.deleted",
      targetType: "tag",
      targetIds: [tagId],
      data: { name: tag.name, automatic: tag.automatic, customers },
    });
    return { id: tagId, customers };
  });
}

/** The tag if the actor may give or take it by hand: `not_found`, or `tag_is_automatic` for a rule tag. */
async function manualTag(db: Db, shopId: number, tagId: number): Promise<{ id: number; name: string }> {
  const tag = await repo.findTagHead(db, shopId, tagId);
  if (!tag) throw new DomainError("not_found");
  if (tag.automatic) throw new DomainError("tag_is_automatic", { name: tag.name });
  return tag;
}

/** A customer's tags, oldest first. */
export async function listCustomerTags(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  customerId: number,
): Promise<CustomerTag[]> {
  authorize(actor, "customers:read", shopId);
  if (!(await isLiveCustomer(db, shopId, customerId))) throw new DomainError("not_found");
  return (await repo.selectCustomerTags(db, shopId, customerId)).map(toCustomerTag);
}

/** Tag a live customer by hand (again: nothing changes); answers the customer's tags. */
export async function tagCustomer(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  customerId: number,
  tagId: number,
): Promise<CustomerTag[]> {
  authorize(actor, "customers:write", shopId);
  await manualTag(db, shopId, tagId);
  if (!(await isLiveCustomer(db, shopId, customerId))) throw new DomainError("not_found");
  await repo.insertCustomerTag(db, shopId, customerId, tagId, authorOf(actor));
  return (await repo.selectCustomerTags(db, shopId, customerId)).map(toCustomerTag);
}

/**
 * Take a hand-given tag off a live customer (not there: nothing changes). A tag its rule gave is
 * `tag_is_automatic`: only the rule takes it away. Answers the customer's tags.
 */
export async function untagCustomer(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  customerId: number,
  tagId: number,
): Promise<CustomerTag[]> {
  authorize(actor, "customers:write", shopId);
  const tag = await repo.findTagHead(db, shopId, tagId);
  if (!tag || !(await isLiveCustomer(db, shopId, customerId))) throw new DomainError("not_found");
  const outcome = await repo.deleteManualCustomerTag(db, shopId, customerId, tagId);
  if (outcome === "rule") throw new DomainError("tag_is_automatic", { name: tag.name });
  return (await repo.selectCustomerTags(db, shopId, customerId)).map(toCustomerTag);
}

/** What a bulk tagging did: ids tagged now, already tagged, and skipped (not live customers of the shop). */
export interface BulkTagResult {
  tagged: number;
  unchanged: number;
  skipped: number[];
}

/**
 * Tag up to 1000 customers by hand in one statement. Ids that are not live customers of the
 * shop (unknown, another shop's, merged away, anonymised) are skipped and named; customers who
 * carry the tag already are left as they are. Audited when anyone was tagged.
 */
export async function tagCustomers(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  tagId: number,
  input: BulkTagInputType,
): Promise<BulkTagResult> {
  authorize(actor, "customers:write", shopId);
  const v = parseInput(BulkTagInput, input);
  const ids = [...new Set(v.customerIds)];
  return db.transaction().execute(async (trx) => {
    const tag = await manualTag(trx, shopId, tagId);
    const { live, inserted } = await repo.insertCustomerTags(trx, shopId, tagId, ids, authorOf(actor));
    const liveSet = new Set(live);
    const result = {
      tagged: inserted.length,
      unchanged: live.length - inserted.length,
      skipped: ids.filter((id) => !liveSet.has(id)),
    };
    if (inserted.length > 0) {
      await recordAudit(trx, actor, {
        shopId,
        action: "customers.tagged",
        targetType: "customer",
        targetIds: inserted,
        data: { tagId, tag: tag.name, ...result, skipped: result.skipped.length },
      });
    }
    return result;
  });
}
