/**
 * Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV: Using Iso-Value Curves";
 * Fader & Hardie, "The Gamma-Gamma Model of Monetary Value"): a customer's transaction values are
 * Gamma(p, ν) with ν ~ Gamma(q, γ), independent of how often they buy. Fitted on repeat buyers'
 * mean repeat-transaction value m over x transactions.
 */
import type { SpendRow } from "./grouping.ts";
import { gammaln } from "./special.ts";

/** Gamma-Gamma parameters. */
export type GammaGammaParams = {
  p: number;
  q: number;
  gamma: number;
};

/** ln L for one customer with x transactions of mean value m. */
export function gammaGammaLogLikelihoodOne(params: GammaGammaParams, x: number, m: number): number {
  const { p, q, gamma } = params;
  const px = p * x;
  return (
    gammaln(px + q) -
    gammaln(px) -
    gammaln(q) +
    q * Math.log(gamma) +
    (px - 1) * Math.log(m) +
    px * Math.log(x) -
    (px + q) * Math.log(gamma + m * x)
  );
}

/** Σ weight × ln L over grouped rows. */
export function gammaGammaLogLikelihood(params: GammaGammaParams, rows: readonly SpendRow[]): number {
  let ll = 0;
  for (const row of rows) ll += row.weight * gammaGammaLogLikelihoodOne(params, row.x, row.m);
  return ll;
}

/**
 * E[Z | x, m]: the expected value of a customer's future transaction, a weighted average of the
 * population mean pγ/(q−1) and the customer's own mean m (weight px/(px+q−1)). For x = 0 it is
 * the population mean. Requires q > 1.
 */
export function gammaGammaExpectedSpend(params: GammaGammaParams, x: number, m: number): number {
  const { p, q, gamma } = params;
  return (p * (gamma + m * x)) / (p * x + q - 1);
}
