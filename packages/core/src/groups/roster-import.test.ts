import { createTestDatabase } from "@laoke/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATOR } from "../shared/actor.ts";
import type { Shop } from "../shops/index.ts";
import { insertTestCustomer } from "../testing/customers.ts";
import { buildShop, tempDir } from "../testing/fixtures.ts";
import { writeCsv, writeXlsx } from "../testing/sheet-files.ts";
import { createGroup, importRoster, listGroupMembers, listGroups, matchGroupMember } from "./index.ts";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let shop: Shop;
let otherShop: Shop;
const dir = tempDir("laoke-roster-");
const ids: Record<string, number> = {};
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

const HEADER = ["群昵称", "手机号", "入群时间", "最后发言时间"];
const ROWS = [
  ["小王", "+86 138 0013 8000", "2024-01-01", ""],
  ["小李", "138-0013-8001", "2024-01-01 20:00", ""],
  ["赵六", "", "2024-01-01", daysAgo(2)],
  ["路人甲", "139****0000", "", ""],
  ["新人", "", daysAgo(3), ""],
  ["张三", "", "2024-02-01", ""],
  ["", "", "2024-02-01", ""],
];

const roster = (groupId: number, file: string, name = "群成员.csv") =>
  importRoster(h.db, OPERATOR, { shop, groupId, file: { path: file, name } });

async function members(groupId: number) {
  const { rows } = await h.pool.query(
    `select member_key, member_name, member_phone, customer_id::int, matched_by, joined_at::text, imported_at
       from customer_group_members where shop_id = $1 and group_id = $2 order by id`,
    [shop.id, groupId],
  );
  return rows;
}

beforeAll(async () => {
  h = await createTestDatabase();
  shop = await buildShop(h.db);
  otherShop = await buildShop(h.db);
  const phone = (value: string) => [{ platform: "*", kind: "phone" as const, value }];
  ids.wang = await insertTestCustomer(h.pool, shop, {
    identities: phone("13800138000"),
    orders: [{ externalId: "W1", orderedAt: daysAgo(5), status: "paid" }],
  });
  ids.li = await insertTestCustomer(h.pool, shop, {
    identities: phone("13800138001"),
    orders: [
      { externalId: "L1", orderedAt: daysAgo(200), status: "completed" },
      { externalId: "L2", orderedAt: daysAgo(3), status: "closed" },
    ],
  });
  ids.zhao = await insertTestCustomer(h.pool, shop, { name: "赵六" });
  ids.zhang1 = await insertTestCustomer(h.pool, shop, { name: "张三" });
  ids.zhang2 = await insertTestCustomer(h.pool, shop, { name: "张三" });
  // Another shop's customer with the same phone never matches.
  await insertTestCustomer(h.pool, otherShop, { name: "小王", identities: phone("13800138002") });
});
afterAll(() => h?.dispose());

