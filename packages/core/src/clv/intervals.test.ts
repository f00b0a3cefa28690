import { describe, expect, it } from "vitest";
import { SeededRng } from "../demo/index.ts";
import { selectedQuantile } from "./intervals.ts";

/** The reference: linear interpolation between the sorted values. */
function sortedQuantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  return a + ((sorted[hi] as number) - a) * (pos - lo);
}

describe("selectedQuantile", () => {
  it("equals the sorted quantile, the upper one selected after the lower on the same array", () => {
    const rng = new SeededRng(7, 1);
    const shapes: ((i: number) => number)[] = [
      () => rng.normal(),
      () => Math.round(rng.normal() * 3) + 0, // many ties (+ 0: no negative zero)
      (i) => i, // already sorted
      (i) => -i, // reversed
      () => 1, // all equal
    ];
    for (const n of [1, 2, 3, 10, 199, 200]) {
      for (const shape of shapes) {
        const values = Array.from({ length: n }, (_, i) => shape(i));
        const a = Float64Array.from(values);
        const lower = selectedQuantile(a, 0.05, 0);
        const upper = selectedQuantile(a, 0.95, Math.floor((n - 1) * 0.05) + 1);
        expect(lower).toBeCloseTo(sortedQuantile(values, 0.05), 12);
        expect(upper).toBeCloseTo(sortedQuantile(values, 0.95), 12);
        expect([...a].sort((x, y) => x - y)).toEqual([...values].sort((x, y) => x - y));
      }
    }
  });
});
