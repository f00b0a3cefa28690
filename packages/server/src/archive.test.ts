import type { Shop } from "@laoke/core";
import { insertTestCustomer } from "@laoke/core/testing/customers.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestShop, call, createTestServer, type Session, signIn, type TestServer } from "./testing.ts";

let server: TestServer;
let shop: Shop;
let otherShop: Shop;
let owner: Session;
let aftersale: Session;
let analyst: Session;
let stranger: Session;
const ids = { zhang: 0, li: 0, merged: 0, other: 0 };

beforeAll(async () => {
  server = await createTestServer();
  shop = await buildTestShop(server);
  otherShop = await buildTestShop(server);
  owner = await signIn(server, shop, "owner");
  aftersale = await signIn(server, shop, "aftersale");
  analyst = await signIn(server, shop, "analyst");
  stranger = await signIn(server, otherShop, "owner");
  const pool = server.handle.pool;
  ids.zhang = await insertTestCustomer(pool, shop, {
    name: "张三丰",
    phone: "13812341234",
    province: "浙江省",
    city: "杭州市",
    district: "西湖区",
    address: "文三路100号",
    identities: [{ platform: "taobao", kind: "nick", value: "tb_zhangsf" }],
  });
  ids.li = await insertTestCustomer(pool, shop, { name: "李四" });
  ids.merged = await insertTestCustomer(pool, shop, { name: "张合并", mergedInto: ids.zhang });
  ids.other = await insertTestCustomer(pool, otherShop, { name: "别家客户" });
});
afterAll(() => server.close());

const post = (session: Session, url: string, payload?: unknown) =>
  call(server, session, { method: "POST", url, payload: payload ?? {} });

describe("tags", () => {
  it("are managed with settings and given by staff with customers:write", async () => {
    const created = await post(owner, "/api/v1/tags", { name: "高价值", color: "gold" });
    expect(created.statusCode).toBe(201);
    const tag = created.json();
    expect(tag).toMatchObject({ name: "高价值", color: "gold", automatic: false, customerCount: 0 });

    const denied = await post(aftersale, "/api/v1/tags", { name: "售后建的" });
    expect(denied.statusCode).toBe(403);
    expect(denied.json()).toMatchObject({ code: "forbidden", data: { permission: "settings" } });
    const duplicate = await post(owner, "/api/v1/tags", { name: "高价值" });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ code: "tag_exists", title: "标签 “高价值” 已存在。" });

    const tagged = await post(aftersale, `/api/v1/customers/${ids.zhang}/tags`, { tagId: tag.id });
    expect(tagged.statusCode).toBe(200);
    expect(tagged.json().items).toEqual([expect.objectContaining({ id: tag.id, source: "manual" })]);
    expect((await post(analyst, `/api/v1/customers/${ids.zhang}/tags`, { tagId: tag.id })).statusCode).toBe(
      403,
    );

    const bulk = await post(aftersale, `/api/v1/tags/${tag.id}/customers`, {
      customerIds: [ids.zhang, ids.li, ids.merged, ids.other],
    });
    expect(bulk.json()).toEqual({ tagged: 1, unchanged: 1, skipped: [ids.merged, ids.other] });
    const list = await call(server, analyst, { url: "/api/v1/tags" });
    expect(list.json().items.find((t: { id: number }) => t.id === tag.id).customerCount).toBe(2);

    const untagged = await call(server, aftersale, {
      method: "DELETE",
      url: `/api/v1/customers/${ids.li}/tags/${tag.id}`,
    });
    expect(untagged.json()).toEqual({ items: [] });
  });

  it("refuses automatic tags by hand, in the caller's language", async () => {
    const tag = (await post(owner, "/api/v1/tags", { name: "沉睡" })).json();
    await server.handle.pool.query(`update tags set rule = '{"all": []}' where shop_id = $1 and id = $2`, [
      shop.id,
      tag.id,
    ]);
    const res = await call(server, aftersale, {
      method: "POST",
      url: `/api/v1/customers/${ids.zhang}/tags`,
      payload: { tagId: tag.id },
      headers: { "accept-language": "en" },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: "tag_is_automatic", data: { name: "沉睡" } });
    expect(res.json().title).toContain('"沉睡" is applied and removed by its rule');
  });

  it("validate their input and hide other shops' tags", async () => {
    const bad = await post(owner, "/api/v1/tags", { name: "x", color: "chartreuse" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: "invalid_input" });
    const tooMany = await post(owner, "/api/v1/tags/1/customers", {
      customerIds: Array.from({ length: 1001 }, (_, i) => i + 1),
    });
    expect(tooMany.statusCode).toBe(400);
    const tag = (await post(owner, "/api/v1/tags", { name: "本店专用" })).json();
    const foreign = await call(server, stranger, {
      method: "PATCH",
      url: `/api/v1/tags/${tag.id}`,
      payload: { name: "偷改" },
    });
    expect(foreign.statusCode).toBe(404);
    const foreignTagging = await post(stranger, `/api/v1/customers/${ids.zhang}/tags`, { tagId: tag.id });
    expect(foreignTagging.statusCode).toBe(404);
    const deleted = await call(server, owner, { method: "DELETE", url: `/api/v1/tags/${tag.id}` });
    expect(deleted.json()).toEqual({ id: tag.id, customers: 0 });
  });
});

