import type { Shop } from "@laoke/core";
import { insertTestCustomer } from "@laoke/core/testing/customers.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestShop, call, createTestServer, type Session, signIn, type TestServer } from "./testing.ts";

let server: TestServer;
let shop: Shop;
let otherShop: Shop;
let owner: Session;
let aftersale: Session;
const ids = { zhang: 0, formula: 0, other: 0, otherOrder: 0, merged: 0 };

const ZHANG = {
  name: "张三丰",
  phone: "13812341234",
  email: "zhang@example.com",
  province: "浙江省",
  city: "杭州市",
  district: "西湖区",
  address: "文三路100号",
  zip: "310012",
  birthday: "1990-05-12",
  firstOrderAt: "2025-03-01T10:00:00+08:00",
  lastOrderAt: "2025-04-01T10:00:00+08:00",
  identities: [
    { platform: "taobao", kind: "nick" as const, value: "tb_zhang" },
    { platform: "*", kind: "phone" as const, value: "13812341234" },
    { platform: "*", kind: "email" as const, value: "zhang@example.com" },
  ],
  metrics: { totalSpentFen: 11800, paidOrders: 2, clvFen: 30000, pAlive: 0.8, aovTier: 2 },
  orders: [
    {
      externalId: "A-1001",
      orderedAt: "2025-04-01T10:00:00+08:00",
      paidFen: 11800,
      receiverName: "张三丰",
      receiverPhone: "13812341234",
      receiverAddress: "文三路100号",
      items: [{ title: "纯棉短袖T恤", unitPriceFen: 5900, quantity: 2, attributes: { 颜色分类: "白色" } }],
    },
  ],
};

const withoutVolatile = (body: Record<string, unknown>) => {
  const { instance: _i, requestId: _r, ...rest } = body;
  return rest;
};

beforeAll(async () => {
  server = await createTestServer();
  shop = await buildTestShop(server);
  otherShop = await buildTestShop(server);
  owner = await signIn(server, shop, "owner");
  aftersale = await signIn(server, shop, "aftersale");
  const pool = server.handle.pool;
  ids.zhang = await insertTestCustomer(pool, shop, ZHANG);
  ids.formula = await insertTestCustomer(pool, shop, {
    name: "=cmd|' /C calc'!A0",
    phone: "+8613900001111",
    lastOrderAt: "2025-01-01T10:00:00+08:00",
    identities: [{ platform: "taobao", kind: "nick", value: "@SUM(1+1)" }],
  });
  ids.merged = await insertTestCustomer(pool, shop, { name: "张合并", mergedInto: ids.zhang });
  ids.other = await insertTestCustomer(pool, otherShop, {
    name: "别家客户",
    phone: "13500000000",
    orders: [{ externalId: "B-1", orderedAt: "2025-02-01T10:00:00Z" }],
  });
  const { rows } = await pool.query("select id from orders where shop_id = $1", [otherShop.id]);
  ids.otherOrder = Number(rows[0]?.id);
});
afterAll(() => server.close());

