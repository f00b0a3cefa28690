import { describe, expect, it } from "vitest";
import { QIANNIU_ORDERS, QIANNIU_SUBORDERS, TMALL_CANGFA } from "../fixtures/make-fixtures.ts";
import { collect, fixturePath, only, parseFile, tableOf } from "./parse-fixture.ts";
import { qianniuParsers } from "./qianniu.ts";

const [ordersParser, subordersParser] = qianniuParsers;
if (!ordersParser || !subordersParser) throw new Error("qianniu parsers missing");

describe("detection", () => {
  it("recognises the order-level table without 买家会员名", () => {
    expect(ordersParser.detect(QIANNIU_ORDERS)).toBeGreaterThan(70);
    expect(ordersParser.detect(["订单编号", "支付单号"])).toBe(61);
    expect(ordersParser.detect(["订单编号", "买家会员名", "买家实付金额"])).toBe(0);
    expect(ordersParser.detect(["订单编号", "买家应付货款", "收货地址"])).toBe(0);
  });

  it("recognises sub-order tables by 子订单编号 + 主订单编号", () => {
    expect(subordersParser.detect(QIANNIU_SUBORDERS)).toBeGreaterThan(75);
    expect(subordersParser.detect(TMALL_CANGFA)).toBeGreaterThan(70);
    expect(subordersParser.detect(["子订单编号", "订单编号"])).toBe(0);
  });
});

describe("Qianniu CSV pair", () => {
  it("maps the 21-column order table like the classic one, with the renamed columns", async () => {
    const [parsed] = await parseFile(fixturePath("qianniu-orders-21col.csv"), { parser: ordersParser });
    const orders = only(parsed?.records ?? [], "order");
    expect(orders).toHaveLength(2);
    expect(orders[0]?.order).toEqual({
      platform: "taobao",
      externalId: "3456789012345678",
      rawStatus: "交易成功",
      status: "completed",
      createdAt: new Date("2021-11-01T12:00:00Z"),
      shippedAt: new Date("2021-11-02T02:00:00Z"),
      goodsFen: 25800,
      shippingFen: 0,
      discountFen: 2000,
      paidFen: 22800,
      refundedFen: 0,
      sellerMemo: "双十一老客",
      isMobile: true,
      shippingCompany: "韵达快递",
      trackingNo: "YD1234567890",
      itemQuantity: 2,
      buyer: {},
      receiver: {
        province: "江苏省",
        city: "南京市",
        district: "建邺区",
        address: { value: "沙洲街道****", masked: true },
      },
      items: [],
    });
    expect(orders[1]?.order).toMatchObject({ status: "unpaid", paidFen: 0, isMobile: false });
  });

  it("emits sub-orders as items with refunds, tolerating 无退款申请", async () => {
    const [parsed] = await parseFile(fixturePath("qianniu-suborders.csv"), { parser: subordersParser });
    const records = parsed?.records ?? [];
    expect(only(records, "order")).toEqual([]);
    expect(only(records, "reject")).toEqual([]);
    const items = only(records, "item");
    expect(items.map((i) => [i.source.row, i.orderExternalId, i.item.externalId])).toEqual([
      [2, "3456789012345678", "3456789012345678001"],
      [3, "3456789012345678", "3456789012345678002"],
      [4, "3456789012345679", "3456789012345679001"],
    ]);
    expect(items[0]?.item).toEqual({
      externalId: "3456789012345678001",
      productExternalId: "654321987654",
      merchantCode: "WJ-GR",
      title: "羊毛围巾",
      attributes: { 颜色分类: "灰色" },
      unitPriceFen: 15800,
      quantity: 1,
      paidFen: 13800,
      rawStatus: "交易成功",
      status: "completed",
      rawRefundStatus: "没有申请退款",
      refundStatus: "none",
      refundFen: 0,
    });
    expect(items[1]?.item).toMatchObject({
      merchantCode: "ST-BK",
      refundStatus: "refunded",
      refundFen: 9000,
    });
    expect(items[2]?.item).toMatchObject({
      status: "unpaid",
      refundStatus: "none",
      refundFen: 0,
      paidFen: 0,
    });
  });
});

