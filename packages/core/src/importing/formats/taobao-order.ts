/**
 * Taobao/Tmall order and line mapping shared by the classic seller-centre export (taobao.ts) and
 * the newer Qianniu exports (qianniu.ts): every column is optional and found by name or alias,
 * so the 37/41/54-column, customs and Qianniu variants are one mapping.
 */
import { parseChineseAddress } from "../address.ts";
import { CellError, externalId } from "../cells.ts";
import type { ImportRecord, NormalizedItem, NormalizedOrder, OrderStatus } from "../model.ts";
import { PAID_STATUSES } from "../model.ts";
import type { Table } from "../source/table.ts";
import { type ColRef, columnIndex, TAOBAO_ALIASES } from "./columns.ts";
import { type CellReader, mapRows } from "./row-mapper.ts";
import { normalizeRefundStatus, normalizeTaobaoStatus } from "./statuses.ts";
import type { ParseContext } from "./types.ts";

const ID_DIGITS = /^\d{1,30}$/;
const ID_WRAPPERS = /[="'\s]/g;

/**
 * A Taobao order/sub-order number: digits kept as text. Leftover Excel wrappers (`="…"`, quotes,
 * spaces) are stripped the way importers do; scientific notation (digits already lost) and any
 * other text are rejected.
 */
export function taobaoId(raw: string | undefined): string | undefined {
  const s = externalId(raw);
  if (s === undefined) return undefined;
  if (ID_DIGITS.test(s)) return s;
  const digits = s.replace(ID_WRAPPERS, "");
  if (ID_DIGITS.test(digits)) return digits;
  throw new CellError("invalid_id", s);
}

/** A required Taobao id: blank → missing_field, attributed to the column. */
export function requiredId(r: CellReader, c: ColRef): string {
  const id = r.with(c, taobaoId);
  if (id === undefined) throw new CellError("missing_field", "");
  return id;
}

const MOBILE = new Set(["手机订单", "是", "yes", "true", "1", "y"]);
const NOT_CLOSED = "订单未关闭";

/** Options of taobaoOrderMapper. */
export interface OrderMapperOptions {
  /** Column holding the order number (`订单编号`, or `主订单编号` in sub-order tables). */
  idColumn?: string;
  /** Read 退款金额 as the order's refund (false where it is per sub-order). */
  orderRefunds?: boolean;
}

/**
 * Build the row -> NormalizedOrder mapping of a Taobao-family table.
 * - status: 订单状态 (both comma widths); blank or absent → derived from the timestamps.
 * - discountFen = 买家应付货款 + 买家应付邮费 − 总金额 when that is positive, else 0: 总金额 is
 *   after shop discounts; platform coupons show up only as 买家实际支付金额 < 总金额.
 * - paidFen = 买家实际支付金额 as exported (0 for unpaid orders); without that column, 总金额 for
 *   paid statuses.
 * - receivedAt = 确认收货时间; completedAt = the same time when the order is completed.
 * - receiver address = 修改后的收货地址 when non-empty, else 收货地址.
 */
export function taobaoOrderMapper(
  table: Table,
  options: OrderMapperOptions = {},
): (r: CellReader) => NormalizedOrder {
  const col = columnIndex(table, TAOBAO_ALIASES);
  const absent: ColRef = { index: -1, name: "退款金额" };
  const c = {
    id: col.ref(options.idColumn ?? "订单编号"),
    status: col.ref("订单状态"),
    createdAt: col.ref("订单创建时间"),
    paidAt: col.ref("订单付款时间"),
    shippedAt: col.ref("发货时间"),
    receivedAt: col.ref("确认收货时间"),
    closeReason: col.ref("订单关闭原因"),
    goods: col.ref("买家应付货款"),
    shipping: col.ref("买家应付邮费"),
    total: col.ref("总金额"),
    paid: col.ref("买家实际支付金额"),
    refunded: options.orderRefunds === false ? absent : col.ref("退款金额"),
    message: col.ref("买家留言"),
    orderMemo: col.ref("订单备注"),
    sellerMemo: col.ref("商家备注"),
    mobile: col.ref("是否手机订单"),
    company: col.ref("物流公司"),
    tracking: col.ref("物流单号"),
    quantity: col.ref("宝贝总数量"),
    nick: col.ref("买家会员名"),
    alipay: col.ref("买家支付宝账号"),
    ouid: col.ref("买家会员ID"),
    buyerName: col.ref("买家姓名"),
    buyerPhone: col.ref("买家手机号"),
    receiverName: col.ref("收货人姓名"),
    mobilePhone: col.ref("联系手机"),
    phone: col.ref("联系电话"),
    address: col.ref("收货地址"),
    modifiedAddress: col.ref("修改后的收货地址"),
  };
  const hasPaidColumn = c.paid.index >= 0;
  const hasTotal = c.total.index >= 0;

  return (r) => {
    const externalId = requiredId(r, c.id);
    const rawStatus = r.text(c.status) ?? "";
    const createdAt = r.requiredDate(c.createdAt);
    const paidAt = r.date(c.paidAt);
    const shippedAt = r.date(c.shippedAt);
    const receivedAt = r.date(c.receivedAt);
    const status: OrderStatus =
      r.with(c.status, normalizeTaobaoStatus) ?? deriveStatus(paidAt, shippedAt, receivedAt);
    const goodsFen = r.money(c.goods);
    const shippingFen = r.money(c.shipping);
    const totalFen = hasTotal ? r.money(c.total) : goodsFen + shippingFen;
    const paidFen = hasPaidColumn ? r.money(c.paid) : PAID_STATUSES.includes(status) ? totalFen : 0;
    const closeReason = r.text(c.closeReason);
    const address = parseChineseAddress(r.text(c.modifiedAddress) ?? r.raw(c.address));
    const mobile = r.text(c.mobile);
    return {
      platform: "taobao",
      externalId,
      rawStatus,
      status,
      createdAt,
      paidAt,
      shippedAt,
      receivedAt,
      completedAt: status === "completed" ? receivedAt : undefined,
      goodsFen,
      shippingFen,
      discountFen: hasTotal ? Math.max(0, goodsFen + shippingFen - totalFen) : 0,
      paidFen,
      refundedFen: r.money(c.refunded),
      buyerMessage: r.text(c.message),
      sellerMemo: r.text(c.orderMemo) ?? r.text(c.sellerMemo),
      closeReason: closeReason === NOT_CLOSED ? undefined : closeReason,
      isMobile: c.mobile.index < 0 ? undefined : mobile !== undefined && MOBILE.has(mobile.toLowerCase()),
      shippingCompany: r.text(c.company),
      trackingNo: r.tracking(c.tracking),
      itemQuantity: r.optionalQuantity(c.quantity),
      buyer: {
        nick: r.masked(c.nick),
        ouid: r.text(c.ouid),
        alipayAccount: r.masked(c.alipay),
        name: r.masked(c.buyerName),
        phone: r.masked(c.buyerPhone),
      },
      receiver: {
        name: r.masked(c.receiverName),
        phone: r.masked(c.mobilePhone) ?? r.masked(c.phone),
        province: address?.province,
        city: address?.city,
        district: address?.district,
        address: address?.street,
        zip: address?.zip,
      },
      items: [],
    };
  };
}

/** Status of an export without a usable 订单状态: the latest stage its timestamps reached. */
function deriveStatus(paidAt?: Date, shippedAt?: Date, receivedAt?: Date): OrderStatus {
  if (receivedAt) return "completed";
  if (shippedAt) return "shipped";
  if (paidAt) return "paid";
  return "unpaid";
}

/** Options of taobaoItemMapper. */
export interface ItemMapperOptions {
  /** Column holding the order number the line belongs to (`订单编号` or `主订单编号`). */
  orderIdColumn: string;
  /**
   * True when the table also carries order-level money (Tmall 仓发): 买家实际支付金额 is then the
   * order's, and only 子单实际支付金额 is the line's.
   */
  orderLevelMoney?: boolean;
}

/** A line plus the order it belongs to. */
export interface MappedItem {
  orderExternalId: string;
  item: NormalizedItem;
}

/**
 * Build the row -> line mapping of a 宝贝报表 / 销售明细 table. Merchant code = 商家编码, else
 * 外部系统编号. Refund: 退款状态 when present; without it a positive 退款金额 means refunded.
 * Without a price column (仓发) the unit price is the line's paid amount / quantity, rounded.
 */
export function taobaoItemMapper(table: Table, options: ItemMapperOptions): (r: CellReader) => MappedItem {
  const col = columnIndex(table, TAOBAO_ALIASES);
  const c = {
    orderId: col.ref(options.orderIdColumn),
    subId: col.ref("子订单编号"),
    productId: col.ref("商品ID"),
    title: col.ref("标题"),
    price: col.ref("价格"),
    quantity: col.ref("购买数量"),
    merchantCode: col.ref("商家编码"),
    externalCode: col.ref("外部系统编号"),
    attributes: col.ref("商品属性"),
    status: col.ref("订单状态"),
    refundStatus: col.ref("退款状态"),
    refund: col.ref("退款金额"),
    paid: col.has("子单实际支付金额")
      ? col.ref("子单实际支付金额")
      : options.orderLevelMoney
        ? { index: -1, name: "子单实际支付金额" }
        : col.ref("买家实际支付金额"),
  };
  const hasRefundStatus = c.refundStatus.index >= 0;
  const hasPrice = c.price.index >= 0;

  return (r) => {
    const orderExternalId = requiredId(r, c.orderId);
    const refundFen = r.money(c.refund);
    const rawRefundStatus = r.text(c.refundStatus);
    const quantity = r.quantity(c.quantity);
    const paidFen = r.optionalMoney(c.paid);
    // The 仓发 variant has no unit price: derive it from what the line paid.
    const unitPriceFen = hasPrice
      ? r.money(c.price)
      : quantity > 0
        ? Math.round((paidFen ?? 0) / quantity)
        : (paidFen ?? 0);
    const item: NormalizedItem = {
      externalId: r.with(c.subId, taobaoId),
      productExternalId: r.id(c.productId),
      merchantCode: r.text(c.merchantCode) ?? r.text(c.externalCode),
      title: r.text(c.title) ?? "",
      attributes: r.attributes(c.attributes),
      unitPriceFen,
      quantity,
      paidFen,
      rawStatus: r.text(c.status),
      status: r.with(c.status, normalizeTaobaoStatus),
      rawRefundStatus,
      refundStatus: hasRefundStatus
        ? r.with(c.refundStatus, normalizeRefundStatus)
        : refundFen > 0
          ? "refunded"
          : "none",
      refundFen,
    };
    return { orderExternalId, item };
  };
}

/** Parse an order-level Taobao/Qianniu table: one order record per row, bad rows rejected. */
export async function* parseTaobaoOrders(table: Table, ctx: ParseContext): AsyncGenerator<ImportRecord> {
  const toOrder = taobaoOrderMapper(table);
  yield* mapRows(table, ctx.timeZone, (r, row) => ({
    kind: "order",
    order: toOrder(r),
    source: { file: table.file, row: row.row },
  }));
}
