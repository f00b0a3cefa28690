/**
 * The first-import path (bulk.ts) must leave exactly the database the staging path leaves, ids
 * aside: each case imports the same files into two empty shops, one per path, and compares every
 * table the import writes, with rows named by content instead of ids.
 */
import fs from "node:fs";
import path from "node:path";
import { createTestDatabase } from "@laoke/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDemoShop } from "../../demo/index.ts";
import { buildShop, runImport, tempDir } from "../../testing/fixtures.ts";
import { writeTaobaoExport } from "../../testing/taobao-files.ts";
import type { ImportSummary } from "../importing.service.ts";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(async () => {
  await h?.dispose();
});

const FIXTURES = path.join(import.meta.dirname, "../fixtures");
const FORMAT_FIXTURES = path.join(import.meta.dirname, "../formats/fixtures");

/** Every row the import wrote, customers named by their identities, orders by platform and number. */
async function snapshot(shopId: number) {
  const q = async (sql: string) => (await h.pool.query(sql, [shopId])).rows;
  const label = `(select coalesce(string_agg(i.platform || ':' || i.kind || ':' || i.value || ':' || i.masked, ' | '
                    order by i.platform, i.kind, i.value, i.masked), 'none')
                    from customer_identities i where i.shop_id = c.shop_id and i.customer_id = c.id)`;
  const labels = `create temp table if not exists labels (id bigint, label text);
                  truncate labels;
                  insert into labels select c.id, ${label} from customers c where c.shop_id = $1`;
  await h.pool.query("begin");
  try {
    for (const statement of labels.split(";"))
      await h.pool.query(statement, statement.includes("$1") ? [shopId] : []);
    const customers = await q(
      `select l.label, c.name, c.name_masked, c.phone, c.phone_masked, c.email, c.country, c.province, c.city,
              c.district, c.address, c.address_masked, c.zip, c.accepts_email_marketing, c.first_order_at,
              c.last_order_at, m.label as merged_into
         from customers c join labels l on l.id = c.id left join labels m on m.id = c.merged_into_id
        where c.shop_id = $1 order by 1, 2`,
    );
    const identities = await q(
      `select l.label, i.platform, i.kind, i.value, i.masked from customer_identities i
         join labels l on l.id = i.customer_id where i.shop_id = $1 order by 2, 3, 4, 5, 1`,
    );
    const orders = await q(
      `select o.platform, o.external_id, l.label, bi.platform || ':' || bi.kind || ':' || bi.value as buyer,
              o.status, o.raw_status, o.ordered_at, o.paid_at, o.shipped_at, o.received_at, o.completed_at,
              o.closed_at, o.goods_fen, o.shipping_fen, o.discount_fen, o.paid_fen, o.refunded_fen, o.currency,
              o.item_quantity, o.buyer_message, o.seller_memo, o.close_reason, o.is_mobile, o.shipping_company,
              o.tracking_no, o.receiver_name, o.receiver_name_masked, o.receiver_phone, o.receiver_phone_masked,
              o.receiver_country, o.receiver_province, o.receiver_city, o.receiver_district, o.receiver_address,
              o.receiver_address_masked, o.receiver_zip, o.content_hash
         from orders o join labels l on l.id = o.customer_id
         left join customer_identities bi on bi.shop_id = o.shop_id and bi.id = o.buyer_identity_id
        where o.shop_id = $1 order by 1, 2`,
    );
    const lines = await q(
      `select o.platform, o.external_id, oi.line_no, oi.external_id as line_id, p.product_key, s.attributes_key,
              oi.title, oi.attributes, oi.merchant_code, oi.unit_price_fen, oi.quantity, oi.paid_fen, oi.status,
              oi.raw_status, oi.refund_status, oi.raw_refund_status, oi.refund_fen
         from order_items oi join orders o on o.shop_id = oi.shop_id and o.id = oi.order_id
         left join products p on p.shop_id = oi.shop_id and p.id = oi.product_id
         left join skus s on s.shop_id = oi.shop_id and s.id = oi.sku_id
        where oi.shop_id = $1 order by 1, 2, 3`,
    );
    const products = await q(
      `select p.platform, p.product_key, p.external_id, p.merchant_code, p.title, s.attributes_key,
              s.external_id as sku_external_id, s.merchant_code as sku_merchant_code, s.attributes
         from products p left join skus s on s.shop_id = p.shop_id and s.product_id = p.id
        where p.shop_id = $1 order by 1, 2, 6`,
    );
    const rejects = await q(
      `select file, row_number, field, code, message, raw from import_rejects where shop_id = $1
        order by file, row_number, code, field`,
    );
    const merges = await q(
      `select s.label, m.reason, m.matched_value from customer_merges m join labels s on s.id = m.survivor_id
        where m.shop_id = $1 order by 1, 2, 3`,
    );
    return { customers, identities, orders, lines, products, rejects, merges };
  } finally {
    await h.pool.query("rollback");
  }
}

