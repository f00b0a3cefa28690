import fs from "node:fs";
import type { Shop } from "@laoke/core";
import { insertTestCustomer } from "@laoke/core/testing/customers.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../../core/src/testing/fixtures.ts";
import { writeCsv } from "../../core/src/testing/sheet-files.ts";
import { buildTestShop, call, createTestServer, type Session, signIn, type TestServer } from "./testing.ts";

// Reviews and customer groups over HTTP: permissions, uploads imported while the request waits,
// masking of members' phones, other shops' ids.
let server: TestServer;
let shop: Shop;
let otherShop: Shop;
let owner: Session;
let aftersale: Session;
let analyst: Session;
let stranger: Session;
const ids = { zhang: 0, li: 0, other: 0 };

beforeAll(async () => {
  server = await createTestServer({
    config: { home: tempDir("laoke-groups-home-"), uploadLimitBytes: 64 * 1024 },
  });
  shop = await buildTestShop(server);
  otherShop = await buildTestShop(server);
  owner = await signIn(server, shop, "owner");
  aftersale = await signIn(server, shop, "aftersale");
  analyst = await signIn(server, shop, "analyst");
  stranger = await signIn(server, otherShop, "owner");
  const pool = server.handle.pool;
  ids.zhang = await insertTestCustomer(pool, shop, {
    name: "张三",
    identities: [
      { platform: "taobao", kind: "nick", value: "张三的淘宝" },
      { platform: "*", kind: "phone", value: "13812341234" },
    ],
    orders: [{ externalId: "7100000000000001", orderedAt: "2025-03-01T10:00:00+08:00" }],
  });
  ids.li = await insertTestCustomer(pool, shop, { name: "李四" });
  ids.other = await insertTestCustomer(pool, otherShop, { name: "别家客户" });
});
afterAll(() => server.close());

/** A multipart/form-data body as a browser sends it. */
async function upload(
  session: Session,
  url: string,
  field: string,
  files: { name: string; content: Buffer }[],
) {
  const body = new FormData();
  for (const f of files) body.append(field, new Blob([f.content]), f.name);
  const request = new Request("http://localhost/", { method: "POST", body });
  const payload = Buffer.from(await request.arrayBuffer());
  const headers = { "content-type": String(request.headers.get("content-type")), "accept-language": "en" };
  return call(server, session, { method: "POST", url, payload, headers });
}

/** A GB18030 CSV as Taobao and Excel write it. */
const gbCsv = ([header, ...rows]: string[][]) =>
  fs.readFileSync(writeCsv(tempDir(), "upload.csv", header ?? [], rows, "gb18030"));
const post = (session: Session, url: string, payload: unknown) =>
  call(server, session, { method: "POST", url, payload });

