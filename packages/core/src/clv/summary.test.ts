import { describe, expect, it } from "vitest";
import { isDomainError } from "../shared/errors.ts";
import { parseCdnow } from "./cdnow.ts";
import { groupRfm, groupSpend } from "./grouping.ts";
import { dayInZone, summarizeTransactions, type Transaction } from "./summary.ts";
import { cdnowSummary } from "./testing.ts";

const at = (iso: string) => new Date(iso);

describe("summarizeTransactions", () => {
  it("merges same-day purchases, measures weeks from the first purchase, counts the holdout", () => {
    const tx: Transaction[] = [
      { customerId: "a", at: at("2025-01-01T09:00:00Z"), value: 10 },
      { customerId: "a", at: at("2025-01-01T20:00:00Z"), value: 5 }, // same day: one transaction of 15
      { customerId: "a", at: at("2025-01-15T00:00:00Z"), value: 20 },
      { customerId: "a", at: at("2025-01-29T00:00:00Z"), value: 40 },
      { customerId: "a", at: at("2025-02-05T00:00:00Z"), value: 7 }, // holdout
      { customerId: "a", at: at("2025-03-05T00:00:00Z"), value: 7 }, // after the holdout: ignored
      { customerId: "b", at: at("2025-01-22T00:00:00Z"), value: 3 },
      { customerId: "c", at: at("2025-02-02T00:00:00Z"), value: 3 }, // first seen in the holdout: left out
    ];
    const s = summarizeTransactions(tx, { calibrationEnd: "2025-01-31", holdoutEnd: "2025-02-28" });
    expect(s.customers).toEqual([
      {
        customerId: "a",
        x: 2,
        tx: 4,
        T: 30 / 7,
        monetary: 30,
        averageValue: 25,
        holdoutX: 1,
        firstDay: Date.UTC(2025, 0, 1) / 86_400_000,
      },
      {
        customerId: "b",
        x: 0,
        tx: 0,
        T: 9 / 7,
        monetary: 0,
        averageValue: 3,
        holdoutX: 0,
        firstDay: Date.UTC(2025, 0, 22) / 86_400_000,
      },
    ]);
    expect([...s.repeatsByDay.values()].reduce((a, b) => a + b, 0)).toBe(3);
  });

  it("takes calendar days in the shop's time zone", () => {
    // 23:30 UTC on Jan 1 is 07:30 on Jan 2 in Shanghai: a different day from 01:00 UTC Jan 1.
    const tx: Transaction[] = [
      { customerId: "a", at: at("2025-01-01T01:00:00Z"), value: 1 },
      { customerId: "a", at: at("2025-01-01T23:30:00Z"), value: 1 },
    ];
    expect(summarizeTransactions(tx, { calibrationEnd: "2025-01-10" }).customers[0]?.x).toBe(0);
    expect(
      summarizeTransactions(tx, { calibrationEnd: "2025-01-10", timeZone: "Asia/Shanghai" }).customers[0]?.x,
    ).toBe(1);
    const toDay = dayInZone("America/New_York");
    // Across the DST switch (2025-03-09) local midnight stays the day boundary.
    expect(toDay(at("2025-03-10T03:59:00Z")) + 1).toBe(toDay(at("2025-03-10T04:00:00Z")));
  });

  it("rejects malformed or inverted windows", () => {
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isDomainError(e) ? e.code : "other";
      }
      return "none";
    };
    expect(err(() => summarizeTransactions([], { calibrationEnd: "2025-02-30" }))).toBe("invalid_input");
    expect(
      err(() => summarizeTransactions([], { calibrationEnd: "2025-02-01", holdoutEnd: "2025-01-01" })),
    ).toBe("invalid_input");
  });
});

describe("CDNOW summaries", () => {
  it("match the literature's counts: 2,357 customers, 2,457 calibration repeats, 946 repeat buyers", async () => {
    const s = await cdnowSummary();
    expect(s.customers).toHaveLength(2357);
    expect(s.customers.reduce((n, c) => n + c.x, 0)).toBe(2457);
    expect(s.customers.filter((c) => c.x > 0)).toHaveLength(946);
    expect(s.customers.reduce((n, c) => n + c.holdoutX, 0)).toBe(1882);
    expect(Math.max(...s.customers.map((c) => c.T))).toBeCloseTo(38.86, 2);
    // Grouping: far fewer rows than customers, weights adding up.
    expect(groupRfm(s.customers).length).toBe(1016);
    expect(groupSpend(s.customers).reduce((n, r) => n + r.weight, 0)).toBe(946);
  });

  it("parses the CDNOW text and reports a bad line by number", () => {
    expect(parseCdnow(" 00004 0001 19970101  2   29.33\r\n\n 00004 0001 19970118  2   29.73\r\n")).toEqual([
      { customerId: "00004", at: at("1997-01-01T00:00:00Z"), value: 29.33 },
      { customerId: "00004", at: at("1997-01-18T00:00:00Z"), value: 29.73 },
    ]);
    expect(() => parseCdnow("1 1 19970101 1 2\n1 1 19970231 1 2\n", "x.txt")).toThrow(
      /file_bad_line.*"line":2/,
    );
    expect(() => parseCdnow("1 1 19970101 1\n")).toThrow(/file_bad_line/);
    expect(() => parseCdnow("\n\n")).toThrow(/file_empty/);
  });
});
