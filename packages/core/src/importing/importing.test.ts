import fs from "node:fs";
import path from "node:path";
import { createTestDatabase } from "@laoke/db/testing";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDemoShop } from "../demo/index.ts";
import { TAOBAO_ITEM_HEADER, TAOBAO_ORDER_HEADER } from "../demo/taobao-writer.ts";
import { getShopSummary } from "../stats/index.ts";
import { buildShop, runImport, tempDir } from "../testing/fixtures.ts";
import { writeTaobaoExport } from "../testing/taobao-files.ts";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(async () => {
  await h?.dispose();
});

async function tableCounts() {
  const { rows } = await h.pool.query(
    `select (select count(*) from orders)::int as orders, (select count(*) from order_items)::int as items,
            (select count(*) from customers)::int as customers, (select count(*) from customer_identities)::int as identities,
            (select count(*) from products)::int as products, (select max(updated_at) from orders) as last_update`,
  );
  return rows[0];
}

describe("importOrders on a Taobao classic pair", () => {
  it("imports orders, lines and customers, and a re-import changes nothing", async () => {
    const shop = await buildShop(h.db);
    const dir = tempDir();
    const files = writeTaobaoExport(dir, "202503011200", [
      {
        id: "1930679858170647",
        nick: "小鱼儿2019",
        items: [
          { title: "纯棉短袖T恤女", price: "59.00", qty: 2, attrs: "颜色分类：白色;尺码：M", code: "TS-W-M" },
          { title: "高腰牛仔裤", price: "129.90", qty: 1, attrs: "颜色分类：蓝色;尺码：27", code: "JN-B-27" },
        ],
      },
      { id: "1930679858170648", nick: "小鱼儿2019", created: "2025-04-02 20:11:00" },
      { id: "1930679858170649", nick: "tb88234511_22", phone: "'13912345678", status: "交易关闭" },
      { id: "1930679858170650", nick: "阿花", phone: "'13700001111", status: "卖家已发货，等待买家确认" },
    ]);
    const first = await runImport(h.pool, shop, files);
    expect(first.format).toBe("taobao");
    expect(first.orders).toEqual({ inserted: 4, updated: 0, unchanged: 0 });
    expect(first.items).toBe(5);
    expect(first.customers.created).toBe(3);
    expect(first.rejected).toBe(0);

    const summary = await getShopSummary(h.db, shop);
    expect(summary).toEqual({
      customers: 3,
      buyers: 2,
      orders: 4,
      paidOrders: 3,
      revenueFen: 2 * 5900 + 12990 + 5900 + 5900,
      repeatRate: 0.5,
    });

    const before = await tableCounts();
    const again = await runImport(h.pool, shop, files);
    expect(again.orders).toEqual({ inserted: 0, updated: 0, unchanged: 4 });
    expect(again.customers).toMatchObject({ created: 0, matched: 3 });
    expect(await tableCounts()).toEqual(before);
  });

  it("updates orders that changed in an overlapping export (shipped → success, refund)", async () => {
    const shop = await buildShop(h.db);
    const dir = tempDir();
    await runImport(
      h.pool,
      shop,
      writeTaobaoExport(dir, "a", [
        { id: "2000000000000001", nick: "买家甲", status: "卖家已发货，等待买家确认" },
        { id: "2000000000000002", nick: "买家乙" },
      ]),
    );
    const second = await runImport(
      h.pool,
      shop,
      writeTaobaoExport(dir, "b", [
        { id: "2000000000000001", nick: "买家甲", status: "交易成功" },
        { id: "2000000000000002", nick: "买家乙", refund: "20.00" },
        { id: "2000000000000003", nick: "买家丙" },
      ]),
    );
    expect(second.orders).toEqual({ inserted: 1, updated: 2, unchanged: 0 });
    const { rows } = await h.pool.query(
      "select external_id, status, refunded_fen from orders where shop_id = $1 order by external_id",
      [shop.id],
    );
    expect(rows).toEqual([
      { external_id: "2000000000000001", status: "completed", refunded_fen: 0 },
      { external_id: "2000000000000002", status: "completed", refunded_fen: 2000 },
      { external_id: "2000000000000003", status: "completed", refunded_fen: 0 },
    ]);
    expect((await getShopSummary(h.db, shop)).revenueFen).toBe(3 * 5900 - 2000);
  });

  it("rejects a bad row with file, row and field, and imports the rest", async () => {
    const shop = await buildShop(h.db);
    const dir = tempDir();
    const [orders, items] = writeTaobaoExport(dir, "bad", [
      { id: "3000000000000001", nick: "好买家" },
      { id: "3000000000000002", nick: "坏日期", created: "2025-02-30 10:00:00" },
    ]);
    const rejectsDir = tempDir();
    const s = await runImport(h.pool, shop, [orders, items], { rejectsDir });
    expect(s.orders.inserted).toBe(1);
    expect(s.rejected).toBeGreaterThanOrEqual(1);
    expect(s.rejectsFile).not.toBeNull();
    const csv = fs.readFileSync(s.rejectsFile as string, "utf8");
    expect(csv).toContain("invalid_date");
    expect(csv).toContain(",3,");
    const { rows } = await h.pool.query(
      "select file, row_number, field, code from import_rejects where shop_id = $1 order by file, row_number",
      [shop.id],
    );
    // The bad order is rejected, and so is its line in the 宝贝报表, which now has no order.
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ file: items, row_number: 3, code: "orphan_item" });
    expect(rows[1]).toMatchObject({ file: orders, row_number: 3, code: "invalid_date" });
    expect(String(rows[1].field)).toContain("订单创建时间");
    expect(s.rejected).toBe(2);
  });

  it("leaves the database exactly as before on a fatal error, and records the failure", async () => {
    const shop = await buildShop(h.db);
    const dir = tempDir();
    const good = writeTaobaoExport(dir, "ok", [{ id: "4000000000000001", nick: "某人" }]);
    const unknown = path.join(dir, "unknown.csv");
    fs.writeFileSync(unknown, "foo,bar,baz\n1,2,3\n");
    const before = await tableCounts();
    await expect(runImport(h.pool, shop, [...good, unknown])).rejects.toMatchObject({
      code: "unknown_format",
    });
    expect(await tableCounts()).toEqual(before);
    const { rows } = await h.pool.query("select status, error_code from import_batches where shop_id = $1", [
      shop.id,
    ]);
    expect(rows).toEqual([{ status: "failed", error_code: "unknown_format" }]);
  });

  it("writes nothing on --dry-run but reports exact counts", async () => {
    const shop = await buildShop(h.db);
    const files = writeTaobaoExport(tempDir(), "dry", [{ id: "5000000000000001", nick: "试试" }]);
    const before = await tableCounts();
    const s = await runImport(h.pool, shop, files, { dryRun: true });
    expect(s.orders.inserted).toBe(1);
    expect(s.dryRun).toBe(true);
    expect(await tableCounts()).toEqual(before);
  });

  it("skips workbook sheets it does not recognise, but not a workbook with none it does", async () => {
    const shop = await buildShop(h.db);
    const dir = tempDir();
    const book = new ExcelJS.Workbook();
    const orders = book.addWorksheet("订单报表");
    orders.addRow([...TAOBAO_ORDER_HEADER]);
    const row: Record<string, string> = {
      订单编号: "9000000000000001",
      买家会员名: "表格买家",
      买家应付货款: "88.00",
      买家应付邮费: "0",
      总金额: "88.00",
      买家实际支付金额: "88.00",
      订单状态: "交易成功",
      订单创建时间: "2025-08-08 08:08:08",
      "订单付款时间 ": "2025-08-08 08:09:00",
    };
    orders.addRow(TAOBAO_ORDER_HEADER.map((h) => row[h] ?? ""));
    const items = book.addWorksheet("宝贝报表");
    items.addRow([...TAOBAO_ITEM_HEADER]);
    items.addRow([
      "9000000000000001",
      "真丝围巾",
      "88.00",
      "1",
      "",
      "颜色分类：米白",
      "",
      "",
      "交易成功",
      "SJ-01",
    ]);
    book.addWorksheet("发货报表").addRow(["快递公司", "单号", "备注"]);
    const file = path.join(dir, "qianniu.xlsx");
    await book.xlsx.writeFile(file);
    const s = await runImport(h.pool, shop, [file]);
    expect(s.orders.inserted).toBe(1);
    expect(s.items).toBe(1);

    const other = new ExcelJS.Workbook();
    other.addWorksheet("发货报表").addRow(["快递公司", "单号", "备注"]);
    const unknown = path.join(dir, "unknown.xlsx");
    await other.xlsx.writeFile(unknown);
    await expect(runImport(h.pool, shop, [unknown])).rejects.toMatchObject({ code: "unknown_format" });
  });

  it("gives the same database whatever the chunk size, and re-imports in other chunks as unchanged", async () => {
    const dir = tempDir();
    const demo = await generateDemoShop({ customers: 300, seed: 11, outDir: dir, shopify: true });
    const whole = await buildShop(h.db);
    const chunked = await buildShop(h.db);
    const a = await runImport(h.pool, whole, demo.files);
    const b = await runImport(h.pool, chunked, demo.files, { chunkSize: 37 });
    const strip = (s: typeof a) => ({
      ...s,
      batchId: 0,
      durationMs: 0,
      timingsMs: null,
      rejectsFile: null,
      path: null,
    });
    expect(strip(b)).toEqual(strip(a));
    expect(await getShopSummary(h.db, chunked)).toEqual(await getShopSummary(h.db, whole));
    const fingerprint = async (shopId: number) =>
      (
        await h.pool.query(
          `select o.external_id, o.status, o.paid_fen, o.refunded_fen, o.content_hash,
                  (select count(*) from order_items i where i.shop_id = o.shop_id and i.order_id = o.id)::int as lines,
                  (select count(*) from orders o2 where o2.shop_id = o.shop_id and o2.customer_id = o.customer_id)::int as siblings
             from orders o where o.shop_id = $1 order by o.platform, o.external_id`,
          [shopId],
        )
      ).rows;
    expect(await fingerprint(chunked.id)).toEqual(await fingerprint(whole.id));
    const again = await runImport(h.pool, chunked, demo.files, { chunkSize: 101 });
    expect(again.orders).toEqual({ inserted: 0, updated: 0, unchanged: a.orders.inserted });
    expect(again.customers.created).toBe(0);
  });

  it("rejects a row the file ends inside, whatever the format, and imports none of it", async () => {
    const shop = await buildShop(h.db);
    const full = fs.readFileSync(path.join(import.meta.dirname, "formats/fixtures/jd-orders.csv"));
    const dir = tempDir();
    const whole = path.join(dir, "jd-whole.csv");
    const cut = path.join(dir, "jd-cut.csv");
    fs.writeFileSync(whole, full);
    // Cut inside the last row: after its order number and a few cells, before the line ends.
    fs.writeFileSync(cut, full.subarray(0, full.length - 40));
    const cutShop = await buildShop(h.db);
    const a = await runImport(h.pool, shop, [whole]);
    const b = await runImport(h.pool, cutShop, [cut]);
    expect(b.orders.inserted).toBe(a.orders.inserted - 1);
    const { rows } = await h.pool.query(
      "select code, message from import_rejects where shop_id = $1 and code = 'malformed_row'",
      [cutShop.id],
    );
    expect(rows).toEqual([{ code: "malformed_row", message: "row truncated at end of file" }]);
    const { rows: last } = await h.pool.query(
      "select count(*)::int as n from orders where shop_id = $1 and external_id = '231456789015'",
      [cutShop.id],
    );
    expect(last[0].n).toBe(0);
  });
});
