import { once } from "node:events";
import { createTestDatabase } from "@laoke/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAudit } from "../audit/index.ts";
import { OPERATOR } from "../shared/actor.ts";
import type { Shop } from "../shops/index.ts";
import { buildShop } from "../testing/fixtures.ts";
import { csvSafe, exportCustomers } from "./index.ts";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
let shop: Shop;
const N = 2_345;

beforeAll(async () => {
  h = await createTestDatabase();
  shop = await buildShop(h.db);
  await h.pool.query(
    `insert into customers (shop_id, name, phone, province, last_order_at)
     select $1, '客户' || g, '138' || lpad(g::text, 8, '0'), case when g % 2 = 0 then '浙江省' else '广东省' end,
            timestamptz '2025-01-01 00:00:00+00' + g * interval '1 hour'
       from generate_series(1, ${N}) g`,
    [shop.id],
  );
});
afterAll(async () => {
  await h?.dispose();
});

async function read(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

describe("customer export", () => {
  it("streams every row through the cursor in batches, in list order, and audits the count", async () => {
    const out = await exportCustomers(h, OPERATOR, shop.id, {}, { language: "zh-CN" });
    expect(out.masked).toBe(false);
    const lines = (await read(out.stream)).trimEnd().split("\n");
    expect(lines).toHaveLength(N + 1);
    // Newest last order first; the shop's time zone (Asia/Shanghai) in the dates.
    expect(lines[1]).toMatch(new RegExp(`^\\d+,客户${N},138${String(N).padStart(8, "0")},`));
    expect(lines[1]).toContain(",2025-04-09 01:00:00,");
    const audit = await listAudit(h.db, OPERATOR, shop.id, { action: "customers.exported" });
    expect(audit.items[0]?.data).toMatchObject({ rows: N, complete: true, masked: false });
  });

  it("applies the list filters", async () => {
    const out = await exportCustomers(
      h,
      OPERATOR,
      shop.id,
      { province: "浙江省", q: "客户12" },
      { language: "en" },
    );
    const lines = (await read(out.stream)).trimEnd().split("\n");
    // 客户12, 客户120–129, 客户1200–1299 … of which the even ones live in 浙江省.
    expect(lines.slice(1).every((l) => l.includes(",浙江省,"))).toBe(true);
    expect(lines).toHaveLength(1 + 1 + 5 + 50);
  });

  it("audits a download that stops halfway, and gives its connection back", async () => {
    const out = await exportCustomers(h, OPERATOR, shop.id, {}, { language: "zh-CN" });
    await once(out.stream, "readable");
    out.stream.read();
    out.stream.destroy();
    await once(out.stream, "close");
    for (let i = 0; i < 50; i++) {
      const audit = await listAudit(h.db, OPERATOR, shop.id, { action: "customers.exported" });
      if (audit.items[0]?.data.complete === false) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const audit = await listAudit(h.db, OPERATOR, shop.id, { action: "customers.exported" });
    expect(audit.items[0]?.data).toMatchObject({ complete: false });
    // Every pooled connection is idle again: the cursor's transaction was rolled back and released.
    expect(h.pool.idleCount).toBe(h.pool.totalCount);
  });

  it("escapes cells that a spreadsheet would run as formulas", () => {
    for (const cell of ["=cmd|' /C calc'!A0", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]) {
      expect(csvSafe(cell)).toBe(`'${cell}`);
    }
    expect(csvSafe("张三")).toBe("张三");
    expect(csvSafe("1.5")).toBe("1.5");
  });
});
