/**
 * Pareto/NBD (Schmittlein, Morrison & Colombo 1987): while alive a customer buys at Poisson rate
 * λ ~ Gamma(r, α) and stays alive an exponential lifetime with rate μ ~ Gamma(s, β). Likelihood
 * and P(alive) as in Fader & Hardie (2005), "A Note on Deriving the Pareto/NBD Model and Related
 * Expressions", eqs. (22) and (18), with the A₀ term's Gauss hypergeometric functions in log space.
 */
import type { Rfm, RfmRow } from "./grouping.ts";
import { gammaln, logAddExp, logHyp2f1Positive, logSubExp } from "./special.ts";

/** Pareto/NBD parameters. */
export type ParetoNbdParams = {
  r: number;
  alpha: number;
  s: number;
  beta: number;
};

/**
 * ln A₀ (eq. 22's bracketed difference), i.e. ln ∫_{t_x}^{T} (α+y)^−(r+x) (β+y)^−(s+1) dy·(r+s+x):
 * the hypergeometric argument |α−β|/(max(α,β)+t) stays in [0, 1) by taking the larger of α, β.
 */
function logA0(p: ParetoNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = p;
  const [big, b] = alpha >= beta ? [alpha, s + 1] : [beta, r + x];
  const gap = Math.abs(alpha - beta);
  const a = r + s + x;
  const at = (t: number) => logHyp2f1Positive(a, b, a + 1, gap / (big + t)) - a * Math.log(big + t);
  const early = at(tx);
  const late = at(T);
  // Equal at t_x = T; rounding must not turn that into a negative difference.
  return late >= early ? Number.NEGATIVE_INFINITY : logSubExp(early, late);
}

/** ln L for one customer. */
export function paretoNbdLogLikelihoodOne(p: ParetoNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, s, beta } = p;
  const common = gammaln(r + x) - gammaln(r) + r * Math.log(alpha) + s * Math.log(beta);
  const aliveAtT = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
  const diedBefore = Math.log(s / (r + s + x)) + logA0(p, x, tx, T);
  return common + logAddExp(aliveAtT, diedBefore);
}

/** Σ weight × ln L over grouped rows. */
export function paretoNbdLogLikelihood(p: ParetoNbdParams, rows: readonly RfmRow[]): number {
  let ll = 0;
  for (const row of rows) ll += row.weight * paretoNbdLogLikelihoodOne(p, row.x, row.tx, row.T);
  return ll;
}

/** P(alive at T | x, t_x, T). */
export function paretoNbdPAlive(p: ParetoNbdParams, c: Rfm): number {
  const { r, alpha, s, beta } = p;
  const logOdds =
    Math.log(s / (r + s + c.x)) +
    (r + c.x) * Math.log(alpha + c.T) +
    s * Math.log(beta + c.T) +
    logA0(p, c.x, c.tx, c.T);
  return 1 / (1 + Math.exp(logOdds));
}

/** [1 − (1+u)^−(s−1)] / (s−1), continuous through s = 1 (where it is ln(1+u)). */
function lomaxIntegral(s: number, u: number): number {
  const k = s - 1;
  const l = Math.log1p(u);
  return Math.abs(k) < 1e-10 ? l : -Math.expm1(-k * l) / k;
}

/** E[Y(t) | x, t_x, T]: expected transactions in the next t weeks. */
export function paretoNbdExpectedTransactions(p: ParetoNbdParams, c: Rfm, t: number): number {
  if (t <= 0) return 0;
  const { r, alpha, s, beta } = p;
  const rate = (r + c.x) / (alpha + c.T);
  return rate * (beta + c.T) * lomaxIntegral(s, t / (beta + c.T)) * paretoNbdPAlive(p, c);
}

/** E[X(t)]: expected repeat transactions of one customer t weeks after the first purchase. */
export function paretoNbdExpectedCumulative(p: ParetoNbdParams, t: number): number {
  if (t <= 0) return 0;
  const { r, alpha, s, beta } = p;
  return (r / alpha) * beta * lomaxIntegral(s, t / beta);
}
