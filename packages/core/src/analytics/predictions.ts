/**
 * Model predictions for a whole shop (issue 4 §3): fit the purchase model (BG/NBD or Pareto/NBD)
 * and Gamma-Gamma on the shop's customers grouped by identical (x, t_x, T), check whether the
 * fits can be trusted, and predict every customer with intervals — or fall back to the explained
 * heuristic when the data are too thin. Times are whole weeks (purchase days rounded to the
 * nearest week), which caps the distinct (x, t_x, T) at a few tens of thousands for any shop, so
 * fitting and predicting cost the same for 10 thousand or 1 million customers.
 */
import {
  assessFit,
  BatchPredictor,
  type BgNbdParams,
  discountedSum,
  type FitResult,
  fitBgNbd,
  fitGammaGamma,
  fitParetoNbd,
  type GammaGammaParams,
  groupRfm,
  groupSpend,
  PARAM_NAMES,
  type ParetoNbdParams,
  type Rfm,
  type TrustAssessment,
} from "../clv/index.ts";
import type { AnalyticsSettings } from "./settings.ts";
import type { CustomerSummaries } from "./summary-table.ts";

const WEEK_DAYS = 7;
/** Parameter draws for the intervals (90 % central range of 40 draws). */
const DRAWS = 40;
/** Discount CLV quarter by quarter: monthly steps cost 3× the model evaluations for <1 % difference. */
const DISCOUNT_STEP_WEEKS = 52.1775 / 4;
/** Penalty applied when a shop has few repeat buyers: keeps small-shop fits from running to extremes. */
const SMALL_SHOP_PENALTY = 0.01;
const SMALL_SHOP_REPEAT_BUYERS = 500;
/** Next-purchase dates further out than this are not given (see ShopPredictor.nextPurchase). */
const MAX_NEXT_PURCHASE_WEEKS = 52.1775 * 10;

export type PurchaseFit = FitResult<BgNbdParams> | FitResult<ParetoNbdParams>;

/** Frequency/recency/age in whole weeks, and mean repeat / overall spend, of customer `i` (null: never bought). */
export function customerRfm(
  s: CustomerSummaries,
  i: number,
  asOfDay: number,
): (Rfm & { monetary: number; averageValue: number }) | null {
  const days = s.get("purchaseDays", i);
  if (days === 0) return null;
  const first = s.get("firstDay", i);
  const x = days - 1;
  const total = s.get("totalFen", i);
  return {
    x,
    tx: Math.round((s.get("lastDay", i) - first) / WEEK_DAYS),
    T: Math.round((asOfDay - first) / WEEK_DAYS),
    monetary: x > 0 ? (total - s.get("firstDayNetFen", i)) / x : 0,
    averageValue: total / days,
  };
}

/** The shop's models and the verdicts on them. */
export interface ShopModels {
  purchase: PurchaseFit;
  purchaseTrust: TrustAssessment;
  spend: FitResult<GammaGammaParams> | undefined;
  spendTrust: TrustAssessment | undefined;
  /** Repeat purchases per customer-week over the shop (Σx / ΣT): the heuristic's rate. */
  fallbackRatePerWeek: number;
}

/** Parameters of the shop's previous fits: the optimiser starts there (one start instead of three). */
export interface WarmStarts {
  purchase?: readonly number[];
  spend?: readonly number[];
}

/**
 * Fit the purchase and spend models on every buyer of the shop. Mean repeat spend is rounded to
 * whole yuan for the spend fit: it groups fewer rows for a log-likelihood change far below the
 * parameters' standard errors (predictions still use each customer's exact mean).
 */
export function fitShopModels(
  s: CustomerSummaries,
  asOfDay: number,
  settings: AnalyticsSettings,
  warm: WarmStarts = {},
): ShopModels {
  const rfm: Rfm[] = [];
  const spend: { x: number; monetary: number }[] = [];
  let repeats = 0;
  let weeks = 0;
  for (let i = 0; i < s.length; i++) {
    const c = customerRfm(s, i, asOfDay);
    if (!c) continue;
    rfm.push(c);
    if (c.x > 0) spend.push({ x: c.x, monetary: Math.round(c.monetary / 100) * 100 });
    repeats += c.x;
    weeks += c.T;
  }
  const repeatBuyers = spend.length;
  const penalty =
    settings.clv.penalty > 0
      ? settings.clv.penalty
      : repeatBuyers < SMALL_SHOP_REPEAT_BUYERS
        ? SMALL_SHOP_PENALTY
        : 0;
  const rows = groupRfm(rfm);
  const purchaseOptions = { penalty, ...(warm.purchase ? { starts: [warm.purchase] } : {}) };
  const purchase: PurchaseFit =
    settings.clv.model === "pareto-nbd"
      ? fitParetoNbd(rows, purchaseOptions)
      : fitBgNbd(rows, purchaseOptions);
  const spendRows = groupSpend(spend);
  const spendFit =
    spendRows.length >= 2
      ? fitGammaGamma(spendRows, { penalty, ...(warm.spend ? { starts: [warm.spend] } : {}) })
      : undefined;
  return {
    purchase,
    purchaseTrust: assessFit(purchase, rfm),
    spend: spendFit,
    spendTrust: spendFit
      ? assessFit(
          spendFit,
          spend.map((c) => ({ x: c.x, T: 0 })),
        )
      : undefined,
    fallbackRatePerWeek: weeks > 0 ? repeats / weeks : 0,
  };
}

