/**
 * Rows to domain objects, masked: every customer, identity and order receiver leaves the domain
 * masked (decision in docs/security.md); only `unmaskCustomer` and an export by a caller with
 * `pii:read` return clear values.
 */
import type { ChurnStatus, IdentityKind, PredictionSource } from "@laoke/db";
import type { CustomerRow, IdentityRow, MergeIntoRow, MetricsRow } from "./customers.repository.ts";
import type { CustomerListRow } from "./list.repository.ts";
import { maskAddress, maskBirthday, maskEmail, maskIdentityValue, maskName, maskPhone } from "./masking.ts";
import type { OrderItemJson, OrderRow } from "./orders.repository.ts";

/** One customer of the list (masked). */
export interface CustomerListItem {
  id: number;
  name: string | null;
  phone: string | null;
  province: string | null;
  city: string | null;
  firstOrderAt: Date | null;
  lastOrderAt: Date | null;
  paidOrders: number | null;
  totalSpentFen: number | null;
  aovFen: number | null;
  churnStatus: ChurnStatus | null;
  rfm: { r: number; f: number; m: number } | null;
  aovTier: number | null;
  pAlive: number | null;
  clvFen: number | null;
  platforms: string[];
}

/** Map a list row (masked). */
export function toCustomerListItem(r: CustomerListRow): CustomerListItem {
  return {
    id: r.id,
    name: maskName(r.name),
    phone: maskPhone(r.phone),
    province: r.province,
    city: r.city,
    firstOrderAt: r.first_order_at,
    lastOrderAt: r.last_order_at,
    paidOrders: r.paid_orders,
    totalSpentFen: r.total_spent_fen,
    aovFen: r.aov_fen,
    churnStatus: r.churn_status as ChurnStatus | null,
    rfm:
      r.r_score !== null && r.f_score !== null && r.m_score !== null
        ? { r: r.r_score, f: r.f_score, m: r.m_score }
        : null,
    aovTier: r.aov_tier,
    pAlive: r.p_alive,
    clvFen: r.clv_fen,
    platforms: r.platforms,
  };
}

