import { describe, expect, it } from "vitest";
import { quantileSorted } from "../analytics/metrics.ts";
import { SeededRng } from "../demo/index.ts";
import { selectedQuantiles } from "./intervals.ts";

/** The reference: the analytics' quantile of the sorted values. */
const sortedQuantile = (values: number[], q: number) => quantileSorted(Float64Array.from(values).sort(), q);

describe("selectedQuantiles", () => {
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
        const [lower, upper] = selectedQuantiles(a, 0.05, 0.95);
        expect(lower).toBeCloseTo(sortedQuantile(values, 0.05), 12);
        expect(upper).toBeCloseTo(sortedQuantile(values, 0.95), 12);
        expect([...a].sort((x, y) => x - y)).toEqual([...values].sort((x, y) => x - y));
      }
    }
  });
});
