import { createTestDatabase } from "@laoke/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATOR } from "../shared/actor.ts";
import type { Shop } from "../shops/index.ts";
import { buildShop, runImport, tempDir } from "../testing/fixtures.ts";
import { shopifyExport } from "../testing/shopify-files.ts";
import { writeTaobaoExport } from "../testing/taobao-files.ts";
import { listCustomerMerges, splitCustomerMerge } from "./index.ts";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(async () => {
  await h?.dispose();
});

async function customersOf(shop: Shop) {
  const { rows } = await h.pool.query<{ id: number; platforms: string[]; orders: number }>(
    `select c.id, array(select distinct platform from orders o where o.shop_id = c.shop_id and o.customer_id = c.id order by 1) as platforms,
            (select count(*) from orders o where o.shop_id = c.shop_id and o.customer_id = c.id)::int as orders
       from customers c where c.shop_id = $1 and c.merged_into_id is null order by c.id`,
    [shop.id],
  );
  return rows;
}

describe("cross-platform identity resolution", () => {
  it("joins a Shopify buyer to the Taobao customer with the same phone, records it, and can split it", async () => {
    const shop = await buildShop(h.db);
    const dir = tempDir();
    await runImport(
      h.pool,
      shop,
      writeTaobaoExport(dir, "t", [{ id: "6000000000000001", nick: "淘宝买家A", phone: "'13912345678" }]),
    );
    const shopify = shopifyExport(dir, "shopify.csv", [
      { name: "#1001", email: "li@example.com", phone: "+86 139 1234 5678" },
    ]);
    const s = await runImport(h.pool, shop, [shopify]);
    expect(s.customers).toMatchObject({ created: 0, matched: 1, merged: 1 });
    const joined = await customersOf(shop);
    expect(joined).toHaveLength(1);
    expect(joined[0]?.platforms).toEqual(["shopify", "taobao"]);

    const merges = await listCustomerMerges(h.pool, OPERATOR, shop);
    expect(merges).toHaveLength(1);
    expect(merges[0]).toMatchObject({ reason: "phone", matchedValue: "13912345678", undoneAt: null });

    const split = await splitCustomerMerge(h.pool, OPERATOR, shop, merges[0]?.id as number);
    expect(split.undoneAt).not.toBeNull();
    const apart = await customersOf(shop);
    expect(apart.map((c) => c.platforms)).toEqual([["taobao"], ["shopify"]]);
    await expect(splitCustomerMerge(h.pool, OPERATOR, shop, split.id)).rejects.toMatchObject({
      code: "merge_already_undone",
    });

    // Re-importing both exports keeps them apart: a split is never undone by the importer.
    const again = await runImport(h.pool, shop, [shopify]);
    expect(again.customers).toMatchObject({ created: 0, merged: 0 });
    expect((await customersOf(shop)).map((c) => c.platforms)).toEqual([["taobao"], ["shopify"]]);
  });

  it("never merges on a masked phone", async () => {
    const shop = await buildShop(h.db);
    const dir = tempDir();
    await runImport(
      h.pool,
      shop,
      writeTaobaoExport(dir, "t", [{ id: "6100000000000001", nick: "脱敏买家", phone: "139****5678" }]),
    );
    await runImport(h.pool, shop, [
      shopifyExport(dir, "s.csv", [{ name: "#2001", email: "x@example.com", phone: "13900005678" }]),
    ]);
    expect(await customersOf(shop)).toHaveLength(2);
    const { rows } = await h.pool.query(
      "select kind, value, masked from customer_identities where shop_id = $1 and masked order by kind",
      [shop.id],
    );
    expect(rows).toContainEqual({ kind: "phone", value: "139****5678", masked: true });
  });

  it("keeps two buyers of one platform apart even when they share a receiver phone", async () => {
    const shop = await buildShop(h.db);
    const dir = tempDir();
    const s = await runImport(
      h.pool,
      shop,
      writeTaobaoExport(dir, "t", [
        { id: "6200000000000001", nick: "妈妈", phone: "'13700000001" },
        { id: "6200000000000002", nick: "女儿", phone: "'13700000001" },
      ]),
    );
    expect(s.customers).toMatchObject({ created: 2, merged: 0 });
    expect(await customersOf(shop)).toHaveLength(2);
  });

  it("merges two existing customers that one new order links, and the split restores both", async () => {
    const shop = await buildShop(h.db);
    const dir = tempDir();
    await runImport(
      h.pool,
      shop,
      writeTaobaoExport(dir, "t", [{ id: "6300000000000001", nick: "老顾客", phone: "'13600000009" }]),
    );
    // A Shopify buyer known only by email first…
    await runImport(h.pool, shop, [
      shopifyExport(dir, "a.csv", [{ name: "#3001", email: "wang@example.com", phone: "" }]),
    ]);
    expect(await customersOf(shop)).toHaveLength(2);
    // …then an order of the same buyer (same email) that carries the Taobao customer's phone.
    const s = await runImport(h.pool, shop, [
      shopifyExport(dir, "b.csv", [{ name: "#3002", email: "wang@example.com", phone: "13600000009" }]),
    ]);
    expect(s.customers.merged).toBe(1);
    const merged = await customersOf(shop);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.orders).toBe(3);

    const [merge] = await listCustomerMerges(h.pool, OPERATOR, shop);
    expect(merge?.mergedCustomerId).not.toBeNull();
    await splitCustomerMerge(h.pool, OPERATOR, shop, merge?.id as number);
    const apart = await customersOf(shop);
    expect(apart.map((c) => [c.platforms, c.orders])).toEqual([
      [["taobao"], 1],
      [["shopify"], 2],
    ]);
  });
});
