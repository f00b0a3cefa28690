import { createTestDatabase } from "@laoke/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymiseCustomer } from "../customers/index.ts";
import { OPERATOR, type StaffActor } from "../shared/actor.ts";
import type { Shop } from "../shops/index.ts";
import { insertTestCustomer } from "../testing/customers.ts";
import { buildShop, tempDir } from "../testing/fixtures.ts";
import { writeCsv } from "../testing/sheet-files.ts";
import { insertTestStaff } from "../testing/staff.ts";
import {
  createGroup,
  deleteGroup,
  importRoster,
  listGroupMembers,
  listGroups,
  matchGroupMember,
  updateGroup,
} from "./index.ts";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let shop: Shop;
let otherShop: Shop;
let owner: StaffActor;
let aftersale: StaffActor;
let analyst: StaffActor;
let stranger: StaffActor;
const ids = { wang: 0, other: 0 };

const audit = async (action: string) =>
  (
    await h.pool.query(
      "select target_ids, data from audit_events where shop_id = $1 and action = $2 order by id",
      [shop.id, action],
    )
  ).rows;

beforeAll(async () => {
  h = await createTestDatabase();
  shop = await buildShop(h.db);
  otherShop = await buildShop(h.db);
  owner = await insertTestStaff(h.db, shop, "owner");
  aftersale = await insertTestStaff(h.db, shop, "aftersale");
  analyst = await insertTestStaff(h.db, shop, "analyst");
  stranger = await insertTestStaff(h.db, otherShop, "owner");
  ids.wang = await insertTestCustomer(h.pool, shop, {
    name: "王五",
    identities: [
      { platform: "*", kind: "phone", value: "13800138000" },
      { platform: "taobao", kind: "nick", value: "tb_wangwu" },
    ],
  });
  ids.other = await insertTestCustomer(h.pool, otherShop, { name: "别家" });
});
afterAll(() => h?.dispose());