describe("reviews", () => {
  it("are typed in with customers:write, read by everyone, shown on the customer's page", async () => {
    const created = await post(aftersale, `/api/v1/customers/${ids.li}/reviews`, {
      rating: 5,
      content: "电话里说很满意",
      reviewedAt: "2025-04-01T02:00:00.000Z",
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      rating: 5,
      source: "manual",
      reviewedAt: "2025-04-01T02:00:00.000Z",
    });
    expect((await post(analyst, `/api/v1/customers/${ids.li}/reviews`, { rating: 5 })).statusCode).toBe(403);
    expect((await post(aftersale, `/api/v1/customers/${ids.li}/reviews`, { rating: 9 })).statusCode).toBe(
      400,
    );
    const list = await call(server, analyst, { url: `/api/v1/customers/${ids.li}/reviews?limit=5` });
    expect(list.json()).toMatchObject({ items: [{ id: created.json().id }], nextCursor: null });
    const detail = await call(server, analyst, { url: `/api/v1/customers/${ids.li}` });
    expect(detail.json().reviews).toEqual(list.json().items);
    expect((await call(server, stranger, { url: `/api/v1/customers/${ids.li}/reviews` })).statusCode).toBe(
      404,
    );
    const removed = await call(server, aftersale, {
      method: "DELETE",
      url: `/api/v1/reviews/${created.json().id}`,
    });
    expect(removed.json()).toEqual({ id: created.json().id });
  });

  it("are imported from an uploaded export while the request waits, idempotently and audited", async () => {
    const file = gbCsv([
      ["订单编号", "买家昵称", "宝贝名称", "评价内容", "评价结果", "评价时间"],
      ['="7100000000000001"', "张三的淘宝", "T恤", "很好", "好评", "2025-03-05 10:00:00"],
      ["", "陌生人", "T恤", "一般", "中评", "2025-03-06 10:00:00"],
    ]);
    const first = await upload(aftersale, "/api/v1/reviews/imports", "files", [
      { name: "评价.csv", content: file },
    ]);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ inserted: 1, updated: 0, unchanged: 0, rejected: 1 });
    expect(first.json().rejects[0]).toMatchObject({
      file: "评价.csv",
      row: 3,
      field: "买家昵称",
      code: "unmatched_customer",
      message: expect.stringContaining("No customer of the shop placed this review"),
    });
    const again = await upload(aftersale, "/api/v1/reviews/imports", "files", [
      { name: "评价.csv", content: file },
    ]);
    expect(again.json()).toMatchObject({ inserted: 0, unchanged: 1, rejected: 1 });
    const audit = (await call(server, owner, { url: "/api/v1/audit?action=reviews.imported" })).json();
    expect(audit.items[0]).toMatchObject({ data: { files: ["评价.csv"], unchanged: 1 } });

    const imported = (await call(server, owner, { url: `/api/v1/customers/${ids.zhang}/reviews` })).json()
      .items[0];
    const refused = await call(server, owner, { method: "DELETE", url: `/api/v1/reviews/${imported.id}` });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe("review_imported");
    expect(
      (await upload(analyst, "/api/v1/reviews/imports", "files", [{ name: "a.csv", content: file }]))
        .statusCode,
    ).toBe(403);
    const notReviews = await upload(owner, "/api/v1/reviews/imports", "files", [
      {
        name: "x.csv",
        content: gbCsv([
          ["a", "b"],
          ["1", "2"],
        ]),
      },
    ]);
    expect(notReviews.statusCode).toBe(400);
    expect(notReviews.json()).toMatchObject({ code: "review_columns_missing", data: { file: "x.csv" } });
    const big = await upload(owner, "/api/v1/reviews/imports", "files", [
      { name: "big.csv", content: Buffer.alloc(100 * 1024, "a") },
    ]);
    expect(big.statusCode).toBe(413);
    expect((await post(owner, "/api/v1/reviews/imports", {})).json().code).toBe("upload_invalid");
  });
});

