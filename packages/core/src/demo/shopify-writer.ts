/**
 * The optional second platform: a small Shopify orders export (§3a, 79 columns, one row per line
 * item, order-level fields on the first row only). About 5% of the Taobao customers also buy here,
 * sharing their phone (as +86…) and/or e-mail so cross-platform merging has something to find;
 * a few Shopify-only people are added so not everything matches.
 */

import { buildBasket, targetSpend } from "./basket.ts";
import { DAY_MS, formatDateTime, localDay, timeInDay } from "./calendar.ts";
import type { Catalogue } from "./catalogue.ts";
import { ChunkedFileWriter, csvField, encodeUtf8 } from "./csv-writer.ts";
import { type CustomerProfile, makeCustomer } from "./customers.ts";
import { emailAddress } from "./names.ts";
import { hash32, Rng } from "./random.ts";
import { yuan } from "./taobao-writer.ts";

/** Current Shopify orders export header (79 columns). */
export const SHOPIFY_HEADER: readonly string[] =
  `Name,Email,Financial Status,Paid at,Fulfillment Status,Fulfilled at,Accepts Marketing,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Discount Amount,Shipping Method,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem compare at price,Lineitem sku,Lineitem requires shipping,Lineitem taxable,Lineitem fulfillment status,Billing Name,Billing Street,Billing Address1,Billing Address2,Billing Company,Billing City,Billing Zip,Billing Province,Billing Country,Billing Phone,Shipping Name,Shipping Street,Shipping Address1,Shipping Address2,Shipping Company,Shipping City,Shipping Zip,Shipping Province,Shipping Country,Shipping Phone,Notes,Note Attributes,Cancelled at,Payment Method,Payment Reference,Refunded Amount,Vendor,Outstanding Balance,Employee,Location,Device ID,Id,Tags,Risk Level,Source,Lineitem discount,Tax 1 Name,Tax 1 Value,Tax 2 Name,Tax 2 Value,Tax 3 Name,Tax 3 Value,Tax 4 Name,Tax 4 Value,Tax 5 Name,Tax 5 Value,Phone,Receipt Number,Duties,Billing Province Name,Shipping Province Name,Payment ID,Payment Terms Name,Next Payment Due At,Payment References`.split(
    ",",
  );

/** Shares of the Shopify audience. */
export const SHOPIFY_SHARES = { alsoTaobao: 0.05, onlyShopify: 0.02 } as const;

const PROVINCE_EN: Record<string, string> = {
  BJ: "Beijing",
  TJ: "Tianjin",
  SH: "Shanghai",
  CQ: "Chongqing",
  HE: "Hebei",
  SX: "Shanxi",
  NM: "Inner Mongolia",
  LN: "Liaoning",
  JL: "Jilin",
  HL: "Heilongjiang",
  JS: "Jiangsu",
  ZJ: "Zhejiang",
  AH: "Anhui",
  FJ: "Fujian",
  JX: "Jiangxi",
  SD: "Shandong",
  HA: "Henan",
  HB: "Hubei",
  HN: "Hunan",
  GD: "Guangdong",
  GX: "Guangxi",
  HI: "Hainan",
  SC: "Sichuan",
  GZ: "Guizhou",
  YN: "Yunnan",
  YZ: "Tibet",
  SN: "Shaanxi",
  GS: "Gansu",
  QH: "Qinghai",
  NX: "Ningxia",
  XJ: "Xinjiang",
};

/** Ground truth of the Shopify file. */
export interface ShopifyTotals {
  orders: number;
  paidOrders: number;
  revenueFen: number;
  lineRows: number;
  customers: number;
  sharedCustomers: number;
}

/** Inputs of the Shopify pass. */
export interface ShopifyContext {
  seed: number;
  customers: number;
  catalogue: Catalogue;
  startMs: number;
  endMs: number;
  vendor: string;
  streams: { profile: number; shopify: number };
}

const SHIFT = 0x5e0f;

/** `2025-10-07 09:50:26 +0800`. */
function shopifyTime(ms: number): string {
  return `${formatDateTime(ms)} +0800`;
}

