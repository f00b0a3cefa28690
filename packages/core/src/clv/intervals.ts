/**
 * Per-customer predictions with intervals for parameter uncertainty: the log-parameters are
 * drawn from their asymptotic normal N(ln θ̂, H⁻¹) (H: Hessian of the fit's objective), each
 * prediction is recomputed per draw, and the interval is the draws' central `level` quantile
 * range. Seeded, so the same inputs give the same intervals. The intervals cover the estimation
 * error of the parameters only, not the randomness of the customer's own future purchases.
 */
import { SeededRng } from "../demo/index.ts";
import type { BgNbdParams } from "./bgnbd.ts";
import type { FitResult } from "./fit.ts";
import { type GammaGammaParams, gammaGammaExpectedSpend } from "./gamma-gamma.ts";
import type { Rfm } from "./grouping.ts";
import { cholesky } from "./linalg.ts";
import type { ParetoNbdParams } from "./pareto-nbd.ts";
import {
  type DiscountOptions,
  discountedExpectedTransactions,
  expectedTransactions,
  medianWeeksToNextPurchase,
  type PurchaseModel,
  pAlive,
} from "./predict.ts";
import { formatDay, parseDay } from "./summary.ts";

/** A point estimate and its interval. */
export interface Interval {
  estimate: number;
  lower: number;
  upper: number;
}

/** Everything predicted for one customer. */
export interface CustomerPrediction {
  customerId: string;
  pAlive: Interval;
  /** Expected transactions in the next `horizonWeeks`. */
  expectedTransactions: Interval;
  /** Median weeks to the next purchase if alive (see medianWeeksToNextPurchase). */
  medianWeeksToNextPurchase: Interval;
  /** `asOf` + the median wait, as YYYY-MM-DD (only when asOf was given). */
  nextPurchaseDate?: string;
  /** Expected value of a future transaction (with a spend fit). */
  expectedSpend?: Interval;
  /** Discounted expected transactions × expected spend over the horizon (with a spend fit). */
  clv?: Interval;
}

/** What to predict and how wide the intervals are. */
export interface PredictOptions extends DiscountOptions {
  /** Interval coverage, default 0.9 (5 % and 95 % quantiles). */
  level?: number;
  /** Parameter draws, default 200. */
  draws?: number;
  seed?: number;
  /** The calibration end date, YYYY-MM-DD, to turn the median wait into a date. */
  asOf?: string;
}

/** The customer statistics predictions read. */
export interface PredictionInput {
  customerId: string;
  x: number;
  tx: number;
  T: number;
  monetary: number;
}

/** Parameter vectors: the estimate first, then `draws` samples from N(ln θ̂, Σ). */
function parameterDraws(fit: FitResult<unknown>, draws: number, seed: number): number[][] {
  const out = [fit.logParams.map((v) => Math.exp(v))];
  const L = fit.logCovariance ? cholesky(fit.logCovariance) : undefined;
  if (!L) return out;
  const rng = new SeededRng(seed, 2);
  for (let k = 0; k < draws; k++) {
    const z = fit.logParams.map(() => rng.normal());
    out.push(
      fit.logParams.map((mu, i) => {
        let v = mu;
        for (let j = 0; j <= i; j++) v += ((L[i] as number[])[j] as number) * (z[j] as number);
        return Math.exp(v);
      }),
    );
  }
  return out;
}

function quantile(sorted: ArrayLike<number>, q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  return a + ((sorted[hi] as number) - a) * (pos - lo);
}

/** Estimate from the first value, interval from the draws (all values when there are no draws). */
function interval(values: number[], level: number): Interval {
  const estimate = values[0] as number;
  // A typed array sorts numerically without a comparator: this runs for every customer of a shop.
  const sorted = Float64Array.from(values.length > 1 ? values.slice(1) : values)
    .filter(Number.isFinite)
    .sort();
  if (sorted.length === 0) return { estimate, lower: estimate, upper: estimate };
  const tail = (1 - level) / 2;
  return { estimate, lower: quantile(sorted, tail), upper: quantile(sorted, 1 - tail) };
}

function purchaseModel(model: FitResult<unknown>["model"], v: readonly number[]): PurchaseModel {
  const [p0, p1, p2, p3] = v as [number, number, number, number];
  return model === "bgnbd"
    ? { model, params: { r: p0, alpha: p1, a: p2, b: p3 } }
    : { model: "pareto-nbd", params: { r: p0, alpha: p1, s: p2, beta: p3 } };
}

/** The fitted purchase model as a PurchaseModel, for the prediction functions. */
export function purchaseModelOf(fit: FitResult<BgNbdParams> | FitResult<ParetoNbdParams>): PurchaseModel {
  return purchaseModel(
    fit.model,
    fit.logParams.map((v) => Math.exp(v)),
  );
}

/** A customer's purchase predictions. */
export interface PurchasePrediction {
  pAlive: Interval;
  expectedTransactions: Interval;
  medianWeeksToNextPurchase: Interval;
}

/** A customer's spend predictions (needs a spend fit). */
export interface ValuePrediction {
  expectedSpend: Interval;
  clv: Interval;
}

