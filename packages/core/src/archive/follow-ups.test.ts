import { createTestDatabase } from "@laoke/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffActor } from "../shared/actor.ts";
import type { Shop } from "../shops/index.ts";
import { insertTestCustomer } from "../testing/customers.ts";
import { buildShop } from "../testing/fixtures.ts";
import { insertTestStaff } from "../testing/staff.ts";
import {
  cancelFollowUp,
  completeFollowUp,
  listDueFollowUps,
  listFollowUps,
  scheduleFollowUp,
  updateFollowUp,
} from "./index.ts";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let shop: Shop;
let otherShop: Shop;
let owner: StaffActor;
let aftersale: StaffActor;
let stranger: StaffActor;
const ids = { a: 0, b: 0, merged: 0, other: 0 };

// 2026-11-27 23:00 in Shanghai, 10:00 in New York.
const NOW = new Date("2026-11-27T15:00:00Z");
const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  h = await createTestDatabase();
  shop = await buildShop(h.db);
  otherShop = await buildShop(h.db, { timeZone: "America/New_York" });
  owner = await insertTestStaff(h.db, shop, "owner");
  aftersale = await insertTestStaff(h.db, shop, "aftersale");
  stranger = await insertTestStaff(h.db, otherShop, "owner");
  ids.a = await insertTestCustomer(h.pool, shop, {
    name: "张三",
    identities: [
      { platform: "taobao", kind: "platform_customer_id", value: "2200001" },
      { platform: "taobao", kind: "nick", value: "tb_zhangsan" },
      { platform: "*", kind: "phone", value: "13812341234" },
    ],
  });
  ids.b = await insertTestCustomer(h.pool, shop, {
    name: "李四",
    identities: [{ platform: "jd", kind: "platform_customer_id", value: "jd_li_001" }],
  });
  ids.merged = await insertTestCustomer(h.pool, shop, { mergedInto: ids.a });
  ids.other = await insertTestCustomer(h.pool, otherShop, { name: "Bob" });
});
afterAll(() => h?.dispose());

