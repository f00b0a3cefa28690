import { createTestDatabase } from "@laoke/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertTestCustomer } from "../testing/customers.ts";
import { buildShop } from "../testing/fixtures.ts";
import { moveCustomerArchive } from "./index.ts";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(() => h?.dispose());

describe("moveCustomerArchive", () => {
  it("gives the survivor of a merge what staff wrote about the merged customer, a shared tag once", async () => {
    const shop = await buildShop(h.db);
    const survivor = await insertTestCustomer(h.pool, shop, { name: "留下的" });
    const merged = await insertTestCustomer(h.pool, shop, { name: "合并走的" });
    const q = (text: string, params: unknown[]) => h.pool.query(text, params);
    const vip = (await q("insert into tags (shop_id, name) values ($1, 'VIP') returning id", [shop.id]))
      .rows[0].id;
    const gift = (await q("insert into tags (shop_id, name) values ($1, '送礼') returning id", [shop.id]))
      .rows[0].id;
    for (const [customer, tag] of [
      [survivor, vip],
      [merged, vip],
      [merged, gift],
    ]) {
      await q(
        "insert into customer_tags (shop_id, customer_id, tag_id, source) values ($1, $2, $3, 'manual')",
        [shop.id, customer, tag],
      );
    }
    await q("insert into customer_notes (shop_id, customer_id, body) values ($1, $2, '喜欢宽松款')", [
      shop.id,
      merged,
    ]);
    await q(
      "insert into follow_ups (shop_id, customer_id, channel, due_at) values ($1, $2, 'phone', now())",
      [shop.id, merged],
    );
    const client = await h.pool.connect();
    try {
      await client.query("begin");
      await moveCustomerArchive(client, shop.id, merged, survivor);
      await client.query("commit");
    } finally {
      client.release();
    }
    const owned = async (table: string, column = "customer_id") =>
      (await q(`select ${column} as v from ${table} where shop_id = $1 order by 1`, [shop.id])).rows.map(
        (r) => r.v,
      );
    expect(await owned("customer_tags")).toEqual([survivor, survivor]);
    expect((await owned("customer_tags", "tag_id")).sort()).toEqual([vip, gift].sort());
    expect(await owned("customer_notes")).toEqual([survivor]);
    expect(await owned("follow_ups")).toEqual([survivor]);
  });
});
