/**
 * Unconstrained minimisation for the maximum-likelihood fits: BFGS with backtracking line search
 * from the `numeric` package (`uncmin`), fed central-difference gradients, plus the finite
 * difference Hessian used for standard errors. See docs/decisions/0004-clv-models.md for why.
 */
import numeric from "numeric";

/** Outcome of one minimisation. */
export interface MinimizeResult {
  x: number[];
  fx: number;
  iterations: number;
  /** The optimiser stopped on a small step with a near-zero gradient (not on an iteration cap). */
  converged: boolean;
  /** The optimiser's own stopping message. */
  message: string;
  gradientNorm: number;
}

const GRADIENT_STEP = 1e-5;

/** Central-difference gradient. */
export function numericalGradient(
  f: (x: number[]) => number,
  x: readonly number[],
  h = GRADIENT_STEP,
): number[] {
  return x.map((_, i) => {
    const up = [...x];
    const down = [...x];
    up[i] = (up[i] as number) + h;
    down[i] = (down[i] as number) - h;
    return (f(up) - f(down)) / (2 * h);
  });
}

/** Central-difference Hessian (symmetric by construction). */
export function numericalHessian(f: (x: number[]) => number, x: readonly number[], h = 1e-4): number[][] {
  const n = x.length;
  const at = (di: number, i: number, dj: number, j: number) => {
    const p = [...x];
    p[i] = (p[i] as number) + di * h;
    p[j] = (p[j] as number) + dj * h;
    return f(p);
  };
  const f0 = f([...x]);
  const H = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    const row = H[i] as number[];
    row[i] = (at(1, i, 1, i) - 2 * f0 + at(-1, i, -1, i)) / (4 * h * h);
    for (let j = 0; j < i; j++) {
      const v = (at(1, i, 1, j) - at(1, i, -1, j) - at(-1, i, 1, j) + at(-1, i, -1, j)) / (4 * h * h);
      row[j] = v;
      (H[j] as number[])[i] = v;
    }
  }
  return H;
}

/** Minimise f from x0; non-finite values are treated as +∞ so the line search backs off. */
export function minimize(
  f: (x: number[]) => number,
  x0: readonly number[],
  options: { maxIterations?: number; tolerance?: number } = {},
): MinimizeResult {
  const safe = (x: number[]) => {
    const v = f(x);
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  };
  const result = numeric.uncmin(
    safe,
    [...x0],
    options.tolerance ?? 1e-9,
    (x: number[]) => numericalGradient(safe, x),
    options.maxIterations ?? 500,
  );
  const x = result.solution as number[];
  const fx = result.f as number;
  const gradient = numericalGradient(safe, x);
  const gradientNorm = Math.sqrt(gradient.reduce((s, g) => s + g * g, 0));
  const message = String(result.message);
  // A small step is not enough (the line search also stops when stuck): the gradient must be
  // small relative to the objective's size too.
  const stoppedOnStep = message.includes("smaller than tol");
  const converged = Number.isFinite(fx) && stoppedOnStep && gradientNorm < 1e-4 * Math.max(1, Math.abs(fx));
  return { x, fx, iterations: result.iterations as number, converged, message, gradientNorm };
}