describe("notes", () => {
  it("are written by staff, edited by their author or owners, and read by everyone", async () => {
    const created = await post(aftersale, `/api/v1/customers/${ids.zhang}/notes`, { body: "喜欢白色" });
    expect(created.statusCode).toBe(201);
    const note = created.json();
    expect(note).toMatchObject({ body: "喜欢白色", authorMemberId: aftersale.memberId });
    const colleague = await signIn(server, shop, "aftersale");
    const denied = await call(server, colleague, {
      method: "PATCH",
      url: `/api/v1/notes/${note.id}`,
      payload: { body: "改掉" },
    });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().data).toEqual({ permission: "settings" });
    const edited = await call(server, owner, {
      method: "PATCH",
      url: `/api/v1/notes/${note.id}`,
      payload: { body: "喜欢白色和米色" },
    });
    expect(edited.json().body).toBe("喜欢白色和米色");
    const list = await call(server, analyst, { url: `/api/v1/customers/${ids.zhang}/notes?limit=5` });
    expect(list.json()).toMatchObject({ items: [{ id: note.id }], nextCursor: null });
    expect((await post(analyst, `/api/v1/customers/${ids.zhang}/notes`, { body: "x" })).statusCode).toBe(403);
    expect((await call(server, stranger, { url: `/api/v1/customers/${ids.zhang}/notes` })).statusCode).toBe(
      404,
    );
    const removed = await call(server, aftersale, { method: "DELETE", url: `/api/v1/notes/${note.id}` });
    expect(removed.json()).toEqual({ id: note.id });
  });
});