describe("masking by default", () => {
  for (const role of ["analyst", "aftersale", "presale", "owner"] as const) {
    it(`shows ${role} masked phones, names and addresses in lists, profiles and orders`, async () => {
      const session = role === "owner" ? owner : await signIn(server, shop, role);
      const list = await call(server, session, { url: "/api/v1/customers" });
      expect(list.statusCode).toBe(200);
      const row = list.json().items.find((c: { id: number }) => c.id === ids.zhang);
      expect(row).toMatchObject({
        name: "张**",
        phone: "138****1234",
        province: "浙江省",
        platforms: ["taobao"],
      });

      const detail = await call(server, session, { url: `/api/v1/customers/${ids.zhang}` });
      expect(detail.statusCode).toBe(200);
      const d = detail.json();
      expect(d.customer).toMatchObject({
        name: "张**",
        phone: "138****1234",
        email: "z***@example.com",
        district: "西湖区",
        address: null,
        zip: null,
        birthdayMonthDay: "05-12",
      });
      expect(d.identities.map((i: { value: string }) => i.value)).toEqual([
        "tb_zhang",
        "138****1234",
        "z***@example.com",
      ]);
      expect(d.recentOrders[0].receiver).toMatchObject({ name: "张**", phone: "138****1234", address: null });

      const orders = await call(server, session, { url: `/api/v1/orders?customerId=${ids.zhang}` });
      expect(orders.json().items[0].receiver.phone).toBe("138****1234");
      const order = await call(server, session, { url: `/api/v1/orders/${d.recentOrders[0].id}` });
      expect(order.json().receiver.phone).toBe("138****1234");
      for (const body of [list.body, detail.body, orders.body, order.body]) {
        expect(body).not.toContain("13812341234");
        expect(body).not.toContain("文三路");
        expect(body).not.toContain("张三丰");
      }
    });
  }

  it("profiles carry identities, orders with lines, metrics with intervals and merges", async () => {
    const d = (await call(server, aftersale, { url: `/api/v1/customers/${ids.zhang}` })).json();
    expect(d.platforms).toEqual(["taobao"]);
    expect(d.recentOrders[0]).toMatchObject({ externalId: "A-1001", paidFen: 11800 });
    expect(d.recentOrders[0].items).toEqual([
      expect.objectContaining({
        title: "纯棉短袖T恤",
        unitPriceFen: 5900,
        quantity: 2,
        attributes: { 颜色分类: "白色" },
      }),
    ]);
    expect(d.metrics).toMatchObject({ totalSpentFen: 11800, paidOrders: 2, clvFen: 30000, clvLowFen: 15000 });
    expect(d.metrics.pAliveLow).toBeCloseTo(0.64);
    const search = await call(server, aftersale, { url: "/api/v1/customers?q=138%201234%201234" });
    expect(search.json().items.map((c: { id: number }) => c.id)).toEqual([ids.zhang]);
  });
});

describe("unmask", () => {
  it("needs pii:read", async () => {
    const res = await call(server, aftersale, {
      method: "POST",
      url: `/api/v1/customers/${ids.zhang}/unmask`,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: "forbidden", data: { permission: "pii:read" } });
  });

  it("answers the clear data and writes the audit log", async () => {
    const res = await call(server, owner, { method: "POST", url: `/api/v1/customers/${ids.zhang}/unmask` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: "张三丰",
      phone: "13812341234",
      email: "zhang@example.com",
      address: "文三路100号",
      zip: "310012",
      birthday: "1990-05-12",
    });
    expect(res.json().identities.map((i: { value: string }) => i.value)).toContain("13812341234");
    const audit = (await call(server, owner, { url: "/api/v1/audit?action=customer.unmasked" })).json();
    expect(audit.items[0]).toMatchObject({
      targetIds: [String(ids.zhang)],
      actor: { memberId: owner.memberId },
      requestId: res.headers["x-request-id"],
    });
  });
});

