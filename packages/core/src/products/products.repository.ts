/** SQL of the product picker: products of a shop by title or merchant code, with their SKUs. */
import type { Database } from "@laoke/db";
import { type Kysely, sql } from "kysely";

/** A product row as the picker reads it. */
export interface ProductRow {
  id: number;
  platform: string;
  title: string;
  merchant_code: string | null;
  created_at: Date;
}

/** A SKU row of a listed product. */
export interface SkuRow {
  id: number;
  product_id: number;
  merchant_code: string | null;
  attributes: Record<string, string>;
}

/** At most this many SKUs per product are listed (a picker, not a catalogue). */
export const SKUS_PER_PRODUCT = 100;

/** Escape `\`, `%` and `_` so typed text matches literally inside a LIKE pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Products whose title or merchant code (the product's or one of its SKUs') contains `q`,
 * case-insensitively; an exact merchant code first, then titles starting with `q`, then the
 * newest. Without `q`, the newest products.
 */
export async function searchProducts(
  db: Kysely<Database>,
  shopId: number,
  q: string | undefined,
  limit: number,
): Promise<ProductRow[]> {
  if (!q) {
    const { rows } = await sql<ProductRow>`
      select id, platform, title, merchant_code, created_at from products
       where shop_id = ${shopId}
       order by created_at desc, id desc
       limit ${limit}`.execute(db);
    return rows;
  }
  const contains = `%${escapeLike(q)}%`;
  const prefix = `${escapeLike(q)}%`;
  const { rows } = await sql<ProductRow>`
    select p.id, p.platform, p.title, p.merchant_code, p.created_at from products p
     where p.shop_id = ${shopId}
       and (p.title ilike ${contains} or p.merchant_code ilike ${contains}
            or exists (select 1 from skus s
                        where s.shop_id = p.shop_id and s.product_id = p.id and s.merchant_code ilike ${contains}))
     order by case
                when lower(p.merchant_code) = lower(${q}) then 0
                when exists (select 1 from skus s
                              where s.shop_id = p.shop_id and s.product_id = p.id
                                and lower(s.merchant_code) = lower(${q})) then 0
                when p.title ilike ${prefix} then 1
                else 2
              end,
              p.created_at desc, p.id desc
     limit ${limit}`.execute(db);
  return rows;
}

/** The products with these ids, or holding these SKU ids (labels of a rule's chosen values). */
export async function productsByIds(
  db: Kysely<Database>,
  shopId: number,
  ids: readonly number[],
  skuIds: readonly number[],
): Promise<ProductRow[]> {
  const { rows } = await sql<ProductRow>`
    select p.id, p.platform, p.title, p.merchant_code, p.created_at from products p
     where p.shop_id = ${shopId}
       and (p.id = any(${[...ids]}::bigint[])
            or p.id in (select s.product_id from skus s
                         where s.shop_id = ${shopId} and s.id = any(${[...skuIds]}::bigint[])))
     order by p.created_at desc, p.id desc`.execute(db);
  return rows;
}

/** The SKUs of these products, the first SKUS_PER_PRODUCT of each by id. */
export async function skusOfProducts(
  db: Kysely<Database>,
  shopId: number,
  productIds: readonly number[],
): Promise<SkuRow[]> {
  if (productIds.length === 0) return [];
  const { rows } = await sql<SkuRow>`
    select id, product_id, merchant_code, attributes from (
      select s.id, s.product_id, s.merchant_code, s.attributes,
             row_number() over (partition by s.product_id order by s.id) as n
        from skus s
       where s.shop_id = ${shopId} and s.product_id = any(${[...productIds]}::bigint[])
    ) x
     where n <= ${SKUS_PER_PRODUCT}
     order by product_id, id`.execute(db);
  return rows;
}
