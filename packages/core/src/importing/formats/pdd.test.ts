import path from "node:path";
import { describe, expect, it } from "vitest";
import { pddParsers } from "./pdd.ts";
import { collect, ofKind, parserById, tableFromFile, tableFromRows } from "./testing/table-from-file.ts";

const fixture = (name: string) => path.join(import.meta.dirname, "fixtures", name);
const ctx = { timeZone: "Asia/Shanghai" };
const parser = parserById(pddParsers, "pdd-orders");

describe("PDD detection", () => {
  it("recognises both header generations", () => {
    const old = tableFromFile(fixture("pdd-2019.csv"));
    expect(old.encoding).toBe("gb18030");
    expect(old.rawHeader[3]).toBe("商品总价（元）");
    expect(parser.detect(old.header)).toBeGreaterThan(25);
    expect(parser.detect(tableFromFile(fixture("pdd-2026.csv")).header)).toBeGreaterThan(20);
  });

  it("needs 订单号 plus a PDD-only column", () => {
    expect(parser.detect(tableFromFile(fixture("jd-orders.csv")).header)).toBe(0);
    expect(parser.detect(["订单号", "商品", "订单状态"])).toBe(0);
    expect(parser.detect(["订单号", "拼单成功时间"])).toBe(2);
  });
});

describe("PDD 2019 export (GBK, full-width （元）, masked receivers)", () => {
  it("reads a completed order with masked receiver and discounts", async () => {
    const records = await collect(parser, tableFromFile(fixture("pdd-2019.csv")), ctx);
    const first = ofKind(records, "order")[0];
    expect(first?.source).toEqual({ file: "pdd-2019.csv", row: 2 });
    expect(first?.order).toEqual({
      platform: "pdd",
      externalId: "190612-123456789012345",
      rawStatus: "已收货",
      status: "completed",
      createdAt: new Date("2019-06-12T12:31:05.000Z"),
      paidAt: new Date("2019-06-12T12:31:05.000Z"),
      shippedAt: new Date("2019-06-13T02:00:00.000Z"),
      receivedAt: new Date("2019-06-18T01:12:00.000Z"),
      completedAt: new Date("2019-06-18T01:12:00.000Z"),
      goodsFen: 5990,
      shippingFen: 0,
      discountFen: 800,
      paidFen: 5190,
      refundedFen: 0,
      currency: "CNY",
      buyerMessage: "周末送",
      shippingCompany: "圆通快递",
      trackingNo: "YT1234567890123",
      itemQuantity: 1,
      buyer: { phone: { value: "138****5678", masked: true } },
      receiver: {
        name: { value: "李**", masked: true },
        phone: { value: "****", masked: true },
        province: "浙江省",
        city: "杭州市",
        district: "西湖区",
        address: { value: "****", masked: true },
      },
      items: [
        {
          productExternalId: "12345678",
          skuExternalId: "87654321",
          merchantCode: "BWB-500-BK",
          title: "加厚保温杯 500ml",
          attributes: { 颜色: "黑色", 容量: "500ml" },
          unitPriceFen: 5990,
          quantity: 1,
          paidFen: 5190,
          rawRefundStatus: "无售后或售后取消",
          refundStatus: "none",
          refundFen: 0,
        },
      ],
    });
  });

  it("reads 已发货，待签收 as shipped and falls back to the product-level merchant code", async () => {
    const records = await collect(parser, tableFromFile(fixture("pdd-2019.csv")), ctx);
    const order = ofKind(records, "order")[1]?.order;
    expect(order?.status).toBe("shipped");
    expect(order?.rawStatus).toBe("已发货，待签收");
    expect(order?.items[0]).toMatchObject({
      merchantCode: "BWB",
      attributes: { 规格: "白色" },
      quantity: 2,
      unitPriceFen: 5990,
    });
    expect(order?.sellerMemo).toBe("送小礼品");
    expect(order?.receiver.address).toEqual({ value: "粤海街道科技园1栋", masked: false });
  });

  it("treats 退款成功 as a full refund that closes the order", async () => {
    const records = await collect(parser, tableFromFile(fixture("pdd-2019.csv")), ctx);
    const order = ofKind(records, "order")[2]?.order;
    expect(order?.rawStatus).toBe("已收货");
    expect(order?.status).toBe("closed");
    expect(order?.paidFen).toBe(5990);
    expect(order?.refundedFen).toBe(5990);
    expect(order?.items[0]).toMatchObject({
      refundStatus: "refunded",
      refundFen: 5990,
      rawRefundStatus: "退款成功",
    });
  });

  it("treats any other after-sale status as an open request", async () => {
    const records = await collect(parser, tableFromFile(fixture("pdd-2019.csv")), ctx);
    const order = ofKind(records, "order")[3]?.order;
    expect(order?.status).toBe("paid");
    expect(order?.refundedFen).toBe(0);
    expect(order?.items[0]).toMatchObject({
      refundStatus: "requested",
      refundFen: 0,
      rawRefundStatus: "处理中",
    });
  });

  it("rejects a row with no creation time, naming the first time column present", async () => {
    const records = await collect(parser, tableFromFile(fixture("pdd-2019.csv")), ctx);
    expect(ofKind(records, "reject").map((r) => r.reject)).toEqual([
      expect.objectContaining({ file: "pdd-2019.csv", row: 6, field: "支付时间", code: "missing_field" }),
    ]);
    expect(records).toHaveLength(5);
  });
});