function comparable(s: ImportSummary) {
  return { ...s, batchId: 0, durationMs: 0, timingsMs: null, rejectsFile: null, path: null };
}

/** Import `files` through both paths and require the same summary and the same rows. */
async function expectSamePaths(files: string[], expectedPath: "direct" | "staging" = "direct") {
  const direct = await buildShop(h.db);
  const staged = await buildShop(h.db);
  const a = await runImport(h.pool, direct, files);
  const b = await runImport(h.pool, staged, files, { path: "staging" });
  expect(a.path).toBe(expectedPath);
  expect(b.path).toBe("staging");
  expect(comparable(a)).toEqual(comparable(b));
  const [x, y] = [await snapshot(direct.id), await snapshot(staged.id)];
  for (const table of Object.keys(x) as (keyof typeof x)[])
    expect([table, x[table]]).toEqual([table, y[table]]);
  return { summary: a, shop: direct };
}

describe("first import straight into the final tables", () => {
  it("gives the staging path's database for a generated Taobao shop, listed lines first", async () => {
    const dir = tempDir();
    const demo = await generateDemoShop({ customers: 400, seed: 5, outDir: dir });
    const { summary, shop } = await expectSamePaths([...demo.files].reverse());
    expect(summary.orders.inserted).toBeGreaterThan(400);
    // A later import of the same shop goes through staging and finds nothing changed.
    const again = await runImport(h.pool, shop, demo.files);
    expect(again.path).toBe("staging");
    expect(again.orders).toEqual({ inserted: 0, updated: 0, unchanged: summary.orders.inserted });
    expect(again.customers).toEqual({ created: 0, matched: summary.customers.created, merged: 0 });
  });

  it("gives the staging path's database for every format's fixture", async () => {
    for (const files of [
      [
        path.join(FIXTURES, "taobao-orders-54col-gb18030.csv"),
        path.join(FIXTURES, "taobao-items-gb18030.csv"),
      ],
      [path.join(FIXTURES, "taobao-orders-masked-utf8.csv")],
      [path.join(FIXTURES, "taobao-orders-multiline-message.csv")],
      [path.join(FIXTURES, "taobao-orders-truncated-gb18030.csv")],
      [path.join(FIXTURES, "qianniu-suborders.csv")],
      [path.join(FIXTURES, "qianniu-orders-and-lines.xlsx")],
      [path.join(FIXTURES, "tmall-cangfa-suborders.csv")],
      [path.join(FORMAT_FIXTURES, "jd-orders.csv")],
      [path.join(FORMAT_FIXTURES, "pdd-2019.csv")],
      [path.join(FORMAT_FIXTURES, "pdd-2026.csv")],
      [path.join(FORMAT_FIXTURES, "shopify-orders.csv")],
      [path.join(FORMAT_FIXTURES, "woo-skyverge.csv")],
      [path.join(FORMAT_FIXTURES, "woo-webtoffee.csv")],
      [path.join(FORMAT_FIXTURES, "woo-labelled.csv")],
    ]) {
      await expectSamePaths(files);
    }
  });

  it("keeps a buyer's profile from their latest order and the first owner of a shared phone", async () => {
    const dir = tempDir();
    const files = writeTaobaoExport(dir, "202501010000", [
      // 老王 moves house between orders; the later order (listed first) gives the profile.
      {
        id: "5001",
        nick: "老王",
        created: "2025-05-01 10:00:00",
        address: "北京 北京市 朝阳区 建国路1号(100000)",
      },
      {
        id: "5002",
        nick: "老王",
        created: "2025-01-01 10:00:00",
        address: "上海 上海市 浦东新区 世纪大道2号(200000)",
      },
      { id: "5003", nick: "老王", created: "2025-05-01 10:00:00", receiver: "王太太", status: "交易关闭" },
      // Two buyers share a phone: two customers (one platform), the first keeps the phone.
      { id: "5004", nick: "小李", phone: "'13900001111" },
      { id: "5005", nick: "小张", phone: "'13900001111" },
      // An order without lines, and lines of an order not in the export.
      { id: "5006", nick: "小张", items: [], status: "等待买家付款" },
    ]);
    await expectSamePaths(files);
  });

  it("gives an own key that an earlier order carried as another buyer's identity to its own buyer", async () => {
    // Order 1 names its buyer by ouid and also carries the nick 阿梅; order 2 has only that nick,
    // which then names a customer of its own (the staging path stores own keys first).
    const header =
      "订单编号,买家会员名,买家会员ID,买家应付货款,买家实际支付金额,订单状态,收货人姓名,收货地址 ,联系手机,订单创建时间,订单付款时间 ";
    const rows = [
      '="7001",阿梅,AAAAouid0001,10.00,10.00,交易成功,阿梅,浙江省 杭州市 西湖区 文三路1号(310012),\'13800000001,2025-03-01 10:00:00,2025-03-01 10:01:00',
      '="7002",阿梅,,20.00,20.00,交易成功,阿梅,浙江省 杭州市 西湖区 文三路1号(310012),\'13800000002,2025-03-02 10:00:00,2025-03-02 10:01:00',
      '="7003",阿梅,,30.00,30.00,交易成功,阿梅,浙江省 杭州市 西湖区 文三路1号(310012),\'13800000002,2025-03-03 10:00:00,2025-03-03 10:01:00',
    ];
    const file = path.join(tempDir(), "ouid-then-nick.csv");
    fs.writeFileSync(file, `${header}\n${rows.join("\n")}\n`);
    const { summary } = await expectSamePaths([file]);
    expect(summary.customers.created).toBe(2);
  });

  it("hands over to staging when a first import would merge customers across platforms", async () => {
    const dir = tempDir();
    const demo = await generateDemoShop({ customers: 300, seed: 11, outDir: dir, shopify: true });
    const { summary } = await expectSamePaths(demo.files, "staging");
    expect(summary.customers.merged).toBeGreaterThan(0);
  });

  it("hands over to staging when the import's keys outgrow the memory budget", async () => {
    const dir = tempDir();
    const demo = await generateDemoShop({ customers: 400, seed: 3, outDir: dir });
    process.env.LAOKE_FIRST_IMPORT_MAX_MB = "1";
    try {
      await expectSamePaths(demo.files, "staging");
    } finally {
      delete process.env.LAOKE_FIRST_IMPORT_MAX_MB;
    }
  });

  it("hands over to staging for a customer export", async () => {
    await expectSamePaths(
      [path.join(FORMAT_FIXTURES, "shopify-customers.csv"), path.join(FORMAT_FIXTURES, "shopify-orders.csv")],
      "staging",
    );
  });
});