describe("a follow-up's life", () => {
  it("is scheduled, rescheduled, reassigned and completed once", async () => {
    const visit = await scheduleFollowUp(h.db, aftersale, shop.id, {
      customerId: ids.a,
      channel: "phone",
      purpose: "  收货后回访,问尺码  ",
      dueAt: at("2026-11-28T02:00:00Z"),
    });
    expect(visit).toMatchObject({
      customerId: ids.a,
      // The name masked as in every list; the nick before the platform id, in clear.
      customer: { id: ids.a, name: "张*", nick: "tb_zhangsan" },
      channel: "phone",
      purpose: "收货后回访,问尺码",
      status: "scheduled",
      // Nobody named: the scheduler is the assignee.
      assignee: { memberId: aftersale.memberId, name: aftersale.name },
      createdBy: aftersale.name,
      outcome: null,
    });
    await h.pool.query("update follow_ups set reminded_at = now() where shop_id = $1 and id = $2", [
      shop.id,
      visit.id,
    ]);
    const moved = await updateFollowUp(h.db, aftersale, shop.id, visit.id, {
      dueAt: at("2026-11-29T02:00:00Z"),
      assigneeMemberId: owner.memberId,
      channel: "message",
    });
    expect(moved).toMatchObject({ channel: "message", assignee: { memberId: owner.memberId } });
    expect(moved.dueAt.toISOString()).toBe("2026-11-29T02:00:00.000Z");
    const { rows } = await h.pool.query("select reminded_at from follow_ups where shop_id = $1 and id = $2", [
      shop.id,
      visit.id,
    ]);
    expect(rows[0]?.reminded_at).toBeNull();

    const done = await completeFollowUp(h.db, owner, shop.id, visit.id, {
      reached: true,
      satisfaction: 4,
      productFeedback: "面料舒服,袖子偏长",
      preferencesLearned: "喜欢浅色",
      note: "下次上新通知",
    });
    expect(done).toMatchObject({
      status: "done",
      outcome: {
        completedBy: owner.name,
        reached: true,
        satisfaction: 4,
        productFeedback: "面料舒服,袖子偏长",
        preferencesLearned: "喜欢浅色",
        note: "下次上新通知",
      },
    });
    const closed = { code: "follow_up_closed", data: { status: "done" } };
    await expect(completeFollowUp(h.db, owner, shop.id, visit.id, { reached: false })).rejects.toMatchObject(
      closed,
    );
    await expect(cancelFollowUp(h.db, owner, shop.id, visit.id)).rejects.toMatchObject(closed);
    await expect(
      updateFollowUp(h.db, owner, shop.id, visit.id, { dueAt: at("2026-12-01T00:00:00Z") }),
    ).rejects.toMatchObject(closed);
  });

  it("is cancelled, and then closed too", async () => {
    const visit = await scheduleFollowUp(h.db, owner, shop.id, {
      customerId: ids.b,
      channel: "group",
      dueAt: at("2026-12-01T02:00:00Z"),
      assigneeMemberId: null,
    });
    expect(visit.assignee).toBeNull();
    expect((await cancelFollowUp(h.db, aftersale, shop.id, visit.id)).status).toBe("cancelled");
    await expect(completeFollowUp(h.db, owner, shop.id, visit.id, { reached: true })).rejects.toMatchObject({
      code: "follow_up_closed",
      data: { status: "cancelled" },
    });
  });

  it("checks the customer, the assignee, the outcome and the shop", async () => {
    const base = { customerId: ids.a, channel: "visit" as const, dueAt: NOW };
    for (const customerId of [ids.merged, ids.other, 999_999]) {
      await expect(scheduleFollowUp(h.db, owner, shop.id, { ...base, customerId })).rejects.toMatchObject({
        code: "not_found",
      });
    }
    const gone = await insertTestStaff(h.db, shop, "presale");
    await h.pool.query("update staff_members set status = 'deactivated' where shop_id = $1 and id = $2", [
      shop.id,
      gone.memberId,
    ]);
    for (const assigneeMemberId of [gone.memberId, stranger.memberId]) {
      await expect(
        scheduleFollowUp(h.db, owner, shop.id, { ...base, assigneeMemberId }),
      ).rejects.toMatchObject({ code: "assignee_invalid", data: { memberId: assigneeMemberId } });
    }
    await expect(
      scheduleFollowUp(h.db, owner, shop.id, { ...base, channel: "carrier-pigeon" as never }),
    ).rejects.toMatchObject({ code: "invalid_input", data: { field: "channel" } });
    const visit = await scheduleFollowUp(h.db, owner, shop.id, base);
    await expect(
      updateFollowUp(h.db, owner, shop.id, visit.id, { assigneeMemberId: gone.memberId }),
    ).rejects.toMatchObject({ code: "assignee_invalid" });
    await expect(
      completeFollowUp(h.db, owner, shop.id, visit.id, { reached: true, satisfaction: 6 }),
    ).rejects.toMatchObject({ code: "invalid_input", data: { field: "satisfaction" } });
    await expect(cancelFollowUp(h.db, stranger, otherShop.id, visit.id)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(cancelFollowUp(h.db, owner, shop.id, visit.id + 1000)).rejects.toMatchObject({
      code: "not_found",
    });
    const analyst = await insertTestStaff(h.db, shop, "analyst");
    await expect(cancelFollowUp(h.db, analyst, shop.id, visit.id)).rejects.toMatchObject({
      code: "forbidden",
    });
    await cancelFollowUp(h.db, owner, shop.id, visit.id);
  });
});

describe("due visits in the shop's time zone", () => {
  it("splits open visits into overdue, today (until the shop's midnight) and upcoming", async () => {
    const schedule = (actor: StaffActor, shopId: number, customerId: number, dueAt: string) =>
      scheduleFollowUp(h.db, actor, shopId, { customerId, channel: "phone", dueAt: at(dueAt) });
    // Shanghai: 22:00 (overdue), 23:30 (today), 01:00 the next day (upcoming).
    const overdue = await schedule(aftersale, shop.id, ids.a, "2026-11-27T14:00:00Z");
    const today = await schedule(aftersale, shop.id, ids.b, "2026-11-27T15:30:00Z");
    const upcoming = await schedule(owner, shop.id, ids.a, "2026-11-27T17:00:00Z");
    const done = await schedule(aftersale, shop.id, ids.b, "2026-11-27T13:00:00Z");
    await completeFollowUp(h.db, aftersale, shop.id, done.id, { reached: false });
    // New York, the same instants: 09:00 (overdue), 10:30 and 12:00 (both today).
    await schedule(stranger, otherShop.id, ids.other, "2026-11-27T14:00:00Z");
    await schedule(stranger, otherShop.id, ids.other, "2026-11-27T15:30:00Z");
    await schedule(stranger, otherShop.id, ids.other, "2026-11-27T17:00:00Z");

    const list = async (actor: StaffActor, shopId: number, input: Parameters<typeof listFollowUps>[3]) =>
      (await listFollowUps(h.db, actor, shopId, { limit: 200, ...input }, NOW)).items.map((f) => f.id);
    expect(await list(owner, shop.id, { due: "overdue" })).toContain(overdue.id);
    expect(await list(owner, shop.id, { due: "overdue" })).not.toContain(done.id);
    expect(await list(owner, shop.id, { due: "today" })).toEqual([today.id]);
    expect(await list(owner, shop.id, { due: "upcoming" })).toContain(upcoming.id);
    expect(await list(owner, shop.id, { due: "upcoming" })).not.toContain(today.id);
    expect(await list(stranger, otherShop.id, { due: "today" })).toHaveLength(2);
    expect(await list(stranger, otherShop.id, { due: "overdue" })).toHaveLength(1);

    const mine = await listDueFollowUps(h.db, aftersale, shop.id, {}, NOW);
    expect(mine.mine).toEqual({ overdue: expect.any(Number), today: 1 });
    expect(mine.all).toBeNull();
    const all = await listDueFollowUps(h.db, owner, shop.id, {}, NOW);
    expect(all.mine).toEqual({ overdue: expect.any(Number), today: 0 });
    expect(all.all?.today).toBe(1);
    expect(all.all?.overdue).toBe((await list(owner, shop.id, { due: "overdue" })).length);
    // Owners see anyone's badge; staff only their own.
    expect(
      (await listDueFollowUps(h.db, owner, shop.id, { memberId: aftersale.memberId }, NOW)).mine,
    ).toEqual(mine.mine);
    await expect(
      listDueFollowUps(h.db, aftersale, shop.id, { memberId: owner.memberId }, NOW),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await listDueFollowUps(h.db, stranger, otherShop.id, {}, NOW)).toEqual({
      mine: { overdue: 1, today: 2 },
      all: { overdue: 1, today: 2 },
    });
  });

  it("lists by due time with filters and keyset pages", async () => {
    const all = await listFollowUps(h.db, owner, shop.id, { limit: 200 }, NOW);
    const dues = all.items.map((f) => f.dueAt.getTime());
    expect(dues).toEqual([...dues].sort((x, y) => x - y));
    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await listFollowUps(
        h.db,
        owner,
        shop.id,
        { limit: 2, ...(cursor ? { cursor } : {}) },
        NOW,
      );
      seen.push(...page.items.map((f) => f.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all.items.map((f) => f.id));

    // Finished visits read as a history: latest first, through keyset pages too.
    const done = await listFollowUps(h.db, owner, shop.id, { status: "done", limit: 200 }, NOW);
    const doneDues = done.items.map((f) => f.dueAt.getTime());
    expect(done.items.length).toBeGreaterThan(1);
    expect(doneDues).toEqual([...doneDues].sort((x, y) => y - x));
    const donePaged: number[] = [];
    cursor = undefined;
    do {
      const page = await listFollowUps(
        h.db,
        owner,
        shop.id,
        { status: "done", limit: 1, ...(cursor ? { cursor } : {}) },
        NOW,
      );
      donePaged.push(...page.items.map((f) => f.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(donePaged).toEqual(done.items.map((f) => f.id));

    const byAssignee = await listFollowUps(h.db, owner, shop.id, { assigneeMemberId: owner.memberId }, NOW);
    expect(byAssignee.items.every((f) => f.assignee?.memberId === owner.memberId)).toBe(true);
    const byCustomer = await listFollowUps(h.db, owner, shop.id, { customerId: ids.b, status: "done" }, NOW);
    expect(byCustomer.items.length).toBeGreaterThan(0);
    expect(byCustomer.items.every((f) => f.customerId === ids.b && f.status === "done")).toBe(true);
    expect(byCustomer.items.map((f) => f.customer)).toEqual(
      byCustomer.items.map(() => ({ id: ids.b, name: "李*", nick: "jd_li_001" })),
    );
    await expect(listFollowUps(h.db, owner, shop.id, { cursor: "nonsense" }, NOW)).rejects.toMatchObject({
      code: "invalid_cursor",
    });
    await expect(listFollowUps(h.db, stranger, shop.id, {}, NOW)).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
