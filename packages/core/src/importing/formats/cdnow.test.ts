import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cdnowParsers } from "./cdnow.ts";
import { only, parseFile } from "./parse-fixture.ts";

// The shared benchmark data lives beside the repository: <repo>/../shared/data.
const CDNOW = path.resolve(import.meta.dirname, "../../../../../../shared/data/CDNOW_sample.txt");
const parser = cdnowParsers[0];
if (!parser) throw new Error("cdnow parser missing");

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "laoke-cdnow-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("CDNOW sample", () => {
  it("imports every purchase of the 2,357 customers", async () => {
    const [parsed] = await parseFile(CDNOW, { timeZone: "UTC" });
    expect(parsed?.parser.id).toBe("cdnow");
    const records = parsed?.records ?? [];
    expect(only(records, "reject")).toEqual([]);
    const orders = only(records, "order").map((o) => o.order);
    expect(orders).toHaveLength(6919);
    expect(new Set(orders.map((o) => o.buyer.platformCustomerId)).size).toBe(2357);
    expect(new Set(orders.map((o) => o.externalId)).size).toBe(6919);
    // 6,696 distinct customer-days: the 223 same-day repeats are numbered -2, -3, …
    expect(orders.filter((o) => o.externalId.endsWith("-1"))).toHaveLength(6696);
  });

  it("maps one line to a completed USD order with one CD line", async () => {
    const [parsed] = await parseFile(CDNOW, { timeZone: "UTC" });
    const first = only(parsed?.records ?? [], "order")[0];
    expect(first?.source).toEqual({ file: "CDNOW_sample.txt", row: 1 });
    const midnight = new Date("1997-01-01T00:00:00Z");
    expect(first?.order).toEqual({
      platform: "cdnow",
      externalId: "00004-19970101-1",
      rawStatus: "",
      status: "completed",
      createdAt: midnight,
      paidAt: midnight,
      completedAt: midnight,
      goodsFen: 2933,
      shippingFen: 0,
      discountFen: 0,
      paidFen: 2933,
      refundedFen: 0,
      currency: "USD",
      itemQuantity: 2,
      buyer: { platformCustomerId: "00004" },
      receiver: {},
      items: [
        {
          title: "CD",
          attributes: {},
          unitPriceFen: 1467,
          quantity: 2,
          paidFen: 2933,
          refundStatus: "none",
          refundFen: 0,
        },
      ],
    });
  });

  it("sums to the file's total spend exactly", async () => {
    const expected = fs
      .readFileSync(CDNOW, "utf8")
      .split(/\r?\n/)
      .filter((l) => l.trim())
      .reduce((sum, l) => sum + Math.round(Number(l.trim().split(/\s+/)[4]) * 100), 0);
    const [parsed] = await parseFile(CDNOW, { timeZone: "UTC" });
    const orders = only(parsed?.records ?? [], "order");
    expect(orders.reduce((s, o) => s + o.order.paidFen, 0)).toBe(expected);
  });
});

describe("CDNOW-like files", () => {
  it("dates purchases at midnight in the shop zone and numbers same-day repeats", async () => {
    const file = path.join(tmp, "cdnow.txt");
    fs.writeFileSync(file, "1 1 19970101 1 10.00\n1 1 19970101 3 10.00\n2 2 19970101 1 5\n");
    const [parsed] = await parseFile(file, { timeZone: "Asia/Shanghai" });
    const orders = only(parsed?.records ?? [], "order").map((o) => o.order);
    expect(orders.map((o) => [o.externalId, o.createdAt.toISOString()])).toEqual([
      ["1-19970101-1", "1996-12-31T16:00:00.000Z"],
      ["1-19970101-2", "1996-12-31T16:00:00.000Z"],
      ["2-19970101-1", "1996-12-31T16:00:00.000Z"],
    ]);
    // 10.00 / 3 = 3.333…: the unit price is rounded, the line keeps the exact total.
    expect(orders[1]?.items[0]).toMatchObject({ unitPriceFen: 333, quantity: 3, paidFen: 1000 });
  });

  it("rejects bad lines and keeps going", async () => {
    const file = path.join(tmp, "bad.txt");
    fs.writeFileSync(
      file,
      "1 1 19970101 1 10.00\n1 1 19971301 1 10\n1 1 1997 1 10\n1 1 19970102 x 10\n1 1 19970103 1\n1 1 19970104 1 1 9\n3 3 19970105 2 7.5\n",
    );
    const [parsed] = await parseFile(file, { parser, timeZone: "UTC" });
    const records = parsed?.records ?? [];
    expect(only(records, "reject").map((r) => [r.reject.row, r.reject.field, r.reject.code])).toEqual([
      [2, "col3", "invalid_date"],
      [3, "col3", "invalid_date"],
      [4, "col4", "invalid_number"],
      [5, "col5", "missing_field"],
      [6, undefined, "malformed_row"],
    ]);
    expect(only(records, "order").map((o) => o.source.row)).toEqual([1, 7]);
  });

  it("detects only the synthetic five-column header", () => {
    expect(parser.detect(["col1", "col2", "col3", "col4", "col5"])).toBeGreaterThan(0);
    expect(parser.detect(["col1", "col2", "col3", "col4"])).toBe(0);
    expect(parser.detect(["订单编号", "col2", "col3", "col4", "col5"])).toBe(0);
  });
});
