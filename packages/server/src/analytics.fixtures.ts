/**
 * Test data for the dashboard endpoints: a small Taobao export imported with the core fixtures
 * and analysed, so reports, rankings and runs have real numbers.
 */
import { OPERATOR, recomputeAnalytics, type Shop } from "@laoke/core";
import { runImport, tempDir } from "@laoke/core/testing/fixtures.ts";
import { type TaobaoTestOrder, writeTaobaoExport } from "@laoke/core/testing/taobao-files.ts";
import type { TestServer } from "./testing.ts";

const SURNAMES = ["张", "李", "王", "刘", "陈", "杨", "赵", "黄", "周", "吴"];

/**
 * `customers` buyers; buyer i orders `1 + i % 4` times, a month apart from 2025-0(1 + i % 3)-0(1 + i)
 * at `price × (i + 1)` yuan, with the receiver name 张三-style and the phone 1381234000i.
 */
export function shopOrders(prefix: string, customers: number, price: number): TaobaoTestOrder[] {
  const orders: TaobaoTestOrder[] = [];
  for (let i = 0; i < customers; i++) {
    for (let k = 0; k < 1 + (i % 4); k++) {
      const month = 1 + (i % 3) + k;
      const day = 1 + (i % 27);
      const created = `2025-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")} 1${k}:00:00`;
      const amount = (price * (i + 1)).toFixed(2);
      orders.push({
        id: `${prefix.charCodeAt(0)}93067985${String(i).padStart(4, "0")}${k}`,
        nick: `${prefix}-buyer-${i}`,
        created,
        receiver: `${SURNAMES[i % SURNAMES.length]}小${i}`,
        phone: `'1381234${String(i).padStart(4, "0")}`,
        address:
          i % 2 === 0
            ? "浙江省 杭州市 西湖区 文三路100号(310012)"
            : "上海 上海市 浦东新区 世纪大道1号(200120)",
        items: [{ title: k % 2 === 0 ? "洗发水" : "护发素", price: amount, qty: 1, code: `SKU-${k % 2}` }],
      });
    }
  }
  return orders;
}

/** Import `orders` into `shop` through the real importer, then run a full analytics recompute. */
export async function importAndAnalyse(server: TestServer, shop: Shop, orders: TaobaoTestOrder[]) {
  const files = writeTaobaoExport(tempDir(), shop.slug, orders);
  const summary = await runImport(server.handle.pool, shop, files);
  if (summary.rejected > 0) throw new Error(`fixture rows rejected: ${summary.rejected}`);
  return recomputeAnalytics(server.handle, OPERATOR, shop, { mode: "full" });
}
