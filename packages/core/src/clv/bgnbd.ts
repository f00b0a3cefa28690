/**
 * BG/NBD (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way"): while alive a
 * customer buys at Poisson rate λ ~ Gamma(r, α); after each repeat purchase they drop out with
 * probability p ~ Beta(a, b). Equation numbers refer to that paper; time is in weeks.
 */
import type { Rfm, RfmRow } from "./grouping.ts";
import { betaln, gammaln, logAddExp, logHyp2f1 } from "./special.ts";

/** BG/NBD parameters. */
export type BgNbdParams = {
  r: number;
  alpha: number;
  a: number;
  b: number;
};

/** The parts of ln L that depend on x only, computed once per distinct x in a likelihood pass. */
interface XTerms {
  /** ln Γ(r+x) − ln Γ(r) + r ln α − ln B(a, b) */
  common: number;
  /** ln B(a, b+x) */
  stays: number;
  /** ln B(a+1, b+x−1), for x > 0 */
  leaves: number;
}

function xTerms(p: BgNbdParams, x: number): XTerms {
  const { r, alpha, a, b } = p;
  return {
    common: gammaln(r + x) - gammaln(r) + r * Math.log(alpha) - betaln(a, b),
    stays: betaln(a, b + x),
    leaves: x > 0 ? betaln(a + 1, b + x - 1) : Number.NEGATIVE_INFINITY,
  };
}

function logLikelihoodWith(p: BgNbdParams, k: XTerms, x: number, tx: number, T: number): number {
  const stays = k.stays - (p.r + x) * Math.log(p.alpha + T);
  if (x === 0) return k.common + stays;
  return k.common + logAddExp(stays, k.leaves - (p.r + x) * Math.log(p.alpha + tx));
}

/** ln L for one customer (eq. 6, in log space). */
export function bgnbdLogLikelihoodOne(p: BgNbdParams, x: number, tx: number, T: number): number {
  return logLikelihoodWith(p, xTerms(p, x), x, tx, T);
}

/** Σ weight × ln L over grouped rows (special functions evaluated once per distinct x). */
export function bgnbdLogLikelihood(p: BgNbdParams, rows: readonly RfmRow[]): number {
  const cache = new Map<number, XTerms>();
  let ll = 0;
  for (const row of rows) {
    let k = cache.get(row.x);
    if (!k) {
      k = xTerms(p, row.x);
      cache.set(row.x, k);
    }
    ll += row.weight * logLikelihoodWith(p, k, row.x, row.tx, row.T);
  }
  return ll;
}

/** P(alive at T | x, t_x, T) (eq. 11). */
export function bgnbdPAlive(p: BgNbdParams, c: Rfm): number {
  if (c.x === 0) return 1;
  const { r, alpha, a, b } = p;
  const logOdds = Math.log(a / (b + c.x - 1)) + (r + c.x) * (Math.log(alpha + c.T) - Math.log(alpha + c.tx));
  return 1 / (1 + Math.exp(logOdds));
}

/** E[Y(t) | x, t_x, T]: expected transactions in the next t weeks (eq. 10). */
export function bgnbdExpectedTransactions(p: BgNbdParams, c: Rfm, t: number): number {
  if (t <= 0) return 0;
  const { r, alpha, a, b } = p;
  const { x, tx, T } = c;
  const h = logHyp2f1(r + x, b + x, a + b + x - 1, t / (alpha + T + t));
  const lead = (r + x) * (Math.log(alpha + T) - Math.log(alpha + T + t));
  // 1 − ((α+T)/(α+T+t))^(r+x)·2F1(…), without cancellation when the product is near 1.
  const bracket = -Math.expm1(lead + h.log) * (h.sign === 1 ? 1 : Number.NaN);
  const numerator = ((a + b + x - 1) / (a - 1)) * bracket;
  const denominator =
    x > 0 ? 1 + (a / (b + x - 1)) * Math.exp((r + x) * (Math.log(alpha + T) - Math.log(alpha + tx))) : 1;
  return numerator / denominator;
}

/** E[X(t)]: expected repeat transactions of one customer t weeks after the first purchase (eq. 9). */
export function bgnbdExpectedCumulative(p: BgNbdParams, t: number): number {
  if (t <= 0) return 0;
  const { r, alpha, a, b } = p;
  const h = logHyp2f1(r, b, a + b - 1, t / (alpha + t));
  const lead = r * (Math.log(alpha) - Math.log(alpha + t));
  return ((a + b - 1) / (a - 1)) * -Math.expm1(lead + h.log) * (h.sign === 1 ? 1 : Number.NaN);
}
