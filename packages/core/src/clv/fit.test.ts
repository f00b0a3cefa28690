import { beforeAll, describe, expect, it } from "vitest";
import {
  bgnbdExpectedTransactions,
  bgnbdLogLikelihood,
  bgnbdLogLikelihoodOne,
  bgnbdPAlive,
} from "./bgnbd.ts";
import { fitBgNbd, fitGammaGamma, fitParetoNbd } from "./fit.ts";
import { gammaGammaLogLikelihood, gammaGammaLogLikelihoodOne } from "./gamma-gamma.ts";
import { groupRfm, groupSpend } from "./grouping.ts";
import { paretoNbdLogLikelihood, paretoNbdLogLikelihoodOne } from "./pareto-nbd.ts";
import type { SummaryResult } from "./summary.ts";
import { cdnowSummary, sameSignificant } from "./testing.ts";

// Published maximum-likelihood estimates on the CDNOW sample (shared/data/README.md).
const BGNBD = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const PARETO = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
const GAMMA_GAMMA = { p: 6.25, q: 3.74, gamma: 15.44 };

let cdnow: SummaryResult;
beforeAll(async () => {
  cdnow = await cdnowSummary();
});

function expectSameParams(got: Record<string, number>, published: Record<string, number>) {
  for (const [k, v] of Object.entries(published)) {
    expect({ k, ok: sameSignificant(got[k] as number, v, 3), got: got[k] }).toMatchObject({ k, ok: true });
  }
}

describe("CDNOW: the published fits", () => {
  it("BG/NBD: r=0.243, α=4.414, a=0.793, b=2.426, LL −9582.4", () => {
    const fit = fitBgNbd(groupRfm(cdnow.customers));
    expectSameParams(fit.params, BGNBD);
    expect(fit.logLikelihood).toBeCloseTo(-9582.4, 1);
    expect(fit.customers).toBe(2357);
    expect(fit.converged).toBe(true);
    // Standard errors exist and are a fraction of each estimate.
    for (const [k, v] of Object.entries(fit.params)) {
      const se = fit.standardErrors?.[k as keyof typeof fit.params] as number;
      expect(se).toBeGreaterThan(0);
      expect(se / v).toBeLessThan(0.5);
    }
  });

  it("Pareto/NBD: r=0.553, α=10.578, s=0.606, β=11.669, LL −9595.0", () => {
    const fit = fitParetoNbd(groupRfm(cdnow.customers));
    expectSameParams(fit.params, PARETO);
    expect(fit.logLikelihood).toBeCloseTo(-9595.0, 1);
    expect(fit.converged).toBe(true);
  });

  it("Gamma-Gamma: p=6.25, q=3.74, γ=15.44 on the 946 repeat buyers", () => {
    const rows = groupSpend(cdnow.customers);
    const fit = fitGammaGamma(rows);
    expect(fit.customers).toBe(946);
    expectSameParams(fit.params, GAMMA_GAMMA);
    expect(fit.converged).toBe(true);
  });

  it("the worked example: x=2, t_x=30.43, T=38.86 → 1.226 transactions in 39 weeks, P(alive) 0.727", () => {
    const c = { x: 2, tx: 30.43, T: 38.86 };
    expect(bgnbdExpectedTransactions(BGNBD, c, 39)).toBeCloseTo(1.226, 3);
    expect(bgnbdPAlive(BGNBD, c)).toBeCloseTo(0.727, 3);
  });
});

describe("grouping", () => {
  it("gives the same log-likelihood as one row per customer, for every model", () => {
    const { customers } = cdnow;
    const rows = groupRfm(customers);
    expect(rows.length).toBeLessThan(customers.length / 2);
    expect(rows.reduce((s, r) => s + r.weight, 0)).toBe(customers.length);
    const one = (c: { x: number; tx: number; T: number }) => ({ ...c, weight: 1 });
    const bg = customers.reduce((s, c) => s + bgnbdLogLikelihoodOne(BGNBD, c.x, c.tx, c.T), 0);
    expect(bgnbdLogLikelihood(BGNBD, rows)).toBeCloseTo(bg, 6);
    expect(bgnbdLogLikelihood(BGNBD, customers.map(one))).toBeCloseTo(bg, 6);
    const pn = customers.reduce((s, c) => s + paretoNbdLogLikelihoodOne(PARETO, c.x, c.tx, c.T), 0);
    expect(paretoNbdLogLikelihood(PARETO, rows)).toBeCloseTo(pn, 6);
    const buyers = customers.filter((c) => c.x > 0);
    const gg = buyers.reduce((s, c) => s + gammaGammaLogLikelihoodOne(GAMMA_GAMMA, c.x, c.monetary), 0);
    expect(gammaGammaLogLikelihood(GAMMA_GAMMA, groupSpend(customers))).toBeCloseTo(gg, 6);
  });
});

describe("fitting", () => {
  it("the L2 penalty pulls the log-parameters toward 0 and lowers the unpenalised likelihood", () => {
    const rows = groupRfm(cdnow.customers);
    const plain = fitBgNbd(rows);
    const penalised = fitBgNbd(rows, { penalty: 50 });
    const norm = (v: number[]) => v.reduce((s, x) => s + x * x, 0);
    expect(norm(penalised.logParams)).toBeLessThan(norm(plain.logParams));
    expect(penalised.logLikelihood).toBeLessThan(plain.logLikelihood);
    expect(penalised.penalty).toBe(50);
  });

  it("finds the same optimum from each default starting point", () => {
    const rows = groupRfm(cdnow.customers);
    for (const start of [
      [1, 1, 1, 1],
      [2, 30, 2, 5],
      [0.1, 0.5, 3, 0.5],
    ]) {
      expect(fitBgNbd(rows, { starts: [start] }).logLikelihood).toBeCloseTo(-9582.43, 1);
    }
  });
});
