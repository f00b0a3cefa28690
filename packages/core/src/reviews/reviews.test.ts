import { createTestDatabase } from "@laoke/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymiseCustomer, getCustomer } from "../customers/index.ts";
import { OPERATOR, type StaffActor } from "../shared/actor.ts";
import type { Shop } from "../shops/index.ts";
import { insertTestCustomer } from "../testing/customers.ts";
import { buildShop } from "../testing/fixtures.ts";
import { insertTestStaff } from "../testing/staff.ts";
import { addReview, deleteReview, listReviews } from "./index.ts";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let shop: Shop;
let otherShop: Shop;
let aftersale: StaffActor;
let analyst: StaffActor;
let stranger: StaffActor;
const ids = { a: 0, b: 0, merged: 0, other: 0, orderOfA: 0, orderOfB: 0, product: 0, foreignProduct: 0 };

beforeAll(async () => {
  h = await createTestDatabase();
  shop = await buildShop(h.db);
  otherShop = await buildShop(h.db);
  aftersale = await insertTestStaff(h.db, shop, "aftersale");
  analyst = await insertTestStaff(h.db, shop, "analyst");
  stranger = await insertTestStaff(h.db, otherShop, "owner");
  ids.a = await insertTestCustomer(h.pool, shop, {
    name: "张三",
    orders: [{ externalId: "A1", orderedAt: "2025-03-01T10:00:00+08:00", platform: "jd" }],
  });
  ids.b = await insertTestCustomer(h.pool, shop, {
    orders: [{ externalId: "B1", orderedAt: "2025-03-01T10:00:00+08:00" }],
  });
  ids.merged = await insertTestCustomer(h.pool, shop, { mergedInto: ids.a });
  ids.other = await insertTestCustomer(h.pool, otherShop, { name: "别家" });
  const order = async (ext: string) =>
    Number((await h.pool.query("select id from orders where external_id = $1", [ext])).rows[0].id);
  ids.orderOfA = await order("A1");
  ids.orderOfB = await order("B1");
  const product = async (s: Shop) =>
    Number(
      (
        await h.pool.query(
          "insert into products (shop_id, platform, product_key, title) values ($1, 'jd', 'k', '羊毛大衣') returning id",
          [s.id],
        )
      ).rows[0].id,
    );
  ids.product = await product(shop);
  ids.foreignProduct = await product(otherShop);
});
afterAll(() => h?.dispose());

describe("reviews typed in by staff", () => {
  it("are recorded on a customer and listed newest first by pages", async () => {
    const written = await addReview(h.db, aftersale, shop.id, ids.a, {
      rating: 4,
      content: "  电话回访说大衣很暖和  ",
      orderId: ids.orderOfA,
      productId: ids.product,
      reviewedAt: new Date("2025-03-10T02:00:00Z"),
    });
    expect(written).toMatchObject({
      customerId: ids.a,
      rating: 4,
      content: "电话回访说大衣很暖和",
      orderExternalId: "A1",
      productTitle: "羊毛大衣",
      platform: "jd",
      source: "manual",
      hasImages: false,
      createdBy: aftersale.name,
    });
    await addReview(h.db, aftersale, shop.id, ids.a, {
      rating: 2,
      reviewedAt: new Date("2025-03-12T02:00:00Z"),
    });
    await addReview(h.db, aftersale, shop.id, ids.a, { rating: 5, content: "最新" });
    const first = await listReviews(h.db, analyst, shop.id, ids.a, { limit: 2 });
    expect(first.items.map((r) => r.rating)).toEqual([5, 2]);
    const second = await listReviews(h.db, analyst, shop.id, ids.a, {
      limit: 2,
      cursor: first.nextCursor ?? "",
    });
    expect(second).toMatchObject({ items: [{ id: written.id, platform: "jd" }], nextCursor: null });
  });

  it("check stars, the customer's own order, the shop's product and customers:write", async () => {
    for (const rating of [0, 6, 3.5]) {
      await expect(addReview(h.db, aftersale, shop.id, ids.a, { rating })).rejects.toMatchObject({
        code: "invalid_input",
        data: { field: "rating" },
      });
    }
    await expect(
      addReview(h.db, aftersale, shop.id, ids.a, { rating: 5, orderId: ids.orderOfB }),
    ).rejects.toMatchObject({ code: "invalid_input", data: { field: "orderId" } });
    await expect(
      addReview(h.db, aftersale, shop.id, ids.a, { rating: 5, productId: ids.foreignProduct }),
    ).rejects.toMatchObject({ code: "invalid_input", data: { field: "productId" } });
    await expect(
      addReview(h.db, aftersale, shop.id, ids.a, {
        rating: 5,
        reviewedAt: new Date(Date.now() + 86_400_000),
      }),
    ).rejects.toMatchObject({ code: "invalid_input", data: { field: "reviewedAt" } });
    await expect(addReview(h.db, analyst, shop.id, ids.a, { rating: 5 })).rejects.toMatchObject({
      code: "forbidden",
    });
    for (const id of [ids.merged, ids.other]) {
      await expect(addReview(h.db, aftersale, shop.id, id, { rating: 5 })).rejects.toMatchObject({
        code: "not_found",
      });
    }
    await expect(listReviews(h.db, stranger, otherShop.id, ids.a)).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("are deleted when typed in; imported ones only follow their export", async () => {
    const typed = await addReview(h.db, aftersale, shop.id, ids.b, { rating: 3, content: "记错了" });
    await expect(deleteReview(h.db, stranger, otherShop.id, typed.id)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(deleteReview(h.db, analyst, shop.id, typed.id)).rejects.toMatchObject({ code: "forbidden" });
    expect(await deleteReview(h.db, aftersale, shop.id, typed.id)).toEqual({ id: typed.id });
    await expect(deleteReview(h.db, aftersale, shop.id, typed.id)).rejects.toMatchObject({
      code: "not_found",
    });
    const imported = await h.pool.query(
      `insert into customer_reviews (shop_id, customer_id, platform, external_id, rating, reviewed_at, source)
       values ($1, $2, 'taobao', 'R1', 5, now(), 'import') returning id`,
      [shop.id, ids.b],
    );
    await expect(deleteReview(h.db, aftersale, shop.id, Number(imported.rows[0].id))).rejects.toMatchObject({
      code: "review_imported",
    });
  });

  it("show on the customer's page (the 10 newest) and are erased with the customer", async () => {
    const id = await insertTestCustomer(h.pool, shop, { name: "李四" });
    for (let day = 1; day <= 12; day++) {
      await addReview(h.db, aftersale, shop.id, id, {
        rating: 5,
        content: `第${day}天`,
        reviewedAt: new Date(Date.UTC(2025, 5, day)),
      });
    }
    const detail = await getCustomer(h.db, analyst, shop.id, id);
    expect(detail.reviews.map((r) => r.content)).toEqual(
      Array.from({ length: 10 }, (_, i) => `第${12 - i}天`),
    );
    expect(detail.reviews[0]?.reviewedAt).toEqual(new Date(Date.UTC(2025, 5, 12)));
    expect(detail.reviews).toEqual((await listReviews(h.db, analyst, shop.id, id, { limit: 10 })).items);

    await anonymiseCustomer(h.db, OPERATOR, shop.id, id);
    const left = await h.pool.query(
      "select count(*)::int as n from customer_reviews where shop_id = $1 and customer_id = $2",
      [shop.id, id],
    );
    expect(left.rows[0].n).toBe(0);
  });
});
