import { describe, expect, it } from "vitest";
import { minimumSuccesses } from "./binomial.ts";

describe("minimumSuccesses", () => {
  it("matches exact binomial tails", () => {
    // p = 0.2: P(X ≥ 3 | 3) = 0.008 ≤ 0.01; P(X ≥ 3 | 4) = 0.0272 > 0.01 but P(X ≥ 4 | 4) = 0.0016.
    const k = minimumSuccesses(0.2, 0.01, 10);
    expect(k.slice(0, 5)).toEqual([2, 3, 3, 4, 4]);
    // n = 1: even one success has P = 0.2 > 0.01, so none suffices (n + 1).
    expect(k[0]).toBe(2);
    // n = 10: P(X ≥ 6) = 0.0064, P(X ≥ 5) = 0.0328.
    expect(k[9]).toBe(6);
  });

  it("needs about the base rate plus a margin for large n", () => {
    const k = minimumSuccesses(0.3, 0.01, 500);
    const n = 500;
    expect((k[n - 1] as number) / n).toBeGreaterThan(0.3);
    expect((k[n - 1] as number) / n).toBeLessThan(0.36);
  });
});
