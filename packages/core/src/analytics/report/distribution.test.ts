import { describe, expect, it } from "vitest";
import { quantileSorted } from "../metrics.ts";
import { cumulativeShares, histogram, MAX_HISTOGRAM_BUCKETS, summarise } from "./distribution.ts";

describe("summarise", () => {
  it("matches quantiles of the expanded values (type 7, as metrics.ts)", () => {
    const table = [
      { value: 1, count: 3 },
      { value: 4, count: 1 },
      { value: 9, count: 2 },
      { value: 30, count: 4 },
    ];
    const values = table.flatMap((f) => Array<number>(f.count).fill(f.value));
    const s = summarise(table);
    expect(s.count).toBe(10);
    expect(s.mean).toBeCloseTo(values.reduce((a, b) => a + b) / 10, 12);
    for (const [q, got] of [
      [0.25, s.p25],
      [0.5, s.median],
      [0.75, s.p75],
      [0.9, s.p90],
    ] as const) {
      expect(got).toBeCloseTo(quantileSorted(values, q), 12);
    }
    expect(s.max).toBe(30);
  });

  it("has nulls, not NaN, for an empty table", () => {
    expect(summarise([])).toEqual({
      count: 0,
      mean: null,
      p25: null,
      median: null,
      p75: null,
      p90: null,
      max: null,
    });
  });
});

describe("histogram and cumulativeShares", () => {
  it("buckets whole days and folds a long tail into the last, open bucket", () => {
    expect(histogram([{ value: 5, count: 2 }], 7)).toEqual([{ fromDays: 0, toDays: 6, count: 2 }]);
    const long = histogram(
      [
        { value: 1, count: 1 },
        { value: 10_000, count: 1 },
      ],
      1,
    );
    expect(long).toHaveLength(MAX_HISTOGRAM_BUCKETS);
    expect(long.at(-1)).toEqual({ fromDays: MAX_HISTOGRAM_BUCKETS - 1, toDays: null, count: 1 });
    expect(histogram([], 30)).toEqual([]);
  });

  it("gives the share of values at or below each day, up to a cap", () => {
    const table = [
      { value: 2, count: 1 },
      { value: 4, count: 3 },
    ];
    expect(cumulativeShares(table, 365)).toEqual([0, 0, 0.25, 0.25, 1]);
    expect(cumulativeShares(table, 3)).toEqual([0, 0, 0.25, 0.25]);
    expect(cumulativeShares([], 10)).toEqual([]);
  });
});
