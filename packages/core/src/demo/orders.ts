/**
 * From a purchase instant to a Taobao order: basket, postage, coupon, payment, shipping, buyer
 * confirmation, refunds and closures, receiver snapshot and the free-text fields. Statuses follow
 * from the simulated timeline relative to the export instant, so recent orders are naturally
 * 待发货 / 已发货 and old ones 交易成功.
 */

import { buildBasket, type Line, targetSpend } from "./basket.ts";
import { DAY_MS, isPromotionDay, localDay, type Seasonality, shanghai } from "./calendar.ts";
import type { Catalogue } from "./catalogue.ts";
import type { CustomerProfile } from "./customers.ts";
import type { PersonName } from "./names.ts";
import { type Rng, Weighted } from "./random.ts";
import { type Address, randomAddress } from "./regions.ts";

/** Lifecycle state of a demo order (mapped to the export's status strings by the writers). */
export type DemoStatus = "unpaid" | "waitShip" | "shipped" | "success" | "closed";

/** Rates of the unhappy paths. */
export const RATES = {
  /** Orders never paid (closed by timeout or the buyer; still open if < 72 h old at export). */
  unpaid: 0.07,
  /** Paid orders refunded in full (end 交易关闭, reason 退款). */
  fullRefund: 0.016,
  /** Completed orders with a partial refund (one line returned, or a price-protection refund). */
  partialRefund: 0.026,
  /** Post-2021 masked receiver (name/phone/address tail) among orders created 2024+. */
  masked: 0.1,
  modifiedAddress: 0.01,
  buyerMessage: 0.08,
  sellerMemo: 0.03,
  halfWidthComma: 0.3,
} as const;

const MASKING_FROM = shanghai(2024, 1, 1);

/** One order line with its refund flag. */
export interface OrderLine extends Line {
  refunded: boolean;
}

/** A fully simulated order. Money in 分. */
export interface DemoOrder {
  createdAt: number;
  paidAt: number | undefined;
  shippedAt: number | undefined;
  confirmedAt: number | undefined;
  status: DemoStatus;
  closeReason: string;
  lines: OrderLine[];
  goodsFen: number;
  postageFen: number;
  discountFen: number;
  totalFen: number;
  paidFen: number;
  refundFen: number;
  receiverName: PersonName;
  receiverPhone: string | undefined;
  receiverLandline: string | undefined;
  address: Address;
  masked: boolean;
  modifiedAddress: Address | undefined;
  buyerMessage: string;
  sellerMemo: string;
  mobile: boolean;
  courier: string;
  tracking: string;
  halfWidthComma: boolean;
  invoiceTitle: string;
}

const CLOSE_REASONS = new Weighted(
  ["超时关闭", "买家不想买了", "买家信息填写错误，重新拍", "拍错了", "卖家缺货", "其他原因"],
  [45, 25, 10, 6, 6, 8],
);
const COURIERS = new Weighted(
  ["中通快递", "圆通速递", "韵达快递", "申通快递", "顺丰速运", "极兔速递", "邮政EMS"],
  [30, 22, 18, 12, 8, 6, 4],
);
const MESSAGES = [
  "请尽快发货，谢谢",
  "发顺丰,到付也可以",
  "麻烦帮忙检查一下，不要有线头",
  '帮我在卡片上写"生日快乐"，谢谢！',
  "周末家里没人，\n请放菜鸟驿站或者快递柜",
  "尺码偏大还是偏小?我平时穿M",
  "不要发韵达,谢谢",
  "急用！！明天能发吗",
  '要"白色"那件,别发错了',
  "老顾客了，多送点小礼品呗",
];
const GIFT_MESSAGES = ["送女朋友的，帮忙包装好看一点", "礼物，不要放价格单和发票", '卡片写"永远爱你"，谢谢'];
const MEMOS = [
  "已备注赠品袜子",
  "客户要求发顺丰,补运费已收",
  "缺货延迟发货，已电话沟通",
  "老客户，送小礼品",
  "换货补发",
];
const COMPANIES = ["杭州云帆科技有限公司", "上海晨曦文化传播有限公司", "深圳市优品贸易有限公司", "个人"];

