/**
 * Taobao/Tmall seller-centre export (卖家中心 → 已卖出的宝贝 → 批量导出), export-formats.md §1:
 * 订单报表 (ExportOrderList*.csv, one row per order) and 宝贝报表 (ExportOrderDetailList*.csv, one
 * row per line, joined to its order by 订单编号). Every column is read by name, so the 37-, 41-
 * and 54-column versions, the customs variant (支付交易号 … 买家手机号) and exports carrying
 * 支付单号/支付详情/商家备注 are one parser each.
 */
import type { Table } from "../source/table.ts";
import { countPresent, hasAny, headerKeys } from "./columns.ts";
import { mapRows } from "./row-mapper.ts";
import { parseTaobaoOrders, taobaoItemMapper } from "./taobao-order.ts";
import type { ParseContext, TableParser } from "./types.ts";

/** Columns typical of the classic 订单报表; each one present raises the detection score. */
const ORDER_MARKERS = [
  "买家会员名",
  "买家支付宝账号",
  "买家应付货款",
  "买家应付邮费",
  "总金额",
  "买家实际支付金额",
  "订单状态",
  "买家留言",
  "收货人姓名",
  "收货地址",
  "运送方式",
  "联系手机",
  "订单创建时间",
  "订单付款时间",
  "宝贝标题",
  "宝贝总数量",
  "订单关闭原因",
  "是否手机订单",
  "修改后的收货地址",
  "确认收货时间",
];

/** Columns of the 宝贝报表 besides 订单编号/标题/价格/购买数量. */
const ITEM_MARKERS = ["外部系统编号", "商品属性", "套餐信息", "备注", "订单状态", "商家编码"];

/**
 * 订单报表: 订单编号 plus 买家会员名, or plus 买家应付货款 + 收货地址 (masked exports without the
 * buyer column). Sub-order tables (子订单编号) belong to the Qianniu parser.
 */
export function detectTaobaoOrders(header: readonly string[]): number {
  const keys = headerKeys(header);
  if (!keys.has("订单编号") || keys.has("子订单编号")) return 0;
  const classic = keys.has("买家会员名") || (keys.has("买家应付货款") && keys.has("收货地址"));
  return classic ? 50 + countPresent(keys, ORDER_MARKERS) : 0;
}

/** 宝贝报表: 订单编号 + 标题 + 价格 + 购买数量, without sub-order ids or order-level buyer columns. */
export function detectTaobaoItems(header: readonly string[]): number {
  const keys = headerKeys(header);
  if (!keys.has("订单编号") || keys.has("子订单编号")) return 0;
  if (!hasAny(keys, "标题", "商品标题") || !hasAny(keys, "价格", "商品价格") || !keys.has("购买数量"))
    return 0;
  if (hasAny(keys, "买家会员名", "收货地址")) return 0;
  return 50 + countPresent(keys, ITEM_MARKERS);
}

async function* parseItems(table: Table, ctx: ParseContext) {
  const toItem = taobaoItemMapper(table, { orderIdColumn: "订单编号" });
  yield* mapRows(table, ctx.timeZone, (r, row) => {
    const { orderExternalId, item } = toItem(r);
    return {
      kind: "item",
      platform: "taobao",
      orderExternalId,
      item,
      source: { file: table.file, row: row.row },
    };
  });
}

/** The classic Taobao export: 订单报表 ("taobao-orders") and 宝贝报表 ("taobao-items"). */
export const taobaoParsers: TableParser[] = [
  { id: "taobao-orders", format: "taobao", detect: detectTaobaoOrders, parse: parseTaobaoOrders },
  {
    id: "taobao-items",
    format: "taobao",
    detect: detectTaobaoItems,
    linesOnly: () => true,
    parse: parseItems,
  },
];
