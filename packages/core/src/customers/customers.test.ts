import { createTestDatabase } from "@laoke/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATOR } from "../shared/actor.ts";
import type { Shop } from "../shops/index.ts";
import { insertTestCustomer, type TestCustomer } from "../testing/customers.ts";
import { buildShop } from "../testing/fixtures.ts";
import { CUSTOMER_SORTS, type CustomerSort, listCustomers, listOrders } from "./index.ts";
import { escapeLike, phoneDigits } from "./search.ts";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let shop: Shop;

interface Made extends TestCustomer {
  id: number;
}
const made: Made[] = [];

beforeAll(async () => {
  h = await createTestDatabase();
  shop = await buildShop(h.db);
  // 30 customers with ties everywhere: shared order times, spends and order counts; some never
  // paid (null order times), some not analysed (no metrics row), some without a CLV.
  for (let i = 1; i <= 30; i++) {
    const day = i % 7 === 0 ? null : `2025-0${1 + (i % 4)}-1${i % 3}T10:00:00+08:00`;
    const c: TestCustomer = {
      name: `客户${String(i).padStart(2, "0")}`,
      province: i % 2 === 0 ? "浙江省" : "广东省",
      firstOrderAt: day,
      lastOrderAt: day && i % 2 === 0 ? `2025-06-0${1 + (i % 3)}T09:00:00+08:00` : day,
      metrics:
        i % 5 === 0
          ? null
          : {
              totalSpentFen: (i % 3) * 1000,
              paidOrders: i % 4,
              clvFen: i % 4 === 1 ? null : (i % 3) * 500,
              churnStatus: i % 2 === 0 ? "active" : "churned",
            },
    };
    made.push({ ...c, id: await insertTestCustomer(h.pool, shop, c) });
  }
  // Never listed: merged into another customer, or anonymised.
  const first = made[0] as Made;
  await insertTestCustomer(h.pool, shop, {
    name: "客户合并",
    mergedInto: first.id,
    metrics: { totalSpentFen: 9 },
  });
  await insertTestCustomer(h.pool, shop, {
    name: "客户删除",
    anonymised: true,
    metrics: { totalSpentFen: 9 },
  });
});
afterAll(async () => {
  await h?.dispose();
});

function sortKey(c: Made, sort: CustomerSort): number | null {
  const m = c.metrics;
  switch (sort) {
    case "last_order":
      return c.lastOrderAt ? Date.parse(c.lastOrderAt) : Number.NEGATIVE_INFINITY;
    case "first_order":
      return c.firstOrderAt ? Date.parse(c.firstOrderAt) : Number.NEGATIVE_INFINITY;
    case "spend":
      return m ? (m.totalSpentFen ?? 0) : null;
    case "orders":
      return m ? (m.paidOrders ?? 1) : null;
    case "clv":
      return m?.clvFen ?? null;
  }
}

/** The expected order: the key descending, customers without one last, the id descending. */
function expected(rows: Made[], sort: CustomerSort): number[] {
  return [...rows]
    .sort((a, b) => {
      const ka = sortKey(a, sort);
      const kb = sortKey(b, sort);
      if (ka !== kb) {
        if (ka === null) return 1;
        if (kb === null) return -1;
        return kb - ka;
      }
      return b.id - a.id;
    })
    .map((c) => c.id);
}

async function walk(input: Record<string, unknown>, limit: number): Promise<number[]> {
  const ids: number[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 100; page++) {
    const res = await listCustomers(h.db, OPERATOR, shop.id, { ...input, limit, cursor });
    ids.push(...res.items.map((c) => c.id));
    if (!res.nextCursor) return ids;
    cursor = res.nextCursor;
  }
  throw new Error("too many pages");
}

