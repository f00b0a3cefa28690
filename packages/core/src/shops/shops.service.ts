/** Shop use cases: create, look up, change. */
import type { Database } from "@laoke/db";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/index.ts";
import type { Actor } from "../shared/actor.ts";
import { authorize } from "../shared/authorize.ts";
import { DomainError } from "../shared/errors.ts";
import { parseInput } from "../shared/validate.ts";
import * as repo from "./shops.repository.ts";
import { CreateShopInput, canonicalTimeZone, UpdateShopInput } from "./shops.schema.ts";

/** A shop as the domain sees it. */
export interface Shop {
  id: number;
  slug: string;
  name: string;
  timeZone: string;
  currency: string;
  createdAt: Date;
}

function toShop(row: {
  id: number;
  slug: string;
  name: string;
  time_zone: string;
  currency: string;
  created_at: Date;
}): Shop {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    timeZone: row.time_zone,
    currency: row.currency,
    createdAt: row.created_at,
  };
}

/** Create a shop; fails with `shop_exists` when the slug is taken and `invalid_input` on bad fields. */
export async function createShop(db: Kysely<Database>, _actor: Actor, input: CreateShopInput): Promise<Shop> {
  const parsed = CreateShopInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DomainError("invalid_input", {
      field: String(issue?.path[0] ?? ""),
      value: String(issue?.input ?? ""),
    });
  }
  const { slug, name, timeZone, currency } = parsed.data;
  const zone = canonicalTimeZone(timeZone) ?? timeZone;
  const row = await repo.insertShop(db, { slug, name, time_zone: zone, currency });
  if (!row) throw new DomainError("shop_exists", { slug });
  return toShop(row);
}

/** The shop with this slug, or `shop_not_found`. */
export async function getShopBySlug(db: Kysely<Database>, slug: string): Promise<Shop> {
  const row = await repo.findShopBySlug(db, slug);
  if (!row) throw new DomainError("shop_not_found", { slug });
  return toShop(row);
}

/** Every shop (for the worker's per-shop schedules; not for callers bound to one shop). */
export async function listShops(db: Kysely<Database>): Promise<Shop[]> {
  return (await repo.findAllShops(db)).map(toShop);
}

/** The shop with this id, or `shop_not_found`. */
export async function getShopById(db: Kysely<Database>, id: number): Promise<Shop> {
  const row = await repo.findShopById(db, id);
  if (!row) throw new DomainError("shop_not_found", { slug: String(id) });
  return toShop(row);
}

/**
 * Change the shop's name, time zone or currency (needs `settings`). Audited as `shop.updated`
 * with the changed fields before and after; a change to nothing changes nothing and is not logged.
 * A new time zone moves every day boundary: reports follow at once, customer metrics at the next
 * analytics run.
 */
export async function updateShop(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  input: UpdateShopInput,
): Promise<Shop> {
  authorize(actor, "settings", shopId);
  const v = parseInput(UpdateShopInput, input);
  return db.transaction().execute(async (trx) => {
    const row = await repo.findShopByIdForUpdate(trx, shopId);
    if (!row) throw new DomainError("shop_not_found", { slug: String(shopId) });
    const current = toShop(row);
    const wanted = {
      name: v.name,
      timeZone: v.timeZone === undefined ? undefined : (canonicalTimeZone(v.timeZone) ?? v.timeZone),
      currency: v.currency,
    };
    const before: Record<string, string> = {};
    const after: Record<string, string> = {};
    for (const key of ["name", "timeZone", "currency"] as const) {
      const next = wanted[key];
      if (next !== undefined && next !== current[key]) {
        before[key] = current[key];
        after[key] = next;
      }
    }
    if (Object.keys(after).length === 0) return current;
    const updated = await repo.updateShopRow(trx, shopId, {
      name: after.name,
      time_zone: after.timeZone,
      currency: after.currency,
    });
    if (!updated) throw new DomainError("shop_not_found", { slug: String(shopId) });
    await recordAudit(trx, actor, {
      shopId,
      action: "shop.updated",
      targetType: "shop",
      targetIds: [shopId],
      data: { before, after },
    });
    return toShop(updated);
  });
}
