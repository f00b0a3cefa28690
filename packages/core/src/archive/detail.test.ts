import { createTestDatabase } from "@laoke/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCustomer } from "../customers/index.ts";
import type { StaffActor } from "../shared/actor.ts";
import type { Shop } from "../shops/index.ts";
import { insertTestCustomer } from "../testing/customers.ts";
import { buildShop } from "../testing/fixtures.ts";
import { insertTestStaff } from "../testing/staff.ts";
import {
  addNote,
  cancelFollowUp,
  completeFollowUp,
  createTag,
  deleteNote,
  listNotes,
  scheduleFollowUp,
  tagCustomer,
} from "./index.ts";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let shop: Shop;
let owner: StaffActor;

beforeAll(async () => {
  h = await createTestDatabase();
  shop = await buildShop(h.db);
  owner = await insertTestStaff(h.db, shop, "owner");
});
afterAll(() => h?.dispose());

describe("the customer archive document", () => {
  it("carries the customer's tags, 20 newest notes, open and 10 latest closed follow-ups", async () => {
    const id = await insertTestCustomer(h.pool, shop, { name: "张三" });
    const neighbour = await insertTestCustomer(h.pool, shop, { name: "李四" });
    const empty = await getCustomer(h.db, owner, shop.id, id);
    expect(empty).toMatchObject({ tags: [], notes: [], openFollowUps: [], closedFollowUps: [] });

    const vip = await createTag(h.db, owner, shop.id, { name: "VIP", color: "gold" });
    const size = await createTag(h.db, owner, shop.id, { name: "大码" });
    await tagCustomer(h.db, owner, shop.id, id, vip.id);
    await tagCustomer(h.db, owner, shop.id, id, size.id);
    await tagCustomer(h.db, owner, shop.id, neighbour, size.id);
    for (let i = 0; i < 23; i++) await addNote(h.db, owner, shop.id, id, { body: `备注${i}` });
    const deleted = await addNote(h.db, owner, shop.id, id, { body: "删掉的" });
    await deleteNote(h.db, owner, shop.id, deleted.id);
    await addNote(h.db, owner, shop.id, neighbour, { body: "别人的" });
    const visits = [];
    for (let i = 0; i < 14; i++) {
      visits.push(
        await scheduleFollowUp(h.db, owner, shop.id, {
          customerId: id,
          channel: "phone",
          dueAt: new Date(Date.UTC(2026, 11, 1 + i)),
        }),
      );
    }
    for (const v of visits.slice(0, 11))
      await completeFollowUp(h.db, owner, shop.id, v.id, { reached: true });
    await cancelFollowUp(h.db, owner, shop.id, visits[11]?.id ?? 0);

    const d = await getCustomer(h.db, owner, shop.id, id);
    expect(d.tags.map((t) => [t.name, t.color, t.source, t.taggedBy])).toEqual([
      ["VIP", "gold", "manual", owner.name],
      ["大码", null, "manual", owner.name],
    ]);
    expect(d.tags[0]?.taggedAt).toBeInstanceOf(Date);
    expect(d.notes).toEqual((await listNotes(h.db, owner, shop.id, id, { limit: 20 })).items);
    expect(d.notes.map((n) => n.body)).toEqual(Array.from({ length: 20 }, (_, i) => `备注${22 - i}`));
    expect(d.openFollowUps.map((f) => f.id)).toEqual([visits[12]?.id, visits[13]?.id]);
    expect(d.openFollowUps[0]?.dueAt).toBeInstanceOf(Date);
    expect(d.openFollowUps[0]?.customer).toEqual({ id, name: "张*", nick: null });
    expect(d.closedFollowUps).toHaveLength(10);
    // The cancellation came last, then the completions newest first.
    expect(d.closedFollowUps[0]).toMatchObject({ id: visits[11]?.id, status: "cancelled", outcome: null });
    expect(d.closedFollowUps[1]).toMatchObject({
      id: visits[10]?.id,
      status: "done",
      outcome: { reached: true },
    });
    expect(d.closedFollowUps[1]?.outcome?.completedAt).toBeInstanceOf(Date);
  });
});
