import { describe, expect, it } from "vitest";
import { paretoNbdLogLikelihoodOne, paretoNbdPAlive } from "./pareto-nbd.ts";
import { gammaln } from "./special.ts";

// The hypergeometric A₀ term is the closed form of s·∫_{t_x}^{T} (α+y)^−(r+x) (β+y)^−(s+1) dy
// (Fader & Hardie 2005, the step before eq. 22). Check it against that integral by Simpson's rule,
// including parameters far from CDNOW's where the 2F1 argument is near 1 or c−a−b is an integer.
function byQuadrature(
  p: { r: number; alpha: number; s: number; beta: number },
  x: number,
  tx: number,
  T: number,
) {
  const { r, alpha, s, beta } = p;
  const f = (y: number) => (alpha + y) ** -(r + x) * (beta + y) ** -(s + 1);
  const n = 20_000;
  const h = (T - tx) / n;
  let sum = f(tx) + f(T);
  for (let i = 1; i < n; i++) sum += (i % 2 ? 4 : 2) * f(tx + i * h);
  const integral = (sum * h) / 3;
  const alive = (alpha + T) ** -(r + x) * (beta + T) ** -s;
  return (
    gammaln(r + x) - gammaln(r) + r * Math.log(alpha) + s * Math.log(beta) + Math.log(alive + s * integral)
  );
}

const CASES: [string, { r: number; alpha: number; s: number; beta: number }, number, number, number][] = [
  ["CDNOW estimates", { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 }, 3, 20, 38],
  ["α ≫ β: argument near 1", { r: 0.5, alpha: 500, s: 0.8, beta: 0.5 }, 0, 0, 30],
  ["α ≫ β, s = 1 (integer c−a−b)", { r: 1.2, alpha: 2000, s: 1, beta: 1 }, 2, 1, 35],
  ["β ≫ α, many purchases", { r: 2, alpha: 0.3, s: 0.4, beta: 400 }, 25, 30, 39],
  ["α = β", { r: 0.7, alpha: 5, s: 2, beta: 5 }, 1, 10, 20],
];

describe("Pareto/NBD likelihood", () => {
  it.each(CASES)("matches the integral form: %s", (_name, p, x, tx, T) => {
    expect(paretoNbdLogLikelihoodOne(p, x, tx, T)).toBeCloseTo(byQuadrature(p, x, tx, T), 7);
  });

  it("P(alive) is 1 for a purchase at the calibration end and falls with time since the last one", () => {
    const p = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
    expect(paretoNbdPAlive(p, { x: 3, tx: 39, T: 39 })).toBe(1);
    expect(paretoNbdPAlive(p, { x: 3, tx: 20, T: 39 })).toBeLessThan(
      paretoNbdPAlive(p, { x: 3, tx: 30, T: 39 }),
    );
  });
});
