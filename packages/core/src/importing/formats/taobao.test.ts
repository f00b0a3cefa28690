import { describe, expect, it } from "vitest";
import { TAOBAO_37, TAOBAO_54 } from "../fixtures/make-fixtures.ts";
import { collect, fixturePath, only, parseFile, tableOf } from "./parse-fixture.ts";
import { taobaoParsers } from "./taobao.ts";
import { taobaoId } from "./taobao-order.ts";

const [ordersParser, itemsParser] = taobaoParsers;
if (!ordersParser || !itemsParser) throw new Error("taobao parsers missing");

async function ordersOf(name: string) {
  const [parsed] = await parseFile(fixturePath(name), { parser: ordersParser });
  return parsed?.records ?? [];
}

/** A 54-column row from a few values (trimmed header names). */
function row54(values: Record<string, string>): string[] {
  return TAOBAO_54.map((h) => values[h.trim()] ?? "");
}

const minimal = {
  订单编号: "100",
  订单状态: "交易成功",
  订单创建时间: "2020-01-01 10:00:00",
  买家实际支付金额: "1",
};

describe("detection", () => {
  it("recognises 订单报表 by 订单编号 + 买家会员名, more specifically with more Taobao columns", async () => {
    const [full] = await parseFile(fixturePath("taobao-orders-54col-gb18030.csv"), { parser: ordersParser });
    const score54 = ordersParser.detect(full?.table.header ?? []);
    expect(score54).toBeGreaterThan(60);
    expect(ordersParser.detect(["订单编号", "买家会员名"])).toBe(51);
    expect(ordersParser.detect(["订单编号", "买家应付货款", "收货地址"])).toBeGreaterThan(50);
    expect(ordersParser.detect(["订单编号", "标题", "价格", "购买数量"])).toBe(0);
    expect(ordersParser.detect(["子订单编号", "主订单编号", "订单编号", "买家会员名"])).toBe(0);
  });

  it("recognises 宝贝报表 by 订单编号 + 标题 + 价格 + 购买数量", async () => {
    const [items] = await parseFile(fixturePath("taobao-items-gb18030.csv"), { parser: itemsParser });
    expect(itemsParser.detect(items?.table.header ?? [])).toBe(56);
    expect(itemsParser.detect(TAOBAO_54)).toBe(0);
    expect(itemsParser.detect(["子订单编号", "订单编号", "标题", "价格", "购买数量"])).toBe(0);
  });
});

describe("订单报表, classic 54 columns in GB18030", () => {
  it("maps a completed order with every quirk cleaned", async () => {
    const records = await ordersOf("taobao-orders-54col-gb18030.csv");
    expect(only(records, "reject")).toEqual([]);
    const first = only(records, "order")[0];
    expect(first?.source).toEqual({ file: "taobao-orders-54col-gb18030.csv", row: 2 });
    expect(first?.order).toEqual({
      platform: "taobao",
      externalId: "1930679858170647",
      rawStatus: "交易成功",
      status: "completed",
      createdAt: new Date("2016-05-23T14:02:11Z"),
      paidAt: new Date("2016-05-23T14:03:01Z"),
      receivedAt: new Date("2016-05-28T02:00:00Z"),
      completedAt: new Date("2016-05-28T02:00:00Z"),
      goodsFen: 59800,
      shippingFen: 0,
      discountFen: 0,
      paidFen: 59800,
      refundedFen: 0,
      buyerMessage: "请发韵达",
      sellerMemo: "老客户，送小样",
      isMobile: true,
      shippingCompany: "韵达快递",
      trackingNo: "3101234567890",
      itemQuantity: 3,
      buyer: {
        nick: { value: "小明爱购物", masked: false },
        alipayAccount: { value: "xiaoming@example.com", masked: false },
      },
      receiver: {
        name: { value: "张三", masked: false },
        phone: { value: "18618486065", masked: false },
        province: "吉林省",
        city: "通化市",
        district: "柳河县",
        address: { value: "柳河镇紫御府 七号楼 3单元 201室", masked: false },
        zip: "135300",
      },
      items: [],
    });
  });

  it("normalises statuses in both comma widths, COD and presale", async () => {
    const orders = only(await ordersOf("taobao-orders-54col-gb18030.csv"), "order").map((o) => o.order);
    expect(orders.map((o) => [o.rawStatus, o.status])).toEqual([
      ["交易成功", "completed"],
      ["买家已付款,等待卖家发货", "paid"],
      ["卖家已发货，等待买家确认", "shipped"],
      ["交易关闭", "closed"],
      ["等待买家付尾款", "unpaid"],
      ["卖家已发货，等待买家确认收货并付款", "shipped"],
      ["交易关闭", "closed"],
    ]);
  });

  it("uses 修改后的收货地址 over 收货地址 and falls back to 联系电话", async () => {
    const order = only(await ordersOf("taobao-orders-54col-gb18030.csv"), "order")[1]?.order;
    expect(order?.receiver).toEqual({
      name: { value: "李四", masked: false },
      phone: { value: "0571-88886666", masked: false },
      province: "浙江省",
      city: "杭州市",
      district: "滨江区",
      address: { value: "网商路699号", masked: false },
      zip: "310052",
    });
    expect(order?.buyer.alipayAccount).toEqual({ value: "139****5678", masked: true });
    expect(order?.completedAt).toBeUndefined();
  });

  it("derives the shop discount from 总金额 and keeps what the buyer actually paid", async () => {
    const order = only(await ordersOf("taobao-orders-54col-gb18030.csv"), "order")[2]?.order;
    expect(order).toMatchObject({ goodsFen: 20000, shippingFen: 1000, discountFen: 2000, paidFen: 18500 });
    expect(order?.isMobile).toBe(false);
    expect(order?.trackingNo).toBe("SF1234567890");
  });

  it("keeps close reasons (but not 订单未关闭), unpaid amounts and refunds", async () => {
    const orders = only(await ordersOf("taobao-orders-54col-gb18030.csv"), "order").map((o) => o.order);
    expect(orders[0]?.closeReason).toBeUndefined();
    expect(orders[3]).toMatchObject({ closeReason: "买家不想买了", paidFen: 0, paidAt: undefined });
    expect(orders[6]).toMatchObject({
      closeReason: "退款",
      paidFen: 10000,
      refundedFen: 10000,
      status: "closed",
    });
  });
});

