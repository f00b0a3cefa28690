/**
 * Products for pickers (the segment rule builder): search by title or merchant code (商家编码),
 * or the products of known product/SKU ids, each with its SKUs.
 */
import { listProducts, PRODUCT_SEARCH_LIMIT } from "@laoke/core";
import { z } from "zod";
import type { App, AppDeps } from "../deps.ts";
import { requireActor } from "../plugins/auth.ts";
import { isoDate } from "./schemas.ts";

/** Up to 200 comma-separated ids, e.g. "12,40". */
const IdList = z
  .string()
  .regex(/^\d{1,15}(,\d{1,15}){0,199}$/)
  .transform((s) => s.split(",").map(Number));

const ProductsQuery = z.object({
  q: z
    .string()
    .max(100)
    .optional()
    .describe("Part of a title or merchant code (case-insensitive); none: the newest products"),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(PRODUCT_SEARCH_LIMIT)
    .optional()
    .describe(`At most ${PRODUCT_SEARCH_LIMIT}; 20 unless given`),
  ids: IdList.optional().describe("Comma-separated product ids: these products instead of a search"),
  skuIds: IdList.optional().describe("Comma-separated SKU ids: the products holding them"),
});

const ProductSchema = z.object({
  id: z.number(),
  platform: z.string(),
  title: z.string(),
  merchantCode: z.string().nullable(),
  createdAt: isoDate,
  skus: z.array(
    z.object({
      id: z.number(),
      merchantCode: z.string().nullable(),
      attributes: z.record(z.string(), z.string()).describe("颜色, 尺码… as the order export named them"),
    }),
  ),
});

/** Register GET /products. */
export async function productRoutes(app: App, { handle }: AppDeps): Promise<void> {
  const db = handle.db;

  app.get(
    "/products",
    {
      config: { access: "customers:read" },
      schema: {
        tags: ["products"],
        summary:
          "Products by title or merchant code (exact code first, then title prefix, then newest), or by id, with their SKUs",
        querystring: ProductsQuery,
        response: { 200: z.object({ items: z.array(ProductSchema) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return { items: await listProducts(db, actor, actor.shopId, request.query) };
    },
  );
}
