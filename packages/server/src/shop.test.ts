import {
  getAnalyticsOverrides,
  getAnalyticsSettings,
  getShopById,
  getShopSummary,
  listAudit,
  OPERATOR,
  type Shop,
} from "@laoke/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importAndAnalyse, shopOrders } from "./analytics.fixtures.ts";
import { buildTestShop, call, createTestServer, type Session, signIn, type TestServer } from "./testing.ts";

let server: TestServer;
let shop: Shop;
let other: Shop;
let owner: Session;
let analyst: Session;
let otherOwner: Session;

beforeAll(async () => {
  server = await createTestServer();
  shop = await buildTestShop(server);
  other = await buildTestShop(server);
  await importAndAnalyse(server, shop, shopOrders("A", 12, 59));
  await importAndAnalyse(server, other, shopOrders("B", 3, 100));
  owner = await signIn(server, shop, "owner");
  analyst = await signIn(server, shop, "analyst");
  otherOwner = await signIn(server, other, "owner");
});
afterAll(() => server.close());

async function auditOf(shopId: number, action: string) {
  return (await listAudit(server.handle.db, OPERATOR, shopId, { action })).items;
}

describe("GET /shop", () => {
  it("answers the caller's own shop to every signed-in role", async () => {
    const res = await call(server, analyst, { url: "/api/v1/shop" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      id: shop.id,
      slug: shop.slug,
      name: shop.name,
      timeZone: "Asia/Shanghai",
      currency: "CNY",
      createdAt: shop.createdAt.toISOString(),
    });
    expect((await call(server, otherOwner, { url: "/api/v1/shop" })).json().id).toBe(other.id);
    expect((await call(server, null, { url: "/api/v1/shop" })).statusCode).toBe(401);
  });
});

describe("PATCH /shop", () => {
  it("changes name, time zone and currency for an owner, audited with before and after", async () => {
    const target = await buildTestShop(server);
    const boss = await signIn(server, target, "owner");
    const res = await call(server, boss, {
      method: "PATCH",
      url: "/api/v1/shop",
      payload: { name: "新名字", timeZone: "america/new_york", currency: "USD" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: "新名字", timeZone: "America/New_York", currency: "USD" });
    expect(await getShopById(server.handle.db, target.id)).toMatchObject({
      name: "新名字",
      timeZone: "America/New_York",
      currency: "USD",
    });
    const [event] = await auditOf(target.id, "shop.updated");
    expect(event?.actor.memberId).toBe(boss.memberId);
    expect(event?.data).toEqual({
      before: { name: target.name, timeZone: "Asia/Shanghai", currency: "CNY" },
      after: { name: "新名字", timeZone: "America/New_York", currency: "USD" },
    });
  });

  it("refuses an unknown or offset time zone, a bad currency and unknown fields with 400 naming the field", async () => {
    for (const [payload, field] of [
      [{ timeZone: "Mars/Olympus_Mons" }, "body.timeZone"],
      [{ timeZone: "+08:00" }, "body.timeZone"],
      [{ currency: "rmb" }, "body.currency"],
      [{ name: "  " }, "body.name"],
      [{ slug: "taken" }, "body.slug"],
    ] as const) {
      const res = await call(server, owner, { method: "PATCH", url: "/api/v1/shop", payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json()).toMatchObject({ code: "invalid_input", data: { field } });
    }
    expect((await getShopById(server.handle.db, shop.id)).timeZone).toBe("Asia/Shanghai");
  });

  it("is forbidden without the settings permission", async () => {
    const res = await call(server, analyst, { method: "PATCH", url: "/api/v1/shop", payload: { name: "x" } });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: "forbidden", data: { permission: "settings" } });
  });
});

