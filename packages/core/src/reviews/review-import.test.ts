import { createTestDatabase } from "@laoke/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATOR } from "../shared/actor.ts";
import type { Shop } from "../shops/index.ts";
import { buildShop, runImport, tempDir } from "../testing/fixtures.ts";
import { writeCsv, writeXlsx } from "../testing/sheet-files.ts";
import { writeTaobaoExport } from "../testing/taobao-files.ts";
import { importReviews, parseStars } from "./index.ts";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let shop: Shop;
let otherShop: Shop;
const dir = tempDir("laoke-reviews-");

// A Taobao 评价 export as 千牛 writes it (GB18030), with the quirks: ="…" ids, 好评/中评/差评, 追评.
const TAOBAO_HEADER = [
  "订单编号",
  "子订单编号",
  "买家昵称",
  "宝贝名称",
  "评价内容",
  "评价结果",
  "评价时间",
  "卖家回复",
  "追评内容",
  "追评时间",
  "是否有图",
];
const ROWS = [
  [
    '="8100000000000001"',
    "9001",
    "老客甲",
    "纯棉短袖T恤女",
    "面料很舒服",
    "好评",
    "2025-03-05 10:00:00",
    "",
    "",
    "",
    "是",
  ],
  ["", "9002", "老客乙", "高腰牛仔裤", "一般般", "中评", "2025-03-06 11:00:00", "", "", "", "否"],
  ["9999999999", "9003", "陌生人", "纯棉短袖T恤女", "好", "好评", "2025-03-07 12:00:00", "", "", "", ""],
  ['="8100000000000002"', "9004", "老客乙", "高腰牛仔裤", "差", "差评", "昨天", "", "", "", ""],
  [
    '="8100000000000002"',
    "9005",
    "老客乙",
    "高腰牛仔裤",
    "",
    "差评",
    "2025-03-08 09:00:00",
    "抱歉",
    "洗了一次就坏",
    "2025-03-20 09:00:00",
    "",
  ],
  [
    '="8100000000000001"',
    "9006",
    "老客甲",
    "纯棉短袖T恤女",
    "还行",
    "不知道",
    "2025-03-09 09:00:00",
    "",
    "",
    "",
    "",
  ],
];

async function reviews(shopId: number) {
  const { rows } = await h.pool.query(
    `select r.external_id, r.customer_id::int, r.rating, r.content, r.has_images, r.seller_reply, r.follow_up,
            r.follow_up_at, r.platform, r.source, r.product_id is not null as has_product, o.external_id as order_no,
            r.updated_at
       from customer_reviews r left join orders o on o.shop_id = r.shop_id and o.id = r.order_id
      where r.shop_id = $1 order by r.reviewed_at, r.id`,
    [shopId],
  );
  return rows;
}

const customerOf = async (nick: string) =>
  Number(
    (
      await h.pool.query(
        "select customer_id from customer_identities where shop_id = $1 and kind = 'nick' and value = $2",
        [shop.id, nick],
      )
    ).rows[0]?.customer_id,
  );

beforeAll(async () => {
  h = await createTestDatabase();
  shop = await buildShop(h.db);
  otherShop = await buildShop(h.db);
  await runImport(
    h.pool,
    shop,
    writeTaobaoExport(dir, "a", [
      { id: "8100000000000001", nick: "老客甲" },
      {
        id: "8100000000000002",
        nick: "老客乙",
        items: [{ title: "高腰牛仔裤", price: "129.90", qty: 1 }],
      },
    ]),
  );
});
afterAll(() => h?.dispose());

