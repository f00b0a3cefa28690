import {
  getShopReport,
  listAudit,
  listTopCustomers,
  maskName,
  maskPhone,
  OPERATOR,
  type RecomputeResult,
  type Shop,
  type ShopReportKind,
} from "@laoke/core";
import type { StaffRole } from "@laoke/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importAndAnalyse, shopOrders } from "./analytics.fixtures.ts";
import { BOSS_SCHEMA, type BossQueue, startBoss } from "./jobs/boss.ts";
import { buildTestShop, call, createTestServer, type Session, signIn, type TestServer } from "./testing.ts";

let server: TestServer;
let shop: Shop;
let other: Shop;
let run: RecomputeResult;
let otherRun: RecomputeResult;
let boss: BossQueue;
const sessions = {} as Record<StaffRole, Session>;
let otherOwner: Session;

beforeAll(async () => {
  // The real pg-boss queue on the test database (started once the database exists); no worker runs.
  server = await createTestServer({
    jobs: { send: (name, payload, options) => boss.send(name, payload, options) },
  });
  boss = await startBoss(server.handle, { poolSize: 1 });
  shop = await buildTestShop(server);
  other = await buildTestShop(server);
  run = await importAndAnalyse(server, shop, shopOrders("A", 24, 59));
  otherRun = await importAndAnalyse(server, other, shopOrders("B", 5, 100));
  for (const role of ["owner", "admin", "presale", "aftersale", "analyst"] as const)
    sessions[role] = await signIn(server, shop, role);
  otherOwner = await signIn(server, other, "owner");
});
afterAll(async () => {
  await boss?.stop({ timeoutMs: 1000 });
  await server?.close();
});

/** A core result as it looks after a trip through JSON. */
const json = (v: unknown) => JSON.parse(JSON.stringify(v));

/** Each report kind with a query using its own options (as the query string sends them). */
const REPORT_QUERIES: Record<ShopReportKind, Record<string, string>> = {
  "repeat-rate": { granularity: "month" },
  churn: { granularity: "week", churnDays: "45", from: "2025-02-01", to: "2025-06-30" },
  cohorts: { metric: "revenueFen" },
  gaps: { bucketDays: "7", platform: "taobao" },
  reorder: { minRepeatBuyers: "1", maxDays: "120", limit: "5" },
  breakdown: { by: "province", limit: "10" },
  "traffic-cost": { share: "0.3", granularity: "day", from: "2025-03-01", to: "2025-03-31" },
};

describe("GET /analytics/reports/{kind}", () => {
  it.each(Object.entries(REPORT_QUERIES))("%s answers what `laoke report` prints", async (kind, query) => {
    const url = `/api/v1/analytics/reports/${kind}?${new URLSearchParams(query)}`;
    const res = await call(server, sessions.analyst, { url });
    expect(res.statusCode, res.body).toBe(200);
    const expected = await getShopReport(
      server.handle.db,
      OPERATOR,
      shop.id,
      kind as ShopReportKind,
      query as never,
    );
    expect(res.json()).toEqual(json(expected));
    // The other shop has different numbers, and its owner sees only those.
    const theirs = (await call(server, otherOwner, { url })).json();
    expect(theirs).toEqual(
      json(await getShopReport(server.handle.db, OPERATOR, other.id, kind as ShopReportKind, query as never)),
    );
    expect(theirs).not.toEqual(res.json());
  });

  it("answers the defaults for a query without parameters", async () => {
    const res = await call(server, sessions.presale, { url: "/api/v1/analytics/reports/repeat-rate" });
    const expected = await getShopReport(server.handle.db, OPERATOR, shop.id, "repeat-rate", {});
    expect(res.json()).toEqual(json(expected));
    expect(expected.total.buyers).toBe(24);
    expect(expected.points.length).toBeGreaterThan(1);
  });

  it("refuses unknown options and bad values with 400 invalid_input naming the field", async () => {
    for (const [path, field] of [
      ["churn?bogus=1", "querystring.bogus"],
      ["churn?churn_days=30", "querystring.churn_days"],
      ["repeat-rate?granularity=year", "querystring.granularity"],
      ["cohorts?metric=profit", "querystring.metric"],
      ["gaps?bucketDays=0", "querystring.bucketDays"],
      ["breakdown", "querystring.by"],
      ["repeat-rate?from=2025-02-30", "querystring.from"],
      ["repeat-rate?from=2025-03-01&to=2025-02-01", "to"],
      ["traffic-cost?share=1.5", "querystring.share"],
      ["repeat-rate?platform=TAOBAO!", "querystring.platform"],
    ] as const) {
      const res = await call(server, sessions.analyst, { url: `/api/v1/analytics/reports/${path}` });
      expect(res.statusCode, path).toBe(400);
      expect(res.json(), path).toMatchObject({ code: "invalid_input", data: { field } });
    }
    // The message quotes what was sent, not the validator's English.
    const year = await call(server, sessions.analyst, {
      url: "/api/v1/analytics/reports/repeat-rate?granularity=year",
    });
    expect(year.json()).toMatchObject({ data: { field: "querystring.granularity", value: "year" } });
    expect(year.json().title).toBe("参数 querystring.granularity 的值 “year” 无效。");
  });

  it("needs a signed-in caller", async () => {
    const res = await call(server, null, { url: "/api/v1/analytics/reports/churn" });
    expect(res.statusCode).toBe(401);
  });
});

