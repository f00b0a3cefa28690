import { createTestDatabase } from "@laoke/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGroup, importRoster, listGroupMembers } from "../groups/index.ts";
import { OPERATOR } from "../shared/actor.ts";
import type { Shop } from "../shops/index.ts";
import { insertTestCustomer } from "../testing/customers.ts";
import { buildShop, tempDir } from "../testing/fixtures.ts";
import { writeCsv } from "../testing/sheet-files.ts";
import { countSegment, createSegment, describeFields, parseRule } from "./index.ts";

// The customer-group fields of the segment catalogue (migration 0011) on a real roster.
let h: Awaited<ReturnType<typeof createTestDatabase>>;
let shop: Shop;
let otherShop: Shop;
const groups = { vip: 0, qq: 0, foreign: 0 };
const ids: Record<string, number> = {};
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
const count = async (rule: unknown) => (await countSegment(h.db, OPERATOR, shop.id, rule)).count;

async function roster(s: Shop, groupId: number, rows: string[][]) {
  const file = writeCsv(tempDir(), "r.csv", ["昵称", "手机号", "最后发言时间"], rows, "utf-8");
  await importRoster(h.db, OPERATOR, { shop: s, groupId, file: { path: file, name: "r.csv" } });
}

beforeAll(async () => {
  h = await createTestDatabase();
  shop = await buildShop(h.db);
  otherShop = await buildShop(h.db);
  const phone = (value: string) => [{ platform: "*", kind: "phone" as const, value }];
  // Buyer: paid 5 days ago, silent in the group. Sleeper: paid long ago, silent. Talker: speaks.
  ids.buyer = await insertTestCustomer(h.pool, shop, {
    identities: phone("13800000001"),
    orders: [{ externalId: "B1", orderedAt: daysAgo(5) }],
  });
  ids.sleeper = await insertTestCustomer(h.pool, shop, {
    identities: phone("13800000002"),
    orders: [{ externalId: "S1", orderedAt: daysAgo(100) }],
  });
  ids.talker = await insertTestCustomer(h.pool, shop, { identities: phone("13800000003") });
  ids.outsider = await insertTestCustomer(h.pool, shop, { name: "不在群里" });
  groups.vip = (await createGroup(h.db, OPERATOR, shop.id, { name: "VIP 群" })).id;
  groups.qq = (await createGroup(h.db, OPERATOR, shop.id, { name: "QQ 群", channel: "qq" })).id;
  await roster(shop, groups.vip, [
    ["买家", "13800000001", ""],
    ["睡客", "13800000002", ""],
    ["话痨", "13800000003", daysAgo(1)],
    ["路人", "", ""],
  ]);
  await roster(shop, groups.qq, [["睡客", "13800000002", daysAgo(10)]]);
  // Another shop's group holding a customer id of this shop never counts.
  groups.foreign = (await createGroup(h.db, OPERATOR, otherShop.id, { name: "别家群" })).id;
  await h.pool.query(
    `insert into customer_group_members (shop_id, group_id, member_key, member_name) values ($1, $2, 'n:x', 'x')`,
    [otherShop.id, groups.foreign],
  );
});
afterAll(() => h?.dispose());

describe("segment fields on customer groups", () => {
  it("are in the catalogue with their operators", () => {
    const fields = describeFields();
    expect(fields.find((f) => f.name === "groups")).toMatchObject({
      type: "groups",
      operators: ["has_any", "has_none"],
    });
    expect(fields.find((f) => f.name === "lurker_in_group")).toMatchObject({
      type: "lurker",
      operators: ["is_lurker", "not_lurker"],
    });
  });

  it("test membership of any or none of the given groups", async () => {
    expect(await count({ field: "groups", op: "has_any", value: [groups.vip] })).toBe(3);
    expect(await count({ field: "groups", op: "has_any", value: [groups.qq] })).toBe(1);
    expect(await count({ field: "groups", op: "has_none", value: [groups.vip, groups.qq] })).toBe(1);
    expect(await count({ field: "groups", op: "has_any", value: [groups.foreign] })).toBe(0);
  });

  it("find lurkers in any group as the groups feature does, N days being the value", async () => {
    // Sleeper is silent in VIP (no activity, paid 100 days ago) though talking in QQ 10 days ago.
    expect(await count({ field: "lurker_in_group", op: "is_lurker", value: 30 })).toBe(1);
    // Within 3 days the buyer has not bought either; the talker spoke yesterday.
    expect(await count({ field: "lurker_in_group", op: "is_lurker", value: 3 })).toBe(2);
    expect(await count({ field: "lurker_in_group", op: "is_lurker", value: 365 })).toBe(0);
    expect(await count({ field: "lurker_in_group", op: "not_lurker", value: 30 })).toBe(3);
    const listed = await listGroupMembers(h.db, OPERATOR, shop.id, groups.vip, { lurkers: true, days: 30 });
    const matchedLurkers = listed.items.filter((m) => m.customerId !== null).map((m) => m.customerId);
    expect(matchedLurkers).toEqual([ids.sleeper]);
    const segment = await createSegment(h.db, OPERATOR, shop.id, {
      name: "群里潜水的老客",
      rule: {
        all: [
          { field: "groups", op: "has_any", value: [groups.vip] },
          { field: "lurker_in_group", op: "is_lurker", value: 30 },
        ],
      },
    });
    expect(segment.memberCount).toBe(1);
  });

  it("check their values", () => {
    for (const bad of [
      { field: "lurker_in_group", op: "is_lurker" },
      { field: "lurker_in_group", op: "is_lurker", value: 0 },
      { field: "lurker_in_group", op: "has_any", value: [1] },
      { field: "groups", op: "has_any", value: ["VIP 群"] },
      { field: "groups", op: "has_all", value: [1] },
    ]) {
      expect(() => parseRule(bad), JSON.stringify(bad)).toThrow(
        expect.objectContaining({ code: "invalid_rule" }),
      );
    }
  });
});
