import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoResult, generateDemoShop } from "./index.ts";
import { fen, normStatus, type ParsedCsv, readCsv, unwrapId } from "./read-back.ts";

// The 54 names of export-formats.md §1a, typed out independently of the generator (trailing spaces!).
const ORDER_HEADER =
  "订单编号,买家会员名,买家支付宝账号,买家应付货款,买家应付邮费,买家支付积分,总金额,返点积分,买家实际支付金额," +
  "买家实际支付积分,订单状态,买家留言,收货人姓名,收货地址 ,运送方式,联系电话 ,联系手机,订单创建时间,订单付款时间 ," +
  "宝贝标题 ,宝贝种类 ,物流单号 ,物流公司,订单备注,宝贝总数量,店铺Id,店铺名称,订单关闭原因,卖家服务费,买家服务费," +
  "发票抬头,是否手机订单,分阶段订单信息,特权订金订单id,是否上传合同照片,是否上传小票,是否代付,定金排名,修改后的sku," +
  "修改后的收货地址,异常信息,天猫卡券抵扣,集分宝抵扣,是否是O2O交易,新零售交易类型,新零售导购门店名称,新零售导购门店id," +
  "新零售发货门店名称,新零售发货门店id,退款金额,预约门店,确认收货时间,打款商家金额,含应开票给个人的个人红包";
const ITEM_HEADER = "订单编号,标题,价格,购买数量,外部系统编号,商品属性,套餐信息,备注,订单状态,商家编码";
const PAID = new Set(["买家已付款，等待卖家发货", "卖家已发货，等待买家确认", "交易成功"]);

let dir: string;
let shop: DemoResult;
let orders: ParsedCsv;
let items: ParsedCsv;
// A bigger shop for rare things: only orders of the last ~10 days carry a comma in their status.
let big: ParsedCsv;
let bigItems: ParsedCsv;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "laoke-demo-"));
  shop = await generateDemoShop({ customers: 500, seed: 42, outDir: join(dir, "a"), shopify: true });
  orders = readCsv(shop.files[0] as string, "gb18030");
  items = readCsv(shop.files[1] as string, "gb18030");
  const r = await generateDemoShop({ customers: 3000, seed: 7, outDir: join(dir, "big") });
  big = readCsv(r.files[0] as string, "gb18030");
  bigItems = readCsv(r.files[1] as string, "gb18030");
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("files", () => {
  it("names the Taobao pair after the export instant, 订单报表 first", () => {
    expect(shop.files.map((f) => basename(f))).toEqual([
      "ExportOrderList202611010000.csv",
      "ExportOrderDetailList202611010000.csv",
      "shopify_orders_export.csv",
    ]);
  });

  it("writes the 54-column header with its trailing spaces, in GB18030 with CRLF", () => {
    const bytes = readFileSync(shop.files[0] as string);
    const text = iconv.decode(bytes, "gb18030");
    expect(text.slice(0, text.indexOf("\r\n"))).toBe(ORDER_HEADER);
    expect(orders.header).toHaveLength(54);
    expect(orders.header.filter((h) => h.endsWith(" "))).toEqual([
      "收货地址 ",
      "联系电话 ",
      "订单付款时间 ",
      "宝贝标题 ",
      "宝贝种类 ",
      "物流单号 ",
    ]);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    expect(text.split("\r\n").length).toBeGreaterThan(orders.rows.length);
    expect(items.header.join(",")).toBe(ITEM_HEADER);
  });

  it("is byte-identical for the same seed and different for another seed", async () => {
    const again = await generateDemoShop({ customers: 500, seed: 42, outDir: join(dir, "b"), shopify: true });
    for (let i = 0; i < shop.files.length; i++) {
      expect(readFileSync(again.files[i] as string).equals(readFileSync(shop.files[i] as string))).toBe(true);
    }
    expect(again).toEqual({ ...shop, files: again.files });
    const other = await generateDemoShop({ customers: 500, seed: 43, outDir: join(dir, "c") });
    expect(readFileSync(other.files[0] as string).equals(readFileSync(shop.files[0] as string))).toBe(false);
  });
});

