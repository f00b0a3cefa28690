import fs from "node:fs";
import path from "node:path";
import { createTestDatabase } from "@laoke/db/testing";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDomainError } from "../shared/errors.ts";
import { buildShop, runImport, tempDir } from "../testing/fixtures.ts";
import { writeTaobaoExport } from "../testing/taobao-files.ts";

// Property: whatever happens to the files (cut short, bytes flipped, stray quotes), an import
// either fails with a DomainError and leaves the database exactly as before, or succeeds; and a
// second import of the same damaged files changes nothing (no half-written state to repair).
let h: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(async () => {
  await h?.dispose();
});

async function snapshot(shopId: number) {
  const { rows } = await h.pool.query(
    `select (select count(*) from orders where shop_id = $1)::int as orders,
            (select count(*) from order_items where shop_id = $1)::int as items,
            (select count(*) from customers where shop_id = $1)::int as customers,
            (select coalesce(sum(paid_fen), 0) from orders where shop_id = $1)::bigint as paid,
            (select max(updated_at) from orders where shop_id = $1) as touched`,
    [shopId],
  );
  return rows[0];
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant("truncate" as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({
    kind: fc.constant("flip" as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    byte: fc.integer({ min: 0, max: 255 }),
  }),
  fc.record({ kind: fc.constant("quote" as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
);

type Mutation = { kind: "truncate" | "quote"; at: number } | { kind: "flip"; at: number; byte: number };

function mutate(bytes: Buffer, m: Mutation): Buffer {
  const at = Math.floor(m.at * bytes.length);
  if (m.kind === "truncate") return bytes.subarray(0, at);
  const out = Buffer.from(bytes);
  if (m.kind === "flip") out[at] = m.byte;
  else return Buffer.concat([bytes.subarray(0, at), Buffer.from('"'), bytes.subarray(at)]);
  return out;
}

describe("imports of damaged files", () => {
  it("never crash, never half-write, and are idempotent", async () => {
    const base = tempDir();
    const pristine = writeTaobaoExport(base, "fuzz", [
      {
        id: "8000000000000001",
        nick: "甲",
        items: [{ title: "连衣裙", price: "199.00", qty: 1, attrs: "颜色分类：红色;尺码：M" }],
      },
      { id: "8000000000000002", nick: "乙", status: "交易关闭" },
      { id: "8000000000000003", nick: "甲", created: "2025-07-07 07:07:07", refund: "10.00" },
      {
        id: "8000000000000004",
        nick: "丙",
        phone: "'13511112222",
        items: [
          { title: "外套", price: "399.00", qty: 1 },
          { title: "围巾", price: "59.00", qty: 2 },
        ],
      },
    ]);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 1 }), mutation, async (which, m) => {
        const shop = await buildShop(h.db);
        const dir = tempDir();
        const files = pristine.map((f, i) => {
          const target = path.join(dir, path.basename(f));
          fs.writeFileSync(target, i === which ? mutate(fs.readFileSync(f), m) : fs.readFileSync(f));
          return target;
        });
        const before = await snapshot(shop.id);
        let first: Awaited<ReturnType<typeof runImport>> | undefined;
        try {
          first = await runImport(h.pool, shop, files);
        } catch (e) {
          expect(isDomainError(e)).toBe(true);
          expect(await snapshot(shop.id)).toEqual(before);
          return;
        }
        expect(first.orders.inserted + first.rejected).toBeGreaterThan(0);
        const after = await snapshot(shop.id);
        const second = await runImport(h.pool, shop, files);
        expect(second.orders.inserted).toBe(0);
        expect(second.orders.updated).toBe(0);
        expect(await snapshot(shop.id)).toEqual(after);
      }),
      { numRuns: 25, seed: 20261127 },
    );
  });
});
