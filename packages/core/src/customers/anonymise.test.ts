import { createTestDatabase } from "@laoke/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recomputeAnalytics } from "../analytics/index.ts";
import { listAudit } from "../audit/index.ts";
import { OPERATOR } from "../shared/actor.ts";
import type { Shop } from "../shops/index.ts";
import { buildShop, runImport, tempDir } from "../testing/fixtures.ts";
import { shopifyExport } from "../testing/shopify-files.ts";
import { type TaobaoTestOrder, writeTaobaoExport } from "../testing/taobao-files.ts";
import { anonymiseCustomer, getCustomer, listCustomers } from "./index.ts";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(async () => {
  await h?.dispose();
});

const BUYER_A: TaobaoTestOrder[] = [
  {
    id: "7000000000000001",
    nick: "买家甲",
    receiver: "张三丰",
    phone: "'13812341234",
    address: "浙江省 杭州市 西湖区 文三路100号(310012)",
    created: "2025-03-01 10:00:00",
  },
  {
    id: "7000000000000002",
    nick: "买家甲",
    receiver: "张三丰",
    phone: "'13812341234",
    address: "浙江省 杭州市 西湖区 文三路100号(310012)",
    created: "2025-04-01 10:00:00",
  },
];
const BUYER_B: TaobaoTestOrder = {
  id: "7000000000000003",
  nick: "买家乙",
  receiver: "李四",
  phone: "'13900009999",
};

async function customerOfNick(shop: Shop, nick: string): Promise<number> {
  const { rows } = await h.pool.query<{ customer_id: number }>(
    "select customer_id from customer_identities where shop_id = $1 and kind = 'nick' and value = $2",
    [shop.id, nick],
  );
  return Number(rows[0]?.customer_id);
}

async function totals(shop: Shop) {
  const { rows } = await h.pool.query(
    "select count(*)::int as orders, sum(paid_fen)::bigint as paid from orders where shop_id = $1",
    [shop.id],
  );
  return rows[0];
}

