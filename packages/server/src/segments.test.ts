import type { Shop } from "@laoke/core";
import { insertTestCustomer } from "@laoke/core/testing/customers.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestShop, call, createTestServer, type Session, signIn, type TestServer } from "./testing.ts";

let server: TestServer;
let shop: Shop;
let owner: Session;
let analyst: Session;
let otherOwner: Session;
const ids: Record<string, number> = {};

const BIG = { field: "total_spent_fen", op: "gte", value: 100_000 };

beforeAll(async () => {
  server = await createTestServer();
  shop = await buildTestShop(server);
  const otherShop = await buildTestShop(server);
  owner = await signIn(server, shop, "owner");
  analyst = await signIn(server, shop, "analyst");
  otherOwner = await signIn(server, otherShop, "owner");
  const pool = server.handle.pool;
  ids.big = await insertTestCustomer(pool, shop, {
    name: "王大户",
    phone: "13900001111",
    province: "浙江省",
    metrics: { totalSpentFen: 500_000, paidOrders: 6 },
  });
  ids.small = await insertTestCustomer(pool, shop, {
    name: "李小买",
    province: "江苏省",
    identities: [{ platform: "jd", kind: "platform_customer_id", value: "jd_2001" }],
    metrics: { totalSpentFen: 5_000, paidOrders: 1 },
  });
  await insertTestCustomer(pool, otherShop, { name: "别家大户", metrics: { totalSpentFen: 900_000 } });
});
afterAll(() => server.close());