describe("PDD 2026 export", () => {
  it("uses 订单成交时间, 多多支付立减 and the 规格维度 merchant code", async () => {
    const records = await collect(parser, tableFromFile(fixture("pdd-2026.csv")), ctx);
    const order = ofKind(records, "order")[0]?.order;
    expect(order).toMatchObject({
      externalId: "260517-607198974342268",
      status: "completed",
      goodsFen: 7900,
      discountFen: 800,
      paidFen: 7100,
      shippingFen: 0,
    });
    expect(order?.createdAt.toISOString()).toBe("2026-05-17T06:03:11.000Z");
    expect(order?.paidAt).toBeUndefined();
    expect(order?.items[0]).toMatchObject({
      merchantCode: "TS-W-XL",
      skuExternalId: "1234567890123",
      attributes: { 颜色: "白色", 尺码: "XL" },
    });
    // No receiver or buyer columns in this variant.
    expect(order?.buyer).toEqual({});
    expect(order?.receiver).toEqual({});
  });

  it("matches 已发货,待签收 with a half-width comma", async () => {
    const records = await collect(parser, tableFromFile(fixture("pdd-2026.csv")), ctx);
    const order = ofKind(records, "order")[1]?.order;
    expect(order).toMatchObject({
      rawStatus: "已发货,待签收",
      status: "shipped",
      shippingFen: 600,
      paidFen: 16400,
    });
    expect(order?.items[0]?.unitPriceFen).toBe(7900);
  });

  it("rejects an impossible date with the raw header", async () => {
    const records = await collect(parser, tableFromFile(fixture("pdd-2026.csv")), ctx);
    const rejects = ofKind(records, "reject").map((r) => r.reject);
    expect(rejects).toHaveLength(1);
    expect(rejects[0]).toMatchObject({
      file: "pdd-2026.csv",
      row: 4,
      field: "订单成交时间",
      code: "invalid_date",
    });
    expect(rejects[0]?.raw.订单号).toBe("260519-607198974342270");
  });
});

describe("PDD vocabulary", () => {
  const header = [
    "订单号",
    "订单状态",
    "支付时间",
    "商品总价(元)",
    "用户实付金额(元)",
    "商品数量(件)",
    "售后状态",
  ];
  const row = (id: string, status: string, afterSale = "") => [
    id,
    status,
    "2024-01-01 10:00:00",
    "10",
    "10",
    "1",
    afterSale,
  ];

  it("maps every documented status and rejects unknown ones", async () => {
    const statuses = [
      "已收货",
      "交易成功",
      "待发货",
      "已支付",
      "已发货",
      "待支付",
      "待付款",
      "已取消",
      "已关闭",
      "未成团",
      "拼单中",
    ];
    const table = tableFromRows(
      "pdd.csv",
      header,
      statuses.map((s, i) => row(String(i), s)),
    );
    const records = await collect(parser, table, ctx);
    expect(ofKind(records, "order").map((o) => [o.order.rawStatus, o.order.status, o.order.paidFen])).toEqual(
      [
        ["已收货", "completed", 1000],
        ["交易成功", "completed", 1000],
        ["待发货", "paid", 1000],
        ["已支付", "paid", 1000],
        ["已发货", "shipped", 1000],
        ["待支付", "unpaid", 0],
        ["待付款", "unpaid", 0],
        ["已取消", "closed", 1000],
        ["已关闭", "closed", 1000],
        ["未成团", "closed", 1000],
      ],
    );
    expect(ofKind(records, "reject").map((r) => [r.reject.row, r.reject.field, r.reject.code])).toEqual([
      [12, "订单状态", "invalid_status"],
    ]);
  });

  it("maps after-sale statuses", async () => {
    const table = tableFromRows("pdd.csv", header, [
      row("1", "已收货", "无售后或售后取消"),
      row("2", "已收货", ""),
      row("3", "待发货", "待商家处理"),
      row("4", "待发货", "退款中"),
    ]);
    const orders = ofKind(await collect(parser, table, ctx), "order");
    expect(orders.map((o) => o.order.items[0]?.refundStatus)).toEqual([
      "none",
      "none",
      "requested",
      "requested",
    ]);
  });

  it("keeps hyphenated order numbers as text and rejects mangled ones", async () => {
    const table = tableFromRows("pdd.csv", header, [
      row("260517-607198974342268", "待发货"),
      row("2.60517E+20", "待发货"),
    ]);
    const records = await collect(parser, table, ctx);
    expect(ofKind(records, "order")[0]?.order.externalId).toBe("260517-607198974342268");
    expect(ofKind(records, "reject").map((r) => [r.reject.field, r.reject.code])).toEqual([
      ["订单号", "scientific_notation"],
    ]);
  });
});