/** Write the Shopify export, sorted by creation time so `#1001…` follow the calendar. */
export async function writeShopify(path: string, ctx: ShopifyContext): Promise<ShopifyTotals> {
  const rng = new Rng(0);
  const shared: number[] = [];
  for (let i = 0; i < ctx.customers; i++) {
    if (hash32(ctx.seed, SHIFT, i) % 10_000 < SHOPIFY_SHARES.alsoTaobao * 10_000) shared.push(i);
  }
  const only = Math.round(ctx.customers * SHOPIFY_SHARES.onlyShopify);
  const people = [...shared, ...Array.from({ length: only }, (_, k) => ctx.customers + k)];
  // The Shopify store opened later than the Taobao shop.
  const opened = ctx.startMs + Math.floor((ctx.endMs - ctx.startMs) * 0.4);
  const times: number[] = [];
  const who: number[] = [];
  const seq: number[] = [];
  for (const identity of people) {
    rng.reseed(ctx.seed, ctx.streams.shopify, identity);
    let n = 1;
    while (n < 6 && rng.chance(0.35)) n++;
    for (let k = 0; k < n; k++) {
      const day = localDay(opened + rng.next() * (ctx.endMs - opened));
      const at = timeInDay(rng, day);
      if (at < opened || at >= ctx.endMs) continue;
      times.push(at);
      who.push(identity);
      seq.push(k);
    }
  }
  const order = times.map((_, i) => i).sort((a, b) => (times[a] as number) - (times[b] as number) || a - b);
  const out = new ChunkedFileWriter(path, encodeUtf8);
  out.write(`${SHOPIFY_HEADER.join(",")}\n`);
  const totals: ShopifyTotals = {
    orders: 0,
    paidOrders: 0,
    revenueFen: 0,
    lineRows: 0,
    customers: people.length,
    sharedCustomers: shared.length,
  };
  const profileRng = new Rng(0);
  for (let rank = 0; rank < order.length; rank++) {
    const k = order[rank] as number;
    const identity = who[k] as number;
    const profile = makeCustomer(profileRng.reseed(ctx.seed, ctx.streams.profile, identity), identity);
    rng.reseed(ctx.seed, ctx.streams.shopify, identity, seq[k] as number, 1);
    const row = shopifyOrder(rng, profile, identity < ctx.customers, times[k] as number, rank, ctx);
    out.write(row.text);
    totals.orders++;
    totals.lineRows += row.lines;
    if (row.revenueFen !== undefined) {
      totals.paidOrders++;
      totals.revenueFen += row.revenueFen;
    }
    if (out.mustWait) await out.drained();
  }
  await out.close();
  return totals;
}