/** A customer's profile (masked: name, phone, email; address cut to the district). */
export interface CustomerProfile {
  id: number;
  name: string | null;
  phone: string | null;
  email: string | null;
  gender: "male" | "female" | null;
  /** `MM-DD`: the year is personal data, the day is what birthday care needs. */
  birthdayMonthDay: string | null;
  country: string | null;
  province: string | null;
  city: string | null;
  district: string | null;
  address: string | null;
  zip: string | null;
  acceptsEmailMarketing: boolean | null;
  acceptsSmsMarketing: boolean | null;
  note: string | null;
  firstOrderAt: Date | null;
  lastOrderAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Map a customer row (masked). */
export function toCustomerProfile(r: CustomerRow): CustomerProfile {
  const address = maskAddress({
    country: r.country,
    province: r.province,
    city: r.city,
    district: r.district,
    address: r.address,
    zip: r.zip,
  });
  return {
    id: r.id,
    name: maskName(r.name),
    phone: maskPhone(r.phone),
    email: maskEmail(r.email),
    gender: r.gender,
    birthdayMonthDay: maskBirthday(r.birthday),
    ...address,
    acceptsEmailMarketing: r.accepts_email_marketing,
    acceptsSmsMarketing: r.accepts_sms_marketing,
    note: r.note,
    firstOrderAt: r.first_order_at,
    lastOrderAt: r.last_order_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** An identity of a customer; `maskedAtSource` when the platform exported it masked already. */
export interface CustomerIdentity {
  id: number;
  platform: string;
  kind: IdentityKind;
  value: string;
  maskedAtSource: boolean;
}

/** Map an identity row, masking its value unless `clear`. */
export function toIdentity(r: IdentityRow, clear = false): CustomerIdentity {
  return {
    id: r.id,
    platform: r.platform,
    kind: r.kind,
    value: clear ? r.value : maskIdentityValue(r.kind, r.value),
    maskedAtSource: r.masked,
  };
}

/** A merge into the customer; the matched phone or email masked. */
export interface CustomerMergeInto {
  mergeId: number;
  mergedCustomerId: number | null;
  reason: "phone" | "email";
  matchedValue: string;
  mergedAt: Date;
  undoneAt: Date | null;
  splitCustomerId: number | null;
}

/** Map a merge row (masked). */
export function toMergeInto(r: MergeIntoRow): CustomerMergeInto {
  return {
    mergeId: r.id,
    mergedCustomerId: r.merged_customer_id,
    reason: r.reason,
    matchedValue: maskIdentityValue(r.reason, r.matched_value),
    mergedAt: r.created_at,
    undoneAt: r.undone_at,
    splitCustomerId: r.split_customer_id,
  };
}

/** Every customer_metrics column in camelCase, with the favourite product's title. */
export type CustomerMetrics = {
  asOf: Date;
  paidOrders: number;
  purchaseDays: number;
  firstOrderAt: Date | null;
  lastOrderAt: Date | null;
  totalSpentFen: number;
  aovFen: number | null;
  recencyDays: number | null;
  rScore: number | null;
  fScore: number | null;
  mScore: number | null;
  aovTier: number | null;
  churnStatus: ChurnStatus;
  iptMeanDays: number | null;
  iptMedianDays: number | null;
  favouriteProductId: number | null;
  favouriteProductTitle: string | null;
  favouriteSkuId: number | null;
  favouriteColour: string | null;
  favouriteSize: string | null;
  predictionSource: PredictionSource | null;
  fitId: number | null;
  pAlive: number | null;
  pAliveLow: number | null;
  pAliveHigh: number | null;
  horizonDays: number | null;
  expectedPurchases: number | null;
  expectedPurchasesLow: number | null;
  expectedPurchasesHigh: number | null;
  expectedNextPurchaseOn: string | null;
  expectedNextPurchaseLow: string | null;
  expectedNextPurchaseHigh: string | null;
  expectedSpendFen: number | null;
  expectedSpendLowFen: number | null;
  expectedSpendHighFen: number | null;
  clvFen: number | null;
  clvLowFen: number | null;
  clvHighFen: number | null;
  computedAt: Date;
};

/** Map a metrics row: snake_case to camelCase, nothing else (no personal data in it). */
export function toMetrics(r: MetricsRow): CustomerMetrics {
  const { shop_id: _shop, customer_id: _customer, ...rest } = r;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(rest))
    out[k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())] = v;
  return out as CustomerMetrics;
}

/** An order with its lines; the receiver masked (name, phone; address cut to the district). */
export interface Order {
  id: number;
  platform: string;
  externalId: string;
  customerId: number;
  status: OrderRow["status"];
  rawStatus: string;
  orderedAt: Date;
  paidAt: Date | null;
  shippedAt: Date | null;
  receivedAt: Date | null;
  completedAt: Date | null;
  closedAt: Date | null;
  goodsFen: number;
  shippingFen: number;
  discountFen: number;
  paidFen: number;
  refundedFen: number;
  currency: string;
  itemQuantity: number | null;
  buyerMessage: string | null;
  sellerMemo: string | null;
  closeReason: string | null;
  isMobile: boolean | null;
  shippingCompany: string | null;
  trackingNo: string | null;
  receiver: {
    name: string | null;
    phone: string | null;
    country: string | null;
    province: string | null;
    city: string | null;
    district: string | null;
    address: string | null;
    zip: string | null;
  };
  items: OrderItemJson[];
}

/** Map an order row (masked receiver). */
export function toOrder(r: OrderRow): Order {
  return {
    id: r.id,
    platform: r.platform,
    externalId: r.external_id,
    customerId: r.customer_id,
    status: r.status,
    rawStatus: r.raw_status,
    orderedAt: r.ordered_at,
    paidAt: r.paid_at,
    shippedAt: r.shipped_at,
    receivedAt: r.received_at,
    completedAt: r.completed_at,
    closedAt: r.closed_at,
    goodsFen: r.goods_fen,
    shippingFen: r.shipping_fen,
    discountFen: r.discount_fen,
    paidFen: r.paid_fen,
    refundedFen: r.refunded_fen,
    currency: r.currency,
    itemQuantity: r.item_quantity,
    buyerMessage: r.buyer_message,
    sellerMemo: r.seller_memo,
    closeReason: r.close_reason,
    isMobile: r.is_mobile,
    shippingCompany: r.shipping_company,
    trackingNo: r.tracking_no,
    receiver: {
      name: maskName(r.receiver_name),
      phone: maskPhone(r.receiver_phone),
      ...maskAddress({
        country: r.receiver_country,
        province: r.receiver_province,
        city: r.receiver_city,
        district: r.receiver_district,
        address: r.receiver_address,
        zip: r.receiver_zip,
      }),
    },
    items: r.items,
  };
}