describe("importing a group roster", () => {
  it("matches lines by normalised phone or a unique exact name and keeps the rest unmatched", async () => {
    const group = await createGroup(h.db, OPERATOR, shop.id, { name: "老客福利群" });
    const result = await roster(group.id, writeCsv(dir, "roster.csv", HEADER, ROWS));
    expect(result).toMatchObject({
      members: 6,
      inserted: 6,
      unchanged: 0,
      removed: 0,
      matched: 3,
      unmatched: 3,
      rejected: 1,
    });
    expect(result.rejects.map((r) => [r.file, r.row, r.field, r.code])).toEqual([
      ["群成员.csv", 8, "群昵称", "missing_field"],
    ]);
    expect(
      (await members(group.id)).map((m) => [m.member_name, m.member_phone, m.customer_id, m.matched_by]),
    ).toEqual([
      ["小王", "13800138000", ids.wang, "phone"],
      ["小李", "13800138001", ids.li, "phone"],
      ["赵六", null, ids.zhao, "name"],
      // A masked phone is no phone; two customers named 张三 name neither.
      ["路人甲", null, null, null],
      ["新人", null, null, null],
      ["张三", null, null, null],
    ]);
    expect((await members(group.id))[1]?.joined_at).toBe("2024-01-01");
  });

  it("finds lurkers: silent for N days, no paid order in them, not new in the group", async () => {
    const group = (await listGroups(h.db, OPERATOR, shop.id)).find((g) => g.name === "老客福利群");
    expect(group).toMatchObject({ memberCount: 6, matchedCount: 3, lurkerCount: 3, lurkerDays: 30 });
    const lurkers = await listGroupMembers(h.db, OPERATOR, shop.id, group?.id ?? 0, { lurkers: "1" });
    expect(lurkers.items.map((m) => m.name)).toEqual(["小李", "路人甲", "张三"]);
    expect(lurkers.lurkerDays).toBe(30);
    const year = await listGroupMembers(h.db, OPERATOR, shop.id, group?.id ?? 0, {
      lurkers: true,
      days: 365,
    });
    expect(year.items.map((m) => m.name)).toEqual(["路人甲", "张三"]);
    expect((await listGroups(h.db, OPERATOR, shop.id, { days: 365 }))[0]?.lurkerCount).toBe(2);
    const unmatched = await listGroupMembers(h.db, OPERATOR, shop.id, group?.id ?? 0, {
      unmatched: "1",
      limit: 2,
    });
    expect(unmatched.items.map((m) => m.name)).toEqual(["路人甲", "新人"]);
    const rest = await listGroupMembers(h.db, OPERATOR, shop.id, group?.id ?? 0, {
      unmatched: "1",
      cursor: unmatched.nextCursor ?? "",
    });
    expect(rest).toMatchObject({ items: [{ name: "张三" }], nextCursor: null });
    expect(year.items[0]).toMatchObject({ customerId: null, lastPaidOrderAt: null });
    const li = (await listGroupMembers(h.db, OPERATOR, shop.id, group?.id ?? 0)).items[1];
    expect(li?.lastPaidOrderAt?.getTime()).toBeLessThan(Date.now() - 199 * 86_400_000);
  });

  it("replaces the roster idempotently and keeps matches staff made by hand", async () => {
    const group = await createGroup(h.db, OPERATOR, shop.id, { name: "复购群", channel: "qq" });
    const file = writeCsv(dir, "roster-again.csv", HEADER, ROWS);
    await roster(group.id, file);
    const before = await members(group.id);
    const again = await roster(group.id, file);
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 6, removed: 0, matched: 3 });
    expect(await members(group.id)).toEqual(before);

    const lurker = (await listGroupMembers(h.db, OPERATOR, shop.id, group.id, { unmatched: true })).items[0];
    const matched = await matchGroupMember(h.db, OPERATOR, shop.id, group.id, lurker?.id ?? 0, {
      customerId: ids.zhang2,
    });
    expect(matched).toMatchObject({ name: "路人甲", customerId: ids.zhang2, matchedBy: "staff" });
    // Next week's roster, as XLSX: 新人 left, 小王 spoke; the hand match survives.
    const next = ROWS.filter((r) => r[0] !== "新人").map((r) =>
      r[0] === "小王" ? [...r.slice(0, 3), daysAgo(1)] : r,
    );
    const result = await roster(group.id, await writeXlsx(dir, "roster.xlsx", HEADER, next), "roster.xlsx");
    expect(result).toMatchObject({
      members: 5,
      inserted: 0,
      updated: 1,
      unchanged: 4,
      removed: 1,
      matched: 4,
    });
    const now = await members(group.id);
    expect(now.find((m) => m.member_name === "路人甲")).toMatchObject({
      customer_id: ids.zhang2,
      matched_by: "staff",
    });
    expect(now.map((m) => m.member_name)).not.toContain("新人");
  });

  it("refuses a sheet without a name or phone column, and another shop's group", async () => {
    const group = await createGroup(h.db, OPERATOR, shop.id, { name: "空群" });
    const bad = writeCsv(dir, "bad.csv", ["订单编号", "金额"], [["1", "2"]], "utf-8");
    await expect(roster(group.id, bad, "bad.csv")).rejects.toMatchObject({
      code: "roster_columns_missing",
      data: { file: "bad.csv" },
    });
    const foreign = await createGroup(h.db, OPERATOR, otherShop.id, { name: "别家群" });
    await expect(roster(foreign.id, writeCsv(dir, "r.csv", HEADER, ROWS))).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await members(foreign.id)).toEqual([]);
  });
});