describe("consistency between 订单报表 and 宝贝报表", () => {
  it("has items for every order and totals that add up", () => {
    const byOrder = new Map<string, Record<string, string>[]>();
    for (const it of items.rows) {
      const id = unwrapId(it.订单编号 as string);
      byOrder.set(id, [...(byOrder.get(id) ?? []), it]);
    }
    const ids = new Set<string>();
    for (const o of orders.rows) {
      const id = unwrapId(o.订单编号 as string);
      expect(id).toMatch(/^[1-9]\d{15,18}$/);
      ids.add(id);
      const lines = byOrder.get(id) ?? [];
      expect(lines.length).toBeGreaterThan(0);
      const goods = lines.reduce((s, l) => s + fen(l.价格 as string) * Number(l.购买数量), 0);
      expect(fen(o.买家应付货款 as string)).toBe(goods);
      expect(Number(o.宝贝总数量)).toBe(lines.reduce((s, l) => s + Number(l.购买数量), 0));
      expect(Number(o["宝贝种类 "])).toBe(lines.length);
      expect(o["宝贝标题 "]).toBe(lines.map((l) => l.标题).join("，"));
      const postage = fen(o.买家应付邮费 as string);
      expect(postage === 0 || (postage >= 600 && postage <= 1500)).toBe(true);
      const total = fen(o.总金额 as string);
      expect(total).toBeLessThanOrEqual(goods + postage);
      expect(total).toBeGreaterThan(0);
      const paid = fen(o.买家实际支付金额 as string);
      expect(paid === 0 || paid === total).toBe(true);
      expect(paid === 0).toBe(o["订单付款时间 "] === "");
      for (const l of lines) {
        expect(l.商品属性).toMatch(/^颜色分类：[^;]+(;(尺码|适用床尺寸)：.+)?$/);
        expect(l.商家编码?.startsWith(`${l.外部系统编号}-`)).toBe(true);
      }
    }
    expect(ids.size).toBe(orders.rows.length);
    expect(new Set([...ids].map((id) => id.length)).size).toBeGreaterThanOrEqual(3);
    expect(byOrder.size).toBe(orders.rows.length);
  });

  it("matches the ground-truth counters when recounted from the files", () => {
    let paidOrders = 0;
    let closedOrders = 0;
    let revenue = 0;
    const days = new Map<string, Set<string>>();
    for (const o of orders.rows) {
      const status = normStatus(o.订单状态 as string);
      if (status === "交易关闭") closedOrders++;
      if (!PAID.has(status)) continue;
      paidOrders++;
      revenue += fen(o.买家实际支付金额 as string) - fen(o.退款金额 as string);
      const nick = o.买家会员名 as string;
      days.set(nick, (days.get(nick) ?? new Set()).add((o.订单创建时间 as string).slice(0, 10)));
    }
    expect(orders.rows.length).toBe(shop.orders);
    expect(items.rows.length).toBe(shop.items);
    expect(paidOrders).toBe(shop.paidOrders);
    expect(closedOrders).toBe(shop.closedOrders);
    expect(revenue).toBe(shop.revenueFen);
    expect(days.size).toBe(shop.buyers);
    expect([...days.values()].filter((d) => d.size >= 2).length).toBe(shop.repeatBuyers);
    expect(new Set(orders.rows.map((o) => o.买家会员名)).size).toBe(shop.customers);
  });

  it("has a realistic repeat-buyer share and orders per buyer", () => {
    expect(shop.repeatBuyers / shop.buyers).toBeGreaterThanOrEqual(0.2);
    expect(shop.repeatBuyers / shop.buyers).toBeLessThanOrEqual(0.4);
    expect(shop.orders / shop.customers).toBeGreaterThan(1.8);
    expect(shop.orders / shop.customers).toBeLessThan(3.5);
  });
});