describe("customer list pagination", () => {
  for (const sort of CUSTOMER_SORTS) {
    it(`walks every live customer once, in order, sorted by ${sort}`, async () => {
      const want = expected(made, sort);
      expect(await walk({ sort }, 4)).toEqual(want);
      expect(await walk({ sort }, 7)).toEqual(want);
      // The same order through the search path (every name starts with 客户)…
      expect(await walk({ sort, q: "客户" }, 4)).toEqual(want);
      // …and with filters on the customer and on the metrics.
      expect(await walk({ sort, province: "浙江省" }, 3)).toEqual(
        expected(
          made.filter((c) => c.province === "浙江省"),
          sort,
        ),
      );
      expect(await walk({ sort, churnStatus: "churned" }, 3)).toEqual(
        expected(
          made.filter((c) => c.metrics?.churnStatus === "churned"),
          sort,
        ),
      );
    });
  }

  it("keeps microseconds in cursors: times within one millisecond are neither lost nor repeated", async () => {
    const other = await buildShop(h.db);
    const times = ["10:00:00.123456", "10:00:00.123400", "10:00:00.123456", "10:00:00.123"];
    const ids: number[] = [];
    for (const [n, t] of times.entries()) {
      const at = `2025-01-01T${t}+00:00`;
      ids.push(
        await insertTestCustomer(h.pool, other, {
          name: `微秒${n}`,
          lastOrderAt: at,
          orders: [{ externalId: `US-${n}`, orderedAt: at }],
        }),
      );
    }
    const [a, b, c, d] = ids as [number, number, number, number];
    const pages: number[] = [];
    let cursor: string | undefined;
    do {
      const res = await listCustomers(h.db, OPERATOR, other.id, { limit: 1, cursor });
      pages.push(...res.items.map((x) => x.id));
      cursor = res.nextCursor ?? undefined;
    } while (cursor);
    expect(pages).toEqual([c, a, b, d]);
    const orders: number[] = [];
    cursor = undefined;
    do {
      const res = await listOrders(h.db, OPERATOR, other.id, { limit: 1, cursor });
      orders.push(...res.items.map((x) => x.customerId));
      cursor = res.nextCursor ?? undefined;
    } while (cursor);
    expect(orders).toEqual([c, a, b, d]);
  });

  it("answers one page without a cursor when everything fits", async () => {
    const res = await listCustomers(h.db, OPERATOR, shop.id, { limit: 200 });
    expect(res.items).toHaveLength(30);
    expect(res.nextCursor).toBeNull();
    const analysed = res.items.find((c) => c.id === made[1]?.id);
    expect(analysed).toMatchObject({ churnStatus: "active", rfm: { r: 3, f: 2, m: 4 }, platforms: [] });
  });

  it("rejects a cursor that does not decode or belongs to another sort", async () => {
    await expect(listCustomers(h.db, OPERATOR, shop.id, { cursor: "nope!" })).rejects.toMatchObject({
      code: "invalid_cursor",
    });
    const { nextCursor } = await listCustomers(h.db, OPERATOR, shop.id, { sort: "spend", limit: 2 });
    await expect(
      listCustomers(h.db, OPERATOR, shop.id, { sort: "clv", cursor: nextCursor as string }),
    ).rejects.toMatchObject({ code: "invalid_cursor" });
  });
});

describe("customer search", () => {
  let searchShop: Shop;
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    searchShop = await buildShop(h.db);
    const add = async (key: string, c: TestCustomer) => {
      ids[key] = await insertTestCustomer(h.pool, searchShop, c);
    };
    await add("wang", {
      name: "王小明",
      phone: "13812341234",
      identities: [{ platform: "taobao", kind: "nick", value: "tb_小王" }],
    });
    await add("wang2", {
      name: "王小红",
      identities: [{ platform: "*", kind: "email", value: "li@example.com" }],
    });
    await add("li", { name: "李王小", identities: [{ platform: "*", kind: "phone", value: "13900001111" }] });
    await add("pct", {
      name: "100%纯棉",
      orders: [{ externalId: "1930679858170647", orderedAt: "2025-03-01T10:00:00Z" }],
    });
    await add("gone", { name: "王小删", phone: "13700000000", anonymised: true });
  });

  const search = async (q: string) =>
    (await listCustomers(h.db, OPERATOR, searchShop.id, { q })).items.map((c) => c.id).sort();

  it("finds a phone in any format, on the customer or as an identity", async () => {
    expect(await search("13812341234")).toEqual([ids.wang]);
    expect(await search("+86 138 1234 1234")).toEqual([ids.wang]);
    expect(await search("１３８-１２３４-１２３４")).toEqual([ids.wang]);
    expect(await search("13900001111")).toEqual([ids.li]);
  });

  it("finds an exact nick, email (any case) and order number", async () => {
    expect(await search("tb_小王")).toEqual([ids.wang]);
    expect(await search("Li@Example.com")).toEqual([ids.wang2]);
    expect(await search("1930679858170647")).toEqual([ids.pct]);
    expect(await search("tb_")).toEqual([]);
  });

  it("finds a name by its start, with LIKE wildcards taken literally", async () => {
    expect(await search("王小")).toEqual([ids.wang, ids.wang2].sort());
    expect(await search("100%")).toEqual([ids.pct]);
    expect(await search("%")).toEqual([]);
    expect(await search("_")).toEqual([]);
    expect(escapeLike("a%b_c\\")).toBe("a\\%b\\_c\\\\");
  });

  it("never finds anonymised customers", async () => {
    expect(await search("13700000000")).toEqual([]);
    expect(await search("王小删")).toEqual([]);
  });

  it("normalises phone digits like the importer", () => {
    expect(phoneDigits("+86 138 1234 1234")).toBe("13812341234");
    expect(phoneDigits("0086-13812341234")).toBe("13812341234");
    expect(phoneDigits("王小明")).toBeUndefined();
    expect(phoneDigits("123")).toBeUndefined();
  });
});