describe("analytics settings", () => {
  it("GET answers what the core service has, to any role", async () => {
    const res = await call(server, analyst, { url: "/api/v1/shop/settings/analytics" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      settings: await getAnalyticsSettings(server.handle.db, shop),
      overrides: await getAnalyticsOverrides(server.handle.db, shop),
    });
  });

  it("PATCH by an analyst is forbidden and changes nothing", async () => {
    const res = await call(server, analyst, {
      method: "PATCH",
      url: "/api/v1/shop/settings/analytics",
      payload: { churnDays: 30 },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe("forbidden");
    expect(await getAnalyticsOverrides(server.handle.db, shop)).toEqual({});
  });

  it("PATCH by an owner merges, persists and audits old and new values; null restores the default", async () => {
    const target = await buildTestShop(server);
    const boss = await signIn(server, target, "owner");
    const patch = (payload: unknown) =>
      call(server, boss, { method: "PATCH", url: "/api/v1/shop/settings/analytics", payload });

    const first = await patch({ churnDays: 60, clv: { horizonDays: 180 } });
    expect(first.statusCode).toBe(200);
    expect(first.json().settings).toMatchObject({ churnDays: 60, clv: { horizonDays: 180, model: "bgnbd" } });
    expect(first.json().overrides).toEqual({ churnDays: 60, clv: { horizonDays: 180 } });

    const second = await patch({ clv: { model: "pareto-nbd" }, trafficCostShare: 0.35 });
    expect(second.json().overrides).toEqual({
      churnDays: 60,
      clv: { horizonDays: 180, model: "pareto-nbd" },
      trafficCostShare: 0.35,
    });
    expect(await getAnalyticsSettings(server.handle.db, target)).toEqual(second.json().settings);

    const third = await patch({ churnDays: null, clv: { horizonDays: null } });
    expect(third.json().settings).toMatchObject({
      churnDays: null,
      clv: { horizonDays: 365, model: "pareto-nbd" },
    });
    expect(await getAnalyticsOverrides(server.handle.db, target)).toEqual({
      clv: { model: "pareto-nbd" },
      trafficCostShare: 0.35,
    });

    const events = (await auditOf(target.id, "settings.changed")).reverse();
    expect(events.map((e) => e.data.keys)).toEqual([
      ["churnDays", "clv.horizonDays"],
      ["trafficCostShare", "clv.model"],
      ["churnDays", "clv.horizonDays"],
    ]);
    expect(events[0]?.data.changes).toEqual({
      churnDays: { old: null, new: 60 },
      "clv.horizonDays": { old: 365, new: 180 },
    });
    expect(events[2]?.data.changes).toEqual({
      churnDays: { old: 60, new: null },
      "clv.horizonDays": { old: 180, new: 365 },
    });
    expect(events.every((e) => e.actor.memberId === boss.memberId)).toBe(true);
    // The other shops' settings are untouched.
    expect(await getAnalyticsOverrides(server.handle.db, shop)).toEqual({});
  });

  it("refuses unknown keys and invalid values with 400 naming the field", async () => {
    for (const [payload, field] of [
      [{ churnDay: 30 }, "body.churnDay"],
      [{ clv: { horizon: 30 } }, "body.clv.horizon"],
      [{ trafficCostShare: 2 }, "body.trafficCostShare"],
      [{ rfm: { recencyDays: [1, 2, 3] } }, "body.rfm.recencyDays"],
      [{ clv: { model: "magic" } }, "body.clv.model"],
      [{ rfm: { frequency: [1, 3, 2, 4] } }, "body.rfm.frequency"],
      [{ aovBandsFen: [5000, 5000] }, "body.aovBandsFen"],
      // Checked across fields once merged with what is stored.
      [{ churnDays: 90, atRiskDays: 120 }, "atRiskDays"],
    ] as const) {
      const res = await call(server, owner, {
        method: "PATCH",
        url: "/api/v1/shop/settings/analytics",
        payload,
      });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json()).toMatchObject({ code: "invalid_input", data: { field } });
    }
    expect(await getAnalyticsOverrides(server.handle.db, shop)).toEqual({});
  });
});

describe("GET /stats", () => {
  it("answers the same numbers as `laoke stats` for the caller's shop only", async () => {
    const mine = await call(server, analyst, { url: "/api/v1/stats" });
    expect(mine.statusCode).toBe(200);
    const expected = await getShopSummary(server.handle.db, shop);
    expect(mine.json()).toEqual(expected);
    expect(expected.customers).toBe(12);
    const theirs = (await call(server, otherOwner, { url: "/api/v1/stats" })).json();
    expect(theirs).toEqual(await getShopSummary(server.handle.db, other));
    expect(theirs.customers).toBe(3);
    expect(theirs.revenueFen).not.toBe(expected.revenueFen);
  });
});
