import path from "node:path";
import { describe, expect, it } from "vitest";
import { jdParsers } from "./jd.ts";
import { collect, ofKind, parserById, tableFromFile, tableFromRows } from "./testing/table-from-file.ts";

const fixture = (name: string) => path.join(import.meta.dirname, "fixtures", name);
const ctx = { timeZone: "Asia/Shanghai" };
const parser = parserById(jdParsers, "jd-orders");

const HEADER =
  "订单号,商品ID,商品名称,订购数量,支付方式,下单时间,京东价,订单金额,结算金额,余额支付,应付金额,订单状态,订单类型,下单帐号,客户姓名,客户地址,联系电话,订单备注,发票类型,发票抬头,发票内容,商家备注,商家备注等级（等级1-5为由高到低）,运费金额,付款确认时间,增值税发票,货号,订单完成时间,订单来源,订单渠道".split(
    ",",
  );

/** A JD row from the fields that matter; the rest blank. */
function jdRow(fields: Record<string, string>, header = HEADER): string[] {
  return header.map((h) => fields[h] ?? "");
}

const base = {
  订单号: "9001",
  下单时间: "2024-05-01 12:00:00",
  订单状态: "等待出库",
  应付金额: "10.00",
  订购数量: "1",
  京东价: "10.00",
};

describe("JD detection", () => {
  it("recognises the JD header by 订单号 + 京东价 and ignores others", async () => {
    const table = tableFromFile(fixture("jd-orders.csv"));
    expect(parser.detect(table.header)).toBeGreaterThan(20);
    expect(parser.detect(tableFromFile(fixture("pdd-2026.csv")).header)).toBe(0);
    expect(parser.detect(["订单号", "商品名称", "订购数量"])).toBe(0);
  });
});

describe("JD fixture (GBK CSV)", () => {
  it("groups the three rows of a multi-SKU order into one order record", async () => {
    const records = await collect(parser, tableFromFile(fixture("jd-orders.csv")), ctx);
    const orders = ofKind(records, "order");
    expect(orders.map((o) => [o.order.externalId, o.source.row])).toEqual([
      ["231456789012", 2],
      ["231456789013", 5],
      ["231456789015", 7],
    ]);
    expect(orders[0]?.order).toEqual({
      platform: "jd",
      externalId: "231456789012",
      rawStatus: "完成",
      status: "completed",
      createdAt: new Date("2024-03-01T02:15:30.000Z"),
      paidAt: new Date("2024-03-01T02:16:02.000Z"),
      completedAt: new Date("2024-03-05T10:00:00.000Z"),
      goodsFen: 16780,
      shippingFen: 600,
      discountFen: 1000,
      paidFen: 16380,
      refundedFen: 0,
      currency: "CNY",
      buyerMessage: "请尽快发货",
      sellerMemo: "老客户",
      isMobile: true,
      buyer: { platformCustomerId: "jd_4f7a2b9c0d1e", nick: { value: "jd_4f7a2b9c0d1e", masked: false } },
      receiver: {
        name: { value: "张三", masked: false },
        phone: { value: "138****1234", masked: true },
        province: "北京",
        city: "北京市",
        district: "朝阳区",
        address: { value: "三环以内建国路88号SOHO现代城", masked: false },
      },
      items: [
        {
          productExternalId: "100012345678",
          merchantCode: "PB-10000-W",
          title: "充电宝 10000mAh 白色",
          attributes: {},
          unitPriceFen: 9900,
          quantity: 1,
          refundStatus: "none",
          refundFen: 0,
        },
        {
          productExternalId: "100012345679",
          merchantCode: "CB-1M",
          title: "数据线 1米",
          attributes: {},
          unitPriceFen: 1990,
          quantity: 2,
          refundStatus: "none",
          refundFen: 0,
        },
        {
          productExternalId: "100012345680",
          title: "充电宝保护套",
          attributes: {},
          unitPriceFen: 2900,
          quantity: 1,
          refundStatus: "none",
          refundFen: 0,
        },
      ],
    });
  });

  it("reads an unpaid order with an Excel-resaved date and a masked account", async () => {
    const records = await collect(parser, tableFromFile(fixture("jd-orders.csv")), ctx);
    const order = ofKind(records, "order")[1]?.order;
    expect(order?.status).toBe("unpaid");
    expect(order?.createdAt.toISOString()).toBe("2024-03-02T01:05:00.000Z");
    expect(order?.paidFen).toBe(0);
    expect(order?.goodsFen).toBe(9900);
    expect(order?.isMobile).toBe(false);
    // A masked 下单帐号 is never a customer key.
    expect(order?.buyer).toEqual({ nick: { value: "jd_****9c0d", masked: true } });
    expect(order?.receiver).toEqual({
      name: { value: "李*", masked: true },
      phone: { value: "13912345678", masked: false },
      province: "上海",
      city: "上海市",
      district: "浦东新区",
      address: { value: "张江路1号", masked: false },
      zip: "201203",
    });
  });

  it("maps （删除）锁定 to closed, with the finish time as closedAt", async () => {
    const records = await collect(parser, tableFromFile(fixture("jd-orders.csv")), ctx);
    const order = ofKind(records, "order")[2]?.order;
    expect(order?.rawStatus).toBe("（删除）锁定");
    expect(order?.status).toBe("closed");
    expect(order?.closedAt?.toISOString()).toBe("2024-03-04T01:00:00.000Z");
    expect(order?.completedAt).toBeUndefined();
    expect(order?.paidFen).toBe(0);
    expect(order?.isMobile).toBe(true);
  });

  it("rejects the bad row naming the raw header, and keeps going", async () => {
    const records = await collect(parser, tableFromFile(fixture("jd-orders.csv")), ctx);
    const rejects = ofKind(records, "reject").map((r) => r.reject);
    expect(rejects).toHaveLength(1);
    expect(rejects[0]).toMatchObject({
      file: "jd-orders.csv",
      row: 6,
      field: "京东价",
      code: "invalid_number",
      message: 'invalid number "19,9x" in column "京东价"',
    });
    expect(rejects[0]?.raw).toMatchObject({
      订单号: "231456789014",
      京东价: "19,9x",
      "商家备注等级（等级1-5为由高到低）": "",
    });
    expect(records).toHaveLength(4);
  });
});