describe("export", () => {
  it("needs the export permission", async () => {
    const res = await call(server, aftersale, { url: "/api/v1/customers/export" });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe("forbidden");
  });

  it("streams a CSV with a BOM, a Chinese header, clear data for pii:read, formula-safe cells", async () => {
    const res = await call(server, owner, { url: "/api/v1/customers/export" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(res.headers["content-disposition"]).toMatch(/^attachment; filename="customers-.+-\d{8}\.csv"$/);
    expect(res.headers["x-laoke-masked"]).toBe("false");
    const text = res.rawPayload.toString("utf8");
    expect(text.startsWith("\uFEFF客户编号,姓名,手机号,邮箱,")).toBe(true);
    const lines = text.trim().split(/\r?\n/);
    expect(lines).toHaveLength(3);
    expect(text).toContain(
      `${ids.zhang},张三丰,13812341234,zhang@example.com,浙江省,杭州市,西湖区,文三路100号,taobao,`,
    );
    expect(text).toContain(`${ids.formula},'=cmd|' /C calc'!A0,'+8613900001111,`);
    expect(text).not.toContain(",=cmd");
    const audit = (await call(server, owner, { url: "/api/v1/audit?action=customers.exported" })).json();
    expect(audit.items[0].data).toMatchObject({
      rows: 2,
      masked: false,
      complete: true,
      filter: { sort: "last_order" },
    });
  });

  it("writes the English header when asked, and keeps the filters", async () => {
    const res = await call(server, owner, {
      url: "/api/v1/customers/export?province=%E6%B5%99%E6%B1%9F%E7%9C%81",
      headers: { "accept-language": "en-US,en;q=0.9" },
    });
    const lines = res.rawPayload.toString("utf8").trimEnd().split(/\r?\n/);
    expect(lines[0]?.startsWith("\uFEFFCustomer ID,Name,Phone,")).toBe(true);
    expect(lines).toHaveLength(2);
  });

  it("is masked for an API key with export but without pii:read", async () => {
    const created = await call(server, owner, {
      method: "POST",
      url: "/api/v1/api-keys",
      payload: { name: "报表脚本", permissions: ["customers:read", "export"] },
    });
    expect(created.statusCode).toBe(201);
    const key = { memberId: 0, email: "", headers: { authorization: `Bearer ${created.json().token}` } };
    const res = await call(server, key, { url: "/api/v1/customers/export" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["x-laoke-masked"]).toBe("true");
    const text = res.rawPayload.toString("utf8");
    expect(text).toContain(`${ids.zhang},张**,138****1234,z***@example.com,浙江省,杭州市,西湖区,,taobao,`);
    expect(text).not.toContain("13812341234");
    const audit = (await call(server, owner, { url: "/api/v1/audit?action=customers.exported" })).json();
    expect(audit.items[0]).toMatchObject({ actor: { kind: "api_key" }, data: { rows: 2, masked: true } });
  });
});

describe("erasure", () => {
  it("needs customers:delete, erases, audits, and then answers 404", async () => {
    const id = await insertTestCustomer(server.handle.pool, shop, {
      name: "王五",
      phone: "13700001234",
      orders: [
        { externalId: "A-2001", orderedAt: "2025-05-01T10:00:00Z", paidFen: 5000, receiverName: "王五" },
      ],
    });
    const denied = await call(server, aftersale, { method: "DELETE", url: `/api/v1/customers/${id}` });
    expect(denied.statusCode).toBe(403);
    const res = await call(server, owner, {
      method: "DELETE",
      url: `/api/v1/customers/${id}`,
      payload: { reason: "买家电话要求删除" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ customerId: id, mergedCustomerIds: [], orders: 1 });
    expect((await call(server, owner, { url: `/api/v1/customers/${id}` })).statusCode).toBe(404);
    expect((await call(server, owner, { method: "DELETE", url: `/api/v1/customers/${id}` })).statusCode).toBe(
      404,
    );
    const orders = (await call(server, owner, { url: "/api/v1/orders?q=A-2001" })).json();
    expect(orders.items[0]).toMatchObject({ paidFen: 5000, receiver: { name: null, phone: null } });
    const audit = (await call(server, owner, { url: "/api/v1/audit?action=customer.anonymised" })).json();
    expect(audit.items[0]).toMatchObject({ targetIds: [String(id)], data: { reason: "买家电话要求删除" } });
  });
});

describe("other shops' and unknown ids", () => {
  it("answer the same 404 on every route", async () => {
    const routes = (id: number, orderId: number) => [
      { url: `/api/v1/customers/${id}` },
      { method: "POST" as const, url: `/api/v1/customers/${id}/unmask` },
      { method: "DELETE" as const, url: `/api/v1/customers/${id}` },
      { url: `/api/v1/orders?customerId=${id}` },
      { url: `/api/v1/orders/${orderId}` },
    ];
    const unknown = routes(987654321, 987654321);
    const foreign = routes(ids.other, ids.otherOrder);
    const merged = routes(ids.merged, 987654321);
    for (let i = 0; i < unknown.length; i++) {
      const a = await call(server, owner, unknown[i] as { url: string });
      const b = await call(server, owner, foreign[i] as { url: string });
      const c = await call(server, owner, merged[i] as { url: string });
      expect(a.statusCode).toBe(404);
      expect(withoutVolatile(b.json())).toEqual(withoutVolatile(a.json()));
      expect(withoutVolatile(c.json())).toEqual(withoutVolatile(a.json()));
    }
    const list = (await call(server, owner, { url: "/api/v1/customers?q=13500000000" })).json();
    expect(list.items).toEqual([]);
  });

  it("rejects bad input with problem+json", async () => {
    const sort = await call(server, owner, { url: "/api/v1/customers?sort=name" });
    expect(sort.statusCode).toBe(400);
    expect(sort.json().code).toBe("invalid_input");
    const cursor = await call(server, owner, { url: "/api/v1/customers?cursor=xyz" });
    expect(cursor.statusCode).toBe(400);
    expect(cursor.json().code).toBe("invalid_cursor");
  });
});
