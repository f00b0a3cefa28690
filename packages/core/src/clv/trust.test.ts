import { describe, expect, it } from "vitest";
import { fitBgNbd, fitGammaGamma } from "./fit.ts";
import { groupRfm, groupSpend } from "./grouping.ts";
import { simulateBgNbd, simulateSpend } from "./simulate.ts";
import { assessFit, fallbackPredictions } from "./trust.ts";

const BGNBD = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

describe("assessFit", () => {
  it("trusts a fit on thousands of customers", () => {
    const customers = simulateBgNbd(BGNBD, { customers: 3000, seed: 1 });
    const v = assessFit(fitBgNbd(groupRfm(customers)), customers);
    expect(v).toMatchObject({ trustworthy: true, reason: "ok", customers: 3000 });
    expect(v.maxRelativeStandardError).toBeLessThan(1);
  });

  it("names the first failing check", () => {
    const tiny = simulateBgNbd(BGNBD, { customers: 60, seed: 2 });
    expect(assessFit(fitBgNbd(groupRfm(tiny)), tiny).reason).toBe("too_few_customers");
    // Plenty of customers but only three weeks of history.
    const young = simulateBgNbd(BGNBD, {
      customers: 2000,
      seed: 3,
      acquisitionWeeks: 1,
      calibrationWeeks: 3,
    });
    expect(assessFit(fitBgNbd(groupRfm(young)), young).reason).toMatch(
      /too_few_repeat_buyers|history_too_short/,
    );
    const someRepeat = simulateBgNbd(BGNBD, { customers: 400, seed: 4 });
    const fit = fitBgNbd(groupRfm(someRepeat));
    expect(assessFit(fit, someRepeat, { minRepeatBuyers: 10_000 }).reason).toBe("too_few_repeat_buyers");
    expect(assessFit({ ...fit, converged: false }, someRepeat).reason).toBe("not_converged");
    expect(assessFit(fit, someRepeat, { maxRelativeStandardError: 0.01 }).reason).toBe("unstable_estimates");
  });

  it("judges Gamma-Gamma on repeat buyers only", () => {
    const customers = simulateSpend(
      { p: 6, q: 4, gamma: 15 },
      simulateBgNbd(BGNBD, { customers: 3000, seed: 5 }),
      6,
    );
    const buyers = customers.filter((c) => c.x > 0);
    expect(assessFit(fitGammaGamma(groupSpend(customers)), buyers).reason).toBe("ok");
  });
});

describe("fallbackPredictions", () => {
  it("uses the shop's repeat rate Σx/ΣT and each customer's own average order value", () => {
    const customers = [
      { customerId: "a", x: 3, T: 20, averageValue: 50 },
      { customerId: "b", x: 1, T: 20, averageValue: 10 },
    ];
    const out = fallbackPredictions(customers, { horizonWeeks: 10 });
    // rate = 4 / 40 = 0.1 per week: 1 transaction in 10 weeks, worth the customer's AOV.
    expect(out).toEqual([
      { customerId: "a", expectedTransactions: 1, clv: 50 },
      { customerId: "b", expectedTransactions: 1, clv: 10 },
    ]);
    const discounted = fallbackPredictions(customers, { horizonWeeks: 52.1775, annualDiscountRate: 0.1 });
    expect(discounted[0]?.clv).toBeLessThan(0.1 * 52.1775 * 50);
    expect(discounted[0]?.clv).toBeGreaterThan((0.1 * 52.1775 * 50) / 1.1);
  });
});