describe("statuses and refunds", () => {
  it("closes unpaid orders with a reason and fully refunded ones with 退款", () => {
    const closed = orders.rows.filter((o) => o.订单状态 === "交易关闭");
    const unpaid = closed.filter((o) => o.买家实际支付金额 === "0.00");
    const refunded = closed.filter((o) => o.订单关闭原因 === "退款");
    expect(unpaid.length / orders.rows.length).toBeGreaterThan(0.03);
    expect(unpaid.length / orders.rows.length).toBeLessThan(0.1);
    for (const o of unpaid) {
      expect(o["订单付款时间 "]).toBe("");
      expect(o.订单关闭原因).not.toBe("订单未关闭");
    }
    expect(refunded.length).toBeGreaterThan(0);
    for (const o of refunded) expect(o.退款金额).toBe(o.买家实际支付金额);
    const partial = orders.rows.filter((o) => o.订单状态 === "交易成功" && o.退款金额 !== "0.00");
    expect(partial.length).toBeGreaterThan(0);
    for (const o of partial)
      expect(fen(o.退款金额 as string)).toBeLessThan(fen(o.买家实际支付金额 as string));
    const open = orders.rows.filter((o) => o.订单状态 !== "交易关闭");
    expect(open.every((o) => o.订单关闭原因 === "订单未关闭")).toBe(true);
  });

  it("leaves recent orders unshipped or unconfirmed and old ones 交易成功", () => {
    const statuses = new Set(big.rows.map((o) => normStatus(o.订单状态 as string)));
    for (const s of ["交易成功", "交易关闭", "卖家已发货，等待买家确认", "买家已付款，等待卖家发货"]) {
      expect(statuses).toContain(s);
    }
    for (const o of orders.rows) {
      const s = normStatus(o.订单状态 as string);
      if (s === "卖家已发货，等待买家确认" || s === "买家已付款，等待卖家发货") {
        expect((o.订单创建时间 as string) >= "2026-10-10").toBe(true);
      }
      if (s === "交易成功") expect(o.确认收货时间).not.toBe("");
    }
  });
});