describe("customer groups", () => {
  it("are managed with settings, get a roster from staff and show lurkers with masked phones", async () => {
    const created = await post(owner, "/api/v1/groups", { name: "老客福利群", channel: "wechat" });
    expect(created.statusCode).toBe(201);
    const group = created.json();
    expect(group).toMatchObject({
      name: "老客福利群",
      memberCount: 0,
      lurkerDays: 30,
      rosterImportedAt: null,
    });
    const denied = await post(aftersale, "/api/v1/groups", { name: "售后建的" });
    expect(denied.json()).toMatchObject({ code: "forbidden", data: { permission: "settings" } });
    const duplicate = await post(owner, "/api/v1/groups", { name: "老客福利群" });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({
      code: "group_exists",
      title: "已有名为 “老客福利群” 的群,请换一个名字。",
    });

    const roster = gbCsv([
      ["群昵称", "手机号", "入群时间", "最后发言时间"],
      ["三哥", "+86 138-1234-1234", "2024-01-01", ""],
      ["李四", "", "2024-01-01", ""],
      ["潜水员", "13900001111", "2024-01-01", ""],
    ]);
    const imported = await upload(aftersale, `/api/v1/groups/${group.id}/roster`, "file", [
      { name: "群成员.csv", content: roster },
    ]);
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toMatchObject({ members: 3, inserted: 3, matched: 2, unmatched: 1, rejected: 0 });
    const again = await upload(aftersale, `/api/v1/groups/${group.id}/roster`, "file", [
      { name: "群成员.csv", content: roster },
    ]);
    expect(again.json()).toMatchObject({ inserted: 0, updated: 0, unchanged: 3, removed: 0 });
    const twoFiles = await upload(aftersale, `/api/v1/groups/${group.id}/roster`, "file", [
      { name: "a.csv", content: roster },
      { name: "b.csv", content: roster },
    ]);
    expect(twoFiles.json().code).toBe("upload_invalid");

    const lurkers = await call(server, aftersale, {
      url: `/api/v1/groups/${group.id}/members?lurkers=1&days=30`,
    });
    expect(lurkers.statusCode).toBe(200);
    // 三哥 (张三) bought in 2025, long ago: everyone is silent for 30 days here.
    expect(
      lurkers.json().items.map((m: { name: string; phone: string | null }) => [m.name, m.phone]),
    ).toEqual([
      ["三哥", "138****1234"],
      ["李四", null],
      ["潜水员", "139****1111"],
    ]);
    expect(lurkers.body).not.toContain("13812341234");
    // Matched lines name their customer: the name masked, the platform nick as it is.
    expect(lurkers.json().items.map((m: { customer: unknown }) => m.customer)).toEqual([
      { id: ids.zhang, name: "张*", nick: "张三的淘宝" },
      { id: ids.li, name: "李*", nick: null },
      null,
    ]);
    const clear = await call(server, owner, { url: `/api/v1/groups/${group.id}/members` });
    expect(clear.json().items[0].phone).toBe("13812341234");
    // pii:read clears the roster's phones, never the customer's name in a list.
    expect(clear.json().items[0].customer).toEqual({ id: ids.zhang, name: "张*", nick: "张三的淘宝" });
    const list = (await call(server, analyst, { url: "/api/v1/groups?days=30" })).json();
    expect(list.items[0]).toMatchObject({ memberCount: 3, matchedCount: 2, lurkerCount: 3 });
    const one = await call(server, analyst, { url: `/api/v1/groups/${group.id}?days=30` });
    expect(one.json()).toEqual(list.items[0]);
    expect((await call(server, stranger, { url: `/api/v1/groups/${group.id}` })).statusCode).toBe(404);

    const stray = lurkers.json().items[2];
    const matched = await call(server, aftersale, {
      method: "PATCH",
      url: `/api/v1/groups/${group.id}/members/${stray.id}`,
      payload: { customerId: ids.li },
    });
    expect(matched.json()).toMatchObject({
      customerId: ids.li,
      customer: { id: ids.li, name: "李*", nick: null },
      matchedBy: "staff",
      phone: "139****1111",
    });
    const foreignCustomer = await call(server, aftersale, {
      method: "PATCH",
      url: `/api/v1/groups/${group.id}/members/${stray.id}`,
      payload: { customerId: ids.other },
    });
    expect(foreignCustomer.json()).toMatchObject({ code: "invalid_input", data: { field: "customerId" } });
    expect((await call(server, stranger, { url: `/api/v1/groups/${group.id}/members` })).statusCode).toBe(
      404,
    );
    const audit = (await call(server, owner, { url: "/api/v1/audit?action=group.roster_imported" })).json();
    expect(audit.items).toHaveLength(2);

    const renamed = await call(server, owner, {
      method: "PATCH",
      url: `/api/v1/groups/${group.id}`,
      payload: { name: "老客群" },
    });
    expect(renamed.json()).toMatchObject({ name: "老客群", memberCount: 3 });
    const deleted = await call(server, owner, { method: "DELETE", url: `/api/v1/groups/${group.id}` });
    expect(deleted.json()).toEqual({ id: group.id, members: 3 });
  });

  it("are usable in segment rules", async () => {
    const group = (await post(owner, "/api/v1/groups", { name: "规则群" })).json();
    await upload(owner, `/api/v1/groups/${group.id}/roster`, "file", [
      {
        name: "r.csv",
        content: gbCsv([
          ["昵称", "电话"],
          ["三哥", "13812341234"],
        ]),
      },
    ]);
    const rule = {
      all: [
        { field: "groups", op: "has_any", value: [group.id] },
        { field: "lurker_in_group", op: "is_lurker", value: 30 },
      ],
    };
    const res = await post(analyst, "/api/v1/segments/count", { rule });
    expect(res.statusCode).toBe(200);
    expect(res.json().count).toBe(1);
  });
});