describe("other 订单报表 versions map by name", () => {
  it.each(["taobao-orders-37col-utf8.csv", "taobao-orders-41col-utf8-bom.csv"])("%s", async (name) => {
    const classic = only(await ordersOf("taobao-orders-54col-gb18030.csv"), "order").slice(0, 2);
    const orders = only(await ordersOf(name), "order");
    expect(orders.map((o) => o.order)).toEqual(
      classic.map((o) => ({ ...o.order, receivedAt: undefined, completedAt: undefined, refundedFen: 0 })),
    );
  });

  it("reads the customs variant's buyer identity", async () => {
    const order = only(await ordersOf("taobao-orders-customs-utf8.csv"), "order")[0]?.order;
    expect(order?.externalId).toBe("1930679858170647");
    expect(order?.buyer).toMatchObject({
      name: { value: "张三", masked: false },
      phone: { value: "18618486065", masked: false },
    });
  });

  it("flags masked buyers, receivers and addresses, and keeps 19-digit ids as text", async () => {
    const orders = only(await ordersOf("taobao-orders-masked-utf8.csv"), "order").map((o) => o.order);
    expect(orders[0]).toMatchObject({
      externalId: "5118609024991031607",
      buyer: { nick: { value: "t**1", masked: true } },
      receiver: {
        name: { value: "张*", masked: true },
        phone: { value: "138****1234", masked: true },
        province: "江苏省",
        city: "南京市",
        district: "建邺区",
        address: { value: "沙洲街道****", masked: true },
      },
    });
    expect(orders[1]?.receiver).toEqual({
      name: { value: "**", masked: true },
      phone: { value: "***********", masked: true },
      province: "上海",
      city: "上海市",
    });
  });

  it("reads Excel re-saved text and rejects the id Excel turned into 1.93068E+15", async () => {
    const records = await ordersOf("taobao-orders-excel-unicode-text.xls");
    const orders = only(records, "order");
    expect(orders.map((o) => [o.order.externalId, o.order.createdAt.toISOString()])).toEqual([
      ["1930679858170647", "2016-05-23T14:02:00.000Z"],
      ["1930679858170648", "2016-05-24T01:15:00.000Z"],
    ]);
    const [reject] = only(records, "reject").map((r) => r.reject);
    expect(reject).toMatchObject({
      file: "taobao-orders-excel-unicode-text.xls",
      row: 4,
      field: "订单编号",
      code: "scientific_notation",
    });
    expect(reject?.raw.订单编号).toBe("1.93068E+15");
    expect(reject?.raw["收货地址 "]).toContain("广东省");
  });

  it("keeps embedded line breaks and quotes in 买家留言, with spreadsheet row numbers", async () => {
    const orders = only(await ordersOf("taobao-orders-multiline-message.csv"), "order");
    expect(orders.map((o) => o.source.row)).toEqual([2, 3, 4]);
    expect(orders[0]?.order.buyerMessage).toBe('周末送货\r\n不要放快递柜，谢谢"老板"\r\n——小明');
    expect(orders[1]?.order.buyerMessage).toBe('say "hi", please');
  });

  it("rejects the row a truncated file ends in and keeps the others", async () => {
    const records = await ordersOf("taobao-orders-truncated-gb18030.csv");
    expect(only(records, "order")).toHaveLength(6);
    expect(only(records, "reject").map((r) => [r.reject.row, r.reject.code])).toEqual([[8, "malformed_row"]]);
  });
});

