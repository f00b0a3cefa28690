/**
 * The demo shop generator: customer by customer, simulate purchases, turn them into orders and
 * stream the Taobao 订单报表/宝贝报表 pair(s) to disk in GB18030, counting the ground truth as it
 * goes. Nothing but the current customer's orders is held in memory.
 */
import { mkdir } from "node:fs/promises";
import { resolve } from "node:path";
import {
  DEFAULT_END_MS,
  DEFAULT_START_MS,
  formatStamp,
  localDay,
  Seasonality,
  shanghai,
} from "./calendar.ts";
import { buildCatalogue, Catalogue } from "./catalogue.ts";
import { ChunkedFileWriter, encodeGb18030 } from "./csv-writer.ts";
import { MODEL, makeCustomer, purchaseTimes } from "./customers.ts";
import { NickFactory } from "./names.ts";
import { type DemoOrder, ordersForPurchase } from "./orders.ts";
import { hash32, pad, Rng } from "./random.ts";
import { type ShopifyTotals, writeShopify } from "./shopify-writer.ts";
import {
  headerRow,
  itemRows,
  makeShop,
  orderNumber,
  orderRow,
  TAOBAO_ITEM_HEADER,
  TAOBAO_ORDER_HEADER,
} from "./taobao-writer.ts";

/** Options of {@link generateDemoShop}. */
export interface DemoOptions {
  /** Number of Taobao customers (each places at least one order). */
  customers: number;
  /** PRNG seed; the same options give byte-identical files. */
  seed: number;
  /** Directory to write into (created if missing). */
  outDir: string;
  /** First instant of the simulated period; default 2023-01-01 00:00 Asia/Shanghai. */
  start?: Date;
  /** End of the period (exclusive) and the export instant; default 2026-11-01 00:00 Asia/Shanghai. */
  end?: Date;
  /** Also write `shopify_orders_export.csv`, where ~5% of the customers buy again with the same phone/e-mail. */
  shopify?: boolean;
  /** Called every ~1% of customers and at the end. */
  onProgress?: (done: number, total: number) => void;
  /** Each customer's hidden profile as generated (ground truth for the behaviour inference tests). */
  onCustomer?: (truth: DemoCustomerTruth) => void;
  /**
   * Split the Taobao export into several 订单报表/宝贝报表 pairs by creation-month ranges when the
   * 订单报表 is expected to exceed this many bytes (default 1.8 GB, like a seller exporting by range).
   */
  splitBytes?: number;
}

/** One customer's hidden behaviour, keyed by the 买家会员名 the export carries. */
export interface DemoCustomerTruth {
  nick: string;
  timing: "normal" | "payday" | "gift" | "promo";
  plusSize: boolean;
  female: boolean;
}

/** What was written, with ground truth for tests. Money in 分. */
export interface DemoResult {
  /** Absolute paths: each 订单报表 followed by its 宝贝报表 (in period order), then the Shopify file if any. */
  files: string[];
  customers: number;
  /** 订单报表 rows. */
  orders: number;
  /** 宝贝报表 rows. */
  items: number;
  /** Orders paid and not closed (买家已付款… / 卖家已发货… / 交易成功). */
  paidOrders: number;
  /** 交易关闭 orders (unpaid closures and full refunds). */
  closedOrders: number;
  /** Σ (买家实际支付金额 − 退款金额) over paid, not-closed orders. */
  revenueFen: number;
  /** Customers with at least one paid, not-closed order. */
  buyers: number;
  /** Buyers with paid, not-closed orders created on ≥ 2 distinct Asia/Shanghai days. */
  repeatBuyers: number;
  /** Shopify ground truth (0 without `shopify`): orders, paid (paid/partially_refunded) orders and their revenue net of refunds. */
  shopifyOrders: number;
  shopifyPaidOrders: number;
  shopifyRevenueFen: number;
  /** People in the Shopify file, and how many of them are also Taobao customers. */
  shopifyCustomers: number;
  sharedCustomers: number;
}

const STREAM = { profile: 1, nick: 2, orders: 3, shopify: 4, shop: 5 } as const;
/** Bytes of 订单报表 per customer, measured on default settings; used only to plan file splits. */
const ORDER_BYTES_PER_CUSTOMER = 1_050;
const DEFAULT_SPLIT_BYTES = 1_800_000_000;
const MAX_CUSTOMERS = 20_000_000;

interface Part {
  fromMs: number;
  toMs: number;
  orders: ChunkedFileWriter;
  items: ChunkedFileWriter;
}

/** Period ranges, one per file pair, cut at month starts so each holds a similar share of orders. */
export function planRanges(
  startMs: number,
  endMs: number,
  expectedBytes: number,
  splitBytes: number,
): number[] {
  const n = Math.max(1, Math.ceil(expectedBytes / splitBytes));
  const cuts = [startMs];
  // Order volume grows like the customer base: cumulative ∝ x²/2 + g·x³/6 for acquisition 1 + g·x.
  const g = MODEL.growth;
  const volume = (x: number) => (x * x) / 2 + (g * x * x * x) / 6;
  for (let k = 1; k < n; k++) {
    let lo = 0;
    let hi = 1;
    for (let it = 0; it < 50; it++) {
      const mid = (lo + hi) / 2;
      if (volume(mid) < (k / n) * volume(1)) lo = mid;
      else hi = mid;
    }
    const at = new Date(startMs + lo * (endMs - startMs) + 8 * 3_600_000);
    const monthStart = shanghai(at.getUTCFullYear(), at.getUTCMonth() + 1, 1);
    if (monthStart > (cuts[cuts.length - 1] as number) && monthStart < endMs) cuts.push(monthStart);
  }
  cuts.push(endMs);
  return cuts;
}

