/**
 * Special functions in log space for the customer-base models: log-gamma and log-beta from
 * @stdlib (Cephes-grade accuracy), log-sum/diff-exp, and a hand-written Gauss hypergeometric
 * 2F1 returning log|2F1| and its sign. @stdlib's hyp2f1 was measured 2% off where c−a−b is an
 * integer and z is near 1 (the Pareto/NBD likelihood at s = 1), see docs/decisions/0004-clv-models.md.
 */
import betalnImpl from "@stdlib/math-base-special-betaln";
import gammalnImpl from "@stdlib/math-base-special-gammaln";

/** ln|Γ(x)|. */
export const gammaln: (x: number) => number = gammalnImpl;

/** ln B(a, b) for a, b > 0. */
export const betaln: (a: number, b: number) => number = betalnImpl;

/** ln(e^a + e^b) without overflow. */
export function logAddExp(a: number, b: number): number {
  if (a === Number.NEGATIVE_INFINITY) return b;
  if (b === Number.NEGATIVE_INFINITY) return a;
  return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

/** ln(e^a − e^b) for a ≥ b (−∞ when equal). */
export function logSubExp(a: number, b: number): number {
  if (b === Number.NEGATIVE_INFINITY) return a;
  if (b > a) return Number.NaN;
  // log(1 − e^d) for d ≤ 0: expm1 near 0, log1p of −e^d far from it (Mächler 2012).
  const d = b - a;
  return a + (d > -Math.LN2 ? Math.log(-Math.expm1(d)) : Math.log1p(-Math.exp(d)));
}

/** A real number as ln|v| and its sign (0 for v = 0). */
export interface SignedLog {
  log: number;
  sign: -1 | 0 | 1;
}

/** Γ(x)'s sign: positive for x > 0, alternating between the poles for x < 0. */
function gammaSign(x: number): -1 | 1 {
  if (x > 0) return 1;
  return Math.floor(-x) % 2 === 0 ? -1 : 1;
}

/** True when x is 0, −1, −2, … (where Γ has a pole and 1/Γ vanishes). */
function isNonPositiveInteger(x: number): boolean {
  return x <= 0 && Number.isInteger(x);
}

const SCALE = 1e200;
const LOG_SCALE = Math.log(SCALE);
const MAX_TERMS = 200_000;

/**
 * Index of the largest term of the series (where |(a+n)(b+n)z| falls below |(c+n)(n+1)|): the
 * larger root of (1−z)n² + (c+1−(a+b)z)n + c − abz = 0, or 0 when terms shrink from the start.
 */
function peakTerm(a: number, b: number, c: number, z: number): number {
  const A = 1 - Math.abs(z);
  const B = c + 1 - (a + b) * Math.abs(z);
  const C = c - a * b * Math.abs(z);
  const disc = B * B - 4 * A * C;
  return disc < 0 ? 0 : Math.max(0, (-B + Math.sqrt(disc)) / (2 * A));
}

/**
 * The power series Σ (a)_n (b)_n / ((c)_n n!) z^n for |z| < 1, summed with a running scale so
 * that huge terms (large a, b) never overflow. Terms may change sign when a, b or c is negative.
 */
export function hyp2f1Series(a: number, b: number, c: number, z: number): SignedLog {
  // An optimiser's wild trial point (say r = 1e10) would need billions of terms: give up at once.
  if (peakTerm(a, b, c, z) > MAX_TERMS / 2) return { log: Number.NaN, sign: 0 };
  let logScale = 0;
  let sum = 1;
  let term = 1;
  for (let n = 0; n < MAX_TERMS; n++) {
    const ratio = (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    term *= ratio;
    sum += term;
    if (Math.abs(sum) > SCALE) {
      sum /= SCALE;
      term /= SCALE;
      logScale += LOG_SCALE;
    }
    // Stop once terms are tiny *and* shrinking (before the hump of large a·b they may still grow).
    if (term === 0 || (Math.abs(term) < 1e-17 * Math.abs(sum) && Math.abs(ratio) < 1)) {
      return toSigned(sum, logScale);
    }
  }
  return { log: Number.NaN, sign: 0 };
}

function toSigned(v: number, logScale: number): SignedLog {
  if (v === 0) return { log: Number.NEGATIVE_INFINITY, sign: 0 };
  return { log: Math.log(Math.abs(v)) + logScale, sign: v > 0 ? 1 : -1 };
}

/** (a) + (b) in signed-log form. */
function addSigned(x: SignedLog, y: SignedLog): SignedLog {
  if (x.sign === 0) return y;
  if (y.sign === 0) return x;
  if (x.sign === y.sign) return { log: logAddExp(x.log, y.log), sign: x.sign };
  const [big, small] = x.log >= y.log ? [x, y] : [y, x];
  if (big.log === small.log) return { log: Number.NEGATIVE_INFINITY, sign: 0 };
  return { log: logSubExp(big.log, small.log), sign: big.sign };
}

/** Γ(num₁)Γ(num₂)/(Γ(den₁)Γ(den₂)) in signed-log form; 0 when a denominator sits on a pole. */
function gammaRatio(num: [number, number], den: [number, number]): SignedLog {
  if (den.some(isNonPositiveInteger)) return { log: Number.NEGATIVE_INFINITY, sign: 0 };
  let log = 0;
  let sign = 1;
  for (const v of num) {
    log += gammaln(v);
    sign *= gammaSign(v);
  }
  for (const v of den) {
    log -= gammaln(v);
    sign *= gammaSign(v);
  }
  return { log, sign: sign > 0 ? 1 : -1 };
}

/**
 * Abramowitz & Stegun 15.3.6: 2F1 at z near 1 from two series in 1 − z, which converge fast.
 * Each coefficient has Γ(±(c−a−b)), so it is singular at integer c−a−b; callers avoid that.
 */
function connectionAtOne(a: number, b: number, c: number, z: number): SignedLog {
  const m = c - a - b;
  const w = 1 - z;
  const first = gammaRatio([c, m], [c - a, c - b]);
  const second = gammaRatio([c, -m], [a, b]);
  const s1 = first.sign === 0 ? first : hyp2f1Series(a, b, 1 - m, w);
  const s2 = second.sign === 0 ? second : hyp2f1Series(c - a, c - b, 1 + m, w);
  const t1: SignedLog = { log: first.log + s1.log, sign: (first.sign * s1.sign) as SignedLog["sign"] };
  const t2: SignedLog = {
    log: second.log + s2.log + m * Math.log(w),
    sign: (second.sign * s2.sign) as SignedLog["sign"],
  };
  return addSigned(t1, t2);
}

// Past this z the direct series needs more than ~2,000 terms; the 1 − z form takes over.
const SERIES_MAX_Z = 0.98;
// Near-integer c−a−b: the two connection terms cancel catastrophically, so evaluate at c ± δ and
// c ± 2δ and extrapolate (Richardson: error O(δ⁴ ln⁴(1−z)), cancellation error ≈ 1e-16/δ).
const INTEGER_GAP = 2.5e-4;
const SHIFT = 5e-4;

/** 2F1 near z = 1 with c−a−b within INTEGER_GAP of an integer. */
function connectionNearInteger(a: number, b: number, c: number, z: number): SignedLog {
  const at = (k: number) => connectionAtOne(a, b, c + k * SHIFT, z);
  const values = [at(1), at(-1), at(2), at(-2)];
  // All four are close to the result: combine them linearly relative to one reference scale.
  const ref = values[0]?.log ?? 0;
  const [p1, m1, p2, m2] = values.map((v) => v.sign * Math.exp(v.log - ref)) as [
    number,
    number,
    number,
    number,
  ];
  return toSigned((4 * (p1 + m1) - (p2 + m2)) / 6, ref);
}

/**
 * ln|2F1(a, b; c; z)| and its sign, for real a, b, c (c not a non-positive integer) and z < 1.
 * z < 0 goes through Pfaff's transformation to z/(z−1) ∈ (0, 1); z > 0.98 through the
 * connection formula in 1 − z.
 */
export function logHyp2f1(a: number, b: number, c: number, z: number): SignedLog {
  if (!(z < 1) || isNonPositiveInteger(c)) return { log: Number.NaN, sign: 0 };
  if (z === 0) return { log: 0, sign: 1 };
  if (z < 0) {
    // Pfaff: 2F1(a,b;c;z) = (1−z)^(−a) 2F1(a, c−b; c; z/(z−1)).
    const inner = logHyp2f1(a, c - b, c, z / (z - 1));
    return { log: inner.log - a * Math.log1p(-z), sign: inner.sign };
  }
  if (z <= SERIES_MAX_Z) return hyp2f1Series(a, b, c, z);
  const m = c - a - b;
  return Math.abs(m - Math.round(m)) >= INTEGER_GAP
    ? connectionAtOne(a, b, c, z)
    : connectionNearInteger(a, b, c, z);
}

/** ln 2F1(a, b; c; z) where the value is known to be positive (NaN otherwise). */
export function logHyp2f1Positive(a: number, b: number, c: number, z: number): number {
  const v = logHyp2f1(a, b, c, z);
  return v.sign === 1 ? v.log : Number.NaN;
}
