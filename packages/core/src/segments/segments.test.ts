import { createTestDatabase } from "@laoke/db/testing";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listCustomers } from "../customers/index.ts";
import { OPERATOR } from "../shared/actor.ts";
import { isDomainError } from "../shared/errors.ts";
import type { Shop } from "../shops/index.ts";
import { insertTestCustomer, type TestCustomer } from "../testing/customers.ts";
import { buildShop } from "../testing/fixtures.ts";
import {
  countSegment,
  createSegment,
  listSegmentEvents,
  refreshShopSegments,
  segmentTrend,
  setTagRule,
  updateSegment,
} from "./index.ts";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let shop: Shop;
const ids: Record<string, number> = {};
const product: Record<string, number> = {};
let vip = 0;
let gift = 0;

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

/** Put every line titled `title` on a product of that title (the test customers' lines have none). */
async function linkProduct(title: string): Promise<number> {
  const { rows } = await h.pool.query<{ id: number }>(
    `insert into products (shop_id, platform, product_key, title) values ($1, 'taobao', $2, $2) returning id`,
    [shop.id, title],
  );
  const id = Number(rows[0]?.id);
  await h.pool.query("update order_items set product_id = $3 where shop_id = $1 and title = $2", [
    shop.id,
    title,
    id,
  ]);
  return id;
}

async function tag(name: string, customers: number[]): Promise<number> {
  const { rows } = await h.pool.query<{ id: number }>(
    "insert into tags (shop_id, name) values ($1, $2) returning id",
    [shop.id, name],
  );
  const id = Number(rows[0]?.id);
  for (const c of customers) {
    await h.pool.query(
      "insert into customer_tags (shop_id, customer_id, tag_id, source) values ($1, $2, $3, 'manual')",
      [shop.id, c, id],
    );
  }
  return id;
}

const count = async (rule: unknown) => (await countSegment(h.db, OPERATOR, shop.id, rule)).count;

beforeAll(async () => {
  h = await createTestDatabase();
  shop = await buildShop(h.db, { timeZone: "Asia/Shanghai" });
  const people: Record<string, TestCustomer> = {
    // Big spender in Zhejiang, bought the dress recently and the coat long ago.
    wang: {
      name: "王小明",
      province: "浙江省",
      city: "杭州市",
      birthday: "1990-05-12",
      lastOrderAt: daysAgo(5),
      identities: [{ platform: "taobao", kind: "nick", value: "wang" }],
      metrics: { paidOrders: 5, totalSpentFen: 250_000, churnStatus: "active", pAlive: 0.9, clvFen: 90_000 },
      orders: [
        {
          externalId: "W1",
          orderedAt: daysAgo(5),
          paidFen: 50_000,
          items: [{ title: "连衣裙", unitPriceFen: 50_000 }],
        },
        {
          externalId: "W2",
          orderedAt: daysAgo(400),
          paidFen: 80_000,
          items: [{ title: "羊毛大衣", unitPriceFen: 80_000 }],
        },
      ],
    },
    // Small spender in Jiangsu, slipping away; the dress order was closed (never counts).
    li: {
      province: "江苏省",
      city: "南京市",
      lastOrderAt: daysAgo(200),
      identities: [
        { platform: "jd", kind: "nick", value: "li" },
        { platform: "taobao", kind: "nick", value: "li-tb" },
      ],
      metrics: { paidOrders: 1, totalSpentFen: 9_900, churnStatus: "at_risk", pAlive: 0.3, clvFen: 1_000 },
      orders: [
        {
          externalId: "L1",
          orderedAt: daysAgo(200),
          paidFen: 9_900,
          items: [{ title: "羊毛大衣", unitPriceFen: 9_900 }],
        },
        {
          externalId: "L2",
          orderedAt: daysAgo(10),
          status: "closed",
          items: [{ title: "连衣裙", unitPriceFen: 50_000 }],
        },
      ],
    },
    // Not analysed yet (no metrics), last order on 2025-01-01 00:30 in Shanghai (still 2024 in UTC).
    zhao: {
      province: "浙江省",
      city: "宁波市",
      lastOrderAt: "2025-01-01T00:30:00+08:00",
      identities: [{ platform: "pdd", kind: "phone", value: "13800000001" }],
      orders: [
        {
          externalId: "Z1",
          orderedAt: "2025-01-01T00:30:00+08:00",
          paidFen: 19_900,
          items: [{ title: "纯棉T恤 100%棉", unitPriceFen: 19_900 }],
        },
      ],
    },
  };
  for (const [key, c] of Object.entries(people)) ids[key] = await insertTestCustomer(h.pool, shop, c);
  // Never in a segment: merged away, anonymised, and a twin of wang in another shop.
  const twin = { ...people.wang, orders: [], identities: [] };
  ids.merged = await insertTestCustomer(h.pool, shop, { ...twin, mergedInto: ids.wang });
  ids.erased = await insertTestCustomer(h.pool, shop, { ...twin, anonymised: true });
  const other = await buildShop(h.db);
  ids.otherShop = await insertTestCustomer(h.pool, other, { ...people.wang, orders: [] });
  product.dress = await linkProduct("连衣裙");
  product.coat = await linkProduct("羊毛大衣");
  vip = await tag("VIP", [ids.wang as number, ids.li as number, ids.merged as number]);
  gift = await tag("送礼", [ids.wang as number]);
  // Product conditions read customer_products, which the refresh after each import builds.
  expect((await refreshShopSegments(h.db, shop.id)).products).toBe(3);
});
afterAll(() => h?.dispose());

