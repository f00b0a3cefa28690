/**
 * Maximum-likelihood fits of BG/NBD, Pareto/NBD and Gamma-Gamma on grouped rows. Parameters are
 * optimised as logarithms (so they stay positive), from several starting points (the best
 * optimum wins), with an optional L2 penalty λ·Σ(ln θ)² for small shops. Standard errors come
 * from the finite-difference Hessian of the minimised objective in log space, carried to the
 * original scale by the delta method: SE(θ) = θ·SE(ln θ).
 */
import { type BgNbdParams, bgnbdLogLikelihood } from "./bgnbd.ts";
import { type GammaGammaParams, gammaGammaLogLikelihood } from "./gamma-gamma.ts";
import { type RfmRow, type SpendRow, totalWeight } from "./grouping.ts";
import { invertSpd } from "./linalg.ts";
import { minimize, numericalHessian } from "./optimize.ts";
import { type ParetoNbdParams, paretoNbdLogLikelihood } from "./pareto-nbd.ts";

/** The models laoke fits. */
export type ModelName = "bgnbd" | "pareto-nbd" | "gamma-gamma";

/** Parameter names in output order, per model. */
export const PARAM_NAMES = {
  bgnbd: ["r", "alpha", "a", "b"],
  "pareto-nbd": ["r", "alpha", "s", "beta"],
  "gamma-gamma": ["p", "q", "gamma"],
} as const satisfies Record<ModelName, readonly string[]>;

/** How to fit. */
export interface FitOptions {
  /** L2 penalty coefficient λ on the log-parameters (0, the default, is plain maximum likelihood). */
  penalty?: number;
  /** Starting points on the original scale; default: three spread over plausible values. */
  starts?: readonly (readonly number[])[];
  maxIterations?: number;
}

/** The model a parameter set belongs to (ModelName when it cannot tell). */
export type ModelOf<P> = P extends GammaGammaParams
  ? "gamma-gamma"
  : P extends BgNbdParams
    ? "bgnbd"
    : P extends ParetoNbdParams
      ? "pareto-nbd"
      : ModelName;

/** A fitted model. */
export interface FitResult<P> {
  model: ModelOf<P>;
  params: P;
  /** Log-likelihood at the optimum, without the penalty. */
  logLikelihood: number;
  /** Customers the fit saw (Σ row weights). */
  customers: number;
  /** Delta-method standard errors; undefined when the Hessian is not positive definite. */
  standardErrors: P | undefined;
  converged: boolean;
  iterations: number;
  message: string;
  penalty: number;
  /** Covariance of the log-parameters (inverse Hessian), used for prediction intervals. */
  logCovariance: number[][] | undefined;
  /** Log-parameters at the optimum, in PARAM_NAMES order. */
  logParams: number[];
}

type Named<K extends string> = Record<K, number>;

function named<K extends string>(names: readonly K[], values: readonly number[]): Named<K> {
  return Object.fromEntries(names.map((n, i) => [n, values[i] as number])) as Named<K>;
}

/** BFGS iterations each starting point gets before the most promising one is run to convergence. */
const PILOT_ITERATIONS = 12;