/** Generate the demo shop's export files; see {@link DemoOptions}. */
export async function generateDemoShop(options: DemoOptions): Promise<DemoResult> {
  const { customers, seed } = options;
  if (!Number.isInteger(customers) || customers < 0 || customers > MAX_CUSTOMERS) {
    throw new RangeError(`customers must be an integer in 0..${MAX_CUSTOMERS}`);
  }
  if (!Number.isSafeInteger(seed)) throw new RangeError("seed must be a safe integer");
  const startMs = options.start?.getTime() ?? DEFAULT_START_MS;
  const endMs = options.end?.getTime() ?? DEFAULT_END_MS;
  if (!(endMs > startMs)) throw new RangeError("end must be after start");
  const outDir = resolve(options.outDir);
  await mkdir(outDir, { recursive: true });

  const season = new Seasonality(startMs, endMs);
  const catalogue = new Catalogue(buildCatalogue(seed, startMs, endMs));
  const shop = makeShop(new Rng(seed, STREAM.shop));
  const cuts = planRanges(
    startMs,
    endMs,
    customers * ORDER_BYTES_PER_CUSTOMER,
    options.splitBytes ?? DEFAULT_SPLIT_BYTES,
  );
  const parts: Part[] = [];
  const files: string[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const stamp = formatStamp(endMs + k * 60_000);
    const orders = new ChunkedFileWriter(resolve(outDir, `ExportOrderList${stamp}.csv`), encodeGb18030);
    const items = new ChunkedFileWriter(resolve(outDir, `ExportOrderDetailList${stamp}.csv`), encodeGb18030);
    orders.write(headerRow(TAOBAO_ORDER_HEADER));
    items.write(headerRow(TAOBAO_ITEM_HEADER));
    parts.push({ fromMs: cuts[k] as number, toMs: cuts[k + 1] as number, orders, items });
    files.push(orders.path, items.path);
  }

  const result: DemoResult = {
    files,
    customers,
    orders: 0,
    items: 0,
    paidOrders: 0,
    closedOrders: 0,
    revenueFen: 0,
    buyers: 0,
    repeatBuyers: 0,
    shopifyOrders: 0,
    shopifyPaidOrders: 0,
    shopifyRevenueFen: 0,
    shopifyCustomers: 0,
    sharedCustomers: 0,
  };
  const nicks = new NickFactory(customers);
  const profileRng = new Rng(0);
  const nickRng = new Rng(0);
  const rng = new Rng(0);
  const ctx = { catalogue, season, endMs };
  const progressEvery = Math.max(1, Math.floor(customers / 100));
  let counter = 0;

  for (let i = 0; i < customers; i++) {
    const profile = makeCustomer(profileRng.reseed(seed, STREAM.profile, i), i);
    const nick = nicks.next(nickRng.reseed(seed, STREAM.nick, i), i, profile.name, profile.birthYear);
    const buyer = { nick, alipay: profile.alipay };
    options.onCustomer?.({
      nick,
      timing: profile.timing,
      plusSize: profile.plusSize,
      female: profile.female,
    });
    const tail = pad(hash32(seed, STREAM.nick, i) % 10_000, 4);
    rng.reseed(seed, STREAM.orders, i);
    const orders: DemoOrder[] = [];
    for (const at of purchaseTimes(rng, profile, season, startMs, endMs)) {
      for (const o of ordersForPurchase(rng, profile, at, ctx)) orders.push(o);
    }
    orders.sort((a, b) => a.createdAt - b.createdAt);
    let paidDays = 0;
    let lastPaidDay = Number.NaN;
    for (const o of orders) {
      const id = orderNumber(rng, o.createdAt, counter++, tail);
      const part = parts.find((p) => o.createdAt >= p.fromMs && o.createdAt < p.toMs) ?? (parts[0] as Part);
      part.orders.write(orderRow(o, id, buyer, shop));
      part.items.write(itemRows(o, id));
      result.orders++;
      result.items += o.lines.length;
      if (o.status === "closed") result.closedOrders++;
      if (o.status === "waitShip" || o.status === "shipped" || o.status === "success") {
        result.paidOrders++;
        result.revenueFen += o.paidFen - o.refundFen;
        const day = localDay(o.createdAt);
        if (day !== lastPaidDay) paidDays++;
        lastPaidDay = day;
      }
    }
    if (paidDays > 0) result.buyers++;
    if (paidDays > 1) result.repeatBuyers++;
    for (const p of parts) {
      if (p.orders.mustWait) await p.orders.drained();
      if (p.items.mustWait) await p.items.drained();
    }
    if (options.onProgress && (i + 1) % progressEvery === 0 && i + 1 < customers)
      options.onProgress(i + 1, customers);
  }
  for (const p of parts) {
    await p.orders.close();
    await p.items.close();
  }

  if (options.shopify) {
    const path = resolve(outDir, "shopify_orders_export.csv");
    const totals: ShopifyTotals = await writeShopify(path, {
      seed,
      customers,
      catalogue,
      startMs,
      endMs,
      vendor: shop.name,
      streams: { profile: STREAM.profile, shopify: STREAM.shopify },
    });
    files.push(path);
    result.shopifyOrders = totals.orders;
    result.shopifyPaidOrders = totals.paidOrders;
    result.shopifyRevenueFen = totals.revenueFen;
    result.shopifyCustomers = totals.customers;
    result.sharedCustomers = totals.sharedCustomers;
  }
  options.onProgress?.(customers, customers);
  return result;
}
