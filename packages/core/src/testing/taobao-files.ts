/**
 * Test factory: write small Taobao classic export pairs (订单报表 + 宝贝报表, GB18030, with the
 * real 54-column header of the demo generator and the quirks) so pipeline tests read through the real readers and parsers.
 */
import fs from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { TAOBAO_ITEM_HEADER, TAOBAO_ORDER_HEADER } from "../demo/taobao-writer.ts";

/** One order for the test export; money in yuan strings as the platform writes them. */
export interface TaobaoTestOrder {
  id: string;
  nick: string;
  status?: string;
  paid?: string;
  refund?: string;
  created?: string;
  paidAt?: string;
  receiver?: string;
  phone?: string;
  address?: string;
  items?: { title: string; price: string; qty: number; attrs?: string; code?: string }[];
}

const ORDER_HEADER = TAOBAO_ORDER_HEADER;
const ITEM_HEADER = TAOBAO_ITEM_HEADER;

function csvCell(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function line(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/** Write the pair into `dir` with a suffix; returns [ordersFile, itemsFile]. */
export function writeTaobaoExport(dir: string, suffix: string, orders: TaobaoTestOrder[]): [string, string] {
  fs.mkdirSync(dir, { recursive: true });
  let o = line(ORDER_HEADER);
  let i = line(ITEM_HEADER);
  for (const order of orders) {
    const items = order.items ?? [
      { title: "纯棉短袖T恤女", price: "59.00", qty: 1, attrs: "颜色分类：白色;尺码：M", code: "TS-W-M" },
    ];
    const goods = items.reduce((s, it) => s + Number(it.price) * it.qty, 0).toFixed(2);
    const status = order.status ?? "交易成功";
    const unpaid = status === "等待买家付款" || (status === "交易关闭" && order.paid === undefined);
    const paid = order.paid ?? (unpaid ? "0.00" : goods);
    const row: Record<string, string> = {
      订单编号: `="${order.id}"`,
      买家会员名: order.nick,
      买家应付货款: goods,
      买家应付邮费: "0.00",
      总金额: goods,
      买家实际支付金额: paid,
      订单状态: status,
      收货人姓名: order.receiver ?? "张三",
      "收货地址 ": order.address ?? "浙江省 杭州市 西湖区 文三路100号(310012)",
      运送方式: "快递",
      联系手机: order.phone === undefined ? "'13800138000" : order.phone,
      订单创建时间: order.created ?? "2025-03-01 10:00:00",
      "订单付款时间 ": unpaid ? "" : (order.paidAt ?? order.created ?? "2025-03-01 10:05:00"),
      "宝贝标题 ": items.map((x) => x.title).join("，"),
      "宝贝种类 ": String(items.length),
      宝贝总数量: String(items.reduce((s, x) => s + x.qty, 0)),
      订单关闭原因: status === "交易关闭" ? "买家不想买了" : "订单未关闭",
      买家服务费: "0元",
      是否手机订单: "手机订单",
      退款金额: order.refund ?? "0.00",
    };
    o += line(ORDER_HEADER.map((h) => row[h] ?? ""));
    for (const it of items) {
      i += line([
        `="${order.id}"`,
        it.title,
        it.price,
        String(it.qty),
        "",
        it.attrs ?? "",
        "",
        "",
        status,
        it.code ?? "",
      ]);
    }
  }
  const ordersFile = path.join(dir, `ExportOrderList${suffix}.csv`);
  const itemsFile = path.join(dir, `ExportOrderDetailList${suffix}.csv`);
  fs.writeFileSync(ordersFile, iconv.encode(o, "gb18030"));
  fs.writeFileSync(itemsFile, iconv.encode(i, "gb18030"));
  return [ordersFile, itemsFile];
}