describe("JD edge cases", () => {
  it("emits a second order record when an 订单号 reappears non-contiguously", async () => {
    const table = tableFromRows("jd.csv", HEADER, [
      jdRow({ ...base, 商品ID: "1" }),
      jdRow({ ...base, 订单号: "9002", 商品ID: "2" }),
      jdRow({ ...base, 商品ID: "3", 京东价: "5.00", 订购数量: "2" }),
    ]);
    const orders = ofKind(await collect(parser, table, ctx), "order");
    expect(
      orders.map((o) => [o.order.externalId, o.source.row, o.order.items.map((i) => i.productExternalId)]),
    ).toEqual([
      ["9001", 2, ["1"]],
      ["9002", 3, ["2"]],
      ["9001", 4, ["3"]],
    ]);
    expect(orders[2]?.order.goodsFen).toBe(1000);
  });

  it("rejects only the bad line of a multi-row order", async () => {
    const table = tableFromRows("jd.csv", HEADER, [
      jdRow({ ...base, 商品ID: "1" }),
      jdRow({ ...base, 商品ID: "2", 订购数量: "1.5" }),
      jdRow({ ...base, 商品ID: "3" }),
    ]);
    const records = await collect(parser, table, ctx);
    expect(ofKind(records, "reject").map((r) => [r.reject.row, r.reject.field, r.reject.code])).toEqual([
      [3, "订购数量", "invalid_number"],
    ]);
    const order = ofKind(records, "order")[0]?.order;
    expect(order?.items.map((i) => i.productExternalId)).toEqual(["1", "3"]);
    expect(order?.status).toBe("paid");
    expect(order?.paidFen).toBe(1000);
  });

  it("takes the order fields from the first row that parses", async () => {
    const table = tableFromRows("jd.csv", HEADER, [
      jdRow({ ...base, 商品ID: "1", 下单时间: "2024-02-30 10:00:00" }),
      jdRow({ ...base, 商品ID: "2" }),
    ]);
    const records = await collect(parser, table, ctx);
    expect(ofKind(records, "reject").map((r) => [r.reject.row, r.reject.field, r.reject.code])).toEqual([
      [2, "下单时间", "invalid_date"],
    ]);
    const orders = ofKind(records, "order");
    expect(orders.map((o) => [o.source.row, o.order.createdAt.toISOString()])).toEqual([
      [3, "2024-05-01T04:00:00.000Z"],
    ]);
  });

  it("rejects unknown statuses, missing ids and mangled ids", async () => {
    const table = tableFromRows("jd.csv", HEADER, [
      jdRow({ ...base, 订单状态: "配送退货" }),
      jdRow({ ...base, 订单号: "" }),
      jdRow({ ...base, 订单号: "2.31457E+11" }),
      jdRow({ ...base, 订单号: "9003", 下单时间: "" }),
      jdRow({ ...base, 订单号: "9004", 订单状态: "已完成" }),
    ]);
    const records = await collect(parser, table, ctx);
    expect(ofKind(records, "reject").map((r) => [r.reject.row, r.reject.field, r.reject.code])).toEqual([
      [2, "订单状态", "invalid_status"],
      [3, "订单号", "missing_field"],
      [4, "订单号", "scientific_notation"],
      [5, "下单时间", "missing_field"],
    ]);
    expect(ofKind(records, "order").map((o) => [o.order.externalId, o.order.status])).toEqual([
      ["9004", "completed"],
    ]);
  });

  it("maps the documented status vocabulary", async () => {
    const statuses = [
      "等待付款",
      "等待出库",
      "等待发货",
      "已付款",
      "等待确认收货",
      "已发货",
      "完成",
      "已取消",
      "锁定",
      "取消",
    ];
    const table = tableFromRows(
      "jd.csv",
      HEADER,
      statuses.map((s, i) => jdRow({ ...base, 订单号: String(i), 订单状态: s })),
    );
    const orders = ofKind(await collect(parser, table, ctx), "order");
    expect(orders.map((o) => o.order.status)).toEqual([
      "unpaid",
      "paid",
      "paid",
      "paid",
      "shipped",
      "shipped",
      "completed",
      "closed",
      "closed",
      "closed",
    ]);
  });

  it("falls back to positions 13–16 when the buyer headers are blank", async () => {
    const header = HEADER.map((h, i) => (i >= 13 && i <= 16 ? "" : h));
    const cells = jdRow(base);
    cells.splice(13, 4, "jd_buyer", "王五", "广东省 深圳市 南山区 科技园1栋", "13700001111");
    const order = ofKind(await collect(parser, tableFromRows("jd.csv", header, [cells]), ctx), "order")[0]
      ?.order;
    expect(order?.buyer.platformCustomerId).toBe("jd_buyer");
    expect(order?.receiver).toEqual({
      name: { value: "王五", masked: false },
      phone: { value: "13700001111", masked: false },
      province: "广东省",
      city: "深圳市",
      district: "南山区",
      address: { value: "科技园1栋", masked: false },
    });
  });

  it("does not fall back when another known JD column sits at those positions", async () => {
    const header = ["订单号", "商品ID", "商品名称", "订购数量", "下单时间", "京东价", "应付金额", "订单状态"];
    const filler = Array.from({ length: 9 }, (_, i) => `x${i}`);
    const wide = [...header, ...filler.slice(0, 5), "订单备注", "商家备注", "货号", "运费金额"];
    const cells = [
      "9001",
      "1",
      "t",
      "1",
      "2024-05-01 12:00:00",
      "10.00",
      "10.00",
      "等待出库",
      ...filler.slice(0, 5),
      "msg",
      "memo",
      "SKU",
      "0",
    ];
    const order = ofKind(await collect(parser, tableFromRows("jd.csv", wide, [cells]), ctx), "order")[0]
      ?.order;
    expect(order?.buyer).toEqual({});
    expect(order?.receiver.name).toBeUndefined();
    expect(order?.buyerMessage).toBe("msg");
  });
});
