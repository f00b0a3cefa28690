/**
 * Tenant isolation, table-driven over every registered route: a caller of shop A with every
 * permission asks for shop B's records by id, and must get exactly the 404 an unknown id gets,
 * while shop B's data stays unchanged. New routes are covered automatically: a route with an id
 * parameter that this file cannot fill fails the test until its resource is added to RESOURCES.
 */
import type { Shop } from "@laoke/core";
import { createApiKey, createStaffMember, inviteStaff, OPERATOR } from "@laoke/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildShop, runImport, tempDir } from "../../core/src/testing/fixtures.ts";
import { writeTaobaoExport } from "../../core/src/testing/taobao-files.ts";
import { registeredRoutes } from "./app.ts";
import {
  buildTestShop,
  call,
  createTestServer,
  type Session,
  signIn,
  TEST_PASSWORD,
  type TestServer,
} from "./testing.ts";

let server: TestServer;
let shopA: Shop;
let shopB: Shop;
let ownerA: Session;
/** Ids of shop B's records, by the route prefix that addresses them. */
const idsOfB: Record<string, number> = {};
const MARKER_B = "乙店独有买家";

// Which resource a parameterised route addresses: the longest matching prefix wins.
const RESOURCES: Record<string, string> = {
  "/api/v1/customers/": "customer",
  "/api/v1/orders/": "order",
  "/api/v1/staff/invitations/": "invitation",
  "/api/v1/staff/": "member",
  "/api/v1/api-keys/": "apiKey",
  "/api/v1/imports/": "importJob",
  "/api/v1/tags/": "tag",
  "/api/v1/notes/": "note",
  "/api/v1/follow-ups/": "followUp",
  "/api/v1/segments/": "segment",
  "/api/v1/reviews/": "review",
  "/api/v1/groups/": "group",
};

beforeAll(async () => {
  server = await createTestServer();
  const { db, pool } = server.handle;
  shopA = await buildTestShop(server);
  shopB = await buildShop(db);
  ownerA = await signIn(server, shopA, "owner");
  const dir = tempDir();
  await runImport(pool, shopA, writeTaobaoExport(dir, "a", [{ id: "8100000000000001", nick: "甲店买家" }]));
  await runImport(
    pool,
    shopB,
    writeTaobaoExport(dir, "b", [
      { id: "8200000000000001", nick: MARKER_B, receiver: "乙店收货人", phone: "'13900139000" },
    ]),
  );
  const ownerB = await createStaffMember(db, OPERATOR, shopB.id, {
    email: `owner-b-${shopB.id}@example.com`,
    password: TEST_PASSWORD,
    role: "owner",
  });
  const actorB = {
    kind: "staff" as const,
    shopId: shopB.id,
    memberId: ownerB.id,
    accountId: ownerB.accountId,
    name: "B",
    role: "owner" as const,
    permissions: new Set((await import("@laoke/core")).PERMISSIONS),
  };
  idsOfB.member = ownerB.id;
  idsOfB.apiKey = (
    await createApiKey(db, actorB, shopB.id, { name: "b", permissions: ["customers:read"] })
  ).id;
  idsOfB.invitation = (
    await inviteStaff(db, actorB, shopB.id, { email: "inv-b@example.com", role: "analyst" })
  ).id;
  idsOfB.customer = Number(
    (await pool.query("select id from customers where shop_id = $1 limit 1", [shopB.id])).rows[0].id,
  );
  idsOfB.order = Number(
    (await pool.query("select id from orders where shop_id = $1 limit 1", [shopB.id])).rows[0].id,
  );
  const job = await pool.query(
    `insert into import_jobs (shop_id, status, files, created_by) values ($1, 'succeeded', '[]', $2) returning id`,
    [shopB.id, ownerB.id],
  );
  idsOfB.importJob = Number(job.rows[0].id);
  const archive = await pool.query(
    `with tag as (insert into tags (shop_id, name) values ($1, '乙店标签') returning id),
          tagged as (insert into customer_tags (shop_id, customer_id, tag_id, source)
                     select $1, $2, id, 'manual' from tag),
          note as (insert into customer_notes (shop_id, customer_id, body) values ($1, $2, $3) returning id),
          visit as (insert into follow_ups (shop_id, customer_id, channel, due_at) values ($1, $2, 'phone', now())
                    returning id),
          segment as (insert into segments (shop_id, name, kind, rule)
                      values ($1, '乙店分群', 'dynamic', '{"field": "city", "op": "is_set"}') returning id)
     select (select id from tag) as tag, (select id from note) as note, (select id from visit) as visit,
            (select id from segment) as segment`,
    [shopB.id, idsOfB.customer, MARKER_B],
  );
  idsOfB.tag = Number(archive.rows[0].tag);
  idsOfB.note = Number(archive.rows[0].note);
  idsOfB.followUp = Number(archive.rows[0].visit);
  idsOfB.segment = Number(archive.rows[0].segment);
  const groups = await pool.query(
    `with review as (insert into customer_reviews (shop_id, customer_id, platform, rating, content, reviewed_at, source)
                     values ($1, $2, 'taobao', 5, $3, now(), 'manual') returning id),
          grp as (insert into customer_groups (shop_id, name) values ($1, '乙店群') returning id),
          member as (insert into customer_group_members (shop_id, group_id, member_key, customer_id, matched_by,
                                                         member_name, member_phone)
                     select $1, id, 'p:13900139000', $2, 'phone', $3, '13900139000' from grp)
     select (select id from review) as review, (select id from grp) as grp`,
    [shopB.id, idsOfB.customer, MARKER_B],
  );
  idsOfB.review = Number(groups.rows[0].review);
  idsOfB.group = Number(groups.rows[0].grp);
});
afterAll(() => server.close());

