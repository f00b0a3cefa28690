/**
 * Newer Taobao/Tmall exports from 千牛 (Qianniu), ~2021+, as CSV or as xlsx sheets (订单报表,
 * 销售明细), export-formats.md §1c. Buyer identity is mostly gone or masked; whatever is there is
 * kept (masked values flagged). Orders map exactly like the classic 订单报表 (taobao-order.ts).
 *
 * Sub-order tables (子订单编号 + 主订单编号) give one `item` record per row. The Tmall supplier
 * "仓发" variant also carries the order's own columns (buyer, receiver, times, order money) on
 * every line: there an `order` record is emitted too, whenever 主订单编号 changes from the
 * previous row (O(1) memory; a non-contiguous repeat yields a duplicate order record, which the
 * pipeline de-duplicates keeping the first). Its 退款金额 is per line and stays on the items.
 * The plain 销售明细 emits no orders: its money columns are per line, not per order.
 */
import type { ImportRecord } from "../model.ts";
import type { Table } from "../source/table.ts";
import { countPresent, hasAny, headerKeys } from "./columns.ts";
import { mapRows } from "./row-mapper.ts";
import { parseTaobaoOrders, taobaoItemMapper, taobaoOrderMapper } from "./taobao-order.ts";
import type { ParseContext, TableParser } from "./types.ts";

/** Columns seen in Qianniu order-level exports; each one present raises the score. */
const ORDER_MARKERS = [
  "支付单号",
  "支付详情",
  "买家应付货款",
  "买家应付邮费",
  "总金额",
  "买家实付金额",
  "订单状态",
  "收货地址",
  "订单创建时间",
  "订单付款时间",
  "商品标题",
  "宝贝种类",
  "商家备注",
  "宝贝总数量",
  "手机订单",
  "商品属性SKU",
  "发货时间",
  "确认收货时间",
  "退款金额",
];

/** Columns seen in sub-order (销售明细 / 仓发) exports. */
const SUBORDER_MARKERS = [
  "标题",
  "商品标题",
  "价格",
  "商品价格",
  "购买数量",
  "商品属性",
  "订单状态",
  "商家编码",
  "退款状态",
  "退款金额",
  "商品ID",
  "子单实际支付金额",
];

/** Order-level Qianniu table: 订单编号 + 买家实付金额 or 支付单号, without 买家会员名 or sub-order ids. */
export function detectQianniuOrders(header: readonly string[]): number {
  const keys = headerKeys(header);
  if (!keys.has("订单编号") || keys.has("子订单编号") || keys.has("买家会员名")) return 0;
  if (!hasAny(keys, "买家实付金额", "支付单号")) return 0;
  return 60 + countPresent(keys, ORDER_MARKERS);
}

/** Sub-order table: 子订单编号 + 主订单编号. */
export function detectQianniuSuborders(header: readonly string[]): number {
  const keys = headerKeys(header);
  if (!keys.has("子订单编号") || !keys.has("主订单编号")) return 0;
  return 70 + countPresent(keys, SUBORDER_MARKERS);
}

/** The Tmall 仓发 variant repeats the order's own columns on every line; the plain 销售明细 does not. */
function carriesOrders(header: readonly string[]): boolean {
  return hasAny(headerKeys(header), "买家会员名", "收货地址", "收件人姓名", "收货人姓名");
}

async function* parseSuborders(table: Table, ctx: ParseContext) {
  const withOrders = carriesOrders(table.header);
  const toItem = taobaoItemMapper(table, { orderIdColumn: "主订单编号", orderLevelMoney: withOrders });
  const toOrder = withOrders
    ? taobaoOrderMapper(table, { idColumn: "主订单编号", orderRefunds: false })
    : undefined;
  let lastOrderId: string | undefined;
  yield* mapRows(table, ctx.timeZone, (r, row): ImportRecord | ImportRecord[] => {
    const source = { file: table.file, row: row.row };
    const { orderExternalId, item } = toItem(r);
    const itemRecord: ImportRecord = { kind: "item", platform: "taobao", orderExternalId, item, source };
    if (!toOrder || orderExternalId === lastOrderId) return itemRecord;
    const order = toOrder(r);
    lastOrderId = orderExternalId;
    return [{ kind: "order", order, source }, itemRecord];
  });
}

/** Qianniu exports: order-level table ("qianniu-orders") and sub-order table ("qianniu-suborders"). */
export const qianniuParsers: TableParser[] = [
  { id: "qianniu-orders", format: "taobao-qianniu", detect: detectQianniuOrders, parse: parseTaobaoOrders },
  {
    id: "qianniu-suborders",
    format: "taobao-qianniu",
    detect: detectQianniuSuborders,
    linesOnly: (header) => !carriesOrders(header),
    parse: parseSuborders,
  },
];
