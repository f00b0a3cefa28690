import { createTestDatabase } from "@laoke/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAudit } from "../audit/index.ts";
import type { StaffActor } from "../shared/actor.ts";
import type { Shop } from "../shops/index.ts";
import { insertTestCustomer } from "../testing/customers.ts";
import { buildShop } from "../testing/fixtures.ts";
import { insertTestStaff } from "../testing/staff.ts";
import { getCustomer, updateCustomerProfile } from "./index.ts";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let shop: Shop;
let otherShop: Shop;
let owner: StaffActor;
let aftersale: StaffActor;
let stranger: StaffActor;
const ids = { a: 0, merged: 0, anonymised: 0 };

beforeAll(async () => {
  h = await createTestDatabase();
  shop = await buildShop(h.db);
  otherShop = await buildShop(h.db);
  owner = await insertTestStaff(h.db, shop, "owner");
  aftersale = await insertTestStaff(h.db, shop, "aftersale");
  stranger = await insertTestStaff(h.db, otherShop, "owner");
  ids.a = await insertTestCustomer(h.pool, shop, {
    name: "张*",
    phone: "138****1234",
    province: "浙江省",
    city: "杭州市",
    identities: [{ platform: "taobao", kind: "nick", value: "tb_zhang" }],
  });
  ids.merged = await insertTestCustomer(h.pool, shop, { mergedInto: ids.a });
  ids.anonymised = await insertTestCustomer(h.pool, shop, { anonymised: true });
});
afterAll(() => h?.dispose());

describe("editing a customer's profile", () => {
  it("changes the given fields, answers masked, and audits the field names only", async () => {
    await h.pool.query(
      "insert into report_cache (shop_id, cache_key, data_version, body, compute_ms) values ($1, 'x', 'v', '{}', 1)",
      [shop.id],
    );
    const profile = await updateCustomerProfile(h.db, aftersale, shop.id, ids.a, {
      name: "张三丰",
      gender: "male",
      birthday: "1990-05-12",
      phone: "13812341234",
      email: "zhang@example.com",
      province: "浙江省",
      city: "宁波市",
      address: "中山路1号",
      zip: "315000",
      note: "  老客,先打电话  ",
      acceptsSmsMarketing: false,
    });
    expect(profile).toMatchObject({
      id: ids.a,
      name: "张**",
      phone: "138****1234",
      email: "z***@example.com",
      gender: "male",
      birthdayMonthDay: "05-12",
      province: "浙江省",
      city: "宁波市",
      address: null,
      zip: null,
      note: "老客,先打电话",
      acceptsSmsMarketing: false,
      acceptsEmailMarketing: null,
    });
    const { rows } = await h.pool.query(
      "select name, name_masked, phone, phone_masked, address, birthday::text from customers where shop_id = $1 and id = $2",
      [shop.id, ids.a],
    );
    expect(rows[0]).toEqual({
      name: "张三丰",
      name_masked: false,
      phone: "13812341234",
      phone_masked: false,
      address: "中山路1号",
      birthday: "1990-05-12",
    });

    const audit = await listAudit(h.db, owner, shop.id, { action: "customer.updated" });
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({ targetType: "customer", targetIds: [String(ids.a)] });
    // Province was unchanged: only what changed is named.
    expect(audit.items[0]?.data).toEqual({
      fields: [
        "name",
        "gender",
        "birthday",
        "phone",
        "email",
        "city",
        "address",
        "zip",
        "note",
        "acceptsSmsMarketing",
      ],
    });
    const logged = JSON.stringify(audit.items);
    for (const value of ["13812341234", "中山路", "张三丰", "zhang@example.com"])
      expect(logged).not.toContain(value);

    // The city feeds the shop's reports: their cached answers are dropped.
    const cache = await h.pool.query("select 1 from report_cache where shop_id = $1", [shop.id]);
    expect(cache.rowCount).toBe(0);
    // A typed phone or email is profile data, not an identity.
    const detail = await getCustomer(h.db, owner, shop.id, ids.a);
    expect(detail.identities.map((i) => i.kind)).toEqual(["nick"]);
    expect(detail.customer.phone).toBe("138****1234");
  });

  it("clears fields with null or blank text, and records nothing when nothing changes", async () => {
    const profile = await updateCustomerProfile(h.db, owner, shop.id, ids.a, {
      email: "",
      note: null,
      gender: null,
    });
    expect(profile).toMatchObject({ email: null, note: null, gender: null });
    const before = (await listAudit(h.db, owner, shop.id, { action: "customer.updated" })).items.length;
    await updateCustomerProfile(h.db, owner, shop.id, ids.a, { email: null, city: "宁波市" });
    await updateCustomerProfile(h.db, owner, shop.id, ids.a, {});
    expect((await listAudit(h.db, owner, shop.id, { action: "customer.updated" })).items).toHaveLength(
      before,
    );
  });

  it("validates the fields", async () => {
    const bad = [
      { field: "email", input: { email: "not-an-email" } },
      { field: "birthday", input: { birthday: "1990-02-30" } },
      { field: "phone", input: { phone: "call me" } },
      { field: "gender", input: { gender: "other" } },
      { field: "name", input: { name: "长".repeat(101) } },
      { field: "identities", input: { identities: [] } },
    ];
    for (const { field, input } of bad) {
      await expect(updateCustomerProfile(h.db, owner, shop.id, ids.a, input as never)).rejects.toMatchObject({
        code: "invalid_input",
        data: { field },
      });
    }
  });

  it("edits only live customers of the actor's shop, with customers:write", async () => {
    for (const id of [ids.merged, ids.anonymised, 999_999]) {
      await expect(updateCustomerProfile(h.db, owner, shop.id, id, { note: "x" })).rejects.toMatchObject({
        code: "not_found",
      });
    }
    await expect(updateCustomerProfile(h.db, stranger, shop.id, ids.a, { note: "x" })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      updateCustomerProfile(h.db, stranger, otherShop.id, ids.a, { note: "x" }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
    const analyst = await insertTestStaff(h.db, shop, "analyst");
    await expect(updateCustomerProfile(h.db, analyst, shop.id, ids.a, { note: "x" })).rejects.toMatchObject({
      code: "forbidden",
      data: { permission: "customers:write" },
    });
  });
});