describe("GET /analytics/top-customers", () => {
  it.each(["owner", "admin", "presale", "aftersale", "analyst"] as const)(
    "ranks like `laoke customers top` with names and phones masked for %s",
    async (role) => {
      for (const by of ["clv", "p-alive", "spend"] as const) {
        const res = await call(server, sessions[role], {
          url: `/api/v1/analytics/top-customers?by=${by}&limit=10`,
        });
        expect(res.statusCode).toBe(200);
        const items = res.json().items as { customerId: number; name: string; phone: string }[];
        const expected = await listTopCustomers(server.handle.db, shop, { by, limit: 10 });
        expect(items.map((c) => c.customerId)).toEqual(expected.map((c) => c.customerId));
        expect(items).toHaveLength(10);
        for (const [i, c] of items.entries()) {
          const full = expected[i];
          expect(c).toEqual(
            json({ ...full, name: maskName(full?.name ?? null), phone: maskPhone(full?.phone ?? null) }),
          );
          // The fixture's receivers are 张小0, 李小1, …: only the surname shows.
          expect(c.name).toMatch(/^[张李王刘陈杨赵黄周吴]\*+$/);
          expect(c.name).not.toContain("小");
          expect(c.phone).toMatch(/^138\*{4}\d{4}$/);
        }
        expect(res.body).not.toMatch(/1381234\d{4}/);
      }
    },
  );

  it("defaults to clv and 20, and never shows another shop's customers", async () => {
    const mine = (await call(server, sessions.analyst, { url: "/api/v1/analytics/top-customers" })).json()
      .items;
    expect(mine).toHaveLength(20);
    const theirs = (
      await call(server, otherOwner, { url: "/api/v1/analytics/top-customers?limit=200" })
    ).json().items;
    expect(theirs).toHaveLength(5);
    const mineAll = (
      await call(server, sessions.analyst, { url: "/api/v1/analytics/top-customers?limit=200" })
    ).json().items as { customerId: number }[];
    const ids = new Set(mineAll.map((c) => c.customerId));
    expect(theirs.some((c: { customerId: number }) => ids.has(c.customerId))).toBe(false);
  });

  it("refuses a bad order or limit", async () => {
    for (const [query, field] of [
      ["by=name", "querystring.by"],
      ["limit=0", "querystring.limit"],
      ["limit=201", "querystring.limit"],
      ["phone=1", "querystring.phone"],
    ] as const) {
      const res = await call(server, sessions.analyst, { url: `/api/v1/analytics/top-customers?${query}` });
      expect(res.statusCode, query).toBe(400);
      expect(res.json().data.field).toBe(field);
    }
  });
});

