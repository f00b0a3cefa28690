import { beforeAll, describe, expect, it } from "vitest";
import type { BgNbdParams } from "./bgnbd.ts";
import { type FitResult, fitBgNbd, fitGammaGamma, fitParetoNbd } from "./fit.ts";
import type { GammaGammaParams } from "./gamma-gamma.ts";
import { groupRfm, groupSpend } from "./grouping.ts";
import { predictCustomers, purchaseModelOf } from "./intervals.ts";
import { paretoNbdExpectedCumulative, paretoNbdExpectedTransactions } from "./pareto-nbd.ts";
import {
  discountedExpectedTransactions,
  expectedCumulative,
  expectedTransactions,
  medianWeeksToNextPurchase,
  pAlive,
} from "./predict.ts";
import type { SummaryResult } from "./summary.ts";
import { cdnowSummary } from "./testing.ts";

let cdnow: SummaryResult;
let bg: FitResult<BgNbdParams>;
let gg: FitResult<GammaGammaParams>;
beforeAll(async () => {
  cdnow = await cdnowSummary();
  bg = fitBgNbd(groupRfm(cdnow.customers));
  gg = fitGammaGamma(groupSpend(cdnow.customers));
});

describe("point predictions", () => {
  it("behave as the models say: more recent buyers are likelier alive and buy more", () => {
    const m = purchaseModelOf(bg);
    const recent = { x: 3, tx: 38, T: 39 };
    const lapsed = { x: 3, tx: 5, T: 39 };
    expect(pAlive(m, recent)).toBeGreaterThan(pAlive(m, lapsed));
    expect(expectedTransactions(m, recent, 52)).toBeGreaterThan(expectedTransactions(m, lapsed, 52));
    expect(pAlive(m, { x: 0, tx: 0, T: 39 })).toBe(1); // BG/NBD: no repeat, no chance to drop out yet
    // E[Y(t)] grows with t; the population curve starts at 0.
    expect(expectedTransactions(m, recent, 104)).toBeGreaterThan(expectedTransactions(m, recent, 52));
    expect(expectedCumulative(m, 0)).toBe(0);
  });

  it("median time to next purchase is the Lomax median: survival there is exactly 1/2", () => {
    const m = purchaseModelOf(bg);
    const c = { x: 2, tx: 30.43, T: 38.86 };
    const w = medianWeeksToNextPurchase(m, c);
    const { r, alpha } = bg.params;
    expect(((alpha + c.T) / (alpha + c.T + w)) ** (r + c.x)).toBeCloseTo(0.5, 12);
  });

  it("Pareto/NBD expectations are continuous through s = 1", () => {
    const base = { r: 0.5, alpha: 10, beta: 12 };
    const c = { x: 2, tx: 20, T: 39 };
    const at = (s: number) => paretoNbdExpectedTransactions({ ...base, s }, c, 39);
    expect(at(1)).toBeCloseTo((at(1 + 1e-6) + at(1 - 1e-6)) / 2, 6);
    expect(paretoNbdExpectedCumulative({ ...base, s: 1 }, 52)).toBeCloseTo(
      (0.5 / 10) * 12 * Math.log1p(52 / 12),
      12,
    );
  });

  it("CLV discounting: no discount gives E[Y(h)]; a discount lowers it", () => {
    const m = purchaseModelOf(bg);
    const c = { x: 4, tx: 30, T: 39 };
    const plain = discountedExpectedTransactions(m, c, { horizonWeeks: 52 });
    expect(plain).toBeCloseTo(expectedTransactions(m, c, 52), 10);
    const discounted = discountedExpectedTransactions(m, c, { horizonWeeks: 52, annualDiscountRate: 0.2 });
    expect(discounted).toBeLessThan(plain);
    expect(discounted).toBeGreaterThan(plain / 1.2);
  });
});

describe("predictCustomers", () => {
  it("gives intervals around the estimates, deterministically for a seed", () => {
    const some = cdnow.customers.slice(0, 40);
    const options = { horizonWeeks: 52, annualDiscountRate: 0.1, asOf: "1997-09-30", draws: 100, seed: 3 };
    const p = predictCustomers(bg, some, options, gg);
    expect(predictCustomers(bg, some, options, gg)).toEqual(p);
    for (const c of p) {
      for (const k of ["pAlive", "expectedTransactions", "expectedSpend", "clv"] as const) {
        const v = c[k];
        expect(v).toBeDefined();
        if (!v) continue;
        expect(v.lower).toBeLessThanOrEqual(v.upper);
        // The interval contains the estimate up to the draws' noise.
        expect(v.estimate).toBeGreaterThanOrEqual(v.lower * 0.98);
        expect(v.estimate).toBeLessThanOrEqual(v.upper * 1.02);
      }
      expect(c.nextPurchaseDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(c.nextPurchaseDate && c.nextPurchaseDate > "1997-09-30").toBe(true);
    }
    // A repeat buyer's interval has width (parameters are uncertain); CLV = discounted E[Y] × spend.
    const buyer = p.find((c) => cdnow.customers.find((s) => s.customerId === c.customerId)?.x === 3);
    expect(buyer?.clv && buyer.clv.upper - buyer.clv.lower).toBeGreaterThan(0);
    const s = cdnow.customers.find((c) => c.customerId === buyer?.customerId);
    if (!s || !buyer?.clv || !buyer.expectedSpend) throw new Error("no repeat buyer in the sample");
    const d = discountedExpectedTransactions(purchaseModelOf(bg), s, options);
    expect(buyer.clv.estimate).toBeCloseTo(d * buyer.expectedSpend.estimate, 8);
  });

  it("works with Pareto/NBD and without a spend model", () => {
    const pn = fitParetoNbd(groupRfm(cdnow.customers));
    const [first] = predictCustomers(pn, cdnow.customers.slice(0, 1), { horizonWeeks: 39, draws: 20 });
    expect(first?.clv).toBeUndefined();
    expect(first?.pAlive.estimate).toBeGreaterThan(0);
    expect(first?.pAlive.estimate).toBeLessThanOrEqual(1);
  });
});
