/**
 * The normalised records every export format is turned into. Format parsers only produce these;
 * the pipeline (staging + set-based upsert) never sees a platform's column names.
 */

/** Platforms laoke knows; `other` is for generic spreadsheets imported with a column mapping. */
export type Platform = "taobao" | "jd" | "pdd" | "shopify" | "woocommerce" | "cdnow" | "other";

/**
 * The small status enum every platform status is normalised to (the raw text is kept beside it).
 * - unpaid: created, not paid (等待买家付款, pending)
 * - paid: paid, not shipped (买家已付款，等待卖家发货, processing)
 * - shipped: shipped, not yet confirmed (卖家已发货，等待买家确认)
 * - completed: received / finished (交易成功, completed)
 * - closed: closed, cancelled, never paid, or fully refunded (交易关闭, cancelled, refunded)
 * Revenue counts only paid/shipped/completed.
 */
export type OrderStatus = "unpaid" | "paid" | "shipped" | "completed" | "closed";

export const ORDER_STATUSES: readonly OrderStatus[] = ["unpaid", "paid", "shipped", "completed", "closed"];

/** Statuses that count as a paid order (and so as revenue). */
export const PAID_STATUSES: readonly OrderStatus[] = ["paid", "shipped", "completed"];

/** Refund state of one order line. */
export type RefundStatus = "none" | "requested" | "refused" | "closed" | "refunded";

/** A text value that may have been masked by the platform (`138****1234`, `张*`, `t**1`, `****`). */
export interface MaybeMasked {
  value: string;
  masked: boolean;
}

/** Who placed the order, as the export shows it. Every field is optional: exports differ. */
export interface BuyerInfo {
  /** Taobao 买家会员名 / masked nick. */
  nick?: MaybeMasked;
  /** Taobao open user id (ouid / 买家会员ID / OAID). */
  ouid?: string;
  /** Platform customer id: JD 下单帐号, Shopify Customer ID, WooCommerce customer_id, CDNOW customer id. */
  platformCustomerId?: string;
  /** Email as exported (lower-cased later by the pipeline). */
  email?: string;
  /** Buyer's own phone (not the receiver's), e.g. PDD 用户购买手机号. */
  phone?: MaybeMasked;
  /** Buyer's real name where the export has it (e.g. Shopify Billing Name). */
  name?: MaybeMasked;
  /** Taobao 买家支付宝账号 (often an email or phone, often masked). */
  alipayAccount?: MaybeMasked;
  /** Marketing consent as exported (Shopify Accepts Marketing). */
  acceptsMarketing?: boolean;
}

/** The receiver snapshot of one order (收货人). */
export interface ReceiverInfo {
  name?: MaybeMasked;
  phone?: MaybeMasked;
  province?: string;
  city?: string;
  district?: string;
  /** Street part of the address (after province/city/district), possibly masked. */
  address?: MaybeMasked;
  zip?: string;
  country?: string;
}

/** One line of an order (宝贝/子订单/line item). Money in integer 分 (cents). */
export interface NormalizedItem {
  /** Platform sub-order id (子订单编号) when the export has one. */
  externalId?: string;
  /** Platform product id (商品ID / 商品id / JD 商品ID). */
  productExternalId?: string;
  /** Platform SKU id (样式ID, Shopify variant id) when present. */
  skuExternalId?: string;
  /** Merchant code (商家编码 / 货号 / Lineitem sku). */
  merchantCode?: string;
  title: string;
  /** Parsed SKU attributes, e.g. { 颜色: "黑色", 尺码: "XL" } from `颜色分类：黑色;尺码：XL`. Keys as shown. */
  attributes: Record<string, string>;
  unitPriceFen: number;
  quantity: number;
  /** What the buyer paid for this line, when the export says (子单实际支付金额 / 买家实付金额). */
  paidFen?: number;
  rawStatus?: string;
  status?: OrderStatus;
  rawRefundStatus?: string;
  refundStatus: RefundStatus;
  refundFen: number;
}

/** One order, normalised. Money in integer 分 (cents); times as absolute instants. */
export interface NormalizedOrder {
  platform: Platform;
  /** Platform order number as text (`1930679858170647`, `260517-607198974342268`, `#1001`). */
  externalId: string;
  rawStatus: string;
  status: OrderStatus;
  createdAt: Date;
  paidAt?: Date;
  shippedAt?: Date;
  receivedAt?: Date;
  completedAt?: Date;
  closedAt?: Date;
  /** Goods total before shipping and discounts (买家应付货款 / Subtotal). */
  goodsFen: number;
  shippingFen: number;
  discountFen: number;
  /** What the buyer actually paid (买家实际支付金额 / Total). 0 when unpaid. */
  paidFen: number;
  /** Refunded so far (退款金额 / Refunded Amount). */
  refundedFen: number;
  /** ISO currency when the export says (Shopify/Woo); Chinese platforms are CNY. */
  currency?: string;
  buyerMessage?: string;
  sellerMemo?: string;
  closeReason?: string;
  isMobile?: boolean;
  shippingCompany?: string;
  trackingNo?: string;
  /** Total quantity of goods when the export gives it (宝贝总数量). */
  itemQuantity?: number;
  buyer: BuyerInfo;
  receiver: ReceiverInfo;
  /** Lines carried in the same file. Formats whose lines live in a second file emit `item` records instead. */
  items: NormalizedItem[];
}

/** A customer profile from a customer export (Shopify customers), without orders. */
export interface NormalizedCustomer {
  platform: Platform;
  platformCustomerId?: string;
  email?: string;
  phone?: MaybeMasked;
  name?: MaybeMasked;
  gender?: "male" | "female";
  birthday?: string;
  province?: string;
  city?: string;
  district?: string;
  address?: MaybeMasked;
  zip?: string;
  country?: string;
  acceptsEmailMarketing?: boolean;
  acceptsSmsMarketing?: boolean;
  tags?: string[];
  note?: string;
}

/** Where a record came from: file name as given and 1-based physical row number (header is row 1). */
export interface SourceRef {
  file: string;
  row: number;
}

/** A row that could not be imported. `field` is the column header as written in the file. */
export interface RowReject {
  file: string;
  row: number;
  field?: string;
  code: RejectCode;
  message: string;
  /** The raw cells of the row, header -> text, for the rejects CSV. */
  raw: Record<string, string>;
}

/** Closed set of reasons a row is rejected. Messages come from the i18n catalogue by code. */
export type RejectCode =
  | "missing_field"
  | "invalid_number"
  | "scientific_notation"
  | "invalid_date"
  | "invalid_status"
  | "invalid_id"
  | "orphan_item"
  | "conflicting_row"
  | "malformed_row"
  /** Reviews: 评分/评价结果 is neither 1–5 stars nor 好评/中评/差评. */
  | "invalid_rating"
  /** Reviews: neither the order nor the buyer's nick is a live customer of the shop. */
  | "unmatched_customer";

/** What a format parser yields, row by row. */
export type ImportRecord =
  | { kind: "order"; order: NormalizedOrder; source: SourceRef }
  /** A line whose order comes from another table (Taobao 宝贝报表, Qianniu 销售明细); joined by order id. */
  | { kind: "item"; platform: Platform; orderExternalId: string; item: NormalizedItem; source: SourceRef }
  | { kind: "customer"; customer: NormalizedCustomer; source: SourceRef }
  | { kind: "reject"; reject: RowReject };