describe("quirks of real exports", () => {
  const raw = () => iconv.decode(readFileSync(shop.files[0] as string), "gb18030");

  it("wraps ids, prefixes phones and tracking numbers, suffixes 元", () => {
    expect(raw()).toContain('"=""');
    expect(orders.rows.every((o) => (o.订单编号 as string).startsWith('="'))).toBe(true);
    expect(items.rows.every((o) => (o.订单编号 as string).startsWith('="'))).toBe(true);
    expect(orders.rows.some((o) => /^'1[3-9]\d{9}$/.test(o.联系手机 as string))).toBe(true);
    expect(orders.rows.some((o) => /^No:[A-Z0-9]+$/.test(o["物流单号 "] as string))).toBe(true);
    expect(orders.rows.every((o) => o.买家服务费 === "0元")).toBe(true);
    expect(orders.rows.some((o) => o["联系电话 "] !== "" && o.联系手机 === "")).toBe(true);
    expect(orders.rows.some((o) => o.修改后的收货地址 !== "")).toBe(true);
    const mobile = orders.rows.filter((o) => o.是否手机订单 === "手机订单").length;
    expect(mobile / orders.rows.length).toBeGreaterThan(0.6);
  });

  it("writes addresses as 省 市 区 详细地址(邮编) and masks ~10% of 2024+ receivers", () => {
    const plain = orders.rows.filter((o) => !(o["收货地址 "] as string).endsWith("****"));
    for (const o of plain) expect(o["收货地址 "]).toMatch(/^\S+ \S+ \S+ .+\(\d{6}\)$/);
    const recent = orders.rows.filter((o) => (o.订单创建时间 as string) >= "2024");
    const masked = recent.filter((o) => /^1\d\d\*{4}\d{4}$/.test(o.联系手机 as string));
    expect(masked.length / recent.length).toBeGreaterThan(0.05);
    expect(masked.length / recent.length).toBeLessThan(0.16);
    for (const o of masked) {
      expect(o.收货人姓名).toMatch(/^\p{Script=Han}{1,2}\*+$/u);
      expect(o["收货地址 "]).toMatch(/\*{4}$/);
      expect(o.买家会员名).not.toContain("*");
    }
    const old = orders.rows.filter((o) => (o.订单创建时间 as string) < "2024");
    expect(old.some((o) => (o.联系手机 as string).includes("*"))).toBe(false);
  });

  it("mixes comma widths in statuses and quotes messages with commas, quotes and newlines", () => {
    const withComma = big.rows.map((o) => o.订单状态 as string).filter((s) => /[,，]/.test(s));
    const half = withComma.filter((s) => s.includes(",")).length;
    expect(half).toBeGreaterThan(0);
    expect(half).toBeLessThan(withComma.length);
    expect(raw()).toMatch(/,"[^"]*,[^"]*",/); // a quoted cell with a half-width comma
    const messages = orders.rows.map((o) => o.买家留言 as string);
    expect(messages.some((m) => m.includes("\n"))).toBe(true);
    expect(messages.some((m) => m.includes('"'))).toBe(true);
  });
});

describe("behavioural signal", () => {
  const byBuyer = () => {
    const m = new Map<string, Record<string, string>[]>();
    for (const o of big.rows) m.set(o.买家会员名 as string, [...(m.get(o.买家会员名 as string) ?? []), o]);
    return m;
  };

  it("has payday buyers who order on days 10–15", () => {
    const frequent = [...byBuyer().values()].filter((os) => os.length >= 3);
    const payday = frequent.filter((os) => {
      const inWindow = os.filter((o) => {
        const d = Number((o.订单创建时间 as string).slice(8, 10));
        return d >= 10 && d <= 15;
      }).length;
      return inWindow / os.length >= 0.8;
    });
    // Without the segment ~1% of 3+-order buyers would look like this by chance.
    expect(payday.length / frequent.length).toBeGreaterThan(0.04);
  });

  it("has gift buyers shipping to a second receiver before the gift festivals", () => {
    const gifting = [...byBuyer().values()].filter(
      (os) =>
        new Set(os.filter((o) => !(o.收货人姓名 as string).includes("*")).map((o) => o.收货人姓名)).size >= 2,
    );
    // Nobody else ships to two different (unmasked) names.
    expect(gifting.length / byBuyer().size).toBeGreaterThan(0.004);
    const giftMonths = (o: Record<string, string>) => /-0[258]-/.test(o.订单创建时间 as string);
    const share = (os: Record<string, string>[]) => os.filter(giftMonths).length / os.length;
    expect(share(gifting.flat())).toBeGreaterThan(1.5 * share(big.rows));
  });

  it("has plus-size buyers who consistently buy 3XL and up", () => {
    const nickOf = new Map(big.rows.map((o) => [unwrapId(o.订单编号 as string), o.买家会员名 as string]));
    const sized = new Map<string, { plus: number; all: number }>();
    for (const it of bigItems.rows) {
      const size = /尺码：([A-Z0-9]+)$/.exec(it.商品属性 as string)?.[1];
      if (!size || /^\d+$/.test(size)) continue;
      const nick = nickOf.get(unwrapId(it.订单编号 as string)) as string;
      const s = sized.get(nick) ?? { plus: 0, all: 0 };
      s.all++;
      if (/^[345]XL$/.test(size)) s.plus++;
      sized.set(nick, s);
    }
    const plusBuyers = [...sized.values()].filter((s) => s.plus > 0);
    expect(plusBuyers.length / byBuyer().size).toBeGreaterThan(0.03);
    expect(plusBuyers.length / byBuyer().size).toBeLessThan(0.1);
    const consistent = plusBuyers.filter((s) => s.plus / s.all >= 0.6).length;
    expect(consistent / plusBuyers.length).toBeGreaterThan(0.8);
  });

  it("peaks on 双11 and in the evening, dips over 春节", () => {
    const dayCount = new Map<string, number>();
    const hours = new Array<number>(24).fill(0);
    for (const o of big.rows) {
      const t = o.订单创建时间 as string;
      dayCount.set(t.slice(0, 10), (dayCount.get(t.slice(0, 10)) ?? 0) + 1);
      const h = Number(t.slice(11, 13));
      hours[h] = (hours[h] ?? 0) + 1;
    }
    const at = (d: string) => dayCount.get(d) ?? 0;
    const window = (from: string, n: number) => {
      let sum = 0;
      const start = Date.parse(`${from}T00:00:00Z`);
      for (let i = 0; i < n; i++) sum += at(new Date(start + i * 86_400_000).toISOString().slice(0, 10));
      return sum / n;
    };
    expect(at("2025-11-11")).toBeGreaterThan(3 * window("2025-09-01", 30));
    expect(window("2025-01-28", 7)).toBeLessThan(0.6 * window("2025-03-01", 30));
    const evening = (hours[20] ?? 0) + (hours[21] ?? 0) + (hours[22] ?? 0);
    expect(evening / big.rows.length).toBeGreaterThan(0.2);
  });
});

describe("Shopify second platform", () => {
  it("writes the 79-column export with multi-row orders and shared identities", () => {
    const s = readCsv(shop.files[2] as string, "utf8");
    expect(s.header).toHaveLength(79);
    expect(s.header.slice(0, 3)).toEqual(["Name", "Email", "Financial Status"]);
    const names = new Set<string>();
    let revenue = 0;
    let paidOrders = 0;
    let previous = "";
    for (const r of s.rows) {
      const first = r.Name !== previous;
      previous = r.Name as string;
      if (!first) {
        expect(r.Email).toBe("");
        expect(r.Total).toBe("");
        expect(r["Lineitem sku"]).not.toBe("");
        continue;
      }
      expect(names.has(r.Name as string)).toBe(false);
      names.add(r.Name as string);
      expect(r.Name).toMatch(/^#\d{4,}$/);
      expect(r.Currency).toBe("CNY");
      expect(r["Created at"]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+0800$/);
      if (r["Financial Status"] === "paid" || r["Financial Status"] === "partially_refunded") {
        paidOrders++;
        revenue += fen(r.Total as string) - (r["Refunded Amount"] ? fen(r["Refunded Amount"]) : 0);
      }
    }
    expect(names.size).toBe(shop.shopifyOrders);
    expect(paidOrders).toBe(shop.shopifyPaidOrders);
    expect(revenue).toBe(shop.shopifyRevenueFen);
    const taobaoPhones = new Set(orders.rows.map((o) => (o.联系手机 as string).replace(/^'/, "")));
    const shared = new Set(
      s.rows.map((r) => (r.Phone as string).replace(/^\+86/, "")).filter((p) => p && taobaoPhones.has(p)),
    );
    expect(shared.size).toBeGreaterThan(0);
    expect(shared.size).toBeLessThanOrEqual(shop.sharedCustomers);
    expect(shop.sharedCustomers / shop.customers).toBeGreaterThan(0.02);
    expect(shop.sharedCustomers / shop.customers).toBeLessThan(0.09);
  });
});

describe("splitting large exports", () => {
  it("splits by creation-month ranges into pairs joined by 订单编号, same totals", async () => {
    const split = await generateDemoShop({
      customers: 500,
      seed: 42,
      outDir: join(dir, "split"),
      splitBytes: 200_000,
    });
    expect(split.files.length).toBeGreaterThanOrEqual(4);
    expect({ ...split, files: [] }).toEqual({
      ...shop,
      files: [],
      shopifyOrders: 0,
      shopifyPaidOrders: 0,
      shopifyRevenueFen: 0,
      shopifyCustomers: 0,
      sharedCustomers: 0,
    });
    let count = 0;
    let lastMax = "";
    for (let k = 0; k < split.files.length; k += 2) {
      const o = readCsv(split.files[k] as string, "gb18030");
      const it = readCsv(split.files[k + 1] as string, "gb18030");
      expect(basename(split.files[k] as string)).toMatch(/^ExportOrderList\d{12}\.csv$/);
      const ids = new Set(o.rows.map((r) => r.订单编号));
      expect(it.rows.every((r) => ids.has(r.订单编号))).toBe(true);
      const times = o.rows.map((r) => r.订单创建时间 as string).sort();
      expect((times[0] as string) >= lastMax).toBe(true);
      lastMax = times[times.length - 1] as string;
      count += o.rows.length;
    }
    expect(count).toBe(shop.orders);
  });
});
