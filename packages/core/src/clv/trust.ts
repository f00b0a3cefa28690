/**
 * When to believe a fit, and what to say instead. Small shops often have too few repeat buyers
 * or too short a history for the models to pin their parameters down; the fit then "converges"
 * to parameters with huge standard errors and confident-looking nonsense. assessFit checks the
 * data first, then the optimiser, then the standard errors, and returns the first failing reason.
 */
import type { FitResult } from "./fit.ts";
import { type DiscountOptions, discountedSum } from "./predict.ts";

/** Why a fit is or is not trustworthy (messages: cli.clv.trust.<reason> in the catalogues). */
export type TrustReason =
  | "ok"
  | "too_few_customers"
  | "too_few_repeat_buyers"
  | "history_too_short"
  | "not_converged"
  | "unstable_estimates";

/** The limits; defaults in DEFAULT_THRESHOLDS. */
export interface TrustThresholds {
  /** Customers in the fit. */
  minCustomers: number;
  /** Customers with at least one repeat purchase: what identifies the purchase and dropout rates. */
  minRepeatBuyers: number;
  /** Weeks between the oldest customer's first purchase and the calibration end. */
  minHistoryWeeks: number;
  /** Largest SE(θ)/θ accepted for any parameter (1 = the estimate is within one SE of zero). */
  maxRelativeStandardError: number;
}

/**
 * Defaults: 200 customers / 50 repeat buyers is where simulated BG/NBD fits first recover their
 * parameters within about ±50 %; 12 weeks of history lets a typical customer (a purchase every
 * one to three months) repeat at all.
 */
export const DEFAULT_THRESHOLDS: TrustThresholds = {
  minCustomers: 200,
  minRepeatBuyers: 50,
  minHistoryWeeks: 12,
  maxRelativeStandardError: 1,
};

/** The verdict, with the numbers behind it. */
export interface TrustAssessment {
  trustworthy: boolean;
  reason: TrustReason;
  customers: number;
  repeatBuyers: number;
  historyWeeks: number;
  maxRelativeStandardError: number;
}

/** Data the verdict needs besides the fit: the customers' (x, T). */
export function assessFit(
  fit: FitResult<Record<string, number>>,
  customers: readonly { x: number; T: number }[],
  thresholds: Partial<TrustThresholds> = {},
): TrustAssessment {
  const limits = { ...DEFAULT_THRESHOLDS, ...thresholds };
  let repeatBuyers = 0;
  let historyWeeks = 0;
  for (const c of customers) {
    if (c.x > 0) repeatBuyers++;
    if (c.T > historyWeeks) historyWeeks = c.T;
  }
  const se = fit.standardErrors;
  const maxRelativeStandardError = se
    ? Math.max(...Object.entries(fit.params).map(([k, v]) => (se[k] ?? Number.POSITIVE_INFINITY) / v))
    : Number.POSITIVE_INFINITY;
  const spendOnly = fit.model === "gamma-gamma";
  const reason: TrustReason =
    !spendOnly && customers.length < limits.minCustomers
      ? "too_few_customers"
      : repeatBuyers < limits.minRepeatBuyers
        ? "too_few_repeat_buyers"
        : !spendOnly && historyWeeks < limits.minHistoryWeeks
          ? "history_too_short"
          : !fit.converged
            ? "not_converged"
            : !(maxRelativeStandardError <= limits.maxRelativeStandardError)
              ? "unstable_estimates"
              : "ok";
  return {
    trustworthy: reason === "ok",
    reason,
    customers: customers.length,
    repeatBuyers,
    historyWeeks,
    maxRelativeStandardError,
  };
}

/** The fallback's prediction for one customer. */
export interface FallbackPrediction {
  customerId: string;
  expectedTransactions: number;
  clv: number;
}

/**
 * The heuristic used when no fit is trustworthy: every customer repeats at the shop's empirical
 * repeat rate (Σ repeat transactions / Σ weeks observed, i.e. Σx / ΣT) and spends their own
 * historical average order value (first purchase included). CLV discounts the same way as the
 * model-based CLV: rate × Σ_k step_k / (1+d)^(t_k/52.1775) × AOV. It ignores recency (a lapsed
 * customer counts as much as an active one), which is why the models are preferred when trusted.
 */
export function fallbackPredictions(
  customers: readonly { customerId: string; x: number; T: number; averageValue: number }[],
  options: DiscountOptions,
): FallbackPrediction[] {
  let repeats = 0;
  let weeks = 0;
  for (const c of customers) {
    repeats += c.x;
    weeks += c.T;
  }
  const rate = weeks > 0 ? repeats / weeks : 0;
  const discounted = discountedSum((t) => rate * t, options);
  return customers.map((c) => ({
    customerId: c.customerId,
    expectedTransactions: rate * options.horizonWeeks,
    clv: discounted * c.averageValue,
  }));
}