function tracking(rng: Rng, courier: string): string {
  switch (courier) {
    case "中通快递":
      return `7${rng.pick(["3", "5", "8"])}${rng.digits(12)}`;
    case "圆通速递":
      return `YT${rng.digits(13)}`;
    case "韵达快递":
      return `4${rng.pick(["3", "6"])}${rng.digits(11)}`;
    case "申通快递":
      return `77${rng.digits(13)}`;
    case "顺丰速运":
      return `SF${rng.digits(13)}`;
    case "极兔速递":
      return `JT${rng.digits(13)}`;
    default:
      return `11${rng.digits(11)}`;
  }
}

function postage(rng: Rng, goodsFen: number, remote: boolean): number {
  if (remote) return rng.range(8, 15) * 100;
  if (goodsFen < 4_900) return rng.pick([600, 800, 1000]);
  return 0;
}

function discount(rng: Rng, goodsFen: number, promo: boolean): number {
  if (!rng.chance(promo ? 0.6 : 0.28)) return 0;
  // Shop coupons: 满299减30/50, 满199减20, 满99减10, 满49减5.
  if (goodsFen >= 29_900) return promo ? 5_000 : 3_000;
  if (goodsFen >= 19_900) return 2_000;
  if (goodsFen >= 9_900) return 1_000;
  if (goodsFen >= 4_900) return 500;
  return 0;
}

/** Context shared by every order of a run. */
export interface OrderContext {
  catalogue: Catalogue;
  season: Seasonality;
  endMs: number;
}

/**
 * The orders one purchase instant produces: usually one; an unpaid order closed as
 * `买家信息填写错误，重新拍` / `拍错了` is followed by its paid re-order minutes later.
 */
export function ordersForPurchase(rng: Rng, c: CustomerProfile, at: number, ctx: OrderContext): DemoOrder[] {
  const day = localDay(at);
  const forGiftee = c.giftee !== undefined && rng.chance(ctx.season.isGiftWindow(day) ? 0.9 : 0.3);
  let target = targetSpend(rng, c);
  if (isPromotionDay(day)) target *= 1.3; // stocking up during 双11 / 618
  const lines = buildBasket(rng, c, ctx.catalogue, day, target, forGiftee);
  const first = makeOrder(rng, c, at, lines, forGiftee, ctx, false);
  if (first.status !== "closed" || !/重新拍|拍错了/.test(first.closeReason)) return [first];
  const again = at + rng.range(2, 30) * 60_000 + rng.int(60_000);
  if (again >= ctx.endMs) return [first];
  return [first, makeOrder(rng, c, again, lines, forGiftee, ctx, true)];
}

