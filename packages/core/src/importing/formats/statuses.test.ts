import { describe, expect, it } from "vitest";
import { cellErrorCode } from "../../testing/cell-error.ts";
import { makeStatusNormalizer, normalizeRefundStatus, normalizeTaobaoStatus, statusKey } from "./statuses.ts";

const codeOf = cellErrorCode;

describe("normalizeTaobaoStatus", () => {
  it.each([
    ["等待买家付款", "unpaid"],
    ["买家已付款，等待卖家发货", "paid"],
    ["买家已付款,等待卖家发货", "paid"],
    ["卖家已发货，等待买家确认", "shipped"],
    ["卖家已发货,等待买家确认", "shipped"],
    ["交易成功", "completed"],
    ["交易关闭", "closed"],
    ["交易被淘宝关闭", "closed"],
    ["没有创建支付宝交易", "closed"],
    ["等待买家确认货到付款订单信息", "unpaid"],
    ["买家已确认，等待卖家发货", "paid"],
    ["买家已确认,等待卖家发货", "paid"],
    ["卖家已发货，等待买家确认收货并付款", "shipped"],
    ["卖家已发货,等待买家确认收货并付款", "shipped"],
    ["买家已签收", "completed"],
    ["买家已签收，回款至卖家", "completed"],
    ["买家已签收,回款至卖家", "completed"],
    ["卖家部分发货", "shipped"],
    ["等待买家付定金", "unpaid"],
    ["等待买家付尾款", "unpaid"],
    ["预售结束，等待买家付尾款", "unpaid"],
    ["买家未付尾款,定金扣除,交易关闭", "closed"],
    [" 交易 成功 ", "completed"],
    ['="交易成功"', "completed"],
  ])("%j -> %s", (raw, status) => {
    expect(normalizeTaobaoStatus(raw)).toBe(status);
  });

  it("leaves blanks to the caller and rejects unknown text", () => {
    expect(normalizeTaobaoStatus("")).toBeUndefined();
    expect(normalizeTaobaoStatus(undefined)).toBeUndefined();
    expect(codeOf(() => normalizeTaobaoStatus("交易进行中"))).toBe("invalid_status");
  });
});

describe("normalizeRefundStatus", () => {
  it.each([
    ["没有申请退款", "none"],
    ["", "none"],
    [undefined, "none"],
    ["退款成功", "refunded"],
    ["退款中", "requested"],
    ["买家已经申请退款，等待卖家同意", "requested"],
    ["买家已经申请退款,等待卖家同意", "requested"],
    ["卖家拒绝退款", "refused"],
    ["退款关闭", "closed"],
  ])("%j -> %s", (raw, status) => {
    expect(normalizeRefundStatus(raw)).toBe(status);
  });

  it("rejects unknown refund text", () => {
    expect(codeOf(() => normalizeRefundStatus("退款神游中"))).toBe("invalid_status");
  });
});

describe("makeStatusNormalizer", () => {
  it("matches after half-width conversion, trimming and lower-casing", () => {
    const status = makeStatusNormalizer({ "Paid, Not Shipped": "paid", 已发货: "shipped" });
    expect(status("paid，not shipped")).toBe("paid");
    expect(status("  PAID, NOT SHIPPED ")).toBe("paid");
    expect(status("已发货")).toBe("shipped");
    expect(codeOf(() => status("lost"))).toBe("invalid_status");
    expect(statusKey("Ａ， b")).toBe("a,b");
  });
});
