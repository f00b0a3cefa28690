/**
 * Per-customer predictions from a fitted purchase model (BG/NBD or Pareto/NBD), point estimates.
 * Formulas are in docs/clv.md; time is in weeks.
 */
import {
  type BgNbdParams,
  bgnbdExpectedCumulative,
  bgnbdExpectedTransactions,
  bgnbdPAlive,
} from "./bgnbd.ts";
import type { Rfm } from "./grouping.ts";
import {
  type ParetoNbdParams,
  paretoNbdExpectedCumulative,
  paretoNbdExpectedTransactions,
  paretoNbdPAlive,
} from "./pareto-nbd.ts";

/** A purchase model with its parameters. */
export type PurchaseModel =
  | { model: "bgnbd"; params: BgNbdParams }
  | { model: "pareto-nbd"; params: ParetoNbdParams };

/** P(the customer is still alive at the calibration end). */
export function pAlive(m: PurchaseModel, c: Rfm): number {
  return m.model === "bgnbd" ? bgnbdPAlive(m.params, c) : paretoNbdPAlive(m.params, c);
}

/** Expected transactions in the next t weeks, given the customer's history. */
export function expectedTransactions(m: PurchaseModel, c: Rfm, t: number): number {
  return m.model === "bgnbd"
    ? bgnbdExpectedTransactions(m.params, c, t)
    : paretoNbdExpectedTransactions(m.params, c, t);
}

/** Expected repeat transactions of a new customer in the t weeks after the first purchase. */
export function expectedCumulative(m: PurchaseModel, t: number): number {
  return m.model === "bgnbd"
    ? bgnbdExpectedCumulative(m.params, t)
    : paretoNbdExpectedCumulative(m.params, t);
}

/**
 * Median weeks from the calibration end to the next purchase, for a customer who is alive and
 * stays alive. In both models that customer's rate has the posterior Gamma(r + x, α + T), so the
 * wait is Lomax-distributed with survival ((α+T)/(α+T+w))^(r+x); its median is
 * (α+T)(2^(1/(r+x)) − 1). The median, not the mean: the mean is infinite when r + x ≤ 1.
 */
export function medianWeeksToNextPurchase(m: PurchaseModel, c: Rfm): number {
  const { r, alpha } = m.params;
  return (alpha + c.T) * (2 ** (1 / (r + c.x)) - 1);
}

/** How to discount future transactions. */
export interface DiscountOptions {
  horizonWeeks: number;
  /** Yearly discount rate, e.g. 0.1 for 10 % (default 0). */
  annualDiscountRate?: number;
  /** Width of the discounting steps in weeks (default one month, 52.1775 / 12). */
  stepWeeks?: number;
}

const WEEKS_PER_YEAR = 52.1775;

/**
 * Σ_k [E(t_k) − E(t_{k−1})] / (1 + d)^(t_k / 52.1775) over steps t_k up to the horizon, for any
 * cumulative expectation E: each step's expected transactions discounted from the step's end.
 */
export function discountedSum(expected: (t: number) => number, options: DiscountOptions): number {
  const step = options.stepWeeks ?? WEEKS_PER_YEAR / 12;
  const yearly = Math.log1p(options.annualDiscountRate ?? 0);
  let total = 0;
  let before = 0;
  for (let t = 0; t < options.horizonWeeks - 1e-9; ) {
    t = Math.min(options.horizonWeeks, t + step);
    const now = expected(t);
    total += (now - before) * Math.exp((-yearly * t) / WEEKS_PER_YEAR);
    before = now;
  }
  return total;
}

/** The customer's discounted expected transactions over the horizon (CLV = this × expected spend). */
export function discountedExpectedTransactions(m: PurchaseModel, c: Rfm, options: DiscountOptions): number {
  return discountedSum((t) => expectedTransactions(m, c, t), options);
}
