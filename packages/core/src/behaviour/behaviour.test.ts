import { createTestDatabase } from "@laoke/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateAnalyticsSettings } from "../analytics/settings.ts";
import { type DemoCustomerTruth, generateDemoShop } from "../demo/index.ts";
import { countSegment, refreshShopSegments } from "../segments/index.ts";
import { OPERATOR } from "../shared/actor.ts";
import type { Shop } from "../shops/index.ts";
import { insertTestCustomer, type TestCustomerOrder } from "../testing/customers.ts";
import { buildShop, runImport, tempDir } from "../testing/fixtures.ts";
import { decideInference, giftFestivals, listInferences } from "./index.ts";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let shop: Shop;
const ids: Record<string, number> = {};

/** Orders at the given Shanghai-time instants, one line each. */
function orders(
  prefix: string,
  times: string[],
  item = { title: "纯棉T恤女", attributes: {} },
): TestCustomerOrder[] {
  return times.map((at, i) => ({
    externalId: `${prefix}-${i}`,
    orderedAt: at,
    paidFen: 9_900,
    items: [{ title: item.title, unitPriceFen: 9_900, attributes: item.attributes }],
  }));
}

beforeAll(async () => {
  h = await createTestDatabase();
  shop = await buildShop(h.db, { timeZone: "Asia/Shanghai" });
  const add = async (key: string, o: TestCustomerOrder[]) => {
    ids[key] = await insertTestCustomer(h.pool, shop, { name: key, orders: o });
  };
  // Payday: four of five purchase days on the 10th–15th. The first is 01:00 on 03-10 in
  // Shanghai but still 03-09 in UTC: days are the shop's.
  await add(
    "payday",
    orders("P", [
      "2025-03-09T17:00:00Z",
      "2025-04-12T12:00:00+08:00",
      "2025-05-15T20:00:00+08:00",
      "2025-06-11T09:00:00+08:00",
      "2025-07-02T09:00:00+08:00",
    ]),
  );
  // Gift: three purchase days in the week before 情人节, 520 and 七夕 (lunar: 2025-08-29).
  await add(
    "gift",
    orders("G", ["2025-02-08T10:00:00+08:00", "2025-05-15T10:00:00+08:00", "2025-08-25T10:00:00+08:00"], {
      title: "女士真丝围巾礼盒",
      attributes: {},
    }),
  );
  // Promotion-driven: 双11, 618, 双12 and one ordinary day.
  await add(
    "promo",
    orders("M", [
      "2024-11-11T00:05:00+08:00",
      "2025-06-18T20:00:00+08:00",
      "2025-11-05T20:00:00+08:00",
      "2025-12-12T10:00:00+08:00",
      "2025-09-20T10:00:00+08:00",
    ]),
  );
  // Plus size, preferred colour and size, likely female: 3XL and 4XL black women's dresses.
  const plus = (at: string, size: string) =>
    orders(`S${size}${at.slice(0, 10)}`, [at], {
      title: "大码女装连衣裙",
      attributes: { 颜色分类: "黑色", 尺码: size },
    });
  ids.plus = await insertTestCustomer(h.pool, shop, {
    name: "plus",
    orders: [
      ...plus("2025-01-20T10:00:00+08:00", "3XL"),
      ...plus("2025-03-22T10:00:00+08:00", "4XL"),
      ...plus("2025-09-03T10:00:00+08:00", "4XL"),
    ],
  });
  // Seasonal: winter purchases over two winters.
  await add(
    "winter",
    orders("W", [
      "2024-01-05T10:00:00+08:00",
      "2024-12-20T10:00:00+08:00",
      "2025-01-08T10:00:00+08:00",
      "2025-02-02T10:00:00+08:00",
    ]),
  );
  // Nothing to say about a one-off buyer.
  await add("once", orders("O", ["2025-09-20T10:00:00+08:00"]));
  // 300 customers buying on days spread over two years: the shop's base rates (payday ≈ 20%,
  // before festivals ≈ 16%, promotions ≈ 8%, each season ≈ 25%) the ones above are compared with.
  await h.pool.query(
    `with c as (insert into customers (shop_id, name) select $1, 'bg' || g from generate_series(1, 300) g returning id)
     insert into orders (shop_id, platform, external_id, customer_id, status, raw_status, ordered_at, paid_fen,
                         goods_fen, content_hash)
     select $1, 'taobao', 'BG-' || c.id || '-' || k, c.id, 'completed', 'completed',
            timestamptz '2024-01-01 12:00+08' + ((c.id * 7919 + k * 104729) % 730) * interval '1 day', 5000, 5000, 0
       from c, generate_series(1, 3) k`,
    [shop.id],
  );
  await refreshShopSegments(h.db, shop.id);
});
afterAll(() => h?.dispose());

const kinds = async (key: string) =>
  Object.fromEntries(
    (await listInferences(h.db, OPERATOR, shop.id, ids[key] as number)).map((i) => [i.kind, i]),
  );

