import { createTestDatabase } from "@laoke/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAudit } from "../audit/index.ts";
import { OPERATOR, type StaffActor } from "../shared/actor.ts";
import type { Shop } from "../shops/index.ts";
import { insertTestCustomer } from "../testing/customers.ts";
import { buildShop } from "../testing/fixtures.ts";
import { insertTestStaff } from "../testing/staff.ts";
import {
  createTag,
  deleteTag,
  listCustomerTags,
  listTags,
  tagCustomer,
  tagCustomers,
  untagCustomer,
  updateTag,
} from "./index.ts";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let shop: Shop;
let otherShop: Shop;
let owner: StaffActor;
let aftersale: StaffActor;
let stranger: StaffActor;
const ids = { a: 0, b: 0, merged: 0, anonymised: 0, other: 0 };

beforeAll(async () => {
  h = await createTestDatabase();
  shop = await buildShop(h.db);
  otherShop = await buildShop(h.db);
  owner = await insertTestStaff(h.db, shop, "owner");
  aftersale = await insertTestStaff(h.db, shop, "aftersale");
  stranger = await insertTestStaff(h.db, otherShop, "owner");
  ids.a = await insertTestCustomer(h.pool, shop, { name: "张三" });
  ids.b = await insertTestCustomer(h.pool, shop, { name: "李四" });
  ids.merged = await insertTestCustomer(h.pool, shop, { name: "张合并", mergedInto: ids.a });
  ids.anonymised = await insertTestCustomer(h.pool, shop, { anonymised: true });
  ids.other = await insertTestCustomer(h.pool, otherShop, { name: "别家" });
});
afterAll(() => h?.dispose());