function resourceOf(url: string): string | undefined {
  const prefix = Object.keys(RESOURCES)
    .filter((p) => url.startsWith(p))
    .sort((a, b) => b.length - a.length)[0];
  return prefix ? RESOURCES[prefix] : undefined;
}

function withId(url: string, id: number): string {
  return url.replace(/:[A-Za-z]+/g, String(id));
}

/** A snapshot of shop B that no request of shop A may change. */
async function snapshotB(): Promise<string> {
  const { pool } = server.handle;
  const parts = await Promise.all(
    [
      "customers",
      "orders",
      "staff_members",
      "api_keys",
      "staff_invitations",
      "import_jobs",
      "tags",
      "customer_notes",
      "follow_ups",
      "segments",
      "customer_reviews",
      "customer_groups",
      "customer_group_members",
    ].map(async (t) => {
      const { rows } = await pool.query(`select * from ${t} where shop_id = $1 order by id`, [shopB.id]);
      return JSON.stringify(rows);
    }),
  );
  return parts.join("\n");
}

describe("tenant isolation over every route", () => {
  it("answers another shop's ids exactly like unknown ids, for every method, and changes nothing", async () => {
    const routes = registeredRoutes(server.app).filter(
      (r) => r.url.startsWith("/api/v1") && r.url.includes(":"),
    );
    expect(routes.length).toBeGreaterThan(5);
    const before = await snapshotB();
    for (const route of routes) {
      const resource = resourceOf(route.url);
      expect(resource, `no resource for ${route.method} ${route.url}: add it to RESOURCES`).toBeDefined();
      const id = idsOfB[resource as string];
      expect(id, `no id of shop B for ${resource}`).toBeDefined();
      const method = route.method as "GET";
      const payload = method === "GET" || method === "DELETE" ? undefined : {};
      const foreign = await call(server, ownerA, { method, url: withId(route.url, id as number), payload });
      const unknown = await call(server, ownerA, { method, url: withId(route.url, 987_654_321), payload });
      const label = `${route.method} ${route.url}`;
      // Routes whose body fails validation first answer 400 for both: still indistinguishable.
      expect(foreign.statusCode, label).toBe(unknown.statusCode);
      expect([404, 400], label).toContain(foreign.statusCode);
      const strip = (body: string) => {
        const { requestId: _r, instance: _i, ...rest } = JSON.parse(body);
        return rest;
      };
      expect(strip(foreign.body), label).toEqual(strip(unknown.body));
    }
    expect(await snapshotB()).toBe(before);
  });

  it("never shows shop B's records in any list of shop A", async () => {
    const lists = registeredRoutes(server.app).filter(
      (r) =>
        r.method === "GET" &&
        r.url.startsWith("/api/v1") &&
        !r.url.includes(":") &&
        !r.url.includes("export"),
    );
    for (const route of lists) {
      const res = await call(server, ownerA, { url: route.url });
      expect(res.body, route.url).not.toContain(MARKER_B);
      expect(res.body, route.url).not.toContain("乙店收货人");
    }
  });

  it("every /api/v1 route declares who may call it", () => {
    for (const r of registeredRoutes(server.app).filter((x) => x.url.startsWith("/api/v1"))) {
      expect(r.access, `${r.method} ${r.url}`).toBeDefined();
    }
  });

  it("an API key of shop A cannot read shop B either", async () => {
    const res = await call(server, ownerA, {
      method: "POST",
      url: "/api/v1/api-keys",
      payload: { name: "a", permissions: ["customers:read"] },
    });
    const key = { headers: { authorization: `Bearer ${res.json().token}` } } as unknown as Session;
    const staff = await call(server, key, { url: "/api/v1/staff" });
    expect(staff.body).not.toContain(`owner-b-${shopB.id}`);
  });
});