describe("behaviour inference", () => {
  it("finds payday buyers in the shop's days, with evidence and a confidence", async () => {
    const found = await kinds("payday");
    expect(found.payday_buyer).toMatchObject({
      status: "inferred",
      evidence: { days: 5, inWindow: 4, share: 0.8, window: [10, 15] },
    });
    // Compared with the shop's own share of purchase days on the 10th–15th.
    expect(found.payday_buyer?.evidence.shopShare).toBeGreaterThan(0.15);
    expect(found.payday_buyer?.evidence.shopShare).toBeLessThan(0.25);
    // Wilson lower bound of 4/5.
    expect(found.payday_buyer?.confidence).toBeCloseTo(0.376, 2);
    expect(found.gift_buyer).toBeUndefined();
  });

  it("finds gift buyers by the days before festivals, lunar ones included, and not their gender", async () => {
    const found = await kinds("gift");
    expect(found.gift_buyer?.evidence).toMatchObject({ days: 3, beforeFestival: 3 });
    expect([...((found.gift_buyer?.evidence.festivals as string[]) ?? [])].sort()).toEqual([
      "520",
      "qixi",
      "valentines",
    ]);
    expect(found.likely_gender).toBeUndefined();
    expect(giftFestivals([2025]).find((f) => f.name === "qixi")?.day).toBe("2025-08-29");
  });

  it("finds promotion-driven, seasonal, plus-size buyers and preferences", async () => {
    expect((await kinds("promo")).promotion_driven?.evidence).toMatchObject({ days: 5, onPromotion: 4 });
    expect((await kinds("winter")).seasonal_buyer).toMatchObject({ value: "winter", evidence: { years: 2 } });
    const plus = await kinds("plus");
    expect(plus.plus_size?.evidence).toMatchObject({ lines: 3, plusLines: 3 });
    expect(plus.preferred_colour).toMatchObject({ value: "黑色", evidence: { lines: 3, withValue: 3 } });
    expect(plus.preferred_size).toMatchObject({ value: "4XL", evidence: { withValue: 2 } });
    expect(plus.likely_gender).toMatchObject({ value: "female" });
    expect(await kinds("once")).toEqual({});
  });

  it("lets staff reject or confirm, and segments follow the verdict", async () => {
    const rule = { field: "behaviours", op: "has_any", value: ["gift_buyer"] };
    const gifts = (await countSegment(h.db, OPERATOR, shop.id, rule)).count;
    expect(gifts).toBeGreaterThanOrEqual(1);
    const rejected = await decideInference(h.db, OPERATOR, shop.id, ids.gift as number, "gift_buyer", {
      decision: "reject",
    });
    expect(rejected).toMatchObject({ status: "rejected", decidedBy: "cli" });
    expect((await countSegment(h.db, OPERATOR, shop.id, rule)).count).toBe(gifts - 1);

    // A full recompute (a new shop state) keeps the verdict.
    await h.pool.query("delete from segment_state where shop_id = $1", [shop.id]);
    await refreshShopSegments(h.db, shop.id);
    expect((await kinds("gift")).gift_buyer?.status).toBe("rejected");
    await decideInference(h.db, OPERATOR, shop.id, ids.gift as number, "gift_buyer", { decision: "reset" });
    expect((await countSegment(h.db, OPERATOR, shop.id, rule)).count).toBe(gifts);
    const error = await decideInference(h.db, OPERATOR, shop.id, ids.once as number, "gift_buyer", {
      decision: "confirm",
    }).catch((e) => e);
    expect(error.code).toBe("not_found");
  });
});

describe("behaviour settings", () => {
  it("apply to every customer as soon as they change, not only to those with new orders", async () => {
    expect((await kinds("payday")).payday_buyer).toBeDefined();
    await updateAnalyticsSettings(h.db, shop, { behaviour: { payday: { fromDay: 1, toDay: 5 } } });
    await refreshShopSegments(h.db, shop.id);
    expect((await kinds("payday")).payday_buyer).toBeUndefined();
    await updateAnalyticsSettings(h.db, shop, { behaviour: null });
    await refreshShopSegments(h.db, shop.id);
    expect((await kinds("payday")).payday_buyer?.evidence).toMatchObject({ window: [10, 15] });
  });
});

describe("behaviour inference on the demo shop", () => {
  it("finds the generator's payday, gift, promotion and plus-size buyers with high precision", async () => {
    const demoShop = await buildShop(h.db, { timeZone: "Asia/Shanghai" });
    const truth = new Map<string, DemoCustomerTruth>();
    const demo = await generateDemoShop({
      customers: 3000,
      seed: 11,
      outDir: tempDir(),
      onCustomer: (c) => truth.set(c.nick, c),
    });
    await runImport(h.pool, demoShop, demo.files);
    await refreshShopSegments(h.db, demoShop.id);
    const { rows } = await h.pool.query<{ kind: string; nick: string }>(
      `select i.kind, ci.value as nick from customer_inferences i
         join customer_identities ci on ci.shop_id = i.shop_id and ci.customer_id = i.customer_id
                                    and ci.platform = 'taobao' and ci.kind = 'nick'
        where i.shop_id = $1`,
      [demoShop.id],
    );
    const score = (kind: string, holds: (t: DemoCustomerTruth) => boolean) => {
      const found = rows.filter((r) => r.kind === kind).map((r) => truth.get(r.nick));
      const right = found.filter((t) => t && holds(t)).length;
      return { found: found.length, precision: found.length ? right / found.length : 0 };
    };
    const payday = score("payday_buyer", (t) => t.timing === "payday");
    const gift = score("gift_buyer", (t) => t.timing === "gift");
    const promo = score("promotion_driven", (t) => t.timing === "promo");
    const plus = score("plus_size", (t) => t.plusSize);
    if (process.env.LAOKE_DEBUG_INFERENCE) console.log({ payday, gift, promo, plus, rows: rows.length });
    // Precision: an inference shown to staff is right nearly always; each kind is found at all.
    for (const s of [payday, gift, promo, plus]) expect(s.found).toBeGreaterThan(3);
    expect(payday.precision).toBeGreaterThanOrEqual(0.9);
    expect(gift.precision).toBeGreaterThanOrEqual(0.8);
    expect(promo.precision).toBeGreaterThanOrEqual(0.8);
    expect(plus.precision).toBeGreaterThanOrEqual(0.9);
  });
});
