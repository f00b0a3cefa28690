/** Purchase histories the report tests share (figures hand-computed in the tests), and their database. */
import { createTestDatabase } from "@laoke/db/testing";
import { afterAll, beforeAll } from "vitest";
import type { Shop } from "../../shops/index.ts";
import { buildShop } from "../../testing/fixtures.ts";
import { insertTestOrders, type TestOrder } from "../../testing/orders.ts";

/** A test file's database. */
export type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;

/** What a report test reads: the file's database and its shop (set before the first test runs). */
export interface ReportTestContext {
  h: TestDatabase;
  shop: Shop;
}

/**
 * Give the test file a fresh database with one shop holding `orders`: hooks create them before
 * the file's tests and drop the database after them.
 */
export function useShopWith(orders: TestOrder[]): ReportTestContext {
  const t = {} as ReportTestContext;
  beforeAll(async () => {
    t.h = await createTestDatabase();
    t.shop = await buildShop(t.h.db);
    await insertTestOrders(t.h.pool, t.shop, orders);
  });
  afterAll(async () => {
    await t.h?.dispose();
  });
  return t;
}

/**
 * Five buyers in Asia/Shanghai, 2024-12-15 … 2025-03-20 (taobao unless noted):
 * - alice: 2025-01-05 two orders (10000 + 5000, one purchase day), 2025-02-10 20000 less 5000 refunded
 * - bob: 2025-01-20 23:30 and 2025-01-21 00:30 Shanghai time (two days, one UTC day)
 * - carol: 2024-12-15 30000, 2025-02-03 10000
 * - dave: a closed and an unpaid order (no purchases), then 2025-03-01 6000 shipped
 * - erin: 2025-03-10 4000 on shopify, 2025-03-20 two items at 2500 on taobao
 * - frank: only a closed order
 */
export const SMALL_HISTORY: TestOrder[] = [
  {
    customer: "alice",
    at: "2025-01-05T10:00:00+08:00",
    paidFen: 10_000,
    province: "浙江",
    city: "杭州",
    items: [{ product: "洗发水", priceFen: 10_000 }],
  },
  { customer: "alice", at: "2025-01-05", paidFen: 5_000, items: [{ product: "护发素", priceFen: 5_000 }] },
  {
    customer: "alice",
    at: "2025-02-10",
    paidFen: 20_000,
    refundedFen: 5_000,
    items: [{ product: "洗发水", priceFen: 20_000 }],
  },
  {
    customer: "bob",
    at: "2025-01-20T23:30:00+08:00",
    paidFen: 8_000,
    province: "浙江",
    city: "宁波",
    items: [{ product: "洗发水", priceFen: 8_000 }],
  },
  {
    customer: "bob",
    at: "2025-01-21T00:30:00+08:00",
    paidFen: 7_000,
    items: [{ product: "护发素", priceFen: 7_000 }],
  },
  {
    customer: "carol",
    at: "2024-12-15",
    paidFen: 30_000,
    province: "上海",
    city: "上海",
    items: [{ product: "洗发水", priceFen: 30_000 }],
  },
  { customer: "carol", at: "2025-02-03", paidFen: 10_000, items: [{ product: "洗发水", priceFen: 10_000 }] },
  {
    customer: "dave",
    at: "2025-02-14",
    paidFen: 12_000,
    status: "closed",
    items: [{ product: "洗发水", priceFen: 12_000 }],
  },
  { customer: "dave", at: "2025-02-15", paidFen: 9_000, status: "unpaid" },
  {
    customer: "dave",
    at: "2025-03-01",
    paidFen: 6_000,
    status: "shipped",
    items: [{ product: "护发素", priceFen: 6_000 }],
  },
  {
    customer: "erin",
    at: "2025-03-10",
    paidFen: 4_000,
    platform: "shopify",
    province: "浙江",
    city: "杭州",
    items: [{ product: "洗发水", priceFen: 4_000 }],
  },
  {
    customer: "erin",
    at: "2025-03-20",
    paidFen: 5_000,
    items: [{ product: "洗发水", priceFen: 2_500, quantity: 2 }],
  },
  { customer: "frank", at: "2025-01-10", paidFen: 3_000, status: "closed" },
];

/**
 * A random but reproducible history: `customers` buyers with 1–6 orders in 2024–2025, times
 * spread over the whole day (many near midnight), every status, refunds, two platforms.
 */
export function randomHistory(customers: number, seed = 1): TestOrder[] {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
  const statuses = ["paid", "shipped", "completed", "completed", "closed", "unpaid"] as const;
  const orders: TestOrder[] = [];
  for (let c = 0; c < customers; c++) {
    const n = 1 + Math.floor(next() * 6);
    for (let k = 0; k < n; k++) {
      const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(next() * 730) * 86_400_000);
      const minute = next() < 0.3 ? (next() < 0.5 ? 23 * 60 + 45 : 15) : Math.floor(next() * 1440);
      const at = `${day.toISOString().slice(0, 10)}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:00+08:00`;
      const paidFen = 100 * (1 + Math.floor(next() * 500));
      orders.push({
        customer: `c${c}`,
        at,
        paidFen,
        refundedFen: next() < 0.1 ? Math.floor(paidFen / 2) : 0,
        status: statuses[Math.floor(next() * statuses.length)],
        platform: next() < 0.2 ? "shopify" : "taobao",
      });
    }
  }
  return orders;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Every number anywhere in a report, to check that none is NaN or infinite. */
export function numbersIn(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(numbersIn);
  return [];
}