describe("订单报表 row errors", () => {
  it("rejects a missing creation time, an unknown status and a bad amount, naming the raw header", async () => {
    const table = tableOf(TAOBAO_54, [
      row54({ ...minimal, 订单创建时间: "" }),
      row54({ ...minimal, 订单状态: "交易进行中" }),
      row54({ ...minimal, 买家应付货款: "12元5角" }),
      row54({ ...minimal, 订单编号: "" }),
      row54({ ...minimal, 订单编号: "订单100" }),
      row54({ ...minimal, 订单付款时间: "2020-02-30 10:00:00" }),
      row54(minimal),
    ]);
    const records = await collect(ordersParser, table);
    expect(only(records, "reject").map((r) => [r.reject.row, r.reject.field, r.reject.code])).toEqual([
      [2, "订单创建时间", "missing_field"],
      [3, "订单状态", "invalid_status"],
      [4, "买家应付货款", "invalid_number"],
      [5, "订单编号", "missing_field"],
      [6, "订单编号", "invalid_id"],
      [7, "订单付款时间 ", "invalid_date"],
    ]);
    expect(only(records, "order").map((o) => o.source.row)).toEqual([8]);
  });

  it("rejects a shifted row with values beyond the header", async () => {
    const records = await collect(
      ordersParser,
      tableOf(TAOBAO_37, [[...row54(minimal).slice(0, 37), "extra"]]),
    );
    expect(only(records, "reject").map((r) => r.reject.code)).toEqual(["malformed_row"]);
  });

  it("derives the status from timestamps when 订单状态 is blank", async () => {
    const table = tableOf(TAOBAO_54, [
      row54({ ...minimal, 订单状态: "" }),
      row54({ ...minimal, 订单状态: "", 订单付款时间: "2020-01-01 10:01:00" }),
      row54({ ...minimal, 订单状态: "", 确认收货时间: "2020-01-05 10:00:00" }),
    ]);
    const orders = only(await collect(ordersParser, table), "order");
    expect(orders.map((o) => [o.order.rawStatus, o.order.status])).toEqual([
      ["", "unpaid"],
      ["", "paid"],
      ["", "completed"],
    ]);
  });

  it("cleans ids the way importers do", () => {
    expect(taobaoId('="1930679858170647"')).toBe("1930679858170647");
    expect(taobaoId('"=""1930679858170647"""')).toBe("1930679858170647");
    expect(taobaoId("1930679858170647 ")).toBe("1930679858170647");
    expect(taobaoId("")).toBeUndefined();
    expect(() => taobaoId("1.93068E+15")).toThrow("scientific_notation");
    expect(() => taobaoId("1930679858170647.0")).toThrow("invalid_id");
  });
});

describe("宝贝报表", () => {
  it("emits one item per row joined by 订单编号, rejecting a bad quantity", async () => {
    const [parsed] = await parseFile(fixturePath("taobao-items-gb18030.csv"), { parser: itemsParser });
    const records = parsed?.records ?? [];
    const items = only(records, "item");
    expect(items.map((i) => [i.source.row, i.orderExternalId, i.item.title, i.item.quantity])).toEqual([
      [2, "1930679858170647", "加绒卫衣 男 冬季", 1],
      [3, "1930679858170647", "休闲裤", 2],
      [4, "1930679858170648", "保温杯 500ml", 1],
      [5, "1930679858170649", "蓝牙耳机", 1],
    ]);
    expect(items[0]).toEqual({
      kind: "item",
      platform: "taobao",
      orderExternalId: "1930679858170647",
      source: { file: "taobao-items-gb18030.csv", row: 2 },
      item: {
        merchantCode: "WY-001-BK-XL",
        title: "加绒卫衣 男 冬季",
        attributes: { 颜色分类: "黑色", 尺码: "XL" },
        unitPriceFen: 39800,
        quantity: 1,
        rawStatus: "交易成功",
        status: "completed",
        refundStatus: "none",
        refundFen: 0,
      },
    });
    // 商家编码 blank: 外部系统编号 is the merchant code.
    expect(items[1]?.item.merchantCode).toBe("XXK-32");
    expect(items[3]?.item.status).toBe("shipped");
    expect(only(records, "reject").map((r) => [r.reject.row, r.reject.field, r.reject.code])).toEqual([
      [6, "购买数量", "invalid_number"],
    ]);
  });
});
