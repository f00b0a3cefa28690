/**
 * The binomial test behind timing inferences: with a shop whose customers buy on payday in 22% of
 * their purchase days, how many of n purchase days must fall on payday before chance (p < α)
 * stops explaining it? One table per base rate, computed once per refresh.
 */

/** Smallest k with P(X ≥ k) ≤ alpha for X ~ Binomial(n, p), for n = 1…maxN (index n - 1); n + 1 when none. */
export function minimumSuccesses(p: number, alpha: number, maxN = 500): number[] {
  const out: number[] = [];
  const rate = Math.min(Math.max(p, 1e-9), 1 - 1e-9);
  for (let n = 1; n <= maxN; n++) {
    // Walk the upper tail from k = n down, in log space (n up to 500 underflows plain products).
    let tail = 0;
    let k = n + 1;
    for (let j = n; j >= 0; j--) {
      const next = tail + Math.exp(logChoose(n, j) + j * Math.log(rate) + (n - j) * Math.log(1 - rate));
      if (next > alpha) break;
      tail = next;
      k = j;
    }
    out.push(k);
  }
  return out;
}

const logFactorials: number[] = [0];
function logFactorial(n: number): number {
  for (let i = logFactorials.length; i <= n; i++)
    logFactorials[i] = (logFactorials[i - 1] as number) + Math.log(i);
  return logFactorials[n] as number;
}

function logChoose(n: number, k: number): number {
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}