describe("importing a Taobao review export", () => {
  it("matches buyers by order then by nick, maps 好评/中评/差评, keeps 追评 and rejects the rest by row and field", async () => {
    const file = writeCsv(dir, "评价-gb.csv", TAOBAO_HEADER, ROWS);
    const result = await importReviews(h.db, OPERATOR, { shop, files: [{ path: file, name: "评价.csv" }] });
    expect(result).toMatchObject({ inserted: 3, updated: 0, unchanged: 0, rejected: 3 });
    expect(result.rejects.map((r) => [r.file, r.row, r.field, r.code])).toEqual([
      ["评价.csv", 4, "买家昵称", "unmatched_customer"],
      ["评价.csv", 5, "评价时间", "invalid_date"],
      ["评价.csv", 7, "评价结果", "invalid_rating"],
    ]);
    expect(result.rejects[0]?.raw).toMatchObject({ 买家昵称: "陌生人", 订单编号: "9999999999" });

    const rows = await reviews(shop.id);
    const [jia, yi] = [await customerOf("老客甲"), await customerOf("老客乙")];
    expect(
      rows.map((r) => [r.external_id, r.customer_id, r.order_no, r.rating, r.platform, r.source]),
    ).toEqual([
      ["9001", jia, "8100000000000001", 5, "taobao", "import"],
      ["9002", yi, null, 3, "taobao", "import"],
      ["9005", yi, "8100000000000002", 1, "taobao", "import"],
    ]);
    expect(rows[0]).toMatchObject({ content: "面料很舒服", has_images: true, has_product: true });
    // The 追评 stays with its review (no second row), apart from the first text.
    expect(rows[2]).toMatchObject({ content: "", seller_reply: "抱歉", follow_up: "洗了一次就坏" });
    expect(rows[2]?.follow_up_at).toEqual(new Date("2025-03-20T01:00:00Z"));
  });

  it("changes nothing when the same file is imported again, and takes a later 追评 or reply", async () => {
    const file = writeCsv(dir, "评价-again.csv", TAOBAO_HEADER, ROWS);
    const before = await reviews(shop.id);
    const again = await importReviews(h.db, OPERATOR, { shop, files: [{ path: file, name: "评价.csv" }] });
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 3, rejected: 3 });
    expect(await reviews(shop.id)).toEqual(before);

    // A later export, re-saved as UTF-8: the buyer added a 追评 and the shop replied.
    const later = ROWS.slice(0, 1).map((r) => {
      const row = [...r];
      row[7] = "谢谢亲";
      row[8] = "穿了一个月还是很好";
      row[9] = "2025-04-05 10:00:00";
      return row;
    });
    const updated = await importReviews(h.db, OPERATOR, {
      shop,
      files: [{ path: writeCsv(dir, "评价-later.csv", TAOBAO_HEADER, later, "utf-8"), name: "later.csv" }],
    });
    expect(updated).toMatchObject({ inserted: 0, updated: 1, unchanged: 0, rejected: 0 });
    const first = (await reviews(shop.id))[0];
    expect(first).toMatchObject({
      content: "面料很舒服",
      seller_reply: "谢谢亲",
      follow_up: "穿了一个月还是很好",
    });
    expect(await reviews(shop.id)).toHaveLength(3);
  });

  it("reads a generic sheet (XLSX or CSV) without review ids idempotently, with stars", async () => {
    const header = ["order id", "buyer", "content", "rating", "time"];
    const rows = [
      ["8100000000000002", "", "Fits well", "4", "2025-05-01 08:00"],
      ["", "老客甲", "Second purchase, still good", "★★★★★", "2025-05-02 08:00"],
    ];
    const xlsx = await writeXlsx(dir, "generic.xlsx", header, rows);
    const first = await importReviews(h.db, OPERATOR, {
      shop,
      files: [{ path: xlsx, name: "generic.xlsx" }],
    });
    expect(first).toMatchObject({ inserted: 2, unchanged: 0, rejected: 0 });
    const csv = writeCsv(dir, "generic.csv", header, rows, "utf-8");
    const again = await importReviews(h.db, OPERATOR, { shop, files: [{ path: csv, name: "generic.csv" }] });
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 2, rejected: 0 });
    const generic = (await reviews(shop.id)).filter((r) => r.external_id === null);
    expect(generic.map((r) => [r.rating, r.platform, r.customer_id])).toEqual([
      [4, "taobao", await customerOf("老客乙")],
      [5, "taobao", await customerOf("老客甲")],
    ]);
  });

  it("refuses a file that is not a review export and writes nothing", async () => {
    const count = async () =>
      Number(
        (await h.pool.query("select count(*) from customer_reviews where shop_id = $1", [shop.id])).rows[0]
          .count,
      );
    const before = await count();
    const good = writeCsv(dir, "good.csv", TAOBAO_HEADER, [ROWS[1] as string[]]);
    const bad = writeCsv(dir, "orders.csv", ["订单编号", "买家会员名", "总金额"], [["1", "x", "9.90"]]);
    await expect(
      importReviews(h.db, OPERATOR, {
        shop,
        files: [
          { path: good, name: "good.csv" },
          { path: bad, name: "orders.csv" },
        ],
      }),
    ).rejects.toMatchObject({ code: "review_columns_missing", data: { file: "orders.csv" } });
    expect(await count()).toBe(before);
  });

  it("never matches another shop's orders or buyers", async () => {
    const file = writeCsv(dir, "other.csv", TAOBAO_HEADER, ROWS.slice(0, 2));
    const result = await importReviews(h.db, OPERATOR, {
      shop: otherShop,
      files: [{ path: file, name: "other.csv" }],
    });
    expect(result).toMatchObject({ inserted: 0, rejected: 2 });
    expect(result.rejects.map((r) => r.code)).toEqual(["unmatched_customer", "unmatched_customer"]);
  });
});

describe("stars", () => {
  it("are read from digits, 星/分 and ★, and nothing else", () => {
    expect(["5", "4星", "3.0分", "★★☆☆☆", " 1 "].map(parseStars)).toEqual([5, 4, 3, 2, 1]);
    expect(parseStars("")).toBeUndefined();
    for (const bad of ["6", "0", "五星", "4.5"]) expect(() => parseStars(bad)).toThrow(/invalid_rating/);
  });
});
