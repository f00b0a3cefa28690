/**
 * Pinduoduo (拼多多) merchant order export (订单查询 → 导出), one row per order with its single SKU;
 * both the ~2019–2020 header and the 2026 variant (export-formats §2b). Headers arrive normalised,
 * so `商品总价（元）` is `商品总价(元)` here.
 */
import { parseAttributes, trackingNumber } from "../cells.ts";
import type { ImportRecord, NormalizedOrder, RefundStatus } from "../model.ts";
import type { Table } from "../source/table.ts";
import { countPresent, headerIndex, perUnit, RowReader, rejectFromError } from "./rows.ts";
import type { ParseContext, TableParser } from "./types.ts";
import { makeStatusMap, makeVocabulary } from "./vocabulary.ts";

/** Logical PDD fields -> header aliases (priority order). */
const COLUMNS = {
  orderId: ["订单号"],
  title: ["商品"],
  status: ["订单状态"],
  goods: ["商品总价(元)"],
  shopDiscount: ["店铺优惠折扣(元)"],
  platformDiscount: ["平台优惠折扣(元)"],
  duoduoDiscount: ["多多支付立减金额(元)"],
  shipping: ["邮费(元)"],
  paid: ["用户实付金额(元)"],
  merchantReceived: ["商家实收金额(元)"],
  quantity: ["商品数量(件)", "商品数量"],
  receiverName: ["收货人"],
  receiverPhone: ["手机", "收货人手机"],
  province: ["省"],
  city: ["市"],
  district: ["区"],
  street: ["街道", "详细地址"],
  dealAt: ["订单成交时间"],
  paidAt: ["支付时间"],
  groupedAt: ["拼单成功时间"],
  confirmedAt: ["订单确认时间"],
  shippedAt: ["发货时间"],
  receivedAt: ["确认收货时间"],
  productId: ["商品id"],
  spec: ["商品规格"],
  buyerPhone: ["用户购买手机号"],
  skuId: ["样式ID"],
  skuCode: ["商家编码-SKU维度", "商家编码-规格维度"],
  productCode: ["商家编码-商品维度"],
  trackingNo: ["快递单号"],
  shippingCompany: ["快递公司"],
  sellerMemo: ["商家备注"],
  afterSale: ["售后状态"],
  buyerMessage: ["买家留言"],
} as const satisfies Record<string, readonly string[]>;

type Field = keyof typeof COLUMNS;

const ALL_ALIASES = Object.values(COLUMNS).flat();

/** 订单状态 vocabulary; only 已收货 was seen in a fixture, the rest is UNCONFIRMED. Comma width is ignored. */
const STATUS = makeStatusMap({
  已收货: "completed",
  交易成功: "completed",
  待发货: "paid",
  已支付: "paid",
  "已发货,待签收": "shipped",
  已发货: "shipped",
  待支付: "unpaid",
  待付款: "unpaid",
  已取消: "closed",
  已关闭: "closed",
  未成团: "closed",
});

/**
 * 售后状态 vocabulary. `无售后或售后取消` and `退款成功` are seen in exports; any other non-blank
 * value (处理中, 待商家处理, 退款中, …) means an after-sale request is open.
 */
const REFUND = makeVocabulary<RefundStatus>({
  无售后或售后取消: "none",
  无售后: "none",
  售后取消: "closed",
  退款成功: "refunded",
});

/** The order of one row. Throws FieldError on a bad cell. */
function readOrder(r: RowReader<Field>): NormalizedOrder {
  const externalId = r.requiredId("orderId");
  const rawStatus = r.clean("status");
  if (rawStatus === "") r.fail("missing_field", "status", "");
  let status = STATUS(rawStatus);
  if (!status) r.fail("invalid_status", "status", rawStatus);
  // The 2026 export leads with 订单成交时间; older ones only have 支付时间/拼单成功时间.
  const createdAt = r.requiredDate(["dealAt", "paidAt", "groupedAt"]);
  const paidAt = r.date("paidAt");
  const shippedAt = r.date("shippedAt");
  const receivedAt = r.date("receivedAt");
  const goodsFen = r.money("goods");
  const discountFen = r.money("shopDiscount") + r.money("platformDiscount") + r.money("duoduoDiscount");
  const shippingFen = r.money("shipping");
  const paidFen = status === "unpaid" ? 0 : r.money("paid");
  r.money("merchantReceived"); // validated only: it is the shop's income, not the buyer's payment
  const qty = r.quantity("quantity");

  const rawRefund = r.text("afterSale");
  const refundStatus: RefundStatus = rawRefund === undefined ? "none" : (REFUND(rawRefund) ?? "requested");
  // PDD exports carry no refund amount: 退款成功 is taken as a full refund of what was paid,
  // which also closes the order (model: closed = fully refunded).
  const refundFen = refundStatus === "refunded" ? paidFen : 0;
  if (refundStatus === "refunded") status = "closed";

  return {
    platform: "pdd",
    externalId,
    rawStatus,
    status,
    createdAt,
    paidAt,
    shippedAt,
    receivedAt,
    completedAt: receivedAt,
    goodsFen,
    shippingFen,
    discountFen,
    paidFen,
    refundedFen: refundFen,
    currency: "CNY",
    buyerMessage: r.text("buyerMessage"),
    sellerMemo: r.text("sellerMemo"),
    shippingCompany: r.text("shippingCompany"),
    trackingNo: trackingNumber(r.raw("trackingNo")),
    itemQuantity: qty,
    // No stable buyer id in PDD exports; the buyer's own phone is the only buyer-side identity.
    buyer: { phone: r.masked("buyerPhone") },
    receiver: {
      name: r.masked("receiverName"),
      phone: r.masked("receiverPhone"),
      province: r.plain("province"),
      city: r.plain("city"),
      district: r.plain("district"),
      address: r.masked("street"),
    },
    items: [
      {
        productExternalId: r.id("productId"),
        skuExternalId: r.id("skuId"),
        merchantCode: r.text("skuCode") ?? r.text("productCode"),
        title: r.text("title") ?? "",
        attributes: parseAttributes(r.raw("spec")),
        unitPriceFen: perUnit(goodsFen, qty),
        quantity: qty,
        paidFen,
        rawRefundStatus: rawRefund,
        refundStatus,
        refundFen,
      },
    ],
  };
}

/** Parse a PDD table: one order record per row, or one reject naming the failing column. */
async function* parsePdd(table: Table, ctx: ParseContext): AsyncIterable<ImportRecord> {
  const r = new RowReader<Field>(headerIndex<Field>(table.header, COLUMNS), ctx.timeZone);
  for await (const row of table.rows) {
    r.cells = row.cells;
    let order: NormalizedOrder;
    try {
      order = readOrder(r);
    } catch (e) {
      yield rejectFromError(table, row, e);
      continue;
    }
    yield { kind: "order", order, source: { file: table.file, row: row.row } };
  }
}

/** Pinduoduo order export parsers (one table kind, both header generations). */
export const pddParsers: TableParser[] = [
  {
    id: "pdd-orders",
    format: "pdd",
    detect(header) {
      // Fingerprint 订单号 + one of the PDD-only money/time columns (checklist §6.2).
      if (countPresent(header, ["订单号"]) === 0) return 0;
      if (countPresent(header, ["商家实收金额(元)", "拼单成功时间", "用户实付金额(元)"]) === 0) return 0;
      return countPresent(header, ALL_ALIASES);
    },
    parse: parsePdd,
  },
];