describe("GET /analytics/runs", () => {
  it("lists the runs with timings and the fits in use, for the caller's shop only", async () => {
    const res = await call(server, sessions.analyst, { url: "/api/v1/analytics/runs" });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.runs).toHaveLength(1);
    expect(body.runs[0]).toMatchObject({
      id: run.runId,
      mode: "full",
      status: "succeeded",
      customers: 24,
      asOf: run.asOf?.toISOString(),
      error: null,
    });
    expect(Object.keys(body.runs[0].timingsMs)).toEqual(expect.arrayContaining(["read", "fit", "write"]));
    const purchase = body.fits.find((f: { model: string }) => f.model === "bgnbd");
    expect(purchase).toMatchObject({
      id: run.thresholds?.prediction.purchaseFitId,
      runId: run.runId,
      trusted: run.thresholds?.prediction.trusted,
      inUse: true,
    });
    expect(Object.keys(purchase.params).sort()).toEqual(["a", "alpha", "b", "r"]);
    expect(typeof purchase.reason).toBe("string");

    const theirs = (await call(server, otherOwner, { url: "/api/v1/analytics/runs" })).json();
    expect(theirs.runs.map((r: { id: number }) => r.id)).toEqual([otherRun.runId]);
    expect(theirs.runs[0].customers).toBe(5);
  });
});

describe("POST /analytics/recompute", () => {
  it("queues the job for an owner, answers 202 and audits; a waiting job is not queued twice", async () => {
    const post = (mode: string) =>
      call(server, sessions.owner, { method: "POST", url: "/api/v1/analytics/recompute", payload: { mode } });
    const res = await post("full");
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ mode: "full", jobId: expect.any(String), alreadyQueued: false });
    const again = await post("full");
    expect(again.statusCode).toBe(202);
    expect(again.json()).toEqual({ mode: "full", jobId: null, alreadyQueued: true });
    const incremental = await post("incremental");
    expect(incremental.json()).toMatchObject({ mode: "incremental", alreadyQueued: false });
    const { rows } = await server.handle.pool.query(
      `select id, data, singleton_key from ${BOSS_SCHEMA}.job where name = 'analytics.recompute' order by created_on`,
    );
    expect(rows).toEqual([
      {
        id: res.json().jobId,
        data: { shopId: shop.id, mode: "full" },
        singleton_key: `analytics.recompute:${shop.id}:full`,
      },
      {
        id: incremental.json().jobId,
        data: { shopId: shop.id, mode: "incremental" },
        singleton_key: `analytics.recompute:${shop.id}:incremental`,
      },
    ]);

    const events = (await listAudit(server.handle.db, OPERATOR, shop.id, { action: "analytics.recomputed" }))
      .items;
    expect(events.map((e) => e.data.mode)).toEqual(["incremental", "full", "full"]);
    expect(events[0]?.actor.memberId).toBe(sessions.owner.memberId);
  });

  it("is forbidden without analytics:run and refuses a bad mode", async () => {
    for (const role of ["presale", "aftersale", "analyst"] as const) {
      const res = await call(server, sessions[role], {
        method: "POST",
        url: "/api/v1/analytics/recompute",
        payload: { mode: "full" },
      });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: "forbidden", data: { permission: "analytics:run" } });
    }
    const bad = await call(server, sessions.admin, {
      method: "POST",
      url: "/api/v1/analytics/recompute",
      payload: { mode: "everything" },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().data.field).toBe("body.mode");
  });
});

describe("OpenAPI", () => {
  it("documents every dashboard endpoint with its parameters and response", async () => {
    const doc = (await call(server, null, { url: "/api/openapi.json" })).json();
    for (const kind of Object.keys(REPORT_QUERIES)) {
      const op = doc.paths[`/api/v1/analytics/reports/${kind}`]?.get;
      expect(op, kind).toBeDefined();
      expect(op.responses["200"].content["application/json"].schema.properties).toHaveProperty("from");
    }
    const churn = doc.paths["/api/v1/analytics/reports/churn"].get;
    expect(churn.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(["from", "to", "platform", "granularity", "churnDays"]),
    );
    expect(doc.paths["/api/v1/analytics/top-customers"].get).toBeDefined();
    expect(doc.paths["/api/v1/analytics/runs"].get).toBeDefined();
    expect(doc.paths["/api/v1/analytics/recompute"].post.responses).toHaveProperty("202");
    expect(doc.paths["/api/v1/shop"].patch.requestBody).toBeDefined();
    expect(doc.paths["/api/v1/shop/settings/analytics"].patch.requestBody).toBeDefined();
    expect(doc.paths["/api/v1/stats"].get).toBeDefined();
  });
});
