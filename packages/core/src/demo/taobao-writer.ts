/**
 * Row formatting for the classic Taobao seller-centre export: 订单报表 (54 columns, with the real
 * trailing spaces in six header names) and 宝贝报表 (10 columns), including the quirks real files
 * carry: `="…"` order numbers, `'`-prefixed mobiles, `No:` tracking numbers, `0元`, `订单未关闭`,
 * masked receivers and both comma widths in status strings.
 */
import { formatDateTime } from "./calendar.ts";
import { csvField } from "./csv-writer.ts";
import { maskName, maskPhone } from "./names.ts";
import type { DemoOrder, DemoStatus } from "./orders.ts";
import { pad, permute8, type Rng } from "./random.ts";
import { formatTaobaoAddress } from "./regions.ts";

/** 订单报表 header, exactly as exported (note `收货地址 `, `联系电话 `, … with a trailing space). */
export const TAOBAO_ORDER_HEADER: readonly string[] = [
  "订单编号",
  "买家会员名",
  "买家支付宝账号",
  "买家应付货款",
  "买家应付邮费",
  "买家支付积分",
  "总金额",
  "返点积分",
  "买家实际支付金额",
  "买家实际支付积分",
  "订单状态",
  "买家留言",
  "收货人姓名",
  "收货地址 ",
  "运送方式",
  "联系电话 ",
  "联系手机",
  "订单创建时间",
  "订单付款时间 ",
  "宝贝标题 ",
  "宝贝种类 ",
  "物流单号 ",
  "物流公司",
  "订单备注",
  "宝贝总数量",
  "店铺Id",
  "店铺名称",
  "订单关闭原因",
  "卖家服务费",
  "买家服务费",
  "发票抬头",
  "是否手机订单",
  "分阶段订单信息",
  "特权订金订单id",
  "是否上传合同照片",
  "是否上传小票",
  "是否代付",
  "定金排名",
  "修改后的sku",
  "修改后的收货地址",
  "异常信息",
  "天猫卡券抵扣",
  "集分宝抵扣",
  "是否是O2O交易",
  "新零售交易类型",
  "新零售导购门店名称",
  "新零售导购门店id",
  "新零售发货门店名称",
  "新零售发货门店id",
  "退款金额",
  "预约门店",
  "确认收货时间",
  "打款商家金额",
  "含应开票给个人的个人红包",
];

/** 宝贝报表 header. */
export const TAOBAO_ITEM_HEADER: readonly string[] = [
  "订单编号",
  "标题",
  "价格",
  "购买数量",
  "外部系统编号",
  "商品属性",
  "套餐信息",
  "备注",
  "订单状态",
  "商家编码",
];

const STATUS: Record<DemoStatus, string> = {
  unpaid: "等待买家付款",
  waitShip: "买家已付款，等待卖家发货",
  shipped: "卖家已发货，等待买家确认",
  success: "交易成功",
  closed: "交易关闭",
};

/** The export's status text; older export versions use a half-width comma. */
export function statusText(status: DemoStatus, halfWidthComma: boolean): string {
  const s = STATUS[status];
  return halfWidthComma ? s.replace("，", ",") : s;
}

/** Fen as a yuan amount with two decimals (`128.00`). */
export function yuan(fen: number): string {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  const cents = abs % 100;
  return `${sign}${(abs - cents) / 100}.${cents < 10 ? "0" : ""}${cents}`;
}

/** The shop whose export this is. */
export interface Shop {
  id: string;
  name: string;
}

const SHOP_NAMES = [
  "小鹿家原创女装",
  "阿朵家的衣橱",
  "暖暖衣舍",
  "简约主义服饰",
  "橙子家的衣柜",
  "木槿生活馆",
  "森屿家居服饰",
];

/** The demo shop for a seed. */
export function makeShop(rng: Rng): Shop {
  return { id: String(rng.range(100_000_000, 699_999_999)), name: rng.pick(SHOP_NAMES) };
}

const ORDER_KEY = 0x4f524452;
const TIDS_LONG_FROM = Date.UTC(2020, 11, 31, 16); // 2021-01-01 Asia/Shanghai

/**
 * A Taobao order number (16–19 digits): lead digits, a day stamp, an 8-digit bijection of the
 * run-wide order counter (which makes it unique) and the buyer's 4-digit tail, as real tids end
 * with the buyer id's last digits.
 */
