/**
 * Products for pickers: the segment rule builder chooses products and SKUs by searching their
 * title or merchant code (商家编码), and labels the ones a saved rule holds by id.
 */
import type { Database } from "@laoke/db";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Actor } from "../shared/actor.ts";
import { authorize } from "../shared/authorize.ts";
import { parseInput } from "../shared/validate.ts";
import * as repo from "./products.repository.ts";

/** Most products one search returns. */
export const PRODUCT_SEARCH_LIMIT = 50;

const Id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** What to list: a search (`q`, `limit`), or the products of known ids (`ids`, `skuIds`). */
export const ListProductsInput = z.object({
  q: z.string().trim().max(100).optional(),
  limit: z.number().int().min(1).max(PRODUCT_SEARCH_LIMIT).optional(),
  ids: z.array(Id).max(500).optional(),
  skuIds: z.array(Id).max(500).optional(),
});
/** What listProducts accepts. */
export type ListProductsInput = z.input<typeof ListProductsInput>;

/** A SKU of a product: its id, merchant code and attributes (颜色, 尺码…). */
export interface ProductSku {
  id: number;
  merchantCode: string | null;
  attributes: Record<string, string>;
}

/** A product as pickers show it. */
export interface Product {
  id: number;
  platform: string;
  title: string;
  merchantCode: string | null;
  createdAt: Date;
  skus: ProductSku[];
}

/**
 * Products matching `q` (title or merchant code, case-insensitive, most relevant then newest
 * first, at most `limit`, default 20), or, when `ids`/`skuIds` are given, exactly those products
 * and the products holding those SKUs (other shops' ids are simply not found).
 */
export async function listProducts(
  db: Kysely<Database>,
  actor: Actor,
  shopId: number,
  input: ListProductsInput,
): Promise<Product[]> {
  authorize(actor, "customers:read", shopId);
  const v = parseInput(ListProductsInput, input);
  const rows =
    v.ids || v.skuIds
      ? await repo.productsByIds(db, shopId, v.ids ?? [], v.skuIds ?? [])
      : await repo.searchProducts(db, shopId, v.q || undefined, v.limit ?? 20);
  const skus = await repo.skusOfProducts(
    db,
    shopId,
    rows.map((r) => r.id),
  );
  const byProduct = new Map<number, ProductSku[]>();
  for (const s of skus) {
    const list = byProduct.get(s.product_id) ?? [];
    list.push({ id: s.id, merchantCode: s.merchant_code, attributes: s.attributes });
    byProduct.set(s.product_id, list);
  }
  return rows.map((r) => ({
    id: r.id,
    platform: r.platform,
    title: r.title,
    merchantCode: r.merchant_code,
    createdAt: r.created_at,
    skus: byProduct.get(r.id) ?? [],
  }));
}