describe("managing tags", () => {
  it("creates, renames, recolours and lists tags; names are unique per shop", async () => {
    const vip = await createTag(h.db, owner, shop.id, { name: "  高价值  ", color: "gold" });
    expect(vip).toMatchObject({ name: "高价值", color: "gold", automatic: false, customerCount: 0 });
    expect(vip.createdBy).toBe(owner.name);
    await expect(createTag(h.db, owner, shop.id, { name: "高价值" })).rejects.toMatchObject({
      code: "tag_exists",
      data: { name: "高价值" },
    });
    // Another shop may use the same name.
    await expect(createTag(h.db, stranger, otherShop.id, { name: "高价值" })).resolves.toMatchObject({
      name: "高价值",
    });

    const other = await createTag(h.db, owner, shop.id, { name: "敏感肌" });
    await expect(updateTag(h.db, owner, shop.id, other.id, { name: "高价值" })).rejects.toMatchObject({
      code: "tag_exists",
    });
    const renamed = await updateTag(h.db, owner, shop.id, other.id, { name: "敏感肌肤", color: "pink" });
    expect(renamed).toMatchObject({ name: "敏感肌肤", color: "pink" });
    expect(await updateTag(h.db, owner, shop.id, other.id, { color: null })).toMatchObject({
      name: "敏感肌肤",
      color: null,
    });
    const names = (await listTags(h.db, aftersale, shop.id)).map((t) => t.name);
    expect(names).toContain("高价值");
    expect(names).toContain("敏感肌肤");
  });

  it("validates names and colours", async () => {
    for (const input of [{ name: "" }, { name: "x".repeat(41) }, { name: "ok", color: "chartreuse" }]) {
      await expect(createTag(h.db, owner, shop.id, input as never)).rejects.toMatchObject({
        code: "invalid_input",
      });
    }
    await expect(createTag(h.db, owner, shop.id, { name: "ok", rule: {} } as never)).rejects.toMatchObject({
      code: "invalid_input",
      data: { field: "rule" },
    });
  });

  it("needs settings to manage tags; another shop's tags are not found", async () => {
    await expect(createTag(h.db, aftersale, shop.id, { name: "售后" })).rejects.toMatchObject({
      code: "forbidden",
      data: { permission: "settings" },
    });
    const tag = await createTag(h.db, owner, shop.id, { name: "本店" });
    await expect(updateTag(h.db, stranger, otherShop.id, tag.id, { name: "x" })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(deleteTag(h.db, stranger, otherShop.id, tag.id)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(listTags(h.db, stranger, shop.id)).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("tagging customers", () => {
  it("is idempotent and records who tagged", async () => {
    const tag = await createTag(h.db, owner, shop.id, { name: "回头客" });
    const first = await tagCustomer(h.db, aftersale, shop.id, ids.a, tag.id);
    const again = await tagCustomer(h.db, owner, shop.id, ids.a, tag.id);
    expect(again).toEqual(first);
    expect(first.filter((t) => t.id === tag.id)).toEqual([
      expect.objectContaining({
        source: "manual",
        taggedBy: aftersale.name,
        taggedByMemberId: aftersale.memberId,
      }),
    ]);
    // The command line has no member id, but a name.
    await tagCustomer(h.db, OPERATOR, shop.id, ids.b, tag.id);
    const b = await listCustomerTags(h.db, owner, shop.id, ids.b);
    expect(b.find((t) => t.id === tag.id)).toMatchObject({ taggedBy: "cli", taggedByMemberId: null });

    await untagCustomer(h.db, aftersale, shop.id, ids.b, tag.id);
    // Taking off a tag that is not there changes nothing either.
    expect(await untagCustomer(h.db, aftersale, shop.id, ids.b, tag.id)).toEqual(
      b.filter((t) => t.id !== tag.id),
    );
  });

  it("tags only live customers of the shop", async () => {
    const tag = await createTag(h.db, owner, shop.id, { name: "单个" });
    for (const id of [ids.merged, ids.anonymised, ids.other, 999_999]) {
      await expect(tagCustomer(h.db, owner, shop.id, id, tag.id)).rejects.toMatchObject({
        code: "not_found",
      });
    }
    await expect(tagCustomer(h.db, stranger, otherShop.id, ids.a, tag.id)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(tagCustomer(h.db, owner, shop.id, ids.a, tag.id + 1000)).rejects.toMatchObject({
      code: "not_found",
    });
    const analyst = await insertTestStaff(h.db, shop, "analyst");
    await expect(tagCustomer(h.db, analyst, shop.id, ids.a, tag.id)).rejects.toMatchObject({
      code: "forbidden",
      data: { permission: "customers:write" },
    });
  });

  it("refuses automatic tags by hand, and rule-given tags cannot be taken off by hand", async () => {
    const tag = await createTag(h.db, owner, shop.id, { name: "沉睡客户" });
    await h.pool.query(`update tags set rule = '{"all": []}' where shop_id = $1 and id = $2`, [
      shop.id,
      tag.id,
    ]);
    await expect(tagCustomer(h.db, owner, shop.id, ids.a, tag.id)).rejects.toMatchObject({
      code: "tag_is_automatic",
      data: { name: "沉睡客户" },
    });
    await expect(tagCustomers(h.db, owner, shop.id, tag.id, { customerIds: [ids.a] })).rejects.toMatchObject({
      code: "tag_is_automatic",
    });
    await h.pool.query(
      "insert into customer_tags (shop_id, customer_id, tag_id, source) values ($1, $2, $3, 'rule')",
      [shop.id, ids.b, tag.id],
    );
    await expect(untagCustomer(h.db, owner, shop.id, ids.b, tag.id)).rejects.toMatchObject({
      code: "tag_is_automatic",
    });
    const listed = (await listTags(h.db, owner, shop.id)).find((t) => t.id === tag.id);
    expect(listed).toMatchObject({ automatic: true, customerCount: 1 });
  });

  it("bulk-tags live customers, skips the rest, and changes nothing the second time", async () => {
    const tag = await createTag(h.db, owner, shop.id, { name: "活动名单" });
    const customerIds = [ids.a, ids.b, ids.merged, ids.anonymised, ids.other, 999_999, ids.a];
    const first = await tagCustomers(h.db, aftersale, shop.id, tag.id, { customerIds });
    expect(first).toEqual({
      tagged: 2,
      unchanged: 0,
      skipped: [ids.merged, ids.anonymised, ids.other, 999_999],
    });
    const second = await tagCustomers(h.db, aftersale, shop.id, tag.id, { customerIds });
    expect(second).toMatchObject({ tagged: 0, unchanged: 2 });
    const { rows } = await h.pool.query(
      "select customer_id from customer_tags where shop_id = $1 and tag_id = $2",
      [shop.id, tag.id],
    );
    expect(rows.map((r) => Number(r.customer_id)).sort()).toEqual([ids.a, ids.b].sort());
    const otherRows = await h.pool.query("select 1 from customer_tags where shop_id = $1", [otherShop.id]);
    expect(otherRows.rowCount).toBe(0);

    const audit = await listAudit(h.db, owner, shop.id, { action: "customers.tagged" });
    const mine = audit.items.filter((e) => e.data.tagId === tag.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      targetType: "customer",
      data: { tag: "活动名单", tagged: 2, skipped: 4 },
    });
    expect([...(mine[0]?.targetIds ?? [])].sort()).toEqual([String(ids.a), String(ids.b)].sort());
  });

  it("takes at most 1000 ids per call", async () => {
    const tag = await createTag(h.db, owner, shop.id, { name: "上限" });
    const customerIds = Array.from({ length: 1001 }, (_, i) => i + 1);
    await expect(tagCustomers(h.db, owner, shop.id, tag.id, { customerIds })).rejects.toMatchObject({
      code: "invalid_input",
      data: { field: "customerIds" },
    });
    await expect(tagCustomers(h.db, owner, shop.id, tag.id, { customerIds: [] })).rejects.toMatchObject({
      code: "invalid_input",
    });
  });

  it("deleting a tag takes it off every customer and is audited", async () => {
    const tag = await createTag(h.db, owner, shop.id, { name: "临时" });
    await tagCustomers(h.db, owner, shop.id, tag.id, { customerIds: [ids.a, ids.b] });
    expect((await listTags(h.db, owner, shop.id)).find((t) => t.id === tag.id)?.customerCount).toBe(2);
    expect(await deleteTag(h.db, owner, shop.id, tag.id)).toEqual({ id: tag.id, customers: 2 });
    const { rowCount } = await h.pool.query(
      "select 1 from customer_tags where shop_id = $1 and tag_id = $2",
      [shop.id, tag.id],
    );
    expect(rowCount).toBe(0);
    await expect(deleteTag(h.db, owner, shop.id, tag.id)).rejects.toMatchObject({ code: "not_found" });
    const audit = await listAudit(h.db, owner, shop.id, { action: "tag.deleted" });
    expect(audit.items[0]).toMatchObject({
      targetIds: [String(tag.id)],
      data: { name: "临时", customers: 2 },
    });
    const created = await listAudit(h.db, owner, shop.id, {
      action: "tag.created",
      targetId: String(tag.id),
    });
    expect(created.items).toHaveLength(1);
  });
});
