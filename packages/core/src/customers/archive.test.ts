import { createTestDatabase } from "@laoke/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATOR } from "../shared/actor.ts";
import { insertTestCustomer } from "../testing/customers.ts";
import { buildShop } from "../testing/fixtures.ts";
import { getCustomer, listOrders } from "./index.ts";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(() => h?.dispose());

describe("customer archive in one query", () => {
  it("gives the same newest 50 orders, instants and metrics as the separate queries", async () => {
    const shop = await buildShop(h.db);
    // 60 orders, some in the same second and microseconds apart, newest must come first.
    const orders = Array.from({ length: 60 }, (_, i) => ({
      externalId: `T-${i}`,
      orderedAt: new Date(Date.UTC(2025, 0, 1 + Math.floor(i / 2), 8, 0, 0, i % 2)).toISOString(),
      paidFen: 1000 + i,
      items: [{ title: `商品${i}`, unitPriceFen: 1000 + i, attributes: { 颜色: "红" } }],
    }));
    const id = await insertTestCustomer(h.pool, shop, {
      name: "张三",
      phone: "13812341234",
      birthday: "1990-05-12",
      firstOrderAt: orders[0]?.orderedAt,
      lastOrderAt: orders[59]?.orderedAt,
      identities: [{ platform: "taobao", kind: "nick", value: "tb_zhang" }],
      metrics: { paidOrders: 60, totalSpentFen: 99999, clvFen: 5000, pAlive: 0.5 },
      orders,
    });
    const detail = await getCustomer(h.db, OPERATOR, shop.id, id);
    const page = await listOrders(h.db, OPERATOR, shop.id, { customerId: id, limit: 50 });
    expect(detail.recentOrders).toHaveLength(50);
    expect(detail.recentOrders).toEqual(page.items);
    expect(detail.recentOrders[0]?.externalId).toBe("T-59");
    expect(detail.recentOrders[0]?.orderedAt).toBeInstanceOf(Date);
    expect(detail.customer.firstOrderAt?.toISOString()).toBe(orders[0]?.orderedAt);
    expect(detail.customer.lastOrderAt?.toISOString()).toBe(orders[59]?.orderedAt);
    expect(detail.identities[0]).toMatchObject({ platform: "taobao", value: "tb_zhang" });
    expect(detail.metrics).toMatchObject({ paidOrders: 60, totalSpentFen: 99999, clvFen: 5000, pAlive: 0.5 });
    expect(detail.metrics?.asOf).toBeInstanceOf(Date);
  });
});
