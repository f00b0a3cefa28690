import { createTestDatabase } from "@laoke/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffActor } from "../shared/actor.ts";
import type { Shop } from "../shops/index.ts";
import { insertTestCustomer } from "../testing/customers.ts";
import { buildShop } from "../testing/fixtures.ts";
import { insertTestStaff } from "../testing/staff.ts";
import { addNote, deleteNote, editNote, listNotes } from "./index.ts";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let shop: Shop;
let otherShop: Shop;
let owner: StaffActor;
let admin: StaffActor;
let aftersale: StaffActor;
let presale: StaffActor;
let analyst: StaffActor;
let stranger: StaffActor;
const ids = { a: 0, merged: 0, anonymised: 0, other: 0 };

beforeAll(async () => {
  h = await createTestDatabase();
  shop = await buildShop(h.db);
  otherShop = await buildShop(h.db);
  owner = await insertTestStaff(h.db, shop, "owner");
  admin = await insertTestStaff(h.db, shop, "admin");
  aftersale = await insertTestStaff(h.db, shop, "aftersale");
  presale = await insertTestStaff(h.db, shop, "presale");
  analyst = await insertTestStaff(h.db, shop, "analyst");
  stranger = await insertTestStaff(h.db, otherShop, "owner");
  ids.a = await insertTestCustomer(h.pool, shop, { name: "张三" });
  ids.merged = await insertTestCustomer(h.pool, shop, { mergedInto: ids.a });
  ids.anonymised = await insertTestCustomer(h.pool, shop, { anonymised: true });
  ids.other = await insertTestCustomer(h.pool, otherShop, { name: "别家" });
});
afterAll(() => h?.dispose());

describe("notes", () => {
  it("are written by staff with customers:write and listed newest first by pages", async () => {
    const written = [];
    for (const body of ["第一条", "  喜欢白色,穿 L 码  ", "第三条"]) {
      written.push(await addNote(h.db, aftersale, shop.id, ids.a, { body }));
    }
    expect(written[1]).toMatchObject({
      customerId: ids.a,
      body: "喜欢白色,穿 L 码",
      authorMemberId: aftersale.memberId,
      authorName: aftersale.name,
    });
    const first = await listNotes(h.db, analyst, shop.id, ids.a, { limit: 2 });
    expect(first.items.map((n) => n.body)).toEqual(["第三条", "喜欢白色,穿 L 码"]);
    expect(first.nextCursor).not.toBeNull();
    const second = await listNotes(h.db, analyst, shop.id, ids.a, {
      limit: 2,
      cursor: first.nextCursor ?? "",
    });
    expect(second).toMatchObject({ items: [{ body: "第一条" }], nextCursor: null });
  });

  it("need 1 to 2000 characters, customers:write and a live customer of the shop", async () => {
    for (const body of ["", "   ", "长".repeat(2001)]) {
      await expect(addNote(h.db, owner, shop.id, ids.a, { body })).rejects.toMatchObject({
        code: "invalid_input",
      });
    }
    await expect(addNote(h.db, owner, shop.id, ids.a, { body: "长".repeat(2000) })).resolves.toBeTruthy();
    await expect(addNote(h.db, analyst, shop.id, ids.a, { body: "x" })).rejects.toMatchObject({
      code: "forbidden",
    });
    for (const id of [ids.merged, ids.anonymised, ids.other]) {
      await expect(addNote(h.db, owner, shop.id, id, { body: "x" })).rejects.toMatchObject({
        code: "not_found",
      });
      await expect(listNotes(h.db, owner, shop.id, id)).rejects.toMatchObject({ code: "not_found" });
    }
    await expect(listNotes(h.db, stranger, otherShop.id, ids.a)).rejects.toMatchObject({ code: "not_found" });
  });

  it("are edited and deleted by their author or a role with settings only", async () => {
    const note = await addNote(h.db, presale, shop.id, ids.a, { body: "原文" });
    await expect(editNote(h.db, aftersale, shop.id, note.id, { body: "改" })).rejects.toMatchObject({
      code: "forbidden",
      data: { permission: "settings" },
    });
    await expect(deleteNote(h.db, aftersale, shop.id, note.id)).rejects.toMatchObject({ code: "forbidden" });
    const edited = await editNote(h.db, presale, shop.id, note.id, { body: "作者改过" });
    expect(edited).toMatchObject({ body: "作者改过", authorMemberId: presale.memberId });
    expect(edited.updatedAt.getTime()).toBeGreaterThanOrEqual(note.updatedAt.getTime());
    expect(await editNote(h.db, admin, shop.id, note.id, { body: "管理员改过" })).toMatchObject({
      body: "管理员改过",
      authorName: presale.name,
    });
    await expect(editNote(h.db, stranger, otherShop.id, note.id, { body: "x" })).rejects.toMatchObject({
      code: "not_found",
    });

    expect(await deleteNote(h.db, owner, shop.id, note.id)).toEqual({ id: note.id });
    await expect(editNote(h.db, owner, shop.id, note.id, { body: "x" })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(deleteNote(h.db, owner, shop.id, note.id)).rejects.toMatchObject({ code: "not_found" });
    const listed = await listNotes(h.db, owner, shop.id, ids.a, { limit: 200 });
    expect(listed.items.map((n) => n.id)).not.toContain(note.id);
    // Soft: the row stays.
    const { rows } = await h.pool.query(
      "select deleted_at from customer_notes where shop_id = $1 and id = $2",
      [shop.id, note.id],
    );
    expect(rows[0]?.deleted_at).toBeInstanceOf(Date);
  });
});