describe("segments API", () => {
  it("describes the fields and counts a rule live, for any reader", async () => {
    const fields = await call(server, analyst, { url: "/api/v1/segments/fields" });
    expect(fields.statusCode).toBe(200);
    expect(fields.json().items).toContainEqual(
      expect.objectContaining({
        name: "total_spent_fen",
        type: "money",
        operators: expect.arrayContaining(["gte"]),
      }),
    );
    const count = await call(server, analyst, {
      method: "POST",
      url: "/api/v1/segments/count",
      payload: { rule: BIG },
    });
    expect(count.statusCode).toBe(200);
    expect(count.json()).toMatchObject({ count: 1 });
  });

  it("explains an invalid rule in the caller's language, naming where it is wrong", async () => {
    const res = await call(server, owner, {
      method: "POST",
      url: "/api/v1/segments/count",
      payload: { rule: { any: [BIG, { field: "province", op: "gte", value: 3 }] } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: "invalid_rule" });
    expect(res.json().title).toContain("any[1].op");
    expect(res.json().title).toContain("这个字段不能用这个比较方式");
    const en = await call(server, owner, {
      method: "POST",
      url: "/api/v1/segments/count",
      payload: { rule: { field: "nope", op: "eq" } },
      headers: { "accept-language": "en" },
    });
    expect(en.json().title).toContain("no such field");
  });

  it("saves a segment, lists its members masked, exports them audited, and keeps other shops out", async () => {
    const created = await call(server, owner, {
      method: "POST",
      url: "/api/v1/segments",
      payload: { name: "大户", rule: BIG },
    });
    expect(created.statusCode).toBe(201);
    const segment = created.json();
    expect(segment).toMatchObject({ name: "大户", kind: "dynamic", memberCount: 1, rule: BIG });

    const list = await call(server, analyst, { url: "/api/v1/segments" });
    expect(list.json().items.map((s: { id: number }) => s.id)).toEqual([segment.id]);

    const members = await call(server, analyst, { url: `/api/v1/customers?segment=${segment.id}` });
    expect(members.json().items).toMatchObject([{ id: ids.big, phone: "139****1111" }]);

    const csv = await call(server, owner, { url: `/api/v1/customers/export?segment=${segment.id}` });
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain("13900001111");
    expect(csv.body).not.toContain("李小买");
    const audit = await call(server, owner, { url: "/api/v1/audit?action=customers.exported" });
    expect(audit.json().items[0].data).toMatchObject({ filter: { segment: segment.id }, rows: 1 });

    // Another shop's owner cannot see, change or count into it.
    expect((await call(server, otherOwner, { url: `/api/v1/segments/${segment.id}` })).statusCode).toBe(404);
    const patch = await call(server, otherOwner, {
      method: "PATCH",
      url: `/api/v1/segments/${segment.id}`,
      payload: { name: "x" },
    });
    expect(patch.statusCode).toBe(404);
    const theirs = await call(server, otherOwner, { url: `/api/v1/customers?segment=${segment.id}` });
    expect(theirs.json().items).toEqual([]);
  });

  it("changes the rule, refreshes, shows the history and archives", async () => {
    const segment = (
      await call(server, owner, {
        method: "POST",
        url: "/api/v1/segments",
        payload: { name: "江浙", rule: { field: "province", op: "eq", value: "浙江省" } },
      })
    ).json();
    const changed = await call(server, owner, {
      method: "PATCH",
      url: `/api/v1/segments/${segment.id}`,
      payload: {
        rule: { field: "province", op: "in", value: ["浙江省", "江苏省"] },
        description: "江浙沪包邮",
      },
    });
    expect(changed.json()).toMatchObject({ memberCount: 2, description: "江浙沪包邮" });
    const refresh = await call(server, owner, {
      method: "POST",
      url: `/api/v1/segments/${segment.id}/refresh`,
    });
    expect(refresh.json()).toEqual({ members: 2, joined: 0, left: 0 });
    const events = await call(server, owner, { url: `/api/v1/segments/${segment.id}/events` });
    expect(events.json().items.map((e: { event: string }) => e.event)).toEqual(["joined", "joined"]);
    // Each event names its customer: the name masked for the owner too, a platform id when no nick.
    expect(events.json().items.map((e: { customer: unknown }) => e.customer)).toEqual([
      { id: ids.small, name: "李**", nick: "jd_2001" },
      { id: ids.big, name: "王**", nick: null },
    ]);
    const trend = await call(server, owner, { url: `/api/v1/segments/${segment.id}/trend?days=7` });
    expect(trend.json().items).toHaveLength(1);
    expect(trend.json().items[0]).toMatchObject({ joined: 2, left: 0 });

    const dup = await call(server, owner, {
      method: "POST",
      url: "/api/v1/segments",
      payload: { name: "江浙", rule: BIG },
    });
    expect(dup.statusCode).toBe(409);
    expect(
      (await call(server, owner, { method: "DELETE", url: `/api/v1/segments/${segment.id}` })).statusCode,
    ).toBe(204);
    expect((await call(server, owner, { url: `/api/v1/segments/${segment.id}` })).statusCode).toBe(404);
  });

  it("needs customers:write to save and settings to give a tag a rule", async () => {
    const res = await call(server, analyst, {
      method: "POST",
      url: "/api/v1/segments",
      payload: { name: "x", rule: BIG },
    });
    expect(res.statusCode).toBe(403);
    const { rows } = await server.handle.pool.query<{ id: number }>(
      "insert into tags (shop_id, name) values ($1, '大户') returning id",
      [shop.id],
    );
    const tagId = Number(rows[0]?.id);
    const aftersale = await signIn(server, shop, "aftersale");
    const refused = await call(server, aftersale, {
      method: "PUT",
      url: `/api/v1/tags/${tagId}/rule`,
      payload: { rule: BIG },
    });
    expect(refused.statusCode).toBe(403);
    const applied = await call(server, owner, {
      method: "PUT",
      url: `/api/v1/tags/${tagId}/rule`,
      payload: { rule: BIG },
    });
    expect(applied.json()).toEqual({ added: 1, removed: 0 });
    const tagged = await call(server, analyst, { url: `/api/v1/customers?tag=${tagId}` });
    expect(tagged.json().items.map((c: { id: number }) => c.id)).toEqual([ids.big]);
  });
});

describe("inferences API", () => {
  it("lists a customer's inferences with evidence and records staff's verdict", async () => {
    await server.handle.pool.query(
      `insert into customer_inferences (shop_id, customer_id, kind, confidence, evidence)
       values ($1, $2, 'payday_buyer', 0.5, '{"days": 6, "inWindow": 5}')`,
      [shop.id, ids.big],
    );
    const list = await call(server, analyst, { url: `/api/v1/customers/${ids.big}/inferences` });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toMatchObject([
      { kind: "payday_buyer", status: "inferred", evidence: { days: 6, inWindow: 5 } },
    ]);
    const url = `/api/v1/customers/${ids.big}/inferences/payday_buyer`;
    const refused = await call(server, analyst, { method: "POST", url, payload: { decision: "reject" } });
    expect(refused.statusCode).toBe(403);
    const aftersale = await signIn(server, shop, "aftersale");
    const rejected = await call(server, aftersale, { method: "POST", url, payload: { decision: "reject" } });
    expect(rejected.json()).toMatchObject({ status: "rejected", decidedBy: expect.any(String) });
    const unknown = await call(server, owner, {
      method: "POST",
      url: `/api/v1/customers/${ids.big}/inferences/gift_buyer`,
      payload: { decision: "confirm" },
    });
    expect(unknown.statusCode).toBe(404);
  });
});