/**
 * Predictions with intervals for many customers from one set of parameter draws: customers with
 * equal (x, t_x, T) (and m, for value) share the work, so a shop's cost follows its distinct
 * histories, not its head count.
 */
export class BatchPredictor {
  private readonly models: PurchaseModel[];
  private readonly spends: GammaGammaParams[] | undefined;
  private readonly level: number;
  private readonly draws = new Map<string, { prediction: PurchasePrediction; discounted: number[] }>();
  private readonly values = new Map<string, ValuePrediction>();

  constructor(
    purchaseFit: FitResult<BgNbdParams> | FitResult<ParetoNbdParams>,
    private readonly options: PredictOptions,
    spendFit?: FitResult<GammaGammaParams>,
  ) {
    const draws = options.draws ?? 200;
    const seed = options.seed ?? 1;
    this.level = options.level ?? 0.9;
    this.models = parameterDraws(purchaseFit, draws, seed).map((v) => purchaseModel(purchaseFit.model, v));
    this.spends = spendFit
      ? parameterDraws(spendFit, draws, seed + 1).map(([p, q, gamma]) => ({
          p: p as number,
          q: q as number,
          gamma: gamma as number,
        }))
      : undefined;
  }

  /** P(alive), expected transactions over the horizon, median weeks to the next purchase. */
  purchase(c: Rfm): PurchasePrediction {
    return this.drawsOf(c).prediction;
  }

  /**
   * Per (x, t_x, T): the predictions, and the discounted expected transactions per draw. Only the
   * estimate's discounted sum is computed step by step; each draw scales its expected transactions
   * over the horizon by the estimate's discount factor. The factor depends on the shape of the
   * purchase curve, which moves far less between draws than its level, so the CLV interval keeps
   * the parameters' uncertainty at a quarter of the model evaluations (this runs for every
   * distinct history of a shop).
   */
  private drawsOf(c: Rfm): { prediction: PurchasePrediction; discounted: number[] } {
    const key = `${c.x}|${c.tx}|${c.T}`;
    let d = this.draws.get(key);
    if (!d) {
      const { horizonWeeks } = this.options;
      const expected = this.models.map((m) => expectedTransactions(m, c, horizonWeeks));
      const estimate = this.models[0] as PurchaseModel;
      const discountedEstimate = discountedExpectedTransactions(estimate, c, this.options);
      const factor = (expected[0] as number) > 0 ? discountedEstimate / (expected[0] as number) : 1;
      d = {
        prediction: {
          pAlive: interval(
            this.models.map((m) => pAlive(m, c)),
            this.level,
          ),
          expectedTransactions: interval(expected, this.level),
          medianWeeksToNextPurchase: interval(
            this.models.map((m) => medianWeeksToNextPurchase(m, c)),
            this.level,
          ),
        },
        discounted: expected.map((e, k) => (k === 0 ? discountedEstimate : e * factor)),
      };
      this.draws.set(key, d);
    }
    return d;
  }

  private discountedDraws(c: Rfm): number[] {
    return this.drawsOf(c).discounted;
  }

  /** Discounted expected transactions over the horizon (CLV = this × spend). */
  discountedTransactions(c: Rfm): Interval {
    return interval(this.discountedDraws(c), this.level);
  }

  /** Expected spend per transaction and CLV for mean repeat spend m; undefined without a spend fit. */
  value(c: Rfm, m: number): ValuePrediction | undefined {
    const spends = this.spends;
    if (!spends) return undefined;
    // Only customers without a repeat purchase share values (their m does not matter); caching
    // repeat buyers, whose m is nearly unique, would hold a prediction per customer in memory.
    const key = c.x === 0 ? `${c.tx}|${c.T}` : undefined;
    let v = key === undefined ? undefined : this.values.get(key);
    if (!v) {
      const spend = spends.map((s) => gammaGammaExpectedSpend(s, c.x, m));
      const clv = this.discountedDraws(c).map((d, k) => d * (spend[Math.min(k, spend.length - 1)] as number));
      v = { expectedSpend: interval(spend, this.level), clv: interval(clv, this.level) };
      if (key !== undefined) this.values.set(key, v);
    }
    return v;
  }
}

/** Predictions with intervals for each customer (see BatchPredictor). */
export function predictCustomers(
  purchaseFit: FitResult<BgNbdParams> | FitResult<ParetoNbdParams>,
  customers: readonly PredictionInput[],
  options: PredictOptions,
  spendFit?: FitResult<GammaGammaParams>,
): CustomerPrediction[] {
  const predictor = new BatchPredictor(purchaseFit, options, spendFit);
  const asOfDay = options.asOf === undefined ? undefined : parseDay(options.asOf, "asOf");
  return customers.map((c) => {
    const p = predictor.purchase(c);
    const out: CustomerPrediction = { customerId: c.customerId, ...p };
    if (asOfDay !== undefined) {
      out.nextPurchaseDate = formatDay(asOfDay + Math.round(p.medianWeeksToNextPurchase.estimate * 7));
    }
    const v = predictor.value(c, c.monetary);
    if (v) Object.assign(out, v);
    return out;
  });
}