/** The shared engine: maximise ll(θ) over ln θ from each start, keep the best, add SEs. */
function fitLogScale<K extends string>(
  model: ModelName,
  names: readonly K[],
  ll: (theta: Named<K>) => number,
  starts: readonly (readonly number[])[],
  customers: number,
  options: FitOptions,
): FitResult<Named<K>> {
  const penalty = options.penalty ?? 0;
  // The optimiser minimises the objective per customer: its first BFGS step (identity inverse
  // Hessian) then has a sane length whatever the shop size. The Hessian uses the total.
  const perCustomer = 1 / Math.max(1, customers);
  const objective = (phi: number[]) => {
    let p = 0;
    for (const v of phi) p += v * v;
    return (
      -ll(
        named(
          names,
          phi.map((v) => Math.exp(v)),
        ),
      ) +
      penalty * p
    );
  };
  // With several starts, each runs a few pilot iterations and only the best is run to
  // convergence: the starts are there to avoid a poor basin, and a full run from each tripled the
  // cost of a shop's nightly fit.
  const scaled = (phi: number[]) => objective(phi) * perCustomer;
  let pilot: ReturnType<typeof minimize> | undefined;
  for (const start of starts) {
    const phi0 = start.map((v) => Math.log(v));
    if (!Number.isFinite(objective(phi0))) continue;
    const run = minimize(scaled, phi0, {
      maxIterations: starts.length > 1 ? PILOT_ITERATIONS : options.maxIterations,
    });
    if (!pilot || run.fx < pilot.fx) pilot = run;
  }
  if (!pilot) throw new Error(`${model}: the likelihood is not finite at any starting point`);
  const best =
    starts.length > 1 && !pilot.converged
      ? minimize(scaled, pilot.x, { maxIterations: options.maxIterations })
      : pilot;
  const hessian = numericalHessian(objective, best.x);
  const logCovariance = invertSpd(hessian);
  const params = best.x.map((v) => Math.exp(v));
  const standardErrors = logCovariance
    ? named(
        names,
        params.map((p, i) => p * Math.sqrt((logCovariance[i] as number[])[i] as number)),
      )
    : undefined;
  const namedParams = named(names, params);
  return {
    model: model as ModelOf<Named<K>>,
    params: namedParams,
    logLikelihood: ll(namedParams),
    customers,
    standardErrors,
    converged: best.converged && logCovariance !== undefined,
    iterations: best.iterations,
    message: best.message,
    penalty,
    logCovariance,
    logParams: best.x,
  };
}

/** Mean of T over the rows: the time scale that the default starting points follow. */
function meanAge(rows: readonly RfmRow[]): number {
  let sum = 0;
  for (const r of rows) sum += r.weight * r.T;
  return Math.max(1, sum / Math.max(1, totalWeight(rows)));
}

/** Fit BG/NBD to grouped (x, t_x, T) rows. */
export function fitBgNbd(rows: readonly RfmRow[], options: FitOptions = {}): FitResult<BgNbdParams> {
  const scale = meanAge(rows);
  const starts = options.starts ?? [
    [1, 1, 1, 1],
    [0.5, scale / 5, 0.5, 2],
    [2, scale, 2, 5],
  ];
  return fitLogScale(
    "bgnbd",
    PARAM_NAMES.bgnbd,
    (p) => bgnbdLogLikelihood(p, rows),
    starts,
    totalWeight(rows),
    options,
  );
}

/** Fit Pareto/NBD to grouped (x, t_x, T) rows. */
export function fitParetoNbd(rows: readonly RfmRow[], options: FitOptions = {}): FitResult<ParetoNbdParams> {
  const scale = meanAge(rows);
  const starts = options.starts ?? [
    [1, 1, 1, 1],
    [0.5, scale / 4, 0.5, scale / 4],
    [2, scale, 2, scale],
  ];
  return fitLogScale(
    "pareto-nbd",
    PARAM_NAMES["pareto-nbd"],
    (p) => paretoNbdLogLikelihood(p, rows),
    starts,
    totalWeight(rows),
    options,
  );
}

/** Fit Gamma-Gamma to grouped (x, m) rows of repeat buyers. */
export function fitGammaGamma(
  rows: readonly SpendRow[],
  options: FitOptions = {},
): FitResult<GammaGammaParams> {
  let sum = 0;
  for (const r of rows) sum += r.weight * r.m;
  const meanSpend = sum / Math.max(1, totalWeight(rows));
  const starts = options.starts ?? [
    [1, 1, 1],
    [2, 2, meanSpend / 2],
    [6, 4, meanSpend],
  ];
  return fitLogScale(
    "gamma-gamma",
    PARAM_NAMES["gamma-gamma"],
    (p) => gammaGammaLogLikelihood(p, rows),
    starts,
    totalWeight(rows),
    options,
  );
}
