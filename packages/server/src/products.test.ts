import type { Shop } from "@laoke/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestShop, call, createTestServer, type Session, signIn, type TestServer } from "./testing.ts";

let server: TestServer;
let shop: Shop;
let analyst: Session;
let otherOwner: Session;
let dressId = 0;

async function product(s: Shop, key: string, title: string, code: string | null): Promise<number> {
  const { rows } = await server.handle.pool.query<{ id: number }>(
    `insert into products (shop_id, platform, product_key, title, merchant_code)
     values ($1, 'jd', $2, $3, $4) returning id`,
    [s.id, key, title, code],
  );
  return Number(rows[0]?.id);
}

beforeAll(async () => {
  server = await createTestServer();
  shop = await buildTestShop(server);
  const otherShop = await buildTestShop(server);
  analyst = await signIn(server, shop, "analyst");
  otherOwner = await signIn(server, otherShop, "owner");
  dressId = await product(shop, "dress", "连衣裙", "LYQ-1");
  await product(shop, "coat", "大衣", "DY-1");
  await product(otherShop, "dress", "别家连衣裙", "LYQ-1");
});
afterAll(() => server.close());

describe("GET /products", () => {
  it("searches the caller's shop by title or merchant code, for any reader", async () => {
    const res = await call(server, analyst, { url: `/api/v1/products?q=${encodeURIComponent("lyq")}` });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      {
        id: dressId,
        platform: "jd",
        title: "连衣裙",
        merchantCode: "LYQ-1",
        createdAt: expect.any(String),
        skus: [],
      },
    ]);
    const other = await call(server, otherOwner, { url: "/api/v1/products?q=LYQ" });
    expect(other.json().items.map((p: { title: string }) => p.title)).toEqual(["别家连衣裙"]);
  });

  it("lists products by id, and refuses bad limits and id lists", async () => {
    const byId = await call(server, analyst, { url: `/api/v1/products?ids=${dressId},999999` });
    expect(byId.json().items.map((p: { id: number }) => p.id)).toEqual([dressId]);
    expect((await call(server, analyst, { url: "/api/v1/products?limit=51" })).statusCode).toBe(400);
    expect((await call(server, analyst, { url: "/api/v1/products?ids=1,x" })).statusCode).toBe(400);
    expect((await call(server, null, { url: "/api/v1/products" })).statusCode).toBe(401);
  });
});
