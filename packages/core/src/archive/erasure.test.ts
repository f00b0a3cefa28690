import { createTestDatabase } from "@laoke/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymiseCustomer } from "../customers/index.ts";
import type { StaffActor } from "../shared/actor.ts";
import type { Shop } from "../shops/index.ts";
import { insertTestCustomer } from "../testing/customers.ts";
import { buildShop } from "../testing/fixtures.ts";
import { insertTestStaff } from "../testing/staff.ts";
import { addNote, completeFollowUp, createTag, scheduleFollowUp, tagCustomer } from "./index.ts";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let shop: Shop;
let owner: StaffActor;

beforeAll(async () => {
  h = await createTestDatabase();
  shop = await buildShop(h.db);
  owner = await insertTestStaff(h.db, shop, "owner");
});
afterAll(() => h?.dispose());

describe("erasing a customer (PIPL)", () => {
  it("deletes their notes and tags and empties their follow-ups' words, for merged customers too", async () => {
    const id = await insertTestCustomer(h.pool, shop, { name: "张三" });
    const merged = await insertTestCustomer(h.pool, shop, { name: "张三旧档", mergedInto: id });
    const kept = await insertTestCustomer(h.pool, shop, { name: "李四" });
    const tag = await createTag(h.db, owner, shop.id, { name: "孕妇" });
    await tagCustomer(h.db, owner, shop.id, id, tag.id);
    await tagCustomer(h.db, owner, shop.id, kept, tag.id);
    await addNote(h.db, owner, shop.id, id, { body: "住在文三路,孕 6 个月" });
    await addNote(h.db, owner, shop.id, kept, { body: "李四的备注" });
    await h.pool.query(
      "insert into customer_notes (shop_id, customer_id, body) values ($1, $2, '旧档备注')",
      [shop.id, merged],
    );
    const visit = { channel: "phone" as const, purpose: "问孕期尺码", dueAt: new Date() };
    const done = await scheduleFollowUp(h.db, owner, shop.id, { ...visit, customerId: id });
    await completeFollowUp(h.db, owner, shop.id, done.id, {
      reached: true,
      satisfaction: 5,
      note: "预产期 3 月",
    });
    const open = await scheduleFollowUp(h.db, owner, shop.id, { ...visit, customerId: id });

    await anonymiseCustomer(h.db, owner, shop.id, id);

    const notes = await h.pool.query("select customer_id from customer_notes where shop_id = $1", [shop.id]);
    expect(notes.rows.map((r) => Number(r.customer_id))).toEqual([kept]);
    const tags = await h.pool.query("select customer_id from customer_tags where shop_id = $1", [shop.id]);
    expect(tags.rows.map((r) => Number(r.customer_id))).toEqual([kept]);
    const { rows } = await h.pool.query(
      `select id, status, purpose, outcome_note, satisfaction from follow_ups where shop_id = $1 order by id`,
      [shop.id],
    );
    expect(rows.map((r) => ({ ...r, id: Number(r.id) }))).toEqual([
      { id: done.id, status: "done", purpose: null, outcome_note: null, satisfaction: 5 },
      { id: open.id, status: "cancelled", purpose: null, outcome_note: null, satisfaction: null },
    ]);
  });
});