describe("Qianniu xlsx with 订单报表 + 销售明细", () => {
  it("gives the same records as the CSV pair, and rejects the id stored as a lossy number", async () => {
    const tables = await parseFile(fixturePath("qianniu-orders-and-lines.xlsx"));
    expect(tables.map((t) => [t.table.sheet, t.parser.id])).toEqual([
      ["订单报表", "qianniu-orders"],
      ["销售明细", "qianniu-suborders"],
    ]);
    const [csvOrders] = await parseFile(fixturePath("qianniu-orders-21col.csv"), { parser: ordersParser });
    const [csvLines] = await parseFile(fixturePath("qianniu-suborders.csv"), { parser: subordersParser });
    const orders = tables[0]?.records ?? [];
    expect(only(orders, "order").map((o) => o.order)).toEqual(
      only(csvOrders?.records ?? [], "order").map((o) => o.order),
    );
    expect(only(orders, "reject").map((r) => [r.reject.row, r.reject.field, r.reject.code])).toEqual([
      [4, "订单编号", "scientific_notation"],
    ]);
    expect(only(tables[1]?.records ?? [], "item").map((i) => i.item)).toEqual(
      only(csvLines?.records ?? [], "item").map((i) => i.item),
    );
    expect(only(tables[1]?.records ?? [], "item").map((i) => i.source.row)).toEqual([3, 4, 5]);
  });
});

describe("Tmall 仓发 sub-orders carrying order columns", () => {
  it("emits one order per 主订单编号 plus every line", async () => {
    const [parsed] = await parseFile(fixturePath("tmall-cangfa-suborders.csv"));
    expect(parsed?.parser.id).toBe("qianniu-suborders");
    const records = parsed?.records ?? [];
    expect(records.map((r) => `${r.kind}@${r.kind === "reject" ? r.reject.row : r.source.row}`)).toEqual([
      "order@2",
      "item@2",
      "item@3",
      "order@4",
      "item@4",
    ]);
    const order = only(records, "order")[0]?.order;
    expect(order).toMatchObject({
      externalId: "4123456789012345",
      status: "completed",
      goodsFen: 30000,
      discountFen: 2000,
      paidFen: 27000,
      refundedFen: 0,
      buyer: { nick: { value: "天猫用户a**1", masked: true }, ouid: "AAGxyz123OAID" },
      receiver: {
        name: { value: "陈*", masked: true },
        phone: { value: "158****0000", masked: true },
        city: "广州市",
      },
    });
    const lines = only(records, "item").map((i) => i.item);
    expect(
      lines.map((i) => [i.title, i.quantity, i.paidFen, i.unitPriceFen, i.refundStatus, i.refundFen]),
    ).toEqual([
      ["空气炸锅", 1, 18000, 18000, "none", 0],
      ["炸锅纸", 2, 9000, 4500, "refunded", 2000],
      ["电热水壶", 1, 9900, 9900, "none", 0],
    ]);
    expect(lines[0]?.attributes).toEqual({ 颜色: "白色" });
  });

  it("rejects the whole line when its order columns are bad, and retries the order on the next line", async () => {
    const row = (sub: string, created: string) =>
      TMALL_CANGFA.map(
        (h) =>
          ({
            子订单编号: sub,
            主订单编号: "9",
            订单创建时间: created,
            订单状态: "交易成功",
            买家会员名: "x",
          })[h] ?? "",
      );
    const records = await collect(
      subordersParser,
      tableOf(TMALL_CANGFA, [row("91", "bad"), row("92", "2023-01-01 00:00:00")]),
    );
    expect(records.map((r) => (r.kind === "reject" ? `reject:${r.reject.field}` : r.kind))).toEqual([
      "reject:订单创建时间",
      "order",
      "item",
    ]);
  });
});