describe("segment counts", () => {
  it("count live customers of the shop only, for profile and metric fields", async () => {
    expect(await count({ field: "province", op: "eq", value: "浙江省" })).toBe(2);
    expect(await count({ field: "total_spent_fen", op: "gte", value: 100_000 })).toBe(1);
    expect(await count({ field: "churn_status", op: "in", value: ["at_risk", "churned"] })).toBe(1);
    expect(await count({ field: "city", op: "contains", value: "州" })).toBe(1);
    expect(await count({ field: "birthday_month", op: "eq", value: 5 })).toBe(1);
    // A customer not analysed yet matches no metric condition, only is_not_set.
    expect(await count({ field: "p_alive", op: "lte", value: 1 })).toBe(2);
    expect(await count({ field: "p_alive", op: "is_not_set" })).toBe(1);
  });

  it("nest AND and OR", async () => {
    const rule = {
      all: [
        { field: "province", op: "in", value: ["浙江省", "江苏省"] },
        {
          any: [
            { field: "total_spent_fen", op: "lt", value: 10_000 },
            { field: "city", op: "eq", value: "宁波市" },
          ],
        },
      ],
    };
    expect(await count(rule)).toBe(2);
  });

  it("read days in the shop's time zone", async () => {
    // zhao's order at 00:30 on 2025-01-01 in Shanghai is on that day, not before it.
    expect(await count({ field: "last_order_at", op: "before", value: "2025-01-01" })).toBe(0);
    expect(await count({ field: "last_order_at", op: "between", value: ["2025-01-01", "2025-01-01"] })).toBe(
      1,
    );
    expect(await count({ field: "last_order_at", op: "after", value: "2024-12-31" })).toBe(3);
    expect(await count({ field: "last_order_at", op: "within_last_days", value: 30 })).toBe(1);
    expect(await count({ field: "last_order_at", op: "not_within_last_days", value: 30 })).toBe(2);
    // A customer with no paid order has no last order: only is_not_set finds them.
    const never = await insertTestCustomer(h.pool, shop, { province: "西藏自治区" });
    expect(await count({ field: "last_order_at", op: "before", value: "2030-01-01" })).toBe(3);
    expect(await count({ field: "last_order_at", op: "not_within_last_days", value: 30 })).toBe(2);
    expect(await count({ field: "last_order_at", op: "is_set" })).toBe(3);
    expect(await count({ field: "last_order_at", op: "is_not_set" })).toBe(1);
    await h.pool.query("update customers set merged_into_id = $2 where shop_id = $1 and id = $3", [
      shop.id,
      ids.wang,
      never,
    ]);
  });

  it("test tags: any, all, none", async () => {
    expect(await count({ field: "tags", op: "has_any", value: [vip, gift] })).toBe(2);
    expect(await count({ field: "tags", op: "has_all", value: [vip, gift] })).toBe(1);
    expect(await count({ field: "tags", op: "has_none", value: [vip] })).toBe(1);
  });

  it("test products bought, paid only, optionally recently", async () => {
    // li's dress order was closed: only wang bought the dress.
    expect(await count({ field: "products", op: "bought_any", value: [product.dress] })).toBe(1);
    expect(await count({ field: "products", op: "bought_any", value: [product.coat] })).toBe(2);
    expect(await count({ field: "products", op: "bought_all", value: [product.dress, product.coat] })).toBe(
      1,
    );
    expect(await count({ field: "products", op: "not_bought", value: [product.dress] })).toBe(2);
    expect(await count({ field: "products", op: "bought_any", value: [product.coat], withinDays: 300 })).toBe(
      1,
    );
    expect(await count({ field: "product_keyword", op: "bought", value: "100%" })).toBe(1);
    expect(await count({ field: "product_keyword", op: "bought", value: "%" })).toBe(1);
  });

  it("see purchases of later imports once the segments are refreshed", async () => {
    const rule = { field: "products", op: "bought_any", value: [product.dress] };
    expect(await count(rule)).toBe(1);
    // li buys the dress in a later import batch.
    const { rows } = await h.pool.query<{ id: number }>(
      "insert into import_batches (shop_id, status) values ($1, 'succeeded') returning id",
      [shop.id],
    );
    const { rows: order } = await h.pool.query<{ id: number }>(
      `insert into orders (shop_id, platform, external_id, customer_id, status, raw_status, ordered_at, paid_fen,
                           goods_fen, content_hash, batch_id)
       values ($1, 'taobao', 'L3', $2, 'paid', 'paid', now(), 50000, 50000, 0, $3) returning id`,
      [shop.id, ids.li, rows[0]?.id],
    );
    await h.pool.query(
      `insert into order_items (shop_id, order_id, line_no, title, attributes, unit_price_fen, quantity, product_id)
       values ($1, $2, 1, '连衣裙', '{}', 50000, 1, $3)`,
      [shop.id, order[0]?.id, product.dress],
    );
    const refresh = await refreshShopSegments(h.db, shop.id);
    // Only li's purchases were rebuilt: the dress and the coat.
    expect(refresh.products).toBe(2);
    expect(await count(rule)).toBe(2);
    expect(await count({ ...rule, withinDays: 1 })).toBe(1);
    await h.pool.query("update orders set status = 'closed', batch_id = $3 where shop_id = $1 and id = $2", [
      shop.id,
      order[0]?.id,
      rows[0]?.id,
    ]);
    await h.pool.query("update import_batches set id = id where shop_id = $1", [shop.id]);
    const { rows: next } = await h.pool.query<{ id: number }>(
      "insert into import_batches (shop_id, status) values ($1, 'succeeded') returning id",
      [shop.id],
    );
    await h.pool.query("update orders set batch_id = $3 where shop_id = $1 and id = $2", [
      shop.id,
      order[0]?.id,
      next[0]?.id,
    ]);
    await refreshShopSegments(h.db, shop.id);
    expect(await count(rule)).toBe(1);
  });

  it("test platforms", async () => {
    expect(await count({ field: "platforms", op: "has_any", value: ["jd", "pdd"] })).toBe(2);
    expect(await count({ field: "platforms", op: "has_none", value: ["taobao"] })).toBe(1);
  });

  it("refuse an invalid rule with its path", async () => {
    const error = await countSegment(h.db, OPERATOR, shop.id, {
      all: [{ field: "x", op: "eq", value: 1 }],
    }).catch((e) => e);
    expect(isDomainError(error) && error.code).toBe("invalid_rule");
    expect(error.data).toEqual({ path: "all[0].field", reason: "unknown_field" });
  });
});

