import { describe, expect, it } from "vitest";
import { fitBgNbd, fitGammaGamma, fitParetoNbd } from "./fit.ts";
import { groupRfm, groupSpend } from "./grouping.ts";
import { purchaseModelOf } from "./intervals.ts";
import { expectedTransactions } from "./predict.ts";
import { simulateBgNbd, simulateParetoNbd, simulateSpend } from "./simulate.ts";

// Data drawn from known parameters must give them back: every estimate within 3 standard errors
// (and within 25 %), and the conditional expectations must predict the simulated holdout.
const BGNBD = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const PARETO = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
const SPEND = { p: 6.25, q: 3.74, gamma: 15.44 };

function expectRecovered(
  fit: { params: Record<string, number>; standardErrors?: Record<string, number> },
  truth: Record<string, number>,
) {
  for (const [k, v] of Object.entries(truth)) {
    const got = fit.params[k] as number;
    const se = fit.standardErrors?.[k] as number;
    expect({ k, within3se: Math.abs(got - v) <= 3 * se, within25: Math.abs(got / v - 1) < 0.25 }).toEqual({
      k,
      within3se: true,
      within25: true,
    });
  }
}

function holdoutRatio(
  fit: Parameters<typeof purchaseModelOf>[0],
  customers: ReturnType<typeof simulateBgNbd>,
) {
  const model = purchaseModelOf(fit);
  let actual = 0;
  let predicted = 0;
  for (const c of customers) {
    actual += c.holdoutX;
    predicted += expectedTransactions(model, c, 39);
  }
  return predicted / actual;
}

describe("parameter recovery on simulated customers", () => {
  it("BG/NBD", () => {
    const customers = simulateBgNbd(BGNBD, { customers: 10_000, seed: 11 });
    const fit = fitBgNbd(groupRfm(customers));
    expect(fit.converged).toBe(true);
    expectRecovered(fit, BGNBD);
    expect(holdoutRatio(fit, customers)).toBeGreaterThan(0.93);
    expect(holdoutRatio(fit, customers)).toBeLessThan(1.07);
  });

  it("Pareto/NBD", () => {
    // Dropout (s, β) is weakly identified from 39 weeks; a longer calibration pins it down.
    const customers = simulateParetoNbd(PARETO, { customers: 10_000, seed: 12, calibrationWeeks: 78 });
    const fit = fitParetoNbd(groupRfm(customers));
    expect(fit.converged).toBe(true);
    expectRecovered(fit, PARETO);
    expect(holdoutRatio(fit, customers)).toBeGreaterThan(0.9);
    expect(holdoutRatio(fit, customers)).toBeLessThan(1.1);
  });

  it("Gamma-Gamma", () => {
    const customers = simulateSpend(SPEND, simulateBgNbd(BGNBD, { customers: 10_000, seed: 13 }), 14);
    const fit = fitGammaGamma(groupSpend(customers));
    expect(fit.converged).toBe(true);
    expectRecovered(fit, SPEND);
  });

  it("the simulators are deterministic for a seed", () => {
    const a = simulateBgNbd(BGNBD, { customers: 200, seed: 5 });
    expect(simulateBgNbd(BGNBD, { customers: 200, seed: 5 })).toEqual(a);
    expect(simulateBgNbd(BGNBD, { customers: 200, seed: 6 })).not.toEqual(a);
  });
});