function shopifyOrder(
  rng: Rng,
  c: CustomerProfile,
  isTaobaoCustomer: boolean,
  createdAt: number,
  rank: number,
  ctx: ShopifyContext,
): { text: string; lines: number; revenueFen: number | undefined } {
  const day = localDay(createdAt);
  const lines = buildBasket(rng, c, ctx.catalogue, day, targetSpend(rng, c), false);
  const subtotalBefore = lines.reduce((s, l) => s + l.sku.priceFen * l.qty, 0);
  const code = rng.chance(0.2) ? rng.pick(["WELCOME10", "VIP20", "DOUBLE11"]) : "";
  const discountFen = code ? Math.min(Math.floor(subtotalBefore / 10), 5_000) : 0;
  const subtotal = subtotalBefore - discountFen;
  const shipping = subtotal >= 9_900 ? 0 : 1_500;
  const total = subtotal + shipping;
  const age = ctx.endMs - createdAt;
  const x = rng.next();
  const financial =
    x < 0.02
      ? "voided"
      : x < 0.04
        ? age < 3 * DAY_MS
          ? "pending"
          : "voided"
        : x < 0.06
          ? "refunded"
          : x < 0.08
            ? "partially_refunded"
            : "paid";
  const paid = financial !== "voided" && financial !== "pending";
  const refunded =
    financial === "refunded" ? total : financial === "partially_refunded" ? Math.ceil(total / 4) : 0;
  const fulfilled = paid && age > 2 * DAY_MS;
  const paidAt = createdAt + rng.range(10, 300) * 1000;
  const fulfilledAt = paidAt + rng.range(6, 48) * 3_600_000;
  // Per person (not per order): 55% of the shared people keep phone and e-mail, 30% only the phone
  // (so the merge finds them by phone), 15% only the e-mail (Taobao exports carry no e-mail:
  // those can only be matched fuzzily by name + address).
  const who = new Rng(ctx.seed, SHIFT, c.index, 3);
  const s = who.next();
  const sharePhone = !isTaobaoCustomer || s < 0.85;
  const shareEmail = !isTaobaoCustomer || s < 0.55 || s >= 0.85;
  const email = shareEmail ? c.email : emailAddress(who, 70_000_000 + c.index, c.name);
  const phone = sharePhone ? `+86${c.phone}` : "";
  const a = c.home;
  const address1 = `${a.district}${a.street.replace(/\s+/g, " ")}`;
  const province = a.city.province;
  const zip = `'${a.zip}`;
  const addressCells = [
    c.name.full,
    address1,
    address1,
    "",
    "",
    a.city.name,
    zip,
    province.code,
    "CN",
    phone,
  ];
  const totalText = yuan(total);
  const name = `#${1001 + rank}`;
  let text = "";
  lines.forEach((l, i) => {
    const variant = l.sku.size === "均码" ? l.sku.color : `${l.sku.color} / ${l.sku.size}`;
    const lineCells = [
      String(l.qty),
      `${l.sku.product.name} - ${variant}`,
      yuan(l.sku.priceFen),
      rng.chance(0.3) ? yuan(Math.round(l.sku.priceFen * 1.4)) : "",
      l.sku.code,
      "true",
      "false",
      fulfilled ? "fulfilled" : "pending",
    ];
    const first = i === 0;
    const cells = first
      ? [
          name,
          email,
          financial,
          paid ? shopifyTime(paidAt) : "",
          fulfilled ? "fulfilled" : "unfulfilled",
          fulfilled ? shopifyTime(fulfilledAt) : "",
          rng.chance(0.4) ? "yes" : "no",
          "CNY",
          yuan(subtotal),
          yuan(shipping),
          "0.00",
          totalText,
          code,
          yuan(discountFen),
          shipping === 0 ? "Free Shipping" : "Standard Shipping",
          shopifyTime(createdAt),
          ...lineCells,
          ...addressCells,
          ...addressCells,
          rng.chance(0.05) ? "请周末送货，谢谢" : "",
          "",
          financial === "voided" ? shopifyTime(createdAt + rng.range(1, 48) * 3_600_000) : "",
          rng.pick(["Alipay", "WeChat Pay", "Shopify Payments"]),
          `c${25_000_000_000 + rank * 7 + rng.int(7)}.1`,
          refunded ? yuan(refunded) : "",
          ctx.vendor,
          "0.00",
          "",
          "",
          "",
          String(5_600_000_000_000 + rank * 1_000 + rng.int(1_000)),
          c.plusSize ? "大码" : "",
          "Low",
          "web",
          "0.00",
          ...Array.from({ length: 10 }, () => ""),
          phone,
          "",
          "",
          PROVINCE_EN[province.code] ?? "",
          PROVINCE_EN[province.code] ?? "",
          "",
          "",
          "",
          "",
        ]
      : [
          name,
          ...Array.from({ length: 15 }, () => ""),
          ...lineCells,
          ...Array.from({ length: 35 }, () => ""),
          "0.00",
        ];
    while (cells.length < SHOPIFY_HEADER.length) cells.push("");
    text += `${cells.map(csvField).join(",")}\n`;
  });
  const counts = financial === "paid" || financial === "partially_refunded";
  return { text, lines: lines.length, revenueFen: counts ? total - refunded : undefined };
}