describe("saved segments", () => {
  it("keep dynamic members current with a join/leave history, idempotently", async () => {
    const segment = await createSegment(h.db, OPERATOR, shop.id, {
      name: "高价值",
      rule: { field: "total_spent_fen", op: "gte", value: 50_000 },
    });
    expect(segment.memberCount).toBe(1);
    const members = await listCustomers(h.db, OPERATOR, shop.id, { segment: segment.id });
    expect(members.items.map((c) => c.id)).toEqual([ids.wang]);

    // li spends more, wang's spend is corrected down: one joins, one leaves.
    await h.pool.query(
      "update customer_metrics set total_spent_fen = 60000 where shop_id = $1 and customer_id = $2",
      [shop.id, ids.li],
    );
    await h.pool.query(
      "update customer_metrics set total_spent_fen = 100 where shop_id = $1 and customer_id = $2",
      [shop.id, ids.wang],
    );
    const refresh = await refreshShopSegments(h.db, shop.id);
    expect(refresh).toMatchObject({ segments: 1, joined: 1, left: 1 });
    const again = await refreshShopSegments(h.db, shop.id);
    expect(again).toMatchObject({ joined: 0, left: 0 });

    const events = await listSegmentEvents(h.db, OPERATOR, shop.id, segment.id, {});
    expect(events.items.map((e) => [e.customerId, e.event])).toEqual([
      [ids.wang, "left"],
      [ids.li, "joined"],
      [ids.wang, "joined"],
    ]);
    // Each event names its customer: the name masked, the first platform nick in clear.
    expect(events.items.map((e) => e.customer)).toEqual([
      { id: ids.wang, name: "王**", nick: "wang" },
      { id: ids.li, name: null, nick: "li" },
      { id: ids.wang, name: "王**", nick: "wang" },
    ]);
    const trend = await segmentTrend(h.db, OPERATOR, shop.id, segment.id);
    expect(trend.reduce((s, d) => s + d.joined, 0)).toBe(2);
    expect(trend.reduce((s, d) => s + d.left, 0)).toBe(1);

    // Changing the rule moves the members at once.
    const changed = await updateSegment(h.db, OPERATOR, shop.id, segment.id, {
      rule: { field: "province", op: "eq", value: "浙江省" },
    });
    expect(changed.memberCount).toBe(2);
    await h.pool.query(
      "update customer_metrics set total_spent_fen = 250000 where shop_id = $1 and customer_id = $2",
      [shop.id, ids.wang],
    );
  });

  it("keep a static snapshot as taken", async () => {
    const snapshot = await createSegment(h.db, OPERATOR, shop.id, {
      name: "江苏快照",
      kind: "static",
      rule: { field: "province", op: "eq", value: "江苏省" },
    });
    expect(snapshot.memberCount).toBe(1);
    await h.pool.query("update customers set province = '江苏省' where shop_id = $1 and id = $2", [
      shop.id,
      ids.zhao,
    ]);
    await refreshShopSegments(h.db, shop.id);
    const members = await listCustomers(h.db, OPERATOR, shop.id, { segment: snapshot.id });
    expect(members.items.map((c) => c.id)).toEqual([ids.li]);
    const error = await updateSegment(h.db, OPERATOR, shop.id, snapshot.id, {
      rule: { field: "city", op: "is_set" },
    }).catch((e) => e);
    expect(error.code).toBe("segment_static");
    await h.pool.query("update customers set province = '浙江省' where shop_id = $1 and id = $2", [
      shop.id,
      ids.zhao,
    ]);
  });

  it("refuse a second live segment of the same name", async () => {
    await createSegment(h.db, OPERATOR, shop.id, { name: "同名", rule: { field: "city", op: "is_set" } });
    const error = await createSegment(h.db, OPERATOR, shop.id, {
      name: "同名",
      rule: { field: "city", op: "is_set" },
    }).catch((e) => e);
    expect(error.code).toBe("segment_name_taken");
  });
});

