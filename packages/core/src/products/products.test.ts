import { createTestDatabase } from "@laoke/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiKeyActor, StaffActor } from "../shared/actor.ts";
import type { Shop } from "../shops/index.ts";
import { buildShop } from "../testing/fixtures.ts";
import { insertTestStaff } from "../testing/staff.ts";
import { listProducts } from "./index.ts";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let shop: Shop;
let otherShop: Shop;
let analyst: StaffActor;
let stranger: StaffActor;
const ids: Record<string, number> = {};
const skuIds: Record<string, number> = {};

/** A product created `minutesAgo` ago, with SKUs `{ key: merchantCode }`. */
async function product(
  s: Shop,
  key: string,
  title: string,
  merchantCode: string | null,
  minutesAgo: number,
  skus: Record<string, string | null> = {},
): Promise<number> {
  const { rows } = await h.pool.query<{ id: number }>(
    `insert into products (shop_id, platform, product_key, title, merchant_code, created_at)
     values ($1, 'taobao', $2, $3, $4, now() - make_interval(mins => $5)) returning id`,
    [s.id, key, title, merchantCode, minutesAgo],
  );
  const id = Number(rows[0]?.id);
  for (const [colour, code] of Object.entries(skus)) {
    const sku = await h.pool.query<{ id: number }>(
      `insert into skus (shop_id, product_id, attributes_key, merchant_code, attributes)
       values ($1, $2, $3, $4, $5) returning id`,
      [s.id, id, colour, code, JSON.stringify({ 颜色: colour })],
    );
    skuIds[`${key}:${colour}`] = Number(sku.rows[0]?.id);
  }
  return id;
}

const titles = async (input: Parameters<typeof listProducts>[3]) =>
  (await listProducts(h.db, analyst, shop.id, input)).map((p) => p.title);

beforeAll(async () => {
  h = await createTestDatabase();
  shop = await buildShop(h.db);
  otherShop = await buildShop(h.db);
  analyst = await insertTestStaff(h.db, shop, "analyst");
  stranger = await insertTestStaff(h.db, otherShop, "owner");
  ids.dress = await product(shop, "dress", "真丝连衣裙 Silk Dress", "LYQ-001", 50, {
    红: "LYQ-001-R",
    黑: null,
  });
  ids.coat = await product(shop, "coat", "羊毛大衣", "DY-9", 40);
  ids.cotton = await product(shop, "cotton", "100%纯棉T恤", null, 30);
  ids.under = await product(shop, "under", "袜子_三双装", "WZ_3", 20);
  ids.dressCode = await product(shop, "code", "赠品", "silk dress", 10);
  ids.newest = await product(shop, "newest", "新款连衣裙", null, 1);
  ids.foreign = await product(otherShop, "foreign", "别家连衣裙", "LYQ-001", 0);
});
afterAll(() => h.dispose());

describe("listProducts", () => {
  it("lists the newest products without a search, at most `limit`", async () => {
    expect(await titles({ limit: 3 })).toEqual(["新款连衣裙", "赠品", "袜子_三双装"]);
    expect(await titles({})).toHaveLength(6);
  });

  it("matches titles and merchant codes case-insensitively: exact code, then title prefix, then newest", async () => {
    expect(await titles({ q: "连衣裙" })).toEqual(["新款连衣裙", "真丝连衣裙 Silk Dress"]);
    // "silk dress" is the gift's exact merchant code, and the dress's title contains it.
    expect(await titles({ q: "SILK DRESS" })).toEqual(["赠品", "真丝连衣裙 Silk Dress"]);
    expect(await titles({ q: "lyq-001" })).toEqual(["真丝连衣裙 Silk Dress"]);
    // A SKU's merchant code finds its product, exactly or in part.
    expect(await titles({ q: "lyq-001-r" })).toEqual(["真丝连衣裙 Silk Dress"]);
    expect(await titles({ q: "001-R" })).toEqual(["真丝连衣裙 Silk Dress"]);
    expect(await titles({ q: "羊毛" })).toEqual(["羊毛大衣"]);
    expect(await titles({ q: "  " })).toHaveLength(6);
  });

  it("takes LIKE wildcards in the search literally", async () => {
    expect(await titles({ q: "%" })).toEqual(["100%纯棉T恤"]);
    expect(await titles({ q: "_" })).toEqual(["袜子_三双装"]);
    expect(await titles({ q: "\\" })).toEqual([]);
    expect(await titles({ q: "D_-9" })).toEqual([]);
  });

  it("returns each product's SKUs and finds products by id or by SKU id, in the caller's shop only", async () => {
    const [dress] = await listProducts(h.db, analyst, shop.id, { q: "LYQ-001" });
    expect(dress).toMatchObject({ id: ids.dress, platform: "taobao", merchantCode: "LYQ-001" });
    expect(dress?.skus).toEqual([
      { id: skuIds["dress:红"], merchantCode: "LYQ-001-R", attributes: { 颜色: "红" } },
      { id: skuIds["dress:黑"], merchantCode: null, attributes: { 颜色: "黑" } },
    ]);
    const byId = await listProducts(h.db, analyst, shop.id, {
      ids: [ids.coat as number, ids.foreign as number],
      skuIds: [skuIds["dress:黑"] as number],
    });
    expect(byId.map((p) => p.id)).toEqual([ids.coat, ids.dress]);
    expect(await listProducts(h.db, analyst, shop.id, { ids: [ids.foreign as number] })).toEqual([]);
  });

  it("needs customers:read in the shop; limits stay within 1–50", async () => {
    await expect(listProducts(h.db, stranger, shop.id, {})).rejects.toMatchObject({ code: "not_found" });
    const noRead: ApiKeyActor = {
      kind: "api_key",
      shopId: shop.id,
      keyId: 1,
      name: "import-bot",
      permissions: new Set(["import"]),
    };
    await expect(listProducts(h.db, noRead, shop.id, {})).rejects.toMatchObject({
      code: "forbidden",
      data: { permission: "customers:read" },
    });
    await expect(listProducts(h.db, analyst, shop.id, { limit: 51 })).rejects.toMatchObject({
      code: "invalid_input",
      data: { field: "limit" },
    });
  });
});