/** A stored fit's parameters as a vector in the model's PARAM_NAMES order (what the optimiser and predictor use). */
export function paramVector(stored: {
  model: "bgnbd" | "pareto-nbd" | "gamma-gamma";
  params: Record<string, number>;
}): number[] {
  return (PARAM_NAMES[stored.model] as readonly string[]).map((n) => stored.params[n] as number);
}

/** A fit stored by an earlier run, back in the shape the predictor reads (parameters and their covariance). */
export function fitFromStored<P extends object>(stored: {
  model: "bgnbd" | "pareto-nbd" | "gamma-gamma";
  params: Record<string, number>;
  logCovariance: number[][] | null;
}): FitResult<P> {
  return {
    model: stored.model,
    params: stored.params as P,
    logLikelihood: Number.NaN,
    customers: 0,
    standardErrors: undefined,
    converged: true,
    iterations: 0,
    message: "stored",
    penalty: 0,
    logCovariance: stored.logCovariance ?? undefined,
    logParams: paramVector(stored).map(Math.log),
  } as FitResult<P>;
}

/** The prediction columns of one customer (all null for a customer who never bought). */
export interface PredictionColumns {
  source: "bgnbd" | "pareto-nbd" | "heuristic" | null;
  pAlive: [number, number, number] | null;
  expectedPurchases: [number, number, number] | null;
  /** Day numbers: the median wait's estimate and interval, from the analysis date. */
  nextPurchaseDay: [number, number, number] | null;
  expectedSpendFen: [number, number, number] | null;
  clvFen: [number, number, number] | null;
}

const NONE: PredictionColumns = {
  source: null,
  pAlive: null,
  expectedPurchases: null,
  nextPurchaseDay: null,
  expectedSpendFen: null,
  clvFen: null,
};

type Estimate = { estimate: number; lower: number; upper: number };
const triple = (x: Estimate): [number, number, number] => [x.estimate, x.lower, x.upper];
const roundedTriple = (x: Estimate): [number, number, number] => [
  Math.round(x.estimate),
  Math.round(x.lower),
  Math.round(x.upper),
];
const scaled = (x: Estimate, k: number): Estimate => ({
  estimate: x.estimate * k,
  lower: x.lower * k,
  upper: x.upper * k,
});

/** Predicts customers one by one from fitted (or stored) models; shares work between equal histories. */
export class ShopPredictor {
  private readonly predictor: BatchPredictor | undefined;
  private readonly horizonWeeks: number;
  readonly horizonDays: number;
  private readonly fallbackDiscounted: number;

  constructor(
    private readonly models: Pick<ShopModels, "purchase" | "spend" | "fallbackRatePerWeek"> & {
      trusted: boolean;
      spendTrusted: boolean;
    },
    settings: AnalyticsSettings,
    private readonly asOfDay: number,
  ) {
    this.horizonDays = settings.clv.horizonDays;
    this.horizonWeeks = settings.clv.horizonDays / WEEK_DAYS;
    const discount = {
      horizonWeeks: this.horizonWeeks,
      annualDiscountRate: settings.clv.annualDiscountRate,
      stepWeeks: DISCOUNT_STEP_WEEKS,
    };
    this.predictor = models.trusted
      ? new BatchPredictor(
          models.purchase,
          { ...discount, draws: DRAWS, level: 0.9, seed: 1 },
          models.spendTrusted ? models.spend : undefined,
        )
      : undefined;
    const rate = models.fallbackRatePerWeek;
    this.fallbackDiscounted = discountedSum((t) => rate * t, discount);
  }

  /**
   * The next purchase as day numbers (estimate, lower, upper), or null when even the estimate is
   * over ten years away: with few purchases the model's median wait runs to decades (it grows like
   * 2^(1/(r+x))), and a date that far says nothing but "not expected".
   */
  private nextPurchase(w: {
    estimate: number;
    lower: number;
    upper: number;
  }): [number, number, number] | null {
    if (!(w.estimate <= MAX_NEXT_PURCHASE_WEEKS)) return null;
    const day = (weeks: number) =>
      this.asOfDay + Math.round(Math.min(weeks, MAX_NEXT_PURCHASE_WEEKS) * WEEK_DAYS);
    return [day(w.estimate), day(w.lower), day(w.upper)];
  }

  predict(s: CustomerSummaries, i: number): PredictionColumns {
    const c = customerRfm(s, i, this.asOfDay);
    if (!c) return NONE;
    const averageFen = Math.round(c.averageValue);
    if (!this.predictor) {
      // The heuristic: the shop's repeat rate and the customer's own average purchase value.
      const expected = this.models.fallbackRatePerWeek * this.horizonWeeks;
      const clv = Math.round(this.fallbackDiscounted * c.averageValue);
      return {
        source: "heuristic",
        pAlive: null,
        expectedPurchases: [expected, expected, expected],
        nextPurchaseDay: null,
        expectedSpendFen: [averageFen, averageFen, averageFen],
        clvFen: [clv, clv, clv],
      };
    }
    const p = this.predictor.purchase(c);
    // Without a trusted spend model: the customer's own average value, times discounted purchases.
    const v = this.predictor.value(c, c.monetary);
    const clv = v ? v.clv : scaled(this.predictor.discountedTransactions(c), c.averageValue);
    return {
      source: this.models.purchase.model,
      pAlive: triple(p.pAlive),
      expectedPurchases: triple(p.expectedTransactions),
      nextPurchaseDay: this.nextPurchase(p.medianWeeksToNextPurchase),
      expectedSpendFen: v ? roundedTriple(v.expectedSpend) : [averageFen, averageFen, averageFen],
      clvFen: roundedTriple(clv),
    };
  }
}