describe("customer groups", () => {
  it("are created, renamed and deleted with settings, names unique in the shop, audited", async () => {
    const group = await createGroup(h.db, owner, shop.id, { name: " 老客群 ", description: "双11 老客" });
    expect(group).toMatchObject({ name: "老客群", channel: "wechat", memberCount: 0, lurkerCount: 0 });
    await expect(createGroup(h.db, aftersale, shop.id, { name: "售后群" })).rejects.toMatchObject({
      code: "forbidden",
      data: { permission: "settings" },
    });
    await expect(createGroup(h.db, owner, shop.id, { name: "老客群" })).rejects.toMatchObject({
      code: "group_exists",
      data: { name: "老客群" },
    });
    await expect(
      createGroup(h.db, owner, shop.id, { name: "x", channel: "line" as never }),
    ).rejects.toMatchObject({
      code: "invalid_input",
      data: { field: "channel" },
    });
    const second = await createGroup(h.db, owner, shop.id, { name: "QQ 群", channel: "qq" });
    await expect(updateGroup(h.db, owner, shop.id, second.id, { name: "老客群" })).rejects.toMatchObject({
      code: "group_exists",
    });
    const renamed = await updateGroup(h.db, owner, shop.id, second.id, {
      name: "QQ 老客群",
      description: null,
    });
    expect(renamed).toMatchObject({ name: "QQ 老客群", channel: "qq", description: null });
    expect((await listGroups(h.db, analyst, shop.id)).map((g) => g.name)).toEqual(["QQ 老客群", "老客群"]);
    expect(await listGroups(h.db, stranger, otherShop.id)).toEqual([]);
    await expect(
      updateGroup(h.db, stranger, otherShop.id, second.id, { name: "偷改" }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await deleteGroup(h.db, owner, shop.id, second.id)).toEqual({ id: second.id, members: 0 });
    await expect(deleteGroup(h.db, owner, shop.id, second.id)).rejects.toMatchObject({ code: "not_found" });
    expect((await audit("group.updated"))[0]?.data).toMatchObject({ from: "QQ 群", name: "QQ 老客群" });
    expect((await audit("group.deleted"))[0]?.target_ids).toEqual([String(second.id)]);
  });

  it("show members' phones masked unless the caller may read personal data", async () => {
    const group = await createGroup(h.db, owner, shop.id, { name: "手机号群" });
    const file = writeCsv(
      tempDir(),
      "r.csv",
      ["微信昵称", "电话"],
      [
        ["阿王", "0086-138-0013-8000"],
        ["阿陌", "13912345678"],
      ],
    );
    const result = await importRoster(h.db, aftersale, {
      shop,
      groupId: group.id,
      file: { path: file, name: "r.csv" },
    });
    expect(result).toMatchObject({ members: 2, matched: 1 });
    expect((await audit("group.roster_imported"))[0]).toMatchObject({
      target_ids: [String(group.id)],
      data: { name: "手机号群", file: "r.csv", inserted: 2, matched: 1, unmatched: 1 },
    });
    const masked = await listGroupMembers(h.db, aftersale, shop.id, group.id);
    expect(masked.items.map((m) => [m.name, m.phone, m.customerId, m.customer])).toEqual([
      ["阿王", "138****8000", ids.wang, { id: ids.wang, name: "王*", nick: "tb_wangwu" }],
      ["阿陌", "139****5678", null, null],
    ]);
    const clear = await listGroupMembers(h.db, owner, shop.id, group.id);
    expect(clear.items.map((m) => m.phone)).toEqual(["13800138000", "13912345678"]);
    // The customer's name stays masked even for pii:read: the customer page unmasks, audited.
    expect(clear.items[0]?.customer).toEqual({ id: ids.wang, name: "王*", nick: "tb_wangwu" });
    await expect(
      importRoster(h.db, analyst, { shop, groupId: group.id, file: { path: file, name: "r.csv" } }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(listGroupMembers(h.db, stranger, otherShop.id, group.id)).rejects.toMatchObject({
      code: "not_found",
    });

    // Matching by hand: a live customer of the shop only, masked in the answer too.
    const stray = masked.items[1]?.id ?? 0;
    await expect(
      matchGroupMember(h.db, aftersale, shop.id, group.id, stray, { customerId: ids.other }),
    ).rejects.toMatchObject({ code: "invalid_input", data: { field: "customerId" } });
    await expect(
      matchGroupMember(h.db, analyst, shop.id, group.id, stray, { customerId: ids.wang }),
    ).rejects.toMatchObject({ code: "forbidden" });
    const matched = await matchGroupMember(h.db, aftersale, shop.id, group.id, stray, {
      customerId: ids.wang,
    });
    expect(matched).toMatchObject({
      customerId: ids.wang,
      customer: { id: ids.wang, name: "王*", nick: "tb_wangwu" },
      matchedBy: "staff",
      phone: "139****5678",
    });
    const undone = await matchGroupMember(h.db, aftersale, shop.id, group.id, stray, { customerId: null });
    expect(undone).toMatchObject({ customerId: null, customer: null, matchedBy: null });
    await expect(
      matchGroupMember(h.db, stranger, otherShop.id, group.id, stray, { customerId: null }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("lose the roster lines of an erased customer", async () => {
    const group = await createGroup(h.db, owner, shop.id, { name: "注销群" });
    const id = await insertTestCustomer(h.pool, shop, {
      identities: [{ platform: "*", kind: "phone", value: "13700137000" }],
    });
    const file = writeCsv(
      tempDir(),
      "e.csv",
      ["昵称", "手机号"],
      [
        ["要注销的人", "13700137000"],
        ["留下的人", ""],
      ],
    );
    await importRoster(h.db, owner, { shop, groupId: group.id, file: { path: file, name: "e.csv" } });
    await anonymiseCustomer(h.db, OPERATOR, shop.id, id);
    const left = await listGroupMembers(h.db, owner, shop.id, group.id);
    expect(left.items.map((m) => m.name)).toEqual(["留下的人"]);
  });
});
