/**
 * Platform status text -> the small OrderStatus / RefundStatus enums. Matching ignores comma
 * width (`，` vs `,`), spaces and letter case, because export versions differ in exactly that.
 */
import { CellError, cleanCell, toHalfWidth } from "../cells.ts";
import type { OrderStatus, RefundStatus } from "../model.ts";

const SPACES = /\s+/g;

/** The matching key of a status cell: cleaned, half-width, without spaces, lower-case. */
export function statusKey(raw: string | undefined): string {
  return toHalfWidth(cleanCell(raw)).replace(SPACES, "").toLowerCase();
}

/**
 * Build a normaliser from a table of status text -> value (keys are matched by `statusKey`).
 * Blank cells give undefined; unknown text throws CellError("invalid_status").
 */
export function makeStatusNormalizer<T extends string = OrderStatus>(
  table: Record<string, T>,
): (raw: string | undefined) => T | undefined {
  const byKey = new Map<string, T>();
  for (const [text, value] of Object.entries(table)) byKey.set(statusKey(text), value);
  // Million-row files repeat a handful of raw strings: remember them to skip re-normalising.
  const seen = new Map<string, T>();
  return (raw) => {
    const known = raw === undefined ? undefined : seen.get(raw);
    if (known !== undefined) return known;
    const key = statusKey(raw);
    if (key === "") return undefined;
    const hit = byKey.get(key);
    if (hit === undefined) throw new CellError("invalid_status", cleanCell(raw));
    if (raw !== undefined && seen.size < 1024) seen.set(raw, hit);
    return hit;
  };
}

/**
 * Taobao/Tmall 订单状态 strings (export-formats.md §1d, plus the API's Chinese labels and the
 * presale stages). Cash-on-delivery orders follow the same stages as paid ones once the buyer has
 * confirmed (the money is collected on delivery but the purchase is committed). A presale order
 * whose balance (尾款) is not paid yet is unpaid: it closes, deposit forfeited, if never paid.
 */
export const TAOBAO_ORDER_STATUSES: Record<string, OrderStatus> = {
  等待买家付款: "unpaid",
  "买家已付款，等待卖家发货": "paid",
  "卖家已发货，等待买家确认": "shipped",
  交易成功: "completed",
  交易关闭: "closed",
  交易被淘宝关闭: "closed",
  没有创建支付宝交易: "closed",
  // Cash on delivery.
  等待买家确认货到付款订单信息: "unpaid",
  "买家已确认，等待卖家发货": "paid",
  "卖家已发货，等待买家确认收货并付款": "shipped",
  买家已签收: "completed",
  "买家已签收，回款至卖家": "completed",
  // API status labels that also appear in seller-centre views.
  等待卖家发货: "paid",
  "等待卖家发货，即：买家已付款": "paid",
  卖家部分发货: "shipped",
  等待买家确认收货: "shipped",
  "等待买家确认收货，即：卖家已发货": "shipped",
  "没有创建外部交易（支付宝交易）": "closed",
  外卡支付付款确认中: "unpaid",
  余额宝0元购合约中: "unpaid",
  // Presale (deposit + balance).
  等待买家付定金: "unpaid",
  "买家已下单，等待买家付定金": "unpaid",
  "买家已付定金，等待预售结束": "unpaid",
  等待尾款支付开始: "unpaid",
  等待买家付尾款: "unpaid",
  "预售结束，等待买家付尾款": "unpaid",
  "买家未付尾款，定金扣除，交易关闭": "closed",
};

const taobaoStatus = makeStatusNormalizer(TAOBAO_ORDER_STATUSES);

/**
 * Normalise a Taobao/Tmall 订单状态 cell. Blank gives undefined (the caller derives a status
 * from the timestamps); unknown text throws CellError("invalid_status").
 */
export function normalizeTaobaoStatus(raw: string | undefined): OrderStatus | undefined {
  return taobaoStatus(raw);
}

/** Taobao 退款状态 vocabulary (sub-order refund state). */
export const TAOBAO_REFUND_STATUSES: Record<string, RefundStatus> = {
  没有申请退款: "none",
  无退款申请: "none",
  无退款: "none",
  退款成功: "refunded",
  退款中: "requested",
  "买家已经申请退款，等待卖家同意": "requested",
  "卖家已经同意退款，等待买家退货": "requested",
  "买家已经退货，等待卖家确认收货": "requested",
  卖家拒绝退款: "refused",
  退款关闭: "closed",
};

const refundStatus = makeStatusNormalizer(TAOBAO_REFUND_STATUSES);

/** Normalise a 退款状态 cell: blank is `none`; unknown text throws CellError("invalid_status"). */
export function normalizeRefundStatus(raw: string | undefined): RefundStatus {
  return refundStatus(raw) ?? "none";
}