export function orderNumber(rng: Rng, createdAt: number, counter: number, buyerTail: string): string {
  // Newer tids are 18–19 digits; a few shorter legacy-style ones keep importers honest.
  const x = rng.next();
  const length =
    createdAt >= TIDS_LONG_FROM ? (x < 0.7 ? 19 : x < 0.9 ? 18 : x < 0.95 ? 17 : 16) : x < 0.5 ? 16 : 17;
  let lead = "";
  for (let i = 16; i < length; i++) lead += i === 16 ? String(rng.range(1, 9)) : String(rng.int(10));
  let day = pad(Math.floor(createdAt / 86_400_000) % 10_000, 4);
  if (lead === "" && day.startsWith("0")) day = `1${day.slice(1)}`;
  return `${lead}${day}${pad(permute8(counter, ORDER_KEY), 8)}${buyerTail}`;
}

/** Who placed the order, as the buyer columns show it. */
export interface Buyer {
  nick: string;
  alipay: string;
}

/**
 * One 订单报表 line (CRLF-terminated). Built as one template string: only the free-text cells can
 * hold a comma, quote or line break, so only they go through `csvField` (this runs millions of times).
 */
export function orderRow(o: DemoOrder, id: string, buyer: Buyer, shop: Shop): string {
  let titles = "";
  let quantity = 0;
  for (const l of o.lines) {
    titles = titles ? `${titles}，${l.sku.product.title}` : l.sku.product.title;
    quantity += l.qty;
  }
  const mobile = o.receiverPhone ? (o.masked ? maskPhone(o.receiverPhone) : `'${o.receiverPhone}`) : "";
  const settled = o.status === "success" ? `${yuan(o.paidFen - o.refundFen)}元` : "0元";
  const name = o.masked ? maskName(o.receiverName) : o.receiverName.full;
  const landline = o.receiverLandline && !o.masked ? o.receiverLandline : "";
  const paidAt = o.paidAt === undefined ? "" : formatDateTime(o.paidAt);
  const confirmedAt = o.confirmedAt === undefined ? "" : formatDateTime(o.confirmedAt);
  const modified = o.modifiedAddress ? csvField(formatTaobaoAddress(o.modifiedAddress, false)) : "";
  return (
    `"=""${id}""",${csvField(buyer.nick)},${csvField(buyer.alipay)},${yuan(o.goodsFen)},${yuan(o.postageFen)},0,` +
    `${yuan(o.totalFen)},0,${yuan(o.paidFen)},0,${csvField(statusText(o.status, o.halfWidthComma))},` +
    `${csvField(o.buyerMessage)},${csvField(name)},${csvField(formatTaobaoAddress(o.address, o.masked))},` +
    `${o.courier === "邮政EMS" ? "EMS" : "快递"},${landline},${mobile},${formatDateTime(o.createdAt)},${paidAt},` +
    `${csvField(titles)},${o.lines.length},${o.tracking ? `No:${o.tracking}` : ""},${o.courier},` +
    `${csvField(o.sellerMemo)},${quantity},${shop.id},${csvField(shop.name)},${csvField(o.closeReason)},0,0元,` +
    `${csvField(o.invoiceTitle)},${o.mobile ? "手机订单" : ""},,,否,否,否,,,${modified},,,0,,,,,,,` +
    `${yuan(o.refundFen)},,${confirmedAt},${settled},\r\n`
  );
}

/** The 宝贝报表 lines of an order (CRLF-terminated); a returned line shows 交易关闭. */
export function itemRows(o: DemoOrder, id: string): string {
  const quotedId = csvField(`="${id}"`);
  let out = "";
  for (const l of o.lines) {
    const status = statusText(l.refunded ? "closed" : o.status, o.halfWidthComma);
    out += `${quotedId},${csvField(l.sku.product.title)},${yuan(l.sku.priceFen)},${l.qty},${l.sku.product.code},${csvField(l.sku.attributes)},,,${csvField(status)},${l.sku.code}\r\n`;
  }
  return out;
}

/** A header line. */
export function headerRow(names: readonly string[]): string {
  return `${names.map(csvField).join(",")}\r\n`;
}
