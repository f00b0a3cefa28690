import type { Shop } from "@laoke/core";
import { insertTestCustomer } from "@laoke/core/testing/customers.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestShop, call, createTestServer, type Session, signIn, type TestServer } from "./testing.ts";

let server: TestServer;
let shop: Shop;
let analyst: Session;
let customer = 0;

beforeAll(async () => {
  server = await createTestServer();
  shop = await buildTestShop(server);
  analyst = await signIn(server, shop, "analyst");
  customer = await insertTestCustomer(server.handle.pool, shop, {
    name: "赵六",
    orders: [
      // Two orders at the same second: the id breaks the tie.
      {
        externalId: "O-1",
        orderedAt: "2025-01-01T10:00:00Z",
        status: "completed",
        receiverPhone: "13812341234",
      },
      { externalId: "O-2", orderedAt: "2025-01-01T10:00:00Z", status: "closed" },
      { externalId: "O-3", orderedAt: "2025-02-01T10:00:00Z", status: "completed", platform: "jd" },
      { externalId: "O-4", orderedAt: "2025-03-01T10:00:00Z", status: "paid" },
    ],
  });
  await insertTestCustomer(server.handle.pool, shop, {
    name: "钱七",
    orders: [{ externalId: "O-5", orderedAt: "2025-04-01T10:00:00Z" }],
  });
});
afterAll(() => server.close());

async function walk(query: string, limit: number): Promise<string[]> {
  const seen: string[] = [];
  let cursor = "";
  for (let i = 0; i < 20; i++) {
    const res = await call(server, analyst, { url: `/api/v1/orders?limit=${limit}${query}${cursor}` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    seen.push(...body.items.map((o: { externalId: string }) => o.externalId));
    if (!body.nextCursor) return seen;
    cursor = `&cursor=${encodeURIComponent(body.nextCursor)}`;
  }
  throw new Error("too many pages");
}

describe("orders", () => {
  it("walks the shop's orders newest first, ties by id, one page at a time", async () => {
    expect(await walk("", 1)).toEqual(["O-5", "O-4", "O-3", "O-2", "O-1"]);
    expect(await walk("", 2)).toEqual(["O-5", "O-4", "O-3", "O-2", "O-1"]);
  });

  it("filters by customer, status, platform, time and order number", async () => {
    expect(await walk(`&customerId=${customer}`, 3)).toEqual(["O-4", "O-3", "O-2", "O-1"]);
    expect(await walk("&status=completed", 5)).toEqual(["O-5", "O-3", "O-1"]);
    expect(await walk("&platform=jd", 5)).toEqual(["O-3"]);
    const range = `&from=${encodeURIComponent("2025-01-15T00:00:00+08:00")}&to=${encodeURIComponent("2025-03-01T10:00:00Z")}`;
    expect(await walk(range, 5)).toEqual(["O-3"]);
    expect(await walk("&q=O-4", 5)).toEqual(["O-4"]);
  });

  it("answers one order with its masked receiver, and 404 for an unknown one", async () => {
    const list = (await call(server, analyst, { url: "/api/v1/orders?q=O-1" })).json();
    const res = await call(server, analyst, { url: `/api/v1/orders/${list.items[0].id}` });
    expect(res.json()).toMatchObject({
      externalId: "O-1",
      customerId: customer,
      receiver: { phone: "138****1234" },
    });
    expect((await call(server, analyst, { url: "/api/v1/orders/99999999" })).statusCode).toBe(404);
  });

  it("rejects a bad date", async () => {
    const res = await call(server, analyst, { url: "/api/v1/orders?from=yesterday" });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe("invalid_input");
  });
  it("documents every route in the OpenAPI document", async () => {
    const doc = (await call(server, null, { url: "/api/openapi.json" })).json();
    for (const path of [
      "/customers",
      "/customers/export",
      "/customers/{id}",
      "/customers/{id}/unmask",
      "/orders",
      "/orders/{id}",
    ]) {
      expect(doc.paths[`/api/v1${path}`], path).toBeDefined();
    }
    expect(doc.paths["/api/v1/customers/{id}"].delete).toBeDefined();
  });
});