function makeOrder(
  rng: Rng,
  c: CustomerProfile,
  createdAt: number,
  basket: Line[],
  forGiftee: boolean,
  ctx: OrderContext,
  mustPay: boolean,
): DemoOrder {
  const end = ctx.endMs;
  const lines: OrderLine[] = basket.map((l) => ({ sku: l.sku, qty: l.qty, refunded: false }));
  const goodsFen = lines.reduce((s, l) => s + l.sku.priceFen * l.qty, 0);
  const receiver = forGiftee && c.giftee ? c.giftee : undefined;
  const useWork = !receiver && c.work !== undefined && rng.chance(0.25);
  const address = receiver ? receiver.address : useWork && c.work ? c.work : c.home;
  const postageFen = postage(rng, goodsFen, address.city.province.remote);
  const discountFen = discount(rng, goodsFen, isPromotionDay(localDay(createdAt)));
  const totalFen = goodsFen + postageFen - discountFen;
  const masked = createdAt >= MASKING_FROM && rng.chance(RATES.masked);
  const order: DemoOrder = {
    createdAt,
    paidAt: undefined,
    shippedAt: undefined,
    confirmedAt: undefined,
    status: "unpaid",
    closeReason: "订单未关闭",
    lines,
    goodsFen,
    postageFen,
    discountFen,
    totalFen,
    paidFen: 0,
    refundFen: 0,
    receiverName: receiver ? receiver.name : c.name,
    receiverPhone: receiver ? receiver.phone : c.landlineOnly ? undefined : c.phone,
    receiverLandline: receiver ? undefined : c.landline,
    address,
    masked,
    modifiedAddress:
      !masked && rng.chance(RATES.modifiedAddress) ? randomAddress(rng, address.city, useWork) : undefined,
    buyerMessage: rng.chance(RATES.buyerMessage) ? rng.pick(forGiftee ? GIFT_MESSAGES : MESSAGES) : "",
    sellerMemo: rng.chance(RATES.sellerMemo) ? rng.pick(MEMOS) : "",
    mobile: rng.chance(c.mobileShare),
    courier: "",
    tracking: "",
    halfWidthComma: rng.chance(RATES.halfWidthComma),
    invoiceTitle: rng.chance(0.015) ? rng.pick(COMPANIES) : "",
  };
  if (!mustPay && rng.chance(RATES.unpaid)) {
    const reason = CLOSE_REASONS.pick(rng);
    if (end - createdAt < 72 * 3_600_000 && reason === "超时关闭") return order; // still 等待买家付款
    order.status = "closed";
    order.closeReason = reason;
    return order;
  }
  const x = rng.next();
  const payDelay = x < 0.7 ? rng.range(5, 120) : x < 0.95 ? rng.range(120, 1_800) : rng.range(1_800, 72_000);
  const paidAt = createdAt + payDelay * 1000;
  if (paidAt >= end) return order;
  order.paidAt = paidAt;
  order.paidFen = totalFen;
  order.status = "waitShip";
  // Warehouses lag after 双11 and stop over 春节 (low demand days).
  let shipHours = rng.range(3, 48);
  const demand = ctx.season.base(localDay(paidAt));
  if (demand > 3) shipHours += rng.range(24, 96);
  if (demand < 0.5) shipHours += rng.range(96, 192);
  const shippedAt = paidAt + shipHours * 3_600_000 + rng.int(3_600_000);
  const confirmDays = rng.chance(0.65) ? 2 + rng.next() * 6 : 10 + rng.next() * 0.2;
  const confirmedAt = shippedAt + Math.floor(confirmDays * DAY_MS);
  const fullRefund = rng.chance(RATES.fullRefund);
  const partialRefund = !fullRefund && rng.chance(RATES.partialRefund / (1 - RATES.fullRefund));
  if (fullRefund) {
    const beforeShipping = rng.chance(0.5);
    const refundAt = beforeShipping
      ? paidAt + rng.range(1, 40) * 3_600_000
      : shippedAt + rng.range(3, 9) * DAY_MS;
    if (refundAt < end && (!beforeShipping || refundAt < shippedAt)) {
      order.status = "closed";
      order.closeReason = "退款";
      order.refundFen = order.paidFen;
      for (const l of lines) l.refunded = true;
      if (!beforeShipping) ship(rng, order, shippedAt);
      return order;
    }
  }
  if (shippedAt >= end) return order;
  ship(rng, order, shippedAt);
  if (confirmedAt >= end) {
    order.status = "shipped";
    return order;
  }
  order.status = "success";
  order.confirmedAt = confirmedAt;
  if (partialRefund) order.refundFen = partial(rng, order);
  return order;
}

function ship(rng: Rng, order: DemoOrder, at: number): void {
  order.shippedAt = at;
  order.courier = COURIERS.pick(rng);
  order.tracking = tracking(rng, order.courier);
}

/** A returned line (its 宝贝报表 status becomes 交易关闭) or a small price-protection refund. */
function partial(rng: Rng, order: DemoOrder): number {
  const units = order.lines.reduce((s, l) => s + l.qty, 0);
  if (units >= 2 && order.lines.length >= 2 && rng.chance(0.7)) {
    const line = order.lines[rng.int(order.lines.length)] as OrderLine;
    const share = Math.floor((line.sku.priceFen * line.qty * order.paidFen) / Math.max(1, order.goodsFen));
    if (share > 0 && share < order.paidFen) {
      line.refunded = true;
      return share;
    }
  }
  const yuan = Math.max(1, Math.round((order.paidFen * (0.05 + 0.25 * rng.next())) / 100));
  return Math.min(order.paidFen - 1, yuan * 100);
}