describe("follow-ups", () => {
  it("go from scheduled to done once, and show in the reminder badge", async () => {
    const due = new Date(Date.now() - 60_000).toISOString();
    const created = await post(aftersale, "/api/v1/follow-ups", {
      customerId: ids.zhang,
      channel: "phone",
      purpose: "收货回访",
      dueAt: due,
    });
    expect(created.statusCode).toBe(201);
    const visit = created.json();
    expect(visit).toMatchObject({
      customer: { id: ids.zhang, name: "张**", nick: "tb_zhangsf" },
      status: "scheduled",
      assignee: { memberId: aftersale.memberId },
      dueAt: due,
    });

    const mine = (await call(server, aftersale, { url: "/api/v1/follow-ups/summary" })).json();
    expect(mine).toEqual({ mine: { overdue: 1, today: 0 }, all: null });
    const all = (await call(server, owner, { url: "/api/v1/follow-ups/summary" })).json();
    expect(all).toEqual({ mine: { overdue: 0, today: 0 }, all: { overdue: 1, today: 0 } });
    const overdue = (await call(server, owner, { url: "/api/v1/follow-ups?due=overdue" })).json();
    expect(overdue.items.map((f: { id: number }) => f.id)).toEqual([visit.id]);
    // The list names the customer masked, even for the owner (pii:read): the customer page unmasks.
    expect(overdue.items[0].customer).toEqual({ id: ids.zhang, name: "张**", nick: "tb_zhangsf" });

    const later = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const moved = await call(server, aftersale, {
      method: "PATCH",
      url: `/api/v1/follow-ups/${visit.id}`,
      payload: { dueAt: later },
    });
    expect(moved.json().dueAt).toBe(later);
    const outcome = { reached: true, satisfaction: 5, productFeedback: "面料好", preferencesLearned: "M 码" };
    const done = await post(aftersale, `/api/v1/follow-ups/${visit.id}/complete`, outcome);
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: "done", outcome: { ...outcome, note: null } });
    const again = await post(aftersale, `/api/v1/follow-ups/${visit.id}/complete`, outcome);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: "follow_up_closed", data: { status: "done" } });
    expect((await post(aftersale, `/api/v1/follow-ups/${visit.id}/cancel`)).statusCode).toBe(409);
    expect((await post(stranger, `/api/v1/follow-ups/${visit.id}/cancel`)).statusCode).toBe(404);
  });

  it("check their input", async () => {
    const base = { customerId: ids.zhang, channel: "visit", dueAt: new Date().toISOString() };
    expect((await post(aftersale, "/api/v1/follow-ups", { ...base, dueAt: "tomorrow" })).statusCode).toBe(
      400,
    );
    expect((await post(aftersale, "/api/v1/follow-ups", { ...base, customerId: ids.other })).statusCode).toBe(
      404,
    );
    const wrongAssignee = await post(aftersale, "/api/v1/follow-ups", {
      ...base,
      assigneeMemberId: stranger.memberId,
    });
    expect(wrongAssignee.statusCode).toBe(400);
    expect(wrongAssignee.json().code).toBe("assignee_invalid");
    expect((await post(analyst, "/api/v1/follow-ups", base)).statusCode).toBe(403);
    const someone = await call(server, aftersale, {
      url: `/api/v1/follow-ups/summary?memberId=${owner.memberId}`,
    });
    expect(someone.statusCode).toBe(403);
  });
});

describe("the profile", () => {
  it("is edited by staff with customers:write, answered masked and audited without values", async () => {
    const res = await call(server, aftersale, {
      method: "PATCH",
      url: `/api/v1/customers/${ids.zhang}`,
      payload: { phone: "13900001111", address: "文一路1号", city: "杭州市", birthday: "1990-05-12" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: ids.zhang,
      name: "张**",
      phone: "139****1111",
      address: null,
      district: "西湖区",
      birthdayMonthDay: "05-12",
    });
    expect(res.body).not.toContain("13900001111");
    expect(res.body).not.toContain("文一路");
    const audit = (await call(server, owner, { url: "/api/v1/audit?action=customer.updated" })).json();
    expect(audit.items[0]).toMatchObject({
      actor: { memberId: aftersale.memberId },
      targetIds: [String(ids.zhang)],
      data: { fields: ["birthday", "phone", "address"] },
    });
    expect(JSON.stringify(audit)).not.toContain("13900001111");

    expect(
      (await call(server, analyst, { method: "PATCH", url: `/api/v1/customers/${ids.zhang}`, payload: {} }))
        .statusCode,
    ).toBe(403);
    for (const id of [ids.merged, ids.other]) {
      const gone = await call(server, owner, {
        method: "PATCH",
        url: `/api/v1/customers/${id}`,
        payload: {},
      });
      expect(gone.statusCode).toBe(404);
    }
    const unknownField = await call(server, owner, {
      method: "PATCH",
      url: `/api/v1/customers/${ids.zhang}`,
      payload: { mergedIntoId: 1 },
    });
    expect(unknownField.statusCode).toBe(400);
  });

  it("shows tags, notes and follow-ups on the customer's page", async () => {
    const detail = (await call(server, analyst, { url: `/api/v1/customers/${ids.zhang}` })).json();
    expect(detail.tags.map((t: { name: string }) => t.name)).toContain("高价值");
    expect(detail.notes).toEqual([]);
    expect(detail.closedFollowUps[0]).toMatchObject({ status: "done", outcome: { satisfaction: 5 } });
    expect(detail.customer.phone).toBe("139****1111");
  });
});