describe("anonymising a customer", () => {
  it("erases the personal data everywhere, keeps the orders' amounts, and answers not_found after", async () => {
    const shop = await buildShop(h.db);
    const dir = tempDir();
    const files = writeTaobaoExport(dir, "t", [...BUYER_A, BUYER_B]);
    await runImport(h.pool, shop, files);
    await recomputeAnalytics(h, OPERATOR, shop, { mode: "full" });
    const a = await customerOfNick(shop, "买家甲");
    const b = await customerOfNick(shop, "买家乙");
    const before = await totals(shop);

    const result = await anonymiseCustomer(h.db, OPERATOR, shop.id, a, { reason: "买家要求删除" });
    expect(result).toEqual({ customerId: a, mergedCustomerIds: [], orders: 2 });

    const { rows: customer } = await h.pool.query("select * from customers where shop_id = $1 and id = $2", [
      shop.id,
      a,
    ]);
    expect(customer[0]).toMatchObject({ name: null, phone: null, email: null, address: null, zip: null });
    expect(customer[0].anonymised_at).not.toBeNull();
    expect(customer[0].province).toBe("浙江省");
    const { rows: identities } = await h.pool.query(
      "select value, masked from customer_identities where shop_id = $1 and customer_id = $2",
      [shop.id, a],
    );
    expect(identities.length).toBeGreaterThan(0);
    expect(identities.every((i) => i.value === "" && i.masked)).toBe(true);
    const { rows: orders } = await h.pool.query(
      `select receiver_name, receiver_phone, receiver_address, receiver_zip, buyer_message, buyer_identity_id,
              receiver_province, receiver_city, paid_fen from orders where shop_id = $1 and customer_id = $2`,
      [shop.id, a],
    );
    expect(orders).toHaveLength(2);
    for (const o of orders) {
      expect(o).toMatchObject({
        receiver_name: null,
        receiver_phone: null,
        receiver_address: null,
        receiver_zip: null,
        buyer_message: null,
        buyer_identity_id: null,
        receiver_province: "浙江省",
        receiver_city: "杭州市",
      });
      expect(o.paid_fen).toBeGreaterThan(0);
    }
    const { rows: metrics } = await h.pool.query(
      "select 1 from customer_metrics where shop_id = $1 and customer_id = $2",
      [shop.id, a],
    );
    expect(metrics).toEqual([]);
    // The shop's figures keep the orders; only the person is gone.
    expect(await totals(shop)).toEqual(before);
    expect(
      JSON.stringify(await h.pool.query("select * from orders where shop_id = $1", [shop.id])),
    ).not.toContain("13812341234");

    const list = await listCustomers(h.db, OPERATOR, shop.id, {});
    expect(list.items.map((c) => c.id)).toEqual([b]);
    await expect(getCustomer(h.db, OPERATOR, shop.id, a)).rejects.toMatchObject({ code: "not_found" });
    await expect(anonymiseCustomer(h.db, OPERATOR, shop.id, a)).rejects.toMatchObject({ code: "not_found" });
    const audit = await listAudit(h.db, OPERATOR, shop.id, { action: "customer.anonymised" });
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({
      targetIds: [String(a)],
      data: { reason: "买家要求删除", orders: 2 },
    });

    // A later import of the same export creates a new customer for the buyer and never writes the
    // personal data back onto the anonymised customer or its orders, even when an order changed.
    const again = await runImport(h.pool, shop, files);
    expect(again.customers.created).toBe(1);
    const fresh = await customerOfNick(shop, "买家甲");
    expect(fresh).not.toBe(a);
    const changed = writeTaobaoExport(dir, "changed", [
      { ...(BUYER_A[1] as TaobaoTestOrder), refund: "10.00" },
    ]);
    await runImport(h.pool, shop, changed);
    const { rows: after } = await h.pool.query(
      "select customer_id, receiver_name, receiver_phone, refunded_fen from orders where shop_id = $1 and external_id like '700000000000000_' and external_id <> $2 order by external_id",
      [shop.id, BUYER_B.id],
    );
    expect(after).toEqual([
      { customer_id: a, receiver_name: null, receiver_phone: null, refunded_fen: 0 },
      { customer_id: a, receiver_name: null, receiver_phone: null, refunded_fen: 0 },
    ]);
    const { rows: old } = await h.pool.query(
      "select name, phone from customers where shop_id = $1 and id = $2",
      [shop.id, a],
    );
    expect(old[0]).toEqual({ name: null, phone: null });
  });

  it("anonymises the customers merged into it too, and the phone that matched them", async () => {
    const shop = await buildShop(h.db);
    const dir = tempDir();
    await runImport(
      h.pool,
      shop,
      writeTaobaoExport(dir, "t", [{ id: "7100000000000001", nick: "老顾客", phone: "'13600000009" }]),
    );
    await runImport(h.pool, shop, [
      shopifyExport(dir, "a.csv", [{ name: "#3001", email: "wang@example.com", phone: "" }]),
    ]);
    const merged = await runImport(h.pool, shop, [
      shopifyExport(dir, "b.csv", [{ name: "#3002", email: "wang@example.com", phone: "13600000009" }]),
    ]);
    expect(merged.customers.merged).toBe(1);
    const survivor = await customerOfNick(shop, "老顾客");

    const result = await anonymiseCustomer(h.db, OPERATOR, shop.id, survivor);
    expect(result.mergedCustomerIds).toHaveLength(1);
    expect(result.orders).toBe(3);
    const { rows } = await h.pool.query(
      "select id, name, email, anonymised_at is not null as gone from customers where shop_id = $1 order by id",
      [shop.id],
    );
    expect(rows.every((r) => r.gone && r.name === null && r.email === null)).toBe(true);
    const { rows: merges } = await h.pool.query(
      "select matched_value from customer_merges where shop_id = $1",
      [shop.id],
    );
    expect(merges).toEqual([{ matched_value: "" }]);
  });
});