describe("rule tags", () => {
  it("follow their rule but never take back a tag given by hand", async () => {
    const { rows } = await h.pool.query<{ id: number }>(
      "insert into tags (shop_id, name) values ($1, '江浙老客') returning id",
      [shop.id],
    );
    const tagId = Number(rows[0]?.id);
    // zhao was tagged by hand before the tag got a rule.
    await h.pool.query(
      "insert into customer_tags (shop_id, customer_id, tag_id, source) values ($1, $2, $3, 'manual')",
      [shop.id, ids.zhao, tagId],
    );
    const applied = await setTagRule(h.db, OPERATOR, shop.id, tagId, {
      field: "total_spent_fen",
      op: "gte",
      value: 9_000,
    });
    expect(applied).toEqual({ added: 2, removed: 0 });
    const tagged = async () =>
      (
        await sql<{ customer_id: number; source: string }>`select customer_id, source from customer_tags
          where shop_id = ${shop.id} and tag_id = ${tagId} order by customer_id`.execute(h.db)
      ).rows.map((r) => [r.customer_id, r.source]);
    expect(await tagged()).toEqual([
      [ids.wang, "rule"],
      [ids.li, "rule"],
      [ids.zhao, "manual"],
    ]);
    await h.pool.query(
      "update customer_metrics set total_spent_fen = 100 where shop_id = $1 and customer_id = $2",
      [shop.id, ids.li],
    );
    expect((await refreshShopSegments(h.db, shop.id)).tags).toBe(1);
    expect(await tagged()).toEqual([
      [ids.wang, "rule"],
      [ids.zhao, "manual"],
    ]);
    const byTag = await listCustomers(h.db, OPERATOR, shop.id, { tag: tagId });
    expect(byTag.items.map((c) => c.id).sort()).toEqual([ids.wang, ids.zhao].sort());
    // Without its rule the tag is manual again, and keeps who had it.
    await setTagRule(h.db, OPERATOR, shop.id, tagId, null);
    expect(await tagged()).toEqual([
      [ids.wang, "manual"],
      [ids.zhao, "manual"],
    ]);
  });
});
