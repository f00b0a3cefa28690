/** Shop use cases: create, look up. */
import type { Database } from "@laoke/db";
import type { Kysely } from "kysely";
import type { Actor } from "../shared/actor.ts";
import { DomainError } from "../shared/errors.ts";
import * as repo from "./shops.repository.ts";
import { CreateShopInput } from "./shops.schema.ts";

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
  const row = await repo.insertShop(db, { slug, name, time_zone: timeZone, currency });
  if (!row) throw new DomainError("shop_exists", { slug });
  return toShop(row);
}

/** The shop with this slug, or `shop_not_found`. */
export async function getShopBySlug(db: Kysely<Database>, slug: string): Promise<Shop> {
  const row = await repo.findShopBySlug(db, slug);
  if (!row) throw new DomainError("shop_not_found", { slug });
  return toShop(row);
}

/** The shop with this id, or `shop_not_found`. */
export async function getShopById(db: Kysely<Database>, id: number): Promise<Shop> {
  const row = await repo.findShopById(db, id);
  if (!row) throw new DomainError("shop_not_found", { slug: String(id) });
  return toShop(row);
}
